"""Thin adapters over ``wirewatch.resolve`` (numbers, dates, places, actors).

The resolvers are separate stages written to the signatures in the project's shared
interfaces. The engine calls them only through this module so that a resolver that is
missing (not installed yet) or that raises on one odd phrase leaves its field empty
instead of stopping the extraction of the whole article: the failure is logged.
"""

from __future__ import annotations

import copy
import importlib
import logging
from functools import cache, lru_cache
from types import ModuleType
from typing import Any

from wirewatch.model import Actor, EventDate, Location

LOGGER = logging.getLogger(__name__)


@cache
def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"wirewatch.resolve.{name}")
    except ImportError as exc:
        LOGGER.warning("resolver wirewatch.resolve.%s unavailable: %s", name, exc)
        return None


def _call(module: str, func: str, *args: Any, **kwargs: Any) -> Any:
    """Call ``wirewatch.resolve.<module>.<func>``; None when it is missing or fails."""
    mod = _module(module)
    fn = getattr(mod, func, None) if mod is not None else None
    if fn is None:
        return None
    try:
        return fn(*args, **kwargs)
    except Exception:  # a resolver bug must not lose the article's other events
        LOGGER.exception("resolver %s.%s failed on %r", module, func, args[:1])
        return None


def available(module: str) -> bool:
    return _module(module) is not None


# The rules ask the same question many times per article (a sentence's date expressions once per
# mention in it, the same place phrase for each of its events): answers of the pure resolvers are
# memoised on their (hashable) arguments, bounded so a long run does not grow without end. Every
# caller gets its own shallow copy, since records are mutable dataclasses of plain values.
_MEMO_SIZE = 8192


@lru_cache(maxsize=_MEMO_SIZE)
def _memo(
    module: str, func: str, args: tuple[Any, ...], kwargs: tuple[tuple[str, Any], ...]
) -> Any:
    return _call(module, func, *args, **dict(kwargs))


def _fresh(result: Any) -> Any:
    """A copy of a memoised answer: a list of records or a record (plain values inside)."""
    if isinstance(result, list):
        return [copy.copy(item) for item in result]
    return copy.copy(result)


# -- numbers -------------------------------------------------------------------------------


def find_numbers(text: str, lang: str) -> list[Any]:
    return _fresh(list(_memo("numbers", "find_numbers", (text, lang), ()) or []))


def parse_number(text: str, lang: str) -> Any | None:
    return _call("numbers", "parse_number", text, lang)


def ordinal_value(word: str, lang: str) -> int | None:
    return _call("numbers", "ordinal_value", word, lang)


# -- dates ---------------------------------------------------------------------------------


def find_date_expressions(text: str, lang: str) -> list[tuple[int, int, str]]:
    return _fresh(list(_memo("dates", "find_date_expressions", (text, lang), ()) or []))


def resolve_date(
    expression: str, *, published: str | None, precision: str | None, lang: str, tense: str
) -> EventDate | None:
    if not published:
        return None
    result = _memo(
        "dates",
        "resolve_date",
        (expression,),
        (
            ("published", published),
            ("published_precision", precision),
            ("lang", lang),
            ("tense", tense),
        ),
    )
    return _fresh(result) if isinstance(result, EventDate) else None


def default_date(published: str | None, precision: str | None) -> EventDate | None:
    if not published:
        return None
    result = _call("dates", "default_date", published, precision)
    return result if isinstance(result, EventDate) else None


# -- places --------------------------------------------------------------------------------


def place_context(countries: list[str], admin1_codes: list[str]) -> Any | None:
    mod = _module("places")
    cls = getattr(mod, "PlaceContext", None) if mod is not None else None
    if cls is None:
        return None
    return cls(countries=list(countries), admin1_codes=list(admin1_codes))


def locate(phrase: str, *, lang: str, context: Any | None) -> Location | None:
    key = _place_context_key(context)
    if key is None:  # a context this module did not build: no memo
        result = _call("places", "locate", phrase, lang=lang, context=context)
    else:
        result = _memo_locate(phrase, lang, key)
    return _fresh(result) if isinstance(result, Location) else None


