"""Parsing and dependency-tree helpers shared by the extraction components.

Wire copy puts headings ("Attaque sur Moscou") and paragraphs on their own lines with no
final full stop; the statistical sentence splitter then glues a heading to the next
paragraph and the parser draws arcs across them. :func:`parse` marks every line start as a
sentence start *before* the parser runs (spaCy's parser respects preset boundaries).
"""

from __future__ import annotations

import bisect
import logging
import re
import weakref
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.pipeline import get_nlp

from .lexicon import words_any

LOGGER = logging.getLogger(__name__)

# Dependency labels that open another clause: a scope walk does not descend into them.
CLAUSE_DEPS: frozenset[str] = frozenset(
    {"conj", "parataxis", "advcl", "ccomp", "acl:relcl", "relcl", "xcomp", "csubj", "acl"}
)
# Clauses hanging on a noun ("l'accord conclu à Doha", "a deal that would…"); the relative ones.
RELATIVE_DEPS: frozenset[str] = frozenset({"acl:relcl", "relcl"})
NOUN_CLAUSE_DEPS: frozenset[str] = RELATIVE_DEPS | {"acl"}
SUBJECT_DEPS: frozenset[str] = frozenset(
    {"nsubj", "nsubj:pass", "nsubjpass", "expl:subj", "csubj", "agent"}
)
NEGATION_LEMMAS: frozenset[str] = words_any("negation_lemmas")


