"""Language identification with lingua: codes, confidences, threshold, identify()."""

from __future__ import annotations

import pytest

from wirewatch.model import Article
from wirewatch.nlp.langid import MIN_CONFIDENCE, detect_language, identify

LONG_FR = (
    "Le ministère russe de la Défense a affirmé dimanche avoir intercepté une trentaine de "
    "drones ukrainiens au-dessus de plusieurs régions frontalières, sans faire état de victimes. "
    "Kiev n'a pas commenté ces affirmations, qui n'ont pas pu être vérifiées de source "
    "indépendante. " * 40
)
LONG_EN = (
    "Ukraine's air force said on Telegram that air defences had shot down most of the drones "
    "launched overnight, while regional officials reported damage to homes and a power line. "
    "Moscow did not comment on the claims. " * 40
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attaque sur Moscou", "fr"),
        ("Kiev dément", "fr"),
        ("Attack on Moscow", "en"),
        ("according to Kyiv", "en"),
        ("Le ministère a affirmé avoir abattu 34 drones.", "fr"),
        ("The ministry said it shot down 34 drones.", "en"),
        (LONG_FR, "fr"),
        (LONG_EN, "en"),
    ],
)
def test_langid_french_and_english(text: str, expected: str) -> None:
    language, confidence = detect_language(text)
    assert language == expected
    assert MIN_CONFIDENCE <= confidence <= 1.0


def test_langid_long_text_is_confident() -> None:
    assert detect_language(LONG_FR)[1] > 0.95
    assert detect_language(LONG_EN)[1] > 0.95


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Armee hat nach eigenen Angaben mehrere Drohnen abgeschossen.", "de"),
        ("Россия заявила о сбитых беспилотниках над Брянской областью.", "ru"),
        ("Україна заявила про збиті дрони над Києвом.", "uk"),
        ("El ejército ucraniano lanzó drones contra una refinería.", "es"),
    ],
)
def test_langid_other_supported_languages(text: str, expected: str) -> None:
    assert detect_language(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "1234 5678 !!!", "qqqqqqqqqqqq", "xkcd qwrt zzptk vvv", "Donald Trump", "@@##//"],
)
def test_langid_garbage_and_bare_names_are_unknown(text: str) -> None:
    language, confidence = detect_language(text)
    assert language is None
    assert confidence < MIN_CONFIDENCE


def test_langid_identify_fills_missing_language() -> None:
    article = identify(Article(id="a", text="Moscou a démenti toute implication dans l'attaque."))
    assert article.language == "fr"
    assert article.language_confidence is not None and article.language_confidence > 0.5


def test_langid_identify_keeps_a_given_language() -> None:
    article = identify(Article(id="a", text="Moscou a démenti.", language="en"))
    assert (article.language, article.language_confidence) == ("en", 1.0)


def test_langid_identify_leaves_unknown_as_none() -> None:
    article = identify(Article(id="a", text="12:45 — 3/4"))
    assert article.language is None
    assert article.language_confidence == 0.0
