"""Sides from the story (round 10): an armed group's violence that hurt people hits the state
of the place; a reaction answers the act it names (by its place, its decision, the party it
blames), and a joined demand to stop asks it of the same party; an inquiry into a deed of the
story targets the deed's author. Every text is written for these tests (facts loosely modelled
on real events, wording our own), with negatives beside each fill: the sides filled must never
be wrong (three and four sides, a war told by a third country, a ticker of two stories, an act
with no named author).
"""

from __future__ import annotations

from extracting import actor_country as _country
from extracting import actor_id as _id
from extracting import events as extract_text
from extracting import of_type as _of
from extracting import rules_of

from wirewatch.model import Event


def _rules(ev: Event, field: str) -> list[str]:
    return rules_of(ev, field, "story.")


def _story_targets(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.type, _id(e.target)) for e in events if _rules(e, "target")]


# -- an armed group's violence in its own country --------------------------------------------------


def test_story_actors_group_shelling_hits_the_state_of_the_place_fr() -> None:
    text = (
        "Des obus tirés par les miliciens des FSR ont tué au moins quinze civils mardi à "
        "Omdurman, au Soudan, selon des secouristes."
    )
    (ev,) = _of(text, "fr", "shelling")
    assert _id(ev.target) == "sdn"
    assert "story.group_harm" in _rules(ev, "target")


def test_story_actors_group_shelling_hits_the_state_of_the_place_en() -> None:
    text = (
        "Shells fired by the Rapid Support Forces killed at least 15 civilians in Omdurman, "
        "Sudan, on Tuesday, rescuers said."
    )
    (ev,) = _of(text, "en", "shelling")
    assert _id(ev.target) == "sdn"


def test_story_actors_group_attack_that_hurt_nobody_names_no_victim_en() -> None:
    text = "Rapid Support Forces fighters shelled the outskirts of Omdurman on Tuesday."
    for ev in extract_text(text, "en"):
        assert "story.group_harm" not in _rules(ev, "target")


def test_story_actors_state_forces_striking_at_home_stay_unguessed_en() -> None:
    # the junta's own jets over a rebel-held village: no victim side is guessed
    text = "Military jets bombed a village in Sagaing Region on Monday, killing 11 people."
    for ev in extract_text(text, "en"):
        assert "story.group_harm" not in _rules(ev, "target")


# -- a reaction to the strikes on a named place, and the demand joined to it ------------------------

THREE_SIDES_FR = (
    "L'armée russe a bombardé Kharkiv dans la nuit, faisant trois morts. Le Hezbollah a tiré "
    "des roquettes sur le nord d'Israël. Le ministre français des Affaires étrangères s'est dit "
    "« indigné » par les frappes sur Kharkiv et réclame leur arrêt immédiat."
)


def test_story_actors_outrage_at_strikes_on_a_place_targets_their_author_fr() -> None:
    found = extract_text(THREE_SIDES_FR, "fr")
    (condemn,) = [e for e in found if e.type == "condemn"]
    assert _country(condemn.target) == "RUS"
    (demand,) = [e for e in found if e.type == "demand"]
    assert _country(demand.target) == "RUS"
    assert "story.joint_demand" in _rules(demand, "target")


def test_story_actors_strikes_without_a_place_in_a_story_of_two_authors_stay_open_en() -> None:
    text = (
        "Russian missiles struck Kharkiv overnight, killing three people. Hezbollah fired "
        "rockets at northern Israel. Germany condemned the strikes and demanded their end."
    )
    for ev in extract_text(text, "en"):
        if ev.type in {"condemn", "demand"}:
            assert ev.target is None


def test_story_actors_strikes_on_a_place_nobody_struck_stay_open_fr() -> None:
    text = (
        "L'armée russe a bombardé Kharkiv dans la nuit. Le Hezbollah a tiré des roquettes sur "
        "le nord d'Israël. Le Qatar s'est dit « indigné » par les frappes sur Gaza."
    )
    for ev in _of(text, "fr", "condemn"):
        assert ev.target is None


