"""Find and read the figures of a dispatch: "34 drones", "trente-quatre", "1,5 million d'euros".

Every figure comes back as a :class:`Number` with character offsets into the
text it was found in, a ``qualifier`` for bounds and approximations ("au moins
8", "une quarantaine", "entre 10 et 15"), a currency ``unit`` and a ``kind``
that keeps years, ages, days of the month, times and percentages from being
counted as victims. The numbers module only finds; the engine decides what a
figure counts.

How a figure is read:

1. One regex per language (built from the data files in ``data/numbers/``)
   finds digits ("1 200", "1.200", "1,5"), runs of number words ("quatre-vingt-dix-
   neuf", "vingt et un"), approximate nouns ("une centaine", "des milliers"),
   times ("10h30") and slashed dates.
2. Number words are read with ``text2num.text2num`` on the matched run only,
   so offsets stay those of the original text (``alpha2digit`` rewrites the
   string, and reads "1,5 million" wrong).
3. The words just after the figure give the scale ("million", "bn") and the
   currency ("de dollars", "€"); the words just before give the qualifier.
4. Two figures joined by "et"/"à"/"to"/"-" after "entre"/"between" (or
   directly, for "à"/"to"/"-") become one range.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import Any

from text_to_num import text2num

LOGGER = logging.getLogger(__name__)

__all__ = [
    "KINDS",
    "Number",
    "count_from_determiner",
    "find_numbers",
    "ordinal_value",
    "parse_number",
]

KINDS: tuple[str, ...] = (
    "count",
    "year",
    "percent",
    "ordinal",
    "time",
    "age",
    "money",
    "duration",
    "date",
    "measure",
    "label",
)

_DATA = "data/numbers"
# Thin, narrow no-break and no-break spaces used as thousands separators.
_SPACES = " \u00a0\u202f\u2009"
_RANGE_JOINERS = re.compile(r"\s*(?:et|and|à|au|to|-|–|—)\s*\Z", re.IGNORECASE)
_WINDOW = 40  # characters looked at before a figure for its qualifier or kind


@dataclass
class Number:
    """One figure as written: ``text == source[start:end]``.

    ``value`` is the figure an analyst counts with (the bound for "au moins 8",
    the round figure for "une quarantaine", the low end of a range, whose high
    end is ``high``). ``kind`` is one of :data:`KINDS`; for ``time`` the value
    is HHMM, for ``date`` the day of the month (the year for a month-only ISO
    date such as "2024-11").
    """

    value: int
    qualifier: str
    high: int | None
    unit: str | None
    text: str
    start: int
    end: int
    kind: str = "count"


@dataclass
class _Raw:
    """A figure while it is being read (kept apart from the public record)."""

    value: Decimal
    start: int
    end: int
    kind: str = "count"
    qualifier: str = "exact"
    unit: str | None = None
    base: Decimal = Decimal(1)
    scale: int = 1
    plain_digits: str | None = None  # the digits when written without separators
    high: Decimal | None = None  # the high end of a range


@dataclass
class _Lexicon:
    """Compiled patterns and tables for one language."""

    lang: str
    figure: re.Pattern[str]
    qualifier: re.Pattern[str]
    qualifiers: dict[str, str]
    scales: dict[str, tuple[int, bool]]
    approx: dict[str, tuple[int, str]]
    approx_multipliers: dict[str, int]
    unit_prefix: dict[str, str]
    unit_suffix: re.Pattern[str]
    unit_suffix_codes: dict[str, str]
    measure: re.Pattern[str]
    measure_codes: dict[str, str]
    homographs: frozenset[str]
    determiners: frozenset[str]
    not_after: re.Pattern[str] | None
    not_after_words: frozenset[str]
    kinds: dict[str, re.Pattern[str]]
    multiplier: re.Pattern[str] | None  # "two dozen", "trois dizaines"


def _read_text(name: str) -> str:
    return resources.files("wirewatch.resolve").joinpath(f"{_DATA}/{name}").read_text("utf-8")


def _read_tsv(name: str) -> list[list[str]]:
    lines = [ln for ln in _read_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return [row for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _alternation(words: list[str]) -> str:
    """Regex alternation of ``words``, longest first so "millions" beats "million"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _phrase_regex(phrase: str) -> str:
    """Regex for a qualifier phrase: flexible spaces, "de" also elided as "d'"."""
    parts = [re.escape(p).replace("'", "['’]") for p in phrase.split()]
    body = r"\s+".join(parts)
    if parts[-1] == "de":
        body = r"\s+".join(parts[:-1]) + r"\s+d(?:e\s+|['’]\s*)"
    elif phrase.endswith("'à") or phrase.endswith("’à"):
        body += r"\s*"
    else:
        body += r"\s+"
    return body


