"""Venues (round 10): a town's own mayor acts in his town; an expulsion or a closure is done
where the diplomatic post stands ("diplomates en poste à Bamako", "the consulate in
Chengdu"), or in the expelling state when the text says "leave the country"; an act told of
"the conference"/"the summit" itself is done at the story's one located meeting of that name.
And the venues nobody states stay empty: a leader at home speaking of a war abroad, a mayor
of two towns' story, a summit of another story on the same page. Every text is our own.
"""

from __future__ import annotations

from extracting import of_type as _of
from extracting import rules_of

from wirewatch.model import Event


def _place(ev: Event) -> tuple[str | None, str | None]:
    return (ev.location.name, ev.location.country) if ev.location else (None, None)


# -- a town's mayor acts in his town ----------------------------------------------------------


def test_venues_round10_the_bare_mayor_acts_in_the_story_town_fr() -> None:
    text = (
        "Une grenade a blessé trois personnes mardi soir dans un bar de Rennes.\n\n"
        "Le maire a réclamé des renforts de police."
    )
    (demand,) = _of(text, "fr", "demand")
    assert _place(demand) == ("Rennes", "FRA")
    assert rules_of(demand, "location", "fr.venue.official")


def test_venues_round10_the_bare_mayor_acts_in_the_story_town_en() -> None:
    text = (
        "A gunman wounded four people outside a nightclub in Leeds on Saturday night. "
        "The mayor called for more police patrols."
    )
    (demand,) = _of(text, "en", "demand")
    assert _place(demand) == ("Leeds", "GBR")


def test_venues_round10_a_named_town_s_mayor_acts_in_his_own_town_not_the_story_s_en() -> None:
    text = (
        "Russian missiles struck Kharkiv on Monday, killing five people. Kyiv Mayor Vitali "
        "Klitschko urged Western allies to send more air defence systems."
    )
    (demand,) = _of(text, "en", "demand")
    assert _place(demand) == ("Kyiv", "UKR")


def test_venues_round10_le_maire_de_lyon_acts_in_lyon_fr() -> None:
    text = (
        "Une fusillade a fait deux morts lundi à Marseille. Le maire de Lyon a réclamé mardi "
        "des moyens supplémentaires pour la police."
    )
    (demand,) = _of(text, "fr", "demand")
    assert _place(demand) == ("Lyon", "FRA")


def test_venues_round10_a_mayor_in_a_story_of_two_towns_gets_no_place_fr() -> None:
    text = (
        "Des inondations ont frappé Nice et Cannes dimanche. Le maire a réclamé l'aide de l'État."
    )
    (demand,) = _of(text, "fr", "demand")
    assert demand.location is None


def test_venues_round10_two_stories_on_one_page_the_mayor_takes_his_own_story_s_town() -> None:
    text = (
        "Des agriculteurs ont bloqué une autoroute près de Toulouse lundi.\n\n"
        "Autre actualité : à Lille, une fusillade a fait deux blessés mardi. Le maire a réclamé "
        "des renforts."
    )
    (demand,) = _of(text, "fr", "demand")
    assert _place(demand) == ("Lille", "FRA")


def test_venues_round10_a_leader_at_home_about_a_war_abroad_gets_no_place_en() -> None:
    text = (
        "French President Emmanuel Macron on Monday condemned the Russian strike on Kharkiv, "
        "which killed seven people, and called for more air defence for Ukraine."
    )
    (condemn,) = _of(text, "en", "condemn")
    (demand,) = _of(text, "en", "demand")
    assert condemn.location is None and demand.location is None


# -- expulsions and closures: the post, or the expelling state ---------------------------------


def test_venues_round10_diplomats_posted_in_a_town_are_expelled_there_fr() -> None:
    text = "Les autorités maliennes ont expulsé mercredi deux diplomates suédois en poste à Bamako."
    (expel,) = _of(text, "fr", "expel")
    assert _place(expel) == ("Bamako", "MLI")
    assert rules_of(expel, "location", "fr.venue.post")


def test_venues_round10_diplomats_based_in_a_town_are_expelled_there_en() -> None:
    text = "Russia on Friday expelled two Estonian diplomats based in Moscow."
    (expel,) = _of(text, "en", "expel")
    assert _place(expel) == ("Moscow", "RUS")


def test_venues_round10_the_sending_state_of_an_embassy_is_no_place_en() -> None:
    # "its consulate in St Petersburg" is what the expulsion answers, not what was expelled
    text = (
        "Poland expelled a Russian diplomat on Tuesday in response to the closure of its "
        "consulate in St Petersburg."
    )
    (expel,) = _of(text, "en", "expel")
    assert expel.location is None


def test_venues_round10_an_order_to_leave_the_country_is_given_in_the_expelling_state() -> None:
    fr = (
        "Le gouvernement malien a donné jeudi 72 heures à l'ambassadeur de France pour quitter "
        "le territoire."
    )
    en = "Mali's government on Thursday gave the French ambassador 72 hours to leave the country."
    for text, lang in ((fr, "fr"), (en, "en")):
        (expel,) = _of(text, lang, "expel")
        assert expel.location is not None
        assert (expel.location.country, expel.location.precision) == ("MLI", "country")


def test_venues_round10_a_bare_expulsion_states_no_place_en() -> None:
    text = (
        "Britain is expelling Russia's defence attache, Interior Minister James Cleverly told "
        "parliament on Wednesday."
    )
    (expel,) = _of(text, "en", "expel")
    assert expel.location is None


# -- "the conference ended with…": the story's one located meeting of that name --------------------


