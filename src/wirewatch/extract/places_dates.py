"""Where and when a mention happened: locative phrases to places.locate, dates to dates.

Locative phrases are read as written ("dans la région de Moscou", "au-dessus des villes
de Ramenskoïe") and resolved by :mod:`wirewatch.resolve.places` with the article's place
context; dates by :mod:`wirewatch.resolve.dates` with the tense of the governing verb.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re

from spacy.tokens import Span, Token

from wirewatch import ontology
from wirewatch.model import Article, Event, EventDate, Location, Provenance
from wirewatch.resolve.dates import (
    byline_date,
    find_date_expressions,
    is_anaphor,
    parse_offset,
    shift_date,
    story_day_part,
)

from . import resolvers
from .lexicon import lexicon, words_any
from .mention import ArticleContext, Mention
from .modality import is_conditional as conditional_form
from .namesakes import km_between, namesake_abroad
from .syntax import (
    NOUN_CLAUSE_DEPS,
    PLACE_ENTS,
    RELATIVE_DEPS,
    SUBJECT_DEPS,
    ancestors_in,
    prep_object,
    sentences,
    span_chars,
    text_of,
)

LOGGER = logging.getLogger(__name__)


# -- locations -----------------------------------------------------------------------------


def place_phrases(
    m: Mention, ctx: ArticleContext, exclude: set[int]
) -> list[tuple[str, list[Token]]]:
    """Locative phrases in scope, as written ("dans la région de Moscou"), with their tokens."""
    scope_ids = {t.i for t in m.scope}
    place_nouns = ctx.lex.cues_of("place_noun") | ctx.lex.cues_of("border_area")
    phrases: list[list[Token]] = []
    seen: set[int] = set()
    names = sorted([*ctx.doc.ents, *_untagged_sites(m, place_nouns)], key=lambda e: e.start)
    for ent in names:
        if ent.start in seen or ent.start not in scope_ids:
            continue
        if ent.label_ not in PLACE_ENTS and not _placed_name(ent.root, m, place_nouns):
            continue  # the tagger's label is only trusted for LOC/GPE/FAC
        if ent.start in exclude and not _named_site(ent.root, place_nouns):
            continue  # subjects and speakers are actors, "la ville de X a été pilonnée" is not
        if resolvers.is_place_stopword(ent.text, ctx.lang) and not _inside_seat(ent.root):
            continue  # "le Kremlin a dit" is an actor; "à l'Élysée" is where (locate decides)
        if _topic_modifier(ent.root, place_nouns) or _topic_place(ent.root, m):
            continue  # "the Gaza ceasefire talks", "contre la guerre à Gaza": what, not where
        if m.kind in {"attack", "intercept"} and _origin(ent.root, ctx):
            continue  # "projectiles lancés depuis le Liban": where the strike came from
        if _owner_state(ent, ctx.lang):
            continue  # "a US base in Syria": the state holds the base; Syria is where it lies
        if _author_of_act(ent.root, ctx):
            continue  # "days before the anniversary of Russia's invasion": who, not where
        if (
            _genitive_of_non_place(ent.root, place_nouns)
            and _state_name(ent.text, ctx.lang)
            and ent.root.lemma_.lower() not in place_nouns  # "l'aéroport de Niamey" is a site
        ):
            continue  # "at the request of the UK", "le retrait de Moscou": an actor, not where
        top = ent.root
        while (
            top.head.i != top.i
            and top.head.i in scope_ids
            and top.head.i != m.trigger.i
            and (
                (
                    top.dep_ in {"nmod", "appos", "flat", "flat:name", "compound", "pobj"}
                    and top.head.pos_ in {"NOUN", "PROPN", "PRON", "ADP", "ADJ"}
                )
                # English hangs "of X" on its noun as a prep: "the northern Lebanese city of
                # Tripoli" keeps the demonym that steers a namesake (French parses it as nmod)
                or (
                    top.dep_ == "prep"
                    and top.lower_ == "of"
                    and top.head.lemma_.lower() in place_nouns
                )
                # a name the tagger read as an adjective of its unit ("the Sagaing region"):
                # the region, not the town that shares its name
                or (
                    top.dep_ == "amod"
                    and top.ent_type_ in PLACE_ENTS
                    and top.head.lemma_.lower() in place_nouns | UNIT_NOUNS
                )
            )
        ):
            if _locative_case(top):
                break  # "devant le parlement à Tbilissi": the PP is the place, not its host noun
            head = top.head
            if (
                head.pos_ in {"NOUN", "ADJ"}
                and head.lemma_.lower() not in place_nouns | SEAT_HEADS | UNIT_NOUNS
            ):
                break  # "le contrôle de la localité de X": "contrôle" is not part of the place
            top = head
        if top.pos_ == "PRON":  # "celui de Vovtchenka": the name, not the pronoun
            top = ent.root
        # "les villes de Ramenskoïe et Domodedovo": one phrase per place.
        other: set[int] = set()
        for tok in top.subtree:
            if tok.dep_ == "conj" and _unit_pair(tok):
                continue  # "the Kupwara district of Jammu and Kashmir": one unit's name
            if tok.dep_ == "conj" and ent.root.i not in {t.i for t in tok.subtree}:
                other |= {t.i for t in tok.subtree}
                other |= {c.i for c in tok.children if c.dep_ == "cc"}
            if tok.dep_ == "cc" and tok.head.i == ent.root.i:
                other.add(tok.i)
            if tok.i != ent.root.i and any(
                c.dep_ == "case" and c.lower_ in NON_LOCATIVE_PREPS for c in tok.children
            ):
                # "au Koweït contre la guerre": the purpose hangs on the name, not part of it
                other |= {t.i for t in tok.subtree}
        toks = [
            t for t in top.subtree if (t.i in scope_ids or t.dep_ == "case") and t.i not in other
        ]
        toks = [t for t in toks if t.i <= ent.end - 1 or t.i < _next_comma(top, ent.end)]
        toks = [t for t in toks if not t.is_space]
        if any(t.i == ent.root.i for t in toks) and _split_name(ent):
            # "à San Cristóbal" parsed as two words hung on the verb: the name stays whole
            toks = sorted({*toks, *(t for t in ent if not t.is_space)}, key=lambda t: t.i)
        if len(ent) > 2 and ent[-1].lower_ == "ville" and ent[-2].text == "-":
            # "Gaza-ville", "Guatemala-ville": the parse hangs the suffix apart; the city, not
            # the territory of that name
            toks = sorted({*toks, *ent[-2:]}, key=lambda t: t.i)
        if toks and _hyphened_whole(ent, toks, ctx):
            # "du Liban-Sud", "Sud-Liban": one unit's name the parser split at its hyphen
            toks = sorted({*toks, *ent}, key=lambda t: t.i)
        if toks and (listing := _region_list_noun(ent.root)) is not None:
            # "les régions de Koursk et de Briansk": the second name is a region too, not
            # the city of Bryansk
            toks = sorted({listing, *toks}, key=lambda t: t.i)
        if not toks:
            continue
        seen.update(range(ent.start, ent.end))
        phrases.append(sorted(toks, key=lambda t: t.i))
    out: list[tuple[str, list[Token]]] = []
    for toks in phrases:
        text = text_of(ctx.doc, toks).strip(" ,")
        if all(text != o[0] for o in out):
            out.append((text, toks))
    out = [*_appositive_towns(out, ctx), *out]
    # Two phrases only a comma apart describe one place ("Vovtchenka, dans la région de Donetsk").
    if len(out) >= 2:
        (_a_text, a), (_b_text, b) = out[0], out[1]
        gap = ctx.text[span_chars(a)[1] : span_chars(b)[0]]
        if gap.strip() in {",", ""} or _placing_gap(ctx.doc[a[-1].i + 1 : b[0].i]):
            out.insert(0, (text_of(ctx.doc, a + b), a + b))
    return out


REGION_LIST_NOUNS: frozenset[str] = words_any("region_list_nouns")


def _region_list_noun(root: Token) -> Token | None:
    """The plural region noun conjoined names share ("les régions de Koursk et de Briansk",
    "the regions of Kursk and Bryansk"), or None."""
    if root.dep_ == "conj":
        head = root.head
    elif any(c.dep_ == "conj" for c in root.children):
        head = root
    else:
        return None
    for _ in range(3):
        head = head.head
        if head.lower_ in REGION_LIST_NOUNS:
            return head
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            return None
    return None


def _unit_pair(conj: Token) -> bool:
    """ "Jammu and Kashmir", "Trinidad-et-Tobago" parsed as two names joined by "and": the
    pair is one unit's name, not two places."""
    first = conj.head
    if not 0 < conj.i - first.i <= 4 or not any(t.dep_ == "cc" for t in conj.doc[first.i : conj.i]):
        return False
    text = conj.doc[first.i : conj.i + 1].text
    return resolvers.is_unit_name(text, conj.doc.lang_ or "en")


def _split_name(ent: Span) -> bool:
    """The parser hung a word of the name outside it (two heads in one entity). Not across a
    hyphen: "l'axe Kidal-Anefis" joins two towns, and its first is the place we can vouch for."""
    if any("-" in t.text for t in ent):
        return False
    inside = range(ent.start, ent.end)
    return any(t.i != ent.root.i and t.head.i not in inside for t in ent)


def _author_of_act(root: Token, ctx: ArticleContext) -> bool:
    """ "Russia's invasion", "Israel's offensive", "Kyiv's counteroffensive": a possessor of an
    act noun (one the trigger lexicon knows) is who did it, not where something happened."""
    if root.dep_ not in {"poss", "nmod:poss"}:
        return False
    head = root.head
    if head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    return lemma in ctx.lex.words("act_nouns") or bool(ctx.lex.triggers_for(lemma, "NOUN"))


def _hyphened_whole(ent: Span, toks: list[Token], ctx: ArticleContext) -> bool:
    """A hyphened name cut short by the parse ("Liban" of "Liban-Sud") whose whole is a known
    unit or town of its own; "l'axe Kidal-Anefis" (two towns, no such place) stays cut."""
    if not any(t.text == "-" for t in ent) or all(t.i in {x.i for x in toks} for t in ent):
        return False
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    loc = resolvers.locate(ent.text, lang=ctx.lang, context=context)
    return loc is not None and loc.precision != "country"


def _origin(root: Token, ctx: ArticleContext) -> bool:
    """A name introduced by an origin preposition ("depuis le Liban", "from Yemen")."""
    origin = ctx.lex.words("origin_preps")
    return any(c.dep_ == "case" and c.lower_ in origin for c in root.children) or (
        root.dep_ == "pobj" and root.head.lower_ in origin
    )


def _placing_gap(gap: Span) -> bool:
    """ "le village de X, près de Y", "the village of X, 12 km north-east of Y": a comma then
    a few lower-case words (distance, compass, "near") place the first name by the second."""
    words = [t for t in gap if not t.is_space]
    if not words or words[0].text != "," or len(words) > 7:
        return False
    if all(t.pos_ in {"ADP", "DET"} for t in words[1:]):
        return False  # "l'hôpital X, à Gaza-ville": a plain hint, read as such by locate
    return all(
        t.text == "-"
        or t.like_num
        or (t.is_alpha and t.is_lower and t.pos_ in PLACING_POS)
        or t.lower_ in COMPASS_WORDS  # "X, dans l'est de Y": "est" is often tagged a verb
        or (t.pos_ == "DET" and t.lower_ in {"l'", "l’"})  # the elided article
        for t in words[1:]
    )


COMPASS_WORDS: frozenset[str] = words_any("where_compass_words")
PLACING_POS: frozenset[str] = frozenset({"ADP", "ADV", "ADJ", "NOUN", "DET", "NUM", "PROPN"})


APPOSITIVE_SETTLEMENTS: frozenset[str] = words_any("appositive_settlements")
# "Nigeria's Plateau state": the unit noun stays in the phrase (a "Plateau" is in Alabama)
UNIT_NOUNS: frozenset[str] = words_any("where_unit_nouns")


def _appositive_towns(
    phrases: list[tuple[str, list[Token]]], ctx: ArticleContext
) -> list[tuple[str, list[Token]]]:
    """ "El Facher, la capitale assiégée du Darfour-Nord", "Pokrovsk, a logistics hub in
    Donetsk region": the name just before a comma and a settlement noun is that settlement,
    whatever label the tagger gave it; the apposition is its hint."""
    out = []
    for _, phrase in phrases:
        toks = [t for t in phrase if not (t.is_punct and t.i == phrase[0].i)]
        noun = next((t for t in toks if t.pos_ in {"NOUN", "PROPN"}), None)
        if not toks or noun is None or noun.lemma_.lower() not in APPOSITIVE_SETTLEMENTS:
            continue
        start = toks[0].i
        if start < 2 or ctx.doc[start - 1].text != ",":
            continue
        name = next((e for e in ctx.doc.ents if e.end == start - 1), None)
        if name is None or name.root.pos_ != "PROPN" or name.label_ not in PLACE_ENTS | LOOSE_ENTS:
            continue
        if not _not_an_organisation(name.text, ctx.lang):
            continue
        joined = [*name, ctx.doc[start - 1], *toks]
        out.append((text_of(ctx.doc, joined).strip(" ,"), joined))
    return out


def _untagged_sites(m: Mention, place_nouns: set[str]) -> list[Span]:
    """Names the tagger missed in a place noun's slot: "sur la ville frontalière de Gisenyi",
    "the village of Novoraisk". Named as places by their noun, they are kept as LOC spans."""
    out = []
    for tok in m.scope:
        if (
            tok.pos_ != "PROPN"
            or tok.ent_type_
            or tok.dep_ not in {"nmod", "pobj", "appos", "obl:mod", "compound"}
        ):
            continue
        if not (_named_site(tok, place_nouns) or _after_locative_prep(tok) or _unit_compound(tok)):
            continue  # "in Wath upon Dearne", "à Tinzaouaten": an untagged name where a place goes
        parts = [tok, *(c for c in tok.children if c.dep_ in {"flat", "flat:name", "compound"})]
        start, end = min(t.i for t in parts), max(t.i for t in parts) + 1
        if end - start == len(parts) and not any(t.ent_type_ for t in tok.doc[start:end]):
            out.append(Span(tok.doc, start, end, label="LOC"))
    return out


def _unit_compound(tok: Token) -> bool:
    """An untagged name before a first-level unit noun in a locative phrase ("shelled villages
    in the Kharkiv region", "In the Odesa region, drones hit…"): the region's name. Only after a
    locative preposition, so that "the Kharkiv region governor" stays an actor's title."""
    head = tok.head
    return (
        tok.dep_ == "compound"
        and head.lemma_.lower() in UNIT_NOUNS | REGION_HEADS
        and head.dep_ == "pobj"
        and head.head.lower_ in LOCATIVE_PREPS
    )


REGION_HEADS: frozenset[str] = words_any("where_region_words")  # region, oblast, région...
REGION_LINKS: frozenset[str] = words_any("where_region_links")  # "de", "d'", "of", "the"
LOCATIVE_PREPS: frozenset[str] = words_any("locative_preps")


NON_LOCATIVE_PREPS: frozenset[str] = words_any("non_locative_preps")


# the small English tagger files many Slavic and Arabic town names as LANGUAGE ("in Belgorod"),
# PRODUCT or EVENT: labels no place's slot is ever meant to hold, so the syntax decides
LOOSE_ENTS: frozenset[str] = frozenset(
    {"NORP", "PERSON", "PER", "ORG", "MISC", "LANGUAGE", "PRODUCT", "EVENT", "WORK_OF_ART"}
)


def _placed_name(root: Token, m: Mention, place_nouns: set[str]) -> bool:
    """A proper name the tagger mislabelled ("Odesa"/NORP, "Novohrodivka"/PER) that the syntax
    puts in a place slot: after a locative preposition, inside "the X region" / "la ville de
    X", or as what a capture verb takes ("s'emparer de X", "captured X")."""
    if root.pos_ != "PROPN" or root.ent_type_ not in LOOSE_ENTS:
        return False
    if _locative_case(root) or _named_site(root, place_nouns) or _after_near_word(root):
        return True
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
        return True
    if m.type == "consult_visit" and root.dep_ == "pobj" and root.head.lower_ == "to":
        return True  # "a visit to Kyiv": the destination is where the visit happens
    if m.kind == "attack" and _struck_object(root, m):
        return True  # "drones struck Odessa", "le bombardement de Vouhledar": what was hit
    return m.kind == "capture" and root.head.i == m.trigger.i and root.dep_ in CAPTURE_OBJECTS


NEAR_WORDS: frozenset[str] = words_any("where_near_words")


def _after_near_word(root: Token) -> bool:
    """ "les combats autour de Sake", "à proximité de Rafah", "fighting around Sake": a name
    after a word of nearness (the parse often hangs it on that adverb, not on a preposition)."""
    before = root.doc[root.i - 1] if root.i > 0 else None
    if before is not None and before.lower_ in {"de", "d'", "du", "of"} and before.i > 0:
        before = root.doc[before.i - 1]
    return before is not None and before.lower_ in NEAR_WORDS


def _struck_object(root: Token, m: Mention) -> bool:
    """The name an attack verb or noun takes as its object ("struck X", "ont visé X", "le
    bombardement de X"), when no actor table knows it: a person or a group is not a place."""
    if _attack_target(root, m):
        return resolvers.lookup_actor(root.text, lang=m.trigger.doc.lang_ or "en") is None
    struck_by_subject = m.trigger.dep_ in SUBJECTS and m.trigger.head.i == root.head.i
    if root.head.i != m.trigger.i and not struck_by_subject:
        return False  # "des frappes ont visé X": the attack noun is the verb's subject
    genitive = any(c.dep_ == "case" and c.lower_ in {"de", "d'", "du", "of"} for c in root.children)
    if root.dep_ not in {"obj", "dobj"} and not (root.dep_ == "nmod" and genitive):
        return False
    return resolvers.lookup_actor(root.text, lang=m.trigger.doc.lang_ or "en") is None


STRUCK_PREPS: frozenset[str] = words_any("struck_preps")


def _attack_target(root: Token, m: Mention) -> bool:
    """ "l'attaque menée jeudi contre Pont-Sondé", "the assault on Barsalogho": the name an
    attack noun (or the participle on it) takes through "contre"/"sur"/"on"/"against"."""
    if m.trigger.pos_ != "NOUN":
        return False
    if root.dep_ == "pobj":
        prep, host = root.head, root.head.head
    else:
        case = [c for c in root.children if c.dep_ == "case"]
        prep, host = (case[0] if case else None), root.head
    if prep is None or prep.lower_ not in STRUCK_PREPS:
        return False
    return host.i == m.trigger.i or (host.dep_ == "acl" and host.head.i == m.trigger.i)


CAPTURE_OBJECTS: frozenset[str] = frozenset({"obj", "dobj", "obl:arg", "obl"})


def _topic_modifier(root: Token, place_nouns: set[str]) -> bool:
    """A name used as a noun modifier of something that is not a site ("Gaza ceasefire")."""
    if root.dep_ != "compound" or _locative_case(root):
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "the Gaza ceasefire talks": ceasefire -> talks
    return head.lemma_.lower() not in place_nouns | SITE_NOUNS


def _named_site(root: Token, place_nouns: set[str]) -> bool:
    """ "the Odesa region", "la ville de Kostiantynivka", "the city of Kherson": the name of a
    place noun, which is a place even when it is the clause's subject."""
    head = root.head
    if head.lower_ in {"of", "de", "d'", "du"} or root.dep_ == "pobj":
        head = head.head  # "the city of X": X -> of -> city
    nouns = place_nouns | SITE_NOUNS
    if head.lower_ in CAMP_COMPLEMENTS and head.dep_ in {"nmod", "pobj", "compound"}:
        # "le camp de réfugiés de Nousseirat", "the Nuseirat refugee camp": X -> réfugiés -> camp
        head = head.head.head if head.head.lower_ in {"of", "for"} else head.head
    # "outskirts" lemmatises to "outskirt": the word as written counts too
    return head.i != root.i and (head.lemma_.lower() in nouns or head.lower_ in nouns)


CAMP_COMPLEMENTS: frozenset[str] = words_any("where_camp_complements")


# Nouns that name a settlement-like site and are not in the shared place-noun cues.
# Settlements and facilities ("the Kyiv hospital", "l'hôpital de Kramatorsk").
SITE_NOUNS: frozenset[str] = words_any("site_nouns") | words_any("where_area_nouns")


# Nouns whose place is a topic of the act, not its scene: "manifesté contre la guerre à Gaza",
# "talks on the conflict in Sudan", "la crise au Sahel".
TOPIC_NOUNS: frozenset[str] = words_any("topic_nouns")


def _topic_place(root: Token, m: Mention | None) -> bool:
    """A place right after a topic noun and its preposition ("la guerre à Gaza", "the war in
    Sudan"), read on the surface: parsers often hang that phrase on the main verb."""
    case = [c for c in root.children if c.dep_ == "case"]
    if root.dep_ == "pobj":
        case = [root.head]
    if not case:
        return False
    before = [t for t in root.doc[max(0, case[0].i - 3) : case[0].i] if t.pos_ != "DET"]
    noun = before[-1] if before else None
    return (
        noun is not None
        and (m is None or noun.i != m.trigger.i)
        and noun.lemma_.lower() in TOPIC_NOUNS
    )


def _inside_seat(root: Token) -> bool:
    """ "reçu à l'Élysée", "au palais de l'Élysée", "met at the Kremlin": a seat of power
    after a locative preposition (itself or through its "palais de" head)."""
    if _locative_case(root) or (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS):
        return True
    head = root.head
    return head.i != root.i and head.lemma_.lower() in SEAT_HEADS and _locative_case(head)


SEAT_HEADS: frozenset[str] = words_any("seat_heads")


def _locative_case(tok: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ in LOCATIVE_PREPS for c in tok.children)


def _next_comma(top: Token, after: int) -> int:
    for t in top.doc[after : top.right_edge.i + 1]:
        if t.text in {",", "(", ";"}:
            return t.i
    return top.right_edge.i + 1


def _precision_rank(loc: Location) -> int:
    if loc.precision == "admin1" and _town_level(loc):
        return 3  # a named camp or village placed in its region: "Zamzam camp near El Fasher"
    return {"place": 3, "admin2": 2, "admin1": 1, "country": 0}.get(loc.precision, 0)


def _named_regions(m: Mention, ctx: ArticleContext) -> list[str]:
    """ISO 3166-2 codes of the first-level units the mention's paragraph names as such, up to
    its own sentence ("the Kharkiv region", "le gouverneur de la région de Kharkiv", "Kaduna
    state"), in order.

    A bonus for the same-named towns of one state (Zolochiv lies in Lviv and in Kharkiv
    oblasts): the event often comes before the clause that names its region. Only names beside
    a region word count (a bare town could itself be the ambiguous one), and only near the
    mention: a region named elsewhere in a round-up must not pull a city to its village
    namesake (Mykolaiv has one in the Lviv region).
    """
    words = ctx.lex.words("where_region_words")
    codes: list[str] = []
    for sent in [*_earlier_sentences(m, ctx), m.sent]:
        for tok in sent:
            if tok.lower_ not in words or tok.is_title and tok.i > tok.sent.start:
                continue  # "Région Occitanie" mid-sentence is a name, not the word
            for name in _region_word_names(tok):
                phrase = f"the {name} region" if ctx.lang == "en" else f"la région de {name}"
                loc = resolvers.locate(phrase, lang=ctx.lang, context=None)
                if loc is not None and loc.precision == "admin1" and loc.admin1_code not in codes:
                    codes.append(loc.admin1_code)
    return codes


def _region_word_names(word: Token) -> list[str]:
    """The capitalised name right before a region word ("Kharkiv regional") and the one after
    it past "de"/"of" and an article ("la région de Kharkiv", "the province of Idlib")."""
    doc = word.doc
    names: list[str] = []
    start = word.i
    while start > word.sent.start and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start < word.i:
        names.append(doc[start : word.i].text)
    end = word.i + 1
    while end < word.sent.end and doc[end].lower_ in REGION_LINKS:
        end += 1
    first = end
    while end < word.sent.end and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    if first < end and first > word.i + 1:
        names.append(doc[first:end].text)
    return names


PLACELESS_TYPES: frozenset[str] = frozenset(
    {"sanction", "demand", "accuse", "condemn", "reject", "threaten", "aid_pledge", "aid_delivery",
     "support", "expel", "concede", "cooperate"}
)  # fmt: skip


