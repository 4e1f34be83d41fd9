"""Where and when a mention happened: locative phrases to places.locate, dates to dates.

Locative phrases are read as written ("dans la région de Moscou", "au-dessus des villes
de Ramenskoïe") and resolved by :mod:`wirewatch.resolve.places` with the article's place
context; dates by :mod:`wirewatch.resolve.dates` with the tense of the governing verb.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from spacy.tokens import Span, Token

from wirewatch import ontology
from wirewatch.model import EventDate, Location, Provenance
from wirewatch.resolve.dates import shift_date

from . import resolvers
from .lexicon import words_any
from .mention import ArticleContext, Mention
from .syntax import ancestors_in, sentences, span_chars, text_of

LOGGER = logging.getLogger(__name__)

PLACE_ENTS: frozenset[str] = frozenset({"LOC", "GPE", "FAC"})


# -- locations -----------------------------------------------------------------------------


def place_phrases(
    m: Mention, ctx: ArticleContext, exclude: set[int]
) -> list[tuple[str, list[Token]]]:
    """Locative phrases in scope, as written ("dans la région de Moscou"), with their tokens."""
    scope_ids = {t.i for t in m.scope}
    place_nouns = ctx.lex.cues_of("place_noun") | ctx.lex.cues_of("border_area")
    phrases: list[list[Token]] = []
    seen: set[int] = set()
    for ent in ctx.doc.ents:
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
        if _genitive_of_non_place(ent.root, place_nouns) and _state_name(ent.text, ctx.lang):
            continue  # "at the request of the UK", "le retrait de Moscou": an actor, not where
        top = ent.root
        while (
            top.head.i != top.i
            and top.head.i in scope_ids
            and top.head.i != m.trigger.i
            and (
                top.dep_ in {"nmod", "appos", "flat", "flat:name", "compound", "pobj"}
                and top.head.pos_ in {"NOUN", "PROPN", "PRON", "ADP", "ADJ"}
            )
        ):
            if _locative_case(top):
                break  # "devant le parlement à Tbilissi": the PP is the place, not its host noun
            head = top.head
            if head.pos_ in {"NOUN", "ADJ"} and head.lemma_.lower() not in place_nouns | SEAT_HEADS:
                break  # "le contrôle de la localité de X": "contrôle" is not part of the place
            top = head
        if top.pos_ == "PRON":  # "celui de Vovtchenka": the name, not the pronoun
            top = ent.root
        # "les villes de Ramenskoïe et Domodedovo": one phrase per place.
        other: set[int] = set()
        for tok in top.subtree:
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
        if not toks:
            continue
        seen.update(range(ent.start, ent.end))
        phrases.append(sorted(toks, key=lambda t: t.i))
    out: list[tuple[str, list[Token]]] = []
    for toks in phrases:
        text = text_of(ctx.doc, toks).strip(" ,")
        if all(text != o[0] for o in out):
            out.append((text, toks))
    # Two phrases only a comma apart describe one place ("Vovtchenka, dans la région de Donetsk").
    if len(out) >= 2:
        (_a_text, a), (_b_text, b) = out[0], out[1]
        gap = ctx.doc.text[span_chars(a)[1] : span_chars(b)[0]]
        if gap.strip() in {",", ""}:
            out.insert(0, (text_of(ctx.doc, a + b), a + b))
    return out


LOCATIVE_PREPS: frozenset[str] = words_any("locative_preps")


NON_LOCATIVE_PREPS: frozenset[str] = words_any("non_locative_preps")


LOOSE_ENTS: frozenset[str] = frozenset({"NORP", "PERSON", "PER", "ORG", "MISC"})


def _placed_name(root: Token, m: Mention, place_nouns: set[str]) -> bool:
    """A proper name the tagger mislabelled ("Odesa"/NORP, "Novohrodivka"/PER) that the syntax
    puts in a place slot: after a locative preposition, inside "the X region" / "la ville de
    X", or as what a capture verb takes ("s'emparer de X", "captured X")."""
    if root.pos_ != "PROPN" or root.ent_type_ not in LOOSE_ENTS:
        return False
    if _locative_case(root) or _named_site(root, place_nouns):
        return True
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
        return True
    if m.type == "consult_visit" and root.dep_ == "pobj" and root.head.lower_ == "to":
        return True  # "a visit to Kyiv": the destination is where the visit happens
    if m.kind == "attack" and _struck_object(root, m):
        return True  # "drones struck Odessa", "le bombardement de Vouhledar": what was hit
    return m.kind == "capture" and root.head.i == m.trigger.i and root.dep_ in CAPTURE_OBJECTS


