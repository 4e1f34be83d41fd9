"""Find the date expressions of a dispatch and resolve them against its publication date.

``find_date_expressions`` is a regex scan (patterns per language in
``data/dates/patterns.tsv``, words in ``data/dates/lexicon.json``): it is fast
and finds only what we can resolve; dateparser's ``search_dates`` is slow and
reads any "mai" or "un" as a date.

``resolve_date`` turns one expression into an :class:`~wirewatch.model.EventDate`:

1. The expression is scanned with the same patterns; the longest match names
   a resolver (weekday, night, relative day, absolute date, month, year...).
2. Resolvers count from the publication date and choose the year or the week
   by the tense of the governing verb (dateparser is not tense-aware: "le 20
   janvier" in "fera son retour le 20 janvier" is the coming 20 January).
3. Absolute dates ("10 novembre 2024", "Nov. 10", "10/11/2024") are read by
   ``dateparser`` (RELATIVE_BASE = publication, DATE_ORDER = DMY); an expression
   no pattern knows is handed to dateparser as a last resort.

Conventions (see docs/dates-and-numbers.md): an overnight event is dated by
the morning it ends and keeps the interval (start = first evening, end =
morning, precision day); a weekday or any day-relative expression under a
month-only publication date gives that month with precision month; "depuis le
6 août" dates the onset. Offsets from another event ("quatre jours après") do
not resolve alone: ``parse_offset`` gives the days to add to this event's date
to date the other event, and ``shift_date`` applies them. Nor do anaphors ("dans la
foulée", "hours later": ``is_anaphor``); parts of a day that do not say which day
("dans la soirée", "in the evening": ``story_day_part``) resolve to publication and
the engine anchors them on the story's day. A part of a month ("fin août",
"mid-March") is a third of it at precision week; a weekday written with the day
("le mardi 7 mars") settles the year; in the present tense a day and month is the
nearest occurrence.
"""

from __future__ import annotations

import calendar
import csv
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from dateparser.date import DateDataParser

from wirewatch.model import EventDate
from wirewatch.resolve.numbers import count_from_determiner

LOGGER = logging.getLogger(__name__)

__all__ = [
    "ACLED_TIME_PRECISION",
    "acled_time_precision",
    "default_date",
    "find_date_expressions",
    "is_anaphor",
    "parse_offset",
    "resolve_date",
    "shift_date",
    "story_day_part",
]

# ACLED's time_precision: 1 = the day is known, 2 = the week or a few days, 3 = month or worse.
ACLED_TIME_PRECISION: dict[str, int] = {"day": 1, "week": 2, "month": 3, "year": 3}

_DATA = "data/dates"
_FUTURE_TENSES = frozenset({"future", "conditional", "futur", "conditionnel"})
_PRESENT_TENSES = frozenset({"present", "présent"})
# A written day and month in the present tense ("appelle à manifester le 7 mars", "the summit
# opens on Jan. 3") is the occurrence nearest the publication date, up to half a year away.
_NEAREST_DAYS = 183
# Thirds of a month ("début mars", "mid-March", "fin août"): first and last day, precision week.
_MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_DIRECTION = {
    "après": -1,
    "plus tard": -1,
    "after": -1,
    "later": -1,
    "avant": 1,
    "plus tôt": 1,
    "auparavant": 1,
    "before": 1,
    "earlier": 1,
}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


@dataclass(frozen=True)
class _Pattern:
    type: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    type: str
    match: re.Match[str]


@dataclass(frozen=True)
class _Published:
    """The publication date at its precision: ``day`` is its first day when not ``day``."""

    day: date
    precision: str  # day | month | year


@dataclass(frozen=True)
class _Context:
    pub: _Published | None
    lang: str
    future: bool
    lex: dict[str, Any]
    present: bool = False


# --- data ------------------------------------------------------------------------


def _read_text(name: str) -> str:
    return resources.files("wirewatch.resolve").joinpath(f"{_DATA}/{name}").read_text("utf-8")


def _read_tsv(name: str) -> list[list[str]]:
    lines = [ln for ln in _read_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _lang(lang: str) -> str:
    code = (lang or "en").lower()[:2]
    return code if code in ("fr", "en") else "en"


# The lexicon's tables looked up by surface.
_KEYED_TABLES = (
    "months",
    "weekdays",
    "relative_days",
    "nights",
    "units",
    "modifiers",
    "parts",
    "week_ordinals",
    "holidays",
    "holiday_nights",
)


@lru_cache(maxsize=4)
def _lexicon(lang: str) -> dict[str, Any]:
    lex: dict[str, Any] = json.loads(_read_text("lexicon.json"))[lang]
    # Lookups are by lower-cased surface with straight apostrophes and single spaces.
    for table in _KEYED_TABLES:
        lex[table] = {_norm(k): v for k, v in lex[table].items()}
    lex["story_day_parts"] = frozenset(_norm(w) for w in lex["story_day_parts"])
    lex["offsets"] = {_norm(p): int(d) for lg, p, d in _read_tsv("offsets.tsv") if lg == lang}
    return lex


def _norm(surface: str) -> str:
    return re.sub(r"\s+", " ", surface.strip().lower().replace("’", "'"))


def _alternation(words: list[str]) -> str:
    unique = sorted({_norm(w) for w in words}, key=len, reverse=True)
    # Spaces stay plain: _patterns() turns every space into \s+ after filling the placeholders.
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in unique)


