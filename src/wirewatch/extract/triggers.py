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
from functools import cache
from importlib.resources import files

from spacy.tokens import Span, Token

from . import resolvers
from .lexicon import InstrumentEntry, Lexicon, TriggerEntry, lexicon, words_any
from .mention import Mention
from .syntax import (
    CLAUSE_DEPS,
    RELATIVE_DEPS,
    ancestors_in,
    doc_text,
    has_reflexive,
    is_negated,
    prep_object,
)

LOGGER = logging.getLogger(__name__)

# Verbal-event types whose complement is their content, not a separate event.
# An accusation's or a condemnation's content IS reported as an event ("accuse l'armée d'avoir
# mené une frappe de drone" → a drone strike claimed by the accuser; "dénoncent des coups de
# matraque contre des manifestants"), so "accuse" and "condemn" are not here; a concession's content is what is conceded ("accepted to withdraw"), not an event.
CONTENT_TAKING_TYPES: frozenset[str] = frozenset(
    {"demand", "reject", "threaten", "agreement", "concede", "coerce"}
)
# Dependencies and prepositions of circumstance: what hangs there is not a content.
ADJUNCT_DEPS: frozenset[str] = frozenset(
    {"obl:mod", "advcl", "advmod", "obl:tmod", "nmod:tmod", "npadvmod"}
)
ADJUNCT_PREPOSITIONS: frozenset[str] = words_any("adjunct_prepositions")
# A noun trigger that is only the topic of talks ("talks on a ceasefire and hostage release").
TOPIC_PREPOSITIONS: frozenset[str] = words_any("topic_prepositions")
# talks, and titles or texts "on" a subject: "special representative on sexual violence"
TOPIC_HEADS: frozenset[str] = words_any("topic_heads") | words_any("explainer_heads")
RELATIVE_PRONOUNS: frozenset[str] = words_any("relative_pronouns")  # "un accord qui exigerait…"
DEMONSTRATIVES: frozenset[str] = words_any("demonstratives")
OTHER_WORDS: frozenset[str] = words_any("other_words")
INDEFINITE: frozenset[str] = words_any("indefinite")  # "a", "an", "un", "une"
# Clauses a verb trigger's "has:"/"not:" test does not look into: another statement, not its phrase.
FOREIGN_CLAUSES: frozenset[str] = frozenset({"ccomp", "parataxis", "conj", "advcl", "csubj"})
SUBJECTS: frozenset[str] = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj"})
# Modal, future and readiness words: "would respond", "stands ready to respond", "ripostera".
MODAL_WORDS: frozenset[str] = words_any("modal_words")


@cache
def word_classes(lang: str) -> dict[str, frozenset[str]]:
    """The word classes of ``data/<lang>/trigger_classes.tsv`` (lower-cased lemmas or forms)."""
    text = files(__package__).joinpath("data", lang, "trigger_classes.tsv").read_text("utf-8")
    out: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("class\t"):
            continue
        name, words = line.split("\t")[:2]
        # a class named again adds words (rows are appended by several rounds), never replaces
        out[name] = out.get(name, frozenset()) | frozenset(
            w.strip().lower() for w in words.split("|") if w.strip()
        )
    return out


def _context_tokens(token: Token) -> list[Token]:
    """The trigger's phrase for a "has:"/"not:" test: its subtree minus other statements, and its head.

    The head counts because a participle or a noun complement names its sense through the noun
    it modifies ("des détenus libérés", "a satellite image released by").
    """
    out: list[Token] = []
    stack = [c for c in token.children]
    while stack:
        tok = stack.pop()
        if tok.dep_ in FOREIGN_CLAUSES and tok.pos_ in {"VERB", "AUX"}:
            continue
        out.append(tok)
        stack.extend(tok.children)
    if token.head.i != token.i:
        out.append(token.head)
        if token.dep_ == "conj" and token.head.head.i != token.head.i:
            out.append(token.head.head)  # "annonce le retour du diplomate et le départ des troupes"
    out.extend(_controller(token))
    return out


def _controller(token: Token) -> list[Token]:
    """The subject a controlled verb takes from the verb it completes: "l'armée doit se
    retirer", "the troops are expected to leave" (the troops leave, not the expectation)."""
    head = token
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
    if head is token:
        return []
    return [t for c in head.children if c.dep_ in SUBJECTS for t in c.subtree]


def _class_keys(tokens: list[Token]) -> set[str]:
    """Lemma, form and "lemma/POS" of each token: a class entry may pin the POS ("militaire/NOUN")."""
    keys: set[str] = set()
    for t in tokens:
        for w in (t.lemma_.lower(), t.text.lower()):
            keys.add(w)
            keys.add(f"{w}/{t.pos_}".lower())
    return keys


def _has_class(need: str, token: Token, lex: Lexicon) -> bool | None:
    """``has:<class>`` / ``not:<class>`` / ``child:<class>``; None for an unknown class."""
    kind, _, name = need.partition(":")
    words = word_classes(lex.lang).get(name)
    if words is None:
        LOGGER.warning("unknown word class %r in a trigger row", name)
        return None
    if kind == "child":
        return bool(_class_keys(list(token.children)) & words)
    if kind == "comp":
        # the direct complements, a passive subject included: "a suspendu deux journaux",
        # "l'accès a été coupé" (not "le réseau ferroviaire a suspendu le trafic")
        comps = [c for c in token.children if c.dep_ not in ACTIVE_SUBJECTS]
        # a name's apposed or compound description: "suspended French broadcaster RFI"
        comps += [g for c in comps for g in c.children if g.dep_ in {"compound", "appos"}]
        if token.dep_ in {"acl", "amod"} and token.head.i != token.i:
            comps.append(token.head)  # a participle's noun is what is acted on: "Internet coupé"
        return bool(_class_keys(comps) & words)
    if kind == "mark":
        # "called for the army to withdraw": the mark word of a clause the trigger governs
        return any(
            _class_keys([m for m in c.children if m.dep_ == "mark"]) & words
            for c in token.children
            if c.dep_ in CLAUSE_DEPS
        )
    if kind == "notsent":
        # "un gendarme tué par balle lors des émeutes": the sentence names the event it belongs to
        return not _class_keys(list(token.sent)) & words
    if kind == "sent":
        # "Security forces killed three militants in a raid": the sentence tells the raid was fought
        return bool(_class_keys(list(token.sent)) & words)
    if kind == "author":
        return bool(_class_keys(_author_tokens(token)) & words)
    if kind == "content":
        # what a warning says: "warned that students would face expulsion" is a threat, "warned
        # that prices would rise" a forecast; a quote may carry the warning verb as an incise
        return bool(_class_keys(_said_content(token)) & words)
    if kind in {"clause", "notclause"}:
        # "des heurts ont éclaté entre manifestants et policiers": the clause of the noun's verb
        verb = token.head if token.dep_ in SUBJECTS | {"obj", "dobj"} else token
        found = bool(_class_keys(_subtree_without_clauses(verb)) & words)
        return found if kind == "clause" else not found  # "lost her battle with cancer"
    tokens = _context_tokens(token)
    if kind == "obj":
        # the complements only: "réunir … son cabinet" (not "les ministres réunis", not a subject)
        # a passive subject is what is acted upon: "l'ambassadeur a été convoqué"
        subjects = {
            t.i for c in token.children if c.dep_ in SUBJECTS - PASSIVE_SUBJECTS for t in c.subtree
        }
        tokens = [t for t in tokens if t.i not in subjects and t.i != token.head.i]
        return bool(_class_keys(tokens) & words)
    if kind == "head":
        # the word the trigger hangs on, through a preposition: "went on strike", "en grève"
        heads = [token.head]
        if token.head.pos_ == "ADP" and token.head.head.i != token.head.i:
            heads.append(token.head.head)
        return token.head.i != token.i and bool(_class_keys(heads) & words)
    if kind == "subj":
        # who acts: "l'armée israélienne a frappé…", "un accord exigerait…"
        return bool(_class_keys(_subject_tokens(token)) & words)
    if kind == "notsubj":
        return not _class_keys(_subject_tokens(token)) & words
    if kind == "pred":
        # "a qualifié la frappe de crime de guerre": the complements' own phrases, never a
        # clause inside them ("…de frappe de représailles visant des attaques terroristes")
        tokens = [
            t
            for c in token.children
            if c.dep_ not in SUBJECTS and not (c.dep_ in CLAUSE_DEPS and c.pos_ in {"VERB", "AUX"})
            for t in _subtree_without_clauses(c)
        ]
        return bool(_class_keys(tokens) & words)
    if kind == "notobj":
        # "a condamné toute forme de violence": a condemnation of nothing in particular
        return not _class_keys(_object_scope(token)) & words
    if kind == "target":
        # what is acted upon: the complements and a passive subject, never the active subject
        # ("la police a attaqué des manifestants" is not an attack on the police)
        return bool(_class_keys(_target_tokens(token)) & words)
    if kind == "not" and token.head.head.i != token.head.i:
        # "l'essentiel des sanctions" under "a levé": look one quantifier noun further up
        tokens.append(token.head.head)
    present = bool(_class_keys(tokens) & words)
    return present if kind == "has" else not present


# the genitive cases ("de", "du", "des", "d'"; English "of" never heads a "case" dependent)
# and the agent's "par"
AUTHOR_CASES: frozenset[str] = words_any("genitive_cases") | {"par"}


def _author_tokens(token: Token) -> list[Token]:
    """Who acts with an attack noun, never what it hits: "a Hezbollah strike", "strikes by the
    Houthis", "une frappe du Hezbollah", "Hamas carried out a strike" (not "strikes on Hamas")."""
    out: list[Token] = []
    for c in token.children:
        if c.dep_ in {"compound", "amod", "poss", "nmod:poss"}:
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "by":
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "nmod" and any(
            g.dep_ == "case" and g.lower_ in AUTHOR_CASES for g in c.children
        ):
            out.append(c)
    if token.dep_ in {"obj", "dobj"}:
        out.extend(_subject_tokens(token))  # the light verb's subject
    return out


