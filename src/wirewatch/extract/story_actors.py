"""Who did what to whom when the sentence leaves it to the rest of the story.

Runs once per article, after :mod:`venues` and before mentions are merged. Only fills an
initiator or target that is still empty, with a ``story.*`` provenance rule; a side the
text names is never replaced (docs/extraction.md, Sides from the story).

The rules, in order (each sees what the ones before it filled):

1. ``story.anaphor``: an act the text refers back to ("the attack", "ces frappes", "l'accord",
   "la trêve") takes the sides of the nearest earlier mention of the same type;
2. ``story.two_party``: in a story whose hostile acts have exactly two sides (A→B, B→A), a
   hostile act or a threat/accusation naming only one of them has the other as its other side;
   ``story.two_party_settlement``: a ceasefire, deal or prisoner exchange there binds both;
3. ``story.place_state``: violence that hurt people, policing, restrictions and arrests in
   unrest with no target hit the state of the place where the people are (the act's place,
   else the story's only country, else the country it names most as a place);
4. ``story.one_way``: aid and pledges go to the story's one recipient, withdrawals and
   handovers leave its one host (and come from its one donor / leaving force); not an act
   whose own author is a third party ("China said it opposed unilateral sanctions");
   ``story.threat_condition``: a threat whose condition names a party ("until Israel stops
   its offensive", "jusqu'à ce qu'Israël cesse…") is aimed at that party;
5. ``story.answered_act``: a condemnation, threat or demand answering an act named in its own
   clause targets that act's author; ``story.sanction_reply``: in a story whose sanctions go from
   one power to one state, what either says back (threat, condemnation, refusal) targets the other;
6. ``story.domestic``: in a story of unrest in one country, what that country's own actors
   say (condemn, praise, warn, accuse, demand, concede, refuse) with no addressee is aimed at
   that country (the government answering protesters, unions addressing the government);
7. round 10: ``story.group_harm`` (an armed group's violence that hurt people hits the state of
   the place), ``story.blamed`` (the party a reaction blames), ``story.joint_demand`` ("et
   réclame leur arrêt"), ``story.decision_reaction`` ("condemned the decision"),
   ``story.investigated`` (an inquiry into the story's deed), ``story.counterpart`` (a power
   facing one state), ``story.hostage_release`` (hostages go from the group to the state).

8. round 11: ``story.aid_destination`` (aid with no recipient: the state of its place, of the
   state the donor visits, of the story's home), ``story.struck_back`` (a side's strike with
   no target, aimed at the one side striking it), ``story.addressed_army`` ("urged the army
   to…": the story's one national army); ``story.hostage_release`` also where the pair is two
   states and one armed group of the struck land is named; an anaphor told at another place
   is a new act.

9. round 12: ``story.conceded_withdrawal`` (a conceded withdrawal goes to the host it leaves),
   ``story.ended_pact`` (a pact a state ends names the one other state it is aimed at);
   ``story.answered_act`` also for "ces attaques" (the nearest attack before it) and for an
   attack verb whose agent is named ("civilians targeted by Israeli soldiers").

10. round 13: ``story.domestic_meeting`` (a meeting with the country's own people in a story of
   its unrest), ``story.operation_enemy`` ("une opération contre le Hamas"),
   ``story.two_party_talks`` (brokered talks bind a war's two sides), ``story.two_governments``
   ("agreed between the two governments"), ``story.reinforcements`` (police reinforcements are
   asked of the speaker's state); ``story.answered_act`` also for citizens answering their own
   police and for "la levée du siège"; ``story.domestic`` also for a union's refusal and a
   described employer's concession; ``story.deployed_against`` (a deployment against the one
   home armed group that struck the state), ``story.rejected_proposal`` ("elections, which the
   opposition vowed to boycott"), ``story.accused_envoys`` (envoys accused in a story of
   expulsions), ``story.topic_country`` ("la conférence sur la paix en Ukraine").

Before them all, ``story.claimed_author``: the one group that claims responsibility for the
story's attack ("Al-Shabaab later claimed the bombing", "le JNIM a revendiqué l'opération",
"said it carried out the assault", "a affirmé avoir mené l'attaque") is
the author of the attacks told before the claim whose author is unnamed or only described
("des jihadistes", "gunmen"), and the arrested attackers ("une vingtaine d'assaillants") are
its side; the reactions to the attack then answer it (rule 5).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from spacy.tokens import Doc, Token

from wirewatch.model import Actor

from . import arguments, resolvers
from .arguments import home_country, sole_country
from .mention import ArticleContext, Mention
from .merge import SEPARATE_ACTS
from .modality import is_conditional

LOGGER = logging.getLogger(__name__)

# Physical hostile acts: their two sides are the story's belligerents.
MATERIAL_TYPES: frozenset[str] = frozenset(
    {
        "armed_clash",
        "territory_captured",
        "territory_regained",
        "chemical_attack",
        "drone_strike",
        "air_strike",
        "suicide_bombing",
        "missile_strike",
        "shelling",
        "explosive_device",
        "grenade_attack",
    }
)
MATERIAL_KINDS: frozenset[str] = frozenset({"attack", "intercept", "capture"})
ATTACK_KINDS: frozenset[str] = frozenset({"attack", "intercept"})
# Verbal acts one belligerent aims at the other ("Kyiv accused…", "Moscow vowed revenge").
HOSTILE_SPEECH: frozenset[str] = frozenset({"threaten", "accuse"})
# Acts against the people of a place: with no target named, the state of the place is hit
# (a grenade in a bar, riot police charging a crowd, a curfew, people arrested in a town).
PLACE_STATE_TYPES: frozenset[str] = frozenset(
    {
        "attack_on_civilians",
        "suicide_bombing",
        "explosive_device",
        "grenade_attack",
        "excessive_force",
        "protest_with_intervention",
        "coerce",
        "arrest",
    }
)
# Violence whose victims make the place's state the target only when people were hurt.
HARM_TYPES: frozenset[str] = frozenset(
    {"attack_on_civilians", "suicide_bombing", "explosive_device", "grenade_attack"}
)
HARM_KINDS: frozenset[str] = frozenset({"killed", "injured"})
STRUCK_WINDOW = 3  # tokens after an attack noun where "sur Rafah" / "on Kharkiv" stands
NO_HARM_WINDOW = 3  # tokens before a casualty word where "sans faire de" / "without any" sits
# A story of unrest: arrests in it round up the place's people (rioters, protesters).
UNREST_TYPES: frozenset[str] = frozenset(
    {
        "riot",
        "peaceful_protest",
        "protest_with_intervention",
        "excessive_force",
        "labour_strike",
    }
)  # not a lynching: a mob's killing is a crime, its suspects no side
# Devices and throws whose author is rarely known: the other side of the war is no guess.
AUTHORLESS_TYPES: frozenset[str] = frozenset({"explosive_device", "grenade_attack"})
# Acts that bind both sides of a war: a ceasefire, a deal, a prisoner exchange. Not talks:
# those with no party named are mostly a mediator's ("talks in Doha", "due to hold talks").
SETTLEMENT_TYPES: frozenset[str] = frozenset({"agreement", "release"})
# Acts that go one way through a story: from its donor to its recipient, from the leaving
# force to its host, from the sanctioning power to the sanctioned state.
ONE_WAY_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"aid_pledge", "aid_delivery"}),
    frozenset({"retreat", "territory_transferred"}),
    frozenset({"sanction"}),
)
# Aid that crosses a border: with no recipient named, it goes to the place it is sent to.
AID_TYPES: frozenset[str] = frozenset({"aid_pledge", "aid_delivery"})
# What a country's own people and officials say to one another in a story of its unrest.
DOMESTIC_SPEECH: frozenset[str] = frozenset(
    {"condemn", "threaten", "support", "accuse", "demand", "concede", "reject", "investigate"}
)  # an inquiry too: its own body looking into the police or the rioters (round 10)
# What a union or party of the country says back to the state in a story of its unrest
# ("le Front commun l'a rejetée", "the union rejected the offer"): no other addressee.
# Not its demands: "a appelé à bloquer" calls its own members out (round 13).
UNION_REPLIES: frozenset[str] = frozenset({"reject", "condemn"})
# Reactions that answer an act: their target is the act's author.
REACTION_TYPES: frozenset[str] = frozenset({"condemn", "threaten", "demand"})
# What the two sides of a sanction say to each other (not demands: those name an addressee).
SANCTION_REPLIES: frozenset[str] = frozenset({"threaten", "condemn", "reject"})
# Speech that tells a deed as done ("said it carried out", "a affirmé avoir mené"): a claim
CLAIM_SPEECH: frozenset[str] = frozenset({"report", "confirm"})
CLAIM_COMPLEMENTS: frozenset[str] = frozenset({"ccomp", "xcomp"})
FR_CONDITIONAL_TAILS: tuple[str, ...] = ("rait", "raient", "rais")
CONDITION_WINDOW = 8  # tokens after "until"/"jusqu'" where the condition's verb stands
GROUP_KINDS: frozenset[str] = frozenset({"armed_group", "group"})
# actors that are the state itself or its forces: in a civil war, the state's side
STATE_KINDS: frozenset[str] = frozenset(
    {"state", "military", "government", "ministry", "presidency", "police", "intelligence"}
)
OBJECT_DEPS: frozenset[str] = frozenset({"obj", "dobj"})
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
PASSIVE_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj:pass", "nsubjpass"})
SIDES: tuple[str, str] = ("initiator", "target")


def fill_story_actors(mentions: list[Mention], ctx: ArticleContext) -> None:
    """Fill empty sides from the story's other events (see the module docstring)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    _claimed_author(ordered, ctx)
    _attackers_struck(ordered, ctx)
    _anaphoric_acts(ordered, ctx)
    _two_party_story(ordered, ctx)
    _struck_back(ordered, ctx)  # round 11
    _place_state(ordered, ctx)
    _group_harm(ordered, ctx)
    _one_donor_one_host(ordered)
    _conceded_withdrawals(ordered, ctx)  # round 12
    _ended_pact_partners(ordered, ctx)  # round 12
    _aid_destinations(ordered, ctx)  # round 11
    _conditioned_threats(ordered, ctx)
    _blamed_party(ordered, ctx)
    _answered_acts(ordered, ctx)
    _joint_stop_demands(ordered, ctx)
    _sanction_replies(ordered, ctx)
    _domestic_unrest(ordered, ctx)
    # round 10: the broader patterns after the specific ones
    _decision_reactions(ordered, ctx)
    _investigated_side(ordered, ctx)
    _story_counterparts(ordered, ctx)
    _addressed_army(ordered, ctx)  # round 11
    _domestic_meetings(ordered, ctx)  # round 13
    _operation_enemies(ordered, ctx)  # round 13
    _two_governments(ordered, ctx)  # round 13
    _reinforcement_requests(ordered, ctx)  # round 13
    _deployments_against_group(ordered, ctx)  # round 13
    _rejected_proposals(ordered, ctx)  # round 13
    _accused_envoys(ordered, ctx)  # round 13
    _topic_countries(ordered, ctx)  # round 13


def side_key(actor: Actor | None) -> str | None:
    """The side an actor stands for: its country, else its id (a group acting across borders);
    None for an actor kept only by its surface, which names no side."""
    if actor is None:
        return None
    if actor.kind in GROUP_KINDS and actor.id:
        return actor.id  # al-Shabaab and Somalia's army are two sides of one country
    return actor.country or actor.id


def _set(m: Mention, name: str, actor: Actor, rule: str) -> None:
    if getattr(m, name) is not None:
        return  # a side the text names is never replaced
    setattr(m, name, actor)
    m.prov(name, rule)