def fill_location(m: Mention, ctx: ArticleContext, exclude: set[int]) -> None:
    regions = [c for c in _named_regions(m, ctx) if c not in ctx.admin1_codes]
    # the dateline's state comes last: "BEIRUT (Reuters) - clashes in Tripoli" is not Libya
    filed = [c for c in _dateline_states(ctx) if c not in ctx.countries]
    context = resolvers.place_context([*ctx.countries, *filed], [*ctx.admin1_codes, *regions])
    best: tuple[Location, list[Token]] | None = None
    phrases = place_phrases(m, ctx, exclude)
    phrases += [p for p in _unlabelled_seats(m, ctx) if all(p[0] != q[0] for q in phrases)]
    phrases += [p for p in _agent_clause_phrases(m, ctx) if all(p[0] != q[0] for q in phrases)]
    if not phrases:
        phrases = _noun_clause_phrases(m, ctx)
    if m.type in PLACELESS_TYPES:
        phrases += _scene_phrases(m, ctx)
    venues: set[int] = set()
    for phrase, toks in phrases:
        if m.type in PLACELESS_TYPES and not _scene_of_act(toks, m):
            if not _venue_of_act(toks, m, ctx):
                continue  # "des sanctions contre la Russie": Russia is the target, not the place
            venues.add(toks[0].i)
        loc = resolvers.locate(phrase, lang=ctx.lang, context=context)
        if loc is None:
            continue
        if _hint_disowns(loc, toks, phrases, ctx, context):
            continue  # "le village de Kamba, dans l'est de la RDC": not Kamba in Nigeria
        if best is None or _precision_rank(loc) > _precision_rank(best[0]):
            best = (loc, toks)
        elif (
            _precision_rank(loc) == _precision_rank(best[0])
            and _on_trigger(toks, m)
            and not _on_trigger(best[1], m)
        ):
            best = (loc, toks)  # "a condamné à Paris la frappe à Kharkiv": the strike's own PP
        elif (
            _precision_rank(loc) == _precision_rank(best[0])
            and _in_person_phrase(best[1], m)
            and not _in_person_phrase(toks, m)
        ):
            # "des étudiants de l'université de Kyiv blessés lors d'un bombardement à Odessa":
            # the people's affiliation is not where the act happened
            best = (loc, toks)
        elif _precision_rank(loc) == _precision_rank(best[0]) and district_stand_in(best[0], loc):
            best = (loc, toks)  # "near the village of X, Y district" under a "Y district" title
    if best is not None and not _town_level(best[0]):
        best = _hinted_town(best, ctx, context) or best
    if (
        best is not None
        and best[0].country
        and best[0].precision != "country"
        and any(t.lower_ in REGION_LIST_NOUNS for t in best[1])
        and (state := resolvers.country_location(best[0].country)) is not None
    ):
        # "au-dessus des régions de Koursk et de Briansk": several regions are no one
        # admin1 unit, and neither is the city of either name (GUIDELINES §4: the country)
        best = (state, best[1])
    if best is None and (_physical(m.type) or (m.type is None and m.kind == "attack")):
        best = _witness_place(m, ctx, context)  # not for a bare toll: it joins its attack
    if best is None and not phrases:
        best = _local_body_state(m, ctx)  # "Lebanese hospitals have appealed for blood"
    if (
        best is not None
        and any(t.lemma_.lower() in ctx.lex.cues_of("border_area") for t in best[1])
        and not _border_town(best[0], best[1])
    ):
        # "deux régions limitrophes de Moscou": around the place, not in it; keep the country.
        # Bordering a country means outside it: then nothing is known.
        loc = best[0]
        country = (resolvers.country_location(loc.country) if loc.country else None) or Location(
            name=loc.country or loc.name, country=loc.country, precision="country"
        )
        best = (country, best[1]) if loc.country and loc.precision != "country" else None
    if (
        best is not None
        and m.kind in STRIKING_KINDS
        and not _compatible(best[0], _struck_states(m, ctx))
        and not _target_in_phrase(m, best[1])
    ):
        best = None  # "une attaque … sur la capitale ukrainienne" is not where Moscow's suburb is
    if best is not None and best[0].country is not None and _offshore(best[1], m):
        # at sea off a coast: the story's sea (no country), else nothing we can vouch for
        best = _story_sea(m, ctx)
    if (
        best is not None
        and _physical(m.type)
        and _site_in_wider(best[1], ctx)
        and (town := _town_inside(best[0], ctx)) is not None
    ):
        best = (town[0], best[1])  # "its last base in Chad" in a story set in N'Djamena
    if best is not None and best[0].precision == "country":
        capital = _seat_capital(m, ctx, best[0])  # "stormed Kenya's parliament": Nairobi
        if capital is not None:
            best = (capital, best[1])
    if best is not None and namesake_abroad(best[0], m.sent, ctx):
        best = None
    if best is not None:
        m.location = best[0]
        m.prov("location", "place.locate", best[1])
        if best[1][0].i not in venues:
            # a summit's or a press conference's town is where one act was said, not where
            # the story is set: it does not steer the places of the other events
            ctx.remember_location(best[0])


def _site_in_wider(toks: list[Token], ctx: ArticleContext) -> bool:
    """ "its last military base in Chad", "le camp de la région de Gao": a country or region
    named as where one site lies. The site is a spot, so a story set in one town of that
    country holds it (the caller checks the town is inside the place named)."""
    hosts = ctx.lex.words("site_host_nouns")
    ids = {t.i for t in toks}
    root = next((t for t in toks if t.head.i not in ids), None)
    if root is None:
        return False
    head = root.head
    if head.pos_ == "ADP":
        head = head.head  # English "base in Chad": base -> in -> Chad
    return head.pos_ == "NOUN" and head.i not in ids and head.lemma_.lower() in hosts


def _local_body_state(m: Mention, ctx: ArticleContext) -> tuple[Location, list[Token]] | None:
    """ "Lebanese hospitals have appealed for blood donations", "les habitants ukrainiens ont
    fui": the act's subject is a body that stays where it lives (hospitals, residents,
    villagers), named by its state's demonym, so the act is in that state (country only). Not
    officials, ministries or envoys: they act abroad as well."""
    bodies = ctx.lex.words("local_body_nouns")
    verb = m.trigger
    if verb.pos_ == "NOUN" and verb.dep_ in {"obj", "dobj"}:
        verb = verb.head  # « ont lancé un appel », "issued an appeal"
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for subj in verb.children:
        if subj.dep_ not in _ARGUMENT_DEPS or subj.lemma_.lower() not in bodies:
            continue
        states = {
            iso
            for c in subj.children
            if c.dep_ == "amod" and (iso := resolvers.demonym_country(c.text, ctx.lang))
        }
        if len(states) != 1:
            return None
        loc = resolvers.country_location(next(iter(states)))
        return (loc, sorted([subj, *subj.children], key=lambda t: t.i)) if loc else None
    return None


def district_stand_in(district: Location, village: Location) -> bool:
    """ "Beryslav district", read as its namesake town at district precision, beside a village
    of that district ("near the village of Novoraisk"): the village is the finer place."""
    return (
        district.precision == "admin2"
        and village.precision in {"admin2", "place"}
        and bool(district.admin2)
        and village.admin2 == district.admin2
        and village.name != district.name
        and (district.admin2 or "").startswith(district.name)
    )


def _hint_disowns(
    loc: Location,
    toks: list[Token],
    phrases: list[tuple[str, list[Token]]],
    ctx: ArticleContext,
    context: object,
) -> bool:
    """A name read alone lands in another state than the longer phrase that holds it with
    its apposition ("X, dans l'est de la RDC", "X in northern Mali"): the apposition placed
    it, so the lone reading is a namesake abroad."""
    if loc.country is None:
        return False
    mine = {t.i for t in toks}
    for phrase, other in [*phrases, *_trailing_apposition(toks, ctx)]:
        if len(other) <= len(toks) or not mine < {t.i for t in other}:
            continue
        whole = resolvers.locate(phrase, lang=ctx.lang, context=context)
        if whole is not None and whole.country is not None and whole.country != loc.country:
            return True
    return False


def _trailing_apposition(toks: list[Token], ctx: ArticleContext) -> list[tuple[str, list[Token]]]:
    """ "près de Boni, dans le centre du Mali" where the parser hung the apposition on another
    word than the town: the phrase read together with the locative right after its comma."""
    doc = ctx.doc
    comma = toks[-1].i + 1
    if comma + 1 >= toks[-1].sent.end or doc[comma].text != "," or doc[comma + 1].pos_ != "ADP":
        return []
    prep = doc[comma + 1]
    # UD hangs the preposition on its noun ("dans" → "centre"); English hangs the noun on it
    noun = prep_object(prep, prep.head)
    if noun.i <= comma + 1 or noun.i >= toks[-1].sent.end:
        return []
    apposed = list(doc[comma + 1 : noun.right_edge.i + 1])
    where = resolvers.locate(text_of(doc, apposed), lang=ctx.lang, context=None)
    if where is None or where.country is None or where.precision not in {"country", "admin1"}:
        return []  # "A Mykolaïv, dans le sud, …": a compass word alone names no state
    whole = [*toks, *doc[comma : noun.right_edge.i + 1]]
    return [(text_of(doc, whole), whole)]


def _hinted_town(
    best: tuple[Location, list[Token]], ctx: ArticleContext, context: object
) -> tuple[Location, list[Token]] | None:
    """ "on the outskirts of Barsalogho, in north-central Burkina Faso", "à Tinzaouaten, dans
    la région de Kidal": a region or country phrase after a comma places the town named just
    before it, which the parse often hangs elsewhere (a relative clause, a noun's complement)."""
    toks = best[1]
    first = toks[0].i
    if first < 2 or ctx.doc[first - 1].text != ",":
        return None
    name = _name_before(ctx.doc[first - 2], ctx.lang)
    if not name:
        return None
    alone = resolvers.locate(text_of(ctx.doc, name), lang=ctx.lang, context=context)
    labelled = name[-1].ent_type_ in PLACE_ENTS
    if not labelled and (alone is None or not _town_level(alone)):
        return None  # "Zelensky, in the Kharkiv region": a person, not a village
    phrase = text_of(ctx.doc, [*name, *toks])
    loc = resolvers.locate(phrase, lang=ctx.lang, context=context)
    if loc is None or loc.country != best[0].country or not _town_level(loc):
        return None
    return loc, [*name, *toks]


LOCAL_WITNESSES: frozenset[str] = words_any("where_local_witnesses")
REGIONAL_WITNESSES: frozenset[str] = words_any("where_regional_witnesses")
GENITIVE_PREPS: frozenset[str] = frozenset({"de", "d'", "d’", "du", "des"})
NON_PLACE_ENTS: frozenset[str] = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
)


def _witness_place(
    m: Mention, ctx: ArticleContext, context: object
) -> tuple[Location, list[Token]] | None:
    """ "les habitants de Wad Madani accusent les FSR d'avoir pillé...", "the mayor of Rotherham
    said rioters had...", "Belgorod governor X said a drone had...": when the sentence names
    no place, the town of the local witness or official who reports the act is its scene."""
    for verb in (t for t in m.trigger.ancestors if t.pos_ in {"VERB", "AUX"}):
        for subj in (c for c in verb.children if c.dep_ in SUBJECTS - {"poss"}):
            for noun in [subj, *(c for c in subj.children if c.dep_ == "compound")]:
                if noun.lemma_.lower() not in LOCAL_WITNESSES:
                    continue
                toks = _witness_town(noun)
                if not toks:
                    continue
                loc = resolvers.locate(text_of(ctx.doc, toks), lang=ctx.lang, context=context)
                if loc is None or not loc.country or loc.precision == "country":
                    continue  # "Israel Police said": a national body, not the scene
                if noun.lemma_.lower() in REGIONAL_WITNESSES and loc.admin1:
                    # "Kharkiv governor X said": the region he governs, not its capital
                    loc = dataclasses.replace(
                        loc,
                        name=loc.admin1,
                        precision="admin1",
                        geonames_id=None,
                        admin2=None,
                        lat=None,
                        lon=None,
                    )
                return loc, toks
    return None


