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
from functools import cache
from importlib.resources import files

from spacy.tokens import Span, Token

from wirewatch.model import Actor, Claim, Evidence, QuantityValue

from . import resolvers
from .arguments import actor_context, actor_from_np
from .lexicon import Lexicon, lexicon, words_any
from .mention import ArticleContext, Mention
from .syntax import NEGATION_LEMMAS, RELATIVE_DEPS, prep_object

LOGGER = logging.getLogger(__name__)


# "ni"/"nor" included: "n'a jamais confirmé ni démenti" negates the second verb too
NEGATION_WORDS: frozenset[str] = words_any("negation_words")


def is_negated(token: Token) -> bool:
    """A negation word among ``token``'s children ("n'a pas confirmé", "did not claim").

    Unlike a bare ``Polarity=Neg`` morph feature, which the French model sometimes puts on
    unrelated words ("Abou Dhabi a salué"), the word itself must be a negation.
    """
    negs = [
        c
        for c in token.children
        if c.lower_ in NEGATION_WORDS or c.lemma_.lower() in NEGATION_LEMMAS
    ]
    if negs and all(c.lower_ in _BARE_NE for c in negs) and _restrictive_que(token):
        return False  # "la police n'en recensant que 3 000": "ne … que" is "only", no negation
    return bool(negs)


_BARE_NE: frozenset[str] = words_any("claim_bare_ne")
_RESTRICTIVE_QUE: frozenset[str] = words_any("claim_restrictive_que")


def _restrictive_que(token: Token) -> bool:
    """A "que"/"qu'" within three words after the verb: the "ne … que" of restriction."""
    after = token.doc[token.i + 1 : min(token.i + 4, len(token.doc))]
    return any(t.lower_ in _RESTRICTIVE_QUE for t in after)


@cache
def _speaker_rows(lang: str) -> tuple[tuple[str, str], ...]:
    """``(word, kind)`` rows of ``data/<lang>/speakers.tsv``, read once."""
    text = files(__package__).joinpath("data", lang, "speakers.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if (
            not line.strip()
            or line.startswith("#")
            or line.startswith("word\t")
            or "\t" not in line
        ):
            continue
        word, kind = line.split("\t")[:2]
        rows.append((word.strip().lower(), kind.strip()))
    return tuple(rows)


@cache
def speaker_words(lang: str, kind: str) -> frozenset[str]:
    """The words of one kind in ``data/<lang>/speakers.tsv``: ``incise_verb`` (reports only
    as an incise: "« … », a lancé le maire"), ``spokesperson`` ("selon son porte-parole"),
    ``media_noun`` ("a précisé la chaîne")."""
    return frozenset(word for word, found in _speaker_rows(lang) if found == kind)


@cache
def misread_forms(lang: str) -> dict[str, str]:
    """Report-verb forms the tagger reads as another word ("dément": an adjective), with the
    verb's lemma (``misread:<lemma>`` rows of ``speakers.tsv``)."""
    return {
        word: kind.split(":", 1)[1].strip().lower()
        for word, kind in _speaker_rows(lang)
        if kind.startswith("misread:")
    }


# "qui", "who", "which", "that": a relative clause's subject stands for its antecedent
RELATIVE_PRONOUNS: frozenset[str] = words_any("claim_relative_pronouns")

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
    # the cue covers only the toll clause before it; the noun that clause qualifies (the index
    # of "émeutes" in "trois nuits d'émeutes qui ont fait quatre morts, selon…") is covered too
    toll_of: int | None = None


def _speaker(verb: Token, skip: Token | None = None) -> Token | None:
    """The speaker of a report verb (``skip``: the object of a compound "faire état")."""
    subjects = [
        c
        for c in verb.children
        if c.dep_ in {"nsubj", "expl:subj"} and c.lower_ not in {"-t", "il"}
    ]
    if not subjects:
        # "Moscou a pour sa part indiqué…": the parser tags the auxiliary a verb and hangs
        # the subject on it
        subjects = [
            c
            for a in verb.children
            if a.dep_.startswith("aux") and a.i < verb.i and a.pos_ == "VERB"
            for c in a.children
            if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}
        ]
    if (subjects and subjects[0].text.lstrip("-").lower() == "on") or _impersonal_on(verb):
        # "a-t-on appris de source militaire", "apprend-on auprès du ministère": the
        # impersonal "on" learned it from the source in the verb's "de"/"auprès de" phrase
        # the parser may hang the source under "auprès" itself ("auprès d'une source")
        holders = [verb, *(c for c in verb.children if c.lower_ == "auprès")]
        return next(
            (
                c
                for h in holders
                for c in h.children
                if c.dep_.startswith("obl")
                and any(k.lower_ in {"de", "d'", "auprès", "du", "des"} for k in c.children)
            ),
            None,
        )
    if subjects:
        inverted = _inverted_speaker(verb, subjects, skip)
        if inverted is not None:
            return inverted
        # Two subjects is a misparse ("Trainers set up a base in May, U.S. officials said"):
        # the one nearest the verb is its own.
        own = min(subjects, key=lambda c: abs(c.i - verb.i))
        if (
            own.lower_ in RELATIVE_PRONOUNS
            and verb.dep_ in RELATIVE_DEPS
            and verb.head.pos_ in {"NOUN", "PROPN"}
        ):
            return verb.head  # "Le Rwanda, qui nie soutenir les rebelles": the antecedent
        return own
    topic = _dislocated_topic(verb)
    if topic is not None:
        return topic
    for child in verb.children:
        word = child.text.lstrip("-").lower()
        if child.dep_ in {"nsubj", "expl:subj", "iobj"} and word in _FR_PERSONAL:
            return child
        if child.lower_ == "-t":
            # "a-t-elle indiqué": the parser makes "-t" the subject and the pronoun its name
            pron = next(
                (g for g in child.children if g.text.lstrip("-").lower() in _FR_PERSONAL), None
            )
            if pron is not None:
                return pron
    after_adjuncts = _inverted_after_adjuncts(verb)
    if after_adjuncts is not None:
        return after_adjuncts
    # Parser-misread inversion: "a affirmé dimanche le conseiller …" read as an object
    # (an untagged "a tweeté le maire": a noun modifier).
    object_deps = {"obj", "dobj", "nmod"} if _untagged_verb(verb) else {"obj", "dobj"}
    for child in verb.children:
        if (
            child.dep_ in object_deps
            and child.i > verb.i
            and child.pos_ in {"NOUN", "PROPN"}
            and (skip is None or child.i != skip.i)
            and not _demonstrative(child)  # "ne mentionne pas ces pertes": an object
            # "…, a annoncé dans la foulée la mort de trois civils": an event is no speaker
            and not lexicon(verb.lang_).triggers_for(child.lemma_.lower(), "NOUN")
        ):
            if (
                verb.i > 0
                and any(t.text == "," for t in verb.doc[max(0, verb.i - 3) : verb.i])
                # "qui nie soutenir les rebelles": an infinitive has no inverted speaker, but
                # for the causative "a fait savoir le gouverneur"
                and ("Inf" not in verb.morph.get("VerbForm") or _causative(verb))
            ):
                return child
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.pos_ == "VERB":
        # "officials were quoted by Interfax as saying…": the quoted subject speaks
        quoted = next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
        if quoted is not None:
            return quoted
    if _final_incise_read_as_modifier(verb):
        return head  # "…, the mayor posted on X": the sentence's root is the speaker noun
    if (
        verb.dep_ == "acl"
        and "Past" not in verb.morph.get("Tense")  # "un décret publié samedi": no speaker
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i < verb.i
        and all(t.pos_ in {"ADJ", "PROPN"} for t in verb.doc[head.i + 1 : verb.i])
    ):
        # "…, l'ONU évoquant 40 morts", "L'opposition parle de 300 arrestations" (the parser
        # hangs the report verb on its subject as a modifier)
        if head.lemma_.lower() in lexicon(verb.lang_).cues_of("document_source"):
            # "The army issued a statement saying…": the document's author or issuer speaks
            author = _document_author(head, lexicon(verb.lang_))
            if author is not None:
                return author
            issuer = head.head
            if issuer.pos_ == "VERB":
                return next((c for c in issuer.children if c.dep_ == "nsubj"), None)
            return None
        return head
    if _final_conjunct(verb) and verb.head.pos_ == "VERB":
        apposed = _apposed_speaker(verb)  # "…in Kherson, the governor wrote on X"
        if apposed is not None:
            return apposed
    gerund = (
        verb.dep_ == "acl"
        and "Part" in verb.morph.get("VerbForm")
        and ("Pres" in verb.morph.get("Tense"))
    )  # "…, a indiqué l'armée, ajoutant que…" read as a modifier of the report verb
    if (verb.dep_ in {"xcomp", "conj", "advcl"} or gerund) and verb.head.pos_ == "VERB":
        # "…, a annoncé le maire, faisant état de trois morts": the participle's speaker
        return _speaker(verb.head)
    return _apposed_speaker(verb)


