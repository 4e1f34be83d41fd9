"""Namesake towns abroad: no place beats a place in the wrong country.

Each case is a village or small town cities500 lacks (or holds under a variant spelling of
a bigger town) whose name a town of another state bears. The sentence says which state the
act is in; the namesake abroad must never be read, while a village near the story's states
("Russian troops shelled Hatne") keeps its reading.
"""

from __future__ import annotations

import pytest
from extracting import events

from wirewatch.resolve.places import locate


def _places(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.location.name, e.location.country) if e.location else (None, None)
        for e in events(text, lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        # "Boni" is also a variant spelling of Bonn: the apposition after the comma places it
        (
            "Deux soldats ont été tués dans une embuscade près de Boni, dans le centre du Mali.",
            "fr",
            "MLI",
        ),
        (
            "Two soldiers were killed in an ambush near Boni, in central Mali, on Sunday.",
            "en",
            "MLI",
        ),
    ],
)
def test_namesakes_an_apposed_state_places_the_town(text: str, lang: str, country: str) -> None:
    assert {c for _, c in _places(text, lang)} == {country}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Moura, Portugal: 2,900 km from Bamako, in a state the story never names
        ("Malian troops killed dozens of civilians in Moura.", "en"),
        ("Des soldats maliens ont tué des dizaines de civils à Moura.", "fr"),
    ],
)
def test_namesakes_a_far_namesake_is_no_place_and_no_side(text: str, lang: str) -> None:
    found = events(text, lang)
    assert found
    for e in found:
        assert e.location is None or e.location.country != "PRT"
        assert getattr(e.target, "country", None) != "PRT"
        assert getattr(e.initiator, "country", None) != "PRT"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian troops shelled Hatne overnight, killing two people.", "en"),
        ("Les troupes russes ont bombardé Hatne dans la nuit, tuant deux personnes.", "fr"),
    ],
)
def test_namesakes_a_village_near_the_story_keeps_its_place(text: str, lang: str) -> None:
    assert ("Hatne", "UKR") in _places(text, lang)


def test_namesakes_a_compass_apposition_names_no_state() -> None:
    text = "A Mykolaïv, dans le sud, deux personnes ont été tuées lorsqu'un drone a frappé un immeuble."
    assert ("Mykolayiv", "UKR") in _places(text, "fr")


@pytest.mark.parametrize(
    ("phrase", "country", "code"),
    [
        ("Plateau State", "NGA", "NG-PL"),  # also a department of Benin
        ("Kwall, in Plateau State", "NGA", "NG-PL"),
        ("the Plateau department", "BEN", "BJ-PL"),
        ("Punjab province", "PAK", "PK-PB"),  # India's Punjab is a state
    ],
)
def test_namesakes_the_unit_word_says_which_state(phrase: str, country: str, code: str) -> None:
    loc = locate(phrase, lang="en")
    assert loc is not None
    assert (loc.country, loc.admin1_code) == (country, code)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "L'état d'urgence est entré en vigueur cette nuit et le réseau TikTok est suspendu.",
            "fr",
        ),
        ("The state of emergency took effect overnight and TikTok was suspended.", "en"),
    ],
)
def test_a_measure_borrowed_by_a_conjoined_clause_is_no_initiator(text: str, lang: str) -> None:
    coerce = [e for e in events(text, lang) if e.type == "coerce"]
    assert coerce
    assert all(e.initiator is None for e in coerce)


def test_namesakes_a_far_town_needs_its_state_named_somewhere() -> None:
    lone = "L'armée russe a affirmé samedi s'être emparée jeudi du village de Tessit."
    story = lone + " Les combats dans le nord du Mali se sont intensifiés depuis l'été."
    assert _places(lone, "fr") == [(None, None)]  # Russia named, Tessit 5,000 km from it
    assert ("Tessit", "MLI") in _places(story, "fr")
