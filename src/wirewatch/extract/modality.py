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

Before the cascade, a verbal event (a type with no ACLED code) that is the speaker's own
act loses the claimant: "The RSF said it condemned…", "ont démenti … et accusé l'armée",
"Les Etats-Unis ont annoncé des sanctions" (GUIDELINES §6: the speech act is the fact); an
uttered threat ("Moscow would respond, Zakharova said") is asserted, not hypothetical.
Negation needs a negation word (the French model's stray ``Polarity=Neg`` is ignored);
obligation and schedule words ("doit se rendre", "are due to") are hypothetical.

After every sentence is read, :func:`revise_statuses` runs
:func:`apply_verification_notices`, which lets a stand-alone notice ("Ces chiffres n'ont pas pu être vérifiés", "Reuters could not independently verify
the figures") make the claims just before it unconfirmed: those of the nearest preceding
sentence with a claim, and of the one before that too when the notice says "either
account" / "les deux bilans"; :func:`apply_denials` (a later denial is a ``denied`` claim
of the event before it); :func:`align_scheduled_mentions` (a planned meeting restated).
"""

from __future__ import annotations

import dataclasses
import logging

from spacy.tokens import Span, Token

from wirewatch import ontology
from wirewatch.model import Evidence

from .claims import Attribution, apply_restated_figures, is_negated
from .lexicon import lexicon, words_any
from .mention import ArticleContext, Mention
from .syntax import sentences, trimmed

LOGGER = logging.getLogger(__name__)


CORE_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "obl:arg"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "expl:subj"})
# Personal pronouns that, as the subject of a reported verbal act, stand for the speaker:
# "The RSF said it condemned…", "Le Kremlin a annoncé qu'il refusait…".
SPEAKER_PRONOUNS: frozenset[str] = words_any("speaker_pronouns")
# Prepositions that background an event noun (a reference, not a statement); "après"/"after"
# are listed as relative_after cues (one kind per cue) and count too.
BACKGROUND_PREPS: frozenset[str] = frozenset().union(
    *(
        lexicon(lang).cues_of(kind)
        for lang in ("fr", "en")
        for kind in ("background_prep", "relative_after")
    )
)


def _is_verbal(code: str | None) -> bool:
    """Verbal and diplomatic types (no ACLED code): saying them is doing them."""
    if code is None:
        return False
    try:
        return not ontology.event_type(code).acled()
    except (KeyError, ValueError):
        return False


def is_verbal(code: str | None) -> bool:
    """Public name of :func:`_is_verbal` (the engine's claim assembly uses it)."""
    return _is_verbal(code)


def backgrounded(trigger: Token) -> bool:
    """An event noun in a background adjunct ("malgré l'entretien entre Poutine et Trump",
    "after the talks"): a reference to an act told elsewhere, not a statement of it."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return False
    preps = {c.lower_ for c in trigger.children if c.dep_ == "case"}
    if trigger.dep_ == "pobj":
        preps.add(trigger.head.lower_)
    return bool(preps & BACKGROUND_PREPS)


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _shares_speaker(trigger: Token, report: Token) -> bool:
    """ "ont démenti avoir visé X et accusé l'armée": a subjectless verb coordinated into the
    report verb's own chain is a second act of the speaker, not reported content."""
    tok, conj = trigger, False
    for _ in range(6):
        if _own_subject(tok) is not None or tok.dep_ not in {"conj", "xcomp"}:
            return False
        conj = conj or tok.dep_ == "conj"
        tok = tok.head
        if tok.i == report.i:
            return conj
    return False


def _self_report(m: Mention, att: Attribution | None) -> str | None:
    """Why a verbal event is the speaker's own act stated by the outlet (or None)."""
    if att is None or att.verb is None or m.claimant is None:
        return None
    if (
        att.role == "report"
        and not att.negated
        and _announced(m, att.verb)
        and m.initiator is not None
        and (m.initiator.id or m.initiator.name) == (m.claimant.id or m.claimant.name)
        # "Darmanin annonce 206 interpellations": a count reported, not an act performed
        and not any(c.dep_ == "nummod" or c.like_num for c in m.trigger.children)
    ):
        return "announced_act"  # "Attal a annoncé l'interdiction de TikTok": the act itself
    if not _is_verbal(m.type):
        return None
    trig = m.trigger
    verb = trig.pos_ in {"VERB", "AUX"}
    if verb and is_negated(trig):
        return None  # "La FNSEA a assuré n'avoir jamais appelé à…": a claim about its own act
    if verb and _anterior(trig):
        return None  # "He said he had met opposition leaders": an earlier act, told as a claim
    subj = _own_subject(trig) if verb else None
    if verb and subj is None and _shares_speaker(trig, att.verb):
        return "coordinated_act"  # even after a denial: "ont démenti … et accusé l'armée"
    if att.role not in {"report", "confirm"} or att.negated:
        return None  # "le Kremlin dément toute discussion": a denial, kept as a claim
    if verb and _agentless_passive(trig):
        return None  # "Two reporters were accused of spying, the judiciary said": reported
    if m.initiator is not None and m.initiator.id and m.initiator.id == m.claimant.id:
        return "speaker_is_initiator"  # "Les Etats-Unis ont annoncé de nouvelles sanctions"
    if subj is not None and subj.pos_ == "PRON" and subj.lower_ in SPEAKER_PRONOUNS:
        return "pronoun_speaker"
    return None


def _agentless_passive(verb: Token) -> bool:
    """A passive with no "by"/"par" phrase ("were accused of spying", "ont été accusés
    d'espionnage"): the act's author is unsaid, so the speaker reports it rather than does it."""
    passive = any(
        c.dep_ in {"nsubjpass", "nsubj:pass", "auxpass", "aux:pass"} for c in verb.children
    )
    agent = any(
        c.dep_ in {"agent", "obl:agent"} or (c.dep_.startswith("obl") and _has_par(c))
        for c in verb.children
    )
    return passive and not agent


def _has_par(noun: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ == "par" for c in noun.children)


def _anterior(verb: Token) -> bool:
    """A pluperfect ("had met", "avait rencontré", "était allé"): an act before the saying."""
    for aux in _aux(verb):
        if aux.lower_ == "had":
            return True
        if aux.lemma_.lower() in {"avoir", "être"} and "Imp" in aux.morph.get("Tense"):
            return True
    return False


def _verb_chain(m: Mention, stop: Token | None, speech: dict[str, str]) -> list[Token]:
    """The trigger's verb and the verbs it complements (xcomp/ccomp), up to a report verb."""
    start = m.trigger
    if start.pos_ not in {"VERB", "AUX"}:
        if start.dep_ in CORE_DEPS and start.head.pos_ in {"VERB", "AUX"}:
            start = start.head
        elif _oblique_of_verb(start):
            # "il aborderait la question lors d'un entretien", "during a call": the time of
            # the verb the event word is an adjunct of
            start = _oblique_of_verb(start)  # type: ignore[assignment]
        else:
            return []
    if start.lemma_.lower() in speech and start.i != m.trigger.i and not _announced(m, start):
        return []
    chain = [start]
    tok = start
    while (
        tok.dep_ in {"xcomp", "ccomp"}
        and tok.head.i != tok.i
        and tok.head.pos_ in {"VERB", "AUX", "ADJ"}  # "are due to hold talks"
    ):
        tok = tok.head
        if (stop is not None and tok.i == stop.i) or tok.lemma_.lower() in speech:
            break
        chain.append(tok)
    return chain


# Prepositions of time that tie an event noun to its verb's moment: "lors d'un entretien",
# "pendant l'entretien", "during a phone call" ("at the request of" is no time: left out).
_TIME_PREPS: frozenset[str] = words_any("modality_time_preps")


def _oblique_of_verb(noun: Token) -> Token | None:
    """The verb a noun trigger is a time adjunct of ("lors d'un entretien", "during a call")."""
    own_prep = any(
        c.dep_ == "case" and c.lower_ in {"lors", "pendant", "durant"} for c in noun.children
    )
    # "lors d'un entretien": the parser hangs the noun on "lors" (an ADV), itself on anything
    if not (own_prep or noun.head.lower_ in _TIME_PREPS):
        return None
    tok = noun.head
    for _ in range(3):
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _announced(m: Mention, verb: Token) -> bool:
    """ "would announce new sanctions": announcing an act is doing it (see claims.attribute)."""
    return (
        m.kind in {"event", "capture"}
        and m.trigger.dep_ in {"obj", "dobj"}
        and (m.trigger.head.i == verb.i)
        # "Des témoins ont signalé des tirs": an act seen by the speaker, not its own
        and verb.lemma_.lower() not in lexicon(verb.lang_).words("claim_observation_verbs")
    )


def _aux(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_.startswith("aux")]


def assess(m: Mention, att: Attribution | None, ctx: ArticleContext) -> None:
    lex = ctx.lex
    lang = ctx.lang
    reporter = att if att is not None and att.verb is not None and att.role == "report" else None
    why = _self_report(m, att)
    if why is not None:
        # "The RSF said it condemned the decision": the condemnation is the fact, the outlet
        # states it (GUIDELINES §6); its tense and modals still decide hypothetical.
        unresolved = m.initiator is not None and m.initiator.id is None
        pronoun = unresolved and (m.initiator.surface or "").lower() in SPEAKER_PRONOUNS
        if m.initiator is None or pronoun or (unresolved and m.claimant.id is not None):
            m.initiator = m.claimant  # GUIDELINES §5: the speaker is the initiator
            m.prov("initiator", f"{lang}.initiator.speaker", att.speaker_tokens if att else None)
        m.claimant, m.extra_claimants, m.cue = None, [], None
        m.prov("claimant", f"{lang}.claim.self_report:{why}")
        att = None
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
        # the denial words of the source's own words, not of a second speaker's clause
        said = ctx.text[att.lo : att.hi].lower() if att is not None else sent_lower
        denial = [c for c in lex.cues_of("denial") if c in said]
        unconfirmed = [c for c in lex.cues_of("unconfirmed") if c in sent_lower]
        chain = _verb_chain(m, att.verb if att is not None else None, lex.speech_verbs)
        # "doit se rendre", "must pay", "are due to hold talks": not (yet) happened
        hypothetical = (
            lex.cues_of("hypothetical") | lex.cues_of("obligation") | lex.cues_of("schedule")
        )
        if m.type != "threaten":
            # "se tient prête à apporter une aide": to come; "stands ready to respond" is a
            # threat, which saying makes
            hypothetical |= lex.cues_of("readiness")
        if denial and m.claimant is not None:
            status, rule = "denied", f"{lang}.modality.denial:{denial[0]}"
        elif unconfirmed:
            status, rule = "unconfirmed", f"{lang}.modality.unverified"
        elif _negative_determiner(m, ctx):
            status, rule = "negated", f"{lang}.modality.negative_determiner"
        elif _prospective(m, ctx):
            # "ont déposé des préavis de grève", "called for a strike": the act is to come
            status, rule = "hypothetical", f"{lang}.modality.called_for"
        elif (
            any(is_negated(t) for t in chain[:1])
            or (
                m.trigger.pos_ == "NOUN"
                and m.trigger.head.pos_ == "VERB"
                and is_negated(m.trigger.head)
                and m.trigger.head.lemma_.lower() not in lex.speech_verbs
            )
        ) and not (
            _no_victims(m, chain, ctx)
            or _negated_predicate_of_event(m, ctx)
            or _adjunct_of_negated(m)
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
                if _deliberated(m, tok, ctx):
                    status, rule = "hypothetical", f"{lang}.modality.deliberation"
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
                if any(is_conditional(f) for f in forms):
                    journalistic = any(is_conditional(a) for a in _aux(tok)) and (
                        "Part" in tok.morph.get("VerbForm")
                    )
                    if journalistic:
                        status = "claimed" if m.claimant is not None else "unconfirmed"
                        rule = f"{lang}.modality.journalistic_conditional"
                    else:
                        status, rule = "hypothetical", f"{lang}.modality.conditional"
                    break
    if status in {"asserted", "claimed"} and _hedged(m, ctx):
        # "strikes reportedly killed 12", "l'attaque présumée": the outlet does not vouch
        # for it; with a named source the hedge is the source's ("claimed" stays)
        if status == "asserted":
            status, rule = "unconfirmed", f"{lang}.modality.hedge"
    if status == "hypothetical" and m.type == "threaten" and reporter is not None:
        # "Moscow would respond, Zakharova said": the future is the threat's content; saying
        # it is the threat, which the outlet states (GUIDELINES §6)
        if m.initiator is None and m.claimant is not None:
            m.initiator = m.claimant
        m.claimant, m.extra_claimants, m.cue = None, [], None
        status, rule = "asserted", f"{lang}.modality.threat_uttered"
    m.status = status
    m.prov("status", rule)


# Conditional forms the French model tags as imperfect ("aborderait": Mood=Ind|Tense=Imp).
_FR_CONDITIONAL_ENDINGS: tuple[str, ...] = ("ait", "aient", "ais", "ions", "iez")
_FR_IRREGULAR_CONDITIONALS: frozenset[str] = lexicon("fr").cues_of("irregular_conditional")


def is_conditional(tok: Token) -> bool:
    """A conditional verb: the morph feature, or a French form built on the infinitive
    ("aborder" → "aborderait", "prendre" → "prendrait") or an irregular stem ("ferait",
    "pourrait", "irait")."""
    if "Cnd" in tok.morph.get("Mood"):
        return True
    if tok.lang_ != "fr" or "Fin" not in tok.morph.get("VerbForm"):
        return False
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in _FR_IRREGULAR_CONDITIONALS:
        return True
    stems = (
        {lemma} if lemma.endswith(("er", "ir")) else {lemma[:-1]} if lemma.endswith("re") else set()
    )
    return any(low == st + end for st in stems for end in _FR_CONDITIONAL_ENDINGS)


# Old private name, kept until every caller uses :func:`is_conditional`.
_conditional = is_conditional


_DEFINITE: frozenset[str] = frozenset(
    {"the", "this", "that", "these", "those", "le", "la", "les", "l'", "ce", "cet", "cette", "ces"}
)


def _deliberated(m: Mention, verb: Token, ctx: ArticleContext) -> bool:
    """An act under consideration: "Washington was considering airdrops", "l'UE étudie de
    nouvelles sanctions". A definite object is a judgement on a known event instead ("the
    UN considered the strike a war crime", "étudie la frappe")."""
    if verb.lemma_.lower() not in ctx.lex.cues_of("deliberation") or verb.i == m.trigger.i:
        return False
    trig = m.trigger
    if trig.pos_ in {"VERB", "AUX"}:
        return True  # "is considering sending troops"
    return not any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in trig.children)


def _prospective(m: Mention, ctx: ArticleContext) -> bool:
    """An event noun that is what a notice, call or threat is about ("des préavis de grève",
    "un appel à la grève", "the threat of a strike") or what a call verb asks for ("appellent
    à la grève", "called for a strike", "urged a general strike"): not (yet) happened."""
    trig = m.trigger
    if trig.pos_ != "NOUN" or m.kind != "event" or trig.head.i == trig.i:
        return False
    head = trig.head
    if head.pos_ == "ADP" and head.dep_ == "prep":
        head = head.head  # "called for a strike", "the threat of a strike"
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN":
        return lemma in ctx.lex.cues_of("prospective_noun")
    if head.pos_ == "VERB" and lemma in ctx.lex.cues_of("call_verb"):
        return trig.dep_ not in {"nsubj", "nsubj:pass", "nsubjpass"}
    return False


def _no_victims(m: Mention, chain: list[Token], ctx: ArticleContext) -> bool:
    """ "Personne n'a été blessé", "No one was hurt", "nobody was killed": a casualty word
    negated by its subject says the toll is nil; the event it belongs to took place."""
    if m.kind != "casualty":
        return False
    verb = chain[0] if chain else m.trigger
    subj = _own_subject(verb) or _own_subject(m.trigger)
    if subj is None:
        return False
    lex = ctx.lex
    none_det = lex.cues_of("negative_determiner")
    if subj.lower_ in lex.cues_of("nobody") and (
        subj.lower_ != "one" or any(c.lower_ in none_det for c in subj.children)
    ):
        return True
    bare = not any(c.dep_ == "det" for c in subj.children)
    if bare and subj.lemma_.lower() in lex.cues_of("people") | none_det:
        return True  # "Personne n'a été blessé" (no article), "aucun n'a été tué"
    return any(c.dep_ == "det" and c.lemma_.lower() in none_det for c in subj.children)


# Dependencies of an adjunct: the scene or the cause of what is negated, not its object.
_ADJUNCT_DEPS: frozenset[str] = frozenset({"obl", "obl:mod", "obl:agent", "nmod", "advcl", "pobj"})


def _adjunct_of_negated(m: Mention) -> bool:
    """An event noun in an adjunct of a negated verb: "Personne n'a été blessé dans l'attaque",
    "No one was hurt in the blast", "Aucun soldat n'a été tué lors de la frappe": the toll is
    nil, the event itself took place (a negation covers its verb's object, not its scene)."""
    trig = m.trigger
    return trig.pos_ in {"NOUN", "PROPN"} and trig.dep_ in _ADJUNCT_DEPS and trig.head.i != trig.i


def _negated_predicate_of_event(m: Mention, ctx: ArticleContext) -> bool:
    """An event noun subject of a negated predicate other than an occurrence verb: "Les
    annonces, dont l'abandon de la taxe, n'ont pas suffi à calmer la colère", "the strike did
    not kill anyone": the event took place, the negation is about what it did. "L'attaque n'a
    pas eu lieu", "the meeting did not take place" deny the event itself."""
    trig = m.trigger
    if (
        trig.pos_ != "NOUN"
        or trig.dep_ not in SUBJECT_DEPS
        or trig.head.pos_ not in {"VERB", "AUX"}
    ):
        return False
    occurrence = ctx.lex.cues_of("occurrence_verb")
    head = trig.head
    return head.lemma_.lower() not in occurrence and not any(
        c.lemma_.lower() in occurrence for c in head.children if c.dep_ in {"obj", "dobj"}
    )


def _negative_determiner(m: Mention, ctx: ArticleContext) -> bool:
    """An event word counted as none: "no arrests were made", "aucune frappe n'a visé"."""
    if m.kind not in {"event", "attack", "capture"} or m.trigger.pos_ != "NOUN":
        return False
    neg = ctx.lex.cues_of("negative_determiner")
    return any(c.dep_ == "det" and c.lemma_.lower() in neg for c in m.trigger.children)


def _hedged(m: Mention, ctx: ArticleContext) -> bool:
    """A hedge on the event word or its verb: "reportedly killed", "the alleged attack",
    "l'attaque présumée", "ont apparemment frappé"."""
    hedges = ctx.lex.cues_of("hedge")
    trig = m.trigger
    heads = [trig]
    if trig.pos_ not in {"VERB", "AUX"} and trig.dep_ in CORE_DEPS and trig.head.pos_ == "VERB":
        heads.append(trig.head)  # "a suspected drone strike killed…" / "reportedly carried out"
    return any(
        c.lower_ in hedges or c.lemma_.lower() in hedges or _inflected_hedge(c.lower_, hedges)
        for h in heads
        for c in h.children
        if c.dep_ in {"advmod", "amod", "acl"}
    )


def _inflected_hedge(word: str, hedges: frozenset[str]) -> bool:
    """A hedge adjective in its feminine or plural form ("une frappe présumée", "les
    auteurs supposés"), the list holding the masculine singular."""
    return any(word.endswith(end) and word[: -len(end)] in hedges for end in ("es", "s", "e"))


def _is_notice(sent: Span, ctx: ArticleContext) -> bool:
    """A sentence saying that what precedes could not be verified or confirmed."""
    low = sent.text.lower()
    return any(c in low for c in ctx.lex.cues_of("unconfirmed"))


def apply_verification_notices(mentions: list[Mention], ctx: ArticleContext) -> None:
    """A notice sentence with no event of its own makes the claims just before it unconfirmed.

    Only the nearest claimed sentence, in the same or the previous paragraph, is covered
    (the earlier sources of a story keep their status); a notice about several accounts
    ("either account", "les deux versions") covers the claimed sentence before that too; a
    notice about figures in the plural ("the figures", "ces chiffres") also covers every claim
    with figures in its paragraph and the two before it.
    """
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent.start, []).append(m)
    sents = list(sentences(ctx.doc))
    several = ctx.lex.cues_of("several_accounts")
    for idx, (para, sent) in enumerate(sents):
        if sent.start in by_sent or not _is_notice(sent, ctx):
            continue
        wanted = 2 if any(w in sent.text.lower().split() for w in several) else 1
        for prev_para, prev in reversed(sents[:idx]):
            if wanted == 0 or para - prev_para > 1:
                break
            claimed = [m for m in by_sent.get(prev.start, []) if m.status == "claimed"]
            if not claimed:
                continue
            for m in claimed:
                m.status = "unconfirmed"
                m.prov("status", f"{ctx.lang}.modality.verification_notice", list(sent))
            wanted -= 1
        if _names_figures(sent, ctx):
            # and every figure given before ("Reuters could not verify the figures"); the
            # nearest claim is covered above even when its figure is no count of ours
            _unconfirm_figures(mentions, para, sent, ctx)


# How many paragraphs before a notice naming "the figures" it still covers.
FIGURES_NOTICE_REACH = 2


def _names_figures(sent: Span, ctx: ArticleContext) -> bool:
    """A notice about figures in the plural ("Reuters could not independently verify the
    figures", "Ces chiffres n'ont pu être vérifiés"): it covers every figure given before."""
    from .claims import speaker_words

    words = speaker_words(ctx.lang, "figure_word")
    return any(t.lemma_.lower() in words and "Plur" in t.morph.get("Number") for t in sent)


def _unconfirm_figures(mentions: list[Mention], para: int, sent: Span, ctx: ArticleContext) -> None:
    """Every claim with figures in the notice's paragraph and the ones just before it."""
    for m in mentions:
        if (
            m.status == "claimed"
            and m.quantities
            and m.sent.start < sent.start
            and 0 <= para - m.para <= FIGURES_NOTICE_REACH
        ):
            m.status = "unconfirmed"
            m.prov("status", f"{ctx.lang}.modality.figures_notice", list(sent))


def apply_denials(mentions: list[Mention], ctx: ArticleContext) -> list[Mention]:
    """A denial with no event of its own is a ``denied`` claim of the event just before it.

    "L'armée a affirmé avoir trouvé des armes … Le Hamas a dénoncé des « mensonges »": the
    denial adds a claim (claimant Hamas, status denied) to the claimed or asserted events of
    the nearest preceding sentence, in the same or the previous paragraph (GUIDELINES §6).
    Returns the added mentions (copies of the denied ones, with the denier as claimant).
    """
    added: list[Mention] = []
    sents = list(sentences(ctx.doc))
    para_of = {s.start: p for p, s in sents}
    for sent, att in ctx.denials:
        assert isinstance(att, Attribution)
        own = [
            m
            for m in mentions
            if m.sent.start == sent.start
            and not _is_verbal(m.type)
            and att.lo <= m.trigger.idx < att.hi  # not a mention in an adjunct of the denial
        ]
        if own or att.claimant is None:
            continue  # "Moscou a démenti avoir frappé l'hôpital": that mention is denied already
        if _denies_other_act(sent, att, ctx):
            continue  # "Rwanda denies backing the rebels": not the capture told before
        if _rejects_a_thing(att, ctx):
            continue  # "Moscow rejected the peace proposal": a refusal, no denial
        para = para_of.get(sent.start, 0)
        before = [
            m
            for m in mentions
            if (m.sent.start < sent.start or _earlier_clause(m, sent, att))
            and para - m.para <= 1
            # an attack whose instrument is unsaid is typed at merging
            and (m.type is not None or m.kind in {"attack", "intercept"})
            and not _is_verbal(m.type)
            and m.status in {"claimed", "asserted", "unconfirmed"}
        ]
        if not before:
            continue
        last = max(m.sent.start for m in before)
        # "n'a jamais confirmé leur présence": not confirming is an unconfirmed claim
        status = "unconfirmed" if att.role == "confirm" else "denied"
        for m in [x for x in before if x.sent.start == last]:
            if m.claimant is not None and (m.claimant.id or m.claimant.name) == (
                att.claimant.id or att.claimant.name
            ):
                continue
            start, end = trimmed(ctx.doc, sent.start_char, sent.end_char)
            copy = dataclasses.replace(
                m,
                trigger=att.verb if att.verb is not None else m.trigger,
                sent=sent,
                para=para,
                claimant=att.claimant,
                extra_claimants=[],
                status=status,
                quantities=[],
                provenance=[],
                cue=att.rule.split(".")[-1],
                evidence=Evidence(ctx.text[start:end], start, end),
            )
            copy.prov("claimant", f"{ctx.lang}.claim.denial_of_previous", att.speaker_tokens)
            copy.prov("status", f"{ctx.lang}.modality.{status}_of_previous")
            added.append(copy)
    mentions.extend(added)
    return added


def _denies_other_act(sent: Span, att: Attribution, ctx: ArticleContext) -> bool:
    """A denial that names an act of its own, one that is no event of ours: "Rwanda denies
    backing the rebels", "Le Rwanda dément soutenir les rebelles" deny the backing, not the
    capture told before (a denial covers only the act it names). Being involved in, carrying
    out or ordering something ("denied it was behind the attack", "a nié être impliqué") is
    about the act before; so is calling an account invented ("dismissed the reports, saying
    they were fabricated")."""
    involvement = ctx.lex.words("denial_involvement_verbs")
    speech = ctx.lex.speech_verbs
    verb_i = att.verb.i if att.verb is not None else -1
    return any(
        t.pos_ == "VERB"
        and t.i != verb_i
        and _named_by_denial(t, att.verb)
        and t.lemma_.lower() not in involvement
        and not (t.lemma_.lower() in speech and _introduces_words(t))
        for t in sent
        if att.lo <= t.idx < att.hi
    )


def _rejects_a_thing(att: Attribution, ctx: ArticleContext) -> bool:
    """A denial verb whose object is something other than an account: "Moscow rejected the
    peace proposal", "Kiev a rejeté l'offre" refuse a thing; "rejected the claims", "denied
    involvement", "a démenti cette information", "dismissed it" deny what was told."""
    verb = att.verb
    if verb is None:
        return False
    told = (
        ctx.lex.words("claim_account_nouns")
        | ctx.lex.words("claim_source_told_nouns")
        | ctx.lex.words("denial_object_nouns")
        | ctx.lex.cues_of("denial")
    )
    # the object as parsed, or a bare noun phrase after the verb the parser took for an adjunct
    # ("avaient rejeté cet ultimatum": obl:mod)
    objects = [
        c
        for c in verb.children
        if c.i > verb.i
        and c.pos_ in {"NOUN", "PROPN"}
        and (
            c.dep_ in {"obj", "dobj"}
            or (c.dep_.startswith("obl") and not any(g.dep_ == "case" for g in c.children))
        )
    ]
    return bool(objects) and not any(
        o.lemma_.lower() in told
        or o.lower_ in told
        # "le Kremlin a démenti toute frappe": the act itself
        or any(
            r.kind in {"attack", "casualty", "capture"}
            for r in ctx.lex.triggers_for(o.lemma_.lower(), "NOUN")
        )
        for o in objects
    )


def _named_by_denial(verb: Token, deny: Token | None) -> bool:
    """The act a denial verb names: its verbal complement ("denies backing", "denied that
    its troops had withdrawn"), or the verb a misread "dément" hangs on ("dément soutenir").
    A second clause of the speaker ("…et assuré qu'aucune arme ne se trouvait là") is not."""
    if deny is None:
        return False
    if verb.head.i == deny.i and verb.dep_ in {"xcomp", "ccomp", "obj", "dobj"}:
        return True
    # a misread denial hangs anywhere: the verb right after it ("dément (avoir) soutenu")
    return (
        deny.pos_ not in {"VERB", "AUX"}
        and 0 < verb.i - deny.i <= 3
        and all(t.pos_ in {"AUX", "ADV", "PART"} for t in verb.doc[deny.i + 1 : verb.i])
    )


def _introduces_words(verb: Token) -> bool:
    """A report verb that reports ("saying they were invented", "affirmant que…"), not one
    used for its other sense ("dément soutenir les rebelles": to back)."""
    return "Inf" not in verb.morph.get("VerbForm") or any(
        c.dep_ in {"ccomp", "mark"} for c in verb.children
    )


def _earlier_clause(m: Mention, sent: Span, att: Attribution) -> bool:
    """ "Kyiv claimed it downed 30 drones, but Moscow dismissed the figure": a claim made
    earlier in the denial's own sentence, by someone else."""
    if m.claimant is None:
        # "Russian drones hit Odesa, a claim Moscow denied", "…, ce que Moscou dément": a
        # denial with no words of its own, closing the sentence that tells the event
        return (
            m.sent.start == sent.start
            and m.trigger.idx < att.lo
            and att.claimant is not None
            and not any(t.is_alpha for t in sent if att.lo <= t.idx < att.hi)
        )
    return (
        m.sent.start == sent.start
        and m.trigger.idx < att.lo
        and att.claimant is not None
        and (m.claimant.id or m.claimant.name) != (att.claimant.id or att.claimant.name)
    )


def align_scheduled_mentions(mentions: list[Mention], ctx: ArticleContext) -> None:
    """A verbal event restated without a date of its own takes the status of its scheduled
    statement: "Talks are due to open on Monday … the first such meeting since March" is one
    hypothetical meeting, not a realised one beside a planned one."""
    planned = [m for m in mentions if m.status == "hypothetical" and _is_verbal(m.type)]
    for m in mentions:
        if m.status != "asserted" or m.claimant is not None or m.date_stated:
            continue
        if not _is_verbal(m.type):
            continue
        near = [p for p in planned if p.type == m.type and abs(p.para - m.para) <= 1 and p is not m]
        if near:
            m.status = "hypothetical"
            m.prov("status", f"{ctx.lang}.modality.restates_planned", [near[0].trigger])


def revise_statuses(mentions: list[Mention], ctx: ArticleContext) -> None:
    """What later sentences say about earlier statements: verification notices, denials,
    restatements of a planned event (run once every sentence has been read)."""
    apply_restated_figures(mentions, ctx)  # "…, while Kyiv put the figure at 12"
    apply_verification_notices(mentions, ctx)
    apply_denials(mentions, ctx)
    align_scheduled_mentions(mentions, ctx)
