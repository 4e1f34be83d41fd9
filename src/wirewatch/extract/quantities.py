"""How many: figures of a mention, attached by syntax to what they count.

Numbers come from :func:`wirewatch.resolve.numbers.find_numbers`; this module decides what
each one counts: munitions launched or intercepted (with part-of-whole "62 de ces 145",
"11 of 20", "27 drones sur 36"), casualties (a participle's noun: "près d'un millier
blessés"; one indefinite victim, subject or object: "killed a 68-year-old woman"),
buildings, troops (by type: movements, withdrawals, bases), people arrested, abducted,
displaced or demonstrating (a people noun, an argument of the event word, or the event noun
itself: "206 interpellations"), money, and one munition that hit ("a missile struck").
Ages, years, durations, measures and vague plurals ("des dizaines", "scores") never count.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from spacy.tokens import Token

from wirewatch.model import QuantityValue

from . import resolvers
from .lexicon import words_any
from .mention import ArticleContext, Mention
from .syntax import numberish
from .triggers import instrument_of

LOGGER = logging.getLogger(__name__)

PLACE_ENTS: frozenset[str] = frozenset({"LOC", "GPE", "FAC"})
CURRENCY_UNITS: frozenset[str] = frozenset({"USD", "EUR", "GBP", "CHF", "RUB", "UAH", "$", "€"})
# Event types whose counted people are a quantity of their own.
PERSON_COUNTS: dict[str, str] = {
    "peaceful_protest": "participants",
    "protest_with_intervention": "participants",
    "riot": "participants",
    "excessive_force": "participants",
    "labour_strike": "participants",
    "arrest": "arrested",
    "abduction": "abducted",
    "other_development": "displaced",
}
# Event types whose soldiers or police are counted as troops ("withdrawal of 1,000 troops").
TROOP_TYPES: frozenset[str] = frozenset(
    {"force_movement", "retreat", "base_established", "concede", "territory_transferred"}
)
# Toll nouns: "the death toll rose to 31", "police put the toll at 11", "le bilan s'élève à 12".
TOLL_NOUNS: frozenset[str] = words_any("toll_nouns")
# Prepositions that introduce a toll's figure ("rose to 31", "put … at 11", "s'est alourdi à 31",
# "a toll of 12", "un bilan de 12").
TOLL_PREPS: frozenset[str] = words_any("toll_preps")
# Life-taking verbs: "a coûté la vie à trois civils", "claimed/took the lives of three civilians".
LIFE_NOUNS: frozenset[str] = words_any("life_nouns")
LIFE_VERBS: frozenset[str] = words_any("life_verbs")
PERSON_ARG_DEPS: frozenset[str] = frozenset(
    {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "obl:agent"}
)
# What joins a part to its whole: "11 of 20", "11 out of 20", "62 de ces 145", "27 drones sur 36".
PART_OF_WHOLE = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,2}?"
    r"(?:out\s+of(?:\s+the)?|of(?:\s+the|\s+these|\s+those)?"
    r"|sur(?:\s+les|\s+ces)?|de\s+ces|des|parmi\s+les|d['’]entre\s+les)\s*$",
    re.IGNORECASE,
)


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
    scope_ids = {t.i for t in m.scope} | _qualified_noun_ids(m) | _shared_subject_ids(m)
    cues = ctx.lex
    troops, people, buildings = (
        cues.cues_of("troops"),
        cues.cues_of("people"),
        cues.cues_of("buildings"),
    )
    ages = cues.cues_of("age")
    vague = cues.cues_of("vague_number")
    numbers = resolvers.find_numbers(m.sent.text, ctx.lang)
    wholes = _part_of_whole(numbers, m.sent.text)
    toll_ids = _toll_figure_ids(m)
    scope_ids |= toll_ids
    for idx, num in enumerate(numbers):
        a, b = base + num.start, base + num.end
        toks = _tokens_in(ctx, a, b)
        head = _number_head(toks)
        if head is None or head.i not in scope_ids:
            continue
        if getattr(num, "kind", "count") not in {"count", "money"}:
            continue  # ages, years, durations, measures are never counts
        if num.text.lower().split()[-1] in vague:
            continue  # "des dizaines de morts", "scores of people": no figure to count
        nxt = ctx.doc[min(toks[-1].i + 1, len(ctx.doc) - 1)]
        if nxt.lemma_.lower() in ages or nxt.text.lower().startswith("year"):
            continue  # "une femme de 52 ans": an age, never a count
        if m.kind == "intercept" and (idx in wholes or idx in wholes.values()):
            kind, of_total = _part_whole_kind(idx, numbers, wholes)
        elif head.i in toll_ids:
            kind, of_total = _toll_kind(m, head, ctx), None
        else:
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
    if m.kind == "attack" and not any(q.kind == "hit" for q in m.quantities):
        _single_munition_hit(m, ctx)
    if m.kind == "intercept" and not m.quantities:
        _single_munition_downed(m, ctx)


def _toll_figure_ids(m: Mention) -> set[int]:
    """Figures of a toll or of a life-taking verb the mention's word belongs to.

    "The death toll rose to 31", "officials put the toll at 11", "le bilan de la frappe s'est
    alourdi à 31": a casualty word in the toll noun ("death toll") or an attack word that is
    the toll's complement ("the toll from the strike") counts the figure the toll's verb
    introduces. "Une frappe a coûté la vie à trois civils", "the strike claimed the lives of
    three civilians": the people whose lives the attack word took were killed.
    """
    trig = m.trigger
    if m.kind not in {"casualty", "attack"}:
        return set()
    out: set[int] = set()
    # the toll noun the trigger belongs to: itself, its head ("death toll"), or the head of its
    # preposition ("the toll from the strike", "le bilan de la frappe")
    cands = [trig, trig.head]
    if trig.head.dep_ == "prep":
        cands.append(trig.head.head)
    toll = next((t for t in cands if t.lemma_.lower() in TOLL_NOUNS and t.pos_ == "NOUN"), None)
    if toll is not None:
        verb = toll.head if toll.dep_ in PERSON_ARG_DEPS else None
        for host in [toll] + ([verb] if verb is not None else []):
            for child in host.children:
                nums: list[Token] = []
                if child.dep_ == "prep" and child.lower_ in TOLL_PREPS:
                    nums = [c for c in child.children if c.dep_ == "pobj"]
                elif child.dep_ in {"obl", "obl:arg", "obl:mod", "nmod"} and any(
                    c.dep_ == "case" and c.lower_ in TOLL_PREPS for c in child.children
                ):
                    nums = [child]
                for n in nums:
                    out |= {t.i for t in n.subtree if t.like_num or numberish(t)}
    verb = trig.head if trig.dep_ in {"nsubj", "csubj"} else None
    if verb is not None and verb.lemma_.lower() in LIFE_VERBS:
        life = next(
            (
                c
                for c in verb.children
                if c.dep_ in {"obj", "dobj"} and c.lemma_.lower() in LIFE_NOUNS
            ),
            None,
        )
        if life is not None:
            victims = [c for c in verb.children if c.dep_ in {"obl:arg", "iobj", "obl", "dative"}]
            victims += [
                p for c in life.children if c.dep_ in {"prep", "nmod"} for p in [c, *c.children]
            ]
            for v in victims:
                if (
                    v.dep_ in {"obl:arg", "iobj", "obl", "dative"}
                    and not any(c.lower_ in {"à", "au", "aux", "to"} for c in v.children)
                    and v.dep_ != "obl:arg"
                ):
                    continue
                out |= {t.i for t in v.subtree if t.like_num or numberish(t)}
    return out


def _toll_kind(m: Mention, head: Token, ctx: ArticleContext) -> str | None:
    """A toll's figure counts the dead, unless its noun says wounded ("31 blessés")."""
    noun = _counted_noun(head)
    if noun is not None and noun.lemma_.lower() in ctx.lex.cues_of("buildings"):
        return "buildings"
    if m.kind == "casualty":
        return m.casualty_kind or "killed"
    return "killed"


