"""WHEN: which date the engine gives an event, on sentences written for these tests.

Each test is one kind of construction, in French and English: background events dated by their
own anchor, report-verb days, the content of a verbal act, parts of a day, anaphors ("dans la
foulée"), parts of a month or a week, live-ticker day headings, deadlines, spans of a record,
offsets from another event, future and present tenses.
"""

from __future__ import annotations

import pytest
from extracting import one

from wirewatch.extract.places_dates import covering_span
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


def test_when_call_for_an_act_on_a_day_is_made_on_the_report_day() -> None:
    """The day inside the call is the day asked for; the call itself is the report day. (A call
    to strike or march is no longer an event of its own: it announces the strike.)"""
    text = "Le président ukrainien appelle les Occidentaux à se réunir le mardi 7 mars à Bruxelles."
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


# -- round 4: anaphoric days, stamped entries, requests, framing clauses, onsets, spans ---------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le Kremlin avait fixé ses conditions dès vendredi. Lors d'un discours à Moscou, "
            "Vladimir Poutine a exigé le retrait des troupes ukrainiennes. Volodymyr Zelensky a "
            "rejeté le jour même cet ultimatum.",
            "fr",
        ),
        (
            "Moscow had set out its terms as early as Friday, in a speech to diplomats. "
            "Ukraine's president rejected the demands that very day.",
            "en",
        ),
    ],
)
def test_when_same_day_anaphor_takes_the_day_named_before(text: str, lang: str) -> None:
    """ "le jour même", "that very day": the day named last, even after "dès" ("as early as")."""
    event = one(text, lang, "reject", published="2024-06-17")
    assert _span(event.date) == ("2024-06-14", "2024-06-14", "day")


def test_when_from_that_date_takes_the_day_announced_before() -> None:
    """ "à partir de cette date": the day named before, in the tense of its own verb (the
    coming 7 March, not last year's)."""
    text = (
        "Le Sénat examinera le texte le 7 mars. Les cheminots ont déposé des préavis de grève "
        "reconductible à partir de cette date."
    )
    event = one(text, "fr", "labour_strike", published="2023-03-01")
    assert _span(event.date) == ("2023-03-07", "2023-03-07", "day")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "EN DIRECT - Tempête sur le Var\n\nJeudi 14 novembre 2024 - toutes les heures sont à "
            "Paris - la page est mise à jour\n\n08h05 - Bonjour. Nous suivons les suites des "
            "inondations de mardi dans le Var.\n\n09h40 - Les pompiers ont évacué 200 habitants "
            "d'un camping de Fréjus, selon la préfecture.\n\n10h15 - La préfecture annonce un "
            "nouveau bilan.",
            "fr",
        ),
        (
            "LIVE: Storm hits southern France\n\nThursday 14 November 2024 - all times CET\n\n"
            "08:05 - Good morning. We are following the aftermath of Tuesday's floods in the Var."
            "\n\n09:40 - Firefighters have evacuated 200 residents from a campsite near Frejus, "
            "the prefecture says.\n\n10:15 - More updates soon.",
            "en",
        ),
    ],
)
def test_when_stamped_ticker_entry_is_the_page_day_not_the_lead_day(text: str, lang: str) -> None:
    """An undated entry at "09:40" tells what is new that morning, not Tuesday's story."""
    event = one(text, lang, "other_development", published="2024-11-14")
    assert _span(event.date) == ("2024-11-14", "2024-11-14", "day")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Security Council will meet on Thursday at the request of France.", "en"),
        ("Le Conseil de sécurité se réunira jeudi à la demande de la France.", "fr"),
    ],
)
def test_when_request_behind_a_coming_meeting_is_not_dated_by_it(text: str, lang: str) -> None:
    """The request was made before the meeting it asks for: the report day, not Thursday."""
    event = one(text, lang, "demand", published="2023-09-20")
    assert _span(event.date) == ("2023-09-20", "2023-09-20", "day")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Speaking outside Downing Street on Sunday evening, the prime minister condemned the violence.",
            "en",
        ),
        ("S'exprimant dimanche soir depuis l'Élysée, le président a condamné ces violences.", "fr"),
    ],
)
def test_when_framing_clause_before_a_verbal_act_dates_it(text: str, lang: str) -> None:
    """A participial clause before the verb frames the act; it is not what is said."""
    event = one(text, lang, "condemn", published="2024-08-05")
    assert _span(event.date) == ("2024-08-04", "2024-08-04", "day")


