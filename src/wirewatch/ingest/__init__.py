"""Read news dispatches from files, directories and stdin into :class:`Article` records.

:func:`read_paths` is the entry point: it walks the paths it is given, picks a
reader per file by extension (and by sniffing the first bytes when the
extension says nothing), and yields an :class:`Article` per article read or a
:class:`Rejected` per input it could not use, never raising for bad input.

Readers, each usable on its own:

========================  ==============================  =====================
extension                 module                          reader
========================  ==============================  =====================
``.txt``, none            :mod:`~.dispatch`               ``text``
``.jsonl``, ``.ndjson``   :mod:`~.jsonl`                  ``jsonl``
``.json``                 :mod:`~.jsonl`                  ``json``
``.html``, ``.htm``       :mod:`~.html`                   ``html``
``.xml .rss .atom``       :mod:`~.feeds` (sniffed)        ``feed``
``.warc``, ``.warc.gz``   :mod:`~.warc`                   ``warc``
========================  ==============================  =====================
"""

from __future__ import annotations

import logging
import re
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from wirewatch.ingest.common import (
    DEFAULT_MAX_BYTES,
    SNIFF_BYTES,
    ReadResult,
    Results,
    check_bytes,
    is_binary,
)
from wirewatch.ingest.dispatch import parse_dispatch_bytes, read_dispatch
from wirewatch.ingest.feeds import parse_feed_bytes, read_feed
from wirewatch.ingest.html import parse_html_bytes, read_html
from wirewatch.ingest.jsonl import parse_json_bytes, parse_jsonl_bytes, read_json, read_jsonl
from wirewatch.ingest.warc import parse_warc_bytes, read_warc
from wirewatch.model import Article, Rejected

__all__ = [
    "read_paths",
    "read_bytes",
    "sniff",
    "read_dispatch",
    "read_jsonl",
    "read_json",
    "read_html",
    "read_feed",
    "read_warc",
]

LOGGER = logging.getLogger(__name__)

STDIN_SOURCE = "<stdin>"

Parser = Callable[..., Results]

# Format name -> reader of bytes. "html" returns one result, the others iterate.
PARSERS: dict[str, Parser] = {
    "text": parse_dispatch_bytes,
    "jsonl": parse_jsonl_bytes,
    "json": parse_json_bytes,
    "html": lambda data, **kw: iter([parse_html_bytes(data, **kw)]),
    "feed": parse_feed_bytes,
    "warc": parse_warc_bytes,
}

# Extension -> format ("xml": a feed or a page, sniffed). Other extensions are sniffed
# when a file is named explicitly; in a directory walk, only these and extension-less
# files are read.
EXTENSIONS: dict[str, str | None] = {
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".xml": "xml",
    ".rss": "xml",
    ".atom": "xml",
    ".warc": "warc",
    ".warc.gz": "warc",
}

_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)


def read_paths(
    paths: Sequence[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Rejected]:
    """Read every article under ``paths``: files, directories (recursive) or ``-`` for stdin.

    Directories are walked in sorted order; hidden files and folders, and files
    whose extension no reader handles (a README, a script), are skipped. Files
    named explicitly are always read, by extension or by sniffing. A missing
    path, an unreadable file or bad content yields a :class:`Rejected` and
    reading goes on.
    """
    if isinstance(paths, str):  # a lone path, not a sequence of characters
        paths = [paths]
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield from read_file(file, max_bytes=max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes=max_bytes)
        else:
            yield Rejected(str(path), "no such file or directory")


def read_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Read one file with the reader its extension (or its content) calls for."""
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        kind = extension_format(path)
        if kind == "warc":  # streamed; max_bytes applies per record
            yield from read_warc(path, max_bytes=max_bytes)
            return
        if size > max_bytes:
            yield Rejected(
                source, f"file too large: {size} bytes > max_bytes {max_bytes}", reader=kind or ""
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected(source, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(data, source=source, kind=kind, max_bytes=max_bytes)


def read_bytes(
    data: bytes, *, source: str, kind: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[ReadResult]:
    """Read ``data`` as format ``kind``: a :data:`PARSERS` key, ``"xml"`` or None.

    None (stdin, a file with no or an unknown extension) sniffs the content.
    ``"xml"`` (``.xml``/``.rss``/``.atom``) must sniff as a feed or an HTML page.
    """
    if kind is None:
        kind = sniff(data)
        if kind is None:
            yield Rejected(source, "XML that is neither an RSS/Atom feed nor an HTML page")
            return
    elif kind == "xml":
        kind = sniff(data)
        if kind not in ("feed", "html"):
            bad = check_bytes(data, source=source, reader="feed", max_bytes=max_bytes)
            yield bad or Rejected(
                source, "neither an RSS/Atom feed nor an HTML page", reader="feed"
            )
            return
    yield from PARSERS[kind](data, source=source, max_bytes=max_bytes)


def sniff(data: bytes) -> str | None:
    """Guess the format of ``data`` from its first bytes: a :data:`PARSERS` key, or None for
    XML that is no feed. Anything else (including binary, rejected later) is ``text``.
    """
    head = data[:SNIFF_BYTES]
    if head.startswith(b"\x1f\x8b"):
        return "warc" if _gunzip_head(head).startswith(b"WARC/") else "text"
    if head.startswith(b"WARC/"):
        return "warc"
    if is_binary(head):
        return "text"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"{", b"[")):
        first = stripped.split(b"\n", 1)[0].strip()
        # One object per line is JSONL; a pretty-printed document or a list is JSON.
        if stripped.startswith(b"{") and first.endswith(b"}"):
            return "jsonl"
        return "json"
    if stripped.startswith(b"<"):
        if _FEED.search(head):
            return "feed"
        if _HTML.search(head):
            return "html"
        return None if stripped.startswith(b"<?xml") else "html"
    return "text"


def extension_format(path: Path) -> str | None:
    """Format for ``path``'s extension (``.warc.gz`` included); None to sniff."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return EXTENSIONS.get(path.suffix.lower())


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in sorted order, without hidden ones or unknown extensions."""
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        name = path.name.lower()
        if name.endswith(".warc.gz") or path.suffix.lower() in EXTENSIONS or not path.suffix:
            yield path
        else:
            LOGGER.debug("skipping %s: no reader for its extension", path)


def _read_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[ReadResult]:
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        yield Rejected(STDIN_SOURCE, f"cannot read stdin: {exc}")
        return
    if len(data) > max_bytes:
        yield Rejected(STDIN_SOURCE, f"input too large: more than max_bytes {max_bytes}")
        return
    yield from read_bytes(data, source=STDIN_SOURCE, max_bytes=max_bytes)


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 64)
    except zlib.error:
        return b""
