"""Extraction speed and memory, against bare spaCy on the same texts.

    .venv/bin/python bench/speed.py [PATH ...]   (default: devset/ texts + examples/)

Prints words/s for (a) spaCy's nlp.pipe alone and (b) the whole wirewatch pipeline
(parse + extract + resolve), per language, on one core (torch-free; OMP threads 1),
plus the time to read the inputs and the peak resident memory.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]


def load_articles(paths: list[str]):
    from wirewatch.ingest import read_paths
    from wirewatch.model import Article
    from wirewatch.nlp.langid import identify

    articles = []
    for path in paths:
        p = Path(path)
        if p.is_dir() and any(p.glob("*/*.json")):  # a gold dir: take the articles out of it
            for gold in sorted(p.glob("*/*.json")):
                articles.append(
                    Article.from_dict(json.loads(gold.read_text(encoding="utf-8"))["article"])
                )
            continue
        articles.extend(a for a in read_paths([path]) if isinstance(a, Article))
    return [identify(a) for a in articles]


def main(argv: list[str]) -> None:
    from wirewatch.extract import extract_article
    from wirewatch.extract.syntax import parse_many
    from wirewatch.nlp.pipeline import SUPPORTED_LANGUAGES, get_nlp

    paths = argv or [str(REPO / "devset"), str(REPO / "examples")]
    t0 = time.perf_counter()
    articles = load_articles(paths)
    read_s = time.perf_counter() - t0
    print(
        f"read {len(articles)} articles in {read_s:.2f} s ({len(articles) / read_s:.0f} articles/s incl. language id)"
    )
    for lang in SUPPORTED_LANGUAGES:
        group = [a for a in articles if a.language == lang]
        if not group:
            continue
        nlp = get_nlp(lang)
        words = sum(len(a.text.split()) for a in group)
        list(nlp.pipe([group[0].text]))  # warm up
        t0 = time.perf_counter()
        docs = list(parse_many([a.text for a in group], lang))  # the engine's own preset parse
        parse_s = time.perf_counter() - t0
        extract_article(group[0], docs[0])  # warm the resolvers' indexes
        t0 = time.perf_counter()
        events = sum(len(extract_article(a, d)) for a, d in zip(group, docs, strict=True))
        extract_s = time.perf_counter() - t0
        total = parse_s + extract_s
        print(
            f"{lang}: {len(group)} articles, {words} words, {events} events | "
            f"spaCy nlp.pipe {words / parse_s:,.0f} words/s | "
            f"extraction after parse {words / extract_s:,.0f} words/s | "
            f"whole pipeline {words / total:,.0f} words/s ({100 * parse_s / total:.0f}% in spaCy)"
        )
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak_mib:,.0f} MiB")


if __name__ == "__main__":
    main(sys.argv[1:])