def _said_content(token: Token) -> list[Token]:
    """The words a speech verb reports: its clause and complements, or the quote it is an incise of."""
    out = [t for c in token.children if c.dep_ not in SUBJECTS for t in c.subtree]
    # an incise may be parsed as a conjunct of the quote's verb; a conjunct with its own
    # "that"-clause is a statement of its own ("refused to pay, and warned that…")
    own_clause = any(c.dep_ in {"ccomp", "xcomp"} for c in token.children)
    incise = token.dep_ in {"parataxis", "ccomp"} or (token.dep_ == "conj" and not own_clause)
    if incise and token.head.i != token.i:
        out.extend(t for t in token.head.subtree if t.i not in {x.i for x in token.subtree})
    return out


def _verb_chain(token: Token) -> list[Token]:
    """The trigger and the verbs it hangs on by coordination or control ("a frappé et tué",
    "a décidé de frapper"), where its subject may be attached."""
    chain = [token]
    while chain[-1].dep_ in {"conj", "xcomp", "acl", "amod"} and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


ACTIVE_SUBJECTS: frozenset[str] = frozenset({"nsubj", "csubj", "expl:subj"})
PASSIVE_SUBJECTS: frozenset[str] = frozenset({"nsubj:pass", "nsubjpass"})


def _subject_tokens(token: Token) -> list[Token]:
    """The active subject of the trigger's verb chain, or the agent of a passive ("par
    l'aviation", "by jets"); for a noun, its own "de/by" author and the subject of its verb."""
    out: list[Token] = []
    for verb in _verb_chain(token):
        for c in verb.children:
            if c.dep_ in ACTIVE_SUBJECTS or c.dep_ in {"obl:agent", "agent"}:
                out.extend(c.subtree)
                if (
                    c.tag_ == "WDT" or c.lower_ in RELATIVE_PRONOUNS
                ) and verb.dep_ in RELATIVE_DEPS:
                    # "un accord qui exigerait…": the relative pronoun stands for the noun
                    out.append(verb.head)
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"obj", "dobj", "obl:arg"}:
        # "ont incendié l'ambassade et pris d'assaut celle du Rwanda": the light verb's own
        # subject, else that of the verb it is coordinated with
        for verb in _verb_chain(token.head):
            subj = [t for c in verb.children if c.dep_ in ACTIVE_SUBJECTS for t in c.subtree]
            if subj:
                out.extend(subj)
                break
    return out


def has_author(token: Token) -> bool:
    """The attack word names who acts with a noun, resolved or not ("L'armée a mené des
    frappes", "strikes by the air force"); a pronoun, no subject at all, or the subject of
    another verb ("Michel a condamné une attaque") does not count."""
    tokens = _subject_tokens(token)
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"obj", "dobj"}:
        if token.head.lemma_.lower() not in lexicon(token.doc.lang_).cues_of("light_verb"):
            head = {
                t.i for c in token.head.children if c.dep_ in ACTIVE_SUBJECTS for t in c.subtree
            }
            tokens = [t for t in tokens if t.i not in head]
    return any(t.pos_ in {"NOUN", "PROPN"} for t in tokens)


def _target_tokens(token: Token) -> list[Token]:
    """The complements of the trigger and a passive subject; for a noun subject ("une attaque
    a visé une caserne"), the complements of its verb too."""
    skip = {t.i for c in token.children if c.dep_ in ACTIVE_SUBJECTS for t in c.subtree}
    out = [
        t
        for t in _subtree_without_clauses(token)
        if t.i != token.i and t.i not in skip and not _in_agent(t, token)
    ]
    verb = token.head
    if token.dep_ in SUBJECTS and verb.pos_ in {"VERB", "AUX"}:
        out.extend(
            t
            for c in verb.children
            if c.dep_ in {"obj", "dobj", "obl", "obl:arg", "prep"}
            for t in c.subtree
        )
    elif token.dep_ in {"obj", "dobj", "obl", "obl:arg"} and verb.pos_ == "VERB":
        # "a pris d'assaut l'hôtel", "a repoussé une attaque contre son camp" (the parser
        # hangs "contre…" on the verb): the verb's other complements are what the attack hits
        out.extend(
            t
            for c in verb.children
            if c.dep_ in {"obj", "dobj", "obl", "obl:mod", "prep"}
            and c.i != token.i
            and not _class_keys([c]) & {"selon", "according"}
            for t in c.subtree
        )
    return out


def _object_scope(token: Token) -> list[Token]:
    """The direct object with its determiners and the nouns hung on it ("toute forme de
    violence", "violence in all its forms"): where a generic scope shows."""
    out: list[Token] = []
    for c in token.children:
        if c.dep_ not in {"obj", "dobj", "obl:arg"}:
            continue
        out.append(c)
        for g in c.children:
            if g.dep_ in {"det", "predet", "nmod", "pobj", "prep"}:
                out.append(g)
                out.extend(h for h in g.children if h.dep_ in {"pobj", "det", "poss"})
    return out


def _in_agent(tok: Token, root: Token) -> bool:
    """``tok`` lies in an agent phrase ("par l'armée", "by the army") of ``root``."""
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ in {"obl:agent", "agent"} and tok.head.i == root.i:
            return True
        tok = tok.head
    return False


def _modal_clause(token: Token) -> bool:
    """A warning whose content is a future or conditional act ("warned it would strike")."""
    for tok in [*token.children, token.head]:
        if tok.i == token.i or tok.pos_ not in {"VERB", "AUX"}:
            continue
        if tok.dep_ in FOREIGN_CLAUSES | {"xcomp", "ROOT"} and _is_modal(tok):
            if _judgement(tok):
                continue  # "warned that an offensive would be a catastrophe": a forecast
            return True
    return False


def _judgement(verb: Token) -> bool:
    """A copular clause with a noun subject ("une offensive serait une catastrophe", "an
    offensive would be a catastrophe"): a judgement on an outcome, not an act promised."""
    copular = verb.lemma_.lower() in COPULAS or any(c.dep_ == "cop" for c in verb.children)
    if not copular:
        return False
    return any(c.dep_ in SUBJECTS and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


FR_FUTURE_ENDINGS: tuple[str, ...] = (
    "erai",
    "eras",
    "era",
    "erons",
    "erez",
    "eront",
    "erais",
    "erait",
    "erions",
    "eriez",
    "eraient",
    "irai",
    "ira",
    "irons",
    "irez",
    "iront",
    "irait",
    "iraient",
    "rons",
    "ront",
    "rait",
    "raient",
)


def _looks_future(tok: Token) -> bool:
    """French future/conditional by its ending: the tagger often reads "frapperons" as present."""
    if tok.doc.lang_ != "fr" or tok.pos_ not in {"VERB", "AUX"}:
        return False
    text = tok.text.lower()
    stem = tok.lemma_.lower()[:-2]
    return len(stem) >= 2 and text.startswith(stem) and text.endswith(FR_FUTURE_ENDINGS)


def _is_modal(token: Token) -> bool:
    """Future, conditional or a modal/readiness word on the trigger's verb chain."""
    chain = [token, *list(token.ancestors)[:2]]
    for tok in chain:
        if "Fut" in tok.morph.get("Tense") or "Cnd" in tok.morph.get("Mood") or _looks_future(tok):
            return True
        if tok.lemma_.lower() in MODAL_WORDS and tok.i != token.i:
            return True
        if any(
            c.dep_ in {"aux", "aux:tense"} and c.lemma_.lower() in MODAL_WORDS for c in tok.children
        ):
            return True
        if any(  # a passive's auxiliary carries the mood: "seraient dispersés", "will be arrested"
            c.dep_ in {"aux:pass", "auxpass"}
            and ("Fut" in c.morph.get("Tense") or "Cnd" in c.morph.get("Mood"))
            for c in tok.children
        ):
            return True
    return False


def instrument_of(token: Token, lex: Lexicon) -> InstrumentEntry | None:
    """The instrument named by this token (its lemma or its text), if any."""
    compound = _compound_instrument(token, lex)
    if compound is not None:
        return compound
    for key in (token.lemma_.lower(), token.text.lower()):
        entry = lex.instruments.get(key)
        if entry is not None:
            return entry
    key = token.text.lower()
    if lex.lang == "en" and key.endswith("s") and len(key) > 4:
        # a capitalised plural the tagger read as a name keeps its "s": "Rockets rained down"
        return lex.instruments.get(key[:-1])
    return None


MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "flat", "flat:name"})


def _compound_instrument(token: Token, lex: Lexicon) -> InstrumentEntry | None:
    """A two-word instrument read in text order ("car bomb", "petrol bomb", "bombe
    artisanale", "cocktail Molotov"): the modifier changes what the head word means (a car
    bomb is a planted device, not an aircraft's), so the pair is looked up before the word."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    for child in token.children:
        if child.dep_ not in MODIFIER_DEPS:
            continue
        for mod in {child.lemma_.lower(), child.text.lower()}:
            for head in {token.lemma_.lower(), token.text.lower()}:
                key = f"{mod} {head}" if child.i < token.i else f"{head} {mod}"
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
    if head.pos_ in {"VERB", "ADJ"} and head.dep_ in {"acl", "acl:relcl", "relcl", "amod"}:
        # "des obus tirés par les rebelles", "drones that struck": the noun the verb qualifies
        entry = instrument_of(head.head, lex)
        if entry is not None:
            return head.head, entry
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


def _ordered_troops(token: Token, lex: Lexicon) -> bool:
    """ "a ordonné à l'armée de se préparer à rester tout l'hiver sur le mont Hermon",
    "ordered troops to remain in the buffer zone": a stay that an order gives to forces."""
    classes = word_classes(lex.lang)
    orders, troops = classes.get("troop_order", frozenset()), classes.get("troops", frozenset())
    for anc in token.ancestors:
        if not _class_keys([anc]) & orders:
            continue
        # whom the order is given to, without the clause it orders (which the parser may
        # hang on that noun: "à l'armée -acl-> de se préparer à rester")
        told = [
            t
            for c in anc.children
            if c.dep_ not in SUBJECTS and c.i < token.i
            for t in _subtree_without_clauses(c)
        ]
        return bool(_class_keys(told) & troops)
    return False


def _demonym_people(token: Token, lex: Lexicon) -> bool:
    """ "trois Français libérés au Mali", "two Britons were freed": the people freed are named
    by their nationality, so the place is where they were held, not a place retaken."""
    people = [c for c in token.children if c.dep_ in {"obj", "dobj", "nsubj:pass", "nsubjpass"}]
    if token.tag_ in {"VBN", "VBD"} and not any(
        c.dep_ in {"aux", "auxpass", "dobj"} for c in token.children
    ):
        # headlinese drops the auxiliary: "Three Israelis freed in Gaza" (no object: passive)
        people.extend(c for c in token.children if c.dep_ == "nsubj")
    if token.dep_ == "acl" and token.head.i != token.i:
        people.append(token.head)
    return any(
        t.pos_ in {"NOUN", "PROPN"} and resolvers.demonym_country(t.text, lex.lang) is not None
        for t in people
    )


def _attached_gerund(token: Token) -> bool:
    """A present participle hung on another verb: "condemned the attack, blaming the rebels",
    "a dénoncé l'attaque, imputant la responsabilité aux rebelles" names who the main statement
    holds responsible; it is that statement's detail, not an act of its own."""
    gerund = token.tag_ == "VBG" or (
        "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")
    )
    # the parser may hang the apposed participle on the object noun: "l'attaque, imputant…"
    apposed = token.dep_ == "acl" and token.i > 0 and token.doc[token.i - 1].text == ","
    return (
        gerund
        and token.dep_ in {"advcl", "xcomp", "conj", "acl"}
        and token.head.i != token.i
        and (token.head.pos_ in {"VERB", "AUX"} or apposed)
    )


