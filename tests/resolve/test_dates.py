"""Date expressions resolved against a publication date: Sunday 10 November 2024 unless said."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.model import EventDate
from wirewatch.resolve.dates import (
    acled_time_precision,
    byline_date,
    default_date,
    find_date_expressions,
    is_anaphor,
    parse_offset,
    resolve_date,
    shift_date,
    story_day_part,
)

SEED = Path(__file__).parents[2] / "../shared/seed/000_ef75776a84e17a15.txt"
SUNDAY = "2024-11-10"


def _resolve(expression: str, lang: str, tense: str = "past", published: str = SUNDAY) -> EventDate:
    precision = "month" if len(published) == 7 else "day"
    found = resolve_date(
        expression, published=published, published_precision=precision, lang=lang, tense=tense
    )
    assert found is not None, expression
    return found


@pytest.mark.parametrize(
    ("expression", "lang", "start", "end", "precision"),
    [
        # overnight: dated by the morning it ends, keeping the interval
        ("dans la nuit de samedi à dimanche", "fr", "2024-11-09", "2024-11-10", "day"),
        ("overnight Saturday to Sunday", "en", "2024-11-09", "2024-11-10", "day"),
        ("cette nuit", "fr", "2024-11-09", "2024-11-10", "day"),
        ("la nuit dernière", "fr", "2024-11-09", "2024-11-10", "day"),
        ("overnight", "en", "2024-11-09", "2024-11-10", "day"),
        ("last night", "en", "2024-11-09", "2024-11-10", "day"),
        ("Saturday night into Sunday", "en", "2024-11-09", "2024-11-10", "day"),
        # "Saturday night" is Saturday's evening (like "samedi soir"), not an overnight span
        ("Saturday night", "en", "2024-11-09", "2024-11-09", "day"),
        ("late on Saturday night", "en", "2024-11-09", "2024-11-09", "day"),
        # weekdays, past tense: on or before publication
        ("dimanche", "fr", "2024-11-10", "2024-11-10", "day"),
        ("on Sunday", "en", "2024-11-10", "2024-11-10", "day"),
        ("samedi", "fr", "2024-11-09", "2024-11-09", "day"),
        ("Saturday", "en", "2024-11-09", "2024-11-09", "day"),
        ("mardi dernier", "fr", "2024-11-05", "2024-11-05", "day"),
        ("last Tuesday", "en", "2024-11-05", "2024-11-05", "day"),
        ("dimanche dernier", "fr", "2024-11-03", "2024-11-03", "day"),
        # the publication day and its neighbours
        ("dans la matinée", "fr", "2024-11-10", "2024-11-10", "day"),
        ("this morning", "en", "2024-11-10", "2024-11-10", "day"),
        ("aujourd'hui", "fr", "2024-11-10", "2024-11-10", "day"),
        ("aujourd’hui", "fr", "2024-11-10", "2024-11-10", "day"),
        ("today", "en", "2024-11-10", "2024-11-10", "day"),
        ("hier", "fr", "2024-11-09", "2024-11-09", "day"),
        ("yesterday", "en", "2024-11-09", "2024-11-09", "day"),
        ("avant-hier", "fr", "2024-11-08", "2024-11-08", "day"),
        ("the day before yesterday", "en", "2024-11-08", "2024-11-08", "day"),
        ("il y a trois jours", "fr", "2024-11-07", "2024-11-07", "day"),
        ("three days ago", "en", "2024-11-07", "2024-11-07", "day"),
        # weeks, months, years
        ("ce week-end", "fr", "2024-11-09", "2024-11-10", "week"),
        ("this weekend", "en", "2024-11-09", "2024-11-10", "week"),
        ("la semaine dernière", "fr", "2024-10-28", "2024-11-03", "week"),
        ("last week", "en", "2024-10-28", "2024-11-03", "week"),
        ("le mois dernier", "fr", "2024-10-01", "2024-10-31", "month"),
        ("last month", "en", "2024-10-01", "2024-10-31", "month"),
        ("en octobre", "fr", "2024-10-01", "2024-10-31", "month"),
        ("in September", "en", "2024-09-01", "2024-09-30", "month"),
        ("en février 2022", "fr", "2022-02-01", "2022-02-28", "month"),
        ("in February 2022", "en", "2022-02-01", "2022-02-28", "month"),
        ("en 2022", "fr", "2022-01-01", "2022-12-31", "year"),
        ("in 2022", "en", "2022-01-01", "2022-12-31", "year"),
        ("l'an dernier", "fr", "2023-01-01", "2023-12-31", "year"),
        # absolute days (read by dateparser, DMY)
        ("le 10/11/2024", "fr", "2024-11-10", "2024-11-10", "day"),
        ("10/11/2024", "en", "2024-11-10", "2024-11-10", "day"),
        ("10 novembre 2024", "fr", "2024-11-10", "2024-11-10", "day"),
        ("November 10, 2024", "en", "2024-11-10", "2024-11-10", "day"),
        ("Nov. 10", "en", "2024-11-10", "2024-11-10", "day"),
        ("le 1er novembre", "fr", "2024-11-01", "2024-11-01", "day"),
        # "since": from the onset (always in the past) to publication, at the onset's precision
        ("depuis le 6 août", "fr", "2024-08-06", SUNDAY, "day"),
        ("since August 6", "en", "2024-08-06", SUNDAY, "day"),
        ("depuis février 2022", "fr", "2022-02-01", SUNDAY, "month"),
        ("depuis jeudi", "fr", "2024-11-07", SUNDAY, "day"),
        ("depuis jeudi soir", "fr", "2024-11-07", SUNDAY, "day"),
        ("since Thursday", "en", "2024-11-07", SUNDAY, "day"),
        ("since last Thursday", "en", "2024-11-07", SUNDAY, "day"),
        # ranges of days: the days in between, ending on or before publication
        ("between Friday and Sunday", "en", "2024-11-08", SUNDAY, "day"),
        ("from Friday to Sunday", "en", "2024-11-08", SUNDAY, "day"),
        ("from Wednesday night until Friday", "en", "2024-11-06", "2024-11-08", "day"),
        ("entre vendredi et dimanche", "fr", "2024-11-08", SUNDAY, "day"),
        ("du vendredi au dimanche", "fr", "2024-11-08", SUNDAY, "day"),
        ("de lundi à mercredi", "fr", "2024-11-04", "2024-11-06", "day"),
        # the last N hours / days: back from publication, in whole days
        ("ces dernières 24 heures", "fr", "2024-11-09", SUNDAY, "day"),
        ("au cours des 48 dernières heures", "fr", "2024-11-08", SUNDAY, "day"),
        ("in the past 24 hours", "en", "2024-11-09", SUNDAY, "day"),
        ("over the previous 24 hours", "en", "2024-11-09", SUNDAY, "day"),
        ("ces trois derniers jours", "fr", "2024-11-07", SUNDAY, "day"),
        ("over the past three days", "en", "2024-11-07", SUNDAY, "day"),
        # N nights of unrest: night one starts N days before the publication morning
        ("trois nuits d'émeutes", "fr", "2024-11-07", SUNDAY, "day"),
        ("pour la quatrième nuit consécutive", "fr", "2024-11-06", SUNDAY, "day"),
        ("three nights of rioting", "en", "2024-11-07", SUNDAY, "day"),
        ("for a fifth straight night", "en", "2024-11-05", SUNDAY, "day"),
    ],
)
def test_dates_resolve_against_publication(
    expression: str, lang: str, start: str, end: str, precision: str
) -> None:
    found = _resolve(expression, lang)
    assert (found.start, found.end, found.precision) == (start, end, precision)
    assert found.surface == expression


@pytest.mark.parametrize(
    ("expression", "lang", "tense", "day"),
    [
        ("le 20 janvier", "fr", "future", "2025-01-20"),
        ("le 20 janvier", "fr", "past", "2024-01-20"),
        ("January 20", "en", "future", "2025-01-20"),
        ("January 20", "en", "past", "2024-01-20"),
        ("le 6 août", "fr", "future", "2025-08-06"),
        ("le 6 août", "fr", "past", "2024-08-06"),
        ("le 15 novembre", "fr", "future", "2024-11-15"),
        ("le 15 novembre", "fr", "past", "2023-11-15"),
        ("depuis le 6 août", "fr", "future", "2024-08-06"),
        ("jeudi", "fr", "future", "2024-11-14"),
        ("Thursday", "en", "future", "2024-11-14"),
        ("jeudi", "fr", "past", "2024-11-07"),
        ("vendredi prochain", "fr", "past", "2024-11-15"),
        ("next Friday", "en", "past", "2024-11-15"),
    ],
)
def test_dates_tense_chooses_the_year_or_week(
    expression: str, lang: str, tense: str, day: str
) -> None:
    found = _resolve(expression, lang, tense)
    assert (found.start, found.end, found.precision) == (day, day, "day")


def test_dates_month_takes_the_year_of_its_tense() -> None:
    assert _resolve("en mars", "fr", "future").start == "2025-03-01"
    assert _resolve("in March", "en", "past").start == "2024-03-01"


def test_dates_saturday_published_on_sunday_is_the_day_before() -> None:
    assert _resolve("samedi", "fr", published="2024-11-10").start == "2024-11-09"


@pytest.mark.parametrize(
    ("expression", "lang"),
    [
        ("dimanche", "fr"),
        ("on Sunday", "en"),
        ("dans la nuit de samedi à dimanche", "fr"),
        ("overnight", "en"),
        ("hier", "fr"),
        ("la semaine dernière", "fr"),
        ("il y a trois jours", "fr"),
    ],
)
def test_dates_month_only_publication_cannot_pin_a_day(expression: str, lang: str) -> None:
    found = _resolve(expression, lang, published="2024-11")
    assert (found.start, found.end, found.precision) == ("2024-11-01", "2024-11-30", "month")


def test_dates_month_only_publication_still_reads_written_days() -> None:
    found = _resolve("le 20 janvier", "fr", "future", published="2024-11")
    assert (found.start, found.precision) == ("2025-01-20", "day")
    assert _resolve("le 6 août", "fr", published="2024-11").start == "2024-08-06"
    assert _resolve("le mois dernier", "fr", published="2024-11").start == "2024-10-01"


def test_dates_datetime_publication_uses_its_calendar_day() -> None:
    found = resolve_date(
        "hier",
        published="2024-11-10T08:30:00+00:00",
        published_precision="datetime",
        lang="fr",
    )
    assert found is not None and found.start == "2024-11-09"


def test_dates_without_publication_only_absolute_dates_resolve() -> None:
    assert resolve_date("hier", published=None, published_precision=None, lang="fr") is None
    assert (
        resolve_date("le 20 janvier", published=None, published_precision=None, lang="fr") is None
    )
    found = resolve_date("10 novembre 2024", published=None, published_precision=None, lang="fr")
    assert found is not None and found.start == "2024-11-10"


def test_dates_default_date_follows_publication_precision() -> None:
    assert default_date("2024-11", "month") == EventDate("2024-11-01", "2024-11-30", "month")
    assert default_date("2024-11-10", "day") == EventDate("2024-11-10", "2024-11-10", "day")
    assert default_date("2024-11-10T08:30:00+00:00", "datetime") == EventDate(
        "2024-11-10", "2024-11-10", "day"
    )
    assert default_date(None, None) is None


@pytest.mark.parametrize(
    ("surface", "lang", "days"),
    [
        ("quatre jours après", "fr", -4),
        ("four days after", "en", -4),
        ("trois jours plus tard", "fr", -3),
        ("two days earlier", "en", 2),
        ("deux semaines avant", "fr", 14),
        ("le lendemain", "fr", -1),
        ("la veille", "fr", 1),
        ("the next day", "en", -1),
        ("hier", "fr", None),
    ],
)
def test_dates_parse_offset_dates_the_other_event(
    surface: str, lang: str, days: int | None
) -> None:
    assert parse_offset(surface, lang) == days


def test_dates_offset_from_another_event_is_anchored_by_the_engine() -> None:
    # "This raid came four days after a strike on the capital": the raid is dated,
    # the strike is four days earlier.
    raid = _resolve("dimanche", "fr")
    assert (
        resolve_date("quatre jours après", published=SUNDAY, published_precision="day", lang="fr")
        is None
    )
    offset = parse_offset("quatre jours après", "fr")
    assert offset is not None
    strike = shift_date(raid, offset)
    assert (strike.start, strike.end, strike.precision) == ("2024-11-06", "2024-11-06", "day")


def test_dates_find_expressions_french() -> None:
    text = (
        "Dans la nuit de samedi à dimanche, des drones ont visé la ville. Le président, élu "
        "mardi dernier, prendra ses fonctions le 20 janvier. L'offensive, lancée le 6 août, "
        "dure depuis un mois; les combats ont repris quatre jours après, en 2022 déjà."
    )
    found = find_date_expressions(text, "fr")
    assert [surface for _, _, surface in found] == [
        "Dans la nuit de samedi à dimanche",
        "mardi dernier",
        "le 20 janvier",
        "le 6 août",
        "depuis un mois",
        "quatre jours après",
        "en 2022",
    ]
    assert all(text[start:end] == surface for start, end, surface in found)


def test_dates_find_expressions_english() -> None:
    text = (
        "Overnight Saturday to Sunday, drones struck the city. The president, elected last "
        "Tuesday, takes office on January 20. The raid came four days after a strike, and "
        "fighting has raged since August 6. Officials may meet in March."
    )
    found = find_date_expressions(text, "en")
    assert [surface for _, _, surface in found] == [
        "Overnight Saturday to Sunday",
        "last Tuesday",
        "on January 20",
        "four days after",
        "since August 6",
        "in March",
    ]


def test_dates_find_ignores_lower_case_may_and_numbers() -> None:
    assert find_date_expressions("Officials may march on 34 drones.", "en") == []
    assert find_date_expressions("Il a abattu 34 drones dans deux régions.", "fr") == []


def test_dates_seed_dispatch_expressions() -> None:
    if not SEED.exists():
        pytest.skip("seed dispatch not available (../shared/seed)")
    text = SEED.read_text(encoding="utf-8")
    surfaces = [s for _, _, s in find_date_expressions(text, "fr")]
    for expected in [
        "dans la nuit de samedi à dimanche",
        "mardi dernier",
        "le 20 janvier",
        "dans la matinée",
        "quatre jours après",
        "le 6 août",
        "depuis février 2022",
    ]:
        assert expected in surfaces
    # The seed is dated "2024-11": a month-only publication date.
    night = resolve_date(
        "dans la nuit de samedi à dimanche",
        published="2024-11",
        published_precision="month",
        lang="fr",
    )
    assert night is not None and night.precision == "month"


@pytest.mark.parametrize(
    ("expression", "code"),
    [
        ("hier", 1),
        ("ce week-end", 2),
        ("la semaine dernière", 2),
        ("le mois dernier", 3),
        ("en 2022", 3),
    ],
)
def test_dates_acled_time_precision(expression: str, code: int) -> None:
    assert acled_time_precision(_resolve(expression, "fr")) == code
    assert acled_time_precision(None) == 3


@pytest.mark.parametrize(
    ("expression", "lang", "start", "end"),
    [
        ("mi-octobre", "fr", "2024-10-11", "2024-10-20"),
        ("in mid-October", "en", "2024-10-11", "2024-10-20"),
        ("début novembre", "fr", "2024-11-01", "2024-11-10"),
        ("fin août", "fr", "2024-08-21", "2024-08-31"),
        ("à la fin du mois de février", "fr", "2024-02-21", "2024-02-29"),
        ("late September", "en", "2024-09-21", "2024-09-30"),
        ("at the beginning of March 2023", "en", "2023-03-01", "2023-03-10"),
    ],
)
def test_dates_parts_of_a_month_are_a_third_of_it_at_week_precision(
    expression: str, lang: str, start: str, end: str
) -> None:
    """A part of a month names ten days or so, not the day: ACLED's week-or-few-days precision."""
    found = _resolve(expression, lang)
    assert (found.start, found.end, found.precision) == (start, end, "week")


