"""The ``wirewatch`` command: thin click wrappers over plain functions.

Exit status: 0 success; 1 an error stopped the command; 2 bad usage; 3 the command
finished but some inputs were set aside (each is named on stderr).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from wirewatch import __version__
from wirewatch.cli.output import FORMATS, print_event_detail, print_events, print_summary
from wirewatch.model import Article, Event, Rejected

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported only by the commands that use it
    from wirewatch.store import Store

EXIT_SKIPPED = 3

DB_OPTION = click.option(
    "--db",
    envvar="WIREWATCH_DB",
    default=None,
    metavar="PATH|URL",
    help="SQLite file or SQLAlchemy URL. Default: $WIREWATCH_DB, else ./wirewatch.db.",
)


class WirewatchGroup(click.Group):
    """Turns the errors a user can cause (a bad date, a query, a file that is not a store) into
    one clear line and exit status 1 instead of a traceback; -vv keeps the traceback."""

    def invoke(self, ctx: click.Context) -> object:
        from sqlalchemy.exc import SQLAlchemyError

        from wirewatch.store import QueryError, SchemaTooNewError

        try:
            return super().invoke(ctx)
        except (QueryError, SchemaTooNewError, SQLAlchemyError, ValueError) as exc:
            if logging.getLogger().isEnabledFor(logging.DEBUG):
                raise
            message = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise click.ClickException(message) from exc


def _existing_store(db: str | None) -> Store:
    """Open the store for reading; a path that does not exist is an error, not a new empty store."""
    from wirewatch.store import Store, default_db_location

    location = db or str(default_db_location())
    if "://" not in location and not Path(location).exists():
        raise click.ClickException(
            f"no store at {location}; create one with `wirewatch ingest PATH`"
        )
    return Store.open(location)


@click.group(
    cls=WirewatchGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="wirewatch")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """wirewatch: source-attributed event data from news dispatches.

    Read dispatches (text, JSONL, HTML, RSS/Atom, WARC), extract who did what to whom,
    where, when, how many and according to whom, and keep it in a SQLite store.
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def _read(paths: tuple[str, ...], language: str | None) -> Iterator[Article | Rejected]:
    from wirewatch.ingest import read_paths

    for item in read_paths(list(paths), stdin=sys.stdin.buffer):
        if isinstance(item, Article) and language:
            item.language, item.language_confidence = language, 1.0
        yield item


def _report_rejected(rejected: Rejected) -> None:
    click.echo(f"skipped {rejected}", err=True)


def _with_progress(items: Iterator[Article | Rejected], label: str) -> Iterator[Article | Rejected]:
    """Show a live count on stderr when it is a terminal; otherwise stay quiet."""
    if not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} read"),
    )
    with Progress(
        *columns, TimeElapsedColumn(), console=Console(stderr=True), transient=True
    ) as bar:
        task = bar.add_task(label)
        for item in items:
            bar.advance(task)
            yield item


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option(
    "--language", type=click.Choice(["fr", "en"]), help="Force the language of every article."
)
def extract(paths: tuple[str, ...], fmt: str, language: str | None) -> None:
    """Read PATHS and print the events found, without storing anything.

    PATHS are files, directories (read recursively) or - for standard input.
    """
    from wirewatch.pipeline import process

    events: list[Event] = []
    skipped = 0
    for result in process(_with_progress(_read(paths, language), "extracting")):
        if isinstance(result, Rejected):
            skipped += 1
            _report_rejected(result)
            continue
        if result.status != "extracted":
            click.echo(f"not extracted {result.article.source}: {result.note}", err=True)
        if fmt == "jsonl":  # stream: one event per line as soon as it is known
            print_events(result.events, fmt)
        else:
            events.extend(result.events)
    if fmt != "jsonl":
        print_events(events, fmt)
    if skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option(
    "--language", type=click.Choice(["fr", "en"]), help="Force the language of every article."
)
def ingest(paths: tuple[str, ...], db: str | None, language: str | None) -> None:
    """Read PATHS, extract their events and store both.

    Ingesting an article that is already stored changes nothing.
    """
    from wirewatch.pipeline import process
    from wirewatch.store import Store

    counts = {"new": 0, "already stored": 0, "skipped": 0, "events": 0, "not extracted": 0}
    with Store.open(db) as store:
        items = _with_progress(_read(paths, language), "ingesting")
        for result in process(_skip_stored(items, store, counts)):
            if isinstance(result, Rejected):
                counts["skipped"] += 1
                _report_rejected(result)
                store.add_rejected(result)
                continue
            added = store.add_article(
                result.article, result.events, extraction_status=result.status, note=result.note
            )
            if not added.new:
                counts["already stored"] += 1
                continue
            counts["new"] += 1
            counts["events"] += added.events
            if result.status != "extracted":
                counts["not extracted"] += 1
                click.echo(f"not extracted {result.article.source}: {result.note}", err=True)
        location = store.location
    click.echo(
        f"{counts['new']} new, {counts['already stored']} already stored, "
        f"{counts['skipped']} skipped, {counts['events']} events"
        + (
            f" ({counts['not extracted']} articles not extracted)"
            if counts["not extracted"]
            else ""
        )
        + f" -> {location}"
    )
    if counts["skipped"]:
        sys.exit(EXIT_SKIPPED)


