"""Article ids: deterministic across runs.

The rule, in order: an id given by the input is the article id; else a hash of
the url; else a hash of the whitespace-normalised text. The same article read
twice therefore gets the same id, whatever the run.
"""

from __future__ import annotations

import logging
import re

from wirewatch.model import stable_id

LOGGER = logging.getLogger(__name__)

_SPACES = re.compile(r"\s+")


def normalise_whitespace(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _SPACES.sub(" ", text).strip()


def article_id(*, given: str | None = None, url: str | None = None, text: str = "") -> str:
    """Return the article id: ``given``, else ``stable_id(url)``, else ``stable_id(text)``."""
    if given:
        return given
    if url:
        return stable_id(url)
    return stable_id(normalise_whitespace(text))
