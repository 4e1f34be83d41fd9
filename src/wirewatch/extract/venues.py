"""Where an act happened when its own sentence does not say: the story's venues.

Runs once per article, after every sentence has been read and before mentions are merged.
Only fills a location that is still empty; never overwrites a place read from the event's
own clause (docs/extraction.md, Location), except to narrow a visit placed in a country to the
town of that country where an act done during it was placed (``venue.occasion``).

GUIDELINES §4: a verbal or diplomatic act has a place only when the text states where it
happened, and the story states it when it names the venue of the meeting, visit, summit or
press conference during which the act was done. A story tells the meeting once ("Le
président a reçu vendredi à l'Élysée son homologue", "Blinken met Netanyahu in Jerusalem",
"à l'issue d'un sommet à Abuja") and the acts done there in later sentences ("Les deux chefs
d'État ont signé un accord", "Netanyahu accepted the proposal", "ont réclamé samedi la
libération…"). The rules, in order (docs/extraction.md, "Venues"): the authors' gathering
word in the act's own sentence ("réunis à Capri"); the story's town for local acts ("Le
exhorté les habitants à partir", "urged residents to leave"); a town's mayor's own town
("Le maire a réclamé…"); the post of an expulsion or closure ("diplomates en poste à
Bamako", "l'ambassade de France à Niamey") or the expelling state ("quitter le territoire");
the stated place of a meeting, planned too ("doivent s'ouvrir à Genève"); the story's
country for a truce in force; the story's unit for a delivery or a visit to "l'enclave"/"la région"; the place the author
spoke at ("he told reporters in Tel Aviv"); the meeting's venue; the venue of the meeting an
act is told of ("la conférence s'achève sur un texte signé"); the venue of the sentence
before for "il"/"they"/"the two leaders". An act takes the meeting's venue when

1. it is a verbal or diplomatic act (not a physical event: those are placed by
   :func:`places_dates.inherit_location`, which reads the story's setting), asserted or
   claimed (a planned or denied act was done nowhere yet);
2. its author is one of the meeting's parties: the initiator, target or participants of a
   located visit or meeting, or the author of another act the text places at a venue
   ("a levé les sanctions à l'issue d'un sommet à Abuja"); for a meeting, the host state
   itself too ("la France", the state of the venue, receiving a guest at home);
3. it happened the same day as the meeting (a stated other day is another occasion);
4. every venue that fits says the same town (two venues: the text must say which).

A speaker's seat and the dateline are never venues: only places the text states for an
act are read here (the mentions :func:`places_dates.fill_location` already placed).
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from wirewatch import ontology
from wirewatch.model import Actor, Location, Provenance

from . import places_dates, resolvers
from .lexicon import words_any
from .mention import ArticleContext, Mention
from .places_dates import PLACE_ENTS, SCENE_PREPS, VENUE_NOUNS, VENUE_VERBS
from .syntax import SUBJECT_DEPS, sentences, text_of

LOGGER = logging.getLogger(__name__)

# visits and meetings: every party was there; other placed acts vouch only for their author
MEETING_TYPES: frozenset[str] = frozenset({"consult_visit", "consult_meeting"})
# a phone call joins two places; an investigation is placed with the facts (places_dates)
NO_VENUE_TYPES: frozenset[str] = frozenset({"consult_phone", "investigate"})
# acts done where they arrive: the place a delivery or a visit goes to is where it happened
DESTINATION_TYPES: frozenset[str] = frozenset({"aid_delivery", "consult_visit"})
# a delivery is done where it arrives, not where its sender spoke or met ("Biden told
# reporters at the White House the shipments would start")
ARRIVAL_TYPES: frozenset[str] = frozenset({"aid_delivery"})
UNDONE: frozenset[str] = frozenset({"negated", "denied"})
SETTLED_STATUSES: frozenset[str] = frozenset({"asserted", "claimed"})
# the institutions that speak for a state at a meeting it hosts or attends
STATE_SUFFIXES: tuple[str, ...] = ("-presidency", "-gov")
TOWN_PRECISIONS: frozenset[str] = frozenset({"place", "admin2"})
# "réunis à Capri", "gathered in Capri", "Speaking in Kyiv": the authors were at that place
GATHERING_VERBS: frozenset[str] = words_any("gathering_verbs")
# "Reçu à l'Élysée, Zelensky a réclamé…": only for an act whose author the text names
RECEPTION_VERBS: frozenset[str] = words_any("reception_verbs")
PASSIVE_SUBJECTS: frozenset[str] = frozenset({"nsubj:pass", "nsubjpass"})
VISIT_VERBS: frozenset[str] = words_any("visit_verbs")  # "Visiting Kyiv, he urged…"
VENUE_PRONOUNS: frozenset[str] = words_any("venue_pronouns")
# "Speaking from Kyiv": a speaker is where they speak from (not "gathered from across the
# country", where "from" is where people came from)
SPEAKING_FROM_VERBS: frozenset[str] = words_any("speaking_from_verbs")
FROM_PREPS: frozenset[str] = words_any("from_preps")
VISIT_NOUNS: frozenset[str] = words_any("visit_nouns")  # "en visite à Kiev", "a trip to Kyiv"
VENUE_CLIMB = 3  # words between a venue word and the act's verb or subject ("on a visit to")
SPEAKER_DEPS: frozenset[str] = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
WHAT_DEPS: frozenset[str] = frozenset({"obj", "dobj", "iobj", "nsubj:pass", "nsubjpass"})
PAIR_WORDS: frozenset[str] = words_any("pair_words")  # "les deux dirigeants"


@dataclass(frozen=True)
class Venue:
    """A located act: where it was done, who was there, on which day."""

    mention: Mention | None  # None: a place a speaker spoke at, in a sentence with no event
    location: Location
    parties: frozenset[str]
    day: str | None
    source: Provenance | None = None  # the span that states the venue
    summit: bool = False  # a summit or meeting the host state's people attend at home


def fill_venues(mentions: list[Mention], ctx: ArticleContext) -> None:
    """Give placeless verbal acts the venue of the meeting their author attended that day."""
    for m in mentions:  # "les ministres, réunis lundi à Capri, ont condamné…"
        if m.location is None and _settled_act(m):
            _gathering_venue(m, ctx)
    for m in mentions:  # "vers Bruxelles, où les chefs d'État étaient réunis"
        if m.location is None and _settled_act(m):
            _where_relative(m, ctx)
    for m in mentions:  # "a exhorté les habitants à partir", "urged residents to leave"
        if m.location is None and _settled_act(m) and _local_act(m):
            _local_setting(m, ctx)
    for m in mentions:  # "paraphé à Pyongyang, lors de la visite … en Corée du Nord"
        if m.type in MEETING_TYPES and _settled_act(m) and _country_level(m.location):
            _occasion_town(m, mentions, ctx)
    for m in mentions:  # "les pourparlers doivent s'ouvrir lundi à Genève" (planned too)
        if m.location is None and m.type in MEETING_TYPES and m.status not in UNDONE:
            _meeting_onset(m, ctx)
    for m in mentions:  # "Le maire a réclamé des renforts", "Lyon's mayor demanded"
        if m.location is None and _settled_act(m) and m.type in OFFICIAL_TYPES:
            _official_town(m, ctx)
    for m in mentions:  # "la fermeture de l'ambassade de France à Niamey", "quitter le pays"
        if m.location is None and _settled_act(m) and m.type in POST_TYPES:
            _post_venue(m, ctx) or _leave_country(m, ctx)
    for m in mentions:  # "la trêve est entrée en vigueur", "the ceasefire took effect"
        if m.location is None and _settled_act(m) and _in_force(m):
            _front_country(m, ctx)
    for m in mentions:  # "airdrops of food into the enclave", "se rendre dans la région"
        if m.location is None and m.type in DESTINATION_TYPES and m.status not in UNDONE:
            _destination_anaphor(m, ctx)
        if m.location is None and m.type in DESTINATION_TYPES and m.status not in UNDONE:
            _destination_home(m, mentions, ctx)
    acts = {v.i for m in mentions if (v := _act_verb(m.trigger)) is not None and v is m.trigger}
    venues = [v for m in mentions if (v := _venue(m, ctx, acts)) is not None]
    speeches = _speech_venues(mentions, ctx)
    if not venues and not speeches:
        return
    for m in mentions:
        if m.location is not None or not _settled_act(m) or m.type in ARRIVAL_TYPES:
            continue
        found, rule = _speech_venue(m, speeches, ctx), "speech"
        if found is None:
            found = _meeting_venue(m, venues, mentions, ctx) if _author_known(m, ctx) else None
            rule = "meeting"
        if found is None:
            found, rule = _summit_subject_venue(m, venues, ctx), "summit_subject"
        if found is None:
            found, rule = _pronoun_venue(m, venues, ctx), "pronoun"
        if found is None:
            continue
        m.location = found.location
        source = found.source
        m.prov("location", f"{ctx.lang}.venue.{rule}")
        if source is not None:  # the span of the venue the act inherits
            last = m.provenance[-1]
            last.text, last.start, last.end = source.text, source.start, source.end
        LOGGER.debug("venue %s for %s %r", found.location.name, m.type, m.trigger.text)


def verbal_act(event_type: str | None) -> bool:
    """A type ACLED does not code (demands, meetings, pledges…), or an agreement."""
    if not event_type or event_type in NO_VENUE_TYPES:
        return False
    if event_type == "agreement":
        return True
    try:
        return not ontology.event_type(event_type).acled_disorder
    except KeyError:
        return False


def _settled_act(m: Mention) -> bool:
    return verbal_act(m.type) and m.status in SETTLED_STATUSES


# -- the authors' venue in the act's own sentence --------------------------------------------


def _gathering_venue(m: Mention, ctx: ArticleContext) -> None:
    """ "Les ministres du G7, réunis lundi à Capri, ont condamné…", "Meeting in Capri, the
    ministers urged…", "Modi, on a visit to Kyiv, urged…": a place hung on a gathering verb
    or a venue noun that belongs to the act's verb or to its subject is where the act was done.
    """
    verb = _act_verb(m.trigger)
    if verb is None:
        return
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    for tok in m.sent:
        host = _venue_host(tok)
        if host is None or not _belongs_to(host, verb):
            continue
        if _lemma_in(host, RECEPTION_VERBS) and not _named_author(m):
            continue  # "the letter received in Kyiv condemned…": who received it, who acted?
        toks = sorted(
            [*(c for c in tok.children if c.dep_ == "case"), *_name_tokens(tok)], key=lambda t: t.i
        )
        loc = resolvers.locate(text_of(ctx.doc, toks), lang=ctx.lang, context=context)
        if loc is None:  # "Speaking from Downing Street", "at the White House": a seat
            toks = sorted([*_prep_tokens(tok), *_name_tokens(tok)], key=lambda t: t.i)
            name = [t for t in toks if t.pos_ != "ADP"]  # "the Kremlin", "l'Élysée"
            loc = _seat_location(ctx.doc[name[0].i : name[-1].i + 1].text, ctx) if name else None
        if loc is None:
            continue
        m.location = loc
        m.prov("location", f"{ctx.lang}.venue.gathering", toks)
        return


def _named_author(m: Mention) -> bool:
    """Whether the act's author is a person or a state the text names (a guest is received
    somewhere; a letter or a proposal "received in Kyiv" is not its sender)."""
    author = m.initiator
    return author is not None and author.id is not None and author.kind != "unknown"


SEAT_PREP: dict[str, str] = {"fr": "à", "en": "at"}
SEAT_ENTS: frozenset[str] = frozenset({"ORG"})  # "the White House": a seat the tagger calls a body


def _seat_location(name: str, ctx: ArticleContext) -> Location | None:
    """The town of a seat of power the authors were in ("Downing Street", "l'Élysée", "the
    Kremlin"), read by the places resolver, which places a seat only after a preposition of
    place: the venue word already says they were there, so "from"/"depuis" reads as "at"."""
    phrase = f"{SEAT_PREP.get(ctx.lang, 'at')} {name}"
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    return resolvers.locate(phrase, lang=ctx.lang, context=context)


def _prep_tokens(tok: Token) -> list[Token]:
    """The preposition and determiner of a place name: "from the", "depuis l'"."""
    out = [c for c in tok.children if c.dep_ in {"case", "det"}]
    if tok.dep_ == "pobj":
        out.append(tok.head)
    return out


WHERE_WORDS: frozenset[str] = words_any("where_relatives")  # "où", "where"


def _where_relative(m: Mention, ctx: ArticleContext) -> None:
    """ "…ont convergé vers Bruxelles, où les chefs d'État étaient réunis", "Geneva, where the
    talks opened on Monday": an act told in a relative clause of place was done at the place
    the relative word follows. The parser may hang the clause on the main verb, so the place
    is read as the name just before the relative word (a comma between)."""
    verb = _act_verb(m.trigger)
    if verb is None:
        return
    # the relative word opens the act's own clause: the last one before the verb, with no
    # other verb between (read in word order: the parser often misplaces the clause)
    where = next(
        (t for t in reversed(ctx.doc[m.sent.start : verb.i]) if t.lower_ in WHERE_WORDS), None
    )
    if where is None or any(
        t.pos_ in {"VERB", "AUX"} and not t.dep_.startswith("aux") or t.is_punct
        for t in ctx.doc[where.i + 1 : verb.i]
    ):
        return
    before = where.i - 1
    if before >= 0 and ctx.doc[before].is_punct:
        before -= 1
    if before < 0:
        return
    ent = next((e for e in m.sent.ents if e.label_ in PLACE_ENTS and e.end - 1 == before), None)
    if ent is None or resolvers.is_place_stopword(ent.text, ctx.lang):
        return
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    loc = resolvers.locate(ent.text, lang=ctx.lang, context=context)
    if loc is None:
        return
    m.location = loc
    m.prov("location", f"{ctx.lang}.venue.where_relative", list(ent))


def _destination_anaphor(m: Mention, ctx: ArticleContext) -> None:
    """ "Washington envisage des largages de vivres sur l'enclave", "Attal doit se rendre
    dans la région": a delivery or a visit to the story's own country, region or town, named
    by a definite noun (the anaphors of :func:`places_dates.anaphor_location`)."""
    found = (
        places_dates.anaphor_location(m, ctx)
        or places_dates.region_anaphor_location(m, ctx)
        or places_dates.town_anaphor_location(m, ctx)
    )
    if found is None:
        return
    loc, toks, rule = found
    m.location = loc
    m.prov("location", f"{ctx.lang}.venue.destination:{rule}", toks)


HOME_NOUNS: frozenset[str] = places_dates.HOME_ANAPHORS  # "le pays", "the enclave"
REGION_NOUNS: frozenset[str] = places_dates.REGION_ANAPHORS  # "la région", "the province"
DESTINATION_PREPS: frozenset[str] = words_any("destination_preps")
# "the enclave", "the strip": a unit below the state, its admin1 when the story has one ("la
# région" is not: a story may name a town of another region it does not place, see tests)
UNIT_NOUNS: frozenset[str] = words_any("enclave_nouns")  # "into", "dans", "vers"
DESTINATION_CLIMB = 3  # "airdrops of food into the enclave": enclave ← into ← airdrops


def _destination_home(m: Mention, mentions: list[Mention], ctx: ArticleContext) -> None:
    """ "Washington was considering airdrops of food into the enclave", "Le ministre doit se
    rendre dans la région": a delivery or a visit, done or planned, that goes to a bare
    definite home or region noun goes to the story's country. The story-setting rule of
    :func:`places_dates.article_location` says which country (every place of the article in
    one); it declines planned acts because a planned march has no place yet, but a planned
    visit "to the region" names its place. The precision stays at the country: a region noun
    the story does not settle ("la région" of a story naming two) says no more than that, and
    a home noun names the country itself. The country must be where the story's events
    happen, not only where a leader spoke from ("Speaking at the White House, Biden said
    airdrops into the country would begin" is not about the US): a physical event its own
    sentence placed there, or for a delivery, a sender of another state."""
    noun = _destination_noun(m)
    if noun is None:
        return
    probe = copy.copy(m)  # the story's setting, read as if the act were done
    probe.status = "asserted"
    found = places_dates.article_location(probe, ctx)
    if found is None or found[0].country is None:
        return
    country = found[0].country
    sender = m.initiator.country if m.initiator is not None else None
    foreign_aid = m.type == "aid_delivery" and sender is not None and sender != country
    if not (foreign_aid or _events_in(country, mentions)):
        return
    # "into the enclave": the one admin1 unit every place of the story lies in, when there is
    # one and it is of that country ("the country", "la région" stay the country)
    unit = places_dates._article_unit(ctx) if _lemma_in(noun, UNIT_NOUNS) else None
    fits = unit is not None and unit.country == country and _names_in_unit(unit, ctx)
    if not fits and _lemma_in(noun, REGION_NOUNS):  # "dans la région": the headline's region
        unit = _headline_region(ctx)
        fits = unit is not None and unit.country == country
    loc = unit if fits else resolvers.country_location(country)
    if loc is None:
        return
    m.location = loc
    toks = sorted({t for t in noun.subtree if not _time_word(t)}, key=lambda t: t.i)
    m.prov("location", f"{ctx.lang}.venue.destination_home", toks)


def _headline_region(ctx: ArticleContext) -> Location | None:
    """The first-level region of the one place the headline names below country level
    ("… une explosion vise les services de l'État à Carcassonne" → Occitanie): the story's
    own region, which "la région" takes up even when the body recalls a town of another.
    Only a title line (no closing full stop): a first sentence of the body is no headline."""
    sent = places_dates._headline(ctx)
    if sent is None or sent.text.rstrip().endswith("."):
        return None
    found = places_dates._headline_place(ctx)
    if found is None:
        return None
    loc = found[0]
    if loc.precision == "country" or not (loc.country and loc.admin1 and loc.admin1_code):
        return None
    return Location(
        name=loc.admin1,
        country=loc.country,
        admin1=loc.admin1,
        admin1_code=loc.admin1_code,
        precision="admin1",
    )


def _names_in_unit(unit: Location, ctx: ArticleContext) -> bool:
    """Whether every place name of the article in the unit's country lies in that unit, the
    ones no event is placed at too ("troops raided Jenin in the West Bank", not a typed event,
    makes "the enclave" no longer the Gaza Strip alone)."""
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    for ent in ctx.doc.ents:
        if ent.label_ not in PLACE_ENTS | NAME_ENTS:  # the tagger calls towns people too
            continue
        loc = resolvers.locate(ent.text, lang=ctx.lang, context=context)
        if loc is None or loc.country != unit.country:
            continue
        if loc.precision == "country":  # "the West Bank": a part the resolver only knows
            if resolvers.resolve_country(ent.text, ctx.lang) is None:  # as the country
                return False
            continue
        if loc.admin1_code != unit.admin1_code:
            return False
    return True


NAME_ENTS: frozenset[str] = frozenset({"PERSON", "PER", "ORG"})


def _events_in(country: str, mentions: list[Mention]) -> bool:
    """Whether the text places a physical event (a strike, a march, a clash) in ``country``."""
    return any(
        o.location is not None and o.location.country == country and not verbal_act(o.type)
        for o in mentions
        if o.type is not None
    )


def _destination_noun(m: Mention) -> Token | None:
    """The bare definite home or region noun the act goes to, after a preposition of
    destination, hung on the act's trigger within a few words; None for any other."""
    for tok in m.sent:
        if tok.pos_ != "NOUN" or not _lemma_in(tok, HOME_NOUNS | REGION_NOUNS):
            continue
        if not _bare_definite(tok) or tok.dep_ in SUBJECT_DEPS:
            continue
        prep = next((c for c in tok.children if c.dep_ == "case"), None)
        node = tok
        if prep is None and tok.dep_ == "pobj":
            prep, node = tok.head, tok.head
        if prep is None or prep.lower_ not in DESTINATION_PREPS:
            continue
        for _ in range(DESTINATION_CLIMB):
            if node.head.i == node.i:
                break
            node = node.head
            if node.i == m.trigger.i:
                return tok
    return None


DEFINITE: frozenset[str] = words_any("venue_definites")  # "la région", "the enclave"


def _bare_definite(tok: Token) -> bool:
    """ "l'enclave", "the country", "la région": a definite noun with no modifier that would
    make it another place ("un pays voisin", "the Ukrainian capital", "la région de Kharkiv")."""
    dets = [c for c in tok.children if c.dep_ in {"det", "predet"}]
    if not any(d.lower_ in DEFINITE for d in dets):
        return False
    return not any(  # "dans la région dimanche": the parser hangs the day on the noun
        c.dep_ not in {"det", "predet", "case", "punct"} and not _time_word(c) for c in tok.children
    )


# -- a truce in force: the story's country ---------------------------------------------------

ONSET_WORDS: frozenset[str] = words_any("onset_words")


def _in_force(m: Mention) -> bool:
    """ "La trêve est entrée en vigueur", "the ceasefire took effect / came into force": a
    concession that holds on the ground, not at a negotiating table."""
    if m.type != "concede":
        return False
    verb = _act_verb(m.trigger)
    if verb is None:
        return False
    words = [c for c in verb.children] + [g for c in verb.children for g in c.children]
    return any(t.lower_ in ONSET_WORDS and t.pos_ == "NOUN" for t in words)


def _front_country(m: Mention, ctx: ArticleContext) -> None:
    """The country (never a town: a truce covers a front) the story is set in."""
    found = places_dates.article_location(m, ctx)
    if found is None or found[0].country is None:
        return
    loc = resolvers.country_location(found[0].country)
    if loc is None:
        return
    m.location = loc
    m.prov("location", f"{ctx.lang}.venue.in_force:{found[2]}", found[1])


# -- local acts: the story's town -------------------------------------------------------------

LOCAL_PEOPLE: frozenset[str] = words_any("local_people")
OBJECT_DEPS: frozenset[str] = frozenset(
    {"obj", "dobj", "iobj", "dative", "nsubj:pass", "nsubjpass"}
)


def _local_act(m: Mention) -> bool:
    """An order to the people of a place ("a exhorté les habitants à partir", "residents had
    been ordered to dig"): given where they live, the town the story is set in. A town's
    mayor acting is read by :func:`_official_town` (round 10, GUIDELINES §4)."""
    verb = _act_verb(m.trigger)
    if verb is None:
        return False
    return any(c.dep_ in OBJECT_DEPS and _lemma_in(c, LOCAL_PEOPLE) for c in verb.children)


def _local_setting(m: Mention, ctx: ArticleContext) -> None:
    """The town (never only a region or a country) the act's sentence, paragraph, headline or
    whole story is set in, by the story-setting rules of :mod:`places_dates`."""
    found = places_dates.inherited_location(m, ctx) or places_dates.article_location(m, ctx)
    if found is None:
        return
    loc, toks, rule = found
    if not _town(loc) or (toks and _other_towns(toks[0].sent, loc, ctx)):
        return  # "shelling killed three in Kherson and two in Zaporizhzhia": which town's?
    m.location = loc
    m.prov("location", f"{ctx.lang}.venue.local:{rule}", toks)


def _town(loc: Location) -> bool:
    """A town, or a village the gazetteer could only place in its region."""
    return loc.precision in TOWN_PRECISIONS or (
        loc.precision == "admin1" and loc.name != loc.admin1
    )


def _other_towns(sent: Span, loc: Location, ctx: ArticleContext) -> bool:
    """Whether the sentence the town comes from names another town too."""
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    for ent in sent.ents:
        if ent.label_ not in PLACE_ENTS:
            continue
        other = resolvers.locate(ent.text, lang=ctx.lang, context=context)
        if other is not None and _town(other) and other.name != loc.name:
            return True
    return False


def _act_verb(trigger: Token) -> Token | None:
    if trigger.pos_ in {"VERB", "AUX"}:
        return trigger
    return next((t for t in trigger.ancestors if t.pos_ in {"VERB", "AUX"}), None)


def _name_tokens(tok: Token) -> list[Token]:
    """A place name with its flat parts ("Tel Aviv", "Bürgenstock")."""
    return [tok, *(c for c in tok.children if c.dep_ in {"flat", "flat:name", "compound"})]


def _venue_host(tok: Token) -> Token | None:
    """The gathering verb or venue noun a proper name is the place of: "réunis à Capri",
    "gathered in Capri", "en visite à Kiev", "a visit to Kyiv", "Visiting Kyiv"."""
    if tok.dep_ in SUBJECT_DEPS or not (tok.pos_ == "PROPN" or _capitalised_noun(tok)):
        return None
    if tok.dep_ in {"obj", "dobj"} and _lemma_in(tok.head, VISIT_VERBS):
        return tok.head
    prep = next((c for c in tok.children if c.dep_ == "case"), None)
    host = tok.head
    if prep is None and tok.dep_ == "pobj":
        prep, host = tok.head, tok.head.head
    if prep is None or prep.i == host.i:
        return None
    for _ in range(VENUE_CLIMB):  # "organisée samedi et dimanche au Bürgenstock": the parser
        if not _time_word(host) or host.head.i == host.i:  # hangs the place on the day
            break
        host = host.head
    if _lemma_in(host, GATHERING_VERBS) and prep.lower_ in SCENE_PREPS:
        return host
    if _lemma_in(host, SPEAKING_FROM_VERBS) and prep.lower_ in FROM_PREPS:
        return host  # "Speaking from Kyiv", "s'exprimant depuis Kiev": the speaker is there
    if host.pos_ == "NOUN" and _lemma_in(host, VENUE_NOUNS) and _lemma_in(host, VISIT_NOUNS):
        return host  # "en visite à Kiev", "on a visit to Kyiv": any preposition
    if host.pos_ == "NOUN" and _lemma_in(host, VENUE_NOUNS) and prep.lower_ in SCENE_PREPS:
        return host  # "lors d'un sommet à Abuja" hung on the subject
    return None


def _time_word(tok: Token) -> bool:
    """A day or date word ("dimanche", "Friday")."""
    return bool(
        resolvers.find_date_expressions(tok.text, "fr")
        or resolvers.find_date_expressions(tok.text, "en")
    )


def _capitalised_noun(tok: Token) -> bool:
    """A name the tagger read as a common noun ("réunis à Capri"/NOUN), not a first word."""
    return tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.i != tok.sent.start


def _lemma_in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def _belongs_to(host: Token, verb: Token) -> bool:
    """The venue word hangs on the act's verb or its subject, within a few words ("on a visit
    to Kyiv, urged": visit ← on ← urged), or the act's verb hangs on the gathering verb
    ("ministers gathered in Capri condemned…")."""
    # a passive subject is what the act was done to ("the proposal, received in Kyiv, was
    # rejected by Moscow"), not its author
    subjects = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS - PASSIVE_SUBJECTS}
    if verb.head.i == host.i and verb.dep_ in {"advcl", "conj", "xcomp"}:
        return not any(c.dep_ in SUBJECT_DEPS for c in verb.children) or host.pos_ == "VERB"
    node = host
    for _ in range(VENUE_CLIMB):
        if node.head.i == node.i:
            return False
        if node.head.i == verb.i and node.dep_ in WHAT_DEPS:
            return False  # "Kyiv condemned the summit in Moscow": what, not where
        node = node.head
        if node.i == verb.i or node.i in subjects:
            return True
    return False


def _venue(m: Mention, ctx: ArticleContext, acts: set[int]) -> Venue | None:
    """The venue a located verbal act vouches for, or None. ``acts``: the verbs that are
    event triggers ("a dénoncé la réunion de Moscou": the meeting is what was condemned, and
    the parser's sides for it are the condemner's)."""
    if m.location is None or not verbal_act(m.type) or m.status not in SETTLED_STATUSES:
        return None
    if _time_reference(m, ctx):
        return None
    if m.trigger.dep_ in WHAT_DEPS and m.trigger.head.i in acts:
        return None
    if m.type in MEETING_TYPES:
        actors = [m.initiator, m.target, *m.participants]
    else:
        actors = [m.initiator]
    parties = {key for a in actors if a is not None and (key := party_key(a))}
    if m.type in MEETING_TYPES and m.location.country:
        parties.add(f"state:{m.location.country}")  # the host receives at home
    source = next((p for p in m.provenance if p.field == "location"), None)
    return Venue(m, m.location, frozenset(parties), _day(m), source, _summit(m, source, ctx))


SUMMIT_NOUNS: frozenset[str] = words_any("summit_nouns")  # "sommet", "summit", "talks"


def _summit(m: Mention, source: Provenance | None, ctx: ArticleContext) -> bool:
    """Whether the venue is a meeting of several parties in a town: a meeting act, or a place
    hung on a summit noun ("à l'issue d'un sommet à Abuja", "at talks in Geneva"). A visit is
    not one: the host state's people need not be where a guest goes."""
    if m.location is None or not _town(m.location):  # "au Bürgenstock": a place in its region
        return False
    if m.type == "consult_meeting":
        return True
    verb = _act_verb(m.trigger)  # "réunis en sommet", "meeting for a summit"
    words = (
        [] if verb is None else [*verb.children, *(g for c in verb.children for g in c.children)]
    )
    if any(t.pos_ == "NOUN" and _lemma_in(t, SUMMIT_NOUNS) for t in words):
        return True
    if source is None or source.start is None or source.end is None:
        return False
    span = ctx.doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        host = tok.head.head if tok.dep_ == "pobj" else tok.head
        if host.pos_ == "NOUN" and _lemma_in(host, SUMMIT_NOUNS):
            return True
    return False


def _time_reference(m: Mention, ctx: ArticleContext) -> bool:
    """ "The announcement came hours after a visit to N'Djamena", "avant le sommet de Rome":
    a meeting named to date another act; that act was not done during it."""
    preps = ctx.lex.cues_of("relative_after") | ctx.lex.cues_of("background_prep")
    trig = m.trigger
    if trig.dep_ == "pobj" and trig.head.lower_ in preps:
        return True
    return any(c.dep_ == "case" and c.lower_ in preps for c in trig.children)


def party_key(actor: Actor) -> str | None:
    """One key per party: a person or body by its id; a state and the institutions that
    speak for it at a meeting ("fra", "fra-presidency", "fra-gov") by the state."""
    if actor.id is None:
        return None
    ident = actor.id
    if actor.country and (
        ident == actor.country.lower()
        or any(ident == actor.country.lower() + s for s in STATE_SUFFIXES)
    ):
        return f"state:{actor.country}"
    return ident


def _during(day: str | None, venue: Venue) -> bool:
    """Whether ``day`` is a day of the venue's meeting: its day, or any day of a meeting the
    text says lasted several ("organisée samedi et dimanche au Bürgenstock" → "Elle s'est
    conclue dimanche")."""
    if day is None or venue.day is None:
        return day == venue.day
    if day == venue.day:
        return True
    told = venue.mention.date if venue.mention is not None else None
    return told is not None and told.start[:10] <= day <= (told.end or told.start)[:10]


def _day(m: Mention) -> str | None:
    return m.date.start[:10] if m.date is not None else None


# -- where a speaker spoke: "he told reporters in Tel Aviv" ----------------------------------


def _speech_venues(mentions: list[Mention], ctx: ArticleContext) -> dict[str, list[Venue]]:
    """Per speaker, the places the article says they spoke at: a place hung on a report verb
    ("said in Kyiv"), on the audience of one ("told reporters in Tel Aviv") or on a press
    venue ("at a news conference in Doha"). Only sentences that name no day of their own (a
    speech on another day is another occasion)."""
    out: dict[str, list[Venue]] = {}
    speech = set(ctx.lex.speech_verbs) | VENUE_VERBS
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    for _, sent in sentences(ctx.doc):
        for ent in sent.ents:
            if ent.label_ not in PLACE_ENTS | SEAT_ENTS:
                continue
            verb = _speech_host(ent.root, speech)
            if verb is None or resolvers.find_date_expressions(sent.text, ctx.lang):
                continue
            speaker = _speaker(verb, mentions, ctx)
            key = party_key(speaker) if speaker is not None else None
            loc = (
                resolvers.locate(ent.text, lang=ctx.lang, context=context)
                if ent.label_ in PLACE_ENTS
                else None
            )
            if loc is None:  # "told reporters at the White House" (tagged ORG), "à l'Élysée"
                loc = _seat_location(ent.text, ctx)
            if key is None or loc is None:
                continue
            source = Provenance("location", "speech", ent.text, ent.start_char, ent.end_char)
            out.setdefault(key, []).append(Venue(None, loc, frozenset({key}), None, source))
    return out


def _speech_host(place: Token, speech: set[str] | frozenset[str]) -> Token | None:
    """The report verb a place name hangs on, directly or through its audience or press
    venue, through a scene preposition; None for any other place."""
    if place.dep_ == "pobj" and place.head.lower_ in SCENE_PREPS:
        node = place.head.head
    elif any(c.dep_ == "case" and c.lower_ in SCENE_PREPS for c in place.children):
        node = place.head
    else:
        return None
    for _ in range(VENUE_CLIMB):
        if node.pos_ in {"VERB", "AUX"}:
            return node if node.lemma_.lower() in speech else None
        # "lors d'une conférence de presse à Amman": the parser may hang the noun on "lors"
        climbs = _lemma_in(node, VENUE_NOUNS) or node.pos_ in {"ADP", "ADV"}
        if not climbs or node.head.i == node.i:
            return None  # "the strikes in Kyiv": a place of something said, not of saying
        node = node.head
    return None


def _speaker(verb: Token, mentions: list[Mention], ctx: ArticleContext) -> Actor | None:
    """The subject of a report verb: a named speaker as the mentions resolved it, or for
    "he"/"she"/"il"/"elle" the last person who acted or spoke before."""
    subject = next((c for c in verb.children if c.dep_ in SPEAKER_DEPS), None)
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        if subject.lower_.lstrip("-") not in VENUE_PRONOUNS:  # "a-t-il déclaré"
            return None
        earlier = [m for m in mentions if m.trigger.i < verb.i]
        people = [
            a
            for m in earlier
            for a in (m.initiator, m.claimant)
            if a is not None and a.kind == "person"
        ]
        return people[-1] if people else None
    span = {t.i for t in subject.subtree}
    for m in mentions:  # the speaker as a mention of the same sentence resolved it
        for actor in (m.claimant, m.initiator):
            if actor is not None and actor.surface and m.sent.start <= subject.i < m.sent.end:
                if any(
                    ctx.doc[i].text in actor.surface for i in span if ctx.doc[i].pos_ == "PROPN"
                ):
                    return actor
    name = " ".join(t.text for t in subject.subtree if t.pos_ == "PROPN")
    found = resolvers.lookup_actor(name, lang=ctx.lang) if name else None
    return found or (_named_before(name, mentions) if name else None)


def _named_before(name: str, mentions: list[Mention]) -> Actor | None:
    """The one person of the article whose surname is ``name`` ("Starmer told reporters…"
    after "Prime Minister Keir Starmer"); None for an unknown name or two namesakes."""
    people = {
        a.id: a
        for m in mentions
        for a in (m.initiator, m.claimant)
        if a is not None and a.id and a.kind == "person" and a.name.split()[-1:] == [name]
    }
    return next(iter(people.values())) if len(people) == 1 else None


def _speech_venue(
    m: Mention, speeches: dict[str, list[Venue]], ctx: ArticleContext
) -> Venue | None:
    """The one place the act's author spoke at, for a speech act by its speaker."""
    if m.type in MEETING_TYPES:  # a meeting's place is stated for it, not where one spoke
        return None
    author = m.initiator if _author_known(m, ctx) else m.claimant
    key = party_key(author) if author is not None else None
    if key is None or (m.date_stated and m.date is not None and not _story_day(m, ctx)):
        return None
    found = speeches.get(key, [])
    if _live_page(ctx):  # a live page's entry is its own scene
        here = _entry(m.sent.start_char, ctx)
        found = [v for v in found if v.source and _entry(v.source.start or 0, ctx) == here]
    if len({(v.location.country, v.location.name) for v in found}) != 1:
        return None
    return found[0]


def _story_day(m: Mention, ctx: ArticleContext) -> bool:
    """Whether the act's stated day is the article's publication day or the day before (a
    speech whose sentence names no day is told of the news day)."""
    published = (ctx.article.published or "")[:10]
    if not published or m.date is None:
        return False
    return m.date.start[:10] in {published, _day_before(published)}


def _day_before(iso: str) -> str:
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


def _author_known(m: Mention, ctx: ArticleContext) -> bool:
    """Whether the act's initiator is surely its author. "Blinken said Netanyahu had accepted
    the proposal, and called on Hamas to do the same": a conjunct of the report verb is the
    speaker's own act, whoever the parser made its subject; then the author is unsure."""
    if m.initiator is None:
        return False
    trig = m.trigger
    speech = ctx.lex.speech_verbs
    # the parser often hangs the conjunct on the reported verb ("had accepted … and called")
    conjunct = trig.dep_ == "conj" and (
        trig.head.lemma_.lower() in speech
        or (trig.head.dep_ in {"ccomp", "conj"} and trig.head.head.lemma_.lower() in speech)
    )
    if conjunct and (m.claimant is None or m.claimant.id != m.initiator.id):
        return False
    return True


def _pronoun_venue(m: Mention, venues: list[Venue], ctx: ArticleContext) -> Venue | None:
    """ "Le Premier ministre s'est rendu lundi à Kiev. Il a exhorté…", "They also urged…": an
    act whose subject is a personal pronoun (or "the two leaders") and whose clause names no
    place goes on the story of the sentence just before, when that sentence placed an act at
    one venue, the same day."""
    verb = _act_verb(m.trigger)
    if verb is None or not any(c.dep_ in SUBJECT_DEPS and _group_anaphor(c) for c in verb.children):
        return None
    # the sentence just before, even across a paragraph break (wire copy breaks after each)
    before = [s for _, s in sentences(ctx.doc) if s.end <= m.sent.start][-1:]
    if not before or any(_locative(e.root, verb) for e in m.sent.ents if e.label_ in PLACE_ENTS):
        return None  # "Il s'est ensuite rendu à Lviv, où il a…": the sentence says where
    fitting = [
        v for v in venues if v.mention and before[0].start <= v.mention.trigger.i < before[0].end
    ]
    return _the_one_venue(fitting, m, ctx)


def _group_anaphor(subject: Token) -> bool:
    """ "il", "ils", "they"; "les deux dirigeants", "the two leaders", "both men": the
    parties of the story told just before."""
    if subject.lower_ in VENUE_PRONOUNS and subject.pos_ == "PRON":
        return True
    return subject.pos_ == "NOUN" and any(
        c.lower_ in PAIR_WORDS and c.dep_ in {"nummod", "det", "predet", "amod"}
        for c in subject.children
    )


def _locative(tok: Token, verb: Token) -> bool:
    """A name after a scene preposition on the act's verb ("a exhorté à Lviv", "urged in
    Lviv"), not an object ("exhorté la Russie à négocier") nor a complement's ("livrer des
    composants à la Russie")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in SCENE_PREPS:
        return tok.head.head.i == verb.i
    case = any(c.dep_ == "case" and c.lower_ in SCENE_PREPS for c in tok.children)
    return case and tok.head.i == verb.i


def _host_person(actor: Actor, venue: Venue) -> bool:
    """ "Le président nigérian, qui préside l'organisation, a exhorté…" after a summit in Abuja:
    a person of the host state acts at the summit it hosts, that day. Only a person (a
    ministry or an army speaks from its seat) and only a summit in a town of that state."""
    return (
        venue.summit
        and actor.kind == "person"
        and actor.country is not None
        and actor.country == venue.location.country
    )


def _hosts(m: Mention, venue: Venue, mentions: list[Mention], ctx: ArticleContext) -> bool:
    assert m.initiator is not None
    return (
        _host_person(m.initiator, venue)
        and not _about_meeting(m)
        and _told_on(m, venue, mentions, ctx)
    )


def _about_meeting(m: Mention) -> bool:
    """ "An opposition leader condemned the summit": an act about the meeting may be done far
    from it."""
    verb = _act_verb(m.trigger)
    if verb is None:
        return True
    words = [*verb.children, *(g for c in verb.children for g in c.children)]
    return any(_lemma_in(t, SUMMIT_NOUNS) and t.pos_ == "NOUN" for t in words)


def _told_on(m: Mention, venue: Venue, mentions: list[Mention], ctx: ArticleContext) -> bool:
    """Whether the story is still telling the summit when the host's person acts: the last
    verbal act placed before it is at the summit's town, in the same entry of a live page (an
    entry stamped "11:40 —" is a new scene)."""
    placed = [
        o
        for o in mentions
        if o.location is not None and verbal_act(o.type) and o.trigger.i < m.sent.start
    ]
    if not placed:
        return False
    last = max(placed, key=lambda o: o.trigger.i)
    if _live_page(ctx) and _entry(last.sent.start_char, ctx) != _entry(m.sent.start_char, ctx):
        return False
    assert last.location is not None
    return (last.location.country, last.location.name) == (
        venue.location.country,
        venue.location.name,
    )


# "11:40 —", "14h32": the stamp places_dates reads live-ticker headings with
TIME_STAMP: re.Pattern[str] = places_dates._TIME_STAMP


def _live_page(ctx: ArticleContext) -> bool:
    """A live page: at least two lines open with a time stamp."""
    return len(TIME_STAMP.findall(ctx.text)) >= 2


def _entry(offset: int, ctx: ArticleContext) -> int:
    """The time-stamped entry of a live page a character offset falls in: the number of
    stamps before it (an entry runs over every paragraph until the next stamp)."""
    return sum(1 for stamp in TIME_STAMP.finditer(ctx.text) if stamp.start() <= offset)


def _meeting_venue(
    m: Mention, venues: list[Venue], mentions: list[Mention], ctx: ArticleContext
) -> Venue | None:
    """The one venue (by town) whose parties include the act's author on the act's day, or a
    summit of the author's own state told just before."""
    assert m.initiator is not None
    key = party_key(m.initiator)
    day = _day(m)
    if key is None or day is None:
        return None
    fitting = [
        v
        for v in venues
        if (key in v.parties or _hosts(m, v, mentions, ctx))
        and _during(day, v)
        and v.mention is not m
    ]
    if _live_page(ctx):  # "13:20 — Sybiha urged…" after other scenes: the entry says nothing
        here = _entry(m.sent.start_char, ctx)
        fitting = [
            v for v in fitting if v.mention and _entry(v.mention.sent.start_char, ctx) == here
        ]
    if m.type in MEETING_TYPES:
        # a meeting's own place is stated for it, or is another meeting's ("a visit")
        fitting = [v for v in fitting if v.mention and v.mention.type in MEETING_TYPES]
    towns = [v for v in fitting if v.location.precision in TOWN_PRECISIONS]
    chosen = towns or fitting
    if not chosen:
        return None
    if len({(v.location.country, v.location.name) for v in chosen}) != 1:
        return None  # two venues for one author that day: the text must say which
    if any(v.location.country != chosen[0].location.country for v in fitting):
        return None  # a town in one state, a country-level venue in another: no vouching
    return chosen[0]


