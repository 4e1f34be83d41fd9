"""How tolls are told (round 11): single and named victims, couples, families and generations,
crews of seized ships, conjoined victims, the attacker among the dead, ages/dates/designations
that are no counts, and ranges. Every sentence is written here, in outlet styles."""

from __future__ import annotations

import pytest
from extracting import events
from extracting import of_type as _of_type

from wirewatch.resolve.numbers import find_numbers


def _killed(text: str, lang: str) -> list[int | None]:
    """The killed count of every event of the text that has a toll word (in text order)."""
    return [e.quantities.get("killed") for e in events(text, lang)]


# -- one victim, stated without a figure ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A man was shot dead by a police officer in the suburb on Tuesday.", "en"),
        (
            "A Palestinian man was shot dead by Israeli troops near Jenin on Monday, the ministry said.",
            "en",
        ),
        ("Un homme a été tué par un policier mardi en banlieue.", "fr"),
    ],
)
def test_quantities_single_victim_of_predicated_death(text: str, lang: str) -> None:
    assert 1 in _killed(text, lang)


def test_quantities_named_victim_with_apposed_age_fr() -> None:
    found = events(
        "Des heurts ont éclaté dans la nuit après la mort de Samir, 19 ans, tué dimanche par un "
        "gendarme lors d'un contrôle à Lyon.",
        "fr",
    )
    killed = [e for e in found if e.quantities.get("killed") is not None]
    assert [e.quantities["killed"] for e in killed] == [1]
    # the unrest told around the death does not take its toll
    assert all(e.quantities.get("killed") is None for e in found if e.type == "riot")


def test_quantities_bare_apposed_age_is_no_count_en() -> None:
    found = events(
        "Clashes broke out after the death of Samir, 19, killed on Sunday by a gendarme during "
        "a check in Lyon.",
        "en",
    )
    assert sorted(e.quantities.get("killed") or 0 for e in found) == [0, 1]


def test_quantities_death_of_named_person_fr() -> None:
    found = events(
        "La mort de Samir, 19 ans, tué par un gendarme lors d'un contrôle, a provoqué des émeutes.",
        "fr",
    )
    assert [e.quantities.get("killed") for e in found if e.type != "riot"] == [1]


def test_quantities_age_is_no_count() -> None:
    ev = _of_type(
        "A 52-year-old woman was wounded in a drone attack on Kherson on 7 October.",
        "en",
        "drone_strike",
    )
    assert [e.quantities for e in ev] == [{"injured": 1}]
    ev = _of_type(
        "Une femme de 52 ans a été blessée le 7 octobre lors d'une frappe de drone sur Kherson.",
        "fr",
        "drone_strike",
    )
    assert [e.quantities for e in ev] == [{"injured": 1}]


# -- groups of people ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("A couple was killed when a drone hit their home in Kharkiv.", "en", "drone_strike"),
        ("Un couple a été tué par un drone russe à Kherson.", "fr", "drone_strike"),
        (
            "Two brothers were killed in an Israeli air strike on Rafah, medics said.",
            "en",
            "air_strike",
        ),
    ],
)
def test_quantities_couple_and_pair_count_two(text: str, lang: str, code: str) -> None:
    assert [e.quantities.get("killed") for e in _of_type(text, lang, code)] == [2]


def test_quantities_couple_with_their_children() -> None:
    ev = _of_type(
        "A drone attack killed a couple and their two children in Kherson.", "en", "drone_strike"
    )
    assert [e.quantities.get("killed") for e in ev] == [4]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three generations of one family were killed in an air strike on Gaza City.", "en"),
        ("Trois générations d'une même famille ont été tuées dans une frappe à Gaza.", "fr"),
        ("Two families were killed in the strike on Deir al-Balah, medics said.", "en"),
    ],
)
def test_quantities_generations_and_families_are_no_head_count(text: str, lang: str) -> None:
    assert all(e.quantities.get("killed") is None for e in events(text, lang))


def test_quantities_family_of_five_counts_its_members() -> None:
    for text, lang in [
        ("A family of five, including three children, was killed in a strike on Rafah.", "en"),
        (
            "Une famille de cinq personnes, dont trois enfants, a été tuée dans une frappe à Rafah.",
            "fr",
        ),
    ]:
        assert 5 in _killed(text, lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A 52-year-old woman and her 7-year-old grandson were killed in the strike on Kharkiv.",
            "en",
        ),
        (
            "Une femme de 52 ans et son petit-fils de 7 ans ont été tués dans la frappe sur Kharkiv.",
            "fr",
        ),
    ],
)
def test_quantities_conjoined_single_victims_add_up(text: str, lang: str) -> None:
    assert 2 in _killed(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gunmen killed a police officer and two civilians in Kidal, the army said.", "en"),
        ("Des hommes armés ont tué un gendarme et deux civils à Kidal, selon l'armée.", "fr"),
    ],
)
def test_quantities_single_and_counted_victims_add_up(text: str, lang: str) -> None:
    assert 3 in _killed(text, lang)


def test_quantities_attacker_among_the_dead() -> None:
    assert 3 in _killed(
        "The gunman opened fire at the market, killing himself and two others.", "en"
    )