@lru_cache(maxsize=8)
def _lexicon(lang: str) -> _Lexicon:
    lang = _lang(lang)
    words: dict[str, Any] = json.loads(_read_text("words.json"))[lang]
    kinds_data: dict[str, str] = json.loads(_read_text("kinds.json"))[lang]
    scales = {w: (int(v), need == "1") for lg, w, v, need in _read_tsv("scales.tsv") if lg == lang}
    approx = {w.lower(): (int(v), q) for lg, w, v, q in _read_tsv("approx.tsv") if lg == lang}
    qualifiers = {p.lower(): q for lg, p, q in _read_tsv("qualifiers.tsv") if lg == lang}
    units = [(s, c, pos) for lg, s, c, pos in _read_tsv("units.tsv") if lg in (lang, "*")]
    unit_prefix = {s: c for s, c, pos in units if pos == "prefix"}
    unit_suffix_codes = {s.lower(): c for s, c, pos in units if pos == "suffix"}

    measures = {s.lower(): c for lg, s, c in _read_tsv("measures.tsv") if lg in (lang, "*")}
    spelled_scales = [w for w, (_, need) in scales.items() if not need]
    # "1,5 Md€", "3 M $": a currency-only scale after a space, only right before its currency
    currency_scales = [w for w, (_, need) in scales.items() if need]
    currency_next = _alternation(list(unit_suffix_codes))
    cardinals: list[str] = words["cardinals"]
    determiners = frozenset(words["determiners"])
    connectors = _alternation(words["connectors"])
    word = rf"(?:{_alternation(cardinals)})(?!\w)"
    # "vingt et un", "quatre-vingt-dix-neuf", "one hundred and five"
    number_words = rf"\b{word}(?:(?:\s+|-)(?:(?:{connectors})(?:\s+|-))?{word})*"
    big = _alternation([w for w in cardinals if w not in determiners and len(w) > 3])
    a_big = rf"(?:\b(?:{_alternation(sorted(determiners))})\s+(?=(?:{big})\b))?"
    approx_det = rf"\b(?:{_alternation(words['approx_determiners'])})\s+"
    plural_dets = words.get("approx_plural_determiners", [])
    if plural_dets:
        # "l'évacuation de milliers d'habitants": after a preposition French drops "des", but
        # only before a plural ("une période de quarantaine" is no figure)
        plurals = _alternation([w for w in approx if w.endswith(("s", "x"))])
        approx_det = rf"(?:{approx_det}|\b(?:{_alternation(plural_dets)})\s+(?=(?:{plurals})\b))"
    approx_det = approx_det if words["approx_determiner_required"] else f"(?:{approx_det})?"
    approx_mult = _alternation(list(words["approx_multipliers"]))
    of = r"\s+of\s+" if lang == "en" else r"\s+d(?:e\s+|['’]\s*)"
    if lang == "fr":
        digits = (
            # Swiss French groups thousands with an apostrophe ("4'000", "1’300")
            rf"\d{{1,3}}(?:[{_SPACES}.'’]\d{{3}}(?!\d))+(?:,\d+)?"
            # "12.5 millions" in copy written the English way: a dot and one or two decimals
            r"|\d+\.\d{1,2}(?!\d|\.\d)|\d+(?:,\d+)?(?!\d)"
        )
    else:
        digits = rf"\d{{1,3}}(?:[{_SPACES},'’]\d{{3}}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?"
    figure = rf"""
        (?:(?P<cur>{_alternation(list(unit_prefix))})\s?)?
        (?:
          (?P<time>(?<!\d)\d{{1,2}}\s?h\s?[0-5]\d(?!\d)|(?<!\d)\d{{1,2}}:[0-5]\d(?!\d))
         |(?P<slash>(?<![\d/])\d{{1,2}}/\d{{1,2}}/\d{{2,4}}(?![\d/])
             |(?<![\d.])\d{{1,2}}\.\d{{1,2}}\.\d{{4}}(?![\d.]))
         |(?P<iso>(?<![\d-])\d{{4}}-[01]\d(?:-[0-3]\d)?(?![\d-]))
         |(?P<approx>{approx_det}(?P<approx_word>{_alternation(list(approx))})\b
             (?:{of}(?P<approx_mult>{approx_mult})\b)?)
         |(?P<digits>(?<![^\W\d]-)(?<![\w.,/])(?:{digits}))(?P<suffix>[^\W\d_]{{1,3}}\b)?(?![\w/])
         |(?P<words>{a_big}{number_words})
        )
        (?:\s?(?P<scale>{_alternation(spelled_scales)})\b
         |\s(?P<cscale>{_alternation(currency_scales)})(?=\s?(?:{currency_next})(?!\w)))?
    """
    measure = rf"\s*(?:(?:de|d['’]|of)\s*)?(?P<unit>{_alternation(list(measures))})(?!\w)"
    unit_suffix = (
        rf"\s*(?:(?:de|d['’]|of)\s*)?(?P<unit>{_alternation(list(unit_suffix_codes))})(?!\w)"
    )
    phrases = "|".join(_phrase_regex(p) for p in sorted(qualifiers, key=len, reverse=True))
    qualifier = rf"(?:^|[^\w-])(?P<q>{phrases})$"
    months = kinds_data.pop("months")
    kinds = {
        name: re.compile(rx.replace("{MONTH}", months), re.IGNORECASE)
        for name, rx in kinds_data.items()
        if not name.startswith("_")
    }
    not_after = words.get("not_after") or []
    multipliers = words.get("multiplier_nouns") or []
    return _Lexicon(
        lang=lang,
        figure=re.compile(figure, re.IGNORECASE | re.VERBOSE),
        qualifier=re.compile(qualifier, re.IGNORECASE),
        qualifiers=qualifiers,
        scales={w.lower(): v for w, v in scales.items()} | {w: v for w, v in scales.items()},
        approx=approx,
        approx_multipliers=dict(words["approx_multipliers"]),
        unit_prefix=unit_prefix,
        unit_suffix=re.compile(unit_suffix, re.IGNORECASE),
        unit_suffix_codes=unit_suffix_codes,
        measure=re.compile(measure, re.IGNORECASE),
        measure_codes=measures,
        homographs=frozenset(words.get("homographs") or []),
        determiners=determiners,
        not_after_words=frozenset(words.get("pronoun_numbers") or []),
        not_after=re.compile(rf"\b(?:{_alternation(not_after)})\s+$", re.IGNORECASE)
        if not_after
        else None,
        kinds=kinds,
        multiplier=re.compile(rf"\s+(?P<noun>{_alternation(multipliers)})\b", re.IGNORECASE)
        if multipliers
        else None,
    )


