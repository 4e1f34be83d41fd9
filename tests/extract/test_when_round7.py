"""WHEN, round 7: the day of acts told without one, and days written the way outlets write them.

Sentences written for these tests, in the styles of wires, national papers and US dailies:
- a verb joined to a dated verb shares its day ("Police on Saturday arrested ... and seized",
  "S'exprimant mardi soir, le président a condamné ... et menacé"), but not the day of a clause
  reported by the first verb ("said its forces had struck the depot on Monday, and threatened");
- an undated act said at the occasion the lead dates (a summit, a meeting, a decision) takes
  that occasion's day; after an attack, an undated reaction keeps the report's day;
- "Tues.", "samedi 9", "Saturday the 2nd", "dans la nuit de samedi 9 à dimanche 10".
Published on Wednesday 13 November 2024 unless said.
"""

from __future__ import annotations

import pytest
from extracting import events, one

from wirewatch.model import Event

WEDNESDAY = "2024-11-13"


def _day(event: Event) -> tuple[str, str]:
    assert event.date is not None
    return event.date.start, event.date.end


@pytest.mark.parametrize(
    ("text", "lang", "code", "day"),
    [
        (
            "Police on Saturday arrested 12 people and seized a cache of weapons in the northern "
            "city of Kano.",
            "en",
            "weapons_seized",
            "2024-11-09",
        ),
        (
            "Speaking on Sunday evening, the prime minister condemned the violence and warned the "
            "rioters that they would face the full force of the law.",
            "en",
            "threaten",
            "2024-11-10",
        ),
        (
            "Varsovie a convoqué lundi le chargé d'affaires russe et exigé des explications sur "
            "l'incursion du missile.",
            "fr",
            "demand",
            "2024-11-11",
        ),
        (
            "S'exprimant mardi soir à la télévision, le président a condamné l'attaque et menacé "
            "les auteurs de lourdes représailles.",
            "fr",
            "threaten",
            "2024-11-12",
        ),
    ],
)
def test_when_round7_a_coordinated_verb_shares_the_day(
    text: str, lang: str, code: str, day: str
) -> None:
    """One subject, two verbs, one day stated once: the second verb is dated by the first."""
    assert _day(one(text, lang, code, published=WEDNESDAY)) == (day, day)


def test_when_round7_a_conjunct_of_a_reported_clause_is_not_dated_by_it() -> None:
    """ "had destroyed the depot on Monday" is what the ministry said; its threat is undated and
    keeps the report's day, not Monday."""
    text = (
        "The ministry said its forces had destroyed the depot on Monday, and threatened further "
        "strikes against the rebels."
    )
    assert _day(one(text, "en", "threaten", published=WEDNESDAY)) == (WEDNESDAY, WEDNESDAY)


def test_when_round7_a_second_clause_with_its_own_subject_keeps_its_own_day() -> None:
    """ "and that the government would announce ... later in the week" is a clause of its own."""
    text = (
        "The foreign ministry said a delegation would travel to Cairo on Thursday, and that the "
        "government would announce new sanctions against the junta later in the week."
    )
    found = [e for e in events(text, "en", WEDNESDAY) if e.type == "sanction"]
    assert found, [(e.type, e.evidence.text) for e in events(text, "en", WEDNESDAY)]
    assert all(e.date is None or e.date.start != "2024-11-14" for e in found)


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        (
            "Les ministres européens ont imposé lundi à Bruxelles de nouvelles sanctions contre "
            "des responsables iraniens.\n\nLa Hongrie a refusé de s'associer au communiqué "
            "final. Le chef de la diplomatie européenne a par ailleurs exhorté Téhéran à cesser "
            "ses livraisons de drones à Moscou.",
            "fr",
            "demand",
        ),
        (
            "Les ministres européens ont imposé lundi à Bruxelles de nouvelles sanctions contre "
            "des responsables iraniens.\n\nLa Hongrie a refusé de s'associer au communiqué final.",
            "fr",
            "reject",
        ),
        (
            "NATO defence ministers agreed on Monday in Brussels to expand air defence deliveries "
            "to Kyiv.\n\nHungary refused to endorse the joint statement.",
            "en",
            "reject",
        ),
    ],
)
def test_when_round7_an_undated_act_at_the_occasion_takes_its_day(
    text: str, lang: str, code: str
) -> None:
    """The lead dates a meeting or a decision: the story is about that occasion, and an act
    said there without a day of its own was done that day."""
    assert _day(one(text, lang, code, published=WEDNESDAY)) == ("2024-11-11", "2024-11-11")


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        (
            "A gunman opened fire at a wedding in the northern town of Kaduna on Monday, killing "
            "six guests, police said.\n\nThe governor condemned the shooting.",
            "en",
            "condemn",
        ),
        (
            "Un homme armé a ouvert le feu lundi soir dans un café de Marseille, tuant deux "
            "clients, selon la police.\n\nLe maire a condamné un acte « barbare ».",
            "fr",
            "condemn",
        ),
    ],
)
def test_when_round7_a_reaction_to_an_attack_keeps_the_report_day(
    text: str, lang: str, code: str
) -> None:
    """After a physical event, an undated reaction is dated by its report (GUIDELINES §3)."""
    assert _day(one(text, lang, code, published=WEDNESDAY)) == (WEDNESDAY, WEDNESDAY)


