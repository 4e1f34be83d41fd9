"""Rendering events for the terminal and for other programs: table, JSONL, JSON, CSV."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

from wirewatch.model import Actor, Article, Event

FORMATS = ("table", "jsonl", "json", "csv")

CSV_COLUMNS = (
    "id", "article_id", "type", "date_start", "date_end", "date_precision",
    "initiator", "initiator_country", "target", "target_country",
    "location", "country", "admin1", "admin1_code", "lat", "lon", "geo_precision",
    "quantities", "claimant", "status", "claims", "evidence", "evidence_start", "evidence_end",
    "confidence", "acled_sub_event_type", "plover_event_type",
)  # fmt: skip


def _console() -> Console:
    # Wide enough that piping a table to a file or `less` does not fold every row.
    return Console(width=None if sys.stdout.isatty() else 200, highlight=False)


def actor_label(actor: Actor | None) -> str:
    if actor is None:
        return ""
    return (
        actor.name
        if not actor.country or actor.kind == "state"
        else f"{actor.name} ({actor.country})"
    )


def quantities_label(quantities: dict[str, int]) -> str:
    return ", ".join(
        f"{k} {v:,}".replace(",", " ") if v >= 10000 else f"{k} {v}" for k, v in quantities.items()
    )


def location_label(event: Event) -> str:
    loc = event.location
    if loc is None:
        return ""
    parts = [loc.name]
    if loc.admin1 and loc.admin1 != loc.name:
        parts.append(loc.admin1)
    if loc.country and loc.precision != "country":
        parts.append(loc.country)
    return ", ".join(parts)


def csv_row(event: Event) -> dict[str, Any]:
    loc, date = event.location, event.date
    claims = "; ".join(
        f"{actor_label(c.claimant) or 'outlet'}: {c.status}"
        + (f" ({quantities_label(c.quantities)})" if c.quantities else "")
        for c in event.claims
    )
    return {
        "id": event.id,
        "article_id": event.article_id,
        "type": event.type,
        "date_start": date.start if date else "",
        "date_end": date.end if date else "",
        "date_precision": date.precision if date else "",
        "initiator": event.initiator.name if event.initiator else "",
        "initiator_country": event.initiator.country if event.initiator else "",
        "target": event.target.name if event.target else "",
        "target_country": event.target.country if event.target else "",
        "location": loc.name if loc else "",
        "country": loc.country if loc else "",
        "admin1": loc.admin1 if loc else "",
        "admin1_code": loc.admin1_code if loc else "",
        "lat": loc.lat if loc and loc.lat is not None else "",
        "lon": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": loc.precision if loc else "",
        "quantities": ";".join(f"{k}={v}" for k, v in event.quantities.items()),
        "claimant": event.claimant.name if event.claimant else "",
        "status": event.status,
        "claims": claims,
        "evidence": event.evidence.text,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "confidence": round(event.confidence, 3),
        "acled_sub_event_type": (event.acled or {}).get("sub_event_type", ""),
        "plover_event_type": (event.plover or {}).get("event_type", ""),
    }


def print_events(events: list[Event], fmt: str) -> None:
    if fmt == "jsonl":
        for event in events:
            sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    elif fmt == "json":
        json.dump([e.to_dict() for e in events], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(csv_row(e) for e in events)
    else:
        _events_table(events)


def _events_table(events: list[Event]) -> None:
    table = Table(show_lines=False, pad_edge=False, box=None, header_style="bold")
    for column in (
        "id",
        "date",
        "type",
        "where",
        "who → whom",
        "figures",
        "according to",
        "status",
    ):
        table.add_column(column, overflow="fold")
    for e in events:
        who = " → ".join(x for x in (actor_label(e.initiator), actor_label(e.target)) if x)
        claimants = "; ".join(
            dict.fromkeys(actor_label(c.claimant) for c in e.claims if c.claimant)
        )
        table.add_row(
            e.id,
            _date_label(e),
            e.type,
            location_label(e),
            who,
            quantities_label(e.quantities),
            claimants or actor_label(e.claimant),
            e.status,
        )
    console = _console()
    console.print(table)
    console.print(f"{len(events)} event{'s' if len(events) != 1 else ''}")


def _date_label(event: Event) -> str:
    if event.date is None:
        return ""
    d = event.date
    if d.precision == "month":
        return d.start[:7]
    if d.precision == "year":
        return d.start[:4]
    return d.end if d.start == d.end or d.precision == "day" else f"{d.start}/{d.end}"


def print_event_detail(event: Event, article: Article | None, fmt: str) -> None:
    if fmt == "json":
        data = event.to_dict()
        if article is not None:
            data["article"] = {
                k: getattr(article, k)
                for k in ("id", "url", "outlet", "agency", "published", "title", "source")
            }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    console = _console()
    head = f"[bold]{event.type}[/bold]  {event.id}"
    console.print(head)
    rows = [
        ("date", _date_label(event) + (f" ({event.date.precision})" if event.date else "")),
        ("where", location_label(event)),
        ("initiator", actor_label(event.initiator)),
        ("target", actor_label(event.target)),
        ("instrument", event.instrument or ""),
        ("ACLED", " / ".join((event.acled or {}).values())),
        ("PLOVER", _plover_label(event)),
        ("status", event.status),
        ("confidence", f"{event.confidence:.2f}"),
    ]
    if article is not None:
        source = " ".join(
            x for x in (article.outlet or article.agency, article.published, article.url) if x
        )
        rows.append(("article", f"{article.id}  {source}"))
    for key, value in rows:
        if value:
            console.print(f"  {key:<11} {value}", markup=False)
    console.print("  claims:")
    for claim in event.claims:
        who = actor_label(claim.claimant) or "the outlet itself"
        figures = f"  {quantities_label(claim.quantities)}" if claim.quantities else ""
        console.print(f"    - {who}: {claim.status}{figures}", markup=False)
        if claim.evidence is not None:
            console.print(
                f"      «{claim.evidence.text}» [{claim.evidence.start}:{claim.evidence.end}]",
                markup=False,
            )
    console.print("  evidence:")
    for span in event.mentions or [event.evidence]:
        console.print(f"    «{span.text}» [{span.start}:{span.end}]", markup=False)


def _plover_label(event: Event) -> str:
    if not event.plover:
        return ""
    modes = event.plover.get("mode") or []
    return event.plover["event_type"] + (f" ({', '.join(modes)})" if modes else "")


def print_summary(data: dict[str, Any], fmt: str) -> None:
    if fmt == "json":
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return
    console = _console()
    for line in _summary_lines(data, indent=0):
        console.print(line, markup=False, overflow="fold")


def _summary_lines(data: dict[str, Any], indent: int) -> list[str]:
    """Nested sections as indented lines; a flat mapping of counts goes on one line."""
    lines: list[str] = []
    pad = "  " * indent
    for key, value in data.items():
        label = key.replace("_", " ")
        if (
            isinstance(value, dict)
            and value
            and all(not isinstance(v, dict) for v in value.values())
        ):
            if "total" in value:
                lines.append(f"{pad}{label:<{24 - len(pad)}} {value['total']}")
                continue
            inner = ", ".join(f"{k} {v}" for k, v in value.items())
            lines.append(f"{pad}{label:<{24 - len(pad)}} {inner}")
        elif isinstance(value, dict):
            total = value.get("total")
            lines.append(f"{pad}{label:<{24 - len(pad)}} {'' if total is None else total}".rstrip())
            rest = {k: v for k, v in value.items() if k != "total"}
            lines.extend(_summary_lines(rest, indent + 1))
        else:
            lines.append(f"{pad}{label:<{24 - len(pad)}} {'-' if value in (None, {}) else value}")
    return lines