@lru_cache(maxsize=4)
def _patterns(lang: str) -> tuple[_Pattern, ...]:
    lex = _lexicon(lang)
    months = _alternation(list(lex["months"]))
    if lang == "en":
        # English months are capitalised; lower-case "may" and "march" are verbs.
        months = "|".join(f"(?-i:{_capitalise(m)})" for m in months.split("|"))
    fills = {
        "{WEEKDAY}": f"(?:{_weekdays(lex)})",
        "{MONTH}": f"(?:{months})",
        "{DAY}": r"(?:[12]\d|3[01]|0?[1-9])(?!\d)",
        "{YEAR}": r"(?:1[89]\d\d|20\d\d)(?!\d)",
        "{NUM}": rf"(?:\d{{1,3}}|(?:{_alternation(lex['number_words'])})(?:[ -](?:et[ -]|and[ -])?"
        rf"(?:{_alternation(lex['number_words'])})){{0,3}})",
        "{UNIT}": f"(?:{_alternation(list(lex['units']))})",
        "{RELDAY}": f"(?:{_alternation(list(lex['relative_days']))})",
        "{NIGHT}": f"(?:{_alternation(list(lex['nights']))})",
        "{ORDINAL}": f"(?:{_alternation(list(lex['ordinals']))})",
        "{HOLIDAY}": f"(?:{_alternation(list(lex['holidays']))})",
        "{HOLIDAY_NIGHT}": f"(?:{_alternation(list(lex['holiday_nights']))})",
    }
    compiled = []
    for row_lang, kind, regex in _read_tsv("patterns.tsv"):
        if row_lang != lang:
            continue
        body = regex
        for key, value in fills.items():
            body = body.replace(key, value)
        # A space in the data stands for any white space; an apostrophe for either kind.
        body = body.replace(" ", r"\s+").replace("'", "['’]")
        compiled.append(_Pattern(kind, re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)))
    return tuple(compiled)


def _weekdays(lex: dict[str, Any]) -> str:
    """The weekday alternation; an abbreviation ("Tues.") only capitalised: "wed." is a verb."""
    words = _alternation(list(lex["weekdays"])).split("|")
    return "|".join(f"(?-i:{_capitalise(w)})" if w.endswith(r"\.") else w for w in words)


def _capitalise(escaped: str) -> str:
    return escaped[:1].upper() + escaped[1:]


# --- finding ---------------------------------------------------------------------