@pytest.mark.parametrize(("expression", "lang"), [("courant mars", "fr"), ("during March", "en")])
def test_dates_during_a_month_is_the_whole_month(expression: str, lang: str) -> None:
    found = _resolve(expression, lang)
    assert (found.start, found.end, found.precision) == ("2024-03-01", "2024-03-31", "month")


@pytest.mark.parametrize(
    ("expression", "lang", "published", "day"),
    [
        ("le mardi 7 mars", "fr", "2023-03-01", "2023-03-07"),
        ("ce samedi 4 janvier", "fr", "2024-12-30", "2025-01-04"),
        ("on Tuesday, March 7", "en", "2023-03-01", "2023-03-07"),
        ("Friday 29 December", "en", "2024-01-02", "2023-12-29"),
    ],
)
def test_dates_weekday_named_with_the_day_settles_the_year(
    expression: str, lang: str, published: str, day: str
) -> None:
    """The weekday says which year: a strike called for "le mardi 7 mars" in a paper of 1 March
    is six days ahead, whatever the tense of the verb."""
    found = _resolve(expression, lang, published=published)
    assert (found.start, found.end) == (day, day)


@pytest.mark.parametrize(
    ("expression", "lang", "published", "day"),
    [
        ("le 3 janvier", "fr", "2024-12-20", "2025-01-03"),
        ("on Jan. 3", "en", "2024-12-20", "2025-01-03"),
        ("le 16 février", "fr", "2023-03-01", "2023-02-16"),
        ("on 28 December", "en", "2025-01-04", "2024-12-28"),
    ],
)
def test_dates_day_and_month_in_the_present_tense_is_the_nearest(
    expression: str, lang: str, published: str, day: str
) -> None:
    """ "Le sommet s'ouvre le 3 janvier" in a December paper: the coming January (year rollover)."""
    assert _resolve(expression, lang, tense="present", published=published).start == day


