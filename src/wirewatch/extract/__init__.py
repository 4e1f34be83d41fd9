"""wirewatch.extract: events, their arguments and their claimants, from French and English news.

Public entry points: :func:`extract_article` and :func:`extract_text`. The cascade is
described in ``engine.py`` and ``docs/extraction.md``.
"""

from __future__ import annotations

from .engine import UnsupportedLanguage, extract_article, extract_text

__all__ = ["UnsupportedLanguage", "extract_article", "extract_text"]