def _witness_town(noun: Token) -> list[Token]:
    """The place a witness noun names: "de la région de Belgorod", "of Rotherham", "Kharkiv"
    (mayor)."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            toks = list(child.subtree)
        elif child.dep_ == "nmod" and child.i > noun.i:
            # "les habitants de Wad Madani" (the parser may hang "de" on either word)
            before = noun.doc[child.left_edge.i - 1]
            if before.lower_ in GENITIVE_PREPS:
                toks = [before, *child.subtree]
            elif child.left_edge.lower_ in GENITIVE_PREPS:
                toks = list(child.subtree)
            else:
                continue
        elif child.dep_ in {"compound", "poss"} and child.i < noun.i and child.pos_ == "PROPN":
            toks = list(child.subtree)
        else:
            continue
        if any(t.pos_ == "PROPN" and t.ent_type_ not in NON_PLACE_ENTS for t in toks):
            return sorted(toks, key=lambda t: t.i)
    return []


def _name_before(last: Token, lang: str) -> list[Token]:
    """The capitalised name ending at ``last`` (its entity, else its run of proper nouns)."""
    if last.ent_type_ and last.ent_iob_ in {"B", "I"}:
        start = last.i
        while start > last.sent.start and last.doc[start].ent_iob_ == "I":
            start -= 1
        name = list(last.doc[start : last.i + 1])
    else:
        name = []
        tok = last
        while tok.pos_ == "PROPN" and tok.i >= last.sent.start:
            name.insert(0, tok)
            if tok.i == 0:
                break
            tok = tok.nbor(-1)
    if not name or not name[0].text[:1].isupper() or name[-1].i != last.i:
        return []
    if resolvers.is_place_stopword(text_of(last.doc, name), lang):
        return []
    return name


BORDER_ADJECTIVES: frozenset[str] = words_any("border_adjectives")


def _border_town(loc: Location, toks: list[Token]) -> bool:
    """ "la ville frontalière de Gisenyi", "the border town of Rafah": a settlement that lies on
    a border is that settlement; "les régions frontalières de l'Ukraine" (a country) and
    "les localités voisines de X" name the places around it."""
    border = [
        t for t in toks if t.lemma_.lower() in BORDER_ADJECTIVES or t.lower_ in BORDER_ADJECTIVES
    ]
    # "la région frontalière de Koursk", "the border region of Belgorod": a region that lies
    # on a border is that region (locate already says None for the regions around a place)
    return bool(border) and (loc.precision == "place" or _named_unit(loc, toks))


def _named_unit(loc: Location, toks: list[Token]) -> bool:
    """An admin1 unit the phrase names itself: one border word, no plural ("les régions")."""
    plural_units = words_any("plural_unit_nouns")
    return loc.precision == "admin1" and not any(t.lower_ in plural_units for t in toks)


# A verbal or diplomatic act has a place only when the text says where it happened
# (GUIDELINES §4): "ont adopté lundi à Luxembourg des sanctions", "condemned the raid at a
# news conference in Doha". The place must hang on the act's own verb through "à"/"in"/"at".
SCENE_PREPS: frozenset[str] = words_any("scene_preps")


def _on_trigger(toks: list[Token], m: Mention) -> bool:
    """The phrase hangs on the trigger itself ("la frappe à Kharkiv")."""
    return any(t.head.i == m.trigger.i and t.i != m.trigger.i for t in toks)


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def _in_person_phrase(toks: list[Token], m: Mention) -> bool:
    """The phrase modifies the subject of the trigger's clause, a noun that is no site,
    rather than the act ("students of Kyiv University were hurt in a strike on Odesa")."""
    ids = {t.i for t in toks}
    top = next((t for t in toks if t.head.i not in ids), None)
    steps = 0
    while top is not None and top.head.i != top.i and steps < 8:
        if top.dep_ in _ARGUMENT_DEPS and top.pos_ in {"NOUN", "PROPN"} and top.i not in ids:
            return top.lemma_.lower() not in SITE_NOUNS | SEAT_HEADS | UNIT_NOUNS
        if top.i == m.trigger.i:
            return False
        top, steps = top.head, steps + 1
    return False


def _target_in_phrase(m: Mention, toks: list[Token]) -> bool:
    """The target was read from a name inside the place phrase itself ("un obus sur Tripoli,
    dans le nord du Liban"): the phrase, hint included, knows better than the bare name."""
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return any(
        p.field == "target" and p.start is not None and start <= p.start and p.end <= end
        for p in m.provenance
    )


def _scene_phrases(m: Mention, ctx: ArticleContext) -> list[tuple[str, list[Token]]]:
    """Places of the sentence that hang on the act's verb outside the trigger's own phrase
    ("ont adopté lundi à Luxembourg de nouvelles sanctions": the noun's scope stops short)."""
    out = []
    for ent in m.sent.ents:
        if ent.label_ not in PLACE_ENTS or resolvers.is_place_stopword(ent.text, ctx.lang):
            continue
        toks = sorted(
            [*ent, *[c for c in ent.root.children if c.dep_ == "case"]], key=lambda t: t.i
        )
        if ent.root.dep_ == "pobj":
            toks = [ent.root.head, *ent]
        if _scene_of_act(toks, m) or _venue_of_act(toks, m, ctx):
            out.append((text_of(ctx.doc, toks).strip(" ,"), toks))
    return out


def _unlabelled_seats(m: Mention, ctx: ArticleContext) -> list[tuple[str, list[Token]]]:
    """ "a reçu au palais de l'Élysée", "received at the Elysee": a seat of power the tagger
    left unlabelled, after a locative preposition (locate maps it to its city)."""
    scope_ids = {t.i for t in m.scope}
    out = []
    for tok in m.scope:
        if tok.pos_ != "PROPN" or tok.ent_type_ or not _inside_seat(tok):
            continue
        top = tok.head if tok.head.lemma_.lower() in SEAT_HEADS else tok
        toks = sorted(
            (t for t in top.subtree if t.i in scope_ids or t.dep_ == "case"), key=lambda t: t.i
        )
        toks = [t for t in toks if t.i <= tok.i]  # "au palais de l'Élysée le Président...": stop
        if toks:
            out.append((text_of(ctx.doc, toks).strip(" ,"), toks))
    return out


AGENT_DEPS: frozenset[str] = frozenset({"agent", "obl:agent"})


def _agent_clause_phrases(m: Mention, ctx: ArticleContext) -> list[tuple[str, list[Token]]]:
    """ "talks with a delegation led by Yermak in Jeddah", "une délégation conduite par le
    ministre à Doha": the parser hangs the act's place on the participle that names who leads a
    party; a delegation is not led somewhere, the act happens there."""
    out = []
    for tok in m.scope:
        for verb in tok.children:
            if verb.dep_ not in {"acl", "acl:relcl"} or verb.pos_ != "VERB":
                continue
            if not any(c.dep_ in AGENT_DEPS for c in verb.children):
                continue
            clause = {t.i for t in verb.subtree}  # "led by Yermak in Jeddah": on the name too
            for ent in m.sent.ents:
                root = ent.root
                if ent.label_ not in PLACE_ENTS or resolvers.is_place_stopword(ent.text, ctx.lang):
                    continue
                on_verb = root.head.i in clause and _locative_case(root)
                if root.dep_ == "pobj" and root.head.head.i in clause:
                    on_verb = root.head.lower_ in LOCATIVE_PREPS
                if on_verb:
                    toks = (
                        [root.head, *ent]
                        if root.dep_ == "pobj"
                        else [*(c for c in root.children if c.dep_ == "case"), *ent]
                    )
                    toks = sorted(toks, key=lambda t: t.i)
                    out.append((text_of(ctx.doc, toks).strip(" ,"), toks))
    return out


def _noun_clause_phrases(m: Mention, ctx: ArticleContext) -> list[tuple[str, list[Token]]]:
    """ "l'accord conclu mercredi à Doha", "the talks held in Jeddah", "l'attaque menée lundi
    contre Goma": a participle clause on the event noun says where it happened, when the
    noun's own phrase does not (the mention's scope stops at the clause)."""
    if m.trigger.pos_ != "NOUN":
        return []
    clauses = [c for c in m.trigger.children if c.dep_ in NOUN_CLAUSE_DEPS and c.pos_ == "VERB"]
    if not clauses and (stray := _stray_participle(m.trigger)) is not None:
        return _stray_clause_phrases(stray, ctx)
    out = []
    for verb in clauses:
        for ent in m.sent.ents:
            root = ent.root
            hosts = {verb.i, *(c.i for c in verb.children)}
            struck = m.kind in STRIKING_KINDS and _attack_target(root, m)
            if root.head.i not in hosts or not (
                ent.label_ in PLACE_ENTS or (struck and _struck_object(root, m))
            ):
                continue  # a mislabelled name ("contre Odessa"/PER) counts when no actor has it
            if not (_after_locative_prep(root) or struck or _site_in_clause(root, hosts)):
                continue  # "l'attaque menée jeudi contre Goma": the place struck counts too
            if resolvers.is_place_stopword(ent.text, ctx.lang):
                continue
            toks = [*(c for c in root.children if c.dep_ == "case"), *ent]
            if root.dep_ == "pobj":
                toks = [root.head, *ent]
            toks = sorted(toks, key=lambda t: t.i)
            out.append((text_of(ctx.doc, toks).strip(" ,"), toks))
    return out


def _stray_participle(trigger: Token) -> Token | None:
    """ "58 assauts russes repoussés … sur l'axe de Pokrovsk": the participle right after the
    event noun (and its adjectives) is its clause, even when the parser hung it on the main
    verb ("fait état de … repoussés")."""
    j = trigger.i + 1
    doc = trigger.doc
    while j < len(doc) and doc[j].head.i == trigger.i and doc[j].dep_ in {"amod", "nummod"}:
        j += 1
    if j >= len(doc):
        return None
    tok = doc[j]
    if tok.pos_ != "VERB" or tok.dep_ not in NOUN_CLAUSE_DEPS or tok.head.i == trigger.i:
        return None
    if tok.lemma_.lower() in lexicon(_lang_of(doc)).speech_verbs:
        return None  # "12 frappes dénoncées par Kiev à Genève": where it was said, not where
    return tok if "Part" in tok.morph.get("VerbForm") else None


def _lang_of(doc: object) -> str:
    lang = getattr(doc, "lang_", "en")
    return lang if lang in {"fr", "en"} else "en"


def _stray_clause_phrases(verb: Token, ctx: ArticleContext) -> list[tuple[str, list[Token]]]:
    """The locative phrases inside such a participle clause: a place name under a noun that
    a locative preposition introduces ("sur le seul axe de Pokrovsk")."""
    out: list[tuple[str, list[Token]]] = []
    inside = {t.i for t in verb.subtree}
    for ent in verb.sent.ents:
        if ent.label_ not in PLACE_ENTS or ent.root.i not in inside:
            continue
        host: Token | None = ent.root
        for _ in range(3):
            if host is None or any(
                c.dep_ == "case" and c.lower_ in LOCATIVE_PREPS for c in host.children
            ):
                break
            host = host.head if host.dep_ in {"nmod", "obl", "obl:mod"} else None
        if host is None or host.i not in inside:
            continue
        case = next(
            (c for c in host.children if c.dep_ == "case" and c.lower_ in LOCATIVE_PREPS), None
        )
        if case is None:
            continue  # three nouns up and still no locative preposition: not a scene
        toks = [t for t in ctx.doc[case.i : ent.end] if not t.is_space]
        out.append((text_of(ctx.doc, toks).strip(" ,"), toks))
    return out


def _site_in_clause(root: Token, hosts: set[int]) -> bool:
    """ "58 assauts repoussés sur l'axe de Pokrovsk", "attacks repelled on the Kupiansk front":
    the town of a site or sector noun the participle takes through a locative preposition."""
    host = _genitive_host(root) if root.dep_ != "compound" else root.head
    return (
        host is not None
        and host.i in hosts
        and host.lemma_.lower() in SITE_NOUNS
        and (_locative_case(host) or (host.dep_ == "pobj" and host.head.lower_ in LOCATIVE_PREPS))
    )


def _scene_of_act(toks: list[Token], m: Mention) -> bool:
    verb = m.trigger if m.trigger.pos_ in {"VERB", "AUX"} else None
    if verb is None:
        verb = next((t for t in m.trigger.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    for tok in toks:
        if tok.dep_ == "case" and tok.lower_ in SCENE_PREPS and tok.head.head.i == verb.i:
            if tok.lower_ == "à" and _dative_frame(verb, tok.head):
                return False  # "reprochant à Washington d'avoir invité": whom, not where
            return tok.head.dep_ in {"obl", "obl:mod", "obl:arg", "nmod"} or tok.head.dep_ == "pobj"
        if tok.dep_ == "pobj" and tok.head.lower_ in SCENE_PREPS and tok.head.head.i == verb.i:
            return True
    return False


def _dative_frame(verb: Token, name: Token) -> bool:
    """ "reprocher à X d'avoir…", "demander à X de…": a verb whose "à" phrase is the one
    addressed, because an infinitive clause marked "de" follows it."""
    return any(
        c.dep_ in {"xcomp", "ccomp", "advcl"}
        and c.i > name.i
        and any(g.dep_ == "mark" and g.lower_ in {"de", "d'"} for g in c.children)
        for c in verb.children
    )


# Meetings, statements and the press they are made to: "à l'issue d'un sommet à Abuja", "lors
# d'une conférence de presse à Genève", "at a summit in Bürgenstock", "told reporters in Tel Aviv".
VENUE_NOUNS: frozenset[str] = words_any("venue_nouns")
AUDIENCE_PREPS: frozenset[str] = words_any("audience_preps")
# Verbs of speaking that report nothing themselves: "Speaking in Kyiv, he condemned…".
VENUE_VERBS: frozenset[str] = words_any("venue_verbs")
VENUE_MAX_HOPS = 6
ARGUMENT_DEPS: frozenset[str] = frozenset({"obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass"})


def _venue_of_act(toks: list[Token], m: Mention, ctx: ArticleContext) -> bool:
    """The place of the meeting or statement that carries a verbal act (GUIDELINES §4): the place
    hangs on a venue noun ("un sommet à Abuja") whose phrase belongs to the act's verb, or on the
    speech verb the act is reported with ("he told reporters in Tel Aviv"). Parsers often hang
    "à l'issue d'un sommet" on the object noun: the climb crosses nouns up to the first verb."""
    verb = _act_verb(m)
    host = _place_host(toks)
    if verb is None or host is None:
        return False
    venue = False
    node = host
    for _ in range(VENUE_MAX_HOPS):
        named = node.lemma_.lower() in VENUE_NOUNS or node.lower_ in VENUE_NOUNS
        # "a dénoncé la réunion de Moscou", "condemned the summit in Moscow": what, not where
        venue = venue or (named and node.dep_ not in ARGUMENT_DEPS)
        # "devant les cadres du ministère, à Moscou": an audience is met where it sits
        venue = venue or _audience(node)
        if (node.pos_ in {"VERB", "AUX"} and node.dep_ != "acl") or node.head.i == node.i:
            break  # "les députés réunis à Kiev": a participle on a noun is crossed
        node = node.head
    if node.pos_ not in {"VERB", "AUX"}:
        return False
    if node.i == verb.i:
        return venue
    speech = node.lemma_.lower() in ctx.lex.speech_verbs or node.lemma_.lower() in VENUE_VERBS
    reports = speech and (verb.head.i == node.i or node.head.i == verb.i)
    return reports and (venue or node.i == host.i)


def _audience(tok: Token) -> bool:
    """ "devant les députés", "before lawmakers": the people a statement is made to."""
    if tok.dep_ == "pobj" and tok.head.lower_ in AUDIENCE_PREPS:
        return True
    return any(c.dep_ == "case" and c.lower_ in AUDIENCE_PREPS for c in tok.children)


def _act_verb(m: Mention) -> Token | None:
    if m.trigger.pos_ in {"VERB", "AUX"}:
        return m.trigger
    return next((t for t in m.trigger.ancestors if t.pos_ in {"VERB", "AUX"}), None)


def _place_host(toks: list[Token]) -> Token | None:
    """The word a place phrase hangs on through a scene preposition ("sommet" in "un sommet à
    Abuja", "told" in "told reporters in Tel Aviv"), or None."""
    for tok in toks:
        if tok.dep_ == "case" and tok.lower_ in SCENE_PREPS and tok.head.head.i != tok.head.i:
            return tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ in SCENE_PREPS and tok.head.head.i != tok.head.i:
            return tok.head.head
    return None


# -- inherited locations -------------------------------------------------------------------
#
# A story states its place once ("Grenoble : une grenade lancée dans un bar...", "La ville de
# Kostiantynivka a été pilonnée...") and the events told after it ("Deux jeunes hommes ont été
# interpellés", "a exhorté les habitants à partir") do not repeat it. The rule, in order:
#
# 1. only physical events inherit (a type ACLED codes: attacks, arrests, protests, riots,
#    movements...); verbal and diplomatic acts happen where the speaker is, which the text
#    rarely says, so they keep no place;
# 2. the one place of the mention's own sentence, outside its scope ("détenus à Ouagadougou
#    depuis leur arrestation"); several places there and none in scope: nothing;
#    else the place of the closest earlier sentence of the same paragraph, if it names one;
# 3. else the place of the headline, when the headline names exactly one place (or places
#    of one admin1 unit), not as an actor ("Kiev revendique...": a subject is never a place);
# 4. never across countries: if the mention's own sentence names a place of another country,
#    or the article has already placed an event in another country (the headline rule only),
#    nothing is inherited. The dateline ("KHARTOUM, 12 juin (AFP) -") is where the reporter
#    files from, not where events happen: it is never inherited.

# Inheritance runs on merged clusters, after every stated place is known, so that an
# inherited place never steers merging or the target (the state of the place).

HEADLINE_MAX_CHARS = 200


def inherit_location(
    mentions: list[Mention], event_type: str, ctx: ArticleContext
) -> Location | None:
    """The place of an event none of whose mentions states one (see the rule above), or None."""
    if not _physical(event_type):
        return None
    if event_type == "release" and _two_states(mentions):
        return None  # a prisoner exchange between two states happens at neither's home
    for m in mentions:
        found = (
            ground_weapons_location(m, ctx)
            or sea_location(m, ctx)
            or pronoun_location(m, ctx)
            or anaphor_location(m, ctx)
            or left_country_location(m, ctx)
            or region_anaphor_location(m, ctx)
            or town_anaphor_location(m, ctx)
            or site_anaphor_location(m, ctx)
            or seat_location(m, ctx)
            or home_alert_location(m, ctx)
            or ousted_leader_location(m, ctx)
            or airspace_location(m, ctx)
            or struck_site_location(m, ctx)
            or inherited_location(m, ctx)
            or article_location(m, ctx, event_type)
        )
        if found is not None and not _intercepted_elsewhere(m, found[0]):
            loc, toks, rule = found
            if (
                rule in REFINABLE_RULES
                and not _act_spans(toks, m)
                and m.status != "hypothetical"  # a coming strike: not yet in any one town
                and (town := _town_inside(loc, ctx)) is not None
            ):
                loc, toks = town
            m.prov("location", rule, toks)
            return loc
    return None


# the rules that lend a mention a place it does not state itself; "dans tout le pays" (an
# anaphor) says the whole country on purpose and is not among them
REFINABLE_RULES: frozenset[str] = frozenset(
    {"place.inherited_sentence", "place.inherited_paragraph", "place.inherited_headline",
     "place.inherited_article"}
)  # fmt: skip


def _act_spans(toks: list[Token], m: Mention) -> bool:
    """The act's own verb or noun takes the coarse place ("launched 120 drones at Ukraine",
    "la grève dans toute la Belgique"): the text spreads it there on purpose."""
    if _on_trigger(toks, m):
        return True
    verb = next((t for t in toks[0].ancestors if t.pos_ in {"VERB", "AUX"}), None) if toks else None
    return verb is not None and verb.i == m.trigger.i


def _town_inside(loc: Location, ctx: ArticleContext) -> tuple[Location, list[Token]] | None:
    """The story's one town when the place lent is coarser and holds it: riots "en
    Nouvelle-Calédonie" in a story set in Nouméa, unrest "in England" in a Rotherham story.
    The town is what the story gives; the country or region only frames it."""
    if loc.precision not in {"country", "admin1"} or _town_level(loc):
        return None
    home = _article_home(ctx)
    if home is None or not _town_level(home[0]) or home[0].country != loc.country:
        return None
    if loc.precision == "admin1" and home[0].admin1_code != loc.admin1_code:
        return None
    return home


def home_alert_location(
    m: Mention, ctx: ArticleContext
) -> tuple[Location, list[Token], str] | None:
    """ "La Pologne a fait décoller ses avions de chasse", "Romania scrambled two F-16s": a state
    putting its own aircraft up on alert does so over its own territory (country only). Not when
    the sentence names any place (the jets' base or where they flew is then the place), nor
    for an alliance or an unnamed side."""
    if m.type != "force_movement" or m.trigger.lemma_.lower() not in ctx.lex.words(
        "home_alert_verbs"
    ):
        return None
    states = {loc.country: loc for loc in _subject_states(m, ctx)}
    if len(states) != 1 or _sentence_places(m.sent, ctx):
        return None
    iso = next(iter(states))
    if m.initiator is not None and m.initiator.country not in {None, iso}:
        return None
    loc = resolvers.country_location(iso) if iso else None
    if loc is None:
        return None
    subject = [t for t in m.sent if t.dep_ in SUBJECTS and t.ent_type_][:1]
    return loc, subject or [m.trigger], "place.home_alert"


def airspace_location(m: Mention, ctx: ArticleContext) -> tuple[Location, list[Token], str] | None:
    """ "a pénétré dans l'espace aérien polonais", "entered Romanian airspace", "violated
    Poland's airspace": a state's airspace is over that state (country only). Only in the act's
    own clause, and only one state's airspace."""
    nouns = ctx.lex.words("airspace_nouns")
    chain = _clause_chain(m.trigger)
    found: dict[str, list[Token]] = {}
    for tok in m.sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
            continue
        if ctx.lang == "fr" and not any(c.lemma_.lower() == "aérien" for c in tok.children):
            continue  # « l'espace Schengen » is no airspace
        if not any(a.i in chain for a in tok.ancestors):
            continue
        for mod in tok.children:
            iso = None
            if mod.dep_ == "amod":
                iso = resolvers.demonym_country(mod.text, ctx.lang)
            elif mod.dep_ in {"poss", "nmod:poss", "nmod"}:
                iso = resolvers.resolve_country(mod.text, ctx.lang)
            if iso:
                found.setdefault(iso, [tok, mod])
    if len(found) != 1:
        return None
    iso, toks = next(iter(found.items()))
    loc = resolvers.country_location(iso)
    if loc is None:
        return None
    return loc, sorted(toks, key=lambda t: t.i), "place.airspace"


def ground_weapons_location(
    m: Mention, ctx: ArticleContext
) -> tuple[Location, list[Token], str] | None:
    """ "destroyed three Houthi anti-ship missiles and three drones that were prepared to
    launch", "a détruit des lanceurs de missiles houthis": weapons struck before they flew, or
    their launchers, stand on the ground of the group or state that holds them (country only,
    even in a story told at sea). The holder is the strike's known target."""
    if m.kind not in STRIKING_KINDS:
        return None
    weapons = ctx.lex.words("ground_weapon_nouns")
    launch = ctx.lex.words("launch_lemmas")
    verb = m.trigger if m.trigger.pos_ == "VERB" else None
    if verb is None:
        return None
    objects = [c for c in verb.children if c.dep_ in {"obj", "dobj", "nsubj:pass", "nsubjpass"}]
    objects += [c for o in objects for c in o.conjuncts]
    for obj in objects:
        if obj.lemma_.lower() not in weapons:
            continue
        stands = obj.lemma_.lower() in ctx.lex.words("launcher_nouns") or any(
            t.lemma_.lower() in launch for t in obj.subtree if t.i != obj.i
        )
        holder = _weapon_holder(obj, m, ctx)
        if stands and holder is not None:
            loc = resolvers.country_location(holder)
            return (loc, [obj], "place.ground_weapons") if loc is not None else None
    return None


def _weapon_holder(obj: Token, m: Mention, ctx: ArticleContext) -> str | None:
    """The state of whoever holds the weapons: the strike's target, else the group or state
    the weapon noun names ("two Houthi missile launchers", "des lanceurs russes")."""
    states = set()
    for mod in obj.subtree:
        if mod.i == obj.i or mod.dep_ not in {"compound", "nmod", "amod"}:
            continue
        actor = resolvers.lookup_actor(mod.text, lang=ctx.lang)
        iso = (actor.country if actor is not None else None) or resolvers.demonym_country(
            mod.text, ctx.lang
        )
        if iso:
            states.add(iso)
    if not states and m.target is not None and m.target.country:
        states.add(m.target.country)
    if len(states) != 1:
        return None
    holder = next(iter(states))
    if m.initiator is not None and m.initiator.country == holder:
        return None  # the striking side's own weapons: not what was struck
    return holder


def ousted_leader_location(
    m: Mention, ctx: ArticleContext
) -> tuple[Location, list[Token], str] | None:
    """ "quatre jours après le renversement du président Mohamed Bazoum", "the army ousted
    President X": a leader is overthrown in the state he leads (country only). The person must
    be one the actor tables know with a state; an unknown name gives nothing."""
    trig = m.trigger
    if trig.lemma_.lower() not in ctx.lex.words("ouster_nouns"):
        return None
    objects = [
        c
        for c in trig.children
        if c.dep_ in {"nmod", "obj", "dobj", "poss", "nmod:poss", "prep", "nsubj:pass", "nsubjpass"}
    ]
    objects += [g for c in objects if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    states = set()
    for obj in objects:
        if obj.pos_ not in {"PROPN", "NOUN"}:
            continue
        words = [t for t in obj.subtree if t.dep_ not in {"case", "det", "punct"}]
        if not words:
            continue
        name = ctx.doc[words[0].i : words[-1].i + 1].text  # "président Mohamed Bazoum"
        actor = resolvers.lookup_actor(name, lang=ctx.lang)
        if actor is not None and actor.kind == "person" and actor.country:
            states.add(actor.country)
    if len(states) != 1:
        return None
    loc = resolvers.country_location(next(iter(states)))
    return (loc, [trig], "place.ousted_leader") if loc is not None else None


def share_barrage_country(events: list[Event], ctx: ArticleContext) -> None:
    """A remote attack of a barrage told in one sentence with its sibling strikes takes the
    country they all fell in ("tirant 120 missiles et 90 drones" after "contre le réseau
    ukrainien"; "91 drones over the Moscow region, 126 over Kursk … and 82 more over seven
    other regions"): the same side hit the same state, so the country is not in doubt. Only
    the country: the sibling's town or region is its own. Not when the siblings disagree, or
    their side or the struck state differs ("Russia fired 50 drones at Ukraine, which fired
    30 at Russia"), or the act is still to come."""
    for ev in events:
        if ev.location is not None or ev.status == "hypothetical" or not _remote(ev.type):
            continue
        sent = _evidence_sentence(ev, ctx)
        states = {
            other.location.country
            for other in events
            if other is not ev
            and other.location is not None
            and _remote(other.type)
            and _evidence_sentence(other, ctx) == sent
            and _same_sides(ev, other)
        }
        states.discard(None)  # type: ignore[arg-type]
        if sent is None or len(states) != 1:
            continue
        iso = next(iter(states))
        target_state = ev.target.country if ev.target is not None else None
        if iso is None or target_state != iso:
            continue  # the struck state is the one the siblings fell in, or nothing is said
        loc = resolvers.country_location(iso)
        if loc is not None:
            ev.location = loc
            ev.provenance.append(Provenance(field="location", rule="place.barrage_country"))


def _remote(event_type: str | None) -> bool:
    """A strike from afar (drones, missiles, shelling, air strikes): the acts of one barrage."""
    try:
        return bool(event_type) and ontology.event_type(event_type).acled_event == (
            "Explosions/Remote violence"
        )
    except KeyError:
        return False


def _evidence_sentence(ev: Event, ctx: ArticleContext) -> tuple[int, int] | None:
    span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    return (sent.start, sent.end)


def _same_sides(a: Event, b: Event) -> bool:
    """Both acts have a known author and struck side, and they are the same."""
    if a.initiator is None or b.initiator is None or a.target is None or b.target is None:
        return False
    same_author = (a.initiator.id or a.initiator.country) == (b.initiator.id or b.initiator.country)
    return same_author and a.initiator.country is not None and a.target.country == b.target.country


def _two_states(mentions: list[Mention]) -> bool:
    """Two states or more take part ("La Russie et l'Ukraine ont échangé…")."""
    for m in mentions:
        named = (m.initiator, m.target, *m.participants)
        sides = {a.country for a in named if a is not None and a.country}
        if len(sides) >= 2:
            return True
    return False


# A ship is at sea: a vessel's event whose sentence names no place is in the sea its paragraph
# names in another sentence, else the one sea the story names (GUIDELINES §4: no country).


def sea_location(m: Mention, ctx: ArticleContext) -> tuple[Location, list[Token], str] | None:
    """ "The ship was hit on 12 June by a drone boat" in a Red Sea story: the Red Sea."""
    if not _vessel_in(m):
        return None
    found = _story_sea(m, ctx)
    if found is None:
        return None
    loc, toks = found
    return loc, toks, "place.story_sea"


def _story_sea(m: Mention, ctx: ArticleContext) -> tuple[Location, list[Token]] | None:
    """The one sea the mention's paragraph names, else the one sea the article names."""
    paragraph = [*_earlier_sentences(m, ctx), m.sent]
    later = [s for p, s in sentences(ctx.doc) if p == m.para and s.start > m.sent.start]
    a, b = paragraph[0].start_char, (later[-1] if later else m.sent).end_char
    for lo, hi in ((a, b), (0, len(ctx.text))):
        seas = [(x, y, loc) for x, y, loc in _seas(ctx) if lo <= x and y <= hi]
        if len({loc.name for _, _, loc in seas}) == 1:
            x, y, loc = seas[0]
            span = ctx.doc.char_span(x, y, alignment_mode="expand")
            return loc, list(span) if span is not None else []
        if seas:
            return None  # two seas: the text must say which
    return None


def _seas(ctx: ArticleContext) -> list[tuple[int, int, Location]]:
    cache = ctx.doc.user_data
    key = "wirewatch.seas"
    if key not in cache:
        cache[key] = resolvers.seas_in(ctx.text, ctx.lang)
    return cache[key]  # type: ignore[no-any-return]


OFFSHORE_WORDS: frozenset[str] = words_any("offshore_words")
OFFSHORE_WINDOW = 6


def _offshore(toks: list[Token], m: Mention) -> bool:
    """A ship's place given from the coast: "77 nautical miles west of Hodeidah", "au large
    de Hodeïda", "off the coast of Yemen": the ship is at sea, not in the coastal town."""
    if not toks or not _vessel_in(m):
        return False
    doc = toks[0].doc
    before = doc[max(0, toks[0].i - OFFSHORE_WINDOW) : toks[0].i + 1]
    return any(t.lower_ in OFFSHORE_WORDS for t in [*before, *toks])


PLACE_PRONOUNS: frozenset[str] = words_any("place_pronouns")


def pronoun_location(m: Mention, ctx: ArticleContext) -> tuple[Location, list[Token], str] | None:
    """ "L'armée libanaise y déploiera 5 000 soldats", "shelled the town there": the place
    pronoun of the event's clause points to the last place named in the sentences before it,
    in any slot ("se retirer du Liban-Sud. ... y déploiera")."""
    pronoun = next(
        (
            t
            for t in m.sent
            if t.lower_ in PLACE_PRONOUNS
            and t.dep_ != "expl"
            and t.head.i in {m.trigger.i, m.trigger.head.i}
        ),
        None,
    )
    if pronoun is None:
        return None
    # the antecedent: the last place before the pronoun, in its sentence or the one before
    before = [s for _, s in sentences(ctx.doc) if s.end <= m.sent.start][-1:]
    ents = [e for s in before for e in s.ents] + [e for e in m.sent.ents if e.end <= pronoun.i]
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    for ent in reversed(ents):
        if not _antecedent_name(ent, ctx):
            continue
        loc = resolvers.locate(ent.text, lang=ctx.lang, context=context)
        if loc is None:
            continue
        if not _compatible(loc, _own_states(m, ctx)) or _strikes_abroad(m, loc):
            return None
        return loc, [pronoun], "place.pronoun"
    return None


def _antecedent_name(ent: Span, ctx: ArticleContext) -> bool:
    """A name a place pronoun can point to: a place, or a proper name the tagger mislabelled
    inside a prepositional phrase ("withdrew from Vuhledar"/ORG), never an organisation."""
    if resolvers.is_place_stopword(ent.text, ctx.lang):
        return False
    if ent.label_ in PLACE_ENTS:
        return True
    root = ent.root
    in_pp = root.dep_ == "pobj" or any(c.dep_ == "case" for c in root.children)
    return (
        ent.label_ in LOOSE_ENTS
        and root.pos_ == "PROPN"
        and in_pp
        and _not_an_organisation(ent.text, ctx.lang)
    )


def inherited_location(m: Mention, ctx: ArticleContext) -> tuple[Location, list[Token], str] | None:
    """The place one mention with no place of its own takes from its paragraph or headline."""
    own = [loc for loc, _ in _sentence_places(m.sent, ctx, owners=True)]
    if m.kind in STRIKING_KINDS:
        # "une attaque de drones russes sur la capitale ukrainienne": the phrase itself says which
        # state was struck, so a place of another state in the sentence is not where it happened
        own += _struck_states(m, ctx)
    else:
        # "La Pologne a fait décoller ses avions": a state acting at home, not at the place of
        # the attack before it; only attacks and captures happen in another state's territory
        own += _subject_states(m, ctx)
    stated = [
        (loc, toks)
        for loc, toks in _sentence_places(m.sent, ctx)
        if _same_clause(toks, m) and not _bordering(toks, ctx) and not _speaker_place(toks, m)
    ]
    if stated and len({loc.name for loc, _ in stated}) == 1 and _compatible(stated[0][0], own):
        # "détenus à Ouagadougou depuis leur arrestation": the sentence's one place, outside
        # the noun's own phrase
        loc, toks = stated[0]
        if _raid_from_home(m, loc):
            return None  # "Russia hit Ukraine, and Ukrainian drones struck two airfields"
        return loc, toks, "place.inherited_sentence"
    if stated:
        return None  # several places in the sentence and none in scope: do not choose
    if m.status == "hypothetical" and m.type not in WORKPLACE_ACTS:
        return None  # "they would march again next month": where is not said yet
    earlier = _earlier_sentences(m, ctx)
    for sent in reversed(earlier):
        found = _sentence_places(sent, ctx)
        if found and all(_reporter_place(toks, ctx) for _, toks in found):
            return None  # "Our correspondent is in Jerusalem. What did the inquiry find?"
        if found:
            loc, toks = found[-1]
            if _raid_from_home(m, loc) or _other_day(sent, m, ctx):
                return None
            if _compatible(loc, own):
                return loc, toks, "place.inherited_paragraph"
            return None
    headline = _headline_place(ctx)
    if headline is None or m.sent.start_char <= headline[1][0].idx:
        return None
    loc, toks = headline
    paragraph = [p for s in earlier for p, _ in _sentence_places(s, ctx, owners=True)]
    if not _compatible(loc, own + paragraph) or _events_elsewhere(loc, m, ctx):
        return None
    if _strikes_abroad(m, loc):
        return None  # "Ukrainian drones struck a depot" under a Kharkiv headline
    return loc, toks, "place.inherited_headline"


def _reporter_place(toks: list[Token], ctx: ArticleContext) -> bool:
    """The outlet's own journalist stands there ("Our correspondent is in Jerusalem", "notre
    envoyé spécial à Kiev", "le point avec notre correspondant à Nouméa"): a place to report
    from, not the scene of the acts the next lines tell."""
    reporters = ctx.lex.words("reporter_nouns")
    ids = {t.i for t in toks}
    root = next((t for t in toks if t.head.i not in ids), None)
    head = root.head if root is not None else None
    while head is not None and head.pos_ in {"ADP", "DET"} and head.head is not head:
        head = head.head
    if head is None:
        return False

    def named(tok: Token) -> bool:  # "our reporter", "reporter Ann Gale", "notre correspondant X"
        words = [tok, *(c for c in tok.children if c.dep_ in _REPORTER_NAME_DEPS)]
        return any(w.lemma_.lower() in reporters or w.lower_ in reporters for w in words)

    if head.pos_ in {"NOUN", "PROPN"}:
        return named(head)
    return any(c.dep_ in _ARGUMENT_DEPS and named(c) for c in head.children)


_REPORTER_NAME_DEPS = frozenset({"compound", "appos", "flat", "flat:name", "nmod", "amod"})


def _raid_from_home(m: Mention, loc: Location) -> bool:
    """A raid by the paragraph's own state on an unnamed target ("Russian missiles hit Kharkiv.
    Ukrainian drones struck an oil depot overnight"): it lands abroad, not in the town before.
    A clash with the invader's troops ("Ukrainian forces repelled Russian units") may well be
    at home: that target is an actor, not a place."""
    unnamed = m.target is None or m.target.kind == "state"  # "drones struck a depot": RUS
    return m.kind in STRIKING_KINDS and unnamed and _strikes_abroad(m, loc)


def _other_day(sent: Span, m: Mention, ctx: ArticleContext) -> bool:
    """The earlier sentence is dated, and on no day the mention's act could fall on: its place
    belongs to another act ("A similar march took place in Chicago last week. Police detained
    four people." in a Boston story; "Mardi, une manifestation à Lyon. Jeudi, la police a…").
    Only a day the act's own text states: an undated act ("Le maire a réclamé des renforts")
    carries the publication day by default, which says nothing."""
    if m.date is None:
        return False
    days = _sentence_dates(sent, ctx)
    if not days:
        return False
    if not m.date_stated:
        # an undated act carries the publication day by default; only a background period
        # ("last week", "le mois dernier": coarser than a day, over before publication) sets
        # the earlier sentence apart ("Le maire a réclamé des renforts" after "mardi" does not)
        return all(d.precision != "day" and d.end < m.date.start for d in days)
    return all(d.end < m.date.start or d.start > m.date.end for d in days)


STRIKING_KINDS: frozenset[str] = frozenset({"attack", "intercept", "capture", "casualty"})


# -- the story's own country ---------------------------------------------------------------
#
# A story told inside one country (a pension-reform march, a night of riots "sur
# l'archipel", a manhunt after a bombing) names its places once or twice and many of its
# events not at all. A careful coder still gives those events the country. The rule is
# conservative, because a wrong country is worse than none:
#
# 1. only physical events (the caller), and only when every place the article states (its
#    locative slots, possessors, the headline's kicker, the places of events already
#    located) lies in ONE country, and none is a sea;
# 2. the event's own sentence names no place or subject state of another country, and no
#    vessel (a ship is at sea, not in the country of the story);
# 3. an attack by the story's own state on an unnamed target is not placed there (a
#    Ukrainian drone raid told in a Kyiv story lands in Russia);
# 4. the precision says what is known: the country; the admin1 unit when at least two
#    places are named and all lie in one unit.
#
# Anaphors say the same explicitly and take the same country: "dans tout le pays", "dans le
# sud du pays", "across the country", "in the north of the nation", "sur l'archipel";
# "dans la capitale", "in the capital" take its capital.

ARTICLE_MIN_PLACES_FOR_ADMIN1 = 2
HOME_ANAPHORS: frozenset[str] = words_any("home_anaphors")
CAPITAL_ANAPHORS: frozenset[str] = words_any("capital_anaphors")
WHOLE_WORDS: frozenset[str] = words_any("whole_words")
HOME_PARTS: frozenset[str] = words_any("home_parts")
SPREAD_PREPS: frozenset[str] = words_any("spread_preps")
VESSEL_NOUNS: frozenset[str] = words_any("vessel_nouns")
BORDER_NOUNS: frozenset[str] = words_any("border_nouns")
INFRASTRUCTURE_NOUNS: frozenset[str] = words_any("infrastructure_nouns")
CLOCK_NOUNS: frozenset[str] = frozenset(w.lower() for w in words_any("clock_nouns"))
ANAPHOR_DETERMINERS: frozenset[str] = frozenset(
    {"le", "la", "l'", "l’", "ce", "cet", "cette", "du", "au", "the", "this", "that"}
)


def anaphor_location(m: Mention, ctx: ArticleContext) -> tuple[Location, list[Token], str] | None:
    """ "dans tout le pays", "in the capital": the story's country (or its capital)."""
    anaphor = _home_anaphor(m, ctx)
    if anaphor is None or _vessel_in(m):
        return None
    country = _paragraph_country(m, ctx)
    if country is None:
        return None
    toks, capital = anaphor
    loc = resolvers.capital_of(country) if capital else resolvers.country_location(country)
    if loc is None or not _compatible(loc, _own_states(m, ctx)) or _strikes_abroad(m, loc):
        return None
    return loc, toks, "place.article_anaphor"


def left_country_location(
    m: Mention, ctx: ArticleContext
) -> tuple[Location, list[Token], str] | None:
    """A withdrawal out of "the country" the story is about ("completing the withdrawal of
    1,000 troops from a country that had been its partner", "le retrait de ses soldats du
    pays", "ont quitté ce pays"): the troops were there, so the act is there, even though the
    side withdrawing is another state. Not "a neighbouring country" (a qualifier names some
    other land), and only when the story's country is known."""
    if m.type != "retreat":
        return None
    leave = ctx.lex.words("leave_preps")
    for tok in m.trigger.subtree:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in HOME_ANAPHORS:
            continue
        if any(c.dep_ in {"amod", "compound", "nummod", "poss", "nmod:poss"} for c in tok.children):
            continue  # "a neighbouring country", "un pays voisin", "its own country"
        source = (tok.dep_ == "pobj" and tok.head.lower_ in leave) or any(
            c.dep_ in {"case", "fixed"} and c.lower_ in leave | {"du", "des"} for c in tok.children
        )
        if not source and not (tok.dep_ in {"obj", "dobj"} and tok.head.i == m.trigger.i):
            continue  # "a quitté le pays": the trigger's own object
        country = _paragraph_country(m, ctx)
        loc = resolvers.country_location(country) if country else None
        if loc is None:
            return None
        toks = sorted({*tok.subtree}, key=lambda t: t.i)
        return loc, toks, "place.left_country"
    return None


# "la province", "the region": the one first-level unit the story is set in.
REGION_ANAPHORS: frozenset[str] = words_any("region_anaphors")


def region_anaphor_location(
    m: Mention, ctx: ArticleContext
) -> tuple[Location, list[Token], str] | None:
    """ "des postes de police de la province", "across the region": a bare definite region noun
    in the mention's scope stands for the one admin1 unit every place of the article lies in."""
    for tok in m.scope:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in REGION_ANAPHORS:
            continue
        if not _bare_definite(tok) or tok.dep_ in SUBJECTS:
            continue
        unit = _article_unit(ctx)
        if unit is None or not _compatible(unit, _own_states(m, ctx)):
            return None
        toks = sorted({*tok.subtree}, key=lambda t: t.i)
        return unit, toks, "place.region_anaphor"
    return None


# "dans les quartiers est de la ville", "around the town", "in the area": the town the story
# is set in, or the place last named before the noun in its paragraph.
TOWN_ANAPHORS: frozenset[str] = words_any("town_anaphors")
AREA_ANAPHORS: frozenset[str] = words_any("area_anaphors")


def town_anaphor_location(
    m: Mention, ctx: ArticleContext
) -> tuple[Location, list[Token], str] | None:
    """A bare definite town or area noun in the mention's scope ("de la ville", "dans la
    zone", "in the area") stands for the last place its paragraph named before it; with none,
    for the story's one town. A town noun takes only a town, never a region or a country."""
    scope = {t.i for t in m.scope}
    for tok in m.sent:
        lemma = tok.lemma_.lower()
        town_noun = lemma in TOWN_ANAPHORS
        if tok.pos_ != "NOUN" or not (town_noun or lemma in AREA_ANAPHORS):
            continue
        if not _bare_definite(tok) or tok.dep_ in SUBJECTS:
            continue
        toks = sorted({*tok.subtree}, key=lambda t: t.i)
        if tok.i not in scope and not _same_clause(toks, m):
            continue  # "..., raising fears in the city": a side clause's
        loc = (_demonstrative_town(m, ctx, tok) if town_noun else None) or _place_before(
            m, ctx, tok
        )
        if loc is None:
            home = _article_home(ctx)
            loc = home[0] if home is not None and _town_level(home[0]) else None
        if loc is None or (town_noun and not _town_level(loc)):
            return None
        if not _compatible(loc, _own_states(m, ctx)) or _strikes_abroad(m, loc):
            return None
        return loc, toks, "place.town_anaphor"
    return None


SITE_ANAPHOR_LOOKBACK = 4  # sentences: the town in focus is the one just named


def site_anaphor_location(
    m: Mention, ctx: ArticleContext
) -> tuple[Location, list[Token], str] | None:
    """ "aux abords de l'aéroport", "near the airport": a bare definite site a town has one of
    is that of the town the text last named (a few sentences back, across a paragraph break),
    and only a town: with no town just named, or another one in between, nothing."""
    sites = ctx.lex.words("site_anaphors")
    scope = {t.i for t in m.scope}
    for tok in m.sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in sites or not _bare_definite(tok):
            continue
        toks = sorted({*tok.subtree}, key=lambda t: t.i)
        if tok.dep_ in SUBJECTS or (tok.i not in scope and not _same_clause(toks, m)):
            continue
        town = _last_town(m.sent, ctx, before=tok.i)
        if town is None or not _compatible(town, _own_states(m, ctx)):
            return None
        if _strikes_abroad(m, town):
            return None
        return town, toks, "place.site_anaphor"
    return None


def _last_town(sent: Span, ctx: ArticleContext, *, before: int) -> Location | None:
    """The last town named before ``before`` in ``sent`` or the few sentences before it; None
    when the latest place named there is not a town (a region, a country)."""
    sents = [s for s in ctx.doc.sents if s.start < sent.start][-SITE_ANAPHOR_LOOKBACK:]
    for s in [sent, *reversed(sents)]:
        limit = before if s == sent else s.end
        found = [(loc, t) for loc, t in _sentence_places(s, ctx) if t[-1].i < limit]
        found += _named_towns(s, ctx, before=limit)
        if found:
            loc = max(found, key=lambda lt: lt[1][0].i)[0]
            if _town_level(loc):
                return loc
            # "Goma, la capitale du Nord-Kivu": the region only places the town before it
            inside = [
                (town, t)
                for town, t in found
                if _town_level(town)
                and town.country == loc.country
                and (loc.precision == "country" or town.admin1_code == loc.admin1_code)
            ]
            return max(inside, key=lambda lt: lt[1][0].i)[0] if inside else None
    return None


def _demonstrative_town(m: Mention, ctx: ArticleContext, tok: Token) -> Location | None:
    """ "ce village", "this town": the last town the paragraph named in any slot ("le
    massacre de Barsalogho, au Burkina Faso. … les habitants de ce village"), not the country
    that placed it."""
    if not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in tok.children):
        return None
    for sent in [m.sent, *reversed(_earlier_sentences(m, ctx))]:
        before = min(tok.i, sent.end)
        towns = _named_towns(sent, ctx, before=before) + _untagged_towns(sent, ctx, before)
        if towns:
            return max(towns, key=lambda lt: lt[1][0].i)[0]
    return None


def _untagged_towns(
    sent: Span, ctx: ArticleContext, before: int
) -> list[tuple[Location, list[Token]]]:
    """Proper names after "de"/"of" that the tagger folded into another label ("le massacre de
    Barsalogho" as MISC) and that the gazetteer knows as a town."""
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    out = []
    for tok in sent:
        if tok.i >= before or tok.pos_ != "PROPN" or tok.ent_type_ in PLACE_ENTS:
            continue
        if tok.dep_ in SUBJECTS or not any(c.dep_ == "case" for c in tok.children):
            continue
        loc = resolvers.locate(tok.text, lang=ctx.lang, context=context)
        if loc is not None and _town_level(loc):
            out.append((loc, [tok]))
    return out


DEMONSTRATIVES: frozenset[str] = words_any("where_demonstratives")


def _place_before(m: Mention, ctx: ArticleContext, tok: Token) -> Location | None:
    """The last place the paragraph states before ``tok`` (its own sentence included)."""
    for sent in [m.sent, *reversed(_earlier_sentences(m, ctx))]:
        found = [(loc, toks) for loc, toks in _sentence_places(sent, ctx) if toks[-1].i < tok.i]
        found = [(loc, toks) for loc, toks in found if not _clock_zone(toks)]
        if sent == m.sent:
            found += _named_towns(sent, ctx, before=tok.i)  # "les habitants de Saint-Marc"
            found.sort(key=lambda lt: lt[1][0].i)
        if found:
            return found[-1][0]
    return None


def _named_towns(
    sent: Span, ctx: ArticleContext, *, before: int
) -> list[tuple[Location, list[Token]]]:
    """Towns named in any slot but the subject before ``before``: "Des habitants de Saint-Marc
    rapportent des tirs à l'entrée de la ville" - the town noun points back to Saint-Marc."""
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    out = []
    for ent in sent.ents:
        if ent.label_ not in PLACE_ENTS or ent.end > before or ent.root.dep_ in SUBJECTS:
            continue
        if resolvers.is_place_stopword(ent.text, ctx.lang):
            continue
        loc = resolvers.locate(ent.text, lang=ctx.lang, context=context)
        if loc is not None and _town_level(loc):
            out.append((loc, list(ent)))
    return out


def _article_unit(ctx: ArticleContext) -> Location | None:
    """The admin1 unit shared by every place of the article below country level, or None."""
    filed = {t.i for _, toks in _dateline_places(ctx) for t in toks}  # where the reporter is
    below = [
        loc
        for loc, toks in _article_places(ctx)
        if loc.precision != "country" and not {t.i for t in toks} & filed
    ]
    units = {(loc.country, loc.admin1, loc.admin1_code) for loc in below}
    if len(units) != 1:
        return None
    iso, name, code = next(iter(units))
    if not (iso and name and code):
        return None
    return Location(name=name, country=iso, admin1=name, admin1_code=code, precision="admin1")


SEAT_NOUNS: frozenset[str] = words_any("national_seat_nouns")


def seat_location(m: Mention, ctx: ArticleContext) -> tuple[Location, list[Token], str] | None:
    """ "stormed Kenya's parliament", "ont envahi le Parlement géorgien": a state's parliament
    sits in its capital; a bare "the parliament" is the story's own country's."""
    for tok in m.scope:
        if tok.lemma_.lower() not in SEAT_NOUNS and tok.lower_ not in SEAT_NOUNS:
            continue
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        iso = _seat_state(tok, ctx)
        if iso is None and any(c.lower_ in ANAPHOR_DETERMINERS for c in tok.children):
            home = _article_home(ctx)
            iso = home[0].country if home is not None and not _home_is_dominant(ctx) else None
        loc = resolvers.capital_of(iso) if iso else None
        if loc is None or not _compatible(loc, _own_states(m, ctx)) or _strikes_abroad(m, loc):
            return None
        return loc, [tok], "place.seat"
    return None


def _seat_capital(m: Mention, ctx: ArticleContext, loc: Location) -> Location | None:
    """The capital of a country-level place when the event's clause names that country's
    parliament: "Kenya's parliament", "Kenya: protesters storm parliament"."""
    for tok in m.scope:
        if tok.lemma_.lower() not in SEAT_NOUNS and tok.lower_ not in SEAT_NOUNS:
            continue
        if tok.pos_ in {"NOUN", "PROPN"} and (_seat_state(tok, ctx) or loc.country) == loc.country:
            return resolvers.capital_of(loc.country) if loc.country else None
    return None


def _seat_state(tok: Token, ctx: ArticleContext) -> str | None:
    """The state a seat noun belongs to: "Kenya's", "kényan", "du Kenya"."""
    for child in tok.children:
        if child.dep_ in {"poss", "nmod:poss"}:
            iso = resolvers.resolve_country(child.text, ctx.lang)
        elif child.dep_ in {"amod", "nmod"} and not any(c.dep_ == "case" for c in child.children):
            iso = resolvers.demonym_country(child.text, ctx.lang)
        elif child.dep_ == "nmod":
            iso = resolvers.resolve_country(child.text, ctx.lang)
        else:
            continue
        if iso:
            return iso
    return None


def struck_site_location(
    m: Mention, ctx: ArticleContext
) -> tuple[Location, list[Token], str] | None:
    """ "des attaques contre le réseau énergétique ukrainien", "strikes on Ukrainian energy
    infrastructure", "Ukraine's power grid": fixed infrastructure (or towns, territory) of one
    state is in that state. Not troops, positions or ships: those move."""
    if m.kind not in STRIKING_KINDS or _vessel_in(m):
        return None
    found: dict[str, list[Token]] = {}
    for tok in m.trigger.subtree:
        if tok.lemma_.lower() not in INFRASTRUCTURE_NOUNS or tok.pos_ != "NOUN":
            continue
        for mod in tok.children:
            iso = None
            if mod.dep_ == "amod":
                iso = resolvers.demonym_country(mod.text, ctx.lang)
            elif mod.dep_ in {"poss", "nmod:poss"}:
                iso = resolvers.resolve_country(mod.text, ctx.lang)
            if iso:
                found.setdefault(iso, [tok, mod])
    if len(found) != 1:
        return None  # none, or two states' sites: the sentence must say which was hit
    iso, toks = next(iter(found.items()))
    loc = resolvers.country_location(iso)
    if loc is None or not _compatible(loc, _own_states(m, ctx)):
        return None
    return loc, sorted(toks, key=lambda t: t.i), "place.struck_site"


def article_location(
    m: Mention, ctx: ArticleContext, event_type: str | None = None
) -> tuple[Location, list[Token], str] | None:
    """The story's own country (or region) for a mention with no place (rule above)."""
    home = _article_home(ctx)
    planned = m.status == "hypothetical" and event_type not in WORKPLACE_ACTS
    if home is None or _vessel_in(m) or planned:
        return None  # a planned march or a promised release has no place until the text says
    if m.status == "hypothetical":
        home = _wider_than_town(home)  # a union's coming strike: its country, not the town
    if event_type == "investigate" and (_home_is_dominant(ctx) or _commissioned(m)):
        return None  # a national prosecutor of a story that spans two countries; "ordered a
        # review": a decision taken wherever its author sits
    if _unknown_place_in(m.sent, ctx):
        return None  # "sur un terrain de football de Majdal Chams": a place we cannot vouch for
    if any(_border_word(t, ctx) for t in m.sent):
        return None  # "near the border with Lebanon": either side of it, the text does not say
    loc, toks = home
    if not _compatible(loc, _own_states(m, ctx)) or _strikes_abroad(m, loc):
        return None
    if loc.country in _paired_states(ctx):
        return None  # "Arménie-Azerbaïdjan : accrochages": a story of two states, either side
    if m.kind in STRIKING_KINDS and _foreign_parties(m, loc):
        return None  # "Ukraine says Russian drones hit Odesa" in a story set in Ohio
    if _home_is_dominant(ctx) and _destination_in(m.sent):
        return None  # "hostages taken into Gaza": where they went, not where it happened
    return loc, toks, "place.inherited_article"


def _border_word(tok: Token, ctx: ArticleContext) -> bool:
    """ "the border", "la frontière", "les régions voisines", "bordering": the sentence is about
    a border. A neighbour as a person ("tué par l'un de ces voisins") is no border."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if lemma in BORDER_NOUNS or lower in BORDER_NOUNS:
        return True
    cues = ctx.lex.cues_of("border_area")
    if lemma not in cues and lower not in cues:
        return False
    return not (tok.pos_ == "NOUN" and lemma in ctx.lex.words("neighbour_people"))


COMMISSIONING_VERBS: frozenset[str] = words_any("commissioning_verbs")


def _commissioned(m: Mention) -> bool:
    """An inquiry or review someone orders or asks for ("ordered an independent review", "a
    ordonné une enquête administrative"): the order is a decision, told without its place."""
    trig = m.trigger
    if trig.pos_ == "VERB":  # the order verb itself triggered the inquiry
        return trig.lemma_.lower() in COMMISSIONING_VERBS
    return trig.dep_ in {"dobj", "obj"} and trig.head.lemma_.lower() in COMMISSIONING_VERBS


# "Arménie-Azerbaïdjan", "India/Pakistan", "Russia-Ukraine war": two states joined in a title
_STATE_PAIR = re.compile(
    r"([A-ZÀ-Ý][\w'’]+(?: [A-ZÀ-Ý][\w'’]+)?)\s?[-–/]\s?([A-ZÀ-Ý][\w'’]+(?: [A-ZÀ-Ý][\w'’]+)?)"
)


def _paired_states(ctx: ArticleContext) -> set[str]:
    """The states a story's headline or lead sets against each other ("Arménie-Azerbaïdjan :",
    "L'Arménie et l'Azerbaïdjan se sont accusés", "India, Pakistan trade fire"): an act of
    such a story whose sentence names no place may be on either side of the line."""
    key = "wirewatch.paired_states"
    cache = ctx.doc.user_data
    if key in cache:
        return set(cache[key])
    out: set[str] = set()
    for match in _STATE_PAIR.finditer(ctx.text[:SETTING_LEAD_CHARS]):
        a, b = (resolvers.resolve_country(g, ctx.lang) for g in match.groups())
        if a and b and a != b:
            out |= {a, b}
    for _, sent in sentences(ctx.doc):
        if sent.start_char >= SETTING_LEAD_CHARS:
            break
        for ent in sent.ents:
            head = ent.root.head
            if ent.label_ not in PLACE_ENTS or ent.root.dep_ not in {"conj", "appos"}:
                continue
            other = next((e for e in sent.ents if e.root.i == head.i), None)
            if other is None:
                continue
            a = resolvers.resolve_country(ent.text, ctx.lang)
            b = resolvers.resolve_country(other.text, ctx.lang)
            if a and b and a != b:
                out |= {a, b}
    cache[key] = sorted(out)
    return out


def _wider_than_town(home: tuple[Location, list[Token]]) -> tuple[Location, list[Token]]:
    """The story's country in place of its town: a union's strike may cover the region or the
    whole country, the text does not say which (Brussels is a region too)."""
    loc, toks = home
    if loc.precision != "place":
        return home
    country = resolvers.country_location(loc.country) if loc.country else None
    return (country, toks) if country is not None else home


# acts done where their authors work: a strike a union of the story calls for next week ("la
# FIQ débrayera du 11 au 14 décembre") is in the story's country, unlike a march, whose route
# the text has not given yet
WORKPLACE_ACTS: frozenset[str] = frozenset({"labour_strike"})


def _foreign_parties(m: Mention, loc: Location) -> bool:
    """The attacker's state and the claimant's state are both known, differ, and neither is the
    story's country: the strike belongs to another story (a link, a ticker line, a round-up).
    An attacker telling of its own raid abroad ("Kyiv says its troops took 74 villages" in a
    story set in Kursk) says nothing of the sort."""
    attacker = m.initiator.country if m.initiator is not None else None
    claimant = m.claimant.country if m.claimant is not None else None
    return bool(
        attacker and claimant and attacker != claimant and loc.country not in {attacker, claimant}
    )


def _own_states(m: Mention, ctx: ArticleContext) -> list[Location]:
    """The places and states the mention's own sentence names (see inherited_location)."""
    own = [loc for loc, _ in _sentence_places(m.sent, ctx, owners=True)]
    own += _struck_states(m, ctx) if m.kind in STRIKING_KINDS else _subject_states(m, ctx)
    return own


def _article_home(ctx: ArticleContext) -> tuple[Location, list[Token]] | None:
    """The one country (or admin1 unit) every place of the article lies in, or None."""
    key = ("wirewatch.article_home", tuple(ctx.countries))
    cache = ctx.doc.user_data
    if key in cache:
        return cache[key]  # type: ignore[no-any-return]
    found = _article_places(ctx)
    countries = {loc.country for loc, _ in found} | set(ctx.countries)
    result: tuple[Location, list[Token]] | None = None
    # one passing mention ("raising concerns in Washington") does not make a story's country:
    # an event placed there, a headline, a dateline or a second mention does
    framed = _headline_or_dateline_place(ctx)
    # "partout en France"; "en Angleterre" names a state in common use too, though its
    # place is the admin1 unit England
    named_country = any(
        loc.precision == "country"
        or (loc.precision == "admin1" and toks and _named_as_state(toks, ctx))
        for loc, toks in found
    )
    supported = bool(ctx.countries) or framed or named_country or len(found) >= 2
    if supported and found and len(countries) == 1 and None not in countries:
        iso = next(iter(countries))
        assert iso is not None
        toks = found[0][1]
        below = [loc for loc, _ in found if loc.precision != "country"]
        units = {loc.admin1_code for loc, _ in found}
        town = _story_town(found, ctx)
        if town is not None:
            loc: Location | None = town[0]
            toks = town[1]
        elif (
            len(below) >= ARTICLE_MIN_PLACES_FOR_ADMIN1
            and len(below) == len(found)
            and len(units) == 1
            and None not in units
        ):
            first = below[0]
            loc = Location(
                name=first.admin1 or iso,
                country=iso,
                admin1=first.admin1,
                admin1_code=first.admin1_code,
                precision="admin1",
            )
        else:
            loc = resolvers.country_location(iso)
        result = (loc, toks) if loc is not None else None
    elif supported and found and None not in countries:
        result = _dominant_home(found, ctx)
    cache[key] = result
    return result


def _named_as_state(toks: list[Token], ctx: ArticleContext) -> bool:
    """The phrase's name is also a state's name in common use ("Angleterre" for the UK)."""
    name = " ".join(t.text for t in toks if t.pos_ == "PROPN")
    return bool(name) and resolvers.resolve_country(name, ctx.lang) is not None


DOMINANT_MIN_MENTIONS = 3
DOMINANT_RATIO = 3


def _home_is_dominant(ctx: ArticleContext) -> bool:
    """Whether the story's home is only its leading country (other countries are named)."""
    countries = {loc.country for loc, _ in _article_places(ctx)} | set(ctx.countries)
    return len(countries) > 1


DIRECTIONAL_PREPS: frozenset[str] = words_any("directional_preps")


def _destination_in(sent: Span) -> bool:
    """Whether a sentence names a place as a destination ("taken into Gaza", "emmenés vers
    Gaza"): the event moved people or things there from a place the sentence leaves unsaid."""
    for ent in sent.ents:
        if ent.label_ not in PLACE_ENTS:
            continue
        root = ent.root
        preps = [c.lower_ for c in root.children if c.dep_ == "case"]
        if root.dep_ == "pobj":
            preps.append(root.head.lower_)
        if any(p in DIRECTIONAL_PREPS for p in preps):
            return True
    return False


def _dominant_home(
    found: list[tuple[Location, list[Token]]], ctx: ArticleContext
) -> tuple[Location, list[Token]] | None:
    """The country a story naming several is about: a Niger story with a statement "à Paris",
    a Lebanon story with a reaction in Washington. Only a clear lead counts (at least three
    mentions and three times as many as any other country), and its one town when every place
    below the country level there is that town."""
    counts: dict[str, int] = {}
    for loc, _ in found:
        if loc.country:
            counts[loc.country] = counts.get(loc.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (iso, top), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
    if top < DOMINANT_MIN_MENTIONS or top < DOMINANT_RATIO * runner_up:
        return None
    own = [(loc, toks) for loc, toks in found if loc.country == iso]
    town = _story_town(own, ctx)
    if town is not None:
        return town
    loc = resolvers.country_location(iso)
    return (loc, own[0][1]) if loc is not None else None


def _clock_zone(toks: list[Token]) -> bool:
    """A place that names a time zone, not where anything happens: "(3 heures à Paris)",
    "10:15, heure de Paris", "4 a.m. in Kyiv", "Kyiv time", "(0100 GMT)"."""
    if not toks:
        return False
    doc = toks[0].doc
    after = toks[-1].i + 1
    if after < len(doc) and doc[after].lower_ == "time":
        return True
    for tok in doc[max(0, toks[0].i - 3) : toks[0].i]:
        word = tok.lower_
        if word not in CLOCK_NOUNS:
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        counted = before is not None and (
            before.like_num or re.fullmatch(r"\d+[h:.]?\d*", before.text)
        )
        of = tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in {"de", "d'", "d’"}
        if word in {"gmt", "utc", "tu"} or counted or (word == "heure" and of):
            return True
    return False


def _story_town(
    found: list[tuple[Location, list[Token]]], ctx: ArticleContext
) -> tuple[Location, list[Token]] | None:
    """The one town a story is set in: every place below the country level that the body or
    the headline states is that town (a riot story naming only Belgrade, a bombing story
    naming only Mogadishu and a beach of it, a siege story filed from Khartoum naming only El
    Fasher), or a district of it ("à Magenta, à Nouméa"). The dateline is where the reporter
    files, not where the story is: it neither makes the town nor rules one out."""
    datelines = [range(a, b) for a, b in _dateline_ranges(ctx)]
    in_body = [
        (loc, toks)
        for loc, toks in found
        if loc.precision != "country"
        and toks
        and not any(toks[0].idx in span for span in datelines)
        and not _aside_origin(toks, ctx)
    ]
    if not in_body or not all(_town_level(loc) for loc, _ in in_body):
        return None
    towns: dict[object, tuple[Location, list[Token]]] = {}
    for loc, toks in in_body:
        towns.setdefault(_town_key(loc), (loc, toks))
    if len(towns) > 1:
        ranked = sorted(towns.values(), key=lambda lt: -_times_named(lt[0], ctx))
        main = next(
            (t for t in ranked if all(_district_of(loc, t[0]) for loc, _ in towns.values())),
            None,
        )
        if main is None:
            main = _leading_town(ranked, ctx)
        if main is None:
            return None  # a story spanning several towns keeps its region or country
        towns = {_town_key(main[0]): main}
    loc, toks = next(iter(towns.values()))
    if _filed_elsewhere(loc, found, datelines, ctx):
        return None
    return dataclasses.replace(loc, surface=None), toks


def _aside_origin(toks: list[Token], ctx: ArticleContext) -> bool:
    """ "part of a wave of campus protests that began at Columbia University in New York", "un
    mouvement parti de Paris": a relative clause telling where a wider movement started names
    no town the story is set in (GUIDELINES §4, the story's country)."""
    origin = ctx.lex.words("origin_verbs")
    for tok in toks[0].ancestors:
        if tok.dep_ in {"relcl", "acl:relcl", "acl"} and tok.lemma_.lower() in origin:
            return True
        if tok.dep_ in {"ROOT", "ccomp"}:
            return False
    return False


def _filed_elsewhere(
    town: Location,
    found: list[tuple[Location, list[Token]]],
    datelines: list[range],
    ctx: ArticleContext,
) -> bool:
    """A town the story names once, outside its headline and lead sentence, is an aside ("a
    wave of protests that began in New York" under a Los Angeles byline; "le blocage du
    corridor de Latchine" in a statement on Karabakh), not the setting. Named twice, or in
    the lead ("OUAGADOUGOU - ... attacked residents on the outskirts of Barsalogho"), it is."""
    if _times_named(town, ctx) >= 2:
        return False
    filed = [toks[-1].idx for _, toks in found if toks and any(toks[0].idx in r for r in datelines)]
    headline = _headline(ctx)
    anchor = max(filed) if filed else (headline.end_char if headline is not None else 0)
    lead_end = _lead_end(ctx.text, anchor)
    named = [toks for loc, toks in found if toks and _town_key(loc) == _town_key(town)]
    if all(toks[0].idx > lead_end for toks in named):
        return True
    # "The protest followed a similar march in Chicago last week": an earlier act's town
    return all(_stale(toks[0].sent, ctx) for toks in named)


# an act dated this many days before the publication is not the news the story is set at
STALE_DAYS = 4


def _stale(sent: Span, ctx: ArticleContext) -> bool:
    """Every date the sentence states is a background period ("last week", "le mois dernier":
    coarser than a day) that ends STALE_DAYS or more before publication. A day ("on Friday")
    is the story's own news, however late it is told."""
    published = (ctx.article.published or "")[:10]
    try:
        day = dt.date.fromisoformat(published)
    except ValueError:
        return False
    limit = (day - dt.timedelta(days=STALE_DAYS)).isoformat()
    ends = [d.end if d.precision != "day" else "9999-12-31" for d in _sentence_dates(sent, ctx)]
    return bool(ends) and all(end <= limit for end in ends)


def _past_date(surface: str, ctx: ArticleContext) -> EventDate | None:
    """A date expression read in the past tense against the article's publication date."""
    return resolvers.resolve_date(
        surface,
        published=ctx.article.published,
        precision=ctx.article.published_precision,
        lang=ctx.lang,
        tense="past",
    )


def _sentence_dates(sent: Span, ctx: ArticleContext) -> list[EventDate]:
    """Every date the sentence states, resolved against the publication date (past tense)."""
    days: list[EventDate] = []
    for _, _, surface in resolvers.find_date_expressions(sent.text, ctx.lang):
        found = _past_date(surface, ctx)
        if found is not None:
            days.append(found)
    return days


def _lead_end(text: str, anchor: int) -> int:
    """Where the lead paragraph ends: the rest of the dateline's line when a sentence runs on
    it ("OUAGADOUGOU, Aug 26 - Jihadist fighters attacked..."), else the next line with text
    (under a byline or a headline; in a transcript, the first turn)."""
    line_end = text.find("\n", anchor)
    line_end = len(text) if line_end < 0 else line_end
    if _SENTENCE_END.search(text, anchor, line_end):
        return line_end
    start = line_end
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    return len(text) if end < 0 else end


# a full stop after a word (not "U.S." or "p.m.")
_SENTENCE_END = re.compile(r"[a-zà-ÿ0-9»”\")]{3,}[.!?](?=\s)")
# the head of a story where its lead and its headline pairs lie
SETTING_LEAD_CHARS = 500


def _leading_town(
    ranked: list[tuple[Location, list[Token]]], ctx: ArticleContext
) -> tuple[Location, list[Token]] | None:
    """The town a story naming several is set in, by a clear lead: named at least three times
    and three times as often as any other (Brussels in a farmers' march story that also
    mentions a port blockade on the coast), as for the story's country (_dominant_home)."""
    counts = [_times_named(loc, ctx) for loc, _ in ranked]
    if counts[0] < DOMINANT_MIN_MENTIONS or any(counts[0] < DOMINANT_RATIO * n for n in counts[1:]):
        return None
    return ranked[0]


# A place of the town's own district this close to it is one of its quarters ("Magenta", in
# Nouméa); a neighbouring town of its own (Villeurbanne, by Lyon) is not.
TOWN_DISTRICT_KM = 4.0


def _district_of(loc: Location, town: Location) -> bool:
    """``loc`` is ``town`` or one of its quarters: in the district named after the town, and
    within TOWN_DISTRICT_KM of it."""
    if _town_key(loc) == _town_key(town):
        return True
    same_district = bool(loc.admin2) and (loc.admin2 or "").casefold() == town.name.casefold()
    return same_district and _within(loc, town, TOWN_DISTRICT_KM)


def _town_level(loc: Location) -> bool:
    """A town or village: a gazetteer place, or a named site or village the gazetteer lacks
    that the phrase placed in its region ("Barsalogho", "Zamzam"), not the region itself."""
    if loc.precision == "place":
        return loc.country is not None and (loc.geonames_id is not None or bool(loc.admin1))
    return loc.precision == "admin1" and loc.geonames_id is None and loc.name != loc.admin1


def _town_key(loc: Location) -> object:
    return loc.geonames_id if loc.geonames_id is not None else (loc.name, loc.country)


def _times_named(loc: Location, ctx: ArticleContext) -> int:
    """How often the article writes the town's name (its surface or its English name)."""
    names = {n for n in (loc.surface, loc.name) if n}
    return max(len(re.findall(rf"\b{re.escape(n)}\b", ctx.text)) for n in names)


def _within(a: Location, b: Location, km: float) -> bool:
    """Two gazetteer places less than ``km`` apart (the same place is within any distance)."""
    if _town_key(a) == _town_key(b):
        return True
    if a.precision != "place" or b.precision != "place" or None in (a.lat, a.lon, b.lat, b.lon):
        return False
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return km_between(a.lat, a.lon, b.lat, b.lon) < km


def _article_places(ctx: ArticleContext) -> list[tuple[Location, list[Token]]]:
    """Every place the article states in a locative slot or as a possessor, kicker included."""
    found: list[tuple[Location, list[Token]]] = []
    headline = _headline(ctx)
    if headline is not None:
        found += _kicker_place(headline, ctx)
    found += _dateline_places(ctx)
    for sent in ctx.doc.sents:
        found += _sentence_places(sent, ctx, owners=True)
        found += [(loc, toks) for loc, toks, _ in _loose_places(sent, ctx) if loc is not None]
    found = [(loc, toks) for loc, toks in found if not _bordering(toks, ctx)]  # a neighbour's
    found = [(loc, toks) for loc, toks in found if not _clock_zone(toks)]  # "heure de Paris"
    found = [  # "a US base", "l'ambassade des États-Unis": an owner, not the story's ground
        (loc, toks)
        for loc, toks in found
        if not toks or not _owner_state(ctx.doc[toks[0].i : toks[-1].i + 1], ctx.lang)
    ]
    # The countries the story names outright are context for its towns: "Magenta", in a story
    # about New Caledonia, is Nouméa's district, not the Italian town.
    named = [loc.country for loc, _ in found if loc.precision == "country" and loc.country]
    if not named:
        return found
    # only the named countries and their units: a town the first pass misread ("Magenta",
    # Italy) must not lend its country or its region back as context
    units = [loc.admin1_code for loc, _ in found if loc.country in named and loc.admin1_code]
    context = resolvers.place_context(
        list(dict.fromkeys(named)), [c for c in ctx.admin1_codes if c in units]
    )
    out = []
    for loc, toks in found:
        if loc.precision != "country" and toks:
            text = ctx.text[toks[0].idx : toks[-1].idx + len(toks[-1])]
            loc = resolvers.locate(text, lang=ctx.lang, context=context) or loc
        out.append((loc, toks))
    return out


def article_places(ctx: ArticleContext) -> list[tuple[Location, list[Token]]]:
    """Every place the article states (see :func:`_article_places`), for the venue rules."""
    return _article_places(ctx)


def dateline_places(ctx: ArticleContext) -> list[tuple[Location, list[Token]]]:
    """The dateline's places (see :func:`_dateline_places`), for the venue rules."""
    return _dateline_places(ctx)


def _headline_or_dateline_place(ctx: ArticleContext) -> bool:
    """A place in a headline standing on its own line, or in the dateline."""
    headline = _headline(ctx)
    own_line = headline is not None and "\n" in ctx.text[headline.start_char :].strip()
    in_headline = (
        headline is not None
        and own_line
        and bool(_kicker_place(headline, ctx) or _sentence_places(headline, ctx))
    )
    return in_headline or bool(_dateline_places(ctx))


def _dateline_places(ctx: ArticleContext) -> list[tuple[Location, list[Token]]]:
    """The place of the dateline ("MAJDAL CHAMS (Golan annexé), 28 juil -"): where the
    reporter files from. Not an event's place, but a country the story touches."""
    out = []
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    for a, b in _dateline_ranges(ctx):
        name = re.split(r"[,(\-—–]", ctx.text[a:b], maxsplit=1)[0].strip()
        span = ctx.doc.char_span(a, a + len(name), alignment_mode="expand")
        loc = resolvers.locate(name, lang=ctx.lang, context=context) if name else None
        if loc is not None and span is not None:
            out.append((loc, list(span)))
    return out


def _dateline_states(ctx: ArticleContext) -> list[str]:
    """The states of the datelines: where the reporter files, a hint for a namesake only."""
    key = "wirewatch.dateline_states"
    cache = ctx.doc.user_data
    if key not in cache:
        states = [loc.country for loc, _ in _dateline_places(ctx) if loc.country]
        cache[key] = list(dict.fromkeys(states))
    return list(cache[key])


def _dateline_ranges(ctx: ArticleContext) -> list[tuple[int, int]]:
    """The datelines the date rules read, plus the AFP style with the country in parentheses."""
    head = ctx.text[:LEAD_CHARS]
    paren = ((m.start(), m.end()) for m in _PAREN_DATELINE.finditer(head))
    byline = ((m.start("place"), m.end("place")) for m in _BYLINE_DATELINE.finditer(head))
    return sorted({*_datelines(ctx), *paren, *byline})


# a web byline whose fields are split by bars, the town between the author and the date:
# "Staff writer | Los Angeles | Thursday, May 2, 2024", "Par la rédaction | Québec | 3 mars 2024"
_BYLINE_DATELINE = re.compile(
    r"^[^\n|]{2,60}?\s\|\s(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3})\s\|"
    r"\s[^\n|]{0,30}?\b\d{4}\b",
    re.M,
)


# the AFP style "KHARKIV (Ukraine), 10 nov 2024 (AFP) - ", "MAJDAL CHAMS (Golan annexé), 28
# juil 2024 - ": the country in parentheses before the comma and the date
_PAREN_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ ./-]{2,}\s*\([^)\n]{1,40}\)\s*,[^\n—–]{3,40}?\s[-—–]\s", re.M
)


def _loose_places(
    sent: Span, ctx: ArticleContext
) -> list[tuple[Location | None, list[Token], str]]:
    """Names in a locative slot that the tagger did not label as places ("sur un terrain de
    football de Majdal Chams"/PER), with what the gazetteer makes of them (maybe None)."""
    place_nouns = ctx.lex.cues_of("place_noun")
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    out: list[tuple[Location | None, list[Token], str]] = []
    for ent in sent.ents:
        root = ent.root
        if ent.label_ in PLACE_ENTS or ent.label_ not in LOOSE_ENTS or root.pos_ != "PROPN":
            continue
        if not _locative_slot(root, place_nouns) or _named_site(root, place_nouns):
            continue  # named sites are already among the sentence's places
        if resolvers.is_place_stopword(ent.text, ctx.lang):
            continue
        if not _not_an_organisation(ent.text, ctx.lang):
            continue  # "au siège du Hamas": an organisation, not a place
        loc = resolvers.locate(ent.text, lang=ctx.lang, context=context)
        out.append((loc, list(ent), ent.text))
    return out


def _paragraph_country(m: Mention, ctx: ArticleContext) -> str | None:
    """The country an anaphor ("le pays", "the capital") points back to: the article's one
    country, else the one country of the places of the mention's paragraph so far."""
    home = _article_home(ctx)
    if home is not None:
        return home[0].country
    sents = [*_earlier_sentences(m, ctx), m.sent]
    found = [loc for sent in sents for loc, _ in _sentence_places(sent, ctx)]
    countries = {loc.country for loc in found}
    if len(countries) == 1 and None not in countries:
        return next(iter(countries))
    return None


def _home_anaphor(m: Mention, ctx: ArticleContext) -> tuple[list[Token], bool] | None:
    """ "dans tout le pays", "in the south of the country", "dans la capitale": the tokens
    of a locative phrase whose noun stands for the story's country (or its capital) and
    whether it is the capital. Only a definite, unqualified noun ("un pays voisin", "the
    Ukrainian capital", "other countries" name something else)."""
    for tok in m.sent:
        lemma = tok.lemma_.lower()
        capital = lemma in CAPITAL_ANAPHORS
        if tok.pos_ != "NOUN" or not (capital or lemma in HOME_ANAPHORS):
            continue
        if not _bare_definite(tok):
            continue
        slot = tok
        head = tok.head
        if head.lower_ == "of" and tok.dep_ == "pobj":
            head = head.head  # "the north of the country": country -> of -> north
        part = head.lemma_.lower() in HOME_PARTS or head.lower_ in HOME_PARTS  # "est"/AUX
        if head.i != tok.i and part and not capital:
            slot = head  # "dans le sud du pays", "in parts of the country"
        if not _anaphor_slot(slot):
            continue
        toks = sorted({*slot.subtree}, key=lambda t: t.i)
        if slot.dep_ == "pobj":
            toks = [slot.head, *toks]
        chain = {m.trigger.i} | {t.i for t in m.trigger.ancestors}
        if slot.head.i not in chain and not _same_clause(toks, m):
            continue  # "Dans l'est du pays, une embuscade a visé": the phrase hangs on "visé"
        return toks, capital
    return None


def _bare_definite(tok: Token) -> bool:
    """ "le pays", "tout le pays", "the whole country": a definite noun with no other modifier."""
    dets = [c for c in tok.children if c.dep_ in {"det", "predet", "case"}]
    if not any(d.lower_ in ANAPHOR_DETERMINERS for d in dets):
        return False  # "du pays", "au pays": the article is inside the preposition
    for child in tok.children:
        if child.dep_ in {"det", "predet", "case", "punct"} or child.lower_ in WHOLE_WORDS:
            continue
        if child.dep_ in QUALIFIERS:
            return False  # "un pays voisin", "the Ukrainian capital", "the country's north"
    return True


QUALIFIERS: frozenset[str] = frozenset(
    {"amod", "nmod", "compound", "nummod", "acl", "relcl", "acl:relcl", "appos", "prep", "poss",
     "nmod:poss"}
)  # fmt: skip


def _anaphor_slot(tok: Token) -> bool:
    """A locative slot: "dans/sur/à travers le pays", "in/across the country"."""
    if tok.dep_ in SUBJECTS:
        return False
    preps = LOCATIVE_PREPS | SPREAD_PREPS | {"sur", "on", "throughout"}
    if any(c.dep_ == "case" and c.lower_ in preps for c in tok.children):
        return True
    if any(c.dep_ in {"case", "fixed"} and c.lower_ in SPREAD_PREPS for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in preps


def _unknown_place_in(sent: Span, ctx: ArticleContext) -> bool:
    """The sentence names a place in a locative slot that the gazetteer does not know: its
    country is unknown, so the story's country cannot be assumed for it."""
    place_nouns = ctx.lex.cues_of("place_noun")
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    for ent in sent.ents:
        if ent.label_ not in PLACE_ENTS or not _locative_slot(ent.root, place_nouns):
            continue
        if resolvers.is_place_stopword(ent.text, ctx.lang) or not _toponym_like(ent.text):
            continue
        if not _not_an_organisation(ent.text, ctx.lang):
            continue  # "entre les FSR et l'armée"/LOC: an actor the tables know, not a place
        if resolvers.locate(ent.text, lang=ctx.lang, context=context) is None:
            return True
    return any(loc is None and _toponym_like(text) for loc, _, text in _loose_places(sent, ctx))


def _toponym_like(text: str) -> bool:
    """A name that could be a town: not a road or a base number ("l'A13", "Air Base 101")."""
    return not any(ch.isdigit() for ch in text)


def _vessel_in(m: Mention) -> bool:
    """The mention's sentence speaks of a ship: the event is at sea, whatever the story. Not
    a weapon's class ("anti-ship missiles", "missiles anti-navires" stand on land)."""
    return any(t.lemma_.lower() in VESSEL_NOUNS and not _anti_prefixed(t) for t in m.sent)


def _anti_prefixed(tok: Token) -> bool:
    """ "anti-ship", "anti ship": the noun says what a weapon is for."""
    doc = tok.doc
    before = [doc[j].lower_ for j in range(max(0, tok.i - 2), tok.i)]
    return "anti" in before and tok.dep_ in {"amod", "compound", "nmod"}


def _strikes_abroad(m: Mention, loc: Location) -> bool:
    """An attack by the story's own state on a target not of that state: it lands abroad."""
    if m.kind not in STRIKING_KINDS or m.initiator is None:
        return False
    if m.initiator.country != loc.country:
        return False
    return m.target is None or m.target.country != loc.country


def _intercepted_elsewhere(m: Mention, loc: Location) -> bool:
    """Drones downed over the struck state ("dont 38 auraient été neutralisés", Ukraine's
    count) are not over a place of another state told before (Belgorod, Russia's count)."""
    return (
        m.kind == "intercept"
        and m.target is not None
        and bool(m.target.country)
        and bool(loc.country)
        and m.target.country != loc.country
    )


def _bordering(toks: list[Token], ctx: ArticleContext) -> bool:
    """ "deux régions limitrophes de Moscou": the place is a neighbour's, not the event's."""
    border = ctx.lex.cues_of("border_area")
    head = toks[0].head if toks else None
    for _ in range(2):
        if head is None:
            return False
        # the cue is the head ("bordering Moscow") or hangs beside the place on it
        # ("régions limitrophes de Moscou" is parsed régions -> {limitrophes, Moscou})
        near = [head, *(c for c in head.children if c not in toks)]
        if any(t.lemma_.lower() in border or t.text.lower() in border for t in near):
            return True
        head = head.head if head.head is not head else None
    return False


def _struck_states(m: Mention, ctx: ArticleContext) -> list[Location]:
    """The struck state, from the mention's target or a demonym in its phrase outside the munition."""
    countries = set()
    if m.target is not None and m.target.country and _state_named(m.target.country, m, ctx):
        countries.add(m.target.country)
    munition = set(m.munition.subtree) if m.munition is not None else set()
    place_nouns = ctx.lex.cues_of("place_noun")
    for tok in m.trigger.subtree:
        # only a demonym on a place noun ("la capitale ukrainienne"): "une frappe russe" names
        # the attacker, "un vraquier battant pavillon panaméen" a flag
        if tok.pos_ == "ADJ" and tok not in munition and tok.head.lemma_.lower() in place_nouns:
            iso = resolvers.demonym_country(tok.text, ctx.lang)
            if iso:
                countries.add(iso)
    return [Location(name=iso, country=iso, precision="country") for iso in sorted(countries)]


def _state_named(iso: str, m: Mention, ctx: ArticleContext) -> bool:
    """The struck state is named in the mention's phrase ("an attack on Ukraine", "la frappe sur
    Kiev"); a demonym on what was hit ("a Ukrainian-owned warehouse in east London",
    "l'annexe consulaire iranienne à Damas", "Ukrainian positions near Sudzha") names an owner
    or a side, not the territory, and the place the text gives stands."""
    scope = {t.i for t in m.scope} | {t.i for t in m.trigger.subtree}
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    for ent in m.sent.ents:
        if ent.start not in scope or ent.label_ not in PLACE_ENTS:
            continue
        if _owner_state(ent, ctx.lang):
            continue  # "a drone hit a US base in Syria": the owner, not the ground
        loc = resolvers.locate(ent.text, lang=ctx.lang, context=context)
        if loc is not None and loc.country == iso:
            return True
    return False


def _subject_states(m: Mention, ctx: ArticleContext) -> list[Location]:
    """Countries named as subjects in the mention's sentence, as country-level locations."""
    out = []
    for ent in m.sent.ents:
        root = ent.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "La Russie et l'Ukraine ont procédé à un échange": both act
        if ent.label_ in PLACE_ENTS and root.dep_ in SUBJECTS:
            iso = resolvers.resolve_country(ent.text, ctx.lang)
            if iso:
                out.append(Location(name=ent.text, country=iso, precision="country"))
    return out


def _speaker_place(toks: list[Token], m: Mention) -> bool:
    """The place qualifies the subject of a clause above the trigger ("officials in Erbil said
    a drone hit a base", "des responsables à Erbil ont indiqué que..."): where the speakers
    are, not where the reported act happened."""
    ids = {t.i for t in toks}
    tok = next((t for t in toks if t.head.i not in ids), None)
    while tok is not None and tok.head.i != tok.i and tok.dep_ not in SUBJECTS:
        if tok.pos_ in {"VERB", "AUX"}:
            return False
        tok = tok.head
    if tok is None or tok.dep_ not in SUBJECTS or tok.dep_ == "poss" or tok.i in ids:
        return False
    if tok.lemma_.lower() in SITE_NOUNS | UNIT_NOUNS | SEAT_HEADS or tok.ent_type_ in PLACE_ENTS:
        return False  # "la ville de X a été pilonnée ... qui a exhorté": the place itself
    verb = tok.head
    return verb.i != m.trigger.i and any(a.i == verb.i for a in m.trigger.ancestors)


def _same_clause(toks: list[Token], m: Mention) -> bool:
    """The place hangs on the trigger's clause or a clause above it ("détenus à Ouagadougou
    depuis leur arrestation"), not on a side clause ("..., raising concerns in Washington")."""
    verb = next((t for t in toks[0].ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    chain = {m.trigger.i} | {t.i for t in m.trigger.ancestors}
    if verb.i in _clause_chain(m.trigger):
        return True
    if verb.i in chain and toks[0].i < verb.i:
        return True  # "Mercredi à Agen, des manifestants …; trois personnes ont été interpellées"

    # a finite clause below the trigger sets the scene ("killed as crowds gathered in Gaza
    # City"); a bare participle comments on it ("raising concerns in Washington")
    below = any(a.i == m.trigger.i for a in verb.ancestors)
    if below and verb.head.i == m.trigger.i and verb.dep_ in NOUN_CLAUSE_DEPS:
        # "58 assauts repoussés sur l'axe de X", "le tir qui a tué douze enfants sur un
        # terrain de X": a clause on the event noun itself tells where it happened
        return True
    scene = any(c.lower_ in SCENE_MARKERS for c in verb.children if c.dep_ in {"mark", "advmod"})
    return below and scene and any(c.dep_ in SUBJECTS and c.dep_ != "poss" for c in verb.children)


def _clause_chain(trigger: Token) -> set[int]:
    """The trigger and the heads above it, up to a coordinated clause with its own subject:
    "X called a rally outside the town hall, and the council leader urged calm" puts the
    rally's place in the first clause only (a place fronted before both clauses is read by
    the caller)."""
    chain = {trigger.i}
    tok = trigger
    while tok.head.i != tok.i:
        if tok.dep_ == "conj" and any(c.dep_ in _ARGUMENT_DEPS for c in tok.children):
            break
        tok = tok.head
        chain.add(tok.i)
    return chain


# Subordinators of a clause that shares the main clause's scene ("as crowds gathered in X"),
# unlike "until Israel stops its offensive in Gaza" or "after talks in Doha".
SCENE_MARKERS: frozenset[str] = words_any("scene_markers")


def _physical(event_type: str | None) -> bool:
    """Types ACLED codes (violence, demonstrations, strategic developments), agreements aside,
    and investigations, which the local prosecutor opens where the facts happened."""
    if event_type == "investigate":
        return True
    if not event_type or event_type == "agreement":
        return False
    try:
        return bool(ontology.event_type(event_type).acled_disorder)
    except KeyError:
        return False


def _events_elsewhere(loc: Location, m: Mention, ctx: ArticleContext) -> bool:
    """True when the article placed an event in another country before this mention: from
    there on the headline no longer says where the story is."""
    for sent in ctx.doc.sents:
        if sent.start >= m.sent.start:
            return False
        if any(p.country != loc.country for p, _ in _sentence_places(sent, ctx)):
            return True
    return False


def _compatible(loc: Location, own: list[Location]) -> bool:
    return all(o.country == loc.country for o in own)


def _earlier_sentences(m: Mention, ctx: ArticleContext) -> list[Span]:
    """Sentences of the mention's paragraph before its own, in order."""
    out = []
    for para, sent in sentences(ctx.doc):
        if sent.start >= m.sent.start:
            break
        if para == m.para:
            out.append(sent)
    return out


def _sentence_places(
    sent: Span, ctx: ArticleContext, *, owners: bool = False
) -> list[tuple[Location, list[Token]]]:
    """Places a sentence states in a locative slot (not its subjects: "Kiev affirme" is an actor).

    ``owners`` adds possessors ("Beirut's suburbs", "Russia's defence ministry"): not places to
    hand on, but enough to say the sentence is about another country.
    """
    cache = ctx.doc.user_data.setdefault("wirewatch.sentence_places", {})
    key = (sent.start, sent.end, owners)
    if key in cache:
        return list(cache[key])
    place_nouns = ctx.lex.cues_of("place_noun")
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    out: list[tuple[Location, list[Token]]] = []
    for ent in sent.ents:
        root = ent.root
        if ent.label_ not in PLACE_ENTS and not (
            root.pos_ == "PROPN"
            and root.ent_type_ in LOOSE_ENTS
            and (_named_site(root, place_nouns) or _after_locative_prep(root))
            and _not_an_organisation(ent.text, ctx.lang)
        ):
            continue  # "marched in Yerevan"/PERSON is a place; "in Hamas" an actor
        if not _locative_slot(root, place_nouns) and not (owners and root.dep_ == "poss"):
            continue  # "avec Moscou", "heure de Paris", "ministère de la Santé", subjects
        if _topic_place(root, None):
            continue  # "against the war in Gaza": a topic, not a scene
        if resolvers.is_place_stopword(ent.text, ctx.lang) and not _inside_seat(ent.root):
            continue  # "le Kremlin a dit" is an actor; "à l'Élysée" is where (locate decides)
        if _genitive_of_non_place(root, place_nouns) and _state_name(ent.text, ctx.lang):
            continue
        if _owner_state(ent, ctx.lang) and not owners:
            continue  # "a US base": who holds it, not where it lies (still an owner)
        loc = resolvers.locate(_with_possessor(ent), lang=ctx.lang, context=context)
        if loc is not None and loc.precision == "place" and (written := _with_article(ent)):
            # "dans le Vaucluse": French gives a town no article; the bare name may be a
            # namesake town abroad (a Sydney suburb), the phrase as written says otherwise
            loc = resolvers.locate(written, lang=ctx.lang, context=context)
        if loc is not None and not namesake_abroad(loc, sent, ctx):
            out.append((loc, list(ent)))
    cache[key] = out
    return list(out)


def _not_an_organisation(text: str, lang: str) -> bool:
    """No actor table knows the name, or only as a state (a capital standing for its
    government is still a town when it follows "in")."""
    actor = resolvers.lookup_actor(text, lang=lang)
    return actor is None or actor.kind == "state"


def _after_locative_prep(root: Token) -> bool:
    return _locative_case(root) or (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS)


def _with_possessor(ent: Span) -> str:
    """ "Mogadishu's Lido beach": the name with the place that owns it, which says its
    country (cities500's only "Lido Beach" is in New York)."""
    owner = next(
        (
            c
            for c in ent.root.children
            if c.dep_ == "poss" and (c.ent_type_ in PLACE_ENTS or _site_owner(c))
        ),
        None,
    )
    if owner is None or owner.i >= ent.start:
        return _with_apposition(ent)
    return ent.doc.text[owner.left_edge.idx : ent.end_char]


def _site_owner(tok: Token) -> bool:
    """ "UCLA's Royce Quad", "Harvard's Yard": an organisation tagged as such that the
    gazetteer knows as a site in one town (a campus): it says where its grounds are."""
    if tok.ent_type_ != "ORG" or tok.pos_ != "PROPN":
        return False
    name = tok.doc[tok.left_edge.i : tok.i + 1].text
    loc = resolvers.locate(name, lang=tok.doc.lang_, context=None)
    return loc is not None and loc.precision == "place"


def _with_article(ent: Span) -> str | None:
    """ "dans le Vaucluse" as written, when a French name has its own article after the
    preposition (not part of the name); None otherwise."""
    if ent.start < 2 or ent.doc.lang_ != "fr":
        return None
    det, case = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
    if det.pos_ != "DET" or det.head.i != ent.root.i or case.pos_ != "ADP":
        return None
    return ent.doc[ent.start - 2 : ent.end].text


def _with_apposition(ent: Span) -> str:
    """ "Cordoba, southern Spain", "Valencia, Venezuela": the name with the state or region
    set beside it after a comma, which says which namesake is meant."""
    appos = next(
        (
            c
            for c in ent.root.children
            if c.dep_ == "appos" and c.i >= ent.end and c.ent_type_ in PLACE_ENTS
        ),
        None,
    )
    if appos is None or ent.doc[ent.end].text != ",":
        return ent.text
    return f"{ent.text}, {ent.doc[appos.left_edge.i : appos.i + 1].text}"


def _locative_slot(root: Token, place_nouns: set[str]) -> bool:
    """ "à Bamako", "in Yerevan", "la banlieue de Beyrouth": where, not who or whose."""
    if _named_site(root, place_nouns):
        return True
    if root.dep_ in SUBJECTS:
        return False
    if _locative_case(root) or (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS):
        return True
    # "dans un bar de Grenoble", "at a market of Gao": the town of a site that is a location
    host = _genitive_host(root)
    return (
        host is not None
        and host.dep_ not in SUBJECTS
        and (_locative_case(host) or (host.dep_ == "pobj" and host.head.lower_ in LOCATIVE_PREPS))
    )


def _genitive_host(root: Token) -> Token | None:
    """The noun X in "X de/of NAME", or None."""
    if any(c.dep_ == "case" and c.lower_ in {"de", "d'", "du"} for c in root.children):
        return root.head if root.head.pos_ == "NOUN" else None
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        return root.head.head
    return None


SUBJECTS: frozenset[str] = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "poss", "csubj"})


OWNED_SITE_NOUNS: frozenset[str] = words_any("where_owned_site_nouns")


def _owner_state(ent: Span, lang: str) -> bool:
    """A country named on a base, an embassy, a ship or troops ("a US base in Syria", "the US
    embassy in Baghdad", "une base des États-Unis en Syrie"): the state that holds the site, not
    the ground it stands on (GUIDELINES §4). A city so placed ("a Kyiv hospital") stays."""
    root = ent.root
    if not resolvers.resolve_country(ent.text, lang):
        return False
    head = root.head
    if root.dep_ == "compound":
        pass  # "a US base"
    elif root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "the embassy of the United States"
    elif root.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ in {"de", "des", "du", "d'"} for c in root.children
    ):
        pass  # "une base des États-Unis"
    else:
        return False
    return head.i != root.i and (
        head.lemma_.lower() in OWNED_SITE_NOUNS or head.lower_ in OWNED_SITE_NOUNS
    )


def _state_name(text: str, lang: str) -> bool:
    """A country or a capital: the names that stand for a state's government (metonymy)."""
    return bool(resolvers.resolve_country(text, lang) or resolvers.capital_country(text, lang))


def _genitive_of_non_place(root: Token, place_nouns: set[str]) -> bool:
    """ "à la demande du Royaume-Uni", "the Criminal Code of Ukraine": an owner, not a place.

    Conjuncts share their first member's slot: "at the request of the UK, France and Ecuador".
    """
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    case = {c.lower_ for c in root.children if c.dep_ == "case"}
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        case, head = {"of"}, head.head
    if not case & {"of", "de", "d'", "du", "des"}:
        return False
    if _time_word(head):
        return False  # "a décollé vendredi de Niamey": the parser hangs the origin on the day
    return head.pos_ == "NOUN" and head.lemma_.lower() not in place_nouns | SITE_NOUNS


def _time_word(tok: Token) -> bool:
    """A day or date word ("vendredi", "Friday"), which owns no place."""
    return bool(find_date_expressions(tok.text, "fr") or find_date_expressions(tok.text, "en"))


def _headline_place(ctx: ArticleContext) -> tuple[Location, list[Token]] | None:
    """The one place the headline names, or None (no headline, no place, or several)."""
    cache = ctx.doc.user_data
    if "wirewatch.headline_place" in cache:
        return cache["wirewatch.headline_place"]  # type: ignore[no-any-return]
    result: tuple[Location, list[Token]] | None = None
    sent = _headline(ctx)
    if sent is not None:
        found = _kicker_place(sent, ctx) + _sentence_places(sent, ctx)
        countries = {loc.country for loc, _ in found}
        if found and len(countries) == 1:
            best = max(found, key=lambda f: _precision_rank(f[0]))
            same = [f for f in found if _precision_rank(f[0]) == _precision_rank(best[0])]
            if len({f[0].name for f in same}) == 1:
                result = best
    cache["wirewatch.headline_place"] = result
    return result


def _kicker_place(sent: Span, ctx: ArticleContext) -> list[tuple[Location, list[Token]]]:
    """The topic label before a headline's colon, when it is a place: "Niger : les derniers
    soldats...", "Tbilisi protests: police disperse..." (a label, not the sentence's subject)."""
    # the window may run past the sentence: the parser often ends a title at its dash
    window = sent.doc[sent.start : sent.start + 6]
    colon = next((t for t in window if t.text == ":" or _spaced_dash(t)), None)
    if colon is None:
        return []
    run: list[Token] = []
    for tok in sent.doc[sent.start : colon.i]:
        if _joining_hyphen(tok) and run:
            run.append(tok)  # "Haut-Karabakh", "Nouvelle-Calédonie" split by the tokenizer
            continue
        if not (tok.is_title or tok.is_upper) or tok.is_punct:
            break
        run.append(tok)
    if not run or any(t.is_upper and len(t) > 3 for t in run):
        return []  # "EN DIRECT", "LIVE", "BREAKING": ticker labels, not places
    if all(t.pos_ == "NOUN" and t.ent_type_ not in PLACE_ENTS for t in run):
        return []  # "Colère des agriculteurs :", "Guerre en Ukraine :": a topic word
    text = ctx.text[run[0].idx : run[-1].idx + len(run[-1])]
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    loc = resolvers.locate(text, lang=ctx.lang, context=context)
    return [(loc, run)] if loc is not None else []


def _spaced_dash(tok: Token) -> bool:
    """A dash between spaces that sets a label off, as a colon does ("Haut-Karabakh – Offensive
    militaire", "Sudan — Fighting spreads")."""
    before = tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
    return tok.text in {"–", "—"} and before and bool(tok.whitespace_)


def _joining_hyphen(tok: Token) -> bool:
    """A hyphen inside a compound name: no space on either side."""
    return (
        tok.text == "-" and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_
    )


def _headline(ctx: ArticleContext) -> Span | None:
    """The title line: the article's title where the text repeats it, else the first line of
    text that reads like a heading (not site navigation, not a dateline)."""
    title = ctx.article.title
    start = ctx.text.find(title) if title else -1
    if start < 0:
        for line in re.finditer(r"[^\n]+", ctx.text[:1000]):
            text = line.group(0).strip()
            if len(text) > HEADLINE_MAX_CHARS and not re.search(r"[|›>]", text):
                # the body (a dateline's paragraph too) has begun: a short paragraph after it
                # is body text, not a headline whose place the story would inherit
                break
            if 20 <= len(text) <= HEADLINE_MAX_CHARS and not _navigation(text):
                start = line.start()
                break
    if start < 0:
        return None
    return next((s for s in ctx.doc.sents if s.start_char <= start < s.end_char), None)


def _navigation(line: str) -> bool:
    """Menus, share bars, datelines and bylines ("Par notre correspondant à Kiev") are not
    headlines: the last two say where the reporter is."""
    return bool(re.search(r"[|›>]|^[A-ZÉ' .-]{3,}(,|\s[-—])|^(?:Par|By)\s", line))


# -- dates ---------------------------------------------------------------------------------


def tense_of(m: Mention) -> str:
    """past, present or future, from the trigger's verb (or the verb governing a noun).

    Future: a future form, "will"/"shall", a conditional ("se rendrait", "would hold": the
    future of a reported plan) or a present verb of schedule over an infinitive. Present: a
    finite present verb with no auxiliary ("appelle à manifester le 7 mars"), which reads a
    written day as the nearest one. Everything else is past.
    """
    node: Token | None = m.trigger
    for tok in [m.trigger, *ancestors_in(m.trigger, m.sent)]:
        if tok.pos_ in {"VERB", "AUX"}:
            node = tok
            break
    if node is None:
        return "past"
    auxes = [c for c in node.children if c.dep_.startswith("aux")]
    forms = [node, *auxes]
    if any("Fut" in t.morph.get("Tense") for t in forms) or any(
        t.lower_ in FUTURE_AUXES for t in forms
    ):
        return "future"
    if any(conditional_form(t) for t in forms):
        return "future"
    if _scheduled(node):
        return "future"
    if _called_for(m):
        return "future"
    if not auxes and node.morph.get("VerbForm") == ["Fin"] and _present(node):
        return "present"
    return "past"


# "has called a counter-protest on Saturday", "appelle à manifester jeudi", "is organising a
# march on Sunday": a rally, strike or meeting called in the present (or the English present
# perfect, which takes no past day) is still to come, and its day looks forward.
CALLED_EVENT_VERBS: frozenset[str] = words_any("called_event_verbs")
_CALL_MAX_HOPS = 3
_PERFECT_AUXES = frozenset({"has", "have", "'ve", "'s"})
_PROGRESSIVE_AUXES = frozenset({"is", "are", "'re"})


def _called_for(m: Mention) -> bool:
    """True when the trigger is the event a verb of calling or organising asks for, and that
    verb is in the present tense or the English present perfect (not "a appelé", "called")."""
    if m.type in VERBAL_ACTS:
        return False  # the call itself is made now; what it asks for is to come
    for hop, verb in enumerate(m.trigger.ancestors):
        if hop >= _CALL_MAX_HOPS:
            return False
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in CALLED_EVENT_VERBS:
            continue
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        if not auxes:
            return verb.morph.get("VerbForm") == ["Fin"] and _present(verb)
        perfect = verb.tag_ == "VBN" and all(a.lower_ in _PERFECT_AUXES for a in auxes)
        progressive = verb.tag_ == "VBG" and all(a.lower_ in _PROGRESSIVE_AUXES for a in auxes)
        return perfect or progressive
    return False


# "will", "shall", and "would" in reported plans ("said it would hold talks on Tuesday").
FUTURE_AUXES: frozenset[str] = frozenset({"will", "shall", "would", "'ll", "wo"})

# "doit recevoir jeudi", "va se rendre samedi", "is due to hold talks on Tuesday", "is set to
# meet on Friday": a present-tense verb of schedule over an infinitive looks forward.
SCHEDULE_VERBS: frozenset[str] = words_any("schedule_verbs")
SCHEDULE_ADJS: frozenset[str] = words_any("schedule_adjs")
PLAN_VERBS: frozenset[str] = words_any("plan_verbs")


def _scheduled(verb: Token) -> bool:
    """True when ``verb`` is the infinitive of a scheduled act in the present tense."""
    if verb.morph.get("VerbForm") != ["Inf"] and verb.tag_ not in {"VB"}:
        return False
    governors = [c for c in verb.children if c.dep_.startswith("aux")]
    if verb.dep_ in {"xcomp", "ccomp"}:
        governors.append(verb.head)
    for gov in governors:
        lemma = gov.lemma_.lower()
        if gov.lower_ in SCHEDULE_ADJS:  # "is due to", "are set to": the copula's tense
            copulas = [c for c in gov.children if c.dep_ in {"cop", "aux", "auxpass"}]
            if any(_present(c) for c in copulas) or (gov.dep_ == "acomp" and _present(gov.head)):
                return True
            continue
        if _present(gov) and lemma in SCHEDULE_VERBS | PLAN_VERBS:
            return True  # not "devait se rendre", "planned to": a past plan, dated in the past
    return False


def _present(tok: Token) -> bool:
    return "Pres" in tok.morph.get("Tense") or tok.tag_ in {"VBZ", "VBP"}


# A date the event's clause states, chosen in this order (the first that applies):
# 1. an expression of the trigger's clause (its scope), closest first, where a date modifying a
#    report verb above the trigger ("said on Saturday that it had taken the village") comes
#    last, and for a verbal act ("accuse", "calls for", "exhorted") a date inside its content
#    ("accuse l'armée d'avoir mené dimanche une frappe", "revenir sur leur décision, annoncée le
#    28 janvier") is the content's date, never the act's;
# 2. an expression in a clause modifying the trigger noun: "the hostages taken into Gaza on
#    October 7", "talks in Doha that ended on Friday", "les frappes qui ont tué lundi";
# 3. the date of a verb governing the trigger (_speech_date); for a physical event told by a
#    report verb the day the story names earlier wins over the day of the report ("217
#    personnes ont été interpellées, a annoncé vendredi le ministre" after "jeudi soir").
# 4. (round 7) the date of the verb the trigger's verb is coordinated with ("a convoqué lundi
#    ... et exigé"), or of the coordination's closing date ("faire grève et défiler le 7 mars");
# then, with no date of its own: another event the clause names ("au lendemain du scrutin",
# "in the days before the vote", _anchored_date), the story's day for a physical event, the
# lead's occasion for an act said or decided (_occasion_date), else the report's day.
# Never a candidate: a dateline, the end of a duration ("couvre-feu jusqu'à lundi", "until
# Sept. 15"), the span of a record ("la première visite depuis vingt-quatre ans", "the first
# attack since 2019"). An anaphor ("dans la foulée", "hours later") takes the date stated last
# before it; a part of a day ("dans la soirée", "in the evening") is the story's day; in a live
# ticker the day heading ("Dimanche 19 janvier") stands for the publication date.


def with_byline_date(article: Article) -> Article:
    """``article`` with the publication day its byline or dateline states ("Lundi 17 juin 2024",
    "Published January 31, 2025") when it carries none: every relative date counts from it."""
    if article.published:
        return article
    found = byline_date(article.text, article.language)
    if found is None:
        return article
    LOGGER.debug("article %s: publication day %s from its byline", article.id, found.start)
    return dataclasses.replace(article, published=found.start, published_precision="day")


def fill_date(m: Mention, ctx: ArticleContext) -> None:
    art = ctx.article
    prior = _prior_request(m)  # "will meet on Thursday at the request of France": asked before
    best = None if prior else _clause_date(m, ctx)
    if best is None and not prior:
        same = _same_day(m, ctx)
        if same is not None:
            m.date, a, b = same
            m.date_stated = True
            m.provenance.append(_prov_chars("date", "date.same_day", ctx, a, b))
            return
        best = _conjunct_date(m, ctx) or _speech_date(m, ctx)
        if best is not None and _physical_mention(m) and _reported_later(m, ctx, best):
            best = None  # the story's day is inherited below
    elif best is not None and best[0] >= len(ctx.text) and _reported_later(m, ctx, best):
        best = None  # "19 people were killed, the commission said on Wednesday": the report's day
    if best is not None and _outside_trigger(m, ctx, best) and _relative_days_before(m, ctx):
        best = None  # "mardi, au lendemain de l'arrestation": Tuesday is the day after the arrest
    if best is not None and _in_anchor_phrase(m, ctx, best[1]):
        best = None  # "la veille du sommet prévu jeudi": Thursday is the summit's day
    published, precision = _reference(m, ctx)
    tense = tense_of(m)
    if m.type in PLEDGES and tense == "future":
        # "la France apportera en 2024 jusqu'à 3 milliards", "will send $500m next month": the
        # date of the delivery; the pledge is made when it is said (or reported)
        if best is not None and best[0] < len(ctx.text):
            best = _said_date(m, ctx)
        tense = "past"
    if best is None:
        deadline = _deadline_date(m, ctx, published, precision, tense)
        if deadline is not None:
            m.date, a, b = deadline
            m.date_stated = True
            m.provenance.append(_prov_chars("date", "date.deadline", ctx, a, b))
            return
    if best is not None:
        date, rule = _resolve_choice(m, ctx, best, published, precision, tense)
        if date is not None:
            m.date = date
            m.date_stated = True
            m.provenance.append(_prov_chars("date", rule, ctx, best[1], best[2]))
            if tense != "future":
                ctx.dated_acts.append((best[1], best[2], m.type, date))
            return
    default = resolvers.default_date(published, precision)
    relative = _relative_days_before(m, ctx)
    if relative is not None and default is not None:
        days, toks = relative
        m.date = shift_date(_offset_anchor(m, ctx) or default, -days)
        m.date_stated = True
        m.prov("date", f"{ctx.lang}.date.days_before", toks)
        return
    anchored = _anchored_date(m, ctx)
    if anchored is not None:
        m.date, toks = anchored
        m.date_stated = True
        m.prov("date", "date.event_anchor", toks)
        return
    sequel = _sequel_date(m, ctx, published)
    if sequel is not None:
        m.date, a, b = sequel
        m.date_stated = True
        m.provenance.append(_prov_chars("date", "date.sequel", ctx, a, b))
        return
    inherited = _inherited_date(m, ctx) or _occasion_date(m, ctx) or _headline_date(m, ctx)
    if inherited is not None:
        m.date, a, b, rule = inherited
        running = _since_the_outbreak(m, ctx, m.date, default)
        if running is not None:
            m.date, rule = running, "date.since_outbreak"
        # Not stated (merging ignores it, a stated date of the cluster still wins), except a
        # live-ticker day heading, which states the day of every entry under it.
        m.date_stated = rule == "date.ticker_day"
        m.provenance.append(_prov_chars("date", rule, ctx, a, b))
        return
    if default is not None:
        m.date = default
        m.date_stated = published != art.published
        m.prov("date", "date.ticker_day" if m.date_stated else "date.default")


# "trois jours après l'attaque", "the day after the vote", "la veille du sommet": the offset
# names its other event (``_relative_days_before`` and ``_anchored_date`` read those).
_OFFSET_COMPLEMENT = re.compile(r"\s*(?:de\b|d['’]|du\b|des\b|of\b)", re.IGNORECASE)
_OFFSET_PREPOSITION = re.compile(r"(?:après|avant|after|before)$", re.IGNORECASE)


def _sequel_date(
    m: Mention, ctx: ArticleContext, published: str | None
) -> tuple[EventDate, int, int] | None:
    """ "Trois jours plus tard, la police a arrêté le chef", "The next day, troops shelled the
    town", "Le lendemain, ...": a bare offset fronted in (or attached to) the trigger's clause
    counts from the last day the story stated before it, as a timeline reads; never past the
    report's day. An offset naming its other event is left to the syntactic rules."""
    verb = m.trigger if m.trigger.pos_ in {"VERB", "AUX"} else _verb_above(m.trigger)
    for a, b, surface in _candidates(m, ctx):
        days = parse_offset(surface, ctx.lang)
        if not days:
            continue
        after = ctx.text[b : b + 8]
        if _OFFSET_COMPLEMENT.match(after):
            continue
        if _OFFSET_PREPOSITION.search(surface) and not re.match(r"\s*[,.;:]", after):
            continue  # "two days after police arrested him": a clause names the other event
        span = ctx.doc.char_span(a, b, alignment_mode="expand")
        if span is None or _governing_verb_date(m, ctx, a, b):
            continue  # "said three days later that...": the speech's day
        if a > m.trigger.idx and (
            verb is None or verb not in {span.root.head, span.root.head.head}
        ):
            continue  # after the trigger, only an offset of its own verb
        base = _last_stated(ctx, a)
        if base is None or base.precision != "day":
            return None
        day = shift_date(EventDate(base.end, base.end, "day", base.surface), -days)
        if published and day.end > published[:10]:
            return None  # counted past the report: the anchor was not the story's day
        return day, a, b
    return None


def _outside_trigger(m: Mention, ctx: ArticleContext, best: tuple[int, int, int, str]) -> bool:
    """True when the chosen date is not in the trigger's own phrase (the main clause's day)."""
    span = ctx.doc.char_span(best[1], best[2], alignment_mode="expand")
    return span is not None and m.trigger not in span.root.ancestors and span.root != m.trigger


# "depuis le début des troubles", "since the outbreak of the unrest": a count running from the
# story's first day to the report.
_OUTBREAK = re.compile(
    r"\b(?:depuis (?:le (?:début|déclenchement|premier jour)|l['’](?:éclatement|apparition))"
    r"|since (?:the )?(?:start|beginning|outbreak|onset|first day) of)\b",
    re.IGNORECASE,
)


def _since_the_outbreak(
    m: Mention, ctx: ArticleContext, onset: EventDate, default: EventDate | None
) -> EventDate | None:
    """The inherited day of the story as the start of a span "depuis le début des troubles"
    to the report, when the trigger's sentence says so and the report is later."""
    if default is None or default.precision != "day" or onset.precision != "day":
        return None
    if not _OUTBREAK.search(m.sent.text) or onset.start >= default.end:
        return None
    return EventDate(onset.start, default.end, "day", onset.surface)


# "à la demande de la France", "at the request of the UK", "sur l'insistance de", "at the
# urging of": the noun of a verbal act in an adjunct of another verb, asked before that act.
_ADJUNCT_PREPS: frozenset[str] = words_any("request_adjunct_preps")


def _prior_request(m: Mention) -> bool:
    """True when a verbal-act noun sits in an adjunct of a verb in the future tense, whose date
    is that of the act to come, not of the request ("se réunira jeudi à la demande de")."""
    trig = m.trigger
    if trig.pos_ not in {"NOUN", "PROPN"} or m.type not in VERBAL_ACTS:
        return False
    if trig.head.dep_ == "prep" and trig.head.lower_ in _ADJUNCT_PREPS:
        verb = trig.head.head  # English: at -> request
    elif any(c.dep_ == "case" and c.lower_ in _ADJUNCT_PREPS for c in trig.children):
        verb = trig.head  # French: demande -case-> à
    else:
        return False
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    forms = [verb, *[c for c in verb.children if c.dep_.startswith("aux")]]
    return any("Fut" in t.morph.get("Tense") or t.lower_ in FUTURE_AUXES for t in forms)


_ONSET_SURFACE = re.compile(r"^(?:depuis|since|dès|from)\b", re.IGNORECASE)


def covering_span(dates: list[EventDate]) -> EventDate | None:
    """The date of a merged event whose mentions state several: the widest span the text states
    when it covers all the others, else None (the engine intersects them).

    A bounded span ("entre dimanche et mardi", "du 11 au 14 décembre", "une quatrième nuit de
    violences") covers the days of the acts told inside it; an onset ("depuis février 2023",
    "since they arrived in December") covers only vaguer dates ("en octobre"), never a day,
    which is the act's own ("depuis dimanche ... ont bombardé mardi l'hôpital").
    """
    # a night ("dans la nuit de samedi à dimanche") spans two days but is one act: the day
    # another mention names inside it stays the narrower statement
    spans = [d for d in dates if explicit_span(d) and not _two_days(d)]
    bounded = [d for d in spans if not _ONSET_SURFACE.match(d.surface or "")]
    onsets = [d for d in spans if _ONSET_SURFACE.match(d.surface or "")]
    for group, allow_days in ((bounded, True), (onsets, False)):
        widest = max(group, key=lambda d: (d.end, [-ord(ch) for ch in d.start]), default=None)
        if widest is None:
            continue
        if not all(widest.start <= d.start and d.end <= widest.end for d in dates):
            continue
        if allow_days or not any(d.start == d.end for d in dates):
            return widest
    return None


def _two_days(date: EventDate) -> bool:
    try:
        gap = dt.date.fromisoformat(date.end) - dt.date.fromisoformat(date.start)
    except ValueError:
        return False
    return date.precision == "day" and gap.days == 1


def explicit_span(date: EventDate) -> bool:
    """True for a span of days the text states ("entre dimanche et mardi", "du 11 au 14
    décembre", "depuis février 2023", a night), not a point nor one vague calendar unit ("en
    octobre", "la semaine dernière", "en 2024")."""
    if date.start == date.end:
        return False
    if date.precision == "day":
        return True
    try:
        start, end = dt.date.fromisoformat(date.start), dt.date.fromisoformat(date.end)
    except ValueError:
        return False
    # one month, whole or up to the report ("earlier this month"): a vague unit, not a span
    one_unit = (start.year, start.month) == (end.year, end.month)
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    one_year = whole_year and start.year == end.year
    return date.precision in {"month", "year"} and not (one_unit or one_year)


def _resolve_choice(
    m: Mention,
    ctx: ArticleContext,
    best: tuple[int, int, int, str],
    published: str | None,
    precision: str | None,
    tense: str,
) -> tuple[EventDate | None, str]:
    """The date the chosen expression gives, with the rule that gave it."""
    surface = best[3]
    if is_anaphor(surface, ctx.lang):
        if _NAMED_ANTECEDENT.match(ctx.text[best[2] : best[2] + 6]):
            return None, ""  # "dans la foulée de l'échange": the date of an event we cannot see
        last = _last_stated(ctx, best[1])
        return (last, "date.anaphor") if last is not None else (None, "")
    if story_day_part(surface, ctx.lang) and tense != "future":
        story = _story_day(m, ctx)
        if story is not None:
            return story, "date.story_day_part"
    date = resolvers.resolve_date(
        surface, published=published, precision=precision, lang=ctx.lang, tense=tense
    )
    onset = _onset_of(m, ctx, best[1]) if date is not None and tense != "future" else None
    lasting = _lasting(m, ctx, best[1], date) if date is not None else None
    if lasting is not None:
        return lasting, "date.duration"
    if date is not None and onset is not None:
        until = resolvers.default_date(published, precision)
        if until is not None and until.precision == "day" and date.start < until.end:
            said = ctx.text[onset : best[2]]
            return EventDate(date.start, until.end, date.precision, said), "date.onset"
    return date, "date.resolve"


# "depuis le début de l'offensive, le 6 août", "depuis leur entrée dans la ville en décembre",
# "depuis qu'ils ont été engagés ce mois-ci", "since they were deployed in December": the date
# of what began the span, which runs to the report (GUIDELINES §3, "depuis lundi").
_ONSET = re.compile(r"\b(?:depuis|since)\b(?P<between>[^.;:!?()«»\"]{0,80})$", re.IGNORECASE)
_ONSET_MAX_WORDS = 9


def _onset_of(m: Mention, ctx: ArticleContext, at: int) -> int | None:
    """The offset of "depuis"/"since" when the date at offset ``at`` ends such a phrase naming
    an onset (an event noun or a clause), not a place ("tirée depuis le Liban dimanche") nor
    the span of a record ("the deadliest since a similar assault in June 2023")."""
    lo = max(m.sent.start_char, at - 90)
    before = ctx.text[lo:at]
    found = _ONSET.search(before)
    if found is None or not found.group("between").strip():
        return None  # "depuis lundi" is one expression: the resolver spans it already
    between = found.group("between")
    if len(between.split()) > _ONSET_MAX_WORDS:
        return None
    if resolvers.find_date_expressions(between, ctx.lang):
        return None
    onset_start = lo + found.start()
    if _RECORD_BEFORE.search(ctx.text[m.sent.start_char : onset_start]):
        return None
    if onset_start <= m.trigger.idx < at:
        return None  # "since they were deployed in December": the deployment's own date
    span = ctx.doc.char_span(at - len(between), at, alignment_mode="expand")
    words = [t for t in span or [] if not t.is_punct and t.pos_ not in {"DET", "ADP"}]
    if not words or words[0].ent_type_ in {"GPE", "LOC", "FAC"} or words[0].pos_ == "PROPN":
        return None
    return onset_start


# "peu après l'explosion", "in the aftermath of the raid": the anaphor names its antecedent.
_NAMED_ANTECEDENT = re.compile(
    r"\s*(?:de\b|d['’]|du\b|des\b|of\b|l['’]|la\b|le\b|les\b|the\b)", re.I
)


def _candidates(m: Mention, ctx: ArticleContext) -> list[tuple[int, int, str]]:
    """Date expressions of the mention's sentence (document offsets) that can date an event."""
    base = m.sent.start_char
    datelines = _datelines(ctx)
    out = []
    for start, end, surface in resolvers.find_date_expressions(m.sent.text, ctx.lang):
        a, b = base + start, base + end
        if any(x <= a < y for x, y in datelines):
            continue  # "NAIROBI, Nov 11 -": the day the story was filed, not the event's
        before = m.sent.text[max(0, start - 60) : start]
        if _deadline(before, surface) or _record_span(before, surface):
            continue
        out.append((a, b, surface))
    return out


# "jusqu'à lundi", "jusqu'au 2 juillet", "until Monday", "d'ici fin mars", "by Sept. 15": when
# a measure or a plan ends, not when the event happened.
_DEADLINE_BEFORE = re.compile(
    r"(?:\bjusqu['’]\s*(?:à|au|en)?|\bd['’]ici(?:\s+(?:à|au|le|la))?|\buntil|\btill|\bby|"
    r"\bno later than|\bau plus tard)\s*(?:le\s+|the\s+|la\s+)?$",
    re.IGNORECASE,
)
_DEADLINE_SURFACE = re.compile(r"^(?:jusqu|d['’]ici|until|till|by)\b", re.IGNORECASE)
# "la première visite ... depuis vingt-quatre ans", "the first fatal attack ... since 2019":
# the span of a record, not a date of the event.
_RECORD_BEFORE = re.compile(
    r"\b(?:premi[eè]re?s?|first|seule?s?|only|plus (?:grave|meurtri\w*|important\w*|lourd\w*|"
    r"violent\w*|grand\w*)|deadliest|largest|biggest|worst|heaviest)\b[^,;.]*$",
    re.IGNORECASE,
)
_RECORD_SURFACE = re.compile(r"^(?:depuis|since)\b", re.IGNORECASE)


def _deadline_date(
    m: Mention, ctx: ArticleContext, published: str | None, precision: str | None, tense: str
) -> tuple[EventDate, int, int] | None:
    """A clause dated only by when something ends: in the past ("a instauré un couvre-feu
    jusqu'à lundi") the measure is taken on the report day; in the future ("are expected to
    leave by Sept. 15", "doivent partir d'ici fin mars") the act falls between the report day
    and the deadline."""
    lo, hi = span_chars(m.scope) if m.scope else (m.sent.start_char, m.sent.end_char)
    base = m.sent.start_char
    default = resolvers.default_date(published, precision)
    if default is None or precision != "day" and len(published or "") < 10:
        return None
    for start, end, surface in resolvers.find_date_expressions(m.sent.text, ctx.lang):
        a, b = base + start, base + end
        if b <= lo - 1 or a >= hi + 1:
            continue
        before = m.sent.text[max(0, start - 60) : start]
        if not _deadline(before, surface):
            continue
        if tense != "future":
            done = _completed_by(m, ctx, before, surface, published, precision)
            return (done or default), a, b
        until = resolvers.resolve_date(
            surface, published=published, precision=precision, lang=ctx.lang, tense=tense
        )
        if until is None or until.end < default.start:
            return None
        return EventDate(default.start, until.end, "day"), a, b
    return None


# "by Monday lunchtime", "d'ici lundi midi", "no later than Friday": done within the time
# left, unlike "until"/"jusqu'à" which says how long a measure lasts.
_BY_BEFORE = re.compile(
    r"(?:\bd['’]ici(?:\s+(?:à|au|le|la))?|\bby|\bno later than|\bau plus tard)\s*(?:le\s+|the\s+|la\s+)?$",
    re.IGNORECASE,
)


def _completed_by(
    m: Mention,
    ctx: ArticleContext,
    before: str,
    surface: str,
    published: str | None,
    precision: str | None,
) -> EventDate | None:
    """ "four men had been arrested by Monday lunchtime" after Sunday's riot: between the story's
    day and the deadline (None when the text names no earlier day)."""
    if not (_BY_BEFORE.search(before) or re.match(r"^by\b", surface, re.IGNORECASE)):
        return None
    until = resolvers.resolve_date(
        surface, published=published, precision=precision, lang=ctx.lang, tense="past"
    )
    story = _story_date(m, ctx) if _physical_mention(m) else None
    if until is None or story is None or story[0].start > until.end:
        return None
    return EventDate(story[0].start, until.end, "day")


def _deadline(before: str, surface: str) -> bool:
    return bool(_DEADLINE_BEFORE.search(before) or _DEADLINE_SURFACE.match(surface))


def _record_span(before: str, surface: str) -> bool:
    return bool(_RECORD_SURFACE.match(surface) and _RECORD_BEFORE.search(before))


def _clause_date(m: Mention, ctx: ArticleContext) -> tuple[int, int, int, str] | None:
    """The closest date of the trigger's clause or of a clause modifying the trigger noun."""
    lo, hi = span_chars(m.scope) if m.scope else (m.sent.start_char, m.sent.end_char)
    noun_clauses = _noun_clauses(m)
    best: tuple[int, int, int, str] | None = None
    for a, b, surface in _candidates(m, ctx):
        span = ctx.doc.char_span(a, b, alignment_mode="expand")
        in_scope = not (b <= lo - 1 or a >= hi + 1)
        in_modifier = span is not None and span.root.i in noun_clauses
        in_scope = in_scope or (
            span is not None and (_framing_clause(m, span.root) or _fronted_date(m, span))
        )
        if not (in_scope or in_modifier):
            continue
        if span is not None and _foreign_clause(m, span.root):
            continue  # the date of another clause: a content, a relative clause
        dist = abs(a - m.trigger.idx)
        if _governing_verb_date(m, ctx, a, b):
            dist += len(ctx.text)  # the report verb's day: only if the clause has no date
        if not in_scope:
            dist += len(ctx.text) // 2
        if is_anaphor(surface, ctx.lang):
            # "came hours after Israel said it struck Beirut on Tuesday evening": a day of the
            # clause's own beats the day of the event told before
            dist += len(ctx.text) // 4
        if best is None or dist < best[0]:
            best = (dist, a, b, surface)
    return best


# Promises of aid, made when said: a date in their clause is the delivery's.
PLEDGES: frozenset[str] = frozenset({"aid_pledge"})
# Acts done by saying: their complement clause is what is said or asked, with its own date.
VERBAL_ACTS: frozenset[str] = frozenset(
    {"accuse", "condemn", "demand", "threaten", "reject", "support", "aid_pledge"}
)
# Clauses holding what a verbal act says or asks: "accuse X d'avoir mené", "calls on Y to".
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl"})


_FRONT_OPENERS = frozenset({":", ";", "—", "–", "-"})


def _fronted_date(m: Mention, span: Span) -> bool:
    """True for a date heading the trigger's clause, set off by a comma, when the parser hangs
    it elsewhere ("La mobilisation n'est pas neuve : mardi soir déjà, 75 agriculteurs avaient
    bloqué le port"): no other verb stands between it and the trigger."""
    doc = span.doc
    if span.end > m.trigger.i or span.start <= m.sent.start:
        return False
    opener = doc[span.start - 1]
    if opener.text not in _FRONT_OPENERS:
        return False
    after = span.end
    while after < m.trigger.i and doc[after].pos_ == "ADV":
        after += 1  # "mardi soir déjà,", "on Tuesday already,"
    if after >= m.trigger.i or doc[after].text != ",":
        return False
    own = {m.trigger.i, *(c.i for c in m.trigger.children if c.dep_.startswith("aux"))}
    between = doc[after + 1 : m.trigger.i]
    return not any(t.pos_ in {"VERB", "AUX"} and t.i not in own for t in between)


def _framing_clause(m: Mention, root: Token) -> bool:
    """True when ``root`` lies in an adverbial clause standing before the trigger verb and
    attached to it ("S'exprimant dimanche soir depuis l'Élysée, le président a condamné",
    "Speaking on Sunday evening, the prime minister condemned"): the act's own day."""
    verb = _verb_above(root) if root.pos_ not in {"VERB", "AUX"} else root
    return (
        verb is not None
        and verb.dep_ == "advcl"
        and verb.head.i == m.trigger.i
        and max(t.i for t in verb.subtree) < m.trigger.i
    )


def _noun_clauses(m: Mention) -> set[int]:
    """Token indices of the participial and relative clauses modifying a noun trigger, or the
    duration it is counted in ("deux jours de pourparlers qui se sont achevés vendredi")."""
    if m.trigger.pos_ not in {"NOUN", "PROPN"}:
        return set()
    heads = [m.trigger]
    duration = _duration(m)
    if duration is not None:
        heads.append(duration[1])
    clauses = [c for h in heads for c in h.children if c.dep_ in NOUN_CLAUSE_DEPS]
    return {t.i for c in clauses for t in c.subtree}


# "deux jours de pourparlers", "two days of talks", "a three-day summit", "un sommet de trois
# jours": how long the event lasted, counted back from the day it ended.
DURATION_UNITS: frozenset[str] = words_any("duration_units")
END_VERBS: frozenset[str] = words_any("end_verbs")
START_VERBS: frozenset[str] = words_any("start_verbs")
_WEEK_WORDS: frozenset[str] = words_any("week_unit_words")
_HYPHENED_DAYS = re.compile(r"^(?P<num>\w+)-(?P<unit>day|week)$", re.IGNORECASE)


def _duration(m: Mention) -> tuple[int, Token] | None:
    """Days the noun trigger lasted, and the token that says it, if its phrase counts them."""
    trig = m.trigger
    near = [trig.head, trig.head.head, *trig.children]
    for tok in near:
        if tok.lemma_.lower() not in DURATION_UNITS:
            continue
        unit = 7 if tok.lemma_.lower() in _WEEK_WORDS else 1
        if tok.i != trig.i and tok.head.i != trig.i and trig.head.i != tok.i:
            if not (trig.head.head.i == tok.i and trig.head.pos_ == "ADP"):
                continue  # "two days of talks": talks <- of <- days
        nums = [c for c in tok.children if c.dep_ == "nummod" or c.like_num]
        number = resolvers.parse_number(nums[0].text, trig.doc.lang_) if nums else None
        if number is not None and 0 < number.value <= 60:
            return int(number.value) * unit, tok
    for tok in trig.children:  # "a three-day summit"
        hyphened = _HYPHENED_DAYS.match(tok.text) or _HYPHENED_DAYS.match(
            tok.doc[max(tok.i - 2, 0) : tok.i + 1].text.replace(" ", "")
        )
        if hyphened and tok.dep_ in {"compound", "amod", "nmod"}:
            number = resolvers.parse_number(hyphened.group("num"), trig.doc.lang_)
            if number is not None and 0 < number.value <= 60:
                unit = 7 if hyphened.group("unit").lower() in _WEEK_WORDS else 1
                return int(number.value) * unit, tok
    return None


def _lasting(m: Mention, ctx: ArticleContext, at: int, date: EventDate) -> EventDate | None:
    """ "two days of talks that ended on Friday": the days the event lasted, when a verb of
    ending (or beginning) dates it and its phrase counts the days."""
    duration = _duration(m) if date.precision == "day" and date.start == date.end else None
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand") if duration else None
    verb = _verb_above(span.root) if span is not None else None
    if duration is None or verb is None:
        return None
    lemma = verb.lemma_.lower()
    day = dt.date.fromisoformat(date.start)
    if lemma in END_VERBS:
        first, last = day - dt.timedelta(days=duration[0] - 1), day
    elif lemma in START_VERBS:
        first, last = day, day + dt.timedelta(days=duration[0] - 1)
    else:
        return None
    return EventDate(first.isoformat(), last.isoformat(), "day", date.surface)


def _foreign_clause(m: Mention, root: Token) -> bool:
    """True when the date at ``root`` belongs to a clause that is not the event's own.

    A relative clause standing before the trigger ("la junte, qui a pris le pouvoir en juillet
    2023, a révoqué en mars": background told in passing), and, for a verbal act, a clause
    inside its content ("accuse l'armée d'avoir mené dimanche une frappe", "appelle à
    manifester le 7 mars": the date of what is said or asked, not of saying it).
    """
    trigger = m.trigger
    verbal = trigger.pos_ in {"VERB", "AUX"} and m.type in VERBAL_ACTS
    for tok in [root, *root.ancestors]:
        if tok.i == trigger.i:
            return False
        if tok.dep_ in RELATIVE_DEPS and tok.head.i != trigger.i:
            last = max(t.i for t in tok.subtree)
            if last < trigger.i:
                return True
        if not verbal or tok.pos_ != "VERB":
            continue
        if tok.dep_ in _CONTENT_DEPS and tok.head.i == trigger.i:
            # what is said follows the saying; a clause before it frames the act ("Speaking
            # from Downing Street on Sunday evening, the Prime Minister condemned")
            return min(t.i for t in tok.subtree) > trigger.i
        above = _verb_above(tok)
        if above is not None and above.i == trigger.i:
            return True  # "accused the army of shelling a market on Sunday"
    return False


def _verb_above(tok: Token) -> Token | None:
    return next((t for t in tok.ancestors if t.pos_ in {"VERB", "AUX"}), None)


def _reported_later(m: Mention, ctx: ArticleContext, best: tuple[int, int, int, str]) -> bool:
    """True when a physical event dated only by its report verb has an earlier story day.

    "Des centaines de personnes se sont rassemblées jeudi soir... 217 personnes ont été
    interpellées, a annoncé vendredi le ministre": the arrests were made on Thursday night and
    announced on Friday; "At least 19 people were killed, the commission said on Wednesday".
    """
    if m.trigger.pos_ not in {"VERB", "AUX"}:
        return False  # "a annoncé mercredi l'interdiction de TikTok": the announcement is the act
    head = ctx.doc.char_span(best[1], best[2], alignment_mode="expand")
    verb = _verb_above(head.root) if head is not None else None
    if verb is None or verb.lemma_.lower() not in ctx.lex.speech_verbs:
        return False
    published, precision = _reference(m, ctx)
    said = resolvers.resolve_date(
        best[3], published=published, precision=precision, lang=ctx.lang, tense="past"
    )
    story = _inherited_date(m, ctx)
    if said is None or story is None:
        return False
    try:
        gap = dt.date.fromisoformat(said.start) - dt.date.fromisoformat(story[0].end)
    except ValueError:
        return False
    return 0 < gap.days <= LEAD_MAX_DAYS


# A physical event told without a day ("Security forces battled the attackers for hours")
# belongs to the day its story is told about: the closest day named earlier in its paragraph,
# else the live-ticker day heading it sits under, else the lead's day when the lead names one
# other than the publication day ("MOGADISHU, Aug 3 - ... on Friday evening"). Only
# day-precision dates, never after publication, and never for verbal acts (said, demanded,
# condemned), which are dated by their report.
LEAD_CHARS = 700
INTERVAL_STARTS: frozenset[str] = words_any("interval_starts")


def _physical_mention(m: Mention) -> bool:
    """A physical event, or an untyped attack, interception or toll ("19 people were killed")."""
    return _physical(m.type) or (m.type is None and m.kind in {"attack", "intercept", "casualty"})


def _inherited_date(m: Mention, ctx: ArticleContext) -> tuple[EventDate, int, int, str] | None:
    if not _physical_mention(m) or m.type == "investigate" or tense_of(m) == "future":
        return None  # an investigation is opened when it is reported; a plan has no past day
    return _story_date(m, ctx)


def _occasion_date(m: Mention, ctx: ArticleContext) -> tuple[EventDate, int, int, str] | None:
    """The day of the occasion the story is about, for an act said or decided without a day.

    When the lead's first dated event is itself a meeting, a decision or a statement ("La
    Cédéao a levé samedi les sanctions, à l'issue d'un sommet", "The United States on Tuesday
    determined ..."), the story reports that occasion, and an undated act in the past tense
    ("a par ailleurs exhorté", "L'Inde a refusé de s'associer au texte", "The Treasury also
    blacklisted") was done there. After a physical event (an attack, a riot) the reactions are
    dated by their report (GUIDELINES §3), and a present tense ("condamne", "calls on") is the
    report's own day.
    """
    if m.type in {None, "investigate"} or _physical_mention(m) or tense_of(m) != "past":
        return None
    first = next(iter(ctx.dated_acts), None)
    if first is None or first[0] > LEAD_CHARS or first[0] >= m.sent.start_char:
        return None
    start, end, kind, date = first
    if kind is None or _physical(kind) or date.precision != "day":
        return None
    published = (ctx.article.published or "")[:10]
    if date.end == published or not _recent(date, ctx):
        return None
    return date, start, end, "date.occasion"


def _headline_date(m: Mention, ctx: ArticleContext) -> tuple[EventDate, int, int, str] | None:
    """An undated act of the headline ("la conférence s'achève sur un texte signé", "Rebels
    seize border town") is the one the lead tells: the first recent day the lead states, not
    the report's day the present tense of headlines suggests. Not stated: a stated day of the
    same event in the body still wins when the two merge."""
    headline = _headline(ctx)
    if headline is None or tense_of(m) == "future" or m.type == "investigate":
        return None  # an investigation is opened when it is reported
    published = (ctx.article.published or "")[:10]
    line_end = ctx.text.find("\n", headline.start_char)
    line_end = line_end if line_end >= 0 else headline.end_char
    if not headline.start_char <= m.sent.start_char < line_end:
        return None
    if ctx.text[headline.start_char : line_end].rstrip().endswith("."):
        return None  # a lead sentence standing first, not a title
    for sent in ctx.doc.sents:
        if sent.start_char > line_end + LEAD_CHARS:
            break
        if sent.start_char < line_end:
            continue
        if not any(t.pos_ in {"VERB", "AUX"} for t in sent):
            continue  # a byline or dateline ("Par notre envoyée spéciale – Lundi 17 juin 2024")
        found = [f for f in _day_dates(sent, ctx) if _recent(f[0], ctx)]
        if found:
            # the report's own day is what the default gives already
            return None if found[0][0].end == published else (*found[0], "date.headline_lead")
    return None


def _story_date(m: Mention, ctx: ArticleContext) -> tuple[EventDate, int, int, str] | None:
    """The day the story of ``m`` is about: an earlier day of its paragraph, its ticker
    heading, the lead's recent day."""
    earlier = _earlier_sentences(m, ctx)
    for sent in reversed(earlier):
        found = _day_dates(sent, ctx)
        if found:  # the first: wires name the day up front ("said on Saturday that ...")
            return (*found[0], "date.inherited_paragraph")
    heading = _ticker_heading(m.sent.start_char, ctx)
    if heading is not None:
        return (heading[0], heading[1], heading[2], "date.ticker_day")
    if _stamped_entry(m.sent.start_char, ctx):
        return None  # "07:10 – All 29 crew have been evacuated": the page's own day
    published = (ctx.article.published or "")[:10]
    for sent in ctx.doc.sents:
        if sent.start_char > LEAD_CHARS or sent.start >= m.sent.start:
            break
        found = [f for f in _day_dates(sent, ctx) if f[0].end != published and _recent(f[0], ctx)]
        if found:
            return (*found[0], "date.inherited_lead")
    return None


def _story_day(m: Mention, ctx: ArticleContext) -> EventDate | None:
    """The day "dans la soirée" or "in the evening" belongs to: the story's day, any type."""
    found = _day_dates(m.sent, ctx)
    own = [
        f
        for f in found
        if f[1] < m.trigger.idx and not story_day_part(ctx.text[f[1] : f[2]], ctx.lang)
    ]
    if own:
        return own[-1][0]
    story = _story_date(m, ctx)
    return story[0] if story is not None else None


def _last_stated(ctx: ArticleContext, before: int) -> EventDate | None:
    """The date an anaphor at offset ``before`` refers to (any precision): the closest one
    before it in its sentence, else the first of the closest earlier sentence that states one,
    where wires put the main event's day ("En décembre, une grenade avait été lancée... Deux
    hommes avaient été interpellés dans la foulée")."""
    for sent in reversed([s for s in ctx.doc.sents if s.start_char < before]):
        found = [f for f in _stated_dates(sent, ctx) if f[1] < before]
        if found:
            return found[-1][0] if sent.end_char > before else found[0][0]
    return None


LEAD_MAX_DAYS = 3


def _recent(date: EventDate, ctx: ArticleContext) -> bool:
    """A lead's day is the story's day only when it is the last few days before publication;
    an older date there is background ("l'offensive lancée le 6 août")."""
    published = (ctx.article.published or "")[:10]
    try:
        gap = dt.date.fromisoformat(published) - dt.date.fromisoformat(date.end)
    except ValueError:
        return False
    return gap.days <= LEAD_MAX_DAYS


def _stated_dates(
    sent: Span, ctx: ArticleContext, *, onsets: bool = False
) -> list[tuple[EventDate, int, int]]:
    """Dates a sentence states (any precision, not datelines), resolved in the past tense, in
    text order; not after publication and not the onset of a span ("depuis le 6 août") unless
    ``onsets``, where any day named counts (with its own tense: "débutera le 7 mars")."""
    out = []
    published = (ctx.article.published or "")[:10]
    datelines = _datelines(ctx)
    for start, end, surface in resolvers.find_date_expressions(sent.text, ctx.lang):
        a = sent.start_char + start
        if any(x <= a < y for x, y in datelines):
            continue
        pub, precision = _reference_at(a, ctx)
        date = resolvers.resolve_date(
            surface, published=pub, precision=precision, lang=ctx.lang, tense="past"
        )
        if onsets and date is not None:
            tense = _tense_at(a, ctx)
            if tense != "past":  # "appellent à la grève le 7 mars", "débutera le 7 mars"
                date = resolvers.resolve_date(
                    surface, published=pub, precision=precision, lang=ctx.lang, tense=tense
                )
            if date is not None:
                out.append((date, a, sent.start_char + end))
            continue
        if date is None or (published and date.start > published):
            continue
        before = sent.text[max(0, start - 12) : start].lower().split()
        first = surface.lower().split()[:1]
        if (before and before[-1] in INTERVAL_STARTS) or (first and first[0] in INTERVAL_STARTS):
            continue  # "depuis le 6 août", "since May 10": when a campaign began, not the day
        out.append((date, a, sent.start_char + end))
    return out


def _tense_at(at: int, ctx: ArticleContext) -> str:
    """past, present or future: the tense of the verb the date at offset ``at`` modifies (a
    verb with no auxiliary in the present tense, or a future form)."""
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return "past"
    verb = next((t for t in [span.root, *span.root.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return "past"
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    if any("Fut" in t.morph.get("Tense") or t.lower_ in FUTURE_AUXES for t in [verb, *auxes]):
        return "future"
    if not auxes and verb.morph.get("VerbForm") == ["Fin"] and _present(verb):
        return "present"
    return "past"


def _day_dates(sent: Span, ctx: ArticleContext) -> list[tuple[EventDate, int, int]]:
    """Day-precision dates a sentence states, resolved, in text order."""
    published = (ctx.article.published or "")[:10]
    return [
        f
        for f in _stated_dates(sent, ctx)
        if f[0].precision == "day" and not (published and f[0].end > published)
    ]


# -- live tickers -------------------------------------------------------------------------------

# A live page heads each day's entries with the day alone on its line ("Dimanche 19 janvier",
# "Sunday, January 19", "19 janvier 2025"): entries below it are dated from that day, as if it
# were their publication day ("aujourd'hui", "ce matin", an entry with no date).
_HEADING_TRIM = re.compile(r"^[\s#*•–—-]+|[\s:.,–—-]+$")
# A live page stamps its entries with the time ("07:35 —", "14h32", "10:15 GMT -"): without
# such stamps a date alone on its line is the page's own date (a press release), not a heading.
_TIME_STAMP = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:h.][0-5]\d\b", re.M)


def _ticker_headings(ctx: ArticleContext) -> list[tuple[EventDate, int, int]]:
    cached = ctx.doc.user_data.get("wirewatch.ticker_days")
    if cached is not None:
        return list(cached)
    found: list[tuple[EventDate, int, int]] = []
    text = ctx.text
    published = (ctx.article.published or "")[:10]
    offset = 0
    lines = text.split("\n") if len(_TIME_STAMP.findall(text)) >= 2 else []
    for line in lines:
        core = _HEADING_TRIM.sub("", line)
        if 4 <= len(core) <= 40:
            exprs = resolvers.find_date_expressions(core, ctx.lang)
            if len(exprs) == 1 and exprs[0][2] == core:
                date = _past_date(core, ctx)
                if date is not None and date.precision == "day":
                    if not published or date.end <= published:
                        start = offset + line.index(core)
                        found.append((date, start, start + len(core)))
        offset += len(line) + 1
    ctx.doc.user_data["wirewatch.ticker_days"] = found
    return list(found)


def _stamped_entry(at: int, ctx: ArticleContext) -> bool:
    """True when offset ``at`` lies in a time-stamped entry of a live page ("14h32 – ..."): an
    entry tells what is new at that hour, so an undated one is not the lead's earlier day."""
    text = ctx.text
    if len(_TIME_STAMP.findall(text)) < 2:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    return bool(_TIME_STAMP.match(text, line_start))


def _ticker_heading(at: int, ctx: ArticleContext) -> tuple[EventDate, int, int] | None:
    """The day heading the live-ticker entry at offset ``at``, if any."""
    before = [h for h in _ticker_headings(ctx) if h[2] <= at]
    return before[-1] if before else None


def _reference_at(at: int, ctx: ArticleContext) -> tuple[str | None, str | None]:
    """Publication date and precision to count from at offset ``at``: the ticker's day heading
    when the text sits under one, else the article's."""
    heading = _ticker_heading(at, ctx)
    if heading is not None:
        return heading[0].end, "day"
    filed = _dateline_day(ctx)
    if filed is not None:
        return filed, "day"
    return ctx.article.published, ctx.article.published_precision


def _dateline_day(ctx: ArticleContext) -> str | None:
    """The day of a dateline naming an earlier day than the publication ("KYIV, Nov 12
    (Reuters) -" republished on 18 November) or pinning the day of a month-only publication:
    the whole copy, headline included, counts "on Monday" from the day it was filed."""
    cached = ctx.doc.user_data.get("wirewatch.dateline_day", False)
    if cached is not False:
        return cached
    found = None
    published = ctx.article.published or ""
    precision = ctx.article.published_precision
    for a, b in _datelines(ctx)[:1]:  # the first: a later one opens another story
        for _, _, surface in resolvers.find_date_expressions(ctx.text[a:b], ctx.lang):
            day = resolvers.resolve_date(
                surface, published=published, precision=precision, lang=ctx.lang, tense="past"
            )
            if day is None or day.precision != "day" or day.start != day.end:
                continue
            earlier = precision in {"day", "datetime"} and day.end < published[:10]
            pinned = precision == "month" and day.end[:7] == published[:7]
            if earlier or pinned:
                found = day.end
            break
    ctx.doc.user_data["wirewatch.dateline_day"] = found
    return found


def _reference(m: Mention, ctx: ArticleContext) -> tuple[str | None, str | None]:
    return _reference_at(m.sent.start_char, ctx)


_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ ./-]{2,}(?:,[^\n—–-]{0,40}?)?\s*(?:\([^)\n]{0,40}\)\s*)?[-—–]\s", re.M
)


def _datelines(ctx: ArticleContext) -> list[tuple[int, int]]:
    """Character ranges of datelines ("KYIV, Feb 1 (Reuters) -", "Paris, 1er juillet 2023 -")."""
    cached = ctx.doc.user_data.get("wirewatch.datelines")
    if cached is None:
        head = ctx.text[:LEAD_CHARS]
        cached = [(m.start(), m.end()) for m in _DATELINE.finditer(head)]
        cached += [(m.start(), m.end()) for m in _CAPITALISED_DATELINE.finditer(head)]
        ctx.doc.user_data["wirewatch.datelines"] = cached
    return list(cached)


# "Kiev, 29 décembre 2023 - ", "Abuja, 25 février 2024 - ": a capitalised place, a date, a dash
_CAPITALISED_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][\w'’ .-]{1,30}, [^\n—–-]{3,30}?\d{4}\s*[-—–]\s", re.M
)