@pytest.mark.parametrize(
    ("text", "lang", "code", "expected"),
    [
        (
            "Les troupes ukrainiennes ont pris le contrôle de 74 localités depuis le début de "
            "leur offensive, le 6 août.",
            "fr",
            "territory_captured",
            ("2024-08-06", "2024-08-14", "day"),
        ),
        (
            "Les paramilitaires ont pillé maisons et commerces depuis leur entrée dans la ville "
            "en décembre.",
            "fr",
            "property_destruction",
            ("2023-12-01", "2024-08-14", "month"),
        ),
        (
            "Militiamen have looted homes and shops since they entered the town in December.",
            "en",
            "property_destruction",
            ("2023-12-01", "2024-08-14", "month"),
        ),
        (
            "Une roquette tirée depuis le Liban dimanche a tué deux civils dans le nord d'Israël.",
            "fr",
            "shelling",
            ("2024-08-11", "2024-08-11", "day"),
        ),
    ],
)
def test_when_onset_after_since_runs_to_the_report(
    text: str, lang: str, code: str, expected: tuple[str, str, str]
) -> None:
    """ "depuis leur entrée ... en décembre": from the onset to the report day, at the onset's
    precision; "depuis le Liban" is a place, not an onset."""
    assert _span(one(text, lang, code, published="2024-08-14").date) == expected


def test_when_day_range_of_a_coming_strike() -> None:
    text = "Le syndicat des infirmières débrayera du 11 au 14 décembre."
    event = one(text, "fr", "labour_strike", published="2023-12-08")
    assert _span(event.date) == ("2023-12-11", "2023-12-14", "day")


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        # a bounded span covers the days of the acts merged into it
        (
            [
                ("2024-12-08", "2024-12-10", "day", "entre dimanche et mardi"),
                ("2024-12-09", "2024-12-10", "day", "dans la nuit de lundi à mardi"),
            ],
            ("2024-12-08", "2024-12-10", "day"),
        ),
        # an onset covers a vaguer date ("en octobre")...
        (
            [
                ("2023-02-01", "2024-11-18", "month", "depuis février 2023"),
                ("2024-10-01", "2024-10-31", "month", "en octobre"),
            ],
            ("2023-02-01", "2024-11-18", "month"),
        ),
        # ...but not a day, the act's own ("depuis dimanche ... ont bombardé mardi l'hôpital")
        (
            [
                ("2024-06-09", "2024-06-12", "day", "depuis dimanche"),
                ("2024-06-11", "2024-06-11", "day", "mardi"),
            ],
            None,
        ),
        # one calendar unit is not a stated span
        (
            [
                ("2024-10-01", "2024-10-31", "month", "en octobre"),
                ("2024-10-07", "2024-10-07", "day", "le 7 octobre"),
            ],
            None,
        ),
    ],
)
def test_when_covering_span_of_a_merged_event(
    dates: list[tuple[str, str, str, str]], expected: tuple[str, str, str] | None
) -> None:
    found = covering_span([EventDate(a, b, p, s) for a, b, p, s in dates])  # type: ignore[arg-type]
    assert (_span(found) if found is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La colère ne faiblit pas : lundi soir déjà, quelque 300 agriculteurs avaient bloqué "
            "l'accès au port d'Anvers.",
            "fr",
        ),
        (
            "The anger is not new: on Monday night already, some 300 farmers had blocked the road "
            "to the port of Antwerp.",
            "en",
        ),
    ],
)
def test_when_date_heading_a_clause_after_a_colon_dates_it(text: str, lang: str) -> None:
    """ "... : lundi soir déjà, 300 agriculteurs avaient bloqué": the fronted day is the act's."""
    event = one(text, lang, "peaceful_protest", published="2024-02-01")
    assert _span(event.date) == ("2024-01-29", "2024-01-29", "day")


