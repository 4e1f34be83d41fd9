"""Detection on text no dev file phrases this way (round 5, triggers): trends, recurrences,
sport and rhetoric that borrow war words, flight from "the fighting", labour strikes told
with "on strike", a repelled attack told once, a summoned ambassador in the passive.

Every sentence is written for these tests, in the registers of wire copy, live tickers,
regional papers and sports pages, in French and English. Each case gives the exact set of
event types the sentence must yield, so a spurious extra event fails as surely as a missed one.
"""

from __future__ import annotations

import pytest
from extracting import events


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in events(text, lang)}


# A count that rises or falls, a recurrence, a pattern: no single occurrence is told.
TRENDS_AND_PATTERNS: list[tuple[str, str]] = [
    ("en", "Kidnappings for ransom have surged across the region since 2023."),
    ("en", "Arrests of journalists are on the rise, Reporters Without Borders warned."),
    ("en", "A sharp rise in kidnappings has alarmed aid agencies in the north."),
    ("en", "Protests erupt almost every weekend in Belgrade."),
    ("en", "Protests have been frequent in the capital since the disputed election."),
    ("en", "Russian artillery shells the town every night, residents say."),
    ("fr", "Les enlèvements contre rançon se sont multipliés dans la région depuis 2023."),
    ("fr", "Les arrestations de journalistes sont en hausse, a alerté Reporters sans frontières."),
    ("fr", "Une recrudescence des enlèvements inquiète les humanitaires dans le nord."),
    ("fr", "La ville est bombardée chaque nuit par l'artillerie russe, selon les habitants."),
    ("fr", "Les manifestations sont devenues monnaie courante dans la capitale."),
]


@pytest.mark.parametrize(("lang", "text"), TRENDS_AND_PATTERNS)
def test_detection_trend_or_recurrence_is_no_event(lang: str, text: str) -> None:
    assert _types(text, lang) == set()


# War words in sport, markets and politics.
BORROWED_WAR_WORDS: list[tuple[str, str]] = [
    ("en", "Arsenal launched a blistering attack in the second half and Saka struck twice."),
    ("en", "Liverpool struck late to snatch a draw, with Salah's penalty in stoppage time."),
    ("en", "Australia's bowlers launched a ferocious attack on England's top order on day two."),
    ("en", "The senator launched a scathing attack on the president during a televised debate."),
    ("en", "Shares came under attack on Thursday as investors fled tech stocks."),
    ("fr", "Le candidat a lancé une attaque en règle contre son rival lors du débat télévisé."),
    ("fr", "La frappe du buteur lyonnais a fini dans la lucarne juste avant la mi-temps."),
    ("fr", "Les investisseurs fuient les valeurs technologiques depuis l'annonce de la Fed."),
]


@pytest.mark.parametrize(("lang", "text"), BORROWED_WAR_WORDS)
def test_detection_war_words_in_sport_markets_politics_are_no_event(lang: str, text: str) -> None:
    assert _types(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Residents fled the fighting in the Sudanese city of El Fasher, the UN said."),
        ("fr", "Des milliers d'habitants ont fui les combats à El Fasher, selon l'ONU."),
    ],
)
def test_detection_fighting_fled_is_the_flight_only(lang: str, text: str) -> None:
    assert _types(text, lang) == {"other_development"}


def test_detection_an_attack_fled_is_still_told() -> None:
    text = "Des milliers d'habitants ont fui une attaque contre le camp de Zamzam, selon l'ONU."
    assert "attack_on_civilians" in _types(text, "fr")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukrainian forces repelled an attack near Pokrovsk, the general staff said."),
        (
            "fr",
            "Les forces ukrainiennes ont repoussé une attaque près de Pokrovsk, selon l'état-major.",
        ),
    ],
)
def test_detection_repelled_attack_is_one_clash(lang: str, text: str) -> None:
    found = events(text, lang)
    assert [e.type for e in found] == ["armed_clash"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Dockers in Antwerp have been on strike since Monday.", "asserted"),
        ("Thousands of nurses went on strike on Tuesday over pay.", "asserted"),
        ("Teachers will strike on Thursday, unions said.", "hypothetical"),
    ],
)
def test_detection_labour_strike_without_a_union_word(text: str, status: str) -> None:
    found = events(text, "en")
    assert [e.type for e in found] == ["labour_strike"]
    assert found[0].status == status