def _is_material(m: Mention) -> bool:
    """A physical hostile act; an untyped attack word by the type it would default to."""
    code = m.type or m.default_type
    if code is not None:
        return code in MATERIAL_TYPES
    return m.kind in MATERIAL_KINDS


# -- 0. the author a claim of responsibility names -------------------------------------------


def _claimed_author(ordered: list[Mention], ctx: ArticleContext) -> None:
    claims = [(pos, m.initiator) for m in ordered if (pos := _responsibility_at(m)) is not None]
    verbs = _claim_verbs(ctx)
    claims += [(tok.idx, actor) for tok, actor in verbs]
    groups = {side_key(a) for _, a in claims}
    if len(groups) != 1 or None in groups:
        return  # two groups claim, or an unresolved one: no guess
    pos, group = min(claims, key=lambda c: c[0])
    assert group is not None
    # the acts told before the claim; not the noun it claims ("claimed the assault"): that is
    # the act told before, which merging may not see (a typed noun may fold into another act)
    before = [m for m in ordered if (_is_material(m) or m.type in HARM_TYPES) and m.start < pos]
    if any(side_key(m.initiator) not in {None, side_key(group)} for m in before):
        return  # the story tells acts of another author: which one the claim covers is open
    if len(_act_countries(ordered, pos)) > 1:
        return  # acts in two countries up to the claim (a ticker's other story): no guess
    for m in before:
        if m.initiator is None or _described_only(m, "initiator"):
            m.initiator = None
            _set(m, "initiator", group, "story.claimed_author")


def _attackers_struck(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "Une vingtaine d'assaillants ont été arrêtés", "security forces battled the attackers":
    the attackers arrested, killed or fought are the side of the story's attack author, when
    its attacks have one (a claimed group, or one author named)."""
    author = _sole_attack_author(ordered)
    if author is None:
        return
    attackers = ctx.lex.words("attacker_nouns")
    for m in ordered:
        if m.target is not None or not (m.type == "arrest" or _is_material(m)):
            continue
        if side_key(m.initiator) == side_key(author):
            continue  # the attack itself, "des assaillants ont attaqué…"
        if _affected_are(m, attackers):
            _set(m, "target", author, "story.attackers")


def _act_countries(ordered: list[Mention], pos: int) -> set[str]:
    """The countries of the violent acts told up to the end of the claim's sentence."""
    doc = ordered[0].trigger.doc if ordered else None
    end = doc[_token_at(doc, pos)].sent.end_char if doc is not None else pos
    return {
        m.location.country
        for m in ordered
        if (_is_material(m) or m.type in HARM_TYPES)
        and m.start < end
        and m.location is not None
        and m.location.country
    }


def _token_at(doc: Doc, pos: int) -> int:
    """The index of the token at character offset ``pos`` (the last token past the end)."""
    for tok in doc:
        if tok.idx + len(tok.text) > pos:
            return tok.i
    return len(doc) - 1


def _responsibility_at(m: Mention) -> int | None:
    """Where a mention's initiator was read from a claim of responsibility (its speaker's
    offset), for a claimed group that is resolved; else None."""
    if side_key(m.initiator) is None or m.initiator is None:
        return None
    if m.initiator.kind not in GROUP_KINDS:
        return None  # a state "claiming" a strike is a claim, not an unknown author found
    for p in reversed(m.provenance):
        if p.field == "initiator":
            if p.rule.endswith(".claims_responsibility"):
                return p.start if p.start is not None else m.start
            return None
    return None


def _claim_verbs(ctx: ArticleContext) -> list[tuple[Token, Actor]]:
    """ "Le JNIM a revendiqué l'opération, affirmant avoir tué…", "al-Shabaab claimed
    responsibility": a claim verb whose subject is an armed group, not negated (where the
    claim is read with its own figures, no mention carries it)."""
    found: list[tuple[Token, Actor]] = []
    speech = ctx.lex.speech_verbs
    negations = ctx.lex.words("negation_words")
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        claim = speech.get(lemma) == "responsibility" or (
            lemma == "claim" and any(_claimed_object(c, ctx) for c in tok.children)
        )
        claim = claim or (speech.get(lemma) in CLAIM_SPEECH and _deed_claimed(tok, ctx))
        if not claim or tok.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ == "neg" or c.lower_ in negations for c in tok.children):
            continue
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS:
                actor = _resolve_quietly(child, ctx)
                if side_key(actor) is None:
                    actor = _acronym_in(child, ctx)  # "Le Groupe de soutien… (JNIM)"
                if actor is not None and actor.kind in GROUP_KINDS and side_key(actor):
                    found.append((tok, actor))
    return found


def _deed_claimed(verb: Token, ctx: ArticleContext) -> bool:
    """ "Al-Shabaab said it carried out the assault", "le JNIM a affirmé avoir mené l'attaque":
    the speaker tells, in the past, that it (a pronoun, or nobody in an infinitive) carried out
    an attack; not "would carry out attacks" (a threat) nor "did not carry out" (a denial)."""
    deeds = ctx.lex.words("claimed_deed_verbs")
    negations = ctx.lex.words("negation_words")
    for comp in verb.children:
        if comp.dep_ not in CLAIM_COMPLEMENTS or comp.lemma_.lower() not in deeds:
            continue
        subjects = [c for c in comp.children if c.dep_ in SUBJECT_DEPS]
        if any(c.pos_ != "PRON" for c in subjects):
            continue  # "said Israel carried out the strike": another author
        words = [comp, *(c for c in comp.children if c.dep_.startswith("aux"))]
        if any(_future(w) for w in words):
            continue
        if any(c.dep_ == "neg" or c.lower_ in negations for c in comp.children):
            continue
        if any(c.dep_ in OBJECT_DEPS and _attack_word(c, ctx) for c in comp.children):
            return True
    return False


def _future(tok: Token) -> bool:
    """A word of the future or a conditional: "will", "would", "mènera", "mèneraient"."""
    if "Fut" in tok.morph.get("Tense") or is_conditional(tok):
        return True
    # "mèneraient", "achèterait": a stem whose accent moves escapes the conditional check; an
    # imperfect in -rait taken for one only withholds a claim
    if tok.lang_ == "fr" and tok.lower_.endswith(FR_CONDITIONAL_TAILS):
        return True
    return tok.tag_ == "MD"


def _claimed_object(child: Token, ctx: ArticleContext) -> bool:
    """What "claim" takes when it claims an act: "responsibility", "the assault"."""
    if child.lemma_.lower() == "responsibility":
        return True
    return child.dep_ in OBJECT_DEPS and _attack_word(child, ctx)


def _acronym_in(head: Token, ctx: ArticleContext) -> Actor | None:
    """The group a long name gives its short form for in brackets: "(JNIM)", "(RSF)"."""
    for tok in head.subtree:
        prev, nxt = (
            tok.nbor(-1) if tok.i > 0 else None,
            tok.nbor(1) if tok.i + 1 < len(tok.doc) else None,
        )
        if prev is not None and nxt is not None and prev.text == "(" and nxt.text == ")":
            actor = resolvers.lookup_actor(tok.text, lang=ctx.lang)
            if actor is not None:
                return actor
    return None


def _described_only(m: Mention, name: str) -> bool:
    """A side given only as a description ("des jihadistes", "gunmen", "un kamikaze"): an
    unresolved actor whose words, where the text states them, hold no proper name."""
    actor = getattr(m, name)
    if actor is None or side_key(actor) is not None:
        return False
    spans = [p for p in m.provenance if p.field == name and p.start is not None]
    if not spans:
        return False
    span = spans[-1]
    doc = m.trigger.doc
    toks = [t for t in doc if span.start <= t.idx < span.end]  # type: ignore[operator]
    # "Jihadist fighters", "des islamistes", "un kamikaze": a phrase headed by a common noun
    # (the parser tags a creed word "Jihadist" PROPN, so modifiers are not judged)
    heads = [t for t in toks if not (span.start <= t.head.idx < span.end) or t.head is t]  # type: ignore[operator]
    return len(heads) == 1 and heads[0].pos_ == "NOUN" and not heads[0].ent_type_


def _sole_attack_author(ordered: list[Mention]) -> Actor | None:
    """The one side that authors the story's attacks (after claims are read), else None."""
    authors: dict[str, Actor] = {}
    for m in ordered:
        key = side_key(m.initiator)
        if key is not None and (m.kind in ATTACK_KINDS or m.type in HARM_TYPES):
            authors.setdefault(key, m.initiator)  # type: ignore[arg-type]
    return next(iter(authors.values())) if len(authors) == 1 else None


def _affected_are(m: Mention, nouns: frozenset[str]) -> bool:
    """The people an act is done to (its object, a passive subject) are attackers: "police
    detained two attackers", "une vingtaine d'assaillants ont été arrêtés"."""
    for child in m.trigger.children:
        if child.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
            if any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in child.subtree):
                return True
    return False


# -- 1. an act referred back to ------------------------------------------------------------


def _anaphoric_acts(ordered: list[Mention], ctx: ArticleContext) -> None:
    determiners = ctx.lex.words("definite_determiners") | ctx.lex.words("demonstratives")
    for i, m in enumerate(ordered):
        if m.type is None or (m.initiator is not None and m.target is not None):
            continue  # an untyped attack word is folded into its act by merging
        if not (m.anaphoric or _determined_noun(m.trigger, determiners)):
            continue
        earlier = _antecedent(m, ordered[:i])
        if earlier is None:
            continue
        for name in SIDES:
            value = getattr(earlier, name)
            if name == "initiator" and _restatement(m):
                continue  # merging folds it into the act it restates
            if value is not None and side_key(value) is not None:
                _set(m, name, value, "story.anaphor")


def _determined_noun(trig: Token, determiners: frozenset[str]) -> bool:
    """ "the attack", "ces frappes", "l'accord": a noun trigger with a definite determiner."""
    if trig.pos_ != "NOUN":
        return False
    return any(c.dep_ == "det" and c.lower_ in determiners for c in trig.children)


def _antecedent(m: Mention, before: list[Mention]) -> Mention | None:
    """The nearest earlier mention of the same type whose known sides agree with ``m``'s."""
    for x in reversed(before):
        if x.sent == m.sent and x.trigger.i > m.trigger.i:
            continue
        if x.type != m.type or (x.initiator is None and x.target is None):
            continue
        if _other_occasion(m, x):
            return None  # "les combats autour de Sake" between Thursday and Saturday: a new act
        if all(_agrees(getattr(m, n), getattr(x, n)) for n in SIDES):
            return x
        return None  # the nearest act of that type is another one: no guess further back
    return None


def _other_occasion(m: Mention, x: Mention) -> bool:
    """Two acts of one type told at different places: the later is no anaphor.

    "the fighting" restates the clash before it only if nothing sets it elsewhere: "les combats
    autour de Sake" is not the clash at Goma's airport. (Not a different date: the sentence's
    date is often its saying's, "the strike caused a fire, the governor said on Tuesday";
    only a date that opens the sentence, "Entre jeudi et samedi, …", sets the act apart.)
    """
    if _opening_date(m) and x.date_stated and x.date is not None and m.date is not None:
        if m.date.end < x.date.start or x.date.end < m.date.start:
            return True
    here, there = m.location, x.location
    if here is None or there is None:
        return False
    if here.precision == "place" and there.precision == "place":
        return here.name != there.name and here.geonames_id != there.geonames_id
    if here.admin1_code and there.admin1_code:
        return here.admin1_code != there.admin1_code
    return bool(here.country and there.country and here.country != there.country)


