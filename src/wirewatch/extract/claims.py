"""Claims: who states each event, and how (according to whom).

Cascade, first match wins (docs/extraction.md §Claims):

1. a report verb of ``data/<lang>/speech_verbs.tsv`` whose scope holds the trigger:
   preposed ("X a affirmé avoir neutralisé…") → the text after the verb; inverted incise
   ("…, a dénoncé sur X le président ukrainien Volodymyr Zelensky") → the text before it;
2. an attribution cue ("selon X", "d'après X", "according to X"), with "cette source"
   → the previous claimant and a pronoun ("selon lui") → the last named person;
3. nothing: the outlet's own voice (claimant None).

The speaker of a report verb is its subject (the nearest one when the parser gives two; for
parser-misread inversions, the noun phrase right after it; for a subjectless participle,
"faisant état de", its head verb's speaker); pronouns ("a-t-il poursuivi", "he said") are the
last person named, else the last source ("it said", "ont-ils ajouté": an institution).
A report verb is a lemma of ``speech_verbs.tsv`` or a ``lemma_object`` pair ("faire_état").
"…, two officials told reporters" is still an incise: the object of an ``addressee_verb`` cue
is the audience. A "selon"/"according to" cue covers its sentence, except that one opening
the second of two coordinated clauses covers that clause only, and a relative clause on the
cited source itself ("selon le parquet, qui a ouvert une enquête") is the outlet's voice.
Denials are remembered for :func:`wirewatch.extract.modality.apply_denials`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirewatch.model import Actor

from .arguments import actor_from_np
from .mention import ArticleContext, Mention
from .syntax import NEGATION_LEMMAS

LOGGER = logging.getLogger(__name__)


NEGATION_WORDS: frozenset[str] = frozenset(
    {"ne", "n'", "n’", "pas", "jamais", "not", "n't", "never", "no", "nullement"}
)


def is_negated(token: Token) -> bool:
    """A negation word among ``token``'s children ("n'a pas confirmé", "did not claim").

    Unlike a bare ``Polarity=Neg`` morph feature, which the French model sometimes puts on
    unrelated words ("Abou Dhabi a salué"), the word itself must be a negation.
    """
    return any(
        c.lower_ in NEGATION_WORDS or c.lemma_.lower() in NEGATION_LEMMAS for c in token.children
    )


@dataclass
class Attribution:
    """One source statement in a sentence and the character range it covers."""

    claimant: Actor | None
    role: str  # report, deny, responsibility, confirm, attribution
    verb: Token | None
    speaker_tokens: list[Token]
    lo: int
    hi: int
    rule: str
    negated: bool = False
    anonymous: bool = False
    extra: list[Actor] | None = None


def _speaker(verb: Token, skip: Token | None = None) -> Token | None:
    """The speaker of a report verb (``skip``: the object of a compound "faire état")."""
    subjects = [
        c
        for c in verb.children
        if c.dep_ in {"nsubj", "expl:subj"} and c.lower_ not in {"-t", "il"}
    ]
    if subjects:
        # Two subjects is a misparse ("Trainers set up a base in May, U.S. officials said"):
        # the one nearest the verb is its own.
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    for child in verb.children:
        if child.dep_ in {"nsubj", "expl:subj", "iobj"} and child.text.lstrip("-").lower() in {
            "il",
            "elle",
            "ils",
            "elles",
        }:
            return child
    # Parser-misread inversion: "a affirmé dimanche le conseiller …" read as an object.
    for child in verb.children:
        if (
            child.dep_ in {"obj", "dobj"}
            and child.i > verb.i
            and child.pos_ in {"NOUN", "PROPN"}
            and (skip is None or child.i != skip.i)
        ):
            if verb.i > 0 and any(t.text == "," for t in verb.doc[max(0, verb.i - 3) : verb.i]):
                return child
    if verb.dep_ in {"xcomp", "conj", "advcl"} and verb.head.pos_ == "VERB":
        # "…, a annoncé le maire, faisant état de trois morts": the participle's speaker
        return _speaker(verb.head)
    return None


def sentence_attributions(sent: Span, ctx: ArticleContext) -> list[Attribution]:
    """Every report verb and attribution cue of ``sent`` with the range it covers."""
    out: list[Attribution] = []
    lex = ctx.lex
    for tok in sent:
        role = _report_role(tok, lex.speech_verbs)
        if role is None or tok.pos_ not in {"VERB", "AUX"}:
            continue
        compound = None if tok.lemma_.lower() in lex.speech_verbs else _compound_object(tok)
        spk = _speaker(tok, compound)
        if spk is None:
            continue
        actor, toks = actor_from_np(spk, ctx)
        lower = spk.text.lstrip("-").lower()
        if lower in {"il", "elle", "he", "she"}:
            actor, toks = _pronoun_source(ctx), [spk]
        elif lower in {"it", "they", "ils", "elles"} and ctx.last_claimant is not None:
            actor, toks = ctx.last_claimant, [spk]  # "it said", "ont-ils ajouté": an institution
        if (
            role == "report"
            and tok.lemma_.lower() == "claim"
            and any(c.lemma_.lower() == "responsibility" for c in tok.children)
        ):
            role = "responsibility"  # "did not claim responsibility for the attack"
        comma = _incise_comma(tok, spk, sent, lex.cues_of("addressee_verb"))
        if comma is not None:
            # "…, a dénoncé le président" / "…, the general staff said": the text before.
            lo = sent.start_char
            hi = comma.idx
        else:
            lo = tok.idx + len(tok.text)
            hi = _clause_end(sent, tok)
        out.append(
            Attribution(
                claimant=actor,
                role=role,
                verb=tok,
                speaker_tokens=toks,
                lo=lo,
                hi=hi,
                rule=f"{lex.lang}.claim.verb:{tok.lemma_.lower()}",
                negated=is_negated(tok),
            )
        )
    out.extend(_cue_attributions(sent, ctx))
    return out


def _compound_object(tok: Token) -> Token | None:
    """The object that makes ``tok`` a report verb ("état" in "fait état de")."""
    return next((c for c in tok.children if c.dep_ in {"obj", "dobj"}), None)


def _pronoun_source(ctx: ArticleContext) -> Actor | None:
    """ "a-t-il ajouté", "selon lui", "he said": the last person named as a source, else the
    last source (a French "il" is also "l'état-major", "le ministère")."""
    return ctx.last_person if ctx.last_person is not None else ctx.last_claimant


def _report_role(tok: Token, speech_verbs: dict[str, str]) -> str | None:
    """Role of a report verb: its lemma, or a lemma_object pair ("faire_état" → "fait état")."""
    role = speech_verbs.get(tok.lemma_.lower())
    if role is not None:
        return role
    for child in tok.children:
        if child.dep_ in {"obj", "dobj"}:
            role = speech_verbs.get(f"{tok.lemma_.lower()}_{child.lemma_.lower()}")
            if role is not None:
                return role
    return None


def _incise_comma(
    verb: Token, speaker: Token, sent: Span, addressee_verbs: frozenset[str] = frozenset()
) -> Token | None:
    """The comma that opens a report incise ("…, a affirmé X" / "…, X said"), if any."""
    # report verbs whose direct object is the audience ("…, two officials told reporters")
    addressee_verb = verb.lemma_.lower() in addressee_verbs
    content_after = [
        c
        for c in verb.children
        if c.i > verb.i
        and c.i != speaker.i
        and c.dep_ in {"obj", "dobj", "ccomp", "xcomp", "obl:arg"}
        and not (addressee_verb and c.dep_ in {"obj", "dobj"})  # "…, two officials told AFP"
    ]
    if content_after:
        return None  # "Interrogé par l'AFP, l'entourage n'a pas confirmé cette conversation"
    group = [verb, *[c for c in verb.children if c.dep_.startswith("aux")], speaker.left_edge]
    first = min(t.i for t in group)
    if first - 1 <= sent.start:
        return None
    before = verb.doc[first - 1]
    if before.text in {"'", '"', "»", "”"} and first - 2 > sent.start:
        before = verb.doc[first - 2]
    return before if before.text == "," else None


def _clause_end(sent: Span, verb: Token) -> int:
    return sent.end_char


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _cue_attributions(sent: Span, ctx: ArticleContext) -> list[Attribution]:
    lex = ctx.lex
    cues = lex.cues_of("attribution")
    single = {c for c in cues if " " not in c and "'" not in c}
    out: list[Attribution] = []
    toks = [t for t in sent if not t.is_space]
    for idx, tok in enumerate(toks):
        low = tok.lower_
        match = low in single
        rule = f"{lex.lang}.claim.{low}"
        if (
            not match
            and low in {"d'", "d’"}
            and idx + 1 < len(toks)
            and toks[idx + 1].lower_ in {"après"}
        ):
            match, rule = True, f"{lex.lang}.claim.d_apres"
            tok = toks[idx + 1]
        if (
            not match
            and low == "according"
            and idx + 1 < len(toks)
            and toks[idx + 1].lower_ == "to"
        ):
            match, rule = True, f"{lex.lang}.claim.according_to"
            tok = toks[idx + 1]
        if (
            not match
            and idx == 0
            and len(toks) > 2
            and toks[1].pos_ == "PRON"
            and toks[2].text == ","
        ):
            # A misspelt "Selon lui," opening a sentence ("Selui lui,"): same cue, fuzzily.
            if any(_edit_distance(low, c) <= 2 for c in single if len(c) >= 4):
                match, rule = True, f"{lex.lang}.claim.selon_fuzzy"
        if not match:
            continue
        source = _source_noun(tok)
        if source is None:
            continue
        actor, stoks, anonymous, extra = _source_actor(source, ctx)
        out.append(
            Attribution(
                claimant=actor,
                role="attribution",
                verb=None,
                speaker_tokens=stoks,
                lo=_cue_clause_start(tok, sent),
                hi=sent.end_char,
                rule=rule,
                anonymous=anonymous,
                extra=extra,
            )
        )
    return out


def _cue_clause_start(cue: Token, sent: Span) -> int:
    """Where a "selon"/"according to" cue's reach starts: the sentence, or only the second of
    two coordinated clauses when the cue sits in it ("They spoke on Thursday, and according
    to the White House, the president asked…": the call is the outlet's)."""
    tok = cue
    for _ in range(6):
        # "according" itself is tagged VERB: the clause verb is the first one above the cue
        if (tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"prep", "case", "mark"}) or (
            tok.head.i == tok.i
        ):
            break
        tok = tok.head
    if tok.pos_ not in {"VERB", "AUX"} or tok.dep_ != "conj" or tok.head.i >= cue.i:
        return sent.start_char
    if cue.i > tok.i:
        return sent.start_char  # a final "…, according to the mayor" covers the sentence
    first = tok.head
    own = {t.i for t in tok.subtree}
    if any(t.i >= cue.i for t in first.subtree if t.i not in own and not t.is_punct):
        return sent.start_char  # the first clause goes on after the cue: keep the sentence
    return min(t.idx for t in tok.subtree)


