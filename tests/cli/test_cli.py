"""The command line, end to end: real readers, real models, a real SQLite file in a temp dir."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirewatch.cli import EXIT_SKIPPED, main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/ ingested once into a fresh store, shared by the read-only tests below."""
    db = tmp_path_factory.mktemp("store") / "examples.db"
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_cli_help_lists_every_command():
    out = subprocess.run(
        [sys.executable, "-m", "wirewatch", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for command in ("extract", "ingest", "events", "show", "summary", "evaluate"):
        assert command in out


@pytest.mark.parametrize("command", ["extract", "ingest", "events", "show", "summary", "evaluate"])
def test_cli_every_command_has_help(runner: CliRunner, command: str):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_cli_ingest_examples_reports_counts(example_db: Path, runner: CliRunner):
    data = json.loads(
        runner.invoke(main, ["summary", "--db", str(example_db), "--format", "json"]).stdout
    )
    assert data["articles"]["total"] >= 10
    assert data["events"]["total"] > 0


def test_cli_reingest_adds_nothing(example_db: Path, runner: CliRunner):
    before = runner.invoke(main, ["summary", "--db", str(example_db), "--format", "json"]).stdout
    result = runner.invoke(main, ["ingest", str(EXAMPLES), "--db", str(example_db)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("0 new, ")
    assert "already stored" in result.output
    after = runner.invoke(main, ["summary", "--db", str(example_db), "--format", "json"]).stdout
    assert json.loads(before)["events"]["total"] == json.loads(after)["events"]["total"]


def test_cli_events_table_and_formats(example_db: Path, runner: CliRunner):
    table = runner.invoke(main, ["events", "--db", str(example_db)])
    assert table.exit_code == 0
    assert "according to" in table.stdout
    lines = runner.invoke(
        main, ["events", "--db", str(example_db), "--format", "jsonl"]
    ).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert records and all(
        {"id", "type", "claimant", "status", "evidence"} <= set(r) for r in records
    )
    rows = list(
        csv.DictReader(
            io.StringIO(
                runner.invoke(main, ["events", "--db", str(example_db), "--format", "csv"]).stdout
            )
        )
    )
    assert len(rows) == len(records)


def test_cli_events_filter_by_type(example_db: Path, runner: CliRunner):
    records = [
        json.loads(line)
        for line in runner.invoke(
            main, ["events", "--db", str(example_db), "--format", "jsonl"]
        ).stdout.splitlines()
    ]
    some_type = records[0]["type"]
    out = runner.invoke(
        main, ["events", "--db", str(example_db), "--type", some_type, "--format", "jsonl"]
    ).stdout
    assert {json.loads(line)["type"] for line in out.splitlines()} == {some_type}


def test_cli_show_one_event_with_claims_and_evidence(example_db: Path, runner: CliRunner):
    first = runner.invoke(
        main, ["events", "--db", str(example_db), "--format", "jsonl", "--limit", "1"]
    ).stdout
    event = json.loads(first.splitlines()[0])
    shown = runner.invoke(main, ["show", event["id"], "--db", str(example_db)])
    assert shown.exit_code == 0
    assert "claims:" in shown.stdout and "evidence:" in shown.stdout
    assert event["evidence"]["text"][:30] in shown.stdout.replace("\n", " ") or "«" in shown.stdout


def test_cli_show_unknown_event_is_a_clear_error(example_db: Path, runner: CliRunner):
    result = runner.invoke(main, ["show", "no-such-event", "--db", str(example_db)])
    assert result.exit_code == 1
    assert "no event with id" in result.output


def test_cli_mixed_folder_ingests_good_and_names_broken(tmp_path: Path, runner: CliRunner):
    folder = tmp_path / "inbox"
    folder.mkdir()
    good = sorted(EXAMPLES.glob("*.txt"))[0]
    shutil.copy(good, folder / good.name)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "feed.jsonl").write_text(
        '{"id": "ok-1", "published": "2024-11-10", "text": "Kyiv said Russia launched 40 drones overnight."}\n'
        "{not json\n",
        encoding="utf-8",
    )
    db = tmp_path / "mixed.db"
    result = runner.invoke(main, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == EXIT_SKIPPED
    assert "empty.txt" in result.stderr and "binary.txt" in result.stderr
    assert "feed.jsonl:2" in result.stderr
    assert result.stdout.startswith("2 new, 0 already stored, 3 skipped")


def test_cli_db_from_environment(tmp_path: Path, runner: CliRunner):
    db = tmp_path / "env.db"
    source = tmp_path / "one.jsonl"
    source.write_text(
        '{"id": "env-1", "published": "2024-11-10", "language": "en", '
        '"text": "Russia said its air defences shot down 12 Ukrainian drones over the Belgorod region."}\n',
        encoding="utf-8",
    )
    result = runner.invoke(main, ["ingest", str(source)], env={"WIREWATCH_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert db.exists()


def test_cli_unsupported_language_is_stored_with_reason(tmp_path: Path, runner: CliRunner):
    source = tmp_path / "de.jsonl"
    source.write_text(
        '{"id": "de-1", "published": "2024-11-10", "text": "Die ukrainische Luftwaffe meldete am Sonntag '
        'den Abschuss von 62 russischen Drohnen, teilte das Militär in Kiew mit."}\n',
        encoding="utf-8",
    )
    db = tmp_path / "de.db"
    result = runner.invoke(main, ["ingest", str(source), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "not extracted" in result.stderr
    data = json.loads(runner.invoke(main, ["summary", "--db", str(db), "--format", "json"]).stdout)
    assert data["articles"]["total"] == 1


def test_cli_extract_seed_jsonl(seed_jsonl: Path, runner: CliRunner):
    result = runner.invoke(main, ["extract", str(seed_jsonl), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    types = {e["type"] for e in events}
    assert {"drone_strike", "territory_captured", "consult_phone"} <= types
    for event in events:
        start, end = event["evidence"]["start"], event["evidence"]["end"]
        assert end > start


def _jsonl(runner: CliRunner, db: Path, *args: str) -> list[dict]:
    out = runner.invoke(main, ["events", "--db", str(db), "--format", "jsonl", *args]).stdout
    return [json.loads(line) for line in out.splitlines()]


def test_cli_events_full_text_filter(example_db: Path, runner: CliRunner):
    # Tbilisi is named only in the Georgian protest dispatch (04_depeches.jsonl)
    found = _jsonl(runner, example_db, "--text", "tbilissi OR tbilisi")
    assert found
    assert len({e["article_id"] for e in found}) == 1


def test_cli_events_claimant_filter_matches_any_claim(example_db: Path, runner: CliRunner):
    found = _jsonl(runner, example_db, "--claimant", "air force")
    assert found
    for event in found:
        names = [(c["claimant"] or {}).get("name", "") for c in event["claims"]]
        assert any("air force" in n.lower() for n in names)


def test_cli_events_date_window(example_db: Path, runner: CliRunner):
    found = _jsonl(runner, example_db, "--since", "2024-12-01", "--until", "2024-12-31")
    assert found
    for event in found:
        assert event["date"]["end"] >= "2024-12-01" and event["date"]["start"] <= "2024-12-31"


def test_cli_bad_full_text_query_is_a_clear_error(example_db: Path, runner: CliRunner):
    result = runner.invoke(main, ["events", "--db", str(example_db), "--text", 'drones AND "'])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # a ClickException, not a crash
    assert "bad full-text query" in result.output


def test_cli_reading_a_missing_store_does_not_create_one(tmp_path: Path, runner: CliRunner):
    db = tmp_path / "nowhere.db"
    result = runner.invoke(main, ["events", "--db", str(db)])
    assert result.exit_code == 1
    assert "no store at" in result.output
    assert not db.exists()


def test_cli_bad_date_and_non_database_file_are_clear_errors(
    example_db: Path, tmp_path: Path, runner: CliRunner
):
    bad_date = runner.invoke(main, ["events", "--db", str(example_db), "--since", "yesterday"])
    assert bad_date.exit_code == 1 and "not an ISO date" in bad_date.output
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("hello\n", encoding="utf-8")
    result = runner.invoke(main, ["summary", "--db", str(not_a_db)])
    assert result.exit_code == 1 and "not a database" in result.output
