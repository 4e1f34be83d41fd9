"""News pages (``.html``/``.htm``): main text and metadata with trafilatura.

trafilatura keeps the article body and drops navigation, cookie banners,
"Lire aussi" boxes and footers; it also finds the title, the date (htmldate),
the site name and the canonical url. When the page states a full publication
time (``article:published_time`` and friends) we keep it at datetime
precision; htmldate alone gives a day. A page with no main text is rejected.
"""

from __future__ import annotations

import logging
from pathlib import Path

import lxml.html
import trafilatura
from lxml.etree import ParserError

from wirewatch.ingest.common import (
    DEFAULT_MAX_BYTES,
    Results,
    check_bytes,
    finish_article,
    lines_to_paragraphs,
    parse_published,
)
from wirewatch.model import Article, PublishedPrecision, Rejected

LOGGER = logging.getLogger(__name__)

READER = "html"

# <meta> names that carry a full publication timestamp, most specific first.
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
)

# A headline may follow at most this many short paragraphs (kicker, section name).
MAX_KICKERS = 2
MAX_KICKER_WORDS = 6
# Fewer words than this is not an article: an error page, a consent wall, a stub.
MIN_WORDS = 12


def read_html(
    path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, url: str | None = None
) -> Results:
    """Read one HTML page; yields one :class:`Article` or one :class:`Rejected`."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        yield Rejected(source, f"cannot read: {exc.strerror or exc}", reader=READER)
        return
    yield parse_html_bytes(data, source=source, url=url, max_bytes=max_bytes)


def parse_html_bytes(
    data: bytes, *, source: str, url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article | Rejected:
    """Extract the article from the bytes of an HTML page (its declared charset is honoured)."""
    bad = check_bytes(data, source=source, reader=READER, max_bytes=max_bytes)
    if bad is not None:
        return bad
    try:
        document = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
        )
    except (ValueError, TypeError, ParserError) as exc:  # lxml refuses some inputs outright
        return Rejected(source, f"unparseable HTML: {exc}", reader=READER)
    words = len((document.text or "").split()) if document is not None else 0
    if document is None or words < MIN_WORDS:
        # trafilatura falls back to any leftover text (a cookie notice) on an empty page.
        return Rejected(source, f"HTML page with no main text ({words} words)", reader=READER)
    stamps, page_lang = _page_facts(data)
    published, precision = _published(stamps, document.date)
    # <html lang> is often a template default, so it is only a hint: lingua decides.
    meta = {
        k: v
        for k, v in (
            ("author", document.author),
            ("hostname", document.hostname),
            ("description", document.description),
            ("html_lang", page_lang),
        )
        if v
    }
    return finish_article(
        drop_leading_title(lines_to_paragraphs(document.text), document.title),
        source=source,
        reader=READER,
        url=document.url or url,
        outlet=document.sitename,
        published=published,
        published_precision=precision,
        title=document.title,
        meta=meta,
    )


def drop_leading_title(text: str, title: str | None) -> str:
    """Remove the headline trafilatura keeps at the top of the body, with any kicker above it.

    The title is stored in ``title``; left in the text it would be read twice
    downstream. Only short paragraphs (a kicker like "Amérique latine") before
    the headline are dropped with it, so body text is never lost.
    """
    if not title:
        return text
    paragraphs = text.split("\n\n")
    wanted = " ".join(title.split()).casefold()
    for index, paragraph in enumerate(paragraphs[: MAX_KICKERS + 1]):
        if " ".join(paragraph.split()).casefold() == wanted:
            return "\n\n".join(paragraphs[index + 1 :])
        if len(paragraph.split()) > MAX_KICKER_WORDS:
            break
    return text


def _published(stamps: list[str], day: str | None) -> tuple[str | None, PublishedPrecision | None]:
    """The page's own timestamp if it has one, else htmldate's day."""
    for value in stamps:
        try:
            return parse_published(value)
        except ValueError:
            continue
    if day:
        try:
            return parse_published(day)
        except ValueError:
            LOGGER.debug("unreadable trafilatura date %r", day)
    return None, None


def _page_facts(data: bytes) -> tuple[list[str], str | None]:
    """Publication timestamps from ``<meta>`` (:data:`PUBLISHED_META` order), ``<html lang>``."""
    try:
        root = lxml.html.document_fromstring(data)
    except (ValueError, ParserError):
        return [], None
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        content = (meta.get("content") or "").strip()
        if key and content:
            found.setdefault(key.lower(), content)
    stamps = [found[n.lower()] for n in PUBLISHED_META if n.lower() in found]
    lang = (root.get("lang") or "").split("-")[0].strip().lower()
    return stamps, (lang if len(lang) == 2 and lang.isalpha() else None)
