"""Helpers shared by the readers: byte checks, decoding, dates, text tidying, agency signatures.

Every reader ends with :func:`finish_article`, so that the text an article stores
(the one every downstream offset refers to) is tidied, and stripped of its agency
signature, the same way whatever the input format.
"""

from __future__ import annotations

import calendar
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from wirewatch.ingest.ids import article_id
from wirewatch.model import Article, PublishedPrecision, Rejected

LOGGER = logging.getLogger(__name__)

ReadResult = Article | Rejected
Results = Iterator[ReadResult]

DEFAULT_MAX_BYTES = 5_000_000
# Bytes looked at when deciding whether input is binary or what format it is.
SNIFF_BYTES = 8192


# ---------------------------------------------------------------------------
# Bytes and decoding


def read_file_with(
    path: str | Path, parse: Callable[..., Results], *, reader: str, max_bytes: int, **options: Any
) -> Results:
    """Read ``path`` and hand its bytes to ``parse``; a file that cannot be read is set aside."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        yield Rejected(source, f"cannot read: {exc.strerror or exc}", reader=reader)
        return
    yield from parse(data, source=source, max_bytes=max_bytes, **options)


def check_bytes(data: bytes, *, source: str, reader: str, max_bytes: int) -> Rejected | None:
    """Return a :class:`Rejected` when ``data`` is empty, too large or binary, else None."""
    if len(data) > max_bytes:
        return Rejected(
            source, f"file too large: {len(data)} bytes > max_bytes {max_bytes}", reader=reader
        )
    if not data.strip():
        return Rejected(source, "empty input", reader=reader)
    if is_binary(data):
        return Rejected(source, "binary data, not text", reader=reader)
    return None


def is_binary(data: bytes) -> bool:
    """Guess whether ``data`` is binary: NUL bytes (outside a UTF-16 text) or many control bytes."""
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text has NUL bytes by design
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(2, len(head) // 100)


def decode_text(data: bytes) -> str:
    """Decode text input: UTF-8 (with or without BOM), or UTF-16 when it has a BOM.

    Raises ``UnicodeDecodeError`` otherwise: we do not guess legacy encodings,
    because a wrong guess silently corrupts names and quotes.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def decode_or_reject(data: bytes, *, source: str, reader: str) -> str | Rejected:
    """Decode ``data`` with :func:`decode_text`, or say why it cannot be."""
    try:
        return decode_text(data)
    except UnicodeDecodeError as exc:
        return Rejected(
            source,
            f"undecodable: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            reader=reader,
        )


# ---------------------------------------------------------------------------
# Dates

_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_published(value: str) -> tuple[str, PublishedPrecision]:
    """Return ``(iso_string, precision)`` for an ISO year, month, date or datetime.

    Raises ``ValueError`` for anything else. A datetime keeps its offset; a naive
    one stays naive (we do not invent a time zone).
    """
    value = value.strip()
    if _YEAR.match(value):
        return value, "year"
    if _MONTH.match(value):
        month = int(value[5:7])
        if not 1 <= month <= 12:
            raise ValueError(f"invalid month in {value!r}")
        return value, "month"
    if _DAY.match(value):
        return date.fromisoformat(value).isoformat(), "day"
    return datetime.fromisoformat(value).isoformat(), "datetime"


def utc_from_struct(value: time.struct_time) -> str:
    """ISO datetime in UTC from a UTC ``struct_time`` (feedparser's ``*_parsed``)."""
    return datetime.fromtimestamp(calendar.timegm(value), tz=UTC).isoformat()


# ---------------------------------------------------------------------------
# Text

_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")


