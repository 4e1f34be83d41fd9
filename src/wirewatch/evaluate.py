"""Score an extractor against the hand-annotated development set (``devset/``).

A gold file holds one article and the events a careful reader finds in it (the
format is documented in ``docs/evaluation.md``). :func:`load_gold` reads and
validates a directory of them; :func:`evaluate` runs an extractor on every
article, pairs predicted events with gold events, and reports event precision,
recall and F1 plus per-facet accuracy (date, place, actors, figures, claimant,
status), per language and overall, with an error list for analysis.

Matching: a predicted event may pair with a gold event when one of its spans
(evidence, mentions, claim evidence) overlaps one of the gold evidence spans
and both types share a PLOVER event type; pairs are made one-to-one, greedily,
best candidates first (same exact type, then agreeing facets, then overlap).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date as _date
from pathlib import Path
from typing import Any

from wirewatch.model import QUANTITY_KINDS, STATUSES, Actor, Article, Claim, Event, Location
from wirewatch.ontology import event_types

LOGGER = logging.getLogger(__name__)

Extractor = Callable[[Article], list[Event]]
Span = tuple[int, int]

# Facets in report order; quantity facets are added per key as "quantity.<key>".
FACETS: tuple[str, ...] = (
    "type",
    "date",
    "country",
    "admin1",
    "place",
    "initiator",
    "target",
    "claimant",
    "status",
)
DATE_PRECISIONS = ("day", "week", "month", "year")
LOCATION_KEYS = ("country", "admin1", "admin1_code", "place")
ISO3 = re.compile(r"^[A-Z]{3}$")
UNSET = object()  # a key absent from the gold record: the facet is not scored


# ---------------------------------------------------------------------------
# Gold records


@dataclass
class GoldClaim:
    """A further claimant's version of a gold event."""

    claimant: Any
    status: str
    quantities: dict[str, int] = field(default_factory=dict)


@dataclass
class GoldEvent:
    """One annotated event; optional facets hold ``UNSET`` when the annotator left them out."""

    type: str
    evidence: list[str]
    spans: list[Span]
    status: str
    date: Any = UNSET
    location: Any = UNSET
    initiator: Any = UNSET
    target: Any = UNSET
    quantities: dict[str, int] = field(default_factory=dict)
    claimant: Any = UNSET
    claims: list[GoldClaim] = field(default_factory=list)


@dataclass
class GoldDocument:
    path: Path
    article: Article
    style: str
    events: list[GoldEvent]