def requirement_met(requires: str, token: Token, lex: Lexicon) -> bool:
    """Check the ``requires`` column of a trigger row against the trigger's phrase."""
    if not requires:
        return True
    phrase = _subtree_without_clauses(token)
    lemmas = _lemmas_in(phrase)
    for need in requires.split("+"):
        if need.startswith(
            (
                "has:",
                "not:",
                "child:",
                "content:",
                "notsent:",
                "sent:",
                "author:",
                "obj:",
                "clause:",
                "subj:",
                "notsubj:",
                "target:",
                "notobj:",
                "pred:",
                "head:",
                "notclause:",
                "mark:",
                "comp:",
            )
        ):
            if not _has_class(need, token, lex):
                return False
        elif need == "modal":
            if not _is_modal(token):
                return False
        elif need == "ordered_troops":
            if not _ordered_troops(token, lex):
                return False
        elif need == "nominal_object":
            # "dénonce des arrestations" condemns; "…, a dénoncé Zelensky" only reports
            if not any(
                c.dep_ in {"obj", "dobj"} and c.pos_ in {"NOUN", "PROPN", "PRON"}
                for c in token.children
            ):
                return False
            if any(
                c.dep_ in FOREIGN_CLAUSES | {"ccomp"}
                and c.i < token.i
                and c.pos_ in {"VERB", "AUX"}
                for c in token.children
            ):
                return False  # an incise: the clause before it is the report's content
        elif need == "own_act":
            if _attached_gerund(token):
                return False
        elif need == "demonym_people":
            if not _demonym_people(token, lex):
                return False
        elif need == "not_attribute":
            # "a man accused of blasphemy", "un homme accusé de blasphème": a participle that
            # describes a person is no act of accusing; with its author ("accusé par Kiev") it is
            if token.dep_ in {"acl", "amod"} and "Part" in token.morph.get("VerbForm"):
                if not any(c.dep_ in {"agent", "obl:agent"} for c in token.children):
                    return False
        elif need == "not_circumstance":
            # "killed … as crowds gathered around an aid convoy": the scene of another event
            if token.dep_ == "advcl":
                return False
        elif need == "verbal_use":
            # "le principal accusé", "the accused": the defendant, not an accusation
            if any(c.dep_ == "det" for c in token.children):
                return False
        elif need == "reflexive":
            if not has_reflexive(token):
                return False
        elif need == "gpe":
            # "visited Kyiv" (a state or a city), not "visited the hospital"
            if not any(
                t.ent_type_ in {"GPE", "LOC"} and t.i != token.i
                for c in token.children
                if c.dep_ not in SUBJECTS
                for t in c.subtree
            ):
                return False
        elif need == "gpe_subject":
            # "Israël a frappé Gaza", "Russia struck Kharkiv": a state acting by force
            if not any(
                t.ent_type_ in {"GPE", "LOC"}
                for v in _verb_chain(token)
                for c in v.children
                if c.dep_ in ACTIVE_SUBJECTS
                for t in c.subtree
            ):
                return False
        elif need == "subject":
            # "Paris a refusé" is an act; a bare "Accepter / Refuser" button is not
            chain = [token]
            while (
                chain[-1].dep_ in {"conj", "xcomp", "acl", "amod"}
                and chain[-1].head.i != chain[-1].i
            ):
                chain.append(chain[-1].head)
            if not any(
                c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} for v in chain for c in v.children
            ):
                return False
        elif need == "modal_clause":
            if not _modal_clause(token):
                return False
        elif need == "munition":
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
        else:  # a cue kind of cues.tsv ("control", "labour", "people"...)
            wanted = lex.cues_of(need) or {need}
            if not (lemmas & set(wanted)):
                return False
    return True


def is_nested(token: Token, sent: Span, lex: Lexicon) -> bool:
    """True for the content of a request, refusal, wish or authorisation (not an event itself)."""
    # "plaide pour qu'une prochaine rencontre se tienne", "argued for talks": a plea's content
    nested = (
        lex.cues_of("nested")
        | lex.cues_of("desire")
        | word_classes(lex.lang).get("plea", frozenset())
    )
    desire = lex.cues_of("desire")
    prev = token
    for anc in ancestors_in(token, sent):
        lemma = anc.lemma_.lower()
        below, prev = prev, anc
        # "the defendant, who was arrested in April, pleaded not guilty": an act told of the
        # pleader or wisher (the subject) is no part of what is pleaded or wished
        of_subject = below.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} and below.pos_ in {
            "NOUN",
            "PROPN",
        }
        if (lemma in nested or anc.lower_ in nested) and not of_subject:  # "hopes": "hop"
            return True
        if _document_content(anc, below, lex):
            return True
        # "a dit espérer pouvoir avoir des conversations": the wish is a sibling xcomp.
        if any(
            c.dep_ == "xcomp" and c.lemma_.lower() in desire and c.i < token.i for c in anc.children
        ):
            return True
        # only an ancestor that is itself such an act ("a dénoncé Zelensky" reports, it does
        # not condemn): the row whose requirements hold decides
        entries = lex.triggers_for(lemma, anc.pos_)
        chosen = _choose(entries, anc, lex) if entries else None
        if chosen is not None and chosen.type in CONTENT_TAKING_TYPES and chosen.kind == "event":
            # "paraphé … lors de la première visite": an adjunct of time is not the content;
            # "has called a rally, and the mayor urged calm": a coordinated act is not either
            return not _is_adjunct(below) and not (
                below.dep_ == "conj" and below.pos_ in {"VERB", "AUX"}
            )
    return False


def _document_content(verb: Token, below: Token, lex: Lexicon) -> bool:
    """ "un accord … exigerait le retrait", "the plan calls for a withdrawal", "le texte prévoit
    la libération": what a text stipulates is its content, not an act (the verb's subject is
    a document, not someone speaking)."""
    classes = word_classes(lex.lang)
    if verb.lemma_.lower() not in classes.get("stipulate", frozenset()):
        return False
    if _is_adjunct(below) or below.dep_ in SUBJECTS:
        return False
    return bool(_class_keys(_subject_tokens(verb)) & classes.get("document_subject", frozenset()))


def _for_to_clause(tok: Token) -> bool:
    """ "called for the president to resign": a "for … to" clause is what is asked, not a circumstance."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


def _naming(token: Token) -> bool:
    """ "le quartier, appelé Zone 4", "what Moscow calls a special operation": a call verb
    whose complement is a bare name or noun names something; it asks nothing."""
    if token.lemma_.lower() not in NAMING_VERBS:
        return False  # "a convoqué le chargé d'affaires": a summons, whatever the parse
    if any(
        c.pos_ in {"VERB", "AUX"} and c.dep_ in {"xcomp", "ccomp", "advcl"} for c in token.children
    ):
        return False  # "a appelé mardi Israël à cesser": the parser's noun is the addressee
    return any(
        c.dep_ in {"xcomp", "oprd"}
        and c.pos_ in {"NOUN", "PROPN", "ADJ"}
        and not any(g.dep_ in {"mark", "case"} for g in c.children)
        for c in token.children
    )


def _is_adjunct(tok: Token) -> bool:
    if tok.dep_ in ADJUNCT_DEPS:
        return not (tok.dep_ == "advcl" and _for_to_clause(tok))
    if tok.dep_ == "prep" and tok.lemma_.lower() in ADJUNCT_PREPOSITIONS:
        return True
    return tok.dep_ == "pobj" and tok.head.lemma_.lower() in ADJUNCT_PREPOSITIONS


FR_VERB_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ent", "er"),
    ("es", "er"),
    ("e", "er"),
    ("ées", "er"),
    ("és", "er"),
    ("ée", "er"),
    ("é", "er"),
    # future and conditional are built on the infinitive: "frapperont", "approfondiront"
    ("ont", ""),
    ("ons", ""),
    ("ez", ""),
    ("ai", ""),
    ("as", ""),
    ("a", ""),
    ("ait", ""),
    ("aient", ""),
)


def _fr_verb_lemmas(token: Token) -> list[str]:
    """First-group infinitives a form may belong to when the tagger left it unlemmatised
    ("réclame" tagged VERB with lemma "réclame")."""
    text = token.text.lower()
    if token.lemma_.lower() != text:
        return []
    if text.endswith("ant") and any(c.dep_ in VERBAL_COMPLEMENTS for c in token.children):
        # a present participle used as a verb ("menaçant d'étendre les opérations", tagged ADJ
        # with lemma "menaçant"); "un ton menaçant", with no complement, stays an adjective
        stem = text[:-3]
        stem = stem[:-1] + "c" if stem.endswith("ç") else stem[:-1] if stem.endswith("ge") else stem
        return [stem + "er"]
    return [text[: -len(end)] + inf for end, inf in FR_VERB_ENDINGS if text.endswith(end)]


VERBAL_COMPLEMENTS: frozenset[str] = frozenset({"obj", "xcomp", "ccomp", "iobj", "obl:arg"})
# verbs that name as well as ask: "appelé Zone 4", "what Moscow calls an operation"
NAMING_VERBS: frozenset[str] = words_any("naming_verbs")


def _verb_forms(token: Token) -> set[str]:
    """A verb's lemma, its form and the infinitives an unlemmatised form may belong to: the
    keys a verb word list is matched against."""
    return {token.lemma_.lower(), token.lower_, *_fr_verb_lemmas(token)}


def _habitual(token: Token, lex: Lexicon) -> bool:
    """ "les frappes russes répétées", "daily shelling": a pattern, not one occurrence."""
    words = word_classes(lex.lang).get("habitual", frozenset())
    mods = [c for c in token.children if c.dep_ in {"amod", "advmod", "acl"}]
    mods += [g for c in mods for g in c.children if g.dep_ in {"amod", "acl", "conj"}]
    return bool(_class_keys(mods) & words)


def _is_topic(token: Token) -> bool:
    """ "talks on a ceasefire and hostage release": the release is what is talked about."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    tok = token
    while tok.dep_ in {"conj", "compound"} and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if prep.lemma_.lower() in TOPIC_PREPOSITIONS and prep.head.lemma_.lower() in TOPIC_HEADS:
        return True  # English: talks -prep-> on -pobj-> release
    case = next((c for c in tok.children if c.dep_ == "case"), None)
    return (
        case is not None
        and case.lemma_.lower() in TOPIC_PREPOSITIONS
        and tok.head.lemma_.lower() in TOPIC_HEADS
    )


