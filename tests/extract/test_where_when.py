"""Where and when: location phrases, inherited places and speech-day dates, on sentences
written for these tests (facts loosely modelled on real events, wording our own)."""

from __future__ import annotations

from wirewatch.extract import extract_text
from wirewatch.model import Event

PUB = "2024-11-11"  # a Monday


def _events(text: str, lang: str, code: str) -> list[Event]:
    return [e for e in extract_text(text, lang, PUB) if e.type == code]


def _one(text: str, lang: str, code: str) -> Event:
    events = _events(text, lang, code)
    assert len(events) == 1, [(e.type, e.evidence.text) for e in extract_text(text, lang, PUB)]
    return events[0]


def _where(ev: Event) -> tuple[str | None, str | None, str | None]:
    loc = ev.location
    return (loc.country, loc.admin1, loc.precision) if loc else (None, None, None)


# -- names the tagger mislabels, in a place slot ---------------------------------------------


def test_where_when_region_name_tagged_as_nationality_is_still_the_region() -> None:
    ev = _one(
        "A Russian missile hit a grain terminal in the Odesa region on Friday night.",
        "en",
        "missile_strike",
    )
    assert _where(ev) == ("UKR", "Odesa Oblast", "admin1")


def test_where_when_city_of_x_object_is_the_place() -> None:
    ev = _one("Russian troops shelled the city of Kherson with artillery.", "en", "shelling")
    assert ev.location is not None and ev.location.name == "Kherson"
    assert ev.location.admin1 == "Kherson Oblast"


def test_where_when_passive_subject_named_site_is_the_place_fr() -> None:
    ev = _one(
        "La ville de Kostiantynivka a été pilonnée par l'artillerie russe dimanche.",
        "fr",
        "shelling",
    )
    assert _where(ev) == ("UKR", "Donetsk Oblast", "place")
    # the name as the text spells it is kept beside GeoNames' transliteration
    assert ev.location is not None and ev.location.surface == "Kostiantynivka"


def test_where_when_admin1_uses_geonames_short_name() -> None:
    ev = _one(
        "Paramilitary fighters seized a displacement camp in North Darfur on Sunday.",
        "en",
        "territory_captured",
    )
    assert ev.location is not None and ev.location.admin1 == "North Darfur"


# -- actors are not places -------------------------------------------------------------------


def test_where_when_country_asking_for_a_meeting_is_not_its_place() -> None:
    events = extract_text(
        "The Security Council will meet on Tuesday at the request of Britain and France.",
        "en",
        PUB,
    )
    assert all(e.location is None for e in events)


def test_where_when_capital_in_genitive_is_an_actor_not_a_place_fr() -> None:
    ev = _one(
        "Après le retrait de Moscou de l'accord, des missiles russes ont frappé "
        "la région d'Odessa dans la nuit de lundi à mardi.",
        "fr",
        "missile_strike",
    )
    assert ev.location is not None and ev.location.country == "UKR"


# -- inherited places ------------------------------------------------------------------------


def test_where_when_arrest_inherits_the_place_of_its_paragraph_fr() -> None:
    text = (
        "Une grenade a été lancée samedi soir dans un bar de Grenoble. "
        "Deux jeunes hommes ont été interpellés dans la foulée."
    )
    ev = _one(text, "fr", "arrest")
    assert ev.location is not None and ev.location.name == "Grenoble"


def test_where_when_headline_place_is_inherited_by_a_physical_event() -> None:
    text = (
        "Riot police clash with crowds in Tbilisi\n\n"
        "Police detained 40 people overnight, the interior ministry said."
    )
    ev = _one(text, "en", "arrest")
    assert ev.location is not None and ev.location.country == "GEO"


def test_where_when_nothing_inherited_across_countries() -> None:
    text = (
        "Riot police clash with crowds in Tbilisi\n\n"
        "In Armenia, police detained 40 people in Yerevan overnight.\n\n"
        "Police detained 12 more people, the ministry said."
    )
    arrests = _events(text, "en", "arrest")
    assert arrests
    assert all(e.location is None or e.location.country == "ARM" for e in arrests)


def test_where_when_verbal_event_does_not_inherit() -> None:
    text = (
        "Une grenade a été lancée samedi soir dans un bar de Grenoble. "
        "Le maire a condamné une attaque lâche."
    )
    for ev in _events(text, "fr", "condemn"):
        assert ev.location is None


