"""The store: articles, their events, claims and mentions in SQLite (or PostgreSQL).

SQLite is the default and first-class: one file an analyst can open with the
``sqlite3`` shell or datasette. Connections get WAL mode (readers never block
the writer), foreign keys, and a busy timeout. Every write goes through
:meth:`Store._write`, one transaction at a time behind a lock (datasette's
single-writer idea), opened with ``BEGIN IMMEDIATE`` on SQLite so two writing
processes queue instead of failing half-way.

Usage::

    with Store.open("wirewatch.db") as store:
        store.add_article(article, events)
        store.events(type="drone_strike", country="RUS", since="2024-11-10")
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, TypeVar

from sqlalchemy import (
    URL,
    Connection,
    Engine,
    Table,
    create_engine,
    event,
    exists,
    func,
    insert,
    make_url,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError

from ..model import Article, Event, Rejected
from . import records
from .migrations import Migration, apply_migrations, current_version
from .queries import DateLike, EventFilters, conditions, fts_match, fts_table, ordering
from .schema import actors, articles, claims, event_mentions, places, rejected_inputs
from .schema import events as events_table

LOGGER = logging.getLogger(__name__)

ExtractionStatus = Literal["extracted", "unsupported_language", "failed"]
EXTRACTION_STATUSES: tuple[str, ...] = ("extracted", "unsupported_language", "failed")

DEFAULT_DB = "wirewatch.db"
ENV_VAR = "WIREWATCH_DB"
# How long a connection waits for another writer's lock before failing (ms).
BUSY_TIMEOUT_MS = 10_000

T = TypeVar("T")


class QueryError(ValueError):
    """A filter the database cannot run (e.g. a malformed full-text query)."""


@dataclass(frozen=True)
class AddResult:
    """What :meth:`Store.add_article` did: ``events`` is how many it wrote (0 if not new)."""

    article_id: str
    new: bool
    events: int


def default_db_location() -> str:
    """``$WIREWATCH_DB`` if set (a path or a URL), else ``./wirewatch.db``."""
    return os.environ.get(ENV_VAR) or DEFAULT_DB


def database_url(path_or_url: str | os.PathLike[str]) -> URL:
    """A SQLAlchemy URL for a database URL (``postgresql+psycopg://...``) or a plain file path."""
    text = os.fspath(path_or_url)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite", database=str(Path(text).expanduser()))


def _dumps(value: Any) -> str:
    # Readable non-ASCII in the file ("Ramenskoïe", not "Ramensko\u00efe").
    return json.dumps(value, ensure_ascii=False)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, say when transactions begin: the
    # module would otherwise run DDL outside them, and migrations must be atomic.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    # Writers take the write lock up front; readers take none until they read.
    immediate = conn.get_execution_options().get("wirewatch_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _make_engine(url: URL) -> Engine:
    engine = create_engine(url, json_serializer=_dumps)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


class Store:
    """Articles and their extracted events in one database.

    url (str): a SQLAlchemy database URL (``sqlite:///wirewatch.db``,
        ``postgresql+psycopg://...``). Use :meth:`open` for plain paths.
    migrations (Sequence[Migration] | None): schema steps to apply on open;
        the package's own by default (tests inject their own).
    RAISES SchemaTooNewError: the database was written by a newer wirewatch.
    """

    def __init__(self, url: str | URL, *, migrations: Sequence[Migration] | None = None) -> None:
        self.url = make_url(url) if isinstance(url, str) else url
        self.engine = _make_engine(self.url)
        self._write_lock = threading.Lock()
        self.where = self.url.render_as_string(hide_password=True)
        try:
            applied = apply_migrations(self._transaction, migrations, where=self.where)
        except BaseException:
            self.engine.dispose()
            raise
        if applied:
            LOGGER.info("%s: applied schema versions %s", self.where, applied)

    @classmethod
    def open(
        cls,
        path_or_url: str | os.PathLike[str] | None = None,
        *,
        migrations: Sequence[Migration] | None = None,
    ) -> Store:
        """Open (creating and migrating if needed) the store at a path or URL.

        path_or_url: a file path (SQLite), a database URL, or None for
            :func:`default_db_location`.
        """
        target = default_db_location() if path_or_url is None else path_or_url
        return cls(database_url(target), migrations=migrations)

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def location(self) -> str:
        """Where the data lives, for people: a SQLite file path, else the URL without password."""
        if self.url.get_backend_name() == "sqlite" and self.url.database:
            return self.url.database
        return self.where

    def __repr__(self) -> str:
        return f"Store({self.where!r})"

    # -- the write path ----------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """One write transaction at a time, committed on success, rolled back on error."""
        with self._write_lock, self.engine.connect() as conn:
            conn = conn.execution_options(wirewatch_write=True)
            with conn.begin():
                yield conn

    def _write(self, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in a write transaction: the only way this class changes the database."""
        with self._transaction() as conn:
            return work(conn)

    def add_article(
        self,
        article: Article,
        events: Sequence[Event],
        *,
        extraction_status: ExtractionStatus = "extracted",
        note: str | None = None,
    ) -> AddResult:
        """Store an article and its events in one transaction; a stored id changes nothing.

        RAISES ValueError: an unknown extraction status, an event of another
            article, or two events with the same id.
        """
        _check_events(article, events, extraction_status)
        return self._write(
            lambda conn: _insert_article(conn, article, events, extraction_status, note)
        )

    def add_rejected(self, rejected: Rejected) -> None:
        """Record input that could not become an article; seeing it again updates ``seen_at``."""

        def work(conn: Connection) -> None:
            now = datetime.now(UTC)
            line = rejected_inputs.c.line
            same = (
                (rejected_inputs.c.source == rejected.source)
                & (line.is_(None) if rejected.line is None else line == rejected.line)
                & (rejected_inputs.c.reason == rejected.reason)
            )
            result = conn.execute(update(rejected_inputs).where(same).values(seen_at=now))
            if result.rowcount == 0:
                conn.execute(
                    insert(rejected_inputs).values(
                        source=rejected.source,
                        line=rejected.line,
                        reader=rejected.reader,
                        reason=rejected.reason,
                        seen_at=now,
                    )
                )

        self._write(work)

    # -- reads -------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        query = select(exists().where(articles.c.id == article_id))
        return bool(self._read(lambda conn: conn.execute(query).scalar()))

    def article(self, article_id: str) -> Article | None:
        """The stored article, or None."""
        query = select(articles).where(articles.c.id == article_id)
        row = self._read(lambda conn: conn.execute(query).mappings().first())
        return records.article_from_row(row) if row else None

    def event(self, event_id: str) -> Event | None:
        """The stored event with all its claims and mentions (from its record), or None."""
        query = select(events_table.c.record).where(events_table.c.id == event_id)
        record = self._read(lambda conn: conn.execute(query).scalar())
        return Event.from_dict(record) if record else None

    def events(
        self,
        *,
        type: str | None = None,
        country: str | None = None,
        since: DateLike | None = None,
        until: DateLike | None = None,
        claimant: str | None = None,
        text: str | None = None,
        status: str | None = None,
        article_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Event]:
        """Events matching every given filter (see :class:`EventFilters`), in date order.

        Order: date, then article, then where the evidence starts; undated last.
        RAISES QueryError: a malformed ``text`` query. ValueError: a bad date.
        """
        filters = EventFilters(type, country, since, until, claimant, text, status, article_id)
        self._check_text_query(text)
        query = (
            select(events_table.c.record)
            .where(*conditions(filters, dialect=self.engine.dialect.name))
            .order_by(*ordering())
            .limit(limit)
            .offset(offset)
        )
        rows = self._read(lambda conn: conn.execute(query).scalars().all())
        return [Event.from_dict(record) for record in rows]

    def count_events(
        self,
        *,
        type: str | None = None,
        country: str | None = None,
        since: DateLike | None = None,
        until: DateLike | None = None,
        claimant: str | None = None,
        text: str | None = None,
        status: str | None = None,
        article_id: str | None = None,
    ) -> int:
        """How many events :meth:`events` would list without a limit."""
        filters = EventFilters(type, country, since, until, claimant, text, status, article_id)
        self._check_text_query(text)
        query = (
            select(func.count())
            .select_from(events_table)
            .where(*conditions(filters, dialect=self.engine.dialect.name))
        )
        return int(self._read(lambda conn: conn.execute(query).scalar_one()))

    def summary(self) -> dict[str, Any]:
        """Counts for a dashboard or ``wirewatch summary``.

        Keys: ``articles`` {total, by_language, by_extraction_status}, ``events``
        {total, by_type, by_status, by_country}, ``rejected_inputs`` (count),
        ``date_range`` {first, last} over event dates (None when no dated event).
        Missing values count under ``"unknown"``; ``by_country`` is the location's.
        """

        def work(conn: Connection) -> dict[str, Any]:
            first, last = conn.execute(
                select(
                    func.min(events_table.c.date_start),
                    func.max(func.coalesce(events_table.c.date_end, events_table.c.date_start)),
                )
            ).one()
            return {
                "articles": {
                    "total": _count(conn, articles),
                    "by_language": _group_count(conn, articles.c.language),
                    "by_extraction_status": _group_count(conn, articles.c.extraction_status),
                },
                "events": {
                    "total": _count(conn, events_table),
                    "by_type": _group_count(conn, events_table.c.type),
                    "by_status": _group_count(conn, events_table.c.status),
                    "by_country": _group_count(conn, events_table.c.location_country),
                },
                "rejected_inputs": _count(conn, rejected_inputs),
                "date_range": {"first": first, "last": last},
            }

        return self._read(work)

    def schema_version(self) -> int:
        """The schema version this database is at."""
        return self._read(current_version)

    def _read(self, work: Callable[[Connection], T]) -> T:
        """Run ``work`` on a pooled connection (reads never wait for the writer in WAL mode)."""
        with self.engine.connect() as conn:
            return work(conn)

    def _check_text_query(self, query: str | None) -> None:
        """Run a full-text query once on its own, so a syntax error reads as one."""
        if not query or self.engine.dialect.name != "sqlite":
            return
        probe = select(func.count()).select_from(fts_table).where(fts_match(query))
        try:
            self._read(lambda conn: conn.execute(probe).scalar_one())
        except OperationalError as error:
            raise QueryError(f"bad full-text query {query!r}: {error.orig}") from error


def _insert_article(
    conn: Connection,
    article: Article,
    events: Sequence[Event],
    status: str,
    note: str | None,
) -> AddResult:
    # Checked inside the write transaction, so two writers cannot both insert the article.
    if conn.execute(select(exists().where(articles.c.id == article.id))).scalar():
        return AddResult(article.id, new=False, events=0)
    now = datetime.now(UTC)
    conn.execute(
        insert(articles), [records.article_row(article, status=status, note=note, now=now)]
    )
    _upsert_actors(conn, records.actor_rows(events))
    _insert_places(conn, records.place_rows(events))
    _insert_rows(conn, events_table, [records.event_row(e, i) for i, e in enumerate(events)])
    _insert_rows(conn, claims, [row for e in events for row in records.claim_rows(e)])
    _insert_rows(conn, event_mentions, [row for e in events for row in records.mention_rows(e)])
    return AddResult(article.id, new=True, events=len(events))


def _insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:  # an executemany of nothing is an error
        conn.execute(insert(table), rows)


def _upsert_actors(conn: Connection, rows: list[dict[str, Any]]) -> None:
    # The knowledge base names an id; its latest name, country and kind win.
    if not rows:
        return
    statement = _dialect_insert(conn, actors)
    statement = statement.on_conflict_do_update(
        index_elements=[actors.c.id],
        set_={
            "name": statement.excluded.name,
            "country": func.coalesce(statement.excluded.country, actors.c.country),
            "kind": statement.excluded.kind,
        },
    )
    conn.execute(statement, rows)


def _insert_places(conn: Connection, rows: list[dict[str, Any]]) -> None:
    # A place key is an identity; the first description stored stays.
    if rows:
        conn.execute(_dialect_insert(conn, places).on_conflict_do_nothing(), rows)


def _check_events(article: Article, events: Sequence[Event], status: str) -> None:
    if status not in EXTRACTION_STATUSES:
        raise ValueError(f"extraction_status must be one of {EXTRACTION_STATUSES}, got {status!r}")
    ids = Counter(e.id for e in events)
    repeated = sorted(i for i, n in ids.items() if n > 1)
    if repeated:
        raise ValueError(f"article {article.id}: event ids repeated: {repeated}")
    strangers = sorted({e.article_id for e in events if e.article_id != article.id})
    if strangers:
        raise ValueError(f"article {article.id}: events belong to other articles: {strangers}")


def _dialect_insert(conn: Connection, table: Table) -> Any:
    # ON CONFLICT is spelled the same on both, but lives in each dialect's insert().
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"upserts not written for {conn.dialect.name}")


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _group_count(conn: Connection, col: Any) -> dict[str, int]:
    rows = conn.execute(
        select(col, func.count()).group_by(col).order_by(func.count().desc(), col)
    ).all()
    return {(key if key is not None else "unknown"): int(n) for key, n in rows}
