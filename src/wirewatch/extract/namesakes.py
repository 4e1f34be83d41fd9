"""Namesake towns abroad: a village whose name a small town of another state also bears.

Geoparsers go most visibly wrong on these (GDELT's famous errors): "Moura" in a story about
Malian troops is a village in Mali that cities500 lacks, not the Portuguese town of that name.
A minor town (see ``resolve.places.is_minor_place``) in a state the article never names, while
the sentence that places the act names another state, and far from every state the article
names, is read as a namesake and dropped: no place is better than a place in the wrong country.
A village near the states of the story ("Russian troops shelled Hatne") keeps its reading.
"""

from __future__ import annotations

import logging
import math

from spacy.tokens import Span

from wirewatch.model import Location

from . import resolvers
from .mention import ArticleContext
from .syntax import PLACE_ENTS

LOGGER = logging.getLogger(__name__)

DEMONYM_POS: frozenset[str] = frozenset({"ADJ", "PROPN", "NOUN"})
# Farther than this from the capital of every state the article names, a minor town is no
# neighbour of the story: Moura (Portugal) lies 2,900 km from Bamako, Hatne 700 km from Moscow.
NEIGHBOUR_KM = 1500.0
EARTH_RADIUS_KM = 6371.0


def namesake_abroad(loc: Location, sent: Span, ctx: ArticleContext) -> bool:
    """True when ``loc``, read in ``sent``, is a minor town of a state the article never names
    while ``sent`` names another state."""
    if loc.precision != "place" or loc.country is None or not resolvers.is_minor_place(loc):
        return False
    if loc.country in states_named(ctx.doc[:], ctx):
        return False
    sentence = states_named(sent, ctx)
    if sentence and loc.country not in sentence and _far_from(loc, states_named(ctx.doc[:], ctx)):
        LOGGER.debug("%r: a namesake in %s, the sentence names %s", loc.name, loc.country, sentence)
        return True
    return False


def states_named(span: Span, ctx: ArticleContext) -> frozenset[str]:
    """The states a span names: a country's name, a demonym, or a place that is not itself a
    minor town (a city, a region), whose state is then named too."""
    cache = ctx.doc.user_data.setdefault("wirewatch.states_named", {})
    key = (span.start, span.end)
    if key not in cache:
        cache[key] = frozenset(_named_by_places(span, ctx) | demonym_states(span, ctx))
    return cache[key]  # type: ignore[no-any-return]


def _named_by_places(span: Span, ctx: ArticleContext) -> set[str]:
    states: set[str] = set()
    for ent in span.ents:
        if ent.label_ not in PLACE_ENTS:
            continue
        if iso := resolvers.resolve_country(ent.text, ctx.lang):
            states.add(iso)
            continue
        loc = resolvers.locate(ent.text, lang=ctx.lang, context=None)  # memoised per phrase
        if (
            loc is not None
            and loc.country
            and not (loc.precision == "place" and resolvers.is_minor_place(loc))
        ):
            states.add(loc.country)
    return states


def demonym_states(span: Span, ctx: ArticleContext) -> set[str]:
    """The states a span's demonyms name ("Malian troops", "des frappes israéliennes")."""
    return {
        iso
        for tok in span
        if tok.pos_ in DEMONYM_POS
        and tok.text[:1].isalpha()
        and (iso := resolvers.demonym_country(tok.text, ctx.lang))
    }


def _far_from(loc: Location, states: frozenset[str]) -> bool:
    """Whether ``loc`` lies more than ``NEIGHBOUR_KM`` from the capital of each of ``states``
    (a state whose capital we cannot place counts as near: no guess either way)."""
    if loc.lat is None or loc.lon is None:
        return False
    for iso in states:
        capital = resolvers.capital_of(iso)
        if capital is None or capital.lat is None or capital.lon is None:
            return False
        if km_between(loc.lat, loc.lon, capital.lat, capital.lon) <= NEIGHBOUR_KM:
            return False
    return True


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine); ``places_dates._within`` uses it too."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
