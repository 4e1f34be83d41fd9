"""Plain-text dispatches, like the wire copy in ``shared/seed``.

A dispatch is UTF-8 text with, optionally:

1. a ``date YYYY-MM`` or ``date YYYY-MM-DD`` marker at the very start, alone on
   its line or followed on the same line by the first paragraph
   (``date 2024-11 Des attaques…``);
2. or a small header block ended by a blank line::

       date 2024-11-10
       source Le Temps https://www.letemps.ch/...
       title Frappes de drones sur Moscou
       language fr

3. an agency signature at the end (``/ATS``, ``(AFP)``, ``Source: AFP``,
   ``— Reuters``, ``afp/ats``…), removed from the text and kept as ``agency``;
4. a leading dateline ("KIEV (AFP) -") which also names the agency.

The stored text starts at the first paragraph: header and marker are not part of it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from wirewatch.ingest.common import (
    DEFAULT_MAX_BYTES,
    Results,
    check_bytes,
    decode_or_reject,
    finish_article,
    parse_published,
    read_file_with,
)
from wirewatch.model import Article, PublishedPrecision, Rejected

LOGGER = logging.getLogger(__name__)

READER = "text"

HEADER_KEYS = ("date", "source", "title", "language", "url", "id", "outlet", "agency")
# "key value" or "key: value" at the start of a line; keys are lower case, as in the seed.
_HEADER_LINE = re.compile(rf"^[ \t]*(?P<key>{'|'.join(HEADER_KEYS)})[ \t]*:?[ \t]+(?P<value>\S.*)$")
_DATE_VALUE = re.compile(
    r"^(?P<date>\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?"
    r"(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)(?:[ \t]+(?P<rest>\S.*))?$"
)
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_URL = re.compile(r"^https?://\S+$")


@dataclass
class Header:
    """What a dispatch header said; ``body_start`` is where the text begins."""

    fields: dict[str, str] = field(default_factory=dict)
    first_line: str | None = None  # text that followed the date marker on its line
    body_start: int = 0


def read_dispatch(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Results:
    """Read one dispatch file; yields one :class:`Article` or one :class:`Rejected`."""
    return read_file_with(path, parse_dispatch_bytes, reader=READER, max_bytes=max_bytes)


def parse_dispatch_bytes(
    data: bytes, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Results:
    """Check and decode ``data``, then :func:`parse_dispatch` it."""
    bad = check_bytes(data, source=source, reader=READER, max_bytes=max_bytes)
    if bad is not None:
        yield bad
        return
    text = decode_or_reject(data, source=source, reader=READER)
    if isinstance(text, Rejected):
        yield text
        return
    yield parse_dispatch(text, source=source)


def parse_dispatch(text: str, *, source: str = "") -> Article | Rejected:
    """Turn the text of one dispatch into an :class:`Article` (or a :class:`Rejected` if empty)."""
    text = text.lstrip("\ufeff")
    header = parse_header(text)
    body = text[header.body_start :]
    if header.first_line:
        body = header.first_line + body
    meta: dict[str, object] = {}
    published, precision = _published(header.fields.get("date"), source, meta)
    outlet, url = _outlet_and_url(header.fields)
    language = header.fields.get("language", "").lower() or None
    if language and not _LANGUAGE.match(language):
        meta["header_language"] = language
        language = None
    if header.fields:
        meta["header"] = dict(header.fields)
    return finish_article(
        body,
        source=source,
        reader=READER,
        url=url,
        given_id=header.fields.get("id"),
        outlet=outlet,
        agency=header.fields.get("agency"),
        language=language,
        published=published,
        published_precision=precision,
        title=header.fields.get("title"),
        meta=meta,
    )


def parse_header(text: str) -> Header:
    """Find the date marker or header block at the start of ``text``.

    A block of ``key value`` lines counts as a header when a blank line ends it;
    a block made only of a ``date`` line also counts when the text follows
    directly. Anything else is body text (a first paragraph that happens to
    start with "Source" stays text).
    """
    header = Header()
    pos = len(text) - len(text.lstrip())  # the seed starts with a space
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        line = text[pos:end].rstrip("\r")
        if not line.strip():
            if header.fields:
                header.body_start = end + 1
            return header
        match = _HEADER_LINE.match(line)
        if match is None or match["key"] in header.fields:
            break
        key, value = match["key"], match["value"].strip()
        if key == "date":
            date_match = _DATE_VALUE.match(value)
            if date_match is None:
                break
            header.fields["date"] = date_match["date"]
            if date_match["rest"]:  # marker on the same line as the first paragraph
                header.first_line = date_match["rest"]
                header.body_start = end
                return header
        else:
            header.fields[key] = value
        pos = end + 1
    # No blank line ended the block: only a date marker on its own line counts.
    if set(header.fields) == {"date"}:
        header.body_start = pos
        return header
    return Header()


def _published(
    value: str | None, source: str, meta: dict[str, object]
) -> tuple[str | None, PublishedPrecision | None]:
    if not value:
        return None, None
    try:
        return parse_published(value)
    except ValueError:
        LOGGER.warning("%s: ignoring unreadable date %r", source, value)
        meta["header_date"] = value
        return None, None


def _outlet_and_url(fields: dict[str, str]) -> tuple[str | None, str | None]:
    """``source OUTLET URL`` -> (outlet, url); a separate ``url``/``outlet`` line wins."""
    outlet, url = None, None
    words = fields.get("source", "").split()
    if words and _URL.match(words[-1]):
        url = words.pop()
    if words:
        outlet = " ".join(words)
    return fields.get("outlet", outlet), fields.get("url", url)
