"""The extraction cascade: article → mentions → events.

1. parse (one sentence at least per line, :func:`wirewatch.extract.syntax.parse`);
2. per sentence: triggers (:mod:`.triggers`), report verbs and "selon" cues (:mod:`.claims`);
3. per mention: scope, actors, location, quantities, date (:mod:`.arguments`), claimant
   (:mod:`.claims`), status (:mod:`.modality`);
4. merge the mentions of one occurrence (:mod:`.merge`);
5. build :class:`wirewatch.model.Event` records: claims side by side, ontology mappings,
   provenance and a confidence score.
"""

from __future__ import annotations

import dataclasses
import logging

from spacy.tokens import Doc, Token

from wirewatch import ontology
from wirewatch.model import Actor, Article, Claim, Event, EventDate, Evidence, Location, stable_id

from . import arguments, claims, modality, places_dates, quantities, resolvers, story_actors, venues
from .lexicon import lexicon
from .mention import ArticleContext, Mention
from .merge import Cluster, merge_mentions
from .syntax import doc_text, parse, sentences, trimmed
from .triggers import find_mentions, instrument_of

LOGGER = logging.getLogger(__name__)

SUPPORTED: tuple[str, ...] = ("fr", "en")
MAX_EVIDENCE = 250


class UnsupportedLanguage(ValueError):
    """The article's language has no extraction lexicon (only 'fr' and 'en' do)."""


def extract_article(article: Article, doc: Doc | None = None) -> list[Event]:
    """Events stated in ``article``; offsets index ``article.text``.

    Args:
        article (Article): the dispatch; ``language`` must be 'fr' or 'en'.
        doc (Doc | None): a parse of ``article.text`` to reuse; parsed here when None.
    RETURNS (list[Event]): one event per occurrence, in text order.
    """
    lang = article.language
    if lang not in SUPPORTED:
        raise UnsupportedLanguage(
            f"cannot extract events from language {lang!r}; supported: fr, en"
        )
    if doc is None:
        doc = parse(article.text, lang)
    elif doc_text(doc) != article.text:
        raise ValueError("doc.text differs from article.text: offsets would not match")
    article = places_dates.with_byline_date(article)  # "Mardi 12 novembre 2024" above the text
    ctx = ArticleContext(article=article, doc=doc, lang=lang, lex=lexicon(lang))
    mentions: list[Mention] = []
    for para, sent in sentences(doc):
        mentions.extend(_read_sentence(sent, para, ctx))
    # later sentences revise earlier statuses: "Ces chiffres n'ont pas pu être vérifiés",
    # "Le Hamas a dénoncé des « mensonges »" (a denied claim), a planned meeting restated
    modality.revise_statuses(mentions, ctx)
    # what a sentence leaves to the rest of the story: the venue, then the sides
    venues.fill_venues(mentions, ctx)
    story_actors.fill_story_actors(mentions, ctx)
    clusters = merge_mentions(mentions)
    events = [ev for c in clusters if (ev := _event(c, ctx)) is not None]
    places_dates.share_barrage_country(events, ctx)  # "tirant 120 missiles et 90 drones"
    LOGGER.info("article %s: %d mentions, %d events", article.id, len(mentions), len(events))
    return events


def extract_text(text: str, lang: str, published: str | None = None) -> list[Event]:
    """Convenience for tests and notebooks: extract from a bare text."""
    precision = None
    if published:
        precision = {4: "year", 7: "month", 10: "day"}.get(len(published), "datetime")
    article = Article(
        id=stable_id("text", text)[:12],
        text=text,
        language=lang,
        published=published,
        published_precision=precision,  # type: ignore[arg-type]
    )
    return extract_article(article)


