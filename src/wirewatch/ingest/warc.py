"""WARC archives (``.warc``, ``.warc.gz``) with warcio.

Every ``response`` record whose HTTP payload is HTML goes to the HTML reader,
with the record's ``WARC-Target-URI`` as the url; the source is ``path#N``
where N counts the archive's records from 1. Other records (requests,
metadata, images) are skipped. ``max_bytes`` applies to each payload, not to
the archive, since one archive holds many pages. A truncated or corrupt
archive yields a :class:`Rejected` for the point where reading stopped, after
the records read before it.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from wirewatch.ingest.common import DEFAULT_MAX_BYTES, Results
from wirewatch.ingest.html import parse_html_bytes
from wirewatch.model import Article, Rejected

LOGGER = logging.getLogger(__name__)

READER = "warc"

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Results:
    """Read the HTML responses of a WARC file."""
    source = str(path)
    try:
        stream = Path(path).open("rb")
    except OSError as exc:
        yield Rejected(source, f"cannot read: {exc.strerror or exc}", reader=READER)
        return
    with stream:
        yield from parse_warc_stream(stream, source=source, max_bytes=max_bytes)


def parse_warc_bytes(data: bytes, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Results:
    """Read a WARC archive held in memory (stdin)."""
    yield from parse_warc_stream(io.BytesIO(data), source=source, max_bytes=max_bytes)


def parse_warc_stream(
    stream: BinaryIO, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Results:
    """Read a WARC archive from a binary stream (gzip or not: warcio tells)."""
    index = 0
    seen_html = False
    end = 0  # where the last complete record ends, in the (compressed) stream
    try:
        archive = ArchiveIterator(stream)
        for index, record in enumerate(archive, start=1):
            where = f"{source}#{index}"
            wanted = record.rec_type == "response" and _is_html(record)
            payload = record.content_stream().read(max_bytes + 1) if wanted else b""
            if len(payload) <= max_bytes and _drain(record):
                yield Rejected(where, f"truncated WARC: record {index} ends early", reader=READER)
                return
            archive.read_to_end(record)
            end = archive.get_record_offset() + archive.get_record_length()
            if wanted:
                seen_html = True
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield _with_reader(
                    parse_html_bytes(payload, source=where, url=url, max_bytes=max_bytes)
                )
    except Exception as exc:  # noqa: BLE001
        # warcio fails on cut or corrupt input in many ways (ArchiveLoadFailed, zlib.error,
        # EOFError, even AttributeError on half-read headers): all mean the same to us.
        yield Rejected(
            source, f"truncated or corrupt WARC after {index} record(s): {exc}", reader=READER
        )
        return
    if _leftover(stream, end):
        # warcio ends quietly when a record's header block is cut short.
        yield Rejected(
            source, f"truncated WARC: unreadable bytes after record {index}", reader=READER
        )
    elif index == 0:
        yield Rejected(source, "empty WARC: no records", reader=READER)
    elif not seen_html:
        yield Rejected(
            source, f"WARC has no HTML response among its {index} record(s)", reader=READER
        )


def _leftover(stream: BinaryIO, end: int) -> bool:
    """True when more than blank lines follow the last complete record (seekable streams)."""
    try:
        if not stream.seekable():
            return False
        stream.seek(end)
        return bool(stream.read().strip())
    except (OSError, ValueError):
        return False


def _drain(record: object) -> bool:
    """Read what is left of ``record``; True when the archive ended before the record did."""
    stream = record.content_stream()  # type: ignore[attr-defined]
    while stream.read(65536):
        pass
    # warcio's LimitReader counts down the bytes the WARC header promised; a record
    # without one had its headers (and so its mandatory Content-Length) cut off.
    declared = record.rec_headers.get_header("Content-Length") or ""  # type: ignore[attr-defined]
    remaining = getattr(record.raw_stream, "limit", None)  # type: ignore[attr-defined]
    return not declared.strip().isdigit() or remaining is None or remaining > 0


def _is_html(record: object) -> bool:
    headers = getattr(record, "http_headers", None)
    if headers is None:
        return False
    content_type = (headers.get_header("Content-Type") or "").lower()
    return content_type.split(";")[0].strip() in HTML_TYPES


def _with_reader(result: Article | Rejected) -> Article | Rejected:
    """Mark results as coming from the WARC reader (the HTML reader did the work)."""
    result.reader = READER
    return result
