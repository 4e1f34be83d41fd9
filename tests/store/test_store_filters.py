"""Every filter of Store.events / Store.count_events, on two hand-built articles."""

from __future__ import annotations

import sqlite3

import pytest

from wirewatch.store import QueryError, Store


def ids(store: Store, **filters: object) -> list[str]:
    found = [event.id for event in store.events(**filters)]  # type: ignore[arg-type]
    assert store.count_events(**filters) == len(found)  # type: ignore[arg-type]
    return found


def test_store_events_ordered_by_date_then_article_then_evidence(filled: Store) -> None:
    assert ids(filled) == [
        "ev-fr-moscow",  # 2024-11-09, evidence at the start of the text
        "ev-fr-kursk",  # same date and article, later evidence
        "ev-en-barrage",  # 2024-11-11
        "ev-en-denial",  # 2024-11-12
        "ev-en-request",  # undated: last
    ]


def test_store_filter_type_exact_and_comma_list(filled: Store) -> None:
    assert ids(filled, type="reject") == ["ev-en-denial"]
    assert ids(filled, type="reject, demand") == ["ev-en-denial", "ev-en-request"]
    assert ids(filled, type="drone") == []  # exact codes, not prefixes


def test_store_filter_country_matches_location_initiator_or_target(filled: Store) -> None:
    # UKR: located in Ukraine (barrage), or Ukraine initiates/is targeted (both French events).
    assert ids(filled, country="ukr") == ["ev-fr-moscow", "ev-fr-kursk", "ev-en-barrage"]
    # RUS as initiator only: the denial has no location and no target.
    assert "ev-en-denial" in ids(filled, country="RUS")
    assert ids(filled, country="FRA") == []


def test_store_filter_dates_keep_overlapping_intervals(filled: Store) -> None:
    # The overnight events span 09→10; "since the 10th" still overlaps them.
    assert ids(filled, since="2024-11-10", until="2024-11-10") == ["ev-fr-moscow", "ev-fr-kursk"]
    # The barrage night ends on the 12th, so it overlaps "since the 12th".
    assert ids(filled, since="2024-11-12") == ["ev-en-barrage", "ev-en-denial"]
    assert ids(filled, since="2024-11-13") == []
    assert ids(filled, until="2024-11-09") == ["ev-fr-moscow", "ev-fr-kursk"]
    # Month and year bounds cover the whole period; undated events drop out.
    assert len(ids(filled, since="2024-11", until="2024-11")) == 4
    assert ids(filled, since="2025") == []


def test_store_filter_bad_date_is_a_clear_error(filled: Store) -> None:
    with pytest.raises(ValueError, match="ISO date"):
        filled.events(since="10/11/2024")


def test_store_filter_claimant_on_events_or_claims_case_insensitive(filled: Store) -> None:
    assert ids(filled, claimant="RUS-MOD") == ["ev-fr-moscow"]
    # Only the second claim of the Moscow event names the Ukrainian army.
    assert ids(filled, claimant="armed forces of") == ["ev-fr-moscow"]
    assert ids(filled, claimant="air force") == ["ev-en-barrage"]
    # Substring: "rus" also matches "rus-mod".
    assert ids(filled, claimant="rus") == ["ev-fr-moscow", "ev-en-denial"]
    # LIKE wildcards are taken literally.
    assert ids(filled, claimant="%") == []


def test_store_filter_status_and_article(filled: Store) -> None:
    assert ids(filled, status="denied") == ["ev-en-denial"]
    assert ids(filled, status="claimed,hypothetical") == [
        "ev-fr-moscow",
        "ev-en-barrage",
        "ev-en-request",
    ]
    assert ids(filled, article_id="fr0001") == ["ev-fr-moscow", "ev-fr-kursk"]


def test_store_filter_text_uses_fts_without_diacritics(filled: Store) -> None:
    # "Ramenskoïe" is written with a diaeresis; the query without it finds it.
    assert ids(filled, text="ramenskoie") == ["ev-fr-moscow", "ev-fr-kursk"]
    assert ids(filled, text="Kharkiv AND overnight") == [
        "ev-en-barrage",
        "ev-en-denial",
        "ev-en-request",
    ]
    # Titles are indexed too.
    assert ids(filled, text="barrage") == ["ev-en-barrage", "ev-en-denial", "ev-en-request"]
    assert ids(filled, text="défense") == ["ev-fr-moscow", "ev-fr-kursk"]
    assert ids(filled, text="tokyo") == []


def test_store_filter_bad_fts_query_is_a_query_error(filled: Store) -> None:
    with pytest.raises(QueryError, match="full-text"):
        filled.events(text='"unbalanced')


def test_store_filters_combine_and_paginate(filled: Store) -> None:
    assert ids(filled, type="drone_strike", country="UKR", claimant="air") == ["ev-en-barrage"]
    drones = ids(filled, type="drone_strike")
    assert [e.id for e in filled.events(type="drone_strike", limit=2, offset=1)] == drones[1:3]


def test_store_fts_follows_rows_changed_by_hand(filled: Store) -> None:
    assert filled.url.database
    with sqlite3.connect(filled.url.database) as conn:
        # SQLite enforces foreign keys per connection: an analyst's shell must ask for them.
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("UPDATE articles SET title = 'Zaporijjia' WHERE id = 'en0001'")
        conn.execute("DELETE FROM articles WHERE id = 'fr0001'")
    assert filled.count_events(text="zaporijjia") == 3
    assert filled.count_events(text="barrage") == 0  # the old title is gone from the index
    assert filled.count_events(text="ramenskoie") == 0  # deleted with its events (cascade)
    assert filled.count_events() == 3
