"""wirewatch.store: articles, events, claims and mentions in SQLite (or PostgreSQL).

See ``docs/store.md`` for the tables as an analyst sees them.
"""

from __future__ import annotations

from .db import (
    EXTRACTION_STATUSES,
    AddResult,
    QueryError,
    Store,
    database_url,
    default_db_location,
)
from .migrations import Migration, SchemaTooNewError, apply_migrations, known_migrations
from .queries import EventFilters

__all__ = [
    "EXTRACTION_STATUSES",
    "AddResult",
    "EventFilters",
    "Migration",
    "QueryError",
    "SchemaTooNewError",
    "Store",
    "apply_migrations",
    "database_url",
    "default_db_location",
    "known_migrations",
]
