"""Sides from the story (round 7): an initiator or target the sentence leaves out is taken from
the rest of the article — the other side of a two-sided war, the parties of a deal, the state of
the place where people were hurt or rounded up, the author of an act a reaction answers — and
never guessed in a story with three sides or more. Every text is written for these tests (facts
loosely modelled on real events, wording our own), in the ways wires, papers and tickers put it.
"""

from __future__ import annotations

from extracting import actor_id as _id
from extracting import of_type as _of

from wirewatch.model import Actor, Event


def _side(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.country or actor.id


def _story_rules(ev: Event, field: str) -> list[str]:
    return [p.rule for p in ev.provenance if p.field == field and p.rule.startswith("story.")]


# -- 0. an act referred back to ---------------------------------------------------------------

RESTATED_STRIKE_EN = (
    "Russia's defence ministry says Ukraine fired six ATACMS missiles at a facility in the "
    "Bryansk region overnight.\n\nThe missile strike caused a fire at the site, the governor "
    "said on Tuesday."
)
RESTATED_STRIKE_FR = (
    "Kiev a tiré six missiles ATACMS sur un site militaire de la région de Briansk dans la nuit,"
    " selon le ministère russe de la Défense.\n\nCette frappe de missiles a provoqué un "
    "incendie, a indiqué mardi le gouverneur."
)


def test_story_actors_an_act_referred_back_to_keeps_its_sides() -> None:
    for text, lang in ((RESTATED_STRIKE_EN, "en"), (RESTATED_STRIKE_FR, "fr")):
        strikes = _of(text, lang, "missile_strike")
        assert all((_side(e.initiator), _side(e.target)) == ("UKR", "RUS") for e in strikes)


# -- 1. a two-sided war: the other side --------------------------------------------------------

DRONES_TICKER_EN = (
    "Russia says it downed 40 Ukrainian drones overnight.\n\n"
    "08:10 - Air defence units destroyed 25 drones over the Bryansk region and 15 more over "
    "the Kursk region, the defence ministry said."
)
DRONES_TICKER_FR = (
    "La Russie affirme avoir abattu 40 drones ukrainiens dans la nuit.\n\n"
    "08h10 - La défense antiaérienne a détruit 25 drones au-dessus de la région de Briansk et "
    "15 autres au-dessus de la région de Koursk, a indiqué le ministère de la Défense."
)


def test_story_actors_regional_interceptions_keep_the_attacker_en() -> None:
    strikes = _of(DRONES_TICKER_EN, "en", "drone_strike")
    assert strikes
    assert all(_side(e.initiator) == "UKR" and _side(e.target) == "RUS" for e in strikes)


def test_story_actors_regional_interceptions_keep_the_attacker_fr() -> None:
    strikes = _of(DRONES_TICKER_FR, "fr", "drone_strike")
    assert strikes
    assert all(_side(e.initiator) == "UKR" and _side(e.target) == "RUS" for e in strikes)
    assert any(_story_rules(e, "initiator") for e in strikes)


RECAPTURE_FR = (
    "Les forces russes ont bombardé samedi la ville de Kherson, tuant deux personnes, selon les "
    "autorités régionales.\n\n"
    "L'armée ukrainienne a repris le contrôle du village de Novomykhaïlivka, dans la région de "
    "Donetsk, a indiqué l'état-major."
)
RECAPTURE_EN = (
    "Russian forces launched 60 drones at Ukraine overnight, the Ukrainian air force said.\n\n"
    "Ukraine's army said its forces had pushed Russian units out of parts of Vovchansk."
)


def test_story_actors_retaken_ground_is_taken_from_the_other_side_fr() -> None:
    (ev,) = _of(RECAPTURE_FR, "fr", "territory_regained")
    assert _side(ev.initiator) == "UKR"
    assert _side(ev.target) == "RUS"
    assert _story_rules(ev, "target") == ["story.two_party"]


def test_story_actors_retaken_ground_is_taken_from_the_other_side_en() -> None:
    (ev,) = _of(RECAPTURE_EN, "en", "territory_regained")
    assert _side(ev.target) == "RUS"
    assert _story_rules(ev, "target") == ["story.two_party"]


REPELLED_EN = (
    "Russian forces launched 60 drones at Ukraine overnight, the Ukrainian air force said.\n\n"
    "The United States imposed new sanctions on Russian banks. Ukrainian troops repelled an "
    "assault near Pokrovsk."
)


def test_story_actors_an_ally_s_sanctions_leave_the_war_two_sided() -> None:
    (clash,) = _of(REPELLED_EN, "en", "armed_clash")
    assert (_side(clash.initiator), _side(clash.target)) == ("RUS", "UKR")


ROCKETS_EN = (
    "Israeli strikes hit southern Lebanon on Saturday, Lebanese state media said. Hezbollah "
    "fired rockets at the Galilee.\n\n14:05 - Hezbollah vows retaliation."
)
ROCKETS_FR = (
    "Des frappes israéliennes ont visé samedi le sud du Liban, selon l'agence officielle "
    "libanaise. Le Hezbollah a tiré des roquettes sur la Galilée.\n\n"
    "14h05 - Le Hezbollah promet une riposte."
)


def test_story_actors_a_group_and_the_state_it_is_struck_in_are_one_side() -> None:
    # Lebanon is struck as the place Hezbollah fights from: the war has two sides, not three
    for text, lang in ((ROCKETS_EN, "en"), (ROCKETS_FR, "fr")):
        (rockets,) = _of(text, lang, "shelling")
        assert rockets.initiator is not None and rockets.initiator.id == "hezbollah"
        assert _side(rockets.target) == "ISR"


THREE_SIDES_EN = (
    "Russian missiles struck Kyiv overnight, killing three people, Ukrainian officials said. "
    "Israeli jets struck southern Lebanon on Saturday. Drones hit an oil depot in the Bryansk "
    "region, the governor said."
)
THREE_SIDES_FR = (
    "Des missiles russes ont frappé Kiev dans la nuit, tuant trois personnes, selon les "
    "autorités ukrainiennes. L'aviation israélienne a frappé le sud du Liban samedi. Des drones "
    "ont touché un dépôt pétrolier dans la région de Briansk, selon le gouverneur."
)


def test_story_actors_no_other_side_in_a_story_of_three_sides() -> None:
    for text, lang in ((THREE_SIDES_EN, "en"), (THREE_SIDES_FR, "fr")):
        (drones,) = _of(text, lang, "drone_strike")
        assert drones.initiator is None
        assert not _story_rules(drones, "initiator")


# -- 2. a deal or an exchange binds both sides -------------------------------------------------

CEASEFIRE_EN = (
    "Israeli jets struck southern Lebanon on Saturday, the army said. Hezbollah fired dozens of "
    "rockets at northern Israel.\n\n"
    "The ceasefire agreement was signed on Wednesday, officials said."
)
CEASEFIRE_FR = (
    "L'armée israélienne a frappé samedi le sud du Liban. Le Hezbollah a tiré des dizaines de "
    "roquettes sur le nord d'Israël.\n\n"
    "Un accord de cessez-le-feu a été signé mercredi, selon des responsables."
)


def test_story_actors_a_ceasefire_binds_the_two_sides_of_the_war() -> None:
    for text, lang in ((CEASEFIRE_EN, "en"), (CEASEFIRE_FR, "fr")):
        (deal,) = _of(text, lang, "agreement")
        assert _side(deal.initiator) == "ISR"  # the state first, the group second
        assert deal.target is not None and deal.target.id == "hezbollah"
        assert _story_rules(deal, "initiator") == ["story.two_party_settlement"]


EXCHANGE_FR = (
    "La Russie a lancé 60 drones sur l'Ukraine dans la nuit, selon l'armée de l'air "
    "ukrainienne.\n\n"
    "Les forces ukrainiennes ont repris le contrôle du village de Synkivka, près de Koupiansk."
    "\n\nUn échange de prisonniers a eu lieu samedi."
)


def test_story_actors_a_prisoner_exchange_names_both_parties() -> None:
    (swap,) = _of(EXCHANGE_FR, "fr", "release")
    assert {_side(swap.initiator), _side(swap.target)} == {"RUS", "UKR"}


CEASEFIRE_THREE_SIDES = (
    "Israeli jets struck southern Lebanon on Saturday. Hezbollah fired rockets at northern "
    "Israel. Russian missiles hit Kharkiv overnight.\n\n"
    "A ceasefire agreement was signed on Wednesday, officials said."
)


def test_story_actors_no_parties_for_a_deal_in_a_story_of_three_sides() -> None:
    (deal,) = _of(CEASEFIRE_THREE_SIDES, "en", "agreement")
    assert deal.initiator is None and deal.target is None


# -- 3. the state of the place where people were hurt or rounded up -----------------------------

RIOT_ARRESTS_EN = (
    "Riots broke out in Sunderland on Friday night as protesters set fire to a police station."
    "\n\nSeven men had been arrested by Saturday morning, police said."
)


def test_story_actors_arrests_in_unrest_target_the_place_state() -> None:
    (arrest,) = _of(RIOT_ARRESTS_EN, "en", "arrest")
    assert _side(arrest.target) == "GBR"
    assert _story_rules(arrest, "target") == ["story.place_state"]


SUSPECTS_EN = (
    "A grenade was thrown at the front of a building in Malmo on Saturday night, without "
    "causing any injuries, police said.\n\nTwo teenagers were arrested shortly afterwards."
)
SUSPECTS_FR = (
    "Une grenade a été lancée samedi soir contre la façade d'un immeuble de Marseille, sans "
    "faire de victime, selon la police.\n\nDeux jeunes hommes ont été interpellés dans la foulée."
)


def test_story_actors_suspects_of_a_crime_are_no_side() -> None:
    for text, lang in ((SUSPECTS_EN, "en"), (SUSPECTS_FR, "fr")):
        (arrest,) = _of(text, lang, "arrest")
        assert _side(arrest.target) is None


FACADE_FR = (
    "Un homme a lancé une grenade samedi soir dans un bar de Grenoble, blessant six clients, "
    "selon le parquet.\n\n"
    "En octobre, une grenade avait déjà été jetée contre la façade d'un immeuble du quartier, "
    "sans faire de victime."
)


def test_story_actors_a_grenade_that_hurt_nobody_names_no_target() -> None:
    grenades = sorted(_of(FACADE_FR, "fr", "grenade_attack"), key=lambda e: e.evidence.start)
    assert _side(grenades[0].target) == "FRA"
    assert all(not _story_rules(g, "target") for g in grenades[1:])


# -- 5. a reaction answers the act's author ----------------------------------------------------

CLAIMED_LATER_EN = (
    "A car bomb exploded outside a police station in Baidoa on Sunday, killing seven people, "
    "officials said.\n\n"
    "Al-Shabaab claimed responsibility for the blast. The United Nations condemned the attack."
)


def test_story_actors_a_condemnation_targets_the_author_named_later() -> None:
    (condemn,) = _of(CLAIMED_LATER_EN, "en", "condemn")
    assert condemn.target is not None and condemn.target.id == "al-shabaab"


GENERIC_FR = (
    "Des frappes israéliennes ont tué samedi quatre personnes à Nabatiyé, selon le ministère "
    "libanais de la Santé.\n\n"
    "Le gouvernement libanais a condamné « toute attaque contre des civils »."
)


def test_story_actors_a_rule_over_every_attack_answers_no_author() -> None:
    for ev in _of(GENERIC_FR, "fr", "condemn"):
        assert not _story_rules(ev, "target")


# -- 4. aid goes to the story's recipient, a withdrawal leaves its host ------------------------

PLEDGES_FR = (
    "Les Pays-Bas ont annoncé vendredi une aide militaire de 400 millions d'euros à l'Ukraine."
    "\n\nLa Haye avait déjà promis en mars une enveloppe de 2 milliards d'euros pour la défense "
    "aérienne."
)
PLEDGES_COMMUNIQUE_FR = (
    "La France a livré 1,7 milliard d'euros d'armes à l'Ukraine en 2022, selon le ministère des "
    "Armées.\n\nParis apportera jusqu'à 3 milliards d'euros de soutien militaire supplémentaire "
    "en 2024."
)


def test_story_actors_a_pledge_goes_to_the_story_s_recipient() -> None:
    for text in (PLEDGES_FR, PLEDGES_COMMUNIQUE_FR):
        (pledge,) = _of(text, "fr", "aid_pledge")
        assert _side(pledge.target) == "UKR"
        assert _story_rules(pledge, "target") == ["story.one_way"]


HANDOVER_EN = (
    "France handed over its last military base in Chad to the Chadian army on Friday, the army "
    "said.\n\nThe withdrawal of about 1,000 troops was completed within weeks."
)
HANDOVER_FR = (
    "La France a rétrocédé vendredi sa dernière base militaire au Tchad à l'armée tchadienne."
    "\n\nLe retrait des quelque 1 000 soldats s'est achevé en quelques semaines."
)


def test_story_actors_a_withdrawal_leaves_the_story_s_host() -> None:
    for text, lang in ((HANDOVER_EN, "en"), (HANDOVER_FR, "fr")):
        (retreat,) = _of(text, lang, "retreat")
        assert (_side(retreat.initiator), _side(retreat.target)) == ("FRA", "TCD")
        assert _story_rules(retreat, "target") == ["story.one_way"]


HOSTAGES_FR = (
    "Les frappes israéliennes ont tué dix personnes dans le centre de Gaza, selon la Défense "
    "civile. Le Hamas a tiré des roquettes sur Tel-Aviv.\n\n"
    "Trois otages ont été remis dimanche au Comité international de la Croix-Rouge."
)


def test_story_actors_hostages_handed_over_are_no_exchange() -> None:
    # a release goes one way: only an exchange binds both sides of the war (state first); the
    # hostages go from the group holding them to the state (round 10, GUIDELINES §5, dev-fr-20)
    for ev in _of(HOSTAGES_FR, "fr", "release"):
        assert "story.two_party_settlement" not in _story_rules(ev, "initiator")
        assert (_id(ev.initiator), _id(ev.target)) == ("hamas", "isr")


SANCTIONS_EN = (
    "The European Union imposed sanctions on Iran on Monday over its drone deliveries to "
    "Russia, the Council said.\n\nThe bloc also froze the assets of seven officials."
)


def test_story_actors_sanctions_in_a_story_hit_its_one_sanctioned_state() -> None:
    sanctions = _of(SANCTIONS_EN, "en", "sanction")
    assert len(sanctions) >= 2
    assert all(_side(s.target) == "IRN" for s in sanctions)
    assert any(_story_rules(s, "target") == ["story.one_way"] for s in sanctions)


# -- 6. what a country's own actors say in a story of its unrest -------------------------------

TBILISI_EN = (
    "Thousands of protesters clashed with riot police outside parliament in Tbilisi on Sunday, "
    "throwing stones and fireworks.\n\n"
    "Prime Minister Irakli Kobakhidze praised the police and vowed that the organisers would "
    "face justice."
)
FARMERS_EN = (
    "Farmers blocked motorways around Lyon on Monday with their tractors.\n\n"
    "The head of the farmers' union, Arnaud Rousseau, demanded concrete answers on fuel prices."
)
FARMERS_FR = (
    "Des agriculteurs ont bloqué lundi les autoroutes autour de Lyon avec leurs tracteurs.\n\n"
    "Le président de la FNSEA, Arnaud Rousseau, a réclamé des réponses concrètes sur le prix du "
    "gazole."
)


def test_story_actors_a_government_s_warning_in_unrest_is_aimed_at_its_country() -> None:
    (threat,) = _of(TBILISI_EN, "en", "threaten")
    assert _side(threat.target) == "GEO"
    assert _story_rules(threat, "target") == ["story.domestic"]


def test_story_actors_a_union_s_demand_in_unrest_is_aimed_at_its_country() -> None:
    for text, lang in ((FARMERS_EN, "en"), (FARMERS_FR, "fr")):
        (demand,) = _of(text, lang, "demand")
        assert _side(demand.target) == "FRA"
        assert _story_rules(demand, "target") == ["story.domestic"]


BELGRADE_FR = (
    "Des milliers de manifestants ont affronté la police samedi soir à Belgrade, lançant des "
    "pierres et des fumigènes.\n\n"
    "Le président Aleksandar Vucic a salué le professionnalisme des policiers. Il a accusé des "
    "services étrangers de vouloir déstabiliser le pays."
)


def test_story_actors_an_accusation_naming_its_own_addressee_is_left_alone() -> None:
    (praise,) = _of(BELGRADE_FR, "fr", "support")
    assert _side(praise.target) == "SRB"
    for accuse in _of(BELGRADE_FR, "fr", "accuse"):
        assert not _story_rules(accuse, "target")


def test_story_actors_a_ban_decreed_abroad_gets_no_place_state() -> None:
    # no unrest in the story: the travel ban's target is not guessed from the places named
    for ban in _of(SANCTIONS_EN, "en", "coerce"):
        assert "story.place_state" not in _story_rules(ban, "target")