COPULAS: frozenset[str] = words_any("copulas")
TALK_DEPS: frozenset[str] = frozenset({"obj", "dobj", "obl", "obl:arg", "obl:mod", "nmod", "pobj"})


def _generic_predicate(token: Token, lex: Lexicon) -> bool:
    """ "Les bombardements sont devenus le quotidien de…", "shelling is a daily fact of life":
    the trigger is the subject of a copular predicate that calls it habitual."""
    if token.pos_ not in {"NOUN", "PROPN", "VERB"} or token.dep_ not in SUBJECTS:
        return False  # a VERB subject is a gerund: "Shelling has become…"
    pred = token.head
    if _purpose_of(pred, lex):
        return True  # "les bombardements visent à briser le moral": what they are for, not one
    copular = (
        pred.lemma_.lower() in COPULAS
        or any(c.dep_ == "cop" for c in pred.children)
        or any(lemma in COPULAS for lemma in _fr_verb_lemmas(pred))  # "reste" left unlemmatised
    )
    if not copular:
        return False
    words = word_classes(lex.lang).get("generic_predicate", frozenset())
    own = {t.i for t in token.subtree}
    rest = [t for t in pred.subtree if t.i not in own]
    return bool(_class_keys(rest) & words)


def _trend(token: Token, lex: Lexicon) -> bool:
    """ "Les enlèvements se sont multipliés", "attacks on aid workers have surged", "une
    recrudescence des attaques", "a rise in arrests": a count that goes up or down over time,
    not one occurrence. A plural noun subject of a trend verb, or the complement of a trend noun."""
    if token.pos_ not in {"NOUN", "PROPN"} or "Plur" not in token.morph.get("Number"):
        return False  # counted occurrences; "l'évacuation" after "la montée des eaux" is none
    classes = word_classes(lex.lang)
    tok = token
    while tok.dep_ in {"conj", "compound"} and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ in SUBJECTS:
        verbs = _verb_forms(head)
        return bool(verbs & classes.get("trend_verb", frozenset()))
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
        head = head.head  # English: a rise -prep-> in -pobj-> attacks
    elif tok.dep_ != "nmod":
        return False
    return head.i != tok.i and bool(_class_keys([head]) & classes.get("trend_noun", frozenset()))


def _any_occurrence(token: Token, lex: Lexicon) -> bool:
    """ "chaque frappe sur une centrale est un crime de guerre", "any attack on a member
    state": a quantifier over all occurrences states a rule, not one occurrence."""
    words = word_classes(lex.lang).get("generic_det", frozenset())
    return token.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "det" and c.lower_ in words for c in token.children
    )


def _recurring(token: Token, lex: Lexicon) -> bool:
    """ "Protests erupt almost every weekend", "la ville est bombardée chaque nuit", "Russia
    shells the town daily": a clause that tells a recurrence ("every"/"chaque"/"tous les" with
    a time word, or a habitual adverb) states a pattern, not one occurrence."""
    classes = word_classes(lex.lang)
    clause = token.head if token.dep_ in SUBJECTS | {"obj", "dobj"} else token
    adverbs = classes.get("habitual_adverb", frozenset())
    times = classes.get("recurrence_time", frozenset())
    every = classes.get("every", frozenset())
    for c in clause.children:
        if c.dep_ == "advmod" and _class_keys([c]) & adverbs:
            return True
        if c.dep_ not in {"obl", "obl:mod", "obl:tmod", "nmod", "npadvmod", "advmod", "nmod:tmod"}:
            continue
        if _class_keys([c]) & times and _class_keys(list(c.children)) & every:
            return True
    return False


def _repelled(token: Token, lex: Lexicon) -> bool:
    """ "ont repoussé une attaque", "repelled an attack": the repelling verb is the clash; the
    bare attack noun it governs is the same fight, not a second event (a typed one, "repoussé
    une attaque de drones", still tells its weapon)."""
    return token.dep_ in {"obj", "dobj"} and bool(
        _class_keys([token.head]) & word_classes(lex.lang).get("repel", frozenset())
    )


def _supported(token: Token, lex: Lexicon) -> bool:
    """ "ont dit soutenir un cessez-le-feu et la libération des otages", "they back the
    release of all hostages", "pushed for a withdrawal": what one supports or seeks is a
    position, not an act that took place ("welcomed the release" still reports one)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    words = word_classes(lex.lang).get("support_verb", frozenset())
    tok = token
    while tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.i != head.i:
            head = head.head  # "pushed -prep-> for -pobj-> a withdrawal"
        elif not (
            tok.dep_ in {"obj", "dobj"} or (tok.dep_ == "conj" and head.pos_ == "VERB")
        ):  # the parser may hang a second object on the verb itself: "soutenir X et la libération"
            if tok.dep_ in {"conj", "compound"}:
                tok = head
                continue
            return False
        return bool(_verb_forms(head) & words)
    return False


def _willing(token: Token, lex: Lexicon) -> bool:
    """ "open to talks", "ready for negotiations", "ouvert à des négociations", "prêt au
    dialogue": a readiness, not a meeting that is held or planned."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"to", "for"}:
        head = head.head
    elif token.dep_ not in {"obl", "obl:arg", "obl:mod", "nmod"}:
        return False
    return (
        head.i != token.i
        and head.pos_ in {"ADJ", "VERB"}  # "se dit ouvert à": the participle may be tagged VERB
        and bool({head.lower_} & word_classes(lex.lang).get("willing", frozenset()))
    )


def _counted(token: Token) -> bool:
    """A figure in the trigger's clause ("les frappes répétées ont tué cinq civils"): the
    habitual word qualifies an occurrence that is told with its toll."""
    if token.dep_ not in SUBJECTS:
        # an object: only its own phrase ("Les deux présidents ont condamné les frappes
        # répétées": the leaders' number is no toll)
        return any(t.like_num for t in _subtree_without_clauses(token))
    own = {t.i for t in token.subtree}  # a subject: its verb's complements ("ont tué cinq civils")
    return any(t.like_num and t.i not in own for t in _subtree_without_clauses(token.head))


def _sport_context(sent: Span, lex: Lexicon) -> bool:
    """ "Saka struck twice … in the second half", "la frappe de l'attaquant a fini en
    lucarne": a sentence about a match uses war words for play."""
    return bool(_class_keys(list(sent)) & word_classes(lex.lang).get("sport_sentence", frozenset()))


def _match_brawl(sent: Span, lex: Lexicon) -> bool:
    """ "des affrontements entre les deux équipes après le match", "fans clashed outside the
    stadium": a fight around a match is between teams or fans, never an armed clash."""
    words = word_classes(lex.lang).get("t14_match_sentence", frozenset())
    return bool(_class_keys(list(sent)) & words)


def _business_context(sent: Span, lex: Lexicon) -> bool:
    """ "a lancé une offensive commerciale contre ses concurrents", "a hostile takeover bid
    called an attack on shareholders": a sentence about trade uses war words for competition."""
    words = word_classes(lex.lang).get("business_sentence", frozenset())
    return bool(_class_keys(list(sent)) & words)


DEFINITE_DETS: frozenset[str] = words_any("definite_determiners")
# The headline, the standfirst and the lead tell the news: a definite event noun there ("Après
# l'attaque de drones contre Odessa, Kiev promet une riposte") may be the story's only telling.
LEAD_PARAS = 2


