"""Arguments of a mention: initiator, target, participants, location, date and quantities.

Read from the dependency parse around the trigger, then canonicalised by the resolvers
(``wirewatch.resolve``: actors, places, dates, numbers) through
:mod:`wirewatch.extract.resolvers`. Every filled field gets a provenance entry.
"""

from __future__ import annotations

import csv
import logging
import re
from functools import cache
from importlib.resources import files

from spacy.tokens import Span, Token

from wirewatch.model import Actor

from . import resolvers
from .lexicon import lexicon, words_any
from .mention import ArticleContext, Mention
from .namesakes import demonym_states, namesake_abroad
from .syntax import (
    PLACE_ENTS,
    SUBJECT_DEPS,
    ancestors_in,
    clause_tokens,
    is_negated,
    np_tokens,
    numberish,
    prep_object,
    text_of,
)
from .triggers import instrument_of, word_classes

LOGGER = logging.getLogger(__name__)

TARGET_PREPS: frozenset[str] = words_any("target_preps")
ANAPHORIC_PRONOUNS: frozenset[str] = words_any("anaphoric_pronouns")
QUANTITY_NOUNS: frozenset[str] = words_any("quantity_nouns")
PRONOUN_SUBJECTS: frozenset[str] = words_any("pronoun_subjects")


# -- scope ---------------------------------------------------------------------------------


def scope_of(m: Mention) -> list[Token]:
    """The tokens that can hold this mention's arguments.

    A verb trigger: its clause. A noun trigger: its own phrase plus the clause of its
    verb, unless that verb is only a report verb ("a affirmé X"), whose other
    arguments are the speaker's, not the event's.
    """
    tok = m.trigger
    lex_speech = _speech_lemmas(m)
    if tok.pos_ in {"VERB", "AUX"}:
        return clause_tokens(tok)
    own = clause_tokens(tok)
    pred = tok.head
    if pred.i != tok.i and pred.pos_ == "NOUN" and any(c.dep_ == "cop" for c in pred.children):
        # "Kiev a été la cible d'une attaque": the predicate's clause (subject, date) is the event's
        merged_pred = {t.i: t for t in own}
        for t in clause_tokens(pred):
            merged_pred.setdefault(t.i, t)
        return [merged_pred[i] for i in sorted(merged_pred)]
    head = None
    for anc in ancestors_in(tok, m.sent):
        if anc.pos_ in {"VERB", "AUX"}:
            head = anc
            break
    if head is None:
        return own
    if head.lemma_.lower() in lex_speech and lex_speech[head.lemma_.lower()] != "responsibility":
        return own
    # "quatre jours après une attaque": an oblique noun is not the verb's event.
    if tok.dep_ not in {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj"}:
        return own
    merged = {t.i: t for t in own}
    for t in clause_tokens(head):
        merged.setdefault(t.i, t)
    return [merged[i] for i in sorted(merged)]


def _speech_lemmas(m: Mention) -> dict[str, str]:
    from .lexicon import lexicon

    lang = "fr" if m.rule.startswith("fr.") else "en"
    return lexicon(lang).speech_verbs


# -- actors --------------------------------------------------------------------------------


def actor_from_np(head: Token, ctx: ArticleContext) -> tuple[Actor | None, list[Token]]:
    """Resolve the noun phrase headed by ``head`` to an actor (pronouns: the last person)."""
    lower = head.text.lower()
    if _timestamp(head) and head.pos_ not in {"PROPN", "PRON"}:
        return None, []  # "10:35", "Monday lunchtime": a time is no actor
    if head.pos_ == "PRON" and lower in FIRST_PERSON_SINGULAR | FIRST_PERSON_PLURAL:
        # "I condemn …, the president wrote", "Je remercie l'UE": the speaker, when the
        # sentence names him, else nobody (never an actor called "I")
        return _quote_speaker(head, ctx), [head]
    if head.pos_ == "PRON" and lower in SUBJECT_ANAPHORS:
        speaker = _reporting_speaker(head, ctx)
        if speaker is not None:
            return speaker, [head]
        body = _previous_subject(head, ctx)
        if body is not None:
            return body, [head]
        return (ctx.last_person if lower in ANAPHORIC_PRONOUNS else None), [head]
    if head.pos_ == "PRON" and lower in PRONOUN_SUBJECTS:
        antecedent = head.head.head if head.head.dep_ in {"acl:relcl", "relcl"} else None
        if antecedent is not None:
            conjs = [c for c in antecedent.children if c.dep_ == "conj"]
            return actor_from_np(conjs[-1] if conjs else antecedent, ctx)
        return None, []
    if numberish(head) or head.lemma_.lower() in QUANTITY_NOUNS:
        # "des milliers de soldats", "thousands of protesters": the counted noun is the actor.
        counted = [
            c for c in head.children if c.dep_ in {"nmod", "pobj"} and c.pos_ in {"NOUN", "PROPN"}
        ]
        counted += [
            p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
        ]
        if counted:
            return actor_from_np(counted[0], ctx)
    head, tokens = _actor_span(head, ctx)
    group = ctx.lex.cues_of("group_speaker")
    if head.lemma_.lower() not in group:
        # A person named in apposition to a title ("le porte-parole ..., Dmitri Peskov").
        people = [
            t
            for t in tokens
            if t.ent_type_ in {"PER", "PERSON"} and t.ent_iob_ == "B" and not _introduced_by_case(t)
        ]
        if head.ent_type_ in {"PER", "PERSON"}:
            people = [t for t in tokens if t.ent_type_ in {"PER", "PERSON"} and t.ent_iob_ == "B"][
                :1
            ] or people
        if people:
            ent = _entity_of(people[0])
            if ent is not None:
                actor = resolve(ent.text, ctx)
                if actor.id is not None:
                    return actor, list(ent)
                # "Riot police" tagged as a person: the whole phrase may still be known
                whole = resolve(text_of(ctx.doc, tokens), ctx)
                if whole.id is None and not (whole.country and whole.kind == "person"):
                    return actor, list(ent)
                # known, or "Slovak Prime Minister Jan Novak": unknown, his title states SVK
                return whole, tokens
    surface = text_of(ctx.doc, tokens)
    if not surface.strip():
        return None, []
    actor = resolve(surface, ctx)
    if actor.id is None:
        earlier = definite_antecedent(head, tokens, ctx) or _demonstrative_antecedent(
            head, tokens, ctx
        )
        if earlier is not None:
            ctx.actors_seen.append(earlier)
            return earlier, tokens
        # "Sudan's paramilitary Rapid Support Forces": the name the head belongs to.
        ent = _entity_of(head)
        if ent is not None and ent.label_ not in {"DATE", "TIME", "CARDINAL"}:
            named = resolve(ent.text, ctx)
            if named.id is not None:
                return named, tokens
        named = _named_before_descriptor(head, tokens, ctx)
        if named is not None:
            return named, tokens
        # "Qatar, a key mediator, ...", "le bureau du Premier ministre, Benyamin Netanyahou":
        # the phrase is cut at the comma; the other side of the apposition may be the name.
        for other in _apposed(head):
            named = resolve(text_of(ctx.doc, np_tokens(other)), ctx)
            if named.id is not None:
                return named, np_tokens(other)
        for inner in (c for c in head.children if c.dep_ == "nsubj" and c.i < head.i):
            # "Qatar, a key mediator in the ceasefire talks, condemns": the parser made
            # "talks" the subject and "Qatar" its own subject; the name is the speaker
            named = resolve(text_of(ctx.doc, list(inner.subtree)), ctx)
            if named.id is None:
                named = resolve(inner.text, ctx)
            if named.id is not None:
                return named, [inner]
        owner = _possessive_owner(head, tokens, ctx)
        if owner is not None:
            return owner, tokens
        member_of = _member_of(head, ctx)
        if member_of is not None:
            return member_of, tokens
        forces = _national_troops(head, ctx) or _unit_of(head, ctx) or _leader_force(head, ctx)
        if forces is not None:
            return forces, tokens
        iso = stated_nationality(head, tokens, ctx)
        if iso is not None:
            # "Lebanese hospitals", "le médiateur ukrainien", "a Greek-flagged tanker": still
            # unknown as a body, but the text says whose side it is
            return Actor(
                id=None, name=actor.name, country=iso, kind=actor.kind, surface=surface
            ), tokens
        if _no_side(head, tokens):
            return None, []
    return actor, tokens


# Kinds a short name before a descriptor may stand for ("GUR military intelligence"): a body,
# never a state or a person (a place or a person before a noun only qualifies it).
DESCRIBED_BODY_KINDS: frozenset[str] = frozenset(
    {"intelligence", "military", "police", "armed_group", "ministry", "government"}
)


def _named_before_descriptor(head: Token, tokens: list[Token], ctx: ArticleContext) -> Actor | None:
    """ "Ukraine's GUR military intelligence", "the SBU security service": a known body's short
    name set before the words that describe it. Either the name alone or the phrase without it
    ("Ukraine's military intelligence") resolves; only to a body of a state or an armed group."""
    names = [
        c
        for c in head.children
        if (c.dep_ == "compound" and c.pos_ == "PROPN")
        or (
            c.dep_ in {"compound", "amod"} and c.ent_type_ == "ORG"
        )  # "The SBU[ADJ] security service"
        # "des combattants shebab": a name set after the noun with no preposition
        or (
            c.dep_ in {"nmod", "amod"}
            and c.i > head.i
            and not any(g.dep_ == "case" for g in c.children)
            and c.pos_ in {"PROPN", "ADJ", "NOUN"}
        )
    ]
    for name in names:
        if _is_place(name) or name.ent_type_ in {"PER", "PERSON"}:
            continue
        rest = [t for t in tokens if t.i != name.i]
        for surface in (name.text, text_of(ctx.doc, rest)):
            actor = resolve(surface, ctx)
            if actor.id is not None and actor.kind in DESCRIBED_BODY_KINDS:
                return actor
    return None


INDEFINITE_PEOPLE: frozenset[str] = words_any("indefinite_people")
TIME_NOUNS: frozenset[str] = words_any("time_nouns")
# A facility or a region that no actor table knows ("the Erez crossing") is a place, not a side.
PLACE_ONLY_ENTS: frozenset[str] = frozenset({"FAC", "LOC"})


def _no_side(head: Token, tokens: list[Token]) -> bool:
    """An unknown phrase that cannot name a side: a time ("Monday lunchtime", "10:45 GMT"), an
    indefinite pronoun ("Others", "D'autres", "Certains"), or a facility or region name."""
    words = [t for t in tokens if not t.is_punct]
    if head.lower_ in INDEFINITE_PEOPLE and all(
        t.i == head.i or t.pos_ in {"DET", "ADP"} or t.lower_ in INDEFINITE_PEOPLE for t in words
    ):
        return True
    if head.lemma_.lower() in TIME_NOUNS or head.ent_type_ in {"DATE", "TIME"}:
        return True
    return head.ent_type_ in PLACE_ONLY_ENTS and all(t.ent_type_ or t.pos_ == "DET" for t in words)


# "il"/"elle" may stand for a body ("le Kremlin a annoncé qu'il refusait"); "he"/"she" only
# for a person. Plural pronouns are left to the article memory.
SPEAKER_PRONOUNS: dict[str, str] = {"il": "Masc", "elle": "Fem", "he": "", "she": ""}


FIRST_PERSON_SINGULAR: frozenset[str] = words_any("first_person_singular")


# Measures that "take effect" or "entrent en vigueur" (the verb of coming into force): things
# decided, never the side that decided them ("Un décret interdit…" keeps its own reading).
MEASURE_NOUNS: frozenset[str] = words_any("measure_nouns")
IN_FORCE_VERBS: frozenset[str] = words_any("in_force_verbs")

# A subject pronoun that opens a sentence continues the previous sentence's subject ("La France
# prend note … Elle appelle l'Azerbaïdjan", "The EU imposed … It urged"): English "it" only ever
# stands for a body, never a person; "he"/"she" only for a person.
BODY_PRONOUNS: frozenset[str] = words_any("body_pronouns")
PERSON_PRONOUNS: frozenset[str] = words_any("person_pronouns")
# the pronouns read back to an earlier actor (built once: ``actor_from_np`` runs per phrase)
SUBJECT_ANAPHORS: frozenset[str] = ANAPHORIC_PRONOUNS | BODY_PRONOUNS
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}


def _opens_sentence(tok: Token) -> bool:
    """Nothing but punctuation, a time stamp or a dash before ``tok`` in its sentence."""
    return all(t.is_punct or t.is_space or t.like_num for t in tok.doc[tok.sent.start : tok.i])


def _agrees(pron: Token, noun: Token) -> bool:
    """Gender and number agree where the tagger states both (French "elle" ↔ "la France");
    a name's number is its determiner's ("Les Etats-Unis" ↔ "ils")."""
    det = next((c for c in noun.children if c.dep_ == "det" and c.morph.get("Number")), None)
    for feature in ("Gender", "Number"):
        mine, theirs = pron.morph.get(feature), noun.morph.get(feature)
        if feature == "Number" and det is not None:
            theirs = det.morph.get(feature)
        if mine and theirs and mine != theirs and "Neut" not in mine:
            return False
    return True


def _previous_subject(pron: Token, ctx: ArticleContext) -> Actor | None:
    """The named subject of the previous sentence's main verb, for a sentence-opening subject
    pronoun that agrees with it (or of the clause a pronoun's clause is conjoined to: "X said
    …, and it called"); None when there is no such subject."""
    if pron.dep_ not in _SUBJECT_DEPS:
        return None
    if pron.head.dep_ == "conj" and pron.head.head.i < pron.i:
        root = pron.head.head  # "The charity said …, and it has called for an inquiry"
    elif _opens_sentence(pron) and pron.sent.start > 0:
        prev = pron.doc[pron.sent.start - 1].sent
        while prev.text.strip() == "" and prev.start > 0:
            prev = pron.doc[prev.start - 1].sent
        root = prev.root
    else:
        return None
    subj = next(
        (c for c in root.children if c.dep_ in _SUBJECT_DEPS and c.i < root.i and c.pos_ != "PRON"),
        None,
    )
    if subj is None or not _agrees(pron, subj):
        return None
    actor, _ = actor_from_np(subj, ctx)
    if actor is None or actor.id is None:
        return None
    person = actor.kind == "person"
    if pron.lower_ in BODY_PRONOUNS and person or pron.lower_ in PERSON_PRONOUNS and not person:
        return None
    return actor


def _quote_speaker(pron: Token, ctx: ArticleContext) -> Actor | None:
    """The named subject of the report verb that follows a first-person pronoun in its
    sentence ('"I condemn this attack," the president wrote'), else None."""
    speaker = _closing_speaker(pron.sent, pron.i, ctx)
    if speaker is None:
        return _post_author(pron, ctx)
    actor, _toks = actor_from_np(speaker, ctx)
    return actor if actor is not None and (actor.id is not None or actor.country) else None


def _closing_speaker(sent: Span, after: int, ctx: ArticleContext) -> Token | None:
    """The named (non-pronoun) subject of the first report verb after token ``after`` that has
    one: '"I condemn this attack," the president wrote' → "president"."""
    for tok in sent:
        if tok.i <= after or tok.lemma_.lower() not in ctx.lex.speech_verbs:
            continue
        speaker = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if speaker is not None:
            return speaker
    return None


POST_LOOKBACK = 3  # sentences back from a post's text to its author line


def _post_author(pron: Token, ctx: ArticleContext) -> Actor | None:
    """The author of an embedded social-media post: a first-person text under a line that
    names a person beside an @handle ("Volodymyr Zelensky @ZelenskyyUa · 24 juin / Je
    remercie l'UE…"). Searched back to the paragraph break only."""
    doc, start = pron.doc, pron.sent.start
    for _ in range(POST_LOOKBACK):
        if start == 0:
            return None
        sent = doc[start - 1].sent
        if "\n\n" in sent.text and not sent.text.strip():
            return None  # a new paragraph: the post's header is not above it
        for tok in sent:
            if tok.text.startswith("@") and len(tok.text) > 1 and tok.i > sent.start:
                person = doc[tok.i - 1]
                if person.ent_type_ in {"PER", "PERSON"}:
                    actor, _toks = actor_from_np(person, ctx)
                    if actor is not None and actor.id is not None:
                        return actor
                return None
        start = sent.start
    return None