_NOMINAL_POS: frozenset[str] = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _inverted_after_adjuncts(verb: Token) -> Token | None:
    """The inverted subject of a French final incise after the verb's own adjuncts: "…, a
    écrit sur Telegram le gouverneur", "…, a déclaré à l'AFP un responsable local", "…, a
    affirmé dans un communiqué le ministère" (the parser hangs the speaker on the adjunct's
    noun). The prepositional phrases right after the verb are skipped; the noun phrase that
    opens after them with an article or a name, and ends the sentence, speaks. An event noun
    there is the verb's object ("a annoncé dans la foulée la mort de…"), never a speaker."""
    if verb.lang_ != "fr" or _incise_opening(verb) is None:
        return None
    doc, end = verb.doc, verb.sent.end
    k = verb.i + 1
    if k >= end or doc[k].pos_ != "ADP":
        return None
    while (
        k < end and doc[k].pos_ == "ADP"
    ):  # "sur sa chaîne Telegram", "dans un communiqué de presse"
        k += 1
        while k < end and doc[k].pos_ == "DET":
            k += 1
        start = k
        while k < end and doc[k].pos_ in {"ADJ", "NOUN", "PROPN"}:
            k += 1
        if k == start:
            return None
    if k >= end or doc[k].pos_ not in {"DET", "PROPN"}:
        return None
    head = next((t for t in doc[k:end] if t.pos_ in {"NOUN", "PROPN"}), None)
    if head is None or any(c.dep_ == "case" for c in head.children):
        return None
    last = max(t.i for t in head.subtree)
    if any(not t.is_punct for t in doc[last + 1 : end]):
        return None
    if lexicon(verb.lang_).triggers_for(head.lemma_.lower(), "NOUN"):
        return None
    return head


def _incise_opening(verb: Token) -> Token | None:
    """The comma right before a report verb's group (its auxiliaries), if any."""
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    if first == verb.sent.start or verb.doc[first - 1].text != ",":
        return None
    return verb.doc[first - 1]


def _apposed_speaker(verb: Token) -> Token | None:
    """The speaker of a subjectless final incise that the parser hung as an apposition on the
    word before it: "…in the town of Maarat, the Syrian Observatory for Human Rights said",
    "…près de Kherson, l'administration régionale a indiqué" (the noun phrase between the
    last comma and the verb, whose head lies outside it)."""
    if verb.i < 2 or not (
        (verb.dep_ == "ROOT" and any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children))
        or _final_conjunct(verb)
    ):
        return None
    comma = next((t for t in reversed(verb.doc[verb.sent.start : verb.i]) if t.text == ","), None)
    if comma is not None and comma.i == verb.i - 1:
        # "…, the governor, Oleksandr Prokudin, said": the name between the title's commas
        return _split_title_name(comma)
    if comma is None:
        return None
    phrase = verb.doc[comma.i + 1 : verb.i]
    heads = [t for t in phrase if not phrase.start <= t.head.i < phrase.end]
    if (
        len(heads) != 1
        or heads[0].pos_ not in {"NOUN", "PROPN"}
        or heads[0].dep_ not in {"appos", "conj", "nmod", "obj", "dobj", "pobj"}
        # a verb inside the phrase is a clause, but for a modifier ("state-run", "pro-Kremlin")
        or any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} for t in phrase)
    ):
        return None
    return heads[0]


def _final_conjunct(verb: Token) -> bool:
    """A subjectless report verb the parser coordinated with the clause it reports: "…in
    Kherson, Ukraine's interior minister wrote on X" (``wrote``: a conjunct of ``killed``,
    the speaker an apposition); it ends the sentence."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.head.dep_ != "ROOT":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "nsubj:pass", "cc"} for c in verb.children):
        return False
    last = max(t.i for t in verb.subtree)
    return all(t.is_punct for t in verb.doc[last + 1 : verb.sent.end])


def _split_title_name(comma: Token) -> Token | None:
    """The person named between commas after a title, right before the verb: "…, the
    governor, Oleksandr Prokudin, said", "…, le gouverneur régional, Oleh Kiper, a indiqué"."""
    doc = comma.doc
    opening = next((t for t in reversed(doc[comma.sent.start : comma.i]) if t.text == ","), None)
    if opening is None or opening.i < comma.sent.start + 2 or opening.i >= comma.i - 1:
        return None
    name = doc[opening.i + 1 : comma.i]
    title = doc[opening.i - 1]
    if (
        title.pos_ != "NOUN"
        or not all(t.ent_type_ in {"PER", "PERSON"} for t in name)
        or name.root.head.i != title.i
    ):
        return None
    return name.root


# -- the speaker's name -----------------------------------------------------------------------

_POSSESSIVES: frozenset[str] = words_any("claim_possessives")
_DEFINITE_ARTICLES: frozenset[str] = words_any("claim_definite_articles")
# Kinds of bodies a spokesperson speaks for when the subject phrase names one inside it ("le
# secrétaire général de l'ONU, Antonio Guterres, …, selon son porte-parole" → the UN)
_BODY_KINDS: frozenset[str] = frozenset(
    {"igo", "ministry", "government", "military", "armed_group", "group", "presidency", "media"}
)
_LOCATIVE_PREPS: frozenset[str] = words_any("claim_locative_preps")
_ORG_LABELS: frozenset[str] = frozenset({"ORG"})


def _speaker_name(
    head: Token, actor: Actor | None, toks: list[Token], ctx: ArticleContext
) -> tuple[Actor | None, list[Token]]:
    """The speaker's actor, mended where its noun phrase misleads: a spokesperson speaks for
    its body ("selon son porte-parole"); a ticker stamp or a trailing place is no part of a
    name ("05:40 GMT — Iran's Revolutionary Guards", "l'état-major des armées à Paris"); a
    bare definite noun is a source named before ("a précisé la chaîne", "Le ministère fait
    état de…"); a name the phrase cut short is the whole entity ("the Kenya National
    Commission on Human Rights")."""
    body = _spokesperson_body(head, actor, ctx)
    if body is not None:
        return body, toks
    if actor is None or actor.id is not None:
        return actor, toks
    alias = _parenthesized_alias(head, ctx)
    if alias is not None:
        return alias
    trimmed = _trimmed_speaker(toks, ctx)
    if trimmed is not None:
        return trimmed
    earlier = earlier_source(head, actor, ctx)
    if earlier is not None:
        return earlier, toks
    whole = _whole_entity(head, toks, ctx)
    return whole if whole is not None else (actor, toks)


def _parenthesized_alias(head: Token, ctx: ArticleContext) -> tuple[Actor, list[Token]] | None:
    """The known short name in brackets inside a speaker phrase the parser cut short: "Le
    Groupe de soutien à l'islam et aux musulmans (JNIM), lié à Al-Qaïda, a revendiqué…",
    "the Rapid Support Forces (RSF) said" → the body the acronym names."""
    words = sorted(head.subtree, key=lambda t: t.i)
    for k, tok in enumerate(words):
        if tok.text != "(":
            continue
        inner: list[Token] = []
        for t in words[k + 1 : k + 5]:
            if t.text == ")":
                break
            inner.append(t)
        else:
            continue
        if not inner or any(t.is_punct and t.text not in {"-", "."} for t in inner):
            continue
        text = ctx.doc[inner[0].i : inner[-1].i + 1].text
        actor = resolvers.resolve_actor(text, lang=ctx.lang, context=actor_context(ctx))
        if actor.id is not None and actor.kind not in {"country", "unknown"}:
            return actor, inner
    return None


def _spokesperson_body(head: Token, actor: Actor | None, ctx: ArticleContext) -> Actor | None:
    """Who a spokesperson speaks for: "selon son porte-parole", "its spokesman said" → the
    subject of the clause (a body named inside it first), else the last source; "the
    Spokesperson said" in a body's own press release → that body. None otherwise."""
    if head.lemma_.lower() not in speaker_words(ctx.lang, "spokesperson") and (
        head.lower_ not in speaker_words(ctx.lang, "spokesperson")
    ):
        return None
    if actor is not None and actor.id is not None:
        return None  # "le porte-parole du Kremlin", "Dmitri Peskov": named already
    dets = {c.lower_ for c in head.children if c.dep_ in {"det", "poss", "nmod:poss"}}
    if dets & _POSSESSIVES:
        owner = _clause_subject(head)
        if owner is not None:
            body = _body_in_phrase(owner, ctx)
            if body is not None:
                return body
        return ctx.last_claimant
    others = [c for c in head.children if c.dep_ not in {"det", "punct"}]
    if dets and dets <= _DEFINITE_ARTICLES and not others:
        return _issuer(ctx)
    return None


def _clause_subject(head: Token) -> Token | None:
    """The subject named before a phrase in its sentence, when the phrase is not a subject:
    the nearest subject before it of a verb before it ("Le secrétaire général de l'ONU, …, a
    condamné ces frappes, selon son porte-parole, tandis que Joe Biden…": not Biden)."""
    if head.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}:
        return None  # "Son porte-parole a déclaré": the spokesperson is the subject
    subjects = [
        t
        for t in head.sent
        if t.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}
        and t.i < head.i
        and t.head.i < head.i
        and t.pos_ in {"NOUN", "PROPN"}
    ]
    return subjects[-1] if subjects else None


def _body_in_phrase(subj: Token, ctx: ArticleContext) -> Actor | None:
    """The body a subject phrase names: the phrase itself when it is a body, else a body named
    inside it ("le secrétaire général de l'ONU, Antonio Guterres" → the UN), else the person."""
    actor, _ = actor_from_np(subj, ctx)
    if actor is not None and actor.id is not None and actor.kind in _BODY_KINDS:
        return actor
    inside = {t.i for t in subj.subtree} - {subj.i}
    names = [
        e.text
        for e in ctx.doc.ents
        if e.start in inside and e.label_ not in {"PER", "PERSON", "DATE", "TIME", "CARDINAL"}
    ]
    names += [t.text for t in subj.subtree if t.i in inside and t.pos_ == "PROPN"]
    for name in names:
        inner = resolvers.resolve_actor(name, lang=ctx.lang, context=actor_context(ctx))
        if inner.id is not None and inner.kind in _BODY_KINDS:
            return inner
    return actor


def _issuer(ctx: ArticleContext) -> Actor | None:
    """The body that issued the text itself (a ministry's press release), if the outlet is one."""
    outlet = re.sub(r"\s*\(.*?\)\s*", " ", ctx.article.outlet or "").strip()
    if not outlet:
        return None
    actor = resolvers.resolve_actor(outlet, lang=ctx.lang, context=actor_context(ctx))
    return actor if actor.id is not None and actor.kind not in {"media", "unknown"} else None