def _skip_stored(
    items: Iterator[Article | Rejected], store: Store, counts: dict[str, int]
) -> Iterator[Article | Rejected]:
    """Don't spend a parse on articles whose id is already in the store."""
    for item in items:
        if isinstance(item, Article) and store.has_article(item.id):
            counts["already stored"] += 1
            continue
        yield item


@main.command()
@DB_OPTION
@click.option(
    "--type", "type_", metavar="CODE[,CODE]", help="Event type code(s), e.g. drone_strike."
)
@click.option("--country", metavar="ISO3", help="Place, initiator or target country, e.g. UKR.")
@click.option("--since", metavar="YYYY-MM-DD", help="Events ending on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Events starting on or before this day.")
@click.option("--claimant", help="Claimant id or name (substring, any claim of the event).")
@click.option(
    "--status",
    type=click.Choice(["asserted", "claimed", "unconfirmed", "denied", "hypothetical", "negated"]),
)
@click.option("--text", help="Full-text query over the articles (SQLite FTS5 syntax).")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def events(
    db: str | None,
    type_: str | None,
    country: str | None,
    since: str | None,
    until: str | None,
    claimant: str | None,
    status: str | None,
    text: str | None,
    limit: int,
    fmt: str,
) -> None:
    """List stored events, filtered."""
    from wirewatch.store import QueryError

    with _existing_store(db) as store:
        try:
            found = store.events(
                type=type_,
                country=country.upper() if country else None,
                since=since,
                until=until,
                claimant=claimant,
                status=status,
                text=text,
                limit=limit,
            )
        except QueryError as exc:
            raise click.ClickException(str(exc)) from exc
    print_events(found, fmt)


@main.command()
@click.argument("event_id")
@DB_OPTION
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def show(event_id: str, db: str | None, fmt: str) -> None:
    """Show one event with its claims and evidence."""
    with _existing_store(db) as store:
        event = store.event(event_id)
        article = store.article(event.article_id) if event else None
    if event is None:
        raise click.ClickException(f"no event with id {event_id!r}")
    print_event_detail(event, article, fmt)


@main.command()
@DB_OPTION
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def summary(db: str | None, fmt: str) -> None:
    """Summarise what the store holds: articles, events by type, status and country."""
    with _existing_store(db) as store:
        data = store.summary()
    print_summary(data, fmt)


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--errors/--no-errors", default=False, help="List every miss, spurious event and facet error."
)
def evaluate(gold_dir: Path, fmt: str, errors: bool) -> None:
    """Score extraction against an annotated development set (see docs/evaluation.md)."""
    from wirewatch.evaluate import run_evaluate

    click.echo(run_evaluate(gold_dir, output_format=fmt, errors=errors))


if __name__ == "__main__":  # pragma: no cover
    main()