def test_venues_round10_a_text_signed_as_the_summit_ends_is_signed_there_fr() -> None:
    text = (
        "Genève : le sommet s'achève sur un accord signé par 40 pays\n\n"
        "Le sommet sur la sécurité alimentaire, organisé samedi et dimanche à Genève, a réuni "
        "60 délégations."
    )
    (agreement,) = _of(text, "fr", "agreement")
    assert _place(agreement) == ("Geneva", "CHE")
    assert rules_of(agreement, "location", "fr.venue.summit_subject")


def test_venues_round10_a_declaration_the_summit_ended_with_is_made_there_en() -> None:
    text = (
        "NAIROBI, Kenya (AP) — The summit, held in Nairobi on Saturday, brought together 20 "
        "African leaders. The summit ended with a joint declaration signed by all delegations."
    )
    (agreement,) = _of(text, "en", "agreement")
    assert _place(agreement) == ("Nairobi", "KEN")


def test_venues_round10_another_story_s_summit_is_not_the_conference_s_venue_fr() -> None:
    text = (
        "Le sommet européen s'est ouvert jeudi à Bruxelles.\n\n"
        "Autre actualité : la conférence s'est achevée jeudi sur un accord signé par 30 pays."
    )
    (agreement,) = _of(text, "fr", "agreement")
    assert agreement.location is None


# -- a planned meeting's stated place: "doivent s'ouvrir à Genève" -----------------------------


def test_venues_round10_talks_due_to_open_in_a_town_are_placed_there_fr() -> None:
    text = "Les pourparlers entre l'armée soudanaise et les FSR doivent s'ouvrir lundi à Genève."
    (meeting,) = _of(text, "fr", "consult_meeting")
    assert meeting.status == "hypothetical"
    assert _place(meeting) == ("Geneva", "CHE")
    assert rules_of(meeting, "location", "fr.venue.meeting_onset")


def test_venues_round10_talks_at_a_secret_venue_near_a_town_are_near_it_fr() -> None:
    text = (
        "Les discussions convoquées par les États-Unis doivent démarrer lundi dans un lieu tenu "
        "secret près de Genève."
    )
    (meeting,) = _of(text, "fr", "consult_meeting")
    assert meeting.location is not None and meeting.location.country == "CHE"


def test_venues_round10_a_place_the_talks_are_about_is_not_their_venue_fr() -> None:
    text = "Les négociations sur le statut de Jérusalem doivent reprendre lundi."
    for meeting in _of(text, "fr", "consult_meeting"):
        assert meeting.location is None


# -- "dans la région": the headline's region ------------------------------------------------------


def test_venues_round10_a_visit_to_the_region_takes_the_headline_s_region_fr() -> None:
    text = (
        "Montpellier : l'A9 bloquée par les agriculteurs\n\n"
        "Des agriculteurs ont bloqué samedi l'autoroute A9 près de Montpellier. Mercredi à "
        "Avignon, des manifestants avaient déversé du fumier devant la préfecture.\n\n"
        "Le ministre de l'Agriculture doit se rendre dans la région dimanche."
    )
    (visit,) = _of(text, "fr", "consult_visit")
    assert visit.location is not None
    assert (visit.location.admin1, visit.location.precision) == ("Occitanie", "admin1")


# -- a visit named as the occasion of an act placed in one of its towns ---------------------------


def test_venues_round10_a_visit_to_a_country_is_in_the_town_its_act_was_signed_in_fr() -> None:
    text = (
        "Le traité avait été signé le 19 juin à Hanoï par Vladimir Poutine et To Lam, lors de la "
        "visite du président russe au Vietnam."
    )
    (visit,) = _of(text, "fr", "consult_visit")
    assert _place(visit) == ("Hanoi", "VNM")
    assert rules_of(visit, "location", "fr.venue.occasion")


def test_venues_round10_a_visit_to_a_country_is_in_the_town_its_act_was_signed_in_en() -> None:
    text = (
        "Biden signed the security pact in Kyiv on Monday during his first visit to Ukraine "
        "since the war began."
    )
    (visit,) = _of(text, "en", "consult_visit")
    assert _place(visit) == ("Kyiv", "UKR")


def test_venues_round10_a_strike_during_a_visit_does_not_say_where_the_visitor_was_fr() -> None:
    text = (
        "Pendant la visite du ministre allemand en Ukraine, des missiles russes ont frappé mardi "
        "Kharkiv, tuant trois personnes."
    )
    (visit,) = _of(text, "fr", "consult_visit")
    assert visit.location is not None and visit.location.precision == "country"


def test_venues_round10_the_mayor_of_a_named_town_acts_there_en() -> None:
    text = (
        "Russian drones hit an energy plant near Odesa overnight. Vitali Klitschko, the mayor of "
        "Kyiv, called on Western allies to send more air defence systems."
    )
    (demand,) = _of(text, "en", "demand")
    assert _place(demand) in {("Kyiv", "UKR"), (None, None)}
    assert _place(demand) != ("Odesa", "UKR")


def test_venues_round10_a_place_of_another_event_is_not_the_talks_venue() -> None:
    fr = "Les pourparlers doivent reprendre lundi après la frappe israélienne à Rafah."
    en = "The talks are due to resume on Monday following the Israeli strike in Rafah."
    for text, lang in ((fr, "fr"), (en, "en")):
        for meeting in _of(text, lang, "consult_meeting"):
            assert meeting.location is None


def test_venues_round10_the_mayor_s_opinion_stays_at_his_seat_fr() -> None:
    text = (
        "Une grenade a blessé trois personnes mardi soir dans un bar de Rennes.\n\n"
        "Le maire a condamné une attaque lâche."
    )
    for condemn in _of(text, "fr", "condemn"):
        assert condemn.location is None
