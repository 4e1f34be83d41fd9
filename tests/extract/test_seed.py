"""Acceptance: the events of the ATS dispatch of 10 November 2024 (../shared/seed).

The dispatch is read from ../shared (never copied into the repository); the tests skip
when it is absent.
"""

from __future__ import annotations

import pytest

from wirewatch import ontology
from wirewatch.extract import extract_article
from wirewatch.model import Article, Event


@pytest.fixture(scope="module")
def seed_events(request: pytest.FixtureRequest) -> list[Event]:
    text = request.getfixturevalue("seed_text")
    article = Article(
        id="seed-ats-2024-11-10",
        text=text,
        language="fr",
        published="2024-11-10",
        published_precision="day",
    )
    return extract_article(article)


@pytest.fixture(scope="module")
def seed_article_text(request: pytest.FixtureRequest) -> str:
    return request.getfixturevalue("seed_text")


def _ids(actor: object) -> str | None:
    return getattr(actor, "id", None)


def _moscow_attack(events: list[Event]) -> Event:
    found = [
        e
        for e in events
        if e.type == "drone_strike"
        and e.location is not None
        and e.location.admin1 == "Moscow Oblast"
    ]
    assert len(found) == 1, [e.evidence.text for e in found]
    return found[0]


def _attack_on_ukraine(events: list[Event]) -> Event:
    found = [e for e in events if e.type == "drone_strike" and e.quantities.get("launched") == 145]
    assert len(found) == 1
    return found[0]


def test_seed_moscow_region_drone_attack(seed_events: list[Event]) -> None:
    ev = _moscow_attack(seed_events)
    assert ev.location is not None and ev.location.country == "RUS"
    assert ev.date is not None and ev.date.start == ev.date.end == "2024-11-10"
    assert ev.quantities.get("intercepted") == 34
    assert _ids(ev.claimant) == "rus-mod"
    assert ev.status == "claimed"
    assert ev.initiator is not None and ev.initiator.country == "UKR"
    assert ev.target is not None and ev.target.country == "RUS"


def test_seed_moscow_attack_keeps_the_governors_claim_apart(seed_events: list[Event]) -> None:
    ev = _moscow_attack(seed_events)
    governor = [c for c in ev.claims if _ids(c.claimant) == "andrei-vorobyov"]
    assert governor, [(_ids(c.claimant), c.quantities) for c in ev.claims]
    assert governor[0].quantities.get("injured") == 1  # the woman's age (52) is not a count
    assert all(c.quantities.get("injured") != 52 for c in ev.claims)
    assert "intercepted" not in governor[0].quantities


def test_seed_kyiv_not_claiming_the_moscow_strikes_is_negated(seed_events: list[Event]) -> None:
    ev = _moscow_attack(seed_events)
    assert any(c.status == "negated" for c in ev.claims)


def test_seed_34_and_36_are_never_added(seed_events: list[Event]) -> None:
    for ev in seed_events:
        for claim in ev.claims:
            assert claim.quantities.get("intercepted") not in {70}
    moscow = _moscow_attack(seed_events)
    assert moscow.quantities["intercepted"] == 34
    others = [e for e in seed_events if e.quantities.get("intercepted") == 36]
    assert len(others) == 1 and others[0].id != moscow.id
    assert _ids(others[0].claimant) == "rus-mod"  # "Selon cette source": the previous claimant


def test_seed_attack_of_145_drones_on_ukraine(seed_events: list[Event]) -> None:
    ev = _attack_on_ukraine(seed_events)
    assert _ids(ev.initiator) == "rus"
    assert _ids(ev.target) == "ukr"
    assert ev.date is not None and ev.date.end == "2024-11-10"
    claimants = {_ids(c.claimant) for c in ev.claims}
    assert claimants & {"volodymyr-zelensky", "ukr-air-force"}
    air_force = [c for c in ev.claims if _ids(c.claimant) == "ukr-air-force"]
    assert air_force and air_force[0].quantities.get("intercepted") == 62
    zelensky = [c for c in ev.claims if _ids(c.claimant) == "volodymyr-zelensky"]
    assert zelensky and zelensky[0].quantities == {"launched": 145}


def test_seed_night_attack_is_dated_by_the_night(seed_events: list[Event]) -> None:
    ev = _attack_on_ukraine(seed_events)
    assert ev.date is not None and (ev.date.start, ev.date.end) == ("2024-11-09", "2024-11-10")


def test_seed_earlier_attack_on_kyiv_keeps_its_own_date(seed_events: list[Event]) -> None:
    earlier = [
        e for e in seed_events if e.type == "drone_strike" and e.date and e.date.end == "2024-11-06"
    ]
    assert len(earlier) == 1
    assert _ids(earlier[0].initiator) == "rus"


def test_seed_capture_of_vovtchenka(seed_events: list[Event]) -> None:
    found = [e for e in seed_events if e.type == "territory_captured"]
    assert len(found) == 1
    ev = found[0]
    assert ev.location is not None
    assert (ev.location.country, ev.location.admin1) == ("UKR", "Donetsk Oblast")
    assert _ids(ev.claimant) == "rus"
    assert ev.status == "claimed"


def test_seed_trump_putin_phone_call(seed_events: list[Event]) -> None:
    found = [e for e in seed_events if e.type == "consult_phone"]
    assert len(found) == 1
    ev = found[0]
    assert ev.plover is not None and ev.plover["event_type"] == "CONSULT"
    assert ev.status in {"unconfirmed", "claimed"}
    assert any(c.status == "unconfirmed" for c in ev.claims)
    assert ev.acled is None  # ACLED does not code phone calls


def test_seed_no_event_without_a_claimant_when_one_is_named(seed_events: list[Event]) -> None:
    by_type = {e.type: e for e in seed_events}
    for code in ("territory_captured", "force_movement", "aid_pledge"):
        assert by_type[code].claimant is not None, code


def test_seed_commentary_and_generic_statements_are_not_events(seed_events: list[Event]) -> None:
    texts = [m.text for e in seed_events for m in e.mentions]
    assert not any("signaux positifs" in t for t in texts)
    assert not any(t.startswith("Sur le terrain") for t in texts)


def test_seed_evidence_offsets_index_the_text(
    seed_events: list[Event], seed_article_text: str
) -> None:
    for ev in seed_events:
        for span in [ev.evidence, *ev.mentions]:
            assert seed_article_text[span.start : span.end] == span.text
        for prov in ev.provenance:
            if prov.start is not None:
                assert seed_article_text[prov.start : prov.end] == prov.text
        for claim in ev.claims:
            for q in claim.quantity_details:
                if q.start is not None:
                    assert seed_article_text[q.start : q.end] == q.text


def test_seed_events_carry_ontology_mappings_and_ids(seed_events: list[Event]) -> None:
    ids = [e.id for e in seed_events]
    assert len(ids) == len(set(ids))
    for ev in seed_events:
        assert ev.plover == ontology.event_type(ev.type).plover()
        assert 0.0 <= ev.confidence <= 1.0
        assert ev.provenance
