"""Two tolls in one phrase (round 12): "un mort et cinq blessés", "one dead and five injured".
Each figure belongs to the toll word it stands before; the two tolls never add up and a
singular toll noun counts one. Every sentence is written here, in outlet styles."""

from __future__ import annotations

import pytest
from extracting import events


def _tolls(text: str, lang: str) -> list[dict[str, int]]:
    return [e.quantities for e in events(text, lang, published="2024-07-01")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un mort et cinq blessés dans une fusillade à Marseille.", "fr"),
        ("Une fusillade a fait un mort et cinq blessés samedi soir dans les quartiers nord.", "fr"),
        ("One dead and five injured in a shooting in Texas.", "en"),
        ("A shooting left one dead and five injured at a mall in Texas on Saturday.", "en"),
    ],
)
def test_quantities_one_dead_and_five_wounded_stay_apart(text: str, lang: str) -> None:
    assert {"killed": 1, "injured": 5}.items() <= _tolls(text, lang)[0].items()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Une fusillade a fait deux morts et cinq blessés samedi à Marseille.", "fr"),
        ("A shooting left two dead and five injured in Texas.", "en"),
    ],
)
def test_quantities_counted_tolls_keep_their_own_figures(text: str, lang: str) -> None:
    assert {"killed": 2, "injured": 5}.items() <= _tolls(text, lang)[0].items()