# -- round 10: a town's own official, a diplomatic post, the meeting as the subject ------------

TOWN_OFFICIALS: frozenset[str] = words_any("town_officials")  # "le maire", "the mayor"
# what a mayor asks or orders for his town; his opinions ("Le maire a condamné une attaque
# lâche") are said at the speaker's seat, which is no venue
OFFICIAL_TYPES: frozenset[str] = frozenset({"demand"})
NAME_DEPS: frozenset[str] = frozenset({"nmod", "poss", "compound", "flat", "flat:name"})


def _official_town(m: Mention, ctx: ArticleContext) -> None:
    """ "Le maire a réclamé des renforts de police", "The mayor called for more patrols": a
    town's own official asks or orders in the town he governs (GUIDELINES §4, round 10). The town is the
    one the official is named after ("le maire de Lyon", "Kyiv Mayor Vitali Klitschko"), else,
    for a bare "le maire", the story's town (only a town, and only when the sentence it comes
    from names no other). Not a national body: "Varsovie a convoqué" stays the speaker's seat."""
    verb = _act_verb(m.trigger)
    if verb is None or m.initiator is None:
        return
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS - PASSIVE_SUBJECTS), None)
    official = _official_word(subject) if subject is not None else None
    if official is None:
        return
    names = [c for c in official.children if c.dep_ in NAME_DEPS and c.pos_ == "PROPN"]
    names += [  # "the mayor of Kyiv"
        g
        for c in official.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "PROPN"
    ]
    if names:  # "le maire de Lyon", "Lyon's mayor", "Kyiv Mayor X": that town, or nothing
        name = names[0]
        toks = sorted([name, *(c for c in name.children if c.dep_ in NAME_DEPS)], key=lambda t: t.i)
        context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
        loc = resolvers.locate(text_of(ctx.doc, toks), lang=ctx.lang, context=context)
        if loc is not None and _town(loc):
            m.location = loc
            m.prov("location", f"{ctx.lang}.venue.official", toks)
        return
    if any(c.dep_ not in {"det", "punct", "appos", "flat", "flat:name"} for c in official.children):
        return  # "le maire d'une commune voisine", "an opposition mayor": not the story's town's
    if _story_towns(m, ctx) > 1:
        return  # a story of two towns: a bare "le maire" is either's (GUIDELINES §4)
    _local_setting(m, ctx)
    if m.location is not None:  # the rule that found the town, read as the official's
        last = m.provenance[-1]
        last.rule = last.rule.replace(".venue.local", ".venue.official", 1)


