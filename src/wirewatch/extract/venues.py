"""Where an act happened when its own sentence does not say: the story's venues.

Runs once per article, after every sentence has been read and before mentions are merged.
Only fills a location that is still empty; never overwrites a place read from the event's
own clause (docs/extraction.md, Location).
"""

from __future__ import annotations

import logging

from .mention import ArticleContext, Mention

LOGGER = logging.getLogger(__name__)


def fill_venues(mentions: list[Mention], ctx: ArticleContext) -> None:
    """Give placeless mentions the venue the story states for them (none yet)."""
    return None
