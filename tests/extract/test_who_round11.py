"""Who, round 11: a bare demonstrative phrase ("ces instructeurs") stands for the phrase with
the same noun a few sentences before; a demonym belongs to a unit's name ("Kenyan police
officers"); a decree with no stated author is the home state's; the killed troops of one state
are the other side of a clash; whoever orders an act is its author; a subject that claims an
attack is its author. Sentences written here."""

from __future__ import annotations

import pytest
from extracting import actor_country as _country
from extracting import actor_id as _id
from extracting import events, of_type, rules_of

# -- a demonstrative back to a phrase that said whose side it is ------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "code", "country"),
    [
        (
            "La Russie a livré des systèmes de défense aérienne au Niger. Une centaine "
            "d'instructeurs russes sont arrivés à Niamey. Ces instructeurs doivent former les "
            "soldats nigériens.",
            "fr",
            "cooperate",
            "RUS",
        ),
        (
            "Russia delivered air defence systems to Niger. About a hundred Russian instructors "
            "arrived in Niamey. These instructors will train Nigerien soldiers.",
            "en",
            "cooperate",
            "RUS",
        ),
    ],
)
def test_who_round11_demonstrative_takes_earlier_side(
    text: str, lang: str, code: str, country: str
) -> None:
    found = of_type(text, lang, code)
    assert found and _country(found[0].initiator) == country


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        (
            "Des instructeurs sont arrivés à Niamey. Ces instructeurs doivent former les soldats "
            "nigériens.",
            "fr",
            "cooperate",
        ),
        (
            "Military advisers arrived in Bamako on Monday. These advisers will train Malian "
            "troops.",
            "en",
            "cooperate",
        ),
    ],
)
def test_who_round11_demonstrative_without_side_stays_unknown(
    text: str, lang: str, code: str
) -> None:
    # the earlier phrase names no state: its echo is given none either (no guess from the place)
    found = of_type(text, lang, code)
    assert found and _country(found[0].initiator) is None


def test_who_round11_demonstrative_no_spurious_demand_from_outlet_fr() -> None:
    # "doivent former …, a précisé la chaîne": a plan an outlet reports, not its demand
    text = (
        "Des instructeurs militaires russes ont atterri à Niamey, selon la télévision publique "
        "Télé Sahel. Ces instructeurs doivent former les soldats nigériens, a précisé la chaîne."
    )
    assert not [e for e in of_type(text, "fr", "demand") if _id(e.initiator) == "tele-sahel"]


# -- a demonym in a unit's name --------------------------------------------------------------


def test_who_round11_demonym_police_unit_en() -> None:
    text = "Some 400 Kenyan police officers landed in Port-au-Prince on Tuesday."
    moves = of_type(text, "en", "force_movement")
    assert moves and _country(moves[0].initiator) == "KEN"


# -- a decree with no stated author: the home state's -----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        (
            "Des émeutes ont éclaté à Marseille et à Lyon. Un décret publié samedi au Journal "
            "officiel interdit la vente de feux d'artifice.",
            "fr",
            "FRA",
        ),
        (
            "Les violences se poursuivent en Nouvelle-Calédonie. Un arrêté interdit désormais les "
            "rassemblements à Nouméa.",
            "fr",
            "FRA",
        ),
        (
            "Riots broke out in Dhaka on Monday. A decree published on Tuesday banned all rallies "
            "in the capital.",
            "en",
            "BGD",
        ),
    ],
)
def test_who_round11_decree_is_home_state(text: str, lang: str, country: str) -> None:
    coerce = of_type(text, lang, "coerce")
    assert coerce and _country(coerce[0].initiator) == country
    assert _id(coerce[0].initiator) is None  # which body signed it is unsaid


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un décret de la junte interdit les manifestations à Niamey.", "fr"),
        ("The junta's decree bans rallies in Niamey.", "en"),
    ],
)
def test_who_round11_decree_owned_is_not_guessed(text: str, lang: str) -> None:
    # whose decree it is, is said (and unknown here): not the home state by default
    coerce = of_type(text, lang, "coerce")
    assert coerce and _country(coerce[0].initiator) is None


def test_who_round11_decree_keeps_apart_from_mayor_curfew_fr() -> None:
    text = (
        "La France a connu une nouvelle nuit de violences urbaines. À Clamart, le maire a "
        "instauré un couvre-feu. Un décret publié samedi au Journal officiel interdit par "
        "ailleurs la vente de mortiers d'artifice."
    )
    assert len(of_type(text, "fr", "coerce")) == 2


# -- the killed troops of a state are a side of the clash ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "side"),
    [
        (
            "Au moins cent soldats nord-coréens ont été tués lors de combats contre l'armée "
            "ukrainienne dans la région de Koursk.",
            "fr",
            "PRK",
        ),
        (
            "Au moins cent soldats nord-coréens ont été tués et près d'un millier blessés depuis "
            "qu'ils ont été engagés dans les combats contre l'armée ukrainienne.",
            "fr",
            "PRK",
        ),
        (
            "At least 100 North Korean soldiers have been killed in fighting with Ukrainian "
            "forces in the Kursk region.",
            "en",
            "PRK",
        ),
    ],
)
def test_who_round11_fallen_troops_are_a_side(text: str, lang: str, side: str) -> None:
    clash = of_type(text, lang, "armed_clash")
    assert clash and _country(clash[0].initiator) == side
    assert _country(clash[0].target) == "UKR"