@pytest.mark.parametrize(
    ("expression", "lang", "start", "end"),
    [
        # published Wednesday 2024-11-13
        ("en début de semaine", "fr", "2024-11-11", "2024-11-13"),
        ("earlier this week", "en", "2024-11-11", "2024-11-13"),
        ("plus tôt cette semaine", "fr", "2024-11-11", "2024-11-13"),
        ("en fin de semaine dernière", "fr", "2024-11-07", "2024-11-10"),
        ("at the end of last week", "en", "2024-11-07", "2024-11-10"),
    ],
)
def test_dates_parts_of_a_week_keep_week_precision(
    expression: str, lang: str, start: str, end: str
) -> None:
    found = _resolve(expression, lang, published="2024-11-13")
    assert (found.start, found.end, found.precision) == (start, end, "week")


def test_dates_later_this_week_looks_forward_from_publication() -> None:
    found = _resolve("later this week", "en", tense="future", published="2024-11-13")
    assert (found.start, found.end, found.precision) == ("2024-11-13", "2024-11-17", "week")


@pytest.mark.parametrize(
    ("expression", "lang", "day"),
    [
        ("mardi à l'aube", "fr", "2024-11-05"),
        ("samedi dans la soirée", "fr", "2024-11-09"),
        ("on Friday in the evening", "en", "2024-11-08"),
        ("Thursday before dawn", "en", "2024-11-07"),
    ],
)
def test_dates_weekday_with_a_part_of_the_day_is_one_expression(
    expression: str, lang: str, day: str
) -> None:
    assert find_date_expressions(expression, lang) == [(0, len(expression), expression)]
    assert _resolve(expression, lang).start == day


