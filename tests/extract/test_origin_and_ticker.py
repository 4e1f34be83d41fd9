"""Where a strike came from is not where it hit; a ticker entry retells its own paragraph's event.

Written for the integration of round 7: both cases moved a second source's figure onto the
wrong event when the round's place and side rules met.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from extracting import events

from wirewatch.extract import extract_article
from wirewatch.ingest import read_paths
from wirewatch.model import Article


@pytest.mark.parametrize(
    ("text", "lang", "origin"),
    [
        (
            "Selon l'armée israélienne, une quarantaine de roquettes ont été tirées depuis le "
            "Liban dimanche.",
            "fr",
            "LBN",
        ),
        (
            "About forty rockets were fired from Lebanon on Sunday, the Israeli army said.",
            "en",
            "LBN",
        ),
        (
            "Hezbollah fired about forty rockets from Lebanon on Sunday, the Israeli army said.",
            "en",
            "LBN",
        ),
    ],
)
def test_origin_place_is_not_the_strike_location(text: str, lang: str, origin: str) -> None:
    found = events(text, lang)
    assert found, "the rocket fire is read"
    for event in found:
        assert event.location is None or event.location.country != origin, event.location


def test_ticker_entry_figure_stays_with_its_own_paragraph() -> None:
    text = (
        "09h05 - La milice revendique un tir de roquettes sur Haïfa. Selon l'armée israélienne, douze projectiles ont été tirés depuis le Liban ; la "
        "plupart ont été interceptés.\n\n"
        "09h40 - En Syrie, une frappe de drone a visé un véhicule près de Deraa, tuant deux "
        "hommes."
    )
    found = events(text, "fr")
    syria = [e for e in found if e.location is not None and e.location.country == "SYR"]
    assert syria, [(e.type, e.evidence.text) for e in found]
    # the army's figure is about the rocket fire of the first entry, not the next entry's strike
    for event in syria:
        assert event.claimant is None, event.claimant
        assert all(getattr(c.claimant, "id", None) != "isr-mil" for c in event.claims)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Moscou, 24 août 2024 - La Russie et l'Ukraine ont échangé samedi 90 prisonniers de "
            "guerre, a annoncé le ministère russe de la Défense.",
            "fr",
        ),
        (
            "MOSCOW, Aug 24 - Russia and Ukraine swapped 90 prisoners of war on Saturday, the "
            "Russian defence ministry said.",
            "en",
        ),
    ],
)
def test_exchange_between_two_states_gets_no_inherited_place(text: str, lang: str) -> None:
    releases = [e for e in events(text, lang) if e.type == "release"]
    assert releases
    for event in releases:
        # the dateline is where the news was filed, not where the two sides met
        assert event.location is None, event.location


def test_drones_downed_over_the_struck_state_do_not_take_a_place_of_the_attacker() -> None:
    # our sample dispatch: Russia's count over Belgorod first, then Ukraine's count of the
    # Russian drones it downed "contre le pays"
    sample = Path(__file__).parents[2] / "examples" / "01_drones_regions_frontalieres.txt"
    (article,) = [a for a in read_paths([sample]) if isinstance(a, Article)]
    article = dataclasses.replace(article, language="fr")  # the reader leaves it to langid
    russian = [
        e for e in extract_article(article) if e.initiator is not None and e.initiator.id == "rus"
    ]
    assert russian
    for event in russian:
        assert event.location is None or event.location.country != "RUS", event.location
