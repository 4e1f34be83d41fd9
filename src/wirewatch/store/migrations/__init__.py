"""Versioned schema: numbered migration modules applied in order when a store opens.

Each module here is named ``NNNN_<name>.py`` and exposes ``upgrade(conn)``
(SQL strings or Core DDL on a :class:`~sqlalchemy.Connection` that is already
inside a transaction). :func:`apply_migrations` records every applied step in
``schema_migrations`` (version, name, applied_at) and runs each pending step in
its own transaction, so a failing step leaves the database at the previous
version. A database whose version is newer than the code knows is refused with
:class:`SchemaTooNewError` rather than read with the wrong assumptions.

Tests (and later tools) may pass their own list of :class:`Migration` objects.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from sqlalchemy import Connection, func, insert, select

from ..schema import schema_migrations

LOGGER = logging.getLogger(__name__)

_MODULE_NAME = re.compile(r"^(\d{4})_(\w+)$")


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer wirewatch than this one."""


@dataclass(frozen=True)
class Migration:
    """One schema step: its version number, a short name, and the function that applies it."""

    version: int
    name: str
    upgrade: Callable[[Connection], None]


@cache
def known_migrations() -> tuple[Migration, ...]:
    """Every migration module in this package, in version order (read once)."""
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        match = _MODULE_NAME.match(info.name)
        if not match:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(int(match.group(1)), match.group(2), module.upgrade))
    found.sort(key=lambda m: m.version)
    _check_sequence(found)
    return tuple(found)


def _check_sequence(migrations: Sequence[Migration]) -> None:
    """Versions must run 1, 2, 3... with no gap or duplicate: order is the schema's history."""
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise ValueError(f"migration versions must be 1..N without gaps, got {versions}")


def current_version(conn: Connection) -> int:
    """The highest applied version, 0 for an empty database."""
    return int(
        conn.execute(select(func.coalesce(func.max(schema_migrations.c.version), 0))).scalar_one()
    )


def apply_migrations(
    begin: Callable[[], AbstractContextManager[Connection]],
    migrations: Sequence[Migration] | None = None,
    *,
    where: str = "database",
) -> list[int]:
    """Bring a database up to the last of ``migrations``; return the versions applied now.

    begin (callable): opens a write transaction and yields its connection (the
        store's single write path); called once per step.
    migrations (Sequence[Migration] | None): the steps, defaulting to this package's.
    where (str): how to name the database in errors (a URL without password).
    RAISES SchemaTooNewError: the database is at a version the steps do not reach.
    """
    steps = tuple(known_migrations() if migrations is None else migrations)
    _check_sequence(steps)
    with begin() as conn:
        schema_migrations.create(conn, checkfirst=True)
        _refuse_newer(conn, steps, where)
    applied: list[int] = []
    for step in _pending(begin, steps):
        with begin() as conn:
            # Re-read inside the write transaction: another process may have migrated meanwhile.
            if current_version(conn) >= step.version:
                continue
            LOGGER.info("applying migration %04d_%s to %s", step.version, step.name, where)
            step.upgrade(conn)
            conn.execute(
                insert(schema_migrations).values(
                    version=step.version, name=step.name, applied_at=datetime.now(UTC)
                )
            )
        applied.append(step.version)
    return applied


def _pending(
    begin: Callable[[], AbstractContextManager[Connection]], steps: Sequence[Migration]
) -> Iterator[Migration]:
    with begin() as conn:
        version = current_version(conn)
    yield from (step for step in steps if step.version > version)


def _refuse_newer(conn: Connection, steps: Sequence[Migration], where: str) -> None:
    version = current_version(conn)
    known = steps[-1].version if steps else 0
    if version > known:
        name = conn.execute(
            select(schema_migrations.c.name).where(schema_migrations.c.version == version)
        ).scalar_one()
        raise SchemaTooNewError(
            f"{where} is at schema version {version} ({name}), but this wirewatch only knows "
            f"versions up to {known}: open it with a newer wirewatch"
        )
    names = dict(conn.execute(select(schema_migrations.c.version, schema_migrations.c.name)).all())
    for step in steps:
        if step.version in names and names[step.version] != step.name:
            LOGGER.warning(
                "%s: migration %d is recorded as %r but the code calls it %r",
                where,
                step.version,
                names[step.version],
                step.name,
            )