def _struck_object(root: Token, m: Mention) -> bool:
    """The name an attack verb or noun takes as its object ("struck X", "ont visé X", "le
    bombardement de X"), when no actor table knows it: a person or a group is not a place."""
    struck_by_subject = m.trigger.dep_ in SUBJECTS and m.trigger.head.i == root.head.i
    if root.head.i != m.trigger.i and not struck_by_subject:
        return False  # "des frappes ont visé X": the attack noun is the verb's subject
    genitive = any(c.dep_ == "case" and c.lower_ in {"de", "d'", "du", "of"} for c in root.children)
    if root.dep_ not in {"obj", "dobj"} and not (root.dep_ == "nmod" and genitive):
        return False
    return resolvers.lookup_actor(root.text, lang=m.trigger.doc.lang_ or "en") is None


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
    return head.i != root.i and head.lemma_.lower() in place_nouns | SITE_NOUNS


# Nouns that name a settlement-like site and are not in the shared place-noun cues.
# Settlements and facilities ("the Kyiv hospital", "l'hôpital de Kramatorsk").
SITE_NOUNS: frozenset[str] = words_any("site_nouns")


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
    return {"place": 3, "admin2": 2, "admin1": 1, "country": 0}.get(loc.precision, 0)


PLACELESS_TYPES: frozenset[str] = frozenset(
    {"sanction", "demand", "accuse", "condemn", "reject", "threaten", "aid_pledge", "aid_delivery",
     "support", "expel", "concede", "cooperate"}
)  # fmt: skip


def fill_location(m: Mention, ctx: ArticleContext, exclude: set[int]) -> None:
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    best: tuple[Location, list[Token]] | None = None
    phrases = place_phrases(m, ctx, exclude)
    if m.type in PLACELESS_TYPES:
        phrases += _scene_phrases(m, ctx)
    for phrase, toks in phrases:
        if m.type in PLACELESS_TYPES and not _scene_of_act(toks, m):
            continue  # "des sanctions contre la Russie": Russia is the target, not the place
        loc = resolvers.locate(phrase, lang=ctx.lang, context=context)
        if loc is None:
            continue
        if best is None or _precision_rank(loc) > _precision_rank(best[0]):
            best = (loc, toks)
        elif (
            _precision_rank(loc) == _precision_rank(best[0])
            and _on_trigger(toks, m)
            and not _on_trigger(best[1], m)
        ):
            best = (loc, toks)  # "a condamné à Paris la frappe à Kharkiv": the strike's own PP
    if best is not None and any(
        t.lemma_.lower() in ctx.lex.cues_of("border_area") for t in best[1]
    ):
        # "deux régions limitrophes de Moscou": around the place, not in it; keep the country.
        # Bordering a country means outside it: then nothing is known.
        loc = best[0]
        country = Location(name=loc.country or loc.name, country=loc.country, precision="country")
        best = (country, best[1]) if loc.country and loc.precision != "country" else None
    if (
        best is not None
        and m.kind in STRIKING_KINDS
        and not _compatible(best[0], _struck_states(m, ctx))
    ):
        best = None  # "une attaque … sur la capitale ukrainienne" is not where Moscow's suburb is
    if best is not None:
        m.location = best[0]
        m.prov("location", "place.locate", best[1])
        ctx.remember_location(best[0])


# A verbal or diplomatic act has a place only when the text says where it happened
# (GUIDELINES §4): "ont adopté lundi à Luxembourg des sanctions", "condemned the raid at a
# news conference in Doha". The place must hang on the act's own verb through "à"/"in"/"at".
SCENE_PREPS: frozenset[str] = words_any("scene_preps")


def _on_trigger(toks: list[Token], m: Mention) -> bool:
    """The phrase hangs on the trigger itself ("la frappe à Kharkiv")."""
    return any(t.head.i == m.trigger.i and t.i != m.trigger.i for t in toks)


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
        if _scene_of_act(toks, m):
            out.append((text_of(ctx.doc, toks).strip(" ,"), toks))
    return out