def _reporting_speaker(pron: Token, ctx: ArticleContext) -> Actor | None:
    """ "Le Kremlin a annoncé qu'il refusait…", "Erdogan said he would raise…": the singular
    subject pronoun of a report verb's complement clause is that verb's named subject (its
    usual reading), not the last person named before."""
    gender = SPEAKER_PRONOUNS.get(pron.lower_)
    if gender is None or pron.dep_ not in {"nsubj", "nsubj:pass", "nsubjpass"}:
        return None
    clause = pron.head
    if clause.dep_ in {"xcomp", "conj"} and clause.head.dep_ == "ccomp":
        clause = clause.head  # "said he would try and raise…"
    report = clause.head
    if clause.dep_ != "ccomp" or report.lemma_.lower() not in ctx.lex.speech_verbs:
        return None
    speaker = next(
        (c for c in report.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None
    )
    if speaker is None or "Plur" in speaker.morph.get("Number"):
        return None
    if gender and speaker.pos_ == "NOUN" and gender not in speaker.morph.get("Gender"):
        return None  # "la présidence a dit qu'il…": not the speaker
    actor, _toks = actor_from_np(speaker, ctx)
    if actor is None or (actor.id is None and not actor.country):
        return None
    if not gender and actor.kind != "person":
        return None  # "he"/"she" is a person
    return actor


# A ship's flag, then its owner or operator: "a Greek-owned, Barbados-flagged bulk carrier" is
# Barbados's; "-made", "-backed" or "-brokered" name a maker or a sponsor, not a side.
FLAG_WORDS: frozenset[str] = words_any("flag_words")
OWNERSHIP_WORDS: frozenset[str] = words_any("ownership_words")


def stated_nationality(head: Token, tokens: list[Token], ctx: ArticleContext) -> str | None:
    """ISO3 of the state a phrase says its head belongs to: a ship's flag or a thing's owner
    ("a Greek-flagged tanker", "un navire battant pavillon libérien", "Russian-owned
    properties"), else a demonym on the head ("Lebanese hospitals", "le médiateur ukrainien").
    None for a weapon (a "Russian drone" is no side) or a maker ("Iranian-made")."""
    if head.pos_ not in {"NOUN", "PROPN"} or _weapon(head, ctx):
        return None
    iso = flag_or_owner(head, tokens, ctx)
    if iso:
        return iso
    iso, adj = demonym_of(head, ctx)
    if iso is None or adj is None:
        return None
    nxt = adj.doc[adj.i + 1] if adj.i + 1 < len(adj.doc) else None
    if nxt is not None and nxt.text in {"-", "–"}:
        return None  # "Iranian-made", "Iranian-backed": the demonym qualifies another word
    return iso


def flag_or_owner(head: Token, tokens: list[Token], ctx: ArticleContext) -> str | None:
    """The flag state, else the owner's state, stated in a phrase ("Barbados-flagged")."""
    for words in (FLAG_WORDS, OWNERSHIP_WORDS):
        for tok in tokens:
            if tok.i != head.i and (tok.lower_ in words or tok.lemma_.lower() in words):
                iso = _owner_state(tok, ctx)
                if iso:
                    return iso
    return None


def _owner_state(word: Token, ctx: ArticleContext) -> str | None:
    """The state before "-flagged"/"-owned" ("Greek-flagged", "UK-owned") or the demonym on
    "pavillon"/"flag" ("battant pavillon grec")."""
    doc = word.doc
    if word.i >= 2 and doc[word.i - 1].text in {"-", "–"}:
        before = doc[word.i - 2]
        iso = resolvers.demonym_country(before.text, ctx.lang) or resolvers.resolve_country(
            before.text, ctx.lang
        )
        if iso:
            return iso
    iso, _adj = demonym_of(word, ctx)
    return iso


ARMED_KINDS: frozenset[str] = frozenset({"military", "intelligence", "police", "armed_group"})


def _leader_force(head: Token, ctx: ArticleContext) -> Actor | None:
    """ "l'armée du général Burhane", "the forces of General Hemedti", "Haftar's troops": the
    armed body the named commander leads (his knowledge-base parent), never guessed from his
    country (a rebel leader's men are not the state's army)."""
    if (
        head.lemma_.lower() not in FORCE_NOUNS | ctx.lex.cues_of("troops")
        and head.lower_ not in FORCE_NOUNS
    ):
        return None
    for child in head.children:
        comp = child
        if child.dep_ == "prep" and child.lower_ == "of":
            comp = prep_object(child, child)
        elif child.dep_ == "poss" and child.pos_ == "PROPN":
            comp = child
        elif child.dep_ != "nmod" or not any(
            c.dep_ == "case" and c.lower_ in GENITIVE_CASES for c in child.children
        ):
            continue
        # "du général Burhane" may be parsed as two complements: take the words to the end
        words = [t for t in head.subtree if t.i >= comp.i and t.dep_ != "case" and not t.is_punct]
        leader = resolve(text_of(ctx.doc, words), ctx)
        parent = (
            resolvers.actor_parent(leader.id) if leader.kind == "person" and leader.id else None
        )
        body = resolvers.actor_by_id(parent) if parent else None
        if body is not None and body.kind in ARMED_KINDS:
            return body
    return None


def _unit_of(head: Token, ctx: ArticleContext) -> Actor | None:
    """ "U.S. Navy SEALs", "Wagner mercenaries": a unit named by the armed body that
    pre-modifies it is that body (only an armed body: "Gaza ceasefire talks" is no actor)."""
    prefix = [c for c in head.children if c.dep_ in {"compound", "nmod"} and c.i < head.i]
    if not prefix or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    # "Kenyan police officers": the demonym belongs to the unit's name, else a bare "police"
    # is read as the police of the country the story is set in
    prefix += [
        c
        for c in head.children
        if c.dep_ == "amod" and c.i < head.i and resolvers.demonym_country(c.text, ctx.lang)
    ]
    toks = sorted({t.i: t for c in prefix for t in c.subtree}.values(), key=lambda t: t.i)
    if not toks or toks[-1].i != head.i - 1:
        return None
    named = resolvers.resolve_actor(
        text_of(ctx.doc, toks), lang=ctx.lang, context=actor_context(ctx)
    )
    return named if named.id is not None and named.kind in ARMED_KINDS else None


def _modifier_demonym(mod: Token, ctx: ArticleContext) -> str | None:
    """The state a modifier names: the word itself, else with its own modifiers ("North
    Korean", "South Sudanese": the parser hangs "North" on "Korean")."""
    iso = resolvers.demonym_country(mod.text, ctx.lang)
    words = list(mod.subtree)
    if iso is None and 1 < len(words) <= 3 and words[-1].i == mod.i:
        iso = resolvers.demonym_country(text_of(ctx.doc, words), ctx.lang)
    return iso


def _national_troops(head: Token, ctx: ArticleContext) -> Actor | None:
    """ "les derniers militaires français", "some 1,000 US troops", "des instructeurs militaires
    russes": soldiers qualified by one demonym are that state's armed forces, whatever other
    words the phrase holds."""
    if head.lemma_.lower() not in ctx.lex.cues_of("troops") | FORCE_NOUNS:
        return None
    isos = {
        _modifier_demonym(c, ctx)
        for c in head.children
        if c.dep_ in {"amod", "compound", "nmod"}
        and (c.pos_ in {"ADJ", "PROPN"} or c.dep_ == "amod")
    } - {None}  # the tagger may read "russes" as a verb: an amod still qualifies
    if len(isos) != 1:
        return None
    iso = isos.pop()
    return resolvers.actor_by_id(f"{iso.lower()}-mil") or resolvers.country_actor(iso)  # type: ignore[union-attr]


# Verbs whose subject undergoes the act their object names ("faire face à des sanctions").
UNDERGOING_VERBS: frozenset[str] = words_any("undergoing_verbs")


# Verbal events addressed to someone: the addressee is the target.
ADDRESSEE_TYPES: frozenset[str] = frozenset({"demand", "threaten"})
ADDRESSEE_PREPS: frozenset[str] = words_any("addressee_preps")


def _addressee(verb: Token) -> Token | None:
    """ "called on Washington to stop", "demanded that Russia withdraw", "exige que la Russie
    retire": the one asked to act — the object of "on", else the subject of the content clause."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ADDRESSEE_PREPS:
            pobj = prep_object(child)
            if pobj is not None:
                return pobj
    for child in verb.children:
        if child.dep_ == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ in {"that", "que", "qu'", "qu’"} for c in child.children
        ):
            subj = next((c for c in child.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
            if subj is not None and (
                subj.pos_ in {"PROPN", "NOUN"}
                or (subj.pos_ == "PRON" and subj.text[:1].isupper() and subj.i > child.left_edge.i)
            ):  # "que Kiev retire" (the tagger reads "Kiev" as a pronoun); not "qu'Il"
                return subj
    return None


# -- definite descriptions ------------------------------------------------------------------

DEFINITE_DETERMINERS: frozenset[str] = words_any("definite_determiners")
CONTRACTED_DEFINITES: frozenset[str] = words_any("who_contracted_definites")
PAIR_WORDS: frozenset[str] = words_any("pair_words")
# "le chef de l'Etat", "the head of state": complements that keep a title generic
GENERIC_COMPLEMENTS: frozenset[str] = words_any("generic_complements")
ANTECEDENT_LABELS: frozenset[str] = frozenset(
    {"PER", "PERSON", "ORG", "NORP", "GPE", "MISC", "LOC"}
)
GROUP_KINDS: frozenset[str] = frozenset({"armed_group"})


@cache
def _anaphor_nouns(lang: str) -> dict[str, tuple[str, str]]:
    """``data/<lang>/anaphors.tsv``: head lemma → (class, role keyword)."""
    try:
        text = files(__package__).joinpath("data", lang, "anaphors.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t")
    return {r["noun"]: (r["class"], (r.get("role") or "").strip()) for r in rows}


def definite_antecedent(head: Token, tokens: list[Token], ctx: ArticleContext) -> Actor | None:
    """ "le président", "the group", "le mouvement islamiste", "les deux dirigeants": the actor
    named earlier that a definite description with no name of its own refers to.

    Only a definite phrase whose words are the determiner, the head, adjectives, a pair word
    ("deux", "both") and a generic complement ("chef de l'Etat"); a demonym restricts the
    antecedent to its country ("le président américain"). Persons must hold the role the noun
    names (their knowledge-base role); a group noun takes the last armed group named. A pair
    ("the two leaders") is represented by the first of the last two persons named.
    """
    entry = _anaphor_nouns(ctx.lang).get(head.lemma_.lower()) or _anaphor_nouns(ctx.lang).get(
        head.lower_
    )
    if entry is None or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    cls, role = entry
    words = [t for t in tokens if not t.is_punct]
    contracted = any(
        c.dep_ == "case" and c.lower_ in CONTRACTED_DEFINITES for c in head.children
    )  # "un responsable du mouvement": de + le
    if (
        not contracted
        and not any(t.lower_ in DEFINITE_DETERMINERS for t in words)
        and not any(t.lower_ in PAIR_WORDS for t in words)
    ):
        return None
    generic = {
        t.i
        for c in head.children
        if c.dep_ in {"nmod", "prep"} and c.lemma_.lower() in GENERIC_COMPLEMENTS | {"of"}
        for t in c.subtree
        if c.lemma_.lower() in GENERIC_COMPLEMENTS
        or any(p.lemma_.lower() in GENERIC_COMPLEMENTS for p in c.children)
    }
    # "le mouvement soutenu par l'Iran", "the Iran-backed movement": a participle describing
    # the antecedent, not a name of its own
    generic |= {
        t.i
        for c in head.children
        if c.dep_ in {"acl", "amod"} and "Part" in c.morph.get("VerbForm")
        for t in c.subtree
    }
    country: str | None = None
    for t in words:
        if t.i == head.i or t.i in generic or t.lower_ in DEFINITE_DETERMINERS | PAIR_WORDS:
            continue
        iso = resolvers.demonym_country(t.text, ctx.lang) if t.pos_ in {"ADJ", "NOUN"} else None
        if iso:
            country = iso
        elif t.pos_ not in {"ADJ", "ADV", "DET"} or t.ent_type_:
            return None  # a name, a complement, a number: not a bare description
    pair = any(t.lower_ in PAIR_WORDS for t in words)
    found = _antecedents_before(head, ctx)
    if cls == "group":
        groups = [a for a in found if a.kind in GROUP_KINDS]
        if not groups:
            # "les rebelles houthis": a group named by a word the tagger left untagged, read
            # earlier by the rules (the article memory, in reading order)
            groups = [a for a in ctx.actors_seen if a.kind in GROUP_KINDS and a.id is not None]
        return groups[-1] if groups else None
    if cls == "ngo":  # "the charity", "l'ONG": the last non-governmental body named
        ngos = [a for a in found if a.kind == "ngo"]
        return ngos[-1] if ngos else None
    persons = [a for a in found if a.kind in HOLDER_KINDS and a.id is not None]
    seen = [a for a in ctx.actors_seen if a.kind in HOLDER_KINDS and a.id is not None]
    if not persons:  # named by a role the tagger did not mark ("le chef de l'Etat ukrainien")
        persons = seen
    elif pair and len({a.id for a in persons}) < 2:
        # "Le Président de la République a reçu … M. Zelensky. Les deux chefs d'État…": the
        # host was named by his title, resolved earlier but not tagged as a person
        persons = [a for a in seen if a.id not in {p.id for p in persons}] + persons
    if country:
        persons = [a for a in persons if a.country == country]
    if role:
        persons = [a for a in persons if _holds(a, role)]
    if pair:
        # the two sides, by country (a head of state may be named both by name and by office)
        sides = list(dict.fromkeys(a.country or a.id for a in reversed(persons)))
        if len(sides) < 2:
            return None
        return next(a for a in reversed(persons) if (a.country or a.id) == sides[1])
    return persons[-1] if persons else None


DEMONSTRATIVE_DETERMINERS: frozenset[str] = words_any("demonstratives")
DEMONSTRATIVE_WINDOW = 3  # sentences back where "ces instructeurs" may have been introduced


def _demonstrative_antecedent(
    head: Token, tokens: list[Token], ctx: ArticleContext
) -> Actor | None:
    """ "Des instructeurs russes sont arrivés … Ces instructeurs doivent former…", "Some 200
    Kenyan police officers landed … These officers will…": a bare demonstrative phrase ("ces"
    + the noun, nothing else) stands for the last phrase with the same head noun a few
    sentences before, when that phrase says whose side it is; the nearest one decides."""
    words = [t for t in tokens if not t.is_punct]
    if not any(t.lower_ in DEMONSTRATIVE_DETERMINERS and t.head.i == head.i for t in words):
        return None
    if any(t.i != head.i and t.pos_ not in {"DET", "ADJ"} for t in words):
        return None
    sent = head.sent
    first = sent.start
    for _ in range(DEMONSTRATIVE_WINDOW):
        if first == 0:
            break
        first = ctx.doc[first - 1].sent.start
    lemma = head.lemma_.lower()
    for tok in reversed(ctx.doc[first : head.left_edge.i]):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma:
            continue
        if any(c.lower_ in DEMONSTRATIVE_DETERMINERS for c in tok.children):
            continue  # an earlier "ces instructeurs": keep looking for the phrase it names
        actor, _toks = actor_from_np(tok, ctx)
        if actor is not None and actor.country:
            return actor
        return None  # the nearest phrase states no side: neither does its echo
    return None


# A head of state may have been named by the office ("le Président de la République" →
# fra-presidency): the office stands for its holder in "les deux présidents".
HOLDER_KINDS: frozenset[str] = frozenset({"person", "presidency"})


def _holds(actor: Actor, role: str) -> bool:
    if actor.kind == "presidency":
        return role == "president"
    return role in _role_of(actor).lower()


def _role_of(actor: Actor) -> str:
    return resolvers.actor_role(actor.id) if actor.id else ""


def _antecedents_before(head: Token, ctx: ArticleContext) -> list[Actor]:
    """Known actors named by the entities that end before ``head``, in text order (each
    entity resolved once per document, without touching the article memory)."""
    cache_key = "wirewatch.who.antecedents"
    resolved: dict[int, Actor | None] = ctx.doc.user_data.setdefault(cache_key, {})
    out: list[Actor] = []
    for ent in ctx.doc.ents:
        if ent.end > head.left_edge.i:
            break
        if ent.label_ not in ANTECEDENT_LABELS:
            continue
        if ent.start not in resolved:
            actor = resolvers.resolve_actor(ent.text, lang=ctx.lang, context=actor_context(ctx))
            resolved[ent.start] = actor if actor.id is not None else None
        if resolved[ent.start] is not None:
            out.append(resolved[ent.start])  # type: ignore[arg-type]
    return out


# Nouns for a part of an actor: "members of the RSF", "le bureau du Premier ministre israélien",
# "les combattants des FSR" act for the actor their complement names.
PART_NOUNS: frozenset[str] = words_any("part_nouns")


def _member_of(head: Token, ctx: ArticleContext) -> Actor | None:
    """ "members of Sudan's Rapid Support Forces" → rsf; unknown complements stay unknown."""
    if head.lemma_.lower() not in PART_NOUNS and head.lower_ not in PART_NOUNS:
        return None
    for child in head.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            # "Hezbollah fighters", "RSF members": a name modifying the part noun
            named = resolve(text_of(ctx.doc, list(child.subtree)), ctx)
            if named.id is not None and named.kind not in {"state", "person"}:
                return named
        comp = child
        if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            comp = prep_object(child, child)
        elif child.dep_ != "nmod" or not any(
            c.dep_ == "case" and c.lower_ in GENITIVE_CASES for c in child.children
        ):
            continue
        if comp is child and child.dep_ == "prep":
            continue
        actor, _toks = actor_from_np(comp, ctx)
        if actor is not None and actor.id is not None:
            return actor
    return None


def _apposed(head: Token) -> list[Token]:
    """The phrases in apposition to ``head`` (either side of the comma)."""
    out = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        out.append(head.head)
    # "La ministre de l'Europe et des Affaires étrangères, Mme Catherine Colonna": the "et"
    # inside the title made the name after the comma a conjunct; a person named right after
    # a comma is the title's holder
    out += [
        c
        for c in head.children
        if c.dep_ == "conj"
        and c.i > 0
        and c.doc[c.i - 1].text == ","
        and any(t.ent_type_ in {"PER", "PERSON"} for t in c.subtree)
    ]
    return out


POSSESSIVES: frozenset[str] = words_any("possessives")


def _possessive_owner(head: Token, tokens: list[Token], ctx: ArticleContext) -> Actor | None:
    """ "ses troupes", "its troops": the armed forces of the last actor named before.

    The owner is the speaker or subject of the sentence so far ("Russia's defence ministry
    said that its troops..."; "Syrsky affirme que ses troupes..."): the most recent resolved
    actor with a country, whose armed forces (``<iso3>-mil``) the troops are.
    """
    if head.lemma_.lower() not in ctx.lex.cues_of("troops") | {"force", "forces", "armée", "army"}:
        return None
    if not any(t.lower_ in POSSESSIVES and t.i < head.i for t in tokens):
        return None
    before = [a for a in ctx.actors_seen if a.country or a.kind == "armed_group"]
    if not before:
        return None
    owner = before[-1]
    if owner.kind in NON_STATE_KINDS or not owner.country:
        return owner  # "le Hezbollah ... ses combattants": the group's own fighters
    return resolvers.actor_by_id(f"{owner.country.lower()}-mil")


NON_STATE_KINDS: frozenset[str] = frozenset({"armed_group", "group", "igo", "ngo", "media"})


def _actor_span(head: Token, ctx: ArticleContext) -> tuple[Token, list[Token]]:
    """The whole noun phrase naming an actor: its modifiers, flat names and appositions, and
    in English its "of" complement ("the armed forces of the Russian Federation").

    The parser sometimes splits a pre-modified name into two subjects ("Sudan's paramilitary"
    + "Rapid Support Forces"): adjacent same-function siblings are one phrase, headed by the
    last (the noun).
    """
    if head.dep_ in SUBJECT_DEPS and head.pos_ in {"ADJ", "NOUN", "PROPN"}:
        siblings = [c for c in head.head.children if c.dep_ == head.dep_ and c.i > head.i]
        if siblings and siblings[0].left_edge.i == head.right_edge.i + 1:
            own = list(head.subtree)
            nxt, tokens = _actor_span(siblings[0], ctx)
            merged = sorted({t.i: t for t in [*own, *tokens]}.values(), key=lambda t: t.i)
            return _cut_dateline(nxt, merged)
    head, tokens = _cut_dateline(head, np_tokens(head))
    tokens = _glue_hyphens(tokens)
    if ctx.lang == "en":
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            pobj = [c for c in prep.children if c.dep_ == "pobj"]
            if pobj and pobj[0].pos_ in {"PROPN", "NOUN"}:
                extra = [prep, *np_tokens(pobj[0])]
                tokens = sorted({t.i: t for t in [*tokens, *extra]}.values(), key=lambda t: t.i)
    return head, tokens


def _glued(left: Token, right: Token) -> bool:
    return not left.whitespace_ and left.i + 1 == right.i


def _glue_hyphens(tokens: list[Token]) -> list[Token]:
    """ "l'état-major ukrainien": the tokenizer may split a hyphenated noun ("état", "-",
    "major") and the parser hang the phrase on one half; the phrase is the whole word, with
    the determiner before it and the modifiers after it."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    start, end = tokens[0].i, tokens[-1].i
    while start >= 2 and doc[start - 1].text == "-" and _glued(doc[start - 2], doc[start - 1]):
        if not _glued(doc[start - 1], doc[start]):
            break
        start = min(start - 2, doc[start - 2].left_edge.i)
    while end + 2 < len(doc) and doc[end + 1].text == "-" and _glued(doc[end], doc[end + 1]):
        if not _glued(doc[end + 1], doc[end + 2]) or not doc[end + 2].is_alpha:
            break
        end = max(end + 2, doc[end + 2].right_edge.i)
    if start == tokens[0].i and end == tokens[-1].i:
        return tokens
    return sorted({t.i: t for t in [*tokens, *doc[start : end + 1]]}.values(), key=lambda t: t.i)


def _cut_dateline(head: Token, tokens: list[Token]) -> tuple[Token, list[Token]]:
    """A dateline ("NIAMEY, Nov 9 (Reuters) - Gunmen") is not part of the actor's name."""
    doc = head.doc
    dashes = [
        t.i
        for t in tokens
        if t.text in {"-", "–", "—", ":"}
        and (t.text != "-" or (t.i > 0 and doc[t.i - 1].whitespace_ and t.whitespace_))
    ]  # a spaced dash or a colon, not the hyphen of "plain-clothes"
    if not dashes or not any(t.i > dashes[-1] for t in tokens):
        return head, tokens
    tokens = [t for t in tokens if t.i > dashes[-1]]
    if head.i < dashes[-1]:  # the parser hung the phrase on the dateline's place
        kept = {t.i for t in tokens}
        head = next(t for t in tokens if t.head.i not in kept or t.head.i == t.i)
    return head, tokens


def resolve(surface: str, ctx: ArticleContext) -> Actor:
    """``actors.resolve_actor`` with what the article told so far (date, countries, persons).

    Dated role aliases then name the holder on the publication day ("the EU's foreign policy
    chief" in 2024 is Borrell, not his successor); ambiguous acronyms and surnames are settled
    by the countries and persons already seen; unqualified domestic bodies ("la police") are
    the home country's. Every resolved actor is remembered for the next lookups.
    """
    actor = resolvers.resolve_actor(surface, lang=ctx.lang, context=actor_context(ctx))
    if actor.id is not None:
        ctx.actors_seen.append(actor)
    return actor


def actor_context(ctx: ArticleContext, home: str | None = None) -> object | None:
    """The resolver's context: publication day, countries seen (places, then actors), persons."""
    published = ctx.article.published
    day = published[:10] if published else None
    countries = list(ctx.countries)
    for actor in ctx.actors_seen:
        if actor.country and actor.country not in countries:
            countries.append(actor.country)
    persons = [a for a in ctx.actors_seen if a.kind == "person"]
    if home is None:
        home = home_country(ctx)
    return resolvers.actor_context(day, countries, persons, home_country=home)


# A place named as the doer or the done-to ("La Russie a frappé", "visited Ukraine") does not
# say where the story is; a possessor ("Georgia's interior ministry") does.
ACTOR_DEPS: frozenset[str] = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj"})


def home_country(ctx: ArticleContext) -> str | None:
    """The country where the story takes place: that of the first place the text names as a
    place (after a preposition, in a headline), not as an actor ("La Russie a frappé ...")."""
    if ctx.home_checked:
        return ctx.home_country
    ctx.home_checked = True
    strong, weak = _place_votes(ctx)
    if strong or weak:
        # an owner votes only in a story that names no place at all ("Georgia's interior
        # ministry said ..." in a dispatch with no other place)
        ctx.home_country = _clear_winner(strong or weak)
    elif ctx.countries:
        ctx.home_country = ctx.countries[0]
    return ctx.home_country


# An owner ("Russia's defence attache", "Russia's Wagner Group") names whose thing it is,
# not where the story is: a story in London about Russia's diplomats is set in Britain.
# The owner of a place ("Mogadishu's Lido beach", "la plage de Mogadiscio" is a pobj) is a
# place, and it speaks for the place it owns.
OWNER_DEPS: frozenset[str] = frozenset({"poss", "nmod:poss"})


def _place_votes(ctx: ArticleContext) -> tuple[dict[str, int], dict[str, int]]:
    """How often each country is named as a place (not as a doer or done-to): the votes of
    places, and apart the weaker votes of owners of things that are not places."""
    strong: dict[str, int] = {}
    weak: dict[str, int] = {}
    for ent in ctx.doc.ents:
        if ent.label_ not in PLACE_ENTS or ent.root.dep_ in ACTOR_DEPS:
            continue
        if any(c.dep_ in OWNER_DEPS and _is_place(c) for c in ent.root.children):
            continue  # its owner votes for it
        if ent.root.dep_ == "compound" and not _is_place(ent.root.head):
            continue  # "the US envoy", "UN officials": whose people, not where the story is
        loc = resolvers.locate(ent.text, lang=ctx.lang, context=None)  # memoised per phrase
        country = loc.country if loc is not None else None
        if not country or namesake_abroad(loc, ent.sent, ctx):  # type: ignore[arg-type]
            continue
        owner = ent.root.dep_ in OWNER_DEPS and not _is_place(ent.root.head)
        votes = weak if owner else strong
        votes[country] = votes.get(country, 0) + 1
    return strong, weak


def _clear_winner(votes: dict[str, int]) -> str | None:
    """The country named as a place clearly more often than any other (more than half again
    the runner-up's votes), or the first one named (the dateline's, the headline's) when none
    is named more often than it; else None: a story told mostly from elsewhere than its
    dateline has no home, and an unqualified "the government" or "police" in it stays
    unresolved, not guessed."""
    ranked = sorted(votes.values(), reverse=True)
    best = max(votes, key=lambda c: votes[c])
    if len(ranked) == 1 or 2 * ranked[0] > 3 * ranked[1]:
        return best
    first = next(iter(votes))  # votes are counted in text order
    if votes[first] == ranked[0]:
        return first
    return None


def _entity_of(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _introduced_by_case(token: Token) -> bool:
    """ "l'entourage de Donald Trump": Trump is the entourage's owner, not the speaker."""
    node = token
    for _ in range(3):
        if any(c.dep_ == "case" for c in node.children):
            return True
        if node.dep_ not in {"flat:name", "flat", "compound"}:
            break
        node = node.head
    return False


# "pro-" / "anti-" before a demonym: the phrase names a side's supporters or opponents,
# never its nationals ("Pro-Russian separatists", "des séparatistes prorusses").
AFFINITY_PREFIXES: frozenset[str] = words_any("affinity_prefixes")


def affinity_prefixed(adj: Token) -> bool:
    """True for a demonym written as an allegiance: "pro-Russian", "anti-Western", "prorusses"."""
    low = adj.lower_
    if any(low.startswith(p) and len(low) > len(p) + 3 for p in AFFINITY_PREFIXES):
        return True  # one token: "prorusses", "pro-russes", "anti-russian"
    doc, i = adj.doc, adj.i
    if i >= 1 and doc[i - 1].lower_ in AFFINITY_PREFIXES:
        return True  # "pro Russian"
    return i >= 2 and doc[i - 1].text in {"-", "–"} and doc[i - 2].lower_ in AFFINITY_PREFIXES


def story_countries(ctx: ArticleContext) -> tuple[str, ...]:
    """The story's countries, its home first: they settle a demonym two states share."""
    home = home_country(ctx)
    return tuple(dict.fromkeys([c for c in [home, *ctx.countries] if c]))


def demonym_of(token: Token, ctx: ArticleContext) -> tuple[str | None, Token | None]:
    """ISO3 of a demonym adjective on ``token`` ("drones russes", "Ukrainian drones")."""
    countries = story_countries(ctx)
    for child in token.children:
        if child.dep_ in {"amod", "acl", "nmod", "compound", "nsubj"} or child.pos_ == "ADJ":
            if child.pos_ in {"ADJ", "PROPN", "NOUN", "VERB"}:
                if affinity_prefixed(child):
                    continue
                # "North Korean", "South Sudanese": the demonym spans the adjective's modifier
                mods = [
                    c
                    for c in child.children
                    if c.dep_ in {"amod", "compound"} and c.i == child.i - 1
                ]
                if mods:
                    iso = resolvers.demonym_country(
                        f"{mods[0].text} {child.text}", ctx.lang, countries
                    )
                    if iso:
                        return iso, child
                    if child.dep_ == "compound" and mods[0].pos_ == "ADJ":
                        # "a Russian patrol boat": the demonym qualifies the compound
                        iso = resolvers.demonym_country(mods[0].text, ctx.lang, countries)
                        if iso:
                            return iso, mods[0]
                iso = resolvers.demonym_country(child.text, ctx.lang, countries)
                if iso:
                    return iso, child
    return _adjacent_demonym(token, ctx, countries)


def _adjacent_demonym(
    token: Token, ctx: ArticleContext, countries: tuple[str, ...]
) -> tuple[str | None, Token | None]:
    """French puts the demonym right after its noun, and the parser sometimes hangs it on
    another noun ("tuées et des dizaines blessées dans des frappes israéliennes": on
    "dizaines"): an adjective next to a noun trigger that agrees in number is that noun's."""
    if token.pos_ != "NOUN" or ctx.lang != "fr" or token.i + 1 >= len(token.doc):
        return None, None
    nxt = token.doc[token.i + 1]
    if nxt.pos_ != "ADJ" or nxt.head.i == token.i or affinity_prefixed(nxt):
        return None, None
    if set(nxt.morph.get("Number")) != set(token.morph.get("Number")):
        return None, None
    iso = resolvers.demonym_country(nxt.text, ctx.lang, countries)
    return (iso, nxt) if iso else (None, None)


# Verbs whose object is the doer of their complement: "accuse l'armée d'avoir frappé",
# "accused RSF fighters of looting", "soupçonne Moscou d'avoir".
OBJECT_CONTROL_VERBS: frozenset[str] = words_any("object_control_verbs")


# Verbs of finding, recording or denouncing: their subject investigated or reported the
# event in their object, it did not commit it ("UN envoy finds evidence of sexual violence",
# "Amnesty a documenté des exécutions", "la mission a constaté des violences").
FINDING_VERBS: frozenset[str] = words_any("finding_verbs")


def _infinitive(token: Token) -> bool:
    """ "avoir repris", "être entrés": a verb whose auxiliary is an infinitive."""
    return "Inf" in token.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in token.children
    )


def _subject(token: Token) -> Token | None:
    split = _split_auxiliary(token)
    if split is not None:
        return split
    for child in token.children:
        if child.dep_ in {"nsubj", "expl:subj"} and (_dateline_place(child) or _topic_label(child)):
            # "KYIV, Aug 24 (Reuters) - Russia and Ukraine exchanged…": the parser made the
            # dateline a subject beside the real one; a dateline is never a side
            later = [c for c in token.children if c.dep_ == child.dep_ and c.i > child.i]
            if later:
                continue
        if child.dep_ in {"nsubj", "expl:subj"} and not _timestamp(child):
            if child.i > token.i and _infinitive(token) and token.dep_ == "xcomp":
                # "a confirmé avoir repris le pont": an infinitive has no subject of its
                # own; the noun after it is its object, and the subject is the main verb's
                continue
            return child
    for child in token.children:
        if child.dep_ in {"obj", "dobj"} and _misparsed_subject(child, token):
            return child  # "Kiev accusant Moscou de bloquer": the name before the participle
    for aux in (c for c in token.children if c.dep_ in {"aux", "aux:tense", "aux:pass"}):
        # "Le Kremlin a au contraire dénoncé": an adverbial between the auxiliary and the
        # participle can make the parser hang the subject on the auxiliary
        hung = next((c for c in aux.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        if hung is not None and not _timestamp(hung):
            return hung
    controller = _object_controller(token)
    if controller is not None:
        return controller
    if token.dep_ in {"xcomp", "conj"} and token.head.pos_ in {"VERB", "AUX"}:
        return _subject(token.head)
    commander = _commanding_verb(token)
    if commander is not None:
        return _subject(commander)
    if (
        token.dep_ == "xcomp"
        and token.head.pos_ == "ADJ"
        and token.head.dep_ in {"acomp", "xcomp"}
        and token.head.head.pos_ in {"VERB", "AUX"}
    ):
        return _subject(token.head.head)  # "X and Y are due to hold talks", "est prête à"
    return None


# "a ordonné à l'armée de se préparer", "ordered the army to pull back": the one who gives the
# order is the author of the ordered act (the English parse already hangs it on the verb).
COMMAND_VERBS: frozenset[str] = words_any("who_command_verbs")


def _commanding_verb(token: Token) -> Token | None:
    """ "ordonné [à l'armée] [de se préparer]": the parser hangs the infinitive on the
    addressee noun as its modifier; the command verb above that noun."""
    if token.dep_ != "acl" or not _infinitive(token) or token.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = token.head
    verb = noun.head
    if noun.dep_ not in {"obl:arg", "obl", "iobj", "obj", "dobj"} or verb.pos_ != "VERB":
        return None
    return verb if verb.lemma_.lower() in COMMAND_VERBS else None


# "qui a une fois de plus exhorté", "a à plusieurs reprises accusé": the parser reads the
# auxiliary as a main verb with the adverbial's noun as its object and hangs the participle on
# that noun; the auxiliary's subject is the participle's.
SPLITTING_ADVERBIAL_NOUNS: frozenset[str] = words_any("splitting_adverbial_nouns")
AUXILIARY_LEMMAS: frozenset[str] = frozenset({"avoir", "être"})


def _split_auxiliary(token: Token) -> Token | None:
    """The subject of an auxiliary cut from its participle by "une fois de plus": the
    participle hangs on the adverbial's noun, or takes that noun for its subject."""
    if "Part" not in token.morph.get("VerbForm"):
        return None
    aux: Token | None = None
    noun = token.head
    if token.dep_ in {"acl", "nmod"} and noun.i < token.i:
        if noun.lemma_.lower() in SPLITTING_ADVERBIAL_NOUNS:
            aux = noun.head
    elif any(
        c.dep_ == "nsubj" and c.lemma_.lower() in SPLITTING_ADVERBIAL_NOUNS for c in token.children
    ):
        aux = token.head
    if aux is None or aux.lemma_.lower() not in AUXILIARY_LEMMAS or aux.i > token.i:
        return None
    return next((c for c in aux.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)


def _topic_label(tok: Token) -> bool:
    """ "Niger : les derniers soldats français ont quitté le pays", "Gaza: Israeli troops…":
    a headline's topic before a colon, which the parser may make a second subject."""
    after = tok.right_edge.i + 1
    return after < len(tok.doc) and tok.doc[after].text == ":"


def _dateline_place(tok: Token) -> bool:
    """An upper-case place opening a sentence and followed by the dateline's comma, bracket
    or dash ("MOSCOW, Aug 24", "WASHINGTON (AP) —", "GAZA -")."""
    doc = tok.doc
    return (
        tok.i == tok.sent.start
        and tok.is_upper
        and len(tok.text) > 2
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text in {",", "(", "-", "–", "—"}
        # a place, not an acronym opening a list ("NATO, the EU and Kyiv agreed")
        and resolvers.locate(tok.text.title(), lang=doc.lang_, context=None) is not None
    )


CLOCK_TIME = re.compile(r"\d{1,2}[:h.]\d{2}")


def _timestamp(token: Token) -> bool:
    """A live blog's time stamp ("13:15 – The State Department urges…") or a date the parser
    made a subject ("by Monday lunchtime"): never an actor."""
    return token.ent_type_ in {"DATE", "TIME"} or bool(CLOCK_TIME.fullmatch(token.text))


def _object_controller(token: Token) -> Token | None:
    """The object of an accusation verb governing ``token``: the doer of the accused act."""
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.dep_ in {"dobj", "obj"}:
        obj, verb = head.head, head.head.head  # "accused [RSF fighters] [of [looting]]"
    elif token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        verb, obj = head.head, _object(head.head)  # "accused [Kyiv] [of] shelling": on the verb
    elif token.dep_ in {"xcomp", "advcl"} and head.pos_ == "VERB":
        verb, obj = head, _object(head)  # "accusent [les combattants] [d'avoir pillé]"
    elif (
        token.dep_ == "acl"
        and head.dep_ in {"obj", "dobj"}
        and any(c.dep_ == "mark" for c in token.children)
    ):
        # "accusé [l'armée] [de bombarder]": the parser hangs the bare infinitive on the
        # object noun; that noun is still the doer of the accused act
        obj, verb = head, head.head
    else:
        return None
    if obj is None or verb.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    return obj


def _own_subject(subj: Token, verb: Token) -> bool:
    """The verb's own subject (or that of the verb it is chained to): a speaker who performs
    the speech act the verb names ("Lavrov accuses Washington", "Hamas rejected the plan") is
    its initiator, even though the same words make him the claimant."""
    if subj.head.i == verb.i:
        return True
    return verb.dep_ in {"xcomp", "conj"} and verb.head.i == subj.head.i


# French verbs of motion conjugated with "être" ("sont entrés", "sont arrivés", "est reparti"):
# the parser may read the auxiliary as a passive one; their subject is the mover.
ETRE_MOTION_VERBS: frozenset[str] = words_any("who_etre_motion_verbs")


def _etre_motion(verb: Token) -> bool:
    return verb.lemma_.lower() in ETRE_MOTION_VERBS and _agent(verb) is None


def _passive_subject(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"nsubj:pass", "nsubjpass"}:
            return child
    return None


def _agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"obl:agent", "agent"}:
            if child.pos_ == "ADP":
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                return pobj[0] if pobj else None
            return child
    return _named_par_agent(token)


def _named_par_agent(token: Token) -> Token | None:
    """A name after "par" on a passive verb the parser left as a modifier ("sont accusés par
    Moscou d'avoir…"): the agent. Only a proper name ("par téléphone", "par endroits" are not)."""
    if not any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in token.children):
        return None
    for child in token.children:
        if child.i > token.i and child.dep_ in {"obl:mod", "obl"} and child.pos_ == "PROPN":
            if any(c.dep_ == "case" and c.lower_ == "par" for c in child.children):
                return child
    return None


def _object(token: Token) -> Token | None:
    """The direct object. A noun object stands after its verb: a name before a participle
    ("Kiev accusant Moscou de…") is its misparsed subject, not its object."""
    objects = [c for c in token.children if c.dep_ in {"obj", "dobj"} and not _bare_date(c)]
    after = [c for c in objects if c.i > token.i]
    if after:
        return after[0]
    before = [c for c in objects if c.pos_ == "PRON" or not _misparsed_subject(c, token)]
    return before[0] if before else None


QUOTE_MARKS: frozenset[str] = frozenset({'"', "»", "”", "“", "«"})


def _postposed_speaker(verb: Token, ctx: ArticleContext, *, verbal: bool) -> Token | None:
    """« L'Amérique devra payer », a prévenu un responsable: a report verb after a closing
    quote, hung by the parser on the quoted verb, has its speaker after it (read as its object);
    the quote's own subject is not the speaker."""
    if not verbal and verb.lemma_.lower() not in ctx.lex.speech_verbs:
        return None
    if any(c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} for c in verb.children):
        return None
    if _quoted_clause(verb) is None:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"obj", "dobj"} and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )


PAYBACK_VERBS: frozenset[str] = words_any("payback_verbs")


def _quoted_clause(verb: Token) -> Token | None:
    """The quoted clause a report verb follows: the verb the parser hung it on (« … », a
    prévenu X) or its own complement before it ("…," warned X)."""
    candidates = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i]
    if verb.dep_ in {"conj", "parataxis"} and verb.head.i < verb.i:
        candidates.append(verb.head)
    # only a comma and the verb's auxiliaries may stand between the closing quote and the verb
    aux = {c.i for c in verb.children if c.dep_.startswith("aux")}
    start = verb.i - 1
    while start >= 0 and (verb.doc[start].i in aux or verb.doc[start].text == ","):
        start -= 1
    if start < 0 or verb.doc[start].text not in QUOTE_MARKS:
        return None
    for quoted in candidates:
        if quoted.i < start:
            return quoted
    return None


