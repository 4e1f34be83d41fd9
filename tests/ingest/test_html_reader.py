"""HTML reader: the article body without page clutter, and its metadata."""

from __future__ import annotations

from pathlib import Path

from wirewatch.ingest.html import read_html
from wirewatch.model import Article, Rejected

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MIXED = Path(__file__).resolve().parent / "fixtures" / "mixed"


def test_html_example_page_text_and_metadata() -> None:
    [article] = read_html(EXAMPLES / "05_venezuela_essequibo.html")
    assert isinstance(article, Article)
    assert article.title.startswith("Le Venezuela crée un « État »")
    assert article.outlet == "Le Courrier du Lac"
    assert article.url == (
        "https://www.courrier-du-lac.example/international/2023/12/06/venezuela-essequibo-guyana"
    )
    assert article.published == "2023-12-06T07:42:00+01:00"
    assert article.published_precision == "datetime"
    assert article.reader == "html"
    # The chapo opens the text; the headline and kicker are not repeated in it.
    assert article.text.startswith("Deux jours après un référendum")
    assert "Nicolás Maduro" in article.text
    assert article.text.endswith("frontière nord.")
    for clutter in (
        "cookies",
        "S'abonner",
        "Lire aussi",
        "Mentions légales",
        "Partager",
        "Amérique latine",
        "Publié le",
    ):
        assert clutter not in article.text, clutter
    assert "\n\n" in article.text  # paragraphs kept


def test_html_page_without_main_text_is_rejected() -> None:
    [result] = read_html(MIXED / "f_no_text.html")
    assert isinstance(result, Rejected)
    assert result.reason.startswith("HTML page with no main text")


def test_html_day_precision_without_published_time(tmp_path: Path) -> None:
    body = "".join(
        f"<p>Paragraphe {i} : la police a arrêté plusieurs manifestants ce "
        f"dimanche à Genève, selon un porte-parole.</p>"
        for i in range(4)
    )
    path = tmp_path / "p.html"
    path.write_text(
        f'<html><head><title>T</title><meta name="date" content="2024-11-10">'
        f"</head><body><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    [article] = read_html(path)
    assert isinstance(article, Article)
    assert (article.published, article.published_precision) == ("2024-11-10", "day")
