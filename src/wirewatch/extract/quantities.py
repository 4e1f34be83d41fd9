"""How many: figures of a mention, attached by syntax to what they count.

Numbers come from :func:`wirewatch.resolve.numbers.find_numbers`; this module decides what
each one counts: munitions launched or intercepted (with part-of-whole "62 de ces 145",
"11 of 20", "27 drones sur 36"), casualties (a participle's noun: "près d'un millier
blessés"; one indefinite victim, subject or object: "killed a 68-year-old woman"),
buildings, troops (by type: movements, withdrawals, bases), people arrested, abducted,
displaced or demonstrating (a people noun, an argument of the event word, or the event noun
itself: "206 interpellations"), money, and one munition that hit ("a missile struck").
Ages, years, durations, measures and vague plurals ("des dizaines", "scores") never count,
nor do sub-counts ("dont un adolescent", "including two children", "Among the dead were…").
Conjoined groups of one statement add up ("trois soldats et deux civils" → 5). Across
sentences: interceptions with an elided munition ("Forty-one were shot down", "tous abattus")
count the barrage before them (:func:`elliptic_interceptions`), per-region lists ("91 over
Moscow, 126 over Kursk") split into one event per region (:func:`split_breakdown`), and a
later, higher toll of the same source updates it (:func:`updates_toll`).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from wirewatch.model import Claim, QuantityValue

from . import resolvers
from .lexicon import InstrumentEntry, Lexicon, lexicon, words_any
from .mention import ArticleContext, Mention
from .merge import violent_types
from .syntax import PLACE_ENTS, numberish, prep_object
from .triggers import instrument_of

LOGGER = logging.getLogger(__name__)

CASUALTY_KINDS: frozenset[str] = frozenset({"killed", "injured", "missing"})
# the parser sometimes hangs both members of "X et Y" on the verb, each as its subject
CO_ARGUMENT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
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
# Stoppages whose striking union counts its members ("qui représente 80 000 infirmières").
STRIKE_TYPES: frozenset[str] = frozenset({"labour_strike"})
# Event types where one named or singular person is a count of 1 ("le policier … a été placé
# en détention", "Opposition leader Nika Gvaramia was … detained").
SINGLE_PERSON_TYPES: frozenset[str] = frozenset({"arrest", "abduction"})
# Event types whose soldiers or police are counted as troops ("withdrawal of 1,000 troops").
TROOP_TYPES: frozenset[str] = frozenset(
    {"force_movement", "retreat", "base_established", "concede", "territory_transferred"}
)
# Toll nouns: "the death toll rose to 31", "police put the toll at 11", "le bilan s'élève à 12".
TOLL_NOUNS: frozenset[str] = words_any("toll_nouns")
# Prepositions that introduce a toll's figure ("rose to 31", "put … at 11", "s'est alourdi à 31",
# "a toll of 12", "un bilan de 12").
TOLL_PREPS: frozenset[str] = words_any("toll_preps")
# Plain count nouns, for people counted by an event or a casualty word (not for attack words:
# "the number of strikes" counts no one).
COUNT_NOUNS: frozenset[str] = words_any("count_nouns")
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
    """The noun a number counts: "34 drones" (nummod), "62 de ces drones", "milliers de soldats",
    "les policiers, au nombre de 400", "officers numbering 400"."""
    apposed = _apposed_count(tok)
    if apposed is not None:
        return apposed
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


def _apposed_count(tok: Token) -> Token | None:
    """A figure apposed to the noun it counts through a count word: "Les soldats, au nombre de
    1 500, ont quitté…" (figure → "nombre" with "au" → the noun), "officers, numbering 400,
    landed…" (figure → participle "numbering" on the noun)."""
    if not numberish(tok):
        return None
    gov = tok.head
    if gov.i == tok.i or gov.lemma_.lower() not in COUNT_NOUNS | {"number"}:
        return None
    owner = gov.head
    if owner.i == gov.i or owner.pos_ not in {"NOUN", "PROPN"}:
        return None
    if gov.pos_ == "NOUN" and gov.dep_ in {"nmod", "appos"}:
        # only "au nombre de": "le nombre de 140 arrestations" is a toll, read elsewhere
        if any(c.dep_ == "case" and c.lower_ in {"au", "à"} for c in gov.children):
            return owner
    if gov.pos_ == "VERB" and gov.dep_ == "acl" and tok.dep_ in {"dobj", "obj", "npadvmod"}:
        return owner
    return None


def fill_quantities(m: Mention, ctx: ArticleContext) -> None:
    base = m.sent.start_char
    scope_ids = {t.i for t in m.scope} | _qualified_noun_ids(m) | _shared_subject_ids(m)
    scope_ids |= _predicated_noun_ids(m) | _host_argument_ids(m) | _controller_ids(m)
    scope_ids |= _stray_means_ids(m, ctx)
    if m.type in TROOP_TYPES:
        # "a accepté de retirer ses 1 000 militaires": the troops are in the conceded clause
        scope_ids |= {
            t.i for c in m.trigger.children if c.dep_ in {"xcomp", "ccomp"} for t in c.subtree
        }
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
    member_ids = _striking_membership_ids(m, ctx)
    scope_ids |= toll_ids | member_ids
    counted: list[tuple[QuantityValue, Token]] = []  # each figure with the noun it counts
    # "145 drones, 62 of which were shot down": the interception's own bare figure
    elided = _elided_argument(m.trigger, ctx) if m.kind == "intercept" else None
    for idx, num in enumerate(numbers):
        a, b = base + num.start, base + num.end
        toks = _tokens_in(ctx, a, b)
        head = _number_head(toks)
        if head is None:
            continue
        apposed = _apposed_count(head)
        # "five injured": a figure just before the toll word counts it, however it was parsed
        names_trigger = m.kind == "casualty" and toks[-1].i + 1 == m.trigger.i
        if (
            not names_trigger
            and head.i not in scope_ids
            and (apposed is None or apposed.i not in scope_ids)
        ):
            continue  # "French troops, numbering 1,500, withdrew": the figure counts a noun in scope
        if getattr(num, "kind", "count") not in {"count", "money"}:
            continue  # ages, years, durations, measures are never counts
        if num.text.lower().split()[-1] in vague:
            continue  # "des dizaines de morts", "scores of people": no figure to count
        nxt = ctx.doc[min(toks[-1].i + 1, len(ctx.doc) - 1)]
        if nxt.lemma_.lower() in ages or nxt.text.lower().startswith("year"):
            continue  # "une femme de 52 ans": an age, never a count
        if _other_toll_word(m, nxt, ctx):
            continue  # "One dead and five injured": the one is the dead's, not the injured's
        if _apposed_age(toks):
            continue  # "Samir, 19, was killed": a bare figure apposed to a name is an age
        if _is_subcount(m.sent.text, num.start, ctx.lang):
            continue  # "trois civils, dont un adolescent": the part of a toll is no toll
        if m.kind == "intercept" and (idx in wholes or idx in wholes.values()):
            kind, of_total = _part_whole_kind(idx, numbers, wholes)
        elif elided is not None and elided == head:
            # "145 drones, 62 of which were shot down": the relative's bare figure is downed
            kind, of_total = "intercepted", None
        elif head.i in toll_ids:
            kind, of_total = _toll_kind(m, head, ctx), None
        elif head.i in member_ids:
            kind, of_total = "participants", None
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
            text=ctx.text[a:b],
            start=a,
            end=b,
        )
        place = _breakdown_place(toks)
        if place is not None:
            qv.place = place
        noun = _counted_noun(head)
        if noun is not None and _add_to_conjunct(m, qv, noun, counted, ctx):
            continue  # "trois soldats et deux civils" (one statement, one source): 5
        if noun is not None:
            counted.append((qv, noun))
        if any(
            q.kind == qv.kind and q.value == qv.value and q.place == qv.place for q in m.quantities
        ):
            continue
        if kind in CASUALTY_KINDS and _subcount_sentence(m.sent, ctx.lang):
            continue  # "Among the dead were four children": a part of a toll told before
        m.quantities.append(qv)
        m.prov(f"quantities.{kind}", f"number.attach:{head.dep_ or 'root'}", toks)
        if kind in CASUALTY_KINDS and _rising_toll(head, ctx):
            m.prov(f"quantities.{kind}", TOLL_REVISION, toks)
        if of_total is not None and not any(q.kind == "launched" for q in m.quantities):
            m.quantities.append(
                QuantityValue(kind="launched", value=of_total, text=qv.text, start=a, end=b)
            )
        elif kind == "intercepted" and _the_whole_set(head, noun, ctx):
            # "Les six missiles ont été abattus", "all 12 missiles were shot down": the
            # definite set is the whole barrage, launched and downed alike
            if not any(q.kind == "launched" for q in m.quantities):
                m.quantities.append(
                    QuantityValue(kind="launched", value=qv.value, text=qv.text, start=a, end=b)
                )
    _indefinite_conjuncts(m, counted, ctx)
    _ordinal_conjunct(m, ctx)
    if (m.kind == "casualty" or _kills(m, ctx)) and not m.quantities:
        _singular_victim(m, ctx)
    if m.kind == "event" and m.type == "abduction" and not m.quantities:
        _held_crew(m, ctx)
    if m.kind == "event" and m.type in SINGLE_PERSON_TYPES and not m.quantities:
        _single_detainee(m, ctx)
    if m.kind == "attack" and not any(q.kind == "hit" for q in m.quantities):
        _single_munition_hit(m, ctx)
    if m.kind == "intercept" and not m.quantities:
        _single_munition_downed(m, ctx)