def tidy_text(text: str) -> str:
    """Normalise line ends, drop trailing spaces, keep at most one blank line, strip the ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _TRAILING_SPACE.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def lines_to_paragraphs(text: str) -> str:
    """One paragraph per line (trafilatura's output) -> paragraphs separated by a blank line."""
    lines = [line.strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


# ---------------------------------------------------------------------------
# Agencies: signatures at the end, datelines at the start


@dataclass(frozen=True)
class Agency:
    """A news agency as named in signatures and datelines."""

    alias: str
    name: str
    actor_id: str


@cache
def agencies() -> dict[str, Agency]:
    """Alias (lower case) -> agency, from ``agencies.tsv``."""
    table: dict[str, Agency] = {}
    text = resources.files(__package__).joinpath("agencies.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        alias, name, actor_id = line.split("\t")
        table[alias.lower()] = Agency(alias, name, actor_id)
    return table


@cache
def _agency_pattern() -> str:
    # Longest alias first so that "Agence France-Presse" wins over shorter prefixes.
    aliases = sorted(agencies().values(), key=lambda a: -len(a.alias))
    return "(?:" + "|".join(re.escape(a.alias) for a in aliases) + r")(?![\w-])"


@cache
def _signature_re() -> re.Pattern[str]:
    ag = _agency_pattern()
    initials = r"(?-i:[a-z]{1,4})"  # editors' initials, as in "ats/afp/jdo"
    chain = rf"{ag}(?:\s*/\s*(?:{ag}|{initials}))*"
    forms = [
        rf"/\s*{chain}",  # /ATS, /AFP/jdo
        rf"{ag}\s*/\s*{chain}",  # afp/ats, ats/afp
        rf"\(\s*{chain}\s*\)",  # (AFP), (Reuters)
        rf"(?:sources?\s*:?|avec\s*:|with\s*:)\s*{ag}(?:\s*(?:,|/|et|and)\s*{ag})*",  # Source: AFP
        rf"[—–-]{{1,2}}\s*{chain}",  # — Reuters
        rf"(?:©|\(c\)|copyright)\s*{chain}",  # © AFP
    ]
    sig = "|".join(forms)
    # A bare agency name only counts on a line of its own.
    return re.compile(
        rf"(?:(?:^|(?<=\s))(?P<sig>{sig})|^(?P<bare>{ag}))[ \t.]*\Z", re.IGNORECASE | re.MULTILINE
    )


@cache
def _dateline_re() -> re.Pattern[str]:
    ag = _agency_pattern()
    return re.compile(
        rf"\A(?P<place>[^\W\d_][\w'’.-]*(?:[ ][\w'’.-]+){{0,3}})"
        rf"(?:\s*,\s*(?P<date>[^()\n]{{1,30}}?))?"
        rf"\s*\((?P<agency>{ag}(?:\s*/\s*{ag})*)\)\s*[-—–]+\s*",
        re.IGNORECASE,
    )


def agencies_in(text: str) -> list[Agency]:
    """Agencies named in ``text``, in order, without repeats."""
    found: list[Agency] = []
    for match in re.finditer(_agency_pattern(), text, re.IGNORECASE):
        agency = agencies()[match.group(0).lower()]
        if agency not in found:
            found.append(agency)
    return found


def split_signature(text: str) -> tuple[str, list[Agency], str | None]:
    """Remove a trailing agency signature: ``(text_without_it, agencies, signature)``."""
    match = _signature_re().search(text)
    if match is None:
        return text, [], None
    signature = (match.group("sig") or match.group("bare")).strip()
    return text[: match.start()].rstrip(), agencies_in(signature), signature


def find_dateline(text: str) -> tuple[list[Agency], str | None, str | None]:
    """A leading dateline such as "KIEV (AFP) -": ``(agencies, place, dateline)``.

    The dateline stays in the text (it is part of what the outlet wrote); only
    its agency is taken.
    """
    match = _dateline_re().match(text)
    if match is None:
        return [], None, None
    return agencies_in(match.group("agency")), match.group("place"), match.group(0).strip()


# ---------------------------------------------------------------------------
# Building the article


def finish_article(
    text: str,
    *,
    source: str,
    reader: str,
    url: str | None = None,
    given_id: str | None = None,
    outlet: str | None = None,
    agency: str | None = None,
    language: str | None = None,
    published: str | None = None,
    published_precision: PublishedPrecision | None = None,
    title: str | None = None,
    meta: dict[str, Any] | None = None,
    line: int | None = None,
) -> ReadResult:
    """Tidy ``text``, take its agency signature and dateline, and build the :class:`Article`.

    Returns a :class:`Rejected` if no text is left.
    """
    meta = dict(meta or {})
    body, signed, signature = split_signature(tidy_text(text))
    dated, place, dateline = find_dateline(body)
    if not body:
        return Rejected(source, "no text", line=line, reader=reader)
    found = [*dated, *(a for a in signed if a not in dated)]
    if signature:
        meta["signature"] = signature
    if dateline:
        meta["dateline"] = dateline
        meta["dateline_place"] = place
    if found:
        meta["agencies"] = [a.actor_id for a in found]
        agency = agency or "/".join(a.name for a in found)
    return Article(
        id=article_id(given=given_id, url=url, text=body),
        text=body,
        url=url or None,
        outlet=outlet or None,
        agency=agency or None,
        language=language or None,
        published=published,
        published_precision=published_precision,
        title=title.strip() if title and title.strip() else None,
        reader=reader,
        source=source,
        meta=meta,
    )
