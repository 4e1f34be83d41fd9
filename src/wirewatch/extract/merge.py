"""Merging the mentions of one article into events.

Conservative: two mentions are one occurrence only when their types, dates, places,
initiators, targets, statuses (realis vs hypothetical) and launch figures are compatible.
Order of work:

1. casualty mentions join the attack or violent event (clash, riot, police fire) of their
   sentence, else the nearest one before them in the same or the previous paragraph
   ("Selon lui, une femme … a été blessée"), else the next one in their paragraph;
   an elided interception ("Forty-one were shot down") joins the barrage it counts;
2. typed mentions join the best compatible event (same admin1 first, then the nearest);
   "autres" sets ("36 autres drones ukrainiens") never join, but lend their demonym to
   the earlier set of the same claimant;
3. untyped mentions (a heading "Attaque sur Moscou", "les interceptions") join the best
   compatible event before or after them, or are dropped.

Each event keeps every mention's evidence; each claimant's figures stay in its own claim.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from spacy.tokens import Token

from wirewatch import ontology
from wirewatch.model import Actor, EventDate, Location, QuantityValue

from . import resolvers
from .lexicon import words_any
from .mention import Mention
from .triggers import has_author, word_classes

LOGGER = logging.getLogger(__name__)

ATTACK_KINDS: frozenset[str] = frozenset({"attack", "intercept", "anaphor"})
VISIT, MEETING = "consult_visit", "consult_meeting"
PROTEST, INTERVENED = "peaceful_protest", "protest_with_intervention"
MAX_PARAGRAPH_GAP = 1


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def type(self) -> str | None:
        strong = [m.type for m in self.mentions if m.type and not m.weak]
        if VISIT in strong and set(strong) <= {VISIT, MEETING}:
            return VISIT  # the talks held during a visit are that visit
        if INTERVENED in strong and set(strong) <= {PROTEST, INTERVENED}:
            return INTERVENED  # a march the police charged is one protest with intervention
        if strong:
            return strong[0]
        typed = [m.type for m in self.mentions if m.type]
        return typed[0] if typed else None

    def value(self, name: str) -> object | None:
        for m in self.mentions:
            v = getattr(m, name)
            if v is not None:
                return v
        return None

    @property
    def hypothetical(self) -> bool:
        return all(m.status == "hypothetical" for m in self.mentions)


def _family(code: str | None) -> str | None:
    if code is None:
        return None
    return "consult" if code.startswith("consult") else code


def types_compatible(m: Mention, c: Cluster) -> bool:
    """Same type; an untyped attack word with any attack; a weak consult with any consult."""
    ct = c.type
    if m.type is None:
        return any(x.kind in {"attack", "intercept"} for x in c.mentions)
    if ct is None:
        return m.kind in ATTACK_KINDS
    if m.type == ct:
        return True
    if {m.type, ct} == {VISIT, MEETING}:
        # "Biden made a visit to Kyiv … Biden met Zelensky at the palace": one occurrence when
        # they share a participant (places and dates are checked by compatible()).
        return _share_actor(m, c) or any(x.sent.start == m.sent.start for x in c.mentions)
    if _claimed_told_attack(m) and ct in violent_types():
        # "Jihadists attacked the town … JNIM claimed the assault": the claimed act is the
        # attack already told, whatever word the claim uses for it
        return any(x.sent.start < m.sent.start for x in c.mentions)
    if {m.type, ct} == {PROTEST, INTERVENED}:
        # "Police lathi-charged farmers marching on Delhi", "des milliers de personnes se sont
        # rassemblées … Vers 20 heures, la police a chargé la foule": the rally and the charge
        # on it, told together, are one occurrence (places and dates checked by compatible())
        return any(abs(x.para - m.para) <= MAX_PARAGRAPH_GAP for x in c.mentions)
    return _family(m.type) == _family(ct) and (m.weak or all(x.weak for x in c.mentions if x.type))


CLAIM_VERBS: frozenset[str] = words_any("who_responsibility_verbs")
CLAIM_DEFINITE: frozenset[str] = words_any("merge_definite_articles")


def _claimed_told_attack(m: Mention) -> bool:
    """A definite attack noun whose responsibility is claimed ("claimed the assault", "a
    revendiqué l'attaque"): it refers back to an attack the text has told."""
    trig = m.trigger
    return (
        m.kind == "attack"
        and trig.dep_ in {"dobj", "obj"}
        and trig.head.lemma_.lower() in CLAIM_VERBS
        and any(c.dep_ == "det" and c.lower_ in CLAIM_DEFINITE for c in trig.children)
    )


def _share_actor(m: Mention, c: Cluster) -> bool:
    mine = {a.id for a in (m.initiator, m.target, *m.participants) if a is not None and a.id}
    theirs = {
        a.id
        for x in c.mentions
        for a in (x.initiator, x.target, *x.participants)
        if a is not None and a.id
    }
    return bool(mine & theirs)


def dates_compatible(a: EventDate | None, b: EventDate | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


def places_compatible(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        # "Moscou" (the city) and "la région de Moscou" (the oblast) name one area.
        return a.admin1.split()[0] == b.admin1.split()[0]
    return True


def actors_compatible(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return True
    if a.id and b.id:
        return a.id == b.id or (a.country is not None and a.country == b.country)
    return True


def _cluster_field(c: Cluster, name: str) -> object | None:
    return c.value(name)


def compatible(m: Mention, c: Cluster) -> bool:
    if not types_compatible(m, c):
        return False
    if (m.status == "hypothetical") != c.hypothetical:
        return False
    if not all(
        dates_compatible(m.date, x.date) for x in c.mentions if m.date_stated and x.date_stated
    ):
        return False
    if not all(places_compatible(m.location, x.location) for x in c.mentions):
        return False
    if not all(actors_compatible(m.initiator, x.initiator) for x in c.mentions):
        return False
    if not all(actors_compatible(m.target, x.target) for x in c.mentions):
        return False
    if _local_hit_of_barrage(m, c):
        return False
    if _background_date(m, c):
        return False
    if m.type in SEPARATE_ACTS and not all(_same_act(m, x) for x in c.mentions if x.type == m.type):
        return False
    launched = m.quantity_dict().get("launched")
    for x in c.mentions:
        other = x.quantity_dict().get("launched")
        if launched is not None and other is not None and launched != other:
            return False
    return True


SINGULAR_INDEFINITE: frozenset[str] = words_any("singular_indefinite")
# A stated date this far from every date of a cluster that states none (the story's day by
# default) is a background occurrence ("a similar assault in June 2023 left nine dead").
BACKGROUND_GAP_DAYS = 31


def _background_date(m: Mention, c: Cluster) -> bool:
    """ "Security forces battled the attackers … It was the deadliest attack since a similar
    assault in June 2023": a mention dating itself long before (or after) an undated cluster,
    which stands on the story's day, tells another occurrence."""
    if not m.date_stated or m.date is None or any(x.date_stated for x in c.mentions):
        return False
    if all(_restated(x) for x in c.mentions):
        # "Des sanctions restent en vigueur … la Cédéao les avait imposées le 30 juillet"
        return False
    dates = [x.date for x in c.mentions if x.date is not None]
    return bool(dates) and all(_gap_days(m.date, d) > BACKGROUND_GAP_DAYS for d in dates)


def _gap_days(a: EventDate, b: EventDate) -> int:
    """Days between two intervals (0 when they overlap)."""
    lo, hi = (a, b) if a.end < b.start else (b, a)
    if lo.end >= hi.start:
        return 0
    return (date.fromisoformat(hi.start[:10]) - date.fromisoformat(lo.end[:10])).days


# Speech acts and restrictions: each utterance or measure is an act of its own, so two mentions
# of one type are one act only when one speaker (or authority) makes them, or when one is a
# headline summarising the other. "Les chefs d'Etat ont réclamé la libération de Bazoum …
# Tinubu a par ailleurs exhorté le Niger à revenir sur sa décision"; "le maire a instauré un
# couvre-feu … Un décret interdit la vente de mortiers"; "Greece condemns … The US State
# Department calls the attack…". Meetings, visits and calls are told again and again (left out).
SEPARATE_ACTS: frozenset[str] = frozenset(
    {"demand", "accuse", "condemn", "threaten", "reject", "support", "coerce", "sanction"}
)
HEADLINE_ENDS = (".", "!", "?", "…", ".»", ". »", '."', ".”", "!»", "?»", '?"', '!"')


def _same_act(m: Mention, x: Mention) -> bool:
    if m is x or _restated(m) or _restated(x) or _headline_like(m) or _headline_like(x):
        return True
    a, b = m.initiator, x.initiator
    if a is not None and b is not None:
        return _same_speaker(a, b)
    # a speaker left unresolved: the same act only told on in its paragraph
    # ("Moscou a promis une riposte. « … », a averti la porte-parole")
    return m.para == x.para


def _restated(m: Mention) -> bool:
    """ "cette décision", "the ban", "a contesté des accusations", "les sanctions restent en
    vigueur": a noun that is anaphoric, or that names no author, refers to an act told
    elsewhere rather than telling a new one."""
    noun = m.trigger.pos_ in {"NOUN", "PROPN"}
    return noun and (m.anaphoric or m.initiator is None)


def _same_speaker(a: Actor, b: Actor) -> bool:
    """One speaker: one id, a country and one of its own (Moscou, the foreign ministry), or
    one name (a surface left unresolved, "the ministry" within "the foreign ministry")."""
    if a.id and b.id:
        if a.id == b.id:
            return True
        countries = {a.id: a.country, b.id: b.country}
        return any(
            (i or "").lower() == (countries[j] or "").lower() and i != j
            for i in (a.id, b.id)
            for j in (a.id, b.id)
        )
    na, nb = _folded(a.name), _folded(b.name)
    return bool(na and nb) and (na in nb or nb in na)


def _folded(name: str | None) -> str:
    return " ".join((name or "").lower().replace("’", "'").split())


def _headline_like(m: Mention) -> bool:
    """A line without a closing stop: a headline or a kicker, which sums up the body."""
    return not m.sent.text.rstrip().endswith(HEADLINE_ENDS)


def _headline_future(m: Mention) -> None:
    """ "Army to pull out of border town": a headline's bare "to"-infinitive tells what is
    planned, the same occurrence as the body's "announced it would withdraw"."""
    verb = m.trigger
    if m.status != "asserted" or not _headline_like(m) or verb.pos_ != "VERB":
        return
    if verb.dep_ not in {"ROOT", "xcomp", "conj"} and verb.head.i != verb.i:
        return
    chain = [verb] if verb.dep_ != "conj" else [verb, verb.head]
    if any(c.dep_ == "aux" and c.lower_ == "to" for v in chain for c in v.children) and not any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in verb.children
    ):
        m.status = "hypothetical"
        m.prov("status", "merge.headline_infinitive", [verb])


def _local_hit_of_barrage(m: Mention, c: Cluster) -> bool:
    """ "Russia fired 120 missiles and 90 drones. In Mykolaiv a drone hit a building": a hit
    told in its own sentence, at its own place or by a single munition, is its own occurrence,
    not the countrywide barrage (which has a launch figure and no region)."""
    if m.kind != "attack" or m.type is None:
        return False
    mine = m.quantity_dict()
    if "launched" in mine or "intercepted" in mine:
        return False
    if not any("launched" in x.quantity_dict() for x in c.mentions):
        return False
    if any(x.sent.start == m.sent.start for x in c.mentions):
        return False
    if any(x.location is not None and x.location.admin1 for x in c.mentions):
        return False
    if m.location is not None and m.location.admin1:
        return True
    mun = m.munition
    return mun is not None and any(
        ch.dep_ in {"det", "nummod"} and ch.lower_ in SINGULAR_INDEFINITE for ch in mun.children
    )


def _score(m: Mention, c: Cluster) -> tuple[int, int, int, int, int, int]:
    # An untyped attack word ("More than 400 people were killed in the attacks") joins the
    # event told with the same word ("denied attacking civilians"), else the event of its
    # default kind, before a nearer one ("after a three-day assault")
    stem = m.trigger.lemma_.lower()[:5]
    word_match = int(
        m.type is None and any(x.trigger.lemma_.lower()[:5] == stem for x in c.mentions if x.type)
    )
    kind_match = int(m.type is None and m.default_type is not None and c.type == m.default_type)
    loc_match = 0
    for x in c.mentions:
        if (
            m.location is not None
            and x.location is not None
            and m.location.admin1 == x.location.admin1
        ):
            loc_match = 1
    before = 1 if c.first.start <= m.start else 0
    distance = min(abs(x.start - m.start) for x in c.mentions)
    # a ticker entry or paragraph of its own: "tirés depuis Rafah" retells the rocket fire
    # told in its paragraph, not the strike of the next entry, however close
    paras = min(abs(x.para - m.para) for x in c.mentions)
    return (word_match, kind_match, loc_match, before if m.anaphoric else 0, -paras, -distance)


def merge_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Group mentions into clusters, one per event occurrence."""
    attacks = [m for m in mentions if m.kind != "casualty"]
    casualties = [m for m in mentions if m.kind == "casualty"]
    typed = [m for m in attacks if m.type is not None]
    untyped = [m for m in attacks if m.type is None]
    _borrow_sentence_place(typed, casualties)
    for m in typed:
        _headline_future(m)
    clusters: list[Cluster] = []
    for m in sorted(typed, key=lambda x: x.start):
        if _join_antecedent(m, clusters):
            continue
        if m.distinct:
            _lend_demonym(m, clusters)
            clusters.append(Cluster([m]))
            continue
        options = [c for c in clusters if compatible(m, c) and not c.first.distinct]
        if options:
            best = max(options, key=lambda c: _score(m, c))
            best.mentions.append(m)
        elif (told := _retold(m, clusters)) is not None:
            told.mentions.append(m)
        elif (scene := _setting_of(m, clusters)) is not None:
            if scene.hypothetical and m.status != "hypothetical":
                # "will be released … in exchange for 1,900 prisoners": the adjunct shares
                # the modality of the verb it hangs on
                m.status = "hypothetical"
                m.prov("status", "merge.setting_modality", [m.trigger])
            scene.mentions.append(m)
        else:
            clusters.append(Cluster([m]))
    for m in sorted(untyped, key=lambda x: x.start):
        options = [c for c in clusters if compatible(m, c) and c.first.kind in ATTACK_KINDS]
        if _introduces(m) and not _headline_like(m):
            # "killed … in a strike on Beirut": an indefinite attack word is a new occurrence
            # unless the event so far is only a headline, which sums up the lead told after it
            # ("Paramilitaries kill dozens in village attack" / "killed 40 … in an attack on…")
            options = [
                c
                for c in options
                if any(x.sent.start == m.sent.start for x in c.mentions)
                or all(_headline_like(x) and x.start < m.start for x in c.mentions)
            ]
        options = [
            c
            for c in options
            if min(abs(x.para - m.para) for x in c.mentions) <= 3 or m.kind == "anaphor"
        ]
        if options:
            # on a tie (an untyped "struck by three projectiles" before a barrage of "missiles
            # and drones"), the event the article has told more often is the one it retells
            max(options, key=lambda c: (*_score(m, c), len(c.mentions))).mentions.append(m)
        elif _retells_walkout(m, clusters):
            LOGGER.debug("untyped mention %r dropped: it retells a labour strike", m.trigger.text)
        elif _stands_alone(m, casualties):
            m.type = m.default_type
            m.prov("type", f"merge.default_type:{m.default_type}", [m.trigger])
            clusters.append(Cluster([m]))
        else:
            LOGGER.debug("untyped mention %r dropped: no event to attach to", m.trigger.text)
    for m in sorted(casualties, key=lambda x: x.start):
        host = _casualty_host(m, clusters)
        if host is not None:
            host.mentions.append(m)
    for c in clusters:
        c.mentions.sort(key=lambda x: x.start)
        _same_source_described(c)
        _also_victims(c)
    return sorted(clusters, key=lambda c: c.first.start)


DEFINITE: frozenset[str] = words_any("definite_determiners")


def _retold(m: Mention, clusters: list[Cluster]) -> Cluster | None:
    """ "Zelenskyy called the visit a sign of support", "the Kremlin declined to comment on the
    visit", "Kiev a salué la visite": a bare definite noun of a type already told, that names
    no author, date or figure of its own, is that event again, whatever the verb around it
    (the speaker of "called" is no visitor, "declined" makes nothing hypothetical)."""
    tok = m.trigger
    if tok.pos_ not in {"NOUN", "PROPN"} or m.type in SEPARATE_ACTS or m.date_stated:
        return None
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
        return None
    own = [c for c in tok.children if c.dep_ not in {"det", "punct"}]
    if own or m.quantities:
        return None  # "the visit by the pope", "la visite de Macron", "the attack on Lviv"
    earlier = [
        c
        for c in clusters
        if c.type == m.type
        and c.first.start < m.start
        and not c.hypothetical
        and all(places_compatible(m.location, x.location) for x in c.mentions)
    ]
    return earlier[-1] if earlier else None


SETTING_DEPS: frozenset[str] = frozenset(
    {"obl", "obl:mod", "obl:arg", "nmod", "pobj", "prep", "advmod", "conj"}
)


def _setting_of(m: Mention, clusters: list[Cluster]) -> Cluster | None:
    """ "workers walked off the job … in a general strike called by the union", "ont cessé le
    travail et défilé lors d'une grève convoquée par la CGT": a non-violent act's noun that
    is the adjunct of a verb telling the same type names the setting of that act, one
    occurrence even when the two resolve different actors (the strikers, the union)."""
    tok = m.trigger
    if m.kind != "event" or m.type in SEPARATE_ACTS:
        return None
    if tok.pos_ in {"NOUN", "PROPN"}:
        heads = _heads_through(tok, SETTING_DEPS)
    elif _present_participle(tok):
        # "ont saccagé l'ambassade, brisant des vitres", "ransacked the embassy, smashing
        # windows": the participle tells how the act went, not another act
        heads = _heads_through(tok, SETTING_DEPS | {"acl", "advcl", "obj", "dobj", "xcomp"})
    else:
        return None
    for c in clusters:
        if any(
            x.type == m.type
            and x.sent.start == m.sent.start
            and x.trigger.pos_ in {"VERB", "AUX"}
            and x.trigger.i in heads
            and dates_compatible(m.date, x.date)
            and places_compatible(m.location, x.location)
            for x in c.mentions
        ):
            return c
    return None


def _heads_through(tok: Token, deps: frozenset[str]) -> list[int]:
    """The indices of ``tok``'s heads up through ``deps`` links (at most four), stopping
    after the first finite verb: the clause that governs the word, no further."""
    heads: list[int] = []
    cur = tok
    for _ in range(4):
        if cur.dep_ not in deps or cur.head.i == cur.i:
            break
        cur = cur.head
        heads.append(cur.i)
        if cur.pos_ in {"VERB", "AUX"} and "Fin" in cur.morph.get("VerbForm"):
            break
    return heads


def _present_participle(tok: Token) -> bool:
    if tok.pos_ != "VERB":
        return False
    if tok.tag_ == "VBG":
        return True
    return "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense")


def _same_source_described(c: Cluster) -> None:
    """ "…, the Gaza health ministry said. The ministry put the toll at 112": a later figure
    of the same event whose source is a bare definite description ("the ministry", "le
    maire", "the regional governor") is the earlier source whose name holds that noun, so its toll
    updates that source's instead of standing as a nameless claim."""
    named: list[Actor] = []
    for m in c.mentions:
        who = m.claimant
        if who is None:
            continue
        if who.id is None and m.quantities:
            head = _description_head(who.name, m.trigger.doc.lang_)
            match = next((a for a in reversed(named) if head and _describes(head, a)), None)
            if match is not None and match is not who:
                m.claimant = match
                m.prov("claimant", "merge.same_source_described")
                continue
        named.append(who)


ALSO_WORDS: frozenset[str] = words_any("also_words")


def _also_victims(c: Cluster) -> None:
    """ "Haniyeh was killed … One of his bodyguards was also killed, the group said": a
    casualty told with "also"/"aussi"/"également" adds to the same source's earlier figure of
    that kind for the same event (the sum then updates that source's toll)."""
    for i, m in enumerate(c.mentions):
        if m.kind != "casualty":
            continue
        also = any(ch.dep_ == "advmod" and ch.lower_ in ALSO_WORDS for ch in m.trigger.children)
        for q in m.quantities:
            earlier = [
                x.quantity_dict()[q.kind]
                for x in c.mentions[:i]
                if q.kind in x.quantity_dict() and _same_claimant(x, m)
            ]
            if not earlier or q.place is not None:
                continue
            if also or (q.value == 1 and _ordinal_rank(m, q) == earlier[-1] + 1):
                # "…, killing two civilians. A third person died later in hospital": the
                # victim ranked N + 1 after a toll of N is one more of that toll
                q.value += earlier[-1]
                m.prov(f"quantities.{q.kind}", "merge.also_victims")


def _ordinal_rank(m: Mention, q: QuantityValue) -> int | None:
    """The rank an ordinal gives the one victim counted by ``q`` ("a third person", "une
    troisième victime"), or None."""
    doc = m.trigger.doc
    noun = next((t for t in m.sent if t.idx == q.start), None)
    if noun is None:
        return None
    for child in noun.children:
        if child.dep_ in {"amod", "nummod"}:
            rank = resolvers.ordinal_value(child.text, doc.lang_)
            if rank is not None:
                return rank
    return None


def _same_claimant(a: Mention, b: Mention) -> bool:
    if a.claimant is None or b.claimant is None:
        return a.claimant is None and b.claimant is None and a.status == b.status
    return (a.claimant.id or a.claimant.name) == (b.claimant.id or b.claimant.name)


def _description_head(name: str, lang: str) -> str | None:
    """The head noun of "the ministry", "le ministère de la Santé", "the regional governor"."""
    words = name.replace("'", "' ").split()
    if len(words) < 2 or words[0].lower() not in DEFINITE | {"l'"}:
        return None
    words = words[1:]
    cut = next((i for i, w in enumerate(words) if w.lower() in {"de", "du", "des", "of"}), None)
    words = words[:cut] if cut else words
    # English puts the head last ("the regional governor"), French first ("le maire régional")
    return words[-1].lower() if lang == "en" else words[0].lower()


def _describes(head: str, actor: Actor) -> bool:
    # the name or surface only: a kind ("military") would equate an air force and an army
    text = " ".join(x for x in (actor.name, actor.surface or "") if x).lower()
    return head in text.replace("-", " ").split()


def _join_antecedent(m: Mention, clusters: list[Cluster]) -> bool:
    """ "Russia launched 50 drones. Forty-one were shot down": an elided figure joins the
    barrage it counts, whatever its own clause says of actors (the interceptor is no target),
    and a figure told without a source of its own continues the barrage's source."""
    ante = m.antecedent
    if ante is None:
        return False
    host = next((c for c in clusters if any(x is ante for x in c.mentions)), None)
    if host is None:
        return False
    if m.claimant is None and ante.claimant is not None and m.status == "asserted":
        m.claimant, m.status = ante.claimant, ante.status
        m.prov("claimant", "merge.antecedent_source")
    host.mentions.append(m)
    return True


def _borrow_sentence_place(typed: list[Mention], casualties: list[Mention]) -> None:
    """ "A Mykolaïv, deux personnes ont été tuées lorsqu'un drone a frappé un immeuble": the
    place fronting the sentence frames its toll and the attack in the subordinate clause."""
    for m in typed:
        if m.location is not None or m.kind != "attack":
            continue
        host = next(
            (x for x in casualties if x.sent.start == m.sent.start and x.location is not None),
            None,
        )
        if host is not None:
            m.location = host.location
            m.prov("location", "merge.sentence_place")


INDEFINITE: frozenset[str] = words_any("indefinite")


def _introduces(m: Mention) -> bool:
    """An attack word with a default type, indefinite, framing a killing ("killed in a strike
    on X", "tué lors d'une frappe"): a new occurrence. A subject or object ("une explosion
    vise…", "a mené une frappe") may still re-describe an attack told before."""
    trig = m.trigger
    return (
        m.default_type is not None
        and trig.dep_ in {"pobj", "obl", "obl:mod", "nmod"}
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in trig.children)
    )


def _stands_alone(m: Mention, casualties: list[Mention]) -> bool:
    """An untyped attack word with a default type that no typed attack took in.

    It is an event of its own when it is anchored: an author, a place, a figure, or a
    casualty word in its sentence ("Israeli strikes killed 90 people"). A bare "the
    strikes" or a heading stays dropped.
    """
    if m.default_type is None or m.anaphoric or m.kind != "attack":
        return False
    if m.initiator is not None or m.location is not None or m.quantities:
        return True
    if has_author(m.trigger):
        return True  # "L'armée a mené des frappes aériennes contre…": an author, even unresolved
    if _hit_something(m):
        return True
    return any(x.sent.start == m.sent.start for x in casualties)


LABOUR_STRIKE = "labour_strike"


def _retells_walkout(m: Mention, clusters: list[Cluster]) -> bool:
    """ "Teachers walked out on Monday. The strike closed schools in Nairobi": a bare strike
    word after a walkout told just before, in a sentence with no word of war, is that walkout."""
    war = word_classes(m.trigger.doc.lang_).get("war_scene", frozenset())
    if not war:
        return False  # a language whose strike word is never a walkout ("frappe" / "grève")
    if any(t.lemma_.lower() in war or t.lower_ in war for t in m.sent):
        return False
    return any(
        c.type == LABOUR_STRIKE
        and any(x.start < m.start and 0 <= m.para - x.para <= 2 for x in c.mentions)
        for c in clusters
    )


def _hit_something(m: Mention) -> bool:
    """ "Une frappe aérienne a touché une école", "An air strike hit a school": an indefinite
    attack word, subject of a verb whose object is a building or a military site, in a
    sentence (not a heading), tells a new occurrence by what it hit ("a strike hit the
    economy" does not)."""
    trig = m.trigger
    if _headline_like(m) or trig.dep_ != "nsubj" or trig.head.i == trig.i:
        return False
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in trig.children):
        return False
    hit = word_classes(trig.doc.lang_).get("t14_hit_object", frozenset())
    return any(
        c.dep_ in {"obj", "dobj"} and (c.lemma_.lower() in hit or c.lower_ in hit)
        for c in trig.head.children
    )


def _lend_demonym(m: Mention, clusters: list[Cluster]) -> None:
    """ "36 autres drones ukrainiens" tells that the set before it was Ukrainian too."""
    if m.initiator is None:
        return
    for c in reversed(clusters):
        same_claimant = any(
            x.claimant is not None and m.claimant is not None and x.claimant.id == m.claimant.id
            for x in c.mentions
        )
        if c.type == m.type and same_claimant:
            for x in c.mentions:
                if x.initiator is None and x.kind in {"attack", "intercept"}:
                    x.initiator = m.initiator
                    x.prov("initiator", "merge.other_set_demonym")
            if c.value("target") is None and m.target is not None:
                c.first.target = m.target
            return


# ACLED categories whose events kill and wound: a toll told in its own sentence may belong to
# a clash, a riot or police fire as well as to an attack ("Police opened fire on the crowd. At
# least 12 people were killed").
VIOLENT_ACLED_EVENTS: frozenset[str] = frozenset({"Battles", "Explosions/Remote violence", "Riots"})
VIOLENT_ACLED_SUB_EVENTS: frozenset[str] = frozenset(
    {"Attack", "Excessive force against protesters", "Protest with intervention"}
)


@cache
def violent_types() -> frozenset[str]:
    """Event type codes that can carry a toll (read from the ontology's ACLED columns)."""
    return frozenset(
        code
        for code, t in ontology.event_types().items()
        if t.acled_event in VIOLENT_ACLED_EVENTS or t.acled_sub_event in VIOLENT_ACLED_SUB_EVENTS
    )


def _hosts_casualties(x: Mention) -> bool:
    """An attack word, or a mention of a violent type (a clash, a riot, police fire)."""
    if x.kind in ATTACK_KINDS:
        return True
    return x.type in violent_types() and x.status != "hypothetical"


def _told_in_passing(x: Mention) -> bool:
    """ "après la mort de Nahel, tué mardi par un policier", "the death of a teenager shot by
    police": a killing told by a participle that qualifies a noun is the cause or background
    named in passing; the tolls of later sentences are not its own."""
    tok = x.trigger
    verb = tok if tok.pos_ == "VERB" else tok.head
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in {"acl", "acl:relcl"}
        and verb.head.pos_
        in {
            "NOUN",
            "PROPN",
        }
    )


def _closeness(m: Mention, c: Cluster) -> tuple[int, int]:
    """How tightly a cluster's mention in the casualty's sentence frames it: a syntactic link
    first ("a drone strike killed two", "killed … when a missile hit"), then word distance.
    "Un drone a tué deux personnes à Kherson, tandis qu'un missile en a blessé trois à
    Odessa": each toll goes to its own clause's attack."""
    best = (0, -(10**6))
    for x in c.mentions:
        if x.sent.start != m.sent.start or not _hosts_casualties(x):
            continue
        linked = int(
            x.trigger.head.i == m.trigger.i
            or m.trigger.head.i == x.trigger.i
            or x.trigger.i in {t.i for t in m.trigger.children}
        )
        best = max(best, (linked, -abs(x.trigger.i - m.trigger.i)))
    return best


# A toll stated over a span longer than this is a running total ("since October", "depuis le
# début de la guerre", "this year"), not the toll of an attack told in another sentence.
CUMULATIVE_DAYS = 7


CUMULATIVE_PREPS: frozenset[str] = words_any("cumulative_preps")


def _cumulative(m: Mention) -> bool:
    """A running total: told "since" a start ("depuis le début de l'invasion"), or over a
    stated span of more than a week."""
    for child in m.trigger.children:
        if child.dep_ == "prep" and child.lower_ in CUMULATIVE_PREPS:
            return True
        if child.dep_.startswith("obl") and any(
            c.dep_ == "case" and c.lower_ in CUMULATIVE_PREPS for c in child.children
        ):
            return True
    d = m.date
    if not m.date_stated or d is None:
        return False
    return (
        date.fromisoformat(d.end[:10]) - date.fromisoformat(d.start[:10])
    ).days > CUMULATIVE_DAYS


def _dates_allow(m: Mention, c: Cluster) -> bool:
    """A toll told in its own sentence joins only an event whose stated dates it agrees with."""
    if not m.date_stated:
        return True
    return all(dates_compatible(m.date, x.date) for x in c.mentions if x.date_stated)


def _casualty_host(m: Mention, clusters: list[Cluster]) -> Cluster | None:
    same_sentence = [
        c
        for c in clusters
        if any(x.sent.start == m.sent.start and _hosts_casualties(x) for x in c.mentions)
    ]
    if same_sentence:
        host = max(same_sentence, key=lambda c: _closeness(m, c))
        if m.claimant is None:
            # "…, a annoncé le maire, faisant état de trois morts": the sentence's source
            source = next((x for x in host.mentions if x.sent.start == m.sent.start), None)
            if source is not None and source.claimant is not None:
                m.claimant, m.status = source.claimant, source.status
                m.prov("claimant", "merge.same_sentence_source")
        return host
    if _cumulative(m):
        return None  # "More than 40,000 have been killed since October": no one attack's toll
    clusters = [c for c in clusters if _dates_allow(m, c)]
    before = [
        c
        for c in clusters
        if _hosts_casualties(c.first)
        and not all(_told_in_passing(x) for x in c.mentions)
        and any(x.start < m.start and m.para - x.para <= MAX_PARAGRAPH_GAP for x in c.mentions)
    ]
    if before:
        return max(before, key=lambda c: max(x.start for x in c.mentions if x.start < m.start))
    # "Huit personnes ont été tuées samedi à Kharkiv. Un missile a frappé un immeuble…": a
    # toll told first belongs to the attack told next in its paragraph
    after = [
        c
        for c in clusters
        if _hosts_casualties(c.first)
        and any(x.start > m.start and x.para == m.para for x in c.mentions)
    ]
    if not after:
        return None
    return min(after, key=lambda c: min(x.start for x in c.mentions if x.start > m.start))