def _scene_of_act(toks: list[Token], m: Mention) -> bool:
    verb = m.trigger if m.trigger.pos_ in {"VERB", "AUX"} else None
    if verb is None:
        verb = next((t for t in m.trigger.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    for tok in toks:
        if tok.dep_ == "case" and tok.lower_ in SCENE_PREPS and tok.head.head.i == verb.i:
            return tok.head.dep_ in {"obl", "obl:mod", "obl:arg", "nmod"} or tok.head.dep_ == "pobj"
        if tok.dep_ == "pobj" and tok.head.lower_ in SCENE_PREPS and tok.head.head.i == verb.i:
            return True
    return False


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
    for m in mentions:
        found = inherited_location(m, ctx)
        if found is not None:
            loc, toks, rule = found
            m.prov("location", rule, toks)
            return loc
    return None


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
        if _same_clause(toks, m) and not _bordering(toks, ctx)
    ]
    if stated and len({loc.name for loc, _ in stated}) == 1 and _compatible(stated[0][0], own):
        # "détenus à Ouagadougou depuis leur arrestation": the sentence's one place, outside
        # the noun's own phrase
        loc, toks = stated[0]
        return loc, toks, "place.inherited_sentence"
    if stated:
        return None  # several places in the sentence and none in scope: do not choose
    earlier = _earlier_sentences(m, ctx)
    for sent in reversed(earlier):
        found = _sentence_places(sent, ctx)
        if found:
            loc, toks = found[-1]
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
    return loc, toks, "place.inherited_headline"


STRIKING_KINDS: frozenset[str] = frozenset({"attack", "intercept", "capture", "casualty"})


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
    countries = {m.target.country} if m.target is not None and m.target.country else set()
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


def _subject_states(m: Mention, ctx: ArticleContext) -> list[Location]:
    """Countries named as subjects in the mention's sentence, as country-level locations."""
    out = []
    for ent in m.sent.ents:
        if ent.label_ in PLACE_ENTS and ent.root.dep_ in SUBJECTS:
            iso = resolvers.resolve_country(ent.text, ctx.lang)
            if iso:
                out.append(Location(name=ent.text, country=iso, precision="country"))
    return out


def _same_clause(toks: list[Token], m: Mention) -> bool:
    """The place hangs on the trigger's clause or a clause above it ("détenus à Ouagadougou
    depuis leur arrestation"), not on a side clause ("..., raising concerns in Washington")."""
    verb = next((t for t in toks[0].ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    chain = {m.trigger.i} | {t.i for t in m.trigger.ancestors}
    if verb.i in chain:
        return True
    # a finite clause below the trigger sets the scene ("killed as crowds gathered in Gaza
    # City"); a bare participle comments on it ("raising concerns in Washington")
    below = any(a.i == m.trigger.i for a in verb.ancestors)
    scene = any(c.lower_ in SCENE_MARKERS for c in verb.children if c.dep_ in {"mark", "advmod"})
    return below and scene and any(c.dep_ in SUBJECTS and c.dep_ != "poss" for c in verb.children)


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
            root.pos_ == "PROPN" and root.ent_type_ in LOOSE_ENTS and _named_site(root, place_nouns)
        ):
            continue
        if not _locative_slot(root, place_nouns) and not (owners and root.dep_ == "poss"):
            continue  # "avec Moscou", "heure de Paris", "ministère de la Santé", subjects
        if _topic_place(root, None):
            continue  # "against the war in Gaza": a topic, not a scene
        if resolvers.is_place_stopword(ent.text, ctx.lang) and not _inside_seat(ent.root):
            continue  # "le Kremlin a dit" is an actor; "à l'Élysée" is where (locate decides)
        if _genitive_of_non_place(root, place_nouns) and _state_name(ent.text, ctx.lang):
            continue
        loc = resolvers.locate(ent.text, lang=ctx.lang, context=context)
        if loc is not None:
            out.append((loc, list(ent)))
    cache[key] = out
    return list(out)


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
    return head.pos_ == "NOUN" and head.lemma_.lower() not in place_nouns | SITE_NOUNS


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
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i - sent.start > 5:
        return []
    run: list[Token] = []
    for tok in sent[: colon.i - sent.start]:
        if not (tok.is_title or tok.is_upper) or tok.is_punct:
            break
        run.append(tok)
    if not run or any(t.is_upper and len(t) > 3 for t in run):
        return []  # "EN DIRECT", "LIVE", "BREAKING": ticker labels, not places
    text = ctx.doc.text[run[0].idx : run[-1].idx + len(run[-1])]
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    loc = resolvers.locate(text, lang=ctx.lang, context=context)
    return [(loc, run)] if loc is not None else []


def _headline(ctx: ArticleContext) -> Span | None:
    """The title line: the article's title where the text repeats it, else the first line of
    text that reads like a heading (not site navigation, not a dateline)."""
    title = ctx.article.title
    start = ctx.doc.text.find(title) if title else -1
    if start < 0:
        for line in re.finditer(r"[^\n]+", ctx.doc.text[:1000]):
            text = line.group(0).strip()
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
    """past, present or future, from the trigger's verb (or the verb governing a noun)."""
    node: Token | None = m.trigger
    for tok in [m.trigger, *ancestors_in(m.trigger, m.sent)]:
        if tok.pos_ in {"VERB", "AUX"}:
            node = tok
            break
    if node is None:
        return "past"
    forms = [node, *[c for c in node.children if c.dep_.startswith("aux")]]
    if any("Fut" in t.morph.get("Tense") for t in forms) or any(
        t.lower_ in {"will", "shall"} for t in forms
    ):
        return "future"
    if _scheduled(node):
        return "future"
    return "past"


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


def fill_date(m: Mention, ctx: ArticleContext) -> None:
    art = ctx.article
    sent_text = m.sent.text
    base = m.sent.start_char
    lo, hi = span_chars(m.scope) if m.scope else (m.sent.start_char, m.sent.end_char)
    best: tuple[int, int, int, str] | None = None
    datelines = _datelines(ctx)
    for start, end, surface in resolvers.find_date_expressions(sent_text, ctx.lang):
        a, b = base + start, base + end
        if b <= lo - 1 or a >= hi + 1:
            continue
        if any(x <= a < y for x, y in datelines):
            continue  # "NAIROBI, Nov 11 -": the day the story was filed, not the event's
        dist = abs(a - m.trigger.idx)
        if _governing_verb_date(m, ctx, a, b):
            dist += len(ctx.doc.text)  # the report verb's day: only if the clause has no date
        if best is None or dist < best[0]:
            best = (dist, a, b, surface)
    if best is None:
        same = _same_day(m, ctx)
        if same is not None:
            m.date, a, b = same
            m.date_stated = True
            m.provenance.append(_prov_chars("date", "date.same_day", ctx, a, b))
            return
        best = _speech_date(m, ctx)
    tense = tense_of(m)
    if best is not None:
        date = resolvers.resolve_date(
            best[3],
            published=art.published,
            precision=art.published_precision,
            lang=ctx.lang,
            tense=tense,
        )
        if date is not None:
            m.date = date
            m.date_stated = True
            m.provenance.append(_prov_chars("date", "date.resolve", ctx, best[1], best[2]))
            return
    relative = _relative_days_before(m, ctx)
    default = resolvers.default_date(art.published, art.published_precision)
    if relative is not None and default is not None:
        days, toks = relative
        m.date = shift_date(default, -days)
        m.date_stated = True
        m.prov("date", f"{ctx.lang}.date.days_before", toks)
        return
    inherited = _inherited_date(m, ctx)
    if inherited is not None:
        m.date, a, b, rule = inherited
        m.provenance.append(_prov_chars("date", rule, ctx, a, b))
        return  # not stated: merging ignores it, a stated date of the cluster still wins
    if default is not None:
        m.date = default
        m.prov("date", "date.default")


# A physical event told without a day ("Security forces battled the attackers for hours")
# belongs to the day its story is told about: the closest day named earlier in its paragraph,
# else the lead's day when the lead names one other than the publication day ("MOGADISHU,
# Aug 3 - ... on Friday evening"). Only day-precision dates, never after publication, and
# never for verbal acts (said, demanded, condemned), which are dated by their report.
LEAD_CHARS = 700
INTERVAL_STARTS: frozenset[str] = words_any("interval_starts")


def _inherited_date(m: Mention, ctx: ArticleContext) -> tuple[EventDate, int, int, str] | None:
    if not _physical(m.type) or m.type == "investigate" or tense_of(m) == "future":
        return None  # an investigation is opened when it is reported; a plan has no past day
    earlier = _earlier_sentences(m, ctx)
    for sent in reversed(earlier):
        found = _day_dates(sent, ctx)
        if found:  # the first: wires name the day up front ("said on Saturday that ...")
            return (*found[0], "date.inherited_paragraph")
    published = (ctx.article.published or "")[:10]
    for sent in ctx.doc.sents:
        if sent.start_char > LEAD_CHARS or sent.start >= m.sent.start:
            break
        found = [f for f in _day_dates(sent, ctx) if f[0].end != published and _recent(f[0], ctx)]
        if found:
            return (*found[0], "date.inherited_lead")
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


def _day_dates(sent: Span, ctx: ArticleContext) -> list[tuple[EventDate, int, int]]:
    """Day-precision dates a sentence states, resolved, in text order."""
    out = []
    published = (ctx.article.published or "")[:10]
    for start, end, surface in resolvers.find_date_expressions(sent.text, ctx.lang):
        date = resolvers.resolve_date(
            surface,
            published=ctx.article.published,
            precision=ctx.article.published_precision,
            lang=ctx.lang,
            tense="past",
        )
        if date is None or date.precision != "day" or (published and date.end > published):
            continue
        before = sent.text[max(0, start - 12) : start].lower().split()
        first = surface.lower().split()[:1]
        if (before and before[-1] in INTERVAL_STARTS) or (first and first[0] in INTERVAL_STARTS):
            continue  # "depuis le 6 août", "since May 10": when a campaign began, not the day
        out.append((date, sent.start_char + start, sent.start_char + end))
    return out


_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ ./-]{2,}(?:,[^\n—–-]{0,40}?)?\s*(?:\([^)\n]{0,40}\)\s*)?[-—–]\s", re.M
)


