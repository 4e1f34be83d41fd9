"""Round 12 detection: common conflict words in the phrasings outlets use (tickers, passives, headlines)."""

from __future__ import annotations

import pytest
from extracting import events, of_type, one


def test_detection_ticker_hurt_fills_injured() -> None:
    event = one("Missile hits Zaporizhzhia apartment block: 3 dead, 7 hurt", "en", "missile_strike")
    assert event.quantities["killed"] == 3
    assert event.quantities["injured"] == 7


def test_detection_hurt_never_takes_the_death_toll() -> None:
    # the parser hangs "3 dead" under "hurt" here: better no injured count than the wrong one
    event = one(
        "3 dead, 7 hurt as missile hits Zaporizhzhia apartment block", "en", "missile_strike"
    )
    assert event.quantities.get("injured") in {None, 7}


def test_detection_strike_leaves_dead_and_hurt() -> None:
    event = one("Russian strike on Odesa port leaves one dead and four hurt", "en", "air_strike")
    assert event.quantities["injured"] == 4


def test_detection_killed_and_hurt_in_one_sentence() -> None:
    event = one(
        "Four people were killed and nine hurt when shells fell on Kherson on Saturday.",
        "en",
        "shelling",
    )
    assert event.quantities["injured"] == 9


def test_detection_rebels_seized_town() -> None:
    one(
        "Rebels seized the town of Bunagana near the Ugandan border on Monday, residents said.",
        "en",
        "territory_captured",
    )


def test_detection_seized_power_is_not_a_capture() -> None:
    assert not of_type("Soldiers seized power in Niamey on Wednesday.", "en", "territory_captured")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tehran summoned the Swedish ambassador in protest on Monday.", "en"),
        ("The workers walked out in protest at the pay offer.", "en"),
        ("Les élus ont quitté la salle en signe de protestation.", "fr"),
    ],
)
def test_detection_in_protest_is_a_reason_not_a_rally(text: str, lang: str) -> None:
    assert "peaceful_protest" not in {e.type for e in events(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A protest in Tbilisi drew thousands on Sunday.", "en"),
        ("Thousands took to the streets in protest against the law.", "en"),
        ("Des milliers de personnes ont défilé en signe de protestation à Paris.", "fr"),
    ],
)
def test_detection_a_rally_with_a_protest_word_stays(text: str, lang: str) -> None:
    assert "peaceful_protest" in {e.type for e in events(text, lang)}