def _opening_date(m: Mention) -> bool:
    """The act's stated date stands before its trigger ("Between Thursday and Saturday, …
    were killed in the fighting"), so it dates the act, not a later "said on Tuesday"."""
    if not m.date_stated or m.date is None or not m.date.surface:
        return False
    at = m.sent.text.find(m.date.surface)
    return 0 <= at and m.sent.start_char + at < m.trigger.idx


def _agrees(mine: Actor | None, theirs: Actor | None) -> bool:
    return mine is None or theirs is None or side_key(mine) == side_key(theirs)


# -- 2. a two-sided war story --------------------------------------------------------------


@dataclass
class StoryPair:
    """The two sides of a war story, in the order a deal names them (a state first)."""

    actors: dict[str, Actor]
    # a state struck only as a place of a group's land stands for that group's side
    # (Israeli strikes on Lebanon in an Israel–Hezbollah story)
    alias: dict[str, str] = field(default_factory=dict)
    # the armed groups of a side's land the story names (Hamas for "PSE"), by id
    land_groups: dict[str, Actor] = field(default_factory=dict)

    def key(self, actor: Actor | None) -> str | None:
        """The side ``actor`` stands for in this story, or None if it is neither."""
        key = side_key(actor)
        if key is None or actor is None:
            return None
        if actor.kind not in GROUP_KINDS and any(
            a.kind in GROUP_KINDS and a.country == key for a in self.actors.values()
        ):
            # a person or body of a country at war with a group of its own (a militia leader,
            # "the junta") may stand for either side: no guess
            if actor.kind not in STATE_KINDS:
                return None
        key = self.alias.get(key, key)
        return key if key in self.actors else None

    def other(self, key: str) -> Actor:
        return next(a for k, a in self.actors.items() if k != key)


def _two_party_story(ordered: list[Mention], ctx: ArticleContext) -> None:
    pair = _story_pair(ordered)
    if pair is None:
        return
    if any(m.type == "release" for m in ordered):
        pair.land_groups = _land_groups(ordered, ctx, pair)
    for m in ordered:
        if m.type in SETTLEMENT_TYPES:
            _settlement_parties(m, pair, ctx)
            continue
        if m.type == "consult_meeting" and m.initiator is None and _brokered(m, ctx):
            _settlement_parties(m, pair, ctx, "story.two_party_talks")  # round 13
            continue
        if not (_is_material(m) or m.type in HOSTILE_SPEECH) or m.type in AUTHORLESS_TYPES:
            continue
        known = [n for n in SIDES if side_key(getattr(m, n)) is not None]
        if len(known) != 1 or getattr(m, _other(known[0])) is not None:
            continue
        key = pair.key(getattr(m, known[0]))
        if key is None:
            continue
        if m.type in HOSTILE_SPEECH and not _speech_open(m, ctx):
            continue
        _set(m, _other(known[0]), pair.other(key), "story.two_party")


def _struck_back(ordered: list[Mention], ctx: ArticleContext) -> None:
    """A side's own strike with no target, in a story where one side alone strikes it, is aimed
    at that side ("Hamas claimed a rocket salvo" amid Israeli strikes on Gaza and Lebanon;
    "Iran fired missiles" after Israel's raids): a story of three sides has no two-side pair."""
    for m in ordered:
        if not _is_material(m) or m.type in AUTHORLESS_TYPES or m.target is not None:
            continue
        if m.status == "negated" or side_key(m.initiator) is None or _restatement(m):
            continue
        if _struck_thing_named(m, ctx):
            continue  # "the group had targeted the ship": what it hit is told, and is no side
        striker = _sole_striker_of(m.initiator, ordered)  # type: ignore[arg-type]
        if striker is not None:
            _set(m, "target", _side_actor(striker), "story.struck_back")


def _struck_thing_named(m: Mention, ctx: ArticleContext) -> bool:
    """The act names what it hit: a verb's object ("targeted the ship", "a visé un navire";
    not the weapon, "fired rockets"), or an attack noun's "on"/"sur"/"contre"
    (``story_struck_preps``)."""
    preps = ctx.lex.words("story_struck_preps")
    trig = m.trigger
    if trig.pos_ in {"VERB", "AUX"}:
        objects = [c for c in trig.children if c.dep_ in OBJECT_DEPS]
        return any(not _weapon_phrase(o, m, ctx) for o in objects)
    for child in trig.children:
        if child.lower_ in preps or any(
            g.lower_ in preps for g in child.children if g.dep_ == "case"
        ):
            return True
    return False


def _weapon_phrase(obj: Token, m: Mention, ctx: ArticleContext) -> bool:
    """ "fired dozens of rockets", "a lancé des drones": the object is the weapon, not a target."""
    return any(t == m.munition or _attack_word(t, ctx) for t in obj.subtree)


def _sole_striker_of(actor: Actor, ordered: list[Mention]) -> Actor | None:
    """The one side whose physical hostile acts hit ``actor``'s side (a group's side is the
    group, or its country struck by a foreign state), else None."""
    own = side_key(actor)
    found: dict[str, Actor] = {}
    for x in ordered:
        if not _is_material(x) or x.initiator is None or x.target is None:
            continue
        key = side_key(x.initiator)
        if key is None or key == own or x.initiator.country == actor.country:
            continue  # nobody strikes back at their own side (a civil war's state and group)
        hit = side_key(x.target)
        if hit == own or (actor.kind in GROUP_KINDS and hit == actor.country):
            found.setdefault(key, x.initiator)
    return next(iter(found.values())) if len(found) == 1 else None


def _speech_open(m: Mention, ctx: ArticleContext) -> bool:
    """A threat or accusation may take the enemy as addressee only when its own clause names
    none and its speaker is the side already read: "accusing the Secretary-General" names an
    addressee (unresolved, still named); '"X will pay", warned the Houthi spokesman' has a
    speaker who is not the initiator read from the quote."""
    trig = m.trigger
    forces = ctx.lex.words("bare_army") | ctx.lex.words("force_nouns")
    # '«…», a prévenu un responsable du mouvement': the parser takes the inverted speaker of
    # an incise (a comma before the verb) for its object
    incise = _incise(trig)
    for child in trig.children:
        inverted = incise and child.dep_ in OBJECT_DEPS and child.i > trig.i
        if child.dep_ in OBJECT_DEPS and not inverted and child.lemma_.lower() not in forces:
            if child.pos_ in {"PROPN", "NOUN", "PRON"} and m.type == "accuse":
                return False
        if child.dep_ in SUBJECT_DEPS or inverted:
            speaker = _resolve_quietly(child, ctx)
            # an unresolved speaker too: the initiator was then read from elsewhere (the quote)
            if speaker is not None and _nation(speaker) != _nation(m.initiator):
                return False
    return True


def _incise(verb: Token) -> bool:
    """ "«…», a prévenu X": a verb with no subject whose group (auxiliaries first) comes
    right after a comma."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    aux = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    first = min([verb.i, *(c.i for c in aux)])
    return first > verb.sent.start and verb.doc[first - 1].text == ","


def _nation(actor: Actor | None) -> str | None:
    """The country an actor belongs to (a union's leader and the union are one), else its id."""
    if actor is None:
        return None
    return actor.country or actor.id


def _resolve_quietly(head: Token, ctx: ArticleContext) -> Actor | None:
    """The actor of a noun phrase, leaving the article's memory as every sentence left it."""
    # every field of the context, lists copied: resolving may note countries, people, the home
    saved = {f.name: getattr(ctx, f.name) for f in fields(ctx)}
    lists = {k: list(v) for k, v in saved.items() if isinstance(v, list)}
    actor, _ = arguments.actor_from_np(head, ctx)
    for name, value in saved.items():
        if name in lists:
            value[:] = lists[name]
        setattr(ctx, name, value)
    return actor


def _brokered(m: Mention, ctx: ArticleContext) -> bool:
    """ "U.S.- and Saudi-brokered talks", "des pourparlers sous l'égide de l'Union africaine":
    talks a third party brokers are held between the story's two sides (a word of
    ``story_broker_words`` in the talks' own phrase); bare "talks in Doha" may be a mediator's
    own and take no side."""
    words = ctx.lex.words("story_broker_words")
    return any(t.lower_ in words or t.lemma_.lower() in words for t in m.trigger.subtree)


def _settlement_parties(
    m: Mention, pair: StoryPair, ctx: ArticleContext, rule: str = "story.two_party_settlement"
) -> None:
    """A ceasefire, deal or exchange in a two-sided war binds its two sides (a release only
    when it is an exchange: hostages handed over go one way); so do brokered talks."""
    if m.type == "release" and not _exchange(m, ctx):
        _hostage_handover(m, pair, ctx)
        return
    named = [getattr(m, n) for n in SIDES]
    keys = [pair.key(a) for a in named]
    third = [a for a, k in zip(named, keys, strict=True) if side_key(a) is not None and k is None]
    if third:
        return  # a third party (a broker, an ally) is named: not the belligerents' deal
    if keys[0] is not None and keys[1] is not None:
        return
    order = list(pair.actors)
    if keys[1] is not None:  # the named target decides who is the initiator
        order = [k for k in order if k != keys[1]] + [keys[1]]
    elif keys[0] is not None:
        order = [keys[0]] + [k for k in order if k != keys[0]]
    for name, key in zip(SIDES, order, strict=True):
        _set(m, name, pair.actors[key], rule)


def _hostage_handover(m: Mention, pair: StoryPair, ctx: ArticleContext) -> None:
    """ "Les trois otages ont été remises à la Croix-Rouge", "the hostages were handed over":
    in a war between a state and an armed group, hostages released go from the group to the
    state (`story.hostage_release`); detainees and prisoners, whose side is stated or not, are
    left alone, and so is a war between two states or two groups."""
    groups = [k for k, a in pair.actors.items() if a.kind in GROUP_KINDS]
    if not _released_are(m, ctx.lex.words("story_hostage_nouns")):
        return
    if len(groups) != 1:
        _land_group_handover(m, pair, ctx)
        return
    group = pair.actors[groups[0]]
    state = pair.other(groups[0])
    keys = [pair.key(getattr(m, n)) for n in SIDES]
    named = [getattr(m, n) for n in SIDES]
    if any(side_key(a) is not None and k is None for a, k in zip(named, keys, strict=True)):
        return  # a third party (the ICRC as target, a mediator) is named: no guess
    if keys[0] not in {None, groups[0]} or keys[1] not in {None, side_key(state)}:
        return  # the text says the state frees someone: not a hostage handover by the group
    _set(m, "initiator", group, "story.hostage_release")
    _set(m, "target", state, "story.hostage_release")


def _land_group_handover(m: Mention, pair: StoryPair, ctx: ArticleContext) -> None:
    """Strikes on Gaza set Israel against "PSE": hostages freed there go from the one armed
    group of that land the story names (Hamas) to the state striking it (round 11)."""
    if any(getattr(m, n) is not None for n in SIDES):
        return  # a side is named (the ICRC, a state freeing prisoners): the text decides
    found = pair.land_groups
    if len(found) != 1:
        return  # two groups (Hamas and Islamic Jihad) or none: whose hostages is no guess
    group = next(iter(found.values()))
    if pair.actors[group.country].kind in GROUP_KINDS:  # type: ignore[index]
        return
    _set(m, "initiator", group, "story.hostage_release")
    _set(m, "target", pair.other(group.country), "story.hostage_release")  # type: ignore[arg-type]


def _land_groups(ordered: list[Mention], ctx: ArticleContext, pair: StoryPair) -> dict[str, Actor]:
    """The armed groups of the pair's lands the story names: as a side of an act, or as any
    actor read ("le Hamas exige…", "Hamas handed over the list")."""
    actors = [getattr(x, n) for x in ordered for n in SIDES] + list(ctx.actors_seen)
    actors += [_resolve_quietly(t, ctx) for t in ctx.doc if t.pos_ == "PROPN" and t.head != t]
    found: dict[str, Actor] = {}
    for actor in actors:
        if actor is not None and actor.kind in GROUP_KINDS and actor.id:
            if actor.country in pair.actors:
                found.setdefault(actor.id, actor)
    return found


def _released_are(m: Mention, nouns: frozenset[str]) -> bool:
    """The people released are hostages: the trigger's subject, object or head noun, or the
    trigger itself ("la libération des otages", "hostages were freed", "trois otages libérées")."""
    trig = m.trigger
    near = [trig, *trig.children]
    if trig.dep_ in {"acl", "amod"}:
        near.append(trig.head)  # "trois otages libérées": the participle qualifies the noun
    return any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in near)