def _source_noun(cue: Token) -> Token | None:
    if cue.dep_ in {"case", "prep"} and cue.head.i != cue.i and cue.dep_ == "case":
        return cue.head
    pobj = [c for c in cue.children if c.dep_ == "pobj"]
    if pobj:
        return pobj[0]
    nxt = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    if nxt is not None and nxt.pos_ in {"PRON", "PROPN", "NOUN", "DET"}:
        return nxt if nxt.pos_ != "DET" else nxt.head
    return None


def _source_actor(
    source: Token, ctx: ArticleContext
) -> tuple[Actor | None, list[Token], bool, list[Actor]]:
    lex = ctx.lex
    low = source.lower_
    if source.pos_ == "PRON" or low in {"lui", "elle", "him", "her", "eux", "them"}:
        return _pronoun_source(ctx), [source], False, []
    if source.lemma_.lower() in lex.cues_of("anaphoric_source") and any(
        c.lemma_.lower() in {"ce", "cet", "cette", "même", "this", "same", "that"}
        for c in source.children
    ):
        return ctx.last_claimant, [source], False, []
    anonymous = any(c.lemma_.lower() in {"anonyme", "anonymous"} for c in source.children)
    named = None
    if source.lemma_.lower() in lex.cues_of("anaphoric_source"):
        # "les sources anonymes du quotidien américain, le Washington Post" → the named outlet.
        for t in source.subtree:
            if t.ent_type_ in {"ORG", "PER", "PERSON", "GPE", "LOC", "NORP"} and t.ent_iob_ == "B":
                named = t
                break
    actor, toks = actor_from_np(named or source, ctx)
    if named is not None:
        ent = next((e for e in ctx.doc.ents if e.start <= named.i < e.end), None)
        if ent is not None:
            from . import resolvers

            actor, toks = resolvers.resolve_actor(ent.text, lang=ctx.lang), list(ent)
    extra: list[Actor] = []
    for conj in [c for c in source.children if c.dep_ == "conj"]:
        other, _ = actor_from_np(conj, ctx)
        if other is not None:
            extra.append(other)
    return actor, toks, anonymous, extra


