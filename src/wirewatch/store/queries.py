"""Event filters as SQLAlchemy Core conditions, shared by listing and counting.

``EventFilters`` is the one options object the API, the web UI and the CLI
pass down (one query path, many renderings: datasette's idea).
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, column, exists, func, literal_column, or_, select, table
from sqlalchemy.sql.elements import ColumnClause

from .schema import FTS_TABLE, articles, claims, events

LOGGER = logging.getLogger(__name__)

DateLike = str | date


@dataclass(frozen=True)
class EventFilters:
    """The filters of :meth:`Store.events`; every one left as None is not applied.

    type: an event type code, or several separated by commas.
    country: ISO3 code(s), matched against the location's country or the
        initiator's or target's.
    since / until: ISO dates (``2024``, ``2024-11`` or ``2024-11-10``); keeps
        events whose date interval overlaps [since, until]. Undated events are
        left out as soon as one bound is given.
    claimant: case-insensitive substring of a claimant's id or name, on the
        event or any of its claims.
    text: an FTS5 query on article titles and texts (SQLite); a plain
        case-insensitive substring on other databases.
    status: a status, or several separated by commas.
    article_id: events of one article.
    """

    type: str | None = None
    country: str | None = None
    since: DateLike | None = None
    until: DateLike | None = None
    claimant: str | None = None
    text: str | None = None
    status: str | None = None
    article_id: str | None = None


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def iso_bound(value: DateLike, *, end: bool) -> str:
    """A full ``YYYY-MM-DD`` for a date given at year, month or day precision.

    ``end`` picks the last day of a year or month (for ``until``), else the first.
    RAISES ValueError: not an ISO date.
    """
    if isinstance(value, date):
        return value.isoformat()
    text = value.strip()
    parts = text.split("-")
    try:
        if len(parts) == 1 and len(text) == 4:
            year = int(text)
            return date(year, 12, 31).isoformat() if end else date(year, 1, 1).isoformat()
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            day = calendar.monthrange(year, month)[1] if end else 1
            return date(year, month, day).isoformat()
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}") from None


def _contains_ci(
    columns: Iterable[ColumnElement[str] | ColumnClause[str]], needle: str
) -> ColumnElement[bool]:
    lowered = needle.casefold()
    return or_(*(func.lower(col).contains(lowered, autoescape=True) for col in columns))


# A handle on the FTS5 table (SQLite only; created by migration 0001, not by metadata).
fts_table = table(FTS_TABLE, column("article_id"))


def fts_match(query: str) -> ColumnElement[bool]:
    """``articles_fts MATCH :query``: FTS5 syntax (words, "phrases", AND/OR/NOT, prefix*)."""
    return literal_column(FTS_TABLE).op("MATCH")(query)


def _text_condition(query: str, dialect: str) -> ColumnElement[bool]:
    if dialect == "sqlite":
        return events.c.article_id.in_(select(fts_table.c.article_id).where(fts_match(query)))
    # No FTS5 elsewhere: fall back to a substring match (slow on big tables, but correct).
    matching = select(articles.c.id).where(_contains_ci([articles.c.title, articles.c.text], query))
    return events.c.article_id.in_(matching)


def conditions(filters: EventFilters, *, dialect: str) -> list[ColumnElement[bool]]:
    """The WHERE conditions (joined by AND) that select the events ``filters`` describe."""
    out: list[ColumnElement[bool]] = []
    if filters.type:
        out.append(events.c.type.in_(_split(filters.type)))
    if filters.status:
        out.append(events.c.status.in_(_split(filters.status)))
    if filters.article_id:
        out.append(events.c.article_id == filters.article_id)
    if filters.country:
        codes = [code.upper() for code in _split(filters.country)]
        out.append(
            or_(
                events.c.location_country.in_(codes),
                events.c.initiator_country.in_(codes),
                events.c.target_country.in_(codes),
            )
        )
    if filters.since is not None:
        since = iso_bound(filters.since, end=False)
        out.append(func.coalesce(events.c.date_end, events.c.date_start) >= since)
    if filters.until is not None:
        until = iso_bound(filters.until, end=True)
        out.append(events.c.date_start <= until)
    if filters.claimant:
        on_claims = exists().where(
            and_(
                claims.c.event_id == events.c.id,
                _contains_ci([claims.c.claimant_id, claims.c.claimant_name], filters.claimant),
            )
        )
        on_event = _contains_ci([events.c.claimant_id, events.c.claimant_name], filters.claimant)
        out.append(or_(on_event, on_claims))
    if filters.text:
        out.append(_text_condition(filters.text, dialect))
    return out


def ordering() -> list[ColumnElement[object]]:
    """Date, then article, then where the evidence starts; undated events last."""
    return [
        events.c.date_start.asc().nulls_last(),
        events.c.article_id.asc(),
        events.c.evidence_start.asc(),
        events.c.position.asc(),
    ]
