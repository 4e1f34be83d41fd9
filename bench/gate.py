"""Show the dev set's scores against the floors in bench/baseline.json, or reset the floors.

    .venv/bin/python bench/gate.py            # compare
    .venv/bin/python bench/gate.py --update   # floors := current scores minus MARGIN (after a reviewed change)

tests/test_quality_gate.py fails when a score falls below its floor.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

from wirewatch.evaluate import evaluate

REPO = Path(__file__).resolve().parents[1]
BASELINE = REPO / "bench" / "baseline.json"
# Room for harmless jitter (one event more or less); a real regression is larger.
MARGIN = 0.01


def floor(value: float) -> float:
    return math.floor((value - MARGIN) * 1000) / 1000


def current() -> dict:
    scopes = evaluate(REPO / "devset").to_dict()["scopes"]
    return {
        "devset": {
            **{lang: {"f1": scopes[lang]["events"]["f1"]} for lang in ("fr", "en")},
            "overall": {
                "f1": scopes["overall"]["events"]["f1"],
                "facets": {
                    k: v["accuracy"]
                    for k, v in scopes["overall"]["facets"].items()
                    if v["total"] >= 10
                },
            },
        }
    }


def main() -> None:
    now = current()
    if "--update" in sys.argv:
        d = now["devset"]
        floors = {
            "devset": {
                "fr": {"f1": floor(d["fr"]["f1"])},
                "en": {"f1": floor(d["en"]["f1"])},
                "overall": {
                    "f1": floor(d["overall"]["f1"]),
                    "facets": {k: floor(v) for k, v in d["overall"]["facets"].items()},
                },
            }
        }
        BASELINE.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
        print(f"floors written to {BASELINE}")
        return
    base = json.loads(BASELINE.read_text(encoding="utf-8"))["devset"]
    for lang in ("fr", "en"):
        print(f"{lang} F1 {now['devset'][lang]['f1']:.3f} (floor {base[lang]['f1']:.3f})")
    for facet, value in now["devset"]["overall"]["facets"].items():
        f = base["overall"]["facets"].get(facet)
        print(f"{facet:<24} {value:.3f}" + (f" (floor {f:.3f})" if f is not None else ""))


if __name__ == "__main__":
    main()