@cache
def _subcount_pattern(lang: str) -> re.Pattern[str]:
    """Words that open a part of a count just before its figure ("dont", "including")."""
    cues = sorted(lexicon(lang).words("subcount_cues"), key=len, reverse=True)
    if not cues:
        return re.compile(r"(?!x)x")  # matches nothing
    alts = "|".join(r"\s+".join(map(re.escape, c.split())) for c in cues)
    return re.compile(rf"(?:^|[\W])(?:{alts})\s*[:,]?\s*$", re.IGNORECASE)


def _is_subcount(text: str, start: int, lang: str) -> bool:
    """ "trois civils, dont un adolescent", "five people, including two children"."""
    return bool(_subcount_pattern(lang).search(text[max(0, start - 40) : start]))


def _subcount_sentence(sent: Span, lang: str) -> bool:
    """ "Among the dead were four children", "Parmi les victimes figurent six enfants": a
    sentence opened by "among/parmi" followed by a casualty word details a toll, it is none."""
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or first.lower_ not in lexicon(lang).words("subcount_openers"):
        return False
    # the "among" phrase must be about victims, not a set of munitions ("Parmi les 36 drones")
    phrase = [t for t in first.head.subtree] if first.dep_ in {"case", "prep"} else []
    phrase += list(first.subtree)
    return not any(t.like_num or numberish(t) for t in phrase if t.i != first.i)


def _conjoined(a: Token, b: Token) -> bool:
    """Two nouns of one coordination ("trois soldats et deux civils")."""
    return (
        (a.dep_ == "conj" and a.head.i == b.i)
        or (b.dep_ == "conj" and b.head.i == a.i)
        or (a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i)
    )


def _the_whole_set(head: Token, noun: Token | None, ctx: ArticleContext) -> bool:
    """ "les six missiles", "all 12 missiles", "tous les 20 drones": a figure on a munition
    with a definite or universal determiner names the whole set (not "62 of the 145")."""
    if noun is None or head.dep_ != "nummod" or head.head.i != noun.i:
        return False
    dets = {c.lower_ for c in noun.children if c.dep_ in {"det", "predet"}}
    return bool(dets & ctx.lex.words("whole_set_determiners"))


def _add_to_conjunct(
    m: Mention,
    qv: QuantityValue,
    noun: Token,
    counted: list[tuple[QuantityValue, Token]],
    ctx: ArticleContext,
) -> bool:
    """A figure for a noun conjoined with one already counted, of the same kind, in the same
    mention: one source counts both groups in one statement, so the parts add up ("killed
    three soldiers and two civilians" → 5). Weapons of different types never add (split)."""
    for q, other in counted:
        if q.kind != qv.kind or q.place != qv.place or not _conjoined(noun, other):
            continue
        if noun.i == other.i or numberish(noun) or numberish(other):
            return False  # "des milliers … et des dizaines de milliers": no groups to add
        if _casualty_word(noun, ctx) or _casualty_word(other, ctx):
            return False  # "cinq morts et douze blessés": two counts, not two groups
        lo, hi = sorted((q.end, qv.start))
        between = ctx.text[lo:hi].lower()
        if any(re.search(rf"\b{re.escape(c)}\b", between) for c in ctx.lex.cues_of("attribution")):
            return False  # "60 000 manifestants selon la police et …": rival figures
        q.value += qv.value
        q.start, q.end = min(q.start, qv.start), max(q.end, qv.end)
        q.text = ctx.text[q.start : q.end]
        m.prov(f"quantities.{q.kind}", "number.conjoined_groups", [noun, other])
        return True
    return False


def _casualty_word(tok: Token, ctx: ArticleContext) -> bool:
    """ "morts", "blessés", "dead", "fatalities": a noun that is itself a toll word."""
    return bool(_casualty_kinds(tok, ctx))


def _other_toll_word(m: Mention, tok: Token, ctx: ArticleContext) -> bool:
    """A figure followed by another toll's word ("one dead", "cinq blessés") is not this toll's."""
    if m.kind != "casualty" or tok.i == m.trigger.i or _argument_of(tok, m.trigger):
        return False  # "Deux blessés sont décédés": the wounded are the ones who died
    own = _casualty_kinds(tok, ctx)
    return bool(own) and (m.casualty_kind or "killed") not in own


def _casualty_kinds(tok: Token, ctx: ArticleContext) -> set[str]:
    """The tolls a toll word counts: "blessés" → {injured}, "morts" → {killed}."""
    return {
        e.quantity or "killed"
        for pos in ("NOUN", "ADJ")
        for e in ctx.lex.triggers_for(tok.lemma_, pos)
        if e.kind == "casualty"
    }


def _indefinite_conjuncts(
    m: Mention, counted: list[tuple[QuantityValue, Token]], ctx: ArticleContext
) -> None:
    """ "killed two civilians and a police officer": a conjoined indefinite singular is one
    more of the same count (casualties only; "a third" is an ordinal, not "one more")."""
    if m.kind != "casualty":
        return
    singular = ctx.lex.words("singular_indefinite")
    for q, noun in counted:
        if q.kind not in CASUALTY_KINDS:
            continue
        # "two civilians and a policeman", also "a couple and their two children" (the
        # indefinite first: the counted noun is its conjunct)
        conjuncts = [c for c in noun.children if c.dep_ == "conj"]
        if noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.i < noun.i:
            conjuncts.append(noun.head)
            if noun.head.pos_ == "VERB":
                # "ont tué un gendarme et deux civils" with "civils" hung on the verb: the
                # object just before the coordinator is the first conjunct
                conjuncts += [c for c in noun.head.children if _coordinated_before(c, noun)]
        else:
            conjuncts += co_subjects(noun)
        for conj in conjuncts:
            if _reflexive_victim(conj):
                # "killing himself and two others": the attacker is one of the dead
                q.value += 1
                q.start = min(q.start or conj.idx, conj.idx)
                q.text = ctx.text[q.start : q.end]
                m.prov(f"quantities.{q.kind}", "number.conjoined_reflexive", [conj])
                continue
            if conj.pos_ != "NOUN" or "Sing" not in conj.morph.get("Number"):
                continue
            if _casualty_word(conj, ctx) or _casualty_word(noun, ctx):
                continue  # "un mort et cinq blessés": two tolls, not one more victim
            if not any(_one_of_determiner(c, singular) for c in conj.children):
                continue
            if instrument_of(conj, ctx.lex) is not None or conj.lemma_.lower() in ctx.lex.cues_of(
                "buildings"
            ):
                continue
            pair = _pair_of_victims(conj, ctx)
            if _not_one_person(conj, ctx) and not pair:
                continue  # "three soldiers and a family": a group of unknown size
            q.value += 2 if pair else 1
            q.start = min(q.start or conj.idx, conj.idx)
            q.end = max(q.end, conj.idx + len(conj.text))
            q.text = ctx.text[q.start : q.end]
            m.prov(f"quantities.{q.kind}", "number.conjoined_single", [conj])