def _lang(lang: str) -> str:
    """Languages we have tables for; anything else is read with the English tables."""
    code = (lang or "en").lower()[:2]
    return code if code in ("fr", "en") else "en"


def find_numbers(text: str, lang: str) -> list[Number]:
    """Return every figure in ``text``, in order, with offsets into ``text``.

    Args:
        text (str): a sentence or a whole article.
        lang (str): "fr" or "en" (other codes use the English tables).
    RETURNS (list[Number]): figures in text order; ranges are merged into one.
    """
    lex = _lexicon(lang)
    raws: list[_Raw] = []
    for m in lex.figure.finditer(text):
        raw = _read_match(m, text, lex)
        if raw is None or (raws and raw.start < raws[-1].end):
            continue  # "two dozen": the noun is already read with the figure before it
        raws.append(raw)
    return [_to_number(raw, text) for raw in _merge_ranges(raws, text, lex)]


def parse_number(text: str, lang: str) -> Number | None:
    """Read one figure expression ("au moins 8", "une quarantaine"); None if it holds none.

    The first figure found is returned, with offsets into ``text``.
    """
    found = find_numbers(text, lang)
    return found[0] if found else None


@lru_cache(maxsize=8)
def _ordinals(lang: str) -> dict[str, int]:
    words: dict[str, Any] = json.loads(_read_text("words.json"))[_lang(lang)]
    return {w.lower(): int(v) for w, v in (words.get("ordinals") or {}).items()}