@pytest.mark.parametrize(
    "text",
    [
        "The senator called for strikes on Iran's nuclear sites.",
        "The talks focused on strikes against shipping in the Red Sea.",
    ],
)
def test_detection_strikes_on_targets_are_not_walkouts(text: str) -> None:
    assert "labour_strike" not in _types(text, "en")


def test_detection_ambassador_summoned_in_the_passive() -> None:
    text = "L'ambassadeur de France a été convoqué lundi au ministère algérien des Affaires étrangères."
    assert _types(text, "fr") == {"demand"}


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "Russian artillery shelled the town on Monday night, residents said.", "shelling"),
        ("en", "Israeli strikes on Gaza killed 20 people on Tuesday, medics said.", "air_strike"),
        ("fr", "Des frappes israéliennes ont tué 20 personnes mardi à Gaza.", "air_strike"),
    ],
)
def test_detection_dated_single_attacks_still_found(lang: str, text: str, code: str) -> None:
    assert code in _types(text, lang)


# Battles that are not fought with arms, and acceptances that concede nothing.
FIGURATIVE_BATTLES: list[tuple[str, str]] = [
    ("en", "The senator lost her battle with cancer on Friday."),
    ("en", "Firefighters battled the blaze for six hours before bringing it under control."),
    ("en", "A legal battle has pitted the two companies against each other for months."),
    ("en", "The two sides have been locked in a bitter court battle over custody of the children."),
    ("en", "The minister accepted gifts from a defence contractor, the newspaper revealed."),
    ("fr", "Le champion a remporté samedi son combat de boxe face au tenant du titre."),
    ("fr", "Le combat contre l'inflation reste la priorité de la Banque centrale européenne."),
    ("fr", "Le ministre a accepté des cadeaux d'un industriel de l'armement, selon Le Monde."),
]


@pytest.mark.parametrize(("lang", "text"), FIGURATIVE_BATTLES)
def test_detection_figurative_battle_or_gift_is_no_event(lang: str, text: str) -> None:
    assert _types(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Heavy fighting broke out on Monday between the army and rebels near Goma."),
        ("en", "A fierce battle for the town raged on Sunday, the army said."),
        ("fr", "De violents combats ont opposé lundi l'armée aux rebelles près de Goma."),
    ],
)
def test_detection_real_fighting_still_found(lang: str, text: str) -> None:
    assert _types(text, lang) == {"armed_clash"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The foreign ministers said in a joint statement that they supported a ceasefire and"
            " the release of all hostages.",
        ),
        (
            "fr",
            "Les trois ministres ont dit soutenir un cessez-le-feu et la libération de tous les otages.",
        ),
    ],
)
def test_detection_release_supported_is_a_position(lang: str, text: str) -> None:
    assert "release" not in _types(text, lang)


def test_detection_release_welcomed_is_reported() -> None:
    text = "The EU welcomed the release of 90 Palestinian prisoners on Sunday."
    assert "release" in _types(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Des tirs nourris ont été entendus dans la nuit de samedi près de l'aéroport de Port-au-Prince.",
        "Des échanges de tirs ont opposé lundi des gangs rivaux dans le quartier de Martissant.",
    ],
)
def test_detection_gunfire_without_a_weapon_is_a_clash(text: str) -> None:
    assert _types(text, "fr") == {"armed_clash"}