def _qualified_noun_ids(m: Mention) -> set[int]:
    """ "près d'un millier blessés", "deux chauffeurs enlevés", "1,7 milliard d'euros fournis":
    the noun a participle trigger qualifies holds its figure, even outside the scope."""
    trig = m.trigger
    if (
        trig.dep_ not in {"acl", "amod"}
        or trig.head.i == trig.i
        or trig.pos_
        not in {
            "VERB",
            "ADJ",
            "NOUN",
        }
    ):
        return set()
    noun = trig.head
    return {noun.i} | {t.i for left in noun.lefts for t in left.subtree}


def _shared_subject_ids(m: Mention) -> set[int]:
    """ "Thousands of protesters overwhelmed police lines and stormed parliament": a verb
    coordinated without its own subject shares the first verb's subject (and its figure)."""
    trig = m.trigger
    if trig.dep_ != "conj" or trig.pos_ not in {"VERB", "AUX"}:
        return set()
    if any(c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} for c in trig.children):
        return set()
    subj = next(
        (c for c in trig.head.children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}), None
    )
    return {t.i for t in subj.subtree} if subj is not None else set()


def _part_of_whole(numbers: list[Any], text: str) -> dict[int, int]:
    """Index of each part figure → index of its whole ("11 of 20", "27 drones sur 36")."""
    out: dict[int, int] = {}
    for idx in range(len(numbers) - 1):
        between = text[numbers[idx].end : numbers[idx + 1].start]
        if PART_OF_WHOLE.match(between) and numbers[idx].value <= numbers[idx + 1].value:
            out[idx] = idx + 1
    return out