def parse(text: str, lang: str) -> Doc:
    """Parse ``text`` with the pipeline of ``lang``, one sentence at least per line."""
    nlp = get_nlp(lang)
    doc = make_doc(text, lang)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def parse_many(texts: Iterable[str], lang: str, *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse many texts in batches (``nlp.pipe``) exactly as :func:`parse` parses one."""
    nlp = get_nlp(lang)
    return nlp.pipe((make_doc(t, lang) for t in texts), batch_size=batch_size)


def make_doc(text: str, lang: str) -> Doc:
    """Tokenise ``text`` and preset the sentence starts the parser must respect.

    A line break always starts a sentence (headlines, datelines, ticker lines); the parser may
    not cut right after a comma or a lone letter ("À Mykolaïv, dans le sud, …").
    """
    doc = get_nlp(lang).make_doc(text)
    for i in range(1, len(doc)):
        if "\n" in doc[i - 1].text_with_ws and not doc[i].is_space:
            doc[i].is_sent_start = True
        elif not doc[i].is_space and (
            doc[i - 1].text in {",", ";"}
            or doc[i].text in {",", ";"}
            or (doc[i - 1].is_alpha and len(doc[i - 1].text) == 1)
            # no sentence starts right after a lower-case word on the same line ("des drones
            # Shahed de fabrication iranienne, a rapporté l'armée": the parser cut before Shahed)
            or (doc[i - 1].is_alpha and doc[i - 1].is_lower)
        ):
            doc[i].is_sent_start = False
    return doc


# Per-doc caches, keyed weakly so a doc's entries go with it. ``Doc.text`` joins every token
# anew on each access (a Token object each): the rules read it thousands of times per article.
_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()
_SENTENCES: weakref.WeakKeyDictionary[Doc, tuple[tuple[int, int, int], ...]] = (
    weakref.WeakKeyDictionary()
)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc (a doc's text never changes, even when retokenised)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def sentences(doc: Doc) -> Iterator[tuple[int, Span]]:
    """(paragraph index, sentence) for every sentence with some non-space token."""
    bounds = _SENTENCES.get(doc)
    if bounds is None:  # many rules walk the article's sentences: find them once per doc
        bounds = _SENTENCES[doc] = tuple(_sentence_bounds(doc))
    return ((para, doc[start:end]) for para, start, end in bounds)


def _sentence_bounds(doc: Doc) -> Iterator[tuple[int, int, int]]:
    """(paragraph index, first token, end token) of each sentence with a non-space token."""
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", doc_text(doc))]
    for sent in doc.sents:
        if all(t.is_space for t in sent):
            continue
        yield bisect.bisect_right(breaks, sent.start_char), sent.start, sent.end


def span_chars(tokens: list[Token]) -> tuple[int, int]:
    """Character range covering ``tokens`` (which need not be contiguous)."""
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Shrink a character range so it neither starts nor ends with whitespace."""
    text = doc_text(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def ancestors_in(token: Token, sent: Span) -> Iterator[Token]:
    for anc in token.ancestors:
        if sent.start <= anc.i < sent.end:
            yield anc


def is_negated(token: Token) -> bool:
    """True when ``token`` carries a negation (ne … pas, not, never) among its children."""
    return any(
        c.lemma_.lower() in NEGATION_LEMMAS or "Neg" in c.morph.get("Polarity")
        for c in token.children
    )


def clause_tokens(head: Token, *, stop: frozenset[str] = CLAUSE_DEPS) -> list[Token]:
    """The tokens of ``head``'s clause: its subtree without embedded clauses."""
    out: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if child.dep_ in stop and child.pos_ in {"VERB", "AUX"}:
                continue
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


def verb_head(token: Token, sent: Span) -> Token | None:
    """The nearest verbal ancestor of a noun (or the token itself when it is a verb)."""
    if token.pos_ in {"VERB", "AUX"}:
        return token
    for anc in ancestors_in(token, sent):
        if anc.pos_ in {"VERB", "AUX"}:
            return anc
    return None


def np_tokens(head: Token) -> list[Token]:
    """A noun phrase: ``head`` and its modifiers, without clauses, conjuncts, its own
    preposition, and cut at the first comma on each side."""
    toks: list[Token] = [head]
    stack = [
        c
        for c in head.children
        if c.dep_ not in {"conj", "cc", "case", "punct", "prep"} and not _locative_modifier(c)
    ]
    while stack:
        tok = stack.pop()
        bare_participle = tok.dep_ == "acl" and not list(tok.children)  # "des hommes armés"
        if tok.dep_ in CLAUSE_DEPS and tok.pos_ in {"VERB", "AUX"} and not bare_participle:
            continue
        toks.append(tok)
        stack.extend(tok.children)
    toks = [t for t in toks if t.text not in {"'", '"'}]
    left = [t for t in toks if t.i < head.i]
    right = [t for t in toks if t.i >= head.i]
    cut_left = [t for t in left if t.text == ","]
    if cut_left:
        left = [t for t in left if t.i > cut_left[-1].i]
    cut_right = [t for t in right if t.text in {",", "(", ";"}]
    if cut_right:
        right = [t for t in right if t.i < cut_right[0].i]
    return sorted(left + right, key=lambda t: t.i)


_LOCATIVE: frozenset[str] = words_any("locative")


def _locative_modifier(tok: Token) -> bool:
    """ "trois manifestants devant le parlement": the PP says where, it is not the name."""
    return (
        tok.dep_ in {"nmod", "obl", "obl:mod"}
        and any(c.dep_ == "case" and c.lower_ in _LOCATIVE for c in tok.children)
        and any(t.ent_type_ in {"LOC", "GPE", "FAC"} for t in clause_tokens(tok))
    )


# spaCy entity labels that name a place (French LOC, English GPE/LOC/FAC)
PLACE_ENTS: frozenset[str] = frozenset({"LOC", "GPE", "FAC"})


def prep_object(prep: Token, default: Token | None = None) -> Token | None:
    """The noun an English preposition governs: spaCy's English scheme hangs the noun on
    the preposition ("in" -pobj-> "Kharkiv"), where UD hangs the preposition on the noun."""
    return next((c for c in prep.children if c.dep_ == "pobj"), default)


def text_of(doc: Doc, tokens: list[Token]) -> str:
    if not tokens:
        return ""
    start, end = span_chars(tokens)
    return doc_text(doc)[start:end]


def has_reflexive(token: Token) -> bool:
    return any(
        c.lemma_.lower() in {"se", "soi"} or c.dep_.startswith("expl") for c in token.children
    )


def numberish(tok: Token) -> bool:
    """A figure token: digits, a number word, or a cardinal noun ("62" tagged PRON)."""
    return tok.like_num or tok.pos_ == "NUM" or "Card" in tok.morph.get("NumType")