def attribute(
    m: Mention, attributions: list[Attribution], ctx: ArticleContext
) -> Attribution | None:
    """Pick the attribution covering ``m`` and set its claimant; return it (or None)."""
    pos = m.trigger.idx
    best: Attribution | None = None
    announcer = _announcer(m, attributions)
    for att in attributions:
        if att.verb is not None and att.verb.i == m.trigger.i:
            continue
        if att is announcer and any(
            o is not att and o.lo <= pos < o.hi and o.claimant for o in attributions
        ):
            continue  # "X said the US would announce sanctions": X is the source, the US acts
        if att.verb is None and _in_source_relative(m.trigger, att):
            continue  # "selon le parquet, qui a ouvert une enquête": the outlet's own words
        if any(t.i == m.trigger.i for t in att.speaker_tokens):
            continue
        if not att.lo <= pos < att.hi:
            continue
        if best is None or _closer(att, best, pos):
            best = att
    if best is None:
        return None
    # a report verb beats a "selon" cue when both cover the trigger; the closer verb wins.
    m.claimant = best.claimant
    m.extra_claimants = list(best.extra or [])
    m.cue = best.rule.split(".")[-1] + (";anonymous-sources" if best.anonymous else "")
    m.prov("claimant", best.rule, best.speaker_tokens or ([best.verb] if best.verb else None))
    announced = best is announcer  # "Les Etats-Unis ont annoncé une nouvelle aide"
    if (
        (best.role == "responsibility" or announced)
        and not best.negated
        and m.initiator is None
        and best.claimant
    ):
        m.initiator = best.claimant
        m.prov("initiator", f"{ctx.lang}.initiator.claims_responsibility", best.speaker_tokens)
    elif announcer is not None and announcer is not best and m.initiator is None:
        if announcer.claimant is not None:
            m.initiator = announcer.claimant
            m.prov("initiator", f"{ctx.lang}.initiator.announcer", announcer.speaker_tokens)
    return best