def _reflexive_victim(tok: Token) -> bool:
    """ "himself", "herself": a singular reflexive object of the killing verb."""
    return (
        tok.pos_ == "PRON"
        and "Yes" in tok.morph.get("Reflex")
        and "Sing" in tok.morph.get("Number")
        and tok.dep_ in {"obj", "dobj"}
    )


def co_subjects(noun: Token) -> list[Token]:
    """ "Un gendarme et deux civils ont été tués" parsed as two subjects of the verb with the
    coordinator hung on the verb: the other subject next to ``noun`` across that coordinator
    is its conjunct."""
    if noun.dep_ not in CO_ARGUMENT_DEPS:
        return []
    return [
        c
        for c in noun.head.children
        if c.i != noun.i
        and c.dep_ == noun.dep_
        and (_coordinated_before(c, noun, {c.dep_}) or _coordinated_before(noun, c, {c.dep_}))
    ]


def _one_of_determiner(det: Token, singular: set[str] | frozenset[str]) -> bool:
    """ "un", "a", or a possessive ("leur mère", "their commander"): the singular noun it
    opens is one person more ("trois enfants et leur mère" → 4)."""
    if det.dep_ == "det" and det.lower_ in singular:
        return True
    return det.dep_ in {"det", "poss"} and "Yes" in det.morph.get("Poss")


def _coordinated_before(
    obj: Token, noun: Token, deps: set[str] | frozenset[str] = frozenset({"obj", "dobj"})
) -> bool:
    """``obj`` is a verb's argument (an object unless ``deps`` says otherwise) that ends
    right before the coordinator opening ``noun``'s phrase ("un gendarme | et | deux civils")."""
    if obj.dep_ not in deps or obj.i >= noun.i:
        return False
    nxt = obj.right_edge.i + 1
    return noun.left_edge.i in {nxt, nxt + 1} and obj.doc[nxt].pos_ == "CCONJ"


def _ordinal_conjunct(m: Mention, ctx: ArticleContext) -> None:
    """ "Two people were killed in Vidnoye, and a third in Domodedovo", "deux morts à Kherson
    et un troisième à Mykolaïv": an indefinite ordinal conjoined with a toll of N, ranking
    N + 1, is one more victim of the same count."""
    if m.kind != "casualty":
        return
    singular = ctx.lex.words("singular_indefinite")
    for q in m.quantities:
        if q.kind not in CASUALTY_KINDS or q.place is not None or q.start is None:
            continue
        for tok in m.sent:
            if tok.idx < (q.end or 0) or tok.dep_ != "conj":
                continue
            if resolvers.ordinal_value(tok.text, ctx.lang) != q.value + 1:
                continue
            if not any(c.dep_ == "det" and c.lower_ in singular for c in tok.children):
                continue
            q.value += 1
            m.prov(f"quantities.{q.kind}", "number.ordinal_conjunct", [tok])
            return


def _toll_figure_ids(m: Mention) -> set[int]:
    """Figures of a toll or of a life-taking verb the mention's word belongs to.

    "The death toll rose to 31", "officials put the toll at 11", "le bilan de la frappe s'est
    alourdi à 31": a casualty word in the toll noun ("death toll") or an attack word that is
    the toll's complement ("the toll from the strike") counts the figure the toll's verb
    introduces. "Une frappe a coûté la vie à trois civils", "the strike claimed the lives of
    three civilians": the people whose lives the attack word took were killed.
    """
    trig = m.trigger
    counted_event = m.kind == "event" and m.type in PERSON_COUNTS
    if m.kind not in {"casualty", "attack"} and not counted_event:
        return set()
    out: set[int] = set()
    # the toll noun the trigger belongs to: itself, its head ("death toll"), or the head of its
    # preposition ("the toll from the strike", "le bilan de la frappe"); the people an event
    # counts also have a plain count noun ("put the number of arrests at 300", "le nombre
    # d'interpellations s'élève à 300", "the number of dead rose to 31")
    nouns = TOLL_NOUNS if m.kind == "attack" else TOLL_NOUNS | COUNT_NOUNS
    cands = [trig, trig.head]
    if trig.head.dep_ in {"prep", "case"} and trig.head.head.i != trig.i:
        cands.append(trig.head.head)
    toll = next((t for t in cands if t.lemma_.lower() in nouns and t.pos_ == "NOUN"), None)
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
    if m.kind == "event":
        return PERSON_COUNTS.get(m.type or "")
    return "killed"


def _qualified_noun_ids(m: Mention) -> set[int]:
    """ "près d'un millier blessés", "deux chauffeurs enlevés", "1,7 milliard d'euros fournis":
    the noun a participle trigger qualifies holds its figure, even outside the scope."""
    trig = m.trigger
    if trig.dep_ in {"acl:relcl", "relcl"} and _subcount_subject(trig, m):
        # "trois civils, dont un adolescent, ont été tués", parsed as a relative clause of
        # "civils" whose subject is the sub-count: the toll is the qualified noun's
        noun = trig.head
        return {noun.i} | {t.i for left in noun.lefts for t in left.subtree}
    if trig.dep_ in {"acl:relcl", "relcl"} and _subject_is_antecedent(trig):
        # "les 75 agriculteurs qui ont bloqué le port", "200 protesters who stormed the
        # building": the noun the relative clause hangs on is the one who acted
        noun = trig.head
        return {noun.i} | {t.i for left in noun.lefts for t in left.subtree}
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
    noun = _figure_noun(trig.head)
    ids = {noun.i} | {t.i for left in noun.lefts for t in left.subtree}
    return ids | _damaged_building_conjuncts(m, noun)


def _damaged_building_conjuncts(m: Mention, noun: Token) -> set[int]:
    """ "1 350 véhicules incendiés et 234 bâtiments brûlés ou dégradés", "12 cars torched and
    40 homes damaged": a building noun coordinated with the damaged noun, under a participle
    of its own, is damage of the same statement (the vehicles themselves are no buildings)."""
    if m.kind != "casualty" or m.casualty_kind != "buildings":
        return set()
    buildings = lexicon(noun.doc.lang_).cues_of("buildings")
    out: set[int] = set()
    for conj in noun.children:
        if conj.dep_ != "conj" or conj.lemma_.lower() not in buildings:
            continue
        if not any(c.dep_ in {"acl", "amod"} and c.pos_ in {"VERB", "ADJ"} for c in conj.children):
            continue  # "des voitures incendiées et des bâtiments": no damage word of its own
        out |= {conj.i} | {t.i for left in conj.lefts for t in left.subtree}
    return out


def _figure_noun(noun: Token) -> Token:
    """ "1,7 milliard d'euros fournis", "thousands of people displaced": a participle on the
    complement of a figure noun qualifies the whole figure."""
    for _ in range(2):
        up = noun.head if noun.dep_ in {"nmod", "pobj"} else None
        if up is not None and up.dep_ == "prep":
            up = up.head
        if up is None or up.i == noun.i or not numberish(up):
            break
        noun = up
    return noun


def _subject_is_antecedent(verb: Token) -> bool:
    """A relative clause whose subject is its relative pronoun ("qui", "who") or missing."""
    subj = _subject(verb) or _passive_subject(verb)
    return subj is None or (
        subj.pos_ == "PRON" and ("Rel" in subj.morph.get("PronType") or subj.tag_ in {"WP", "WDT"})
    )


