"""Fixtures for the ingest tests."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_ef75776a84e17a15.txt"


@pytest.fixture
def seed_path() -> Path:
    """The seed dispatch from ../shared (not ours: read there, never copied)."""
    if not SEED.exists():
        pytest.skip(f"the seed dispatch is not at {SEED} (../shared is absent on this machine)")
    return SEED
