"""Event detection: which events a text states and their type (triggers.py, merge.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from extracting import events as _events
from extracting import one as _one


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in _events(text, lang)]


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
    assert "threaten" not in _types(
        "The crowd posed a threat to the soldiers, the army said.", "en"
    )


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


# -- round 2: phrasings from many outlets (written for these tests) ------------------------------

NOT_EVENTS = [
    ("fr", "Les bombardements russes sont devenus le quotidien des habitants de Kharkiv."),
    ("en", "Shelling has become a daily fact of life in Kherson."),
    ("fr", "Le ministre a évoqué les frappes de drones lors d'une conférence sur la sécurité."),
    ("en", "The minister will speak about drone attacks at the conference in Munich."),
    ("fr", "La presse a été bombardée de questions sur la santé du président."),
    ("en", "Critics have bombarded the ministry with questions about the deal."),
    ("fr", "Les combats font rage depuis des mois dans la région de Donetsk."),
    ("en", "A book about the Bucha massacre won a prize in London on Monday."),
    ("fr", "Les troupes peinent à faire face aux attaques de drones, selon un rapport."),
    ("fr", "Depuis, les négociations sont au point mort."),
    ("en", "The attack on Pearl Harbor remains a defining moment in American history."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_EVENTS)
def test_detection_generic_topic_and_metaphor_are_not_events(lang: str, text: str) -> None:
    assert _types(text, lang) == []


TYPED = [
    ("fr", "Des échauffourées ont opposé manifestants et forces de l'ordre à Dakar.", ["riot"]),
    ("fr", "Des heurts ont éclaté entre manifestants et policiers à Kinshasa.", ["riot"]),
    (
        "fr",
        "Des centaines de personnes ont battu le pavé à Genève contre la réforme.",
        ["peaceful_protest"],
    ),
    ("en", "Thousands took to the streets of Belgrade on Saturday.", ["peaceful_protest"]),
    (
        "fr",
        "Une voiture piégée a explosé près d'un marché de Mogadiscio, tuant six civils.",
        ["explosive_device"],
    ),
    (
        "en",
        "A roadside bomb ripped through a minibus in Balochistan, killing five.",
        ["explosive_device"],
    ),
    (
        "en",
        "A car bomb exploded outside a police station in Quetta, killing six.",
        ["explosive_device"],
    ),
    (
        "fr",
        "Le groupe armé a tendu une embuscade à un convoi de l'armée au Burkina Faso.",
        ["armed_clash"],
    ),
    (
        "en",
        "Gunmen stormed a police post in northern Burkina Faso, killing eight officers.",
        ["armed_clash"],
    ),
    ("en", "Militants ambushed an army patrol near the border on Sunday.", ["armed_clash"]),
    (
        "fr",
        "Un drone kamikaze s'est écrasé sur un immeuble à Kiev, blessant trois personnes.",
        ["drone_strike"],
    ),
    (
        "fr",
        "Des obus tirés par les rebelles ont tué six civils à El Facher, selon un médecin.",
        ["shelling"],
    ),
    ("en", "Israel and Hamas swapped hostages for Palestinian prisoners on Saturday.", ["release"]),
    (
        "fr",
        "Un échange de tirs a opposé l'armée et le Hezbollah dans le sud du Liban dans la nuit.",
        ["armed_clash"],
    ),
    (
        "fr",
        "Des soldats ont violé deux femmes dans un village du Nord-Kivu en mars, selon l'ONU.",
        ["sexual_violence"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TYPED)
def test_detection_synonyms_and_regional_wordings_are_typed(
    lang: str, text: str, expected: list[str]
) -> None:
    assert sorted(_types(text, lang)) == sorted(expected)


MIXED_BARRAGES = [
    (
        "fr",
        "Tôt samedi, l'armée russe a bombardé Kharkiv avec 87 missiles et 27 drones, selon Kiev.",
    ),
    (
        "en",
        "Russia pounded Ukraine with 126 drones and one ballistic missile overnight, Kyiv said.",
    ),
    ("en", "Overnight Russia launched 126 drones and one ballistic missile at Ukraine."),
]


@pytest.mark.parametrize(("lang", "text"), MIXED_BARRAGES)
def test_detection_mixed_barrage_gives_one_event_per_means(lang: str, text: str) -> None:
    assert sorted(_types(text, lang)) == ["drone_strike", "missile_strike"]


def test_detection_local_hit_after_a_barrage_is_its_own_event() -> None:
    text = (
        "L'armée russe a tiré 90 drones sur l'Ukraine dans la nuit, a indiqué Kiev.\n\n"
        "A Kherson, deux personnes ont été tuées lorsqu'un drone a frappé un immeuble, a "
        "indiqué le gouverneur.\n\n"
        "Moscou a déclaré avoir intercepté 25 drones ukrainiens au-dessus de la région de Briansk."
    )
    events = [e for e in _events(text, "fr") if e.type == "drone_strike"]
    assert len(events) == 3
    figures = [dict(e.quantities) for e in events]
    assert {"launched": 90} in [{k: v for k, v in f.items() if k == "launched"} for f in figures]
    assert any(f.get("killed") == 2 and "intercepted" not in f for f in figures)


def test_detection_two_dated_sexual_violence_events_stay_apart() -> None:
    text = (
        "Des soldats ont violé deux femmes dans un village du Nord-Kivu en mars, selon l'ONU. "
        "En juin, des miliciens ont commis des viols collectifs dans un camp près de Goma."
    )
    assert _types(text, "fr").count("sexual_violence") == 2


def test_detection_two_displacements_with_their_own_figures_stay_apart() -> None:
    text = (
        "Some 20,000 people fled Rafah on Monday, the UN said. In Sudan, 15,000 residents "
        "fled El Fasher in April."
    )
    assert _types(text, "en").count("other_development") == 2


def test_detection_prisoner_exchange_in_both_directions_is_one_release() -> None:
    text = (
        "Kiev et Moscou ont échangé jeudi 103 prisonniers de guerre chacun. Les militaires "
        "ukrainiens sont rentrés au pays, tandis que 103 soldats russes ont été remis à Moscou."
    )
    assert _types(text, "fr").count("release") == 1


def test_detection_a_fronted_place_does_not_split_the_sentence() -> None:
    events = _events(
        "À Mykolaïv, dans le sud, deux personnes ont été tuées par un drone, selon le gouverneur.",
        "fr",
    )
    assert [e.type for e in events] == ["drone_strike"]
    assert events[0].quantities.get("killed") == 2


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        (
            "en",
            "Three civilians were killed by a Russian drone in Kherson on Sunday.",
            "drone_strike",
        ),
        ("fr", "Un enfant a été blessé par des éclats d'obus à Donetsk.", "shelling"),
    ],
)
def test_detection_weapon_named_as_the_killer_is_an_attack(lang: str, text: str, code: str) -> None:
    assert _types(text, lang) == [code]


def test_detection_an_earlier_occurrence_is_kept_apart() -> None:
    text = (
        "Russia and Ukraine swapped 95 prisoners of war on Friday. "
        "The previous prisoner exchange, in August, freed 115 Ukrainian soldiers."
    )
    assert _types(text, "en").count("release") == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Pour l'analyste, les bombardements visent avant tout à briser le moral des civils.",
        ),
        ("fr", "Un séminaire consacré aux frappes de drones s'est tenu à Lausanne."),
        ("en", "The shelling of Mariupol in 2022 is the subject of a new documentary."),
        ("en", "Daily drone attacks have become routine for residents of Belgorod."),
        ("en", "Fighting has raged for weeks around Pokrovsk."),
    ],
)
def test_detection_purpose_subject_and_routine_are_not_events(lang: str, text: str) -> None:
    assert _types(text, lang) == []


def test_detection_protest_purpose_is_not_a_condemnation() -> None:
    text = (
        "Au Québec, des milliers de personnes sont descendues dans la rue samedi pour dénoncer "
        "la hausse des loyers."
    )
    assert _types(text, "fr") == ["peaceful_protest"]


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "Deux roquettes se sont abattues sur Kiryat Shmona, a indiqué l'armée.", "shelling"),
        (
            "en",
            "Two Russian glide bombs slammed into a supermarket in Kharkiv, killing 12.",
            "air_strike",
        ),
    ],
)
def test_detection_falling_munitions_hit_rather_than_are_downed(
    lang: str, text: str, code: str
) -> None:
    events = _events(text, lang)
    assert [e.type for e in events] == [code]
    assert "intercepted" not in events[0].quantities


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        (
            "fr",
            "L'armée israélienne a mené une série de frappes sur le sud du Liban.",
            "air_strike",
        ),
        ("en", "Russia launched a fresh wave of drone attacks on Odesa overnight.", "drone_strike"),
    ],
)
def test_detection_set_noun_carries_the_author_of_the_attacks(
    lang: str, text: str, code: str
) -> None:
    ev = _one(text, lang, code)
    assert ev.initiator is not None and ev.initiator.country in {"ISR", "RUS"}
