"""Rejected inputs and the summary counts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wirewatch.model import Rejected
from wirewatch.store import Store


def test_store_rejected_inputs_recorded_once_per_source_line_reason(
    store: Store, db_path: Path
) -> None:
    store.add_rejected(
        Rejected(source="feed.jsonl", line=7, reason="no text field", reader="jsonl")
    )
    store.add_rejected(
        Rejected(source="feed.jsonl", line=7, reason="no text field", reader="jsonl")
    )
    store.add_rejected(
        Rejected(source="feed.jsonl", line=9, reason="no text field", reader="jsonl")
    )
    store.add_rejected(Rejected(source="scan.pdf", reason="unsupported format"))
    store.add_rejected(Rejected(source="scan.pdf", reason="unsupported format"))
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT source, line, reader, reason FROM rejected_inputs ORDER BY source, line"
        ).fetchall()
    assert rows == [
        ("feed.jsonl", 7, "jsonl", "no text field"),
        ("feed.jsonl", 9, "jsonl", "no text field"),
        ("scan.pdf", None, "", "unsupported format"),
    ]
    assert store.summary()["rejected_inputs"] == 3


def test_store_summary_counts(filled: Store) -> None:
    filled.add_rejected(Rejected(source="empty.txt", reason="empty file"))
    assert filled.summary() == {
        "articles": {
            "total": 3,
            "by_language": {"de": 1, "en": 1, "fr": 1},
            "by_extraction_status": {"extracted": 2, "unsupported_language": 1},
        },
        "events": {
            "total": 5,
            "by_type": {"drone_strike": 3, "demand": 1, "reject": 1},
            "by_status": {"claimed": 2, "asserted": 1, "denied": 1, "hypothetical": 1},
            "by_country": {"RUS": 2, "unknown": 2, "UKR": 1},
        },
        "rejected_inputs": 1,
        "date_range": {"first": "2024-11-09", "last": "2024-11-12"},
    }


def test_store_summary_of_empty_store(store: Store) -> None:
    summary = store.summary()
    assert summary["articles"]["total"] == 0
    assert summary["events"]["by_type"] == {}
    assert summary["date_range"] == {"first": None, "last": None}
