"""The dev-set scorer, on tiny gold directories and with hand-written extractor functions."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from wirewatch.evaluate import (
    UNSET,
    GoldEvent,
    claimant_matches,
    coverage,
    evaluate,
    load_gold,
    load_gold_checked,
    party_matches,
    run_evaluate,
)
from wirewatch.model import Actor, Article, Claim, Event, EventDate, Evidence, Location
from wirewatch.ontology import event_types

DEVSET = Path(__file__).resolve().parents[1] / "devset"

FR_TEXT = (
    "Le ministère russe de la Défense a affirmé avoir abattu 34 drones ukrainiens dans la région "
    "de Moscou dans la nuit de samedi à dimanche. Le Kremlin a par ailleurs condamné les "
    "livraisons "
    "d'armes occidentales."
)
EN_TEXT = "Police arrested 12 people in Tbilisi on Monday, the interior ministry said."

STRIKE = "a affirmé avoir abattu 34 drones ukrainiens dans la région de Moscou"
CONDEMN = "Le Kremlin a par ailleurs condamné les livraisons d'armes occidentales."
ARREST = "Police arrested 12 people in Tbilisi on Monday"


def _gold_strike(**overrides: object) -> dict:
    event = {
        "type": "drone_strike",
        "evidence": [STRIKE],
        "date": {"start": "2024-11-09", "end": "2024-11-10", "precision": "day"},
        "location": {"country": "RUS", "admin1": "Moscow Oblast"},
        "initiator": "UKR",
        "target": "RUS",
        "quantities": {"intercepted": 34},
        "claimant": "rus-mod",
        "status": "claimed",
    }
    event.update(overrides)
    return event


def _gold_condemn() -> dict:
    return {
        "type": "condemn",
        "evidence": CONDEMN,
        "date": "2024-11-10",
        "initiator": "RUS",
        "claimant": None,
        "status": "asserted",
    }


def _gold_arrest() -> dict:
    return {
        "type": "arrest",
        "evidence": ARREST,
        "date": "2024-12-02",
        "location": {"country": "GEO", "place": "Tbilisi"},
        "quantities": {"arrested": 12},
        "claimant": {"name": "interior ministry"},
        "status": "claimed",
    }


def _write(directory: Path, name: str, lang: str, text: str, events: list[dict]) -> Path:
    path = directory / lang / name
    path.parent.mkdir(parents=True, exist_ok=True)
    article = {
        "id": f"t-{lang}-{name[:2]}",
        "language": lang,
        "published": "2024-11-10" if lang == "fr" else "2024-12-03",
        "title": "t",
        "text": text,
    }
    path.write_text(json.dumps({"article": article, "style": "wire", "events": events}), "utf-8")
    return path


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    _write(tmp_path, "01-moscou.json", "fr", FR_TEXT, [_gold_strike(), _gold_condemn()])
    _write(tmp_path, "01-tbilisi.json", "en", EN_TEXT, [_gold_arrest()])
    return tmp_path


def _span(text: str, quote: str) -> Evidence:
    start = text.index(quote)
    return Evidence(quote, start, start + len(quote))


def _event(article: Article, etype: str, quote: str, **fields: object) -> Event:
    base = {
        "id": f"{article.id}-{etype}",
        "article_id": article.id,
        "type": etype,
        "acled": None,
        "plover": None,
        "date": None,
        "initiator": None,
        "target": None,
        "location": None,
        "quantities": {},
        "claimant": None,
        "status": "asserted",
        "evidence": _span(article.text, quote),
        "confidence": 0.9,
        "language": article.language,
    }
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def _strike(article: Article, **overrides: object) -> Event:
    fields: dict[str, object] = {
        "date": EventDate("2024-11-09", "2024-11-10"),
        "initiator": Actor("ukr", "Ukraine", country="UKR", kind="state"),
        "target": Actor("rus", "Russie", country="RUS", kind="state"),
        "location": Location(
            "Moscow Oblast", country="RUS", admin1="Moscow Oblast", precision="admin1"
        ),
        "quantities": {"intercepted": 34},
        "claimant": Actor(
            "rus-mod", "ministère russe de la Défense", country="RUS", kind="ministry"
        ),
        "status": "claimed",
    }
    fields.update(overrides)
    return _event(article, "drone_strike", "avoir abattu 34 drones", **fields)


def _perfect(article: Article) -> list[Event]:
    """What an ideal extractor returns for the two tiny gold articles."""
    if article.language == "fr":
        condemn = _event(
            article,
            "condemn",
            "a par ailleurs condamné",
            date=EventDate("2024-11-10", "2024-11-10"),
            initiator=Actor("rus-presidency", "Kremlin", country="RUS"),
        )
        return [_strike(article), condemn]
    arrest = _event(
        article,
        "arrest",
        "Police arrested 12 people",
        date=EventDate("2024-12-02", "2024-12-02"),
        location=Location("Tbilisi", country="GEO", admin1="Tbilisi"),
        quantities={"arrested": 12},
        claimant=Actor(None, "the interior ministry", surface="the interior ministry"),
        status="claimed",
    )
    return [arrest]


def test_evaluate_perfect_extractor_scores_one(gold_dir: Path) -> None:
    report = evaluate(gold_dir, _perfect)
    overall = report.overall
    assert (overall.tp, overall.fp, overall.fn) == (3, 0, 0)
    assert overall.f1 == 1.0
    assert all(correct == total for correct, total in overall.facets.values())
    assert overall.facets["quantity.intercepted"] == [1, 1]
    assert report.errors == []


def test_evaluate_missed_event_lowers_recall_and_is_listed(gold_dir: Path) -> None:
    def only_strike(article: Article) -> list[Event]:
        return [e for e in _perfect(article) if e.type != "condemn"]

    report = evaluate(gold_dir, only_strike)
    assert (report.overall.tp, report.overall.fn) == (2, 1)
    assert report.overall.precision == 1.0
    assert report.overall.recall == pytest.approx(2 / 3)
    missed = [e for e in report.errors if e["kind"] == "missed"]
    assert missed == [
        {
            "kind": "missed",
            "article": "t-fr-01",
            "language": "fr",
            "file": missed[0]["file"],
            "type": "condemn",
            "evidence": CONDEMN,
        }
    ]


def test_evaluate_spurious_event_lowers_precision(gold_dir: Path) -> None:
    def with_extra(article: Article) -> list[Event]:
        events = _perfect(article)
        if article.language == "fr":
            # no gold ASSAULT event is left for it to match
            events.append(_event(article, "missile_strike", "dans la région de Moscou"))
        return events

    report = evaluate(gold_dir, with_extra)
    assert (report.overall.tp, report.overall.fp) == (3, 1)
    assert report.scopes["fr"].precision == pytest.approx(2 / 3)
    assert [e["type"] for e in report.errors if e["kind"] == "spurious"] == ["missile_strike"]


def test_evaluate_wrong_claimant_is_a_facet_error_not_a_miss(gold_dir: Path) -> None:
    def wrong_claimant(article: Article) -> list[Event]:
        if article.language == "fr":
            return [_strike(article, claimant=Actor("andrei-vorobyov", "Andreï Vorobiov"))]
        return _perfect(article)

    report = evaluate(gold_dir, wrong_claimant)
    assert report.scopes["fr"].tp == 1
    assert report.scopes["fr"].facets["claimant"] == [0, 1]
    mismatch = next(e for e in report.errors if e["kind"] == "mismatch")
    assert (mismatch["facet"], mismatch["expected"], mismatch["got"]) == (
        "claimant",
        "rus-mod",
        "andrei-vorobyov",
    )


def test_evaluate_claimant_found_among_the_predicted_claims(gold_dir: Path) -> None:
    def second_claim(article: Article) -> list[Event]:
        if article.language != "fr":
            return _perfect(article)
        governor = Actor("andrei-vorobyov", "Andreï Vorobiov")
        mod = Claim(Actor("rus-mod", "ministère"), "claimed", {"intercepted": 34})
        return [_strike(article, claimant=governor, quantities={}, claims=[mod])]

    facets = evaluate(gold_dir, second_claim).scopes["fr"].facets
    assert facets["claimant"] == [1, 1]
    assert facets["quantity.intercepted"] == [1, 1]


def test_evaluate_wrong_quantity_is_reported_with_expected_and_got(gold_dir: Path) -> None:
    def summed(article: Article) -> list[Event]:
        if article.language == "fr":
            return [_strike(article, quantities={"intercepted": 70})]  # 34 + 36 added up: wrong
        return _perfect(article)

    report = evaluate(gold_dir, summed)
    assert report.overall.facets["quantity.intercepted"] == [0, 1]
    error = next(e for e in report.errors if e.get("facet") == "quantity.intercepted")
    assert (error["expected"], error["got"]) == (34, 70)


def test_evaluate_date_conventions(tmp_path: Path) -> None:
    # A gold day D is matched by the predicted interval's end; a gold interval needs both ends.
    day = _gold_strike(date="2024-11-10")
    _write(tmp_path, "01-a.json", "fr", FR_TEXT, [day])

    def overnight(article: Article) -> list[Event]:
        return [_strike(article, date=EventDate("2024-11-09", "2024-11-10"))]

    def only_sunday(article: Article) -> list[Event]:
        return [_strike(article, date=EventDate("2024-11-10", "2024-11-10"))]

    assert evaluate(tmp_path, overnight).overall.facets["date"] == [1, 1]
    assert evaluate(tmp_path, only_sunday).overall.facets["date"] == [1, 1]

    (tmp_path / "fr" / "01-a.json").unlink()
    _write(tmp_path, "01-b.json", "fr", FR_TEXT, [_gold_strike()])  # interval 9 → 10
    assert evaluate(tmp_path, overnight).overall.facets["date"] == [1, 1]
    assert evaluate(tmp_path, only_sunday).overall.facets["date"] == [0, 1]


def test_evaluate_requires_same_plover_type_and_overlap(gold_dir: Path) -> None:
    def elsewhere(article: Article) -> list[Event]:
        if article.language == "fr":
            # right type, but its span is the condemnation sentence: no overlap with the strike
            return [
                _event(article, "drone_strike", "Le Kremlin a par ailleurs"),
                _event(article, "reject", "avoir abattu 34 drones"),
            ]
        return []

    report = evaluate(gold_dir, elsewhere)
    assert report.overall.tp == 0
    assert (report.overall.fp, report.overall.fn) == (2, 3)


def test_evaluate_splits_scores_per_language(gold_dir: Path) -> None:
    def french_only(article: Article) -> list[Event]:
        return _perfect(article) if article.language == "fr" else []

    report = evaluate(gold_dir, french_only)
    assert list(report.scopes) == ["overall", "en", "fr"]
    assert report.scopes["fr"].recall == 1.0
    assert report.scopes["en"].recall == 0.0
    assert report.overall.recall == pytest.approx(2 / 3)
    table = report.format_table()
    assert "overall" in table and "en" in table and "F1 %" in table


def test_load_gold_reports_invalid_file_and_keeps_the_others(gold_dir: Path) -> None:
    _write(gold_dir, "02-bad.json", "fr", FR_TEXT, [_gold_strike(evidence="abattu 35 drones")])
    _write(gold_dir, "03-badtype.json", "fr", FR_TEXT, [_gold_strike(type="drone_attack")])
    _write(gold_dir, "04-badkey.json", "fr", FR_TEXT, [_gold_strike(quantities={"downed": 34})])
    _write(gold_dir, "05-badstatus.json", "fr", FR_TEXT, [_gold_strike(status="alleged")])
    docs, problems = load_gold_checked(gold_dir)
    assert len(docs) == 2
    reasons = {p.path.name: p.reason for p in problems}
    assert "not a substring" in reasons["02-bad.json"]
    assert "not in the ontology" in reasons["03-badtype.json"]
    assert "unknown quantity key 'downed'" in reasons["04-badkey.json"]
    assert "'alleged' is not one of" in reasons["05-badstatus.json"]
    assert len(load_gold(gold_dir)) == 2
    report = evaluate(gold_dir, _perfect)
    assert report.overall.f1 == 1.0
    assert len(report.to_dict()["invalid_gold"]) == 4
    assert "02-bad.json" in report.format_table()


def test_run_evaluate_json_and_table(gold_dir: Path) -> None:
    data = json.loads(run_evaluate(gold_dir, output_format="json", errors=True, extractor=_perfect))
    assert data["scopes"]["overall"]["events"]["f1"] == 1.0
    assert data["errors"] == []
    table = run_evaluate(gold_dir, errors=True, extractor=lambda a: [])
    assert "errors (3):" in table and "missed drone_strike" in table


def test_devset_every_file_validates() -> None:
    if not DEVSET.is_dir():
        pytest.skip("devset/ not present in this checkout")
    docs, problems = load_gold_checked(DEVSET)
    assert problems == []
    assert docs, "devset/ holds no gold files"
    for doc in docs:
        assert 1 <= len(doc.events), doc.path


def test_devset_coverage_lists_every_ontology_type() -> None:
    if not DEVSET.is_dir():
        pytest.skip("devset/ not present in this checkout")
    counts = coverage(DEVSET)
    assert list(counts) == list(event_types())
    assert counts["drone_strike"] >= 2


def _actor(gold: object) -> Actor | None:
    """A predicted actor that says exactly what a gold claimant/initiator value says."""
    if gold is None:
        return None
    if isinstance(gold, dict) and "name" in gold:
        return Actor(None, gold["name"], surface=gold["name"])
    if isinstance(gold, dict):
        return Actor(gold.get("id"), gold.get("id") or "", country=gold.get("country"))
    if isinstance(gold, str) and len(gold) == 3 and gold.isupper():
        return Actor(gold.lower(), gold, country=gold)
    return Actor(str(gold), str(gold))


def _echo(gold_event: GoldEvent, article: Article, n: int) -> Event:
    """The gold event written back as a prediction: scoring it must give full marks."""
    date = gold_event.date
    if isinstance(date, str):
        date = EventDate(date, date)
    elif isinstance(date, dict):
        date = EventDate(date["start"], date["end"], date.get("precision", "day"))
    loc = gold_event.location if isinstance(gold_event.location, dict) else None
    location = None
    if loc:
        name = loc.get("place") or loc.get("admin1") or loc.get("country") or ""
        location = Location(name, loc.get("country"), loc.get("admin1"), loc.get("admin1_code"))
    start, end = gold_event.spans[0]
    claims = [Claim(_actor(c.claimant), c.status, dict(c.quantities)) for c in gold_event.claims]
    return _event(
        article,
        gold_event.type,
        article.text[start:end],
        id=f"{article.id}-{n}",
        date=date if date is not UNSET else None,
        location=location,
        initiator=_actor(gold_event.initiator if gold_event.initiator is not UNSET else None),
        target=_actor(gold_event.target if gold_event.target is not UNSET else None),
        quantities=dict(gold_event.quantities),
        claimant=_actor(gold_event.claimant if gold_event.claimant is not UNSET else None),
        status=gold_event.status,
        claims=claims,
    )


def test_devset_gold_echoed_as_predictions_scores_full_marks() -> None:
    if not DEVSET.is_dir():
        pytest.skip("devset/ not present in this checkout")
    gold = {doc.article.id: doc for doc in load_gold(DEVSET)}

    def echo(article: Article) -> list[Event]:
        return [_echo(g, article, n) for n, g in enumerate(gold[article.id].events)]

    report = evaluate(DEVSET, echo)
    assert report.errors == []
    assert report.overall.f1 == 1.0


def test_evaluate_gold_claims_scored_against_predicted_claims(tmp_path: Path) -> None:
    text = (
        "Le 16 février, 1,3 million de personnes ont défilé selon la CGT, 440 000 selon la police."
    )
    gold = {
        "type": "peaceful_protest",
        "evidence": "1,3 million de personnes ont défilé",
        "date": "2023-02-16",
        "quantities": {"participants": 1300000},
        "claimant": {"name": "CGT"},
        "status": "claimed",
        "claims": [
            {"claimant": "fra-police", "status": "claimed", "quantities": {"participants": 440000}}
        ],
    }
    _write(tmp_path, "01-manif.json", "fr", text, [gold])

    def side_by_side(police_figure: int) -> Callable[[Article], list[Event]]:
        def extract(article: Article) -> list[Event]:
            cgt = Actor(None, "la CGT", surface="la CGT")
            police = Actor("fra-police", "police", country="FRA")
            claims = [
                Claim(cgt, "claimed", {"participants": 1300000}),
                Claim(police, "claimed", {"participants": police_figure}),
            ]
            return [
                _event(
                    article,
                    "peaceful_protest",
                    "personnes ont défilé",
                    claimant=cgt,
                    status="claimed",
                    quantities={"participants": 1300000},
                    claims=claims,
                    date=EventDate("2023-02-16", "2023-02-16"),
                )
            ]

        return extract

    good = evaluate(tmp_path, side_by_side(440000)).overall.facets
    assert good["claim.claimant"] == [1, 1]
    assert good["claim.quantity.participants"] == [1, 1]
    assert good["quantity.participants"] == [1, 1]
    summed = evaluate(tmp_path, side_by_side(1740000)).overall.facets
    assert summed["claim.quantity.participants"] == [0, 1]


def test_devset_every_ontology_type_appears_at_least_twice() -> None:
    if not DEVSET.is_dir():
        pytest.skip("devset/ not present in this checkout")
    rare = {code: n for code, n in coverage(DEVSET).items() if n < 2}
    assert rare == {}


def test_claimant_matches_names_by_whole_words_and_null_by_null() -> None:
    assert claimant_matches(
        {"name": "health ministry"}, Actor(None, "the territory's health ministry")
    )
    assert claimant_matches(
        {"name": "préfecture"}, Actor(None, "Prefecture", surface="la préfecture")
    )
    assert not claimant_matches({"name": "la mairie"}, Actor(None, "la"))
    assert not claimant_matches({"name": "police"}, Actor(None, "policemen's union"))
    assert claimant_matches("rus-mod", Actor("rus-mod", "ministère russe de la Défense"))
    assert claimant_matches(None, None)
    assert not claimant_matches(None, Actor("rus-mod", "ministère russe de la Défense"))


def test_party_matches_by_side_and_an_unnamed_side_agrees_with_null() -> None:
    residents = Actor(None, "des habitants", kind="unknown")
    assert party_matches(None, None)
    assert party_matches(None, residents)  # a surface alone names no side
    assert not party_matches(None, Actor("rus-mil", "armée russe", country="RUS"))
    assert not party_matches("FRA", residents)
    assert party_matches("UKR", Actor("ukr", "Ukraine"))  # a bare country id is its country
    assert party_matches({"country": "SDN", "id": "rsf"}, Actor("rsf", "RSF"))
