"""Plain-text dispatches: date markers, header blocks, agency signatures and datelines."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.ingest.dispatch import parse_dispatch, read_dispatch
from wirewatch.model import Article, Rejected


def _one(text: str) -> Article:
    result = parse_dispatch(text, source="t.txt")
    assert isinstance(result, Article), result
    return result


def test_dispatch_seed_first_line_marker_and_ats_signature(seed_path: Path) -> None:
    [article] = read_dispatch(seed_path)
    assert isinstance(article, Article)
    assert article.published == "2024-11"
    assert article.published_precision == "month"
    assert article.agency == "ATS"
    assert article.meta["agencies"] == ["ats"]
    # The marker and the signature are gone; the first paragraph starts the text.
    assert article.text.startswith("Des attaques de drones")
    assert not article.text.rstrip().endswith("ATS")
    assert "date 2024-11" not in article.text
    assert article.source == str(seed_path)
    assert article.reader == "text"


def test_dispatch_marker_on_same_line_as_first_paragraph() -> None:
    article = _one(" date 2025-03-02 Kiev a revendiqué une frappe.\n\nSuite du texte.\n\n/ATS")
    assert article.published == "2025-03-02"
    assert article.published_precision == "day"
    assert article.text == "Kiev a revendiqué une frappe.\n\nSuite du texte."
    assert article.agency == "ATS"


def test_dispatch_marker_alone_on_first_line() -> None:
    article = _one("date 2024-11\nMoscou a affirmé avoir abattu 12 drones.")
    assert (article.published, article.published_precision) == ("2024-11", "month")
    assert article.text == "Moscou a affirmé avoir abattu 12 drones."


def test_dispatch_header_block_fills_outlet_url_title_language() -> None:
    article = _one(
        "date 2025-01-15\n"
        "source Tribune du Léman https://tdl.example/a/1\n"
        "title Un titre\n"
        "language fr\n"
        "\n"
        "Premier paragraphe.\n\nSecond paragraphe.\n"
    )
    assert article.published == "2025-01-15"
    assert article.outlet == "Tribune du Léman"
    assert article.url == "https://tdl.example/a/1"
    assert article.title == "Un titre"
    assert article.language == "fr"
    assert article.text == "Premier paragraphe.\n\nSecond paragraphe."
    assert article.id != _one("Premier paragraphe.\n\nSecond paragraphe.").id  # url-based


def test_dispatch_header_words_without_blank_line_stay_text() -> None:
    text = "Source du ministère: 12 blessés.\nLa police enquête."
    article = _one(text)
    assert article.text == text
    assert article.outlet is None


def test_dispatch_bad_date_in_header_is_kept_in_meta() -> None:
    article = _one("date 2024-13\n\nTexte.")
    assert article.published is None
    assert article.meta["header_date"] == "2024-13"


@pytest.mark.parametrize(
    ("ending", "agency"),
    [
        ("\n\n/ATS", "ATS"),
        (" (AFP)", "AFP"),
        ("\n\nSource: AFP", "AFP"),
        (" — Reuters", "Reuters"),
        ("\n\nafp/ats", "AFP/ATS"),
        ("\n\nats/afp", "ATS/AFP"),
        ("\n\n(Reuters)", "Reuters"),
        ("\n\nATS/AFP/jdo", "ATS/AFP"),
    ],
)
def test_dispatch_signature_sets_agency_and_is_removed(ending: str, agency: str) -> None:
    article = _one("Les secours ont évacué 40 personnes." + ending)
    assert article.agency == agency
    assert article.text == "Les secours ont évacué 40 personnes."
    assert article.meta["signature"] == ending.strip()


def test_dispatch_agency_name_inside_a_sentence_is_not_a_signature() -> None:
    article = _one("Le gouvernement a signé un accord avec Reuters.")
    assert article.agency is None
    assert article.text.endswith("avec Reuters.")


@pytest.mark.parametrize(
    ("opening", "agency", "place"),
    [
        ("KIEV (AFP) - L'armée affirme avoir repoussé un assaut.", "AFP", "KIEV"),
        ("MOSCOU, 10 novembre (Reuters) - Le Kremlin a démenti.", "Reuters", "MOSCOU"),
        ("NEW YORK (AP) — The council met on Monday.", "AP", "NEW YORK"),
    ],
)
def test_dispatch_dateline_gives_agency_and_stays_in_text(
    opening: str, agency: str, place: str
) -> None:
    article = _one(opening)
    assert article.agency == agency
    assert article.meta["dateline_place"] == place
    assert article.text == opening


def test_dispatch_id_is_stable_over_whitespace() -> None:
    first = _one("Un  texte\n\n\n\nsur deux paragraphes.")
    second = _one("Un texte \n\nsur deux paragraphes.  ")
    assert first.id == second.id


def test_dispatch_only_a_signature_is_rejected() -> None:
    result = parse_dispatch("date 2024-11\n\n/ATS", source="t.txt")
    assert isinstance(result, Rejected)
    assert result.reason == "no text"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty input"),
        (b"   \n\n", "empty input"),
        (b"\x00\x01\x02binary\x00\xff", "binary data, not text"),
        (b"La police a interpell\xe9 12 personnes.", "undecodable: not UTF-8"),
    ],
)
def test_dispatch_bad_bytes_are_rejected(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    [result] = read_dispatch(path)
    assert isinstance(result, Rejected)
    assert result.reason.startswith(reason)
    assert result.source == str(path)


def test_dispatch_oversize_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Un paragraphe. " * 100, encoding="utf-8")
    [result] = read_dispatch(path, max_bytes=500)
    assert isinstance(result, Rejected)
    assert "too large" in result.reason


def test_dispatch_utf8_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    text = "\ufeffdate 2024-11-10\r\n\r\nLigne un.\r\n\r\nLigne deux.\r\n/ATS\r\n"
    path.write_bytes(text.encode())
    [article] = read_dispatch(path)
    assert isinstance(article, Article)
    assert article.text == "Ligne un.\n\nLigne deux."
    assert article.published == "2024-11-10"
