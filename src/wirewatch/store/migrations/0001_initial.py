"""Version 1: articles, rejected inputs, events with their claims and mentions, actors, places.

Frozen: a released migration never changes; later changes go in a new numbered
file. The tables are spelled out here rather than imported from ``schema.py``
for that reason (``schema.py`` follows the newest version).

On SQLite it also creates ``articles_fts``, an FTS5 index of article title and
text (``unicode61 remove_diacritics 2``: "ramenskoie" finds "Ramenskoïe"),
kept in sync by triggers so rows inserted by hand are indexed too. The FTS
table keeps its own copy of the text instead of pointing at ``articles``
(external content): ``articles`` has a text primary key, and the implicit rowid
an external-content index would rely on may change on VACUUM.
Other dialects get no full-text index (see docs/store.md).
"""

from __future__ import annotations

import logging

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects import postgresql

LOGGER = logging.getLogger(__name__)

NAME = "initial"

JSONValue = JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")

# (table, columns) for every filter and join the store runs.
_INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("articles", ("language",)),
    ("articles", ("extraction_status",)),
    ("articles", ("published",)),
    ("rejected_inputs", ("source", "line")),
    ("events", ("article_id", "position")),
    ("events", ("type",)),
    ("events", ("status",)),
    ("events", ("date_start",)),
    ("events", ("date_end",)),
    ("events", ("location_country",)),
    ("events", ("initiator_country",)),
    ("events", ("target_country",)),
    ("events", ("claimant_id",)),
    ("events", ("place_key",)),
    ("events", ("cluster_id",)),
    ("claims", ("event_id", "position")),
    ("claims", ("claimant_id",)),
    ("event_mentions", ("event_id",)),
    ("event_mentions", ("article_id",)),
)

_FTS_DDL: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "article_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_fts WHERE article_id = old.id; END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text ON articles BEGIN "
    "DELETE FROM articles_fts WHERE article_id = old.id; "
    "INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text); END",
)


def _tables(metadata: MetaData) -> None:
    """Declare the version-1 tables on ``metadata``."""
    Table(
        "articles",
        metadata,
        Column("id", String(64), primary_key=True),
        Column("url", Text),
        Column("outlet", String(200)),
        Column("agency", String(200)),
        Column("language", String(16)),
        Column("language_confidence", Float),
        Column("published", String(40)),
        Column("published_precision", String(16)),
        Column("title", Text),
        Column("text", Text, nullable=False),
        Column("reader", String(40), nullable=False),
        Column("source", Text, nullable=False),
        Column("meta", JSONValue),
        Column("ingested_at", DateTime(timezone=True), nullable=False),
        Column("extraction_status", String(40), nullable=False),
        Column("extraction_note", Text),
    )

    Table(
        "rejected_inputs",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("source", Text, nullable=False),
        Column("line", Integer),
        Column("reader", String(40), nullable=False),
        Column("reason", Text, nullable=False),
        Column("seen_at", DateTime(timezone=True), nullable=False),
    )

    Table(
        "actors",
        metadata,
        Column("id", String(200), primary_key=True),
        Column("name", Text, nullable=False),
        Column("country", String(3)),
        Column("kind", String(40), nullable=False),
    )

    Table(
        "places",
        metadata,
        Column("key", String(300), primary_key=True),
        Column("geonames_id", Integer),
        Column("name", Text, nullable=False),
        Column("country", String(3)),
        Column("admin1", Text),
        Column("admin1_code", String(16)),
        Column("admin2", Text),
        Column("lat", Float),
        Column("lon", Float),
        Column("precision", String(16), nullable=False),
    )

    Table(
        "events",
        metadata,
        Column("id", String(64), primary_key=True),
        Column(
            "article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
        Column("position", Integer, nullable=False),
        Column("type", String(64), nullable=False),
        Column("acled_disorder_type", String(100)),
        Column("acled_event_type", String(100)),
        Column("acled_sub_event_type", String(100)),
        Column("plover_event_type", String(40)),
        Column("plover_mode", JSONValue),
        Column("date_start", String(10)),
        Column("date_end", String(10)),
        Column("date_precision", String(16)),
        Column("date_text", Text),
        Column("initiator_id", String(200)),
        Column("initiator_name", Text),
        Column("initiator_country", String(3)),
        Column("target_id", String(200)),
        Column("target_name", Text),
        Column("target_country", String(3)),
        Column("place_key", String(300), ForeignKey("places.key")),
        Column("location_name", Text),
        Column("location_country", String(3)),
        Column("location_admin1", Text),
        Column("location_admin1_code", String(16)),
        Column("location_admin2", Text),
        Column("location_lat", Float),
        Column("location_lon", Float),
        Column("location_geonames_id", Integer),
        Column("geo_precision", String(16)),
        Column("quantities", JSONValue),
        Column("claimant_id", String(200)),
        Column("claimant_name", Text),
        Column("claimant_country", String(3)),
        Column("status", String(16), nullable=False),
        Column("evidence_text", Text, nullable=False),
        Column("evidence_start", Integer, nullable=False),
        Column("evidence_end", Integer, nullable=False),
        Column("confidence", Float, nullable=False),
        Column("language", String(16)),
        Column("instrument", String(100)),
        Column("claims_count", Integer, nullable=False),
        Column("cluster_id", String(64)),
        Column("record", JSONValue, nullable=False),
    )

    Table(
        "claims",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        Column("position", Integer, nullable=False),
        Column("claimant_id", String(200)),
        Column("claimant_name", Text),
        Column("claimant_country", String(3)),
        Column("claimant_kind", String(40)),
        Column("status", String(16), nullable=False),
        Column("quantities", JSONValue),
        Column("quantity_details", JSONValue),
        Column("evidence_text", Text),
        Column("evidence_start", Integer),
        Column("evidence_end", Integer),
        Column("cue", Text),
    )

    # `start`/`end` would need quoting in SQL (END is a keyword): spaCy's names instead.
    Table(
        "event_mentions",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        Column(
            "article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
        Column("position", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Column("start_char", Integer, nullable=False),
        Column("end_char", Integer, nullable=False),
    )


def upgrade(conn: Connection) -> None:
    """Create the version-1 tables, their indexes and (on SQLite) the FTS5 index."""
    metadata = MetaData()
    _tables(metadata)
    for table_name, columns in _INDEXES:
        table = metadata.tables[table_name]
        Index(f"ix_{table_name}_{'_'.join(columns)}", *(table.c[c] for c in columns))
    metadata.create_all(conn, checkfirst=False)
    if conn.dialect.name == "sqlite":
        for statement in _FTS_DDL:
            conn.exec_driver_sql(statement)
    else:
        LOGGER.info("no full-text index on %s: FTS5 is SQLite only", conn.dialect.name)
