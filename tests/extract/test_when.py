"""WHEN: which date the engine gives an event, on sentences written for these tests.

Each test is one kind of construction, in French and English: background events dated by their
own anchor, report-verb days, the content of a verbal act, parts of a day, anaphors ("dans la
foulée"), parts of a month or a week, live-ticker day headings, deadlines, spans of a record,
offsets from another event, future and present tenses.
"""

from __future__ import annotations

import pytest
from extracting import one

from wirewatch.model import EventDate


def _span(date: EventDate | None) -> tuple[str, str, str]:
    assert date is not None
    return date.start, date.end, date.precision


# -- background events dated by their own anchor -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The UN envoy said on Monday that some of the hostages seized in the raid on October 7 "
            "had been sexually abused.",
            "en",
        ),
        (
            "Les otages enlevés le 7 octobre sont toujours détenus à Gaza, a rappelé lundi le "
            "ministre.",
            "fr",
        ),
    ],
)
def test_when_participle_on_the_trigger_noun_dates_it(text: str, lang: str) -> None:
    """ "the hostages taken on October 7": the date sits in the clause modifying the noun."""
    event = one(text, lang, "abduction", published="2024-03-04")
    assert _span(event.date) == ("2023-10-07", "2023-10-07", "day")


@pytest.mark.parametrize(
    ("text", "lang", "code", "month"),
    [
        (
            "Niger's junta, which seized power in a coup in July 2023, revoked a military "
            "agreement with Washington in March.",
            "en",
            "sanction",
            ("2024-03-01", "2024-03-31", "month"),
        ),
        (
            "La junte, qui a pris le pouvoir lors d'un coup d'État en juillet 2023, a expulsé "
            "mardi trois diplomates français.",
            "fr",
            "expel",
            ("2024-08-06", "2024-08-06", "day"),
        ),
    ],
)
def test_when_relative_clause_before_the_verb_is_background(
    text: str, lang: str, code: str, month: tuple[str, str, str]
) -> None:
    """The coup's date, told in passing inside the subject, does not date the main act."""
    assert _span(one(text, lang, code, published="2024-08-08").date) == month


# -- what a verbal act says or asks --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Les rebelles accusent l'armée d'avoir bombardé dimanche un marché de la région de Kidal.",
            "fr",
        ),
        ("The rebels accused the army of shelling a crowded market near Kidal on Sunday.", "en"),
    ],
)
def test_when_date_of_the_content_is_not_the_accusation_date(text: str, lang: str) -> None:
    assert _span(one(text, lang, "accuse", published="2024-11-12").date)[0] == "2024-11-12"
    assert _span(one(text, lang, "shelling", published="2024-11-12").date)[0] == "2024-11-10"


def test_when_call_to_strike_on_a_day_is_made_on_the_report_day() -> None:
    text = (
        "L'intersyndicale appelle les salariés à manifester le mardi 7 mars dans toute la France."
    )
    assert _span(one(text, "fr", "demand", published="2023-03-01").date)[0] == "2023-03-01"


# -- report verbs and the story's day -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Des manifestants se sont rassemblés jeudi soir place de la Concorde.\n\n217 personnes "
            "ont été interpellées, a annoncé vendredi le ministre de l'Intérieur.",
            "fr",
        ),
        (
            "Thousands of protesters gathered outside parliament on Thursday evening.\n\nPolice "
            "arrested 217 people, the interior minister said on Friday.",
            "en",
        ),
    ],
)
def test_when_arrests_announced_the_next_day_keep_the_story_day(text: str, lang: str) -> None:
    """The report verb's Friday bounds the arrests; the story's Thursday dates them."""
    assert _span(one(text, lang, "arrest", published="2024-03-16").date)[0] == "2024-03-14"


# -- parts of a day and anaphors -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "code", "published", "day"),
    [
        (
            "Des jihadistes ont attaqué mardi un camp militaire près de Bamako.\n\nDans la soirée, "
            "des habitants ont lynché un homme soupçonné d'avoir participé à l'attaque.",
            "fr",
            "mob_violence",
            "2024-09-18",
            "2024-09-17",
        ),
        (
            "Gunmen stormed a hotel in Mogadishu on Friday, police said.\n\nIn the evening, "
            "security forces killed the last of the attackers.",
            "en",
            "armed_clash",
            "2024-08-03",
            "2024-08-02",
        ),
    ],
)
def test_when_part_of_a_day_belongs_to_the_story_day(
    text: str, lang: str, code: str, published: str, day: str
) -> None:
    assert _span(one(text, lang, code, published=published).date)[0] == day


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        (
            "En décembre, une grenade avait été lancée contre un immeuble de Grenoble. Deux "
            "hommes avaient été interpellés dans la foulée.",
            "fr",
            "2025-02-13",
            ("2024-12-01", "2024-12-31", "month"),
        ),
        (
            "Protesters set fire to a police station in Dhaka on Saturday. Hours later, police "
            "arrested dozens of people.",
            "en",
            "2024-11-12",
            ("2024-11-09", "2024-11-09", "day"),
        ),
    ],
)
def test_when_anaphor_takes_the_date_told_just_before(
    text: str, lang: str, published: str, expected: tuple[str, str, str]
) -> None:
    assert _span(one(text, lang, "arrest", published=published).date) == expected