def _subcount_subject(verb: Token, m: Mention) -> bool:
    """The verb's subject is a part of a count: "dont un adolescent", "including a child"."""
    subj = _passive_subject(verb) or _subject(verb)
    if subj is None:
        return False
    text = verb.doc.text
    return _is_subcount(text, subj.left_edge.idx, verb.doc.lang_) or any(
        c.lower_ in lexicon(verb.doc.lang_).words("subcount_cues") for c in subj.children
    )


def _predicated_noun_ids(m: Mention) -> set[int]:
    """ "left nine people dead", "nine people were found dead", "sont portées disparues", "two
    went missing": a casualty adjective predicated of a verb's object (or passive subject; with
    neither, its subject) counts that noun."""
    trig = m.trigger
    if m.kind != "casualty":
        return set()
    if (
        trig.pos_ == "VERB"
        and trig.dep_ in {"advcl", "acomp", "xcomp"}
        and _linking_verb(trig.head)
    ):
        # "Two SEALs went missing": the tagger may read the adjective as a verb hung on "went"
        return {t.i for c in trig.head.children if c.dep_ == "nsubj" for t in c.subtree}
    if trig.pos_ != "ADJ" or trig.dep_ not in {"oprd", "xcomp", "acomp"}:
        return set()
    verb = trig.head
    nouns = [
        c
        for c in verb.children
        if c.dep_ in {"dobj", "obj", "nsubjpass", "nsubj:pass"} and c.i != trig.i
    ]
    if not nouns and trig.dep_ in {"acomp", "xcomp"}:
        # "Two sailors went missing", "deux marins sont restés introuvables": with no object the
        # adjective describes the linking verb's subject
        nouns = [c for c in verb.children if c.dep_ in {"nsubj"} and c.i != trig.i]
    return {t.i for n in nouns for t in n.subtree}


def _striking_membership_ids(m: Mention, ctx: ArticleContext) -> set[int]:
    """ "La FIQ, qui représente 80 000 infirmières, débrayera", "the union, which represents
    300,000 nurses, will strike": a union that strikes as a whole stops work with the members
    its relative clause counts. Only a strike: a union's membership is no crowd at its rally."""
    if m.type not in STRIKE_TYPES:
        return set()
    trig = m.trigger
    striker = _subject(trig)
    if striker is None and trig.pos_ == "NOUN" and trig.head.i != trig.i:
        striker = _subject(trig.head)  # "le syndicat … est en grève"
    if striker is None:
        return set()
    members = ctx.lex.words("membership_verbs")
    out: set[int] = set()
    for rel in striker.children:
        if rel.dep_ not in {"acl:relcl", "relcl"} or rel.lemma_.lower() not in members:
            continue
        if not _subject_is_antecedent(rel):
            continue  # "le syndicat, que représente M. X": the union is not the one counting
        for obj in rel.children:
            if obj.dep_ in {"obj", "dobj"} and any(
                c.dep_ in {"nummod", "det"} and numberish(c) for c in obj.children
            ):
                out |= {t.i for t in obj.subtree}
    return out


def _linking_verb(verb: Token) -> bool:
    """A verb that predicates a state of its subject ("go missing", "remain missing", "rester
    introuvable")."""
    return verb.lemma_.lower() in lexicon(verb.doc.lang_).words("state_linking_verbs")


def _controller_ids(m: Mention) -> set[int]:
    """ "prompting thousands to flee", "forçant des milliers d'habitants à fuir": the object of
    the verb an infinitive event word completes is that event's subject."""
    trig = m.trigger
    if PERSON_COUNTS.get(m.type or "") is None or trig.dep_ != "xcomp":
        return set()
    objs = [c for c in trig.head.children if c.dep_ in {"obj", "dobj"} and c.i != trig.i]
    return {t.i for o in objs for t in o.subtree}


def _host_argument_ids(m: Mention) -> set[int]:
    """ "210 people had been taken into custody": the figure sits on the subject or object of
    the verb the event noun completes."""
    if PERSON_COUNTS.get(m.type or "") is None:
        return set()
    host = _host_verb(m)
    if host is None:
        return set()
    args = [c for c in host.children if c.dep_ in PERSON_ARG_DEPS]
    return {t.i for a in args for t in a.subtree}


def _stray_means_ids(m: Mention, ctx: ArticleContext) -> set[int]:
    """ "Ce retour survient alors que la Russie a frappé Kiev avec une centaine de missiles": the
    parser hangs the counted munitions on the main verb instead of the subordinate attack verb.
    An oblique of that governing verb counting a munition belongs to the attack it subordinates
    (only the figure and its munition noun, never a clause hung on them)."""
    trig = m.trigger
    if m.kind != "attack" or trig.dep_ not in {"advcl", "ccomp"}:
        return set()
    out: set[int] = set()
    for obl in trig.head.children:
        if not obl.dep_.startswith("obl") or obl.i == trig.i:
            continue
        noun = _counted_noun(obl)
        if noun is not None and instrument_of(noun, ctx.lex) is not None:
            out |= {obl.i, noun.i} | {c.i for c in obl.children if c.dep_ in {"det", "nummod"}}
    return out


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
        if m.type is not None and m.type not in violent_types():
            return None, None  # "Ce sommet s'ouvre alors que … avec 50 missiles": not the summit's
        if _other_weapon(m, noun, ctx):
            return None, None  # "79 of the drones and 60 of the missiles": not this type's
        if m.kind == "attack" and _munition_that_hit(noun, m.trigger, ctx):
            return "hit", None  # "struck by three projectiles", "touché par trois missiles"
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
    if (
        m.kind == "attack"
        and lemma in ctx.lex.words("struck_target_nouns")
        and _argument_of(noun, m.trigger)  # type: ignore[arg-type]
    ):
        return "hit", None  # "a frappé quelque 1 600 cibles", "struck 60 targets"
    if m.kind == "casualty":
        if _agent_of(head, m.trigger):
            return None, None  # "des centaines d'émeutiers ont incendié des commerces": the doers
        if lemma in buildings:
            return "buildings", None
        if lemma in ctx.lex.words("lineage_nouns") | ctx.lex.words("collective_nouns"):
            return None, None  # "trois générations", "two families": no head count
        if m.casualty_kind == "buildings" and lemma in ctx.lex.words("vehicle_nouns"):
            return None, None  # "1 350 véhicules incendiés": cars are not buildings
        if noun is not None and _other_toll_word(m, noun, ctx):
            return None, None  # "un mort et cinq blessés": the five are the wounded's
        return m.casualty_kind, None
    if _kills(m, ctx) and noun is not None and _argument_of(noun, m.trigger):
        return "killed", None  # "des habitants ont lynché deux hommes"
    if lemma in troops and m.type in TROOP_TYPES:
        return "troops", None
    person_kind = PERSON_COUNTS.get(m.type or "")
    if person_kind is not None and _not_a_person_count(noun, head, ctx):
        return None, None
    host = _host_verb(m)
    if person_kind is not None and noun is None and (head.pos_ == "NUM" or numberish(head)):
        # "more than 200 detained", "plus de 200 ont été interpellés": the figure is the argument
        if _argument_of(head, m.trigger) or (host is not None and _argument_of(head, host)):
            return person_kind, None
    if (
        person_kind is not None
        and noun is not None
        and noun.pos_ in {"NOUN", "PRON"}
        and host is not None
        and _argument_of(noun, host)
    ):
        return person_kind, None  # "210 people had been taken into custody"
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


