"""Who did what to whom when the sentence leaves it to the rest of the story.

Runs once per article, after :mod:`venues` and before mentions are merged. Only fills an
initiator or target that is still empty, with a ``story.*`` provenance rule; a side the
text names is never replaced (docs/extraction.md, Arguments).
"""

from __future__ import annotations

import logging

from .mention import ArticleContext, Mention

LOGGER = logging.getLogger(__name__)


def fill_story_actors(mentions: list[Mention], ctx: ArticleContext) -> None:
    """Fill empty sides from the story's other events (none yet)."""
    return None
