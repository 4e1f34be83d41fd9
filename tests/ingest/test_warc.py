"""WARC reader: HTML responses become articles; truncated archives are named."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

from wirewatch.ingest.warc import parse_warc_bytes, read_warc
from wirewatch.model import Article, Rejected

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MIXED = Path(__file__).resolve().parent / "fixtures" / "mixed"
ARCHIVE = EXAMPLES / "08_odesa_port.warc.gz"
URL = "https://harbourherald.example/europe/2025/01/05/odesa-port-drone-attack"


def test_warc_html_response_becomes_article() -> None:
    [article] = read_warc(ARCHIVE)  # the request and robots.txt records are skipped
    assert isinstance(article, Article)
    assert article.source == f"{ARCHIVE}#2"
    assert article.url == URL
    assert article.reader == "warc"
    assert article.outlet == "Harbour Herald"
    assert article.published == "2025-01-05T10:25:00+00:00"
    assert article.text.startswith("Russia launched 81 attack drones")
    assert "cookies" not in article.text and "More on this story" not in article.text


def test_warc_uncompressed_gives_same_article() -> None:
    [plain] = parse_warc_bytes(gzip.decompress(ARCHIVE.read_bytes()), source="plain.warc")
    [packed] = read_warc(ARCHIVE)
    assert (plain.id, plain.text) == (packed.id, packed.text)


def test_warc_truncated_is_rejected() -> None:
    results = list(read_warc(MIXED / "g_truncated.warc.gz"))
    assert results and isinstance(results[-1], Rejected)
    assert "truncated" in results[-1].reason


def test_warc_cut_anywhere_never_raises() -> None:
    data = ARCHIVE.read_bytes()
    for cut in range(0, len(data), 97):
        results = list(parse_warc_bytes(data[:cut], source="cut.warc.gz"))
        assert results and isinstance(results[-1], Rejected), cut


def test_warc_not_an_archive_is_rejected() -> None:
    [result] = parse_warc_bytes(b"this is not a WARC file at all\n", source="x.warc")
    assert isinstance(result, Rejected)


def test_warc_example_is_what_make_warc_writes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_warc", EXAMPLES / "make_warc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.write_warc(tmp_path / "out.warc.gz")
    assert written.read_bytes() == ARCHIVE.read_bytes()
