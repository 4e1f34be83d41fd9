"""Where, round 9: a town's namesake abroad is steered by the hint a French paper gives (a
département), a district by the region that holds it, a university by its campus town, and
the affiliation of the people hurt ("students of Kyiv University") does not outrank the place
of the act. Every text is written for these tests (facts loosely modelled on real events,
wording our own), across several regions of the world."""

from __future__ import annotations

import pytest
from extracting import events as extract_text

PUB = "2024-11-10"


def _places(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    found = extract_text(text, lang, PUB)
    assert found, "no event found"
    return [(e.location.country, e.location.name) if e.location else (None, None) for e in found]


@pytest.mark.parametrize(
    ("text", "lang", "country", "name"),
    [
        # a French town named like a foreign capital, placed by its département
        (
            "Une femme a été tuée samedi à Vienne, dans l'Isère, lors d'une fusillade, "
            "selon la préfecture.",
            "fr",
            "FRA",
            "Vienne",
        ),
        (
            "Deux policiers ont été blessés samedi soir à Valence (Drôme) lors d'affrontements "
            "avec des jeunes, a indiqué le parquet.",
            "fr",
            "FRA",
            "Valence",
        ),
        # a district named after a town, inside a union territory whose name holds "and"
        (
            "Indian troops killed three militants in a gunfight in the Kupwara district of "
            "Jammu and Kashmir on Saturday, police said.",
            "en",
            "IND",
            "Kupwāra",
        ),
        # a university named like a village in another state
        (
            "Police arrested 40 protesters at Harvard on Friday, the university said.",
            "en",
            "USA",
            "Cambridge",
        ),
        # the people's affiliation names another city than the strike's
        (
            "Deux étudiants de l'université de Kyiv ont été blessés samedi lors d'un "
            "bombardement à Odessa, selon le gouverneur.",
            "fr",
            "UKR",
            "Odesa",
        ),
        (
            "Three employees of the Kharkiv city council were wounded on Saturday when a "
            "drone hit their car in Kupiansk, the regional governor said.",
            "en",
            "UKR",
            "Kupyansk",
        ),
    ],
)
def test_where_round9_namesakes_and_affiliations(
    text: str, lang: str, country: str, name: str
) -> None:
    places = _places(text, lang)
    assert (country, name) in places, places
    assert all(c in {country, None} for c, _ in places), places


def test_where_round9_bare_vienne_is_still_vienna() -> None:
    places = _places(
        "Des milliers de personnes ont manifesté samedi à Vienne contre le nouveau gouvernement "
        "autrichien, selon la police.",
        "fr",
    )
    assert ("AUT", "Vienna") in places, places


def test_where_round9_city_quarter_stays_in_the_city() -> None:
    # "the X district of Kherson" is a quarter of the city, not a district of the oblast
    places = _places(
        "Russian artillery shelled the Dniprovskyi district of Kherson on Saturday, wounding "
        "two men, the regional prosecutor's office said.",
        "en",
    )
    assert all(name in {"Kherson", None} for _, name in places), places


def test_where_round9_variant_spelling_of_a_town_abroad_gives_no_country() -> None:
    # "Banjska" is listed as a variant of Bansko, Bulgaria; the story is about Serbia and Kosovo
    places = _places(
        "Serbian police detained 15 protesters in Novi Sad on Saturday, a year after the "
        "Kosovo clashes in Banjska.",
        "en",
    )
    assert all(c != "BGR" for c, _ in places), places


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Un obus est tombé samedi sur Tripoli, dans le nord du Liban, blessant trois "
            "personnes, selon l'agence officielle.",
            "fr",
        ),
        (
            "A rocket slammed into Tripoli, in northern Lebanon, on Saturday, wounding three "
            "people, the state news agency said.",
            "en",
        ),
    ],
)
def test_where_round9_struck_capital_namesake_placed_by_its_hint(text: str, lang: str) -> None:
    # "Tripoli" alone is Libya's capital; the hint puts this one in Lebanon
    places = _places(text, lang)
    assert ("LBN", "Tripoli") in places, places
    assert all(c != "LBY" for c, _ in places), places


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        (
            "Des responsables à Erbil ont indiqué qu'une frappe de drone avait visé samedi une "
            "base militaire, tuant deux soldats.",
            "fr",
            "Erbil",
        ),
        (
            "Officials in Beirut said an Israeli strike had hit a car on a coastal road on "
            "Saturday, killing two men.",
            "en",
            "Beirut",
        ),
    ],
)
def test_where_round9_speakers_town_is_not_the_reported_act(
    text: str, lang: str, town: str
) -> None:
    # where the speakers sit says nothing of where the strike they report fell
    places = _places(text, lang)
    assert all(name != town for _, name in places), places


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Moscou a affirmé samedi avoir intercepté 25 drones ukrainiens au-dessus des régions "
            "de Koursk et de Briansk.",
            "fr",
        ),
        (
            "Russia said it downed 30 Ukrainian drones over the regions of Kursk and Bryansk "
            "on Saturday.",
            "en",
        ),
    ],
)
def test_where_round9_list_of_regions_is_the_country_not_a_city(text: str, lang: str) -> None:
    # two regions are no one admin1 unit, and the second name is not the city of Bryansk
    found = extract_text(text, lang, PUB)
    located = [e.location for e in found if e.location is not None]
    assert located, [(e.type, e.evidence.text) for e in found]
    assert all(loc.country == "RUS" and loc.precision == "country" for loc in located), located


def test_where_round9_one_region_keeps_its_unit() -> None:
    found = extract_text(
        "Russia said it downed 30 Ukrainian drones over the Kursk region on Saturday.", "en", PUB
    )
    assert any(e.location and e.location.admin1 == "Kursk Oblast" for e in found), found