def _time_anchor(token: Token, lex: Lexicon) -> bool:
    """ "found that sexual violence occurred during the Hamas-led attack on southern Israel",
    "Avant l'assaut final, le M23 s'était emparé de Minova": a definite event noun that only
    dates another clause refers to a known occurrence; it tells none (one with its own date
    or figure, "after the attack of 7 October", "après l'attaque qui a fait 12 morts", does)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not any(
        c.dep_ in {"det", "poss", "nmod:poss"} and (c.lower_ in DEFINITE_DETS or c.dep_ != "det")
        for c in token.children
    ):
        return False
    words = lex.words("anchor_preposition")
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ not in words or prep.head.i == prep.i:
            return False
        if any(c.dep_ == "npadvmod" for c in prep.children):
            return False  # "one day after the riot": dated from the clause, so an occurrence
    elif not any(c.dep_ == "case" and c.lower_ in words for c in token.children):
        return False
    phrase = list(token.subtree)
    if any(t.like_num for t in phrase) or any(t.dep_ in RELATIVE_DEPS for t in phrase):
        return False  # "l'entretien … au cours duquel ils ont évoqué…": told on, not a mere anchor
    # its own date may stand in apposition right after it, before any verb: "depuis
    # l'entretien entre X et Y, le 26 mars, au cours duquel…" (not "Avant l'assaut, le M23
    # s'était emparé le 21 janvier de…", the main clause's date)
    doc = token.doc
    last = phrase[-1].i + 1
    stop = min(last + 20, token.sent.end if token.sent is not None else len(doc))
    while last < stop and doc[last].pos_ not in {"VERB", "AUX"}:
        last += 1
    start, end = phrase[0].idx, doc[last - 1].idx + len(doc[last - 1])
    found = resolvers.find_date_expressions(doc_text(doc)[start:end], lex.lang)
    return not found


def _generic_complaint(token: Token, lex: Lexicon) -> bool:
    """ "Les fusillades sont quasi quotidiennes, déplorent les habitants", "shootings are
    almost daily, residents complain": a complaint whose content is a pattern, not an act
    condemned (a condemnation of one occurrence names it: "déplore la mort de trois civils")."""
    if token.pos_ != "VERB":
        return False
    if token.dep_ in {"parataxis", "ccomp"} and token.head.i != token.i:
        content = [token.head]  # the inquit after its quotation
    else:
        content = [c for c in token.children if c.dep_ in {"ccomp", "parataxis"}]
    classes = word_classes(lex.lang)
    words = classes.get("habitual", frozenset()) | classes.get("habitual_adverb", frozenset())
    # the predicate and its own modifiers ("sont quasi quotidiennes", "are almost daily")
    near = [g for c in content for g in (c, *c.children)]
    return bool(_class_keys([t for t in near if t.i != token.i]) & words)


def _in_condition(token: Token, sent: Span, lex: Lexicon) -> bool:
    """ "Si l'Occident cessait ses livraisons d'armes, l'Ukraine s'effondrerait", "If Russia
    attacked a NATO member, the alliance would respond": the condition of a conditional is
    supposed, not told (its main clause may still be a threat or a plan)."""
    marks = lex.words("condition_mark")
    for verb in [token, *ancestors_in(token, sent)]:
        if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ != "advcl":
            continue
        if any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children):
            return True
    return False


OPENING_QUOTES = ("«", '"', "“", "‘", "'")
CLOSING_QUOTES = ("»", '"', "”", "’", "'")


# Acts of violence a speaker's quoted word may only liken something to (not speech acts,
# whose quoted noun is the very word said: "expressed 'deep indignation'").
LABEL_TYPES: frozenset[str | None] = frozenset(
    {None, "abduction", "attack_on_civilians", "mob_violence", "sexual_violence", "riot"}
    | {"armed_clash", "shelling", "air_strike", "drone_strike", "missile_strike"}
)


def _quoted_label(token: Token, lex: Lexicon) -> bool:
    """ "La direction dénonce une « prise d'otages » des passagers", "called the walkout
    'hostage-taking'": a short noun phrase in quotes that a naming or denouncing verb
    governs (`label_verb`) is the speaker's label for something else, not an event told (a
    figure, or an author "« viols » commis par des hommes armés", still tells one)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    doc = token.doc
    lo = next(
        (t for t in reversed(doc[max(token.i - 4, 0) : token.i]) if t.text in OPENING_QUOTES),
        None,
    )
    hi = next(
        (t for t in doc[token.i + 1 : min(token.i + 5, len(doc))] if t.text in CLOSING_QUOTES),
        None,
    )
    if lo is None or hi is None:
        return False
    inside = doc[lo.i + 1 : hi.i]
    if any(t.like_num or t.pos_ in {"VERB", "AUX"} or t.text in CLOSING_QUOTES for t in inside):
        return False  # a quoted clause ("« des drones ont frappé »") or a figure tells one
    head = token
    while head.head.i != head.i and lo.i < head.head.i < hi.i:
        head = head.head  # the phrase's head inside the quotes ("prise" of "prise d'otages")
    if head.dep_ in SUBJECTS or any(c.dep_ in {"acl", "acl:relcl", "relcl"} for c in head.children):
        return False  # « viols systématiques » commis par des hommes armés: an act with its author
    verb = head.head
    if verb.pos_ == "ADP" and verb.head.i != verb.i:
        verb = verb.head  # English: likened -prep-> to -pobj-> "a hostage-taking"
    words = word_classes(lex.lang).get("label_verb", frozenset())
    return bool(_verb_forms(verb) & words)


def _rubric_line(sent: Span, lex: Lexicon) -> bool:
    """The sentence's line opens with a sport or business section label ("Sport : …",
    "Business: …"): war words on such a page are play or competition."""
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    return _clutter_header(text[start : sent.end_char], lex.words("sport_rubric"), alone=False)


def _verbal_fight(token: Token, lex: Lexicon) -> bool:
    """ "MPs clashed over the budget", "les députés se sont affrontés sur la réforme": members
    of a debate who fight with words (their subject, or the clause of the fighting noun)."""
    words = word_classes(lex.lang).get("debater", frozenset())
    verb = token.head if token.dep_ in SUBJECTS | {"obj", "dobj"} else token
    # the subjects' head nouns only: "supporters of rival candidates clashed" is a street fight
    subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
    subjects += [g for c in subjects for g in c.children if g.dep_ == "conj"]
    if _class_keys(subjects) & words:
        return True
    # a clash word ("clashed over a motion", "des joutes lors du débat") in a debate's sentence
    debate = word_classes(lex.lang).get("debate_sentence", frozenset())
    return token.sent is not None and bool(_class_keys(list(token.sent)) & debate)


def _question(token: Token, lex: Lexicon) -> bool:
    """ "a demandé si la France enverrait des troupes", "asked whether Britain would send
    troops", "asked why": an asking verb whose complement is an indirect question."""
    if token.pos_ != "VERB":
        return False
    words = lex.words("question_word")
    for clause in token.children:
        if clause.dep_ not in {"ccomp", "advcl", "xcomp"} or clause.i < token.i:
            continue
        first = next((t for t in clause.subtree), clause)
        if first.lower_ in words or any(
            g.dep_ in {"mark", "advmod"} and g.i < clause.i and g.lower_ in words
            for g in clause.children
        ):
            return True
    return False


def _denied_category(token: Token) -> bool:
    """ "This was not protest, it was thuggery", "ce n'était pas une manifestation": a
    negated copular predicate refuses a name to what happened; it tells no occurrence."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.dep_ in {"attr", "acomp"} and token.head.lemma_.lower() == "be":
        holders = [token.head, token]  # English: was -attr-> protest; "not" on either
    elif any(c.dep_ == "cop" for c in token.children):
        holders = [token]  # French: manifestation -cop-> était, -advmod-> pas
    else:
        return False
    return any(is_negated(h) for h in holders)


def _escalated(token: Token, lex: Lexicon) -> bool:
    """ "la Russie pourrait intensifier ses frappes", "Russia has stepped up its attacks": a
    pattern of attacks made denser, not one occurrence (a clause with a figure still tells one)."""
    if token.pos_ not in {"NOUN", "PROPN"} or "Plur" not in token.morph.get("Number"):
        return False
    if token.dep_ not in {"obj", "dobj"}:
        return False
    verb = token.head
    words = word_classes(lex.lang).get("intensify_verb", frozenset())
    if not _verb_forms(verb) & words:
        return False
    return not any(t.like_num for t in _subtree_without_clauses(verb))


CLUTTER_MARKS = ":|-–—>»►•"
MAX_LISTED_HEADLINES = 12  # a related-links block lists a handful of titles
LINE_ENDS = (".", "!", "?", "»", '"', "”")  # a body sentence's end; a listed headline has none


def _clutter_header(line: str, headers: frozenset[str], alone: bool) -> bool:
    """``line`` opens with a related-links or caption header ("Lire aussi : …", "Read more:",
    "Photo : …"); ``alone``: the header stands by itself on its line ("À lire aussi")."""
    low = line.strip().lstrip("".join(CLUTTER_MARKS) + " *#").strip().lower()
    for h in headers:
        if not low.startswith(h):
            continue
        rest = low[len(h) :].lstrip()
        if alone and rest.strip(CLUTTER_MARKS + " ") == "":
            return True  # "À lire aussi" on its own line, above the listed headlines
        if not alone and rest and rest[0] in CLUTTER_MARKS:
            return True  # "Photo : …" opening the line
    return False


def _credited(line: str, lex: Lexicon) -> bool:
    """A caption line: it carries a photo credit ("… à Goma, lundi. © Kivu Matin", "… in
    October. (Reuters/File photo)")."""
    stop = max(line.rfind(". "), line.rfind("? "), line.rfind("! "))
    if "©" in line[stop + 1 :] and len(line) <= 300:
        return True  # the credit closes a short line: "… lundi. © Kivu Matin"
    tail = line.rstrip().rstrip(".")
    if not tail.endswith(")") or "(" not in tail:
        return False
    credit = tail[tail.rfind("(") + 1 : -1].lower()
    words = {w.strip(" .,;:") for w in credit.replace("/", " ").split()}
    return bool(words & lex.words("photo_credit"))


TEASER_MAX = 140  # a teaser is a headline-length line


def _page_teaser(line: str, lex: Lexicon) -> bool:
    """A print page's teaser for another page: "Man shot dead in Manchester, page 7",
    "Un homme tué à Lyon – Lire page 12": that page's story, not this one's."""
    body = line.strip().rstrip(".").rstrip()
    words = body.split()
    if len(words) < 3 or not words[-1].rstrip(")").isdigit():
        return False
    tail = " ".join(words[-3:-1]).lower().lstrip("(–-,; ")
    last = words[-2].lower().lstrip("(")
    return any(
        tail == w or tail.endswith(" " + w) or last == w for w in lex.words("page_reference")
    )


def page_clutter(sent: Span, lex: Lexicon) -> bool:
    """A line of page clutter republished with a dispatch: a "Photo : …" caption, or a
    headline of the block that follows a related-links header on its own line ("À lire
    aussi", "Related stories"): other stories' titles. An inline "Lire aussi : …" line is
    kept: a live page links there to its own story's events (the deal it reports)."""
    headers = lex.words("page_clutter_header")
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.start_char)
    line = text[start : end if end >= 0 else len(text)]
    if _clutter_header(line, lex.words("caption_header"), alone=False) or _credited(line, lex):
        return True
    if sent.start_char <= start + 1 and len(line) <= TEASER_MAX and _page_teaser(line, lex):
        return True  # a short line of its own, not a paragraph that ends on a page number
    if line.rstrip().endswith(LINE_ENDS) or len(line) > 200:
        return False  # a sentence of the body, not a listed headline
    for _ in range(MAX_LISTED_HEADLINES):  # walk up over the block's headlines, to its header
        if start <= 0:
            return False
        prev_end = start - 1
        start = text.rfind("\n", 0, prev_end) + 1
        prev = text[start:prev_end].strip()
        if not prev:
            continue
        if _clutter_header(prev, headers, alone=True):
            return True
        if prev.endswith(LINE_ENDS) or len(prev) > 200:
            return False
    return False


