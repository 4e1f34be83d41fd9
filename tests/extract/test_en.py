"""English extraction on wire-style sentences written for these tests."""

from __future__ import annotations

from wirewatch.extract import extract_text
from wirewatch.model import Event

PUB = "2024-11-10"  # a Sunday


def _id(actor: object) -> str | None:
    return getattr(actor, "id", None)


def _one(text: str, code: str) -> Event:
    events = [e for e in extract_text(text, "en", PUB) if e.type == code]
    assert len(events) == 1, [(e.type, e.evidence.text) for e in extract_text(text, "en", PUB)]
    return events[0]


def test_en_air_defence_interception_is_one_drone_strike() -> None:
    ev = _one(
        "Russia said its air defences destroyed 34 Ukrainian drones "
        "over the Moscow region overnight.",
        "drone_strike",
    )
    assert ev.quantities == {"intercepted": 34}
    assert _id(ev.initiator) == "ukr"
    assert _id(ev.target) == "rus"
    assert _id(ev.claimant) == "rus"
    assert ev.status == "claimed"
    assert ev.location is not None and ev.location.admin1 == "Moscow Oblast"
    assert ev.date is not None and (ev.date.start, ev.date.end) == ("2024-11-09", "2024-11-10")


def test_en_according_to_gives_the_claimant() -> None:
    ev = _one(
        "Russia launched a record attack on Ukraine with 145 drones overnight, "
        "according to Ukraine's air force.",
        "drone_strike",
    )
    assert _id(ev.claimant) == "ukr-air-force"
    assert ev.quantities.get("launched") == 145
    assert _id(ev.initiator) == "rus"
    assert _id(ev.target) == "ukr"


def test_en_part_of_a_whole_joins_the_attack_as_a_second_claim() -> None:
    text = (
        "Russia launched a record attack on Ukraine with 145 drones overnight, according to "
        "Ukraine's air force. The military said 62 of the 145 drones were shot down."
    )
    ev = _one(text, "drone_strike")
    figures = [c.quantities for c in ev.claims]
    assert {"launched": 145} in figures
    assert any(q.get("intercepted") == 62 and q.get("launched") == 145 for q in figures)


def test_en_did_not_claim_responsibility_is_negated() -> None:
    text = (
        "Russia said its air defences destroyed 34 Ukrainian drones "
        "over the Moscow region overnight. "
        "Kyiv did not claim responsibility for the drone attack on Moscow."
    )
    ev = _one(text, "drone_strike")
    negated = [c for c in ev.claims if c.status == "negated"]
    assert negated and _id(negated[0].claimant) == "ukr"
    assert ev.status == "claimed"  # the first claim (Russia's) stays on top


def test_en_the_kremlin_denied() -> None:
    ev = _one(
        "The Kremlin denied that a Russian missile had struck a hospital in Kharkiv.",
        "missile_strike",
    )
    assert ev.status == "denied"
    assert _id(ev.claimant) == "rus-presidency"
    assert _id(ev.initiator) == "rus"


def test_en_hamas_said_with_casualties() -> None:
    ev = _one(
        "Hamas said an Israeli air strike on a school in Gaza City killed at least 12 people.",
        "air_strike",
    )
    assert _id(ev.claimant) == "hamas"
    assert ev.quantities.get("killed") == 12
    assert _id(ev.initiator) == "isr"


def test_en_trailing_report_verb_attributes_the_clause() -> None:
    ev = _one(
        "President Joe Biden spoke by phone with Chancellor Olaf Scholz on Tuesday, "
        "the White House said.",
        "consult_phone",
    )
    assert _id(ev.claimant) == "usa-presidency"
    assert ev.date is not None and ev.date.start == "2024-11-05"


def test_en_protest_participants_are_counted() -> None:
    ev = _one(
        "Thousands of protesters rallied in Tbilisi on Sunday, police said.", "peaceful_protest"
    )
    assert ev.quantities.get("participants") == 1000
    assert ev.location is not None and ev.location.country == "GEO"


def test_en_future_aid_is_a_pledge() -> None:
    ev = _one(
        "The United States will spend the remaining $6 billion for Ukraine before January, "
        "national security adviser Jake Sullivan said.",
        "aid_pledge",
    )
    assert ev.quantities.get("amount") == 6_000_000_000
    assert _id(ev.target) == "ukr"
    assert ev.status == "claimed"


def test_en_plans_to_is_hypothetical() -> None:
    ev = _one("Germany plans to deploy 5,000 troops to Lithuania.", "force_movement")
    assert ev.status == "hypothetical"
    assert ev.quantities.get("troops") == 5000


def test_en_commentary_is_not_an_event() -> None:
    assert (
        extract_text("The Kremlin said it saw positive signals from Washington.", "en", PUB) == []
    )
