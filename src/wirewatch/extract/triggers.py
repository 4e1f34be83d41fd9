"""Trigger detection: which words of a sentence state an event, and of which type.

A trigger is a verb or noun lemma listed in ``data/<lang>/triggers.tsv``. Its row says
what else the clause must hold (a munition for "viser"/"abattre", a place for "se rendre",
money for "dépenser"...), and for attack words the instrument found in the trigger's
phrase decides the type (``data/<lang>/instruments.tsv``): "attaque de drones" →
drone_strike, "frappe de missiles" → missile_strike, "tirs d'artillerie" → shelling.

Not events: a report verb alone, the content of a refusal, request or authorisation
("refusent d'autoriser Kiev à frapper"), the object of a wish ("espère avoir des
conversations"); :func:`is_nested` filters those.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from .lexicon import InstrumentEntry, Lexicon, TriggerEntry
from .mention import Mention
from .syntax import CLAUSE_DEPS, ancestors_in, has_reflexive

LOGGER = logging.getLogger(__name__)

# Verbal-event types whose complement is their content, not a separate event.
CONTENT_TAKING_TYPES: frozenset[str] = frozenset(
    {"demand", "reject", "threaten", "agreement", "accuse", "condemn"}
)
DEMONSTRATIVES: frozenset[str] = frozenset(
    {"ce", "cet", "cette", "ces", "this", "these", "that", "those"}
)
OTHER_WORDS: frozenset[str] = frozenset({"autre", "other", "another", "further", "more"})


def instrument_of(token: Token, lex: Lexicon) -> InstrumentEntry | None:
    """The instrument named by this token (its lemma or its text), if any."""
    for key in (token.lemma_.lower(), token.text.lower()):
        entry = lex.instruments.get(key)
        if entry is not None:
            return entry
    return None


def find_instrument(
    head: Token, lex: Lexicon, *, max_depth: int = 4
) -> tuple[Token, InstrumentEntry] | None:
    """The nearest instrument word in ``head``'s phrase (breadth first, clauses excluded)."""
    frontier = [head]
    for _depth in range(max_depth + 1):
        nxt: list[Token] = []
        for tok in frontier:
            if tok.i != head.i:
                entry = instrument_of(tok, lex)
                if entry is not None:
                    return tok, entry
            for child in tok.children:
                if child.dep_ in CLAUSE_DEPS and child.pos_ in {"VERB", "AUX"}:
                    continue
                nxt.append(child)
        frontier = nxt
    return None


def _lemmas_in(tokens: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.text.lower() for t in tokens}


def _subtree_without_clauses(head: Token) -> list[Token]:
    out: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(
            c for c in tok.children if not (c.dep_ in CLAUSE_DEPS and c.pos_ in {"VERB", "AUX"})
        )
    return out


def requirement_met(requires: str, token: Token, lex: Lexicon) -> bool:
    """Check the ``requires`` column of a trigger row against the trigger's phrase."""
    if not requires:
        return True
    phrase = _subtree_without_clauses(token)
    lemmas = _lemmas_in(phrase)
    for need in requires.split("+"):
        if need == "munition":
            found = find_instrument(token, lex)
            if found is None:
                return False
        elif need == "place":
            if not any(t.ent_type_ in {"LOC", "GPE"} for t in phrase if t.i != token.i):
                return False
            if token.lemma_.lower() == "rendre" and not has_reflexive(token):
                return False
        elif need == "person":
            if not any(
                c.dep_ in {"obj", "dobj", "nsubj", "nsubj:pass", "obl:arg"} for c in token.children
            ) and not any(
                t.ent_type_ in {"PER", "PERSON", "ORG", "NORP", "GPE", "LOC"}
                or t.pos_ in {"PRON", "PROPN"}
                for t in phrase
                if t.i != token.i
            ):
                return False
        elif need == "money":
            if not any(t.like_num for t in phrase) or not (
                lemmas
                & {"dollar", "euro", "$", "€", "milliard", "million", "billion", "usd", "eur"}
            ):
                return False
        elif need == "aid_object":
            if not (lemmas & (lex.cues_of("aid_object") | set(lex.instruments))) and not (
                lemmas & {"dollar", "euro", "$", "€", "milliard", "billion"}
            ):
                return False
        elif need == "object":
            if not any(
                c.dep_ in {"obj", "dobj", "xcomp", "ccomp", "obl:arg", "prep"}
                for c in token.children
            ):
                return False
        elif need == "phone":
            if not (lemmas & lex.cues_of("phone")):
                return False
        elif need == "signed":
            verbs = lex.cues_of("agreement_verb")
            if token.head.lemma_.lower() not in verbs and not any(
                c.lemma_.lower() in verbs for c in token.children
            ):
                return False
        elif need in {"control", "labour", "sanction"}:
            wanted = lex.cues_of(need) or {need}
            if not (lemmas & set(wanted)):
                return False
    return True


