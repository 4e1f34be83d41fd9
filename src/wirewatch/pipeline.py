"""The main job: articles in, events out, one article's failure never stopping a batch.

Cascade for each article:

1. language: the reader's, else lingua's guess (``nlp.langid.identify``);
2. a language we cannot extract (anything but French and English) is kept with
   ``extraction_status = "unsupported_language"`` and its reason, not dropped;
3. otherwise the article is parsed (in batches, with ``nlp.pipe``) and handed to
   ``extract.extract_article``; an exception there marks that one article
   ``failed`` with the error, and the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from wirewatch.model import Article, Event, Rejected

LOGGER = logging.getLogger(__name__)

ExtractionStatus = Literal["extracted", "unsupported_language", "failed"]

# Articles are parsed in groups of this many per language (spaCy's nlp.pipe).
BATCH_SIZE = 32


@dataclass
class Processed:
    """One article after extraction, with what happened to it."""

    article: Article
    events: list[Event] = field(default_factory=list)
    status: ExtractionStatus = "extracted"
    note: str | None = None


def process(items: Iterable[Article | Rejected]) -> Iterator[Processed | Rejected]:
    """Extract events from every article in ``items``; rejected inputs pass through unchanged."""
    batch: list[Article] = []
    for item in items:
        if isinstance(item, Rejected):
            yield item
            continue
        batch.append(item)
        if len(batch) >= BATCH_SIZE:
            yield from _process_batch(batch)
            batch = []
    if batch:
        yield from _process_batch(batch)


def _process_batch(articles: list[Article]) -> Iterator[Processed]:
    from wirewatch.nlp.langid import identify
    from wirewatch.nlp.pipeline import SUPPORTED_LANGUAGES

    identified = [identify(a) for a in articles]
    by_language: dict[str, list[int]] = {}
    results: list[Processed | None] = [None] * len(identified)
    for i, article in enumerate(identified):
        if article.language in SUPPORTED_LANGUAGES:
            by_language.setdefault(article.language, []).append(i)
        else:
            results[i] = _unsupported(article)
    for lang, indexes in by_language.items():
        for i, processed in zip(
            indexes, _extract_group([identified[i] for i in indexes], lang), strict=True
        ):
            results[i] = processed
    for processed in results:
        assert processed is not None
        yield processed


def _unsupported(article: Article) -> Processed:
    lang = article.language or "unknown"
    note = (
        f"language {lang!r} is not one we extract (fr, en); article stored without events"
        if article.language
        else "language could not be identified with confidence; article stored without events"
    )
    return Processed(article=article, status="unsupported_language", note=note)


def _extract_group(articles: list[Article], lang: str) -> list[Processed]:
    from wirewatch.extract import extract_article
    from wirewatch.extract.syntax import parse_many

    out: list[Processed] = []
    # the engine's own parse (sentence starts preset at line breaks), batched
    docs = parse_many((a.text for a in articles), lang, batch_size=BATCH_SIZE)
    for article in articles:
        try:
            doc = next(docs)
            events = extract_article(article, doc)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            LOGGER.exception("extraction failed for article %s", article.id)
            out.append(
                Processed(article=article, status="failed", note=f"{type(exc).__name__}: {exc}")
            )
            # nlp.pipe's generator may be broken after an error inside it: restart it past this article.
            rest = articles[len(out) :]
            docs = parse_many((a.text for a in rest), lang, batch_size=BATCH_SIZE)
            continue
        out.append(Processed(article=article, events=events))
    return out