@dataclass
class GoldProblem:
    """A gold file that could not be used, and why."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class GoldError(ValueError):
    """Raised inside validation; caught per file so the other files still load."""


def _published_precision(published: str | None) -> str | None:
    if not published:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(published), "datetime")


def _article_from(data: Any, path: Path) -> Article:
    if not isinstance(data, dict):
        raise GoldError("'article' must be an object")
    for key in ("id", "language", "text"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise GoldError(f"article.{key} must be a non-empty string")
    published = data.get("published")
    if published is not None:
        _check_iso_date(published[:10], "article.published")
    return Article(
        id=data["id"],
        text=data["text"],
        url=data.get("url"),
        outlet=data.get("outlet"),
        language=data["language"],
        published=published,
        published_precision=_published_precision(published),  # type: ignore[arg-type]
        title=data.get("title"),
        reader="gold",
        source=str(path),
    )


def _check_iso_date(value: Any, where: str) -> None:
    if not isinstance(value, str):
        raise GoldError(f"{where} must be a string")
    parts = value.split("-")
    try:
        if len(parts) == 3:
            _date.fromisoformat(value)
        elif len(parts) == 2:
            _date.fromisoformat(value + "-01")
        elif len(parts) == 1:
            _date(int(value), 1, 1)
        else:
            raise ValueError(value)
    except ValueError as err:
        raise GoldError(f"{where}: {value!r} is not an ISO date") from err


def _check_date(value: Any, where: str) -> None:
    if value is None:
        return
    if isinstance(value, str):
        _check_iso_date(value, where)
        if len(value) != 10:
            raise GoldError(
                f"{where}: a string date must be YYYY-MM-DD; use an object for vaguer dates"
            )
        return
    if not isinstance(value, dict):
        raise GoldError(f"{where} must be a date string, an object or null")
    for key in ("start", "end"):
        _check_iso_date(value.get(key), f"{where}.{key}")
    if value.get("precision", "day") not in DATE_PRECISIONS:
        raise GoldError(f"{where}.precision must be one of {', '.join(DATE_PRECISIONS)}")


def _check_location(value: Any, where: str) -> None:
    if value is None:
        return
    if not isinstance(value, dict):
        raise GoldError(f"{where} must be an object or null")
    unknown = set(value) - set(LOCATION_KEYS)
    if unknown:
        raise GoldError(f"{where}: unknown keys {sorted(unknown)}")
    country = value.get("country")
    if country is not None and not (isinstance(country, str) and ISO3.match(country)):
        raise GoldError(f"{where}.country must be an ISO3 code, got {country!r}")


def _check_party(value: Any, where: str) -> None:
    if value is None:
        return
    if isinstance(value, str):
        if not ISO3.match(value):
            raise GoldError(f"{where} must be an ISO3 code or an object, got {value!r}")
        return
    if not isinstance(value, dict) or not set(value) <= {"country", "id"} or not value:
        raise GoldError(f"{where} must be ISO3, {{'country': ..., 'id': ...}} or null")
    country = value.get("country")
    if country is not None and not (isinstance(country, str) and ISO3.match(country)):
        raise GoldError(f"{where}.country must be an ISO3 code, got {country!r}")


def _check_claimant(value: Any, where: str) -> None:
    if value is None or (isinstance(value, str) and value):
        return
    if isinstance(value, dict) and set(value) == {"name"} and isinstance(value["name"], str):
        return
    raise GoldError(f"{where} must be an actor id, {{'name': ...}} or null")


def _check_status(value: Any, where: str) -> str:
    if value not in STATUSES:
        raise GoldError(f"{where} {value!r} is not one of {', '.join(STATUSES)}")
    return value


def _quantities(value: Any, where: str) -> dict[str, int]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise GoldError(f"{where} must be an object")
    for key, number in value.items():
        if key not in QUANTITY_KINDS:
            raise GoldError(f"{where}: unknown quantity key {key!r}")
        if not isinstance(number, int) or isinstance(number, bool) or number < 0:
            raise GoldError(f"{where}.{key} must be a non-negative integer, got {number!r}")
    return dict(value)


def _evidence(value: Any, text: str, where: str) -> tuple[list[str], list[Span]]:
    strings = [value] if isinstance(value, str) else value
    if not isinstance(strings, list) or not strings:
        raise GoldError(f"{where} must be a non-empty string or list of strings")
    spans: list[Span] = []
    for string in strings:
        if not isinstance(string, str) or not string.strip():
            raise GoldError(f"{where}: empty evidence")
        # The first occurrence anchors the span: annotators quote enough words to be unique.
        start = text.find(string)
        if start < 0:
            raise GoldError(f"{where}: not a substring of the text: {string[:80]!r}")
        spans.append((start, start + len(string)))
    return list(strings), spans


def _gold_event(data: Any, text: str, where: str) -> GoldEvent:
    if not isinstance(data, dict):
        raise GoldError(f"{where} must be an object")
    if data.get("type") not in event_types():
        raise GoldError(f"{where}.type {data.get('type')!r} is not in the ontology")
    strings, spans = _evidence(data.get("evidence"), text, f"{where}.evidence")
    event = GoldEvent(
        type=data["type"],
        evidence=strings,
        spans=spans,
        status=_check_status(data.get("status"), f"{where}.status"),
        quantities=_quantities(data.get("quantities"), f"{where}.quantities"),
    )
    for key, check in (
        ("date", _check_date),
        ("location", _check_location),
        ("initiator", _check_party),
        ("target", _check_party),
        ("claimant", _check_claimant),
    ):
        if key in data:
            check(data[key], f"{where}.{key}")
            setattr(event, key, data[key])
    for i, claim in enumerate(data.get("claims") or []):
        cwhere = f"{where}.claims[{i}]"
        if not isinstance(claim, dict) or "claimant" not in claim:
            raise GoldError(f"{cwhere} must be an object with a claimant")
        _check_claimant(claim["claimant"], f"{cwhere}.claimant")
        event.claims.append(
            GoldClaim(
                claimant=claim["claimant"],
                status=_check_status(claim.get("status"), f"{cwhere}.status"),
                quantities=_quantities(claim.get("quantities"), f"{cwhere}.quantities"),
            )
        )
    return event


def read_gold_file(path: Path) -> GoldDocument:
    """Read and validate one gold file; raises :class:`GoldError` with the reason."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise GoldError(f"unreadable JSON: {err}") from err
    if not isinstance(data, dict):
        raise GoldError("top level must be an object")
    article = _article_from(data.get("article"), path)
    events = data.get("events")
    if not isinstance(events, list):
        raise GoldError("'events' must be a list")
    gold = [_gold_event(e, article.text, f"events[{i}]") for i, e in enumerate(events)]
    return GoldDocument(path=path, article=article, style=str(data.get("style", "")), events=gold)


