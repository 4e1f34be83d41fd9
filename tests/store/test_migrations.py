"""Versioned schema: fresh databases, upgrades, refusals, atomic steps, and no drift."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, inspect

from wirewatch.store import Migration, SchemaTooNewError, Store, known_migrations
from wirewatch.store.schema import metadata


def add_notes_table(conn: Connection) -> None:
    conn.exec_driver_sql(
        "CREATE TABLE analyst_notes (event_id TEXT REFERENCES events(id), note TEXT)"
    )


def broken_step(conn: Connection) -> None:
    conn.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
    conn.exec_driver_sql("THIS IS NOT SQL")


def applied(path: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT version, name FROM schema_migrations ORDER BY version"
        ).fetchall()


def table_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_migrations_fresh_database_reaches_latest_version(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.schema_version() == len(known_migrations())
    assert applied(db_path)[0] == (1, "initial")
    assert {"articles", "events", "claims", "event_mentions", "actors", "places"} <= table_names(
        db_path
    )
    assert "articles_fts" in table_names(db_path)


def test_migrations_upgrade_v1_database_when_a_later_step_appears(
    db_path: Path, article_fr, events_fr
) -> None:
    v1 = list(known_migrations()[:1])
    with Store.open(db_path, migrations=v1) as store:
        store.add_article(article_fr, events_fr)
    assert "analyst_notes" not in table_names(db_path)
    with Store.open(
        db_path, migrations=[*v1, Migration(2, "analyst_notes", add_notes_table)]
    ) as store:
        assert store.schema_version() == 2
        assert store.event("ev-fr-moscow") == events_fr[0]  # data survives the upgrade
    assert [v for v, _ in applied(db_path)] == [1, 2]
    assert "analyst_notes" in table_names(db_path)


def test_migrations_reopening_applies_nothing(db_path: Path) -> None:
    Store.open(db_path).close()
    first = applied(db_path)
    Store.open(db_path).close()
    assert applied(db_path) == first


def test_migrations_newer_database_than_code_is_refused(db_path: Path) -> None:
    v1 = list(known_migrations()[:1])
    Store.open(db_path, migrations=[*v1, Migration(2, "analyst_notes", add_notes_table)]).close()
    with pytest.raises(SchemaTooNewError, match=r"schema version 2 \(analyst_notes\).*up to 1"):
        Store.open(db_path, migrations=v1)


def test_migrations_failing_step_rolls_back_whole_step(db_path: Path) -> None:
    v1 = list(known_migrations()[:1])
    with pytest.raises(Exception, match="syntax error"):
        Store.open(db_path, migrations=[*v1, Migration(2, "broken", broken_step)])
    # Version 1 stays applied; step 2 left neither its table nor its record.
    assert applied(db_path) == [(1, "initial")]
    assert "half_done" not in table_names(db_path)


def test_migrations_versions_must_be_contiguous(db_path: Path) -> None:
    v1 = list(known_migrations()[:1])
    with pytest.raises(ValueError, match="without gaps"):
        Store.open(db_path, migrations=[*v1, Migration(3, "skips_two", add_notes_table)])


def test_migrations_result_matches_schema_module(store: Store) -> None:
    # schema.py (what queries use) and the migrations (what the file holds) must agree.
    inspector = inspect(store.engine)
    for table in metadata.sorted_tables:
        stored = [c["name"] for c in inspector.get_columns(table.name)]
        assert stored == [c.name for c in table.columns], table.name