def _story_towns(m: Mention, ctx: ArticleContext) -> int:
    """How many towns the story names up to the mention's sentence (headline included; not
    the dateline's, where the reporter files from)."""
    filed = {t.i for _, toks in places_dates.dateline_places(ctx) for t in toks}
    towns = {
        loc.name
        for loc, toks in places_dates.article_places(ctx)
        if _town(loc) and toks and toks[0].i < m.sent.end and toks[0].i not in filed
    }
    return len(towns)


def _official_word(subject: Token) -> Token | None:
    """The town-official noun of a subject: the subject itself ("le maire") or the title of a
    named one ("Mayor Vitali Klitschko": a compound of the name)."""
    if _lemma_in(subject, TOWN_OFFICIALS) and subject.pos_ in {"NOUN", "PROPN"}:
        return subject
    titles = [c for c in subject.children if c.dep_ in {"compound", "appos", "nmod"}]
    return next((t for t in titles if _lemma_in(t, TOWN_OFFICIALS)), None)


# expulsions and closures: done where the expelled are posted or the closed post stands
POST_TYPES: frozenset[str] = frozenset({"expel", "sanction"})
POST_NOUNS: frozenset[str] = words_any("post_nouns")  # "ambassade", "diplomates", "consulate"
POST_CLIMB = 2  # "diplomates en poste à Bamako": place → poste → diplomates