def _trimmed_speaker(
    toks: list[Token], ctx: ArticleContext
) -> tuple[Actor | None, list[Token]] | None:
    """The speaker phrase without a ticker stamp before a dash or a place after "à"/"in"."""
    if not toks:
        return None
    # the phrase's tokens leave out punctuation: look for the dash in the text they span
    words = list(ctx.doc[min(t.i for t in toks) : max(t.i for t in toks) + 1])
    dashes = [k for k, t in enumerate(words) if t.text in {"—", "–", "|"}]
    if dashes:
        words = words[dashes[-1] + 1 :]
    for k in range(1, len(words) - 1):
        tail = words[k + 1 :]
        if words[k].lower_ in _LOCATIVE_PREPS and all(t.ent_type_ in {"GPE", "LOC"} for t in tail):
            words = words[:k]
            break
    words = _without_channel(words, ctx)
    while len(words) > 1 and (words[-1].is_punct or words[-1].lower_ in _EMPHATIC):
        words = words[:-1]  # "Les syndicats, eux, estiment…": the resuming pronoun is no name
    words = [t for t in words if not t.is_punct]
    if len(words) == len([t for t in toks if not t.is_punct]) or not words:
        return None
    from .syntax import text_of

    actor = resolvers.resolve_actor(
        text_of(ctx.doc, words), lang=ctx.lang, context=actor_context(ctx)
    )
    return actor, words


def _without_channel(words: list[Token], ctx: ArticleContext) -> list[Token]:
    """A speaker phrase without the audience or channel the parser folded into it ("une
    source sécuritaire à l'AFP", "le gouverneur sur Telegram", "a police source to AFP") and
    without a next clause's subject after a comma ("selon des sources locales, des
    jihadistes ont attaqué…")."""
    preps = ctx.lex.words("claim_channel_preps")
    channels = ctx.lex.words("claim_channel_words")
    quoting = ctx.lex.words("claim_quoting_participles")
    after = words[-1].i + 1
    # the phrase runs straight into a verb: its last noun phrase is that verb's subject
    runs_into_verb = after < len(ctx.doc) and ctx.doc[after].pos_ in {"VERB", "AUX"}
    for k in range(1, len(words)):
        tok = words[k]
        if tok.lower_ in quoting:
            return words[:k]  # "le maire, cité par l'agence Interfax": who relays the words
        if tok.text == "," and (
            runs_into_verb
            or any(
                t.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}
                and t.head.pos_ in {"VERB", "AUX"}
                and t.head.i not in {w.i for w in words}
                for t in words[k + 1 :]
            )
        ):
            return words[:k]
        if tok.lower_ in preps and any(
            t.lower_ in channels or t.lemma_.lower() in channels for t in words[k + 1 : k + 4]
        ):
            return words[:k]
    return words


def earlier_source(head: Token, actor: Actor | None, ctx: ArticleContext) -> Actor | None:
    """A bare definite noun for a source named before: "Le ministère fait état de…" after
    "selon le ministère de l'Intérieur", "a précisé la chaîne" after "selon la télévision
    publique Télé Sahel", "the commission said" after "the National Human Rights Commission"."""
    if actor is None or actor.id is not None or head.pos_ != "NOUN":
        return None
    kids = [c for c in head.children if not c.is_punct]
    if not kids or any(c.dep_ != "det" or c.lower_ not in _DEFINITE_ARTICLES for c in kids):
        return None
    lemma, low = head.lemma_.lower(), head.lower_
    media = speaker_words(ctx.lang, "media_noun")
    for earlier in reversed(ctx.claimants_seen):
        surface = (
            (earlier.surface or earlier.name or "").lower().replace("'", " ").replace("’", " ")
        )
        words = {w for w in surface.split() if w not in _DEFINITE_ARTICLES | {"l"}}
        if len(words) < 2:
            continue  # the same bare noun, or a one-word name
        if lemma in words or low in words:
            return earlier
        if lemma in media and (earlier.kind == "media" or words & media):
            return earlier
    return None


def _whole_entity(
    head: Token, toks: list[Token], ctx: ArticleContext
) -> tuple[Actor | None, list[Token]] | None:
    """The organisation's full name when the phrase stops inside it ("…Commission on Human
    Rights said": the parser ends the subject at "Commission")."""
    ent = next((e for e in ctx.doc.ents if e.start <= head.i < e.end), None)
    if ent is None or ent.label_ not in _ORG_LABELS:
        return None
    ids = {t.i for t in toks}
    if all(t.i in ids for t in ent) or not all(ent.start <= i < ent.end for i in ids):
        return None
    actor = resolvers.resolve_actor(ent.text, lang=ctx.lang, context=actor_context(ctx))
    return actor, list(ent)


def _untagged_verb(tok: Token) -> bool:
    """A report verb the French tagger left untagged after its auxiliary ("a tweeté": X)."""
    return (
        tok.pos_ == "X"
        and tok.i > 0
        and tok.nbor(-1).lemma_.lower() in {"avoir", "être"}
        and tok.lemma_.lower() in lexicon(tok.lang_).speech_verbs
    )


def _final_incise_read_as_modifier(verb: Token) -> bool:
    """ "Drones hit Odesa overnight, the mayor posted on X": the parser makes the speaker noun
    the sentence's root and the report verb its modifier; a comma opens the noun phrase."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    left = _phrase_start(head)
    return head.i < verb.i and left.i > verb.sent.start and verb.doc[left.i - 1].text == ","


def _phrase_start(noun: Token) -> Token:
    """The first word of a noun phrase; for a misparsed root noun (whose subtree is the whole
    sentence), that of its own pre-modifiers only."""
    if noun.dep_ != "ROOT":
        return noun.left_edge
    mods = [
        c.left_edge.i
        for c in noun.children
        if c.i < noun.i and c.dep_ in {"det", "amod", "compound", "poss", "nmod"}
    ]
    return noun.doc[min([noun.i, *mods])]


_DEMONSTRATIVES: frozenset[str] = words_any("claim_demonstratives")
# Emphatic pronouns that resume a left-dislocated speaker: "L'état-major, lui, ne mentionne…"
_EMPHATIC: frozenset[str] = words_any("claim_emphatic_pronouns")


def _demonstrative(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in noun.children)


def _causative(verb: Token) -> bool:
    """An infinitive under a causative "faire" ("a fait savoir"), however the parser hangs it."""
    return verb.head.lemma_.lower() == "faire" or any(
        c.lemma_.lower() == "faire" for c in verb.children
    )


def _impersonal_on(verb: Token) -> bool:
    """ "a-t-on appris": the parser may make the euphonic "-t" the subject and hang "-on" on
    it; the impersonal "on" is then found next to the verb group."""
    near = verb.doc[max(verb.sent.start, verb.i - 3) : verb.i + 2]
    return any(t.text.lstrip("-").lower() == "on" and t.pos_ == "PRON" for t in near) and any(
        c.text == "-t" for c in verb.children
    )


def _inverted_speaker(verb: Token, subjects: list[Token], skip: Token | None) -> Token | None:
    """French inverted incise misread by the parser: "…avec des drones Shahed de fabrication
    iranienne, a rapporté l'armée de l'air": the noun glued to the content before the comma
    is taken as subject, the real speaker after the verb as object."""
    if verb.lang_ != "fr":
        return None
    post = [
        c
        for c in verb.children
        if c.dep_ in {"obj", "nsubj"}
        and c.i > verb.i
        and c.pos_ in {"NOUN", "PROPN"}
        and (skip is None or c.i != skip.i)
        and not _demonstrative(c)
    ]
    if not post or any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children):
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    if first == 0 or verb.doc[first - 1].text != ",":
        return None
    if _closes_mid_incise(verb.doc[max(t.i for t in post[0].subtree)]):
        # "L'attaque, a précisé le gouverneur, a tué trois civils": an incise inside the clause
        return post[0]
    sent_start = verb.sent.start
    for subj in subjects:
        left = subj.left_edge
        glued = left.i > sent_start and not verb.doc[left.i - 1].is_punct
        if subj.i > first or not glued:
            return None
    return post[0]


def _closes_mid_incise(last: Token) -> bool:
    """Whether the report incise ending at token ``last`` closes with a comma and the clause
    it interrupts goes on with its finite verb: "Russian drones, the governor said, hit…",
    "L'attaque, a précisé le gouverneur, a tué…" (never "…, officials said, adding that…")."""
    doc, end = last.doc, last.sent.end
    k = last.i + 1
    skipped = 0
    while k < end and doc[k].text != "," and skipped < 4:
        if doc[k].pos_ in {"VERB", "AUX"} or doc[k].is_punct:
            return False  # "…, the governor said on Sunday," only: adjuncts, no clause
        k += 1
        skipped += 1
    if k >= end - 1 or doc[k].text != ",":
        return False
    nxt = doc[k + 1]
    while nxt.pos_ == "ADV" and nxt.i + 1 < end:
        nxt = doc[nxt.i + 1]
    return nxt.pos_ == "AUX" or (nxt.pos_ == "VERB" and "Fin" in nxt.morph.get("VerbForm"))


def _incise_end(verb: Token, speaker: Token) -> Token:
    """The last word of a report incise: its verb or its speaker's phrase, whichever is last."""
    last = max(verb.i, *(t.i for t in speaker.subtree if t.i >= speaker.i))
    return verb.doc[last]


