"""Rows from model records and back: the only place that knows both shapes.

Flat columns are copies of values inside ``events.record`` (the full
``Event.to_dict()``), kept for filtering, grouping and reading in SQL; the
record itself is what :class:`~wirewatch.store.Store` rebuilds events from.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any

from ..model import Actor, Article, Event, Location

LOGGER = logging.getLogger(__name__)

Row = dict[str, Any]


def article_row(article: Article, *, status: str, note: str | None, now: datetime) -> Row:
    """The ``articles`` row of ``article``."""
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "agency": article.agency,
        "language": article.language,
        "language_confidence": article.language_confidence,
        "published": article.published,
        "published_precision": article.published_precision,
        "title": article.title,
        "text": article.text,
        "reader": article.reader,
        "source": article.source,
        "meta": dict(article.meta) if article.meta else None,
        "ingested_at": now,
        "extraction_status": status,
        "extraction_note": note,
    }


def article_from_row(row: Mapping[Any, Any]) -> Article:
    """Rebuild the :class:`Article` stored in an ``articles`` row (store-only columns are ignored)."""
    return Article.from_dict({**row, "meta": dict(row["meta"] or {})})


def _actor_columns(prefix: str, actor: Actor | None) -> Row:
    return {
        f"{prefix}_id": actor.id if actor else None,
        f"{prefix}_name": actor.name if actor else None,
        f"{prefix}_country": actor.country if actor else None,
    }


def place_key(location: Location) -> str:
    """A stable, readable key for ``places``.

    ``geonames:<id>`` when GeoNames knows the place, else
    ``<precision>:<country>:<admin1 code>:<name slug>`` (``-`` for a missing part).
    """
    if location.geonames_id is not None:
        return f"geonames:{location.geonames_id}"
    slug = re.sub(r"\W+", "-", location.name.casefold()).strip("-") or "-"
    return f"{location.precision}:{location.country or '-'}:{location.admin1_code or '-'}:{slug}"


_LOCATION_FIELDS: tuple[str, ...] = (
    "name", "country", "admin1", "admin1_code", "admin2", "lat", "lon", "geonames_id",
)  # fmt: skip


def _location_columns(location: Location | None) -> Row:
    columns: Row = {f"location_{name}": getattr(location, name, None) for name in _LOCATION_FIELDS}
    columns["place_key"] = place_key(location) if location else None
    columns["geo_precision"] = location.precision if location else None
    return columns


def event_row(event: Event, position: int) -> Row:
    """The ``events`` row of ``event``, ``position``-th event of its article."""
    acled = event.acled or {}
    plover = event.plover or {}
    date = event.date
    return (
        {
            "id": event.id,
            "article_id": event.article_id,
            "position": position,
            "type": event.type,
            "acled_disorder_type": acled.get("disorder_type"),
            "acled_event_type": acled.get("event_type"),
            "acled_sub_event_type": acled.get("sub_event_type"),
            "plover_event_type": plover.get("event_type"),
            "plover_mode": list(plover["mode"]) if plover.get("mode") else None,
            "date_start": date.start if date else None,
            "date_end": date.end if date else None,
            "date_precision": date.precision if date else None,
            "date_text": date.surface if date else None,
        }
        | _actor_columns("initiator", event.initiator)
        | _actor_columns("target", event.target)
        | _location_columns(event.location)
        | _actor_columns("claimant", event.claimant)
        | {
            "quantities": dict(event.quantities) if event.quantities else None,
            "status": event.status,
            "evidence_text": event.evidence.text,
            "evidence_start": event.evidence.start,
            "evidence_end": event.evidence.end,
            "confidence": event.confidence,
            "language": event.language,
            "instrument": event.instrument,
            "claims_count": len(event.claims),
            "cluster_id": None,
            "record": event.to_dict(),
        }
    )


def claim_rows(event: Event) -> Iterator[Row]:
    """One ``claims`` row per claim of ``event``, in the event's order."""
    for position, claim in enumerate(event.claims):
        claimant = claim.claimant
        yield {
            "event_id": event.id,
            "position": position,
            **_actor_columns("claimant", claimant),
            "claimant_kind": claimant.kind if claimant else None,
            "status": claim.status,
            "quantities": dict(claim.quantities) if claim.quantities else None,
            "quantity_details": [q.to_dict() for q in claim.quantity_details] or None,
            "evidence_text": claim.evidence.text if claim.evidence else None,
            "evidence_start": claim.evidence.start if claim.evidence else None,
            "evidence_end": claim.evidence.end if claim.evidence else None,
            "cue": claim.cue,
        }


def mention_rows(event: Event) -> Iterator[Row]:
    """One ``event_mentions`` row per mention of ``event``."""
    for position, mention in enumerate(event.mentions):
        yield {
            "event_id": event.id,
            "article_id": event.article_id,
            "position": position,
            "text": mention.text,
            "start_char": mention.start,
            "end_char": mention.end,
        }


def actor_rows(events: Iterable[Event]) -> list[Row]:
    """The knowledge-base actors named in ``events`` (initiator, target, claimants), once each.

    Unresolved actors (``id`` None) stay in their events only: their name is a
    surface form, not an identity.
    """
    seen: dict[str, Row] = {}
    for event in events:
        named = [event.initiator, event.target, event.claimant]
        named += [claim.claimant for claim in event.claims]
        for actor in named:
            if actor is not None and actor.id and actor.id not in seen:
                seen[actor.id] = {
                    "id": actor.id,
                    "name": actor.name,
                    "country": actor.country,
                    "kind": actor.kind,
                }
    return list(seen.values())


def place_rows(events: Iterable[Event]) -> list[Row]:
    """The places of ``events``, once per :func:`place_key`."""
    seen: dict[str, Row] = {}
    for event in events:
        location = event.location
        if location is None:
            continue
        key = place_key(location)
        seen.setdefault(
            key,
            {
                "key": key,
                "geonames_id": location.geonames_id,
                "name": location.name,
                "country": location.country,
                "admin1": location.admin1,
                "admin1_code": location.admin1_code,
                "admin2": location.admin2,
                "lat": location.lat,
                "lon": location.lon,
                "precision": location.precision,
            },
        )
    return list(seen.values())