def gold_paths(gold_dir: Path) -> list[Path]:
    """Every ``*.json`` under ``gold_dir`` (recursively), in a stable order."""
    return sorted(p for p in Path(gold_dir).rglob("*.json") if p.is_file())


def load_gold_checked(gold_dir: Path) -> tuple[list[GoldDocument], list[GoldProblem]]:
    """Load every gold file; bad ones come back as problems and do not stop the others."""
    docs: list[GoldDocument] = []
    problems: list[GoldProblem] = []
    for path in gold_paths(gold_dir):
        try:
            docs.append(read_gold_file(path))
        except GoldError as err:
            LOGGER.warning("invalid gold file %s: %s", path, err)
            problems.append(GoldProblem(path, str(err)))
    return docs, problems


def load_gold(gold_dir: Path) -> list[GoldDocument]:
    """The valid gold documents under ``gold_dir``; invalid files are logged with their reason."""
    return load_gold_checked(gold_dir)[0]


def coverage(gold_dir: Path) -> dict[str, int]:
    """Gold events per ontology type (every type listed, zeros included, in ontology order)."""
    counts = Counter(e.type for doc in load_gold(gold_dir) for e in doc.events)
    return {code: counts.get(code, 0) for code in event_types()}


def coverage_table(gold_dir: Path) -> str:
    """:func:`coverage` as a Markdown table (for ``devset/README.md``)."""
    lines = ["| type | events |", "|---|---:|"]
    lines += [f"| `{code}` | {n} |" for code, n in coverage(gold_dir).items()]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Comparing one gold event with one predicted event


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form for comparing names ("Kharkiv" == "kharkív")."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", bare.casefold()).split())


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def predicted_spans(event: Event) -> list[Span]:
    """Every span the prediction points at: its evidence, its mentions and its claims' evidence."""
    spans = [(event.evidence.start, event.evidence.end)]
    spans += [(m.start, m.end) for m in event.mentions]
    spans += [(c.evidence.start, c.evidence.end) for c in event.claims if c.evidence]
    return [s for s in spans if s[1] > s[0]]


def span_overlap(gold: GoldEvent, event: Event) -> float:
    """Best overlap between any gold and any predicted span, as a share of the shorter span."""
    best = 0.0
    for g in gold.spans:
        for p in predicted_spans(event):
            shared = _overlap(g, p)
            if shared:
                best = max(best, shared / min(g[1] - g[0], p[1] - p[0]))
    return best


def _plover(code: str) -> str | None:
    known = event_types().get(code)
    return known.plover_event if known else None


def _actor_names(actor: Actor) -> set[str]:
    return {fold(n) for n in (actor.name, actor.surface, actor.id) if n}


def claimant_matches(gold: Any, actor: Actor | None) -> bool:
    """Gold id == predicted id; ``{"name": n}`` ≈ predicted name/surface; null ⇒ no claimant."""
    if gold is None:
        return actor is None
    if actor is None:
        return False
    if isinstance(gold, str):
        return actor.id == gold
    wanted = fold(gold.get("name"))
    return bool(wanted) and any(_names_agree(wanted, n) for n in _actor_names(actor))


def _names_agree(a: str, b: str) -> bool:
    """Folded names agree when equal or when one is a run of whole words of the other.

    "health ministry" agrees with "the territory's health ministry"; a bare "la" does not
    agree with "la mairie" (the shorter name must have a word of four letters or more).
    """
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if not any(len(word) >= 4 for word in short.split()):
        return False
    return f" {short} " in f" {long} "


