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
   that country (the government answering protesters, unions addressing the government).

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
# What a country's own people and officials say to one another in a story of its unrest.
DOMESTIC_SPEECH: frozenset[str] = frozenset(
    {"condemn", "threaten", "support", "accuse", "demand", "concede", "reject"}
)
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
    _place_state(ordered, ctx)
    _one_donor_one_host(ordered)
    _conditioned_threats(ordered, ctx)
    _answered_acts(ordered, ctx)
    _sanction_replies(ordered, ctx)
    _domestic_unrest(ordered, ctx)


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
        if all(_agrees(getattr(m, n), getattr(x, n)) for n in SIDES):
            return x
        return None  # the nearest act of that type is another one: no guess further back
    return None


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
    for m in ordered:
        if m.type in SETTLEMENT_TYPES:
            _settlement_parties(m, pair, ctx)
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


def _settlement_parties(m: Mention, pair: StoryPair, ctx: ArticleContext) -> None:
    """A ceasefire, deal or exchange in a two-sided war binds its two sides (a release only
    when it is an exchange: hostages handed over go one way)."""
    if m.type == "release" and not _exchange(m, ctx):
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
        _set(m, name, pair.actors[key], "story.two_party_settlement")


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
    alias = _place_aliases(seen, authors)
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


def _place_aliases(seen: dict[str, Actor], authors: set[str]) -> dict[str, str]:
    """A state that is never an author, struck where one armed group of its own is the
    other side, stands for that group ("Israel struck Lebanon" in an Israel–Hezbollah war)."""
    alias: dict[str, str] = {}
    for key, actor in seen.items():
        if actor.kind in GROUP_KINDS or key in authors:
            continue
        groups = [k for k, a in seen.items() if a.kind in GROUP_KINDS and a.country == key]
        if len(groups) == 1:
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
        author = _answered_author(m, ordered) or _story_aggressor(m, ordered, ctx)
        if author is None:
            continue
        if side_key(m.initiator) is not None and side_key(m.initiator) == side_key(author):
            continue  # nobody answers their own side's act
        _set(m, "target", author, "story.answered_act")


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


def _scope_ids(m: Mention) -> set[int]:
    return {t.i for t in m.scope} or {t.i for t in m.trigger.subtree}


def _answered_author(m: Mention, ordered: Iterable[Mention]) -> Actor | None:
    """The author of a hostile act whose trigger lies in the reaction's own clause."""
    scope = _scope_ids(m)
    for x in ordered:
        if x is m or x.sent != m.sent or x.trigger.i not in scope:
            continue
        if (_is_material(x) or x.type in PLACE_STATE_TYPES) and side_key(x.initiator):
            return x.initiator
    return None


def _story_aggressor(m: Mention, ordered: list[Mention], ctx: ArticleContext) -> Actor | None:
    """ "condemned the attack", "a condamné ces attaques": an attack word in the reaction's
    clause names the story's attack; its author when the story's attacks all have one."""
    doc = m.trigger.doc
    if not any(_attack_word(doc[i], ctx) for i in _scope_ids(m) if i != m.trigger.i):
        return None
    authors: dict[str, Actor] = {}
    for x in ordered:
        key = side_key(x.initiator)
        if x.kind in ATTACK_KINDS and key is not None:
            authors.setdefault(key, x.initiator)  # type: ignore[arg-type]
    if len(authors) != 1:
        return None
    return next(iter(authors.values()))


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
    if any(side_key(m.initiator) is None or side_key(m.target) is None for m in acts):
        return  # a sanction with an unread side: another party may be in play
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
        if m.initiator is None or m.initiator.country != country:
            continue
        if m.initiator.kind in GROUP_KINDS or not _speech_open(m, ctx):
            continue  # "accused foreign services": the clause names its own addressee
        _set(m, "target", resolvers.country_actor(country), "story.domestic")


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