def _exchange(m: Mention, ctx: ArticleContext) -> bool:
    """ "un échange de prisonniers", "a prisoner swap", "exchanged prisoners"."""
    words = ctx.lex.words("exchange_words")
    return m.trigger.lemma_.lower() in words or any(
        t.lemma_.lower() in words for t in m.trigger.children
    )


def _story_pair(ordered: list[Mention]) -> StoryPair | None:
    """The two sides of the story's physical hostile acts, when there are exactly two and one
    act at least sets them against each other; each side's first actor named as a side."""
    material = [m for m in ordered if _is_material(m)]
    seen: dict[str, Actor] = {}
    authors: set[str] = set()
    for m in material:
        for name in SIDES:
            actor = getattr(m, name)
            key = side_key(actor)
            if key is None:
                continue
            seen.setdefault(key, actor)
            if name == "initiator":
                authors.add(key)
    struck = {(side_key(m.initiator), side_key(m.target)) for m in material}
    alias = _place_aliases(seen, authors, struck)
    sides = {k: a for k, a in seen.items() if k not in alias}
    if len(sides) != 2:
        return None
    opposed = False
    for m in material:
        keys = [side_key(getattr(m, n)) for n in SIDES]
        keys = [alias.get(k, k) if k is not None else None for k in keys]
        if None not in keys and keys[0] != keys[1]:
            opposed = True
    if not opposed:
        return None
    # a state before a group: "the deal between Israel and Hamas" (gold and wire order)
    order = sorted(sides, key=lambda k: sides[k].kind in GROUP_KINDS)
    return StoryPair({k: _side_actor(sides[k]) for k in order}, alias)


def _place_aliases(
    seen: dict[str, Actor], authors: set[str], struck: set[tuple[str | None, str | None]]
) -> dict[str, str]:
    """A state that is never an author, struck where one armed group of its own is the
    other side, stands for that group ("Israel struck Lebanon" in an Israel–Hezbollah war);
    not when that group strikes the state itself (``struck``: author and target sides): the
    RSF shelling Sudan is a civil war's two sides, not Sudan standing for the RSF (round 13)."""
    alias: dict[str, str] = {}
    for key, actor in seen.items():
        if actor.kind in GROUP_KINDS or key in authors:
            continue
        groups = [k for k, a in seen.items() if a.kind in GROUP_KINDS and a.country == key]
        if len(groups) == 1 and (groups[0], key) not in struck:
            alias[key] = groups[0]
    return alias


def _side_actor(actor: Actor) -> Actor:
    """A state's side is the state ("rus-mil" fighting stands for RUS); a group stays itself."""
    if actor.country and actor.kind not in GROUP_KINDS:
        return resolvers.country_actor(actor.country)
    return actor


def _other(name: str) -> str:
    return "target" if name == "initiator" else "initiator"


# -- 3. the state of the place -------------------------------------------------------------


def _place_state(ordered: list[Mention], ctx: ArticleContext) -> None:
    # the act's place, else the story's: its only country, else the one it names most as a
    # place (not as an actor: "The United States condemned…" is no setting) -- for a ban or
    # curfew only in a story of unrest (a travel ban a power decrees abroad has no such place)
    unrest = any(m.type in UNREST_TYPES for m in ordered)
    sole = sole_country(ctx, places_only=True)
    home = sole or home_country(ctx)
    for m in ordered:
        if m.type not in PLACE_STATE_TYPES or m.target is not None:
            continue
        if m.type == "arrest" and not unrest:
            continue  # suspects of a crime are no side; people rounded up in unrest are
        if m.type in HARM_TYPES and not _hurt_people(m, ordered, ctx):
            continue  # a grenade against a facade hits no population
        country = m.location.country if m.location is not None else None
        country = country or (sole if m.type == "coerce" and not unrest else home)
        if not country:
            continue
        if m.type not in {"arrest", "coerce"} and side_key(m.initiator) == country:
            continue  # a state's forces striking at home name no victim side
        _set(m, "target", resolvers.country_actor(country), "story.place_state")


def _hurt_people(m: Mention, ordered: list[Mention], ctx: ArticleContext) -> bool:
    """The act killed or wounded people: a toll on it, or a casualty word in its sentence
    that no "sans"/"without"/"aucun"/"no" just before it empties ("sans faire de victime")."""
    if any(q.kind in HARM_KINDS and q.value > 0 for q in m.quantities):
        return True
    none = ctx.lex.words("no_harm_words")
    for x in ordered:
        if x.kind != "casualty" or x.sent != m.sent:
            continue
        doc = x.trigger.doc
        before = doc[max(x.sent.start, x.trigger.i - NO_HARM_WINDOW) : x.trigger.i]
        if not any(t.lower_ in none for t in before):
            return True
    return False


# -- 4. a story's aid and handovers go one way ------------------------------------------------


def _one_donor_one_host(ordered: list[Mention]) -> None:
    """Aid and pledges go to the story's recipient, withdrawals and handovers leave its host:
    when every such act that names a side names the same one, those naming none get it."""
    for family in ONE_WAY_FAMILIES:
        acts = [m for m in ordered if m.type in family]
        sides = {n: _only_side(getattr(m, n) for m in acts) for n in SIDES}
        if sides["initiator"] is None and sides["target"] is None:
            continue
        if side_key(sides["initiator"]) == side_key(sides["target"]):
            continue  # a domestic handover names no other party
        for m in acts:
            for name, actor in sides.items():
                if actor is None or (name == "initiator" and _restatement(m)):
                    continue
                if not _one_way_party(m, _other(name), acts, actor, sides[_other(name)]):
                    continue  # "China said it opposed unilateral sanctions": not the donor's act
                _set(m, name, actor, "story.one_way")


