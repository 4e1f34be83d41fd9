"""Where and when a mention happened: locative phrases to places.locate, dates to dates.

Locative phrases are read as written ("dans la région de Moscou", "au-dessus des villes
de Ramenskoïe") and resolved by :mod:`wirewatch.resolve.places` with the article's place
context; dates by :mod:`wirewatch.resolve.dates` with the tense of the governing verb.
"""

from __future__ import annotations

import datetime as dt
import logging

from spacy.tokens import Token

from wirewatch.model import EventDate, Location, Provenance

from . import resolvers
from .mention import ArticleContext, Mention
from .syntax import ancestors_in, span_chars, text_of

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
        if ent.label_ not in PLACE_ENTS or ent.start in seen:
            continue
        if ent.start not in scope_ids or ent.start in exclude:
            continue
        if resolvers.is_place_stopword(ent.text, ctx.lang):
            continue
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
            if head.pos_ in {"NOUN", "ADJ"} and head.lemma_.lower() not in place_nouns:
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


LOCATIVE_PREPS: frozenset[str] = frozenset(
    {"dans", "à", "au", "aux", "en", "sur", "près", "devant", "vers", "au-dessus"}
    | {"in", "at", "near", "over", "on", "outside", "around", "inside"}
)


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
    if m.type in PLACELESS_TYPES:
        return  # "des sanctions contre la Russie": Russia is the target, not the place
    context = resolvers.place_context(ctx.countries, ctx.admin1_codes)
    best: tuple[Location, list[Token]] | None = None
    for phrase, toks in place_phrases(m, ctx, exclude):
        loc = resolvers.locate(phrase, lang=ctx.lang, context=context)
        if loc is None:
            continue
        if best is None or _precision_rank(loc) > _precision_rank(best[0]):
            best = (loc, toks)
    if best is not None and any(
        t.lemma_.lower() in ctx.lex.cues_of("border_area") for t in best[1]
    ):
        # "deux régions limitrophes de Moscou": around the place, not in it; keep the country.
        # Bordering a country means outside it: then nothing is known.
        loc = best[0]
        country = Location(name=loc.country or loc.name, country=loc.country, precision="country")
        best = (country, best[1]) if loc.country and loc.precision != "country" else None
    if best is not None:
        m.location = best[0]
        m.prov("location", "place.locate", best[1])
        ctx.remember_location(best[0])


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
    return "past"


def fill_date(m: Mention, ctx: ArticleContext) -> None:
    art = ctx.article
    sent_text = m.sent.text
    base = m.sent.start_char
    lo, hi = span_chars(m.scope) if m.scope else (m.sent.start_char, m.sent.end_char)
    best: tuple[int, int, int, str] | None = None
    for start, end, surface in resolvers.find_date_expressions(sent_text, ctx.lang):
        a, b = base + start, base + end
        if b <= lo - 1 or a >= hi + 1:
            continue
        dist = abs(a - m.trigger.idx)
        if best is None or dist < best[0]:
            best = (dist, a, b, surface)
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
        m.date = _shift(default, -days)
        m.date_stated = True
        m.prov("date", f"{ctx.lang}.date.days_before", toks)
        return
    if default is not None:
        m.date = default
        m.prov("date", "date.default")


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


def _shift(date: EventDate, days: int) -> EventDate:
    start = dt.date.fromisoformat(date.start) + dt.timedelta(days=days)
    end = dt.date.fromisoformat(date.end) + dt.timedelta(days=days)
    return EventDate(start=start.isoformat(), end=end.isoformat(), precision=date.precision)
