"""Status of a mention: asserted, claimed, unconfirmed, denied, hypothetical or negated.

Cascade (first match wins):

1. the attributing verb: "démentir"/"deny" → denied; negated "confirmer"/"confirm" →
   unconfirmed; negated "revendiquer"/"claim" → negated (the responsibility is not claimed);
2. a denial word in the sentence ("pure fiction", "baseless") with a claimant → denied;
3. the event verb itself negated ("n'ont pas frappé", "did not attack") → negated;
4. modal or future on the trigger's verb chain up to the report verb ("pourrait",
   "devra", "would", "plans to", future tense) → hypothetical, except aid words, whose
   future is a pledge (type ``aid_pledge``, PLOVER's AGREE);
5. journalistic conditional ("aurait demandé": conditional auxiliary + participle) →
   unconfirmed when nobody is named, claimed otherwise;
6. otherwise claimed when there is a claimant, asserted when the outlet speaks.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from .claims import Attribution
from .mention import ArticleContext, Mention
from .syntax import is_negated

LOGGER = logging.getLogger(__name__)


CORE_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "obl:arg"})


def _verb_chain(m: Mention, stop: Token | None, speech: dict[str, str]) -> list[Token]:
    """The trigger's verb and the verbs it complements (xcomp/ccomp), up to a report verb."""
    start = m.trigger
    if start.pos_ not in {"VERB", "AUX"}:
        if start.dep_ in CORE_DEPS and start.head.pos_ in {"VERB", "AUX"}:
            start = start.head
        else:
            return []
    if start.lemma_.lower() in speech and start.i != m.trigger.i:
        return []
    chain = [start]
    tok = start
    while (
        tok.dep_ in {"xcomp", "ccomp"} and tok.head.i != tok.i and tok.head.pos_ in {"VERB", "AUX"}
    ):
        tok = tok.head
        if (stop is not None and tok.i == stop.i) or tok.lemma_.lower() in speech:
            break
        chain.append(tok)
    return chain


def _aux(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_.startswith("aux")]


def assess(m: Mention, att: Attribution | None, ctx: ArticleContext) -> None:
    lex = ctx.lex
    lang = ctx.lang
    status = "claimed" if m.claimant is not None else "asserted"
    rule = f"{lang}.modality.claimed" if status == "claimed" else f"{lang}.modality.asserted"
    if att is not None and att.role == "deny":
        status, rule = "denied", f"{lang}.modality.deny_verb"
    elif att is not None and att.role == "confirm" and att.negated:
        status, rule = "unconfirmed", f"{lang}.modality.not_confirmed"
    elif att is not None and att.role == "responsibility" and att.negated:
        status, rule = "negated", f"{lang}.modality.responsibility_not_claimed"
    elif att is not None and att.negated and att.role == "report":
        status, rule = "denied", f"{lang}.modality.negated_report"
    else:
        sent_lower = m.sent.text.lower()
        denial = [c for c in lex.cues_of("denial") if c in sent_lower]
        unconfirmed = [c for c in lex.cues_of("unconfirmed") if c in sent_lower]
        chain = _verb_chain(m, att.verb if att is not None else None, lex.speech_verbs)
        hypothetical = lex.cues_of("hypothetical")
        if denial and m.claimant is not None:
            status, rule = "denied", f"{lang}.modality.denial:{denial[0]}"
        elif unconfirmed:
            status, rule = "unconfirmed", f"{lang}.modality.unverified"
        elif any(is_negated(t) for t in chain[:1]) or (
            m.trigger.pos_ == "NOUN"
            and m.trigger.head.pos_ == "VERB"
            and is_negated(m.trigger.head)
            and m.trigger.head.lemma_.lower() not in lex.speech_verbs
        ):
            status, rule = "negated", f"{lang}.modality.negation"
        else:
            for tok in chain:
                forms = [tok, *_aux(tok)]
                future = any("Fut" in f.morph.get("Tense") for f in forms) or any(
                    a.lower_ in {"will", "shall", "'ll"} for a in _aux(tok)
                )
                if future and m.type in {"aid_delivery", "aid_pledge"}:
                    m.type = (
                        "aid_pledge"  # PLOVER: future AID is AGREE (a pledge), not a hypothesis
                    )
                    m.prov("type", f"{lang}.modality.future_aid_is_pledge", [tok])
                    break
                if tok.lemma_.lower() in hypothetical and tok.i != m.trigger.i:
                    status, rule = "hypothetical", f"{lang}.modality.modal:{tok.lemma_.lower()}"
                    break
                if any(a.lower_ in hypothetical for a in _aux(tok)):
                    status, rule = "hypothetical", f"{lang}.modality.modal:{_aux(tok)[0].lower_}"
                    break
                if future:
                    status, rule = "hypothetical", f"{lang}.modality.future"
                    break
                if any("Cnd" in f.morph.get("Mood") for f in forms):
                    journalistic = any("Cnd" in a.morph.get("Mood") for a in _aux(tok)) and (
                        "Part" in tok.morph.get("VerbForm")
                    )
                    if journalistic:
                        status = "claimed" if m.claimant is not None else "unconfirmed"
                        rule = f"{lang}.modality.journalistic_conditional"
                    else:
                        status, rule = "hypothetical", f"{lang}.modality.conditional"
                    break
    m.status = status
    m.prov("status", rule)
