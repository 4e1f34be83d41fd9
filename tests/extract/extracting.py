"""Helpers shared by the extraction tests: the real engine run on sentences written in the tests."""

from __future__ import annotations

from wirewatch.extract import extract_text
from wirewatch.model import Event

PUB = "2024-11-10"  # a Sunday


def events(text: str, lang: str, published: str = PUB) -> list[Event]:
    return extract_text(text, lang, published)


def one(text: str, lang: str, code: str, published: str = PUB) -> Event:
    """The single event of type ``code``; the failure message lists what was found instead."""
    found = events(text, lang, published)
    matching = [e for e in found if e.type == code]
    assert len(matching) == 1, [(e.type, e.evidence.text) for e in found]
    return matching[0]


def actor_id(actor: object) -> str | None:
    return getattr(actor, "id", None)


def actor_country(actor: object) -> str | None:
    return getattr(actor, "country", None)


def of_type(text: str, lang: str, code: str, published: str = PUB) -> list[Event]:
    """Every event of type ``code`` (possibly none)."""
    return [e for e in events(text, lang, published) if e.type == code]


def rules_of(event: Event, field: str, prefix: str = "") -> list[str]:
    """The provenance rules that filled ``field``, optionally only those starting with ``prefix``."""
    return [p.rule for p in event.provenance if p.field == field and p.rule.startswith(prefix)]