def _fled_cause(token: Token, lex: Lexicon) -> bool:
    """ "ont fui les combats", "fled the fighting", "déplacées par les violences": what
    people flee or are driven out by is the war in general, not an occurrence of it (an
    indefinite "fled an attack on…" still tells one)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children):
        return False
    head = token.head
    if token.dep_ == "pobj" and head.dep_ in {"prep", "agent"}:
        head = head.head  # English: displaced -agent-> by -pobj-> the violence
    elif token.dep_ not in {"obj", "dobj", "obl", "obl:agent", "obl:arg"}:
        return False
    verbs = _verb_forms(head)
    return head.i != token.i and bool(verbs & word_classes(lex.lang).get("flee", frozenset()))


def _prepared(token: Token, lex: Lexicon) -> bool:
    """ "des attaques terroristes étaient préparées", "a déjoué un attentat", "plotting an
    attack": an act planned, plotted or foiled is not one that took place."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    words = word_classes(lex.lang).get("preparation", frozenset())
    tok = token
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head  # English: "accused of plotting -prep-> attacks"
    if tok.dep_ in {"obj", "dobj", "nsubj:pass", "nsubjpass", "pobj", "prep"}:
        return bool(_class_keys([tok.head]) & words)
    return False


def _purpose_of(pred: Token, lex: Lexicon) -> bool:
    """A purpose verb with an infinitive ("vise à briser", "are meant to terrorise")."""
    if pred.lemma_.lower() not in word_classes(lex.lang).get("purpose", frozenset()):
        return False
    return any(
        c.dep_ in {"xcomp", "ccomp", "advcl"}
        and c.pos_ == "VERB"
        and c.i > pred.i
        and ("Inf" in c.morph.get("VerbForm") or any(g.lower_ in {"à", "to"} for g in c.children))
        for c in pred.children
    )


PROTEST_TYPES: frozenset[str] = frozenset(
    {"peaceful_protest", "protest_with_intervention", "riot", "labour_strike"}
)
MOVEMENT_TYPES: frozenset[str] = frozenset({"force_movement", "retreat"})
PURPOSE_SPEECH_TYPES: frozenset[str] = frozenset({"condemn", "demand", "reject", "support"})


