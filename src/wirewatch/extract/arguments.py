"""Arguments of a mention: initiator, target, participants, location, date and quantities.

Read from the dependency parse around the trigger, then canonicalised by the resolvers
(``wirewatch.resolve``: actors, places, dates, numbers) through
:mod:`wirewatch.extract.resolvers`. Every filled field gets a provenance entry.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from wirewatch.model import Actor

from . import resolvers
from .mention import ArticleContext, Mention
from .syntax import (
    SUBJECT_DEPS,
    ancestors_in,
    clause_tokens,
    np_tokens,
    numberish,
    text_of,
)
from .triggers import instrument_of

LOGGER = logging.getLogger(__name__)

PLACE_ENTS: frozenset[str] = frozenset({"LOC", "GPE", "FAC"})
TARGET_PREPS: frozenset[str] = frozenset({"sur", "contre", "on", "against", "at"})
ANAPHORIC_PRONOUNS: frozenset[str] = frozenset(
    {"il", "elle", "ils", "elles", "lui", "eux", "he", "she", "they", "him", "her", "them"}
)
QUANTITY_NOUNS: frozenset[str] = frozenset(
    {
        "millier",
        "centaine",
        "dizaine",
        "thousand",
        "hundred",
        "dozen",
        "dozens",
        "thousands",
        "hundreds",
    }
)
PRONOUN_SUBJECTS: frozenset[str] = frozenset({"qui", "who", "which", "that", "lequel", "laquelle"})


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
    if head.pos_ == "PRON" and lower in ANAPHORIC_PRONOUNS:
        return ctx.last_person, [head]
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
    group = ctx.lex.cues_of("group_speaker")
    tokens = np_tokens(head)
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
                actor = resolvers.resolve_actor(ent.text, lang=ctx.lang)
                return actor, list(ent)
    surface = text_of(ctx.doc, tokens)
    if not surface.strip():
        return None, []
    return resolvers.resolve_actor(surface, lang=ctx.lang), tokens


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


def demonym_of(token: Token, ctx: ArticleContext) -> tuple[str | None, Token | None]:
    """ISO3 of a demonym adjective on ``token`` ("drones russes", "Ukrainian drones")."""
    for child in token.children:
        if child.dep_ in {"amod", "acl", "nmod", "compound", "nsubj"} or child.pos_ == "ADJ":
            if child.pos_ in {"ADJ", "PROPN", "NOUN", "VERB"}:
                iso = resolvers.demonym_country(child.text, ctx.lang)
                if iso:
                    return iso, child
    return None, None


def _subject(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"nsubj", "expl:subj"}:
            return child
    if token.dep_ in {"xcomp", "conj"} and token.head.pos_ in {"VERB", "AUX"}:
        return _subject(token.head)
    return None


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
    return None


def _object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"obj", "dobj"}:
            return child
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
    elif m.kind == "capture":
        _capture_actors(m, ctx)
    elif m.kind == "event":
        _event_actors(m, ctx, exclude)
    if m.initiator is not None and m.initiator.id is None and m.initiator.kind == "unknown":
        LOGGER.debug("unresolved initiator %r for %s", m.initiator.name, trig.text)


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
            if agent is not None:
                actor, toks = actor_from_np(agent, ctx)
                _set(m, "initiator", actor, f"{lang}.initiator.agent", toks)
            elif subj is not None and instrument_of(subj, ctx.lex) is None:
                actor, toks = actor_from_np(subj, ctx)
                _set(m, "initiator", actor, f"{lang}.initiator.subject", toks)
            obj = m.focus or _object(trig)
            if obj is not None:
                actor, toks = _target_actor(obj, ctx)
                _set(m, "target", actor, f"{lang}.target.object", toks)
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
            if trig.dep_ in {"obj", "dobj"} and trig.head.lemma_.lower() in ctx.lex.cues_of(
                "light_verb"
            ):
                subj = _subject(trig.head)
                if subj is not None and instrument_of(subj, ctx.lex) is None:
                    actor, toks = actor_from_np(subj, ctx)
                    if actor is not None and actor.id is not None:
                        _set(m, "initiator", actor, f"{lang}.initiator.light_verb", toks)
    else:
        subj = _subject(trig)
        if subj is not None and instrument_of(subj, ctx.lex) is None and subj.pos_ != "PRON":
            actor, toks = actor_from_np(subj, ctx)
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


def _target_actor(tok: Token, ctx: ArticleContext) -> tuple[Actor | None, list[Token]]:
    """A target noun phrase: a place names its state ("l'Ukraine", "la capitale ukrainienne")."""
    toks = np_tokens(tok)
    if tok.ent_type_ in {"PER", "PERSON", "ORG", "NORP"} or tok.pos_ == "PRON":
        return actor_from_np(tok, ctx)
    if _is_place(tok) or any(_is_place(t) for t in toks):
        loc = resolvers.locate(text_of(ctx.doc, toks), lang=ctx.lang, context=None)
        if loc is not None and loc.country:
            return resolvers.country_actor(loc.country), toks
        iso = resolvers.resolve_country(tok.text, ctx.lang)
        if iso:
            return resolvers.country_actor(iso), toks
    iso, adj = demonym_of(tok, ctx)
    if iso and tok.pos_ == "NOUN":
        return resolvers.country_actor(iso), toks
    actor, atoks = actor_from_np(tok, ctx)
    if actor is not None and actor.id is None and not any(t.pos_ == "PROPN" for t in atoks):
        return None, []  # "un immeuble résidentiel": a thing, not an actor
    return actor, atoks


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
        subj = _subject(trig)
        agent = _agent(trig)
        psubj = _passive_subject(trig)
        if subj is None and trig.dep_ == "acl" and trig.head.pos_ in {"NOUN", "PROPN"}:
            subj = trig.head  # "premier dirigeant à se rendre en Ukraine"
        if agent is not None:
            actor, toks = actor_from_np(agent, ctx)
            _set(m, "initiator", actor, f"{lang}.initiator.agent", toks)
        if subj is not None and subj.i not in exclude:
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
            _set(m, "initiator", actor, f"{lang}.initiator.subject", toks)
        obj = _object(trig) or psubj
        if obj is None and m.type in {"reject", "demand"}:
            # "refusent d'autoriser Kiev à frapper": the target is the xcomp's object.
            for child in trig.children:
                if child.dep_ == "xcomp":
                    obj = _object(child)
        if obj is not None and obj.pos_ in {"PROPN", "NOUN", "PRON"}:
            if m.type in {"force_movement"}:
                iso, adj = demonym_of(obj, ctx)
                if iso:
                    _set(
                        m,
                        "initiator",
                        resolvers.country_actor(iso),
                        f"{lang}.initiator.demonym",
                        [adj],
                    )
            else:
                actor, toks = _target_actor(obj, ctx)
                _set(m, "target", actor, f"{lang}.target.object", toks)
        for child in trig.children:
            if child.dep_ in {"iobj", "obl:arg", "dative"} and child.pos_ in {
                "PROPN",
                "NOUN",
                "PRON",
            }:
                cases = {c.lower_ for c in child.children if c.dep_ == "case"}
                if child.dep_ == "iobj" or cases & {"à", "au", "aux", "to", "contre", "against"}:
                    actor, toks = _target_actor(child, ctx)
                    _set(m, "target", actor, f"{lang}.target.indirect", toks)
        if m.type == "force_movement" and m.initiator is None and psubj is not None:
            _troop_demonym(m, psubj, ctx)
    else:
        # nominal: "l'entretien entre Poutine et Trump", "sanctions contre Moscou"
        people: list[Token] = []
        for child in trig.children:
            cases = {c.lower_ for c in child.children if c.dep_ == "case"}
            if cases & {"entre", "between", "avec", "with"}:
                people = [child, *[c for c in child.children if c.dep_ == "conj"]]
            if cases & {"contre", "against", "à", "to", "sur", "on"} and m.target is None:
                actor, toks = _target_actor(child, ctx)
                _set(m, "target", actor, f"{lang}.target.prep", toks)
        for tok in people:
            actor, _toks = actor_from_np(tok, ctx)
            if actor is not None:
                m.participants.append(actor)
        if m.participants:
            _set(m, "initiator", m.participants[0], f"{lang}.initiator.participant", [people[0]])
            if len(m.participants) > 1:
                _set(m, "target", m.participants[1], f"{lang}.target.participant", [people[1]])
        iso, adj = demonym_of(trig, ctx)
        if iso:
            _set(m, "initiator", resolvers.country_actor(iso), f"{lang}.initiator.demonym", [adj])
        head = trig.head
        if (
            trig.dep_ in {"obj", "dobj"}
            and head.pos_ == "VERB"
            and head.lemma_.lower() not in ctx.lex.speech_verbs
        ):
            subj = _subject(head)  # "L'UE a adopté de nouvelles sanctions"
            if subj is not None and subj.i not in exclude:
                actor, toks = actor_from_np(subj, ctx)
                _set(m, "initiator", actor, f"{lang}.initiator.governing_subject", toks)
    if m.type in {"aid_delivery", "aid_pledge"}:
        _aid_recipient(m, ctx)
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


def _aid_recipient(m: Mention, ctx: ArticleContext) -> None:
    """ "les six milliards de dollars dédiés à l'Ukraine": the recipient is the "à"/"to" place."""
    if m.target is not None and m.target.id is not None:
        return
    trig = m.trigger
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