def _post_venue(m: Mention, ctx: ArticleContext) -> bool:
    """ "la fermeture de l'ambassade de France à Niamey", "expelled two diplomats based in
    Moscow", "the closure of the U.S. consulate in Chengdu": an expulsion or a closure whose
    object is a diplomatic post, or people posted there, is done where the post is. The sending
    state ("l'ambassade de France", "the U.S. consulate") is no place: only a name after a
    scene preposition ("à", "in") hung on the post word."""
    for post in _post_words(m):
        for tok in post.subtree:
            if tok.pos_ != "PROPN" or not _under(tok, post):
                continue
            prep = _name_preposition(tok)
            if prep is None or prep.lower_ not in SCENE_PREPS:
                continue
            toks = sorted([prep, *_name_tokens(tok)], key=lambda t: t.i)
            context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
            loc = resolvers.locate(text_of(ctx.doc, toks), lang=ctx.lang, context=context)
            if loc is None:
                continue
            m.location = loc
            m.prov("location", f"{ctx.lang}.venue.post", toks)
            return True
    return False


def _post_words(m: Mention) -> list[Token]:
    """The post nouns the act is done to: in the trigger noun's phrase ("la fermeture de
    l'ambassade"), or in the objects of the act's verb ("expulsé deux diplomates")."""
    trig = m.trigger
    if trig.pos_ in {"NOUN", "PROPN"}:
        scope = list(trig.subtree)
    else:
        # "expulsé mercredi deux diplomates": the parser may hang the object on the day
        objects = [c for c in trig.children if c.dep_ in OBJECT_DEPS or _time_word(c)]
        scope = [t for c in objects for t in c.subtree]
    return [t for t in scope if t.pos_ == "NOUN" and _lemma_in(t, POST_NOUNS)]