def ordinal_value(word: str, lang: str) -> int | None:
    """The rank an ordinal word names: "third" → 3, "troisième" → 3; None for other words.

    The engine reads "two people were killed …, and a third in …" as one more victim."""
    return _ordinals(lang).get(word.strip().lower())


def count_from_determiner(word: str, lang: str) -> int | None:
    """The count a determiner or number word stands for: "une" femme → 1, "deux" → 2.

    ``find_numbers`` skips a lone "un"/"une"/"a" (it is usually an article:
    "un nombre record"); the engine calls this when the head noun is a
    casualty ("une femme a été blessée").
    """
    cleaned = word.strip().lower()
    if not cleaned:
        return None
    if cleaned in _lexicon(lang).determiners or cleaned == "one":
        return 1
    if cleaned.isdigit():
        return int(cleaned)
    try:
        return int(text2num(cleaned, _lang(lang)))
    except ValueError:
        return None


# --- reading one match -------------------------------------------------------


def _read_match(m: re.Match[str], text: str, lex: _Lexicon) -> _Raw | None:
    raw = _base_value(m, text, lex)
    if raw is None:
        return None
    _apply_scale(raw, m, lex)
    _apply_half(raw, text, lex)
    _apply_half_before(raw, text, lex)
    _apply_multiplier_noun(raw, m, text, lex)
    _apply_currency(raw, m, text, lex)
    _apply_qualifier(raw, text, lex)
    if raw.kind == "count":
        _classify(raw, m, text, lex)
    return raw


def _base_value(m: re.Match[str], text: str, lex: _Lexicon) -> _Raw | None:
    start, end = m.start(), m.end()
    if m.group("time"):
        hours, minutes = re.split(r"\s?[h:]\s?", m.group("time").lower())
        return _Raw(Decimal(int(hours) * 100 + int(minutes)), start, end, kind="time")
    if m.group("slash"):
        day = re.split(r"[/.]", m.group("slash"))[0]
        return _Raw(Decimal(int(day)), start, end, kind="date")
    if m.group("iso"):
        parts = m.group("iso").split("-")
        return _Raw(
            Decimal(int(parts[2] if len(parts) == 3 else parts[0])), start, end, kind="date"
        )
    if m.group("approx"):
        value, qualifier = lex.approx[m.group("approx_word").lower()]
        mult = m.group("approx_mult")
        total = value * (lex.approx_multipliers[mult.lower()] if mult else 1)
        return _Raw(Decimal(total), start, end, qualifier=qualifier)
    if m.group("digits"):
        value = _digits_value(m.group("digits"), lex.lang)
        if value is None:
            return None
        raw = _Raw(value, start, end)
        if re.fullmatch(r"\d+", m.group("digits")):
            raw.plain_digits = m.group("digits")
        return raw
    return _words_value(m, text, lex)


def _digits_value(digits: str, lang: str) -> Decimal | None:
    """Read "1 200", "1.200", "1,5" (French) or "1,200", "1.5" (English)."""
    cleaned = re.sub(f"[{_SPACES}'’]", "", digits)
    if lang == "fr":
        # A dot followed by exactly three digits groups thousands; otherwise it is a decimal point.
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", cleaned):
            cleaned = cleaned.replace(".", "")
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        LOGGER.debug("unreadable figure %r", digits)
        return None


def _words_value(m: re.Match[str], text: str, lex: _Lexicon) -> _Raw | None:
    """Read a run of number words with text2num; a lone article is not a number."""
    surface = m.group("words")
    start = m.start("words")
    if surface.lower() in lex.determiners:
        return None
    if (
        lex.not_after
        and surface.lower() in lex.not_after_words
        and lex.not_after.search(text[max(0, start - _WINDOW) : start])
    ):
        return None  # "the one who", "no one": a pronoun; "the three vehicles" are three
    homograph = surface.lower() in lex.homographs
    if homograph and not lex.kinds["homograph_next_ok"].match(text, m.end()):
        return None  # "un bâtiment neuf a été touché": the adjective, not nine
    spelled_range = _spelled_range(surface, start, text, lex)
    if spelled_range is not None:
        return spelled_range
    value = _text2num(surface, lex)
    if value is None:
        return None
    return _Raw(Decimal(value), m.start(), m.end())


