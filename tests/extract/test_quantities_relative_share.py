"""A barrage's downed share told in a relative clause ("145 drones, 62 of which were shot
down", "145 drones, dont 62 ont été abattus") is the interception count of that barrage."""

from __future__ import annotations

import pytest
from extracting import events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukraine's air force said Russia launched 145 drones, 62 of which were shot down.", "en"),
        ("Russia launched 145 drones, of which 62 were shot down, the air force said.", "en"),
        ("La Russie a lancé 145 drones, dont 62 ont été abattus, selon l'armée de l'air.", "fr"),
    ],
)
def test_quantities_relative_share_is_intercepted(text: str, lang: str) -> None:
    (strike,) = [e for e in events(text, lang) if e.type == "drone_strike"]
    assert strike.quantities.get("launched") == 145
    assert strike.quantities.get("intercepted") == 62


def test_quantities_a_share_that_hit_is_not_downed() -> None:
    (strike,) = [
        e
        for e in events("Russia fired 12 missiles, two of which hit a power plant.", "en")
        if e.type == "missile_strike"
    ]
    assert "intercepted" not in strike.quantities