def test_where_when_dateline_is_not_inherited() -> None:
    text = (
        "KHARTOUM, Nov 11 - Paramilitary forces shelled a hospital on Sunday, "
        "the health ministry said."
    )
    ev = _one(text, "en", "shelling")
    assert ev.location is None


# -- dates -----------------------------------------------------------------------------------


def test_where_when_speech_day_dates_an_event_without_its_own_date() -> None:
    ev = _one(
        "Rebel fighters said on Saturday they had taken full control of the town of Kidal.",
        "en",
        "territory_captured",
    )
    assert ev.date is not None and ev.date.end == "2024-11-09"


def test_where_when_own_date_beats_the_speech_day_fr() -> None:
    ev = _one(
        "L'armée russe a affirmé samedi s'être emparée jeudi du village de Tessit.",
        "fr",
        "territory_captured",
    )
    assert ev.date is not None and ev.date.end == "2024-11-07"
    assert ev.location is not None and ev.location.country == "MLI"


def test_where_when_event_without_a_day_takes_its_paragraphs_day() -> None:
    text = (
        "Des manifestants ont bloqué jeudi le périphérique de Lyon. "
        "Quinze personnes ont été interpellées."
    )
    ev = _one(text, "fr", "arrest")
    assert ev.date is not None and ev.date.end == "2024-11-07"


def test_where_when_lead_day_dates_a_later_physical_event() -> None:
    text = (
        "NAIROBI, Nov 11 - Gunmen attacked a police post near Garissa on Saturday night, "
        "killing four officers, police said.\n\n"
        "Security forces arrested two suspects, the county commissioner said."
    )
    ev = _one(text, "en", "arrest")
    assert ev.date is not None and ev.date.start == "2024-11-09"  # Saturday night


def test_where_when_dateline_day_is_not_the_event_day() -> None:
    text = (
        "NAIROBI, Nov 11 - Gunmen attacked a police post near Garissa on Saturday night, "
        "killing four officers, police said."
    )
    for ev in extract_text(text, "en", PUB):
        assert ev.date is None or ev.date.surface != "Nov 11"


def test_where_when_old_lead_date_is_background_not_the_story_day() -> None:
    text = (
        "KYIV, Nov 11 - The offensive launched on October 3 has stalled, officials said.\n\n"
        "Two soldiers were arrested for desertion."
    )
    for ev in _events(text, "en", "arrest"):
        assert ev.date is None or ev.date.end != "2024-10-03"


def test_where_when_verbal_event_keeps_its_report_day() -> None:
    text = (
        "Des manifestants ont bloqué jeudi le périphérique de Lyon. "
        "Le préfet a condamné des violences inacceptables."
    )
    for ev in _events(text, "fr", "condemn"):
        assert ev.date is None or ev.date.end != "2024-11-07"


def test_where_when_place_of_the_sentence_outside_the_nouns_phrase_fr() -> None:
    ev = _one(
        "Trois humanitaires sont détenus à Bamako depuis leur arrestation en octobre.",
        "fr",
        "arrest",
    )
    assert ev.location is not None and ev.location.name == "Bamako"


def test_where_when_side_participle_place_is_not_the_events() -> None:
    text = (
        "Foreign instructors set up a camp at a remote airfield last week, "
        "raising concerns in Washington."
    )
    for ev in extract_text(text, "en", PUB):
        assert ev.location is None or ev.location.country != "USA"


def test_where_when_topic_modifier_is_not_a_place() -> None:
    text = "Officials met on Sunday for the Gaza truce negotiations."
    events = extract_text(text, "en", PUB)
    assert events
    for ev in events:
        assert ev.location is None or ev.location.country != "PSE"


def test_where_when_place_of_an_until_clause_is_another_scene() -> None:
    text = (
        "The rebels fired a missile at a cargo ship on Friday and vowed that attacks would "
        "continue until Israel stops its offensive in Gaza."
    )
    for ev in extract_text(text, "en", PUB):
        if ev.type == "missile_strike":
            assert ev.location is None or ev.location.country != "PSE"


def test_where_when_same_day_takes_the_last_stated_day() -> None:
    text = (
        "On 8 November 2024, Russian forces shelled the city of Kherson.\n\n"
        "On the same day, a tractor hit an anti-tank mine in a field."
    )
    ev = _one(text, "en", "explosive_device")
    assert ev.date is not None and ev.date.end == "2024-11-08"