def _not_a_person_count(noun: Token | None, head: Token, ctx: ArticleContext) -> bool:
    """A figure that cannot count the people of a crowd, arrest or abduction: vehicles ("des
    centaines de tracteurs", "hundreds of trucks") are no people, and people counted by a
    casualty word ("91 people were killed in clashes", "30 personnes ont été tuées dans des
    affrontements") are the toll, not the crowd."""
    if noun is not None and noun.lemma_.lower() in ctx.lex.words("vehicle_nouns"):
        return True
    for tok in (head, noun):
        if tok is None or tok.head.i == tok.i:
            continue
        gov = tok.head
        if _agent_of(tok, gov):
            continue  # "des milliers de manifestants ont incendié des voitures": the crowd acted
        if any(
            e.kind == "casualty" and e.quantity in CASUALTY_KINDS
            for e in ctx.lex.triggers_for(gov.lemma_, gov.pos_)
        ):
            return True  # "91 people were killed", "30 personnes ont été tuées", "5 morts"
    return False


def _munition_that_hit(noun: Token, verb: Token, ctx: ArticleContext) -> bool:
    """The counted munition is the agent of a passive hit verb, told from the target's side
    ("the tanker was struck by three projectiles", "touché par trois missiles"). An active
    subject ("two bombs struck a superstore") stays the barrage's launch figure."""
    hit_verbs = ctx.lex.cues_of("hit_verb")
    if verb.lemma_.lower() not in hit_verbs and verb.lower_ not in hit_verbs:
        return False
    if _counted_targets(verb):
        return False  # "60 cibles frappées par plus de 100 missiles": the targets are the hits
    if noun.head.i == verb.i and noun.dep_ == "obl:agent":
        return True
    if (
        noun.head.i == verb.i
        and noun.dep_.startswith("obl")
        and _passive_subject(verb) is not None
        and any(c.dep_ == "case" and c.lower_ == "par" for c in noun.children)
    ):
        return True  # the parser may read the French agent as a plain oblique
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.i == verb.i


def _counted_targets(verb: Token) -> bool:
    """The passive subject of a hit verb carries its own figure ("Plus de 60 cibles ont été
    touchées", "more than 60 targets were struck"): the munitions that hit them are the barrage
    fired (launched), the counted targets being what was hit."""
    subj = _passive_subject(verb)
    if subj is None:
        return False
    return numberish(subj) or any(c.dep_ == "nummod" and numberish(c) for c in subj.children)


def _agent_of(tok: Token, verb: Token) -> bool:
    """``tok`` is in the active subject of a transitive verb ("two gunmen killed five people",
    "des centaines d'émeutiers ont incendié des commerces"): it counts who acted, not victims.
    An intransitive subject ("five people died") is the victim."""
    if verb.pos_ != "VERB" or _passive_subject(verb) is not None:
        return False
    if not any(c.dep_ in {"obj", "dobj"} for c in verb.children):
        return False
    subj = _subject(verb)
    return subj is not None and tok.i in {t.i for t in subj.subtree}


def _host_verb(m: Mention) -> Token | None:
    """The verb whose prepositional complement the event noun is: "taken into custody",
    "placed under arrest", "placés en garde à vue", "mis en détention". Its subject or object
    is the one the event happens to."""
    trig = m.trigger
    if m.kind != "event" or trig.pos_ != "NOUN":
        return None
    if trig.dep_ == "pobj" and trig.head.dep_ == "prep" and trig.head.head.pos_ == "VERB":
        return trig.head.head
    if trig.dep_ in {"obl", "obl:arg", "obl:mod"} and trig.head.pos_ == "VERB":
        return trig.head
    return None


def _kills(m: Mention, ctx: ArticleContext) -> bool:
    """An event verb that means killing its object ("lyncher", "lynch", "massacrer")."""
    return (
        m.kind == "event"
        and m.trigger.pos_ == "VERB"
        and m.trigger.lemma_.lower() in ctx.lex.words("killing_verbs")
    )


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
    if (
        trigger.dep_ == "xcomp"
        and tok.head.i == trigger.head.i
        and tok.dep_ in {"obj", "dobj"}
        and tok.i != trigger.i
    ):
        return True  # "prompting thousands to flee", "contraint des milliers à fuir": controlled
    return trigger.head.i == tok.i and trigger.dep_ in {"acl", "amod", "acl:relcl", "relcl"}


def _singular_victim(m: Mention, ctx: ArticleContext) -> None:
    """ "une femme … a été blessée": one victim, counted as 1."""
    if _single_toll_noun(m, ctx):
        _add_victim(m, m.trigger, m.casualty_kind or "killed", ctx)
        return
    subj = _passive_subject(m.trigger) or _subject(m.trigger)
    if m.trigger.pos_ == "VERB" and _passive_subject(m.trigger) is None:
        # active "killed a 68-year-old woman" / "a tué un passant": the victim is the object
        subj = next((c for c in m.trigger.children if c.dep_ in {"obj", "dobj"}), subj)
    if subj is None and m.trigger.dep_ in {"case", "mark"} and m.trigger.head.pos_ == "NOUN":
        subj = m.trigger.head  # "…, blessant un homme de 74 ans" misparsed as a preposition
    if m.kind == "casualty":
        # "Samir, 19 ans, tué dimanche …": the apposed participle's victim comes first, whatever
        # the parser made of the words after it ("dimanche" read as an object)
        subj = _apposed_victim(m.trigger, ctx) or subj
    if subj is None and m.kind == "casualty":
        subj = _victim_elsewhere(m.trigger, ctx)
    if (
        subj is not None
        and m.kind == "casualty"
        and (_named_victim(subj) or (subj.pos_ == "PROPN" and _has_age_apposition(subj, ctx)))
    ):
        _add_victim(m, subj, m.casualty_kind or "killed", ctx)
        return
    if (
        subj is not None
        and subj.pos_ in {"PRON", "NUM", "DET"}
        and subj.lower_ in ctx.lex.words("singular_indefinite")
        and any(c.dep_ in {"nmod", "prep"} for c in subj.children)
    ):
        _add_victim(m, subj, m.casualty_kind or "killed", ctx)  # "un de ses gardes du corps"
        return
    if subj is None or subj.pos_ not in {"NOUN"}:
        return
    if _subcount_subject(m.trigger, m):
        return  # "trois civils, dont un adolescent, ont été tués": no single victim
    if "Sing" not in subj.morph.get("Number"):
        return
    if m.kind == "casualty" and _pair_of_victims(subj, ctx):
        _add_victim(m, subj, m.casualty_kind or "killed", ctx, value=2)
        return
    if not _one_person(subj, ctx):
        return
    if subj.lemma_.lower() in ctx.lex.cues_of("buildings"):
        kind = "buildings"
    else:
        kind = m.casualty_kind or "killed"
    others = _single_conjuncts(subj, ctx) if kind in CASUALTY_KINDS else []
    _add_victim(m, subj, kind, ctx, value=1 + len(others))


def _single_conjuncts(noun: Token, ctx: ArticleContext) -> list[Token]:
    """ "a 52-year-old woman and her grandson", "un homme et son fils": each conjoined single
    person is one more victim (a group or a counted noun stops the count: no guess)."""
    out: list[Token] = []
    for conj in [c for c in noun.children if c.dep_ == "conj"] + co_subjects(noun):
        single = conj.pos_ == "NOUN" and "Sing" in conj.morph.get("Number")
        if not (single and _one_person(conj, ctx)) and not _named_victim(conj):
            return []
        if conj.lemma_.lower() in ctx.lex.cues_of("buildings"):
            return []
        out.append(conj)
    return out