def is_nested(token: Token, sent: Span, lex: Lexicon) -> bool:
    """True for the content of a request, refusal, wish or authorisation (not an event itself)."""
    nested = lex.cues_of("nested") | lex.cues_of("desire")
    desire = lex.cues_of("desire")
    for anc in ancestors_in(token, sent):
        lemma = anc.lemma_.lower()
        if lemma in nested:
            return True
        # "a dit espérer pouvoir avoir des conversations": the wish is a sibling xcomp.
        if any(
            c.dep_ == "xcomp" and c.lemma_.lower() in desire and c.i < token.i for c in anc.children
        ):
            return True
        for entry in lex.triggers_for(lemma, anc.pos_):
            if entry.type in CONTENT_TAKING_TYPES and entry.kind == "event":
                return True
    return False


def _choose(entries: tuple[TriggerEntry, ...], token: Token, lex: Lexicon) -> TriggerEntry | None:
    # Rows with a requirement are more specific: try them first, then the plain ones.
    ordered = [e for e in entries if e.requires] + [e for e in entries if not e.requires]
    for entry in ordered:
        if requirement_met(entry.requires, token, lex):
            return entry
    return None


def _is_other_set(munition: Token | None) -> bool:
    return munition is not None and any(c.lemma_.lower() in OTHER_WORDS for c in munition.children)


def _is_anaphoric(token: Token, munition: Token | None) -> bool:
    for tok in (token, munition):
        if tok is not None and any(
            c.lemma_.lower() in DEMONSTRATIVES or c.text.lower() in DEMONSTRATIVES
            for c in tok.children
        ):
            return True
    return False


def _attack_subject_is_trigger(token: Token, lex: Lexicon) -> bool:
    """ "Des attaques de drones ont visé X": the noun is the trigger, not the verb."""
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}:
            for entry in lex.triggers_for(child.lemma_, child.pos_):
                if entry.kind == "attack":
                    return True
    return False


def find_mentions(sent: Span, para: int, lex: Lexicon) -> list[Mention]:
    """Every trigger of ``sent`` as a :class:`Mention` with its type, instrument and kind."""
    out: list[Mention] = []
    for token in sent:
        if token.is_space or token.is_punct:
            continue
        pos = "NOUN" if token.pos_ in {"PROPN", "X"} else token.pos_
        entries = lex.triggers_for(token.lemma_, pos)
        if not entries and pos == "ADJ":
            entries = lex.triggers_for(token.lemma_, "NOUN")
        if not entries:
            continue
        entry = _choose(entries, token, lex)
        if entry is None:
            continue
        mention = _mention(entry, token, sent, para, lex)
        if mention is None:
            continue
        if is_nested(token, sent, lex):
            LOGGER.debug("nested trigger %r skipped", token.text)
            continue
        out.append(mention)
    return out


def _mention(
    entry: TriggerEntry, token: Token, sent: Span, para: int, lex: Lexicon
) -> Mention | None:
    rule = (
        f"{lex.lang}.trigger.{'noun' if token.pos_ in {'NOUN', 'PROPN'} else 'verb'}:{entry.lemma}"
    )
    kind = entry.kind
    if kind == "munition_verb" and _attack_subject_is_trigger(token, lex):
        return None
    if kind in {"attack", "munition_verb", "intercept"}:
        found = find_instrument(token, lex)
        if (
            found is None
            and token.dep_ in {"obj", "dobj"}
            and token.head.lemma_.lower() in lex.cues_of("light_verb")
        ):
            found = find_instrument(token.head, lex)  # "launched an attack … with 145 drones"
        munition, inst = found if found else (None, None)
        if kind == "intercept" and (inst is None or not inst.munition):
            return None
        type_ = entry.type if entry.type != "*" else None
        if inst is not None and inst.type != "*":
            type_ = inst.type
        m = Mention(
            type=type_,
            kind="intercept" if kind == "intercept" else "attack",
            trigger=token,
            sent=sent,
            para=para,
            rule=rule,
            weak=type_ is None,
            instrument=inst.instrument if inst else None,
            munition=munition,
        )
        m.distinct = _is_other_set(munition)
        m.anaphoric = _is_anaphoric(token, munition)
        m.prov("type", rule, [token])
        if munition is not None and inst is not None:
            m.prov("instrument", f"{lex.lang}.instrument:{inst.lemma}", [munition])
        return m
    if kind == "anaphor":
        m = Mention(type=None, kind="anaphor", trigger=token, sent=sent, para=para, rule=rule)
        m.weak = m.anaphoric = True
        m.prov("type", rule, [token])
        return m
    if kind == "casualty":
        m = Mention(
            type=None,
            kind="casualty",
            trigger=token,
            sent=sent,
            para=para,
            rule=rule,
            casualty_kind=entry.quantity or "killed",
        )
        m.prov("quantities", rule, [token])
        return m
    type_ = entry.type
    if (
        kind == "weak_event"
        and type_.startswith("consult")
        and _lemmas_in(_subtree_without_clauses(token)) & lex.cues_of("phone")
    ):
        type_ = "consult_phone"
    m = Mention(
        type=type_,
        kind="capture" if kind == "capture" else "event",
        trigger=token,
        sent=sent,
        para=para,
        rule=rule,
        weak=kind == "weak_event" and type_ != "consult_phone",
    )
    m.anaphoric = _is_anaphoric(token, None)
    m.prov("type", rule, [token])
    return m
