"""Round 12 of the WHERE facet: wrong values first (shared region names, states named like a
country, a short name two states share, an owner state on a base, a bare mayor in a two-town
story). Every text here is written for these tests."""

from __future__ import annotations

import pytest
from extracting import events, of_type, one

from wirewatch.resolve.places import PlaceContext, locate

# -- a region two states share: the story's country, else none --------------------------


@pytest.mark.parametrize(
    ("phrase", "lang"), [("Punjab", "en"), ("in Punjab", "en"), ("au Pendjab", "fr")]
)
def test_places_shared_region_without_context_has_no_country(phrase: str, lang: str) -> None:
    loc = locate(phrase, lang=lang)
    assert loc is not None and loc.name == "Punjab"
    assert loc.country is None and loc.admin1_code is None


@pytest.mark.parametrize(("iso", "code"), [("PAK", "PK-PB"), ("IND", "IN-PB")])
def test_places_shared_region_takes_the_story_country(iso: str, code: str) -> None:
    for phrase, lang in (("in Punjab", "en"), ("au Pendjab", "fr")):
        loc = locate(phrase, lang=lang, context=PlaceContext([iso], []))
        assert loc is not None and (loc.country, loc.admin1_code) == (iso, code)


def test_places_shared_region_event_in_a_neutral_story_has_no_country() -> None:
    event = one(
        "Gunmen killed 20 bus passengers in Punjab on Monday, police said.",
        "en",
        "attack_on_civilians",
    )
    assert event.location is not None and event.location.country is None


# -- a federal unit named like a country -------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("Niger State", "en"),
        ("in Niger state", "en"),
        ("l'État du Niger", "fr"),
        ("dans l'Etat de Niger", "fr"),
    ],
)
def test_places_state_named_like_a_country_is_the_state(phrase: str, lang: str) -> None:
    loc = locate(phrase, lang=lang)
    assert loc is not None and (loc.country, loc.admin1_code) == ("NGA", "NG-NI")


@pytest.mark.parametrize(("phrase", "lang"), [("au Niger", "fr"), ("in Niger", "en")])
def test_places_the_country_itself_stays_the_country(phrase: str, lang: str) -> None:
    loc = locate(phrase, lang=lang)
    assert loc is not None and loc.country == "NER" and loc.precision == "country"


def test_places_state_named_like_a_country_in_a_story_en_fr() -> None:
    en = one(
        "Bandits killed 11 farmers in Niger State on Monday, police said.",
        "en",
        "attack_on_civilians",
    )
    fr = events(
        "Des hommes armés ont tué lundi onze villageois dans l'État du Niger, dans le "
        "centre du Nigeria, selon la police.",
        "fr",
    )
    assert en.location is not None and en.location.admin1_code == "NG-NI"
    assert fr and all(e.location is None or e.location.country == "NGA" for e in fr)


# -- a short name two states share ---------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [("Congo", "en"), ("au Congo", "fr"), ("in Korea", "en"), ("en Corée", "fr")],
)
def test_places_shared_short_name_alone_is_no_place(phrase: str, lang: str) -> None:
    assert locate(phrase, lang=lang) is None  # never the Brazilian town called Congo


@pytest.mark.parametrize("iso", ["COG", "COD"])
def test_places_shared_short_name_takes_the_story_state(iso: str) -> None:
    loc = locate("au Congo", lang="fr", context=PlaceContext([iso], []))
    assert loc is not None and loc.country == iso


def test_places_congo_dateline_story_is_never_brazil() -> None:
    texts = [
        (
            "BRAZZAVILLE, Congo — Police arrested 12 opposition activists in the capital on "
            "Tuesday, a spokesman said.",
            "en",
        ),
        ("Rebels killed 12 civilians in Congo on Tuesday, the army said.", "en"),
        ("Des rebelles ont tué douze civils mardi au Congo, a annoncé l'armée.", "fr"),
    ]
    for text, lang in texts:
        for event in events(text, lang):
            assert event.location is None or event.location.country in {"COG", "COD"}


# -- a state that owns a base, an embassy, troops ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Drones attacked a US base in Syria on Sunday, wounding three soldiers, the Pentagon "
            "said.",
            "en",
        ),
        (
            "Une base des États-Unis en Syrie a été visée dimanche par des drones, faisant trois "
            "blessés, selon le Pentagone.",
            "fr",
        ),
        (
            "Des drones ont attaqué dimanche une base américaine en Syrie, blessant trois soldats, "
            "selon le Pentagone.",
            "fr",
        ),
    ],
)
def test_places_owner_state_of_a_base_is_not_the_place(text: str, lang: str) -> None:
    found = of_type(text, lang, "drone_strike")
    assert found and all(e.location is not None and e.location.country == "SYR" for e in found)