def _announcer(m: Mention, attributions: list[Attribution]) -> Attribution | None:
    """The report verb whose object is the event word: announcing an act is doing it."""
    if m.kind not in {"event", "capture"} or m.trigger.dep_ not in {"obj", "dobj"}:
        return None
    return next(
        (
            a
            for a in attributions
            if a.verb is not None
            and a.verb.i == m.trigger.head.i
            and a.role == "report"  # "le Kremlin dément toute discussion" denies, not acts
            and not a.negated
        ),
        None,
    )


def _in_source_relative(trigger: Token, att: Attribution) -> bool:
    """The trigger sits in a relative clause hanging on the cited source itself."""
    source_ids = {t.i for t in att.speaker_tokens}
    tok = trigger
    for _ in range(8):
        if tok.dep_ in {"relcl", "acl:relcl"} and tok.head.i in source_ids:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _closer(a: Attribution, b: Attribution, pos: int) -> bool:
    if (a.verb is None) != (b.verb is None):
        return a.verb is not None
    da = min(abs(pos - a.lo), abs(pos - a.hi))
    db = min(abs(pos - b.lo), abs(pos - b.hi))
    return da < db


def remember(attributions: list[Attribution], sent: Span, ctx: ArticleContext) -> None:
    """Update the last claimant and the last person named, for the sentences that follow.

    Denials ("a démenti", "dismissed as lies") are kept for :func:`modality.apply_denials`.
    """
    denial_words = [c for c in ctx.lex.cues_of("denial") if c in sent.text.lower()]
    for att in attributions:
        if att.claimant is not None and not att.negated and att.verb is not None:
            if att.role == "deny" or (att.role == "report" and denial_words):
                ctx.denials.append((sent, att))
    for att in attributions:
        if att.claimant is not None:
            ctx.last_claimant = att.claimant
            ctx.last_claimant_tokens = att.speaker_tokens
            if att.claimant.kind == "person" or any(
                t.ent_type_ in {"PER", "PERSON"} for t in att.speaker_tokens
            ):
                ctx.last_person = att.claimant
