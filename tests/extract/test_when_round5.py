"""WHEN, round 5: the day an event gets when papers write it their own way.

Sentences written for these tests in the styles of wires, national and regional papers: a part
of the day that names its day ("dans la soirée de lundi", "before dawn on Tuesday"), a night
written with its dates, two weekdays joined, a day of the current month ("le 9 courant", "on
the 9th"). Published on Wednesday 13 November 2024.
"""

from __future__ import annotations

import pytest
from extracting import events, one

WEDNESDAY = "2024-11-13"


@pytest.mark.parametrize(
    ("text", "lang", "code", "start", "end"),
    [
        (
            "Des drones russes ont frappé Kherson dans la soirée de lundi, faisant deux morts, "
            "selon le gouverneur.",
            "fr",
            "drone_strike",
            "2024-11-11",
            "2024-11-11",
        ),
        (
            "Des frappes russes ont visé Odessa dans la matinée de mardi, a indiqué le gouverneur.",
            "fr",
            "air_strike",
            "2024-11-12",
            "2024-11-12",
        ),
        (
            "A Russian drone struck a bus in Kherson before dawn on Tuesday, killing two people, "
            "regional officials said.",
            "en",
            "drone_strike",
            "2024-11-12",
            "2024-11-12",
        ),
        (
            "Israeli jets bombed a village in southern Lebanon in the early hours of Monday, the "
            "army said.",
            "en",
            "air_strike",
            "2024-11-11",
            "2024-11-11",
        ),
    ],
)
def test_when_round5_a_part_of_the_day_naming_its_day(
    text: str, lang: str, code: str, start: str, end: str
) -> None:
    """The vague part ("dans la soirée", "before dawn") is not the report's day when a day
    follows it."""
    event = one(text, lang, code, published=WEDNESDAY)
    assert event.date is not None
    assert (event.date.start, event.date.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "code", "start", "end"),
    [
        (
            "L'armée russe a bombardé la ville de Koupiansk dans la nuit du 10 au 11 novembre, "
            "selon les autorités locales.",
            "fr",
            "shelling",
            "2024-11-10",
            "2024-11-11",
        ),
        (
            "Des manifestants ont bloqué le port de Marseille le 9 courant, selon la préfecture.",
            "fr",
            "peaceful_protest",
            "2024-11-09",
            "2024-11-09",
        ),
        (
            "Gunmen killed 12 villagers in Zamfara state on the 9th, police said on Wednesday.",
            "en",
            "attack_on_civilians",
            "2024-11-09",
            "2024-11-09",
        ),
        (
            "La conférence sur la sécurité, organisée samedi et dimanche à Genève, a réuni "
            "40 délégations.",
            "fr",
            "consult_meeting",
            "2024-11-09",
            "2024-11-10",
        ),
    ],
)
def test_when_round5_nights_by_date_days_of_the_month_and_weekday_pairs(
    text: str, lang: str, code: str, start: str, end: str
) -> None:
    event = one(text, lang, code, published=WEDNESDAY)
    assert event.date is not None
    assert (event.date.start, event.date.end, event.date.precision) == (start, end, "day")


@pytest.mark.parametrize(
    ("text", "lang", "code", "day"),
    [
        (
            "Protesters stormed the parliament on Tuesday, a day after police arrested 40 "
            "students in Nairobi.",
            "en",
            "arrest",
            "2024-11-11",
        ),
        (
            "Les manifestants ont pris d'assaut le parlement mardi, au lendemain de "
            "l'arrestation de 40 étudiants à Nairobi.",
            "fr",
            "arrest",
            "2024-11-11",
        ),
        (
            "Police arrested 12 people in Leeds on Tuesday, one day after the riot outside the "
            "mosque.",
            "en",
            "riot",
            "2024-11-11",
        ),
        (
            "Le sommet s'est ouvert mardi à Bruxelles, à la veille de la manifestation prévue "
            "devant le Parlement européen.",
            "fr",
            "peaceful_protest",
            "2024-11-13",
        ),
    ],
)
def test_when_round5_the_event_a_day_before_the_clause(
    text: str, lang: str, code: str, day: str
) -> None:
    """ "a day after X", "au lendemain de X": X is the day before the clause's own day, not
    that day (Tuesday) nor the report's; "à la veille de X": the day after."""
    event = one(text, lang, code, published=WEDNESDAY)
    assert event.date is not None
    assert (event.date.start, event.date.end) == (day, day)