def _quoted_payer(report: Token) -> Token | None:
    """The subject of the quoted "X will pay"/"X devra payer"/"X will regret" a threat's
    report verb follows: the threatened."""
    quoted = _quoted_clause(report)
    if quoted is None:
        return None
    verbs = [quoted, *(c for c in quoted.children if c.dep_ == "xcomp")]
    if not any(v.lemma_.lower() in PAYBACK_VERBS for v in verbs):
        return None
    subj = next((c for c in quoted.children if c.dep_ in {"nsubj", "expl:subj"}), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return None  # "vous paierez": no one named
    return subj


def _pluperfect(verb: Token) -> bool:
    for aux in (c for c in verb.children if c.dep_.startswith("aux")):
        if aux.lower_ == "had":
            return True
        if aux.lemma_.lower() in {"avoir", "être"} and "Imp" in aux.morph.get("Tense"):
            return True
    return False


def _reporter_of_conjunct(verb: Token, ctx: ArticleContext) -> Token | None:
    """ "Blinken said Netanyahu had accepted the proposal, and called on Hamas…": a verb in
    another tense coordinated with a reported pluperfect is the reporter's own second act
    (the parser hangs it on the reported verb); its subject is the report verb's."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or not _pluperfect(head):
        return None
    report = head.head
    if report.lemma_.lower() not in ctx.lex.speech_verbs or _pluperfect(verb):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return next((c for c in report.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


def _inverted_report(verb: Token) -> bool:
    """« … », a averti X / "…," warned X: the report verb follows what was said."""
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        return True
    return any(c.dep_ in {"ccomp", "parataxis", "advcl"} and c.i < verb.i for c in verb.children)


def _bare_date(tok: Token) -> bool:
    """ "a reçu vendredi à l'Élysée le président…": a day name the parser made the object."""
    if tok.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ in {"amod", "nummod"} for c in tok.children):
        return False
    return _whole_date(tok.text, tok.doc.lang_)


@cache
def _whole_date(word: str, lang: str) -> bool:
    found = resolvers.find_date_expressions(word, lang)
    return any(start == 0 and end == len(word) for start, end, _s in found)


def _misparsed_subject(obj: Token, verb: Token) -> bool:
    return (
        obj.i < verb.i
        and obj.pos_ in {"NOUN", "PROPN"}
        and "Part" in verb.morph.get("VerbForm")
        and not any(c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} for c in verb.children)
    )


def _adverb_split_object(verb: Token) -> Token | None:
    """ "accuse en outre l'armée": the parser reads "en outre" as the object's preposition.
    An oblique whose "case" is a fixed multiword adverb is the misread direct object."""
    for child in verb.children:
        if child.dep_ in {"obl:arg", "obl"} and child.pos_ in {"NOUN", "PROPN"}:
            cases = [c for c in child.children if c.dep_ == "case"]
            if cases and all(any(f.dep_ == "fixed" for f in c.children) for c in cases):
                return child
    return None


def _date_hung_object(verb: Token) -> Token | None:
    """ "a sanctionné en mai plusieurs entités russes": the parser hangs the object on the date
    phrase before it (an "nmod" with no preposition of its own)."""
    for child in verb.children:
        if not child.dep_.startswith("obl") or child.i < verb.i:
            continue
        phrase = child.doc[child.left_edge.i : child.i + 1].text  # "en mai", "on Monday"
        if not (_timestamp(child) or _whole_date(phrase, child.doc.lang_)):
            continue
        for sub in child.children:
            if (
                sub.dep_ == "nmod"
                and sub.pos_ in {"NOUN", "PROPN"}
                and sub.i > child.i
                and not any(c.dep_ == "case" for c in sub.children)
            ):
                return sub
    return None


def _is_place(token: Token) -> bool:
    return token.ent_type_ in PLACE_ENTS


def _country_of_actor(actor: Actor | None) -> str | None:
    return actor.country if actor is not None and actor.country else None


# -- initiator / target --------------------------------------------------------------------


def fill_actors(m: Mention, ctx: ArticleContext, exclude: set[int]) -> None:
    trig = m.trigger
    if m.kind in {"attack", "intercept"}:
        _attack_actors(m, ctx)
        if m.initiator is None and ARMED_AGENT_RULE in m.rule:
            _armed_author(m, ctx)
    elif m.kind == "capture":
        _capture_actors(m, ctx)
    elif m.kind == "event":
        _event_actors(m, ctx, exclude)
    if trig.lemma_.lower() in REPEL_VERBS and trig.pos_ == "VERB":
        _repelled(m, ctx)
    if m.type == "demand" and trig.pos_ == "NOUN" and _summons_noun(trig):
        _summoner(m, ctx)
    if trig.pos_ in {"NOUN", "PROPN"} and (
        m.initiator is None
        or _inferred_author(m)
        or (m.type in OWN_INQUIRY_TYPES and _sideless(m.initiator))  # "its investigation"
    ):
        _nominal_agent(m, ctx)
    if m.initiator is None and m.kind == "attack":
        _claimed_attack(m, ctx)
    if m.type in OWN_INQUIRY_TYPES and trig.pos_ == "VERB":
        _army_inquirer(m, ctx)
    if m.kind in {"attack", "capture", "event"} and (
        m.initiator is None or (m.initiator.id is None and not m.initiator.country)
    ):
        _speaker_side(m, ctx)  # also over a bare pronoun read as an unknown actor ("it")
    if m.kind == "attack" and trig.pos_ == "NOUN":
        _fire_undergone(m, ctx)
    _pair_actors(m, ctx, exclude)
    _conjoined_parties(m, ctx)
    if m.type == "armed_clash" and m.target is None:
        # "Les affrontements entre l'armée et les FSR ont fait…": a subject read as the
        # initiator gives way to the two sides of the "entre" phrase
        _clash_sides(m, ctx)
    if m.kind in {"attack", "event"} and (m.target is None or _sideless(m.target)):
        _victims_side(m, ctx)
    if m.type == "armed_clash" and m.initiator is None and m.target is not None:
        _fallen_side(m, ctx)
    if m.initiator is None and trig.pos_ == "VERB" and m.kind == "attack":
        _state_aircraft(m, ctx)
    _no_self_reaction(m)
    if m.target is not None and m.target.country in _property_owners(trig, ctx) - {None}:
        if len(_property_owners(trig, ctx)) > 1:
            # "ont incendié l'ambassade de France et pris d'assaut celles du Rwanda…": several
            # states' embassies stormed together name no single target (GUIDELINES §5)
            _unset(m, "target")
    if m.initiator is not None and m.initiator.id is None and m.initiator.kind == "unknown":
        LOGGER.debug("unresolved initiator %r for %s", m.initiator.name, trig.text)


COMPASS_PARTS: frozenset[str] = words_any("home_parts")

# "at the request of", "à l'appel de": the noun of a summons whose complement asked for the act
SUMMONS_NOUNS: frozenset[str] = words_any("who_summons_nouns")


def _summons_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in SUMMONS_NOUNS or tok.lower_ in SUMMONS_NOUNS


def _summoner(m: Mention, ctx: ArticleContext) -> None:
    """ "at the request of the UK, France and Ecuador", "à la demande de la France et du
    Royaume-Uni": the first-named requester is the demand's author; the subject of the act
    requested ("the Security Council will meet at the request of…") is whom it was asked of."""
    trig, lang = m.trigger, ctx.lang
    comp: Token | None = None
    for child in trig.children:
        cases = {c.lower_ for c in child.children if c.dep_ == "case"}
        if child.dep_ == "nmod" and cases & GENITIVE_CASES:
            comp = child
        elif child.dep_ == "prep" and child.lower_ == "of":
            comp = prep_object(child)
        elif child.dep_ == "poss":
            comp = child  # "at Russia's request"
        if comp is not None:
            break
    if comp is None or comp.pos_ not in {"NOUN", "PROPN"}:
        return
    author, toks = actor_from_np(comp, ctx)
    if author is None or (author.id is None and not author.country):
        return
    toks = [
        t for t in toks if not any(t.i >= c.left_edge.i for c in comp.children if c.dep_ == "conj")
    ]
    host = trig.head.head if trig.dep_ == "pobj" and trig.head.dep_ == "prep" else trig.head
    if host.pos_ not in {"VERB", "AUX", "NOUN"} or host.i == trig.i:
        return
    subj = _subject(host) if host.pos_ != "NOUN" else None
    if subj is None and host.pos_ == "NOUN" and host.head.pos_ in {"VERB", "AUX"}:
        subj = _subject(host.head)  # "a tenu une réunion … à la demande de la Russie"
    if subj is None or subj.i == comp.i:
        return
    asked, stoks = actor_from_np(subj, ctx)
    if asked is None or asked.id is None or asked.id == author.id:
        # "des exploitants bloquent … à l'appel de la FNSEA": a crowd answering a union's call
        # is the union's protest, read there; the call is no demand made of anyone
        return
    _unset(m, "initiator", "target")
    _set(m, "initiator", author, f"{lang}.initiator.summoner", toks)
    _set(m, "target", asked, f"{lang}.target.summoned", stoks)


# "les deux présidents", "the two leaders", "both sides": a numeral or "both" before a noun for
# the parties of an exchange. Bilateral types take the pair as initiator and target; any other
# act ("the two presidents condemned ...") takes the first-named party as its author.
PAIR_NUMERALS: frozenset[str] = words_any("pair_numerals")
PAIR_NOUNS: frozenset[str] = words_any("pair_nouns")
BILATERAL_TYPES: frozenset[str] = frozenset(
    {"consult_meeting", "consult_phone", "consult_visit", "agreement", "cooperate"}
)
# entities that can be a party; a place only when not the complement of a preposition
PARTY_LABELS: frozenset[str] = frozenset({"PER", "PERSON", "ORG", "NORP", "MISC"})
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC"})
PAIR_WINDOW = 3  # sentences back where the two parties may have been named


def _pair_phrase(name: str) -> bool:
    words = [w.strip(",.;:") for w in name.lower().replace("’", "'").split()]
    return any(
        w in PAIR_NUMERALS and i + 1 < len(words) and words[i + 1] in PAIR_NOUNS
        for i, w in enumerate(words[:3])
    )


def _pair_actors(m: Mention, ctx: ArticleContext, exclude: set[int] | None = None) -> None:
    """The two parties named before stand for "the two leaders" / "les deux chefs d'État"."""
    ini = m.initiator
    if ini is None:
        speaker = _pair_speaker(m.trigger, exclude or set())
        if speaker is None:
            return
        # "…, ont dénoncé les deux camps": the parties are those of the report before it
        pair = _last_pair(m.trigger, ctx, upto=speaker) or _last_pair(m.trigger, ctx)
        if pair is not None:
            _set(m, "initiator", pair[0], "pair_antecedent", [speaker])
        return
    # the phrase as written: it may have resolved alone ("les deux présidents" → a presidency,
    # "the two leaders" → the last leader named); the pair wins
    spans = [p.text for p in m.provenance if p.field == "initiator" and p.text]
    if not any(_pair_phrase(t) for t in [ini.surface or ini.name, *spans[-1:]]):
        return
    pair = _last_pair(m.trigger, ctx)
    if pair is None:
        return
    m.initiator = None
    _set(m, "initiator", pair[0], "pair_antecedent", [m.trigger])
    target = m.target
    if m.type in BILATERAL_TYPES and (target is None or (target.id is None and not target.country)):
        m.target = None
        _set(m, "target", pair[1], "pair_antecedent", [m.trigger])


def _pair_speaker(trig: Token, exclude: set[int]) -> Token | None:
    """A pair phrase the claims read as the speaker of the trigger's own verb: "both sides
    condemned", "…, ont dénoncé les deux camps" (the inverted subject the parser takes for an
    object)."""
    if trig.pos_ not in {"VERB", "AUX"}:
        return None
    for child in trig.children:
        if child.i not in exclude:
            continue
        inverted = child.dep_ in {"obj", "dobj"} and child.i > trig.i
        if child.dep_ in {"nsubj", "nsubj:pass"} or inverted:
            words = [t.text for t in child.subtree if t.i <= child.i]
            if _pair_phrase(" ".join(words)):
                return child
    return None


# Acts two conjoined subjects perform on each other: "Russia and Ukraine swapped prisoners",
# "La France et l'Allemagne renforceront leur coopération"; a mutual accusation or a clash only
# with a reciprocal word ("accused each other", "se sont mutuellement accusés").
MUTUAL_TYPES: frozenset[str] = BILATERAL_TYPES | frozenset({"release"})
RECIPROCAL_TYPES: frozenset[str] = frozenset({"accuse", "condemn", "threaten", "armed_clash"})
RECIPROCAL_WORDS: frozenset[str] = words_any("reciprocal_words")
CONJOINED_CLIMB = 3  # steps from a noun trigger up to the verb whose subject performs it


def _conjoined_parties(m: Mention, ctx: ArticleContext) -> None:
    """ "X et Y ont procédé à un échange", "X and Y signed a deal": X initiates, Y is the
    target (the one the parser took as initiator — often the second name — gives way)."""
    if m.type not in MUTUAL_TYPES | RECIPROCAL_TYPES or m.kind != "event":
        return
    verb = _performing_verb(m.trigger)
    if verb is None:
        return
    if m.type not in MUTUAL_TYPES and not _reciprocal(verb, m.trigger) and not _bare_clash(m, verb):
        return
    subj = _subject(verb)
    if subj is None or subj.i > verb.i:
        return
    # "MOSCOW, Aug 24 (Reuters) - Russia and Ukraine swapped…": the parser may make the
    # dateline's place the subject; the parties are the names after the dash
    subj, _ = _cut_dateline(subj, list(subj.subtree))
    parties = _many_parties(subj, verb, ctx)
    if parties:
        own = m.target is not None and (m.target.country or m.target.id)
        if own and own not in parties:
            return  # "la France, l'Allemagne et l'Italie ont signé un accord avec l'Ukraine"
        # "la Russie, l'Ukraine et la Biélorussie ont signé": three signatories, no one of
        # them initiates the act and none is its target
        _unset(m, "initiator", "target")
        return
    pair = _conjoined(subj)
    if pair is None or _mediators(subj):
        return  # "le Qatar et l'Égypte, médiateurs, ont reçu…": brokers, not the two parties
    subj, conj = pair
    first, _ = actor_from_np(subj, ctx)
    second, _ = actor_from_np(conj, ctx)
    if first is None or second is None or not first.country or not second.country:
        return
    if first.country == second.country and not _state_and_group(m, first, second):
        return
    if m.type == "armed_clash" and first.kind in NON_STATE_KINDS:
        first, second, subj, conj = second, first, conj, subj  # the state first (GUIDELINES §5)
    target = m.target
    if target is not None and (target.id or target.country) and target.country != first.country:
        return  # a target of its own ("Russia and Belarus warned Poland")
    m.initiator, m.target = None, None
    _set(m, "initiator", first, f"{ctx.lang}.initiator.conjoined_subject", [subj])
    _set(m, "target", second, f"{ctx.lang}.target.conjoined_subject", [conj])


MEDIATOR_NOUNS: frozenset[str] = words_any("mediator_nouns")


def _bare_clash(m: Mention, verb: Token) -> bool:
    """ "Sudan's army and the RSF clashed", "fought in Omdurman": a clash verb with no object
    is itself reciprocal; its conjoined subjects are the two sides."""
    return m.type == "armed_clash" and m.trigger is verb and _object(verb) is None


def _state_and_group(m: Mention, first: Actor, second: Actor) -> bool:
    """A clash of one country's army with an armed group of the same country: two sides."""
    kinds = {first.kind in NON_STATE_KINDS, second.kind in NON_STATE_KINDS}
    return m.type == "armed_clash" and bool(first.id and second.id) and kinds == {True, False}


def _mediators(subj: Token) -> bool:
    """A subject set in apposition with a broker's noun ("Qatar and Egypt, the mediators")."""
    return any(
        t.lower_ in MEDIATOR_NOUNS or t.lemma_.lower() in MEDIATOR_NOUNS
        for t in subj.subtree
        if t.dep_ in {"appos", "conj", "amod", "acl", "nmod"} or t.head.dep_ == "appos"
    )


def _many_parties(subj: Token, verb: Token, ctx: ArticleContext) -> set[str]:
    """The countries (or ids) of three or more conjoined subjects ("X, Y and Z signed"),
    however the parser hung them: conjuncts of one name, or sibling subjects of the verb each
    with their own conjuncts; empty when fewer than three distinct parties."""
    heads = [
        c for c in verb.children if c.dep_ == subj.dep_ and c.i < verb.i and not _dateline_place(c)
    ]
    if subj not in heads:
        heads = [subj]
    names = {t.i: t for h in heads for t in [h, *h.conjuncts] if t.pos_ in {"PROPN", "NOUN"}}
    if len(names) < 3:
        return set()
    # a title cut by the parser ("la ministre de l'Europe et des Affaires étrangères, Mme
    # Colonna") is one person: only distinct states or groups count as parties
    parties: set[str] = set()
    for tok in names.values():
        toks = np_tokens(tok)
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            toks = sorted({t.i: t for t in [*toks, *prep.subtree]}.values(), key=lambda t: t.i)
        actor = resolve(text_of(tok.doc, toks), ctx)  # "the Republic of Korea" whole
        if actor.country or actor.id:
            parties.add(actor.country or actor.id or "")
    return parties if len(parties) >= 3 else set()


def _conjoined(subj: Token) -> tuple[Token, Token] | None:
    """The two conjuncts of a subject "X et Y" / "X and Y"; also when the parser cut the first
    name off as a root of its own ("Moscou et Kiev ont échangé", a headline's "- Russie et
    Ukraine échangent": the first name a ROOT, "et" on the verb)."""
    conj = next((c for c in subj.children if c.dep_ == "conj"), None)
    if conj is not None:
        return subj, conj
    left = subj.left_edge
    if left.i < 2:
        return None
    cc, first = subj.doc[left.i - 1], subj.doc[left.i - 2]
    if cc.dep_ == "cc" and first.pos_ == "PROPN" and first.dep_ == "ROOT":
        return first, subj
    head = first.head  # "L'armée soudanaise et les FSR se sont affrontées": a modified noun
    if (
        cc.dep_ == "cc"
        and first.dep_ == "amod"
        and head.dep_ == "ROOT"
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i < first.i
    ):
        return head, subj
    return None


def _performing_verb(trig: Token) -> Token | None:
    """The verb whose subject performs the trigger: the trigger itself, else the verb a noun
    trigger hangs on ("ont procédé à un échange", "signed a peace deal")."""
    tok = trig
    for _ in range(CONJOINED_CLIMB):
        if _verbal(tok):
            return tok
        if tok.dep_ not in {"obj", "dobj", "obl", "obl:arg", "obl:mod", "nmod", "pobj", "prep"}:
            return None
        tok = tok.head
    return tok if _verbal(tok) else None


def _verbal(tok: Token) -> bool:
    """A verb, or a main word with a subject and an object the tagger took for an adjective (a
    rare future, "La France et l'Ukraine approfondiront leur coopération")."""
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    deps = {c.dep_ for c in tok.children}
    return (
        tok.dep_ == "ROOT"
        and tok.pos_ == "ADJ"
        and "nsubj" in deps
        and bool(deps & {"obj", "dobj"})
    )


def _reciprocal(verb: Token, trig: Token) -> bool:
    """ "accused each other", "se sont mutuellement accusés", "s'accusent": a reciprocal word or
    a reflexive clitic on the verb."""
    for tok in [*verb.subtree][: max(0, verb.i - verb.left_edge.i) + 8]:
        if tok.lower_ in RECIPROCAL_WORDS or tok.lemma_.lower() in RECIPROCAL_WORDS:
            return True
    return any(
        c.dep_ in {"expl:comp", "expl:pv", "obj", "iobj"} and c.lower_ in REFLEXIVE_CLITICS
        for c in verb.children
    )


# a genitive place names a party's land ("la région de Moscou"); a locative one where they met
GENITIVE_CASES: frozenset[str] = words_any("genitive_cases")
BETWEEN_WORDS: frozenset[str] = words_any("between_words")
AND_WORDS: frozenset[str] = words_any("and_words")  # "X et Y", "X and Y"
REFLEXIVE_CLITICS: frozenset[str] = words_any("reflexive_clitics")


def _last_pair(
    trig: Token, ctx: ArticleContext, *, upto: Token | None = None
) -> tuple[Actor, Actor] | None:
    """The last two actors of two different countries named in the sentences before, in text
    order; None when fewer than two are named. ``upto``: those named in the trigger's own
    sentence before that token only ("attacks hit Ukraine and the Moscow region, both sides
    said")."""
    sents = list(ctx.doc.sents)
    here = next((k for k, s in enumerate(sents) if s.start <= trig.i < s.end), 0)
    start = sents[max(0, here - PAIR_WINDOW)].start if upto is None else trig.sent.start
    end = trig.sent.start if upto is None else upto.i
    found: list[Actor] = []
    for ent in reversed([e for e in ctx.doc.ents if start <= e.start and e.end <= end]):
        cases = {c.lower_ for c in ent.root.children if c.dep_ == "case"}
        if ent.label_ in PLACE_LABELS and (
            (ent.root.dep_ == "pobj" and ent.root.head.lower_ not in GENITIVE_CASES)
            or (cases and not cases <= GENITIVE_CASES)
        ):
            continue  # "à Astana", "in Warsaw": where they met, not who met
        if ent.label_ not in PARTY_LABELS | PLACE_LABELS:
            continue
        actor = resolvers.resolve_actor(ent.text, lang=ctx.lang, context=actor_context(ctx))
        if (
            (actor.id is None or not actor.country)
            and upto is not None
            and ent.label_ in PLACE_LABELS
        ):
            # the report's own places stand for their states ("la région de Belgorod")
            loc = resolvers.locate(ent.text, lang=ctx.lang, context=_place_context(ctx))
            if loc is not None and loc.country:
                actor = resolvers.country_actor(loc.country)
        if actor.id is None or not actor.country:
            continue
        if all(actor.country != a.country for a in found):
            found.append(actor)
        if len(found) == 2:
            return found[1], found[0]
    return None


# Event nouns whose possessor or "de" complement undergoes the act ("Navalny's arrest", "la
# libération des otages"): there the genitive is not the author.
PATIENT_GENITIVE_TYPES: frozenset[str] = frozenset(
    {
        "arrest",
        "abduction",
        "release",
        "expel",
        "investigate",
        "sexual_violence",
        "attack_on_civilians",
        "other_development",
        "mob_violence",
    }
)
# Attack-like events: an armed body in their "de"/"of" complement is their author ("l'assaut
# des FSR", "the offensive of the Russian army").
AGENT_GENITIVE_KINDS: frozenset[str] = frozenset({"attack", "capture"})
AGENT_GENITIVE_ACTOR_KINDS: frozenset[str] = frozenset({"armed_group", "military"})


def _nominal_agent(m: Mention, ctx: ArticleContext) -> None:
    """The author of an event noun: "par X"/"by X" ("la livraison par l'Iran", "a visit to
    Chad by France's foreign minister"), an English possessor ("Iran's transfer of missiles",
    "Russia's strikes on Kyiv"), or an armed body in the "de"/"of" complement of an attack
    noun ("l'assaut des FSR", "des attaques coordonnées du BLA").

    A possessor or complement of an act undergone ("Navalny's arrest", "la libération des
    otages du Hamas") is not its author; a possessor of an attack must be a state, a group or
    a body with a complement naming what was hit ("Kharkiv's bombardment" names the victim).
    """
    trig, lang = m.trigger, ctx.lang
    if m.type in OWN_INQUIRY_TYPES and (m.initiator is None or _sideless(m.initiator)):
        owner = _inquiry_owner(trig, ctx)
        if owner is not None:  # "the military released the findings of its investigation"
            _unset(m, "initiator")
            _set(m, "initiator", owner, f"{lang}.initiator.own_inquiry", [])
    patient = m.type in PATIENT_GENITIVE_TYPES
    if m.initiator is None and not patient:
        author = _attributed_author(trig)
        if author is not None:
            actor, toks = actor_from_np(author, ctx)
            if actor is not None and (actor.id is not None or actor.country):
                _set(m, "initiator", actor, f"{lang}.initiator.attributed_to", toks)
                return
    for child in trig.children:
        cases = {c.lower_ for c in child.children if c.dep_ == "case"}
        if child.dep_ == "prep" and child.lower_ == "by":
            pobj = prep_object(child)
            if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"}:
                actor, toks = actor_from_np(pobj, ctx)
                if actor is not None and actor.id is not None and not _weapon(pobj, ctx):
                    m.initiator = None
                    _set(m, "initiator", actor, f"{lang}.initiator.noun_agent", toks)
                    _objective_genitive(m, ctx)
                    return
        if child.dep_ == "nmod" and "par" in cases and child.pos_ in {"NOUN", "PROPN"}:
            actor, toks = actor_from_np(child, ctx)
            if actor is not None and actor.id is not None and not _weapon(child, ctx):
                m.initiator = None
                _set(m, "initiator", actor, f"{lang}.initiator.noun_agent", toks)
                _objective_genitive(m, ctx)
                return
    if not patient and m.initiator is None:
        for acl in (c for c in trig.children if c.dep_ in {"acl", "amod"} and c.pos_ == "VERB"):
            # "les discussions convoquées par les États-Unis"; a broker is not a party
            agent = _agent(acl)
            if agent is None or acl.lemma_.lower() in MEDIATION_VERBS:
                continue
            actor, toks = actor_from_np(agent, ctx)
            if actor is not None and actor.id is not None:
                _set(m, "initiator", actor, f"{lang}.initiator.participle_agent", toks)
                return
    if patient or m.initiator is not None:
        return
    for child in trig.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
            actor, toks = actor_from_np(child, ctx)
            if actor is None or actor.id is None:
                continue
            if m.kind in AGENT_GENITIVE_KINDS:
                complement = any(
                    c.dep_ == "prep" and c.lower_ in {"on", "against", "of", "in"}
                    for c in trig.children
                )
                if actor.kind == "person" or (actor.kind == "state" and not complement):
                    continue
            _set(m, "initiator", actor, f"{lang}.initiator.possessor", toks)
            return
    if m.type in POSSESSED_ACT_TYPES:
        owner = _pronoun_owner(trig, m, ctx)
        if owner is not None:
            _set(m, "initiator", owner, f"{lang}.initiator.pronoun_possessor", [])
            return
    if m.type in VISIT_TYPES:
        _visitor(m, ctx)  # "la visite du président russe en Corée du Nord"
        return
    if m.kind not in AGENT_GENITIVE_KINDS and m.type not in {"armed_clash"}:
        return
    for child in trig.children:
        comp: Token | None = None
        if child.dep_ == "nmod" and {c.lower_ for c in child.children if c.dep_ == "case"} & {
            "de",
            "du",
            "des",
            "d'",
        }:
            comp = child
        elif child.dep_ == "prep" and child.lower_ == "of":
            comp = prep_object(child)
        elif child.dep_ == "compound" and child.pos_ == "PROPN" and _in_body(trig):
            # "a Hezbollah attack", "an al-Shabaab assault": a name before the noun. Not in a
            # headline ("Tanker burning after Houthi attack"): there the body tells the author,
            # and an authored headline attack would stand apart from the body's event
            comp = child
        if comp is None or comp.pos_ not in {"NOUN", "PROPN"}:
            continue
        actor, toks = actor_from_np(comp, ctx)
        if comp.dep_ == "compound":
            if actor is not None and actor.kind in AGENT_GENITIVE_ACTOR_KINDS:
                _set(m, "initiator", actor, f"{lang}.initiator.name_before_noun", toks)
                return
            continue  # "a Kyiv attack", "the Moscow talks": a place, not the author
        if actor is not None and actor.kind in AGENT_GENITIVE_ACTOR_KINDS:
            _set(m, "initiator", actor, f"{lang}.initiator.genitive", toks)
            return
        struck = _struck_after(trig, comp)
        if actor is not None and actor.kind in STATE_KINDS and struck is not None:
            # "les frappes de Moscou sur Kiev", "l'attaque de la Russie contre l'Ukraine": with
            # the struck side named after it, the state in the genitive is the author
            toks = [t for t in toks if t.i < struck.left_edge.i]
            _set(m, "initiator", actor, f"{lang}.initiator.state_genitive", toks)
            if m.target is None:
                target, ttoks = _target_actor(struck, ctx)
                _set(m, "target", target, f"{lang}.target.prep", ttoks)
            return


ATTRIBUTION_VERBS: frozenset[str] = words_any("attribution_verbs")


