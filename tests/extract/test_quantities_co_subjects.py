"""Victims joined by "et"/"and" add up, also when the parser hangs each on the verb.

The French model often reads "Un gendarme et deux civils ont été tués" as two subjects
of "tués" with the coordinator on the verb, not as one coordination; and a possessive
("leur mère", "their commander") opens one more person just as "un"/"a" does.
"""

from __future__ import annotations

import pytest
from extracting import events


def _toll(text: str, lang: str, kind: str) -> int | None:
    found = [e.quantities.get(kind) for e in events(text, lang) if e.quantities.get(kind)]
    assert len(found) == 1, [(e.type, dict(e.quantities)) for e in events(text, lang)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "expected"),
    [
        (
            "Un gendarme et deux civils ont été tués dans l'attaque de jeudi à Gao.",
            "fr",
            "killed",
            3,
        ),
        ("Un soldat et un civil ont été tués lundi dans une attaque à Kidal.", "fr", "killed", 2),
        ("Trois enfants et leur mère ont été tués dans la frappe sur Kherson.", "fr", "killed", 4),
        (
            "Deux soldats et leur commandant ont été tués dans l'embuscade près de Ménaka.",
            "fr",
            "killed",
            3,
        ),
        (
            "Two soldiers and their commander were killed in the ambush near Menaka.",
            "en",
            "killed",
            3,
        ),
        (
            "A police officer and two civilians were killed in the attack on Thursday in Gao.",
            "en",
            "killed",
            3,
        ),
        (
            "Deux soldats et trois civils ont été tués mardi dans une embuscade près de Ménaka.",
            "fr",
            "killed",
            5,
        ),
    ],
)
def test_quantities_joined_victims_add_up(text: str, lang: str, kind: str, expected: int) -> None:
    assert _toll(text, lang, kind) == expected


@pytest.mark.parametrize(
    ("text", "lang", "kind", "expected"),
    [
        # a group of unknown size stops the count: no guess
        ("Trois soldats et leur famille ont été tués dans l'attaque à Gao.", "fr", "killed", 3),
        (
            "Three children and their family were killed in the strike on Kherson.",
            "en",
            "killed",
            3,
        ),
        # two clauses, two tolls: nothing is added across them
        (
            "Deux civils ont été tués et un policier a été blessé dans l'attaque à Gao.",
            "fr",
            "killed",
            2,
        ),
        (
            "Deux civils ont été tués et un policier a été blessé dans l'attaque à Gao.",
            "fr",
            "injured",
            1,
        ),
    ],
)
def test_quantities_joined_groups_and_other_clauses_add_nothing(
    text: str, lang: str, kind: str, expected: int
) -> None:
    assert _toll(text, lang, kind) == expected
