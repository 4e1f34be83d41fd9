"""A name the gazetteer lacks is kept as written, but only as far as it reads as a name."""

from __future__ import annotations

import pytest

from wirewatch.resolve.places import locate


@pytest.mark.parametrize(
    ("phrase", "lang", "name"),
    [
        # a misparse glued the rest of the clause to the name; the parenthesis is an alias
        ("in Khartoum North (Bahri) between the army and", "en", "Khartoum North"),
        ("near the village of Novoraisk, Beryslav district", "en", "Novoraisk"),
        ("le village de Kamba, dans l'est de la RDC", "fr", "Kamba"),
    ],
)
def test_places_unknown_name_stops_where_the_name_stops(phrase: str, lang: str, name: str) -> None:
    loc = locate(phrase, lang=lang)
    assert loc is not None
    assert loc.name == name


@pytest.mark.parametrize(
    ("phrase", "english", "country"),
    [
        ("à Vougledar", "Vuhledar", "UKR"),  # French press spellings GeoNames lacks
        ("à Myrnograd", "Myrnohrad", "UKR"),
        ("à Chebekino", "Shebekino", "RUS"),
    ],
)
def test_places_french_press_spellings(phrase: str, english: str, country: str) -> None:
    loc = locate(phrase, lang="fr")
    assert loc is not None
    assert (loc.name, loc.country) == (english, country)
