"""JSON Lines (``.jsonl``/``.ndjson``) and JSON (``.json``: one object or a list of objects).

Each record needs ``text`` (a non-empty string); ``id``, ``url``, ``source``
(the outlet; ``outlet`` is accepted too), ``published`` (ISO date -> day
precision, ISO datetime -> datetime), ``language``, ``title`` and ``agency`` are
optional. Other keys are kept in ``meta``. A given ``id`` is the article id.

A bad line (malformed JSON, no text, a field of the wrong type) becomes a
:class:`Rejected` with its line number, and the rest of the file is read.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from wirewatch.ingest.common import (
    DEFAULT_MAX_BYTES,
    ReadResult,
    Results,
    check_bytes,
    decode_or_reject,
    finish_article,
    parse_published,
    read_file_with,
)
from wirewatch.model import PublishedPrecision, Rejected

LOGGER = logging.getLogger(__name__)

READER = "jsonl"
JSON_READER = "json"

# Optional string fields; "source" is the outlet's name.
STRING_FIELDS = ("id", "url", "source", "outlet", "published", "language", "title", "agency")


class RecordError(ValueError):
    """A JSON record that cannot be an article; the message is the reason."""


def read_jsonl(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Results:
    """Read a JSON Lines file: one article (or one :class:`Rejected`) per non-blank line."""
    return read_file_with(path, parse_jsonl_bytes, reader=READER, max_bytes=max_bytes)


def parse_jsonl_bytes(data: bytes, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Results:
    """Check and decode ``data``, then read it line by line."""
    text = _checked_text(data, source=source, reader=READER, max_bytes=max_bytes)
    if isinstance(text, Rejected):
        yield text
        return
    yield from parse_jsonl(text.splitlines(), source=source)


def parse_jsonl(lines: Iterable[str], *, source: str = "") -> Results:
    """Read JSON Lines from ``lines``; blank lines are skipped, line numbers start at 1."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(
                source,
                f"malformed JSON: {exc.msg} (column {exc.colno})",
                line=number,
                reader=READER,
            )
            continue
        yield _record_or_reject(record, source=where, file=source, line=number, reader=READER)


def read_json(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Results:
    """Read a ``.json`` file holding one article object or a list of them."""
    return read_file_with(path, parse_json_bytes, reader=JSON_READER, max_bytes=max_bytes)


def parse_json_bytes(data: bytes, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Results:
    """Read a JSON document: an object is one article, a list is one per item (``path#N``)."""
    text = _checked_text(data, source=source, reader=JSON_READER, max_bytes=max_bytes)
    if isinstance(text, Rejected):
        yield text
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and exc.lineno > 1:
            # One object per line in a .json file: JSON Lines under another name.
            yield from parse_jsonl(text.splitlines(), source=source)
            return
        yield Rejected(source, f"malformed JSON: {exc.msg}", line=exc.lineno, reader=JSON_READER)
        return
    if isinstance(document, dict):
        yield _record_or_reject(document, source=source, file=source, line=None, reader=JSON_READER)
    elif isinstance(document, list):
        for index, item in enumerate(document, start=1):
            yield _record_or_reject(
                item,
                source=f"{source}#{index}",
                file=f"{source}#{index}",
                line=None,
                reader=JSON_READER,
            )
    else:
        yield Rejected(
            source,
            f"JSON {type(document).__name__} is neither an object nor a list",
            reader=JSON_READER,
        )


def _checked_text(data: bytes, *, source: str, reader: str, max_bytes: int) -> str | Rejected:
    bad = check_bytes(data, source=source, reader=reader, max_bytes=max_bytes)
    if bad is not None:
        return bad
    return decode_or_reject(data, source=source, reader=reader)


def _record_or_reject(
    record: Any, *, source: str, file: str, line: int | None, reader: str
) -> ReadResult:
    try:
        return article_from_record(record, source=source, reader=reader, line=line)
    except RecordError as exc:
        return Rejected(file, str(exc), line=line, reader=reader)


def article_from_record(
    record: Any, *, source: str, reader: str = READER, line: int | None = None
) -> ReadResult:
    """Build an article from one decoded JSON record; raises :class:`RecordError` if unusable."""
    if not isinstance(record, dict):
        raise RecordError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise RecordError("no 'text' field")
    if not isinstance(text, str):
        raise RecordError(f"'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise RecordError("'text' is empty")
    fields = _string_fields(record)
    published, precision = _published(fields.get("published"))
    meta = {k: v for k, v in record.items() if k != "text" and k not in STRING_FIELDS}
    return finish_article(
        text,
        source=source,
        reader=reader,
        url=fields.get("url"),
        given_id=fields.get("id"),
        outlet=fields.get("source") or fields.get("outlet"),
        agency=fields.get("agency"),
        language=(fields.get("language") or "").lower() or None,
        published=published,
        published_precision=precision,
        title=fields.get("title"),
        meta=meta,
        line=line,
    )


def _string_fields(record: dict[str, Any]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for key in STRING_FIELDS:
        value = record.get(key)
        if value is None:
            continue
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # numeric ids are common in exports
        if not isinstance(value, str):
            raise RecordError(f"'{key}' must be a string, got {type(value).__name__}")
        fields[key] = value.strip()
    return fields


def _published(value: str | None) -> tuple[str | None, PublishedPrecision | None]:
    if not value:
        return None, None
    try:
        return parse_published(value)
    except ValueError as exc:
        raise RecordError(f"'published' is not an ISO date or datetime: {value!r}") from exc