def _drop_protest_purposes(mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """ "descendus dans la rue pour dénoncer la hausse", "gathered to denounce the decision":
    what a protest is for is its slogan, not a separate condemnation. A gathering verb counts
    even when it is not typed a protest itself ("who had gathered … to denounce")."""
    protests = {m.trigger.i for m in mentions if m.type in PROTEST_TYPES}
    gathering = word_classes(lex.lang).get("gathering_verb", frozenset())
    return [
        m
        for m in mentions
        if not (
            m.type in PURPOSE_SPEECH_TYPES
            and m.trigger.dep_ in {"advcl", "xcomp", "acl"}
            and (
                m.trigger.head.i in protests
                or (m.trigger.head.pos_ == "VERB" and m.trigger.head.lemma_.lower() in gathering)
            )
        )
    ]


def _is_talk_topic(token: Token, lex: Lexicon) -> bool:
    """ "will speak about drone attacks", "a évoqué les frappes lors d'une conférence", "un
    colloque sur les bombardements", "faire face aux attaques de drones": what a talk, book or
    conference is about, or a threat that one copes with. A topic with a
    figure or an indefinite singular ("a évoqué une frappe qui a tué…") still reports one."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    tok = token
    while tok.dep_ in {"conj", "compound"} and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in TALK_DEPS:
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # English: speak -prep-> about -pobj-> attacks
    classes = word_classes(lex.lang)
    words = classes.get("talk_verb", frozenset()) | classes.get("cope", frozenset())
    # "faire face aux attaques de drones", "vulnerable to drone strikes": a threat coped with
    case = [c for c in tok.children if c.dep_ == "case"]
    if not (_class_keys([head, *case]) & words):
        return False
    if any(t.like_num for t in token.subtree):
        return False
    return not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children)


def _is_device(
    munition: Token, inst: InstrumentEntry | None, default: str | None, lex: Lexicon
) -> bool:
    """A bomb planted, not dropped: a device modifier on the munition ("roadside", "piégée"),
    or a bomb named by a word for a bombing ("attentat", "blast", "tore through")."""
    words = word_classes(lex.lang).get("device_modifier", frozenset())
    if _class_keys(list(munition.children)) & words:
        return True
    return default == "explosive_device" and inst is not None and inst.instrument == "bomb"


def _in_organisation_name(token: Token) -> bool:
    """ "l'Organisation pour l'interdiction des armes chimiques": a name, not a ban; "le
    Rassemblement national", "the National Rally": a capitalised word of a party's or a
    body's name (mid-sentence, in a name of two words or more) is no rally."""
    if token.ent_type_ not in {"ORG"}:
        return False
    start, end = _entity_bounds(token)
    if token.is_title and token.sent is not None and token.i > token.sent.start and end - start > 1:
        return True
    if token.ent_iob_ != "I":
        return False
    return token.doc[start].is_title and token.is_lower


def _entity_bounds(token: Token) -> tuple[int, int]:
    """Token indices [start, end) of the named entity ``token`` belongs to."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


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
            (c.lemma_.lower() in DEMONSTRATIVES or c.text.lower() in DEMONSTRATIVES)
            # "denied that its forces had struck…": the conjunction "that" is no demonstrative
            and c.dep_ != "mark"
            and c.pos_ != "SCONJ"
            for c in tok.children
        ):
            return True
    return False


def _attack_subject_is_trigger(token: Token, lex: Lexicon) -> bool:
    """ "Des attaques de drones ont visé X", "a lancé une attaque de drones": the noun is the
    trigger, not the verb."""
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj"}:
            for entry in lex.triggers_for(child.lemma_, child.pos_):
                if entry.kind == "attack":
                    return True
    return False


def find_mentions(sent: Span, para: int, lex: Lexicon) -> list[Mention]:
    """Every trigger of ``sent`` as a :class:`Mention` with its type, instrument and kind."""
    out: list[Mention] = []
    if page_clutter(sent, lex):
        return out
    callers: set[int] = set()  # "appellent à la grève": the call is the strike's announcement
    for token in sent:
        if token.is_space or token.is_punct:
            continue
        pos = "NOUN" if token.pos_ in {"PROPN", "X"} else token.pos_
        if pos in {"ADV", "ADJ", "NOUN", "X"} and _has_auxiliary(token):
            pos = "VERB"  # "ont violé" tagged ADV: a word with an auxiliary is a verb
        entries = lex.triggers_for(token.lemma_, pos)
        if not entries and pos == "ADJ":
            entries = lex.triggers_for(token.lemma_, "NOUN")
        if not entries and pos in {"VERB", "ADJ"} and lex.lang == "fr":
            entries = next(
                (e for lemma in _fr_verb_lemmas(token) if (e := lex.triggers_for(lemma, "VERB"))),
                (),
            )
        if not entries:
            continue
        entry = _choose(entries, token, lex)
        if entry is None:
            continue
        mention = _mention(entry, token, sent, para, lex)
        if mention is None:
            continue
        caller = _protest_call(token, mention, sent, lex)
        if caller is not None:
            callers.add(caller.i)
        if (
            (caller is None and is_nested(token, sent, lex))
            or _is_topic(token)
            or _in_organisation_name(token)
            or _is_talk_topic(token, lex)
            or _generic_predicate(token, lex)
            or _prepared(token, lex)
            or _trend(token, lex)
            or _any_occurrence(token, lex)
            or _recurring(token, lex)
            or (_is_fighting(mention) and (_sport_context(sent, lex) or _fled_cause(token, lex)))
            or (_is_fighting(mention) and mention.munition is None and _business_context(sent, lex))
            or (_is_fighting(mention) and _rubric_line(sent, lex))
            or (
                mention.type == "armed_clash"
                and mention.kind == "event"
                and (_verbal_fight(token, lex) or _match_brawl(sent, lex))
            )
            or (mention.type == "demand" and _question(token, lex))
            or (mention.type == "demand" and _naming(token))
            or _denied_category(token)
            or (mention.type in LABEL_TYPES and _quoted_label(token, lex))
            or _in_condition(token, sent, lex)
            or (mention.type in {"condemn", "accuse"} and _generic_complaint(token, lex))
            or (
                mention.kind in {"attack", "event"}
                and para > LEAD_PARAS
                and _time_anchor(token, lex)
            )
            or (_is_fighting(mention) and _escalated(token, lex))
            or (mention.kind == "attack" and mention.type is None and _repelled(token, lex))
            or (not _is_fighting(mention) and (_supported(token, lex) or _willing(token, lex)))
            or (_is_fighting(mention) and _habitual(token, lex) and not _counted(token))
            or (_durative(token, lex) and _is_fighting(mention))
            or (mention.type == "force_movement" and _stationed(token, lex))
            or (mention.type == "armed_clash" and _equipment_modifier(token, lex))
            or (mention.type == "peaceful_protest" and _in_protest(token, lex))
            or (mention.type == "demand" and _organiser_call(token, lex))
            or (mention.type == "consult_meeting" and _setting_meeting(token, lex))
            or (mention.type == "arrest" and token.dep_ == "amod" and token.i < token.head.i)
        ):
            LOGGER.debug("nested trigger %r skipped", token.text)
            continue
        if _earlier_occurrence(token, lex):
            mention.distinct = True
        quantifier = _quantifier_head(token, lex)
        if quantifier is not None and mention.kind == "attack":
            # "a mené une série de frappes sur le sud du Liban": the set noun carries the
            # author (object of the light verb) and the place; the attack word keeps the type
            mention.trigger = quantifier
        out.append(mention)
        if mention.kind == "casualty":
            agent = _weapon_agent(token, sent, para, lex) or _armed_agent(token, sent, para, lex)
            if agent is not None and not any(m.trigger.i == agent.trigger.i for m in out):
                out.append(agent)
    out = [m for m in out if m.trigger.i not in callers]
    return _drop_protest_purposes(_drop_echoes(out), lex)


def _protest_call(token: Token, mention: Mention, sent: Span, lex: Lexicon) -> Token | None:
    """ "L'intersyndicale appelle les salariés à se mettre en grève le 7 mars", "students
    called for new blockades next week": a call to protest or strike announces that protest
    (hypothetical), it is not a demand of its own; so does an order to troops to move ("ordered
    the army to withdraw from the buffer zone"). Returns the calling verb or noun."""
    if mention.type in PROTEST_TYPES:
        calls = word_classes(lex.lang).get("protest_call", frozenset())
    elif mention.type in MOVEMENT_TYPES:
        calls = word_classes(lex.lang).get("troop_order", frozenset())
    else:
        return None
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in token.children):
        return None  # "n'ont pas appelé à ce rassemblement": a known rally, the call is the act
    for anc in ancestors_in(token, sent):
        if anc.pos_ in {"VERB", "NOUN"} and _class_keys([anc]) & calls:
            entries = lex.triggers_for(anc.lemma_, "NOUN" if anc.pos_ == "NOUN" else "VERB")
            chosen = _choose(entries, anc, lex) if entries else None
            if chosen is not None and chosen.type in {"demand", "threaten"}:
                return anc
            return None
        if anc.pos_ == "VERB" and anc.dep_ not in {"xcomp", "ccomp", "acl", "obl", "conj"}:
            return None  # another clause's verb stands between: not a call's content
    return None


def _quantifier_head(token: Token, lex: Lexicon) -> Token | None:
    """The set noun an attack noun is counted by ("une vague de frappes", "a wave of strikes")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
        head = head.head
    elif token.dep_ != "nmod":
        return None
    words = word_classes(lex.lang).get("quantifier", frozenset())
    if head.i == token.i or head.pos_ != "NOUN" or not (_class_keys([head]) & words):
        return None
    return head


def _weapon_agent(token: Token, sent: Span, para: int, lex: Lexicon) -> Mention | None:
    """ "tuées par un drone", "killed by a Russian missile": the weapon that killed is an
    attack of its type, even with no attack word."""
    for child in token.children:
        noun = child
        if child.dep_ == "agent":  # English: killed -agent-> by -pobj-> missile
            noun = prep_object(child, child)
        elif child.dep_ == "nsubj" and token.pos_ == "VERB":
            # "A car bomb killed six soldiers", "un drone a tué deux civils": the weapon as
            # the active subject; only the word itself, an attack noun types its own event;
            # a weapon with its own verb ("une bombe larguée par un avion") is read there
            if (
                not _kills(token, lex)
                or any(e.kind == "attack" for e in lex.triggers_for(child.lemma_, "NOUN"))
                or any(
                    g.dep_ in {"acl", "acl:relcl", "relcl"} and _has_agent(g)
                    for g in child.children
                )
            ):
                continue
            inst = instrument_of(child, lex)
            if inst is None:  # "une voiture piégée": the modifier names the device
                mods = [g for g in child.children if g.dep_ in {"amod", "compound", "acl"}]
                inst = next((e for g in mods if (e := instrument_of(g, lex))), None)
                noun = next((g for g in mods if instrument_of(g, lex)), child)
            if inst is None or inst.type.startswith("*"):
                continue
        elif child.dep_ not in {"obl:agent", "obl"} or not any(
            g.dep_ == "case" and g.lower_ == "par" for g in child.children
        ):
            continue
        inst = instrument_of(noun, lex)
        if inst is None:
            found = find_instrument(noun, lex, max_depth=2)  # "par des éclats d'obus"
            noun, inst = found if found else (noun, None)
        if inst is None or inst.type.startswith("*"):
            continue
        m = Mention(
            type=inst.type,
            kind="attack",
            trigger=noun,
            sent=sent,
            para=para,
            rule=f"{lex.lang}.trigger.weapon_agent:{inst.lemma}",
            instrument=inst.instrument,
            munition=noun,
        )
        m.prov("type", m.rule, [noun])
        return m
    return None


def _armed_agent(token: Token, sent: Span, para: int, lex: Lexicon) -> Mention | None:
    """ "Des hommes armés ont tué cinq villageois", "killed by gunmen": a killing or wounding
    whose author is an armed group word is an attack, on civilians unless its victims are a
    military target (then a clash). Only named fighters count (`armed_actor`), never a state
    or an attack noun ("Israeli strikes killed 90" is typed by its own word)."""
    if token.pos_ != "VERB" or _names_attack(token, lex):
        return None
    classes = word_classes(lex.lang)
    actors = classes.get("armed_actor", frozenset())
    forces = classes.get("armed_force", frozenset())
    victims = _class_keys(_target_tokens(token))
    # "tué par un policier", "killed by a police officer": a state agent named as the
    # author of a passive killing is an attack (only as the agent: "the officer died" is not)
    agents = classes.get("state_agent", frozenset())
    author: Token | None = None
    speaker = _reporting_subject(token)
    children = list(token.children)
    if speaker is not None and not any(c.dep_ in SUBJECTS for c in children):
        children.append(speaker)  # "l'armée a affirmé avoir tué huit militants"
    for c in children:
        noun = c
        passive = True
        if speaker is not None and c.dep_ in ACTIVE_SUBJECTS and c.pos_ == "PRON":
            noun = speaker  # "the army said it had killed eight militants"
            passive = False
        elif c.i == getattr(speaker, "i", -1):
            passive = False
        elif c.dep_ == "agent":
            noun = prep_object(c, c)
        elif _agent_phrase(c):
            pass
        elif c.dep_ not in ACTIVE_SUBJECTS:
            continue
        else:
            passive = False
        keys = _class_keys([noun, *[g for g in noun.children if g.dep_ in {"amod", "acl"}]])
        if passive and noun.lemma_.lower() in agents and not keys & forces:
            author = noun
            break
        if noun.lemma_.lower() in {"force", "forces"} or keys & forces:
            # "les forces armées ont tué vingt jihadistes": an army's operation against
            # fighters is a clash; "Israeli forces killed three Palestinians": against
            # people named as civilians or by a nationality, an attack on civilians; anything
            # else is left to the attack words
            military = classes.get("military_target", frozenset()) | actors
            if victims & military or _civilian_victims(token, lex):
                author = noun
                break
            continue
        if keys & actors:
            author = noun
            break
    if author is None:
        return None
    fighters = classes.get("military_target", frozenset()) | actors
    code = "armed_clash" if victims & fighters else "attack_on_civilians"
    m = Mention(
        type=code,
        kind="attack",
        trigger=author,
        sent=sent,
        para=para,
        rule=f"{lex.lang}.trigger.armed_agent:{author.lemma_.lower()}",
    )
    m.prov("type", m.rule, [author, token])
    return m


def _has_agent(verb: Token) -> bool:
    """The verb names who acted through a "by"/"par" phrase ("larguée par un avion")."""
    return any(_agent_phrase(c) for c in verb.children)


def _agent_phrase(child: Token) -> bool:
    """A passive's "by"/"par" phrase, as either parser hangs it."""
    return child.dep_ in {"agent", "obl:agent"} or (
        child.dep_ == "obl" and any(g.dep_ == "case" and g.lower_ == "par" for g in child.children)
    )


def _kills(token: Token, lex: Lexicon) -> bool:
    """A verb that counts people killed or wounded (not buildings damaged)."""
    return any(
        e.kind == "casualty" and (e.quantity or "killed") in {"killed", "injured"}
        for e in lex.triggers_for(token.lemma_, "VERB")
    )


def _reporting_subject(token: Token) -> Token | None:
    """The subject of the verb that reports this one, when this one's own subject is that
    speaker ("Pakistan's army said it had killed", "l'armée a affirmé avoir tué"): a
    pronoun subject in the reported clause, or none under an infinitive."""
    if token.dep_ not in {"ccomp", "xcomp"} or token.head.i == token.i:
        return None
    own = [c for c in token.children if c.dep_ in SUBJECTS]
    if own and not (len(own) == 1 and own[0].dep_ in ACTIVE_SUBJECTS and own[0].pos_ == "PRON"):
        return None
    if own and own[0].lower_ not in SPEAKER_PRONOUNS:
        return None
    if not own and token.dep_ != "xcomp":
        return None
    return next(
        (c for c in token.head.children if c.dep_ in ACTIVE_SUBJECTS and c.pos_ != "PRON"), None
    )


# "the army said it had killed": a pronoun in the reported clause that stands for the speaker
SPEAKER_PRONOUNS: frozenset[str] = words_any("triggers_speaker_pronouns")


def _names_attack(token: Token, lex: Lexicon) -> bool:
    """The killing says how in its own clause ("killed 20 soldiers in a missile strike",
    "tués lors d'une frappe de drone"): that attack word types the event, not its author."""
    for tok in _subtree_without_clauses(token):
        if tok.i == token.i or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(e.kind == "attack" for e in lex.triggers_for(tok.lemma_, "NOUN")):
            return True
    return False


def _civilian_victims(token: Token, lex: Lexicon) -> bool:
    """The killing's victims are people, not fighters: a civilian word ("civilians", "des
    villageois") or a nationality used as a noun ("three Palestinians", "deux Syriens")."""
    classes = word_classes(lex.lang)
    victims = [t for t in _target_tokens(token) if t.pos_ in {"NOUN", "PROPN"}]
    keys = _class_keys(victims)
    if keys & (
        classes.get("military_target", frozenset()) | classes.get("armed_actor", frozenset())
    ):
        return False
    if keys & classes.get("civilian", frozenset()):
        return True
    return any(
        resolvers.demonym_country(t.text, lex.lang) is not None
        and t.dep_ in {"obj", "dobj", "nsubj:pass", "nsubjpass"}
        for t in victims
    )


def _setting_meeting(token: Token, lex: Lexicon) -> bool:
    """ "a levé les sanctions à l'issue d'un sommet à Abuja", "brokered a ceasefire at talks in
    Kunming", "on the sidelines of the summit": the meeting is where another act took place
    (its setting, GUIDELINES §4), not an event told for itself."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    setting = word_classes(lex.lang).get("setting_noun", frozenset())
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ == "at" and head.head.pos_ == "VERB":
            return _acts_otherwise(head.head, lex)  # "brokered a ceasefire at talks"
        head = head.head  # "on the sidelines -prep-> of -pobj-> the summit"
    return head.i != token.i and head.pos_ == "NOUN" and bool(_class_keys([head]) & setting)


def _acts_otherwise(verb: Token, lex: Lexicon) -> bool:
    """The verb is itself an event word of another kind than a meeting."""
    for entry in lex.triggers_for(verb.lemma_, "VERB"):
        if (
            entry.type
            and not entry.type.startswith("consult")
            and requirement_met(entry.requires, verb, lex)
        ):
            return True
    return False


def _organiser_call(token: Token, lex: Lexicon) -> bool:
    """ "Des milliers d'agriculteurs bloquent les routes, à l'appel de la FNSEA": who called the
    protest (its organiser), told as a circumstance, not a demand of its own."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in word_classes(lex.lang).get(
        "organiser_call", frozenset()
    ):
        return False
    own_case = {c.lower_ for c in token.children if c.dep_ == "case"}
    return bool(own_case & {"à", "sur"}) and token.dep_ in {"obl", "obl:mod", "nmod", "advcl"}


