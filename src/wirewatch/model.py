"""Typed records passed between the stages of the pipeline.

Data flows one way: ``ingest`` makes :class:`Article` records (or :class:`Rejected`
ones for input it cannot use), ``extract`` turns an article into :class:`Event`
records, ``resolve`` fills their canonical ids, and ``store`` persists them.

Every record serialises to plain JSON with :meth:`to_dict` and back with
``from_dict``; the JSON shape of :class:`Event` is the public event record
documented in ``docs/event-record.md`` and must stay backward compatible.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

DatePrecision = Literal["day", "week", "month", "year"]
PublishedPrecision = Literal["datetime", "day", "month", "year"]
GeoPrecision = Literal["place", "admin2", "admin1", "country"]
Status = Literal["asserted", "claimed", "unconfirmed", "denied", "hypothetical", "negated"]

STATUSES: tuple[str, ...] = (
    "asserted",
    "claimed",
    "unconfirmed",
    "denied",
    "hypothetical",
    "negated",
)

# Quantity kinds an event may carry; only what the text states is filled in.
QUANTITY_KINDS: tuple[str, ...] = (
    "launched",
    "intercepted",
    "hit",
    "killed",
    "injured",
    "missing",
    "arrested",
    "abducted",
    "displaced",
    "released",
    "participants",
    "troops",
    "buildings",
    "amount",
)


def stable_id(*parts: object, length: int = 16) -> str:
    """Return a short hex digest of ``parts``; the same input always gives the same id."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


class _Record:
    """JSON round trip shared by the dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def _known(cls, data: dict[str, Any]) -> dict[str, Any]:
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return {k: v for k, v in data.items() if k in names}


@dataclass
class Article(_Record):
    """One news report, as read from a file, a feed, a page or an archive.

    ``published`` is an ISO string *at its precision*: ``"2024-11"`` (month),
    ``"2024-11-10"`` (day) or ``"2024-11-10T08:30:00+00:00"`` (datetime).
    ``source`` says where it was read (``path``, ``path:line`` or ``path#record``).
    """

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    agency: str | None = None
    language: str | None = None
    language_confidence: float | None = None
    published: str | None = None
    published_precision: PublishedPrecision | None = None
    title: str | None = None
    reader: str = "text"
    source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(**cls._known(data))


@dataclass
class Rejected(_Record):
    """Input that could not become an article; kept with its reason, never silently dropped."""

    source: str
    reason: str
    line: int | None = None
    reader: str = ""

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


@dataclass
class Evidence(_Record):
    """A span of the article text: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(**cls._known(data))


@dataclass
class Provenance(_Record):
    """Where one extracted value came from: the rule (or model) and the text span."""

    field: str
    rule: str
    text: str = ""
    start: int | None = None
    end: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Provenance:
        return cls(**cls._known(data))


@dataclass
class Actor(_Record):
    """Who acts, suffers or speaks.

    ``id`` is a knowledge-base id (``"vladimir-putin"``, ``"rus-mod"``, ``"ukr"``)
    or ``None`` for an actor we could not resolve: then ``name`` is the surface
    text, never a guess. ``kind``: state, government, military, ministry, person,
    igo, media, armed_group, group, civilians, unknown.
    """

    id: str | None
    name: str
    country: str | None = None
    kind: str = "unknown"
    surface: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Actor | None:
        return cls(**cls._known(data)) if data else None


@dataclass
class Location(_Record):
    """Where an event happened, resolved as far as the gazetteer allows.

    ``precision``: place (a town or village with coordinates), admin2, admin1
    (a region, or a village we could only place in its region), country.
    """

    name: str
    country: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: GeoPrecision = "place"
    surface: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Location | None:
        return cls(**cls._known(data)) if data else None


@dataclass
class EventDate(_Record):
    """When: an interval and how precisely it is known (ISO dates ``YYYY-MM-DD``)."""

    start: str
    end: str
    precision: DatePrecision = "day"
    surface: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> EventDate | None:
        return cls(**cls._known(data)) if data else None


@dataclass
class QuantityValue(_Record):
    """One stated figure with its qualifiers, e.g. "au moins 8" or "une quarantaine".

    ``value`` is the number an analyst would count with (the bound itself for
    "at least 8", the round figure for "about 40"); ``qualifier`` is one of
    exact, at_least, at_most, more_than, less_than, about, range. ``place`` is
    set for per-region breakdowns ("Kalouga (7)").
    """

    kind: str
    value: int
    qualifier: str = "exact"
    high: int | None = None
    unit: str | None = None
    place: str | None = None
    of_total: int | None = None
    text: str = ""
    start: int | None = None
    end: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuantityValue:
        return cls(**cls._known(data))


@dataclass
class Claim(_Record):
    """What one claimant says about one event: figures, hedging, and the words."""

    claimant: Actor | None
    status: Status
    quantities: dict[str, int] = field(default_factory=dict)
    quantity_details: list[QuantityValue] = field(default_factory=list)
    evidence: Evidence | None = None
    cue: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(
            claimant=Actor.from_dict(data.get("claimant")),
            status=data.get("status", "asserted"),
            quantities=dict(data.get("quantities") or {}),
            quantity_details=[
                QuantityValue.from_dict(q) for q in data.get("quantity_details") or []
            ],
            evidence=Evidence.from_dict(data["evidence"]) if data.get("evidence") else None,
            cue=data.get("cue"),
        )


@dataclass
class Event(_Record):
    """One event reported in one article: the public event record.

    The top-level ``claimant``, ``status`` and ``quantities`` are those of the
    first claim (the one whose evidence comes first in the text); ``claims``
    keeps every claimant's version side by side. Figures of different claims
    are never added together.
    """

    id: str
    article_id: str
    type: str
    acled: dict[str, str] | None
    plover: dict[str, Any] | None
    date: EventDate | None
    initiator: Actor | None
    target: Actor | None
    location: Location | None
    quantities: dict[str, int]
    claimant: Actor | None
    status: Status
    evidence: Evidence
    confidence: float
    language: str | None = None
    instrument: str | None = None
    claims: list[Claim] = field(default_factory=list)
    mentions: list[Evidence] = field(default_factory=list)
    provenance: list[Provenance] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            id=data["id"],
            article_id=data["article_id"],
            type=data["type"],
            acled=data.get("acled"),
            plover=data.get("plover"),
            date=EventDate.from_dict(data.get("date")),
            initiator=Actor.from_dict(data.get("initiator")),
            target=Actor.from_dict(data.get("target")),
            location=Location.from_dict(data.get("location")),
            quantities=dict(data.get("quantities") or {}),
            claimant=Actor.from_dict(data.get("claimant")),
            status=data.get("status", "asserted"),
            evidence=Evidence.from_dict(data["evidence"]),
            confidence=float(data.get("confidence", 0.0)),
            language=data.get("language"),
            instrument=data.get("instrument"),
            claims=[Claim.from_dict(c) for c in data.get("claims") or []],
            mentions=[Evidence.from_dict(m) for m in data.get("mentions") or []],
            provenance=[Provenance.from_dict(p) for p in data.get("provenance") or []],
        )
