"""RSS and Atom feeds with feedparser: each entry is an article (``path#N``, N from 1).

The entry's full content is preferred to its summary; HTML is stripped to
blank-line separated paragraphs. ``published_parsed`` (or ``updated_parsed``)
is already UTC in feedparser, and is stored as a UTC datetime. The feed's
title is the outlet. The id is ``stable_id`` of the entry link (its guid when
it has no link), so the same entry gets the same id in every run; the guid is
kept in ``meta``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
from lxml.etree import ParserError

from wirewatch.ingest.common import (
    DEFAULT_MAX_BYTES,
    Results,
    check_bytes,
    finish_article,
    read_file_with,
    utc_from_struct,
)
from wirewatch.ingest.ids import article_id
from wirewatch.model import Article, Rejected

LOGGER = logging.getLogger(__name__)

READER = "feed"

# Block elements after which a paragraph ends when an entry's HTML is flattened.
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def read_feed(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Results:
    """Read an RSS or Atom file: one article (or :class:`Rejected`) per entry."""
    return read_file_with(path, parse_feed_bytes, reader=READER, max_bytes=max_bytes)


def parse_feed_bytes(data: bytes, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Results:
    """Parse a feed document held in memory."""
    bad = check_bytes(data, source=source, reader=READER, max_bytes=max_bytes)
    if bad is not None:
        yield bad
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = "feed has no entries"
        if parsed.bozo:
            reason = f"not a readable feed: {parsed.get('bozo_exception')}"
        yield Rejected(source, reason, reader=READER)
        return
    if parsed.bozo:  # feedparser recovers from many errors; keep what it read, but say so
        LOGGER.warning("%s: feed is not well formed (%s)", source, parsed.get("bozo_exception"))
    outlet = parsed.feed.get("title")
    for index, entry in enumerate(parsed.entries, start=1):
        yield entry_article(entry, source=f"{source}#{index}", outlet=outlet)


def entry_article(entry: Any, *, source: str, outlet: str | None = None) -> Article | Rejected:
    """One feed entry as an article (entry content, else summary, HTML stripped)."""
    text = html_to_text(_entry_html(entry))
    if not text:
        return Rejected(source, "feed entry has no content or summary", reader=READER)
    url = entry.get("link") or None
    guid = entry.get("id") or None
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    meta: dict[str, Any] = {}
    if guid:
        meta["guid"] = guid
    if entry.get("author"):
        meta["author"] = entry.get("author")
    return finish_article(
        text,
        source=source,
        reader=READER,
        url=url,
        given_id=article_id(url=url or guid, text=text),
        outlet=outlet,
        language=_language(entry),
        published=utc_from_struct(stamp) if stamp else None,
        published_precision="datetime" if stamp else None,
        title=html_to_text(entry.get("title") or "") or None,
        meta=meta,
    )


def _entry_html(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content") or [] if c.get("value")]
    if contents:
        return max(contents, key=len)
    return entry.get("summary") or entry.get("description") or ""


def _language(entry: Any) -> str | None:
    # Atom's xml:lang on the content; RSS has only a channel-level <language>.
    for detail in (*(entry.get("content") or []), entry.get("summary_detail") or {}):
        lang = (detail.get("language") or "").split("-")[0].lower()
        if len(lang) == 2:
            return lang
    return None


def html_to_text(markup: str) -> str:
    """Strip HTML from a fragment, one paragraph per block element."""
    if not markup.strip():
        return ""
    if "<" not in markup:
        return markup.strip()
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ValueError, ParserError):
        return markup.strip()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    lines = (" ".join(part.split()) for part in root.text_content().split("\n\n"))
    return "\n\n".join(line for line in lines if line)