# -- a reaction to a decision ----------------------------------------------------------------------


def test_story_actors_reactions_to_a_decision_answer_its_author_en() -> None:
    text = (
        "The European Union imposed sanctions on Iran's drone makers on Monday. Tehran "
        "condemned the decision as illegal. Israel welcomed the move."
    )
    found = extract_text(text, "en")
    assert ("condemn", "eu") in _story_targets(found)
    assert ("support", "eu") in _story_targets(found)


def test_story_actors_reactions_to_a_decision_answer_its_author_fr() -> None:
    text = (
        "L'Union européenne a imposé lundi des sanctions aux fabricants iraniens de drones. "
        "Téhéran a dénoncé une décision illégale. Israël a salué cette mesure."
    )
    found = extract_text(text, "fr")
    assert ("condemn", "eu") in _story_targets(found)
    assert ("support", "eu") in _story_targets(found)


def test_story_actors_a_decision_of_another_ticker_entry_is_not_answered_en() -> None:
    text = (
        "10:02 The European Union imposed sanctions on Iran's drone makers.\n\n"
        "11:15 Floods hit northern Italy, forcing hundreds from their homes.\n\n"
        "12:40 Heavy rain is expected to continue through Wednesday.\n\n"
        "13:05 The farmers' union condemned the decision to close the motorway."
    )
    for ev in _of(text, "en", "condemn"):
        assert "story.decision_reaction" not in _rules(ev, "target")


def test_story_actors_own_side_decision_gets_no_addressee_en() -> None:
    text = (
        "The European Union imposed sanctions on Iran's drone makers on Monday. EU foreign "
        "ministers welcomed the decision."
    )
    for ev in _of(text, "en", "support"):
        assert "story.decision_reaction" not in _rules(ev, "target")


# -- the party a reaction blames ---------------------------------------------------------------------


def test_story_actors_condemnation_blaming_a_state_targets_it_fr() -> None:
    text = (
        "Le président du Conseil européen a condamné une attaque « barbare » contre une "
        "centrale électrique, imputant la responsabilité à la Russie."
    )
    (ev,) = _of(text, "fr", "condemn")
    assert _id(ev.target) == "rus"
    assert "story.blamed" in _rules(ev, "target")


def test_story_actors_condemnation_blaming_a_state_targets_it_en() -> None:
    text = "The EU's top diplomat condemned the attack on the power plant, blaming Russia."
    (ev,) = _of(text, "en", "condemn")
    assert _id(ev.target) == "rus"


def test_story_actors_reaction_to_an_act_with_no_named_author_stays_open_en() -> None:
    text = (
        "Gunmen attacked a church in northern Burkina Faso on Sunday, killing 15 worshippers. "
        "The government condemned the attack."
    )
    for ev in _of(text, "en", "condemn"):
        assert ev.target is None


def test_story_actors_war_told_by_a_third_country_answers_the_attacker_en() -> None:
    text = (
        "Turkey said Russian drones struck the port of Izmail overnight. Ankara condemned the "
        "attack."
    )
    (ev,) = _of(text, "en", "condemn")
    assert _id(ev.target) == "rus"


# -- an inquiry into a deed of the story --------------------------------------------------------------


def test_story_actors_war_crimes_inquiry_targets_the_attacker_fr() -> None:
    text = (
        "Un drone russe a frappé un immeuble de Soumy, tuant deux habitants. Le parquet "
        "ukrainien a ouvert une enquête pour crime de guerre."
    )
    (ev,) = _of(text, "fr", "investigate")
    assert _id(ev.target) == "rus"
    assert "story.investigated" in _rules(ev, "target")


def test_story_actors_war_crimes_inquiry_targets_the_attacker_en() -> None:
    text = (
        "A Russian drone hit an apartment block in Sumy, killing two residents. Ukraine's "
        "prosecutors opened a war crimes investigation."
    )
    (ev,) = _of(text, "en", "investigate")
    assert _id(ev.target) == "rus"


