"""Shared fixtures: where the repository, the examples and the shared seed live."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SEED = REPO.parent / "shared" / "seed" / "000_ef75776a84e17a15.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The ATS dispatch of 10 Nov 2024 from ../shared (not ours: never copied into the repo)."""
    if not SEED.exists():
        pytest.skip(f"the seed dispatch is not at {SEED} (../shared is absent on this machine)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture()
def seed_jsonl(tmp_path: Path, seed_text: str) -> Path:
    """The seed as the issue gives it: one JSONL line with its publication day."""
    path = tmp_path / "seed.jsonl"
    record = {
        "id": "seed-ats-2024-11-10",
        "published": "2024-11-10",
        "source": "ATS",
        "text": seed_text,
    }
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