def _actor_country(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    if actor.country:
        return actor.country.upper()
    # A bare country actor ("ukr") may come without its country field filled in.
    if actor.id and re.fullmatch(r"[a-z]{3}", actor.id):
        return actor.id.upper()
    return None


def party_matches(gold: Any, actor: Actor | None) -> bool:
    """Initiator/target: same ISO3 country; an annotated group id also matches by id.

    The facet scores the *side*. An actor kept only by its surface ("des habitants", "a man"),
    with no id and no country, names no side, so it agrees with a gold ``null``.
    """
    if gold is None:
        return actor is None or (actor.id is None and _actor_country(actor) is None)
    if isinstance(gold, str):
        return _actor_country(actor) == gold
    if gold.get("id") and actor is not None and actor.id == gold["id"]:
        return True
    return _actor_country(actor) == gold.get("country") and actor is not None


def date_matches(gold: Any, event: Event) -> bool:
    """A gold day D needs ``date.end == D``; a gold interval needs equal start and end."""
    got = event.date
    if got is None:
        return False
    if isinstance(gold, str):
        return got.end == gold
    return got.start == gold["start"] and got.end == gold["end"]


def _describe_date(event: Event) -> Any:
    d = event.date
    return None if d is None else {"start": d.start, "end": d.end, "precision": d.precision}


def _all_claims(event: Event) -> list[Claim]:
    """The top-level record (as a claim) followed by the predicted claims."""
    top = Claim(claimant=event.claimant, status=event.status, quantities=dict(event.quantities))
    return [top, *event.claims]


@dataclass
class FacetResult:
    facet: str
    correct: bool
    expected: Any
    got: Any


def compare(gold: GoldEvent, event: Event) -> list[FacetResult]:
    """Every scored facet of one matched pair (facets the gold leaves unstated are skipped)."""
    out: list[FacetResult] = [FacetResult("type", gold.type == event.type, gold.type, event.type)]
    if gold.date is not UNSET and gold.date is not None:
        out.append(
            FacetResult("date", date_matches(gold.date, event), gold.date, _describe_date(event))
        )
    out += _compare_location(gold, event)
    for facet in ("initiator", "target"):
        wanted = getattr(gold, facet)
        if wanted is not UNSET:
            actor = getattr(event, facet)
            got = None if actor is None else {"id": actor.id, "country": _actor_country(actor)}
            out.append(FacetResult(facet, party_matches(wanted, actor), wanted, got))
    out += _compare_quantities(gold, event)
    if gold.claimant is not UNSET:
        claimants = [event.claimant, *(c.claimant for c in event.claims)]
        ok = claimant_matches(gold.claimant, event.claimant) or (
            gold.claimant is not None and any(claimant_matches(gold.claimant, a) for a in claimants)
        )
        got = None if event.claimant is None else event.claimant.id or event.claimant.name
        out.append(FacetResult("claimant", ok, gold.claimant, got))
    out.append(FacetResult("status", gold.status == event.status, gold.status, event.status))
    out += _compare_claims(gold, event)
    return out


def _compare_location(gold: GoldEvent, event: Event) -> list[FacetResult]:
    if gold.location is UNSET:
        return []
    loc = event.location
    if gold.location is None:
        # "No location stated": a predicted country would be invented.
        got = None if loc is None else loc.country
        return [FacetResult("country", got is None, None, got)]
    out = []
    if "country" in gold.location:
        got = None if loc is None else loc.country
        out.append(
            FacetResult("country", got == gold.location["country"], gold.location["country"], got)
        )
    if gold.location.get("admin1") or gold.location.get("admin1_code"):
        out.append(_compare_admin1(gold.location, loc))
    if gold.location.get("place"):
        names = set() if loc is None else {fold(loc.name), fold(loc.surface)}
        got = None if loc is None else loc.name
        out.append(
            FacetResult("place", fold(gold.location["place"]) in names, gold.location["place"], got)
        )
    return out


def _compare_admin1(gold: dict[str, Any], loc: Location | None) -> FacetResult:
    """Same first-level region, by folded English name or by ISO 3166-2 code."""
    expected = gold.get("admin1") or gold.get("admin1_code")
    if loc is None:
        return FacetResult("admin1", False, expected, None)
    by_name = bool(gold.get("admin1")) and fold(loc.admin1) == fold(gold["admin1"])
    by_code = bool(gold.get("admin1_code")) and loc.admin1_code == gold["admin1_code"]
    return FacetResult("admin1", by_name or by_code, expected, loc.admin1 or loc.admin1_code)


def _quantity_sources(claimant: Any, event: Event) -> list[dict[str, int]]:
    """Predicted figures for the gold's main ones: top level, or that claimant's claim."""
    sources = [event.quantities]
    if claimant is not UNSET:
        sources += [c.quantities for c in event.claims if claimant_matches(claimant, c.claimant)]
    return sources


def _compare_quantities(gold: GoldEvent, event: Event) -> list[FacetResult]:
    out = []
    sources = _quantity_sources(gold.claimant, event)
    for key, value in gold.quantities.items():
        ok = any(src.get(key) == value for src in sources)
        out.append(FacetResult(f"quantity.{key}", ok, value, event.quantities.get(key)))
    return out


def _compare_claims(gold: GoldEvent, event: Event) -> list[FacetResult]:
    out = []
    predicted = _all_claims(event)
    for claim in gold.claims:
        found = next((c for c in predicted if claimant_matches(claim.claimant, c.claimant)), None)
        out.append(
            FacetResult(
                "claim.claimant",
                found is not None,
                claim.claimant,
                None if found is None else "found",
            )
        )
        if found is None:
            continue
        out.append(
            FacetResult("claim.status", found.status == claim.status, claim.status, found.status)
        )
        for key, value in claim.quantities.items():
            got = found.quantities.get(key)
            out.append(FacetResult(f"claim.quantity.{key}", got == value, value, got))
    return out


# ---------------------------------------------------------------------------
# Pairing and scoring


def match_events(gold: list[GoldEvent], predicted: list[Event]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, greedy by best candidate first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = span_overlap(g, p)
            if overlap <= 0 or _plover(g.type) != _plover(p.type):
                continue
            facets = compare(g, p)
            agreement = sum(f.correct for f in facets) / len(facets)
            candidates.append((g.type == p.type, agreement, overlap, -gi, -pi, gi, pi))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


@dataclass
class Scores:
    """Counts for one scope (a language, or everything)."""

    documents: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    facets: dict[str, list[int]] = field(default_factory=dict)  # facet -> [correct, total]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add_facet(self, facet: str, correct: bool) -> None:
        cell = self.facets.setdefault(facet, [0, 0])
        cell[0] += int(correct)
        cell[1] += 1

    def accuracy(self, facet: str) -> float | None:
        correct, total = self.facets.get(facet, (0, 0))
        return correct / total if total else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "events": {
                "tp": self.tp,
                "fp": self.fp,
                "fn": self.fn,
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
            },
            "facets": {
                name: {"correct": c, "total": t, "accuracy": round(c / t, 4)}
                for name, (c, t) in sorted(self.facets.items(), key=lambda kv: _facet_order(kv[0]))
            },
        }


def _facet_order(name: str) -> tuple[int, str]:
    base = name.split(".")[0]
    rank = FACETS.index(name) if name in FACETS else len(FACETS) + (base == "claim")
    return rank, name


@dataclass
class EvaluationReport:
    """Scores per scope (``overall`` and each language), the errors and the unusable gold files."""

    scopes: dict[str, Scores]
    errors: list[dict[str, Any]]
    invalid: list[GoldProblem]

    @property
    def overall(self) -> Scores:
        return self.scopes["overall"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "scopes": {name: s.to_dict() for name, s in self.scopes.items()},
            "invalid_gold": [{"path": str(p.path), "reason": p.reason} for p in self.invalid],
            "errors": self.errors,
        }

    def format_table(self, *, errors: bool = False) -> str:
        return format_report(self, errors=errors)


def _error(kind: str, doc: GoldDocument, **fields: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "article": doc.article.id,
        "language": doc.article.language,
        "file": str(doc.path),
        **fields,
    }


def _predicted_evidence(event: Event) -> str:
    return event.evidence.text


def score_document(
    doc: GoldDocument, predicted: list[Event], scopes: Iterable[Scores]
) -> list[dict[str, Any]]:
    """Add one document's counts to every scope in ``scopes``; return its errors."""
    scopes = list(scopes)
    pairs = match_events(doc.events, predicted)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    errors: list[dict[str, Any]] = []
    for scope in scopes:
        scope.documents += 1
        scope.tp += len(pairs)
        scope.fn += len(doc.events) - len(pairs)
        scope.fp += len(predicted) - len(pairs)
    for gi, pi in pairs:
        gold, event = doc.events[gi], predicted[pi]
        for result in compare(gold, event):
            for scope in scopes:
                scope.add_facet(result.facet, result.correct)
            if not result.correct:
                errors.append(
                    _error(
                        "mismatch",
                        doc,
                        type=gold.type,
                        facet=result.facet,
                        expected=result.expected,
                        got=result.got,
                        evidence=gold.evidence[0],
                    )
                )
    for gi, gold in enumerate(doc.events):
        if gi not in matched_g:
            errors.append(_error("missed", doc, type=gold.type, evidence=gold.evidence[0]))
    for pi, event in enumerate(predicted):
        if pi not in matched_p:
            errors.append(
                _error("spurious", doc, type=event.type, evidence=_predicted_evidence(event))
            )
    return errors


def default_extractor() -> Extractor:
    """``wirewatch.extract.extract_article``, imported only when needed."""
    try:
        from wirewatch.extract import extract_article
    except ImportError as err:  # the extractor is written separately; say so plainly
        raise RuntimeError(f"no default extractor: wirewatch.extract ({err})") from err
    return extract_article


def evaluate(gold_dir: Path, extractor: Extractor | None = None) -> EvaluationReport:
    """Run ``extractor`` on every gold article and score it (see the module docstring)."""
    extract = extractor or default_extractor()
    docs, problems = load_gold_checked(Path(gold_dir))
    scopes: dict[str, Scores] = {"overall": Scores()}
    errors: list[dict[str, Any]] = []
    for doc in docs:
        lang = doc.article.language or "unknown"
        scope = scopes.setdefault(lang, Scores())
        try:
            predicted = list(extract(doc.article))
        except Exception as err:  # one failing article must not hide the scores of the others
            LOGGER.exception("extractor failed on %s", doc.path)
            errors.append(_error("extractor_error", doc, message=f"{type(err).__name__}: {err}"))
            predicted = []
        errors += score_document(doc, predicted, (scopes["overall"], scope))
    ordered = {"overall": scopes.pop("overall"), **dict(sorted(scopes.items()))}
    return EvaluationReport(scopes=ordered, errors=errors, invalid=problems)


# ---------------------------------------------------------------------------
# Rendering


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:5.1f}"


