"""WHEN, round 10: dates the way outlets write them, read on short stories written for these tests.

Wire leads, weekly round-ups, timelines, court reports and live pages, in both languages:
- a bare offset heading a sentence ("Le lendemain, …", "Three days earlier, …", "The following
  morning, …") counts from the last day the story stated, across a year's end too;
- a part of the day before its weekday ("à l'aube mardi", "at dawn Tuesday") is that weekday;
- "the last week of October", "on Christmas Eve", "le 1er", "mi-octobre", "du 3 au 5 novembre";
- the forms already read stay read ("Tuesday's attack", "il y a dix jours", "since Friday").
Published on Wednesday 13 November 2024 unless said.
"""

from __future__ import annotations

import pytest
from extracting import events, one, rules_of

from wirewatch.model import Event

WEDNESDAY = "2024-11-13"
NEW_YEAR = "2025-01-08"  # a Wednesday in January, telling December


def _span(event: Event) -> tuple[str, str]:
    assert event.date is not None
    return event.date.start, event.date.end


@pytest.mark.parametrize(
    ("text", "lang", "code", "published", "span"),
    [
        (
            "A suicide bomber killed 14 people at a market in Mogadishu on Dec. 30, officials "
            "said. The following day, troops arrested three suspects.",
            "en",
            "arrest",
            NEW_YEAR,
            ("2024-12-31", "2024-12-31"),
        ),
        (
            "Un kamikaze a tué 14 personnes sur un marché de Mogadiscio le 30 décembre. Le "
            "lendemain, les soldats ont arrêté trois suspects.",
            "fr",
            "arrest",
            NEW_YEAR,
            ("2024-12-31", "2024-12-31"),
        ),
        (
            "A drone hit a fuel depot in Belgorod on Sunday. The next morning, Russian forces "
            "shelled Kharkiv, killing two people.",
            "en",
            "shelling",
            WEDNESDAY,
            ("2024-11-11", "2024-11-11"),
        ),
        (
            "Un drone a touché un dépôt de carburant à Belgorod dimanche. Le jour suivant, les "
            "forces russes ont bombardé Kharkiv, tuant deux personnes.",
            "fr",
            "shelling",
            WEDNESDAY,
            ("2024-11-11", "2024-11-11"),
        ),
        (
            "Un drone a touché un dépôt de carburant à Belgorod dimanche. Trois jours plus tard, "
            "les forces russes ont bombardé Kharkiv, tuant deux personnes.",
            "fr",
            "shelling",
            WEDNESDAY,
            ("2024-11-13", "2024-11-13"),
        ),
        (
            "Police arrested 40 protesters in Tbilisi on Sunday. Three days earlier, police had "
            "arrested a journalist.",
            "en",
            "arrest",
            WEDNESDAY,
            ("2024-11-07", "2024-11-07"),
        ),
        (
            "Les rebelles ont attaqué la base vendredi. Une semaine plus tôt, l'armée avait "
            "bombardé leurs positions, tuant dix civils.",
            "fr",
            "shelling",
            WEDNESDAY,
            ("2024-11-01", "2024-11-01"),
        ),
    ],
)
def test_when_bare_offset_counts_from_the_day_told_before(
    text: str, lang: str, code: str, published: str, span: tuple[str, str]
) -> None:
    """A timeline's "Le lendemain, …" is the day after the last one stated, not that same day."""
    found = [e for e in events(text, lang, published) if e.type == code]
    sequel = [e for e in found if rules_of(e, "date", "date.sequel")]
    assert len(sequel) == 1, [(e.type, e.date) for e in found]
    assert _span(sequel[0]) == span


def test_when_offset_never_runs_past_the_report() -> None:
    """Counted from a day that leaves the event after publication, the offset is not used."""
    text = (
        "Un drone a touché un dépôt à Belgorod mardi. Trois jours plus tard, les forces russes "
        "ont bombardé Kharkiv, tuant deux personnes."
    )
    shelling = one(text, "fr", "shelling", WEDNESDAY)
    assert not rules_of(shelling, "date", "date.sequel")
    assert shelling.date is not None and shelling.date.end <= WEDNESDAY