_BETWEEN = re.compile(r"\b(?:entre|between)\s+\Z", re.IGNORECASE)
_WORD_JOINER = re.compile(r"\s+(?:et|and)\s+", re.IGNORECASE)


def _spelled_range(surface: str, start: int, text: str, lex: _Lexicon) -> _Raw | None:
    """ "entre deux et trois personnes", "between two and three dozen": one run of number words
    that is two figures after "entre"/"between" (text2num reads "vingt et un" whole first)."""
    lead = _BETWEEN.search(text, max(0, start - _WINDOW), start)
    if lead is None:
        return None
    parts = _WORD_JOINER.split(surface, maxsplit=1)
    if len(parts) != 2:
        return None
    if _whole_number(surface, lex) is not None:
        return None  # "one hundred and five": one figure
    low, high = _text2num(parts[0], lex), _text2num(parts[1], lex)
    if low is None or high is None or high <= low:
        return None
    return _Raw(
        Decimal(low), lead.start(), start + len(surface), qualifier="range", high=Decimal(high)
    )


def _spoken(surface: str, lex: _Lexicon) -> str:
    # text2num reads "one hundred" but not "a hundred".
    spoken = surface.lower()
    return re.sub(r"^(?:a|an)\s+", "one ", spoken) if lex.lang == "en" else spoken


def _whole_number(surface: str, lex: _Lexicon) -> int | None:
    """The value of a run of number words read as one figure, or None."""
    try:
        return int(text2num(_spoken(surface, lex), lex.lang))
    except ValueError:
        return None


def _text2num(surface: str, lex: _Lexicon) -> int | None:
    value = _whole_number(surface, lex)
    if value is not None:
        return value
    # "deux et trois" is two figures: keep the first readable prefix.
    tokens = _spoken(surface, lex).split()
    for cut in range(len(tokens) - 1, 0, -1):
        try:
            return int(text2num(" ".join(tokens[:cut]), lex.lang))
        except ValueError:
            continue
    return None


def _apply_scale(raw: _Raw, m: re.Match[str], lex: _Lexicon) -> None:
    word = (
        m.group("scale")
        or m.group("cscale")
        or (m.group("suffix") if m.groupdict().get("suffix") else None)
    )
    if not word:
        return
    scale = lex.scales.get(word) or lex.scales.get(word.lower())
    if scale is None:
        return
    value, needs_currency = scale
    currency = m.group("cur") or lex.unit_suffix.match(m.string, m.end())
    if needs_currency and not currency and not _counted_millions(word, m, lex):
        return
    raw.base = raw.value
    raw.scale = value
    raw.value = raw.value * value
    raw.plain_digits = None


_HALF = re.compile(r"\s+et\s+demie?\b", re.IGNORECASE)
# "half a million", "un demi-million": half the scale word that follows
_HALF_BEFORE = {
    "en": re.compile(r"\bhalf\s+\Z", re.IGNORECASE),
    "fr": re.compile(r"(?:\b(?:un|une)\s+)?\bdemi-\Z", re.IGNORECASE),
}
# "1.5m people", "2m refugees": an English "m" before a plural noun is millions, not metres
_MILLIONS_NOUN = re.compile(r"\s+(?:people|[a-z]+s)\b")


def _counted_millions(word: str, m: re.Match[str], lex: _Lexicon) -> bool:
    """English "1.5m people": the bare "m" scale before a plural noun (a measure follows none)."""
    if lex.lang != "en" or word.lower() not in ("m", "mn"):
        return False
    follow = _MILLIONS_NOUN.match(m.string, m.end())
    return follow is not None and not lex.measure.match(m.string, m.end())


def _apply_half_before(raw: _Raw, text: str, lex: _Lexicon) -> None:
    """ "half a million people", "un demi-million de personnes": half the scale."""
    pattern = _HALF_BEFORE.get(lex.lang)
    words = text[raw.start : raw.end].lower().split()
    scale = lex.scales.get(words[-1]) if words else None
    whole = scale[0] if scale is not None and not scale[1] else None
    approx = lex.approx.get(words[-1]) if words else None
    if approx is not None and not words[-1].endswith("s"):
        whole = approx[0]  # "half a dozen"
    if pattern is None or whole is None or raw.value != whole:
        return  # "half of the 2 million" is no half figure
    half = pattern.search(text, 0, raw.start)
    if half is None:
        return
    raw.value = raw.value / 2
    raw.start = half.start()
    raw.plain_digits = None