def format_report(report: EvaluationReport, *, errors: bool = False) -> str:
    """A plain-text table: event P/R/F1 then facet accuracy, one column per scope."""
    names = list(report.scopes)
    width = max([22, *(len(f) + 2 for s in report.scopes.values() for f in s.facets)])
    head = "".ljust(width) + "".join(n.rjust(18) for n in names)
    lines = [head, "-" * len(head)]

    def row(label: str, cell: Callable[[Scores], str]) -> None:
        lines.append(label.ljust(width) + "".join(cell(report.scopes[n]).rjust(18) for n in names))

    row("documents", lambda s: str(s.documents))
    row("events tp/fp/fn", lambda s: f"{s.tp}/{s.fp}/{s.fn}")
    row("precision %", lambda s: _pct(s.precision))
    row("recall %", lambda s: _pct(s.recall))
    row("F1 %", lambda s: _pct(s.f1))
    lines.append("")
    lines.append("facet accuracy over matched pairs, % (correct/total)")
    facets = sorted({f for s in report.scopes.values() for f in s.facets}, key=_facet_order)
    for facet in facets:
        row(facet, lambda s, f=facet: _facet_cell(s, f))
    if report.invalid:
        lines += ["", f"invalid gold files ({len(report.invalid)}):"]
        lines += [f"  {p}" for p in report.invalid]
    if errors:
        lines += ["", f"errors ({len(report.errors)}):"]
        lines += [f"  {_format_error(e)}" for e in report.errors]
    return "\n".join(lines)


