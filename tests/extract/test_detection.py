"""Event detection: which events a text states and their type (triggers.py, merge.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from wirewatch.extract import extract_text
from wirewatch.model import Event

PUB = "2024-11-10"  # a Sunday


def _events(text: str, lang: str) -> list[Event]:
    return extract_text(text, lang, PUB)


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in _events(text, lang)]


def _one(text: str, lang: str, code: str) -> Event:
    events = [e for e in _events(text, lang) if e.type == code]
    assert len(events) == 1, [(e.type, e.evidence.text) for e in _events(text, lang)]
    return events[0]


# -- attacks with no named weapon ---------------------------------------------------------------


def test_detection_bare_strikes_with_an_author_are_an_air_strike() -> None:
    ev = _one(
        "Israeli strikes killed at least 12 people in Khan Younis on Tuesday, the health "
        "ministry said.",
        "en",
        "air_strike",
    )
    assert ev.quantities.get("killed") == 12


def test_detection_bare_strikes_join_the_typed_attack_they_describe() -> None:
    types = _types(
        "Russia fired 40 missiles at Kyiv overnight, the air force said. "
        "The strikes damaged a maternity hospital.",
        "en",
    )
    assert types.count("missile_strike") == 1
    assert "air_strike" not in types


def test_detection_repeated_strikes_are_a_pattern_not_an_event() -> None:
    assert "air_strike" not in _types(
        "Les deux ministres ont condamné les frappes russes répétées contre les centrales.", "fr"
    )


def test_detection_fire_verb_with_a_munition_is_an_attack() -> None:
    ev = _one("Le Hezbollah a tiré une trentaine de roquettes sur Haïfa samedi.", "fr", "shelling")
    assert ev.initiator is not None


def test_detection_headline_and_body_explosion_are_one_event() -> None:
    text = (
        "Explosion à Lyon\n\n"
        "Une explosion a détruit un local de la mairie de Lyon dans la nuit de jeudi à vendredi."
    )
    assert _types(text, "fr").count("explosive_device") == 1


def test_detection_a_toll_joins_the_attack_it_counts() -> None:
    text = (
        "A Russian missile hit a hospital in Dnipro on Monday. "
        "The toll rose to 12 killed, the governor said."
    )
    ev = _one(text, "en", "missile_strike")
    assert any(c.quantities.get("killed") == 12 for c in ev.claims)


def test_detection_chemical_load_makes_a_chemical_attack() -> None:
    assert "chemical_attack" in _types(
        "Kiev accuse l'armée russe de larguer des grenades chargées de gaz toxique.", "fr"
    )


# -- violence against people ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selon l'ONU, des femmes ont été violées par des hommes armés dans le camp.", "fr"),
        ("Investigators said sexual violence had occurred in two detention centres.", "en"),
    ],
)
def test_detection_sexual_violence(text: str, lang: str) -> None:
    assert "sexual_violence" in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des hommes armés ont pris en otage trente passagers d'un bus mardi.", "fr"),
        ("Gunmen took 20 passengers hostage on a bus in the north on Tuesday.", "en"),
    ],
)
def test_detection_hostage_taking_is_an_abduction(text: str, lang: str) -> None:
    assert "abduction" in _types(text, lang)


# -- release: sensed by what is released ----------------------------------------------------------


def test_detection_released_hostages_is_a_release() -> None:
    assert "release" in _types("Hamas released three hostages on Sunday.", "en")


@pytest.mark.parametrize(
    "text",
    [
        "The army released a video of the raid on Sunday.",
        "Smoke over the city, in a satellite image released by a private firm.",
    ],
)
def test_detection_released_media_is_not_a_release(text: str) -> None:
    assert "release" not in _types(text, "en")


def test_detection_liberer_a_village_is_a_capture_and_hostages_a_release() -> None:
    assert "release" in _types("Le Hamas a libéré trois otages dimanche.", "fr")
    types = _types("Les forces ukrainiennes ont libéré le village de Robotyne.", "fr")
    assert "release" not in types


def test_detection_talks_topic_is_not_an_event() -> None:
    assert "release" not in _types(
        "Negotiators resumed talks on a ceasefire and hostage release in Doha.", "en"
    )


# -- sanctions, concessions, coercion ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Paris recalled its ambassador to Algiers on Monday.", "en"),
        ("Alger a rappelé lundi son ambassadeur à Paris.", "fr"),
        ("The Council adopted restrictive measures against five companies.", "en"),
    ],
)
def test_detection_recalling_an_ambassador_and_restrictive_measures_are_sanctions(
    text: str, lang: str
) -> None:
    assert "sanction" in _types(text, lang)


def test_detection_lifting_sanctions_is_a_concession_not_a_sanction() -> None:
    types = _types("La Cédéao a levé samedi l'essentiel des sanctions contre le Mali.", "fr")
    assert "concede" in types
    assert "sanction" not in types


def test_detection_state_of_emergency_is_coercion() -> None:
    assert "coerce" in _types("Le gouvernement a décrété l'état d'urgence dans l'archipel.", "fr")


def test_detection_a_ban_inside_an_organisation_name_is_not_an_event() -> None:
    assert "coerce" not in _types(
        "L'Organisation pour l'interdiction des armes biologiques a publié un rapport.", "fr"
    )


# -- protests ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police used tear gas to disperse thousands of protesters in the capital.", "en"),
        ("La police a dispersé les manifestants à coups de gaz lacrymogène à Rennes.", "fr"),
    ],
)
def test_detection_dispersed_protest_is_a_protest_with_intervention(text: str, lang: str) -> None:
    types = _types(text, lang)
    assert "protest_with_intervention" in types
    assert "peaceful_protest" not in types


def test_detection_riot_police_is_not_a_riot() -> None:
    assert "riot" not in _types("Riot police blocked the avenue leading to parliament.", "en")


def test_detection_protesters_setting_fires_is_a_riot() -> None:
    assert "riot" in _types("Des manifestants ont incendié des voitures à Nantes.", "fr")


# -- verbal events -------------------------------------------------------------------------------


def test_detection_report_verb_denoncer_does_not_swallow_the_attack() -> None:
    text = "Dans la nuit, quarante drones russes ont visé Kharkiv, a dénoncé le maire de la ville."
    types = _types(text, "fr")
    assert "drone_strike" in types
    assert "condemn" not in types


def test_detection_denoncer_with_an_object_condemns() -> None:
    assert "condemn" in _types("Des avocats dénoncent des arrestations arbitraires.", "fr")


def test_detection_accused_act_is_an_event_claimed_by_the_accuser() -> None:
    types = _types(
        "Le groupe rebelle accuse l'armée d'avoir mené dimanche une frappe de drone sur un marché.",
        "fr",
    )
    assert "drone_strike" in types
    assert "accuse" in types


def test_detection_future_warning_is_a_threat() -> None:
    assert "threaten" in _types("« Nous frapperons sans hésiter », a averti le ministre.", "fr")


def test_detection_posing_a_threat_is_not_a_threat() -> None:
    assert "threaten" not in _types("The crowd posed a threat to the soldiers, the army said.", "en")


def test_detection_called_x_y_is_not_a_demand() -> None:
    assert "demand" not in _types("The mayor called the visit a sign of hope.", "en")


def test_detection_unlemmatised_french_verb_still_triggers() -> None:
    assert "demand" in _types("Le président réclame un cessez-le-feu immédiat.", "fr")


def test_detection_a_bare_button_label_is_not_a_refusal() -> None:
    assert "reject" not in _types("Accepter / Refuser", "fr")


def test_detection_meeting_during_a_visit_is_the_visit() -> None:
    text = "Macron made a visit to Kyiv on Monday and met Zelensky at the presidential palace."
    types = _types(text, "en")
    assert types.count("consult_visit") == 1
    assert "consult_meeting" not in types


def test_detection_visiting_a_hospital_is_not_a_diplomatic_visit() -> None:
    assert "consult_visit" not in _types("A UN team visited the hospital on Friday.", "en")


def test_detection_conjoined_means_are_separate_events() -> None:
    types = _types(
        "La Russie a lancé dans la nuit une vaste attaque aérienne, tirant 80 missiles et "
        "60 drones sur l'Ukraine, selon l'armée de l'air ukrainienne.",
        "fr",
    )
    assert "missile_strike" in types
    assert "drone_strike" in types
    assert "air_strike" not in types  # "aérienne" lets the munitions decide


def test_detection_air_strike_word_alone_is_an_air_strike() -> None:
    assert "air_strike" in _types(
        "Une frappe aérienne israélienne a tué cinq personnes à Tyr mardi.", "fr"
    )


def test_detection_se_rendre_in_a_region_is_a_visit() -> None:
    ev = _one("Le Premier ministre doit se rendre dans la région samedi.", "fr", "consult_visit")
    assert ev.status == "hypothetical"


def test_detection_rejected_ultimatum_is_a_rejection() -> None:
    assert "reject" in _types("La junte avait rejeté cet ultimatum.", "fr")


def test_detection_time_adjunct_of_an_agreement_is_not_its_content() -> None:
    text = (
        "Le traité avait été signé le 19 juin à Pyongyang lors de la visite du président russe "
        "en Corée du Nord."
    )
    types = _types(text, "fr")
    assert "agreement" in types
    assert "consult_visit" in types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sa frappe du pied gauche a trouvé la lucarne à Marseille samedi.", "fr"),
        ("His late strike into the net in Madrid won the match for the hosts.", "en"),
    ],
)
def test_detection_a_shot_in_sport_is_not_a_strike(text: str, lang: str) -> None:
    assert "air_strike" not in _types(text, lang)
