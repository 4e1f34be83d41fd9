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

import dataclasses
import logging
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirewatch.model import Actor, Claim, QuantityValue

from . import resolvers
from .arguments import actor_context, actor_from_np
from .lexicon import Lexicon, words_any
from .mention import ArticleContext, Mention
from .syntax import NEGATION_LEMMAS

LOGGER = logging.getLogger(__name__)


# "ni"/"nor" included: "n'a jamais confirmé ni démenti" negates the second verb too
NEGATION_WORDS: frozenset[str] = words_any("negation_words")


def is_negated(token: Token) -> bool:
    """A negation word among ``token``'s children ("n'a pas confirmé", "did not claim").

    Unlike a bare ``Polarity=Neg`` morph feature, which the French model sometimes puts on
    unrelated words ("Abou Dhabi a salué"), the word itself must be a negation.
    """
    return any(
        c.lower_ in NEGATION_WORDS or c.lemma_.lower() in NEGATION_LEMMAS for c in token.children
    )


# Dependents that make a verb a report verb with it ("faire_état", "faire_savoir", "put_toll").
COMPOUND_DEPS: frozenset[str] = frozenset({"obj", "dobj", "xcomp"})


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
    cue_start: int | None = None  # where a "selon"/"according to" cue begins (char offset)


def _speaker(verb: Token, skip: Token | None = None) -> Token | None:
    """The speaker of a report verb (``skip``: the object of a compound "faire état")."""
    subjects = [
        c
        for c in verb.children
        if c.dep_ in {"nsubj", "expl:subj"} and c.lower_ not in {"-t", "il"}
    ]
    if subjects and subjects[0].text.lstrip("-").lower() == "on":
        # "a-t-on appris de source militaire", "apprend-on auprès du ministère": the
        # impersonal "on" learned it from the source in the verb's "de"/"auprès de" phrase
        return next(
            (
                c
                for c in verb.children
                if c.dep_.startswith("obl")
                and any(k.lower_ in {"de", "d'", "auprès", "du", "des"} for k in c.children)
            ),
            None,
        )
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
        if any(
            c.dep_.startswith("expl") and c.lemma_.lower() in {"se", "soi"} for c in tok.children
        ):
            continue  # "ces pertes s'expliquent par…", "Macron se dit indigné": no report
        compound = _compound_object(tok)
        if compound is not None and (
            f"{tok.lemma_.lower()}_{compound.lemma_.lower()}" not in lex.speech_verbs
        ):
            compound = None  # "a fait savoir le gouverneur": the object is the speaker
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
        if _is_earlier_version(spk, lex):
            role = "retracted"  # "an earlier version of this article said 25": corrected
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
                anonymous=_anonymity_said(sent, ctx),
            )
        )
    out.extend(_cue_attributions(sent, ctx))
    return out


def _is_earlier_version(speaker: Token, lex: Lexicon) -> bool:
    """ "An earlier version of this story said…", "une version précédente de cet article
    indiquait…": the outlet's own retracted text, no one's claim."""
    earlier = lex.cues_of("earlier")
    return speaker.lemma_.lower() in lex.cues_of("retracted_text") and any(
        c.lemma_.lower() in earlier or c.lower_ in earlier for c in speaker.children
    )


def _anonymity_said(sent: Span, ctx: ArticleContext) -> bool:
    """ "officials speaking on condition of anonymity", "sous couvert d'anonymat": the named
    speakers are anonymous sources."""
    low = sent.text.lower()
    return any(c in low for c in ctx.lex.cues_of("anonymity"))


def _compound_object(tok: Token) -> Token | None:
    """The object that makes ``tok`` a report verb ("état" in "fait état de")."""
    return next((c for c in tok.children if c.dep_ in COMPOUND_DEPS), None)


def _pronoun_source(ctx: ArticleContext) -> Actor | None:
    """ "a-t-il ajouté", "selon lui", "he said": the last person named as a source, else the
    last source (a French "il" is also "l'état-major", "le ministère")."""
    return ctx.last_person if ctx.last_person is not None else ctx.last_claimant


