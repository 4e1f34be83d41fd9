"""The wirewatch event ontology: our type codes mapped to ACLED, PLOVER and CAMEO.

The table lives in ``types.tsv`` beside this module (data, not code).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


@dataclass(frozen=True)
class EventType:
    code: str
    label: str
    acled_disorder: str
    acled_event: str
    acled_sub_event: str
    plover_event: str
    plover_mode: tuple[str, ...]
    cameo: str
    description: str

    def acled(self) -> dict[str, str] | None:
        """ACLED's three category strings, or None when ACLED would not code it."""
        if not self.acled_sub_event:
            return None
        return {
            "disorder_type": self.acled_disorder,
            "event_type": self.acled_event,
            "sub_event_type": self.acled_sub_event,
        }

    def plover(self) -> dict[str, Any]:
        return {"event_type": self.plover_event, "mode": list(self.plover_mode)}


@cache
def event_types() -> dict[str, EventType]:
    """All event types by code, read once from ``types.tsv``."""
    text = files(__package__).joinpath("types.tsv").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    out: dict[str, EventType] = {}
    for row in csv.DictReader(rows, delimiter="\t"):
        modes = tuple(m for m in (row["plover_mode"] or "").split(",") if m)
        out[row["code"]] = EventType(
            code=row["code"],
            label=row["label"],
            acled_disorder=row["acled_disorder"],
            acled_event=row["acled_event"],
            acled_sub_event=row["acled_sub_event"],
            plover_event=row["plover_event"],
            plover_mode=modes,
            cameo=row["cameo"],
            description=row["description"],
        )
    return out


def event_type(code: str) -> EventType:
    """The type with this code; raises KeyError naming the known codes otherwise."""
    types = event_types()
    if code not in types:
        raise KeyError(f"unknown event type {code!r}; known: {', '.join(sorted(types))}")
    return types[code]


# ACLED string for an attack whose munitions were all stopped by air defence.
DISRUPTED_WEAPONS_USE = {
    "disorder_type": "Strategic developments",
    "event_type": "Strategic developments",
    "sub_event_type": "Disrupted weapons use",
}
