"""read_paths: directories, formats chosen by extension and sniffing, stdin, bad input."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

from wirewatch.ingest import read_paths, sniff
from wirewatch.model import Article, Rejected

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MIXED = Path(__file__).resolve().parent / "fixtures" / "mixed"


def _split(results: list[Article | Rejected]) -> tuple[list[Article], list[Rejected]]:
    return (
        [r for r in results if isinstance(r, Article)],
        [r for r in results if isinstance(r, Rejected)],
    )


def test_read_paths_examples_all_read() -> None:
    articles, rejected = _split(list(read_paths([str(EXAMPLES)])))
    assert rejected == []
    assert len(articles) == 13
    assert Counter(a.reader for a in articles) == {
        "text": 3,
        "jsonl": 4,
        "html": 1,
        "feed": 4,
        "warc": 1,
    }
    assert len({a.id for a in articles}) == 13
    # README.md, make_warc.py and the WARC's page source are not inputs.
    assert not any(a.source.endswith((".md", ".py", ".in")) for a in articles)
    assert all(a.text.strip() for a in articles)


def test_read_paths_ids_are_the_same_in_every_run() -> None:
    first = [a.id for a in read_paths([str(EXAMPLES)])]
    second = [a.id for a in read_paths([str(EXAMPLES)])]
    assert first == second


def test_read_paths_mixed_directory_reads_good_and_names_broken() -> None:
    articles, rejected = _split(list(read_paths([str(MIXED)])))
    assert {Path(a.source.split(":")[0]).name for a in articles} == {"a_good.txt", "e_lines.jsonl"}
    reasons = {Path(r.source.split("#")[0]).name: r.reason for r in rejected}
    assert reasons["b_binary.txt"] == "binary data, not text"
    assert reasons["c_empty.txt"] == "empty input"
    assert reasons["d_latin1.txt"].startswith("undecodable")
    assert reasons["f_no_text.html"].startswith("HTML page with no main text")
    assert "truncated" in reasons["g_truncated.warc.gz"]
    assert reasons["e_lines.jsonl"]  # its bad lines
    # Hidden files and folders, and notes.md, are not read at all.
    assert not any(".hidden" in r.source or "notes.md" in r.source for r in [*articles, *rejected])


def test_read_paths_sorted_walk_order() -> None:
    sources = [r.source for r in read_paths([str(EXAMPLES)])]
    files = [s.split(":")[0].split("#")[0] for s in sources]
    assert files == sorted(files)


def test_read_paths_missing_path_is_rejected_and_batch_goes_on() -> None:
    good = EXAMPLES / "01_drones_regions_frontalieres.txt"
    results = list(read_paths(["/nonexistent/dispatch.txt", str(good)]))
    assert isinstance(results[0], Rejected)
    assert results[0].reason == "no such file or directory"
    assert isinstance(results[1], Article)


def test_read_paths_oversize_file_is_rejected() -> None:
    [result] = read_paths([str(EXAMPLES / "05_venezuela_essequibo.html")], max_bytes=1000)
    assert isinstance(result, Rejected)
    assert "too large" in result.reason


def test_read_paths_stdin_is_sniffed() -> None:
    jsonl = b'{"id": "s1", "text": "Kyiv said it downed 20 drones."}\n'
    [article] = read_paths(["-"], stdin=io.BytesIO(jsonl))
    assert (article.id, article.source, article.reader) == ("s1", "<stdin>:1", "jsonl")
    text = "date 2024-11-10 Moscou dément.\n\n/ATS".encode()
    [article] = read_paths(["-"], stdin=io.BytesIO(text))
    assert (article.reader, article.agency, article.text) == ("text", "ATS", "Moscou dément.")
    warc = (EXAMPLES / "08_odesa_port.warc.gz").read_bytes()
    [article] = read_paths(["-"], stdin=io.BytesIO(warc))
    assert article.source == "<stdin>#2"


def test_read_paths_explicit_file_with_other_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "feed.data"
    path.write_bytes((EXAMPLES / "07_wire_feed.atom").read_bytes())
    assert [r.reader for r in read_paths([str(path)])] == ["feed", "feed"]


def test_read_paths_xml_that_is_not_a_feed_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "note.xml"
    path.write_text('<?xml version="1.0"?><note>rien</note>', encoding="utf-8")
    [result] = read_paths([str(path)])
    assert isinstance(result, Rejected)
    assert "neither an RSS/Atom feed nor an HTML page" in result.reason


def test_sniff_formats() -> None:
    assert sniff(b'{"text": "a"}\n{"text": "b"}') == "jsonl"
    assert sniff(b'[{"text": "a"}]') == "json"
    assert sniff(b'<?xml version="1.0"?><rss version="2.0">') == "feed"
    assert sniff(b"<!DOCTYPE html><html>") == "html"
    assert sniff(b"WARC/1.0\r\n") == "warc"
    assert sniff(b" date 2024-11 Texte") == "text"
