"""The store's tables as the code queries them (SQLAlchemy Core, no ORM).

These :class:`~sqlalchemy.Table` objects describe the *current* schema, the one
the last migration in :mod:`wirewatch.store.migrations` leaves behind. Migrations
keep their own frozen DDL (a migration must never change once released), and
``tests/store/test_migrations.py`` checks the two agree.

Names are for analysts who open the SQLite file directly (datasette spirit):
one table per kind of thing, flat columns for everything one filters or groups
on, JSON columns for nested values, and ``events.record`` keeping the full
public event record so nothing is lost.
"""

from __future__ import annotations

import logging

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects import postgresql

LOGGER = logging.getLogger(__name__)

# JSONB on PostgreSQL (indexable); plain JSON text elsewhere. SQL NULL for None,
# not the string 'null', so `WHERE meta IS NULL` means what an analyst expects.
JSONValue = JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
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

rejected_inputs = Table(
    "rejected_inputs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("line", Integer),
    Column("reader", String(40), nullable=False),
    Column("reason", Text, nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)

actors = Table(
    "actors",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("country", String(3)),
    Column("kind", String(40), nullable=False),
)

places = Table(
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

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
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

claims = Table(
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
event_mentions = Table(
    "event_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
)

# The FTS5 table exists on SQLite only; this lightweight handle is for queries.
FTS_TABLE = "articles_fts"
