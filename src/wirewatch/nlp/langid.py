"""Language identification with lingua (``lingua-language-detector==2.1.1``).

One detector, built lazily on first use and cached for the process, knows the
eight languages we expect in the news we read (FR, EN, DE, ES, IT, RU, UK, AR);
their models are preloaded so that the first call does not pay for each
language separately (~0.8 s build, ~300 MB).

:func:`detect_language` returns an ISO 639-1 code and lingua's confidence, or
``None`` when the best confidence is below :data:`MIN_CONFIDENCE`. How 0.5 was
chosen (measured with this detector): the 11 headlines of ``examples/`` score
0.91-0.998 and every example body 1.0; short phrases score 0.53-0.90 ("selon
Kiev" fr 0.53, "Kiev dément" fr 0.80, "Attack on Moscow" en 0.82); bare names
score below 0.49 ("Donald Trump" en 0.43, "Zelensky" 0.43, "Poutine" 0.48,
"Macron" 0.35, "Reuters" 0.39). 0.5 keeps the phrases and drops the names; a
fragment mostly made of names and digits ("Selon Kiev, 34 drones": 0.40) is
unknown too, which is what we want for titles of that kind.
Lingua is confident about some Latin-letter garbage ("qqqqqqq" en 1.0), so text
whose Latin letters are nearly all consonants is ``None`` too.
"""

from __future__ import annotations

import logging
import threading
from functools import cache
from typing import TYPE_CHECKING

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

if TYPE_CHECKING:
    from wirewatch.model import Article

LOGGER = logging.getLogger(__name__)

LANGUAGES: tuple[Language, ...] = (
    Language.FRENCH,
    Language.ENGLISH,
    Language.GERMAN,
    Language.SPANISH,
    Language.ITALIAN,
    Language.RUSSIAN,
    Language.UKRAINIAN,
    Language.ARABIC,
)
# Below this confidence the language is unknown (see the module docstring).
MIN_CONFIDENCE = 0.5
# Only the start of a text is looked at: enough for a sure answer, and fast.
MAX_CHARS = 2000
# Latin-script text with fewer vowels than this share of its letters is not language.
MIN_VOWEL_SHARE = 0.2
MIN_LETTERS = 2

_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿæœáíóúñ")
_LOCK = threading.Lock()


@cache
def _detector() -> LanguageDetector:
    LOGGER.info("building lingua detector for %d languages", len(LANGUAGES))
    return (
        LanguageDetectorBuilder.from_languages(*LANGUAGES).with_preloaded_language_models().build()
    )


def get_detector() -> LanguageDetector:
    """The process-wide lingua detector, built on first use."""
    with _LOCK:
        return _detector()


def detect_language(text: str) -> tuple[str | None, float]:
    """Return ``(iso_639_1_code, confidence)``, or ``(None, confidence)`` when unsure.

    >>> detect_language("Le ministère a affirmé avoir abattu 34 drones.")[0]
    'fr'
    """
    sample = text[:MAX_CHARS]
    if not _looks_like_language(sample):
        return None, 0.0
    values = get_detector().compute_language_confidence_values(sample)
    if not values:
        return None, 0.0
    best = values[0]
    confidence = round(float(best.value), 4)
    if confidence < MIN_CONFIDENCE:
        return None, confidence
    return best.language.iso_code_639_1.name.lower(), confidence


def identify(article: Article) -> Article:
    """Fill ``language`` and ``language_confidence`` of ``article`` (in place; returned).

    A language the reader set (from a header or a JSON field) is kept, with confidence 1.0.
    """
    if article.language:
        if article.language_confidence is None:
            article.language_confidence = 1.0
        return article
    language, confidence = detect_language(article.text)
    article.language = language
    article.language_confidence = confidence
    return article


def _looks_like_language(sample: str) -> bool:
    letters = [c for c in sample.lower() if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    latin = [c for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f"]
    if len(latin) < len(letters) / 2:
        return True  # Cyrillic, Arabic...: the vowel test does not apply
    vowels = sum(1 for c in latin if c in _VOWELS)
    return vowels >= MIN_VOWEL_SHARE * len(latin)