def _dislocated_topic(verb: Token) -> Token | None:
    """ "L'état-major ukrainien, lui, ne mentionne pas ces pertes": the noun phrase resumed by
    an emphatic pronoun between commas is the speaker."""
    for child in verb.children:
        if child.i > verb.i or child.lower_ not in _EMPHATIC:
            continue
        doc = verb.doc
        if child.i < 2 or doc[child.i - 1].text != ",":
            continue
        before = doc[child.i - 2]
        head = before
        while head.head.i != head.i and head.head.i < child.i and head.head.i != verb.i:
            head = head.head
        if head.pos_ in {"NOUN", "PROPN"}:
            return head
    return None


def sentence_attributions(sent: Span, ctx: ArticleContext) -> list[Attribution]:
    """Every report verb and attribution cue of ``sent`` with the range it covers."""
    out: list[Attribution] = []
    lex = ctx.lex
    figure_verbs = lex.cues_of("figure_report")
    incise_verbs = speaker_words(ctx.lang, "incise_verb")
    for tok in sent:
        role = _report_role(tok, lex.speech_verbs)
        if role is None and tok.lemma_.lower() in figure_verbs and _speaks_of_figure(tok):
            role = "report"  # "L'opposition parle de 300 arrestations", "spoke of 40 dead"
        counted = _counted_object(tok, ctx.lang)
        if role is None and counted is not None:
            role = "report"  # "les secours ont donné un bilan de neuf morts", "put the crowd at"
        incise_only = role is None and tok.lemma_.lower() in incise_verbs
        if incise_only:
            role = "report"  # "« C'est un crime », a lancé le maire" (never "a lancé 40 drones")
        # the French tagger leaves new verbs untagged ("a tweeté": X), the lemma list decides
        if role is None or not (tok.pos_ in {"VERB", "AUX"} or _untagged_verb(tok)):
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
        compound = compound or counted
        spk = _speaker(tok, compound)
        if spk is None:
            continue
        named = _comma_named_person(spk) or _document_author(spk, lex)
        actor, toks = actor_from_np(named or spk, ctx)  # "A Reuters report said" → Reuters
        actor, toks = _speaker_name(named or spk, actor, toks, ctx)
        if spk.i < tok.i and any(t.i > tok.i for t in toks):
            # "Ukraine's military said …, a claim Moscow denied": the parser hung the closing
            # apposition on the subject; the speaker's words stop at its verb
            actor, toks = _words_before(toks, tok, ctx)
        lower = spk.text.lstrip("-").lower()
        if lower in {"il", "elle", "he", "she"}:
            actor, toks = _pronoun_source(ctx), [spk]
        elif lower in {"it", "they", "ils", "elles"} and ctx.last_claimant is not None:
            actor, toks = ctx.last_claimant, [spk]  # "it said", "ont-ils ajouté": an institution
        elif lower in {"we", "nous"}:
            # a body's own release: "We have established that…" is the issuer's; in a quote
            # ("« Nous avons abattu… », a dit le gouverneur") the incise names the speaker
            actor, toks = _issuer(ctx), [spk]
            if actor is None:
                continue
        if (
            role == "report"
            and tok.lemma_.lower() == "claim"
            and any(c.lemma_.lower() == "responsibility" for c in tok.children)
        ):
            role = "responsibility"  # "did not claim responsibility for the attack"
        if _is_earlier_version(spk, lex):
            role = "retracted"  # "an earlier version of this article said 25": corrected
        comma = _incise_comma(tok, spk, sent, lex.cues_of("addressee_verb"))
        if incise_only and comma is None:
            continue  # an incise verb reports only after the words it reports
        if actor is None and comma is not None and lower in _INCISE_PRONOUNS:
            # "L'armée a repris la ville, a-t-elle écrit sur X", "…, it said": with no source
            # before, the pronoun of a final incise is the reported clause's own subject
            actor, toks = _reported_subject(sent, comma, ctx) or (None, toks)
        if comma is not None:
            # "…, a dénoncé le président" / "…, the general staff said": the text before;
            # an incise inside the clause ("Russian drones, the governor said, hit…"): all of it
            lo = sent.start_char
            hi = sent.end_char if _closes_mid_incise(_incise_end(tok, spk)) else comma.idx
        else:
            lo = tok.idx + len(tok.text)
            hi = _clause_end(sent, tok)
            for mark in _contrast_marks(sent, ctx):
                if mark.i > tok.i:  # "Russia said it downed 30 drones, while Kyiv put…"
                    hi = min(hi, mark.nbor(-1).idx)
            if tok.dep_ in RELATIVE_DEPS:
                # "Kigali, qui dément tout soutien au M23, accuse…": the relative clause only
                last = max(tok.subtree, key=lambda t: t.i)
                hi = min(hi, last.idx + len(last.text))
        out.append(
            Attribution(
                claimant=actor,
                role=role,
                verb=tok,
                speaker_tokens=toks,
                lo=lo,
                hi=hi,
                rule=f"{lex.lang}.claim.verb:{tok.lemma_.lower()}",
                negated=is_negated(tok) or _nobody(spk),
                anonymous=_anonymity_said(sent, ctx),
            )
        )
    out.extend(_misread_attributions(sent, ctx, {a.verb.i for a in out if a.verb is not None}))
    out.extend(_cue_attributions(sent, ctx))
    out.extend(_source_of_previous(sent, ctx))
    if not any(a.claimant is not None for a in out):
        out.extend(_label_attributions(sent, ctx))
    return out


def _words_before(
    toks: list[Token], verb: Token, ctx: ArticleContext
) -> tuple[Actor | None, list[Token]]:
    """A speaker phrase cut at its report verb, resolved again."""
    from .syntax import text_of

    words = [t for t in toks if t.i < verb.i]
    while words and words[-1].is_punct:
        words = words[:-1]
    if not words:
        return None, toks
    actor = resolvers.resolve_actor(
        text_of(ctx.doc, words), lang=ctx.lang, context=actor_context(ctx)
    )
    return actor, words


def _source_of_previous(sent: Span, ctx: ArticleContext) -> list[Attribution]:
    """A sentence naming who gave what was just told: "Tel est le bilan fourni par les
    secours", "Ce bilan a été communiqué par la préfecture", "The figures came from the
    regional administration", "The toll was given by police". Its range is empty: it covers
    nothing in its own sentence; :func:`apply_restated_figures` gives its source to the
    outlet-voiced events of the sentence before."""
    giving = ctx.lex.words("claim_source_giving_verbs")
    told = speaker_words(ctx.lang, "figure_word") | ctx.lex.words("claim_source_told_nouns")
    indefinite = ctx.lex.words("claim_indefinite_articles")
    for tok in sent:
        if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in giving:
            continue
        what = (
            tok.head
            if tok.dep_ in {"acl", "amod"}
            else next(
                (c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}), None
            )
        )
        if what is None or what.lemma_.lower() not in told:
            continue
        if any(c.dep_ == "det" and c.lower_ in indefinite for c in what.children):
            continue  # "Un rapport publié par l'ONU…": a new document, not what was just told
        source = _giver(tok, ctx)
        if source is None:
            continue
        actor, toks = actor_from_np(source, ctx)
        actor, toks = _speaker_name(source, actor, toks, ctx)
        if actor is None:
            continue
        return [
            Attribution(
                claimant=actor,
                role="attribution",
                verb=None,
                speaker_tokens=toks,
                lo=sent.start_char,
                hi=sent.start_char,
                rule=f"{ctx.lang}.claim.source_of_previous",
            )
        ]
    return []


def _giver(verb: Token, ctx: ArticleContext) -> Token | None:
    """The agent of a giving verb ("fourni par les secours", "given by police") or the origin
    of a coming verb ("came from the administration", "provient du ministère")."""
    preps = ctx.lex.words("claim_source_giving_preps")
    for child in verb.children:
        if child.dep_ in {"agent", "prep"} and child.lower_ in preps:
            return prep_object(child)
        if child.dep_ in {"obl:agent", "obl", "obl:arg", "obl:mod"} and child.pos_ in {
            "NOUN",
            "PROPN",
        }:
            if any(c.dep_ == "case" and c.lower_ in preps for c in child.children):
                return child
    return None


_FR_PERSONAL: frozenset[str] = frozenset({"il", "elle", "ils", "elles"})
_INCISE_PRONOUNS: frozenset[str] = _FR_PERSONAL | {"he", "she", "it", "they"}


def _reported_subject(
    sent: Span, comma: Token, ctx: ArticleContext
) -> tuple[Actor, list[Token]] | None:
    """The known actor that is the subject of the words a final pronoun incise reports."""
    subj = next(
        (
            t
            for t in sent
            if t.i < comma.i
            and t.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}
            and t.pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )
    if subj is None:
        return None
    actor, toks = actor_from_np(subj, ctx)
    if actor is None or actor.id is None:
        return None  # an unknown subject ("des hommes armés") is no source
    return actor, toks


def _misread_attributions(sent: Span, ctx: ArticleContext, seen: set[int]) -> list[Attribution]:
    """A report verb the tagger read as another word: "Le Kremlin dément toute discussion"
    ("dément" as an adjective). Its speaker is the subject named before it in the sentence;
    it covers the rest of the sentence."""
    forms = misread_forms(ctx.lang)
    out: list[Attribution] = []
    for tok in sent:
        lemma = forms.get(tok.lower_)
        if lemma is None or tok.i in seen or tok.pos_ in {"VERB", "AUX"}:
            continue
        role = ctx.lex.speech_verbs.get(lemma)
        subj = next(
            (
                t
                for t in reversed(list(sent[: tok.i - sent.start]))
                # "Moscou dément avoir frappé…": the misparse may leave the name as a root
                if t.dep_ in {"nsubj", "nsubj:pass", "ROOT"} and t.pos_ in {"NOUN", "PROPN"}
            ),
            None,
        )
        if role is None or subj is None:
            continue
        subj = _subject_after_boundary(subj, tok) or subj
        actor, toks = actor_from_np(subj, ctx)
        hi = sent.end_char
        if tok.i > sent.start and tok.nbor(-1).lower_ in RELATIVE_PRONOUNS:
            # "Kigali, qui dément tout soutien au M23, accuse…": the relative clause only
            comma = next((t for t in sent if t.i > tok.i and t.text == ","), None)
            hi = comma.idx if comma is not None else hi
        out.append(
            Attribution(
                claimant=actor,
                role=role,
                verb=tok,
                speaker_tokens=toks,
                lo=tok.idx + len(tok.text),
                hi=hi,
                rule=f"{ctx.lang}.claim.verb:{lemma}",
            )
        )
    return out