def test_quantities_subcount_is_not_added() -> None:
    text = (
        "According to OCHA, at least 3 Palestinians, including two children, were killed and "
        "14 injured in an Israeli air strike on a house in Nuseirat on 12 March."
    )
    (ev,) = _of_type(text, "en", "air_strike")
    assert ev.quantities == {"killed": 3, "injured": 14}


# -- crews of seized ships ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Les rebelles ont arraisonné le cargo Galaxy Leader, dont les 25 membres d'équipage "
            "sont toujours retenus.",
            "fr",
        ),
        (
            "Les Houthis ont arraisonné le navire, et ses 25 membres d'équipage ont été pris en otage.",
            "fr",
        ),
        ("The Houthis seized the cargo ship and took its 25 crew members hostage.", "en"),
    ],
)
def test_quantities_crew_of_a_seized_ship_is_abducted(text: str, lang: str) -> None:
    assert [e.quantities.get("abducted") for e in _of_type(text, lang, "abduction")] == [25]


def test_quantities_seized_ship_is_no_single_detainee() -> None:
    ev = _of_type("Les rebelles ont arraisonné le cargo au large de Hodeïda.", "fr", "abduction")
    assert all(e.quantities.get("abducted") is None for e in ev)


# -- figures that are no counts, ranges -----------------------------------------------------------


def test_quantities_designations_are_no_counts() -> None:
    ev = _of_type(
        "Two soldiers of the 47th brigade were killed in shelling near Avdiivka.", "en", "shelling"
    )
    assert [e.quantities for e in ev] == [{"killed": 2}]
    ev = _of_type(
        "Une frappe a tué trois personnes sur la route 60 le 7 octobre.", "fr", "air_strike"
    )
    assert [e.quantities for e in ev] == [{"killed": 3}]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Some 200 to 300 migrants were detained", "en"), ("environ 200 à 300 migrants", "fr")],
)
def test_numbers_approximate_range_is_one_range(text: str, lang: str) -> None:
    (num,) = find_numbers(text, lang)
    assert (num.value, num.qualifier, num.high) == (200, "range", 300)


def test_quantities_approximate_range_keeps_its_low_end() -> None:
    ev = _of_type("Some 200 to 300 migrants were detained by police in the raid.", "en", "arrest")
    assert [e.quantities.get("arrested") for e in ev] == [200]


def test_quantities_rival_tolls_stay_apart() -> None:
    (ev,) = _of_type(
        "Selon le ministère de la santé, la frappe a tué 12 personnes; l'armée affirme que la "
        "frappe n'a tué que quatre combattants.",
        "fr",
        "air_strike",
    )
    assert sorted(c.quantities.get("killed") for c in ev.claims) == [4, 12]


# -- revised tolls ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A Russian missile strike on Dnipro killed 31 people, the governor said. The death toll "
            "from the strike later rose to 40.",
            "en",
        ),
        (
            "Une frappe de missile russe sur Dnipro a tué 31 personnes lundi. Mardi, le bilan de la "
            "frappe s'est alourdi à 40 morts, selon le gouverneur.",
            "fr",
        ),
        (
            "La frappe sur le marché a tué 31 personnes, selon le ministère. Le bilan de la frappe "
            "s'est ensuite alourdi à 40 morts.",
            "fr",
        ),
    ],
)
def test_quantities_revised_toll_replaces_never_sums(text: str, lang: str) -> None:
    (ev,) = [e for e in events(text, lang) if e.quantities.get("killed")]
    assert ev.quantities["killed"] == 40
    assert [c.quantities.get("killed") for c in ev.claims] == [40]


def test_quantities_revised_toll_takes_the_named_source() -> None:
    (ev,) = events(
        "Une frappe de missile russe sur Dnipro a tué 31 personnes lundi. Mardi, le bilan de la "
        "frappe s'est alourdi à 40 morts, selon le gouverneur.",
        "fr",
    )
    assert ev.claimant is not None and "gouverneur" in ev.claimant.name.lower()


def test_quantities_rival_lower_toll_is_no_revision() -> None:
    (ev,) = _of_type(
        "Israeli strikes killed 20 people in Rafah, the health ministry said. The army said it had "
        "targeted Hamas fighters and put the toll at 6.",
        "en",
        "air_strike",
    )
    assert sorted(c.quantities.get("killed") for c in ev.claims) == [6, 20]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Resolution 2728 was adopted on Monday", "en"),
        ("Settlers blocked Route 60 near Hebron", "en"),
        ("NATO's Article 5 was invoked", "en"),
        ("la résolution 2728 a été adoptée", "fr"),
        ("sur la route 60 près d'Hébron", "fr"),
        ("le vol 17 a été abattu", "fr"),
    ],
)
def test_numbers_designations_are_labels_not_counts(text: str, lang: str) -> None:
    assert [n.kind for n in find_numbers(text, lang)] == ["label"]


def test_numbers_count_after_a_designation_noun_with_a_verb_between() -> None:
    assert [n.kind for n in find_numbers("the brigade lost 300 soldiers", "en")] == ["count"]


def test_quantities_resolution_number_is_no_toll() -> None:
    found = events(
        "The Security Council adopted Resolution 2728 after Israeli strikes killed 20 people in Rafah.",
        "en",
    )
    assert [e.quantities.get("killed") for e in found if e.quantities.get("killed")] == [20]