def _victim_elsewhere(trig: Token, ctx: ArticleContext) -> Token | None:
    """The victim of a casualty word that has no subject or object of its own.

    "A man was shot dead" (an adjective predicated of the verb's passive subject or object),
    "la mort de Nahel", "the death of a teenager" (a death noun's complement), "Nahel, 17 ans,
    tué par un policier" (a participle on the victim, or on the death noun the parser chose).
    """
    if trig.pos_ == "ADJ" and trig.dep_ in {"oprd", "xcomp", "acomp"} and trig.head.i != trig.i:
        verb = trig.head
        return _passive_subject(verb) or next(
            (c for c in verb.children if c.dep_ in {"obj", "dobj"} and c.i != trig.i), None
        )
    noun = trig
    if trig.pos_ == "VERB" and trig.dep_ in {"acl", "amod"} and trig.head.i != trig.i:
        noun = trig.head
        if noun.lemma_.lower() in ctx.lex.cues_of("age"):
            return _aged_person(noun)  # "Nahel, 17 ans, tué …" hung on the age
        if noun.lemma_.lower() not in ctx.lex.words("death_nouns"):
            return noun if noun.pos_ in {"NOUN", "PROPN"} else None
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.lex.words("death_nouns"):
        return None
    return _death_complement(noun, ctx)


def _apposed_age(toks: list[Token]) -> bool:
    """ "Samir, 19, …", "Nahel, 17, was shot dead": a bare figure between commas right after
    a name (wire style for ages)."""
    first, last = toks[0], toks[-1]
    doc = first.doc
    if first.i < 2 or last.i + 1 >= len(doc) or len(toks) != 1:
        return False
    return (
        doc[first.i - 1].text == ","
        and doc[first.i - 2].pos_ == "PROPN"
        and doc[first.i - 2].ent_type_ in {"PERSON", "PER", ""}
        and doc[last.i + 1].text == ","
    )


def _apposed_victim(trig: Token, ctx: ArticleContext) -> Token | None:
    """ "Samir, 19 ans, tué par un gendarme", "Samir, 19, killed by …": a bare participle (no
    auxiliary) right after a name's apposed age qualifies that name."""
    if trig.pos_ != "VERB" or "Part" not in trig.morph.get("VerbForm"):
        return None
    if any(c.dep_.startswith("aux") for c in trig.children) or trig.i < 4:
        return None
    doc = trig.doc
    if doc[trig.i - 1].text != ",":
        return None
    j = trig.i - 2
    ages = ctx.lex.cues_of("age")
    seen_num = False
    while j > 0 and (doc[j].like_num or doc[j].lemma_.lower() in ages) and trig.i - j <= 4:
        seen_num = seen_num or doc[j].like_num
        j -= 1
    if not seen_num or doc[j].text != "," or j < 1:
        return None
    person = doc[j - 1]
    return person if person.pos_ == "PROPN" else None


def _aged_person(age: Token) -> Token | None:
    """ "Nahel, 17 ans, …": the name the apposed age follows, before its comma."""
    start = age.left_edge.i
    doc = age.doc
    if start >= 1 and doc[start].text != ",":
        start -= 1
    if start < 1 or doc[start].text != ",":
        return None
    person = doc[start - 1]
    return person if person.pos_ in {"PROPN", "NOUN"} else None


def _has_age_apposition(tok: Token, ctx: ArticleContext) -> bool:
    """ "Nahel, 17 ans,", "Nahel, 17,": a name followed by an apposed age is a person's."""
    doc = tok.doc
    after = doc[tok.i + 1 : tok.i + 4]
    if len(after) < 3 or after[0].text != "," or not after[1].like_num:
        return False
    return after[2].text == "," or after[2].lemma_.lower() in ctx.lex.cues_of("age")


def _death_complement(noun: Token, ctx: ArticleContext) -> Token | None:
    """ "la mort de Nahel", "the killing of a teenager": the person the death noun is of (not
    a possessive nor a plural: "the deaths of 12 people" is counted by its figure). A death
    told as the background of another event ("riots after the death of …") counts nothing
    here: the killing verb that tells it, if any, does."""
    background = ctx.lex.words("death_background_preps")
    intro = [c for c in noun.children if c.dep_ == "case"]
    if noun.dep_ == "pobj":
        intro.append(noun.head)
    if any(t.lower_ in background for t in intro):
        return None
    for child in noun.children:
        if child.dep_ == "nmod" and any(c.lower_ in {"de", "d'", "du"} for c in child.children):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return prep_object(child)
    return None


def _held_crew(m: Mention, ctx: ArticleContext) -> None:
    """ "ont arraisonné le cargo, dont les 25 membres d'équipage sont retenus", "seized the
    tanker and its 23 crew": a seized vessel's counted crew (or passengers, hostages) in the
    same sentence are the people abducted, wherever the parser hung them."""
    crew = ctx.lex.words("crew_nouns")
    base = m.sent.start_char
    for num in resolvers.find_numbers(m.sent.text, ctx.lang):
        if getattr(num, "kind", "count") != "count" or num.qualifier == "range":
            continue
        toks = _tokens_in(ctx, base + num.start, base + num.end)
        head = _number_head(toks)
        noun = _counted_noun(head) if head is not None else None
        if noun is None or noun.i == head.i:  # type: ignore[union-attr]
            continue
        words = {noun.lemma_.lower()} | {
            c.lemma_.lower() for c in noun.children if c.dep_ in {"nmod", "compound", "prep"}
        }
        words |= {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" for g in c.children}
        if not words & crew:
            continue
        a, b = base + num.start, base + num.end
        m.quantities.append(
            QuantityValue(
                kind="abducted",
                value=int(num.value),
                qualifier=num.qualifier,
                high=num.high,
                text=ctx.text[a:b],
                start=a,
                end=b,
            )
        )
        m.prov("quantities.abducted", f"{ctx.lang}.quantity.held_crew", toks)
        return


def _single_detainee(m: Mention, ctx: ArticleContext) -> None:
    """ "Le policier … a été placé en détention provisoire", "Nika Gvaramia was … detained",
    "police arrested a suspect": one person arrested or abducted."""
    trig = m.trigger
    if trig.pos_ != "VERB":
        return
    person = _passive_subject(trig) or next(
        (c for c in trig.children if c.dep_ in {"obj", "dobj"}), None
    )
    if person is None and trig.dep_ == "conj" and _subject(trig) is None:
        # "mis en examen … et placé en détention": the first verb's subject is shared (the
        # parser may hang the conjunct on a word of the first clause: climb to its verb)
        first = trig.head
        while first.pos_ not in {"VERB", "AUX"} and first.head.i != first.i:
            first = first.head
        person = _passive_subject(first) or _subject(first)
    if person is None:
        return
    if person.pos_ == "PROPN" and person.ent_type_ not in {"PER", "PERSON"}:
        return  # "Moscow detained…" is no one person
    singular = person.pos_ == "NOUN" and "Sing" in person.morph.get("Number")
    if not (_named_victim(person) or (singular and _one_person(person, ctx))):
        return
    kind = PERSON_COUNTS[m.type or ""]
    _add_victim(m, person, kind, ctx)


def _not_one_person(noun: Token, ctx: ArticleContext) -> bool:
    """A singular noun that is a group ("la famille", "the crowd", "a couple"), a lineage ("a
    generation") or a vessel or vehicle ("le cargo", "the tanker"): it counts no single person."""
    lemma = noun.lemma_.lower()
    lex = ctx.lex
    return lemma in (
        lex.words("collective_nouns")
        | lex.words("two_person_nouns")
        | lex.words("lineage_nouns")
        | lex.words("seized_vessel_nouns")
        | lex.words("vehicle_nouns")
    )


def _pair_of_victims(noun: Token, ctx: ArticleContext) -> bool:
    """ "a couple was killed", "un couple a été tué": one couple, two victims."""
    if noun.lemma_.lower() not in ctx.lex.words("two_person_nouns"):
        return False
    if any(c.dep_ in {"nmod", "prep"} for c in noun.children):
        return False  # "a pair of brothers", "un couple de retraités": the noun is elsewhere
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "un"} for c in noun.children)


def _single_toll_noun(m: Mention, ctx: ArticleContext) -> bool:
    """ "Un mort et cinq blessés", "one dead": the toll noun itself is counted as one."""
    trig = m.trigger
    if m.kind != "casualty" or trig.pos_ != "NOUN" or "Sing" not in trig.morph.get("Number"):
        return False
    singular = ctx.lex.words("singular_indefinite")
    return any(c.dep_ in {"det", "nummod"} and c.lower_ in singular for c in trig.children)