def _report_role(tok: Token, speech_verbs: dict[str, str]) -> str | None:
    """Role of a report verb: its lemma, or a lemma_object pair ("faire_état" → "fait état")."""
    role = speech_verbs.get(tok.lemma_.lower())
    if role is not None:
        return role
    if any(c.lemma_.lower() == "faire" and c.i < tok.i for c in tok.children):
        # "a fait savoir le gouverneur": the parser hangs the causative "faire" on "savoir"
        role = speech_verbs.get(f"faire_{tok.lemma_.lower()}")
        if role is not None:
            return role
    for child in tok.children:
        # "fait état de" (état: obj or xcomp), "a fait savoir" (savoir: xcomp)
        if child.dep_ in COMPOUND_DEPS:
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
    group = [
        verb,
        *[
            c
            for c in verb.children
            if c.dep_.startswith("aux") or (c.i < verb.i and c.lemma_.lower() == "faire")
        ],
        speaker.left_edge,
    ]
    # "a fait savoir": the auxiliary hangs on "fait"; the comma may too (skip it)
    first = min(
        min(x.i for x in t.subtree if not x.is_punct) if t.i < verb.i else t.i for t in group
    )
    if first - 1 <= sent.start:
        return None
    before = verb.doc[first - 1]
    if before.text in {"'", '"', "»", "”"} and first - 2 > sent.start:
        before = verb.doc[first - 2]
    return before if before.text == "," else None