_CLAUSE_OPENERS: frozenset[str] = words_any("claim_relative_openers")


def _subject_after_boundary(subj: Token, verb: Token) -> Token | None:
    """The name right before a misread report verb when a clause opens between the subject
    the parser gave and that verb: "Des drones ont frappé Odessa, ce que Moscou dément" (the
    denier is Moscow, not the drones)."""
    between = list(verb.doc[subj.i + 1 : verb.i])
    cuts = [k for k, t in enumerate(between) if t.text == "," or t.lower_ in _CLAUSE_OPENERS]
    if not cuts:
        return None
    return next((t for t in between[cuts[-1] + 1 :] if t.pos_ in {"NOUN", "PROPN"}), None)


# Kinds of actors whose name before a headline colon or after a ticker dash is a source
# ("Zelensky: 40 drones downed", "… — Ukrainian air force"). States and capitals are left out:
# "Liban : 492 morts", "Kyiv: explosions heard" name the place, not a speaker.
LABEL_SOURCE_KINDS: frozenset[str] = frozenset(
    {"person", "military", "ministry", "government", "presidency"}
)
_DASHES: frozenset[str] = frozenset({"—", "–", "-", "|"})


def _label_attributions(sent: Span, ctx: ArticleContext) -> list[Attribution]:
    """A verbless source label: a headline "Zelensky : 40 drones abattus" (the name before a
    colon opening the line) or a live-ticker line ending "… — Ukrainian air force" (the name
    after a final dash). Only a resolved person or institution counts."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 4:
        return []
    out: list[Attribution] = []
    colon = next((t for t in toks[:6] if t.text == ":"), None)
    if colon is not None and colon.i > toks[0].i:
        label = ctx.doc[toks[0].i : colon.i]
        out += _label_attribution(label, ctx, colon.idx + 1, sent.end_char, "headline_label")
    end = len(toks)
    while end > 0 and toks[end - 1].is_punct and toks[end - 1].text not in _DASHES:
        end -= 1
    dash = next(
        (
            k
            for k in range(end - 1, max(end - 7, 0), -1)
            # a free-standing dash, not the hyphen of "Jean-Noel"
            if toks[k].text in _DASHES and toks[k].whitespace_ and toks[k - 1].whitespace_
        ),
        None,
    )
    if dash is not None and dash > 2:
        label = ctx.doc[toks[dash].i + 1 : toks[end - 1].i + 1]
        out += _label_attribution(label, ctx, sent.start_char, toks[dash].idx, "ticker_label")
    return out


def _label_attribution(
    label: Span, ctx: ArticleContext, lo: int, hi: int, rule: str
) -> list[Attribution]:
    """A verbless label naming a resolved speaker covers the text from ``lo`` to ``hi``."""
    if not len(label) or any(t.pos_ in {"VERB", "AUX"} for t in label):
        return []
    actor = _label_actor(label, ctx)
    if actor is None:
        return []
    return [
        Attribution(
            claimant=actor,
            role="attribution",
            verb=None,
            speaker_tokens=list(label),
            lo=lo,
            hi=hi,
            rule=f"{ctx.lang}.claim.{rule}",
        )
    ]


def _label_actor(label: Span, ctx: ArticleContext) -> Actor | None:
    if any(t.like_num for t in label):
        return None  # "12:45 —", "Liban : 492 morts" style figures are no source
    actor = resolvers.resolve_actor(label.text, lang=ctx.lang, context=actor_context(ctx))
    if actor is None or actor.id is None or actor.kind not in LABEL_SOURCE_KINDS:
        return None
    return actor


def _contrast_marks(sent: Span, ctx: ArticleContext) -> list[Token]:
    """Contrast conjunctions after a comma opening a clause with a named subject of its own
    ("…, tandis que Joe Biden a appelé…", "…, while Kyiv put the figure at 12"): what follows
    is another speaker's, not the content of a source named before (and vice versa). "alors
    qu'il rentrait chez lui" (a pronoun subject) is a circumstance, not a second voice."""
    cues = ctx.lex.cues_of("contrast")
    toks = list(sent)
    out: list[Token] = []
    for k, tok in enumerate(toks):
        if k == 0 or toks[k - 1].text != ",":
            continue
        two = f"{tok.lower_} {toks[k + 1].lower_}" if k + 1 < len(toks) else ""
        if tok.lower_ in cues:
            rest = toks[k + 1 :]
        elif two in cues or two.replace("qu'", "que") in cues:
            rest = toks[k + 2 :]
        else:
            continue
        head = next((t for t in rest if not t.is_punct and t.pos_ not in {"DET", "ADJ"}), None)
        if head is not None and head.pos_ in {"PROPN", "NOUN"}:
            out.append(tok)
    return out


def _comma_named_person(title: Token) -> Token | None:
    """ "a précisé le gouverneur régional, Oleg Kiper": the parser may read the name after the
    title's comma as a conjunct; with no "et"/"and" it is the title's apposition, and the
    person is the speaker."""
    if title.pos_ != "NOUN":
        return None
    for child in title.children:
        if (
            child.dep_ in {"conj", "appos"}
            and child.i > title.i
            and child.ent_type_ in {"PER", "PERSON"}
            and child.nbor(-1).text == ","
            and not any(c.dep_ == "cc" for c in child.children)
        ):
            return child
    return _closing_name(title)


def _closing_name(title: Token) -> Token | None:
    """The name after a title's comma that ends the sentence, however the parser hangs it:
    "…, a indiqué le gouverneur régional, Oleh Kiper." (the name read as the verb's own)."""
    doc, end = title.doc, title.sent.end
    last = max(t.i for t in title.subtree)
    if last + 2 >= end or doc[last + 1].text != ",":
        return None
    words = [t for t in doc[last + 2 : end] if not t.is_punct]
    # a name after a person's title ("le gouverneur régional, Oleh Kiper"), whatever the
    # entity tagger took it for; after any other noun, only a tagged person
    titled = title.lemma_.lower() in lexicon(title.lang_).words("claim_person_titles")
    if not words or not all(
        t.ent_type_ in {"PER", "PERSON"} or (titled and t.pos_ == "PROPN") for t in words
    ):
        return None
    if any(t.is_punct for t in doc[words[0].i : words[-1].i + 1]):
        return None
    return next((t for t in words if t.head.i not in {w.i for w in words}), words[0])


def _speaks_of_figure(verb: Token) -> bool:
    """A talk verb whose "de"/"of" complement is counted ("parle de 300 arrestations", "évoque
    au moins 40 morts", "spoke of 300 arrests"): it gives a figure, so it reports. Without a
    figure it only names a topic ("a parlé de la guerre")."""
    for child in verb.children:
        if child.dep_ not in {"obl:arg", "obl", "obj", "dobj", "prep", "obl:mod"}:
            continue
        if child.dep_ == "prep" and child.lower_ != "of":
            continue
        if any(t.like_num or t.pos_ == "NUM" for t in child.subtree if t.i != verb.i):
            return True
    return False


def _counted_object(verb: Token, lang: str) -> Token | None:
    """The figure noun a light verb gives ("ont donné un bilan de neuf morts", "raised its toll
    to 12") or the crowd an estimate verb counts ("la préfecture a recensé 4 000 manifestants",
    "police put the crowd at 20,000"): the verb then reports its subject's count. None when the
    subject is the crowd itself ("le cortège comptait 5 000 personnes")."""
    lemma = verb.lemma_.lower()
    light = lemma in speaker_words(lang, "figure_verb")
    estimate = lemma in ESTIMATE_VERBS
    if not (light or estimate):
        return None
    crowd = speaker_words(lang, "crowd_count") | CROWD_NOUNS
    if any(c.dep_ in {"nsubj", "nsubj:pass"} and c.lemma_.lower() in crowd for c in verb.children):
        return None
    figures = speaker_words(lang, "figure_word")
    for child in verb.children:
        if child.dep_ not in {"obj", "dobj"}:
            continue
        noun = child.lemma_.lower()
        if noun in figures or (estimate and noun in crowd):
            return child
    return None


_NOBODY: frozenset[str] = words_any("claim_nobody")


def _nobody(speaker: Token) -> bool:
    """A speaker that is nobody ("No group has claimed responsibility", "nobody confirmed"):
    the report is negated."""
    return speaker.lower_ in _NOBODY or any(
        c.dep_ == "det" and c.lower_ in _NOBODY for c in speaker.children
    )


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
    if ctx.last_person is not None:
        return ctx.last_person
    # "Zelensky s'est exprimé lundi. « … », a-t-il martelé": a person named, not yet a source
    people = [a for a in ctx.actors_seen if a.kind == "person"]
    return people[-1] if people else ctx.last_claimant


def _report_role(tok: Token, speech_verbs: dict[str, str]) -> str | None:
    """Role of a report verb: its lemma, or a lemma_object pair ("faire_état" → "fait état")."""
    role = speech_verbs.get(tok.lemma_.lower())
    if role is not None:
        return role
    guess = _first_group_lemma(tok)
    if guess is not None and speech_verbs.get(guess) is not None:
        return speech_verbs[guess]  # "…, indique l'administration": the lemma left as "indique"
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