@pytest.mark.parametrize(
    "text",
    [
        "Les tirs de sommation des policiers n'ont pas dissuadé la foule.",
        "La séance de tirs au but a souri aux Lyonnais.",
    ],
)
def test_detection_warning_shots_and_penalties_are_no_clash(text: str) -> None:
    assert "armed_clash" not in _types(text, "fr")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Des manifestants ont envahi le Parlement mardi à Belgrade."),
        ("en", "Protesters invaded the parliament building in Belgrade on Tuesday."),
    ],
)
def test_detection_protesters_invading_a_building_riot(lang: str, text: str) -> None:
    assert _types(text, lang) == {"riot"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Un militant écologiste observe une grève de la faim depuis douze jours devant le ministère.",
        ),
        ("en", "Three detainees began a hunger strike on Monday to protest their detention."),
    ],
)
def test_detection_hunger_strike_is_a_protest_not_a_walkout(lang: str, text: str) -> None:
    assert _types(text, lang) == {"peaceful_protest"}


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        (
            "fr",
            "La France condamne l'attaque de samedi contre un convoi humanitaire près de Goma.",
            "attack_on_civilians",
        ),
        (
            "en",
            "France strongly condemned Saturday's attack on an aid convoy near Goma.",
            "attack_on_civilians",
        ),
        (
            "en",
            "An attack on an army convoy killed six soldiers near Gao on Saturday.",
            "armed_clash",
        ),
    ],
)
def test_detection_aid_convoy_is_not_a_military_target(lang: str, text: str, code: str) -> None:
    types = _types(text, lang)
    assert code in types
    assert types <= {code, "condemn"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hamas said it was ready for indirect talks with Israel."),
        ("fr", "Le Hamas s'est dit prêt à des pourparlers indirects avec Israël."),
        ("fr", "Le Kremlin se dit ouvert à des négociations."),
        ("en", "Residents say the nightly bombardments have made life unbearable."),
        (
            "fr",
            "Les habitants disent que les bombardements quotidiens ont rendu la vie insupportable.",
        ),
    ],
)
def test_detection_readiness_and_nightly_pattern_are_no_event(lang: str, text: str) -> None:
    assert _types(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Repeated Russian strikes on Kharkiv killed five civilians on Sunday, the governor said.",
        ),
        (
            "fr",
            "Les frappes russes répétées sur Kharkiv ont tué cinq civils dimanche, selon le gouverneur.",
        ),
    ],
)
def test_detection_repeated_strikes_with_a_toll_are_told(lang: str, text: str) -> None:
    assert _types(text, lang) == {"air_strike"}


def test_detection_talks_opened_are_a_meeting() -> None:
    assert _types("La Russie a ouvert des négociations avec l'Ukraine à Istanbul.", "fr") == {
        "consult_meeting"
    }


def test_detection_repeated_strikes_condemned_by_two_leaders_tell_none() -> None:
    text = (
        "Les deux présidents ont condamné les frappes russes répétées contre les infrastructures"
        " énergétiques de l'Ukraine."
    )
    assert "air_strike" not in _types(text, "fr")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Pour Kiev, chaque frappe sur une centrale est un crime de guerre."),
        ("en", "For Kyiv, every strike on a power plant is a war crime."),
    ],
)
def test_detection_every_strike_states_a_rule(lang: str, text: str) -> None:
    assert _types(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Les supporters ont affronté les forces de l'ordre aux abords du stade après le match.",
        ),
        ("en", "Fans clashed with police outside the stadium after the match."),
    ],
)
def test_detection_fans_fighting_police_riot(lang: str, text: str) -> None:
    assert _types(text, lang) == {"riot"}


def test_detection_all_night_is_not_every_night() -> None:
    text = "Toute la nuit, des drones russes ont frappé Odessa, selon le gouverneur."
    assert _types(text, "fr") == {"drone_strike"}


def test_detection_denied_talks_are_still_told() -> None:
    # "toute" under a denial is what is denied, not a rule over all occurrences
    text = "Le Kremlin dément toute discussion avec Kiev sur un cessez-le-feu."
    assert "consult_meeting" in _types(text, "fr")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In his new book, the historian revisits the air raids on German cities."),
        (
            "fr",
            "Dans son nouveau livre, l'historien revisite les bombardements des villes allemandes.",
        ),
        ("fr", "Le documentaire retrace les frappes sur Gaza."),
    ],
)
def test_detection_what_a_book_or_film_retraces_is_a_topic(lang: str, text: str) -> None:
    assert _types(text, lang) == set()