@pytest.mark.parametrize(
    ("expression", "lang"),
    [
        ("dans la soirée", "fr"),
        ("en fin de journée", "fr"),
        ("in the evening", "en"),
        ("later that day", "en"),
    ],
)
def test_dates_story_day_parts_resolve_to_publication_alone(expression: str, lang: str) -> None:
    """Alone they are the publication day; the engine anchors them on the story's day."""
    assert story_day_part(expression, lang)
    assert _resolve(expression, lang).start == SUNDAY
    assert not story_day_part("ce soir", "fr")
    assert not story_day_part("this evening", "en")


@pytest.mark.parametrize(
    ("sentence", "lang", "surface"),
    [
        ("Deux hommes ont été interpellés dans la foulée.", "fr", "dans la foulée"),
        ("Quelques heures plus tard, la police a chargé.", "fr", "Quelques heures plus tard"),
        ("Hours later, the army said it had retaken the town.", "en", "Hours later"),
        ("Police arrested two men shortly afterwards.", "en", "shortly afterwards"),
    ],
)
def test_dates_anaphors_are_found_but_not_resolved_alone(
    sentence: str, lang: str, surface: str
) -> None:
    found = [s for _, _, s in find_date_expressions(sentence, lang)]
    assert found == [surface]
    assert is_anaphor(surface, lang)
    assert resolve_date(surface, published=SUNDAY, published_precision="day", lang=lang) is None


