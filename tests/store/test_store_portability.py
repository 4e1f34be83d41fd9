"""PostgreSQL later: the schema and the queries must compile for it (no server needed)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateTable

from wirewatch.store.queries import EventFilters, conditions, ordering
from wirewatch.store.schema import events, metadata


def test_store_schema_compiles_for_postgresql() -> None:
    ddl = "\n".join(
        str(CreateTable(t).compile(dialect=postgresql.dialect())) for t in metadata.sorted_tables
    )
    assert "record JSONB NOT NULL" in ddl
    assert "FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE" in ddl


def test_store_event_query_on_postgresql_uses_substring_not_fts() -> None:
    filters = EventFilters(type="drone_strike", country="UKR", claimant="mod", text="Kharkiv")
    query = (
        select(events.c.record)
        .where(*conditions(filters, dialect="postgresql"))
        .order_by(*ordering())
    )
    sql = str(query.compile(dialect=postgresql.dialect()))
    assert "articles_fts" not in sql
    assert "lower(articles.text) LIKE" in sql
    assert "NULLS LAST" in sql