def _under(tok: Token, post: Token) -> bool:
    """Whether a name hangs on the post word within a few words (through "en poste", "in")."""
    node = tok
    for _ in range(POST_CLIMB + 1):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == post.i:
            return True
    return False


LEAVE_VERBS: frozenset[str] = words_any("leave_verbs")  # "quitter le pays", "leave the country"


def _leave_country(m: Mention, ctx: ArticleContext) -> bool:
    """ "La junte a donné 48 heures à l'ambassadeur pour quitter le territoire", "ordered
    the attaché to leave the country": the expelled are told to leave the expelling state,
    which is where the act is done (its country only). Only when the text says so: a bare
    "Britain is expelling the attaché" states no place."""
    verb = _act_verb(m.trigger)
    author = m.initiator
    if verb is None or author is None or author.country is None:
        return False
    if m.target is not None and m.target.country == author.country:
        return False  # the sides may be read backwards: a state does not expel its own envoy
    for tok in verb.subtree:
        if not (_lemma_in(tok, LEAVE_VERBS) and tok.pos_ == "VERB"):
            continue
        home = [c for c in tok.children if c.dep_ in OBJECT_DEPS and _lemma_in(c, HOME_NOUNS)]
        if not home or not _bare_definite(home[0]):
            continue
        loc = resolvers.country_location(author.country)
        if loc is None:
            return False
        m.location = loc
        m.prov("location", f"{ctx.lang}.venue.leave_country", [tok, *home[0].subtree])
        return True
    return False