@pytest.mark.parametrize(
    ("expression", "lang", "tense", "start", "end"),
    [
        ("du 11 au 14 décembre", "fr", "future", "2024-12-11", "2024-12-14"),
        ("les 2 et 3 novembre", "fr", "past", "2024-11-02", "2024-11-03"),
        ("entre le 28 octobre et le 2 novembre", "fr", "past", "2024-10-28", "2024-11-02"),
        ("du 30 octobre au 2 novembre", "fr", "past", "2024-10-30", "2024-11-02"),
        ("1er-3 novembre", "fr", "past", "2024-11-01", "2024-11-03"),
        ("from Dec. 11 to 14", "en", "future", "2024-12-11", "2024-12-14"),
        ("Nov. 4-6", "en", "past", "2024-11-04", "2024-11-06"),
        ("between 4 and 6 November", "en", "past", "2024-11-04", "2024-11-06"),
        ("on 2 and 3 November", "en", "past", "2024-11-02", "2024-11-03"),
        ("between Oct. 30 and Nov. 2", "en", "past", "2024-10-30", "2024-11-02"),
    ],
)
def test_dates_a_range_of_days_is_the_days_in_between(
    expression: str, lang: str, tense: str, start: str, end: str
) -> None:
    """A strike "du 11 au 14 décembre" lasts four days: the first day is not dropped."""
    assert find_date_expressions(expression, lang) == [(0, len(expression), expression)]
    found = _resolve(expression, lang, tense=tense)
    assert (found.start, found.end, found.precision) == (start, end, "day")


def test_dates_a_day_and_a_count_are_not_a_range() -> None:
    """ "Nov. 3 and 14 people" is a day and a number, not 3 to 14 November."""
    assert [s for _, _, s in find_date_expressions("on Nov. 3 and 14 people died", "en")] == [
        "on Nov. 3"
    ]


@pytest.mark.parametrize(
    ("expression", "lang", "day"),
    [
        # Quebec and Belgian usages
        ("mercredi en après-midi", "fr", "2024-11-06"),
        ("jeudi en avant-midi", "fr", "2024-11-07"),
        ("hier en soirée", "fr", "2024-11-09"),
        ("hier après-midi", "fr", "2024-11-09"),
        ("jeudi passé", "fr", "2024-11-07"),
        ("ce midi", "fr", "2024-11-10"),
        # a weekday of the week before or after the publication week
        ("le jeudi de la semaine dernière", "fr", "2024-10-31"),
        ("mardi de la semaine prochaine", "fr", "2024-11-12"),
        ("on Thursday last week", "en", "2024-10-31"),
        ("Monday of next week", "en", "2024-11-11"),
    ],
)
def test_dates_regional_parts_of_day_and_weekdays_of_another_week(
    expression: str, lang: str, day: str
) -> None:
    assert find_date_expressions(expression, lang) == [(0, len(expression), expression)]
    assert _resolve(expression, lang).start == day


# -- round 5: the ways US, UK and French papers write a day (published Wednesday 13 November) ---

WEDNESDAY = "2024-11-13"