def test_when_round7_a_present_tense_statement_is_the_report_day() -> None:
    """ "appelle" in the present tense is said on the day of the report, whatever the lead."""
    text = (
        "Les dirigeants de l'Union africaine ont suspendu lundi le Gabon de l'organisation.\n\n"
        "L'ONU appelle les militaires à rendre le pouvoir aux civils."
    )
    assert _day(one(text, "fr", "demand", published=WEDNESDAY)) == (WEDNESDAY, WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "lang", "code", "start", "end"),
    [
        (
            "Gunmen attacked a police station in the city of Maiduguri on Tues., killing three "
            "officers, officials said.",
            "en",
            None,
            "2024-11-12",
            "2024-11-12",
        ),
        (
            "Des affrontements ont éclaté samedi 2 entre l'armée et des rebelles près de Goma, "
            "faisant dix morts.",
            "fr",
            "armed_clash",
            "2024-11-02",
            "2024-11-02",
        ),
        (
            "Rebels shelled the outskirts of Goma on Saturday the 2nd, killing ten civilians, "
            "local officials said.",
            "en",
            "shelling",
            "2024-11-02",
            "2024-11-02",
        ),
        (
            "Dans la nuit de samedi 9 à dimanche 10, des drones ont frappé un dépôt pétrolier "
            "dans la région de Briansk, selon le gouverneur.",
            "fr",
            "drone_strike",
            "2024-11-09",
            "2024-11-10",
        ),
    ],
)
def test_when_round7_days_as_outlets_write_them(
    text: str, lang: str, code: str | None, start: str, end: str
) -> None:
    found = [e for e in events(text, lang, WEDNESDAY) if code is None or e.type == code]
    assert found, [(e.type, e.evidence.text) for e in events(text, lang, WEDNESDAY)]
    assert _day(found[0]) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "published"),
    [
        (
            "The unrest began in the port town of Southport on 30 July, after a knife attack at a "
            "school. That night a crowd attacked a mosque and set fire to a police car.",
            "en",
            "2024-08-05",
        ),
        (
            "Les violences ont éclaté le 27 juin à Nanterre, après la mort d'un adolescent tué "
            "par un policier. Ce soir-là, des centaines de jeunes ont affronté les forces de "
            "l'ordre et incendié des voitures.",
            "fr",
            "2023-07-03",
        ),
    ],
)
def test_when_round7_that_night_is_the_day_told_before(
    text: str, lang: str, published: str
) -> None:
    """ "That night", "ce soir-là": the evening of the day the story just named, not the report's."""
    found = events(text, lang, published)
    night = [e for e in found if any(p.rule == "date.story_day_part" for p in e.provenance)]
    assert night, [(e.type, e.evidence.text) for e in found]
    day = "2024-07-30" if lang == "en" else "2023-06-27"
    assert all(_day(e) == (day, day) for e in night)