RESPONSIBILITY_VERBS: frozenset[str] = words_any("who_responsibility_verbs")


def _claimed_attack(m: Mention, ctx: ArticleContext) -> None:
    """ "Hamas claimed a rocket attack on Tel Aviv", "les Houthis ont revendiqué une attaque":
    the subject that claims a new attack as its own is its author (never when the claim is
    negated: "no group has claimed a bombing")."""
    trig = m.trigger
    verb = trig.head
    if trig.pos_ not in {"NOUN", "PROPN"} or trig.dep_ not in {"dobj", "obj"}:
        return
    if m.anaphoric or any(c.lower_ in DEFINITE_DETERMINERS for c in trig.children):
        return  # "JNIM claimed the assault": the attack told before, joined to it by the merge
    if verb.lemma_.lower() not in RESPONSIBILITY_VERBS or is_negated(verb):
        return
    subj = _subject(verb)
    if subj is None:
        return
    actor, toks = actor_from_np(subj, ctx)
    if actor is None or actor.id is None or actor.kind == "media":
        return  # "no group", "personne", an outlet: nobody has claimed it
    _set(m, "initiator", actor, f"{ctx.lang}.initiator.claimed_attack", toks)


def _objective_genitive(m: Mention, ctx: ArticleContext) -> None:
    """With its author stated by "par"/"by", an attack noun's "de"/"of" complement is what it
    struck: "le bombardement de Kherson par les forces russes", "the shelling of Kherson by
    Russian forces" (without the agent, "l'attaque de X" may name the author: not read here)."""
    if m.kind != "attack" or m.target is not None:
        return
    trig = m.trigger
    for child in trig.children:
        if child.i < trig.i:
            continue
        noun = None
        if child.dep_ == "nmod" and any(
            c.dep_ == "case" and c.lower_ in GENITIVE_CASES for c in child.children
        ):
            noun = child
        elif child.dep_ == "prep" and child.lower_ == "of":
            noun = prep_object(child)
        if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or _weapon(noun, ctx):
            continue
        actor, toks = _target_actor(noun, ctx)
        if (actor is None or not (actor.id or actor.country)) and noun.pos_ == "PROPN":
            # "the shelling of Kherson": a town the tagger took for a person is still a place
            loc = resolvers.locate(noun.text, lang=ctx.lang, context=_place_context(ctx))
            if loc is not None and loc.country:
                actor, toks = resolvers.country_actor(loc.country), [noun]
        if actor is not None and (actor.id or actor.country):
            _set(m, "target", actor, f"{ctx.lang}.target.objective_genitive", toks)
        return


def _attributed_author(trig: Token) -> Token | None:
    """ "la frappe, attribuée à Israël", "a strike blamed on Israel", "the attack was
    attributed to the RSF": the one an act noun is ascribed to (by a participle on the noun,
    or by the passive verb whose subject it is)."""
    verbs = [c for c in trig.children if c.dep_ in {"acl", "amod"} and c.pos_ == "VERB"]
    if trig.dep_ in {"nsubj:pass", "nsubjpass"} and trig.head.pos_ == "VERB":
        verbs.append(trig.head)
    for verb in verbs:
        if verb.lemma_.lower() not in ATTRIBUTION_VERBS or verb.i < trig.i:
            continue
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"to", "on"}:
                pobj = prep_object(child)
                if pobj is not None and pobj.pos_ in {"PROPN", "NOUN"}:
                    return pobj
            if child.dep_.startswith("obl") and child.pos_ in {"PROPN", "NOUN"}:
                if any(c.dep_ == "case" and c.lower_ in {"à", "au", "aux"} for c in child.children):
                    return child
    return None


VISIT_TYPES: frozenset[str] = frozenset({"consult_visit"})
VISITOR_KINDS: frozenset[str] = frozenset(
    {"person", "state", "government", "presidency", "ministry", "igo"}
)


def _visitor(m: Mention, ctx: ArticleContext) -> None:
    """ "la première visite du président russe", "a visit by…" is read above, "the visit of the
    Indian prime minister": the "de"/"of" complement of a visit noun is the visitor (a person
    or a state's office; "la visite du site" names no one)."""
    for child in m.trigger.children:
        comp: Token | None = None
        if child.dep_ == "nmod" and any(
            c.dep_ == "case" and c.lower_ in GENITIVE_CASES for c in child.children
        ):
            comp = child
        elif child.dep_ == "prep" and child.lower_ == "of":
            comp = prep_object(child)
        if comp is None or comp.pos_ not in {"NOUN", "PROPN"} or _is_place(comp):
            continue
        actor, toks = actor_from_np(comp, ctx)
        if actor is not None and actor.id is not None and actor.kind in VISITOR_KINDS:
            _set(m, "initiator", actor, f"{ctx.lang}.initiator.visitor", toks)
            return


def _struck_after(trig: Token, comp: Token) -> Token | None:
    """The "contre/sur/against/on" phrase after a genitive, on the noun or (a misparse) on the
    genitive itself."""
    for holder in (trig, comp):
        for child in holder.children:
            if child.i < comp.i:
                continue
            if any(c.dep_ == "case" and c.lower_ in TARGET_PREPS for c in child.children):
                return child
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                pobj = prep_object(child)
                if pobj is not None:
                    return pobj
    return None


MEDIATION_VERBS: frozenset[str] = words_any("mediation_verbs")
STATE_KINDS: frozenset[str] = frozenset({"state", "government", "ministry", "presidency"})
# Acts a state performs on another, named by a noun its possessive pronoun may own ("its supply
# of drones", "sa livraison d'armes", "their withdrawal"); not words ("its punishment" is
# undergone, "its demand" is a speaker's, read elsewhere).
POSSESSED_ACT_TYPES: frozenset[str] = frozenset(
    {
        "aid_delivery",
        "aid_pledge",
        "sanction",
        "expel",
        "cooperate",
        "retreat",
        "force_movement",
        "base_established",
        "weapons_seized",
    }
)
# "his visit", "our demands": a person's or the speaker's, not a state named before
PERSONAL_POSSESSIVES: frozenset[str] = words_any("personal_possessives")


def _in_body(tok: Token) -> bool:
    """A sentence closed by a stop: body text, not a headline or a kicker."""
    return tok.sent.text.rstrip().rstrip("\"'»” ").endswith((".", "!", "?", "…"))


# An inquiry its possessive pronoun gives to the subject of the clause ("the military released
# the findings of its investigation", "la police a clos son enquête")
OWN_INQUIRY_TYPES: frozenset[str] = frozenset({"investigate"})


def _inquiry_owner(trig: Token, ctx: ArticleContext) -> Actor | None:
    """The subject that owns "its/their/sa/leur" inquiry; a bare "the military" is the one
    armed force the story has named before (the Israeli army of a Gaza story), else nobody."""
    if not any(
        c.dep_ in {"poss", "det"} and c.lower_ in POSSESSIVES - PERSONAL_POSSESSIVES
        for c in trig.children
    ):
        return None
    subj = next(
        (
            s
            for s in (_subject(a) for a in trig.ancestors if a.pos_ in {"VERB", "AUX"})
            if s is not None and s.i < trig.i
        ),
        None,
    )  # "the army said its inquiry was under way": the nearest subject before the pronoun
    if subj is None:
        return None
    actor, _ = actor_from_np(subj, ctx)
    if actor is not None and (actor.id is not None or actor.country):
        return actor
    if actor is None or not _bare_army(actor.surface or ""):
        return None
    # the one army named before; else "the military" stays unknown (never a prosecutor of
    # the place, which the pronoun rules out)
    return _story_military(ctx) or actor


def _army_inquirer(m: Mention, ctx: ArticleContext) -> None:
    """ "the military cannot investigate its own failure": a bare army inquiring is the one
    army the story named before, else it stays unknown (not the place's prosecutors)."""
    if m.initiator is not None and not _sideless(m.initiator):
        return
    subj = _subject(m.trigger)
    if subj is None:
        return
    actor, toks = actor_from_np(subj, ctx)
    if actor is None or not _sideless(actor) or not _bare_army(actor.surface or ""):
        return
    _unset(m, "initiator")
    _set(m, "initiator", _story_military(ctx) or actor, f"{ctx.lang}.initiator.army_inquirer", toks)


PLURAL_INDEFINITES: frozenset[str] = frozenset({"des"})


def _bare_army(surface: str) -> bool:
    """ "the army", "l'armée", "les forces de sécurité": an army named without its country."""
    words = surface.lower().replace("’", "'").split()
    while words and (words[0] in DEFINITE_DETERMINERS or words[0] in PLURAL_INDEFINITES):
        words = words[1:]  # "l'", "the"; "des soldats" as bare as English "soldiers"
    key = " ".join(words)
    return key.removeprefix("l'") in BARE_ARMY


def _story_military(ctx: ArticleContext) -> Actor | None:
    """The one national armed force named so far in the article, else None."""
    forces = {a.id: a for a in ctx.actors_seen if a.kind == "military" and a.id}
    return next(iter(forces.values())) if len(forces) == 1 else None


def _pronoun_owner(trig: Token, m: Mention, ctx: ArticleContext) -> Actor | None:
    """The state behind a possessive pronoun on a non-violent act ("Iran's transfer of
    missiles and its supply of drones to Russia", "sa livraison d'armes à Moscou"): the last
    state named before, when it is not the act's other party."""
    if not any(
        c.dep_ in {"poss", "det"}
        and c.lower_ in POSSESSIVES - PERSONAL_POSSESSIVES
        and c.i < trig.i
        for c in trig.children
    ):
        return None
    other = _country_of_actor(m.target)
    sent = trig.sent
    start = trig.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for ent in reversed([e for e in trig.doc.ents if start <= e.start and e.end <= trig.i]):
        # the nearest state named before, in this sentence or the one before
        iso = (
            resolvers.resolve_country(ent.text, ctx.lang) if ent.label_ in {"GPE", "LOC"} else None
        )
        if iso and iso != other:
            return resolvers.country_actor(iso)
    for actor in reversed(ctx.actors_seen):
        if actor.kind in STATE_KINDS and actor.country and actor.country != other:
            return actor  # "its supply of drones to Russia": not the recipient
    return None


# "Its forces repelled a Ukrainian attack", "ont repoussé 58 assauts russes": the one who
# repels defends; the author of the assault is the initiator of the clash.
REPEL_VERBS: frozenset[str] = words_any("repel_verbs")


def _repelled(m: Mention, ctx: ArticleContext) -> None:
    """Turn "X repelled Y's assault" around: the assault's author (a demonym or complement
    on the object) is the initiator, the defender the target. Without a stated author the
    defender is the target and the initiator stays unknown (the subject is not the attacker)."""
    obj = _object(m.trigger)
    if obj is None:
        return
    defender = m.initiator
    iso, _adj = demonym_of(obj, ctx)
    author = resolvers.country_actor(iso) if iso else _complement_author(obj, ctx)
    if defender is not None and author is not None and _same_side(defender, author):
        return  # "repelled their own…": misread, keep what the parse said
    _unset(m, "initiator", "target")
    if author is not None:
        _set(m, "initiator", author, f"{ctx.lang}.initiator.repelled_author", [obj])
    if defender is not None:
        _set(m, "target", defender, f"{ctx.lang}.target.defender", [])


def _civilian_victims(trig: Token, lang: str) -> bool:
    """The verb's direct object is people described as civilians ("a bombardé des civils",
    "shelled villagers"), not a named side."""
    obj = _object(trig) if trig.pos_ == "VERB" else None
    if obj is None or obj.pos_ != "NOUN":
        return False
    civilians = word_classes(lang).get("civilian", frozenset())
    return obj.lower_ in civilians or obj.lemma_.lower() in civilians


def _armed_word(tok: Token, lang: str) -> bool:
    """An unnamed fighter noun ("jihadistes", "militants", "gunmen", "rebels")."""
    armed = word_classes(lang).get("armed_actor", frozenset())
    return tok.pos_ == "NOUN" and (tok.lower_ in armed or tok.lemma_.lower() in armed)


# One-sided acts whose victims are people: the state where they are is the target even when
# its own forces did it ("des soldats ont enlevé des villageois"). Other one-sided acts by a
# state's forces at home ("accuse les forces ukrainiennes d'avoir employé des agents toxiques
# dans la région de Zaporijjia") strike the other side, never the author's own state.
PEOPLE_VICTIM_TYPES: frozenset[str] = frozenset(
    {"attack_on_civilians", "abduction", "sexual_violence"}
)


def _own_forces_at_home(m: Mention, struck: str) -> bool:
    one = m.initiator
    return (
        one is not None
        and one.kind in {"military", "state"}
        and one.country == struck
        and m.type not in PEOPLE_VICTIM_TYPES
        and not _civilian_victims(m.trigger, m.trigger.doc.lang_)
    )


def _no_own_state_target(m: Mention) -> None:
    """A state's forces fighting at home ("l'armée soudanaise a bombardé des positions rebelles
    près de Nyala") do not strike their own state: a target read from the place is dropped,
    unless the victims are people named as civilians (GUIDELINES §5) or the act is policing."""
    one, two = m.initiator, m.target
    if (
        m.kind != "attack"
        or one is None
        or two is None
        or one.kind not in {"military", "state"}
        or two.kind != "state"
        or not one.country
        or two.id != one.country.lower()
        or m.type in PEOPLE_VICTIM_TYPES | POLICING_TYPES | CROWD_TYPES
        or _civilian_victims(m.trigger, m.trigger.doc.lang_)
    ):
        return
    LOGGER.debug("dropped own-state target %s of %s", two.id, m.trigger.text)
    _unset(m, "target")


def _same_side(one: Actor, two: Actor) -> bool:
    """Two actors of one side: the same id, or a state and its bodies. An armed group based in
    a country ("les FARDC … une attaque du M23") fights that country's state, so it is another
    side though its country code is the same."""
    if one.id is not None and one.id == two.id:
        return True
    if one.kind in NON_STATE_KINDS or two.kind in NON_STATE_KINDS:
        return False
    return bool(one.country) and one.country == two.country


def _inferred_author(m: Mention) -> bool:
    """The initiator was only inferred from the speaker ("X announced/denounced the delivery"):
    an author the noun states itself ("la livraison par l'Iran") beats it."""
    rules = [p.rule for p in m.provenance if p.field == "initiator"]
    return bool(rules) and rules[-1].endswith((".claims_responsibility", ".announcer"))


def _weapon(tok: Token, ctx: ArticleContext) -> bool:
    return instrument_of(tok, ctx.lex) is not None


SIDE_PRONOUNS: frozenset[str] = words_any("side_pronouns")
# A speaker's own side is only a state, a body of a state, an armed group or a person (a
# newspaper or an NGO reporting "it found" is a witness, not a party).
NOT_A_SIDE: frozenset[str] = frozenset({"media", "ngo"})
# Nouns for one's own forces besides the troop cues ("its forces", "nos forces", "ses unités").
FORCE_NOUNS: frozenset[str] = words_any("force_nouns")


def _speaker_side(m: Mention, ctx: ArticleContext) -> None:
    """ "Israel said it killed…", "the agency said its naval drones had sunk…", "l'armée a
    affirmé avoir tué…", "nos forces ont repris…, a déclaré le ministre": a speaker reporting
    an act of its own side is that act's initiator.

    Only when the event's clause is the complement of the claimant's report verb and its
    subject is a pronoun for the speaker ("it", "il", "nous"), the speaker's own forces or
    weapons ("its troops", "ses drones"), or absent (an infinitive: "affirme avoir abattu").
    Not for passives ("said it had been hit"), findings ("said it had recorded strikes"),
    interceptions ("said it destroyed six drones": the drones' side attacked).
    """
    claimant = m.claimant
    if claimant is not None and claimant.id is None and claimant.surface:
        claimant = national_army(claimant.surface, ctx) or claimant  # "The army said it…"
    if claimant is None:
        quoted = _quoted_we_speaker(m, ctx)
        side = _side_of(quoted, forces=False, plural=True) if quoted is not None else None
        if side is not None:
            m.initiator = None
            _set(m, "initiator", side, f"{ctx.lang}.initiator.quoted_speaker_side", [])
        return
    if claimant is None or claimant.kind in NOT_A_SIDE:
        return
    if claimant.id is None and not claimant.country:
        return
    verb = _event_verb(m.trigger)
    if verb is None or verb.lemma_.lower() in FINDING_VERBS:
        return
    top = verb.head if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} else verb
    report = top.head
    if top.dep_ not in {"ccomp", "xcomp"} or report.i == top.i:
        # inverted attribution: « Nous avons frappé … », a déclaré X — the report verb hangs
        # on the quoted clause
        report = next(
            (
                c
                for c in top.children
                if c.dep_ in {"parataxis", "ccomp"}
                and c.i > top.i
                and c.lemma_.lower() in ctx.lex.speech_verbs
            ),
            top,
        )
        if report.i == top.i:
            return
    if report.lemma_.lower() not in ctx.lex.speech_verbs:
        return
    if any(c.dep_ in {"nsubj:pass", "nsubjpass", "aux:pass", "auxpass"} for c in verb.children):
        return
    obj = _object(verb)
    if obj is not None and instrument_of(obj, ctx.lex) is not None:
        other = {resolvers.demonym_country(t.text, ctx.lang) for t in obj.subtree} - {None}
        if other - {claimant.country}:
            return  # "said it destroyed six Ukrainian boats": the boats' side attacked
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb is not top:
        subj = next((c for c in top.children if c.dep_ == "nsubj"), None)
    side: Actor | None = None
    if subj is None:
        if top.dep_ == "xcomp":  # "a affirmé avoir tué", "claims to have taken"
            side = _side_of(claimant, forces=False, plural=False)
    elif subj.pos_ == "PRON" and subj.lower_ in SIDE_PRONOUNS:
        plural = subj.lower_ in {"they", "we", "ils", "elles", "nous"}
        side = _side_of(claimant, forces=False, plural=plural)
    elif any(c.lower_ in POSSESSIVES for c in subj.children) and (
        subj.lemma_.lower() in ctx.lex.cues_of("troops") | FORCE_NOUNS
        or instrument_of(subj, ctx.lex) is not None
    ):
        side = _side_of(claimant, forces=True, plural=True)
    if side is None:
        return
    if m.target is not None and m.target.country and m.target.country == side.country:
        return  # a speaker does not strike its own side: the clause was misread
    m.initiator = None
    _set(m, "initiator", side, f"{ctx.lang}.initiator.speaker_side", [subj] if subj else [])


FIRST_PERSON_PLURAL: frozenset[str] = words_any("first_person_plural")


def _quoted_we_speaker(m: Mention, ctx: ArticleContext) -> Actor | None:
    """ "« Nous avons frappé … », a déclaré le porte-parole de l'armée israélienne", '"We
    struck …," an Israeli military spokesman said': "we" in a quote is the side of the speaker
    of the report verb that closes the sentence (the quote is that verb's complement)."""
    verb = _event_verb(m.trigger)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in FIRST_PERSON_PLURAL:
        return None
    speaker = _closing_speaker(m.sent, verb.i, ctx)
    actor = actor_from_np(speaker, ctx)[0] if speaker is not None else None
    return actor if actor is not None and actor.country and actor.kind not in NOT_A_SIDE else None


def _side_of(claimant: Actor, *, forces: bool, plural: bool) -> Actor | None:
    """The party a speaker stands for: its armed forces for "its troops", itself otherwise.
    A person is not "it"/"they"; "nous"/"we" from a person is his state."""
    if claimant.kind == "person":
        if plural or forces:
            iso = claimant.country
            if not iso:
                return None
            if forces:
                return resolvers.actor_by_id(f"{iso.lower()}-mil") or resolvers.country_actor(iso)
            return resolvers.country_actor(iso)
        return claimant
    if forces and claimant.country and claimant.kind not in GROUP_KINDS | ARMED_BODIES:
        found = resolvers.actor_by_id(f"{claimant.country.lower()}-mil")
        return found or claimant
    return claimant


# Bodies that have forces and weapons of their own ("the agency said its drones…").
ARMED_BODIES: frozenset[str] = frozenset({"military", "intelligence", "police"})


def _event_verb(trig: Token) -> Token | None:
    """The verb of the clause stating the event: the trigger itself, or the verb its noun
    phrase hangs on ("killed X in a strike", "ont mené une frappe")."""
    if trig.pos_ in {"VERB", "AUX"}:
        return trig
    head = trig.head
    if trig.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "killed X [in [a strike]]"
    elif head.pos_ == "ADV" and head.dep_ == "advmod" and trig.dep_.startswith("obl"):
        head = head.head  # "a éliminé X [lors d'[une frappe]]"
    elif not (trig.dep_ in {"obj", "dobj", "nsubj"} or trig.dep_.startswith("obl")):
        return None  # "à l'issue de plusieurs jours de combats": not the verb's own event
    return head if head.pos_ in {"VERB", "AUX"} and head.i != trig.i else None


def _unset(m: Mention, *field_names: str) -> None:
    """Forget what the rules read so far for these fields, with its provenance (a later rule
    re-reads the parties)."""
    for name in field_names:
        setattr(m, name, None)
    m.provenance = [p for p in m.provenance if p.field not in field_names]


def _set(m: Mention, field_name: str, actor: Actor | None, rule: str, toks: list[Token]) -> None:
    if actor is None or getattr(m, field_name) is not None:
        return
    setattr(m, field_name, actor)
    m.prov(field_name, rule, toks)