def test_when_offset_naming_its_event_is_not_a_sequel() -> None:
    """ "trois jours après l'attaque" names the other event: the syntactic rules date it."""
    text = (
        "Un drone a touché un dépôt à Belgorod dimanche. Trois jours après l'attaque, la police "
        "a arrêté deux suspects."
    )
    for event in events(text, "fr", WEDNESDAY):
        assert not rules_of(event, "date", "date.sequel")


@pytest.mark.parametrize(
    ("text", "lang", "code", "published", "span"),
    [
        (
            "Les soldats israéliens ont arrêté quinze hommes à Jénine à l'aube mardi, selon "
            "l'agence palestinienne.",
            "fr",
            "arrest",
            WEDNESDAY,
            ("2024-11-12", "2024-11-12"),
        ),
        (
            "Israeli troops arrested 15 men in Jenin at dawn Tuesday, the Palestinian news agency "
            "said.",
            "en",
            "arrest",
            WEDNESDAY,
            ("2024-11-12", "2024-11-12"),
        ),
        (
            "Au petit matin lundi, des manifestants ont envahi le parlement à Dacca.",
            "fr",
            "riot",
            WEDNESDAY,
            ("2024-11-11", "2024-11-11"),
        ),
        (
            "Gunmen killed 12 villagers in the last week of October, local officials said.",
            "en",
            "attack_on_civilians",
            WEDNESDAY,
            ("2024-10-25", "2024-10-31"),
        ),
        (
            "Des hommes armés ont tué douze villageois la dernière semaine d'octobre, selon des "
            "responsables locaux.",
            "fr",
            "attack_on_civilians",
            WEDNESDAY,
            ("2024-10-25", "2024-10-31"),
        ),
        (
            "Gunmen attacked a church in northern Nigeria on Christmas Eve, killing 11 "
            "worshippers, police said on Tuesday.",
            "en",
            "attack_on_civilians",
            NEW_YEAR,
            ("2024-12-24", "2024-12-24"),
        ),
        (
            "Une voiture piégée a explosé à Mogadiscio le jour de Noël, tuant six soldats, a "
            "annoncé mercredi l'armée.",
            "fr",
            "explosive_device",
            NEW_YEAR,
            ("2024-12-25", "2024-12-25"),
        ),
        (
            "Les rebelles ont attaqué la ville de Pinga le 1er, tuant six soldats, selon l'armée.",
            "fr",
            "attack_on_civilians",
            WEDNESDAY,
            ("2024-11-01", "2024-11-01"),
        ),
    ],
)
def test_when_written_forms_outlets_use(
    text: str, lang: str, code: str, published: str, span: tuple[str, str]
) -> None:
    """Day parts before a weekday, weeks of a month, holidays and "le 1er" give their own day."""
    found = [e for e in events(text, lang, published) if e.type == code]
    assert found, [(e.type, e.date) for e in events(text, lang, published)]
    assert _span(found[0]) == span