def _read_sentence(sent, para: int, ctx: ArticleContext) -> list[Mention]:  # type: ignore[no-untyped-def]
    found = find_mentions(sent, para, ctx.lex)
    atts = claims.sentence_attributions(sent, ctx)
    speaker_ids = {t.i for a in atts for t in a.speaker_tokens}
    found.extend(_obligation_demands(sent, para, atts, ctx))
    found.extend(quantities.elliptic_interceptions(sent, para, found, ctx))  # "Five were shot down"
    split: list[Mention] = []
    for m in found:
        m.scope = arguments.scope_of(m)
        for part in _split_targets(m):
            # "91 drones over Moscow, 126 over Kursk": one interception per region
            split.extend(quantities.split_breakdown(part, ctx))
    found = split
    rivals: list[Mention] = []
    assessed: list[tuple[Mention, claims.Attribution | None]] = []
    for m in found:
        arguments.fill_force_subject(m, ctx)
        att = claims.attribute(m, atts, ctx) if m.kind != "speech_act" else None
        arguments.fill_actors(m, ctx, speaker_ids)
        places_dates.fill_location(m, ctx, speaker_ids | _subject_ids(m))
        arguments.fill_after_location(m, ctx)
        if m.kind == "event" and m.type == "consult_visit" and m.target is None and m.location:
            if m.location.country:
                m.target = resolvers.country_actor(m.location.country)
                m.prov("target", f"{ctx.lang}.target.visited_country")
        if (
            m.kind in {"attack", "intercept"}
            and m.target is None
            and m.location
            and m.location.country
            # a side striking a place of its own state (occupied land, a rebel-held town):
            # the struck side is not that state, and is not guessed
            and not (
                m.initiator is not None
                and m.initiator.country in {m.location.country, arguments.struck_state(m.location)}
            )
        ):
            # a place held by another state (Crimea): the holder is struck (GUIDELINES §5)
            m.target = resolvers.country_actor(
                arguments.struck_state(m.location) or m.location.country
            )
            m.prov("target", f"{ctx.lang}.target.location_state")
        if m.kind == "capture":
            _capture_target(m)
        if m.kind == "intercept" and m.target is None and m.claimant and m.claimant.country:
            m.target = resolvers.country_actor(m.claimant.country)
            m.prov("target", f"{ctx.lang}.target.interceptor_state")
        quantities.fill_quantities(m, ctx)
        places_dates.fill_date(m, ctx)
        if m.kind == "speech_act":
            m.status = "asserted"
            m.prov("status", f"{ctx.lang}.modality.speech_act")
        else:
            modality.assess(m, att, ctx)
            arguments.denier_as_author(m)  # "denied responsibility for the strike"
            arguments.blamed_author(m, ctx)  # "Ukraine blamed Russia for the strike"
        _evidence(m, ctx)
        assessed.append((m, att))
    for m, att in assessed:  # "440 000 selon la police", once every figure has its kind
        rivals.extend(claims.rival_figures(m, att, atts, ctx, found))
    found.extend(rivals)
    quantities.remember_barrages(found, ctx)
    _pronoun_partners(found)
    claims.remember(atts, sent, ctx)
    # "an earlier version of this article said 25": a corrected figure is nobody's claim
    return [m for m in found if _worth_keeping(m) and m.cue != "retracted"]


def _pronoun_partners(found: list[Mention]) -> None:
    """ "l'entretien entre Poutine et Trump, qui lui aurait demandé…": "lui" is the other one."""
    people = [p for m in found for p in m.participants if p.id]
    for m in found:
        if m.target is not None or m.kind != "event" or m.trigger.pos_ != "VERB":
            continue
        if not any(c.dep_ in {"iobj", "dative"} and c.pos_ == "PRON" for c in m.trigger.children):
            continue
        others = [p for p in people if m.initiator is None or p.id != m.initiator.id]
        if others:
            m.target = others[0]
            m.prov("target", "pronoun.other_participant")


def _obligation_demands(
    sent, para: int, atts: list[claims.Attribution], ctx: ArticleContext
) -> list[Mention]:  # type: ignore[no-untyped-def]
    """ "La Russie devra répondre des crimes…, a estimé Josep Borrell": the speaker demands.

    An obligation modal in a report verb's scope, whose subject is not the speaker, is a
    demand (PLOVER REQUEST) by the speaker on that subject. The report verb is the act
    itself, so the outlet states it: no claimant, status asserted.
    """
    out: list[Mention] = []
    obligation = ctx.lex.cues_of("obligation")
    for tok in sent:
        if tok.lemma_.lower() not in obligation or tok.pos_ not in {"VERB", "AUX"}:
            continue
        subj = next(
            (c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}), None
        )
        if subj is None and tok.head.pos_ in {"VERB"}:
            subj = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        covering = [a for a in atts if a.verb is not None and a.lo <= tok.idx < a.hi and a.claimant]
        if subj is None or not covering:
            continue
        att = covering[0]
        if att.claimant.kind == "media":
            continue  # "Ces instructeurs doivent former…, a précisé la chaîne": a plan reported
        target, toks = arguments.actor_from_np(subj, ctx)
        if target is None or target.id is None or (att.claimant and target.id == att.claimant.id):
            continue
        m = Mention(
            type="demand",
            kind="speech_act",
            trigger=tok,
            sent=sent,
            para=para,
            rule=f"{ctx.lang}.trigger.obligation:{tok.lemma_.lower()}",
        )
        m.initiator = att.claimant
        m.target = target
        m.prov("type", m.rule, [tok])
        m.prov("initiator", f"{ctx.lang}.initiator.speaker", att.speaker_tokens)
        m.prov("target", f"{ctx.lang}.target.obliged_subject", toks)
        out.append(m)
    return out


