"""RSS and Atom: one article per entry, content preferred, UTC datetimes."""

from __future__ import annotations

from pathlib import Path

from wirewatch.ingest.feeds import html_to_text, read_feed
from wirewatch.model import Article, Rejected, stable_id

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_feeds_rss_entries_become_articles() -> None:
    path = EXAMPLES / "06_fil_depeches.xml"
    first, second = read_feed(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert [first.source, second.source] == [f"{path}#1", f"{path}#2"]
    assert first.outlet == "Le Quotidien d'Exemple - International"
    assert first.url == "https://www.quotidien-exemple.ch/monde/turquie-journaliste-arrete-istanbul"
    assert first.id == stable_id(first.url)
    assert first.meta["guid"] == "qe-2025-03-24-0412"
    assert (first.published, first.published_precision) == ("2025-03-24T06:20:00+00:00", "datetime")
    # The full content wins over the one-line description; tags are gone.
    assert first.text.startswith("La police turque a arrêté lundi")
    assert "<p>" not in first.text and first.text.count("\n\n") == 2
    # An entry with only a summary is read from it.
    assert second.text.startswith("La Corée du Nord a envoyé")
    assert first.reader == second.reader == "feed"


def test_feeds_atom_published_converted_to_utc() -> None:
    serbia, kharkiv = read_feed(EXAMPLES / "07_wire_feed.atom")
    assert serbia.published == "2025-02-01T16:45:00+00:00"  # 17:45+01:00
    assert serbia.title.startswith("Tens of thousands rally")
    assert serbia.language == "en" and kharkiv.language == "fr"  # xml:lang
    assert kharkiv.url == "https://alpinewire.example/monde/kharkiv-missiles"


def test_feeds_entry_without_text_rejected_others_kept(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>vide</title><link>https://x.example/1</link></item>"
        "<item><title>plein</title><link>https://x.example/2</link>"
        "<description>Kiev a revendiqué la frappe.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    empty, full = read_feed(path)
    assert isinstance(empty, Rejected) and empty.source == f"{path}#1"
    assert isinstance(full, Article) and full.text == "Kiev a revendiqué la frappe."


def test_feeds_not_a_feed_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_text("<?xml version='1.0'?><rss><channel><title>T</title>", encoding="utf-8")
    [result] = read_feed(path)
    assert isinstance(result, Rejected)


def test_feeds_html_to_text_keeps_paragraphs() -> None:
    assert html_to_text("<p>Un <b>deux</b></p><p>trois</p>") == "Un deux\n\ntrois"
    assert html_to_text("texte brut") == "texte brut"
