"""Opening a store: paths, URLs, the WIREWATCH_DB variable, and SQLite settings."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text

from wirewatch.model import Article
from wirewatch.store import Store, database_url, default_db_location


def test_store_open_path_makes_sqlite_file_in_wal_mode(db_path: Path) -> None:
    with Store.open(db_path) as store:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    assert db_path.exists()
    assert store.location == str(db_path)
    # WAL mode is a property of the file: a plain sqlite3 connection sees it too.
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_store_open_accepts_url(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'by-url.db'}"
    with Store(url) as store:
        assert store.url.database == str(tmp_path / "by-url.db")
        assert store.location == str(tmp_path / "by-url.db")
    assert (tmp_path / "by-url.db").exists()


def test_store_open_honours_wirewatch_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("WIREWATCH_DB", str(target))
    assert default_db_location() == str(target)
    with Store.open() as store:
        assert store.url.database == str(target)
    assert target.exists()


def test_store_open_defaults_to_wirewatch_db_in_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WIREWATCH_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert default_db_location() == "wirewatch.db"
    Store.open().close()
    assert (tmp_path / "wirewatch.db").exists()


def test_store_database_url_tells_paths_from_urls() -> None:
    assert database_url("data/ww.db").render_as_string() == "sqlite:///data/ww.db"
    assert database_url("/srv/ww.db").render_as_string() == "sqlite:////srv/ww.db"
    pg = database_url("postgresql+psycopg://ww:secret@db/ww")
    assert pg.get_backend_name() == "postgresql"
    assert "secret" not in pg.render_as_string(hide_password=True)


def test_store_foreign_keys_enforced(store: Store, db_path: Path) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with store.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO event_mentions"
                    " (event_id, article_id, position, text, start_char, end_char)"
                    " VALUES ('missing', 'missing', 0, 'x', 0, 1)"
                )
            )


def test_store_reader_sees_writes_of_another_store(db_path: Path, article_fr, events_fr) -> None:
    with Store.open(db_path) as writer, Store.open(db_path) as reader:
        writer.add_article(article_fr, events_fr)
        assert reader.count_events() == 2


def test_store_threads_share_one_write_path(store: Store, article_fr, events_fr) -> None:
    articles = [Article(id=f"a{i}", text=f"Dépêche numéro {i}.", source="t") for i in range(20)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda a: store.add_article(a, []), [*articles, *articles]))
    assert sum(r.new for r in results) == 20
    assert store.summary()["articles"]["total"] == 20