def _attack_actors(m: Mention, ctx: ArticleContext) -> None:
    trig, lang = m.trigger, ctx.lang
    if m.munition is not None:
        iso, adj = demonym_of(m.munition, ctx)
        if iso:
            _set(m, "initiator", resolvers.country_actor(iso), f"{lang}.initiator.demonym", [adj])
        for acl in (c for c in m.munition.children if c.dep_ in {"acl", "amod"}):
            agent = _agent(acl)  # "25 missiles tirés par la Russie"
            if agent is not None:
                actor, toks = actor_from_np(agent, ctx)
                _set(m, "initiator", actor, f"{lang}.initiator.agent", toks)
    iso, adj = demonym_of(trig, ctx)
    if iso:
        _set(m, "initiator", resolvers.country_actor(iso), f"{lang}.initiator.demonym", [adj])
    if m.kind == "attack":
        if trig.pos_ in {"VERB", "AUX"}:
            agent = _agent(trig)
            subj = _subject(trig)
            if agent is not None and (
                instrument_of(agent, ctx.lex) is not None
                or ctx.lex.triggers_for(agent.lemma_.lower(), "NOUN")
            ):
                # "attacked by 30 drones", "visé par une attaque de drones": the means, not
                # the author; only a demonym on it says who
                _instrument_owner(m, agent, ctx)
            elif agent is not None:
                actor, toks = actor_from_np(agent, ctx)
                if _sideless(actor) and any(
                    instrument_of(t, ctx.lex) is not None for t in toks if t.i != agent.i
                ):
                    # "hit by an explosive-laden drone boat": a craft named by its weapon is
                    # the means too, not an author with no side
                    _instrument_owner(m, agent, ctx)
                else:
                    _set(m, "initiator", actor, f"{lang}.initiator.agent", toks)
            elif subj is not None and instrument_of(subj, ctx.lex) is None:
                actor, toks = actor_from_np(subj, ctx)
                _set(m, "initiator", actor, f"{lang}.initiator.subject", toks)
                if actor is None or (actor.id is None and _country_of_actor(actor) is None):
                    _instrument_owner(m, subj, ctx)  # "des chasseurs israéliens ont bombardé"
            elif subj is not None:
                _instrument_owner(
                    m, subj, ctx
                )  # "Russian warplanes struck", "les avions russes ont frappé"
            elif agent is None:
                _participle_clause_actors(m, ctx)  # "…, firing 90 drones", "…, tirant 120 missiles"
            obj = m.focus or _object(trig)
            if obj is None and trig.dep_ == "acl" and trig.head.dep_ in SUBJECT_DEPS:
                # "une bombe larguée par un avion russe a endommagé un hôpital": what the
                # dropped munition hit is the target
                obj = _object(trig.head.head)
            if obj is not None:
                actor, toks = _target_actor(obj, ctx)
                _set(m, "target", actor, f"{lang}.target.object", toks)
            if m.target is None:
                _verb_target_prep(m, trig, ctx)  # "a tiré des roquettes sur une base israélienne"
            if m.target is None:
                _passive_target(m, trig, ctx)  # "Kiev a été visée par…", "Kyiv was struck by…"
        else:
            # "attaque de drones sur Moscou", "strike on Kyiv"; "une attaque ... a visé l'Ukraine"
            for child in trig.children:
                cases = {c.lower_ for c in child.children if c.dep_ == "case"}
                if cases & TARGET_PREPS:
                    actor, toks = _target_actor(child, ctx)
                    _set(m, "target", actor, f"{lang}.target.prep", toks)
                if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                    pobj = [c for c in child.children if c.dep_ == "pobj"]
                    if pobj:
                        actor, toks = _target_actor(pobj[0], ctx)
                        _set(m, "target", actor, f"{lang}.target.prep", toks)
                if child.dep_ == "acl" and child.lemma_.lower() in {"viser", "target"}:
                    obj = _object(child)
                    if obj is not None:
                        actor, toks = _target_actor(obj, ctx)
                        _set(m, "target", actor, f"{lang}.target.visant", toks)
            pred = trig.head
            if pred.lemma_.lower() in ctx.lex.cues_of("predicate_target"):
                subj = next((c for c in pred.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
                if subj is not None:
                    actor, toks = _target_actor(subj, ctx)
                    _set(m, "target", actor, f"{lang}.target.predicate_subject", toks)
            if trig.dep_ in SUBJECT_DEPS and trig.head.pos_ in {"VERB", "AUX"}:
                obj = m.focus or _object(trig.head)
                if obj is not None:
                    actor, toks = _target_actor(obj, ctx)
                    _set(m, "target", actor, f"{lang}.target.object", toks)
            _undergone_attack(m, ctx)  # "Kiev a subi une attaque…", "Kyiv came under attack"
            if trig.dep_ in {"obj", "dobj"} and (
                trig.head.lemma_.lower() in ctx.lex.cues_of("light_verb") or _storm_idiom(trig)
            ):
                subj = _subject(trig.head)
                if (
                    subj is None
                    and trig.head.dep_ == "acl"
                    and trig.head.head.pos_ in {"NOUN", "PROPN"}
                ):
                    # "accuse l'armée malienne d'avoir mené une frappe": the noun the clause hangs on
                    subj = trig.head.head
                if subj is not None and instrument_of(subj, ctx.lex) is None:
                    actor, toks = actor_from_np(subj, ctx)
                    if actor is not None and actor.id is not None:
                        _set(m, "initiator", actor, f"{lang}.initiator.light_verb", toks)
                    elif actor is None or _country_of_actor(actor) is None:
                        _instrument_owner(m, subj, ctx)
                elif subj is not None:
                    # "L'aviation israélienne a mené une série de frappes", "Russian warplanes
                    # carried out strikes": the aircraft's nationality is the author
                    _instrument_owner(m, subj, ctx)
    else:
        subj = _subject(trig)
        if subj is not None and instrument_of(subj, ctx.lex) is None and subj.pos_ != "PRON":
            actor, toks = actor_from_np(subj, ctx)
            if actor is not None and _before_launch(trig, ctx):
                _preemptive_strike(m, actor, toks, ctx)
                return
            if actor is not None:
                country = _country_of_actor(actor)
                if country:
                    _set(
                        m,
                        "target",
                        resolvers.country_actor(country),
                        f"{lang}.target.interceptor",
                        toks,
                    )


# "Les shebab ont pris d'assaut un hôtel": the verb of an idiom whose attack noun is a bare
# "de" phrase; its subject is the attacker as with a light verb ("ont mené un assaut").
STORM_IDIOM_VERBS: frozenset[str] = words_any("sides14_storm_idiom_verbs")


def _storm_idiom(trig: Token) -> bool:
    return trig.head.lemma_.lower() in STORM_IDIOM_VERBS and any(
        c.dep_ == "case" and c.lower_.rstrip("'’") in {"d", "de"} for c in trig.children
    )


UNDER_ATTACK_VERBS: frozenset[str] = words_any("under_attack_verbs")


def _undergone_attack(m: Mention, ctx: ArticleContext) -> None:
    """The subject of a verb of undergoing whose object is the attack noun is what was struck:
    "Kiev a subi une attaque de drones", "Odessa a essuyé des frappes", "Kharkiv suffered a
    drone attack", "Kyiv came under attack" (a named place or body only)."""
    trig = m.trigger
    verb: Token | None = None
    if trig.dep_ in {"obj", "dobj"} and trig.head.lemma_.lower() in UNDERGOING_VERBS:
        verb = trig.head
    elif (
        trig.dep_ == "pobj"
        and trig.head.lower_ == "under"
        and trig.head.head.lemma_.lower() in UNDER_ATTACK_VERBS
    ):
        verb = trig.head.head
    if verb is None or m.target is not None:
        return
    subj = _subject(verb)
    if subj is None or (subj.pos_ != "PROPN" and not _is_place(subj)):
        return
    actor, toks = _target_actor(subj, ctx)
    if actor is not None and (actor.id or actor.country):
        _set(m, "target", actor, f"{ctx.lang}.target.undergoer", toks)


def _undergoing_verb(trig: Token) -> Token | None:
    """The verb through which a subject undergoes the attack noun: "came under fire", "a essuyé
    des tirs", "subi une attaque"."""
    if trig.dep_ in {"obj", "dobj"} and trig.head.lemma_.lower() in UNDERGOING_VERBS:
        return trig.head
    if (
        trig.dep_ == "pobj"
        and trig.head.lower_ == "under"
        and trig.head.head.lemma_.lower() in UNDER_ATTACK_VERBS
    ):
        return trig.head.head
    return None


def _fire_author(trig: Token) -> Token | None:
    """Who fired: "under fire from gunmen", "des tirs des FSR", "des tirs de jihadistes"."""
    for child in trig.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            return prep_object(child)
        cases = {c.lower_.rstrip("'’") for c in child.children if c.dep_ == "case"}
        if child.dep_ == "nmod" and cases & {"de", "des", "du", "d"} and not _is_place(child):
            return child
    return None


def _fire_undergone(m: Mention, ctx: ArticleContext) -> None:
    """ "A police patrol came under fire from Hamas fighters", "un convoi de l'armée malienne a
    essuyé des tirs de jihadistes": the subject of the verb of undergoing is the target (a
    body or troops, not only a named place), the one the fire came from the initiator."""
    verb = _undergoing_verb(m.trigger)
    if verb is None:
        return
    subj = _subject(verb)
    target: Actor | None = None
    if subj is not None and (_is_place(subj) or subj.pos_ == "PROPN"):
        subj = None  # "Kharkiv came under attack": a named place, read by _undergone_attack
    if subj is not None and not numberish(subj):
        target, _toks = actor_from_np(subj, ctx)
        if target is not None and _sideless(target) and target.surface:
            target = national_army(target.surface, ctx) or _troop_owner(subj, ctx) or target
    author_tok = _fire_author(m.trigger)
    author = actor_from_np(author_tok, ctx)[0] if author_tok is not None else None
    if target is not None and (target.id or target.country):
        _unset(m, "target")
        _set(
            m, "target", target, f"{ctx.lang}.target.undergoer", [subj] if subj is not None else []
        )
    if author is not None and (author.id or author.country):
        if target is None or not _same_side(author, target):
            _unset(m, "initiator")
            _set(m, "initiator", author, f"{ctx.lang}.initiator.fire_author", [author_tok])


def _troop_owner(subj: Token, ctx: ArticleContext) -> Actor | None:
    """ "une patrouille de l'armée malienne", "a convoy of Malian soldiers": the force named in
    the unit's complement."""
    for child in subj.children:
        if child.dep_ in {"nmod", "prep"}:
            noun = prep_object(child, child)
            actor, _ = actor_from_np(noun, ctx)
            if actor is not None and (actor.id or actor.country) and actor.kind != "unknown":
                return actor
    return None


def _passive_target(m: Mention, trig: Token, ctx: ArticleContext) -> None:
    """The subject of a passive attack verb undergoes it: "Kiev a été visée par une attaque de
    drones russes", "Kyiv was struck by Russian missiles" (a named place or body, never a count
    of people: their side is the place's, read later)."""
    psubj = _passive_subject(trig)
    if psubj is None or instrument_of(psubj, ctx.lex) is not None or numberish(psubj):
        return
    if psubj.pos_ != "PROPN" and not _is_place(psubj):
        return
    actor, toks = _target_actor(psubj, ctx)
    if actor is not None and (actor.id or actor.country):
        _set(m, "target", actor, f"{ctx.lang}.target.passive_subject", toks)


LAUNCH_WORDS: frozenset[str] = words_any("launch_words")
WEAPON_MODIFIER_DEPS: frozenset[str] = frozenset({"amod", "compound", "nmod"})
NOT_YET_WORDS: frozenset[str] = words_any("not_yet_words")


def _before_launch(trig: Token, ctx: ArticleContext) -> bool:
    """ "destroyed three missiles that were prepared to launch", "before they could be
    launched", "détruit deux drones avant leur lancement", "prêts à être lancés": weapons
    destroyed before they flew were struck, not intercepted."""
    for tok in trig.subtree:
        if tok.i == trig.i or tok.lemma_.lower() not in LAUNCH_WORDS:
            continue
        marks = [c for c in tok.children if c.dep_ in {"aux", "mark", "case"}]
        if tok.head.dep_ == "prep":
            marks.append(tok.head)
        if any(c.lower_ in NOT_YET_WORDS for c in marks):
            return True
    return False


def _preemptive_strike(
    m: Mention, destroyer: Actor, toks: list[Token], ctx: ArticleContext
) -> None:
    """A strike on weapons before their launch: the destroyer is its author and the weapons'
    owner ("Houthi missiles", "des drones houthis") its target; an air strike, not an
    interception (the gold's and ACLED's reading of "self-defence strikes")."""
    lang = ctx.lang
    m.type, m.kind = "air_strike", "attack"
    m.prov("type", f"{lang}.type.preemptive_strike")
    m.initiator = None
    if destroyer.id is not None or destroyer.country:
        _set(m, "initiator", destroyer, f"{lang}.initiator.preemptive_striker", toks)
    m.target = None
    weapon = m.focus or m.munition
    if weapon is None:
        return
    # "Houthi anti-ship missiles", "missiles antinavires houthis" (hung on "antinavires")
    mods = [c for c in weapon.children if c.dep_ in WEAPON_MODIFIER_DEPS]
    mods += [g for c in mods for g in c.children if g.dep_ in WEAPON_MODIFIER_DEPS]
    for mod in mods:
        owner = resolve(mod.text, ctx)
        if owner.id is not None and owner.kind not in NOT_A_SIDE:
            _set(m, "target", owner, f"{lang}.target.weapon_owner", [mod])
            return


# The trigger module's rule for a killing typed by its armed author ("tués par l'armée",
# "killed by gunmen"): the mention's trigger is the author's noun.
ARMED_AGENT_RULE = ".trigger.armed_agent:"


def _armed_author(m: Mention, ctx: ArticleContext) -> None:
    """ "Five villagers were killed by the army", "tués par des combattants des FSR": the
    author noun the killing was typed by is the initiator when it names a side (a bare "the
    army" is the one-country story's army)."""
    actor, toks = actor_from_np(m.trigger, ctx)
    home: Actor | None = None
    if actor is not None and _sideless(actor):
        home = national_army(text_of(ctx.doc, toks), ctx)
        actor = home or actor
    if actor is None or (actor.id is None and not actor.country):
        return
    _set(m, "initiator", actor, f"{ctx.lang}.initiator.armed_author", toks)
    if home is not None and home.country and m.type == "attack_on_civilians":
        # a bare "the army" is the army of the story's one country: the civilians it killed
        # are that country's people (GUIDELINES §5, violence that hurts people)
        _set(
            m,
            "target",
            resolvers.country_actor(home.country),
            f"{ctx.lang}.target.own_civilians",
            [],
        )


def _adverbial_participle_host(verb: Token) -> Token | None:
    """The main verb of an adverbial participle or gerund clause with no subject of its own
    ("Russia pounded the grid, firing 90 drones", "Moscou a frappé Kiev, tirant 120 missiles",
    "en tirant"): English and French read its subject from the main clause. None when the
    main clause is passive (its subject underwent the act) or the clause is not adverbial."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    form = verb.morph.get("VerbForm")
    present = "Pres" in verb.morph.get("Tense") or "Prog" in verb.morph.get("Aspect")
    if not (("Part" in form and present) or "Ger" in form or verb.tag_ == "VBG"):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    host = verb.head
    if any(c.dep_ in {"nsubj:pass", "nsubjpass", "aux:pass", "auxpass"} for c in host.children):
        return None
    return host


def _participle_clause_actors(m: Mention, ctx: ArticleContext) -> None:
    """The author of an adverbial participle clause of attack is the main clause's subject;
    when the main verb is itself an attack ("Russia pounded Ukraine's power grid, firing…") its
    object is the target too."""
    host = _adverbial_participle_host(m.trigger)
    if host is None:
        return
    subj = _subject(host)
    if subj is None:
        return
    if instrument_of(subj, ctx.lex) is not None:
        _instrument_owner(m, subj, ctx)  # "Russian drones hit Odesa, killing…"
    else:
        actor, toks = actor_from_np(subj, ctx)
        if actor is not None and (actor.id is not None or actor.country):
            _set(m, "initiator", actor, f"{ctx.lang}.initiator.participle_clause", toks)
    if m.target is not None or not any(
        e.kind in {"attack", "munition_verb"}
        for e in ctx.lex.triggers_for(host.lemma_.lower(), "VERB")
    ):
        return
    obj = _object(host)
    if obj is not None:
        actor, toks = _target_actor(obj, ctx)
        if actor is not None and (actor.id is not None or actor.country):
            _set(m, "target", actor, f"{ctx.lang}.target.participle_clause", toks)


# Acts whose victims' side is their target when the text states the victims' nationality.
VICTIM_TYPES: frozenset[str] = frozenset(
    {"attack_on_civilians", "armed_clash", "suicide_bombing", "explosive_device", "abduction"}
)


def _victims_side(m: Mention, ctx: ArticleContext) -> None:
    """ "Trois soldats sud-africains ont été tués dans l'attaque", "A Filipino sailor was killed
    when a drone hit the ship", "l'attaque a tué deux marins philippins": the killed or wounded
    of the act, named with their nationality, are the struck side."""
    if m.kind == "event" and m.type not in VICTIM_TYPES:
        return
    victims = _casualties_of(m.trigger, ctx)
    if victims is None or victims.pos_ not in {"NOUN", "PROPN"}:
        return
    toks = np_tokens(victims)
    body = _victims_body(victims, ctx)
    if body is not None:
        m.target = None
        _set(m, "target", body, f"{ctx.lang}.target.victims_body", toks)
        return
    stated = {resolvers.demonym_country(t.text, ctx.lang) for t in toks} - {None}
    if not stated:
        _named_victim(m, victims, ctx)
        return
    if len(stated) != 1:
        return  # "neuf Sud-Africains, trois Malawites et un Uruguayen": no one side
    side = _national_troops(victims, ctx)
    if side is None:
        iso = stated_nationality(victims, toks, ctx)
        side = resolvers.country_actor(iso) if iso else None
    if side is None:
        return
    if m.initiator is not None and m.initiator.country == side.country:
        return  # the victims are the author's own: a friendly fire or a misread clause
    m.target = None
    _set(m, "target", side, f"{ctx.lang}.target.victims_side", toks)


NAMED_VICTIM_KINDS: frozenset[str] = frozenset({"person", "armed_group", "military"})


def _named_victim(m: Mention, victims: Token, ctx: ArticleContext) -> None:
    """ "Ismail Haniyeh was killed in an Israeli strike on his residence in Tehran", "le chef du
    Hamas a été tué dans une frappe": a known person (or a body's leader) killed by the act is
    the struck side (docs/extraction.md step 5), not the state whose soil the strike hit."""
    heads = [victims, *(c for c in victims.children if c.dep_ in {"appos", "flat", "flat:name"})]
    for head in heads:
        actor, toks = actor_from_np(head, ctx)
        if actor is None or actor.id is None or actor.kind not in NAMED_VICTIM_KINDS:
            continue
        if not actor.country or (m.initiator is not None and m.initiator.country == actor.country):
            return  # one's own leader killed by one's own side: a misread, no side given
        m.target = None
        _set(m, "target", actor, f"{ctx.lang}.target.named_victim", toks)
        return


# "jets and a helicopter attacked", "des avions de chasse ont bombardé": warplanes with no owner
MILITARY_AIRCRAFT: frozenset[str] = words_any("who_military_aircraft")


def _state_aircraft(m: Mention, ctx: ArticleContext) -> None:
    """Warplanes with no owner named, as the subject of an attack verb, in a story that names
    one state only (a junta against rebels, an army against insurgents): that state's armed
    forces. Two states named, or a demonym on the aircraft left unread: no side given."""
    subj = _subject(m.trigger)
    if subj is None or subj.lemma_.lower() not in MILITARY_AIRCRAFT:
        return
    if any(
        c.dep_ in {"amod", "nmod", "poss", "compound", "nmod:poss"}
        and (c.ent_type_ or resolvers.demonym_country(c.text, ctx.lang))
        for c in subj.children
    ):
        return  # "Russian jets", "les avions de l'armée de l'air syrienne": owner-stated paths
    only = sole_country(ctx) or _story_state(ctx)
    if only is None:
        return
    forces = _institution(only, "mil")
    _set(m, "initiator", forces, f"{ctx.lang}.initiator.state_aircraft", np_tokens(subj))


STATE_BODY_KINDS: frozenset[str] = frozenset({"state", "government", "military", "ministry"})


def _story_state(ctx: ArticleContext) -> str | None:
    """The one state whose bodies (government, army, ministries) the article has named so far
    ("the junta", "the regime", "the military"): only a state flies jets, and a story that
    names no other state's bodies tells of that state's aircraft. Rebels, exiles and
    opposition groups of other countries do not count; a second state's body does."""
    states = {a.country for a in ctx.actors_seen if a.kind in STATE_BODY_KINDS and a.country}
    return next(iter(states)) if len(states) == 1 else None


FALLEN_CLIMB = 3  # steps from a clash noun up to the casualty verb of its sentence


def _fallen_side(m: Mention, ctx: ArticleContext) -> None:
    """ "Au moins cent soldats nord-coréens ont été tués … dans les combats contre l'armée
    ukrainienne", "Dozens of Russian soldiers died in fighting with Ukrainian troops": the
    killed troops of one state are the other side of a clash whose opponent is named."""
    victims = None
    for verb in [m.trigger, *list(m.trigger.ancestors)[:FALLEN_CLIMB]]:
        if verb.i != m.trigger.i and _casualty_verb(verb, ctx):
            victims = _passive_subject(verb) or next(
                (c for c in verb.children if c.dep_ in SUBJECT_DEPS), None
            )
            break
    if victims is None or victims.pos_ not in {"NOUN", "PROPN"}:
        return
    side = _national_troops(victims, ctx)
    if side is None or side.country is None or side.country == m.target.country:  # type: ignore[union-attr]
        return
    _set(m, "initiator", side, f"{ctx.lang}.initiator.fallen_side", np_tokens(victims))


def _clash_sides(m: Mention, ctx: ArticleContext) -> None:
    """ "des affrontements ont éclaté entre l'armée soudanaise et les FSR", "fighting between
    the army and the RSF", "clashes between Armenian and Azerbaijani troops": the two sides of
    the "entre"/"between" phrase on the clash noun or on the verb it is the subject of."""
    trig = m.trigger
    holders = [trig]
    if trig.dep_ in SUBJECT_DEPS and trig.head.pos_ in {"VERB", "AUX"}:
        holders.append(trig.head)
    elif (
        trig.dep_ == "nmod"
        and trig.head.dep_ in SUBJECT_DEPS
        and trig.head.head.pos_ in {"VERB", "AUX"}
        and trig.head.head.lemma_.lower() in OPPOSING_VERBS
    ):
        holders.append(trig.head.head)  # "des échanges de tirs ont opposé X et Y"
    first: Token | None = None
    frontier = list(holders)
    for _depth in range(CLASH_DEPTH):
        # "se poursuivaient dans les quartiers est de la ville entre les FSR et l'armée": the
        # phrase may hang on an oblique of the clause (never inside another clause)
        nxt: list[Token] = []
        for holder in frontier:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ == "between":
                    first = prep_object(child)
                elif any(c.dep_ == "case" and c.lower_ == "entre" for c in child.children):
                    first = child
                elif child.dep_ in OBLIQUE_DEPS:
                    nxt.append(child)
                if first is not None:
                    break
            if first is not None:
                break
        if first is not None:
            break
        frontier = nxt
    second: Token | None = None
    rule = "clash_between"
    if first is None and len(holders) > 1 and holders[1].lemma_.lower() in OPPOSING_VERBS:
        first, second = _opposed(holders[1])
        rule = "clash_opposed"
    if first is None and len(holders) > 1 and holders[1].lemma_.lower() in OPPOSING_VERBS:
        sides = _split_at_and(holders[1], ctx)
    elif first is None or first.pos_ not in {"NOUN", "PROPN"}:
        return
    else:
        sides = _two_sides(first, ctx, second or _broken_conjunct(first))
        if sides is None and rule == "clash_opposed":
            # "ont opposé soldats congolais et rebelles aux abords de l'aéroport": the "aux"
            # phrase was a place; the sides are the object's two halves
            sides = _split_at_and(holders[1], ctx)
    if sides is None:
        return
    (one, t1), (two, t2) = sides
    m.initiator, m.target = None, None
    _set(m, "initiator", one, f"{ctx.lang}.initiator.{rule}", t1)
    _set(m, "target", two, f"{ctx.lang}.target.{rule}", t2)


OPPOSING_VERBS: frozenset[str] = words_any("opposing_verbs")
SIDE_LINKS: frozenset[str] = words_any("side_links")


def _opposed(verb: Token) -> tuple[Token | None, Token | None]:
    """ "ont opposé l'armée aux rebelles", "ont opposé soldats congolais et rebelles", "pitted
    the army against the RSF": the object and the other side (its conjunct, even one the
    parser hung on the object's adjective, or the "à"/"against" phrase)."""
    obj = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"obj", "dobj"} and c.pos_ in {"NOUN", "PROPN"} and not _bare_date(c)
        ),
        None,
    )
    if obj is None:
        return None, None
    for tok in [obj, *(c for c in obj.children if c.dep_ == "amod")]:
        conj = next(
            (c for c in tok.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}), None
        )
        if conj is not None:
            return obj, conj
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in SIDE_LINKS:
            pobj = prep_object(child)
            if pobj is not None:
                return obj, pobj
        if child.dep_ in {"obl", "obl:arg", "obl:mod"} and any(
            c.dep_ == "case" and c.lower_ in SIDE_LINKS for c in child.children
        ):
            return obj, child
    return None, None


def _without_place(
    actor: Actor | None, toks: list[Token], ctx: ArticleContext
) -> tuple[Actor | None, list[Token]]:
    """ "rebelles du M23 près de Goma": a side left unknown because the phrase runs on into
    a place; the words before the place may name it."""
    if not _sideless(actor):
        return actor, toks
    # the last place first: "M23" may be tagged a place too
    for cut in sorted((k for k, t in enumerate(toks) if k and _is_place(t)), reverse=True):
        kept = toks[:cut]
        while kept and kept[-1].pos_ in {"ADP", "ADV", "DET", "PUNCT", "CCONJ"}:
            kept.pop()
        if not kept:
            continue
        named = resolve(text_of(ctx.doc, kept), ctx)
        if named.id is not None:
            return named, kept
    return actor, toks


def _split_at_and(
    verb: Token, ctx: ArticleContext
) -> tuple[tuple[Actor, list[Token]], tuple[Actor, list[Token]]] | None:
    """ "ont opposé mardi soldats congolais et rebelles du M23": bare plurals the parser
    tangled; the object's words on either side of its one "et"/"and" are the two sides."""
    obj = next((c for c in verb.children if c.dep_ in {"obj", "dobj"} and not _bare_date(c)), None)
    if obj is None:
        return None
    toks = [t for t in obj.subtree if t.i >= obj.i]
    ands = [k for k, t in enumerate(toks) if t.lower_ in AND_WORDS]
    if len(ands) != 1:
        return None
    halves = []
    for part in (toks[: ands[0]], toks[ands[0] + 1 :]):
        actor, kept = (
            _without_place(resolve(text_of(ctx.doc, part), ctx), part, ctx) if part else (None, [])
        )
        if actor is not None and actor.id is None:
            actor = _story_insurgent(text_of(ctx.doc, part), ctx) or actor
        if actor is None or actor.id is None:
            return None
        halves.append((actor, kept))
    (one, t1), (two, t2) = halves
    return None if one.id == two.id else ((one, t1), (two, t2))


BARE_INSURGENTS: frozenset[str] = words_any("bare_insurgents")


def _story_insurgent(surface: str, ctx: ArticleContext) -> Actor | None:
    """A bare "rebelles"/"the rebels" as a clash side: the one armed group the story named
    before (M23 in a Goma story), else None (two groups named: unknown)."""
    if surface.lower().replace("’", "'").strip() not in BARE_INSURGENTS:
        return None
    groups = {a.id: a for a in ctx.actors_seen if a.kind == "armed_group" and a.id}
    for ent in ctx.doc.ents:  # also a group only named in passing ("Le M23 progresse")
        if ent.label_ not in NOT_ACTOR_ENTS:  # the tagger may call a group a place (M23)
            named = resolvers.resolve_actor(ent.text, lang=ctx.lang, context=None)
            if named.kind == "armed_group" and named.id:
                groups[named.id] = named
    return next(iter(groups.values())) if len(groups) == 1 else None


def _broken_conjunct(first: Token) -> Token | None:
    """ "Les affrontements entre l'armée soudanaise et les FSR ont fait 20 morts": the parser
    made "les FSR" the verb's subject; the noun right after the "et"/"and" that closes the
    first side is the second side."""
    if any(c.dep_ == "conj" for c in first.children):
        return None
    doc = first.doc
    j = first.right_edge.i + 1
    if j >= len(doc) or doc[j].lower_ not in AND_WORDS:
        return None
    for tok in doc[j + 1 : min(j + 5, len(doc))]:
        if tok.pos_ in {"NOUN", "PROPN"} or (tok.is_upper and len(tok) > 1):
            return tok  # "les FSR" is sometimes tagged a pronoun
        if tok.pos_ not in {"DET", "ADJ"}:
            return None
    return None


CLASH_DEPTH = 3  # obliques crossed from the clash noun's clause to its "entre" phrase
OBLIQUE_DEPS: frozenset[str] = frozenset({"obl", "obl:mod", "obl:arg", "nmod", "prep", "pobj"})


def _two_sides(
    first: Token, ctx: ArticleContext, second: Token | None = None
) -> tuple[tuple[Actor, list[Token]], tuple[Actor, list[Token]]] | None:
    """The two parties of "X et Y" / "X and Y" (``second`` given when the parser did not join
    them), or of "Armenian and Azerbaijani troops" (two demonyms on one noun); None unless
    both are known and on different sides."""
    if second is None:
        second = next((c for c in first.children if c.dep_ == "conj"), None)
    if second is not None and (second.pos_ in {"NOUN", "PROPN"} or second.is_upper):
        one, t1 = actor_from_np(first, ctx)
        two, t2 = actor_from_np(second, ctx)
        t1 = [t for t in t1 if t.i < second.left_edge.i]
        one, t1 = _without_place(one, t1, ctx)
        two, t2 = _without_place(two, t2, ctx)
        # "entre les FSR et l'armée" in a one-country story: that country's army
        if one is not None and _sideless(one):
            one = national_army(text_of(ctx.doc, t1), ctx) or one
        if two is not None and _sideless(two):
            two = national_army(text_of(ctx.doc, t2), ctx) or two
    else:
        adjs = [c for c in first.children if c.dep_ == "amod"]
        adjs += [c for a in adjs for c in a.children if c.dep_ == "conj"]
        isos = [resolvers.demonym_country(a.text, ctx.lang) for a in adjs]
        isos = [i for i in dict.fromkeys(isos) if i]
        if len(isos) != 2:
            return None
        forces = first.lemma_.lower() in ctx.lex.cues_of("troops") | FORCE_NOUNS
        one, two = (resolvers.actor_by_id(f"{iso.lower()}-mil") if forces else None for iso in isos)
        one = one or resolvers.country_actor(isos[0])
        two = two or resolvers.country_actor(isos[1])
        t1 = t2 = [first]
    if one is None or two is None or _sideless(one) or _sideless(two):
        return None
    if (one.country or one.id) == (two.country or two.id) and one.id == two.id:
        return None
    return (one, t1), (two, t2)


VICTIM_BODY_KINDS: frozenset[str] = frozenset({"ngo", "igo", "media", "armed_group", "military"})


def _victims_body(victims: Token, ctx: ArticleContext) -> Actor | None:
    """ "seven aid workers from the charity World Central Kitchen", "sept employés de l'ONG
    …", "two UN staff": the organisation the killed belong to (not a place: "residents of
    Kharkiv" stay the place's)."""
    comps = []
    holders = [victims]
    if victims.dep_ in {"dobj", "obj"}:
        holders.append(victims.head)  # "killed seven aid workers [from the charity …]"
    for child in (c for h in holders for c in h.children):
        if child.dep_ == "prep" and child.lower_ in {"from", "of", "with"}:
            comps += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "nmod" and any(
            c.dep_ == "case" and c.lower_ in GENITIVE_CASES for c in child.children
        ):
            comps.append(child)
    for comp in comps:
        if comp.pos_ not in {"NOUN", "PROPN"}:
            continue  # a place resolves to a state, never to one of the kinds below
        if any(c.dep_ == "conj" for c in comp.children):
            return None  # "soldats de la SADC et de la Monusco": no one body
        actor, _toks = actor_from_np(comp, ctx)
        if actor is not None and actor.id is not None and actor.kind in VICTIM_BODY_KINDS:
            return actor
    return None


def _casualty_verb(verb: Token, ctx: ArticleContext) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and any(
        e.kind == "casualty" for e in ctx.lex.triggers_for(verb.lemma_.lower(), "VERB")
    )


def _casualties_of(trig: Token, ctx: ArticleContext) -> Token | None:
    """The killed or wounded of the act ``trig`` names, when a casualty verb states them:
    the subject of "were killed in/when …", the object of "the attack killed …"."""
    verb = trig.head
    if trig.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "were killed [in [an attack]]"
    if verb.i == trig.i or not _casualty_verb(verb, ctx):
        return None
    if trig.dep_ in SUBJECT_DEPS:
        return _object(verb)  # "l'attaque a tué deux marins philippins"
    if not (trig.dep_.startswith("obl") or trig.dep_ in {"pobj", "advcl", "nmod"}):
        return None
    subj = _passive_subject(verb) or next(
        (c for c in verb.children if c.dep_ == "nsubj"), None
    )  # "ont été tués dans l'attaque", "sont morts dans l'attaque"
    return subj


def _verb_target_prep(m: Mention, verb: Token, ctx: ArticleContext) -> None:
    """ "fired rockets at an Israeli base", "a tiré des missiles contre Kiev": the phrase
    after a target preposition on the attack verb, when it names a state or an actor
    (a bare "sur la route" or "at dawn" names nobody)."""
    for child in verb.children:
        pobj: Token | None = None
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            pobj = prep_object(child)
        elif (
            child.dep_.startswith("obl")
            and {c.lower_ for c in child.children if c.dep_ == "case"} & TARGET_PREPS
        ):
            pobj = child
        if pobj is None or pobj.pos_ not in {"NOUN", "PROPN"}:
            continue
        actor, toks = _target_actor(pobj, ctx)
        if actor is None and pobj.pos_ == "NOUN":
            iso, adj = demonym_of(pobj, ctx)  # "une base israélienne"
            actor = resolvers.country_actor(iso) if iso else None
        if actor is not None and (actor.id is not None or actor.country):
            _set(m, "target", actor, f"{ctx.lang}.target.prep", toks)
            return


def _instrument_owner(m: Mention, subj: Token, ctx: ArticleContext) -> None:
    """An aircraft or weapon subject ("l'aviation israélienne", "Russian warplanes", "les
    avions de guerre russes"): its demonym, on the word or its noun complement, is the author.
    """
    iso, adj = demonym_of(subj, ctx)
    if not iso:
        for child in subj.children:
            if child.dep_ in {"nmod", "compound"} or (
                child.dep_ == "prep" and child.lower_ == "of"
            ):
                inner = [c for c in child.children if c.dep_ == "pobj"] or [child]
                iso, adj = demonym_of(inner[0], ctx)
                if iso:
                    break
    if iso and adj is not None:
        _set(m, "initiator", resolvers.country_actor(iso), f"{ctx.lang}.initiator.aircraft", [adj])
        return
    inner = [g for c in subj.children if c.dep_ == "compound" for g in c.children]
    for child in [*subj.children, *inner]:
        # "a Houthi drone boat", "des drones du Hezbollah": an armed body named on the weapon
        cases = {c.lower_ for c in child.children if c.dep_ == "case"}
        named = (child.dep_ == "compound" and child.pos_ == "PROPN") or (
            child.dep_ == "nmod" and cases & GENITIVE_CASES and child.pos_ in {"PROPN", "NOUN"}
        )
        if not named:
            continue
        owner, toks = actor_from_np(child, ctx)
        if owner is not None and owner.id is not None and owner.kind in AGENT_GENITIVE_ACTOR_KINDS:
            _set(m, "initiator", owner, f"{ctx.lang}.initiator.weapon_owner", toks)
            return