def _subject_ids(m: Mention) -> set[int]:
    """Tokens of the clause's subject: an actor ("Les Etats-Unis dépenseront"), not a place."""
    trig = m.trigger
    verb = trig if trig.pos_ in {"VERB", "AUX"} else None
    if verb is None and trig.dep_ in {"obj", "dobj"} and trig.head.pos_ == "VERB":
        verb = trig.head  # "Russia launched an attack": Russia is who, not where
    if verb is None:
        return set()
    return {
        t.i
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}
        for t in c.subtree
    }


def _split_targets(m: Mention) -> list[Mention]:
    """ "ont visé l'Ukraine et la région de Moscou": one attack mention per target."""
    if m.kind not in {"attack", "intercept"}:
        return [m]
    trig = m.trigger
    verb = trig if trig.pos_ in {"VERB", "AUX"} else None
    if verb is None and trig.dep_ in {"nsubj", "nsubj:pass"} and trig.head.pos_ in {"VERB", "AUX"}:
        verb = trig.head
    obj = next((c for c in verb.children if c.dep_ in {"obj", "dobj"}), None) if verb else None
    conjs = [c for c in obj.children if c.dep_ == "conj"] if obj is not None else []
    if m.kind == "intercept" or obj is None or not conjs:
        # "pounded Kyiv with 126 drones and one missile": a mixed barrage, one event per means
        obj = m.munition
        conjs = _other_means(obj)
        if obj is None or not conjs:
            return [m]
    groups = [obj, *conjs]

    def own(tok: Token) -> set[int]:
        if tok.i != obj.i:
            return {t.i for t in tok.subtree}
        skip = {t.i for c in obj.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
        skip |= {t.i for c in conjs for t in c.subtree}  # a conjunct hung on the munition's name
        return {t.i for t in obj.subtree} - skip

    out: list[Mention] = []
    for g in groups:
        others = set().union(*(own(o) for o in groups if o.i != g.i))
        in_scope = {t.i for t in m.scope}
        # a conjunct the parser hung outside the clause ("abattu 87 missiles et 27 drones")
        stray = [t for t in g.subtree if t.i not in in_scope and g.i != obj.i]
        part = dataclasses.replace(
            m,
            scope=[t for t in m.scope if t.i not in others] + stray,
            provenance=list(m.provenance),
            quantities=[],
            participants=[],
            extra_claimants=[],
            focus=g,
        )
        part.prov("target", "split.conjoined_targets", [g])
        _retype_by_means(part, g)
        out.append(part)
    return out


def _other_means(munition: Token | None) -> list[Token]:
    """Conjuncts of a munition that name another means of attack ("87 missiles et 27 drones")."""
    if munition is None:
        return []
    lex = lexicon(munition.doc.lang_)
    mine = instrument_of(munition, lex)
    conjs = quantities.means_conjuncts(munition, lex)  # also "Kalibr et des drones Shahed"
    kinds = [quantities.means_of(c, lex) for c in conjs]  # also "31 des 36 drones"
    if mine is None or not any(k is not None and k.type != mine.type for k in kinds):
        return []
    return [c for c, k in zip(conjs, kinds, strict=True) if k is not None]


def _retype_by_means(part: Mention, focus: Token) -> None:
    """ "tirant 120 missiles et 90 drones": a conjoined means of attack is its own event type."""
    inst = quantities.means_of(focus, lexicon(focus.doc.lang_))
    if inst is None or inst.type.startswith("*") or inst.type == part.type:
        return
    part.type, part.instrument, part.munition, part.weak = inst.type, inst.instrument, focus, False
    part.prov("type", f"split.conjoined_means:{inst.lemma}", [focus])


def _capture_target(m: Mention) -> None:
    """Capturing a place of another state targets that state; retaking one's own is regained."""
    loc_country = m.location.country if m.location else None
    init_country = m.initiator.country if m.initiator else None
    if m.initiator is not None and m.initiator.kind == "armed_group":
        init_country = None  # rebels taking a town of their own country capture it (ACLED)
    if loc_country and init_country and loc_country == init_country:
        m.type = "territory_regained"
        m.prov("type", "capture.own_territory")
    elif loc_country and m.target is None:
        m.target = resolvers.country_actor(loc_country)
        m.prov("target", "capture.location_state")


def _worth_keeping(m: Mention) -> bool:
    """A generic statement ("les combats se poursuivent") names nobody, nowhere, no figure."""
    if m.kind in {"casualty", "anaphor"} or m.type is None:
        return True
    if m.kind == "event" and m.type == "armed_clash":
        # "des affrontements se poursuivaient mercredi": a stated day makes it one occurrence
        return any([m.initiator, m.target, m.location, m.quantities, m.participants, m.date_stated])
    if m.weak and not (m.initiator or m.participants or m.claimant):
        return m.anaphoric
    if m.kind == "event" and m.anaphoric and m.type in {"accuse", "condemn", "threaten", "demand"}:
        # "ces accusations": a reference back to words already reported, not a new act
        return bool(m.initiator or m.target)
    return True


def _evidence(m: Mention, ctx: ArticleContext) -> None:
    start, end = trimmed(ctx.doc, m.sent.start_char, m.sent.end_char)
    if end - start > MAX_EVIDENCE:
        # keep the clause around the trigger: from the comma before it, cut at a word boundary
        text = ctx.text
        comma = text.rfind(", ", start, m.trigger.idx)
        lo = comma + 2 if comma != -1 and m.trigger.idx - comma < MAX_EVIDENCE // 2 else None
        if lo is None:
            lo = max(start, m.trigger.idx - MAX_EVIDENCE // 3)
            while lo > start and not text[lo - 1].isspace():
                lo -= 1
        hi = min(end, lo + MAX_EVIDENCE)
        while hi < end and hi > lo and not text[hi].isspace():
            hi -= 1
        start, end = trimmed(ctx.doc, lo, hi)
    m.evidence = Evidence(ctx.text[start:end], start, end)


# -- events ----------------------------------------------------------------------------------


def _claim_key(m: Mention) -> tuple[str, str]:
    c = m.claimant
    return ((c.id or c.name) if c is not None else "", m.status)


def _claims(c: Cluster) -> list[Claim]:
    out: list[Claim] = []
    keys: list[tuple[str, str]] = []
    for m in c.mentions:
        claimants = [m.claimant, *m.extra_claimants]
        for idx, who in enumerate(claimants):
            key = ((who.id or who.name) if who is not None else "", m.status)
            q = m.quantity_dict()
            details = list(m.quantities)
            merged = False
            for j, k in enumerate(keys):
                if k != key:
                    continue
                existing = out[j]
                clash = any(existing.quantities.get(kind, v) != v for kind, v in q.items())
                known = bool(key[0]) or key[1] == "asserted"  # an unresolved source may be two
                if clash and known and quantities.updates_toll(existing.quantities, q):
                    # "the death toll rose to 14": the same source's later, higher toll
                    existing.quantity_details = [
                        d for d in existing.quantity_details if d.kind not in q
                    ]
                    clash = False
                if not clash:
                    existing.quantities.update(q)
                    existing.quantity_details.extend(details)
                    merged = True
                    break
            if not merged and idx == 0:
                merged = quantities.revise_outlet_toll(out, keys, key, m, q, details)
            if merged:
                continue
            keys.append(key)
            out.append(
                Claim(
                    claimant=who,
                    status=m.status,  # type: ignore[arg-type]
                    quantities=q,
                    quantity_details=details,
                    evidence=m.evidence,
                    cue=m.cue if idx == 0 else (m.cue or "") + ";joint-source",
                )
            )

    # Vague claims (no figure, nobody resolved, plain status) only repeat a better one.
    # A verbal act the outlet states itself, with a verb, is the fact, not a vague claim
    # (GUIDELINES §6: "Britain is expelling the attache" before "…, the minister told
    # parliament"); a noun in a background adjunct ("malgré l'entretien entre…") states nothing.
    stated = modality.is_verbal(c.type) and any(
        m.claimant is None
        and m.status == "asserted"
        and not modality.backgrounded(m.trigger)
        and m.sent.text.rstrip().endswith((".", "!", "?"))  # a headline only summarises
        for m in c.mentions
    )

    def vague(cl: Claim) -> bool:
        if stated and cl.claimant is None and cl.status == "asserted":
            return False
        return (
            not cl.quantities
            and claims.is_vague_source(cl.claimant)  # "the SBU", "le parquet" are kept
            and cl.status in {"asserted", "claimed"}
        )

    if any(not vague(cl) for cl in out):
        out = [cl for cl in out if not vague(cl)]
    # a headline's "492 morts" in the outlet's voice repeats the figures of a source
    return [cl for cl in out if not claims.repeats_a_source(cl, out)]


def _date(c: Cluster) -> EventDate | None:
    """The intersection of the mentions' compatible dates (the narrowest statement wins)."""
    stated = [m.date for m in c.mentions if m.date is not None and m.date_stated]
    dates = stated or [m.date for m in c.mentions if m.date is not None]
    if not dates:
        return None
    span = places_dates.covering_span(dates)
    if span is not None:
        return span  # "entre dimanche et mardi" covers the days of the acts merged into it
    start = max(d.start for d in dates)
    end = min(d.end for d in dates)
    if start > end:
        return dates[0]
    precision = "day" if any(d.precision == "day" for d in dates) else dates[0].precision
    surface = next((d.surface for d in dates if d.surface), None)
    return EventDate(start=start, end=end, precision=precision, surface=surface)  # type: ignore[arg-type]


def _location(c: Cluster) -> Location | None:
    """The region most mentions agree on, then the most precise place within it."""
    rank = {"place": 3, "admin2": 2, "admin1": 1, "country": 0}
    locs = [m.location for m in c.mentions if m.location is not None]
    if not locs:
        return None
    votes: dict[str | None, int] = {}
    for loc in locs:
        votes[loc.admin1] = votes.get(loc.admin1, 0) + 1
    region = max(votes, key=lambda k: (k is not None, votes[k]))
    within = [loc for loc in locs if loc.admin1 == region] or locs
    best = max(within, key=lambda loc: (rank.get(loc.precision, 0), -within.index(loc)))
    # a title's "Beryslav district" and the body's "near the village of Novoraisk" in it
    finer = [loc for loc in within if places_dates.district_stand_in(best, loc)]
    return finer[0] if finer else best


def _first_actor(c: Cluster, name: str) -> Actor | None:
    for m in c.mentions:
        actor = getattr(m, name)
        if actor is not None and actor.id is not None:
            return actor
    value = c.value(name)
    return value if isinstance(value, Actor) else None


def _id_salt(c: Cluster) -> tuple[int, ...]:
    """Split mentions share their evidence; the conjunct they are about keeps ids distinct."""
    focus = c.first.focus
    return (focus.i,) if focus is not None else ()


def _confidence(ev: Event, c: Cluster) -> float:
    score = 0.35
    score += 0.1 * sum(x is not None for x in (ev.initiator, ev.target, ev.location, ev.date))
    score += 0.1 if ev.quantities else 0.0
    score += 0.05 if ev.claimant is not None or ev.status == "asserted" else 0.0
    score -= 0.1 if all(m.weak for m in c.mentions) else 0.0
    score += 0.05 if len(c.mentions) > 1 else 0.0
    return round(max(0.05, min(0.95, score)), 2)


def _event(c: Cluster, ctx: ArticleContext) -> Event | None:
    code = c.type
    if code is None:
        return None
    first = c.first
    all_claims = _claims(c)
    top = all_claims[0] if all_claims else None
    etype = ontology.event_type(code)
    acled = etype.acled()
    quantities = dict(top.quantities) if top else {}
    if quantities.get("launched") and quantities.get("intercepted") == quantities.get("launched"):
        acled = dict(ontology.DISRUPTED_WEAPONS_USE)
    evidence_mentions: list[Evidence] = []
    for m in c.mentions:
        if m.evidence is not None and all(m.evidence.start != e.start for e in evidence_mentions):
            evidence_mentions.append(m.evidence)
    location = _location(c) or places_dates.inherit_location(c.mentions, code, ctx)
    provenance = [p for m in c.mentions for p in m.provenance]
    main = top.evidence if top is not None and top.evidence is not None else first.evidence
    assert main is not None
    ev = Event(
        id=stable_id(ctx.article.id, code, evidence_mentions[0].start, *_id_salt(c)),
        article_id=ctx.article.id,
        type=code,
        acled=acled,
        plover=etype.plover(),
        date=_date(c),
        initiator=_first_actor(c, "initiator"),
        target=_first_actor(c, "target"),
        location=location,
        quantities=quantities,
        claimant=top.claimant if top else None,
        status=top.status if top else "asserted",
        evidence=main,
        confidence=0.0,
        language=ctx.lang,
        instrument=next((m.instrument for m in c.mentions if m.instrument), None),
        claims=all_claims,
        mentions=evidence_mentions,
        provenance=provenance,
    )
    ev.confidence = _confidence(ev, c)
    return ev
