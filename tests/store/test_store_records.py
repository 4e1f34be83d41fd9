"""Round trips and idempotence: what goes into the store comes back unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from wirewatch.model import Article, Event
from wirewatch.store import AddResult, Store


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read with the plain sqlite3 module as an analyst would."""
    with sqlite3.connect(path) as conn:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master"
                " WHERE type = 'table' AND name NOT LIKE 'articles_fts_%'"
            )
        ]
        return {name: sorted(conn.execute(f"SELECT * FROM {name}"), key=repr) for name in names}


def test_store_event_round_trip_keeps_claims_mentions_location_actors(
    store: Store, article_fr: Article, events_fr: list[Event]
) -> None:
    store.add_article(article_fr, events_fr)
    back = store.event("ev-fr-moscow")
    assert back == events_fr[0]
    assert back is not None
    assert [c.claimant.id for c in back.claims if c.claimant] == ["rus-mod", "ukr-mil"]
    assert back.claims[1].quantity_details[0].qualifier == "about"
    assert back.location is not None and back.location.name == "Ramenskoïe"
    assert [m.text for m in back.mentions] == ["34 drones ukrainiens", "L'attaque de drones"]


def test_store_article_round_trip(store: Store, article_fr: Article) -> None:
    store.add_article(article_fr, [])
    assert store.article("fr0001") == article_fr
    assert store.has_article("fr0001")
    assert not store.has_article("nope")
    assert store.article("nope") is None
    assert store.event("nope") is None


def test_store_add_article_reports_new_and_event_count(
    store: Store, article_fr: Article, events_fr: list[Event]
) -> None:
    assert store.add_article(article_fr, events_fr) == AddResult("fr0001", new=True, events=2)


def test_store_reinsert_changes_nothing(
    store: Store, db_path: Path, article_fr: Article, events_fr: list[Event]
) -> None:
    store.add_article(article_fr, events_fr)
    before = dump(db_path)
    changed = Article(**{**article_fr.to_dict(), "title": "Another title"})
    result = store.add_article(changed, events_fr[:1], extraction_status="failed", note="retry")
    assert result == AddResult("fr0001", new=False, events=0)
    assert dump(db_path) == before


def test_store_flat_columns_for_analysts(
    store: Store, db_path: Path, article_fr: Article, events_fr: list[Event]
) -> None:
    store.add_article(article_fr, events_fr)
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        event = conn.execute("SELECT * FROM events WHERE id = 'ev-fr-moscow'").fetchone()
        claims = conn.execute(
            "SELECT claimant_id, status, json_extract(quantities, '$.intercepted') AS intercepted,"
            " json_extract(quantities, '$.launched') AS launched"
            " FROM claims WHERE event_id = 'ev-fr-moscow' ORDER BY position"
        ).fetchall()
        mentions = conn.execute(
            "SELECT text, start_char, end_char FROM event_mentions ORDER BY event_id, position"
        ).fetchall()
        meta_tag = conn.execute("SELECT json_extract(meta, '$.tags[0]') FROM articles").fetchone()
    assert event["acled_sub_event_type"] == "Air/drone strike"
    assert event["plover_event_type"] == "ASSAULT"
    assert (event["date_start"], event["date_end"], event["date_precision"]) == (
        "2024-11-09",
        "2024-11-10",
        "day",
    )
    assert (event["initiator_id"], event["target_country"]) == ("ukr", "RUS")
    assert event["location_admin1_code"] == "RU-MOS"
    assert event["place_key"] == "geonames:502965"
    assert event["claims_count"] == 2
    assert event["cluster_id"] is None
    # JSON is stored readable, accents included.
    assert "Ramenskoïe" in event["record"]
    assert [tuple(c) for c in claims] == [
        ("rus-mod", "claimed", 34, None),
        ("ukr-mil", "unconfirmed", None, 20),
    ]
    assert tuple(mentions[1]) == (
        "L'attaque de drones",
        *_offsets(article_fr.text, "L'attaque de drones"),
    )
    assert tuple(meta_tag) == ("Russie",)


def _offsets(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def test_store_actors_upserted_only_with_kb_id(filled: Store, db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT id, name, country, kind FROM actors ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["rus", "rus-mod", "ukr", "ukr-air-force", "ukr-mil"]
    assert ("rus-mod", "Russian Ministry of Defence", "RUS", "ministry") in rows


def test_store_actor_upsert_takes_latest_name(
    store: Store,
    article_fr: Article,
    events_fr: list[Event],
    article_en: Article,
    events_en: list[Event],
) -> None:
    store.add_article(article_fr, events_fr)
    renamed = events_en[1]
    assert renamed.claimant is not None
    renamed.claimant.name = "Russian Federation"
    store.add_article(article_en, events_en)
    with sqlite3.connect(store.url.database or "") as conn:
        assert conn.execute("SELECT name, country FROM actors WHERE id = 'rus'").fetchone() == (
            "Russian Federation",
            "RUS",
        )


def test_store_places_keyed_by_geonames_or_synthetic_key(filled: Store, db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        keys = [r[0] for r in conn.execute("SELECT key FROM places ORDER BY key")]
    assert keys == [
        "admin1:RUS:RU-KRS:kursk-oblast",
        "admin1:UKR:UA-63:kharkiv-oblast",
        "geonames:502965",
    ]


def test_store_failed_write_leaves_no_trace(
    store: Store, article_fr: Article, events_fr: list[Event], article_en: Article
) -> None:
    store.add_article(article_fr, events_fr)
    # An event id already used by another article violates the primary key mid-transaction.
    stolen = Event.from_dict({**events_fr[0].to_dict(), "article_id": "en0001"})
    with pytest.raises(IntegrityError):
        store.add_article(article_en, [stolen])
    assert not store.has_article("en0001")


def test_store_add_article_refuses_inconsistent_input(
    store: Store, article_fr: Article, events_fr: list[Event], events_en: list[Event]
) -> None:
    with pytest.raises(ValueError, match="other articles"):
        store.add_article(article_fr, events_en)
    with pytest.raises(ValueError, match="repeated"):
        store.add_article(article_fr, [events_fr[0], events_fr[0]])
    with pytest.raises(ValueError, match="extraction_status"):
        store.add_article(article_fr, [], extraction_status="done")  # type: ignore[arg-type]
    assert not store.has_article("fr0001")