def _summit_subject_venue(m: Mention, venues: list[Venue], ctx: ArticleContext) -> Venue | None:
    """ "la conférence s'achève sur un texte signé par 80 pays", "The summit ended with a
    declaration adopted by all": an act told of "the conference"/"the summit" itself (a bare
    definite meeting noun, the subject of the verb the act hangs on) is done at the story's one
    located summit or meeting, on one of its days (or a day the text does not state)."""
    noun = _summit_subject(m.trigger)
    if noun is None:
        return None
    # the venue's own sentence tells the same meeting word ("la conférence … organisée au
    # Bürgenstock"): "la conférence" is not the EU summit another story on the page placed
    same_word = frozenset({noun})
    fitting = [
        v
        for v in venues
        if v.summit
        and v.mention is not None
        and v.mention is not m
        and any(_lemma_in(t, same_word) for t in v.mention.sent)
    ]
    return _the_one_venue(fitting, m, ctx)


SUMMIT_CLIMB = 4  # "signed" → "declaration" → "with" → "ended" (the summit ended with…)


def _summit_subject(trigger: Token) -> str | None:
    """The lemma of a bare definite summit noun ("la conférence", "the talks") that is the
    subject of the trigger's verb or of a verb it hangs on, within a few words; else None."""
    node = trigger
    for _ in range(SUMMIT_CLIMB):
        if node.pos_ in {"VERB", "AUX"}:
            # "the summit ended after Russia signed": Russia's own act, not placed (an agent,
            # "a text signed by 80 states", is what the summit produced)
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            if subjects:
                found = next((c for c in subjects if _bare_summit(c)), None)
                return found.lemma_.lower() if found is not None else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _bare_summit(tok: Token) -> bool:
    """ "la conférence", "the summit", "la conférence sur la paix": a definite meeting noun
    no name makes another meeting ("le sommet de Rome", "the G7 summit")."""
    if tok.pos_ != "NOUN" or not _lemma_in(tok, SUMMIT_NOUNS):
        return False
    if not any(c.dep_ == "det" and _lemma_in(c, DEFINITE) for c in tok.children):
        return False
    return not any(_names_meeting(c) for c in tok.children)