def _part_whole_kind(
    idx: int, numbers: list[Any], wholes: dict[int, int]
) -> tuple[str, int | None]:
    """The part of an interception is what was downed (of the whole); the whole was launched."""
    if idx in wholes:
        return "intercepted", int(numbers[wholes[idx]].value)
    return "launched", None


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
        if _other_weapon(m, noun, ctx):
            return None, None  # "79 of the drones and 60 of the missiles": not this type's
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
    if lemma in troops and m.type in TROOP_TYPES:
        return "troops", None
    person_kind = PERSON_COUNTS.get(m.type or "")
    if person_kind is not None and noun is not None and noun.pos_ in {"NOUN", "PRON"}:
        # "six men were arrested", "deux chauffeurs enlevés", "des milliers de manifestants",
        # "206 interpellations": the counted people are an argument of the event word, a
        # people noun, or the event noun itself.
        if (
            lemma in people
            or noun.i == m.trigger.i
            or _argument_of(head, m.trigger)
            or _argument_of(noun, m.trigger)
        ):
            return person_kind, None
    return None, None


def _other_weapon(m: Mention, noun: Token, ctx: ArticleContext) -> bool:
    """A counted weapon of another type than the mention's own munition: in a mixed barrage
    ("87 missiles et 27 drones") each type keeps its own figures."""
    if m.munition is None or m.munition.i == noun.i:
        return False
    own = instrument_of(m.munition, ctx.lex)
    other = instrument_of(noun, ctx.lex)
    if own is None or other is None or own.type.startswith("*") or other.type.startswith("*"):
        return False
    return own.type == m.type and other.type != own.type


def _argument_of(tok: Token, trigger: Token) -> bool:
    """``tok`` fills a core slot of ``trigger``, or ``trigger`` is a participle on ``tok``."""
    if tok.head.i == trigger.i and tok.dep_ in PERSON_ARG_DEPS:
        return True
    return trigger.head.i == tok.i and trigger.dep_ in {"acl", "amod", "acl:relcl", "relcl"}


def _singular_victim(m: Mention, ctx: ArticleContext) -> None:
    """ "une femme … a été blessée": one victim, counted as 1."""
    subj = _passive_subject(m.trigger) or _subject(m.trigger)
    if m.trigger.pos_ == "VERB" and _passive_subject(m.trigger) is None:
        # active "killed a 68-year-old woman" / "a tué un passant": the victim is the object
        subj = next((c for c in m.trigger.children if c.dep_ in {"obj", "dobj"}), subj)
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


def _single_munition_hit(m: Mention, ctx: ArticleContext) -> None:
    """ "A missile struck a bulk carrier", "un drone a touché un immeuble": one munition hit."""
    hit_verbs = ctx.lex.cues_of("hit_verb")
    if m.trigger.lemma_.lower() not in hit_verbs and m.trigger.lower_ not in hit_verbs:
        return
    subj = _subject(m.trigger)
    if subj is None or not _single_munition(subj, ctx):
        return
    m.quantities.append(
        QuantityValue(
            kind="hit", value=1, text=subj.text, start=subj.idx, end=subj.idx + len(subj.text)
        )
    )
    m.prov("quantities.hit", f"{ctx.lang}.quantity.single_munition_hit", [subj])


def _single_munition(tok: Token | None, ctx: ArticleContext) -> bool:
    """ "un missile", "a drone": one munition named with an indefinite singular determiner."""
    if tok is None or "Sing" not in tok.morph.get("Number"):
        return False
    entry = instrument_of(tok, ctx.lex)
    if entry is None or not entry.munition:
        return False
    return any(c.lemma_.lower() in {"a", "an", "un", "une", "one"} for c in tok.children)


def _single_munition_downed(m: Mention, ctx: ArticleContext) -> None:
    """ "Un missile ukrainien a été abattu", "air defences shot down a drone": one intercepted."""
    trig = m.trigger
    munition = _passive_subject(trig) or next(
        (c for c in trig.children if c.dep_ in {"obj", "dobj"}), None
    )
    if not _single_munition(munition, ctx):
        return
    assert munition is not None
    m.quantities.append(
        QuantityValue(
            kind="intercepted",
            value=1,
            text=munition.text,
            start=munition.idx,
            end=munition.idx + len(munition.text),
        )
    )
    m.prov("quantities.intercepted", f"{ctx.lang}.quantity.single_munition_downed", [munition])