def test_who_round11_fallen_troops_of_the_opponent_are_no_side_fr() -> None:
    # the killed are of the same state as the named opponent: no second side to give
    text = "Trois soldats ukrainiens ont été tués lors de combats contre l'armée ukrainienne."
    clash = of_type(text, "fr", "armed_clash")
    assert not clash or clash[0].initiator is None


def test_who_round11_fallen_civilians_are_no_side_en() -> None:
    text = "Five Congolese civilians were killed in fighting with M23 rebels near Goma."
    for clash in of_type(text, "en", "armed_clash"):
        assert not rules_of(clash, "initiator", "en.initiator.fallen_side")


# -- whoever orders the act is its author ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "Le ministre de la Défense Israël Katz a ordonné à l'armée de se préparer à rester "
            "tout l'hiver dans la zone tampon.",
            "fr",
            "ISR",
        ),
        (
            "Defence Minister Israel Katz ordered the army to prepare to stay in the buffer zone "
            "through the winter.",
            "en",
            "ISR",
        ),
    ],
)
def test_who_round11_orderer_is_author(text: str, lang: str, who: str) -> None:
    moves = of_type(text, lang, "force_movement")
    assert moves and _country(moves[0].initiator) == who


# -- a subject that claims an attack is its author -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ("Hamas claimed a rocket attack on Tel Aviv on Sunday.", "en", "hamas"),
        ("The Houthis claimed a drone attack on a cargo ship in the Red Sea.", "en", "houthis"),
        (
            "Les Houthis ont revendiqué une attaque de drone contre un navire en mer Rouge.",
            "fr",
            "houthis",
        ),
    ],
)
def test_who_round11_claimed_attack_author(text: str, lang: str, who: str) -> None:
    attacks = [e for e in events(text, lang) if e.initiator is not None]
    assert attacks and _id(attacks[0].initiator) == who


def test_who_round11_unclaimed_attack_has_no_author_en() -> None:
    for event in events("No group has claimed the bombing in Kabul.", "en"):
        assert event.initiator is None


def test_who_round11_claimed_definite_attack_joins_the_told_one_en() -> None:
    text = (
        "Jihadist fighters attacked villagers digging trenches outside Barsalogho on Saturday, "
        "killing scores. JNIM claimed the assault, saying it had killed 300 soldiers."
    )
    assert not [
        e for e in events(text, "en") if rules_of(e, "initiator", "en.initiator.claimed_attack")
    ]


# -- a headline's topic before a colon is no subject -----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Niger : les derniers soldats français ont quitté le pays\n\nLe retrait des forces "
            "françaises du Niger est achevé.",
            "fr",
        ),
        (
            "Niger: last French troops leave the country\n\nThe withdrawal of French forces from "
            "Niger is complete.",
            "en",
        ),
    ],
)
def test_who_round11_headline_topic_is_not_the_subject(text: str, lang: str) -> None:
    retreat = of_type(text, lang, "retreat")
    assert retreat and _country(retreat[0].initiator) == "FRA"
    assert _country(retreat[0].target) == "NER"


# -- "the charity", "l'ONG": the last non-governmental body named ---------------------------


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "Seven workers of World Central Kitchen were killed in a strike in Gaza. The charity "
            "condemned the attack.",
            "en",
            "world-central-kitchen",
        ),
        (
            "Médecins sans frontières a perdu deux employés à Khan Younès. L'ONG a dénoncé une "
            "frappe délibérée.",
            "fr",
            "msf",
        ),
    ],
)
def test_who_round11_charity_is_last_ngo(text: str, lang: str, who: str) -> None:
    condemn = of_type(text, lang, "condemn")
    assert condemn and _id(condemn[0].initiator) == who


def test_who_round11_charity_without_ngo_named_fr() -> None:
    # an armed group is no NGO: "l'ONG" finds no antecedent
    condemn = of_type(
        "Le Hamas a revendiqué l'attaque. L'ONG a condamné les tirs.", "fr", "condemn"
    )
    assert condemn and _id(condemn[0].initiator) is None


# -- warplanes with no owner in a one-state story: that state's forces ----------------------


@pytest.mark.parametrize(
    ("text", "lang", "side"),
    [
        (
            "Myanmar's junta has stepped up its campaign against rebels in Sagaing Region. On "
            "Tuesday, jets and a helicopter attacked a gathering in a village, killing 40 people.",
            "en",
            "MMR",
        ),
        (
            "La junte birmane intensifie sa campagne contre les rebelles. Mardi, des avions de "
            "chasse ont bombardé un village de la région de Sagaing, tuant 40 personnes.",
            "fr",
            "MMR",
        ),
    ],
)
def test_who_round11_unowned_warplanes_one_state_story(text: str, lang: str, side: str) -> None:
    strikes = of_type(text, lang, "air_strike")
    assert strikes and _country(strikes[0].initiator) == side


def test_who_round11_unowned_warplanes_two_states_named_en() -> None:
    text = (
        "Warplanes bombed a village near Idlib, Syrian activists said. Russia and Turkey traded "
        "accusations."
    )
    strikes = of_type(text, "en", "air_strike")
    assert strikes and strikes[0].initiator is None


# -- "sont entrés": a verb of motion with "être" is active --------------------------------


def test_who_round11_etre_motion_verb_subject_is_the_mover_fr() -> None:
    text = (
        "L'armée israélienne a annoncé mercredi avoir découvert des armes dans l'hôpital "
        "Al-Chifa, où ses soldats sont entrés dans la nuit pour une opération ciblée."
    )
    moves = of_type(text, "fr", "force_movement")
    assert moves and _country(moves[0].initiator) == "ISR"