@pytest.mark.parametrize(
    ("text", "lang", "code", "day"),
    [
        (
            "Les fédérations de cheminots appellent les agents à faire grève et à défiler le "
            "jeudi 21 novembre devant le ministère.",
            "fr",
            "labour_strike",
            "2024-11-21",
        ),
        (
            "The nurses' union is calling on its members to strike and march on Thursday outside "
            "the health ministry.",
            "en",
            "labour_strike",
            "2024-11-14",
        ),
    ],
)
def test_when_round7_a_date_closing_a_coordination_dates_both_verbs(
    text: str, lang: str, code: str, day: str
) -> None:
    """ "faire grève et défiler le jeudi 21", "to strike and march on Thursday": one day for both."""
    assert _day(one(text, lang, code, published=WEDNESDAY)) == (day, day)


def test_when_round7_a_clause_the_parser_joins_without_and_lends_no_day() -> None:
    """ "after a mob attacked a mosque on Sunday" is when the mob attacked, not when the police
    chiefs vowed: the vow keeps the report's day."""
    text = (
        "Police chiefs have vowed to find everyone involved after a mob attacked a mosque in the "
        "town on Sunday afternoon."
    )
    assert _day(one(text, "en", "threaten", published=WEDNESDAY)) == (WEDNESDAY, WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Local activists have called a counter-protest outside the town hall on Saturday.",
            "en",
            "2024-11-16",
        ),
        (
            "Les syndicats appellent les enseignants à manifester jeudi devant le rectorat.",
            "fr",
            "2024-11-14",
        ),
        # a call made in the past tense: the rally's day is behind us
        ("Protesters called a rally on Saturday and marched to parliament.", "en", "2024-11-09"),
    ],
)
def test_when_round7_a_protest_called_in_the_present_is_still_to_come(
    text: str, lang: str, day: str
) -> None:
    """The English present perfect takes no past day ("has called ... on Saturday"), and a call
    in the present ("appellent à manifester jeudi") looks forward."""
    found = [e for e in events(text, lang, WEDNESDAY) if e.type == "peaceful_protest"]
    assert found, [(e.type, e.evidence.text) for e in events(text, lang, WEDNESDAY)]
    assert _day(found[0]) == (day, day)


def test_when_round7_arrests_announced_in_the_present_stay_in_the_past() -> None:
    """ "annonce 14 interpellations depuis lundi" reports arrests made: no call, no future."""
    text = "La police annonce 14 interpellations depuis lundi dans les quartiers nord."
    assert _day(one(text, "fr", "arrest", published=WEDNESDAY)) == ("2024-11-11", WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "lang", "code", "start", "end"),
    [
        (
            "Les électeurs géorgiens ont voté samedi lors des législatives. Au lendemain du "
            "scrutin, des milliers de personnes ont manifesté devant le Parlement à Tbilissi.",
            "fr",
            "peaceful_protest",
            "2024-11-10",
            "2024-11-10",
        ),
        (
            "Georgians voted in a parliamentary election on Saturday. The day after the vote, "
            "thousands of people protested outside parliament in Tbilisi.",
            "en",
            "peaceful_protest",
            "2024-11-10",
            "2024-11-10",
        ),
        (
            "La veille du sommet de l'Otan, prévu jeudi à Vilnius, des drones russes ont frappé "
            "Odessa.",
            "fr",
            "drone_strike",
            "2024-11-13",
            "2024-11-13",
        ),
        (
            "Georgians voted in a parliamentary election on Monday.\n\nIn the days before the "
            "vote, at least a dozen opposition campaigners were abducted by masked men, rights "
            "groups said.",
            "en",
            "abduction",
            "2024-11-04",
            "2024-11-11",
        ),
        (
            "Les électeurs géorgiens ont voté lundi lors des législatives.\n\nDans les jours "
            "précédant le scrutin, une vingtaine de militants avaient été arrêtés par la police, "
            "selon des ONG.",
            "fr",
            "arrest",
            "2024-11-04",
            "2024-11-11",
        ),
    ],
)
def test_when_round7_an_act_dated_by_another_event(
    text: str, lang: str, code: str, start: str, end: str
) -> None:
    """ "au lendemain du scrutin", "the day after the vote", "la veille du sommet prévu jeudi",
    "in the days before the vote": the other event's day (its own, or the one told before),
    shifted; a plural "days" with no number is the week up to it."""
    assert _day(one(text, lang, code, published=WEDNESDAY)) == (start, end)
