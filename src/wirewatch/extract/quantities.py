"""How many: figures of a mention, attached by syntax to what they count.

Numbers come from :func:`wirewatch.resolve.numbers.find_numbers`; this module decides what
each one counts: munitions launched or intercepted (with part-of-whole "62 de ces 145"),
casualties, buildings, troops, participants, money; ages never count.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Token

from wirewatch.model import QuantityValue

from . import resolvers
from .mention import ArticleContext, Mention
from .syntax import numberish
from .triggers import instrument_of

LOGGER = logging.getLogger(__name__)

PLACE_ENTS: frozenset[str] = frozenset({"LOC", "GPE", "FAC"})
CURRENCY_UNITS: frozenset[str] = frozenset({"USD", "EUR", "GBP", "CHF", "RUB", "UAH", "$", "€"})


def _subject(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"nsubj", "expl:subj"}:
            return child
    return None


def _passive_subject(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"nsubj:pass", "nsubjpass"}:
            return child
    return None


# -- quantities ----------------------------------------------------------------------------


def _tokens_in(ctx: ArticleContext, start: int, end: int) -> list[Token]:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _number_head(tokens: list[Token]) -> Token | None:
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    return heads[-1] if heads else None


def _counted_noun(tok: Token) -> Token | None:
    """The noun a number counts: "34 drones" (nummod), "62 de ces drones", "milliers de soldats"."""
    if tok.dep_ in {"nummod", "det", "quantmod"} or (
        tok.like_num and tok.head.pos_ in {"NOUN", "PROPN"}
    ):
        if tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i != tok.i:
            return tok.head
    for child in tok.children:
        if child.pos_ in {"NOUN", "PROPN"} and child.dep_ in {"nmod", "pobj", "prep"}:
            return child
        if child.dep_ == "prep":
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            if pobj:
                return pobj[0]
    if tok.pos_ in {"NOUN"}:
        return tok
    return None


def fill_quantities(m: Mention, ctx: ArticleContext) -> None:
    base = m.sent.start_char
    scope_ids = {t.i for t in m.scope}
    cues = ctx.lex
    troops, people, buildings = (
        cues.cues_of("troops"),
        cues.cues_of("people"),
        cues.cues_of("buildings"),
    )
    ages = cues.cues_of("age")
    for num in resolvers.find_numbers(m.sent.text, ctx.lang):
        a, b = base + num.start, base + num.end
        toks = _tokens_in(ctx, a, b)
        head = _number_head(toks)
        if head is None or head.i not in scope_ids:
            continue
        if getattr(num, "kind", None) == "age":
            continue  # "une femme de 52 ans": an age, never a count
        nxt = ctx.doc[min(toks[-1].i + 1, len(ctx.doc) - 1)]
        if nxt.lemma_.lower() in ages or nxt.text.lower().startswith("year"):
            continue  # "une femme de 52 ans": an age, never a count
        kind, of_total = _quantity_kind(m, num, head, troops, people, buildings, ctx)
        if kind is None:
            continue
        qv = QuantityValue(
            kind=kind,
            value=int(num.value),
            qualifier=num.qualifier,
            high=num.high,
            unit=num.unit,
            of_total=of_total,
            text=ctx.doc.text[a:b],
            start=a,
            end=b,
        )
        place = _breakdown_place(toks)
        if place is not None:
            qv.place = place
        if any(
            q.kind == qv.kind and q.value == qv.value and q.place == qv.place for q in m.quantities
        ):
            continue
        m.quantities.append(qv)
        m.prov(f"quantities.{kind}", f"number.attach:{head.dep_ or 'root'}", toks)
        if of_total is not None and not any(q.kind == "launched" for q in m.quantities):
            m.quantities.append(
                QuantityValue(kind="launched", value=of_total, text=qv.text, start=a, end=b)
            )
    if m.kind == "casualty" and not m.quantities:
        _singular_victim(m, ctx)


def _breakdown_place(toks: list[Token]) -> str | None:
    """ "Koursk (7)": a figure in brackets right after a place name is that place's share."""
    first = toks[0]
    if first.i >= 2 and first.nbor(-1).text == "(" and first.nbor(-2).ent_type_ in PLACE_ENTS:
        return first.nbor(-2).text
    return None


def _quantity_kind(
    m: Mention,
    num: Any,
    head: Token,
    troops: frozenset[str],
    people: frozenset[str],
    buildings: frozenset[str],
    ctx: ArticleContext,
) -> tuple[str | None, int | None]:
    if num.unit and num.unit in CURRENCY_UNITS:
        return "amount", None
    noun = _counted_noun(head)
    lemma = noun.lemma_.lower() if noun is not None else ""
    if noun is not None and instrument_of(noun, ctx.lex) is not None:
        if m.kind != "intercept":
            return "launched", None
        # "62 de ces 145 drones" / "34 of the 145 drones": part of a whole.
        whole_of = (
            noun.head if noun.dep_ in {"nmod"} else noun.head.head if noun.dep_ == "pobj" else None
        )
        if head.dep_ == "nummod" and whole_of is not None and numberish(whole_of):
            return "launched", None
        inner = [c for c in noun.children if c.dep_ == "nummod" and c.i != head.i]
        if noun.i != head.head.i and inner:
            total = resolvers.parse_number(inner[0].text, ctx.lang)
            return "intercepted", int(total.value) if total is not None else None
        return "intercepted", None
    if m.kind == "casualty":
        if lemma in buildings:
            return "buildings", None
        return m.casualty_kind, None
    if lemma in troops and m.type == "force_movement":
        return "troops", None
    if lemma in people and m.type in {"peaceful_protest", "riot", "protest_with_intervention"}:
        return "participants", None
    if lemma in people and m.type in {"arrest"}:
        return "arrested", None
    if lemma in people and m.type in {"abduction"}:
        return "abducted", None
    if lemma in troops and m.type in {"force_movement"}:
        return "troops", None
    return None, None


def _singular_victim(m: Mention, ctx: ArticleContext) -> None:
    """ "une femme … a été blessée": one victim, counted as 1."""
    subj = _passive_subject(m.trigger) or _subject(m.trigger)
    if subj is None or subj.pos_ not in {"NOUN"}:
        return
    if "Sing" not in subj.morph.get("Number"):
        return
    if not any(c.lemma_.lower() in {"un", "a", "an", "one"} for c in subj.children):
        return
    if subj.lemma_.lower() in ctx.lex.cues_of("buildings"):
        kind = "buildings"
    else:
        kind = m.casualty_kind or "killed"
    m.quantities.append(
        QuantityValue(
            kind=kind, value=1, text=subj.text, start=subj.idx, end=subj.idx + len(subj.text)
        )
    )
    m.prov(f"quantities.{kind}", f"{ctx.lang}.quantity.singular_victim", [subj])