@pytest.mark.parametrize(
    ("expression", "lang", "start", "end"),
    [
        # a part of the day that names its day is that day, not the report's
        ("dans la soirée de lundi", "fr", "2024-11-11", "2024-11-11"),
        ("dans la matinée de mardi", "fr", "2024-11-12", "2024-11-12"),
        ("dans l'après-midi de ce mardi", "fr", "2024-11-12", "2024-11-12"),
        ("tard dans la soirée de dimanche", "fr", "2024-11-10", "2024-11-10"),
        ("au matin du 12 novembre", "fr", "2024-11-12", "2024-11-12"),
        ("dans la journée du 8 novembre", "fr", "2024-11-08", "2024-11-08"),
        ("before dawn on Tuesday", "en", "2024-11-12", "2024-11-12"),
        ("in the early hours of Monday", "en", "2024-11-11", "2024-11-11"),
        ("late in the evening on Sunday", "en", "2024-11-10", "2024-11-10"),
        ("on the morning of Nov. 8", "en", "2024-11-08", "2024-11-08"),
        ("in the small hours of 12 November", "en", "2024-11-12", "2024-11-12"),
        # a night written with its dates ends on the second one
        ("dans la nuit du 10 au 11 novembre", "fr", "2024-11-10", "2024-11-11"),
        ("dans la nuit du samedi 9 au dimanche 10 novembre", "fr", "2024-11-09", "2024-11-10"),
        ("pendant la nuit du 11 novembre", "fr", "2024-11-11", "2024-11-12"),
        # two weekdays joined: both and the days between
        ("samedi et dimanche", "fr", "2024-11-09", "2024-11-10"),
        ("on Monday and Tuesday", "en", "2024-11-11", "2024-11-12"),
        # a day of the month the report is in
        ("le 9 courant", "fr", "2024-11-09", "2024-11-09"),
        ("le 20 courant", "fr", "2024-11-20", "2024-11-20"),
        ("le 4 de ce mois", "fr", "2024-11-04", "2024-11-04"),
        ("on the 9th", "en", "2024-11-09", "2024-11-09"),
        ("on the 20th", "en", "2024-10-20", "2024-10-20"),
        ("on the 2nd of this month", "en", "2024-11-02", "2024-11-02"),
    ],
)
def test_dates_parts_of_named_days_nights_by_date_and_days_of_the_month(
    expression: str, lang: str, start: str, end: str
) -> None:
    found = _resolve(expression, lang, published=WEDNESDAY)
    assert (found.start, found.end, found.precision) == (start, end, "day")


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        (
            "Des drones ont visé la ville dans la soirée de lundi, selon le maire.",
            "fr",
            "dans la soirée de lundi",
        ),
        (
            "Kiev a été frappée dans la nuit du 10 au 11 novembre.",
            "fr",
            "dans la nuit du 10 au 11 novembre",
        ),
        ("Le sommet, organisé samedi et dimanche, a réuni 40 pays.", "fr", "samedi et dimanche"),
        ("Gunmen raided the village before dawn on Tuesday.", "en", "before dawn on Tuesday"),
        ("The shop was looted on the 9th, police said.", "en", "on the 9th"),
    ],
)
def test_dates_the_whole_expression_is_found_as_one(text: str, lang: str, surface: str) -> None:
    """One expression, not a vague part of a day next to a weekday: the vague part alone would
    be read as the report's day."""
    assert surface in [found[2] for found in find_date_expressions(text, lang)]


@pytest.mark.parametrize(
    "text",
    [
        "The 9th Brigade said it had repelled the assault.",
        "Fighters of the 47th Mechanised Brigade held the line.",
        "The church, built in the 20th century, was hit.",
        "They met on the 9th floor of the ministry.",
    ],
)
def test_dates_an_ordinal_that_numbers_a_unit_is_no_day(text: str) -> None:
    assert find_date_expressions(text, "en") == []


def test_dates_a_bare_day_of_the_month_looks_ahead_in_a_future_report() -> None:
    """ "will vote on the 5th" in a report of the 13th: the coming month's 5th; "le 20 courant"
    stays in this month whatever the tense."""
    assert _resolve("on the 5th", "en", tense="future", published=WEDNESDAY).start == "2024-12-05"
    assert (
        _resolve("le 20 courant", "fr", tense="future", published=WEDNESDAY).start == "2024-11-20"
    )


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Par notre envoyé spécial à Kiev – Mardi 12 novembre 2024\n\nLa ville a été visée.",
            "fr",
            "2024-11-12",
        ),
        (
            "Publié le 3 mars 2025 à 07h12\n\nLes agriculteurs ont bloqué l'autoroute.",
            "fr",
            "2025-03-03",
        ),
        (
            "Odessa (Ukraine), 12 nov. 2024 (AFP) - Des drones ont frappé le port lundi soir, selon le gouverneur, qui a fait état de deux morts.",
            "fr",
            "2024-11-12",
        ),
        (
            "Home / World\n\nPublished January 31, 2025 8:12 AM | Updated 10:40 AM\n\nFrance left.",
            "en",
            "2025-01-31",
        ),
        ("Updated 4 June 2024, 18:05 BST\n\nPolice cleared the camp.", "en", "2024-06-04"),
    ],
)
def test_dates_a_byline_or_dateline_gives_the_publication_day(
    text: str, lang: str, day: str
) -> None:
    found = byline_date(text, lang)
    assert found is not None
    assert (found.start, found.end) == (day, day)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a year-less dateline cannot say which year
        (
            "KYIV, Nov 12 (Reuters) - Russian drones struck Odesa overnight, the governor said.",
            "en",
        ),
        # a date in the body is an event's, not the paper's
        (
            "Le 7 octobre 2023, le Hamas a lancé une attaque contre le sud d'Israël, tuant plus de "
            "1 200 personnes selon les autorités israéliennes, et enlevant 251 otages.",
            "fr",
        ),
    ],
)
def test_dates_no_publication_day_from_a_body_date_or_a_yearless_dateline(
    text: str, lang: str
) -> None:
    assert byline_date(text, lang) is None


@pytest.mark.parametrize(
    ("expression", "lang", "start", "end", "precision"),
    [
        # US wires: "overnight Monday" is Monday night into Tuesday
        ("overnight Monday", "en", "2024-11-11", "2024-11-12", "day"),
        ("on the night of Monday", "en", "2024-11-11", "2024-11-12", "day"),
        ("overnight into Tuesday", "en", "2024-11-11", "2024-11-12", "day"),
        ("during the night into Tuesday", "en", "2024-11-11", "2024-11-12", "day"),
        # a past report on Wednesday: the end of the week gone by, not the days to come
        ("en fin de semaine", "fr", "2024-11-07", "2024-11-10", "week"),
    ],
)
def test_dates_overnight_with_a_weekday_and_the_end_of_a_week_gone_by(
    expression: str, lang: str, start: str, end: str, precision: str
) -> None:
    found = _resolve(expression, lang, published=WEDNESDAY)
    assert (found.start, found.end, found.precision) == (start, end, precision)