def _conceded_withdrawals(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "Washington a accepté de retirer ses militaires du pays", "agreed to pull its troops
    out of the country": a power conceding its withdrawal concedes it to the host it leaves,
    the story's own country ("du pays") or the country the clause names."""
    for m in ordered:
        # "agreed to withdraw" is read as an agreement in English: the same concession
        if m.type not in {"concede", "agreement"} or m.target is not None:
            continue
        if m.status == "negated" or side_key(m.initiator) is None:
            continue
        host = _withdrawal_host(m, ctx)
        if host is None or host == _nation(m.initiator):
            continue
        _set(m, "target", resolvers.country_actor(host), "story.conceded_withdrawal")


def _ended_pact_partners(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "la junte a dénoncé l'accord militaire qui liait le Niger aux États-Unis", "scrapped
    its defence pact with Washington": a state ending a pact that names one other state
    besides itself takes that state as the target of its measure."""
    pacts = ctx.lex.words("story_pact_nouns")
    for m in ordered:
        if m.type != "sanction" or m.target is not None or m.status == "negated":
            continue
        own = _nation(m.initiator)
        if own is None:
            continue
        # the pact is the verb's bare noun (no preposition); the parser may take it for an
        # adverbial after a quoted incise ("dénoncé « avec effet immédiat » l'accord")
        objects = [
            c
            for c in m.trigger.children
            if c.i > m.trigger.i
            and c.lemma_.lower() in pacts
            and not any(g.dep_ == "case" for g in c.children)
            and c.dep_ not in SUBJECT_DEPS
        ]
        named = {
            iso
            for obj in objects
            for tok in obj.subtree
            if tok.pos_ == "PROPN" and (iso := resolvers.resolve_country(tok.text, ctx.lang))
        }
        named.discard(own)
        if len(named) == 1:
            _set(m, "target", resolvers.country_actor(named.pop()), "story.ended_pact")


def _withdrawal_host(m: Mention, ctx: ArticleContext) -> str | None:
    """The country a conceded withdrawal leaves, when the concession's clause is one."""
    verbs = ctx.lex.words("story_withdraw_verbs")
    nouns = ctx.lex.words("withdrawal_nouns")
    doc = m.trigger.doc
    # what it agrees to: the scope, and the open complement the scope may stop before
    # ("accepté le 19 avril de retirer…")
    scope = _scope_ids(m) | {
        t.i for c in m.trigger.children if c.dep_ in {"xcomp", "ccomp"} for t in c.subtree
    }
    moves = [doc[i] for i in sorted(scope) if doc[i].lemma_.lower() in verbs | nouns]
    if not moves:
        return None
    left = {t.i for mv in moves for t in mv.subtree if t.i > mv.i}
    for i in sorted(left):
        tok = doc[i]
        if tok.lower_ in ctx.lex.words("home_anaphors") and tok.pos_ == "NOUN":
            return home_country(ctx)
        if tok.pos_ == "PROPN":
            iso = resolvers.resolve_country(tok.text, ctx.lang)
            if iso:
                return iso
    return None


def _aid_destinations(ordered: list[Mention], ctx: ArticleContext) -> None:
    """Aid a foreign donor pledges or sends with no recipient named goes to the state of the
    place it goes to: the act's own place ("airdrops of food into Gaza"), else the country
    the story is set in ("Biden in Kyiv pledges $500 million"); never the donor's own state."""
    for m in ordered:
        if m.type not in AID_TYPES or m.target is not None or m.status == "negated":
            continue
        donor = _nation(m.initiator)
        if donor is None:
            continue  # an unnamed donor: nothing tells the aid crosses a border
        if _recipient_named(m, ctx):
            continue  # "aux populations déplacées", "to refugees": people, whose state is no guess
        where = m.location.country if m.location is not None else None
        country = where or _visited_state(m, ordered) or home_country(ctx)
        if country is None or country == donor:
            continue  # "Berlin pledged more to its own farmers": no foreign recipient
        _set(m, "target", resolvers.country_actor(country), "story.aid_destination")


def _recipient_named(m: Mention, ctx: ArticleContext) -> bool:
    """The aid's clause names who gets it ("to displaced families", "aux populations"): a
    dative after the aid noun or its verb (``story_aid_recipient_preps``)."""
    preps = ctx.lex.words("story_aid_recipient_preps")
    heads = [m.trigger, m.trigger.head] if m.trigger.dep_ in OBJECT_DEPS else [m.trigger]
    for head in heads:
        for child in head.children:
            word = child.lower_
            if word in preps or any(g.lower_ in preps for g in child.children if g.dep_ == "case"):
                return True
    return False


def _visited_state(m: Mention, ordered: list[Mention]) -> str | None:
    """ "made a surprise visit to Kyiv and pledged…", "en visite à Kiev, a promis…": the state
    the donor visits in the same sentence."""
    for x in ordered:
        if x.type != "consult_visit" or x.sent != m.sent or x.target is None:
            continue
        if _agrees(x.initiator, m.initiator) and x.target.country:
            return x.target.country
    return None


def _one_way_party(
    m: Mention, name: str, acts: list[Mention], filled: Actor, party: Actor | None
) -> bool:
    """The side ``m`` already names (``name``) is one of the story's parties to ``filled``:
    an act that names no such side, or names the story's one ``party`` (its donor, its host),
    or a side that elsewhere in the story goes with ``filled``
    ("Germany pledged aid to Ukraine… Berlin pledged more" gets Ukraine; a third country's
    words about "unilateral sanctions" do not get the sanctioned state)."""
    key = side_key(getattr(m, name))
    if key is None or key == side_key(party):
        return True
    other = _other(name)
    return any(
        side_key(getattr(x, name)) == key and side_key(getattr(x, other)) == side_key(filled)
        for x in acts
        if x is not m
    )


def _restatement(m: Mention) -> bool:
    """ "the ban", "les sanctions restent en vigueur": an authorless act noun that merging
    folds into the act it restates; an author given here would make it a new act."""
    return m.type in SEPARATE_ACTS and m.trigger.pos_ in {"NOUN", "PROPN"}


def _only_side(actors: Iterable[Actor | None]) -> Actor | None:
    """The one side all the named ``actors`` stand for, else None (none named, or several)."""
    found: dict[str, Actor] = {}
    for actor in actors:
        key = side_key(actor)
        if key is not None:
            found.setdefault(key, actor)  # type: ignore[arg-type]
    return next(iter(found.values())) if len(found) == 1 else None


# -- 5. a reaction to an act ---------------------------------------------------------------


def _answered_acts(ordered: list[Mention], ctx: ArticleContext) -> None:
    for m in ordered:
        if m.type not in REACTION_TYPES or m.target is not None:
            continue
        author = (
            _answered_author(m, ordered)
            or _attack_agent(m, ctx)
            or _story_aggressor(m, ordered, ctx)
        )
        if author is None:
            continue
        if side_key(m.initiator) is not None and side_key(m.initiator) == side_key(author):
            if not _citizens_answer_state(m, author, ordered, ctx):
                continue  # nobody answers their own side's act
        _set(m, "target", author, "story.answered_act")


def _citizens_answer_state(
    m: Mention, author: Actor, ordered: list[Mention], ctx: ArticleContext
) -> bool:
    """ "Des avocats dénoncent des interpellations et des coups de matraque": in a story of
    unrest in one country, its lawyers, unions or protesters (no state body) answer the act of
    that state's own police or army; the state is then the other side, not theirs (round 13)."""
    if m.initiator is None or m.initiator.kind in STATE_KINDS:
        return False
    if author.kind not in STATE_KINDS or author.country is None:
        return False
    return _unrest_country(ordered, ctx) == author.country


def _conditioned_threats(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "vowed that attacks would continue until Israel stops its offensive", "menacé de
    poursuivre jusqu'à ce qu'Israël cesse…", "unless the United States halts its strikes": the
    party whose act ends the threat is its addressee."""
    for m in ordered:
        if m.type != "threaten" or m.target is not None or side_key(m.initiator) is None:
            continue
        addressee = _condition_subject(m, ctx)
        if addressee is None or side_key(addressee) in {None, side_key(m.initiator)}:
            continue
        if _nation(addressee) == _nation(m.initiator):
            continue  # "Hamas vowed to fight until Palestinians are free": its own people
        _set(m, "target", addressee, "story.threat_condition")


def _condition_subject(m: Mention, ctx: ArticleContext) -> Actor | None:
    """The named subject of the first verb after "until"/"unless"/"jusqu'à ce que"/"tant que"
    in the threat's own clause (a state or an armed group, not a pronoun nor "the war")."""
    doc = m.trigger.doc
    words = ctx.lex.words("threat_condition_words")
    # the threat's complements too ("vowed that attacks would continue until…"), which the
    # mention's own scope leaves out
    after = sorted(t.i for t in m.trigger.subtree if t.i > m.trigger.i)
    for i in after:
        tok = doc[i]
        if tok.lower_ not in words or not _condition_marker(tok, ctx):
            continue
        for verb in doc[i + 1 : min(i + CONDITION_WINDOW, m.trigger.sent.end)]:
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if verb.pos_ in {"VERB", "AUX"} and subjects:
                actor = _resolve_quietly(subjects[0], ctx)
                if actor is not None and actor.kind in STATE_KINDS | GROUP_KINDS:
                    return actor
                return None
        return None
    return None


QUE_WORDS: frozenset[str] = frozenset({"que", "qu'", "qu’"})


def _condition_marker(tok: Token, ctx: ArticleContext) -> bool:
    """A word of the language's ``threat_condition_words`` that opens a condition: "until",
    "unless" always; in French a word of "jusqu'à ce que", "tant que", "à moins que" followed
    closely by "que" ("au moins deux morts" is no condition)."""
    if ctx.lang != "fr":
        return True  # every English condition word is a marker by itself
    if tok.lower_ in QUE_WORDS:
        return False  # the "que" of a marker, not a marker by itself
    if tok.lower_ == "moins" and (tok.i == 0 or tok.nbor(-1).lower_ != "à"):
        return False
    nxt = tok.doc[tok.i + 1 : tok.i + 4]
    return any(t.lower_ in QUE_WORDS for t in nxt)


def _attack_agent(m: Mention, ctx: ArticleContext) -> Actor | None:
    """ "indignation at images of civilians targeted by Israeli soldiers", "a condamné les
    frappes menées par l'armée russe": an attack verb in the reaction's own clause whose agent
    ("by", "par") is named; that agent, when it resolves to a known side."""
    doc = m.trigger.doc
    clause = _reaction_clause(m)
    trig = m.trigger
    if trig.pos_ == "NOUN" and trig.dep_ in OBJECT_DEPS:
        # "expressed indignation at …", "a exprimé son indignation face à …": the parser
        # hangs what the feeling is about on the light verb
        for child in trig.head.children:
            if child.i > trig.i and child.dep_.startswith(("obl", "prep")):
                clause |= {t.i for t in child.subtree}
    for i in sorted(clause):
        verb = doc[i]
        if i == m.trigger.i or verb.pos_ != "VERB" or not _attack_verb(verb, ctx):
            continue
        for child in verb.children:
            if child.dep_ == "agent":  # English: "by" governs the noun
                heads = [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "obl:agent":  # French: the noun itself, "par" its case
                heads = [child]
            else:
                continue
            for head in heads:
                actor = _resolve_quietly(head, ctx)
                if side_key(actor) is not None:
                    return actor
    return None


def _attack_verb(tok: Token, ctx: ArticleContext) -> bool:
    """A verb that tells an attack or aims a weapon ("bombarder", "targeted", "struck")."""
    entries = ctx.lex.triggers_for(tok.lemma_.lower(), "VERB")
    return any(e.kind in ATTACK_KINDS or e.kind == "munition_verb" for e in entries)


def _scope_ids(m: Mention) -> set[int]:
    return {t.i for t in m.scope} or {t.i for t in m.trigger.subtree}


def _answered_author(m: Mention, ordered: Iterable[Mention]) -> Actor | None:
    """The author of a hostile act whose trigger lies in the reaction's own clause."""
    scope = _scope_ids(m)
    for x in ordered:
        if x is m or x.sent != m.sent or x.trigger.i not in scope:
            continue
        if _same_actor(x.initiator, m.initiator):
            continue  # "des avocats dénoncent des interpellations": not the lawyers' arrests
        if (_is_material(x) or x.type in PLACE_STATE_TYPES) and side_key(x.initiator):
            return x.initiator
    return None


def _same_actor(a: Actor | None, b: Actor | None) -> bool:
    """The same actor read twice (one id, or one surface when neither has an id)."""
    if a is None or b is None:
        return False
    if a.id or b.id:
        return a.id == b.id
    return bool(a.surface) and a.surface == b.surface


def _story_aggressor(m: Mention, ordered: list[Mention], ctx: ArticleContext) -> Actor | None:
    """ "condemned the attack", "a condamné ces attaques": an attack word in the reaction's
    clause names the story's attack; its author when the story's attacks all have one."""
    doc = m.trigger.doc
    words = [doc[i] for i in _reaction_clause(m) if i != m.trigger.i]
    if not any(_attack_word(t, ctx) or _wrong_word(t, ctx) or _lifted_siege(t, ctx) for t in words):
        return None
    authors: dict[str, Actor] = {}
    for x in ordered:
        key = side_key(x.initiator)
        if x.kind in ATTACK_KINDS and key is not None:
            authors.setdefault(key, x.initiator)  # type: ignore[arg-type]
    if len(authors) == 1:
        return next(iter(authors.values()))
    return _author_at_named_place(m, words, ordered, ctx) or _referred_attack_author(
        m, words, ordered, ctx
    )


def _referred_attack_author(
    m: Mention, words: list[Token], ordered: list[Mention], ctx: ArticleContext
) -> Actor | None:
    """ "a exigé l'arrêt de ces attaques", "condemned these strikes": in a story whose attacks
    have several authors, a demonstrative attack noun points back to the nearest attack told
    before the reaction; its author (none when that attack's author is unread)."""
    demonstratives = ctx.lex.words("demonstratives")
    if not any(
        _attack_word(t, ctx)
        and any(c.dep_ == "det" and c.lower_ in demonstratives for c in t.children)
        for t in words
    ):
        return None
    for x in reversed(ordered):
        if x.start >= m.start or x.kind not in ATTACK_KINDS:
            continue
        return x.initiator if side_key(x.initiator) is not None else None
    return None


def _author_at_named_place(
    m: Mention, words: list[Token], ordered: list[Mention], ctx: ArticleContext
) -> Actor | None:
    """ "indigné par les frappes sur Rafah", "condemned the strikes on Kharkiv": in a story
    whose attacks have several authors, an attack word of the reaction's clause (``words``)
    names its place; the one author of the story's earlier attacks on that place (the place
    struck, "sur"/"on", not "depuis")."""
    places = {name for t in words if _attack_word(t, ctx) for name in _struck_names(t, ctx)}
    if not places:
        return None
    authors: dict[str, Actor] = {}
    for x in ordered:
        if x.start >= m.start or not _is_material(x) or side_key(x.initiator) is None:
            continue
        if places & set(_struck_names_in(x, ctx)):
            authors.setdefault(side_key(x.initiator), x.initiator)  # type: ignore[arg-type]
    return next(iter(authors.values())) if len(authors) == 1 else None


def _struck_names(noun: Token, ctx: ArticleContext) -> list[str]:
    """The proper names an attack noun strikes: "les frappes sur Rafah" -> ["rafah"]; read
    from the words right after the noun (the parser often hangs "sur Rafah" on the verb)."""
    preps = ctx.lex.words("struck_preps")
    doc = noun.doc
    after = doc[noun.i + 1 : min(noun.i + 1 + STRUCK_WINDOW, noun.sent.end)]
    for tok in after:
        if tok.lower_ not in preps:
            continue
        nxt = tok.nbor(1) if tok.i + 1 < noun.sent.end else None
        if nxt is not None and nxt.pos_ == "PROPN":
            return [nxt.lower_, *(c.lower_ for c in nxt.conjuncts if c.pos_ == "PROPN")]
        return []
    return []


def _reaction_clause(m: Mention) -> set[int]:
    """The reaction's own words: its scope, and for an adjective of feeling said of oneself
    ("se dit « indigné » par les frappes", "was outraged by the strikes") what its verb
    governs after it (the parser hangs "par les frappes" on "dit")."""
    ids = _scope_ids(m)
    trig = m.trigger
    if trig.dep_ in FEELING_DEPS and trig.head is not trig:
        for child in trig.head.children:
            if child.i > trig.i and child.dep_.startswith(("obl", "prep", "nmod")):
                ids |= {t.i for t in child.subtree}
    return ids


def _struck_names_in(x: Mention, ctx: ArticleContext) -> list[str]:
    """The places an earlier attack struck: what its trigger's struck preposition governs
    ("bombardements sur Rafah et Jabalia", "the strike on Kharkiv") and its location's name."""
    preps = ctx.lex.words("struck_preps")
    names: list[str] = []
    for tok in x.trigger.sent:
        if tok.lower_ in preps:
            place = tok.head if tok.dep_ == "case" else None
            heads = [place] if place is not None else list(tok.children)
            for h in heads:
                if h.pos_ == "PROPN":
                    names += [h.lower_, *(c.lower_ for c in h.conjuncts if c.pos_ == "PROPN")]
    if x.location is not None and x.location.name:
        names.append(x.location.name.lower())
    return names


def _wrong_word(tok: Token, ctx: ArticleContext) -> bool:
    """ "une « violation flagrante »", "this aggression": a noun of wrongdoing that stands for
    the story's attack; not a rule over every one ("toute violation", "any aggression")."""
    if tok.pos_ != "NOUN" or tok.lower_ not in ctx.lex.words("story_wrong_nouns"):
        return False
    generic = ctx.lex.words("generic_determiners")
    return not any(c.dep_ == "det" and c.lower_ in generic for c in tok.children)


def _lifted_siege(tok: Token, ctx: ArticleContext) -> bool:
    """ "a exigé la levée du siège d'El Facher", "demanded the lifting of the blockade": a siege
    noun under a word that ends it stands for the story's siege (round 13); "au siège de l'ONU"
    (a headquarters) is under no such word."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ctx.lex.words("story_siege_nouns"):
        return False
    lift = ctx.lex.words("story_lift_words")
    head = tok.head.head if tok.head.dep_ == "prep" else tok.head  # "the lifting of the siege"
    near = [head, *(c for c in head.children if c.dep_ in {"xcomp", "ccomp"})]
    return any(t.lemma_.lower() in lift or t.lower_ in lift for t in near if t is not tok)


def _attack_word(tok: Token, ctx: ArticleContext) -> bool:
    """An attack noun that is not a rule over every attack ("toute attaque", "any attack")."""
    if tok.pos_ != "NOUN":
        return False
    entries = ctx.lex.triggers_for(tok.lemma_.lower(), "NOUN")
    if not any(e.kind in ATTACK_KINDS for e in entries):
        return False
    generic = ctx.lex.words("generic_determiners")
    return not any(c.dep_ == "det" and c.lower_ in generic for c in tok.children)


def _sanction_replies(ordered: list[Mention], ctx: ArticleContext) -> None:
    """In a story whose sanctions go from one power to one state, the sanctioned state's threat,
    condemnation or refusal ("Moscou a promis une riposte") answers the power, and the power's
    threat ("stands ready to respond with further measures") is aimed at the state."""
    acts = [m for m in ordered if m.type == "sanction"]
    power = _only_side(m.initiator for m in acts)
    state = _only_side(m.target for m in acts)
    if power is None or state is None or side_key(power) == side_key(state):
        return
    # a sanction with an unread side may bring in another party; not a restatement of the
    # same measures against the same state whose author is only described ("les Vingt-Sept")
    if any(side_key(m.target) != side_key(state) and side_key(m.initiator) is None for m in acts):
        return
    if any(side_key(m.target) is None for m in acts):
        return
    other = {side_key(power): state, side_key(state): power}
    for m in ordered:
        if m.type not in SANCTION_REPLIES or m.target is not None or m.status == "negated":
            continue
        key = side_key(m.initiator)
        if key in other and _speech_open(m, ctx):
            _set(m, "target", other[key], "story.sanction_reply")


# -- 6. what a country's own actors say in a story of its unrest ------------------------------


def _domestic_unrest(ordered: list[Mention], ctx: ArticleContext) -> None:
    country = _unrest_country(ordered, ctx)
    if country is None:
        return
    for m in ordered:
        if m.type not in DOMESTIC_SPEECH or m.target is not None or m.status == "negated":
            continue
        # an unread or only described author ("la partie patronale", round 13) alike
        if side_key(m.initiator) is None and m.type == "concede" and _home_speaker(m, ctx, country):
            # "he withdrew the bill" (the pronoun unread): a concession in a story of unrest
            # in one country is the country's answer to its own protesters (round 11)
            _set(m, "target", resolvers.country_actor(country), "story.domestic")
            continue
        if m.initiator is None or m.initiator.country != country:
            continue
        if m.initiator.id == resolvers.country_actor(country).id:
            continue  # "Téhéran a promis une riposte": the state itself is not its own addressee
        if m.initiator.kind == "armed_group" or not _speech_open(m, ctx):
            continue  # "accused foreign services": the clause names its own addressee
        if m.initiator.kind in GROUP_KINDS and m.type not in UNION_REPLIES:
            continue  # a union or party rejecting the offer answers the state (round 13)
        if m.type == "investigate" and not _into_state_conduct(m, ctx):
            continue  # an inquiry into the protesters' damage targets no side
        _set(m, "target", resolvers.country_actor(country), "story.domestic")


def _home_speaker(m: Mention, ctx: ArticleContext, country: str) -> bool:
    """The act's subject is unread ("he withdrew the bill", "il a renoncé") or one of the
    country's own ("Ruto", the government), never a foreign actor."""
    for child in m.trigger.children:
        if child.dep_ in SUBJECT_DEPS:
            speaker = _nation(_resolve_quietly(child, ctx))
            if speaker is not None and speaker != country:
                return False  # a described one ("la partie patronale") names no other country
    return True


def _into_state_conduct(m: Mention, ctx: ArticleContext) -> bool:
    """ "une enquête confiée à l'IGPN", "a review of the university's handling of the
    protests": the inquiry looks into the state's own forces or conduct (a word of
    ``story_state_conduct_words`` in its sentence)."""
    words = ctx.lex.words("story_state_conduct_words")
    return any(t.lower_ in words or t.lemma_.lower() in words for t in m.trigger.sent)


def _unrest_country(ordered: list[Mention], ctx: ArticleContext) -> str | None:
    """The one country where the story's protests, riots and strikes take place."""
    found: set[str] = set()
    for m in ordered:
        if m.type not in UNREST_TYPES:
            continue
        where = m.location.country if m.location is not None else None
        where = where or (m.initiator.country if m.initiator is not None else None)
        if where:
            found.add(where)
    if len(found) != 1:
        return None
    return next(iter(found))


# -- 7. round 10: harm by a group, blame, stop demands, decisions, inquiries -------------------

# Acts a later "decision"/"move"/"mesure" may refer back to: what a power decides and does.
DECISION_TYPES: frozenset[str] = frozenset(
    {
        "sanction",
        "concede",
        "aid_pledge",
        "aid_delivery",
        "retreat",
        "territory_transferred",
        "expel",
        "agreement",
        "accuse",
    }
)
# Reactions to a decision: its critics and its supporters answer its author.
DECISION_REACTIONS: frozenset[str] = frozenset({"condemn", "support", "reject"})
# how "indigné" hangs on "se dit" / "outraged" on "was" (the parser also gives parataxis)
FEELING_DEPS: frozenset[str] = frozenset({"xcomp", "acomp", "parataxis"})
BLAME_OBJECT_DEPS: frozenset[str] = frozenset(
    {"obj", "dobj", "iobj", "obl", "obl:arg", "obl:mod", "nmod", "pobj", "dative"}
)


def _group_harm(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "des obus tirés par les paramilitaires ont tué dix civils", "attacks by the RSF killed
    thousands in El Geneina": an armed group's violence that hurt people, with no victim side,
    hits the state of the place (GUIDELINES §5) -- also a group of that state, which the
    mention-level rule leaves alone (it keeps a state's forces striking at home unguessed)."""
    for m in ordered:
        if m.target is not None or m.status == "negated":
            continue
        if not (_is_material(m) or m.kind == "attack" or m.type in HARM_TYPES):
            continue
        if m.initiator is None or m.initiator.kind not in GROUP_KINDS or not m.initiator.id:
            continue
        if not _hurt_people(m, ordered, ctx):
            continue
        country = _harm_country(m, ordered, ctx)
        if country and side_key(m.initiator) != country:
            _set(m, "target", resolvers.country_actor(country), "story.group_harm")


def _harm_country(m: Mention, ordered: list[Mention], ctx: ArticleContext) -> str | None:
    """The act's country, else its sentence's casualties', else the story's only one."""
    if m.location is not None and m.location.country:
        return m.location.country
    for x in ordered:
        if x.kind == "casualty" and x.sent == m.sent and x.location is not None:
            if x.location.country:
                return x.location.country
    sole = sole_country(ctx, places_only=True)
    if sole:
        return sole
    # a group of the story's own country ("les FSR" in a story set in Sudan): its home; a
    # group abroad (rockets fired across a border) gets no guess
    home = home_country(ctx)
    return home if home and m.initiator is not None and m.initiator.country == home else None


def _blamed_party(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "a condamné une attaque, imputant la responsabilité à la Russie", "condemned the
    strike, blaming Moscow": the party a reaction's own clause blames is its target."""
    verbs = ctx.lex.words("story_blame_verbs")
    for m in ordered:
        if m.type not in REACTION_TYPES or m.target is not None:
            continue
        for tok in m.trigger.subtree:
            if tok is m.trigger or tok.lemma_.lower() not in verbs or tok.pos_ != "VERB":
                continue
            if tok.sent != m.trigger.sent:
                continue
            blamed = _blamed_by(tok, ctx)
            if blamed is not None and _nation(blamed) != _nation(m.initiator):
                _set(m, "target", blamed, "story.blamed")
                break


def _blamed_by(verb: Token, ctx: ArticleContext) -> Actor | None:
    """The state or group a blame verb names ("blaming Moscow", "imputant … à la Russie",
    "holding Kyiv responsible"); "hold"/"put"/"tenir" blame only with a responsibility word."""
    words = ctx.lex.words("story_responsibility_words")
    needs_word = verb.lemma_.lower() in ctx.lex.words("story_blame_needs_word")
    if needs_word and not any(t.lower_ in words for t in verb.subtree):
        return None
    heads = [c for c in verb.children if c.dep_ in BLAME_OBJECT_DEPS]
    heads += _pobjs(verb)
    # "imputant la responsabilité à la Russie": the parser hangs the party on the noun
    heads += [
        g
        for c in list(heads)
        if c.lower_ in words
        for g in [*(x for x in c.children if x.dep_ in {"nmod", "obl"}), *_pobjs(c)]
    ]
    for head in heads:
        if head.lower_ in words or head.pos_ not in {"PROPN", "NOUN"}:
            continue
        actor = _resolve_quietly(head, ctx)
        if actor is not None and side_key(actor) and actor.kind in STATE_KINDS | GROUP_KINDS:
            return actor
    return None


def _pobjs(tok: Token) -> list[Token]:
    """The objects of a word's prepositions ("blame on Moscow" -> Moscow)."""
    return [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _joint_stop_demands(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "se dit indigné par les frappes sur Rafah et réclame leur arrêt", "condemned the
    raids and demanded their immediate end": a demand to stop, joined to a reaction, asks it
    of the party the reaction answers."""
    stops = ctx.lex.words("story_stop_nouns")
    for m in ordered:
        if m.type != "demand" or m.target is not None:
            continue
        if not any(t.lemma_.lower() in stops or t.lower_ in stops for t in m.trigger.children):
            continue
        for x in ordered:
            if x is m or x.sent != m.sent or x.type not in REACTION_TYPES or x.target is None:
                continue
            if not _joined(m.trigger, x.trigger) or side_key(x.target) is None:
                continue
            if None not in {side_key(m.initiator), side_key(x.initiator)}:
                if side_key(m.initiator) != side_key(x.initiator):
                    continue  # another speaker's demand
            _set(m, "target", x.target, "story.joint_demand")
            break


def _joined(verb: Token, reaction: Token) -> bool:
    """Two coordinated verbs: "condemned … and demanded", also "se dit indigné … et réclame"
    (the demand is joined to the verb the feeling adjective hangs on)."""
    if verb in reaction.conjuncts:
        return True
    head = reaction.head if reaction.dep_ in FEELING_DEPS else None
    return head is not None and verb in head.conjuncts


def _decision_reactions(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "The RSF condemned the decision", "the government welcomed the move", "a dénoncé
    cette mesure": a reaction to a decision answers the author of the story's nearest decided
    act before it (a sanction, a pledge, a withdrawal), never the reactor's own side."""
    nouns = ctx.lex.words("story_decision_nouns")
    for i, m in enumerate(ordered):
        if m.type not in DECISION_REACTIONS or m.target is not None or m.status == "negated":
            continue
        if side_key(m.initiator) is None:
            continue  # an unread reactor may be the decision's own side ("EU ministers")
        objects = [c for c in m.trigger.children if c.dep_ in OBJECT_DEPS]
        if not any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in objects):
            continue
        # the decision told just before (this paragraph or the one before: a ticker's other
        # entry further up is another story)
        earlier = [
            x
            for x in ordered[:i]
            if x.type in DECISION_TYPES
            and side_key(x.initiator) is not None
            and x.para >= m.para - 1
        ]
        if not earlier:
            continue
        author = earlier[-1].initiator
        if _nation(author) == _nation(m.initiator):
            continue  # its own side's decision: a speaker's own act, no addressee
        _set(m, "target", author, "story.decision_reaction")  # type: ignore[arg-type]


def _investigated_side(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "Le parquet a ouvert une enquête pour crime de guerre", "investigations opened under
    the laws and customs of war", "the military released the findings of its investigation"
    into the strike: an inquiry into a deed of the story targets the deed's author -- the one
    author of the story's attacks, else the one side the investigator's country accuses."""
    crimes = ctx.lex.words("story_inquiry_crime_words")
    for m in ordered:
        if m.type != "investigate" or m.target is not None or m.status == "negated":
            continue
        clause = [t for t in m.trigger.sent if t.i in _scope_ids(m) or t.head == m.trigger]
        if not any(t.lemma_.lower() in crimes or t.lower_ in crimes for t in clause) and not any(
            _attack_word(t, ctx) for t in clause
        ):
            continue  # an audit, a corruption case: not the story's deed
        author = _sole_harm_author(ordered)
        if author is not None and not _concerns(m, author, ordered):
            author = None  # a ticker's other story: the inquiry is not into those attacks
        author = author or _accused_by(m, ordered)
        if author is not None:
            _set(m, "target", author, "story.investigated")


def _sole_harm_author(ordered: list[Mention]) -> Actor | None:
    """The one side that authors the story's violent acts (attacks, harm), when the story
    tells one of them in its own voice; else None (an author only claimed -- "Hamas says…
    an Israeli strike", which the other side declines to confirm -- is what the inquiry is
    to establish, not its target)."""
    violent = [m for m in ordered if _is_material(m) or m.type in HARM_TYPES]
    author = _only_side(m.initiator for m in violent)
    if author is None:
        return None
    told = any(
        side_key(m.initiator) == side_key(author) and m.status == "asserted" for m in violent
    )
    return author if told else None


def _concerns(m: Mention, author: Actor, ordered: list[Mention]) -> bool:
    """The investigator's country is the author's own (an army's inquiry into its strike) or
    the country its violent acts struck or took place in (Ukraine's prosecutors on Russian
    shelling); an investigator of unknown country concerns nobody."""
    nation = _nation(m.initiator)
    if nation is None:
        return False
    if nation in {_nation(author), author.country}:
        return True
    for x in ordered:
        if side_key(x.initiator) != side_key(author):
            continue
        where = x.location.country if x.location is not None else None
        if nation in {where, _nation(x.target)}:
            return True
    return False


def _accused_by(m: Mention, ordered: list[Mention]) -> Actor | None:
    """The one side the investigator's country accuses in the story, else None."""
    nation = _nation(m.initiator)
    if nation is None:
        return None
    return _only_side(
        x.target for x in ordered if x.type == "accuse" and _nation(x.initiator) == nation
    )


# Policy acts a power aims at the one state it deals with in a story (not talks: a mediator's).
COUNTERPART_TYPES: frozenset[str] = frozenset(
    {"sanction", "concede", "threaten", "expel", "reject"}
)
# Acts that set two parties against each other: the only ones that make a counterpart (aid,
# talks, cooperation pair friends; a sanction on Russia is not aimed at Ukraine, its ally).
OPPOSING_TYPES: frozenset[str] = COUNTERPART_TYPES | frozenset(
    {"demand", "accuse", "condemn", "coerce", "arrest"}
)


def _story_counterparts(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "La Cédéao a levé les sanctions… Les militaires au pouvoir à Niamey avaient rejeté cet
    ultimatum": in a story where every act with both sides read that involves a power sets it
    against one state, the power's sanctions, concessions, threats and demands with no
    addressee are aimed at that state (`story.counterpart`)."""
    partners: dict[str, set[str]] = {}
    actors: dict[str, Actor] = {}
    pairs: dict[tuple[str, str], int] = {}
    for m in ordered:
        if not (m.type in OPPOSING_TYPES or _is_material(m)):
            continue
        keys = [_nation(getattr(m, n)) for n in SIDES]
        if None in keys or keys[0] == keys[1]:
            continue
        for mine, theirs, name in ((keys[0], keys[1], "target"), (keys[1], keys[0], "initiator")):
            partners.setdefault(mine, set()).add(theirs)  # type: ignore[arg-type]
            actors.setdefault(theirs, _side_actor(getattr(m, name)))  # type: ignore[arg-type]
            pairs[(mine, theirs)] = pairs.get((mine, theirs), 0) + 1  # type: ignore[index]
    setting = {sole_country(ctx, places_only=True), home_country(ctx)} - {None}
    for m in ordered:
        if m.type not in COUNTERPART_TYPES or m.target is not None or m.status == "negated":
            continue
        own = _nation(m.initiator)
        found = partners.get(own) if own is not None else None
        if not found or len(found) != 1:
            continue
        (key,) = found
        if pairs[(own, key)] < 2 and key not in setting:  # type: ignore[index]
            continue  # one act against a state that is not the story's setting: no pattern
        if actors[key].kind in GROUP_KINDS or not _speech_open(m, ctx):
            continue  # an armed group's foe is for the war rules; a clause naming its addressee
        _set(m, "target", actors[key], "story.counterpart")


# -- 8. round 11: "urged the army to…" ------------------------------------------------------

# Speech addressed to someone: "exhorte l'armée à", "urged the military to", "accused the army".
ADDRESSED_SPEECH: frozenset[str] = frozenset({"demand", "condemn", "accuse", "threaten"})


def _addressed_army(ordered: list[Mention], ctx: ArticleContext) -> None:
    """A demand, accusation or threat addressed to "the army"/"l'armée" with no country is
    aimed at the one national army the story names ("l'armée du général Burhane" → SDN's);
    not when the story names two armies (a Gaza story's "the military" is no guess), nor the
    speaker's own army."""
    armies: dict[str, Actor] = {}
    for actor in [getattr(x, n) for x in ordered for n in SIDES] + list(ctx.actors_seen):
        if actor is not None and actor.kind == "military" and actor.id and actor.country:
            armies.setdefault(actor.country, actor)
    if len(armies) != 1:
        return
    army = next(iter(armies.values()))
    for m in ordered:
        if m.type not in ADDRESSED_SPEECH or m.target is not None or m.status == "negated":
            continue
        if _nation(m.initiator) == army.country or not _bare_army_object(m.trigger, ctx):
            continue
        _set(m, "target", army, "story.addressed_army")


def _bare_army_object(verb: Token, ctx: ArticleContext) -> bool:
    """The verb's object is an army named without its country ("l'armée", "the military"):
    the noun is in ``bare_army`` and nothing qualifies it (no adjective, no "of"/"de")."""
    words = ctx.lex.words("bare_army")
    for obj in verb.children:
        if obj.dep_ not in OBJECT_DEPS or obj.pos_ != "NOUN":
            continue
        qualified = any(
            c.dep_ in {"amod", "nmod", "prep", "poss", "nmod:poss", "compound"}
            for c in obj.children
        )
        if (obj.lower_ in words or obj.lemma_.lower() in words) and not qualified:
            return True
    return False


# -- 10. round 13: meetings in a story of unrest, an operation's named enemy -------------------

# A state's force acts aimed at the enemy their operation names ("entered the camp for an
# operation against Hamas", "saisi des armes lors d'un raid contre le Hezbollah").
OPERATION_ACTS: frozenset[str] = frozenset({"force_movement", "weapons_seized", "arrest"})
OPERATION_WINDOW = 4  # tokens after "opération" where « ciblée » " contre stands


def _domestic_meetings(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "The army chief met leaders of the opposition parties", "Le Premier ministre doit
    recevoir les représentants syndicaux": in a story of unrest in one country, a meeting one of
    its own actors holds with a counterpart no foreign side stands for is held with the
    country's own people: it targets that country (`story.domestic_meeting`). A body sitting
    alone ("chair a meeting of the Cobra committee") has no counterpart and gets none."""
    country = _unrest_country(ordered, ctx)
    if country is None:
        return
    for m in ordered:
        if m.type != "consult_meeting" or m.target is not None or m.status == "negated":
            continue
        if _nation(m.initiator) != country or not _home_counterpart(m, ctx, country):
            continue
        _set(m, "target", resolvers.country_actor(country), "story.domestic_meeting")


def _home_counterpart(m: Mention, ctx: ArticleContext, country: str) -> bool:
    """The meeting names whom it is held with (the verb's object, "with"/"avec" X), and none of
    them resolves to another country's side; the meeting noun itself ("held a session") is no
    counterpart."""
    heads = _meeting_counterparts(m.trigger, ctx)
    if not heads:
        return False
    for head in heads:
        actor = _resolve_quietly(head, ctx)
        if actor is not None and _nation(actor) not in {None, country}:
            return False
    return True


def _meeting_counterparts(trig: Token, ctx: ArticleContext) -> list[Token]:
    preps = ctx.lex.words("story_meeting_partner_preps")
    heads: list[Token] = []
    for child in trig.children:
        if child.dep_ in OBJECT_DEPS and trig.pos_ in {"VERB", "AUX"}:
            if not ctx.lex.triggers_for(child.lemma_.lower(), "NOUN"):
                heads.append(child)  # "met leaders", not "held an emergency session"
        elif child.dep_ == "prep" and child.lower_ in preps:
            heads += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_.startswith(("obl", "nmod")) and any(
            c.dep_ == "case" and c.lower_ in preps for c in child.children
        ):
            heads.append(child)
    return heads


def _operation_enemies(ordered: list[Mention], ctx: ArticleContext) -> None:
    """A deployment, seizure or arrest told in a sentence whose operation names its enemy
    ("où ses soldats sont entrés pour une « opération ciblée » contre le Hamas", "seized rifles
    during a raid against Islamic Jihad") targets that enemy (`story.operation_enemy`); an
    operation against a thing or unnamed people ("contre le trafic", "against rioters") names
    no side."""
    for m in ordered:
        if m.type not in OPERATION_ACTS or m.target is not None or m.status == "negated":
            continue
        own = side_key(m.initiator)
        if own is None:
            continue
        enemy = _operation_enemy(m, ctx)
        if enemy is not None and side_key(enemy) != own:
            _set(m, "target", enemy, "story.operation_enemy")


def _operation_enemy(m: Mention, ctx: ArticleContext) -> Actor | None:
    """The known actor an operation noun of the act's sentence is "against"/"contre"."""
    nouns = ctx.lex.words("story_operation_nouns")
    preps = ctx.lex.words("story_operation_preps")
    doc = m.trigger.doc
    for tok in m.sent:
        if tok.pos_ != "NOUN" or not {tok.lower_, tok.lemma_.lower()} & nouns:
            continue
        for prep in doc[tok.i + 1 : min(tok.i + 1 + OPERATION_WINDOW, m.sent.end)]:
            if prep.lower_ not in preps:
                continue
            heads = [g for g in prep.children if g.dep_ == "pobj"]
            if prep.dep_ == "case":
                heads.append(prep.head)
            for head in heads:
                actor = _resolve_quietly(head, ctx)
                if actor is not None and actor.id and side_key(actor) is not None:
                    return actor
            break
    return None


# Acts between two parties the text may only call "the two governments", "les deux pays".
BOTH_PARTIES_TYPES: frozenset[str] = frozenset({"agreement", "consult_meeting", "cooperate"})


def _two_governments(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "in line with a deadline agreed between the two governments", "les deux pays ont
    signé un accord": an agreement, talks or cooperation whose own phrase names "the two"
    parties, in a story whose acts with both sides read set one pair of states against or
    beside each other, binds that pair, in the order the story first gives it
    (`story.two_governments`)."""
    pair = _story_state_pair(ordered)
    if pair is None:
        return
    for m in ordered:
        if m.type not in BOTH_PARTIES_TYPES or m.status == "negated":
            continue
        if (m.initiator is not None and m.target is not None) or not _names_both(m, ctx):
            continue
        order = list(pair)
        named = [_nation(getattr(m, n)) for n in SIDES]
        if any(k is not None and k not in pair for k in named):
            continue  # a third party is named: not the story's pair
        if named[1] == order[0] or named[0] == order[1]:
            order.reverse()  # the named side keeps its place
        for name, actor in zip(SIDES, (pair[k] for k in order), strict=True):
            _set(m, name, actor, "story.two_governments")


def _story_state_pair(ordered: list[Mention]) -> dict[str, Actor] | None:
    """The one pair of states the story's acts with both sides read involve, first-told first."""
    found: dict[str, Actor] = {}
    pairs: set[frozenset[str]] = set()
    for m in ordered:
        actors = [getattr(m, n) for n in SIDES]
        keys = [_nation(a) for a in actors]
        if None in keys or keys[0] == keys[1]:
            continue
        if any(a.kind in GROUP_KINDS for a in actors if a is not None):
            return None  # an armed group's war is for the two-party rules
        pairs.add(frozenset(keys))  # type: ignore[arg-type]
        for key, actor in zip(keys, actors, strict=True):
            found.setdefault(key, _side_actor(actor))  # type: ignore[arg-type]
    if len(pairs) != 1:
        return None
    return found


def _names_both(m: Mention, ctx: ArticleContext) -> bool:
    """ "the two governments", "both sides", "les deux pays" in the act's own phrase."""
    nouns = ctx.lex.words("story_party_nouns")
    both = ctx.lex.words("story_both_words")
    for tok in m.trigger.subtree:
        if tok.lower_ not in nouns:
            continue
        before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
        if before in both or any(c.lower_ in both for c in tok.children):
            return True
    return False


def _reinforcement_requests(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "Le maire a demandé des renforts de police", "the council leader asked for police
    reinforcements": a request for reinforcements naming no addressee is made of the speaker's
    own state, which commands its police (`story.reinforcements`); not a request "from the
    general staff"/"à l'état-major" (named), nor the state's or an army's own."""
    for m in ordered:
        if m.type != "demand" or m.target is not None or m.status == "negated":
            continue
        speaker = m.initiator
        if speaker is None or speaker.country is None or speaker.kind in {"state", "military"}:
            continue
        if _asks_reinforcements(m.trigger, ctx):
            _set(m, "target", resolvers.country_actor(speaker.country), "story.reinforcements")


def _asks_reinforcements(verb: Token, ctx: ArticleContext) -> bool:
    """The verb asks for reinforcements (in its own phrase) and names nobody it asks them of:
    no "from"/"to" X, "à"/"auprès de" X on the verb or on the noun ("des renforts de police"
    only qualifies them)."""
    nouns = ctx.lex.words("story_reinforcement_nouns")
    addressed = ctx.lex.words("story_addressee_preps")
    asked = [t for t in verb.subtree if t.lower_ in nouns or t.lemma_.lower() in nouns]
    if not asked:
        return False
    heads = {verb.i, *(t.i for t in asked)}
    for tok in verb.subtree:
        if tok.lower_ not in addressed:
            continue
        if tok.dep_ == "prep" and tok.head.i in heads:
            return False  # "from the general staff", "to the interior ministry"
        if tok.dep_ == "case" and tok.head.head.i in heads and tok.head.i not in heads:
            return False  # "à l'état-major", "auprès du préfet"
    return True


def _deployments_against_group(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "Des unités de la police et de l'armée ont été dépêchées vers le bas Artibonite" after a
    gang's massacre: a state's deployment with no target, in a story whose violence against that
    state and its people has one author, an armed group of the same state (or its known
    leader), goes against that group (`story.deployed_against`). Police sent against riots (no
    known author), a foreign force arriving, or a state also struck by another state name none."""
    for m in ordered:
        if m.type != "force_movement" or m.target is not None or m.status == "negated":
            continue
        own = _nation(m.initiator)
        group = _home_group_harming(ordered, own) if own is not None else None
        if group is not None:
            _set(m, "target", group, "story.deployed_against")


def _home_group_harming(ordered: list[Mention], country: str) -> Actor | None:
    """The one armed group of ``country`` that authors every violent act against it."""
    found: dict[str, Actor] = {}
    for x in ordered:
        harm = (x.type or x.default_type) in HARM_TYPES  # an untyped attack too: "ont attaqué"
        if not (_is_material(x) or harm) or x.target is None:
            continue
        if x.target.kind in GROUP_KINDS or _nation(x.target) != country:
            continue  # the state's own strikes on the group, or another country's war
        group = _armed_group_of(x.initiator)
        if group is None or group.country != country or group.id is None:
            return None  # a state's, a foreign or an unknown hand: not one home group
        found.setdefault(group.id, group)
    return next(iter(found.values())) if len(found) == 1 else None


def _armed_group_of(actor: Actor | None) -> Actor | None:
    """The armed group an actor is, or the one its known leader belongs to (Luckson Elan →
    Gran Grif)."""
    if actor is None:
        return None
    if actor.kind == "armed_group":
        return actor
    parent = resolvers.actor_parent(actor.id) if actor.kind == "person" and actor.id else None
    group = resolvers.actor_by_id(parent) if parent else None
    return group if group is not None and group.kind == "armed_group" else None


def _rejected_proposals(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "The junta has promised elections, which the opposition has vowed to boycott", "Le
    gouvernement a présenté une offre, rejetée par les syndicats": a refusal told in a relative
    or participle clause of the noun a main clause proposes answers that clause's subject
    (`story.rejected_proposal`), never the refuser's own side."""
    for m in ordered:
        if m.type != "reject" or m.target is not None or m.status == "negated":
            continue
        proposer = _main_clause_subject(m.trigger, ctx)
        if proposer is None or side_key(proposer) is None:
            continue
        if side_key(proposer) == side_key(m.initiator) and not _citizen_and_state(
            m.initiator, proposer
        ):
            continue  # nobody refuses their own side's offer
        _set(m, "target", proposer, "story.rejected_proposal")


def _citizen_and_state(refuser: Actor | None, proposer: Actor) -> bool:
    """A country's opposition, unions or people (no state body) answering its state."""
    return refuser is not None and refuser.kind not in STATE_KINDS and proposer.kind in STATE_KINDS


def _main_clause_subject(trig: Token, ctx: ArticleContext) -> Actor | None:
    """The subject of the verb whose noun a relative ("which", "que") or participle clause of
    ``trig`` hangs on, told before it; the parser may hang the clause on a nearer noun ("for
    late 2025"), so the heads are climbed to the first verb."""
    relatives = ctx.lex.words("story_relative_words")
    # "que Kiev a rejetée" is often parsed as a completive or adverbial clause marked "que"
    relative = any(c.lower_ in relatives for c in trig.children if c.i < trig.i)
    if trig.dep_ not in {"relcl", "acl:relcl", "acl"} and not (
        trig.dep_ in {"ccomp", "advcl"} and relative
    ):
        return None
    head = trig.head
    while head.pos_ not in {"VERB", "AUX"} and head.head is not head:
        head = head.head
    if head.pos_ not in {"VERB", "AUX"} or head.i >= trig.i:
        return None
    for child in head.children:
        if child.dep_ in {"nsubj", "nsubj:pass"} and child.i < head.i:
            return _resolve_quietly(child, ctx)
    return None


def _accused_envoys(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "Les trois conseillers de l'ambassade sont accusés d'« activités subversives »", "the
    diplomats are accused of spying": in a story whose expulsions all go from one state to one
    other, an accusation with no side read whose passive subject is an envoy
    (`story_envoy_nouns`) is the expelling state's against the expelled one
    (`story.accused_envoys`)."""
    expulsions = [
        m
        for m in ordered
        if m.type == "expel" and None not in {_nation(m.initiator), _nation(m.target)}
    ]  # an expulsion whose sides are not both read (a headline's "expulsés") decides nothing
    pairs = {(_nation(m.initiator), _nation(m.target)) for m in expulsions}
    if len(pairs) != 1:
        return
    ((accuser, accused),) = pairs
    if accuser == accused:
        return
    first = expulsions[0]
    for m in ordered:
        if m.type != "accuse" or m.status == "negated":
            continue
        if side_key(m.initiator) is not None or side_key(m.target) is not None:
            continue
        if not _envoy_subject(m.trigger, ctx):
            continue
        _set(m, "initiator", _side_actor(first.initiator), "story.accused_envoys")  # type: ignore[arg-type]
        _set(m, "target", _side_actor(first.target), "story.accused_envoys")  # type: ignore[arg-type]


def _envoy_subject(verb: Token, ctx: ArticleContext) -> bool:
    """The verb's passive subject is an envoy ("les conseillers… sont accusés")."""
    envoys = ctx.lex.words("story_envoy_nouns")
    return any(
        c.dep_ in PASSIVE_SUBJECT_DEPS and (c.lower_ in envoys or c.lemma_.lower() in envoys)
        for c in verb.children
    )


def _topic_countries(ordered: list[Mention], ctx: ArticleContext) -> None:
    """ "La conférence de haut niveau sur la paix en Ukraine", "talks on the war in Sudan": a
    meeting with no target whose own phrase names the country its peace, war or crisis is in
    (`story_topic_nouns` + a country name) is about that country: it targets it
    (`story.topic_country`), unless the meeting is that country's own."""
    for m in ordered:
        if m.type != "consult_meeting" or m.target is not None or m.status == "negated":
            continue
        iso3 = _topic_country(m.trigger, ctx)
        if iso3 is not None and iso3 != _nation(m.initiator):
            _set(m, "target", resolvers.country_actor(iso3), "story.topic_country")


def _topic_country(trig: Token, ctx: ArticleContext) -> str | None:
    topics = ctx.lex.words("story_topic_nouns")
    for tok in trig.subtree:
        if tok.lemma_.lower() not in topics or trig not in {tok.head, tok.head.head}:
            continue
        for child in tok.children:
            places = (
                [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]
            )
            for place in places:
                if place.pos_ == "PROPN" and child.dep_ in {"prep", "nmod"}:
                    iso3 = resolvers.resolve_country(place.text, ctx.lang)
                    if iso3:
                        return iso3
    return None
