"""Write docs/cli.md from the real --help output: `python scripts/cli_docs.py [--check]`.

tests/test_docs.py runs it with --check, so the reference cannot drift from the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from wirewatch.cli import main

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"

INTRO = """# Command-line reference

Generated from `--help` by `scripts/cli_docs.py`; do not edit by hand.

Exit status of every command: **0** success; **1** an error stopped the command (the message says why); **2** bad
usage; **3** the command finished but some inputs were set aside: each one is named on stderr with its file, line
(for JSONL) and reason, and the rest was processed.

The store is `./wirewatch.db` unless `--db` or the `WIREWATCH_DB` environment variable names another SQLite file
(or a SQLAlchemy URL).
"""


def render() -> str:
    runner = CliRunner(env={"COLUMNS": "100"})  # the same width on every machine
    parts = [
        INTRO,
        "## wirewatch\n",
        "```\n" + runner.invoke(main, ["--help"], prog_name="wirewatch").output + "```\n",
    ]
    for name in main.commands:  # type: ignore[attr-defined]
        out = runner.invoke(main, [name, "--help"], prog_name="wirewatch").output
        parts.append(f"## wirewatch {name}\n\n```\n{out}```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        if DOC.read_text(encoding="utf-8") != text:
            sys.exit("docs/cli.md is out of date: run `python scripts/cli_docs.py`")
    else:
        DOC.write_text(text, encoding="utf-8")
