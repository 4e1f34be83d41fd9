"""A capital that speaks is a government, not the place of the event it speaks about."""

import pytest

from wirewatch.extract import extract_text

pytestmark = pytest.mark.slow


def _only(events, type_):
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [e.type for e in events]
    return found[0]


def test_metonymy_moscow_denouncing_is_the_claimant_not_the_place():
    text = (
        "Moscou a dénoncé dimanche une attaque de drones ukrainiens contre la région de Belgorod."
    )
    event = _only(extract_text(text, "fr", published="2024-11-10"), "drone_strike")
    assert event.claimant is not None and event.claimant.id == "rus"
    assert event.location is not None and event.location.admin1 == "Belgorod Oblast"
    assert event.initiator is not None and event.initiator.country == "UKR"


def test_metonymy_kiev_assure_gives_ukraine_as_claimant():
    text = "Kiev assure que des soldats nord-coréens ont été déployés dans la région de Koursk."
    event = _only(extract_text(text, "fr", published="2024-11-10"), "force_movement")
    assert event.claimant is not None and event.claimant.id == "ukr"
    assert event.status == "claimed"
    assert event.location is not None and event.location.admin1_code == "RU-KRS"


def test_metonymy_kyiv_said_in_english():
    text = "Kyiv said on Sunday that Russian drones had struck the port of Odesa."
    event = _only(extract_text(text, "en", published="2024-11-10"), "drone_strike")
    assert event.claimant is not None and event.claimant.id == "ukr"
    assert event.location is not None and event.location.name == "Odesa"
    assert event.initiator is not None and event.initiator.country == "RUS"