def _first_group_lemma(tok: Token) -> str | None:
    """The infinitive of a present-tense French "-er" verb the lemmatizer left as written
    ("indique", "précisent", "rapporte" → "indiquer", "préciser", "rapporter")."""
    if tok.lang_ != "fr" or tok.pos_ != "VERB" or "Pres" not in tok.morph.get("Tense"):
        return None
    word = tok.lemma_.lower()
    for ending in ("ent", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + "er"
    return None


def _incise_comma(
    verb: Token, speaker: Token, sent: Span, addressee_verbs: frozenset[str] = frozenset()
) -> Token | None:
    """The comma that opens a report incise ("…, a affirmé X" / "…, X said"), if any."""
    # report verbs whose direct object is the audience ("…, two officials told reporters")
    addressee_verb = verb.lemma_.lower() in addressee_verbs
    # an inverted speaker after the verb's adjuncts ("…, a déclaré à l'AFP un responsable"):
    # what lies between the verb and the speaker is no content
    inverted_at = _phrase_start(speaker).i if speaker.i > verb.i else verb.i
    content_after = [
        c
        for c in verb.children
        if c.i > verb.i
        and c.i != speaker.i
        and c.i >= inverted_at
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
        _phrase_start(speaker),
    ]
    # "a fait savoir": the auxiliary hangs on "fait"; the comma may too (skip it)
    first = min(
        min((x.i for x in t.subtree if not x.is_punct), default=t.i) if t.i < verb.i else t.i
        for t in group
    )
    if first == verb.i and _untagged_verb(verb):
        first -= 1  # "a tweeté": the parser does not hang the auxiliary on an untagged verb
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
    absolute = _absolute_clause_comma(sent, verb)
    return absolute.idx if absolute is not None else sent.end_char


# Words of a subject phrase between a comma and its verb ("…, la police n'en recensant…").
_SUBJECT_PHRASE_POS: frozenset[str] = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _absolute_clause_comma(sent: Span, verb: Token) -> Token | None:
    """The comma opening a clause with a subject of its own after a report verb: "la FWA
    avançait le chiffre de 5 000, la police n'en recensant que 3 000", "organisers spoke of
    50,000, police counting only 12,000": what follows is another speaker's, not the content."""
    toks = [t for t in sent if t.i > verb.i]
    for k, comma in enumerate(toks[:-1]):
        if comma.text != ",":
            continue
        for tok in toks[k + 1 :]:
            if tok.pos_ not in _SUBJECT_PHRASE_POS:
                break
            if (
                tok.dep_ in {"nsubj", "nsubj:pass"}
                and tok.head.i > tok.i
                and tok.head.pos_ == "VERB"
                and tok.head.i != verb.i
            ):
                return comma
    return None


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
        if not match and _de_source(toks, idx):
            match, rule = True, f"{lex.lang}.claim.de_source"
        if not match:
            # a cue of several words ("à en croire Kiev", "as reported by Reuters")
            phrase = _phrase_cue_end(toks, idx, cues)
            if phrase is not None:
                match, tok = True, toks[phrase[0]]
                rule = f"{lex.lang}.claim.{phrase[1].replace(' ', '_')}"
        if not match:
            continue
        source = _source_noun(tok)
        if source is None:
            continue
        actor, stoks, anonymous, extra = _source_actor(source, ctx, tok)
        lo, hi = _cue_clause_start(tok, sent), sent.end_char
        for mark in _contrast_marks(sent, ctx):
            # "…, selon son porte-parole, tandis que Joe Biden a appelé…": one side only
            if mark.i > tok.i:
                hi = min(hi, mark.nbor(-1).idx)
            else:
                lo = max(lo, mark.idx)
        toll = _toll_clause_before(cue_start, source, sent, ctx)
        if toll is not None and toll[0] > lo:
            lo = toll[0]  # "…, faisant au moins cinq morts, selon le maire": the toll only
        modifier = _modifier_clause(source)
        if modifier is not None:
            # "l'interdiction de TikTok, utilisé selon l'exécutif par les émeutiers": the cue
            # vouches for the participle's clause, not for the sentence
            lo, hi = max(lo, modifier[0]), min(hi, modifier[1])
        out.append(
            Attribution(
                claimant=actor,
                role="attribution",
                verb=None,
                speaker_tokens=stoks,
                lo=lo,
                hi=hi,
                rule=rule,
                anonymous=anonymous or _anonymity_said(sent, ctx),
                extra=extra,
                cue_start=cue_start,
                toll_of=toll[1] if toll is not None and lo == toll[0] else None,
            )
        )
    return out


def _phrase_cue_end(toks: list[Token], idx: int, cues: frozenset[str]) -> tuple[int, str] | None:
    """The index of the last word of a several-word attribution cue of ``cues.tsv`` opening at
    ``idx`` ("à en croire", "as reported by"), with the cue; the two-word cues read above
    ("d'après", "according to") excluded."""
    for cue in cues:
        words = cue.split()
        if len(words) < 3 or idx + len(words) >= len(toks):
            continue
        if all(toks[idx + k].lower_ == w for k, w in enumerate(words)):
            return idx + len(words) - 1, cue
    return None


def _de_source(toks: list[Token], idx: int) -> bool:
    """A verbless "de source X" set off by a comma or opening the sentence ("…, de source
    sécuritaire", "De sources concordantes, …", "…, de même source"): a "selon" cue."""
    if toks[idx].lower_ not in {"de", "d'", "d’"} or not (idx == 0 or toks[idx - 1].text == ","):
        return False
    # the preposition must be the source noun's own ("de source sûre"), within two words
    return any(
        t.lower_ in {"source", "sources"} and toks[idx].head.i == t.i
        for t in toks[idx + 1 : idx + 3]
    )


def _modifier_clause(source: Token) -> tuple[int, int] | None:
    """The character range of a participial or relative modifier of a noun that the cue's
    source hangs on ("TikTok, utilisé selon l'exécutif par les émeutiers"), if any."""
    verb = source.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"acl", "acl:relcl", "relcl"}:
        return None
    if "Pres" in verb.morph.get("Tense") and verb.dep_ == "acl":
        return None  # "…, l'ONU évoquant 40 morts": an absolute participle, the whole clause
    words = list(verb.subtree)
    start = words[0].idx
    end = words[-1].idx + len(words[-1].text)
    return start, end


# Verb forms that open a toll clause subordinate to the event: "faisant cinq morts", "qui ont
# fait quatre morts", "killing five", "leaving 12 dead".
_SUBORDINATE_DEPS: frozenset[str] = frozenset({"acl", "acl:relcl", "relcl", "advcl"})