def test_places_owner_state_alone_gives_no_place() -> None:
    found = events(
        "Militants fired rockets at a US base on Sunday, wounding three soldiers, the "
        "Pentagon said.",
        "en",
    )
    assert found and all(e.location is None or e.location.country != "USA" for e in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rockets hit the US embassy in Baghdad overnight, causing damage but no casualties, "
            "officials said.",
            "en",
        ),
        (
            "Des roquettes ont frappé l'ambassade des États-Unis à Bagdad dans la nuit, sans faire "
            "de victimes, selon des responsables.",
            "fr",
        ),
    ],
)
def test_places_embassy_lies_in_its_host_city(text: str, lang: str) -> None:
    found = events(text, lang)
    assert found and all(e.location is not None and e.location.country == "IRQ" for e in found)


def test_places_city_named_on_a_site_is_still_the_place() -> None:
    event = one(
        "A Russian drone struck a Kyiv hospital on Sunday, killing two people, officials said.",
        "en",
        "drone_strike",
    )
    assert event.location is not None and event.location.country == "UKR"


# -- a bare mayor in a story of two towns --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Des affrontements ont éclaté samedi soir à Grenoble entre des jeunes et la police. "
            "Dimanche, des heurts ont aussi eu lieu à Échirolles. Le maire a réclamé des renforts "
            "de police.",
            "fr",
        ),
        (
            "Youths clashed with police in Leicester on Saturday night. On Sunday, fresh unrest "
            "broke out in Nottingham. The mayor called for more police officers.",
            "en",
        ),
    ],
)
def test_venues_bare_mayor_in_two_town_story_has_no_place(text: str, lang: str) -> None:
    assert all(e.location is None for e in of_type(text, lang, "demand"))


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        (
            "Des affrontements ont éclaté samedi soir à Grenoble entre des jeunes et la police. "
            "Le maire a réclamé des renforts de police.",
            "fr",
            "Grenoble",
        ),
        (
            "Youths clashed with police in Leicester on Saturday night. The mayor called for "
            "more police officers.",
            "en",
            "Leicester",
        ),
    ],
)
def test_venues_bare_mayor_in_one_town_story_is_that_town(text: str, lang: str, town: str) -> None:
    found = of_type(text, lang, "demand")
    assert found and found[0].location is not None and found[0].location.name == town


# -- a body paragraph is no headline -------------------------------------------------------


def _headline_of(text: str, lang: str) -> str | None:
    from wirewatch.extract.engine import parse
    from wirewatch.extract.lexicon import lexicon
    from wirewatch.extract.mention import ArticleContext
    from wirewatch.extract.places_dates import _headline
    from wirewatch.model import Article

    article = Article(id="t", text=text, language=lang)
    ctx = ArticleContext(article=article, doc=parse(text, lang), lang=lang, lex=lexicon(lang))
    span = _headline(ctx)
    return span.text.strip() if span is not None else None


def test_places_short_body_paragraph_is_not_read_as_headline() -> None:
    body = (
        "KHARKIV, 3 mars 2024 - Une frappe russe a touché dimanche un immeuble résidentiel de "
        "Kharkiv, dans le nord-est de l'Ukraine, faisant au moins quatre morts selon le "
        "gouverneur de la région, qui a fait état de nombreux blessés dans le quartier.\n\n"
        "Des avions de chasse ont décollé en Pologne par précaution.\n\n"
    )
    assert _headline_of(body, "fr") is None
    titled = "Frappe meurtrière sur un immeuble de Kharkiv\n\n" + body
    assert _headline_of(titled, "fr") == "Frappe meurtrière sur un immeuble de Kharkiv"


@pytest.mark.parametrize(("phrase", "lang"), [("Niger State", "en"), ("l'État du Niger", "fr")])
def test_places_state_named_like_a_country_in_that_country_story_is_no_guess(
    phrase: str, lang: str
) -> None:
    # in a story set in Niger, "l'État du Niger" may be Niger's own state: no guess
    assert locate(phrase, lang=lang, context=PlaceContext(["NER"], [])) is None
    loc = locate(phrase, lang=lang, context=PlaceContext(["NGA"], []))
    assert loc is not None and loc.admin1_code == "NG-NI"