def test_dates_the_end_of_this_week_in_a_future_report_is_still_to_come() -> None:
    found = _resolve("en fin de semaine", "fr", tense="future", published=WEDNESDAY)
    assert (found.start, found.end) == ("2024-11-14", "2024-11-17")


# -- round 7: abbreviated weekdays, a weekday with its day number, remembered dateparser reads --


@pytest.mark.parametrize(
    ("text", "lang", "surface", "start"),
    [
        ("Officials met in Riyadh on Tues. to discuss the truce.", "en", "on Tues.", "2024-11-12"),
        ("The vote was held Thurs. after a week of delays.", "en", "Thurs.", "2024-11-07"),
        (
            "Rebels shelled the town on Saturday the 2nd, officials said.",
            "en",
            "on Saturday the 2nd",
            "2024-11-02",
        ),
        (
            "Des affrontements ont éclaté samedi 2 entre l'armée et les rebelles.",
            "fr",
            "samedi 2",
            "2024-11-02",
        ),
        (
            "La manifestation a dégénéré dimanche 10 au soir devant la préfecture.",
            "fr",
            "dimanche 10 au soir",
            "2024-11-10",
        ),
    ],
)
def test_dates_weekdays_as_papers_abbreviate_or_number_them(
    text: str, lang: str, surface: str, start: str
) -> None:
    found = [f[2] for f in find_date_expressions(text, lang)]
    assert surface in found
    resolved = _resolve(surface, lang, published=WEDNESDAY)
    assert (resolved.start, resolved.end, resolved.precision) == (start, start, "day")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The couple wed. Nobody else sat. The sun. ", "en"),
        ("Samedi 3 personnes ont été blessées et lundi 8 h la route a rouvert.", "fr"),
    ],
)
def test_dates_no_weekday_from_a_verb_a_count_or_an_hour(text: str, lang: str) -> None:
    """Lower-case "wed." is a verb; "samedi 3 personnes" counts people (Saturday stays a day)."""
    found = [f[2].lower() for f in find_date_expressions(text, lang)]
    assert not any(ch.isdigit() for s in found for ch in s), found
    assert all(s in {"samedi", "lundi"} for s in found), found


def test_dates_a_numbered_weekday_picks_its_month_and_looks_ahead_in_the_future() -> None:
    assert _resolve("samedi 2", "fr", published=WEDNESDAY).start == "2024-11-02"
    assert _resolve("lundi 18", "fr", tense="future", published=WEDNESDAY).start == "2024-11-18"
    # no Saturday the 4th within two months of 13 November 2024: the weekday alone
    assert _resolve("samedi 4", "fr", published=WEDNESDAY).start == "2024-11-09"


def test_dates_a_numbered_night_keeps_its_two_days() -> None:
    found = _resolve("dans la nuit de samedi 9 à dimanche 10", "fr", published=WEDNESDAY)
    assert (found.start, found.end, found.precision) == ("2024-11-09", "2024-11-10", "day")


def test_dates_a_written_day_reads_the_same_whatever_the_publication_day() -> None:
    """The month and day of "10 novembre" are read once per language and remembered; the year
    still follows each publication day and the tense."""
    first = _resolve("le 10 novembre", "fr", published="2024-11-13")
    again = _resolve("le 10 novembre", "fr", published="2025-01-05")
    ahead = _resolve("le 10 novembre", "fr", tense="future", published="2025-01-05")
    assert (first.start, again.start, ahead.start) == ("2024-11-10", "2024-11-10", "2025-11-10")
    leap = _resolve("le 29 février", "fr", published="2024-03-05")
    assert leap.start == "2024-02-29"


@pytest.mark.parametrize(
    ("expression", "start", "end"),
    [
        ("on the night of Nov. 9", "2024-11-09", "2024-11-10"),
        ("during the night of 9 November", "2024-11-09", "2024-11-10"),
        ("On the night of Monday, Nov. 11", "2024-11-11", "2024-11-12"),
    ],
)
def test_dates_an_english_night_written_with_its_date_ends_the_next_morning(
    expression: str, start: str, end: str
) -> None:
    found = _resolve(expression, "en", published=WEDNESDAY)
    assert (found.start, found.end, found.precision) == (start, end, "day")


@pytest.mark.parametrize(
    ("surface", "lang"),
    [
        ("That night", "en"),
        ("that same night", "en"),
        ("Ce soir-là", "fr"),
        ("le soir même", "fr"),
        ("cette nuit-là", "fr"),
    ],
)
def test_dates_that_night_is_a_part_of_the_story_day(surface: str, lang: str) -> None:
    """ "That night", "ce soir-là" point back to the day told before, not to the report's night."""
    found = [f[2] for f in find_date_expressions(f"{surface}, the crowd gathered.", lang)]
    assert found == [surface]
    assert story_day_part(surface, lang)
    assert not story_day_part("cette nuit", "fr")  # deictic: the night before the report