def test_story_actors_inquiry_of_a_tickers_other_story_stays_open_en() -> None:
    text = (
        "A Russian drone hit an apartment block in Sumy, killing two residents.\n\n"
        "In France, prosecutors in Lyon opened a murder investigation after a man was found dead."
    )
    for ev in _of(text, "en", "investigate"):
        assert ev.target is None


def test_story_actors_inquiry_of_a_tickers_other_story_stays_open_fr() -> None:
    text = (
        "Un drone russe a frappé un immeuble de Soumy, tuant deux habitants.\n\n"
        "En France, le parquet de Lyon a ouvert une enquête pour meurtre après la découverte "
        "d'un corps."
    )
    for ev in _of(text, "fr", "investigate"):
        assert ev.target is None


def test_story_actors_inquiry_into_an_author_only_claimed_stays_open_en() -> None:
    text = (
        "Hamas says one of its commanders was killed in an Israeli strike on a flat in Beirut. "
        "Lebanese officials say an investigation into the attack is under way."
    )
    for ev in _of(text, "en", "investigate"):
        assert "story.investigated" not in _rules(ev, "target")


def test_story_actors_audit_in_a_war_story_is_no_inquiry_into_the_war_en() -> None:
    text = (
        "Russian missiles struck Kharkiv overnight, killing three people. Ukraine's "
        "anti-corruption bureau opened an investigation into army food contracts."
    )
    for ev in _of(text, "en", "investigate"):
        assert ev.target is None


# -- a power and the one state it deals with ------------------------------------------------------------


def test_story_actors_bloc_acts_aim_at_the_one_state_it_opposes_en() -> None:
    text = (
        "ECOWAS lifted some of the sanctions it had imposed on Guinea on Thursday. Guinea's "
        "junta had rejected the ECOWAS ultimatum in October. ECOWAS had also demanded that "
        "Guinea set a timetable for elections."
    )
    (ev,) = _of(text, "en", "concede")
    assert _id(ev.target) == "gin"


def test_story_actors_bloc_threat_aims_at_the_one_state_it_opposes_fr() -> None:
    text = (
        "La Cédéao a imposé des sanctions à la Guinée en septembre. Elle a exigé de la Guinée "
        "un calendrier de transition. Mardi, la Cédéao a menacé de durcir encore le ton."
    )
    (ev,) = _of(text, "fr", "threaten")
    assert _id(ev.target) == "gin"
    assert {"story.counterpart", "story.sanction_reply"} & set(_rules(ev, "target"))


def test_story_actors_one_condemnation_abroad_makes_no_counterpart_en() -> None:
    # the EU condemned Russia once, in a story that also names Iran: its sanctions stay open
    text = (
        "The European Union condemned Russia's strikes on Kyiv and Iran's drone deliveries. "
        "The EU announced new sanctions on Wednesday."
    )
    for ev in _of(text, "en", "sanction"):
        assert "story.counterpart" not in _rules(ev, "target")


def test_story_actors_an_ally_is_no_counterpart_en() -> None:
    text = (
        "The United States pledged $400 million in military aid to Ukraine on Friday. "
        "Washington also pledged more air defence to Kyiv. Washington also announced new "
        "sanctions targeting companies that help evade export controls."
    )
    for ev in _of(text, "en", "sanction"):
        assert _country(ev.target) != "UKR"


def test_story_actors_two_opposed_states_make_no_counterpart_en() -> None:
    text = (
        "The European Union imposed sanctions on Russia in March and on Iran in April. EU "
        "leaders demanded that Russia withdraw its troops. The EU warned it would go further."
    )
    for ev in _of(text, "en", "threaten"):
        assert "story.counterpart" not in _rules(ev, "target")


# -- hostages handed over in a war between a state and a group -----------------------------------------