TOPIC_PREPS: frozenset[str] = words_any("topic_prepositions")  # "la conférence sur l'Ukraine"


def _names_meeting(child: Token) -> bool:
    """A name that makes the noun another meeting ("le sommet de l'OTAN", "the G7 summit",
    "les pourparlers de Genève"), not its topic ("la conférence sur l'Ukraine")."""
    if not (child.pos_ == "PROPN" or child.ent_type_ in PLACE_ENTS | NAME_ENTS):
        return False
    prep = _name_preposition(child)
    return prep is None or prep.lower_ not in TOPIC_PREPS


ONSET_VERBS: frozenset[str] = words_any("meeting_onset_verbs")  # "s'ouvrir", "open", "begin"
MEETING_PREPS: frozenset[str] = words_any("meeting_place_preps")
CHAIN_DEPS: frozenset[str] = frozenset({"xcomp", "acomp"})  # "doivent s'ouvrir", "due to open"


def _meeting_onset(m: Mention, ctx: ArticleContext) -> None:
    """ "Les pourparlers doivent s'ouvrir lundi à Genève", "The talks are due to open in
    Geneva", "doivent démarrer dans un lieu tenu secret près de Genève": a meeting noun that is
    the subject of an opening or holding verb takes the place that verb is said to happen at,
    planned or done (the annotators place a planned meeting whose place is stated)."""
    trig = m.trigger
    if trig.pos_ != "NOUN" or trig.dep_ not in {"nsubj", "nsubj:pass", "nsubjpass"}:
        return
    verbs = _verb_chain(trig.head)
    subject = {t.i for t in trig.subtree}
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    for verb in verbs:
        if not _lemma_in(verb, ONSET_VERBS):
            continue
        for tok in verb.subtree:
            if tok.i in subject or tok.pos_ != "PROPN" or tok.ent_type_ not in PLACE_ENTS:
                continue
            toks = _meeting_place_tokens(tok)
            if toks is None or not _venue_path(tok, verb):
                continue
            loc = resolvers.locate(text_of(ctx.doc, toks), lang=ctx.lang, context=context)
            if loc is None:
                continue
            m.location = loc
            m.prov("location", f"{ctx.lang}.venue.meeting_onset", toks)
            return