def test_when_toll_reported_the_next_day_keeps_the_story_day() -> None:
    """ "12 people were killed, a rights group said on Wednesday" after Tuesday's unrest: the
    toll's report verb sits in its own clause, but the killing belongs to Tuesday."""
    text = (
        "Crowds set fire to the town hall on Tuesday. Soldiers opened fire on the protesters. "
        "At least 12 people were killed, a rights group said on Wednesday."
    )
    event = one(text, "en", "excessive_force", published="2024-06-26")
    assert _span(event.date) == ("2024-06-25", "2024-06-25", "day")


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Au titre de cet accord, la France apportera en 2025 jusqu'à 2 milliards d'euros "
            "d'aide militaire à l'Ukraine.",
            "fr",
            "2024-02-16",
        ),
        (
            "Germany will provide Ukraine with 500 million euros in military aid next year, the "
            "defence minister said on Thursday.",
            "en",
            "2024-02-15",
        ),
        (
            "L'Allemagne fournira l'an prochain 500 millions d'euros d'aide militaire à l'Ukraine, "
            "a annoncé jeudi le ministre.",
            "fr",
            "2024-02-15",
        ),
    ],
)
def test_when_pledge_is_made_when_said_not_when_delivered(text: str, lang: str, day: str) -> None:
    """ "apportera en 2025", "will provide next year": the delivery's date; the pledge is the
    report day, or the day of the verb that reports it."""
    event = one(text, lang, "aid_pledge", published="2024-02-16")
    assert _span(event.date) == (day, day, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les médiateurs ont présenté un nouveau plan lors de deux jours de pourparlers à Doha "
            "qui se sont achevés vendredi.",
            ("2024-08-15", "2024-08-16", "day"),
        ),
        (
            "Les médiateurs ont présenté un nouveau plan lors d'un sommet de trois jours qui "
            "s'est ouvert jeudi à Doha.",
            ("2024-08-15", "2024-08-17", "day"),
        ),
    ],
)
def test_when_counted_days_run_back_from_the_end(text: str, expected: tuple[str, str, str]) -> None:
    """ "deux jours de pourparlers qui se sont achevés vendredi": Thursday and Friday."""
    assert _span(one(text, "fr", "consult_meeting", published="2024-08-19").date) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rioters attacked a hotel housing asylum seekers on Sunday afternoon. Police said six "
            "men had been arrested by Monday lunchtime.",
            "en",
        ),
        (
            "Des émeutiers ont attaqué dimanche un hôtel hébergeant des demandeurs d'asile. Six "
            "hommes avaient été interpellés d'ici lundi midi, selon la police.",
            "fr",
        ),
    ],
)
def test_when_done_by_a_day_runs_from_the_story_day(text: str, lang: str) -> None:
    """ "had been arrested by Monday lunchtime": some time between Sunday's riot and Monday."""
    event = one(text, lang, "arrest", published="2024-08-05")
    assert _span(event.date) == ("2024-08-04", "2024-08-05", "day")


def test_when_night_merged_with_its_morning_keeps_the_morning() -> None:
    """A night spans two days but is one act: "dimanche" told elsewhere stays the narrower day."""
    dates = [
        EventDate("2024-11-09", "2024-11-10", "day", "dans la nuit de samedi à dimanche"),
        EventDate("2024-11-10", "2024-11-10", "day", "dimanche"),
    ]
    assert covering_span(dates) is None