def _stationed(token: Token, lex: Lexicon) -> bool:
    """ "1 500 soldats étaient encore déployés au Niger", "troops remain stationed there": a
    presence described, not a movement (a passive in the imperfect, "still", "remain")."""
    if token.pos_ != "VERB":
        return False
    still = word_classes(lex.lang).get("still", frozenset())
    for c in token.children:
        if c.dep_ in {"aux:pass", "auxpass"} and "Imp" in c.morph.get("Tense"):
            return True
        if c.dep_ == "advmod" and _class_keys([c]) & still:
            return True
    return token.dep_ in {"xcomp", "acomp"} and bool(_class_keys([token.head]) & still)


def _has_auxiliary(token: Token) -> bool:
    return any(c.dep_ in {"aux", "aux:tense", "aux:pass", "auxpass"} for c in token.children)


def _durative(token: Token, lex: Lexicon) -> bool:
    """ "les combats font rage depuis des mois", "fighting has raged for weeks": a process over
    months or years, not one occurrence (a day-scale "depuis dimanche" still is one)."""
    words = word_classes(lex.lang).get("duration", frozenset())
    ranks = word_classes(lex.lang).get("superlative", frozenset())
    if _class_keys([c for c in token.children if c.dep_ in {"amod", "advmod"}]) & ranks:
        return False  # "la première attaque depuis des mois": one occurrence, dated by contrast
    if _class_keys([_of_head(token)]) & words:
        return True  # "after a month of fighting", "des semaines de combats"
    heads = [token]
    if token.dep_ in SUBJECTS and token.head.pos_ in {"VERB", "AUX"}:
        heads.append(token.head)
    for h in heads:
        for c in h.children:
            if c.dep_ not in {"obl", "obl:mod", "nmod", "prep", "advmod", "npadvmod"}:
                continue
            marks = {g.lower_ for g in c.children if g.dep_ in {"case", "pobj"}} | {c.lower_}
            noun = prep_object(c, c)
            if marks & {"depuis", "for"} and _class_keys([noun]) & words:
                return True
    return False


def _of_head(token: Token) -> Token:
    """The noun ``token`` complements with "of"/"de" ("a month of fighting"), else itself."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        return token.head.head
    if token.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ in {"de", "d'"} for c in token.children
    ):
        return token.head
    return token


def _in_protest(token: Token, lex: Lexicon) -> bool:
    """ "summoned the ambassador in protest", "walked out in protest at": a bare protest noun
    after a manner preposition says why another act was done; no rally took place."""
    if token.pos_ != "NOUN" or any(c.dep_ in {"det", "nummod", "amod"} for c in token.children):
        return False
    if lex.lang == "en":
        return token.dep_ == "pobj" and token.head.lower_ == "in"
    # "en signe de protestation", "en guise de protestation", "en protestation contre"
    return any(c.dep_ == "case" and c.lower_ == "en" for c in token.children) or (
        token.dep_ == "nmod" and token.head.lemma_ in {"signe", "guise"}
    )


def _equipment_modifier(token: Token, lex: Lexicon) -> bool:
    """ "Bradley fighting vehicles", "des véhicules de combat", "combat aircraft": the fighting
    word names a kind of equipment, not an occurrence."""
    head = _of_head(token) if lex.lang == "fr" else token.head
    if lex.lang == "en" and token.dep_ not in {"compound", "amod"}:
        return False
    if head.i == token.i or head.pos_ != "NOUN":
        return False
    equipment = word_classes(lex.lang).get("equipment", frozenset())
    return instrument_of(head, lex) is not None or bool(_class_keys([head]) & equipment)


FIGHTING_TYPES: frozenset[str] = frozenset(
    {"armed_clash", "shelling", "air_strike", "drone_strike", "missile_strike"}
)


def _is_fighting(m: Mention) -> bool:
    """Durations make a process of fighting, not of speech acts ("accuse depuis des mois")."""
    return m.kind in {"attack", "intercept"} or m.type in FIGHTING_TYPES


def _earlier_occurrence(token: Token, lex: Lexicon) -> bool:
    """ "le précédent échange", "an earlier attack": another occurrence than the one told."""
    words = word_classes(lex.lang).get("earlier", frozenset())
    return bool(_class_keys([c for c in token.children if c.dep_ in {"amod", "advmod"}]) & words)


def _drop_echoes(mentions: list[Mention]) -> list[Mention]:
    """ "A suicide bomber blew himself up": the verb whose subject or object is a trigger of
    the same type restates that noun's event; keep the noun only."""
    by_token = {m.trigger.i: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if (
            m.trigger.dep_ in {"acl", "amod"}
            and m.munition is not None
            and m.munition.i == m.trigger.head.i
            and any(
                x is not m and x.munition is not None and x.munition.i == m.munition.i
                for x in mentions
            )
        ):
            continue  # "18 des 25 missiles tirés par la Russie ont été interceptés": one attack

        if m.trigger.pos_ != "VERB" or m.type is None:
            out.append(m)
            continue
        linked = [c.i for c in m.trigger.children if c.dep_ in SUBJECTS | {"obj", "dobj"}]
        # the parser sometimes hangs the subject elsewhere: the noun right before the verb
        linked += [i for i in range(m.trigger.i - 2, m.trigger.i) if i in by_token]
        if any(i in by_token and by_token[i].type == m.type for i in linked):
            continue
        out.append(m)
    return out


def _context_default(token: Token, lex: Lexicon) -> str | None:
    """The type of a bare attack noun that names no weapon ("une attaque contre un village a
    fait 40 morts", "an attack on an army base"), used only if it joins no typed attack and is
    anchored (see ``merge._stands_alone``): an air force acting → air_strike; a military
    target → armed_clash; else an attack on people → attack_on_civilians. Not for an attack on
    an abstraction or a computer ("attaque contre la démocratie", "cyberattaque", "heart attack")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    classes = word_classes(lex.lang)
    phrase = _subtree_without_clauses(token)
    scope = list(phrase)
    if token.dep_ in {"obj", "dobj"} and token.head.lemma_.lower() in lex.cues_of("light_verb"):
        # "a lancé une attaque en règle … lors du débat": the light verb's adjuncts count
        scope += _subtree_without_clauses(token.head)
    if _class_keys(scope) & classes.get("not_physical", frozenset()):
        return None
    around = [*phrase, *_subject_tokens(token)]
    if token.dep_ in {"obj", "dobj"}:
        around.extend(token.head.subtree)  # "l'aviation a mené une attaque"
    if _class_keys(around) & classes.get("air_force", frozenset()):
        return "air_strike"
    targets = _class_keys(_target_tokens(token))
    if targets & classes.get("humanitarian", frozenset()):
        return "attack_on_civilians"  # "un convoi humanitaire", "an aid convoy": not a military one
    if targets & classes.get("military_target", frozenset()):
        return "armed_clash"
    return "attack_on_civilians"


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
        # "*air_strike": the instrument decides; with none, the default once merging found no
        # typed attack to join ("Israeli strikes killed 90 people": an air strike).
        default = entry.type[1:] if entry.type.startswith("*") and len(entry.type) > 1 else None
        type_ = entry.type if not entry.type.startswith("*") else None
        if inst is not None and inst.type.startswith("*") and len(inst.type) > 1:
            # "attaque aérienne": the munitions named elsewhere decide, else an air strike
            default = default or inst.type[1:]
        elif inst is not None and inst.type != "*":
            type_ = inst.type
        if munition is not None and _lemmas_in(list(munition.subtree)) & word_classes(lex.lang).get(
            "chemical", frozenset()
        ):
            type_ = "chemical_attack"  # "des grenades chargées de substances toxiques"
        elif munition is not None and _is_device(munition, inst, default, lex):
            type_ = "explosive_device"  # "une voiture piégée", "a roadside bomb", "un attentat à la bombe"
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
        if type_ is None and default is None and entry.type == "*" and kind == "attack":
            default = _context_default(token, lex)  # "une attaque contre un village"
        # "daily shelling" is a pattern; "repeated strikes killed five civilians" told one
        habitual = _habitual(token, lex) and not _counted(token)
        m.default_type = default if type_ is None and not habitual else None
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
    if type_ == "peaceful_protest" and _lemmas_in(list(sent)) & word_classes(lex.lang).get(
        "intervention", frozenset()
    ):
        type_ = "protest_with_intervention"  # "tear gas to disperse the demonstrators"
    if type_ == "aid_delivery" and _is_modal(token):
        type_ = "aid_pledge"  # "apportera 3 milliards", "se tient prête à livrer", "will provide"
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