def _clause_end(sent: Span, verb: Token) -> int:
    """Where a preposed report verb's content ends: the sentence, less a trailing adjunct
    after a comma ("n'a jamais confirmé leur présence, se bornant à invoquer le traité…":
    the treaty is not what was left unconfirmed)."""
    conjs = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for conj in conjs:
        if conj.i > verb.i and any(c.dep_ in {"nsubj", "nsubj:pass"} for c in conj.children):
            # "Kyiv claimed …, but Moscow dismissed the figure": the second speaker's clause
            first = min(t.i for t in conj.subtree if not t.is_punct and t.dep_ != "cc")
            cut = verb.doc[first]
            while cut.i > sent.start and (cut.nbor(-1).is_punct or cut.nbor(-1).dep_ == "cc"):
                cut = cut.nbor(-1)
            return cut.idx
    for child in [c for v in (verb, *conjs) for c in v.children]:
        if child.i <= verb.i or child.dep_ not in {"advcl"} or child.pos_ != "VERB":
            continue
        first = min(t.i for t in child.subtree)
        if first > sent.start and verb.doc[first - 1].text == ",":
            return verb.doc[first - 1].idx
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
        cue_start = tok.idx
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
        actor, stoks, anonymous, extra = _source_actor(source, ctx, tok)
        out.append(
            Attribution(
                claimant=actor,
                role="attribution",
                verb=None,
                speaker_tokens=stoks,
                lo=_cue_clause_start(tok, sent),
                hi=sent.end_char,
                rule=rule,
                anonymous=anonymous or _anonymity_said(sent, ctx),
                extra=extra,
                cue_start=cue_start,
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


def _author(ctx: ArticleContext) -> Actor | None:
    """Who "we" is in a cue: the text's issuer ("Intersyndicale (communiqué)"), else the
    last source named."""
    outlet = re.sub(r"\s*\(.*?\)\s*", " ", ctx.article.outlet or "").strip()
    if not outlet:
        return ctx.last_claimant
    return resolvers.resolve_actor(outlet, lang=ctx.lang, context=actor_context(ctx))


def _source_actor(
    source: Token, ctx: ArticleContext, cue: Token | None = None
) -> tuple[Actor | None, list[Token], bool, list[Actor]]:
    lex = ctx.lex
    low = source.lower_
    if low in {"nous", "we", "us"}:
        # "selon nous" in a press release or a statement: its author speaks
        return _author(ctx), [source], False, []
    if source.pos_ == "PRON" or low in {"lui", "elle", "him", "her", "eux", "them"}:
        return _pronoun_source(ctx), [source], False, []
    if source.lemma_.lower() in lex.cues_of("anaphoric_source") and any(
        c.lemma_.lower() in {"ce", "cet", "cette", "même", "this", "same", "that"}
        for c in source.children
    ):
        return ctx.last_claimant, [source], False, []
    author = _document_author(source, lex)
    if author is not None:
        source = author  # "selon un bilan communiqué par la protection civile"
    anonymous = any(c.lemma_.lower() in {"anonyme", "anonymous"} for c in source.children)
    named = None
    if source.lemma_.lower() in lex.cues_of("anaphoric_source"):
        # "les sources anonymes du quotidien américain, le Washington Post" → the named outlet.
        for t in source.subtree:
            if t.ent_type_ in {"ORG", "PER", "PERSON", "GPE", "LOC", "NORP"} and t.ent_iob_ == "B":
                named = t
                break
    actor, toks = actor_from_np(named or source, ctx)
    if named is None and cue is not None and source.left_edge.i < cue.i:
        # "60 000 selon la police, 100 000 selon les syndicats": the parser hangs the earlier
        # pair under the later source; the source is only what follows its own cue
        end = source.i + 1
        right = {t.i for t in source.subtree if t.i > source.i}
        while end in right and not ctx.doc[end].is_punct:
            end += 1  # "selon le ministère de l'Intérieur": the source's own complements
        phrase = ctx.doc[cue.i + 1 : end]
        actor = resolvers.resolve_actor(phrase.text, lang=ctx.lang, context=actor_context(ctx))
        toks = list(phrase)
    if named is not None:
        ent = next((e for e in ctx.doc.ents if e.start <= named.i < e.end), None)
        if ent is not None:
            actor = resolvers.resolve_actor(ent.text, lang=ctx.lang, context=actor_context(ctx))
            toks = list(ent)
    extra: list[Actor] = []
    for conj in _joint_sources(source):
        other, _ = actor_from_np(conj, ctx)
        if other is not None:
            extra.append(other)
    return actor, toks, anonymous, extra


def _document_author(source: Token, lex: Lexicon) -> Token | None:
    """The author of a cited document: "selon un bilan de l'ONU", "selon un communiqué publié
    par l'armée", "according to figures released by the health ministry", "according to a
    statement from the army"."""
    if source.lemma_.lower() not in lex.cues_of("document_source"):
        return None
    for child in source.children:
        if child.dep_ in {"acl", "amod"} and child.pos_ == "VERB":
            for agent in child.children:
                if agent.dep_ == "obl:agent":
                    return agent
                if agent.dep_ == "agent":
                    return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if child.dep_ == "nmod" and any(
            c.lower_ in {"de", "du", "des", "d'"} for c in child.children
        ):
            if child.pos_ in {"PROPN", "NOUN"}:
                return child
        if child.dep_ == "prep" and child.lower_ in {"of", "from", "by"}:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _joint_sources(source: Token) -> list[Token]:
    """ "selon Séoul, Kiev et Washington": the conjuncts, and the names the parser hangs as
    a modifier after a comma (no preposition of their own), with their own conjuncts."""
    out: list[Token] = []
    for child in source.children:
        listed = (
            child.dep_ in {"nmod", "appos"}
            and child.pos_ == "PROPN"
            and child.i > source.i
            and child.nbor(-1).text == ","
            and not any(c.dep_ in {"case", "prep"} for c in child.children)
        )
        if child.dep_ == "conj" or listed:
            out.append(child)
            out.extend(_joint_sources(child) if listed else [])
    return out


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
    if best.role == "retracted":
        m.cue = "retracted"  # dropped by the engine: a corrected figure is nobody's claim
        m.prov("claimant", best.rule + ";retracted", best.speaker_tokens)
        return best
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
    denial = ctx.lex.cues_of("denial")
    for att in attributions:
        # "Moscou a qualifié ce chiffre de pure fiction": the denial words of its own clause
        said = ctx.doc.text[att.lo : att.hi].lower() if att.verb is not None else ""
        denial_words = [c for c in denial if c in said]
        if att.claimant is not None and not att.negated and att.verb is not None:
            if att.role == "deny" or (att.role == "report" and denial_words):
                ctx.denials.append((sent, att))
        elif att.claimant is not None and att.negated and att.role == "confirm":
            # "Le Kremlin n'a jamais confirmé leur présence": an unconfirmed claim
            ctx.denials.append((sent, att))
    for att in attributions:
        if att.claimant is not None:
            ctx.last_claimant = att.claimant
            ctx.last_claimant_tokens = att.speaker_tokens
            if att.claimant.kind == "person" or any(
                t.ent_type_ in {"PER", "PERSON"} for t in att.speaker_tokens
            ):
                ctx.last_person = att.claimant


# -- rival figures ----------------------------------------------------------------------------

# Words allowed between a figure and its own "selon" cue: "60 000 selon la police",
# "45 000 manifestants d'après la préfecture", "some 120,000 people, according to police".
_GAP_POS: frozenset[str] = frozenset({"DET", "ADP", "ADV", "PUNCT", "SPACE", "CCONJ"})


def _figure_cues(
    sent: Span, atts: list[Attribution], ctx: ArticleContext
) -> list[tuple[Attribution, int, int, int]]:
    """Each "selon X" cue that follows a figure of its own: (cue, value, start, end)."""
    counted = ctx.lex.cues_of("people") | ctx.lex.cues_of("troops")
    numbers = resolvers.find_numbers(sent.text, ctx.lang)
    base = sent.start_char
    out: list[tuple[Attribution, int, int, int]] = []
    for att in atts:
        if att.cue_start is None or att.claimant is None:
            continue
        before = [n for n in numbers if base + n.end <= att.cue_start]
        if not before or getattr(before[-1], "kind", "count") != "count":
            continue
        num = before[-1]
        a, b = base + num.start, base + num.end
        gap = [t for t in sent if b <= t.idx < att.cue_start]
        words = [t for t in gap if t.pos_ not in _GAP_POS]
        if len(gap) > 4 or any(w.lemma_.lower() not in counted for w in words):
            continue  # "1,3 million de personnes ont défilé selon X": a clause, not a pair
        out.append((att, int(num.value), a, b))
    return out


def rival_figures(
    m: Mention, att: Attribution | None, atts: list[Attribution], ctx: ArticleContext
) -> list[Mention]:
    """Figures of other sources in the same sentence, each a claim of its own, never summed.

    "1,3 million de personnes ont défilé selon la CGT, 440 000 selon la police": the police's
    figure is a copy of the mention with the police as claimant and its own figure
    (GUIDELINES §7). When the cue nearest the event word is itself one of two or more such
    pairs and the event's own figure is neither ("Des dizaines de milliers de personnes …,
    60 000 selon la police, 100 000 selon les syndicats"), that figure is the outlet's.
    """
    if m.kind not in {"casualty", "event", "attack", "intercept"}:
        return []
    pairs = _figure_cues(m.sent, atts, ctx)
    if m.status not in {"claimed", "asserted", "unconfirmed"}:
        return []
    if not pairs and PERSON_COUNTS_PARTICIPANTS.get(m.type or "") is None:
        return []  # a protest may still hold a crowd estimate ("police estimated the crowd at")
    from .quantities import PERSON_COUNTS

    kind = m.quantities[0].kind if m.quantities else None
    kind = kind or PERSON_COUNTS.get(m.type or "") or m.casualty_kind
    if kind is None:
        return []
    own_starts = {q.start for q in m.quantities}
    out: list[Mention] = []
    if kind == "participants":
        out.extend(_crowd_estimates(m, ctx))
    for pair_att, value, a, b in pairs:
        if pair_att is att:
            if a in own_starts or not m.quantities:
                continue
            if len(pairs) < 2 and not _trailing_pair(m, a, ctx):
                continue
            m.claimant, m.extra_claimants, m.cue = None, [], None
            m.status = "asserted" if m.status == "claimed" else m.status
            m.prov("claimant", f"{ctx.lang}.claim.outlet_figure_before_rivals")
        elif a in own_starts:
            mine = next(q for q in m.quantities if q.start == a)
            if not any(q.kind == mine.kind and q.start != a for q in m.quantities):
                continue
            # "1,3 million selon la CGT, 440 000 selon la police": the second figure, picked up
            # by the event word too, is the other source's, never the event's own
            m.quantities = [q for q in m.quantities if q.start != a]
        qv = QuantityValue(kind=kind, value=value, text=ctx.doc.text[a:b], start=a, end=b)
        copy = dataclasses.replace(
            m,
            claimant=pair_att.claimant,
            extra_claimants=list(pair_att.extra or []),
            status="claimed",
            quantities=[qv],
            provenance=[],
            cue=pair_att.rule.split(".")[-1],
        )
        copy.prov("claimant", f"{ctx.lang}.claim.rival_figure", pair_att.speaker_tokens)
        copy.prov(f"quantities.{kind}", f"{ctx.lang}.quantity.rival_figure")
        out.append(copy)
    return out


# "Police estimated the crowd at 40,000", "la préfecture a chiffré à 45 000 le nombre de
# manifestants", "la police a évalué la foule à 15 000 personnes": the subject's count.
PERSON_COUNTS_PARTICIPANTS: dict[str, str] = {
    "peaceful_protest": "participants",
    "protest_with_intervention": "participants",
    "riot": "participants",
}
ESTIMATE_VERBS: frozenset[str] = words_any("estimate_verbs")
CROWD_NOUNS: frozenset[str] = words_any("crowd_nouns")


def _crowd_estimates(m: Mention, ctx: ArticleContext) -> list[Mention]:
    """A crowd estimate in the protest's sentence: a claim of its own (the estimator's)."""
    out: list[Mention] = []
    for verb in m.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ESTIMATE_VERBS:
            continue
        obj = next((c for c in verb.children if c.dep_ in {"obj", "dobj"}), None)
        if obj is None or not ({t.lemma_.lower() for t in obj.subtree} & CROWD_NOUNS):
            continue
        fig: Token | None = None
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in {"at", "to"}:
                fig = next((p for p in c.children if p.dep_ == "pobj"), None)
            elif c.dep_.startswith("obl") and any(
                x.dep_ == "case" and x.lower_ == "à" for x in c.children
            ):
                fig = c
            if fig is not None:
                break
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if fig is None or subj is None:
            continue
        span = ctx.doc[fig.left_edge.i : fig.right_edge.i + 1]
        nums = resolvers.find_numbers(span.text, ctx.lang)
        if not nums or getattr(nums[0], "kind", "count") != "count":
            continue
        num = nums[0]
        a, b = span.start_char + num.start, span.start_char + num.end
        actor, toks = actor_from_np(subj, ctx)
        if actor is None:
            continue
        m.quantities = [q for q in m.quantities if q.start != a]
        if not m.quantities and m.claimant is not None and m.claimant.surface == actor.surface:
            # the estimator is not the source of the protest itself
            m.claimant, m.status = None, "asserted"
        qv = QuantityValue(
            kind="participants", value=int(num.value), text=ctx.doc.text[a:b], start=a, end=b
        )
        copy = dataclasses.replace(
            m,
            claimant=actor,
            extra_claimants=[],
            status="claimed",
            quantities=[qv],
            provenance=[],
            cue="estimate",
        )
        copy.prov("claimant", f"{ctx.lang}.claim.crowd_estimate", toks)
        copy.prov("quantities.participants", f"{ctx.lang}.quantity.crowd_estimate", [fig])
        out.append(copy)
    return out


# Words that make a trailing figure a sub-count of the event's own ("dont 3 enfants").
_SUBCOUNT_WORDS: frozenset[str] = words_any("subcount_words")


def _trailing_pair(m: Mention, a: int, ctx: ArticleContext) -> bool:
    """ "Des milliers de personnes ont manifesté, 40 000 selon la police", "Thousands marched,
    some 40,000 according to police": one figure-with-its-source set off by a comma after the
    event's own figure is that source's rival figure; the event's own figure is the outlet's.
    """
    own_end = max(q.end for q in m.quantities)
    if own_end > a:
        return False
    between = ctx.doc.text[own_end:a]
    if "," not in between and "(" not in between and "—" not in between and "–" not in between:
        return False
    tail = [t for t in m.sent if own_end <= t.idx < a]
    last_words = [t.lower_ for t in tail if not t.is_punct][-2:]
    return not any(w in _SUBCOUNT_WORDS for w in last_words)


# -- vague sources ------------------------------------------------------------------------------

_DETERMINERS: frozenset[str] = words_any("determiners")


def is_vague_source(actor: Actor | None) -> bool:
    """Nobody, or a bare unnamed group ("des témoins", "sources", "witnesses", "residents").

    A source with a name of its own ("the SBU", "le parquet de Kherson", "une source
    sécuritaire", "regional officials") is kept even without a knowledge-base id.
    """
    if actor is None:
        return True
    if actor.id is not None:
        return False
    words = [w for w in (actor.name or "").lower().split() if w not in _DETERMINERS]
    return len(words) <= 1 and (not words or words[0] in _vague_heads())


def _vague_heads() -> frozenset[str]:
    from .lexicon import lexicon

    # "source" itself is an anaphoric_source cue ("cette source"): a bare one is vague too
    heads = lexicon("fr").cues_of("vague_source") | lexicon("en").cues_of("vague_source")
    return heads | {"source"}


def repeats_a_source(claim: Claim, others: list[Claim]) -> bool:
    """An outlet's-voice claim whose figures a named source gives too ("Liban : 492 morts"
    in a headline, "…, selon le ministère" in the body): the outlet repeats that source."""
    if claim.claimant is not None or claim.status != "asserted" or not claim.quantities:
        return False
    return any(
        o is not claim
        and o.claimant is not None
        and o.status == "claimed"
        and all(o.quantities.get(k) == v for k, v in claim.quantities.items())
        for o in others
    )