@pytest.mark.parametrize(
    ("text", "lang", "code", "day"),
    [
        (
            "Protesters stormed the parliament on Tuesday, a day after police arrested 40 "
            "students in Nairobi.",
            "en",
            "riot",
            "2024-11-12",
        ),
        (
            "Les manifestants ont pris d'assaut le parlement mardi, au lendemain de "
            "l'arrestation de 40 étudiants à Nairobi.",
            "fr",
            "riot",
            "2024-11-12",
        ),
    ],
)
def test_when_round5_the_main_clause_keeps_its_day(
    text: str, lang: str, code: str, day: str
) -> None:
    event = one(text, lang, code, published=WEDNESDAY)
    assert event.date is not None
    assert (event.date.start, event.date.end) == (day, day)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chad ended its defence pact with France on Nov. 8. The announcement came hours after "
            "a visit to the capital by the French foreign minister.",
            "en",
        ),
        (
            "Le Tchad a rompu son accord de défense avec la France le 8 novembre. L'annonce est "
            "tombée quelques heures avant une visite du ministre français des Affaires étrangères "
            "à N'Djamena.",
            "fr",
        ),
    ],
)
def test_when_round5_hours_after_takes_the_day_told_before(text: str, lang: str) -> None:
    """ "The announcement came hours after a visit": the visit is on the announcement's day."""
    event = one(text, lang, "consult_visit", published=WEDNESDAY)
    assert event.date is not None
    assert (event.date.start, event.date.end) == ("2024-11-08", "2024-11-08")


def test_when_round5_a_day_in_the_clause_beats_hours_after() -> None:
    """The other event told after "hours after" keeps the day its own clause gives it."""
    text = (
        "The strike on Tehran came hours after Israel said it had killed a Hezbollah commander "
        "in an air strike on Beirut on Monday evening."
    )
    days = {(e.date.start, e.date.end) for e in events(text, "en", WEDNESDAY) if e.date}
    assert ("2024-11-11", "2024-11-11") in days


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        (
            "Par notre correspondant à Kiev – Mardi 12 novembre 2024\n\nDes drones russes ont "
            "frappé Odessa dans la nuit de lundi à mardi, faisant deux morts, selon le gouverneur.",
            "fr",
            "2024-11-11",
            "2024-11-12",
        ),
        (
            "Published 12 November 2024, 08:10 GMT\n\nRussian drones struck Odesa on Monday night, "
            "killing two people, the governor said.",
            "en",
            "2024-11-11",
            "2024-11-11",
        ),
    ],
)
def test_when_round5_a_byline_dates_an_article_without_metadata(
    text: str, lang: str, start: str, end: str
) -> None:
    """A text read from a file with no publication date counts from its byline's day."""
    found = [e for e in events(text, lang, None) if e.type == "drone_strike"]  # type: ignore[arg-type]
    assert len(found) == 1 and found[0].date is not None
    assert (found[0].date.start, found[0].date.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Les émeutes ont éclaté lundi soir à Nouméa.\n\nPlus de 300 personnes ont été "
            "interpellées depuis le début des violences, a indiqué le ministre.",
            "fr",
        ),
        (
            "Riots broke out in Leeds on Monday night.\n\nPolice have arrested more than 300 "
            "people since the start of the unrest, the interior minister said.",
            "en",
        ),
    ],
)
def test_when_round5_a_count_since_the_outbreak_runs_to_the_report(text: str, lang: str) -> None:
    """ "depuis le début des troubles": from the story's first day (Monday) to the report."""
    event = one(text, lang, "arrest", published="2024-11-14")
    assert event.date is not None
    assert (event.date.start, event.date.end) == ("2024-11-11", "2024-11-14")


def test_when_round5_an_arrest_on_its_own_day_is_no_span() -> None:
    text = (
        "Riots broke out in Leeds on Monday night.\n\nPolice arrested 30 people on Tuesday, the "
        "interior minister said."
    )
    event = one(text, "en", "arrest", published="2024-11-14")
    assert event.date is not None
    assert (event.date.start, event.date.end) == ("2024-11-12", "2024-11-12")