def _facet_cell(scores: Scores, facet: str) -> str:
    correct, total = scores.facets.get(facet, (0, 0))
    return f"{_pct(correct / total)} ({correct}/{total})" if total else "-"


def _format_error(error: dict[str, Any]) -> str:
    where = error["article"]
    if error["kind"] == "mismatch":
        return (
            f"{where} {error['type']} {error['facet']}: expected {error['expected']!r}, "
            f"got {error['got']!r} | {error['evidence'][:90]}"
        )
    if error["kind"] == "extractor_error":
        return f"{where} extractor error: {error['message']}"
    return f"{where} {error['kind']} {error['type']} | {error['evidence'][:90]}"


def run_evaluate(
    gold_dir: Path,
    *,
    output_format: str = "table",
    errors: bool = False,
    extractor: Extractor | None = None,
) -> str:
    """What ``wirewatch evaluate GOLD_DIR`` prints: the table, or the report as JSON."""
    report = evaluate(Path(gold_dir), extractor)
    if output_format == "json":
        data = report.to_dict()
        if not errors:
            data.pop("errors")
        return json.dumps(data, ensure_ascii=False, indent=2)
    if output_format != "table":
        raise ValueError(f"output_format must be 'table' or 'json', not {output_format!r}")
    return report.format_table(errors=errors)
