"""Round 12 of WHO: demonyms two states share read with the story's countries, allegiance
("pro-Russian") is not nationality, and a reaction's target is the author of what it condemns,
never what that act hit nor the speaker. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from tests.extract.extracting import actor_country, actor_id, events, of_type


def _sides(text: str, lang: str, code: str) -> list[tuple[str | None, str | None]]:
    return [
        (actor_country(e.initiator), actor_country(e.target)) for e in of_type(text, lang, code)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "BRAZZAVILLE (AFP) - L'armée congolaise a tué trois rebelles dans la région du Pool,"
            " au Congo-Brazzaville, a annoncé le gouvernement.",
            "fr",
        ),
        (
            "BRAZZAVILLE (Reuters) - The Congolese army killed three rebels in the Pool region of"
            " the Republic of Congo on Monday, the government said.",
            "en",
        ),
    ],
)
def test_who_shared_demonym_follows_the_story_country(text: str, lang: str) -> None:
    found = [e for e in events(text, lang) if e.initiator is not None]
    assert found, [(e.type, e.evidence.text) for e in events(text, lang)]
    assert {actor_country(e.initiator) for e in found} == {"COG"}


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        (
            "Pro-Russian separatists shelled the town of Horlivka on Tuesday, killing two civilians.",
            "en",
            "shelling",
        ),
        (
            "Des séparatistes prorusses ont bombardé la ville de Horlivka mardi, tuant deux civils.",
            "fr",
            "shelling",
        ),
        (
            "Des séparatistes pro-russes ont bombardé la ville de Horlivka mardi, tuant deux civils.",
            "fr",
            "shelling",
        ),
        ("Anti-Russian militias attacked a convoy near Horlivka on Tuesday.", "en", "armed_clash"),
    ],
)
def test_who_allegiance_prefix_is_no_nationality(text: str, lang: str, code: str) -> None:
    found = of_type(text, lang, code)
    assert found, [(e.type, e.evidence.text) for e in events(text, lang)]
    assert all(actor_country(e.initiator) != "RUS" for e in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le président Macron a condamné les frappes russes contre Kiev.", "fr"),
        ("Le président Macron s'est indigné des frappes russes contre Kiev.", "fr"),
        ("Londres a dénoncé l'attaque russe contre Odessa.", "fr"),
        ("Britain condemned the Russian strike on Odesa.", "en"),
    ],
)
def test_who_reaction_targets_the_author_not_the_struck(text: str, lang: str) -> None:
    assert _sides(text, lang, "condemn") and all(
        target == "RUS" for _, target in _sides(text, lang, "condemn")
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Des frappes israéliennes sur une école de Gaza ont fait 12 morts jeudi. Emmanuel Macron"
            " s'est dit indigné par la frappe.",
            "fr",
        ),
        ("Le président Macron s'est indigné des frappes russes contre Kiev.", "fr"),
    ],
)
def test_who_speaker_is_never_the_target_of_own_reaction(text: str, lang: str) -> None:
    found = of_type(text, lang, "condemn")
    assert found
    for e in found:
        assert actor_id(e.initiator) == "emmanuel-macron"
        assert actor_id(e.target) != "emmanuel-macron" and actor_country(e.target) != "FRA"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian military trainers set up in a separate hangar at the air base in May, U.S."
            " officials said.",
            "en",
        ),
        (
            "Des instructeurs militaires russes se sont installés en mai dans un hangar de la base"
            " aérienne 101.",
            "fr",
        ),
        (
            "Russia has set up a military base in the Central African Republic, diplomats said.",
            "en",
        ),
    ],
)
def test_who_own_troops_at_a_base_are_the_side_not_the_target(text: str, lang: str) -> None:
    found = of_type(text, lang, "base_established")
    assert found, [(e.type, e.evidence.text) for e in events(text, lang)]
    for e in found:
        assert actor_country(e.initiator) == "RUS"
        assert actor_country(e.target) != "RUS"