def _add_victim(m: Mention, subj: Token, kind: str, ctx: ArticleContext, value: int = 1) -> None:
    m.quantities.append(
        QuantityValue(
            kind=kind, value=value, text=subj.text, start=subj.idx, end=subj.idx + len(subj.text)
        )
    )
    m.prov(f"quantities.{kind}", f"{ctx.lang}.quantity.singular_victim", [subj])


def _named_victim(subj: Token) -> bool:
    """ "Haniyeh was killed", "le commandant Fouad Chokr a été tué": one named person."""
    if subj.pos_ != "PROPN" or subj.ent_type_ not in {"PER", "PERSON"}:
        return False
    return not any(c.dep_ == "conj" for c in subj.children)


def _one_person(noun: Token, ctx: ArticleContext) -> bool:
    """ "un passant", "a 68-year-old woman", and also "le conducteur", "their daughter", "the
    driver": one victim, unless the noun names a group ("la famille", "the crowd")."""
    dets = {c.lower_ for c in noun.children if c.dep_ in {"det", "nummod", "poss", "det:poss"}}
    if _not_one_person(noun, ctx):
        return False  # "a family", "un couple", "the ship": a group or a thing, never 1
    if dets & {"un", "une", "a", "an", "one"}:
        return True
    if noun.lemma_.lower() in ctx.lex.cues_of("buildings"):
        return False  # a definite building was told before: no new count
    return bool(dets & ctx.lex.words("one_person_determiners"))


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


# -- updated tolls -------------------------------------------------------------------------


TOLL_REVISION = "number.toll_revision"


def _rising_toll(head: Token, ctx: ArticleContext) -> bool:
    """The toll's figure is introduced by a verb of revision ("rose to 40", "had risen to 40",
    "s'est alourdi à 40", "est passé à 40"): the statement updates a toll told before."""
    rise = ctx.lex.words("toll_rise_verbs")
    tok = head
    for _ in range(4):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"} or (tok.pos_ == "ADJ" and tok.dep_ == "ROOT"):
            # the tagger may read "s'est alourdi" as an adjective; the subject must be the
            # toll itself ("le bilan", "the death toll", "the number of dead")
            subj = _subject(tok)
            return (
                tok.lemma_.lower() in rise
                and subj is not None
                and subj.lemma_.lower() in TOLL_NOUNS | COUNT_NOUNS
            )
    return False


def revises_toll(mention: Mention) -> bool:
    """The mention states a revised toll ("the death toll rose to 40"): see :func:`_rising_toll`."""
    return any(p.rule == TOLL_REVISION for p in mention.provenance)


OUTLET_VOICE: tuple[str, str] = ("", "asserted")


def revise_outlet_toll(
    claims: list[Claim],
    keys: list[tuple[str, str]],
    key: tuple[str, str],
    mention: Mention,
    later: dict[str, int],
    details: list[QuantityValue],
) -> bool:
    """A revised toll ("the death toll later rose to 40", "le bilan s'est alourdi à 40") where
    it or the toll it revises is told in the outlet's own voice updates that toll: one toll,
    restated higher, never two claims side by side (nor a sum). Two named sources stay apart
    (their figures are rival claims); the revised claim takes the named source if it had none.
    Returns whether ``claims`` absorbed the figures (``keys`` kept in step)."""
    if not revises_toll(mention):
        return False
    for j in range(len(claims) - 1, -1, -1):
        if OUTLET_VOICE not in (keys[j], key) or not updates_toll(claims[j].quantities, later):
            continue
        existing = claims[j]
        existing.quantity_details = [d for d in existing.quantity_details if d.kind not in later]
        existing.quantity_details.extend(details)
        existing.quantities.update(later)
        if keys[j] == OUTLET_VOICE and key != OUTLET_VOICE:
            existing.claimant, existing.status = mention.claimant, mention.status  # type: ignore[assignment]
            keys[j] = key
        return True
    return False


def updates_toll(earlier: dict[str, int], later: dict[str, int]) -> bool:
    """A later statement of the same source that raises its toll ("more than 100 killed" …
    "the ministry put the toll at 112 dead") updates it: the higher figure replaces the
    earlier one. Only casualty counts are tolls; a lower or other figure stays a claim apart."""
    clashing = [k for k, v in later.items() if k in earlier and earlier[k] != v]
    return bool(clashing) and all(k in CASUALTY_KINDS and later[k] > earlier[k] for k in clashing)


# -- means of a mixed barrage -----------------------------------------------------------------


def means_of(tok: Token, lex: Lexicon) -> InstrumentEntry | None:
    """The weapon a conjunct names: itself, or the noun a bare figure counts ("31 des 36
    drones", "60 of the missiles")."""
    entry = instrument_of(tok, lex)
    if entry is not None or not numberish(tok):
        return entry
    for child in tok.children:
        noun = child
        if child.dep_ == "prep":
            noun = prep_object(child, child)
        if noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ in {"nmod", "pobj"}:
            entry = instrument_of(noun, lex)
            if entry is not None:
                return entry
    return None


def means_conjuncts(munition: Token, lex: Lexicon) -> list[Token]:
    """Conjuncts of a munition, also those the parser hung on its name ("des missiles de
    croisière Kalibr et des drones Shahed": "drones" is a conjunct of "Kalibr")."""
    hosts = [munition] + [
        c
        for c in munition.children
        if c.dep_ in {"nmod", "compound", "flat", "flat:name", "appos"}
        and (c.pos_ == "PROPN" or instrument_of(c, lex) is not None)
    ]
    out = [c for h in hosts for c in h.children if c.dep_ == "conj"]
    # "abattu 87 missiles et 27 drones" with "drones" hung on another verb: a weapon noun
    # whose coordinator directly follows the munition's phrase is its conjunct all the same
    nxt = munition.right_edge.i + 1
    doc = munition.doc
    if not out and nxt < len(doc) and doc[nxt].pos_ == "CCONJ":
        noun = doc[nxt].head
        if numberish(noun) and noun.dep_ == "nummod":
            noun = noun.head  # "et" hung on the figure: "et 27 drones"
        if (
            noun.i > nxt
            and noun.head.i != munition.i
            and noun.i != munition.i
            and noun.sent.start == munition.sent.start
            and instrument_of(noun, lex) is not None
            and all(t.i > munition.right_edge.i for t in noun.subtree)
        ):
            out.append(noun)
    return out


# -- elliptic interceptions ------------------------------------------------------------------


def elliptic_interceptions(
    sent: Span, para: int, found: list[Mention], ctx: ArticleContext
) -> list[Mention]:
    """ "Russia launched 50 drones overnight. Forty-one were shot down": the munition is elided.

    An interception verb (a trigger row of kind ``intercept``) whose subject or object is a bare
    figure ("Five were shot down", "35 ont été abattus", "shot down 41 of them") or "all"
    ("tous ont été abattus", "all of them were intercepted") counts the munitions of the
    barrage told just before it: earlier in the sentence, else the closest earlier sentence of
    the paragraph or the one before (``ctx.barrages``). A figure with a mixed barrage as
    antecedent ("120 missiles and 90 drones. 100 were shot down") is ambiguous and skipped;
    "all" downs every part of it.
    """
    out: list[Mention] = []
    for tok in sent:
        if not _intercept_word(tok, ctx):
            continue
        if any(m.trigger.i == tok.i for m in found):
            continue  # the triggers read it with its munition already
        arg = _elided_argument(tok, ctx)
        if arg is None:
            continue
        antecedents = _barrage_before(tok, para, found, ctx)
        named = {
            e.type
            for t in arg.subtree
            if t.pos_ in {"NOUN", "PROPN"} and (e := instrument_of(t, ctx.lex)) is not None
        }
        if named:
            # "shot down 79 of the drones" (of the barrage told before): that type only
            antecedents = [a for a in antecedents if a.type in named]
        if not antecedents:
            continue
        everything = arg.lower_ in ctx.lex.words("all_words")
        if not everything and len({a.type for a in antecedents}) != 1:
            continue
        for ante in antecedents if everything else antecedents[:1]:
            if everything:
                value = _launched(ante, ctx)
                if value is None:
                    continue
            else:
                num = _number_at(arg, ctx)
                if num is None or getattr(num, "kind", "count") != "count":
                    continue
                value = int(num.value)
            m = Mention(
                type=ante.type,
                kind="intercept",
                trigger=tok,
                sent=sent,
                para=para,
                rule=f"{ctx.lang}.trigger.elliptic_interception:{tok.lemma_.lower()}",
                instrument=ante.instrument,
                anaphoric=True,  # no munition of its own: it is the antecedent's, told before
                antecedent=ante,
            )
            m.quantities.append(
                QuantityValue(
                    kind="intercepted",
                    value=value,
                    qualifier="exact",
                    text=arg.text,
                    start=arg.idx,
                    end=arg.idx + len(arg.text),
                )
            )
            m.prov("type", m.rule, [tok])
            m.prov("quantities.intercepted", f"{ctx.lang}.quantity.elided_munition", [arg])
            out.append(m)
    return out


