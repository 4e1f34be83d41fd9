"""Every SQL example of docs/store.md runs on a real store and returns rows."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from wirewatch.store import Store

DOC = Path(__file__).parents[2] / "docs" / "store.md"


def sql_examples() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_store_docs_have_sql_examples() -> None:
    assert len(sql_examples()) >= 5


@pytest.mark.parametrize("query", sql_examples())
def test_store_docs_example_query_runs(filled: Store, db_path: Path, query: str) -> None:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(query).fetchall()
    assert rows, query
