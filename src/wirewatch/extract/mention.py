"""The working records of the engine: one :class:`Mention` per trigger, one context per article.

A mention is one statement of an event in one sentence, with its own claimant and
status; :mod:`wirewatch.extract.merge` folds the mentions of one occurrence into one
:class:`wirewatch.model.Event`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirewatch.model import Actor, Article, EventDate, Evidence, Location, Provenance, QuantityValue

from .lexicon import Lexicon
from .syntax import doc_text

LOGGER = logging.getLogger(__name__)


@dataclass
class Mention:
    """One event statement found in one sentence."""

    type: str | None  # None: a generic attack or an anaphor, typed by merging
    kind: str  # attack, intercept, casualty, event, weak_event, capture, anaphor
    trigger: Token
    sent: Span
    para: int
    rule: str
    weak: bool = False
    distinct: bool = False  # "36 autres drones": another set than the one before
    anaphoric: bool = False  # "ces 145 drones", "cette conversation", "les interceptions"
    instrument: str | None = None
    default_type: str | None = None  # an untyped attack word's type when it joins no typed attack
    munition: Token | None = None
    casualty_kind: str | None = None
    initiator: Actor | None = None
    target: Actor | None = None
    participants: list[Actor] = field(default_factory=list)
    location: Location | None = None
    date: EventDate | None = None
    date_stated: bool = False  # False: the publication-date default, not a statement
    quantities: list[QuantityValue] = field(default_factory=list)
    claimant: Actor | None = None
    status: str = "asserted"
    cue: str | None = None
    scope: list[Token] = field(default_factory=list)
    provenance: list[Provenance] = field(default_factory=list)
    evidence: Evidence | None = None
    extra_claimants: list[Actor] = field(default_factory=list)
    focus: Token | None = None  # the one conjunct this mention is about ("X et Y" split)
    antecedent: Mention | None = None  # "Forty-one were shot down": the barrage it counts

    @property
    def start(self) -> int:
        return self.trigger.idx

    def quantity_dict(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for q in self.quantities:
            if q.place is None:
                out.setdefault(q.kind, q.value)
        return out

    def prov(self, field_name: str, rule: str, tokens: list[Token] | None = None) -> None:
        if tokens:
            doc = tokens[0].doc
            start = min(t.idx for t in tokens)
            end = max(t.idx + len(t.text) for t in tokens)
            text = doc_text(doc)[start:end]
            self.provenance.append(Provenance(field_name, rule, text, start, end))
        else:
            self.provenance.append(Provenance(field_name, rule))


@dataclass
class ArticleContext:
    """What the engine remembers while reading one article, sentence by sentence."""

    article: Article
    doc: Doc
    lang: str
    lex: Lexicon
    countries: list[str] = field(default_factory=list)
    admin1_codes: list[str] = field(default_factory=list)
    last_claimant: Actor | None = None
    last_claimant_tokens: list[Token] = field(default_factory=list)
    last_person: Actor | None = None
    # every actor resolved so far (persons, institutions), in order: the actor resolver's context
    actors_seen: list[Actor] = field(default_factory=list)
    # (sentence, claims.Attribution) of every denial read so far: modality.apply_denials
    denials: list[tuple[Span, object]] = field(default_factory=list)
    # (sentence, claims.Attribution, QuantityValue) of every figure a source gives for an event
    # told before ("…, while Kyiv put the figure at 12"): claims.apply_restated_figures
    restatements: list[tuple[Span, object, object]] = field(default_factory=list)
    home_country: str | None = None  # where the story takes place (first place named as a place)
    home_checked: bool = False
    # (kind, type, initiator) of each event read so far: "X condemned the attack" targets its author
    event_initiators: list[tuple[str, str | None, Actor]] = field(default_factory=list)
    # the last sentence's attacks with a named munition: "Forty-one were shot down" counts them
    barrages: list[Mention] = field(default_factory=list)
    # every source named so far, resolved or not: "a précisé la chaîne", "Le ministère fait
    # état de…" refer back to one of them (claims.earlier_source)
    claimants_seen: list[Actor] = field(default_factory=list)
    # (type, initiator, target) of each hostile act with both sides known, in order: a threat
    # of reprisal targets the last author of an act against the threatener (arguments)
    hostile_acts: list[tuple[str | None, Actor, Actor]] = field(default_factory=list)
    # (start, end of the date's words, type, date) of each event whose clause states its day, in
    # order: an undated act said at the occasion the lead dates takes that day (places_dates)
    dated_acts: list[tuple[int, int, str | None, EventDate]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The article's text (``doc.text``, which spaCy rebuilds on every access)."""
        return doc_text(self.doc)

    def remember_location(self, loc: Location | None) -> None:
        if loc is None:
            return
        if loc.country and loc.country not in self.countries:
            self.countries.append(loc.country)
        if loc.admin1_code and loc.admin1_code not in self.admin1_codes:
            self.admin1_codes.append(loc.admin1_code)
