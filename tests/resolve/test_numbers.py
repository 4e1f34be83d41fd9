"""Figures in French and English dispatches: offsets, qualifiers, units and kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.resolve.numbers import (
    Number,
    count_from_determiner,
    find_numbers,
    ordinal_value,
    parse_number,
)

SEED = Path(__file__).parents[2] / "../shared/seed/000_ef75776a84e17a15.txt"


def _one(text: str, lang: str) -> Number:
    found = find_numbers(text, lang)
    assert len(found) == 1, found
    number = found[0]
    assert text[number.start : number.end] == number.text
    return number


@pytest.mark.parametrize(
    ("text", "lang", "value", "surface"),
    [
        ("Le convoi comptait 1 200 camions.", "fr", 1200, "1 200"),
        ("Le convoi comptait 1\u202f200 camions.", "fr", 1200, "1\u202f200"),
        ("Le convoi comptait 1.200 camions.", "fr", 1200, "1.200"),
        ("The convoy had 1,200 trucks.", "en", 1200, "1,200"),
        ("The convoy had 1 200 trucks.", "en", 1200, "1 200"),
        ("L'armée dit avoir abattu trente-quatre engins.", "fr", 34, "trente-quatre"),
        ("Il y avait quatre-vingt-dix-neuf otages.", "fr", 99, "quatre-vingt-dix-neuf"),
        ("Ils étaient deux cent mille dans la rue.", "fr", 200000, "deux cent mille"),
        ("On compte vingt et un morts.", "fr", 21, "vingt et un"),
        ("The army said it shot down thirty-four drones.", "en", 34, "thirty-four"),
        ("Police arrested a dozen protesters.", "en", 12, "a dozen"),
        ("A hundred families fled.", "en", 100, "A hundred"),
    ],
)
def test_numbers_digits_and_words(text: str, lang: str, value: int, surface: str) -> None:
    number = _one(text, lang)
    assert (number.value, number.text, number.qualifier, number.kind) == (
        value,
        surface,
        "exact",
        "count",
    )


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit", "surface"),
    [
        (
            "Un prêt de 1,5 million d'euros a été signé.",
            "fr",
            1_500_000,
            "EUR",
            "1,5 million d'euros",
        ),
        (
            "Washington versera six milliards de dollars.",
            "fr",
            6_000_000_000,
            "USD",
            "six milliards de dollars",
        ),
        (
            "Kiev a débloqué 3 millions de hryvnias.",
            "fr",
            3_000_000,
            "UAH",
            "3 millions de hryvnias",
        ),
        ("Washington pledged $6 billion more.", "en", 6_000_000_000, "USD", "$6 billion"),
        ("The fund received €50m last year.", "en", 50_000_000, "EUR", "€50m"),
        (
            "A grant of 2.5 million dollars was approved.",
            "en",
            2_500_000,
            "USD",
            "2.5 million dollars",
        ),
    ],
)
def test_numbers_scales_and_currencies(
    text: str, lang: str, value: int, unit: str, surface: str
) -> None:
    number = _one(text, lang)
    assert (number.value, number.unit, number.text, number.kind) == (value, unit, surface, "money")


def test_numbers_scale_without_currency_is_a_count() -> None:
    number = _one("Près de 1,5 million de personnes ont fui.", "fr")
    assert (number.value, number.qualifier, number.unit, number.kind) == (
        1_500_000,
        "about",
        None,
        "count",
    )


@pytest.mark.parametrize(
    ("text", "lang", "value", "qualifier", "unit", "surface"),
    [
        (
            "Le village est à une quarantaine de kilomètres.",
            "fr",
            40,
            "about",
            "km",
            "une quarantaine de kilomètres",
        ),
        (
            "Ils tiennent quelques centaines de kilomètres carrés.",
            "fr",
            100,
            "about",
            "km2",
            "quelques centaines de kilomètres carrés",
        ),
        ("La ville est à 40 km du front.", "fr", 40, "exact", "km", "40 km"),
        (
            "The town lies some 40 kilometres from the front.",
            "en",
            40,
            "about",
            "km",
            "some 40 kilometres",
        ),
    ],
)
def test_numbers_distances_are_measures_not_counts(
    text: str, lang: str, value: int, qualifier: str, unit: str, surface: str
) -> None:
    number = _one(text, lang)
    assert (number.value, number.qualifier, number.unit, number.text, number.kind) == (
        value,
        qualifier,
        unit,
        surface,
        "measure",
    )


def test_numbers_metres_are_not_millions() -> None:
    number = _one("The wall is 50m high.", "en")
    assert (number.value, number.unit, number.kind) == (50, "m", "measure")


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("Un bâtiment neuf a été touché.", "fr", []),
        ("Neuf soldats ont été tués.", "fr", [9]),
        ("Le score final est de 3-1.", "fr", [3, 1]),
        ("Il était 5 h du matin.", "fr", [500]),
        ("The 2024 election changed everything.", "en", [2024]),
    ],
)
def test_numbers_homographs_scores_and_clock_times(text: str, lang: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text, lang)] == values


@pytest.mark.parametrize(
    ("text", "lang", "value", "qualifier", "surface"),
    [
        ("Au moins 8 civils ont été tués.", "fr", 8, "at_least", "Au moins 8"),
        ("At least 8 civilians were killed.", "en", 8, "at_least", "At least 8"),
        ("Plus de 140 drones ont été lancés.", "fr", 140, "more_than", "Plus de 140"),
        ("More than 140 drones were launched.", "en", 140, "more_than", "More than 140"),
        ("Over 140 drones were launched.", "en", 140, "more_than", "Over 140"),
        ("Près de 50 maisons ont brûlé.", "fr", 50, "about", "Près de 50"),
        ("Nearly 50 houses burned.", "en", 50, "about", "Nearly 50"),
        ("Almost 50 houses burned.", "en", 50, "about", "Almost 50"),
        ("Environ 30 soldats ont été capturés.", "fr", 30, "about", "Environ 30"),
        ("About 30 soldiers were captured.", "en", 30, "about", "About 30"),
        ("Some 30 soldiers were captured.", "en", 30, "about", "Some 30"),
        ("Around 30 soldiers were captured.", "en", 30, "about", "Around 30"),
        ("Jusqu'à 20 missiles pourraient être livrés.", "fr", 20, "at_most", "Jusqu'à 20"),
        ("Up to 20 missiles could be delivered.", "en", 20, "at_most", "Up to 20"),
        ("Moins de 10 blessés.", "fr", 10, "less_than", "Moins de 10"),
        ("Fewer than 10 were wounded.", "en", 10, "less_than", "Fewer than 10"),
        ("Le bilan est d'au moins 12 morts.", "fr", 12, "at_least", "au moins 12"),
    ],
)
def test_numbers_qualifiers(text: str, lang: str, value: int, qualifier: str, surface: str) -> None:
    number = _one(text, lang)
    assert (number.value, number.qualifier, number.text) == (value, qualifier, surface)


@pytest.mark.parametrize(
    ("text", "lang", "value", "qualifier", "surface"),
    [
        ("Une quarantaine de soldats ont été capturés.", "fr", 40, "about", "Une quarantaine"),
        ("Une dizaine de blindés ont été vus.", "fr", 10, "about", "Une dizaine"),
        ("Une centaine de manifestants se sont réunis.", "fr", 100, "about", "Une centaine"),
        ("Des dizaines de blessés ont été évacués.", "fr", 10, "about", "Des dizaines"),
        ("Des centaines de familles ont fui.", "fr", 100, "about", "Des centaines"),
        ("Quelques centaines de civils sont restés.", "fr", 100, "about", "Quelques centaines"),
        ("Des milliers de soldats ont été déployés.", "fr", 1000, "about", "Des milliers"),
        ("Hundreds of families fled.", "en", 100, "about", "Hundreds"),
        ("Thousands of troops were deployed.", "en", 1000, "about", "Thousands"),
        ("Dozens were wounded.", "en", 12, "about", "Dozens"),
        (
            "Des dizaines de milliers de personnes ont défilé.",
            "fr",
            10000,
            "about",
            "Des dizaines de milliers",
        ),
        ("Tens of thousands marched.", "en", 10000, "about", "Tens of thousands"),
        (
            "Plus d'une centaine de drones ont été lancés.",
            "fr",
            100,
            "more_than",
            "Plus d'une centaine",
        ),
        # after a preposition the article drops ("l'évacuation de milliers d'habitants")
        ("L'évacuation de milliers d'habitants a commencé.", "fr", 1000, "about", "de milliers"),
    ],
)
def test_numbers_approximate_nouns(
    text: str, lang: str, value: int, qualifier: str, surface: str
) -> None:
    number = _one(text, lang)
    assert (number.value, number.qualifier, number.text) == (value, qualifier, surface)


def test_numbers_quarantine_is_not_forty() -> None:
    assert find_numbers("Le navire a été placé en quarantaine.", "fr") == []
    # "de" stands for "des" only before a plural: a quarantine period is no figure
    assert find_numbers("Une période de quarantaine a été imposée.", "fr") == []
    assert find_numbers("La quarantaine a été levée.", "fr") == []


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Entre 10 et 15 maisons ont été touchées.", "fr", "Entre 10 et 15"),
        ("De 10 à 15 maisons ont été touchées.", "fr", "De 10 à 15"),
        ("Les frappes ont fait 10 à 15 morts.", "fr", "10 à 15"),
        ("Between 10 and 15 houses were hit.", "en", "Between 10 and 15"),
        ("The strikes killed 10 to 15 people.", "en", "10 to 15"),
        ("The strikes killed 10-15 people.", "en", "10-15"),
    ],
)
def test_numbers_ranges(text: str, lang: str, surface: str) -> None:
    number = _one(text, lang)
    assert (number.value, number.high, number.qualifier, number.text) == (10, 15, "range", surface)


def test_numbers_range_shares_its_scale() -> None:
    number = _one("Le coût est estimé entre 1 et 2 milliards d'euros.", "fr")
    assert (number.value, number.high, number.unit) == (1_000_000_000, 2_000_000_000, "EUR")


def test_numbers_two_figures_joined_by_et_are_not_a_range() -> None:
    found = find_numbers("Ils ont détruit 12 chars et 30 camions.", "fr")
    assert [(n.value, n.qualifier) for n in found] == [(12, "exact"), (30, "exact")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un nombre record de drones a été abattu.", "fr"),
        ("Une femme a été blessée.", "fr"),
        ("A woman was injured.", "en"),
        ("No one was hurt in the blast.", "en"),
        ("Des avions F-16 ont survolé la zone.", "fr"),
    ],
)
def test_numbers_articles_and_model_names_are_not_figures(text: str, lang: str) -> None:
    assert find_numbers(text, lang) == []


@pytest.mark.parametrize(
    ("word", "lang", "count"),
    [
        ("une", "fr", 1),
        ("un", "fr", 1),
        ("deux", "fr", 2),
        ("a", "en", 1),
        ("an", "en", 1),
        ("three", "en", 3),
        ("femme", "fr", None),
    ],
)
def test_numbers_count_from_determiner(word: str, lang: str, count: int | None) -> None:
    assert count_from_determiner(word, lang) == count


@pytest.mark.parametrize(
    ("text", "lang", "value", "kind", "surface"),
    [
        ("La guerre a éclaté en 2022.", "fr", 2022, "year", "2022"),
        ("The war broke out in 2022.", "en", 2022, "year", "2022"),
        ("Une femme de 52 ans a été blessée.", "fr", 52, "age", "52 ans"),
        ("A woman aged 52 was injured.", "en", 52, "age", "52"),
        ("A 52-year-old woman was injured.", "en", 52, "age", "52-year-old"),
        ("Le parti a obtenu 15% des voix.", "fr", 15, "percent", "15%"),
        ("The party won 15 percent of the vote.", "en", 15, "percent", "15 percent"),
        ("L'alerte a été levée à 10h30.", "fr", 1030, "time", "10h30"),
        ("The alert was lifted at 10:30.", "en", 1030, "time", "10:30"),
        ("Il prendra ses fonctions le 20 janvier.", "fr", 20, "date", "20"),
        ("He takes office on January 20.", "en", 20, "date", "20"),
        ("Le 1er décembre, le cessez-le-feu a pris fin.", "fr", 1, "date", "1er"),
        ("C'est le 3e convoi de la semaine.", "fr", 3, "ordinal", "3e"),
        ("It was the 3rd convoy this week.", "en", 3, "ordinal", "3rd"),
        ("Le siège a duré trois jours.", "fr", 3, "duration", "trois"),
        ("The siege lasted three days.", "en", 3, "duration", "three"),
        ("L'accord a été signé le 10/11/2024.", "fr", 10, "date", "10/11/2024"),
    ],
)
def test_numbers_kinds_keep_dates_ages_and_times_apart(
    text: str, lang: str, value: int, kind: str, surface: str
) -> None:
    number = _one(text, lang)
    assert (number.value, number.kind, number.text) == (value, kind, surface)


def test_numbers_round_thousands_are_counts_not_years() -> None:
    number = _one("Plus de 2000 soldats ont été déployés.", "fr")
    assert (number.value, number.kind, number.qualifier) == (2000, "count", "more_than")


def test_numbers_offsets_point_into_the_original_text() -> None:
    text = "Selon l'armée, trente-quatre drones et 1,5 million d'euros de dégâts, puis 145 drones."
    found = find_numbers(text, "fr")
    assert [text[n.start : n.end] for n in found] == [
        "trente-quatre",
        "1,5 million d'euros",
        "145",
    ]
    assert [n.text for n in found] == [text[n.start : n.end] for n in found]


def test_numbers_parse_number_reads_one_expression() -> None:
    number = parse_number("une quarantaine", "fr")
    assert number is not None
    assert (number.value, number.qualifier, number.start, number.end) == (40, "about", 0, 15)
    assert parse_number("une femme", "fr") is None


def test_numbers_seed_dispatch_figures() -> None:
    if not SEED.exists():
        pytest.skip("seed dispatch not available (../shared/seed)")
    text = SEED.read_text(encoding="utf-8")
    counts = [(n.value, n.qualifier) for n in find_numbers(text, "fr") if n.kind == "count"]
    for expected in [(34, "exact"), (36, "exact"), (145, "exact"), (62, "exact"), (1000, "about")]:
        assert expected in counts
    kinds = {n.text: n.kind for n in find_numbers(text, "fr")}
    assert kinds["52 ans"] == "age"
    assert kinds["six milliards de dollars"] == "money"
    assert kinds["2022"] == "year"
    assert kinds["une quarantaine de kilomètres"] == "measure"


def test_numbers_finds_every_figure_of_a_long_text() -> None:
    # speed is measured by bench/resolvers.py, not here
    text = "Au moins 8 civils et une quarantaine de soldats, selon Kiev, le 20 janvier 2024. " * 200
    assert len(find_numbers(text, "fr")) == 800


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("Un millier de manifestants ont défilé.", 1000, "Un millier"),
        ("Près d'un millier de soldats ont été blessés.", 1000, "Près d'un millier"),
        ("La police a compté environ un millier de personnes.", 1000, "environ un millier"),
    ],
)
def test_numbers_un_millier_is_about_a_thousand(text: str, value: int, surface: str) -> None:
    number = _one(text, "fr")
    assert (number.value, number.qualifier, number.text) == (value, "about", surface)


def test_numbers_lone_un_is_still_an_article() -> None:
    # "un" before an ordinary noun is an article, not a figure: only "un millier" counts
    assert find_numbers("Un soldat a été blessé près de la frontière.", "fr") == []


# -- round 4: Swiss and Belgian figures, money, ranges, years, ordinals -------------------------


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        (
            "L'armée suisse a mobilisé jusqu'à 4'000 militaires pour le sommet.",
            4000,
            "jusqu'à 4'000",
        ),
        ("La police genevoise a compté 12’500 manifestants samedi.", 12500, "12’500"),
        ("Quelque 1.300 policiers ont été déployés à Liège.", 1300, "Quelque 1.300"),
        ("Septante-cinq agriculteurs ont bloqué le port.", 75, "Septante-cinq"),
        ("Nonante-deux personnes ont été évacuées à Namur.", 92, "Nonante-deux"),
        ("Huitante manifestants se sont réunis devant le palais fédéral.", 80, "Huitante"),
    ],
)
def test_numbers_swiss_and_belgian_figures(text: str, value: int, surface: str) -> None:
    number = _one(text, "fr")
    assert (number.value, number.text) == (value, surface)


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        (
            "Ce montant s'ajoute aux 1,7 milliard d'euros fournis l'an dernier.",
            "fr",
            1_700_000_000,
            "EUR",
        ),
        ("Tokyo a promis six milliards de dollars d'aide.", "fr", 6_000_000_000, "USD"),
        ("Berne débloque un milliard et demi de francs suisses.", "fr", 1_500_000_000, "CHF"),
        ("Washington announced a further $500 million in military aid.", "en", 500_000_000, "USD"),
        ("London pledged £2.5bn for reconstruction.", "en", 2_500_000_000, "GBP"),
    ],
)
def test_numbers_money_amounts(text: str, lang: str, value: int, unit: str) -> None:
    number = _one(text, lang)
    assert (number.value, number.unit, number.kind) == (value, unit, "money")


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("Entre 275 000 et 325 000 personnes ont défilé à Belgrade.", "fr", 275_000, 325_000),
        ("Between 275,000 and 325,000 people marched in Belgrade.", "en", 275_000, 325_000),
    ],
)
def test_numbers_range_keeps_the_low_bound_and_the_high(
    text: str, lang: str, low: int, high: int
) -> None:
    number = _one(text, lang)
    assert (number.value, number.high, number.qualifier) == (low, high, "range")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Hundreds of thousands of people poured into the capital.", "en", 100_000),
        ("Tens of thousands of protesters filled the square.", "en", 10_000),
        ("Des dizaines de milliers de manifestants ont défilé dimanche.", "fr", 10_000),
        ("Des centaines de milliers de personnes ont fui la ville.", "fr", 100_000),
    ],
)
def test_numbers_approximate_multiples(text: str, lang: str, value: int) -> None:
    number = _one(text, lang)
    assert (number.value, number.qualifier) == (value, "about")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It was the second command the army had lost since the 2021 coup.", "en"),
        ("Tensions have grown after the 2014 invasion.", "en"),
        ("Le putsch de 2023 a chassé le président élu.", "fr"),
        ("Les émeutes de 2005 avaient duré trois semaines.", "fr"),
    ],
)
def test_numbers_year_after_a_determiner_or_an_event_noun(text: str, lang: str) -> None:
    years = [n for n in find_numbers(text, lang) if n.value > 1900]
    assert [n.kind for n in years] == ["year"]


def test_numbers_a_four_digit_count_after_attaque_de_stays_a_count() -> None:
    # "une attaque de 1500 drones": only event nouns that date ("putsch", "émeutes") make a year
    assert _one("Kiev a subi une attaque de 1500 drones.", "fr").kind == "count"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials said the three vehicles were hit in quick succession.", 3),
        ("The two men were arrested at the border.", 2),
    ],
)
def test_numbers_a_definite_number_word_is_a_count(text: str, value: int) -> None:
    assert _one(text, "en").value == value


@pytest.mark.parametrize("text", ["No one was hurt.", "The one who fired was arrested."])
def test_numbers_one_as_a_pronoun_is_no_figure(text: str) -> None:
    assert find_numbers(text, "en") == []


@pytest.mark.parametrize(
    ("word", "lang", "rank"),
    [("third", "en", 3), ("Fourth", "en", 4), ("troisième", "fr", 3), ("seconde", "fr", 2)],
)
def test_numbers_ordinal_value(word: str, lang: str, rank: int) -> None:
    assert ordinal_value(word, lang) == rank
    assert ordinal_value("market", lang) is None


# -- forms real outlets use (round 5) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value", "qualifier", "unit"),
    [
        ("Quelque 2'500 personnes ont défilé à Lausanne.", "fr", 2500, "about", None),
        ("Some 2'500 people marched through Geneva.", "en", 2500, "about", None),
        ("Les ventes ont atteint 12.5 millions de francs.", "fr", 12500000, "exact", None),
        ("The fund holds 6 Mrd d'euros.", "fr", 6000000000, "exact", "EUR"),
        ("Le budget est de CHF 2 Mio. cette année.", "fr", 2000000, "exact", "CHF"),
        ("Un crédit de 3,5 Mrd a été voté.", "fr", 3500000000, "exact", None),
        ("About 1.5m people have fled the region.", "en", 1500000, "about", None),
        ("Half a million people joined the rallies.", "en", 500000, "exact", None),
        ("Un demi-million de personnes ont manifesté.", "fr", 500000, "exact", None),
        ("Half a dozen soldiers were hurt.", "en", 6, "exact", None),
        ("Une demi-douzaine de blessés ont été évacués.", "fr", 6, "about", None),
        ("Two dozen protesters were detained.", "en", 24, "exact", None),
        ("Trois dizaines de soldats ont été déployés.", "fr", 30, "about", None),
        ("Deux centaines d'habitants ont fui.", "fr", 200, "about", None),
    ],
)
def test_numbers_outlet_forms(
    text: str, lang: str, value: int, qualifier: str, unit: str | None
) -> None:
    num = _one(text, lang)
    assert (num.value, num.qualifier, num.unit) == (value, qualifier, unit), num


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le décret du 12.03.2024 reste en vigueur.", "fr"),
        ("A 1.5m wall surrounds the compound.", "en"),
        ("The barrier is 2m high.", "en"),
    ],
)
def test_numbers_dotted_dates_and_metres_are_not_counts(text: str, lang: str) -> None:
    assert all(n.kind != "count" for n in find_numbers(text, lang))


def test_numbers_half_of_a_figure_is_not_halved() -> None:
    num = _one("Half of the 2 million residents have left.", "en")
    assert num.value == 2000000


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("Entre deux et trois personnes ont été blessées.", "fr", 2, 3),
        ("Between two and three dozen people were detained.", "en", 24, 36),
        ("Entre 2 et 3 douzaines de blessés ont été soignés.", "fr", 24, 36),
    ],
)
def test_numbers_spelled_and_multiplied_ranges(text: str, lang: str, low: int, high: int) -> None:
    num = _one(text, lang)
    assert (num.value, num.qualifier, num.high) == (low, "range", high)


def test_numbers_spelled_compound_stays_one_figure() -> None:
    assert _one("Vingt et un morts ont été recensés.", "fr").value == 21


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Une enveloppe de 1,5 Md€ a été débloquée.", "fr", 1_500_000_000, "EUR"),
        ("Le fonds reçoit 2 Mds € de plus.", "fr", 2_000_000_000, "EUR"),
        ("Une aide de 1,5 M€ pour les sinistrés.", "fr", 1_500_000, "EUR"),
        ("The council set aside 50 m € for repairs.", "en", 50_000_000, "EUR"),
    ],
)
def test_numbers_spaced_currency_scale(text: str, lang: str, value: int, unit: str) -> None:
    """A scale read only beside a currency ("Md", "M", "m") may stand after a space."""
    figure = find_numbers(text, lang)[0]
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Un mur de 50 m de haut.", "fr"), ("A 50 m wall stood there.", "en")],
)
def test_numbers_spaced_m_without_currency_is_no_scale(text: str, lang: str) -> None:
    assert find_numbers(text, lang)[0].value == 50
