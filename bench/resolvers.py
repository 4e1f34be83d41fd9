"""Speed of the resolvers once loaded: numbers, dates, places, actors.

    .venv/bin/python bench/resolvers.py

Prints, for each resolver, the time to load its tables and the cost of one call on phrases
taken from typical dispatches. These were timed tests once; timings belong here, where a
loaded machine cannot fail the test suite.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def per_call_ms(call: Callable[[], object], repeat: int) -> float:
    call()  # warm: load tables and caches
    best = float("inf")
    for _ in range(3):  # best of three: a collector pause is not our speed
        began = time.perf_counter()
        for _ in range(repeat):
            call()
        best = min(best, (time.perf_counter() - began) * 1000 / repeat)
    return best


def bench_numbers() -> None:
    from wirewatch.resolve.numbers import find_numbers

    text = "Au moins 8 civils et une quarantaine de soldats, selon Kiev, le 20 janvier 2024. " * 200
    ms = per_call_ms(lambda: find_numbers(text, "fr"), 5)
    print(
        f"numbers  find_numbers on {len(text.split()):,} words: {ms:.1f} ms "
        f"({len(text.split()) / ms * 1000:,.0f} words/s)"
    )


def bench_dates() -> None:
    from wirewatch.resolve.dates import resolve_date

    published = "2024-11-10"
    expressions = [
        "le 20 janvier",
        "dans la nuit de samedi à dimanche",
        "mardi dernier",
        "en février 2022",
        "il y a trois jours",
        "10 novembre 2024",
    ]

    def run() -> None:
        for expression in expressions:
            resolve_date(expression, published=published, published_precision="day", lang="fr")

    print(f"dates    resolve_date: {per_call_ms(run, 20) / len(expressions):.3f} ms per expression")


def bench_places() -> None:
    from wirewatch.resolve.places import PlaceContext, locate

    began = time.perf_counter()
    locate("Moscou", lang="fr")
    print(f"places   first call (opens or builds the index): {time.perf_counter() - began:.2f} s")
    context = PlaceContext(countries=["UKR"], admin1_codes=[])
    phrases = ["la région de Moscou", "au-dessus de Ramenskoïe", "près de Pokrovsk", "Zzyzxqvw"]

    def run() -> None:
        for phrase in phrases:
            locate(phrase, lang="fr", context=context)

    print(f"places   locate: {per_call_ms(run, 50) / len(phrases):.3f} ms per phrase")


def bench_actors() -> None:
    from wirewatch.resolve import actors

    began = time.perf_counter()
    actors.actor_by_id("rus")
    print(f"actors   knowledge base load: {time.perf_counter() - began:.2f} s")
    ms = per_call_ms(lambda: actors.lookup("le ministère russe de la Défense", lang="fr"), 1000)
    print(f"actors   lookup: {ms:.3f} ms per call")


if __name__ == "__main__":
    for bench in (bench_numbers, bench_dates, bench_places, bench_actors):
        bench()