def _launched(m: Mention, ctx: ArticleContext) -> int | None:
    """The launch figure of a barrage: its own, else the figure on its munition ("18 drones",
    read here when the sentence's figures are not attached yet)."""
    have = m.quantity_dict().get("launched")
    if have is not None or m.munition is None:
        return have
    nums = [c for c in m.munition.children if c.dep_ == "nummod" and numberish(c)]
    if len(nums) != 1:
        return None
    num = _number_at(nums[0], ctx)
    return int(num.value) if num is not None and getattr(num, "kind", "count") == "count" else None


def _intercept_word(tok: Token, ctx: ArticleContext) -> bool:
    """An interception verb, or its participle the tagger read as a noun ("tous abattus")."""
    if tok.pos_ in {"NOUN", "ADJ"} and tok.lemma_.lower() in ctx.lex.words("intercept_participles"):
        return True
    if tok.pos_ not in {"VERB", "ADJ"}:
        return False
    entries = ctx.lex.triggers_for(tok.lemma_, "VERB")
    return any(e.kind == "intercept" for e in entries)


def _elided_argument(verb: Token, ctx: ArticleContext) -> Token | None:
    """The bare figure or "all" that is the verb's subject (passive) or object, with no noun."""
    deps = {"nsubj:pass", "nsubjpass", "obj", "dobj"}
    alls = ctx.lex.words("all_words")
    cands = [c for c in verb.children if c.dep_ in deps]
    # "tous abattus", "toutes interceptées": "all" qualifying the participle itself
    cands += [c for c in verb.children if c.dep_ in {"amod", "det", "advmod"} and c.lower_ in alls]
    for arg in cands:
        if instrument_of(arg, ctx.lex) is not None:
            return None
        if arg.lower_ in ctx.lex.words("all_words"):
            return arg
        if numberish(arg) and arg.lower_ not in ctx.lex.cues_of("vague_number"):
            return arg
    return None


def _number_at(tok: Token, ctx: ArticleContext) -> Any | None:
    """The whole figure a token belongs to ("Forty-one", "1 311", "une vingtaine")."""
    sent = tok.sent
    for num in resolvers.find_numbers(sent.text, ctx.lang):
        if sent.start_char + num.start <= tok.idx < sent.start_char + num.end:
            return num
    return resolvers.parse_number(tok.text, ctx.lang)


def _barrage_before(
    tok: Token, para: int, found: list[Mention], ctx: ArticleContext
) -> list[Mention]:
    """The attack mentions with a named munition just before ``tok``: in its sentence, else
    the last sentence that had some (same or previous paragraph)."""
    same = [
        m
        for m in found
        if m.kind in {"attack", "intercept"}
        and m.munition is not None
        and m.type is not None
        and m.trigger.i < tok.i
    ]
    if same:
        return _one_per_type(same)
    earlier = [m for m in ctx.barrages if 0 <= para - m.para <= 1]
    return _one_per_type(earlier)


def _one_per_type(mentions: list[Mention]) -> list[Mention]:
    out: dict[str | None, Mention] = {}
    for m in mentions:
        have = out.get(m.type)
        if have is None or (
            "launched" in m.quantity_dict() and "launched" not in have.quantity_dict()
        ):
            out[m.type] = m
    return list(out.values())


def remember_barrages(found: list[Mention], ctx: ArticleContext) -> None:
    """Keep the last sentence's attacks with a named munition for elided figures after it."""
    barrages = [
        m
        for m in found
        if m.kind in {"attack", "intercept"}
        and m.munition is not None
        and m.type is not None
        and "elliptic" not in m.rule
    ]
    if barrages:
        ctx.barrages = barrages


# -- per-region breakdowns -----------------------------------------------------------------


def split_breakdown(m: Mention, ctx: ArticleContext) -> list[Mention]:
    """ "destroyed 91 drones over the Moscow region, 126 over the Kursk region and 38 over the
    Bryansk region": each further figure with a place of its own, its munition elided, is an
    interception over that place, i.e. a separate event (GUIDELINES §1: different places are
    different events). Returns the parts (the mention itself first, its scope cut before the
    first part); a mention without such a list is returned alone."""
    if m.kind != "intercept" or m.munition is None:
        return [m]
    own = {c.i for c in m.munition.children if c.dep_ in {"nummod", "det", "quantmod"}}
    scope = sorted(m.scope, key=lambda t: t.i)
    starts = [
        t for t in scope if t.i > m.munition.i and t.i not in own and _breakdown_figure(t, ctx)
    ]
    if not starts:
        return [m]
    pieces: list[list[Token]] = []
    for idx, first in enumerate(starts):
        end = starts[idx + 1].i if idx + 1 < len(starts) else m.sent.end
        toks = [t for t in scope if first.i <= t.i < end]
        while toks and (toks[-1].is_punct or toks[-1].pos_ in {"CCONJ", "ADV", "ADP"}):
            toks.pop()  # ", and", "as well as" belong to no piece
        pieces.append(toks)
    cut = {t.i for p in pieces for t in p}
    main = dataclasses.replace(m, scope=[t for t in m.scope if t.i not in cut])
    out = [main]
    for first, toks in zip(starts, pieces, strict=True):
        num = _number_at(first, ctx)
        if num is None or getattr(num, "kind", "count") != "count":
            continue
        part = dataclasses.replace(
            m,
            scope=toks,
            provenance=list(m.provenance),
            quantities=[],
            participants=[],
            extra_claimants=[],
            focus=first,
            distinct=True,
            location=None,
        )
        a = first.idx
        part.quantities.append(
            QuantityValue(
                kind="intercepted",
                value=int(num.value),
                qualifier=num.qualifier,
                text=first.text,
                start=a,
                end=a + len(first.text),
            )
        )
        part.prov("quantities.intercepted", f"{ctx.lang}.quantity.breakdown", [first])
        out.append(part)
    return out


def _breakdown_figure(tok: Token, ctx: ArticleContext) -> bool:
    """A bare figure followed by a locative ("126 over the Kursk region", "12 au-dessus de
    celle de Belgorod", "82 more over seven other regions"), after a list separator."""
    if not numberish(tok) or tok.i < 2:
        return False
    prev = tok.nbor(-1)
    if not (prev.is_punct and prev.text == "," or prev.pos_ == "CCONJ" or prev.lower_ == "as"):
        return False
    nxt = [t for t in tok.doc[tok.i + 1 : tok.i + 3]]
    while nxt and nxt[0].lower_ in ctx.lex.words("more_words"):
        nxt = nxt[1:]
    if not nxt:
        return False
    word = nxt[0].lower_
    return word in ctx.lex.words("breakdown_preps")