def _datelines(ctx: ArticleContext) -> list[tuple[int, int]]:
    """Character ranges of datelines ("KYIV, Feb 1 (Reuters) -", "Paris, 1er juillet 2023 -")."""
    cached = ctx.doc.user_data.get("wirewatch.datelines")
    if cached is None:
        head = ctx.doc.text[:LEAD_CHARS]
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
    r"\b(?:(?:on )?the same day|that same day|that day|le m[êe]me jour|ce m[êe]me jour|ce jour-l[àa])\b",
    re.IGNORECASE,
)


def _same_day(m: Mention, ctx: ArticleContext) -> tuple[EventDate, int, int] | None:
    """An anaphoric day ("On the same day, a tractor hit a mine") takes the last day stated
    before its sentence, in any earlier paragraph."""
    if not _SAME_DAY.search(m.sent.text):
        return None
    for sent in reversed([s for s in ctx.doc.sents if s.end <= m.sent.start]):
        found = _day_dates(sent, ctx)
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


def _speech_date(m: Mention, ctx: ArticleContext) -> tuple[int, int, int, str] | None:
    """The date of a verb governing the trigger, when the trigger's clause has none.

    "X said on Sunday they had taken the camp", "ont été interpellées, a annoncé vendredi le
    ministre": the event happened on or before the speech day, and wires date it that day
    (GUIDELINES §3: a report made current by its speech verb takes the report day).
    """
    ancestors = {t.i for t in m.trigger.ancestors}
    if not ancestors:
        return None
    base = m.sent.start_char
    best: tuple[int, int, int, str] | None = None
    for start, end, surface in resolvers.find_date_expressions(m.sent.text, ctx.lang):
        span = ctx.doc.char_span(base + start, base + end, alignment_mode="expand")
        if span is None:
            continue
        verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if verb is None or verb.i not in ancestors:
            continue
        dist = abs(base + start - m.trigger.idx)
        if best is None or dist < best[0]:
            best = (dist, base + start, base + end, surface)
    return best