def _apply_multiplier_noun(raw: _Raw, m: re.Match[str], text: str, lex: _Lexicon) -> None:
    """ "two dozen" → 24, "trois dizaines" → 30 (about); never after a scale or a currency."""
    pattern = lex.multiplier
    if pattern is None or not (m.group("digits") or m.group("words")) or raw.scale != 1:
        return
    if raw.unit or raw.kind != "count":
        return
    found = pattern.match(text, raw.end)
    if found is None:
        return
    value, qualifier = lex.approx[found.group("noun").lower()]
    # kept as a scale, so "entre 2 et 3 douzaines" reads both ends in dozens
    raw.base, raw.scale = raw.value, value
    raw.value *= value
    if raw.high is not None:
        raw.high *= value  # "between two and three dozen"
    raw.qualifier = "about" if qualifier == "about" else raw.qualifier
    raw.end = found.end()
    raw.plain_digits = None


def _apply_half(raw: _Raw, text: str, lex: _Lexicon) -> None:
    """ "un milliard et demi d'euros", "deux millions et demi": half the scale word more."""
    if lex.lang != "fr":
        return
    half = _HALF.match(text, raw.end)
    words = text[raw.start : raw.end].lower().split()
    scale = lex.scales.get(words[-1]) if words else None
    if half is None or scale is None or scale[1]:
        return
    raw.value += Decimal(scale[0]) / 2
    raw.end = half.end()
    raw.plain_digits = None


def _apply_currency(raw: _Raw, m: re.Match[str], text: str, lex: _Lexicon) -> None:
    if m.group("cur"):
        raw.unit = lex.unit_prefix[m.group("cur")]
    else:
        after = lex.unit_suffix.match(text, raw.end)
        if after:
            raw.unit = lex.unit_suffix_codes[after.group("unit").lower()]
            raw.end = after.end()
    if raw.unit:
        raw.kind = "money"


def _apply_qualifier(raw: _Raw, text: str, lex: _Lexicon) -> None:
    before = text[max(0, raw.start - _WINDOW) : raw.start]
    q = lex.qualifier.search(before)
    if not q:
        return
    phrase = re.sub(r"\s+", " ", q.group("q")).strip().lower().replace("’", "'")
    key = _qualifier_key(phrase, lex)
    if key is None:
        return
    raw.qualifier = lex.qualifiers[key]
    raw.start = raw.start - len(before) + q.start("q")


def _qualifier_key(phrase: str, lex: _Lexicon) -> str | None:
    if phrase in lex.qualifiers:
        return phrase
    # An elided "d'" ("plus d'une centaine") is stored as "de".
    restored = re.sub(r"\bd'$", "de", phrase)
    return restored if restored in lex.qualifiers else None


def _classify(raw: _Raw, m: re.Match[str], text: str, lex: _Lexicon) -> None:
    """Tell percentages, ages, durations, days, ordinals and years from counts."""
    k = lex.kinds
    before = text[max(0, raw.start - _WINDOW) : raw.start]
    suffix = (m.groupdict().get("suffix") or "").lower()
    if suffix == "h" and raw.plain_digits and int(raw.plain_digits) < 25:
        raw.kind, raw.value = "time", raw.value * 100
    elif raw.plain_digits and int(raw.plain_digits) < 25 and k["clock_after"].match(text, raw.end):
        raw.kind, raw.value = "time", raw.value * 100
    elif found := k["percent_after"].match(text, raw.end):
        raw.kind, raw.end = "percent", found.end()
    elif suffix and k["ordinal_suffix"].match(suffix):
        is_day = k["day_after"].match(text, raw.end)
        raw.kind = "date" if is_day else "ordinal"
    elif suffix and raw.scale == 1:
        # "A320"-like tokens are excluded by the regex; "50km" is a measure.
        raw.kind, raw.unit = "measure", lex.measure_codes.get(suffix, suffix)
    elif found := lex.measure.match(text, raw.end):
        raw.kind, raw.unit = "measure", lex.measure_codes[found.group("unit").lower()]
        raw.end = found.end()
    elif raw.plain_digits and raw.scale == 1 and k["label_before"].search(before):
        # "Route 60", "Resolution 2728", "Article 5", "vol 17": a figure that names, not counts
        raw.kind = "label"
    elif k["day_after"].match(text, raw.end) or k["day_before"].search(before):
        raw.kind = "date" if raw.value <= 31 else "year"
    elif found := _age(raw, text, before, lex):
        raw.kind, raw.end = "age", found
    elif k["duration_after"].match(text, raw.end):
        raw.kind = "duration"
    elif k["time_before"].search(before) and k["time_after"].match(text, raw.end):
        raw.kind = "time"
    elif _is_year(raw, text, before, lex):
        raw.kind = "year"