def _verb_chain(head: Token) -> list[Token]:
    """The verb a subject hangs on and the verbs it governs through "devoir"/"be due to"."""
    out, node = [head], head
    for _ in range(VENUE_CLIMB):
        nxt = next((c for c in node.children if c.dep_ in CHAIN_DEPS), None)
        if nxt is None:
            break
        out.append(nxt)
        node = nxt
    return out


def _name_preposition(tok: Token) -> Token | None:
    """The preposition a name follows: its "case" word (French, "à Genève") or the head it is
    the object of (English, "in Geneva"); None when it follows none."""
    prep = next((c for c in tok.children if c.dep_ == "case"), None)
    if prep is None and tok.dep_ == "pobj":
        prep = tok.head
    return prep


def _meeting_place_tokens(tok: Token) -> list[Token] | None:
    """The preposition and name of a meeting's place ("à Genève", "near Geneva", "près de
    Genève"), or None when the name follows no preposition of place."""
    prep = _name_preposition(tok)
    if prep is None:
        return None
    words = [prep]
    before = tok.doc[prep.i - 1] if prep.i > 0 else None
    if prep.lower_ == "de" and before is not None and before.lower_ in MEETING_PREPS:
        words = [before, prep]  # "près de Genève"
    elif prep.lower_ not in MEETING_PREPS:
        return None
    return sorted([*words, *_name_tokens(tok)], key=lambda t: t.i)


OCCASION_WORDS: frozenset[str] = words_any("occasion_words")  # "lors de", "during"


def _country_level(loc: Location | None) -> bool:
    return loc is not None and loc.precision == "country" and loc.country is not None


def _occasion_town(m: Mention, mentions: list[Mention], ctx: ArticleContext) -> None:
    """ "Ce texte avait été paraphé le 19 juin à Pyongyang …, lors de la visite du président
    russe en Corée du Nord", "signed the pact in Kyiv during his visit to Ukraine": a visit or
    meeting its own clause places only in a country, named as the occasion of an act placed
    in a town of that country, was in that town (a refinement, never another country)."""
    assert m.location is not None
    trig, node = m.trigger, m.trigger
    path: list[Token] = []
    for _ in range(VENUE_CLIMB):
        if node.head.i == node.i:
            return
        path.extend(c for c in node.children if c.dep_ == "case")
        node = node.head
        path.append(node)
        host = next((o for o in mentions if o is not m and _verb_index(o) == node.i), None)
        if node.pos_ in {"VERB", "AUX"}:
            break
    else:
        return
    if host is None or not any(_lemma_in(t, OCCASION_WORDS) for t in path):
        return
    # only an act of the visit's parties ("Pendant la visite du ministre en Ukraine, des
    # missiles ont frappé Kharkiv": the strike says nothing of where the minister was)
    if not verbal_act(host.type) or not _same_party(host, m):
        return
    loc = host.location
    if loc is None or not _town(loc) or loc.country != m.location.country:
        return
    if m.date_stated and _day(m) != _day(host):
        return
    m.location = loc
    m.prov("location", f"{ctx.lang}.venue.occasion", [trig])


def _verb_index(m: Mention) -> int | None:
    verb = _act_verb(m.trigger)
    return verb.i if verb is not None else None


def _same_party(act: Mention, meeting: Mention) -> bool:
    """Whether the act's author is a party of the meeting (unknown on either side: yes)."""
    if act.initiator is None or meeting.initiator is None:
        return True
    parties = {
        key
        for a in (meeting.initiator, meeting.target, *meeting.participants)
        if a is not None and (key := party_key(a))
    }
    return party_key(act.initiator) in parties


def _venue_path(tok: Token, verb: Token) -> bool:
    """Whether a name hangs on the meeting's verb through places only ("dans un lieu tenu
    secret près de Genève"), not through another event ("ont commencé après la frappe à
    Rafah", "began following the strike in Rafah"): every preposition on the way is one of
    place."""
    node = tok
    while node.i != verb.i:
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == verb.i:
            return True
        if node.pos_ in {"VERB", "AUX"}:  # "following the strike in Rafah"
            return False
        if node.pos_ == "ADP" and node.lower_ not in MEETING_PREPS:
            return False
        case = next((c for c in node.children if c.dep_ == "case"), None)
        if case is not None and case.lower_ not in MEETING_PREPS:
            return False
    return True


def _the_one_venue(fitting: list[Venue], m: Mention, ctx: ArticleContext) -> Venue | None:
    """The venue left once the act's stated day and its live-page entry are kept to: only
    one place may remain ("11:45 — He urged…": a new entry is a new scene, whoever "he" is)."""
    fitting = [v for v in fitting if not m.date_stated or _during(_day(m), v)]
    if _live_page(ctx):
        here = _entry(m.sent.start_char, ctx)
        fitting = [
            v for v in fitting if v.mention and _entry(v.mention.sent.start_char, ctx) == here
        ]
    if len({(v.location.country, v.location.name) for v in fitting}) != 1:
        return None
    return fitting[0]