@pytest.mark.parametrize(
    ("text", "lang", "code", "span"),
    [
        (
            "A Russian missile struck an apartment block in Dnipro on Tuesday night, killing four "
            "people, regional officials said on Wednesday.",
            "en",
            "missile_strike",
            ("2024-11-12", "2024-11-12"),
        ),
        (
            "Tuesday's attack on the port of Odesa damaged two grain ships, Ukraine's navy said.",
            "en",
            "attack_on_civilians",
            ("2024-11-12", "2024-11-12"),
        ),
        (
            "Gunmen killed nine villagers in northern Burkina Faso ten days ago, local sources "
            "told AFP on Wednesday.",
            "en",
            "attack_on_civilians",
            ("2024-11-03", "2024-11-03"),
        ),
        (
            "Des milliers d'agriculteurs bloquent les autoroutes autour de Bruxelles depuis "
            "vendredi, selon la police.",
            "fr",
            "peaceful_protest",
            ("2024-11-08", "2024-11-13"),
        ),
        (
            "Des frappes israéliennes ont tué 30 personnes à Gaza ce week-end, selon le "
            "ministère de la Santé.",
            "fr",
            "air_strike",
            ("2024-11-09", "2024-11-10"),
        ),
        (
            "Des manifestations ont eu lieu du 3 au 5 novembre à Tbilissi, selon la police.",
            "fr",
            "peaceful_protest",
            ("2024-11-03", "2024-11-05"),
        ),
        (
            "À la mi-octobre, la police avait dispersé un rassemblement à Belgrade.",
            "fr",
            "protest_with_intervention",
            ("2024-10-11", "2024-10-20"),
        ),
        (
            "Les manifestants occupent la place depuis vendredi. Mardi soir, la police a tiré "
            "des gaz lacrymogènes pour les disperser.",
            "fr",
            "protest_with_intervention",
            ("2024-11-12", "2024-11-12"),
        ),
    ],
)
def test_when_forms_already_read_stay_read(
    text: str, lang: str, code: str, span: tuple[str, str]
) -> None:
    """The forms of the earlier rounds, in new sentences: the possessive weekday, "N days ago",
    "depuis vendredi" to the report, "ce week-end", a range of days, "mi-octobre"."""
    assert _span(one(text, lang, code, WEDNESDAY)) == span


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        (
            "Des rebelles s'emparent d'une ville frontalière dans l'est du Congo\n"
            "GOMA, 13 novembre (AFP) - Les rebelles du M23 ont pris mardi la ville de Kamanyola, "
            "selon des habitants et l'armée.",
            "fr",
            "territory_captured",
        ),
        (
            "Rebels seize border town in eastern Congo\n"
            "GOMA, Nov 13 (Reuters) - M23 rebels seized the town of Kamanyola on Tuesday, "
            "residents and the army said.",
            "en",
            "territory_captured",
        ),
    ],
)
def test_when_headline_in_the_present_is_the_leads_day(text: str, lang: str, code: str) -> None:
    """ "Des rebelles s'emparent…" over a lead dated Tuesday is Tuesday, not the report's day."""
    event = one(text, lang, code, WEDNESDAY)
    assert _span(event) == ("2024-11-12", "2024-11-12")
    assert rules_of(event, "date", "date.headline_lead")


def test_when_headline_keeps_the_report_day_when_the_lead_tells_it() -> None:
    """A lead dated on the report's own day gives the headline nothing else to take."""
    text = (
        "Russian drones strike Odesa port\n"
        "KYIV (Reuters) - Russian drones struck Odesa port on Wednesday, killing two people, the "
        "governor said."
    )
    event = one(text, "en", "drone_strike", WEDNESDAY)
    assert _span(event) == (WEDNESDAY, WEDNESDAY)
    assert not rules_of(event, "date", "date.headline_lead")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "KYIV, Nov 12 (Reuters) - A Russian missile struck an apartment block in Dnipro on "
            "Monday, killing four people, officials said.",
            "en",
        ),
        (
            "KIEV, 12 novembre 2024 (AFP) - Un missile russe a frappé lundi un immeuble de Dnipro, "
            "tuant quatre personnes, selon les autorités.",
            "fr",
        ),
    ],
)
def test_when_republished_copy_counts_from_its_dateline(text: str, lang: str) -> None:
    """A wire filed on Tuesday 12 and republished on Monday 18: its "Monday" is the 11th."""
    event = one(text, lang, "missile_strike", "2024-11-18")
    assert _span(event) == ("2024-11-11", "2024-11-11")


def test_when_dateline_pins_the_day_of_a_month_only_publication() -> None:
    """A publication known only by its month takes the day its dateline states."""
    text = (
        "KYIV, Nov 12 (Reuters) - A Russian missile struck an apartment block in Dnipro on "
        "Monday, killing four people, officials said."
    )
    event = one(text, "en", "missile_strike", "2024-11")
    assert (_span(event), event.date.precision) == (("2024-11-11", "2024-11-11"), "day")