# "On the same day", "le même jour", "ce jour-là": the day named last before the sentence.
_SAME_DAY = re.compile(
    r"\b(?:(?:on )?the (?:very )?same day|that (?:very |same )?day|on that date|from that date|"
    r"le m[êe]me jour|ce m[êe]me jour|ce jour-l[àa]|le jour m[êe]me|"
    r"(?:[àa] partir de |depuis |d[èe]s |[àa] )cette date)\b",
    re.IGNORECASE,
)


def _same_day(m: Mention, ctx: ArticleContext) -> tuple[EventDate, int, int] | None:
    """An anaphoric day ("On the same day, a tractor hit a mine") takes the last day stated
    before its sentence, in any earlier paragraph."""
    if not _SAME_DAY.search(m.sent.text):
        return None
    for sent in reversed([s for s in ctx.doc.sents if s.end <= m.sent.start]):
        # any day named, an onset too: "avait posé ses conditions dès vendredi ... a rejeté le
        # jour même", "la grève débutera le 7 mars ... des préavis à partir de cette date"
        found = [f for f in _stated_dates(sent, ctx, onsets=True) if f[0].precision == "day"]
        if found:
            return found[-1]
    return None


def _governing_verb_date(m: Mention, ctx: ArticleContext, a: int, b: int) -> bool:
    """True when the date at a..b modifies a verb above the trigger's own verb ("said on
    Saturday it had taken the village on Thursday": Saturday is the speech's day)."""
    span = ctx.doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return False
    own = m.trigger if m.trigger.pos_ in {"VERB", "AUX"} else None
    if own is None:
        own = next((t for t in m.trigger.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return own is not None and verb is not None and verb.i in {t.i for t in own.ancestors}


def _conjunct_date(m: Mention, ctx: ArticleContext) -> tuple[int, int, int, str] | None:
    """The date of the verb the trigger's verb is coordinated with, when its own clause has none.

    "The United States on Tuesday determined ... and imposed sanctions", "Speaking on Sunday
    evening, the prime minister condemned the riot and warned ...", "Varsovie a convoqué lundi
    le chargé d'affaires et exigé des explications": one subject, one day, stated once. Only a
    date on the first verb itself or on a clause framing it from before; never one inside the
    first verb's content ("said that the strike took place on Monday, and vowed ...").
    """
    verb = m.trigger if m.trigger.pos_ in {"VERB", "AUX"} else _verb_above(m.trigger)
    if verb is None:
        return None
    if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
        return _trailing_conjunct_date(m, ctx, verb)
    if not _shares_subject(verb):
        return None  # "and that the United States would announce ...": a clause of its own
    first = verb.head
    own = {t.i for t in verb.subtree}
    content = _content_conjunct(verb)
    if content is not None:
        first = content.head  # "said its forces had struck on Monday, and threatened ..."
        own |= {t.i for t in content.subtree}
    best: tuple[int, int, int, str] | None = None
    for a, b, surface in _candidates(m, ctx):
        span = ctx.doc.char_span(a, b, alignment_mode="expand")
        if span is None or span.root.i in own or is_anaphor(surface, ctx.lang):
            continue
        owner = span.root if span.root.pos_ in {"VERB", "AUX"} else _verb_above(span.root)
        if owner is None:
            continue
        framing = (
            owner.dep_ == "advcl"
            and owner.head.i == first.i
            and max(t.i for t in owner.subtree) < first.i
        )
        if owner.i != first.i and not framing:
            continue
        dist = abs(a - m.trigger.idx)
        if best is None or dist < best[0]:
            best = (dist, a, b, surface)
    return best


def _shares_subject(verb: Token) -> bool:
    """True for a conjunct verb with no subject nor complementizer of its own ("et exigé", "and
    warned", "et à manifester"), which shares its first verb's subject and time."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if not _joined_by_conjunction(verb):
        return False  # no "and"/"et": the parser joined a clause ("after a crowd attacked")
    return _infinitive(verb) or not any(c.dep_ == "mark" for c in verb.children)


def _joined_by_conjunction(verb: Token) -> bool:
    """True when "and"/"et" stands between the conjunct and its first verb (spaCy's English
    hangs it on the first verb, French UD on the second)."""
    first = verb.head
    return any(c.dep_ == "cc" and first.i < c.i < verb.i for c in [*verb.children, *first.children])


def _same_form_partner(verb: Token, partner: Token) -> bool:
    """A later verb coordinated with ``verb`` in the same form ("faire grève et défiler", "to
    strike and march"), not a finite clause the parser hung there ("have vowed ... attacked")."""
    if partner.dep_ != "conj" or partner.pos_ not in {"VERB", "AUX"} or partner.i < verb.i:
        return False
    same_form = partner.tag_ == verb.tag_ or (_infinitive(partner) and _infinitive(verb))
    return same_form and _shares_subject(partner)


def _infinitive(verb: Token) -> bool:
    return verb.morph.get("VerbForm") == ["Inf"] or verb.tag_ == "VB"


def _trailing_conjunct_date(
    m: Mention, ctx: ArticleContext, verb: Token
) -> tuple[int, int, int, str] | None:
    """A date closing a coordination dates its first verb too: "à se mettre en grève et à
    manifester le mardi 7 mars", "to strike and march on Thursday" (the date after the last
    verb, which shares the first one's subject)."""
    partners = [c for c in verb.children if _same_form_partner(verb, c)]
    if not partners:
        return None
    last = partners[-1]
    for a, b, surface in _candidates(m, ctx):
        span = ctx.doc.char_span(a, b, alignment_mode="expand")
        if span is None or span.start <= last.i or is_anaphor(surface, ctx.lang):
            continue
        owner = span.root if span.root.pos_ in {"VERB", "AUX"} else _verb_above(span.root)
        if owner is not None and owner.i == last.i:
            return (abs(a - m.trigger.idx), a, b, surface)
    return None


def _content_conjunct(verb: Token) -> Token | None:
    """The content clause a subjectless conjunct is wrongly hung on, if it is: in "determined
    that the militia had committed genocide, and imposed sanctions" or "said its forces had
    struck the depot on Monday, and threatened more strikes" the parser joins the second verb
    to the reported clause, whose subject is not its own; it shares the speaker's verb."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.head.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        return None
    comma = verb.doc[verb.i - 2] if verb.i >= 2 else None
    return head if comma is not None and comma.text == "," else None


def _speech_date(m: Mention, ctx: ArticleContext) -> tuple[int, int, int, str] | None:
    """The date of a verb governing the trigger, when the trigger's clause has none.

    "X said on Sunday they had taken the camp", "ont été interpellées, a annoncé vendredi le
    ministre": the event happened on or before the speech day, and wires date it that day
    (GUIDELINES §3: a report made current by its speech verb takes the report day).
    """
    # The closest governing verb first: "said that details would be released on Tuesday and
    # that it would announce sanctions later in the week" dates the sanctions by "announce".
    depth = {t.i: n for n, t in enumerate(m.trigger.ancestors)}
    if not depth:
        return None
    verb = m.trigger if m.trigger.pos_ in {"VERB", "AUX"} else _verb_above(m.trigger)
    content = _content_conjunct(verb) if verb is not None else None
    if content is not None:  # the reported clause's day is not the conjunct's
        depth = {i: n for i, n in depth.items() if i not in {t.i for t in content.subtree}}
    best: tuple[int, int, int, str] | None = None
    best_key: tuple[int, int] | None = None
    for a, b, surface in _candidates(m, ctx):
        span = ctx.doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if verb is None or verb.i not in depth:
            continue
        key = (depth[verb.i], abs(a - m.trigger.idx))
        if best_key is None or key < best_key:
            best, best_key = (key[1], a, b, surface), key
    return best


def _said_date(m: Mention, ctx: ArticleContext) -> tuple[int, int, int, str] | None:
    """The date of a report verb of the mention's sentence ("a annoncé jeudi le ministre",
    "the minister said on Thursday"), wherever the parser hangs the incise."""
    for a, b, surface in _candidates(m, ctx):
        span = ctx.doc.char_span(a, b, alignment_mode="expand")
        verb = _verb_above(span.root) if span is not None else None
        said = verb is not None and verb.lemma_.lower() in ctx.lex.speech_verbs
        if said and verb.i != m.trigger.i:  # type: ignore[union-attr]
            return (abs(a - m.trigger.idx), a, b, surface)
    return None


def _prov_chars(field_name: str, rule: str, ctx: ArticleContext, a: int, b: int) -> Provenance:
    return Provenance(field_name, rule, ctx.text[a:b], a, b)


def _offset_anchor(m: Mention, ctx: ArticleContext) -> EventDate | None:
    """The date "quatre jours après" counts from: the day the same sentence states for its main
    event ("La Cédéao avait imposé ces mesures le 30 juillet, quatre jours après le
    renversement"), else None (the publication day)."""
    found = [f for f in _day_dates(m.sent, ctx) if not (f[1] <= m.trigger.idx < f[2])]
    return found[0][0] if found else None


def _relative_days_before(m: Mention, ctx: ArticleContext) -> tuple[int, list[Token]] | None:
    """ "quatre jours après une attaque", "a day after police arrested", "au lendemain de
    l'arrestation": the other event is dated N days before its clause ("à la veille du
    scrutin", "on the eve of the vote": one day after)."""
    after = ctx.lex.cues_of("relative_after")
    trig = m.trigger
    # The trigger, or the noun it completes: "deux jours après l'annonce de la fermeture".
    heads = [trig, *[t for t in list(trig.ancestors)[:2] if t.pos_ in {"NOUN", "PROPN"}]]
    for head in heads:
        if not any(c.lemma_.lower() in after for c in head.children):
            continue
        for child in head.children:
            if child.lemma_.lower() in _DAY_WORDS:
                counted = _day_count(child, ctx)
                if counted is not None:
                    return counted
    # English: "four days after an attack" -> npadvmod on "after"; "the day after the raid"
    # -> "after" hangs on "day"
    for child in trig.ancestors:
        if child.lemma_.lower() in after:
            days = [sub for sub in child.children if sub.lemma_.lower() in _DAY_WORDS]
            if child.head.lemma_.lower() in _DAY_WORDS and child.head is not child:
                days.append(child.head)
            for sub in days:
                counted = _day_count(sub, ctx)
                if counted is not None:
                    return counted
            break
    return _eve_or_morrow(trig, ctx)


_DAY_WORDS: frozenset[str] = words_any("day_unit_words")


def _day_count(day: Token, ctx: ArticleContext) -> tuple[int, list[Token]] | None:
    """How many days "deux jours", "a day", "the day" (after...) count, with their words."""
    nums = [c for c in day.children if c.like_num or c.pos_ == "NUM"]
    if nums:
        number = resolvers.parse_number(nums[0].text, ctx.lang)
        return (int(number.value), [nums[0], day]) if number is not None else None
    # "un jour après", "a day after", "the day after": one day
    single = ctx.lex.words("single_day_determiners")
    dets = [c for c in day.children if c.dep_ == "det" and c.lower_ in single]
    return (1, [dets[0], day]) if dets else None


def _anchored_date(m: Mention, ctx: ArticleContext) -> tuple[EventDate, list[Token]] | None:
    """The day of an act dated by another event: "Au lendemain du scrutin, des milliers ont
    manifesté", "The day after the vote, thousands protested", "On the eve of the summit, drones
    struck", "Two days after the election, police arrested". The other event's day is the one
    its own phrase states ("la veille du sommet prévu jeudi"), else the day the story named
    before (the vote told in the sentence before), shifted by the days the phrase counts."""
    verb = m.trigger if m.trigger.pos_ in {"VERB", "AUX"} else _verb_above(m.trigger)
    if verb is None:
        return None
    found = _anchor_phrase(verb, ctx)
    if found is None:
        return None
    days, anchor, toks = found
    own = [
        (a, b, surface)
        for a, b, surface in _candidates(m, ctx)
        if anchor.idx <= a < anchor.idx + len(anchor.text) + 200
        and (span := ctx.doc.char_span(a, b, alignment_mode="expand")) is not None
        and span.root.i in {t.i for t in anchor.subtree}
    ]
    if own:
        a, _, surface = own[0]
        pub, precision = _reference_at(a, ctx)
        tense = "future" if _scheduled_participle(a, ctx) else _tense_at(a, ctx)
        base = resolvers.resolve_date(
            surface, published=pub, precision=precision, lang=ctx.lang, tense=tense
        )
    else:
        story = _story_date(m, ctx)
        base = story[0] if story is not None else None
    if base is None or base.precision != "day":
        return None
    day = EventDate(base.end, base.end, "day", base.surface)
    if abs(days) == ANCHOR_SPAN_DAYS and _some_days(toks[0]):
        other = shift_date(day, days)
        first, last = sorted([other.start, day.end])
        return EventDate(first, last, "week", base.surface), toks
    return shift_date(day, days), toks


def _in_anchor_phrase(m: Mention, ctx: ArticleContext, at: int) -> bool:
    """True when the date at offset ``at`` lies inside the trigger verb's "la veille de X" /
    "the day after X" phrase: the other event's day, which ``_anchored_date`` shifts."""
    verb = m.trigger if m.trigger.pos_ in {"VERB", "AUX"} else _verb_above(m.trigger)
    found = _anchor_phrase(verb, ctx) if verb is not None else None
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if found is None or span is None or m.trigger in found[1].subtree:
        return False  # the summit's own mention keeps "prévu jeudi"
    return span.root in found[1].subtree


def _anchor_phrase(verb: Token, ctx: ArticleContext) -> tuple[int, Token, list[Token]] | None:
    """(days to add, the other event's noun, the words) of an adjunct of ``verb`` dating it by
    another event: "au lendemain de X" (+1), "à la veille de X", "on the eve of X" (-1), "the
    day after X", "deux jours après X" (+N), "the day before X" (-N)."""
    after = ctx.lex.cues_of("relative_after")
    before_words = words_any("anchor_before_words")
    after = after | words_any("anchor_after_words")  # "dans les jours suivant le scrutin"
    for child in verb.children:
        nouns = [child, *[g for g in child.children if g.dep_ == "pobj"]]
        for noun in nouns:
            word = noun.lemma_.lower()
            event = next((g for g in noun.children if g.dep_ in {"nmod", "prep", "pobj"}), None)
            if event is not None and event.dep_ == "prep":
                event = prep_object(event)
            if event is not None and (days := _eve_morrow_days(word, ctx)) is not None:
                return days, event, [noun]
            if word not in _DAY_WORDS:
                continue
            counted = _day_count(noun, ctx)
            if _some_days(noun):
                counted = (ANCHOR_SPAN_DAYS, [noun])  # "in the days before the vote"
            if counted is None:
                continue
            for prep in [*noun.children, noun.head]:
                lemma = prep.lemma_.lower()
                if lemma not in after and lemma not in before_words:
                    continue
                objs = [g for g in prep.children if g.dep_ in {"pobj", "obl", "nmod", "obj"}]
                if objs:
                    sign = -1 if lemma in before_words else 1
                    return sign * counted[0], objs[0], [*counted[1], prep]
    return None


# "in the days before the vote", "dans les jours précédant le scrutin": the week up to the other
# event (or after it), at precision week (GUIDELINES §3, vague spans).
ANCHOR_SPAN_DAYS = 7


def _some_days(noun: Token) -> bool:
    """ "the days", "les jours": days in the plural that no number counts."""
    plural = noun.morph.get("Number") == ["Plur"] or noun.tag_ == "NNS"
    return plural and not any(c.like_num or c.pos_ == "NUM" for c in noun.children)


def _scheduled_participle(at: int, ctx: ArticleContext) -> bool:
    """True when the date at ``at`` modifies a participle of schedule ("le sommet prévu jeudi",
    "the summit scheduled for Thursday"): the day is to come."""
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    verb = _verb_above(span.root) if span is not None else None
    if verb is None or verb.dep_ not in {"acl", "amod"}:
        return False
    lemma = verb.lemma_.lower()
    return lemma in SCHEDULE_VERBS or lemma in PLAN_VERBS or verb.lower_ in SCHEDULE_ADJS


def _eve_or_morrow(trig: Token, ctx: ArticleContext) -> tuple[int, list[Token]] | None:
    """ "au lendemain de l'arrestation" (the arrest one day before the clause), "à la veille du
    sommet", "on the eve of the vote" (one day after): the noun the trigger completes."""
    for noun in list(trig.ancestors)[:2]:
        if (days := _eve_morrow_days(noun.lemma_.lower(), ctx)) is not None:
            return days, [noun]
    return None


def _eve_morrow_days(word: str, ctx: ArticleContext) -> int | None:
    """+1 for a "morrow" noun ("lendemain", "day after"), -1 for an "eve" noun ("veille",
    "eve"): the days between the other event and the one it dates; None for any other word."""
    if word in ctx.lex.words("morrow_nouns"):
        return 1
    if word in ctx.lex.words("eve_nouns"):
        return -1
    return None