def _age(raw: _Raw, text: str, before: str, lex: _Lexicon) -> int | None:
    """End offset of an age ("de 52 ans", "aged 52", "52-year-old"), or None."""
    k = lex.kinds
    after = k["age_after"].match(text, raw.end)
    if after and (lex.lang == "en" or k["age_before"].search(before)):
        return after.end()
    if k["age_only_before"].search(before):
        return after.end() if after else raw.end
    return None


def _is_year(raw: _Raw, text: str, before: str, lex: _Lexicon) -> bool:
    digits = raw.plain_digits
    if not digits or len(digits) != 4 or raw.qualifier != "exact":
        return False
    if not 1800 <= int(digits) <= 2100:
        return False
    k = lex.kinds
    return bool(
        k["year_before"].search(before)
        or k["end_after"].match(text, raw.end)
        or k["year_nouns_after"].match(text, raw.end)
    )


# --- ranges --------------------------------------------------------------------


def _merge_ranges(raws: list[_Raw], text: str, lex: _Lexicon) -> list[_Raw]:
    merged: list[_Raw] = []
    i = 0
    while i < len(raws):
        low = raws[i]
        high = raws[i + 1] if i + 1 < len(raws) else None
        if high is not None and _is_range(low, high, text, lex):
            merged.append(_range(low, high, text, lex))
            i += 2
        else:
            merged.append(low)
            i += 1
    return merged


def _is_range(low: _Raw, high: _Raw, text: str, lex: _Lexicon) -> bool:
    # "some 200 to 300", "environ 200 à 300": an approximator on the low end softens the range
    if low.qualifier not in ("exact", "about") or high.qualifier not in ("exact", "about"):
        return False
    if low.kind not in ("count", "money", "year") or high.kind != low.kind and low.kind != "count":
        return False
    if high.value <= low.value:
        return False  # "3-1" is a score, "2 à 1" a ratio
    joiner = _RANGE_JOINERS.match(text, low.end, high.start)
    if not joiner:
        return False
    word = joiner.group(0).strip().lower()
    before = text[max(0, low.start - _WINDOW) : low.start]
    if word in ("et", "and"):
        return bool(re.search(r"\b(?:entre|between)\s+$", before, re.IGNORECASE))
    if word in ("-", "–", "—"):
        return low.plain_digits is not None or low.kind == "money"
    return True


def _range(low: _Raw, high: _Raw, text: str, lex: _Lexicon) -> _Raw:
    value = low.value
    # "entre 1 et 2 millions": the scale of the high end applies to the low one.
    if low.scale == 1 and high.scale > 1 and low.value <= high.base:
        value = low.value * high.scale
    before = text[max(0, low.start - _WINDOW) : low.start]
    lead = re.search(r"\b(?:entre|between|de|from)\s+$", before, re.IGNORECASE)
    start = low.start - len(before) + lead.start() if lead else low.start
    kind = high.kind if low.kind == "count" else low.kind
    return _Raw(
        value,
        start,
        high.end,
        kind=kind,
        qualifier="range",
        unit=high.unit or low.unit,
        high=high.value,
    )


def _to_number(raw: _Raw, text: str) -> Number:
    return Number(
        value=int(raw.value.to_integral_value()),
        qualifier=raw.qualifier,
        high=int(raw.high.to_integral_value()) if raw.high is not None else None,
        unit=raw.unit,
        text=text[raw.start : raw.end],
        start=raw.start,
        end=raw.end,
        kind=raw.kind,
    )