GAZA_EN = (
    "Israeli strikes on Hamas positions killed 12 people in Khan Younis. Hamas fighters fired "
    "rockets at Israel. On Sunday, three hostages were released and handed to the Red Cross."
)
GAZA_FR = (
    "Des frappes israéliennes sur des positions du Hamas ont tué douze personnes à Khan "
    "Younès. Le Hamas a tiré des roquettes sur Israël. Dimanche, trois otages ont été libérés "
    "et remis à la Croix-Rouge."
)


def test_story_actors_hostages_go_from_the_group_to_the_state_en() -> None:
    (ev,) = _of(GAZA_EN, "en", "release")
    assert (_id(ev.initiator), _id(ev.target)) == ("hamas", "isr")
    assert "story.hostage_release" in _rules(ev, "target")


def test_story_actors_hostages_go_from_the_group_to_the_state_fr() -> None:
    (ev,) = _of(GAZA_FR, "fr", "release")
    assert (_id(ev.initiator), _id(ev.target)) == ("hamas", "isr")


def test_story_actors_hostages_in_a_war_of_two_states_stay_open_en() -> None:
    text = (
        "Russian missiles struck Kharkiv. Ukrainian drones hit a refinery in Russia. Three "
        "hostages were released on Sunday."
    )
    for ev in _of(text, "en", "release"):
        assert ev.initiator is None and ev.target is None


def test_story_actors_prisoners_freed_by_the_state_are_no_hostage_handover_en() -> None:
    text = (
        "Israeli strikes on Hamas positions killed 12 people in Khan Younis. Hamas fighters "
        "fired rockets at Israel. Israel released 90 Palestinian prisoners on Monday."
    )
    (ev,) = _of(text, "en", "release")
    assert _id(ev.initiator) == "isr"
    assert "story.hostage_release" not in _rules(ev, "target")


# -- a wrongdoing noun stands for the story's attack ------------------------------------------------------


def test_story_actors_condemned_violation_answers_the_one_attacker_fr() -> None:
    text = (
        "L'aviation israélienne a frappé mardi plusieurs dépôts d'armes près de Damas. "
        "L'Égypte a condamné une « violation inacceptable » des règles internationales."
    )
    (ev,) = _of(text, "fr", "condemn")
    assert _id(ev.target) == "isr"


def test_story_actors_condemned_aggression_answers_the_one_attacker_en() -> None:
    text = (
        "Israeli jets struck arms depots near Damascus on Tuesday. Egypt condemned the "
        "aggression as a flagrant breach of Syrian sovereignty."
    )
    (ev,) = _of(text, "en", "condemn")
    assert _id(ev.target) == "isr"


def test_story_actors_violation_in_a_story_of_two_attackers_stays_open_en() -> None:
    text = (
        "Israeli jets struck arms depots near Damascus on Tuesday. Turkish drones hit Kurdish "
        "positions in northern Syria. Egypt condemned the violation of Syrian sovereignty."
    )
    for ev in _of(text, "en", "condemn"):
        assert "story.answered_act" not in _rules(ev, "target")


# -- an inquiry in a story of unrest --------------------------------------------------------------------


def test_story_actors_inquiry_into_the_police_in_unrest_targets_the_state_fr() -> None:
    text = (
        "Des centaines de manifestants ont défilé samedi à Lyon contre la réforme des retraites. "
        "Plusieurs vidéos montrent des policiers frappant un manifestant au sol. Le parquet de "
        "Lyon a ouvert une enquête, confiée à l'IGPN."
    )
    (ev,) = _of(text, "fr", "investigate")
    assert _id(ev.target) == "fra"


def test_story_actors_inquiry_into_the_protesters_damage_stays_open_fr() -> None:
    text = (
        "Des centaines d'agriculteurs ont manifesté lundi devant la préfecture de Rodez. Une "
        "porte a été incendiée. Le parquet de Rodez a ouvert une enquête pour dégradation."
    )
    for ev in _of(text, "fr", "investigate"):
        assert ev.target is None