# -- parts of a month and of a week ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Fin mars, des combats entre l'armée et des rebelles ont fait vingt morts dans le "
            "Nord-Kivu.",
            "fr",
            ("2024-03-21", "2024-03-31", "week"),
        ),
        (
            "In mid-October, militants attacked an army convoy in northern Mali, killing 12 soldiers.",
            "en",
            ("2024-10-11", "2024-10-20", "week"),
        ),
    ],
)
def test_when_part_of_a_month_is_not_a_day(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert _span(one(text, lang, "armed_clash").date) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Earlier this week, police detained 40 protesters in Tbilisi.", "en"),
        (
            "En début de semaine, les forces de l'ordre ont interpellé une quarantaine de "
            "manifestants à Tbilissi.",
            "fr",
        ),
    ],
)
def test_when_earlier_this_week_keeps_week_precision(text: str, lang: str) -> None:
    event = one(text, lang, "arrest", published="2024-11-13")  # a Wednesday
    assert _span(event.date) == ("2024-11-11", "2024-11-13", "week")


# -- live tickers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "EN DIRECT - Guerre au Proche-Orient\n\nSamedi 9 novembre\n\n10:15 — Des frappes "
            "israéliennes ont tué douze personnes à Gaza, selon la défense civile.\n\n"
            "Dimanche 10 novembre\n\n08:05 — Le Hezbollah a tiré une trentaine de roquettes sur "
            "Haïfa ce matin, selon l'armée israélienne.",
            "fr",
        ),
        (
            "LIVE: Middle East war\n\nSaturday, November 9\n\n10:15 GMT — Israeli strikes killed "
            "12 people in Gaza, the civil defence agency said.\n\nSunday, November 10\n\n"
            "08:05 GMT — Hezbollah fired about 30 rockets at Haifa this morning, the Israeli "
            "military said.",
            "en",
        ),
    ],
)
def test_when_ticker_entries_take_their_day_heading(text: str, lang: str) -> None:
    published = "2024-11-10T09:00:00+01:00"
    assert _span(one(text, lang, "air_strike", published=published).date)[0] == "2024-11-09"
    assert _span(one(text, lang, "shelling", published=published).date)[0] == "2024-11-10"


# -- deadlines, records, offsets ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le préfet a instauré un couvre-feu jusqu'à lundi dans la commune.", "fr"),
        ("The mayor imposed a curfew until Monday after the riots.", "en"),
    ],
)
def test_when_end_of_a_measure_is_not_its_date(text: str, lang: str) -> None:
    """ "jusqu'à lundi" is when the curfew ends; it was imposed on the report day."""
    assert _span(one(text, lang, "coerce").date) == ("2024-11-10", "2024-11-10", "day")


def test_when_span_of_a_record_is_not_a_date() -> None:
    text = (
        "Vladimir Poutine est arrivé en Corée du Nord, sa première visite dans le pays depuis "
        "vingt-quatre ans."
    )
    assert _span(one(text, "fr", "consult_visit", published="2024-06-20").date) == (
        "2024-06-20",
        "2024-06-20",
        "day",
    )


def test_when_days_after_count_from_the_date_of_the_sentence() -> None:
    text = "La Cédéao avait fermé les frontières du Niger le 30 juillet, quatre jours après le coup d'État."
    event = one(text, "fr", "other_development", published="2024-02-25")
    assert _span(event.date)[0] == "2023-07-26"


# -- tense -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The foreign ministry said it would hold talks with the rebels on Tuesday in Doha.", "en"),
        ("Le ministère a annoncé qu'il rencontrerait les rebelles mardi à Doha.", "fr"),
    ],
)
def test_when_reported_plan_looks_forward(text: str, lang: str) -> None:
    """ "would hold", "rencontrerait": the future of a reported plan, the coming Tuesday."""
    assert _span(one(text, lang, "consult_meeting").date)[0] == "2024-11-12"


def test_when_present_tense_day_in_december_paper_is_next_january() -> None:
    text = "Le sommet de la Cédéao se tient le 3 janvier à Abuja."
    event = one(text, "fr", "consult_meeting", published="2024-12-20")
    assert _span(event.date)[0] == "2025-01-03"