def _scan(text: str, lang: str) -> list[_Hit]:
    """All pattern matches, keeping the earliest and then longest of overlapping ones."""
    hits = [
        _Hit(m.start(), m.end(), p.type, m)
        for p in _patterns(_lang(lang))
        for m in p.regex.finditer(text)
    ]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_Hit] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def find_date_expressions(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Return ``(start, end, surface)`` for each date expression in ``text``, in order.

    Offsets from another event ("quatre jours après", "the next day") are
    reported too: pass their surface to :func:`parse_offset`.
    """
    return [(h.start, h.end, text[h.start : h.end]) for h in _scan(text, lang)]


# A byline or dateline line: "Published 12 November 2024, 08:10 GMT", "Mardi 12 novembre 2024",
# "Odessa (Ukraine), 12 nov. 2024 (AFP) -": short, or ending in an agency and a dash.
_BYLINE_MAX_CHARS = 120
_BYLINE_HEAD_CHARS = 600
_DATELINE_TAIL = re.compile(r"^[^\n]{0,40}?(?:\([^)\n]{1,30}\)\s*)?[-—–]\s")
_BYLINE_TYPES = frozenset({"date", "numeric_date"})


def byline_date(text: str, lang: str) -> EventDate | None:
    """The publication day a byline or dateline states when the article carries none.

    Only a full date with its year in a short line of the first lines ("Lundi 17 juin 2024",
    "Published January 31, 2025 8:12 AM") or in a dateline ("Paris, 12 nov. 2024 (AFP) -"):
    a year-less dateline ("KYIV, Nov 12 (Reuters) -") cannot say which year, and a date in the
    body is an event's.
    """
    head = text[:_BYLINE_HEAD_CHARS]
    for hit in _scan(head, lang):
        if hit.type not in _BYLINE_TYPES:
            continue
        groups = hit.match.groupdict()
        if (hit.type == "date" and not groups.get("year")) or groups.get("since"):
            continue
        line_start = head.rfind("\n", 0, hit.start) + 1
        line_end = head.find("\n", hit.end)
        line = head[line_start : line_end if line_end >= 0 else len(head)]
        if len(line.strip()) > _BYLINE_MAX_CHARS and not _DATELINE_TAIL.match(head[hit.end :]):
            continue
        found = resolve_date(
            hit.match.group(0), published=None, published_precision=None, lang=lang
        )
        if found is not None and found.precision == "day":
            return found
    return None


def parse_offset(surface: str, lang: str) -> int | None:
    """Days to add to the date of the event a sentence is about to date the OTHER event it names.

    "Le raid a eu lieu quatre jours après un bombardement" → -4: the
    bombardment was four days before the raid, so ``shift_date(raid_date, -4)``
    dates the bombardment. "la veille" → +1,
    "le lendemain"/"the next day" → -1. Weeks count 7 days, months 30, years
    365. None when ``surface`` holds no offset.
    """
    lex = _lexicon(_lang(lang))
    for hit in _scan(surface, lang):
        if hit.type != "offset":
            continue
        groups = hit.match.groupdict()
        if groups.get("word"):
            return lex["offsets"].get(_norm(groups["word"]))
        count = _count(groups["num"], lang)
        unit = lex["units"].get(_norm(groups["unit"]))
        direction = _DIRECTION.get(_norm(groups["dir"]))
        if count is None or unit is None or direction is None:
            return None
        return direction * count * _UNIT_DAYS[unit]
    return None


def story_day_part(surface: str, lang: str) -> bool:
    """True when ``surface`` is a part of a day that does not say which day ("dans la soirée",
    "in the evening", "later that day"): it belongs to the day the story is about, which the
    caller knows (a day named earlier, a live-ticker heading); alone it resolves to publication."""
    return _norm(surface) in _lexicon(_lang(lang))["story_day_parts"]


def is_anaphor(surface: str, lang: str) -> bool:
    """True when ``surface`` dates an event by the one told just before it ("dans la foulée",
    "peu après", "hours later", "shortly afterwards"): ``resolve_date`` gives None, the caller
    takes the date last stated before it, at that date's precision."""
    return any(hit.type == "anaphor" for hit in _scan(surface, lang))


def acled_time_precision(when: EventDate | None) -> int:
    """ACLED ``time_precision`` for a date: day → 1, week → 2, month or year (or none) → 3."""
    return ACLED_TIME_PRECISION.get(when.precision, 3) if when else 3


def shift_date(base: EventDate, days: int) -> EventDate:
    """``base`` moved by ``days`` (negative: earlier), keeping its precision."""
    start = date.fromisoformat(base.start) + timedelta(days=days)
    end = date.fromisoformat(base.end) + timedelta(days=days)
    return EventDate(start.isoformat(), end.isoformat(), base.precision, None)


# --- publication date -----------------------------------------------------------------


def _published(published: str | None, precision: str | None) -> _Published | None:
    """Read an ISO publication date at its precision ("2024-11", "2024-11-10", datetime)."""
    if not published:
        return None
    text = published.strip()
    # The local calendar day as written; a timezone offset does not move it.
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not m:
        LOGGER.debug("unreadable publication date %r", published)
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    found = "day" if day else "month" if month else "year"
    if precision in ("month", "year") and found == "day":
        found = precision
    try:
        return _Published(date(year, int(month or 1), int(day or 1)), found)
    except ValueError:
        return None


def default_date(published: str | None, published_precision: str | None) -> EventDate | None:
    """The date of an event the text does not date: the publication day (or month, or year)."""
    pub = _published(published, published_precision)
    return _blur(pub) if pub else None


def _blur(pub: _Published) -> EventDate:
    """The publication date at its own precision."""
    if pub.precision == "day":
        return _day(pub.day)
    if pub.precision == "month":
        return _month(pub.day.year, pub.day.month)
    return _year(pub.day.year)


def _day(day: date, end: date | None = None) -> EventDate:
    return EventDate(day.isoformat(), (end or day).isoformat(), "day")


def _month(year: int, month: int) -> EventDate:
    last = calendar.monthrange(year, month)[1]
    return EventDate(date(year, month, 1).isoformat(), date(year, month, last).isoformat(), "month")


def _year(year: int) -> EventDate:
    return EventDate(f"{year:04d}-01-01", f"{year:04d}-12-31", "year")


def _week(start: date, end: date | None = None) -> EventDate:
    return EventDate(start.isoformat(), (end or start + timedelta(days=6)).isoformat(), "week")


# --- resolving -------------------------------------------------------------------------


def resolve_date(
    expression: str,
    *,
    published: str | None,
    published_precision: str | None,
    lang: str,
    tense: str = "past",
) -> EventDate | None:
    """Resolve one date expression against the publication date.

    Args:
        expression (str): the words as written ("dans la nuit de samedi à dimanche").
        published (str | None): ISO publication date at its precision.
        published_precision (str | None): datetime, day, month or year.
        lang (str): "fr" or "en".
        tense (str): tense of the governing verb: past, present, future or
            conditional; future and conditional look forward for a year or a
            weekday, the others look back, except that a day and month in the
            present tense is the occurrence nearest publication.
    RETURNS (EventDate | None): None for offsets from another event and for
        what cannot be resolved (a day without year and no publication date).
    """
    lang = _lang(lang)
    ctx = _Context(
        _published(published, published_precision),
        lang,
        tense.lower() in _FUTURE_TENSES,
        _lexicon(lang),
        tense.lower() in _PRESENT_TENSES,
    )
    hits = _scan(expression, lang)
    if hits:
        hit = max(hits, key=lambda h: h.end - h.start)
        resolved = _RESOLVERS[hit.type](hit.match.groupdict(), ctx)
        resolved = _until_publication(resolved, hit.match.groupdict(), ctx)
    else:
        resolved = _with_dateparser(expression, ctx)
    if resolved is not None:
        resolved.surface = expression.strip()
    return resolved


Groups = dict[str, Any]


def _needs_day(
    resolver: Callable[[Groups, _Context], EventDate | None],
) -> Callable[[Groups, _Context], EventDate | None]:
    """Resolvers counting days from publication: a month-only publication gives its month."""

    def wrapped(groups: Groups, ctx: _Context) -> EventDate | None:
        if ctx.pub is None:
            return None
        if ctx.pub.precision != "day":
            return _blur(ctx.pub)
        return resolver(groups, ctx)

    return wrapped


def _weekday(pub: date, weekday: int, mode: str) -> date:
    """The ``weekday`` nearest ``pub``: mode on_or_before, before, on_or_after or after."""
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if mode == "on_or_before":
        return pub - timedelta(days=back)
    if mode == "before":
        return pub - timedelta(days=back or 7)
    if mode == "on_or_after":
        return pub + timedelta(days=ahead)
    return pub + timedelta(days=ahead or 7)


def _mode(ctx: _Context, mod: str | None) -> str:
    meaning = ctx.lex["modifiers"].get(_norm(mod)) if mod else None
    if meaning == "last":
        return "before"
    if meaning == "next":
        return "after"
    return "on_or_after" if ctx.future else "on_or_before"


@_needs_day
def _resolve_weekday(g: Groups, ctx: _Context) -> EventDate | None:
    assert ctx.pub is not None
    wd = ctx.lex["weekdays"][_norm(g["wd"])]
    return _day(_weekday(ctx.pub.day, wd, _mode(ctx, g.get("mod"))))


@_needs_day
def _resolve_weekday_week(g: Groups, ctx: _Context) -> EventDate | None:
    """ "Thursday last week", "le jeudi de la semaine dernière": that day of the week before
    (or after) the publication week, Monday first."""
    assert ctx.pub is not None
    wd = ctx.lex["weekdays"][_norm(g["wd"])]
    step = -7 if ctx.lex["modifiers"].get(_norm(g["mod"])) == "last" else 7
    monday = ctx.pub.day - timedelta(days=ctx.pub.day.weekday())
    return _day(monday + timedelta(days=step + wd))


@_needs_day
def _resolve_night_span(g: Groups, ctx: _Context) -> EventDate | None:
    assert ctx.pub is not None
    first = ctx.lex["weekdays"][_norm(g["wd"])]
    morning = ctx.lex["weekdays"][_norm(g["wd2"])]
    end = _weekday(ctx.pub.day, morning, _mode(ctx, None))
    return _day(end - timedelta(days=((morning - first) % 7) or 1), end)


@_needs_day
def _resolve_night_of(g: Groups, ctx: _Context) -> EventDate | None:
    assert ctx.pub is not None
    wd = ctx.lex["weekdays"][_norm(g["wd"])]
    pub = ctx.pub.day
    if not ctx.future and wd == pub.weekday():
        # "la nuit de dimanche" in a report published on Sunday: the night ending that morning.
        return _day(pub - timedelta(days=1), pub)
    start = _weekday(pub, wd, _mode(ctx, None))
    return _day(start, start + timedelta(days=1))


@_needs_day
def _resolve_night_into(g: Groups, ctx: _Context) -> EventDate | None:
    """ "overnight into Tuesday": the night ending on Tuesday morning."""
    assert ctx.pub is not None
    morning = ctx.lex["weekdays"][_norm(g["wd2"])]
    end = _weekday(ctx.pub.day, morning, _mode(ctx, None))
    return _day(end - timedelta(days=1), end)


@_needs_day
def _resolve_night(g: Groups, ctx: _Context) -> EventDate | None:
    assert ctx.pub is not None
    when = ctx.lex["nights"][_norm(g["night"])]
    forward = when == "future" or (when == "either" and ctx.future)
    pub = ctx.pub.day
    if forward:
        return _day(pub, pub + timedelta(days=1))
    return _day(pub - timedelta(days=1), pub)


@_needs_day
def _resolve_relative_day(g: Groups, ctx: _Context) -> EventDate | None:
    assert ctx.pub is not None
    return _day(ctx.pub.day + timedelta(days=ctx.lex["relative_days"][_norm(g["rel"])]))


def _choose_year(month: int, day: int, ctx: _Context, since: bool) -> int | None:
    """Year of a day and month written without one, by tense: the last one, or the next."""
    if ctx.pub is None:
        return None
    pub = ctx.pub.day
    year = pub.year
    if ctx.pub.precision == "year":
        return year
    key = (month, day) if ctx.pub.precision == "day" else (month, 0)
    pub_key = (pub.month, pub.day) if ctx.pub.precision == "day" else (pub.month, 0)
    if ctx.present and not since and ctx.pub.precision == "day":
        return _nearest_year(month, day, pub)
    if ctx.future and not since:
        return year + 1 if key < pub_key else year
    return year - 1 if key > pub_key else year


def _nearest_year(month: int, day: int, pub: date) -> int:
    """The year putting ``month``/``day`` nearest ``pub`` (a December report on "le 3 janvier"
    in the present tense means the coming January)."""
    best = pub.year
    for year in (pub.year - 1, pub.year + 1):
        try:
            if abs((date(year, month, day) - pub).days) < _NEAREST_DAYS:
                best = year
        except ValueError:
            continue
    return best


def _weekday_year(month: int, day: int, weekday: int, ctx: _Context, year: int) -> int:
    """ "le mardi 7 mars", "Tuesday, March 7": the year within one of ``year`` whose day falls on
    that weekday (the weekday settles what the tense cannot)."""
    for candidate in (year, year + 1, year - 1):
        try:
            if date(candidate, month, day).weekday() == weekday:
                return candidate
        except ValueError:
            continue
    return year


def _resolve_date(g: Groups, ctx: _Context) -> EventDate | None:
    read = _month_and_day(ctx.lang, _date_core(g))
    if read is not None:
        month, day = read
    else:  # dateparser misses a few abbreviations; the groups still say it.
        month, day = ctx.lex["months"][_norm(g["month"])], int(g["day"])
    year = int(g["year"]) if g.get("year") else _choose_year(month, day, ctx, bool(g.get("since")))
    if year is None:
        return None
    if g.get("wd") and not g.get("year"):
        year = _weekday_year(month, day, ctx.lex["weekdays"][_norm(g["wd"])], ctx, year)
    try:
        return _day(date(year, month, day))
    except ValueError:
        return None


def _resolve_day_range(g: Groups, ctx: _Context) -> EventDate | None:
    """ "du 11 au 14 décembre", "les 11 et 12 mars", "Dec. 11-14", "from 28 November to 3
    December": the days in between, at day precision. The first day takes the second's month
    and year unless it names its own, and a first day after the last falls in the month before."""
    # "Dec. 11-14" names the month once, before the days; "Nov. 28 to Dec. 3" twice.
    month_last = g.get("month") or g.get("month2") or g.get("month1")
    last = _resolve_date({**g, "month": month_last}, ctx)
    if last is None:
        return None
    end = date.fromisoformat(last.end)
    month_word = g.get("month1") or ""
    month = ctx.lex["months"][_norm(month_word)] if month_word else end.month
    year = int(g["year1"]) if g.get("year1") else end.year
    day1 = int(g["day1"])
    if not month_word and day1 > end.day:
        month, year = (month - 1, year) if month > 1 else (12, year - 1)
    elif month_word and not g.get("year1") and month > end.month:
        year -= 1  # "du 28 décembre au 3 janvier"
    try:
        start = date(year, month, day1)
    except ValueError:
        return None
    if start > end or (end - start).days > 62:
        return None
    return _day(start, end)


def _date_core(g: Groups) -> str:
    """Day, month and year in a form dateparser reads without the surrounding words."""
    parts = [g["day"], g["month"]] + ([g["year"]] if g.get("year") else [])
    return " ".join(p.strip() for p in parts)


def _resolve_numeric_date(g: Groups, ctx: _Context) -> EventDate | None:
    found = _numeric_day(ctx.lang, g["numeric"])
    return _day(found) if found is not None else None


def _resolve_month_year(g: Groups, ctx: _Context) -> EventDate | None:
    return _month(int(g["year"]), ctx.lex["months"][_norm(g["month"])])


def _resolve_month(g: Groups, ctx: _Context) -> EventDate | None:
    if ctx.pub is None:
        return None
    month = ctx.lex["months"][_norm(g["month"])]
    pub = ctx.pub.day
    if ctx.pub.precision == "year":
        return _month(pub.year, month)
    meaning = ctx.lex["modifiers"].get(_norm(g["mod"])) if g.get("mod") else None
    year = pub.year
    if meaning == "last":
        year -= 1 if month >= pub.month else 0
    elif meaning == "next":
        year += 1 if month <= pub.month else 0
    elif ctx.future and not g.get("since"):
        year += 1 if month < pub.month else 0
    else:
        year -= 1 if month > pub.month else 0
    return _month(year, month)


def _resolve_month_part(g: Groups, ctx: _Context) -> EventDate | None:
    """ "fin août", "mi-novembre", "early March 2023", "au début du mois": a third of the month,
    precision week ("courant mars", "during March" is the whole month). The month's year as for
    "en août"."""
    if not g.get("month"):  # "au début du mois", "at the end of last month"
        whole = _resolve_month_rel(g, ctx)
    else:
        whole = _resolve_month_year(g, ctx) if g.get("year") else _resolve_month(g, ctx)
    third = ctx.lex["parts"].get(_norm(g["part"]))
    if whole is None or third not in _MONTH_THIRDS:
        return whole
    first, last = _MONTH_THIRDS[third]
    start = date.fromisoformat(whole.start)
    end = date.fromisoformat(whole.end)
    return _week(start.replace(day=first), min(end, start.replace(day=min(last, end.day))))


def _resolve_month_week(g: Groups, ctx: _Context) -> EventDate | None:
    """ "the last week of October", "la première semaine de novembre": days 1-7, 8-14, 15-21,
    22-28 or the month's last seven, precision week; the month's year as for "en octobre"."""
    whole = _resolve_month_year(g, ctx) if g.get("year") else _resolve_month(g, ctx)
    nth = ctx.lex["week_ordinals"].get(_norm(g["ord"]))
    if whole is None or nth is None:
        return whole
    first, last = date.fromisoformat(whole.start), date.fromisoformat(whole.end)
    if nth < 0:
        return _week(last - timedelta(days=6), last)
    start = first + timedelta(days=7 * (nth - 1))
    return _week(start, min(last, start + timedelta(days=6)))


def _resolve_holiday(g: Groups, ctx: _Context) -> EventDate | None:
    """ "on Christmas Eve", "à la Saint-Sylvestre", "le jour de l'An": a fixed day of the year,
    whose year is chosen as for a written day and month ("le 24 décembre")."""
    month, day = ctx.lex["holidays"][_norm(g["holiday"])]
    year = int(g["year"]) if g.get("year") else _choose_year(month, day, ctx, bool(g.get("since")))
    return _day(date(year, month, day)) if year is not None else None


def _resolve_holiday_night(g: Groups, ctx: _Context) -> EventDate | None:
    """ "dans la nuit de la Saint-Sylvestre", "la nuit de Noël": the night from the evening the
    lexicon gives to the next morning, dated by that morning like any night."""
    month, day = ctx.lex["holiday_nights"][_norm(g["holiday"])]
    year = int(g["year"]) if g.get("year") else _choose_year(month, day, ctx, False)
    if year is None:
        return None
    evening = date(year, month, day)
    return _day(evening, evening + timedelta(days=1))


def _resolve_night_date(g: Groups, ctx: _Context) -> EventDate | None:
    """ "dans la nuit du 10 novembre": the night that starts that evening, dated by the morning
    it ends (start = the day named, end = the next day), as for "la nuit de samedi"."""
    evening = _resolve_date(g, ctx)
    if evening is None:
        return None
    start = date.fromisoformat(evening.start)
    return _day(start, start + timedelta(days=1))


@_needs_day
def _resolve_day_of_month(g: Groups, ctx: _Context) -> EventDate | None:
    """ "le 20 courant", "the 9th of this month": that day of the publication month. A bare
    "on the 9th" is the month before when the day is still to come in a past report (the month
    after when it is already gone in a future one)."""
    assert ctx.pub is not None
    pub = ctx.pub.day
    day = int(g["day"])
    year, month = pub.year, pub.month
    if g.get("cur"):
        pass  # "courant", "de ce mois", "of this month" name the month
    elif ctx.future and not g.get("since"):
        if day < pub.day:
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    elif day > pub.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return _day(date(year, month, day))
    except ValueError:
        return None


# How far a weekday with a day number ("samedi 9") may lie from publication: two months hold
# every pairing of a weekday and a day of the month at least once.
_WEEKDAY_DAY_SPAN = 62


@_needs_day
def _resolve_weekday_day(g: Groups, ctx: _Context) -> EventDate | None:
    """ "samedi 9", "Saturday the 9th": the closest day numbered so that falls on that weekday,
    looking back (forward in the future tense); the weekday alone if none does nearby."""
    assert ctx.pub is not None
    wd = ctx.lex["weekdays"][_norm(g["wd"])]
    number = int(g["day"])
    step = 1 if ctx.future else -1
    for n in range(_WEEKDAY_DAY_SPAN):
        day = ctx.pub.day + timedelta(days=step * n)
        if day.day == number and day.weekday() == wd:
            return _day(day)
    return _resolve_weekday(g, ctx)


def _resolve_year(g: Groups, ctx: _Context) -> EventDate | None:
    return _year(int(g["year"]))


def _modifier(g: Groups, ctx: _Context) -> str:
    """last, next, past (the last N days) or this."""
    mod = g.get("mod")
    if mod and _norm(mod) == "past":
        return "past"
    return ctx.lex["modifiers"].get(_norm(mod), "this") if mod else "this"


@_needs_day
def _resolve_weekend(g: Groups, ctx: _Context) -> EventDate | None:
    assert ctx.pub is not None
    pub = ctx.pub.day
    meaning = _modifier(g, ctx)
    in_weekend = pub.weekday() >= 5
    if in_weekend:
        saturday = pub - timedelta(days=pub.weekday() - 5)
    elif ctx.future or meaning == "next":
        saturday = pub + timedelta(days=5 - pub.weekday())
    else:
        saturday = pub - timedelta(days=pub.weekday() + 2)
    if meaning in ("last", "past") and in_weekend:
        saturday -= timedelta(days=7)
    elif meaning == "next" and in_weekend:
        saturday += timedelta(days=7)
    return _week(saturday, saturday + timedelta(days=1))


@_needs_day
def _resolve_week(g: Groups, ctx: _Context) -> EventDate | None:
    assert ctx.pub is not None
    pub = ctx.pub.day
    meaning = _modifier(g, ctx)
    if meaning == "past":
        return _week(pub - timedelta(days=6), pub)
    monday = pub - timedelta(days=pub.weekday())
    shift = {"last": -7, "next": 7}.get(meaning, 0)
    return _week(monday + timedelta(days=shift))


@_needs_day
def _resolve_week_part(g: Groups, ctx: _Context) -> EventDate | None:
    """ "en début de semaine", "earlier this week": Monday up to publication; "plus tard cette
    semaine", "later this week": publication to Sunday; "en fin de semaine (dernière)": Thursday
    to Sunday of that week. Precision week: the text names no day."""
    assert ctx.pub is not None
    pub = ctx.pub.day
    part = _norm(g["part"])
    third = ctx.lex["parts"].get(part)
    shift = {"last": -7, "next": 7}.get(_modifier(g, ctx), 0)
    monday = pub - timedelta(days=pub.weekday()) + timedelta(days=shift)
    sunday = monday + timedelta(days=6)
    if part in ("plus tôt", "earlier"):
        return _week(monday, pub)
    if part in ("plus tard", "later"):
        return _week(pub, sunday)
    if third == "early":
        end = monday + timedelta(days=2)
        return _week(monday, min(end, pub) if not shift and not ctx.future else end)
    if third == "late":
        if not shift and not ctx.future and monday + timedelta(days=3) > pub:
            # "ont bloqué le port en fin de semaine" in a Wednesday paper: the week gone by
            monday, sunday = monday - timedelta(days=7), sunday - timedelta(days=7)
        return _week(monday + timedelta(days=3), sunday)
    return _week(monday, sunday)


@_needs_day
def _resolve_month_so_far(g: Groups, ctx: _Context) -> EventDate | None:
    """ "earlier this month", "plus tôt ce mois-ci": the first of the month up to publication;
    "later this month", "plus tard dans le mois": publication to the month's end. As "earlier
    this week": the text names no day, so precision month."""
    assert ctx.pub is not None
    pub = ctx.pub.day
    first = pub.replace(day=1)
    last = pub.replace(day=calendar.monthrange(pub.year, pub.month)[1])
    earlier = _DIRECTION.get(_norm(g["part"])) == 1  # "earlier", "plus tôt"
    start, end = (first, pub) if earlier else (pub, last)
    return EventDate(start.isoformat(), end.isoformat(), "month")


def _resolve_month_rel(g: Groups, ctx: _Context) -> EventDate | None:
    if ctx.pub is None:
        return None
    if ctx.pub.precision == "year":
        return _blur(ctx.pub)
    pub = ctx.pub.day
    meaning = _modifier(g, ctx)
    if meaning == "past" and ctx.pub.precision == "day":
        return EventDate((pub - timedelta(days=30)).isoformat(), pub.isoformat(), "month")
    index = pub.year * 12 + pub.month - 1 + {"last": -1, "next": 1}.get(meaning, 0)
    return _month(index // 12, index % 12 + 1)


def _resolve_year_rel(g: Groups, ctx: _Context) -> EventDate | None:
    if ctx.pub is None:
        return None
    shift = {"last": -1, "past": -1, "next": 1}.get(_modifier(g, ctx), 0)
    return _year(ctx.pub.day.year + shift)


@_needs_day
def _resolve_ago(g: Groups, ctx: _Context) -> EventDate | None:
    assert ctx.pub is not None
    count = _count(g["num"], ctx.lang)
    unit = ctx.lex["units"].get(_norm(g["unit"]))
    if count is None or unit is None:
        return None
    pub = ctx.pub.day
    if unit == "day":
        return _day(pub - timedelta(days=count))
    if unit == "week":
        day = pub - timedelta(days=7 * count)
        return _week(day - timedelta(days=day.weekday()))
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 - count
        return _month(index // 12, index % 12 + 1)
    return _year(pub.year - count)


@_needs_day
def _resolve_since_for(g: Groups, ctx: _Context) -> EventDate | None:
    assert ctx.pub is not None
    count = _count(g["num"], ctx.lang)
    unit = ctx.lex["units"].get(_norm(g["unit"]))
    if count is None or unit is None:
        return None
    pub = ctx.pub.day
    start = pub - timedelta(days=count * _UNIT_DAYS[unit])
    return EventDate(start.isoformat(), pub.isoformat(), unit)


# "depuis", "since": a state or a count running from that day to the report (GUIDELINES §3).
_SINCE_WORDS = frozenset({"depuis", "since"})


def _until_publication(resolved: EventDate | None, g: Groups, ctx: _Context) -> EventDate | None:
    """ "depuis le 6 août", "since Thursday", "depuis décembre": from that date to publication,
    at the start's precision. A plan ("dès lundi", future tense) is left as it is."""
    since = g.get("since") or ""
    if resolved is None or ctx.future or ctx.pub is None or _norm(since) not in _SINCE_WORDS:
        return resolved
    end = ctx.pub.day.isoformat()
    if resolved.start >= end:
        return resolved
    return EventDate(resolved.start, end, resolved.precision)


@_needs_day
def _resolve_weekday_range(g: Groups, ctx: _Context) -> EventDate | None:
    """ "between Friday and Sunday", "du vendredi au dimanche": the days in between."""
    assert ctx.pub is not None
    first = ctx.lex["weekdays"][_norm(g["wd"])]
    last = ctx.lex["weekdays"][_norm(g["wd2"])]
    end = _weekday(ctx.pub.day, last, _mode(ctx, None))
    return _day(end - timedelta(days=(last - first) % 7), end)


@_needs_day
def _resolve_past_hours(g: Groups, ctx: _Context) -> EventDate | None:
    """ "in the past 24 hours", "ces dernières 48 heures": back from publication, whole days."""
    assert ctx.pub is not None
    hours = _count(g.get("num") or g.get("num2") or "", ctx.lang)
    if hours is None or hours <= 0:
        return None
    pub = ctx.pub.day
    return _day(pub - timedelta(days=max(1, -(-hours // 24))), pub)


@_needs_day
def _resolve_nights(g: Groups, ctx: _Context) -> EventDate | None:
    """ "trois nuits d'émeutes", "for a fifth night": N nights ending the publication morning
    (night one starts N days before publication)."""
    assert ctx.pub is not None
    word = _norm(g.get("ord") or "")
    count = ctx.lex["ordinals"].get(word) if word else _count(g.get("num") or "", ctx.lang)
    if word and count is None:
        count = int(digits.group(0)) if (digits := re.match(r"\d+", word)) else None
    if count is None or not 1 <= count <= 60:
        return None
    pub = ctx.pub.day
    return _day(pub - timedelta(days=count), pub)


def _resolve_offset(g: Groups, ctx: _Context) -> EventDate | None:
    """An offset from another event, or an anaphor ("dans la foulée"), cannot be dated alone
    (see parse_offset and is_anaphor)."""
    return None


def _count(words: str, lang: str) -> int | None:
    return count_from_determiner(re.sub(r"\s+", " ", words), lang)


_RESOLVERS: dict[str, Callable[[Groups, _Context], EventDate | None]] = {
    "night_span": _resolve_night_span,
    "night_of": _resolve_night_of,
    "night": _resolve_night,
    "relative_day": _resolve_relative_day,
    "date": _resolve_date,
    "day_range": _resolve_day_range,
    "numeric_date": _resolve_numeric_date,
    "month_year": _resolve_month_year,
    "month": _resolve_month,
    "year": _resolve_year,
    "weekend": _resolve_weekend,
    "week": _resolve_week,
    "month_rel": _resolve_month_rel,
    "year_rel": _resolve_year_rel,
    "ago": _resolve_ago,
    "since_for": _resolve_since_for,
    "offset": _resolve_offset,
    "anaphor": _resolve_offset,
    "month_part": _resolve_month_part,
    "week_part": _resolve_week_part,
    "weekday": _resolve_weekday,
    "weekday_week": _resolve_weekday_week,
    "weekday_range": _resolve_weekday_range,
    "past_hours": _resolve_past_hours,
    "nights": _resolve_nights,
    "night_date": _resolve_night_date,
    "night_into": _resolve_night_into,
    "day_of_month": _resolve_day_of_month,
    "month_week": _resolve_month_week,
    "holiday": _resolve_holiday,
    "holiday_night": _resolve_holiday_night,
    "weekday_day": _resolve_weekday_day,
    "month_so_far": _resolve_month_so_far,
}


# --- dateparser ----------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _dateparser(lang: str, base: date | None) -> DateDataParser:
    """One parser per language and publication day (building one costs more than parsing)."""
    settings: dict[str, Any] = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "current_period"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=[lang], settings=settings)


@lru_cache(maxsize=4)
def _calendar_parser(lang: str) -> DateDataParser:
    """One parser per language for written days ("10 novembre", "Nov. 10", "10/11/2024"): only
    their day and month are read from it (or a full numeric date), which no relative base
    changes, and the year is chosen by tense (``_choose_year``)."""
    return DateDataParser(
        languages=[lang], settings={"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "current_period"}
    )


@lru_cache(maxsize=2048)
def _month_and_day(lang: str, core: str) -> tuple[int, int] | None:
    """Month and day of "10 novembre" / "Nov. 10" (remembered: wires repeat their dates, and
    dateparser costs milliseconds a call)."""
    parsed = _calendar_parser(lang).get_date_data(core)
    if parsed.date_obj is None:
        return None
    return parsed.date_obj.month, parsed.date_obj.day


@lru_cache(maxsize=1024)
def _numeric_day(lang: str, numeric: str) -> date | None:
    """The day "10/11/2024" or "2024-11-10" writes (day first), remembered."""
    parsed = _calendar_parser(lang).get_date_data(numeric)
    return parsed.date_obj.date() if parsed.date_obj is not None else None


def _with_dateparser(expression: str, ctx: _Context) -> EventDate | None:
    """Last resort for an expression no pattern knows; dateparser's period gives the precision."""
    if ctx.pub is None or not expression.strip():
        return None
    data = _dateparser(ctx.lang, ctx.pub.day).get_date_data(expression)
    if data.date_obj is None:
        return None
    found = data.date_obj.date()
    if data.period == "year":
        return _year(found.year)
    if data.period == "month":
        return _month(found.year, found.month)
    if data.period == "week":
        return _week(found - timedelta(days=found.weekday()))
    if ctx.pub.precision != "day":
        return _blur(ctx.pub)
    return _day(found)
