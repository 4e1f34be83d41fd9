"""Per-language lexicons of the extraction engine, read from the TSV files in ``data/<lang>/``.

The files are data, not code: adding a trigger, an instrument, a report verb or a cue
is a new row (see ``docs/extraction.md``); ``wordlists.tsv`` holds the engine's plain word lists
(prepositions, lemmas, nouns) as ``list<TAB>word<TAB>note`` rows. Each file is read once per process.
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources import files

LOGGER = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("fr", "en")


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str
    pos: str
    type: str  # ontology code, "*" (the instrument decides) or "" (casualty words)
    kind: str  # attack, munition_verb, intercept, casualty, event, weak_event, anaphor, capture
    requires: str
    quantity: str


@dataclass(frozen=True)
class InstrumentEntry:
    lemma: str
    instrument: str
    type: str
    munition: bool


@dataclass(frozen=True)
class Lexicon:
    """Everything the engine knows about one language."""

    lang: str
    triggers: dict[tuple[str, str], tuple[TriggerEntry, ...]]
    instruments: dict[str, InstrumentEntry]
    speech_verbs: dict[str, str]
    cues: dict[str, str]
    wordlists: dict[str, frozenset[str]]

    def triggers_for(self, lemma: str, pos: str) -> tuple[TriggerEntry, ...]:
        """The trigger rows for this lemma and coarse POS, in file order (PROPN/X read as NOUN)."""
        key = lemma.lower()
        entries = self.triggers.get((key, pos), ())
        if not entries and pos in {"PROPN", "X"}:
            entries = self.triggers.get((key, "NOUN"), ())
        return entries

    def cues_of(self, kind: str) -> frozenset[str]:
        return self._cues_by_kind.get(kind, frozenset())

    @cached_property
    def _cues_by_kind(self) -> dict[str, frozenset[str]]:
        """The cues grouped by kind once: rules ask for a kind tens of thousands of times."""
        groups: dict[str, set[str]] = {}
        for cue, kind in self.cues.items():
            groups.setdefault(kind, set()).add(cue)
        return {kind: frozenset(cues) for kind, cues in groups.items()}

    def words(self, name: str) -> frozenset[str]:
        """The words of list ``name`` in ``wordlists.tsv`` (empty if this language has none)."""
        return self.wordlists.get(name, frozenset())


def _rows(lang: str, name: str) -> list[dict[str, str]]:
    text = files(__package__).joinpath("data", lang, name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _wordlists(lang: str) -> dict[str, frozenset[str]]:
    """``wordlists.tsv``: ``list<TAB>word<TAB>note`` rows; a word may sit in several lists.

    Read by hand rather than with ``csv`` so that quotes and apostrophes ("l'", "n't") stay verbatim.
    """
    text = files(__package__).joinpath("data", lang, "wordlists.tsv").read_text(encoding="utf-8")
    lists: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("list\t"):
            continue
        name, word = line.split("\t")[:2]
        lists.setdefault(name.strip(), set()).add(word.strip())
    return {name: frozenset(words) for name, words in lists.items()}


@cache
def words_any(name: str) -> frozenset[str]:
    """The union of list ``name`` over every language.

    Many rules apply one mixed French+English list whatever the article's language; this keeps
    them exactly as they were when the lists were code. An unknown name is a bug (KeyError).
    """
    found = [lexicon(lang).wordlists[name] for lang in LANGUAGES if name in lexicon(lang).wordlists]
    if not found:
        raise KeyError(f"no word list {name!r} in any wordlists.tsv")
    return frozenset().union(*found)


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang`` ('fr' or 'en'), loaded once."""
    if lang not in LANGUAGES:
        raise KeyError(f"no extraction lexicon for {lang!r}; known: {', '.join(LANGUAGES)}")
    triggers: dict[tuple[str, str], tuple[TriggerEntry, ...]] = {}
    for row in _rows(lang, "triggers.tsv"):
        pos = row["pos"].upper()
        entry = TriggerEntry(
            lemma=row["lemma"].lower(),
            pos=pos,
            type=row["type"] or "",
            kind=row["kind"],
            requires=row.get("requires") or "",
            quantity=row.get("quantity") or "",
        )
        key = (entry.lemma, entry.pos)
        triggers[key] = (*triggers.get(key, ()), entry)
    instruments = {
        row["lemma"].lower(): InstrumentEntry(
            lemma=row["lemma"].lower(),
            instrument=row["instrument"],
            type=row["type"],
            munition=row["munition"] == "1",
        )
        for row in _rows(lang, "instruments.tsv")
    }
    speech = {row["lemma"].lower(): row["role"] for row in _rows(lang, "speech_verbs.tsv")}
    cues = {row["cue"].lower(): row["kind"] for row in _rows(lang, "cues.tsv")}
    LOGGER.debug("lexicon %s: %d triggers, %d instruments", lang, len(triggers), len(instruments))
    return Lexicon(lang, triggers, instruments, speech, cues, _wordlists(lang))
