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
import zlib
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

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


def parse_warc_stream(stream: BinaryIO, *, source: str,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> Results:
    """Read a WARC archive from a binary stream (gzip or not: warcio tells)."""
    index = 0
    seen_html = False
    try:
        for index, record in enumerate(ArchiveIterator(stream), start=1):
            if record.rec_type != "response" or not _is_html(record):
                continue
            seen_html = True
            where = f"{source}#{index}"
            payload = record.content_stream().read(max_bytes + 1)
            url = record.rec_headers.get_header("WARC-Target-URI")
            yield _with_reader(parse_html_bytes(payload, source=where, url=url,
                                                max_bytes=max_bytes))
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
        yield Rejected(source, f"truncated or corrupt WARC after {index} record(s): {exc}",
                       reader=READER)
        return
    if index == 0:
        yield Rejected(source, "empty WARC: no records", reader=READER)
    elif not seen_html:
        yield Rejected(source, f"WARC has no HTML response among its {index} record(s)",
                       reader=READER)


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