def _toll_clause_before(
    cue_start: int, source: Token, sent: Span, ctx: ArticleContext
) -> tuple[int, int | None] | None:
    """Where a sentence-final "selon X" / "according to X" starts covering when it closes a
    toll clause subordinate to the event ("La Russie a frappé Kiev avec une centaine de
    missiles, faisant au moins cinq morts, selon le maire"; "…, après trois nuits d'émeutes qui
    ont fait quatre morts, selon le haut-commissariat"): the source gives the toll, the outlet
    tells the rest. None when the cue is not sentence-final or follows no such clause; else
    (where the clause starts, the token index of the noun a relative clause qualifies)."""
    after = [t for t in sent if t.i > source.right_edge.i and not t.is_punct and not t.is_space]
    if after:
        return None
    casualty = {
        lemma
        for (lemma, pos), rows in ctx.lex.triggers.items()
        if any(r.kind == "casualty" and r.quantity in {"killed", "injured"} for r in rows)
    }
    before = [t for t in sent if t.idx < cue_start and not t.is_punct]
    if not before:
        return None
    # the clause right before the cue: climb from its last word to the subordinate verb
    tok = before[-1]
    for _ in range(6):
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ in _SUBORDINATE_DEPS:
            break
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    else:
        return None
    if tok.dep_ not in _SUBORDINATE_DEPS or tok.head.i == tok.i:
        return None
    relative = tok.dep_ in {"acl:relcl", "relcl"}
    if not relative and not (
        "Part" in tok.morph.get("VerbForm") and "Past" not in tok.morph.get("Tense")
    ):
        return None  # "faisant", "killing" or "qui ont fait"; not a finite clause of its own
    words = list(tok.subtree)
    counted = any(t.like_num or t.pos_ == "NUM" for t in words)
    toll = any(t.lemma_.lower() in casualty for t in words) or tok.lemma_.lower() in casualty
    start = words[0]
    if not (counted and toll) or start.i <= sent.start:
        return None
    if start.i > sent.start and not any(t.text == "," for t in sent[: start.i - sent.start]):
        return None  # no comma before: not an appended clause
    return start.idx, (tok.head.i if relative else None)


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
    actor, toks = _speaker_name(named or source, actor, toks, ctx)
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
                    return prep_object(agent)
        if child.dep_ == "nmod" and any(
            c.lower_ in {"de", "du", "des", "d'"} for c in child.children
        ):
            if child.pos_ in {"PROPN", "NOUN"}:
                return child
        if child.dep_ == "prep" and child.lower_ in {"of", "from", "by"}:
            return prep_object(child)
        if child.i < source.i and (
            (child.dep_ == "compound" and child.pos_ == "PROPN")
            or (child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"})
        ):
            # "a Reuters report", "the ministry's statement" (poss of a name)
            return child
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
        if not att.lo <= pos < att.hi and att.toll_of != m.trigger.i:
            continue  # ("d'émeutes qui ont fait quatre morts, selon X": the riots are X's)
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
    witnessed = lexicon(m.trigger.lang_).words("claim_observation_verbs")
    return next(
        (
            a
            for a in attributions
            if a.verb is not None
            and a.verb.i == m.trigger.head.i
            # "Des habitants rapportent des tirs", "Witnesses reported gunfire": seen, not done
            and a.verb.lemma_.lower() not in witnessed
            and a.role == "report"  # "le Kremlin dément toute discussion" denies, not acts
            and not a.negated
        ),
        None,
    )


def _in_source_relative(trigger: Token, att: Attribution) -> bool:
    """The trigger sits in a relative clause hanging on the cited source itself."""
    source_ids = {t.i for t in att.speaker_tokens}
    for t in att.speaker_tokens:
        # "selon le gouverneur Vadym Filachkine, qui a exhorté…": the relative may hang on the
        # title above the person's name
        while t.head.i != t.i and t.head.pos_ in {"NOUN", "PROPN"}:
            t = t.head
            source_ids.add(t.i)
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
    if a.lo <= pos < a.hi and b.lo <= a.lo and a.hi <= b.hi and (a.lo, a.hi) != (b.lo, b.hi):
        # "Le ministère a fait état de 27 morts, l'armée évoquant pour sa part 9 morts": the
        # second speaker's clause, nested in the first one's, is the nearer source
        return True
    if b.lo <= pos < b.hi and a.lo <= b.lo and b.hi <= a.hi and (a.lo, a.hi) != (b.lo, b.hi):
        return False
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
        said = ctx.text[att.lo : att.hi].lower() if att.verb is not None else ""
        denial_words = [c for c in denial if c in said]
        if att.claimant is not None and not att.negated and att.verb is not None:
            # "Kigali, qui dément tout soutien au M23, accuse…": an aside on the speaker
            aside = _in_relative(att.verb) and not _on_an_account(att.verb, ctx)
            if not aside and (att.role == "deny" or (att.role == "report" and denial_words)):
                ctx.denials.append((sent, att))
        elif att.claimant is not None and att.negated and att.role == "confirm":
            # "Le Kremlin n'a jamais confirmé leur présence": an unconfirmed claim
            ctx.denials.append((sent, att))
        restated = (
            _restated_figure(att, sent, ctx)
            or _restated_attack(att, sent, ctx)
            or _responsibility_claimed(att)
        )
        if restated is not None:
            ctx.restatements.append((sent, att, restated))
        if att.rule.endswith(".source_of_previous"):
            ctx.restatements.append((sent, att, _PREVIOUS))
    for att in attributions:
        if att.claimant is not None:
            ctx.claimants_seen.append(att.claimant)
            ctx.last_claimant = att.claimant
            ctx.last_claimant_tokens = att.speaker_tokens
            if att.claimant.kind == "person" or any(
                t.ent_type_ in {"PER", "PERSON"} for t in att.speaker_tokens
            ):
                ctx.last_person = att.claimant


def _on_an_account(verb: Token, ctx: ArticleContext) -> bool:
    """A relative clause on an account just given: "…, the ministry said, a claim Ukraine
    denied", "…, ce que Kiev a démenti": the denial is of that account, no aside."""
    if verb.dep_ not in RELATIVE_DEPS:
        return False
    accounts = ctx.lex.words("claim_account_nouns")
    return verb.head.lemma_.lower() in accounts or verb.head.lower_ in accounts


def _in_relative(verb: Token) -> bool:
    """A verb of a relative clause ("qui dément", "which denies"), as parsed or as misread."""
    return verb.dep_ in RELATIVE_DEPS or (
        verb.i > verb.sent.start and verb.nbor(-1).lower_ in RELATIVE_PRONOUNS
    )


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
    m: Mention,
    att: Attribution | None,
    atts: list[Attribution],
    ctx: ArticleContext,
    others: list[Mention] | None = None,
) -> list[Mention]:
    """Figures of other sources in the same sentence, each a claim of its own, never summed.

    "1,3 million de personnes ont défilé selon la CGT, 440 000 selon la police": the police's
    figure is a copy of the mention with the police as claimant and its own figure
    (GUIDELINES §7). When the cue nearest the event word is itself one of two or more such
    pairs and the event's own figure is neither ("Des dizaines de milliers de personnes …,
    60 000 selon la police, 100 000 selon les syndicats"), that figure is the outlet's.
    The copy counts what the figure was attached as by the sentence's other mentions
    (``others``): "Un missile a touché un immeuble, tuant au moins six personnes, selon le
    gouverneur" gives the governor ``killed: 6``, not the strike's own ``hit: 6``.
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
        own_kind = _attached_kind(a, m, others or [])
        qv = QuantityValue(kind=own_kind or kind, value=value, text=ctx.text[a:b], start=a, end=b)
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
        copy.prov(f"quantities.{qv.kind}", f"{ctx.lang}.quantity.rival_figure")
        out.append(copy)
    return out


def _attached_kind(start: int, m: Mention, others: list[Mention]) -> str | None:
    """The kind another mention of the sentence counts the figure at ``start`` as ("tuant six
    personnes": ``killed``), if any: a figure keeps its own kind when restated by a source."""
    for other in others:
        if other is m or other.sent.start != m.sent.start:
            continue
        for q in other.quantities:
            if q.start == start and q.kind:
                return q.kind
    return None


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
                fig = prep_object(c)
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
            kind="participants", value=int(num.value), text=ctx.text[a:b], start=a, end=b
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
    between = ctx.text[own_end:a]
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


# -- figures restated by another source -------------------------------------------------------


def _restated_figure(att: Attribution, sent: Span, ctx: ArticleContext) -> QuantityValue | None:
    """The one figure a source gives in a clause that names no event of its own: "…, while
    Kyiv put the figure at 12", "L'opposition avance le chiffre de 300", "The opposition spoke
    of 300". The kind is left empty (the kind of the event the figure restates), except for a
    crowd count ("La préfecture a recensé 4 000 manifestants", "Selon les organisateurs, ils
    étaient 15 000": ``participants``) and a count of people ("parle de 9 000 personnes":
    ``people``, a crowd size for a protest that gave no figure), see :func:`_restates_kind`."""
    if att.claimant is None or att.negated:
        return None
    lex = ctx.lex
    nouns = lex.cues_of("document_source") | lex.cues_of("figure_noun")
    content = [t for t in sent if att.lo <= t.idx < att.hi]
    crowd = _crowd_count(content, ctx) or (
        # "la police n'en recensant que 3 000", "police counting only 3,000": the crowd
        # named before in the sentence, counted again
        att.verb is not None
        and att.verb.lemma_.lower() in ESTIMATE_VERBS
        and _crowd_count([t for t in sent if t.idx < att.lo], ctx)
    )
    if att.role not in {"report", "attribution"} and not (crowd and att.role == "responsibility"):
        return None  # "les organisateurs revendiquent 20 000 participants": a count claimed
    if att.verb is None and not crowd:
        return None  # "selon les organisateurs, ils étaient 15 000": only a crowd count
    compound = "_" in (att.rule.rsplit(":", 1)[-1])
    figure_word = any(t.lemma_.lower() in nouns for t in content)
    talk = att.verb is not None and att.verb.lemma_.lower() in lex.cues_of("figure_report")
    if not (figure_word or talk or compound or crowd):
        return None
    text = ctx.text[att.lo : att.hi]
    numbers = [
        n for n in resolvers.find_numbers(text, ctx.lang) if getattr(n, "kind", "count") == "count"
    ]
    if len(numbers) != 1:
        return None
    num = numbers[0]
    a, b = att.lo + num.start, att.lo + num.end
    # "La préfecture parle de 9 000 personnes": people counted by a source, a crowd size
    # only for a protest (see _restates_kind)
    kind = "participants" if crowd else "people" if _people_after(b, content, ctx) else ""
    return QuantityValue(kind=kind, value=int(num.value), text=ctx.text[a:b], start=a, end=b)


_PLURAL_PRONOUNS: frozenset[str] = words_any("claim_plural_pronouns")


def _people_after(end: int, content: list[Token], ctx: ArticleContext) -> bool:
    """The figure ending at ``end`` counts people ("9 000 personnes", "40,000 people")."""
    people = ctx.lex.cues_of("people")
    nxt = next((t for t in content if t.idx >= end and not t.is_punct), None)
    return nxt is not None and (nxt.lemma_.lower() in people or nxt.lower_ in people)


def _crowd_count(content: list[Token], ctx: ArticleContext) -> bool:
    """A source's count of a crowd: a crowd noun counted ("a recensé 4 000 manifestants", "put
    turnout at 40,000") or "they" counted by a copula ("ils étaient 30 000", "they were
    15,000", "ils étaient près de 15 000")."""
    # crowd words only: "the number of arrests" is no crowd
    crowd = speaker_words(ctx.lang, "crowd_count")
    if any(t.lemma_.lower() in crowd or t.lower_ in crowd for t in content):
        return True
    for tok in content:
        if tok.lemma_.lower() not in {"être", "be"}:
            continue
        head = tok if tok.dep_ != "cop" else tok.head
        subj = [c for c in (*head.children, *tok.children) if c.dep_ in {"nsubj", "expl:subj"}]
        if (
            subj
            and subj[0].lower_ in _PLURAL_PRONOUNS
            and any(t.like_num or t.pos_ == "NUM" for t in head.subtree)
        ):
            return True
    return False


_ATTACK_KINDS: frozenset[str] = frozenset({"attack", "munition_verb"})
_SELF_PRONOUNS: frozenset[str] = words_any("claim_self_pronouns")


def _restated_attack(att: Attribution, sent: Span, ctx: ArticleContext) -> Token | None:
    """The attacker's own account of an attack told before: "The Israeli military said it had
    struck dozens of targets", "L'armée israélienne affirme avoir visé des cibles terroristes"
    (an attack verb in the report's content, with no subject or the speaker's pronoun)."""
    if att.verb is None or att.claimant is None or att.negated or att.role != "report":
        return None
    for tok in sent:
        if not att.lo <= tok.idx < att.hi or tok.pos_ != "VERB":
            continue
        rows = ctx.lex.triggers_for(tok.lemma_.lower(), "VERB")
        if not any(r.kind in _ATTACK_KINDS for r in rows):
            continue
        if is_negated(tok):
            return None
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        if subj is None or subj.lower_ in _SELF_PRONOUNS:
            return tok
    return None


def apply_restated_figures(mentions: list[Mention], ctx: ArticleContext) -> list[Mention]:
    """A figure restated by another source is that source's claim on the event before it.

    "Russia said it downed 30 drones over Belgorod, while Kyiv put the figure at 12": a copy
    of the drone strike with Kyiv as claimant and ``intercepted: 12``, never summed
    (GUIDELINES §7). The event is the one just before the figure (same sentence, else the
    nearest sentence of the same or previous paragraph) whose figures have one kind.
    Returns the added mentions.
    """
    from .syntax import sentences, trimmed

    para_of = {s.start: p for p, s in sentences(ctx.doc)}
    added: list[Mention] = []
    for sent, att, qv in ctx.restatements:
        assert isinstance(att, Attribution)
        if qv == _PREVIOUS:
            _source_previous_sentence(mentions, sent, att, para_of, ctx)
            continue
        if isinstance(qv, Token) and att.role == "responsibility":
            added.extend(_responsibility_claims(mentions, sent, att, para_of, ctx))
            continue
        if isinstance(qv, Token):
            added.extend(_restated_attack_claims(mentions, sent, att, para_of, ctx))
            continue
        assert isinstance(qv, QuantityValue)
        if any(m.sent.start == sent.start and att.lo <= m.trigger.idx < att.hi for m in mentions):
            continue  # the clause tells an event of its own: an ordinary claim
        para = para_of.get(sent.start, 0)
        before = [
            m
            for m in mentions
            if _restates_kind(m, qv, sent)
            and m.trigger.idx < att.lo
            and para - m.para <= 1
            and m.status in {"claimed", "asserted", "unconfirmed"}
            and (
                m.claimant is None or att.claimant is None or _who(m.claimant) != _who(att.claimant)
            )
        ]
        if not before:
            continue
        last = max(m.sent.start for m in before)
        for m in [x for x in before if x.sent.start == last]:
            kind = m.quantities[0].kind if m.quantities else "participants"
            if m.quantity_dict().get(kind) == qv.value:
                continue
            if sent.start == m.sent.start:
                start, end = trimmed(ctx.doc, att.lo, att.hi)
                start = min(start, att.verb.idx if att.verb is not None else start)
                start = min([start, *(t.idx for t in att.speaker_tokens)])
            else:
                start, end = trimmed(ctx.doc, sent.start_char, sent.end_char)
            copy = dataclasses.replace(
                m,
                claimant=att.claimant,
                extra_claimants=[],
                status="claimed",
                quantities=[dataclasses.replace(qv, kind=kind)],
                provenance=[],
                cue=att.rule.split(".")[-1],
                evidence=Evidence(ctx.text[start:end], start, end),
            )
            copy.prov("claimant", f"{ctx.lang}.claim.restated_figure", att.speaker_tokens)
            copy.prov(f"quantities.{kind}", f"{ctx.lang}.quantity.restated_figure")
            added.append(copy)
    mentions.extend(added)
    return added


# the marker of a sentence naming the source of the sentence before (see _source_of_previous)
_PREVIOUS = "source_of_previous"


def _source_previous_sentence(
    mentions: list[Mention],
    sent: Span,
    att: Attribution,
    para_of: dict[int, int],
    ctx: ArticleContext,
) -> None:
    """The outlet-voiced events of the sentence just before (same or previous paragraph)
    become claims of the source a following sentence names; a sentence with events of its
    own names no source of earlier ones."""
    from . import modality

    if any(m.sent.start == sent.start for m in mentions):
        return
    para = para_of.get(sent.start, 0)
    before = [m for m in mentions if m.sent.start < sent.start and para - m.para <= 1]
    if not before:
        return
    last = max(m.sent.start for m in before)
    for m in before:
        if (
            m.sent.start != last
            or m.claimant is not None
            or m.status != "asserted"
            or modality.is_verbal(m.type)
        ):
            continue
        m.claimant = att.claimant
        m.status = "claimed"
        m.cue = att.rule.split(".")[-1]
        m.prov("claimant", att.rule, att.speaker_tokens)
        m.prov("status", f"{ctx.lang}.modality.claimed")


def _restates_kind(m: Mention, qv: QuantityValue, sent: Span) -> bool:
    """Whether a restated figure can be another source's count for ``m``: a figure of the one
    kind ``m`` counts; a crowd count (kind ``participants``) or a count of people (``people``)
    also for a protest of an earlier sentence with no figure of its own ("La plus grande
    manifestation s'est tenue hier. Le ministère parle de 107 000 personnes")."""
    from .quantities import PERSON_COUNTS

    kinds = {q.kind for q in m.quantities if q.place is None}
    if qv.kind in {"", "people"} and m.quantities:
        return len(kinds) == 1  # "…; the State Emergency Service put the toll at nine"
    if not qv.kind:
        return False
    if m.sent.start == sent.start or PERSON_COUNTS.get(m.type or "") != "participants":
        return False  # the protest's own sentence: its crowd estimates are read there
    return kinds <= {"participants"}


def _restated_attack_claims(
    mentions: list[Mention],
    sent: Span,
    att: Attribution,
    para_of: dict[int, int],
    ctx: ArticleContext,
) -> list[Mention]:
    """A claim of the attacker on the nearest attack before it by the same side (same or
    previous paragraph): "Israeli strikes killed 19 people, the civil defence said. The army
    said it had targeted militants." Only when the report's clause holds no event of its own."""

    if any(m.sent.start == sent.start and att.lo <= m.trigger.idx < att.hi for m in mentions):
        return []
    side = att.claimant.country if att.claimant is not None else None
    para = para_of.get(sent.start, 0)
    before = [
        m
        for m in mentions
        if m.kind in {"attack", "intercept"}  # typed at merging when the instrument is unsaid
        and m.sent.start < sent.start
        and para - m.para <= 1
        and m.initiator is not None
        and side is not None
        and (m.initiator.country or (m.initiator.id or "").upper()) == side
        and m.status in {"claimed", "asserted", "unconfirmed"}
    ]
    if not before:
        return []
    copy = _claim_on_latest(before, sent, att, ctx)
    copy.prov("claimant", f"{ctx.lang}.claim.attacker_account", att.speaker_tokens)
    return [copy]


def _claim_on_latest(
    before: list[Mention], sent: Span, att: Attribution, ctx: ArticleContext
) -> Mention:
    """A copy of the first mention of the latest sentence in ``before`` that carries only
    ``att``'s claim, with ``sent`` as its evidence: a second source's word on that event."""
    from .syntax import trimmed

    last = max(m.sent.start for m in before)
    target = next(m for m in before if m.sent.start == last)
    start, end = trimmed(ctx.doc, sent.start_char, sent.end_char)
    return dataclasses.replace(
        target,
        claimant=att.claimant,
        extra_claimants=[],
        status="claimed",
        quantities=[],
        provenance=[],
        cue=att.rule.split(".")[-1],
        evidence=Evidence(ctx.text[start:end], start, end),
    )


def _responsibility_claimed(att: Attribution) -> Token | None:
    """A claim of responsibility by a named group ("Al-Shabaab claimed responsibility", "Le
    JNIM a revendiqué l'opération"): its verb, for :func:`_responsibility_claims`."""
    if att.role != "responsibility" or att.negated or att.claimant is None or att.verb is None:
        return None
    return att.verb


# Kinds of mentions a claim of responsibility can be about: acts of violence, not statements.
_CLAIMABLE_KINDS: frozenset[str] = frozenset({"attack", "casualty"})


def _responsibility_claims(
    mentions: list[Mention],
    sent: Span,
    att: Attribution,
    para_of: dict[int, int],
    ctx: ArticleContext,
) -> list[Mention]:
    """A claim of responsibility that names no event of its own is a claim on the nearest act
    of violence before it (same or previous paragraph): "A suicide bomber killed nine people
    at a market, police said. Al-Shabaab claimed responsibility." gives the bombing a claim
    by al-Shabaab (GUIDELINES §7), its author when the text names none."""
    from . import modality

    if any(m.sent.start == sent.start and not modality.is_verbal(m.type) for m in mentions):
        return []  # "…claimed the attack, saying it had killed 40 soldiers": read in place
    para = para_of.get(sent.start, 0)
    claimable = [
        m
        for m in mentions
        if m.kind in _CLAIMABLE_KINDS
        and m.type is not None
        and not modality.is_verbal(m.type)
        and m.sent.start < sent.start
        and m.status in {"claimed", "asserted", "unconfirmed"}
        and (m.claimant is None or _who(m.claimant) != _who(att.claimant))
        # a group claims its own attack, not the security forces' response
        and (m.initiator is None or m.initiator.id is None or m.initiator.id == att.claimant.id)
    ]
    before = [m for m in claimable if para - m.para <= 1]
    if not before and claimable:
        # "Al-Shabaab claimed responsibility" paragraphs after the bombing told in the lede
        first = min(m.sent.start for m in claimable)
        before = [m for m in claimable if m.sent.start == first]
    if not before:
        return []
    copy = _claim_on_latest(before, sent, att, ctx)
    if copy.initiator is None or copy.initiator.id is None:
        copy.initiator = att.claimant  # the group that claims an attack carried it out
        copy.prov("initiator", f"{ctx.lang}.initiator.claims_responsibility", att.speaker_tokens)
    copy.prov("claimant", f"{ctx.lang}.claim.responsibility_of_previous", att.speaker_tokens)
    return [copy]


def _who(actor: Actor) -> str:
    return actor.id or actor.name or ""
