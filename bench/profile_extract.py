"""Where the extraction rules spend their time, spaCy's parse left out.

    .venv/bin/python bench/profile_extract.py [--top N] [--sort cumulative|tottime] [--out FILE] [PATH ...]
    (default: devset/ texts + examples/, top 40 by cumulative time)

Parses every article first (the engine's own preset parse), warms the resolvers on one article,
then runs `extract_article` over all of them under cProfile, so the figures are the rules' own.
Prints the top functions with their share of the profiled time; `--out` keeps the raw stats for
`python -m pstats` or snakeviz.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from speed import load_articles  # noqa: E402  (after the path is set)


def parse_all(articles: list) -> list[tuple]:
    """(article, doc) pairs, parsed by language with the engine's own parse."""
    from wirewatch.extract.syntax import parse_many

    pairs: list[tuple] = []
    for lang in sorted({a.language for a in articles if a.language}):
        group = [a for a in articles if a.language == lang]
        pairs.extend(zip(group, parse_many([a.text for a in group], lang), strict=True))
    return pairs


def profile(pairs: list[tuple]) -> tuple[pstats.Stats, float]:
    """Profile `extract_article` over every pair; returns the stats and the wall time."""
    from wirewatch.extract import extract_article

    for lang in {a.language for a, _ in pairs}:  # warm each language's lexicons and indexes
        article, doc = next((a, d) for a, d in pairs if a.language == lang)
        extract_article(article, doc)
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    for article, doc in pairs:
        extract_article(article, doc)
    profiler.disable()
    return pstats.Stats(profiler), time.perf_counter() - t0


def report(stats: pstats.Stats, top: int, sort: str) -> str:
    """The top functions with cumulative and own time as a share of the whole."""
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    key = 3 if sort == "cumulative" else 2
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][key], reverse=True)  # type: ignore[attr-defined]
    out = io.StringIO()
    out.write(f"{'cum %':>6} {'own %':>6} {'calls':>9}  function\n")
    for (path, line, name), (_cc, ncalls, tottime, cumtime, _callers) in rows[:top]:
        where = path.split("/src/")[-1] if "/src/" in path else Path(path).name
        out.write(
            f"{100 * cumtime / total:6.1f} {100 * tottime / total:6.1f} {ncalls:9d}  {where}:{line}({name})\n"
        )
    return out.getvalue()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", choices=["cumulative", "tottime"], default="cumulative")
    parser.add_argument("--out", help="write the raw pstats here")
    args = parser.parse_args(argv)
    paths = args.paths or [str(REPO / "devset"), str(REPO / "examples")]
    pairs = parse_all(load_articles(paths))
    stats, wall = profile(pairs)
    if args.out:
        stats.dump_stats(args.out)
    words = sum(len(a.text.split()) for a, _ in pairs)
    print(f"{len(pairs)} articles, {words} words, extraction {wall:.2f} s under cProfile")
    print(report(stats, args.top, args.sort))


if __name__ == "__main__":
    main(sys.argv[1:])