@pytest.mark.parametrize(
    ("expression", "lang", "start", "end"),
    [
        ("earlier this month", "en", "2024-11-01", "2024-11-13"),
        ("plus tôt ce mois-ci", "fr", "2024-11-01", "2024-11-13"),
        ("later this month", "en", "2024-11-13", "2024-11-30"),
        ("plus tard dans le mois", "fr", "2024-11-13", "2024-11-30"),
    ],
)
def test_dates_earlier_this_month_runs_up_to_the_report(
    expression: str, lang: str, start: str, end: str
) -> None:
    """A past act "earlier this month" cannot fall after the paper: the month up to it."""
    found = _resolve(expression, lang, published=WEDNESDAY)
    assert (found.start, found.end, found.precision) == (start, end, "month")


@pytest.mark.parametrize(
    ("expression", "lang", "day"),
    [
        ("à l'aube mardi", "fr", "2024-11-12"),
        ("au petit matin lundi", "fr", "2024-11-11"),
        ("en fin de journée vendredi", "fr", "2024-11-08"),
        ("aux premières heures de dimanche", "fr", "2024-11-10"),
        ("at dawn Tuesday", "en", "2024-11-12"),
        ("in the small hours Monday", "en", "2024-11-11"),
        ("at first light on Sunday", "en", "2024-11-10"),
    ],
)
def test_dates_part_of_day_before_its_weekday_is_that_weekday(
    expression: str, lang: str, day: str
) -> None:
    """ "à l'aube mardi", "at dawn Tuesday": one expression, the weekday's day, not the report's."""
    assert [f[2] for f in find_date_expressions(f"Ils ont frappé {expression}.", lang)] == [
        expression
    ]
    found = _resolve(expression, lang, published=WEDNESDAY)
    assert (found.start, found.end, found.precision) == (day, day, "day")


@pytest.mark.parametrize(
    ("expression", "lang", "start", "end"),
    [
        ("in the last week of October", "en", "2024-10-25", "2024-10-31"),
        ("the first week of November", "en", "2024-11-01", "2024-11-07"),
        ("the second week of March 2023", "en", "2023-03-08", "2023-03-14"),
        ("la dernière semaine de février", "fr", "2024-02-23", "2024-02-29"),
        ("la première semaine d'octobre", "fr", "2024-10-01", "2024-10-07"),
    ],
)
def test_dates_week_of_a_month_is_that_stretch_of_seven_days(
    expression: str, lang: str, start: str, end: str
) -> None:
    """ "The last week of October" is not "last week": seven days of that month, precision week."""
    found = _resolve(expression, lang, published=WEDNESDAY)
    assert (found.start, found.end, found.precision) == (start, end, "week")


def test_dates_bare_first_of_the_month_closing_its_phrase() -> None:
    """ "ont pris la ville le 1er." is the first of the month; "le 1er tour" is no date."""
    found = _resolve("le 1er", "fr", published=WEDNESDAY)
    assert (found.start, found.precision) == ("2024-11-01", "day")
    assert find_date_expressions("Il a remporté le 1er tour de la présidentielle.", "fr") == []


@pytest.mark.parametrize(
    ("surface", "lang", "days"),
    [
        ("The next morning", "en", -1),
        ("the following night", "en", -1),
        ("the night before", "en", 1),
        ("the previous evening", "en", 1),
        ("Le jour suivant", "fr", -1),
        ("la nuit suivante", "fr", -1),
        ("la veille au soir", "fr", 1),
    ],
)
def test_dates_offset_phrases_of_a_part_of_day(surface: str, lang: str, days: int) -> None:
    """Offsets naming a part of the next or previous day count whole days, as "le lendemain"."""
    assert parse_offset(surface, lang) == days


@pytest.mark.parametrize(
    ("expression", "lang", "start", "end"),
    [
        ("on Christmas Eve", "en", "2024-12-24", "2024-12-24"),
        ("on New Year's Day", "en", "2025-01-01", "2025-01-01"),
        ("à la Saint-Sylvestre", "fr", "2024-12-31", "2024-12-31"),
        ("le jour de Noël", "fr", "2024-12-25", "2024-12-25"),
        ("dans la nuit de la Saint-Sylvestre", "fr", "2024-12-31", "2025-01-01"),
        ("dans la nuit de Noël", "fr", "2024-12-24", "2024-12-25"),
    ],
)
def test_dates_holidays_are_fixed_days_of_the_year_before(
    expression: str, lang: str, start: str, end: str
) -> None:
    """Told in January, a past holiday is December's; a holiday night is dated by its morning."""
    found = _resolve(expression, lang, published="2025-01-08")
    assert (found.start, found.end, found.precision) == (start, end, "day")


def test_dates_a_first_name_noel_is_no_holiday() -> None:
    """Only a preposition or an article makes "Noël" the holiday."""
    assert (
        find_date_expressions("Noël Le Graët a quitté la présidence de la fédération.", "fr") == []
    )


@pytest.mark.parametrize(
    ("expression", "lang"), [("depuis le week-end", "fr"), ("since the weekend", "en")]
)
def test_dates_since_the_weekend_runs_to_the_report(expression: str, lang: str) -> None:
    """An onset at the weekend gone by: from its Saturday to the report's day."""
    found = _resolve(expression, lang, published=WEDNESDAY)
    assert (found.start, found.end) == ("2024-11-09", "2024-11-13")