def _target_actor(
    tok: Token, ctx: ArticleContext, *, bodies: bool = False
) -> tuple[Actor | None, list[Token]]:
    """A target noun phrase: a place names its state ("l'Ukraine", "la capitale ukrainienne").
    ``bodies``: an unnamed domestic body or population is kept (the addressee of a speech act:
    "urged residents", "a appelé les syndicats"); for an attack the place's state stands for
    its victims instead."""
    if tok.ent_type_ in NOT_ACTOR_ENTS:
        return None, []  # "on Friday", "sur 24 heures": a time or a number, not a party
    toks = np_tokens(tok)
    flag = flag_or_owner(tok, toks, ctx)  # "a Liberian-flagged container ship"
    if flag and tok.pos_ in {"NOUN", "PROPN"}:
        return resolvers.country_actor(flag), toks
    if tok.lemma_.lower() in DIPLOMAT_NOUNS or tok.lower_ in DIPLOMAT_NOUNS:
        envoy = _diplomat_state(tok, toks, ctx)
        if envoy is not None:
            return envoy, toks
    if instrument_of(tok, ctx.lex) is not None:
        # "a jeté une grenade": the weapon, not a target (nor Grenada); but a vessel or an
        # aircraft of a stated side is that side's ("sank a Russian patrol boat")
        if tok.pos_ == "NOUN" and tok.dep_ in {"obj", "dobj"}:
            isos = {
                resolvers.demonym_country(t.text, ctx.lang)
                for t in toks
                if t.pos_ == "ADJ" and t.head.i in {tok.i, *(c.i for c in tok.children)}
            } - {None}
            if len(isos) == 1:
                return resolvers.country_actor(isos.pop()), toks  # type: ignore[arg-type]
        return None, []
    if tok.pos_ == "PRON":
        actor, atoks = actor_from_np(tok, ctx)
        if actor is not None and actor.id is None and not actor.country:
            return None, []  # "l'a rejetée", "rejected it": a thing, or nobody known
        return actor, atoks
    if tok.ent_type_ in {"PER", "PERSON", "ORG", "NORP"}:
        return actor_from_np(tok, ctx)
    owner = _state_property(tok, ctx)
    if owner is not None:
        return resolvers.country_actor(owner), toks  # "une base française au Tchad"
    held = _site_owner(tok, ctx) or _premises_owner(tok, ctx)
    if held is not None:
        return held, toks  # "des positions des FSR", "RSF positions", "Hezbollah's depots"
    if not _is_place(tok) and any(_is_place(t) for t in toks):
        # "les alliés de Kiev", "the mayor of Kharkiv": a known actor whose name holds a place
        named, ntoks = actor_from_np(tok, ctx)
        if named is not None and named.id is not None:
            return named, ntoks
        if _armed_word(tok, ctx.lang):
            # "des jihadistes près de Ménaka", "militants near Marawi": where the fighters are
            # is no side of theirs; only their own name or nationality would say
            return None, []
    if _is_place(tok) or any(_is_place(t) for t in toks):
        loc = resolvers.locate(text_of(ctx.doc, toks), lang=ctx.lang, context=None)
        if loc is not None and loc.country and namesake_abroad(loc, tok.sent, ctx):
            return None, toks  # "an attack on Solhan" by Burkinabe soldiers: not Turkey's
        if loc is not None and loc.country:
            # "le pont de Crimée": the side that holds the place (GUIDELINES §5)
            return resolvers.country_actor(struck_state(loc) or loc.country), toks
        iso = resolvers.resolve_country(tok.text, ctx.lang)
        if iso:
            return resolvers.country_actor(iso), toks
        # "un hôpital de Kramatorsk", "a market in Kherson": the place inside the phrase
        for name in _proper_names(toks, tok):
            loc = resolvers.locate(name, lang=ctx.lang, context=_place_context(ctx))
            if loc is not None and loc.country:
                return resolvers.country_actor(loc.country), toks
    iso, adj = demonym_of(tok, ctx)
    if iso and tok.pos_ == "NOUN":
        return resolvers.country_actor(iso), toks
    actor, atoks = actor_from_np(tok, ctx)
    if actor is not None and actor.id is None and actor.surface and _bare_army(actor.surface):
        # "a exhorté l'armée à…", "accused the army of…": the story's one national army
        army = national_army(actor.surface, ctx) or _story_military(ctx)
        if army is not None:
            return army, atoks
    if (
        actor is not None
        and actor.id is None
        and not any(t.pos_ == "PROPN" for t in atoks)
        and not (bodies and _addressed_body(actor, ctx.lang))
    ):
        return None, []  # "un immeuble résidentiel": a thing, not an actor
    if _sideless(actor) and tok.lemma_.lower() in SETTLEMENT_NOUNS:
        # "the village of Kupiansk-Vuzlovyi", "la localité de X" that no gazetteer knows: a
        # place, whose state the event's location gives, not an actor named "the village"
        return None, []
    if _sideless(actor) and (
        _is_place(tok)
        or _route_phrase(tok, atoks)
        or _place_name(actor.surface or "", ctx)  # type: ignore[union-attr]
        or any(instrument_of(t, ctx.lex) is not None for t in atoks)  # "missile components"
    ):
        # "la levée du siège d'El Facher", "reopen the Erez crossing", "bloquent les autoroutes
        # A1, A4": a place or a road no gazetteer resolved names no side; an empty side would
        # also stop the later rules (the aid's recipient, the protest's state) from reading one
        return None, []
    return actor, atoks


SETTLEMENT_NOUNS: frozenset[str] = words_any("appositive_settlements")
ROUTE_HEADS: frozenset[str] = words_any("who_route_heads")


def _route_phrase(tok: Token, toks: list[Token]) -> bool:
    """A road, crossing or passage ("the Erez crossing", "le point de passage de Kerem
    Shalom", "l'autoroute A1"), whatever proper name it carries."""
    if tok.lemma_.lower() in ROUTE_HEADS or tok.lower_ in ROUTE_HEADS:
        return True
    words = " ".join(t.lower_ for t in toks if t.i >= tok.i and t.pos_ != "DET")
    return any(words.startswith(head + " ") for head in ROUTE_HEADS if " " in head)


def _place_name(surface: str, ctx: ArticleContext) -> bool:
    """A surface the gazetteer places in a country ("El Facher" the parser tagged a person)."""
    loc = resolvers.locate(surface, lang=ctx.lang, context=None) if surface else None
    return loc is not None and bool(loc.country)


STATE_PROPERTY_NOUNS: frozenset[str] = words_any("state_property_nouns")


def _state_property(tok: Token, ctx: ArticleContext) -> str | None:
    """ISO3 of the state a base, embassy or position belongs to, named by a demonym on it ("une
    base française au Tchad", "the Russian embassy in Kabul", "des positions ukrainiennes"):
    the owner is the struck side, not the state the place lies in."""
    if tok.pos_ != "NOUN" or (
        tok.lemma_.lower() not in STATE_PROPERTY_NOUNS and tok.lower_ not in STATE_PROPERTY_NOUNS
    ):
        return None
    isos = {
        resolvers.demonym_country(c.text, ctx.lang)
        for c in tok.children
        if c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "PROPN", "NOUN"}
    } - {None}
    if len(isos) != 1:
        return None
    return isos.pop()


# "celles du Rwanda", "those of Belgium": a demonstrative standing for a noun named before
PROPERTY_DEMONSTRATIVES: frozenset[str] = words_any("who_property_demonstratives")
OWNER_WINDOW = 8  # tokens after a demonstrative where its owners are named


def _property_owners(trig: Token, ctx: ArticleContext) -> set[str]:
    """The states whose embassies, bases or positions the trigger's sentence names ("l'ambassade
    de France et celles du Rwanda, de la Belgique": FRA, RWA, BEL), by a demonym, a "de"/"of"
    complement, or the places after a demonstrative standing for the noun."""
    sent = trig.sent
    owned = [t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in STATE_PROPERTY_NOUNS]
    if not owned:
        return set()
    names: list[Token] = []
    for noun in owned:
        for child in noun.subtree:
            if child.i != noun.i and child.i <= noun.right_edge.i:
                names.append(child)
    for tok in sent:
        if tok.lower_ in PROPERTY_DEMONSTRATIVES and tok.i > owned[0].i:
            names += list(sent.doc[tok.i + 1 : min(tok.i + 1 + OWNER_WINDOW, sent.end)])
    found: set[str] = set()
    for tok in names:
        iso = resolvers.demonym_country(tok.text, ctx.lang) if tok.pos_ == "ADJ" else None
        if iso is None and _is_place(tok) and tok.pos_ == "PROPN" and _genitive_name(tok):
            ent = _entity_of(tok)
            iso = resolvers.resolve_country(ent.text if ent is not None else tok.text, ctx.lang)
        if iso:
            found.add(iso)
    return found