def _prov_chars(field_name: str, rule: str, ctx: ArticleContext, a: int, b: int) -> Provenance:
    return Provenance(field_name, rule, ctx.doc.text[a:b], a, b)


def _relative_days_before(m: Mention, ctx: ArticleContext) -> tuple[int, list[Token]] | None:
    """ "quatre jours après une attaque": the attack is dated N days before its clause."""
    after = ctx.lex.cues_of("relative_after")
    trig = m.trigger
    if not any(c.lemma_.lower() in after for c in trig.children):
        return None
    for child in trig.children:
        if child.lemma_.lower() in {"jour", "day"}:
            nums = [c for c in child.children if c.like_num or c.pos_ == "NUM"]
            if nums:
                number = resolvers.parse_number(nums[0].text, ctx.lang)
                if number is not None:
                    return int(number.value), [nums[0], child]
    # English: "four days after an attack" -> npadvmod on "after"
    for child in trig.ancestors:
        if child.lemma_.lower() in after:
            for sub in child.children:
                if sub.lemma_.lower() in {"day", "jour"}:
                    nums = [c for c in sub.children if c.like_num or c.pos_ == "NUM"]
                    number = resolvers.parse_number(nums[0].text, ctx.lang) if nums else None
                    if number is not None:
                        return int(number.value), [nums[0], sub]
            break
    return None
