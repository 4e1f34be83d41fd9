"""JSON Lines and JSON readers: fields, ids, precision, and bad lines among good ones."""

from __future__ import annotations

import json
from pathlib import Path

from wirewatch.ingest.ids import normalise_whitespace
from wirewatch.ingest.jsonl import read_json, read_jsonl
from wirewatch.model import Article, Rejected, stable_id

MIXED = Path(__file__).resolve().parent / "fixtures" / "mixed"


def _write_lines(path: Path, records: list[object]) -> Path:
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
    )
    return path


def test_jsonl_fields_map_to_article(tmp_path: Path) -> None:
    path = _write_lines(
        tmp_path / "a.jsonl",
        [
            {
                "id": "abc-1",
                "url": "https://x.example/1",
                "source": "Le Temps",
                "published": "2024-11-10T08:30:00+01:00",
                "language": "FR",
                "title": "Titre",
                "text": "Moscou affirme avoir abattu 34 drones.",
                "section": "monde",
            }
        ],
    )
    [article] = read_jsonl(path)
    assert isinstance(article, Article)
    assert article.id == "abc-1"
    assert article.outlet == "Le Temps"
    assert article.url == "https://x.example/1"
    assert article.published == "2024-11-10T08:30:00+01:00"
    assert article.published_precision == "datetime"
    assert article.language == "fr"
    assert article.title == "Titre"
    assert article.meta == {"section": "monde"}
    assert article.source == f"{path}:1"
    assert article.reader == "jsonl"


def test_jsonl_date_gives_day_precision(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "a.jsonl", [{"text": "Un fait.", "published": "2024-11-10"}])
    [article] = read_jsonl(path)
    assert (article.published, article.published_precision) == ("2024-11-10", "day")


def test_jsonl_id_from_url_then_from_normalised_text(tmp_path: Path) -> None:
    path = _write_lines(
        tmp_path / "a.jsonl",
        [
            {"text": "Avec une url.", "url": "https://x.example/2"},
            {"text": "Sans  url,\n\n\n\nsur deux lignes."},
        ],
    )
    by_url, by_text = read_jsonl(path)
    assert by_url.id == stable_id("https://x.example/2")
    assert by_text.id == stable_id(normalise_whitespace("Sans url, sur deux lignes."))
    assert [a.id for a in read_jsonl(path)] == [by_url.id, by_text.id]  # same in every run


def test_jsonl_bad_lines_rejected_and_the_rest_read() -> None:
    results = list(read_jsonl(MIXED / "e_lines.jsonl"))
    articles = [r for r in results if isinstance(r, Article)]
    rejected = {r.line: r.reason for r in results if isinstance(r, Rejected)}
    assert [a.source.rsplit(":", 1)[1] for a in articles] == ["1", "9"]
    assert rejected[2].startswith("malformed JSON")
    assert rejected[3] == "no 'text' field"
    assert rejected[4] == "'text' must be a string, got int"
    assert rejected[5] == "'published' must be a string, got int"
    assert "not an ISO date" in rejected[6]
    assert rejected[8] == "expected a JSON object, got list"
    assert 7 not in rejected  # a blank line is no record
    assert all(r.source == str(MIXED / "e_lines.jsonl") for r in results if isinstance(r, Rejected))


def test_jsonl_signature_in_text_is_taken(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "a.jsonl", [{"text": "Kiev dément.\n\n(AFP)"}])
    [article] = read_jsonl(path)
    assert article.text == "Kiev dément."
    assert article.agency == "AFP"


def test_json_object_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "j1", "text": "Un seul article."}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(
        json.dumps([{"text": "Premier."}, {"title": "sans texte"}], indent=2), encoding="utf-8"
    )
    [single] = read_json(one)
    assert (single.id, single.source, single.reader) == ("j1", str(one), "json")
    first, second = read_json(many)
    assert isinstance(first, Article) and first.source == f"{many}#1"
    assert isinstance(second, Rejected) and second.source == f"{many}#2"


def test_json_malformed_document_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"text": "ouvert', encoding="utf-8")
    [result] = read_json(path)
    assert isinstance(result, Rejected)
    assert result.reason.startswith("malformed JSON")


def test_json_file_holding_json_lines_is_read_as_jsonl(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "lines.json", [{"text": "Un."}, {"text": "Deux."}])
    first, second = read_json(path)
    assert (first.source, second.source) == (f"{path}:1", f"{path}:2")