def _genitive_name(tok: Token) -> bool:
    """ "de France", "of Rwanda" (also a conjunct: "of Rwanda, Belgium"), not "in Mali"."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    for name in {tok, first}:
        if any(c.dep_ == "case" and c.lower_ in GENITIVE_CASES for c in name.children):
            return True
        if name.dep_ == "pobj" and name.head.lower_ == "of":
            return True
    return False


OWNED_SITES: frozenset[str] = words_any("owned_military_sites")
SITE_OWNER_KINDS: frozenset[str] = frozenset({"armed_group", "military"})


def _owner_complement(child: Token, *, names_before: bool) -> Token | None:
    """The word naming who owns a noun, read from one of its children: a genitive complement
    ("des positions des FSR"), an "of" phrase ("the offices of the League") or, when
    ``names_before``, a name before the noun ("RSF positions", "Hamas's tunnels")."""
    if child.dep_ == "nmod":
        cases = {c.lower_ for c in child.children if c.dep_ == "case"}
        return child if cases & GENITIVE_CASES else None
    if child.dep_ == "prep" and child.lower_ == "of":
        return prep_object(child)
    if names_before and child.dep_ in {"compound", "poss"} and child.pos_ == "PROPN":
        return child
    return None


def _site_owner(tok: Token, ctx: ArticleContext) -> Actor | None:
    """The armed side a military site belongs to, named by a complement, a possessor or a name
    before it ("des positions des FSR", "des dépôts d'armes du Hezbollah", "RSF positions",
    "Hamas's tunnels"): the side struck, not the state the site lies in."""
    if tok.pos_ != "NOUN" or not {tok.lemma_.lower(), tok.lower_} & OWNED_SITES:
        return None
    nouns = [tok, *(c for c in tok.children if c.dep_ in {"nmod", "prep"})]
    for noun in nouns:  # "dépôts d'armes du Hezbollah": the owner may hang on the content
        for child in noun.children:
            owner_tok = _owner_complement(child, names_before=noun is tok)
            if owner_tok is None or owner_tok.pos_ not in {"PROPN", "NOUN"}:
                continue
            # only an armed body owns: "les positions de Kherson" names a place, read elsewhere
            actor, _ = actor_from_np(owner_tok, ctx)
            if actor is not None and actor.id is not None and actor.kind in SITE_OWNER_KINDS:
                return actor
    return None


PREMISES_NOUNS: frozenset[str] = words_any("who_premises_nouns")


def _premises_owner(tok: Token, ctx: ArticleContext) -> Actor | None:
    """The known body whose offices a phrase names ("the offices of the ruling Awami League",
    "le siège du Rassemblement national", "les locaux de la CGT"): the side attacked, not the
    state the building stands in. A place in the complement ("le siège d'El Facher") is none."""
    if tok.pos_ != "NOUN" or not {tok.lemma_.lower(), tok.lower_} & PREMISES_NOUNS:
        return None
    for child in tok.children:
        owner_tok = _owner_complement(child, names_before=True)
        if owner_tok is None or owner_tok.pos_ not in {"PROPN", "NOUN"} or _is_place(owner_tok):
            continue
        actor, _ = actor_from_np(owner_tok, ctx)
        if actor is not None and actor.id is not None and actor.kind != "person":
            return actor
    return None


def _addressed_body(actor: Actor, lang: str) -> bool:
    """An unnamed domestic body or population ("les syndicats", "residents", "the
    protesters"): kept as an unknown party so that the event's country can be given to it once
    the place is known (``_fill_after_location``)."""
    surface = actor.surface or actor.name or ""
    return _domestic_role(surface, lang) or _domestic_role(
        surface, lang, wordlist="population_words"
    )


NOT_ACTOR_ENTS: frozenset[str] = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}
)
DIPLOMAT_NOUNS: frozenset[str] = words_any("diplomat_nouns")
HOST_PREPS: frozenset[str] = words_any("host_preps")


def _diplomat_state(tok: Token, toks: list[Token], ctx: ArticleContext) -> Actor | None:
    """ "a convoqué le chargé d'affaires russe", "summoned the French ambassador",
    "l'ambassadeur de France": a diplomat stands for the state he represents; "recalled its
    ambassador to the UN", "rappelle son ambassadeur en Algérie": one's own envoy stands for
    the host he is recalled from."""
    own = any(t.lower_ in POSSESSIVES for t in toks if t.i < tok.i)
    if own:
        for child in tok.children:
            cases = {c.lower_ for c in child.children if c.dep_ == "case"}
            host = child if cases & HOST_PREPS else None
            if child.dep_ == "prep" and child.lower_ in HOST_PREPS:
                host = prep_object(child)
            if host is None or host.pos_ not in {"PROPN", "NOUN"}:
                continue
            actor, _t = actor_from_np(host, ctx)
            if actor is not None and (actor.id is not None or actor.country):
                return actor
            iso = resolvers.resolve_country(text_of(ctx.doc, np_tokens(host)), ctx.lang)
            if iso:
                return resolvers.country_actor(iso)
        return None
    isos = {
        resolvers.demonym_country(t.text, ctx.lang)
        for t in toks
        if t.pos_ == "ADJ" and (t.head.i == tok.i or t.head.head.i == tok.i)
    } - {None}
    for child in tok.children:
        cases = {c.lower_ for c in child.children if c.dep_ == "case"}
        comp = child if cases & {"de", "du", "d'"} and child.pos_ == "PROPN" else None
        if child.dep_ == "prep" and child.lower_ == "of":
            comp = prep_object(child)
        if comp is not None:
            iso = resolvers.resolve_country(text_of(ctx.doc, np_tokens(comp)), ctx.lang)
            if iso:
                isos.add(iso)
    if len(isos) == 1:
        return resolvers.country_actor(isos.pop())  # type: ignore[arg-type]
    return None


def _proper_names(toks: list[Token], head: Token) -> list[str]:
    """The proper names inside a phrase other than its head, each with its flat parts
    ("Kramatorsk" in "un hôpital de Kramatorsk", "Nova Kakhovka")."""
    names = []
    for t in toks:
        if t.i == head.i or t.pos_ != "PROPN" or t.dep_ in {"flat", "flat:name", "compound"}:
            continue
        ent = _entity_of(t)
        if ent is not None and ent.label_ in PLACE_ENTS and len(ent) > 1:
            # "le navire en mer Rouge": the whole name (a sea), not "Rouge" alone
            names.append(ent.text)
            continue
        parts = [t, *(c for c in t.children if c.dep_ in {"flat", "flat:name", "compound"})]
        names.append(" ".join(p.text for p in sorted(parts, key=lambda p: p.i)))
    return list(dict.fromkeys(names))


def _place_context(ctx: ArticleContext) -> object | None:
    return resolvers.place_context(ctx.countries, ctx.admin1_codes)


def _capture_actors(m: Mention, ctx: ArticleContext) -> None:
    trig, lang = m.trigger, ctx.lang
    if trig.pos_ in {"VERB", "AUX"}:
        subj = _subject(trig)
        if subj is not None:
            actor, toks = actor_from_np(subj, ctx)
            _set(m, "initiator", actor, f"{lang}.initiator.subject", toks)


def _event_actors(m: Mention, ctx: ArticleContext, exclude: set[int]) -> None:
    trig, lang = m.trigger, ctx.lang
    if trig.pos_ in {"VERB", "AUX"}:
        inverted = _postposed_speaker(trig, ctx, verbal=m.type in VERBAL_TYPES)
        if inverted is None and m.type in VERBAL_TYPES:
            inverted = _reporter_of_conjunct(trig, ctx)
        subj = inverted or _subject(trig)
        agent = _agent(trig)
        psubj = _passive_subject(trig)
        if subj is None and psubj is not None and _etre_motion(trig):
            subj, psubj = psubj, None  # "où ses soldats sont entrés": active, not passive
        if subj is None and trig.dep_ == "acl" and trig.head.pos_ in {"NOUN", "PROPN"}:
            noun = trig.head
            if any(c.dep_ == "case" for c in noun.children):
                # "Téhéran a de son côté condamné": a misparse under an oblique noun; the
                # subject is the governing verb's.
                subj = _subject(noun.head) if noun.head.pos_ in {"VERB", "AUX"} else None
            elif "Part" in trig.morph.get("VerbForm") and "Past" in trig.morph.get("Tense"):
                # "trois diplomates français expulsés": the noun undergoes the act
                psubj = psubj or noun
            else:
                subj = noun  # "premier dirigeant à se rendre en Ukraine"
        if agent is not None:
            actor, toks = actor_from_np(agent, ctx)
            _set(m, "initiator", actor, f"{lang}.initiator.agent", toks)
            other = next((c for c in agent.children if c.dep_ == "conj"), None)
            if m.type in BILATERAL_TYPES and other is not None and other.pos_ in {"PROPN", "NOUN"}:
                # "paraphé par Vladimir Poutine et Kim Jong Un": the second signatory
                second, stoks = actor_from_np(other, ctx)
                if second is not None and second.id is not None and actor is not None:
                    if (second.country or second.id) != (actor.country or actor.id):
                        _set(m, "target", second, f"{lang}.target.co_agent", stoks)
        if trig.lemma_.lower() in BROKER_VERBS:
            subj = None  # "Turkey brokered a ceasefire between…": the go-between is no party
            _brokered_parties(m, trig, ctx)
        if subj is None and m.type in VERBAL_TYPES:
            host = _participle_host_subject(trig, ctx)
            if host is not None:
                actor, toks = actor_from_np(host, ctx)
                _set(m, "initiator", actor, f"{lang}.initiator.participle_host", toks)
        if subj is not None and (
            subj.i not in exclude or _own_subject(subj, trig) or subj is inverted
        ):  # a reporter performing the speech act it names is its initiator
            head = subj
            if subj.dep_ == "appos" or subj.lemma_.lower() in {"dirigeant", "leader", "premier"}:
                head = subj.head if subj.dep_ == "appos" else subj
            actor, toks = actor_from_np(head, ctx)
            if (
                actor is not None
                and head.ent_type_ not in {"PER", "PERSON"}
                and head.dep_ == "appos"
            ):
                actor, toks = actor_from_np(head.head, ctx)
            if (
                _sideless(actor)
                and head.lemma_.lower() in MEASURE_NOUNS
                and IN_FORCE_VERBS & {trig.lemma_.lower(), head.head.lemma_.lower()}
            ):
                # "L'état d'urgence est entré en vigueur": a measure, not its author, also
                # when a conjoined clause borrows it ("… et le réseau TikTok est suspendu")
                actor = None
            elif _sideless(actor) and head.lemma_.lower() in DECREE_NOUNS:
                actor = _decree_author(head, actor, ctx)
            _set(m, "initiator", actor, f"{lang}.initiator.subject", toks)
        obj = _object(trig) or psubj or _adverb_split_object(trig) or _date_hung_object(trig)
        if inverted is not None and obj is not None and obj.i == inverted.i:
            obj = None
        if inverted is not None and obj is None and m.type == "threaten":
            obj = _quoted_payer(trig)  # « L'Amérique devra payer », a prévenu X
        if obj is None and m.type in ADDRESSEE_TYPES:
            obj = _addressee(trig)
        if obj is None and m.type == "threaten":
            obj = _threatened_dative(trig)  # "promis de faire payer un prix lourd au Hezbollah"
        if obj is None and m.type in {"reject", "demand", "threaten"}:
            # "refusent d'autoriser Kiev à frapper", "vowed to punish Israel": the target is
            # the xcomp's object
            for child in trig.children:
                if child.dep_ == "xcomp":
                    obj = _object(child)
        if (
            obj is not None
            and obj.i in exclude
            and obj.i > trig.i
            and _subject(trig) is None
            and _inverted_report(trig)
        ):
            # « … sans réponse », a averti la porte-parole: an inverted speaker the parser
            # made the object of the report verb is no target
            obj = None
        if obj is not None and obj.pos_ in {"PROPN", "NOUN", "PRON"}:
            if m.type in OWN_FORCE_TYPES:  # one's own troops are not a target
                iso, adj = demonym_of(obj, ctx)
                if iso:
                    _set(
                        m,
                        "initiator",
                        resolvers.country_actor(iso),
                        f"{lang}.initiator.demonym",
                        [adj],
                    )
            elif m.type == "demand" and obj.lemma_.lower() in WITHDRAWAL_NOUNS:
                # "a exigé le retrait des troupes ukrainiennes": asked of the troops' side
                side, stoks = _withdrawing_side(obj, ctx)
                _set(m, "target", side, f"{lang}.target.withdrawing_side", stoks)
            elif m.type in PARTNER_TYPES and _partner_of(obj) is not None:
                pass  # "a rompu ses relations avec Kigali": the partner (below), not the tie
            elif not (m.type in REACTION_TYPES and _physical_event_word(obj, ctx)):
                # "a condamné l'attaque russe contre Kharkiv": the attack's author is the
                # target (``_reaction_target``), not the place it hit
                actor, toks = _target_actor(obj, ctx, bodies=m.type in VERBAL_TYPES)
                if m.type == "other_development" and actor is not None and actor.kind == "state":
                    # "120 000 personnes ont quitté la région de Koursk", "thousands fled
                    # Pokrovsk": the place left is where it happens, not a side it targets
                    actor = None
                _set(m, "target", actor, f"{lang}.target.object", toks)
        for child in trig.children:
            if child.dep_ in {"iobj", "obl:arg", "dative"} and child.pos_ in {
                "PROPN",
                "NOUN",
                "PRON",
            }:
                cases = {c.lower_ for c in child.children if c.dep_ == "case"}
                if m.type == "force_movement" and _is_place(child):
                    continue  # "ont atterri à Niamey": a destination, not a party
                if trig.lemma_.lower() in HOST_VERBS and child.dep_ != "iobj":
                    continue  # "a reçu au palais de l'Élysée": the venue, not the guest
                if _emphatic_pronoun(child):
                    continue  # "le Hezbollah devra quant à lui retirer": the subject again
                if _summons_noun(child):
                    continue  # "à l'appel de la FNSEA": who called for the act, not its target
                if child.lemma_.lower() in COMPASS_PARTS:
                    continue  # "retirer ses combattants au nord du Litani": where, not whom
                if m.type in REACTION_TYPES and _aim_of_event_word(child, trig, ctx):
                    continue  # "s'est indigné des frappes russes contre Kiev": what they hit
                if child.dep_ == "iobj" or cases & {"à", "au", "aux", "to", "contre", "against"}:
                    actor, toks = _target_actor(child, ctx)
                    if m.type in RELEASE_TYPES and actor is not None and actor.kind in GO_BETWEENS:
                        continue  # "remis au CICR", "handed over to the Red Cross": a go-between
                    _set(m, "target", actor, f"{lang}.target.indirect", toks)
        if m.type in PAIR_TYPES:
            _subject_between(m, ctx)  # "le cessez-le-feu entre Israël et le Hezbollah est entré"
        if m.target is None and m.type in PARTNER_TYPES:
            _with_partner(m, [trig, *([obj] if obj is not None else [])], ctx)
        if m.type == "force_movement" and m.initiator is None and psubj is not None:
            _troop_demonym(m, psubj, ctx)
        if m.type == "consult_visit" and trig.lemma_.lower() in HOST_VERBS:
            _host_and_guest(m)
    else:
        # nominal: "l'entretien entre Poutine et Trump", "sanctions contre Moscou"
        _stance_holder(m, ctx)  # "X se dit « indigné » par…", "X is outraged by…"
        people: list[Token] = []
        partner: Token | None = None
        for child in trig.children:
            cases = {c.lower_ for c in child.children if c.dep_ == "case"}
            if cases & {"entre", "between"}:
                people = [child, *[c for c in child.children if c.dep_ == "conj"]]
            elif cases & {"avec", "with"}:
                # "une discussion avec Kiev": one party only, the other is the one who holds it
                if any(c.dep_ == "conj" for c in child.children):
                    people = [child, *[c for c in child.children if c.dep_ == "conj"]]
                elif partner is None:
                    partner = child
            if child.dep_ == "prep" and child.lower_ == "with" and partner is None and not people:
                partner = prep_object(child)
            if child.dep_ == "prep" and child.lower_ == "between" and not people:
                # "a ceasefire between the junta and the alliance": English hangs the sides on
                # a preposition
                pobj = prep_object(child)
                if pobj is not None:
                    people = [pobj, *[c for c in pobj.children if c.dep_ == "conj"]]
            if cases & {"contre", "against", "à", "to", "sur", "on"} and m.target is None:
                actor, toks = _target_actor(child, ctx)
                _set(m, "target", actor, f"{lang}.target.prep", toks)
            if child.dep_ == "prep" and child.lower_ in {"against", "on"} and m.target is None:
                pobj = prep_object(child)
                if pobj is not None:  # "sanctions on members of the RSF"
                    actor, toks = _target_actor(pobj, ctx)
                    _set(m, "target", actor, f"{lang}.target.prep", toks)
        if not people and partner is not None and partner.pos_ in {"PROPN", "NOUN"}:
            _partnered(m, partner, ctx)
        if (
            not people
            and not m.participants
            and m.type
            and (m.type.startswith("consult") or m.type == "agreement")
        ):
            people = _stray_between(trig)
        for tok in people:
            actor, _toks = actor_from_np(tok, ctx)
            if actor is not None:
                m.participants.append(actor)
        if m.participants and people:
            _set(m, "initiator", m.participants[0], f"{lang}.initiator.participant", [people[0]])
            if len(m.participants) > 1:
                _set(m, "target", m.participants[1], f"{lang}.target.participant", [people[1]])
        iso, adj = demonym_of(trig, ctx)
        if iso:
            _set(m, "initiator", resolvers.country_actor(iso), f"{lang}.initiator.demonym", [adj])
        noun, head = trig, trig.head
        if (
            trig.dep_ in {"nmod", "pobj"}
            and head.dep_ in {"obj", "dobj", "prep"}
            and (head.dep_ != "prep" or head.lower_ == "of")
        ):
            # "adopte un paquet de sanctions", "announced a package of sanctions" (not
            # "sanctions over its supply of drones": a cause, with its own author)
            container = head.head if head.dep_ == "prep" else head
            if container.dep_ in {"obj", "dobj"} and container.pos_ == "NOUN":
                noun, head = container, container.head
        if (
            noun.dep_ in {"obj", "dobj"}
            and head.pos_ == "VERB"
            and head.lemma_.lower() not in ctx.lex.speech_verbs
            and head.lemma_.lower() not in FINDING_VERBS
        ):
            subj = _subject(head)  # "L'UE a adopté de nouvelles sanctions"
            if head.lemma_.lower() in BROKER_VERBS:
                subj = None  # "China brokered a ceasefire": the go-between is not a party
            if subj is not None and _physical_event_word(subj, ctx):
                subj = None  # "The killing of X drew condemnation": an event, not a side
            if subj is not None and subj.i not in exclude:
                actor, toks = actor_from_np(subj, ctx)
                if head.lemma_.lower() in UNDERGOING_VERBS:
                    # "Israel will receive its punishment", "la Russie subira des sanctions":
                    # the subject undergoes the act; its author is the speaker (claims)
                    _set(m, "target", actor, f"{lang}.target.undergoer", toks)
                else:
                    _set(m, "initiator", actor, f"{lang}.initiator.governing_subject", toks)
    if m.type in REACTION_TYPES and m.target is None:
        _reaction_target(m, ctx)
    if m.type == "threaten" and m.target is None:
        _retaliation_target(m, ctx)
    if m.type in ANSWER_TYPES and m.target is None:
        _proposal_author(m, ctx)
    if m.type in {"aid_delivery", "aid_pledge"}:
        _aid_recipient(m, ctx)
    if m.type == "retreat" and m.target is None:
        _withdrawn_from(m, ctx)
    if m.type and m.type.startswith("consult") and m.target is None:
        _consult_partner(m, ctx)
    if (
        m.type == "consult_visit"
        and m.target is None
        and m.location is not None
        and m.location.country
    ):
        m.target = resolvers.country_actor(m.location.country)
        m.prov("target", f"{lang}.target.visited_country")


PARTNER_CLIMB = 3  # steps from a "with" noun up to the verb whose subject holds the talks


def _partnered(m: Mention, partner: Token, ctx: ArticleContext) -> None:
    """ "toute discussion avec Kiev", "un entretien avec Vladimir Poutine", "talks with Iran":
    the "with" party is the other side (target); the side holding the talks is the subject of
    the noun (a misparsed verb: "Le Kremlin dément toute discussion") or of the verb the noun
    hangs on ("il aborderait la question lors d'un entretien avec …")."""
    if _in_role(partner):
        return
    actor, toks = _target_actor(partner, ctx)
    if actor is None or (actor.id is None and not actor.country):
        return
    m.participants.append(actor)
    _set(m, "target", actor, f"{ctx.lang}.target.partner", toks)
    holder = _talks_holder(m.trigger)
    if holder is None:
        return
    own, htoks = actor_from_np(holder, ctx)
    if own is None or (own.id is None and not own.country):
        return
    if (own.id or own.country) in {actor.id, actor.country}:
        return  # the same side twice: the clause was misread
    _set(m, "initiator", own, f"{ctx.lang}.initiator.talks_holder", htoks)


ROLE_PREPS: frozenset[str] = words_any("role_preps")


def _in_role(tok: Token) -> bool:
    """ "avec l'Arabie saoudite comme coparrain", "with Qatar as mediator": a party named in a
    role (a co-sponsor, a guarantor) is not the other side."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ROLE_PREPS:
            return True
        if any(c.dep_ == "case" and c.lower_ in ROLE_PREPS for c in child.children):
            return True
    return False


def _talks_holder(trig: Token) -> Token | None:
    if not any(c.dep_ == "cop" for c in trig.children):
        subj = next((c for c in trig.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        if subj is not None and subj.pos_ in {"PROPN", "NOUN", "PRON"}:
            return subj
    if trig.dep_ in SUBJECT_DEPS:
        return None  # "talks with Iran resumed": the noun is the clause's own subject
    tok = trig
    for _step in range(PARTNER_CLIMB):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return _subject(tok)
    return None


WITHDRAWAL_NOUNS: frozenset[str] = words_any("withdrawal_nouns")


def _withdrawing_side(noun: Token, ctx: ArticleContext) -> tuple[Actor | None, list[Token]]:
    """The side whose forces a withdrawal noun names ("le retrait des troupes ukrainiennes",
    "the withdrawal of Russian forces", "the pullout of Wagner fighters"); None when the
    complement is not a force of a stated side (the region it leaves is no party)."""
    children = list(noun.children)
    if not any(c.dep_ in {"nmod", "prep"} for c in children):
        # "le départ sous un mois des forces françaises": the parser hung the complement on
        # the time phrase that splits it from its noun
        children = [
            g
            for c in noun.head.children
            if c.i > noun.i and c.dep_.startswith("obl")
            for g in c.children
            if g.dep_ == "nmod"
        ]
    for child in children:
        comp: Token | None = None
        if child.dep_ == "nmod" and any(
            c.dep_ == "case" and c.lower_ in GENITIVE_CASES for c in child.children
        ):
            comp = child
        elif child.dep_ == "prep" and child.lower_ == "of":
            comp = prep_object(child)
        if comp is None or comp.pos_ not in {"NOUN", "PROPN"}:
            continue
        forces = _national_troops(comp, ctx) or _member_of(comp, ctx) or _unit_of(comp, ctx)
        if forces is not None:
            return forces, np_tokens(comp)
        return None, []  # the first complement is what withdraws; nothing known of it
    return None, []


EMPHATIC_LEADS: frozenset[str] = words_any("emphatic_pronoun_leads")


def _emphatic_pronoun(tok: Token) -> bool:
    """ "quant à lui", "as for him": a pronoun that repeats the subject, not a party."""
    if tok.pos_ != "PRON" or tok.i < 2:
        return False
    lead = tok.doc[tok.i - 2 : tok.i].text.lower().replace("’", "'")
    return lead in EMPHATIC_LEADS


def _threatened_dative(verb: Token) -> Token | None:
    """The one made to pay in a threat's complement: "a promis de faire payer un prix au
    Hezbollah", "vowed to make Israel pay" (the dative or the object, two verbs down)."""
    frontier = [c for c in verb.children if c.dep_ == "xcomp"]
    for _depth in range(2):
        nxt: list[Token] = []
        for comp in frontier:
            for child in comp.children:
                cases = {c.lower_ for c in child.children if c.dep_ == "case"}
                if child.pos_ in {"PROPN", "NOUN"} and (
                    child.dep_ in {"iobj", "dative"}
                    or (child.dep_.startswith("obl") and cases & {"à", "au", "aux"})
                ):
                    return child
                if child.dep_ in {"obj", "dobj"} and child.pos_ == "PROPN":
                    return child
                if child.dep_ in {"obj", "dobj"}:
                    # "payer un prix lourd au Hamas": the dative misread as the price's
                    for sub in child.children:
                        sub_cases = {c.lower_ for c in sub.children if c.dep_ == "case"}
                        if sub.pos_ == "PROPN" and sub_cases & {"à", "au", "aux"}:
                            return sub
                if child.dep_ in {"xcomp", "ccomp"}:
                    nxt.append(child)
        frontier = nxt
    return None


def _retaliation_target(m: Mention, ctx: ArticleContext) -> None:
    """A threat of reprisal with no one named ("Moscou a promis une riposte", "Iran vows
    revenge"): aimed at the author of the latest act the text told against the threatener's
    side. Only when one side is named for such acts (else the target is not guessed)."""
    side = _country_of_actor(m.initiator) or (m.initiator.id if m.initiator else None)
    if not side:
        return
    authors = [
        author
        for _etype, author, target in ctx.hostile_acts
        if target is not None
        and side in {target.country, target.id}
        and (author.country or author.id) != side
    ]
    if len({a.country or a.id for a in authors}) == 1:
        _set(m, "target", authors[-1], f"{ctx.lang}.target.retaliation", [])


# Non-violent acts a threat of reprisal answers (words — a condemnation — are not among them).
HOSTILE_ACT_TYPES: frozenset[str] = frozenset(
    {"sanction", "expel", "arrest", "abduction", "coerce", "weapons_seized"}
)


# Acts on a tie with another party: "ended its defence agreement with France", "suspend
# sa coopération avec Kiev", "paused intelligence sharing with Kyiv" — the party is the target.
PARTNER_TYPES: frozenset[str] = frozenset(
    {"sanction", "cooperate", "agreement", "reject", "concede", "aid_delivery", "aid_pledge"}
)


# Hostages and prisoners handed over to a humanitarian body or an international organisation
# reach their side through it: the body is no party.
RELEASE_TYPES: frozenset[str] = frozenset({"release"})
GO_BETWEENS: frozenset[str] = frozenset({"ngo", "igo"})


HOST_VERBS: frozenset[str] = words_any("host_verbs")


def _host_and_guest(m: Mention) -> None:
    """ "Le président a reçu son homologue ukrainien", "Tokyo hosted the Indian prime minister":
    a visit is the visitor's act (GUIDELINES §5), so the received guest is the initiator and the
    host the target — the reverse of the verb's subject and object."""
    subj, obj = m.initiator, m.target
    rules = {p.field: p.rule for p in m.provenance if p.field in {"initiator", "target"}}
    if subj is None or not rules.get("initiator", "").endswith(".subject"):
        return
    lang = "fr" if m.rule.startswith("fr.") else "en"
    if obj is not None and not rules.get("target", "").endswith(".object"):
        return
    # no guest read: the host is still the target, the visitor unknown
    m.initiator, m.target = obj, subj
    if obj is not None:
        m.prov("initiator", f"{lang}.initiator.guest")
    m.prov("target", f"{lang}.target.host")


def _partner_of(noun: Token) -> Token | None:
    """The "with"/"avec" complement of a noun ("ses relations avec Kigali", "its agreement with
    France"), when it names someone (not "avec prudence")."""
    for child in noun.children:
        partner: Token | None = None
        if child.dep_ == "prep" and child.lower_ == "with":
            partner = prep_object(child)
        elif any(c.dep_ == "case" and c.lower_ == "avec" for c in child.children):
            partner = child
        if partner is not None and partner.pos_ == "PROPN" and not _in_role(partner):
            return partner
    return None


def _with_partner(m: Mention, heads: list[Token], ctx: ArticleContext) -> None:
    """The state or body in a "with"/"avec" phrase on the verb or on its object (or the
    object's conjuncts: "military aid and intelligence sharing with Kyiv")."""
    pool: list[Token] = []
    for head in heads:
        pool.append(head)
        pool += [c for c in head.children if c.dep_ == "conj"]
    for noun in pool:
        for child in noun.children:
            partner: Token | None = None
            if child.dep_ == "prep" and child.lower_ == "with":
                partner = prep_object(child)
            elif child.dep_ in {"nmod", "obl", "obl:mod", "obl:arg"} and any(
                c.dep_ == "case" and c.lower_ == "avec" for c in child.children
            ):
                partner = child
            if partner is None or partner.pos_ not in {"PROPN", "NOUN"} or _in_role(partner):
                continue
            actor, toks = _target_actor(partner, ctx)
            if actor is not None and (actor.id is not None or actor.country):
                if m.initiator is not None and actor.id == m.initiator.id:
                    continue
                _set(m, "target", actor, f"{ctx.lang}.target.partner", toks)
                return


def _withdrawn_from(m: Mention, ctx: ArticleContext) -> None:
    """ "the withdrawal of 1,000 troops from Chad", "retire ses soldats du Niger": the state
    left is the other party. Only a country name (a town left is a place, not a party)."""
    trig = m.trigger
    nouns = [trig, *(c for c in trig.children if c.dep_ in {"obj", "dobj", "nmod"})]
    nouns += [p for c in trig.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    for noun in nouns:
        for child in noun.children:
            place: Token | None = None
            if child.dep_ == "prep" and child.lower_ == "from":
                place = prep_object(child)
            elif any(c.dep_ == "case" and c.lower_ in {"de", "du", "d'"} for c in child.children):
                place = child if child.pos_ == "PROPN" and child.i > noun.i else None
            if place is None:
                continue
            iso = resolvers.resolve_country(text_of(ctx.doc, np_tokens(place)), ctx.lang)
            if iso and (m.initiator is None or m.initiator.country != iso):
                _set(m, "target", resolvers.country_actor(iso), f"{ctx.lang}.target.left", [place])
                return


# Acts of two sides told by a noun with "entre X et Y" as the verb's subject.
BROKER_VERBS: frozenset[str] = words_any("broker_verbs")
PAIR_TYPES: frozenset[str] = frozenset(
    {"concede", "agreement", "cooperate", "consult_meeting", "consult_phone"}
)


def _subject_between(m: Mention, ctx: ArticleContext) -> None:
    """ "Le cessez-le-feu entre Israël et le Hezbollah est entré en vigueur", "talks between
    Kyiv and Moscow resumed": the two sides of the subject's "entre"/"between" phrase are the
    initiator and the target (the parser often makes the second side the verb's subject)."""
    trig = m.trigger
    sides: list[Token] = []
    for tok in trig.doc[trig.sent.start : trig.i]:
        if tok.lower_ in {"entre", "between"}:
            first = tok.head if tok.dep_ == "case" else prep_object(tok)
            if first is None or first.pos_ not in {"PROPN", "NOUN"}:
                return
            second = next((c for c in first.children if c.dep_ == "conj"), None)
            if second is None:
                # "entre Israël et le Hezbollah est entré": the conjunct hung on the verb
                after = [t for t in trig.doc[first.i + 1 : trig.i] if t.lower_ in AND_WORDS]
                if after:
                    second = next(
                        (
                            t
                            for t in trig.doc[after[0].i + 1 : trig.i]
                            if t.pos_ in {"PROPN", "NOUN"}
                        ),
                        None,
                    )
            sides = [first, second] if second is not None else []
            break
    if len(sides) != 2:
        return
    one, _t1 = actor_from_np(sides[0], ctx)
    two, _t2 = actor_from_np(sides[1], ctx)
    if one is None or two is None or not (one.country or one.id) or not (two.country or two.id):
        return
    if (
        m.initiator is not None
        and not _sideless(m.initiator)
        and m.initiator.id not in {one.id, two.id}
    ):
        return  # a subject of its own ("Qatar announced a truce between ...")
    m.initiator, m.target = one, two
    m.prov("initiator", f"{ctx.lang}.initiator.between", [sides[0]])
    m.prov("target", f"{ctx.lang}.target.between", [sides[1]])


def _participle_host_subject(trig: Token, ctx: ArticleContext) -> Token | None:
    """The subject of the clause a participial adjunct hangs on: "Israel recalled its
    ambassador, accusing the Secretary-General…", "Moscou a expulsé deux diplomates, accusant
    Berlin…"; when that clause is passive and reported ("the ministry said officers had been
    hurt, accusing protesters…") or an incise reporter stands right before the participle
    ("…, Cleverly said, accusing Moscow…"), the reporter's."""
    if trig.dep_ != "advcl" or trig.head.pos_ not in {"VERB", "AUX"}:
        return None
    present = trig.tag_ == "VBG" or (
        "Part" in trig.morph.get("VerbForm") and "Pres" in trig.morph.get("Tense")
    )
    before = trig.doc[trig.i - 1] if trig.i > 0 else None
    if not present or before is None or before.text != ",":
        return None
    head = trig.head
    incise = [
        c
        for c in head.children
        if c.dep_ in {"parataxis", "ccomp"}
        and c.i < trig.i
        and c.lemma_.lower() in ctx.lex.speech_verbs
    ]
    if incise:
        head = incise[-1]
    for _ in range(2):
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if head.dep_ == "conj" and head.head.dep_ == "ccomp":
            head = head.head  # "said 293 were detained and that 143 officers had been injured"
        if head.dep_ != "ccomp" or head.head.pos_ not in {"VERB", "AUX"}:
            return None
        head = head.head
    return None


def _brokered_parties(m: Mention, verb: Token, ctx: ArticleContext) -> None:
    """The sides of a brokered act: the "between X and Y"/"entre X et Y" phrase of its object
    ("brokered a ceasefire between Russia and Ukraine"); none named, none guessed."""
    for tok in verb.subtree:
        if tok.lower_ not in BETWEEN_WORDS or tok.pos_ != "ADP":
            continue
        first = prep_object(tok) if tok.dep_ == "prep" else tok.head
        if first is None or first.pos_ not in {"PROPN", "NOUN"}:
            continue
        second = next((c for c in first.children if c.dep_ == "conj"), None)
        if second is None:
            continue
        one, t1 = actor_from_np(first, ctx)
        two, t2 = actor_from_np(second, ctx)
        one, two = _story_seat(one, ctx), _story_seat(two, ctx)
        if (
            one is not None
            and two is not None
            and (one.country or one.id)
            and (two.country or two.id)
            and (one.id or one.country) != (two.id or two.country)
        ):
            _set(m, "initiator", one, f"{ctx.lang}.initiator.brokered_side", t1)
            _set(m, "target", two, f"{ctx.lang}.target.brokered_side", t2)
        return


def _story_seat(actor: Actor | None, ctx: ArticleContext) -> Actor | None:
    """ "the junta", "le régime", "the army" left unresolved in a story with no clear home:
    the body of the one state whose bodies the article has named (``_story_state``)."""
    if not _sideless(actor):
        return actor
    state = _story_state(ctx)
    if state is None:
        return actor
    again = resolvers.resolve_actor(
        actor.surface or "",
        lang=ctx.lang,
        context=actor_context(ctx, home=state),  # type: ignore[union-attr]
    )
    return again if again.id is not None and again.country == state else actor


def _stray_between(trig: Token) -> list[Token]:
    """ "l'entretien téléphonique entre Poutine et Tiani": the parser may hang the "entre"
    phrase on the verb; it still belongs to the meeting noun right before it."""
    right = max(t.i for t in trig.subtree)
    for tok in trig.doc[right + 1 : min(right + 2, trig.sent.end)]:
        if tok.lower_ in {"entre", "between"} and tok.head.pos_ in {"NOUN", "PROPN"}:
            head = tok.head if tok.dep_ == "case" else None
            if tok.dep_ == "prep":
                head = prep_object(tok)
            if head is not None:
                return [head, *(c for c in head.children if c.dep_ == "conj")]
    return []


def _aid_recipient(m: Mention, ctx: ArticleContext) -> None:
    """ "les six milliards de dollars dédiés à l'Ukraine": the recipient is the "à"/"to" place;
    "sent Ukraine missiles": a bare name right after the verb, before its object."""
    if m.target is not None and m.target.id is not None:
        return
    trig = m.trigger
    obj = _object(trig) if trig.pos_ == "VERB" else None
    if obj is not None and trig.i + 1 < obj.i and trig.i + 1 < len(ctx.doc):
        first = ctx.doc[trig.i + 1]
        if first.pos_ == "PROPN" and not any(c.dep_ in {"case", "prep"} for c in first.children):
            iso = resolvers.resolve_country(first.text, ctx.lang)
            named = resolvers.country_actor(iso) if iso else None
            if named is not None:
                m.target = None
                _set(m, "target", named, f"{ctx.lang}.target.recipient", [first])
                return
    pool = list(trig.subtree)
    if trig.dep_ in {"obj", "dobj"}:
        pool += [t for t in trig.head.subtree if t.i not in {p.i for p in pool}]
    for (
        tok
    ) in pool:  # "destinés à l'Ukraine" is a participle clause; "… pour l'Ukraine" on the verb
        cases = {c.lower_ for c in tok.children if c.dep_ in {"case", "prep"}}
        if tok.dep_ == "pobj" and tok.head.lower_ in {"to", "for"}:
            cases.add(tok.head.lower_)
        if cases & {"à", "au", "aux", "to", "for", "pour"} and (
            _is_place(tok) or tok.ent_type_ == "ORG"
        ):
            actor, toks = _target_actor(tok, ctx)
            if actor is not None:
                m.target = None
                _set(m, "target", actor, f"{ctx.lang}.target.recipient", toks)
                return


def _consult_partner(m: Mention, ctx: ArticleContext) -> None:
    """ "s'est entretenu avec X" / "spoke with X": the other participant."""
    for child in m.trigger.children:
        cases = {c.lower_ for c in child.children if c.dep_ == "case"}
        pobj = child
        if child.dep_ == "prep" and child.lower_ in {"with", "to"}:
            found = [c for c in child.children if c.dep_ == "pobj"]
            if not found:
                continue
            pobj, cases = found[0], {child.lower_}
        if cases & {"avec", "with", "à", "to"} and pobj.pos_ in {"PROPN", "NOUN"}:
            if _in_role(pobj):
                continue
            actor, toks = actor_from_np(pobj, ctx)
            if actor is not None:
                m.participants.append(actor)
                _set(m, "target", actor, f"{ctx.lang}.target.partner", toks)
                return


def _troop_demonym(m: Mention, noun: Token, ctx: ArticleContext) -> None:
    for tok in noun.subtree:
        iso, adj = demonym_of(tok, ctx)
        if iso:
            _set(
                m, "initiator", resolvers.country_actor(iso), f"{ctx.lang}.initiator.demonym", [adj]
            )
            return


def fill_force_subject(m: Mention, ctx: ArticleContext) -> None:
    """ "des milliers de soldats nord-coréens sont, selon Kiev, déployés": a misparsed subject.

    The parser often hangs the participle off the nearest noun; the troops are then the
    nearest troop noun to the left of the trigger in the sentence.
    """
    if m.type != "force_movement" or m.initiator is not None:
        return
    troops = ctx.lex.cues_of("troops")
    for tok in reversed(list(m.sent)):
        if tok.i < m.trigger.i and tok.lemma_.lower() in troops:
            _troop_demonym(m, tok, ctx)
            if tok.i not in {t.i for t in m.scope}:
                m.scope = sorted([*m.scope, *tok.head.subtree], key=lambda t: t.i)
                m.scope = list({t.i: t for t in m.scope}.values())
            return


# -- after the location is known -----------------------------------------------------------

# Events of public order: the crowd is the place's population, the force its police.
CROWD_TYPES: frozenset[str] = frozenset({"peaceful_protest", "riot", "labour_strike"})
POLICING_TYPES: frozenset[str] = frozenset({"protest_with_intervention", "excessive_force"})
ATTACK_KINDS: frozenset[str] = frozenset({"attack", "intercept", "capture"})
# A foreign force leaving or handing over a place: the state hosting it is the other party.
HANDOVER_TYPES: frozenset[str] = frozenset({"territory_transferred", "retreat"})
# One-sided violence against people or property of the place: "residents", "a school" are the
# place's population, whose state is the target when no group is named.
ONE_SIDED_TYPES: frozenset[str] = frozenset(
    {
        "attack_on_civilians",
        "abduction",
        "sexual_violence",
        "property_destruction",
        "explosive_device",
        "grenade_attack",
        "suicide_bombing",
        "chemical_attack",
    }
)


DENIED_RESPONSIBILITY_NOUNS: frozenset[str] = words_any("denied_responsibility_nouns")


def denier_as_author(m: Mention) -> None:
    """ "Russia denied responsibility for the strike", "a nié toute implication dans
    l'attaque": a denied attack whose author is unnamed was imputed to the denier, who is its
    initiator (GUIDELINES §6: the denier of its own act). Runs once the status is known."""
    if m.kind != "attack" or m.status != "denied" or m.initiator is not None or m.claimant is None:
        return
    head = m.trigger.head  # English "for" (the strike hangs on it); UD: the noun itself
    noun = head.head if head.pos_ == "ADP" else head
    if noun.lemma_.lower() not in DENIED_RESPONSIBILITY_NOUNS:
        return
    m.initiator = m.claimant
    m.prov("initiator", "denier_as_author", [noun])


BLAME_FOR_VERBS: frozenset[str] = words_any("blame_for_verbs")


def blamed_author(m: Mention, ctx: ArticleContext) -> None:
    """The party an attack is blamed on is its author, as the blamer claims it ("Ukraine
    blamed Russia for the strike", "the strike, which Kyiv blamed on Moscow", "Kiev a imputé la
    frappe à la Russie"). An act told only as the blame's object is the blamer's claim. Runs
    once the status is known (after ``modality.assess``)."""
    if m.kind != "attack" or m.initiator is not None:
        return
    trig = m.trigger
    blamed: Token | None = None
    blamer: Token | None = None  # only where the act is told as the blame's object
    if (
        trig.dep_ == "pobj"
        and trig.head.lower_ == "for"
        and trig.head.head.lemma_.lower() in BLAME_FOR_VERBS
    ):
        verb = trig.head.head
        blamed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        blamer = _subject(verb)
    elif (verb := next((c for c in trig.children if c.dep_ in {"relcl", "acl:relcl"}), None)) and (
        verb.lemma_.lower() in BLAME_FOR_VERBS
    ):
        on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        blamed = prep_object(on) if on else None
    elif trig.dep_ == "obj" and trig.head.lemma_.lower() in BLAME_FOR_VERBS:
        blamed = next((c for c in trig.head.children if c.dep_ == "obl:arg"), None)
        blamer = _subject(trig.head)
    if blamed is None or "Rel" in blamed.morph.get("PronType") or blamed.tag_ in {"WDT", "WP"}:
        return  # "the strike, for which Kyiv blamed Moscow": the relative is the strike itself
    actor, toks = actor_from_np(blamed, ctx)
    if actor is None or not (actor.id or actor.country):
        return
    if m.target is not None and (m.target.id, m.target.country) == (actor.id, actor.country):
        m.target = None  # "à la Russie" read as the struck side: it is the one blamed
    _set(m, "initiator", actor, f"{ctx.lang}.initiator.blamed", toks)
    if blamer is not None and m.claimant is None and m.status == "asserted":
        source, stoks = actor_from_np(blamer, ctx)
        if source is not None and (source.id or source.country):
            m.claimant, m.status = source, "claimed"
            m.prov("claimant", f"{ctx.lang}.claimant.blamer", stoks)


def fill_after_location(m: Mention, ctx: ArticleContext) -> None:
    """Actors that need the event's place (below), then who did what to whom is remembered:
    a threat of reprisal targets the last author of an act against the threatener."""
    _fill_after_location(m, ctx)
    _no_own_state_target(m)
    _passive_accuser(m, ctx)
    if (
        m.initiator is not None
        and (m.initiator.country or m.initiator.id)
        and m.target is not None
        and (m.target.country or m.target.id)
        and (m.kind in {"attack", "intercept", "capture"} or m.type in HOSTILE_ACT_TYPES)
    ):
        ctx.hostile_acts.append((m.type, m.initiator, m.target))


def _passive_accuser(m: Mention, ctx: ArticleContext) -> None:
    """ "Trois diplomates sont accusés d'espionnage, selon le ministère burkinabè", "were accused
    of spying, the FSB said": a passive accusation with no "par"/"by" is made by whoever the
    sentence says it from (the claimant), when that claimant is a known body or person."""
    trig, claimant = m.trigger, m.claimant
    if m.type != "accuse" or m.initiator is not None or claimant is None or claimant.id is None:
        return
    if (
        trig.pos_ not in {"VERB", "AUX"}
        or _passive_subject(trig) is None
        or _agent(trig) is not None
    ):
        return
    if m.target is not None and (m.target.country or m.target.id) == (
        claimant.country or claimant.id
    ):
        return  # "accused of treason, his own lawyers said": the side is not the accuser
    _set(m, "initiator", claimant, f"{ctx.lang}.initiator.passive_accuser", [])


@cache
def _held_places() -> dict[str, str]:
    """``data/held_territories.tsv``: admin1 code or place name → the state that holds it."""
    text = files(__package__).joinpath("data", "held_territories.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {r["key"]: r["holder"] for r in csv.DictReader(lines, delimiter="\t")}


def struck_state(location: object | None) -> str | None:
    """The state struck by an attack on ``location``: the side that holds the place (a strike on
    Crimea hits Russia, on Majdal Shams Israel: GUIDELINES §5), else the place's country."""
    if location is None:
        return None
    held = _held_places()
    for key in (getattr(location, "name", None), getattr(location, "admin1_code", None)):
        if key and key in held:
            return held[key]
    return getattr(location, "country", None) or None


def _fill_after_location(m: Mention, ctx: ArticleContext) -> None:
    """Actors that need the event's place: domestic bodies, crowds and police, attacked states.

    - an unresolved actor is resolved again with the place's country as home, so "riot
      police" in Tbilisi is ``geo-police`` and "le parquet de Nanterre" ``fra-prosecutor``;
    - a protest, riot or strike with no named initiator: the place's population (its state);
      a protest dispersed or repressed: the place's police against the place's population;
    - an arrest or an investigation with no named actor: the place's police / prosecutors;
      the arrested, when they are people with no stated nationality, the place's population;
    - a one-sided attack or a capture whose target is a thing, not an actor ("the Korabelnyi
      district", "port infrastructure"): the state of the place struck. A place in country X
      attacked by a foreign actor targets X (docs/extraction.md, Arguments).
    """
    _remember_initiator(m, ctx)
    country = m.location.country if m.location is not None else None
    if not country and m.kind in {"attack", "intercept"} and m.target is None:
        _foreign_attack_at_home(m, ctx)
    if not country and m.type in HANDOVER_TYPES:
        country = _host_in_object(m, ctx)
    if not country and m.kind not in ATTACK_KINDS:
        country = home_country(ctx)  # an arrest, a protest with no place: the story's country
    if not country:
        return
    lang = ctx.lang
    for name in ("initiator", "target"):
        actor = getattr(m, name)
        if actor is not None and actor.id is None and actor.surface:
            again = resolvers.resolve_actor(
                actor.surface, lang=lang, context=actor_context(ctx, home=country)
            )
            if again.id is not None:
                setattr(m, name, again)
                m.prov(name, f"{lang}.{name}.domestic")
    for name in ("initiator", "target"):
        actor = getattr(m, name)
        if actor is not None and actor.id is None and actor.surface:
            forces = national_army(actor.surface, ctx)
            if forces is not None:
                setattr(m, name, forces)
                m.prov(name, f"{lang}.{name}.sole_country_army")
    for name in ("initiator", "target"):
        actor = getattr(m, name)
        if _sideless(actor) and _domestic_role(actor.surface or "", lang):  # type: ignore[union-attr]
            # "UCLA administrators", "les syndicats", "le maire": of the event's country
            setattr(m, name, _with_country(actor, country))  # type: ignore[arg-type]
            m.prov(name, f"{lang}.{name}.domestic_role")
        elif (
            _sideless(actor)
            and (name == "target" or m.type in VERBAL_TYPES)
            and _domestic_role(actor.surface or "", lang, wordlist="population_words")  # type: ignore[union-attr]
        ):
            # "urged residents to stay calm", "accuse les habitants de…": the place's people
            # ("residents of Rafah": the place they are named by); never the author of a
            # physical act ("a lynching by residents" names no side)
            own = _named_place_country(actor.surface or "", ctx)  # type: ignore[union-attr]
            author = _country_of_actor(m.initiator) if name == "target" else None
            if own or author in {None, country}:
                # bare "residents" addressed by a foreign army are not the story's people
                setattr(m, name, _with_country(actor, own or country))  # type: ignore[arg-type]
                m.prov(name, f"{lang}.{name}.population")
    if m.type in CROWD_TYPES | POLICING_TYPES:
        _public_order_actors(m, country, lang)
    elif (
        m.type == "force_movement"
        and (m.initiator is None or _sideless(m.initiator))
        and _moves_police(m.trigger)
    ):
        # "l'envoi d'un millier de policiers et gendarmes", "45,000 police officers will be
        # deployed": a state's police sent within the place's country are that state's
        m.initiator = _institution(country, "police")
        m.prov("initiator", f"{lang}.initiator.place_police_deployed")
    elif m.type in {"arrest", "investigate"}:
        suffix = "police" if m.type == "arrest" else "prosecutor"
        if m.initiator is None:  # a named but unknown actor ("the military") is kept
            m.initiator = _institution(country, suffix)
            m.prov("initiator", f"{lang}.initiator.place_{suffix}")
        if m.type == "arrest" and m.target is None:
            _troop_demonym_target(m, ctx)
        if m.type == "arrest" and m.target is None and _arrested_people(m, ctx):
            m.target = resolvers.country_actor(country)
            m.prov("target", f"{lang}.target.arrested_population")
    elif (
        m.type in ONE_SIDED_TYPES | {"coerce"}
        and m.target is None
        and (m.location is not None or sole_country(ctx, places_only=True) == country)
    ):
        # "activists abducted in Nairobi", "un couvre-feu instauré à Clamart"; with no place
        # of its own, only in a story whose places all lie in one country
        struck = struck_state(m.location) or country
        if not (m.initiator is not None and m.initiator.country == struck != country) and not (
            _own_forces_at_home(m, struck)
        ):
            m.target = resolvers.country_actor(struck)
            m.prov("target", f"{lang}.target.location_state")
    elif (
        (m.kind in ATTACK_KINDS or m.type in ONE_SIDED_TYPES)
        and m.target is not None
        and m.target.id is None
        and not m.target.country  # "Ukrainian prisoners" keep the side the text names
        and not (
            m.kind in ATTACK_KINDS
            and m.initiator is not None
            and m.initiator.country in {country, struck_state(m.location)}
        )
    ):
        m.target = resolvers.country_actor(struck_state(m.location) or country)
        m.prov("target", f"{lang}.target.location_state")
    elif m.kind == "attack" and m.target is None and _civilian_victims(m.trigger, lang):
        # "l'armée a bombardé des civils à Nyala", "troops shelled villagers": the civilians
        # struck are the people of the state they are in, whoever struck them (GUIDELINES §5)
        m.target = resolvers.country_actor(struck_state(m.location) or country)
        m.prov("target", f"{lang}.target.civilians_state")
    elif (
        m.kind == "attack"
        and (m.target is None or _sideless(m.target))
        and m.initiator is not None
        and m.initiator.kind in ARMED_NON_STATE_KINDS
        and m.initiator.country == country
        and _stated_location(m)
    ):
        # an insurgent group striking in its own country ("les FSR ont bombardé un hôpital
        # d'El Fasher", "al-Shabaab stormed a hotel in Mogadishu"): its victims are the
        # state's people; a state striking at home names no victim side and is left alone;
        # a place only inherited from the story may not be where the attack was
        m.target = resolvers.country_actor(country)
        m.prov("target", f"{lang}.target.insurgency_home_state")
    elif m.type in HANDOVER_TYPES and m.target is None:
        # "France handed over its last base in Chad", "withdrawal from Niger": the host state
        if m.initiator is not None and m.initiator.country and m.initiator.country != country:
            m.target = resolvers.country_actor(country)
            m.prov("target", f"{lang}.target.host_state")


BARE_ARMY: frozenset[str] = words_any("bare_army")
ARMED_NON_STATE_KINDS: frozenset[str] = frozenset({"armed_group"})
# speech acts: a population may be their author ("les habitants accusent les miliciens")
VERBAL_TYPES: frozenset[str] = frozenset(
    {"accuse", "condemn", "demand", "reject", "praise", "support", "threaten"}
)


# "Un décret publié au Journal officiel interdit…", "A decree published on Saturday bans…": an
# act of state whose author the sentence leaves unsaid.
DECREE_NOUNS: frozenset[str] = words_any("decree_nouns")


def _decree_author(head: Token, decree: Actor, ctx: ArticleContext) -> Actor:
    """The state of the country the story is set in, as for "the government"; none when
    the decree's phrase names someone ("un décret du président", "a junta decree"). Which
    body signed it (presidency, prime minister, a ministry) is unsaid: the decree keeps its
    own name with the state's country, as a demonym does ("le médiateur ukrainien")."""
    for ent in {id(e): e for t in head.subtree if (e := _entity_of(t)) is not None}.values():
        if ent.label_ not in {"DATE", "TIME", "CARDINAL"} and resolve(ent.text, ctx).id:
            return decree  # "un décret signé par le président Tiani": its author is named
    if any(
        c.dep_ in {"poss", "compound", "nmod:poss"}
        or (c.dep_ == "nmod" and any(k.lower_ in GENITIVE_CASES for k in c.children))
        for c in head.children
    ):
        return decree  # "un décret de la junte", "the junta's decree": whose it is, is said
    country = home_country(ctx)  # as for "the government": the story's home state
    if country is None:
        return decree  # no home: the decree keeps its own name (and stays apart)
    # a territory's decrees are its sovereign's ("un arrêté … en Nouvelle-Calédonie": FRA)
    return _with_country(decree, _institution(country, "gov").country or country)


def _sideless(actor: Actor | None) -> bool:
    """An actor kept only by its surface: no id, no country."""
    return actor is not None and actor.id is None and not actor.country and bool(actor.surface)


def _stated_location(m: Mention) -> bool:
    """The mention's place is written in its own clause (not inherited from the story)."""
    rules = [p.rule for p in m.provenance if p.field == "location"]
    return bool(rules) and rules[-1] == "place.locate"


def _named_place_country(surface: str, ctx: ArticleContext) -> str | None:
    """The country of the place a phrase is named by: "residents of Rafah" → PSE, "les
    habitants de Kharkiv" → UKR; None when the phrase names none."""
    words = surface.replace("’", "'").split()
    for k, word in enumerate(words):
        low = word.lower()
        if low in GENITIVE_CASES or (low.startswith("d'") and len(low) > 2):
            rest = (
                " ".join(words[k + 1 :])
                if low in GENITIVE_CASES
                else (" ".join([word[2:], *words[k + 1 :]]))
            )
            if not rest[:1].isupper():
                continue
            loc = resolvers.locate(rest, lang=ctx.lang, context=_place_context(ctx))
            if loc is not None and loc.country:
                return loc.country
    return None


def _with_country(actor: Actor, country: str) -> Actor:
    return Actor(id=None, name=actor.name, country=country, kind=actor.kind, surface=actor.surface)


def _domestic_role(surface: str, lang: str, *, wordlist: str = "domestic_roles") -> bool:
    """The phrase names a local office or an unnamed domestic body ("Gov. Gavin Newsom",
    "UCLA administrators", "les organisations syndicales", "the students"): its head words,
    before any complement ("le maire de Grenoble" is the mayor), are in ``domestic_roles``
    (or in ``wordlist``: ``population_words`` for "residents", "les habitants")."""
    roles = lexicon(lang).words(wordlist)
    words = surface.lower().replace("’", "'").replace(",", " ").split()
    head: list[str] = []
    for word in words:
        if word in {"of", "de", "du", "des", "d'", "who", "qui", "in", "à", "au"} and head:
            break
        head.append(word.removeprefix("l'").removeprefix("d'"))
    head = head[:5]
    bigrams = {" ".join(head[i : i + 2]) for i in range(len(head) - 1)}
    return any(w in roles for w in head) or any(b in roles for b in bigrams)


def national_army(surface: str, ctx: ArticleContext) -> Actor | None:
    """ "the army", "l'armée", "les forces de sécurité" with no country: the armed forces of
    the one country the whole article is about — only when every place, demonym and state it
    names belongs to that one country (a Gaza story names two, so "the military" stays
    unresolved there)."""
    if not _bare_army(surface):
        return None
    only = sole_country(ctx)
    if only is None:
        return None
    return resolvers.actor_by_id(f"{only.lower()}-mil") or resolvers.country_actor(only)


def sole_country(ctx: ArticleContext, *, places_only: bool = False) -> str | None:
    """The one country an article names (places, demonyms, states), else None.
    ``places_only``: the one country its places lie in, whoever else it names."""
    key = f"wirewatch.who.sole_country.{places_only}"
    if key in ctx.doc.user_data:
        return ctx.doc.user_data[key]  # type: ignore[no-any-return]
    found: set[str] = set(ctx.countries)
    for ent in ctx.doc.ents:
        if ent.label_ in PLACE_ENTS:
            loc = resolvers.locate(ent.text, lang=ctx.lang, context=None)
            if loc is not None and loc.country and not namesake_abroad(loc, ent.sent, ctx):
                found.add(loc.country)
            iso = resolvers.resolve_country(ent.text, ctx.lang)
            if iso:
                found.add(iso)
    if places_only:
        only = next(iter(found)) if len(found) == 1 else None
        ctx.doc.user_data[key] = only
        return only
    found |= demonym_states(ctx.doc[:], ctx)
    for actor in ctx.actors_seen:
        if actor.country and actor.kind not in NON_STATE_KINDS:
            found.add(actor.country)
    only = next(iter(found)) if len(found) == 1 else None
    ctx.doc.user_data[key] = only
    return only


POLICE_FORCE_WORDS: frozenset[str] = words_any("police_force_words")


def _moves_police(trig: Token) -> bool:
    """The forces a deployment moves are police ("policiers", "gendarmes", "riot police"):
    the trigger noun's own phrase, or a deployment verb's subject or object."""
    if trig.pos_ in {"VERB", "AUX"}:
        heads = [c for c in trig.children if c.dep_ in {"nsubj:pass", "nsubjpass", "obj", "dobj"}]
    else:
        heads = [trig]
    return any(
        t.lemma_.lower() in POLICE_FORCE_WORDS or t.lower_ in POLICE_FORCE_WORDS
        for h in heads
        for t in h.subtree
    )


def _public_order_actors(m: Mention, country: str, lang: str) -> None:
    if m.type in POLICING_TYPES:
        if m.initiator is None or m.initiator.id is None:
            m.initiator = _institution(country, "police")
            m.prov("initiator", f"{lang}.initiator.place_police")
        if m.target is None or m.target.id is None:
            m.target = resolvers.country_actor(country)
            m.prov("target", f"{lang}.target.place_population")
        return
    if m.initiator is None or m.initiator.id is None:
        m.initiator = resolvers.country_actor(country)
        m.prov("initiator", f"{lang}.initiator.place_population")
    if m.type != "riot" and m.target is None:
        # a demonstration or a strike addresses the place's government
        m.target = resolvers.country_actor(country)
        m.prov("target", f"{lang}.target.place_government")
    elif m.type == "riot" and (m.target is None or _sideless(m.target)) and _against_the_state(m):
        # rioters who fight the police or storm parliament attack the state; a riot that
        # burns bins and shops names no side
        m.target = resolvers.country_actor(country)
        m.prov("target", f"{lang}.target.state_symbol")


STATE_SYMBOLS: frozenset[str] = words_any("state_symbols")


def _against_the_state(m: Mention) -> bool:
    """The riot's clause names the police or a seat of power ("overwhelmed police lines",
    "ont bombardé les policiers", "stormed parliament", "heurts avec les partisans du pouvoir")."""
    trig = m.trigger
    # the rioters' other deeds in the same sentence ("ont incendié des pneus, bombardé les
    # policiers d'œufs"): verbs conjoined to the trigger with no subject of their own are theirs
    conjoined = [
        c
        for c in trig.children
        if c.dep_ in {"conj", "advcl"}
        and c.pos_ in {"VERB", "AUX"}
        and not any(g.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} for g in c.children)
    ]
    if trig.dep_ == "conj" and trig.head.pos_ in {"VERB", "AUX"}:
        conjoined.append(trig.head)
    for tok in [*scope_of(m), *(t for v in conjoined for t in v.subtree)]:
        if tok.lemma_.lower() in STATE_SYMBOLS or tok.lower_ in STATE_SYMBOLS:
            return True
    return False


def _institution(country: str, suffix: str) -> Actor:
    actor = resolvers.actor_by_id(f"{country.lower()}-{suffix}")
    return actor if actor is not None else resolvers.country_actor(country)


def _arrested_people(m: Mention, ctx: ArticleContext) -> bool:
    """The arrested are people ("217 personnes", "protesters"), not a named group or suspects
    whose nationality is stated (then that nationality is the target, set elsewhere)."""
    people = ctx.lex.cues_of("people")
    trig = m.trigger
    nouns = [c for c in trig.children if c.dep_ in {"nsubj:pass", "nsubjpass", "obj", "dobj"}]
    if trig.pos_ == "NOUN":
        nouns += [c for c in trig.children if c.dep_ in {"nmod", "prep"}]
    if any(n.lemma_.lower() in people for n in nouns):
        return True
    if _people_before(trig, people):
        return True
    # "206 interpellations", "more than 200 arrests": a count of arrests names no group
    return trig.pos_ == "NOUN" and any(c.dep_ == "nummod" or numberish(c) for c in trig.children)


def _people_before(trig: Token, people: frozenset[str]) -> bool:
    """The parser may lose the subject ("Plus de 200 personnes ont été interpellées", "210
    people had been taken into custody"): a people noun just before the trigger, with no verb
    between them but the one the trigger hangs on."""
    ancestors = {a.i for a in trig.ancestors}
    for tok in reversed(trig.doc[max(trig.sent.start, trig.i - 6) : trig.i]):
        if tok.pos_ == "VERB" and tok.i not in ancestors:
            return False
        if tok.lemma_.lower() in people or tok.lower_ in people:
            return True
    return False


def _troop_demonym_target(m: Mention, ctx: ArticleContext) -> None:
    """ "Quatre ressortissants français ont été arrêtés": the arrested's nationality."""
    for noun in (
        c for c in m.trigger.children if c.dep_ in {"nsubj:pass", "nsubjpass", "obj", "dobj"}
    ):
        iso, adj = demonym_of(noun, ctx)
        if iso:
            _set(m, "target", resolvers.country_actor(iso), f"{ctx.lang}.target.demonym", [adj])
            return


# Verbal reactions to another event: their target is that event's author.
REACTION_TYPES: frozenset[str] = frozenset({"condemn", "accuse", "reject", "praise"})
# Words that name an act of violence without typing it: "un acte lâche", "the killing".
GENERIC_VIOLENCE: frozenset[str] = words_any("generic_violence")


def _remember_initiator(m: Mention, ctx: ArticleContext) -> None:
    # an attack word is typed only when merged ("strike"): its author still counts
    if m.initiator is not None and m.initiator.id is not None and (m.type or m.kind == "attack"):
        ctx.event_initiators.append((m.kind, m.type, m.initiator))


def _reaction_target(m: Mention, ctx: ArticleContext) -> None:
    """ "Britain condemned the attack", "a condamné ces frappes": the author of the event
    the object names, i.e. the initiator of the latest event of that kind read before.

    Only when the object is itself an event word of the lexicon ("attaque", "strike",
    "killing", "aid") with no stated author of its own (a demonym is read elsewhere).
    """
    trig = m.trigger
    obj = _object(trig) if trig.pos_ in {"VERB", "AUX"} else None
    if (obj is None or obj.pos_ != "NOUN") and trig.pos_ in {"VERB", "AUX"}:
        obj = _stray_event_object(trig, ctx)  # 'a condamné "fermement" ces frappes'
    if obj is None and _stance_verb(trig) is not None:
        obj = _stance_cause(trig)  # "se dit indigné par les frappes russes"
    if obj is None or obj.pos_ != "NOUN":
        return
    author = _complement_author(obj, ctx)
    if author is None:
        iso, _adj = demonym_of(obj, ctx)  # "condamne les frappes russes"
        author = resolvers.country_actor(iso) if iso else None
    if author is not None:
        # "condemns the transfer of Iranian missiles", "dénonce les frappes de l'armée russe"
        _set(m, "target", author, f"{ctx.lang}.target.reaction_author", [obj])
        return
    entries = ctx.lex.triggers_for(obj.lemma_.lower(), "NOUN")
    if not entries and obj.lemma_.lower() in GENERIC_VIOLENCE:
        entries = ctx.lex.triggers_for("attack", "NOUN") or ctx.lex.triggers_for("attaque", "NOUN")
    if not entries:
        return
    # a killing or a death toll ("condemns the killing") is the deed of the attack's author
    kinds = {e.kind for e in entries} | (
        {"attack", "intercept"} if any(e.kind in {"attack", "casualty"} for e in entries) else set()
    )
    types = {e.type for e in entries if e.type not in {"", "*"}}
    if any(c.lower_ in GENERIC_DETERMINERS for c in obj.children):
        return  # "condamne toute attaque contre des civils": no particular event
    authors = [
        actor
        for kind, etype, actor in ctx.event_initiators
        if kind in kinds and (kind in {"attack", "intercept"} or etype in types)
    ]
    # only when the article names one author for such events: with rival accounts
    # (each side blaming the other), the reaction's target is not guessed
    if len({a.country or a.id for a in authors}) != 1:
        return
    actor = authors[-1]
    if actor.id != (m.initiator.id if m.initiator else None):
        _set(m, "target", actor, f"{ctx.lang}.target.reaction_author", [obj])


GENERIC_DETERMINERS: frozenset[str] = words_any("generic_determiners")
# A feeling stated with a copula or "se dire": "se dit « indigné » par", "s'est déclaré choqué
# par", "is outraged by", "was appalled at": the verb's subject holds it, the cause is its object.
STANCE_CAUSE_PREPS: frozenset[str] = words_any("stance_cause_preps")
STANCE_VERBS: frozenset[str] = words_any("stance_verbs")


def _stance_verb(trig: Token) -> Token | None:
    """The verb an adjective trigger is predicated through ("se dit indigné", "is outraged")."""
    if trig.pos_ != "ADJ" or trig.dep_ not in {"xcomp", "acomp", "parataxis"}:
        return None  # a bare "Paris indignée par…" headline has no verb to read a subject from
    head = trig.head
    if trig.dep_ == "parataxis" and head.lemma_.lower() not in STANCE_VERBS:
        return None  # « indigné » cut off by its quotes: only after "se dire", "être"…
    return head if head.pos_ in {"VERB", "AUX"} else None


def _stance_holder(m: Mention, ctx: ArticleContext) -> None:
    """The subject of the verb a feeling adjective is predicated through holds the feeling."""
    verb = _stance_verb(m.trigger)
    if verb is None or m.initiator is not None:
        return
    subj = _subject(verb)
    if subj is None:
        return
    actor, toks = actor_from_np(subj, ctx)
    if actor is not None and (actor.id or actor.country):
        _set(m, "initiator", actor, f"{ctx.lang}.initiator.stance_subject", toks)


def _stance_cause(trig: Token) -> Token | None:
    """The noun after "par"/"by"/"at" on the adjective or on its verb (the parser hangs it on
    either): what the feeling is about."""
    verb = _stance_verb(trig)
    for tok in (trig, verb):
        if tok is None:
            continue
        for child in tok.children:
            if child.i < trig.i:
                continue
            if child.dep_ == "prep" and child.lower_ in STANCE_CAUSE_PREPS:
                child = prep_object(child, child)
            cases = {c.lower_ for c in child.children if c.dep_ == "case"}
            if child.pos_ == "NOUN" and (
                cases & STANCE_CAUSE_PREPS or child.head.lower_ in STANCE_CAUSE_PREPS
            ):
                return child
    return None


PHYSICAL_KINDS: frozenset[str] = frozenset({"attack", "casualty", "intercept", "capture"})


def _physical_event_word(tok: Token, ctx: ArticleContext) -> bool:
    """An attack, killing or capture noun ("l'attaque", "the shelling", "la prise de")."""
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    entries = ctx.lex.triggers_for(lemma, "NOUN")
    return lemma in GENERIC_VIOLENCE or any(e.kind in PHYSICAL_KINDS for e in entries)


# A refusal or a concession answers a demand read before: "Hamas rejected the proposal",
# "Paris avait refusé", "Kyiv a accepté" target whoever made the demand (or the ultimatum).
ANSWER_TYPES: frozenset[str] = frozenset({"reject", "concede"})
DEMAND_TYPES: frozenset[str] = frozenset({"demand", "threaten"})
PROPOSAL_NOUNS: frozenset[str] = words_any("proposal_nouns")


def _proposal_author(m: Mention, ctx: ArticleContext) -> None:
    """The other side of a rejected or accepted demand, from the article's history: the
    author of the demands read before, when they all come from one state other than the
    answering side's (with two sides making demands, the target is not guessed)."""
    ini = m.initiator
    side = ini.country if ini is not None else None
    if not side:
        return  # only when the answering side is named
    trig = m.trigger
    obj = _object(trig) if trig.pos_ in {"VERB", "AUX"} else None
    if obj is None:  # "objected to the wording", "s'est opposé à la résolution"
        obj = next(
            (
                g
                for c in trig.children
                if c.dep_ in {"prep", "obl", "obl:arg", "obl:mod"}
                for g in ([c] if c.dep_.startswith("obl") else c.children)
                if g.pos_ in {"NOUN", "PROPN", "PRON"} and g.dep_ in {"pobj", "obl", "obl:arg"}
            ),
            None,
        )
    if obj is not None and obj.pos_ != "PRON" and obj.lemma_.lower() not in PROPOSAL_NOUNS:
        return  # "objected to the wording", "a refusé l'accès": not an answer to a demand
    authors = [a for _kind, etype, a in ctx.event_initiators if etype in DEMAND_TYPES]
    others = [a for a in authors if (a.country or a.id) != side]
    if not others or len({a.country or a.id for a in others}) != 1:
        return
    _set(m, "target", others[-1], f"{ctx.lang}.target.demand_author", [m.trigger])


def _stray_event_object(verb: Token, ctx: ArticleContext) -> Token | None:
    """The event noun a reaction verb governs when the parser lost the object (a quoted
    adverb, an inserted date): the first event word within a few tokens after the verb, in
    the same sentence and before any comma or conjunction ends the verb phrase."""
    sent_end = verb.sent.end
    for tok in verb.doc[verb.i + 1 : min(verb.i + 11, sent_end)]:
        if tok.lower_ in {",", ";", "et", "and", "mais", "but"} or tok.pos_ in {"VERB", "AUX"}:
            return None
        if tok.pos_ == "NOUN" and (
            ctx.lex.triggers_for(tok.lemma_.lower(), "NOUN")
            or tok.lemma_.lower() in GENERIC_VIOLENCE
        ):
            return tok
    return None


def _complement_author(obj: Token, ctx: ArticleContext) -> Actor | None:
    """The state named inside an object's complement: a demonym on the complement noun
    ("the transfer of Iranian ballistic missiles") or a country/agent complement ("les frappes
    de la Russie", "strikes by Israel"). Only one level down, and only a state or its body."""
    for child in obj.children:
        comp = child
        if child.dep_ == "prep" and child.lower_ in {"of", "by"}:
            comp = prep_object(child, child)
        elif child.dep_ == "acl" and _by_phrase(child) is not None:
            # "l'offensive lancée hier par l'Azerbaïdjan", "the strikes carried out by Israel"
            comp = _by_phrase(child)  # type: ignore[assignment]
        elif child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < obj.i:
            pass  # "an RSF attack": the group named before the act
        elif child.dep_ not in {"nmod", "obl:agent"}:
            continue
        elif child.dep_ == "nmod" and not _author_case(child):
            continue  # "les frappes russes contre Kiev": the struck, not the striker
        iso, _adj = demonym_of(comp, ctx)
        if iso:
            return resolvers.country_actor(iso)
        if (
            comp.ent_type_ in {"GPE", "LOC", "ORG", "NORP"}
            or _armed_word(comp, ctx.lang)
            or (comp.is_upper and len(comp.text) > 1)  # "des FSR", an acronym the tagger missed
        ):
            # "an attack by M23 rebels": the fighters' group named before them
            actor, _toks = actor_from_np(comp, ctx)
            if comp.is_upper and (actor is None or actor.id is None):
                # the acronym alone: its phrase may hold the target too ("des FSR contre El Facher")
                actor = resolvers.lookup_actor(comp.text, lang=ctx.lang)
            if actor is not None and actor.id is not None and actor.country:
                return actor
    return None


# Acts done with one's own troops or bases: "Russian trainers set up at Air Base 101", "des
# soldats français déployés au Tchad": the troops' demonym is the side, never a target.
OWN_FORCE_TYPES: frozenset[str] = frozenset({"force_movement", "retreat", "base_established"})


def _no_self_reaction(m: Mention) -> None:
    """A speaker is never the target of their own condemnation or praise: "Macron was
    outraged by the strike" (a passive subject read as the done-to) keeps no target."""
    one, two = m.initiator, m.target
    if m.type not in REACTION_TYPES or one is None or two is None or two.id is None:
        return
    if two.id == one.id:
        LOGGER.debug("dropped self-target %s of %s", two.id, m.trigger.text)
        _unset(m, "target")


def _aim_of_event_word(child: Token, verb: Token, ctx: ArticleContext) -> bool:
    """A complement the parser hung on a reaction verb that belongs to the attack word just
    before it: "s'indigne des frappes russes contre Kiev" ("contre Kiev" is what was hit)."""
    before = [
        c
        for c in verb.children
        if c.i < child.i and c.pos_ == "NOUN" and _physical_event_word(c, ctx)
    ]
    return bool(before) and child.left_edge.i == max(t.i for t in before[-1].subtree) + 1


def _author_case(nmod: Token) -> bool:
    """A French noun complement that can name an author: "de"/"du"/"des" or "par" ("les
    frappes de la Russie", "l'attaque menée par Israël"), or none written; never "contre",
    "sur", "à", "vers" (what the act is aimed at)."""
    cases = {c.lower_ for c in nmod.children if c.dep_ == "case"}
    return not cases or bool(cases & (GENITIVE_CASES | {"par"}))


def _by_phrase(participle: Token) -> Token | None:
    """The agent of a participle: "by X", or "par X" (which the French parser often labels
    ``obl:arg``)."""
    agent = _agent(participle)
    if agent is not None:
        return agent
    for child in participle.children:
        if child.dep_.startswith("obl") and any(
            c.dep_ == "case" and c.lower_ == "par" for c in child.children
        ):
            return child
    return None


def _host_in_object(m: Mention, ctx: ArticleContext) -> str | None:
    """ "its last base in Niger", "ses soldats du Tchad": the country named in the object."""
    obj = _object(m.trigger) if m.trigger.pos_ in {"VERB", "AUX"} else None
    if obj is None:
        return None
    for tok in obj.subtree:
        # the tagger may miss the entity ("Niger" read as a date): any proper noun that is a
        # country name will do
        if tok.pos_ == "PROPN" or (tok.ent_type_ in PLACE_ENTS and tok.ent_iob_ == "B"):
            ent = _entity_of(tok) if tok.ent_type_ in PLACE_ENTS else None
            iso = resolvers.resolve_country(ent.text if ent is not None else tok.text, ctx.lang)
            if iso:
                return iso
    return None


def _foreign_attack_at_home(m: Mention, ctx: ArticleContext) -> None:
    """An attack with no place of its own by a foreign state: the story's country is struck
    ("Russian shelling also killed a woman" in a story set in Ukraine). Not applied when the
    attacker is the story's own state (then the target is unknown, not guessed)."""
    attacker = m.initiator.country if m.initiator is not None else None
    home = home_country(ctx)
    if attacker and home and attacker != home and m.initiator.kind != "armed_group":  # type: ignore[union-attr]
        m.target = resolvers.country_actor(home)
        m.prov("target", f"{ctx.lang}.target.home_state")
