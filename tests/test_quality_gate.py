"""Accuracy gate: the development set's scores may not fall below the floors in bench/baseline.json.

A change that lowers a score must lower the floor in the same commit, on purpose, with its reason
in the commit message (cf. trafilatura's eval_gate). The held-out set is never gated: it is only scored.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.evaluate import evaluate

REPO = Path(__file__).resolve().parents[1]
BASELINE = json.loads((REPO / "bench" / "baseline.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scores() -> dict:
    return evaluate(REPO / "devset").to_dict()["scopes"]


@pytest.mark.parametrize("scope", ["fr", "en"])
def test_quality_gate_event_f1(scores: dict, scope: str):
    floor = BASELINE["devset"][scope]["f1"]
    assert scores[scope]["events"]["f1"] >= floor, f"{scope} event F1 fell below {floor}"


@pytest.mark.parametrize("facet", sorted(BASELINE["devset"]["overall"]["facets"]))
def test_quality_gate_facets(scores: dict, facet: str):
    floor = BASELINE["devset"]["overall"]["facets"][facet]
    got = scores["overall"]["facets"][facet]["accuracy"]
    assert got >= floor, f"{facet} accuracy {got:.3f} fell below {floor}"