def _place_context_key(context: Any | None) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A hashable copy of a ``PlaceContext`` (its two lists), or None for anything else."""
    if context is None:
        return ((), ())
    fields = getattr(context, "__dataclass_fields__", {})
    if set(fields) != {"countries", "admin1_codes"}:
        return None
    return tuple(context.countries), tuple(context.admin1_codes)


@lru_cache(maxsize=_MEMO_SIZE)
def _memo_locate(phrase: str, lang: str, key: tuple[tuple[str, ...], tuple[str, ...]]) -> Any:
    context = place_context(list(key[0]), list(key[1])) if key != ((), ()) else None
    return _call("places", "locate", phrase, lang=lang, context=context)


def resolve_country(name: str, lang: str) -> str | None:
    return _call("places", "resolve_country", name, lang)


def is_place_stopword(name: str, lang: str) -> bool:
    return bool(_call("places", "is_place_stopword", name, lang))


def is_unit_name(name: str, lang: str) -> bool:
    return bool(_call("places", "is_unit_name", name, lang))


def is_minor_place(loc: Location) -> bool:
    return bool(_call("places", "is_minor_place", loc))


def capital_country(name: str, lang: str) -> str | None:
    return _call("places", "capital_country", name, lang)


def country_location(iso3: str) -> Location | None:
    result = _call("places", "country_location", iso3)
    return result if isinstance(result, Location) else None


def capital_of(iso3: str) -> Location | None:
    result = _call("places", "capital_of", iso3)
    return result if isinstance(result, Location) else None


def seas_in(text: str, lang: str) -> list[tuple[int, int, Location]]:
    """(start, end, sea) for every sea, gulf or strait ``text`` names ("en mer Rouge")."""
    return list(_call("places", "seas_in", text, lang) or [])


# -- actors --------------------------------------------------------------------------------


def resolve_actor(surface: str, *, lang: str, context: Any | None = None) -> Actor:
    """Never None: an unknown actor keeps its surface as name (the resolver's contract)."""
    result = _call("actors", "resolve_actor", surface, lang=lang, context=context)
    if isinstance(result, Actor):
        return result
    return Actor(id=None, name=surface.strip(), kind="unknown", surface=surface)


def actor_context(
    day: str | None,
    countries: list[str],
    recent_persons: list[Actor],
    home_country: str | None = None,
) -> Any | None:
    """An ``actors.ActorContext`` (None when the resolver is missing): dated role aliases
    ("le chef de la diplomatie de l'UE") name whoever held the office on the article's day."""
    mod = _module("actors")
    cls = getattr(mod, "ActorContext", None) if mod is not None else None
    if cls is None:
        return None
    try:
        return cls(
            date=day,
            countries=list(countries),
            recent_persons=list(recent_persons),
            home_country=home_country,
        )
    except TypeError:  # an older ActorContext without home_country
        return cls(date=day, countries=list(countries), recent_persons=list(recent_persons))


def lookup_actor(surface: str, *, lang: str) -> Actor | None:
    result = _call("actors", "lookup", surface, lang=lang)
    return result if isinstance(result, Actor) else None


def actor_by_id(actor_id: str) -> Actor | None:
    result = _call("actors", "actor_by_id", actor_id)
    return result if isinstance(result, Actor) else None


def _actor_record(actor_id: str) -> Any | None:
    """The knowledge-base record of an actor id, or None (unknown id, resolver unavailable)."""
    return _call("actors", "actor_record", actor_id)


def actor_role(actor_id: str) -> str:
    """The knowledge-base role of an actor ("President of France (since 2017-05-14)"), or ""."""
    return str(getattr(_actor_record(actor_id), "role", "") or "")


def actor_parent(actor_id: str) -> str | None:
    """The body a known person belongs to or heads ("abdel-fattah-al-burhan" → "sdn-mil"), or None."""
    parent = getattr(_actor_record(actor_id), "parent", None)
    return parent if isinstance(parent, str) and parent else None


def demonym_country(word: str, lang: str, countries: tuple[str, ...] = ()) -> str | None:
    """ISO3 of a demonym; ``countries`` (the story's, its own first) settles a demonym two
    states share ("congolaise" in a Brazzaville story is COG)."""
    if countries:
        result = _call("actors", "demonym_country", word, lang, tuple(countries))
    else:
        result = _call("actors", "demonym_country", word, lang)
    return result if isinstance(result, str) else None


def country_actor(iso3: str) -> Actor:
    result = _call("actors", "country_actor", iso3)
    if isinstance(result, Actor):
        return result
    return Actor(id=iso3.lower(), name=iso3, country=iso3, kind="state")
