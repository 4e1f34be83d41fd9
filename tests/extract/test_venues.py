"""Venues (round 7): a verbal or diplomatic act takes the place of the meeting, visit or summit
during which it was done, when the story states that venue in another sentence or in its
authors' own phrase ("réunis à Capri"), and never a place the text gives for another occasion.
Every text is written for these tests (facts loosely modelled on real events, wording our own).
"""

from __future__ import annotations

from extracting import of_type

from wirewatch.model import Event

PUB = "2024-11-12"  # a Tuesday


def _of(text: str, lang: str, code: str) -> list[Event]:
    return of_type(text, lang, code, PUB)


def _place(ev: Event) -> str | None:
    return ev.location.name if ev.location else None


def _rules(ev: Event) -> list[str]:
    return [p.rule for p in ev.provenance if p.field == "location"]


# -- acts of a meeting's parties, told after the meeting --------------------------------------

ELYSEE_FR = (
    "Le chef de l'État a accueilli mardi au palais de l'Élysée la présidente moldave, Maia "
    "Sandu. Les deux dirigeantes ont signé un accord de défense. La France a condamné les "
    "ingérences russes en Moldavie."
)


def test_venues_host_state_acts_take_the_visit_venue_fr() -> None:
    (agreement,) = _of(ELYSEE_FR, "fr", "agreement")
    (condemn,) = _of(ELYSEE_FR, "fr", "condemn")
    assert _place(agreement) == "Paris"
    assert _place(condemn) == "Paris"
    assert "fr.venue.meeting" in _rules(condemn)


BERLIN_EN = (
    "Chancellor Olaf Scholz hosted Polish Prime Minister Donald Tusk in Berlin on Tuesday. "
    "The two leaders signed a defence agreement. Tusk called on the European Union to fund "
    "air defences."
)


def test_venues_guest_act_the_same_day_takes_the_meeting_venue_en() -> None:
    (demand,) = _of(BERLIN_EN, "en", "demand")
    assert _place(demand) == "Berlin"
    assert demand.location is not None and demand.location.country == "DEU"


ISTANBUL_EN = (
    "Turkish President Recep Tayyip Erdogan received Ukrainian President Volodymyr Zelensky "
    "in Istanbul on Friday. On Sunday, Erdogan condemned the Russian strikes on Odesa."
)


def test_venues_an_act_on_another_day_keeps_no_place_en() -> None:
    (condemn,) = _of(ISTANBUL_EN, "en", "condemn")
    assert condemn.location is None


ADDIS_EN = (
    "Kenya's president met his Ethiopian counterpart in Addis Ababa on Tuesday. Kenya's "
    "foreign ministry later condemned attacks on its nationals in Somalia."
)


def test_venues_a_ministry_that_was_not_at_the_meeting_keeps_no_place_en() -> None:
    (condemn,) = _of(ADDIS_EN, "en", "condemn")
    assert condemn.location is None


NDJAMENA_EN = (
    "Chad announced on Thursday that it was ending its defence pact with France. The "
    "announcement came hours after a visit to N'Djamena by the French foreign minister."
)


def test_venues_a_meeting_named_to_date_an_act_is_not_its_venue_en() -> None:
    (sanction,) = _of(NDJAMENA_EN, "en", "sanction")
    assert sanction.location is None


ALGER_FR = (
    "Emmanuel Macron s'est rendu mardi au Maroc, où le roi l'a reçu à Rabat.\n\n"
    "À Alger, le gouvernement algérien a dénoncé mardi une visite « hostile »."
)


def test_venues_a_critic_elsewhere_keeps_its_own_place_fr() -> None:
    (condemn,) = _of(ALGER_FR, "fr", "condemn")
    assert _place(condemn) == "Algiers"


# -- the authors' venue in the act's own sentence ---------------------------------------------

CAPRI_FR = (
    "Les ministres des Affaires étrangères du G7, réunis lundi à Capri, ont condamné "
    "l'attaque iranienne contre Israël. Ils ont aussi exhorté la Chine à cesser de livrer des "
    "composants à la Russie."
)


def test_venues_participle_on_the_subject_places_the_act_fr() -> None:
    (condemn,) = _of(CAPRI_FR, "fr", "condemn")
    assert _place(condemn) == "Capri"
    assert "fr.venue.gathering" in _rules(condemn)


def test_venues_pronoun_subject_continues_the_meeting_fr() -> None:
    (demand,) = _of(CAPRI_FR, "fr", "demand")
    assert _place(demand) == "Capri"  # not Russia, a place of the content


def test_venues_visiting_participle_places_the_act_en() -> None:
    text = (
        "Visiting Kyiv on Monday, Indian Prime Minister Narendra Modi urged Russia and "
        "Ukraine to negotiate."
    )
    (demand,) = _of(text, "en", "demand")
    assert _place(demand) == "Kyiv"


def test_venues_pronoun_after_a_visit_sentence_fr() -> None:
    text = (
        "Le Premier ministre indien s'est rendu lundi à Kiev. Il a exhorté la Russie et "
        "l'Ukraine à négocier. Le Kremlin a dénoncé mardi une visite « inutile »."
    )
    (demand,) = _of(text, "fr", "demand")
    (condemn,) = _of(text, "fr", "condemn")
    assert _place(demand) == "Kyiv"
    assert condemn.location is None  # the Kremlin's seat is never a venue


NAIROBI_EN = (
    "At a summit in Nairobi on Saturday, East African leaders demanded an immediate ceasefire "
    "in eastern Congo.\n\nThey also urged Rwanda to withdraw its troops from Congolese "
    "territory."
)


def test_venues_pronoun_across_a_wire_paragraph_break_en() -> None:
    demands = _of(NAIROBI_EN, "en", "demand")
    assert demands and all(_place(d) == "Nairobi" for d in demands)


# -- the author is unsure: no venue -------------------------------------------------------------

JERUSALEM_EN = (
    "TEL AVIV, Aug 5 - Antony Blinken said on Monday that Benjamin Netanyahu had accepted the "
    "truce plan, and called on Hamas to accept it too.\n\n"
    "Blinken met Netanyahu for two hours in Jerusalem on Monday."
)


def test_venues_a_conjunct_of_the_report_verb_is_not_given_the_meeting_en() -> None:
    (concede,) = _of(JERUSALEM_EN, "en", "concede")
    assert _place(concede) == "Jerusalem"  # Netanyahu accepted it at the meeting
    demands = _of(JERUSALEM_EN, "en", "demand")
    assert demands
    # who called on Hamas (Blinken, whom the parser may miss) and where: not the meeting's
    assert all(_place(d) != "Jerusalem" for d in demands)


# -- a venue hung on a gathering verb past a day word -------------------------------------------

GENEVA_FR = (
    "La conférence sur le Soudan, organisée mardi et mercredi à Genève par l'ONU, a réuni "
    "les représentants de vingt pays."
)


def test_venues_conference_organised_at_a_place_fr() -> None:
    (meeting,) = _of(GENEVA_FR, "fr", "consult_meeting")
    assert _place(meeting) == "Geneva"


# -- a delivery or a visit to the story's own territory ------------------------------------------

RAFAH_FR = (
    "Gaza : des frappes israéliennes font 20 morts à Rafah\n\n"
    "Des frappes israéliennes ont tué au moins 20 personnes lundi à Rafah, dans le sud de la "
    "bande de Gaza. Par ailleurs, l'ONU a acheminé lundi 30 camions d'aide humanitaire dans "
    "l'enclave."
)


def test_venues_aid_into_the_enclave_takes_the_story_territory_fr() -> None:
    (aid,) = _of(RAFAH_FR, "fr", "aid_delivery")
    assert aid.location is not None and aid.location.country == "PSE"


HAITI_EN = (
    "Haiti gangs attack capital\n\n"
    "Gangs attacked two police stations in Port-au-Prince on Monday. The World Food Programme "
    "delivered food aid across the country on Tuesday."
)


def test_venues_aid_across_the_country_takes_the_story_country_en() -> None:
    (aid,) = _of(HAITI_EN, "en", "aid_delivery")
    assert aid.location is not None and aid.location.country == "HTI"


def test_venues_a_pledge_keeps_no_place_from_a_story_country_en() -> None:
    text = (
        "Gangs attacked two police stations in Port-au-Prince on Monday. Canada pledged "
        "$10 million in aid to the country on Tuesday."
    )
    for ev in _of(text, "en", "aid_pledge"):
        assert ev.location is None  # a pledge is made where the donor is, not in Haiti


# -- where the author spoke: "he told reporters in Amman" ----------------------------------------

LAMMY_EN = (
    "British Foreign Secretary David Lammy on Tuesday urged Israel to let more aid into Gaza.\n\n"
    '"The situation is intolerable," Lammy told reporters in Amman.'
)


def test_venues_told_reporters_in_a_later_paragraph_places_the_act_en() -> None:
    (demand,) = _of(LAMMY_EN, "en", "demand")
    assert _place(demand) == "Amman"
    assert "en.venue.speech" in _rules(demand)


BARROT_FR = (
    "Le ministre français des Affaires étrangères Jean-Noël Barrot a appelé mardi Israël à "
    "cesser ses frappes au Liban.\n\n"
    "« Il faut une trêve immédiate », a-t-il déclaré lors d'une conférence de presse à Amman."
)


def test_venues_press_conference_of_the_same_speaker_places_the_act_fr() -> None:
    (demand,) = _of(BARROT_FR, "fr", "demand")
    assert _place(demand) == "Amman"  # not Lebanon, the place of the strikes


def test_venues_a_speech_on_another_day_is_another_occasion_en() -> None:
    text = (
        "German Chancellor Olaf Scholz on Tuesday condemned the Russian strikes on Kharkiv. "
        "On Friday, he told reporters in Vilnius that NATO would stand firm."
    )
    (condemn,) = _of(text, "en", "condemn")
    assert condemn.location is None


# -- local acts: the town the story is set in -----------------------------------------------------

MARSEILLE_FR = (
    "Une fusillade a fait deux morts lundi soir à Marseille.\n\n"
    "La préfecture a appelé les habitants à rester chez eux."
)


def test_venues_an_appeal_to_residents_is_made_in_the_story_town_fr() -> None:
    (demand,) = _of(MARSEILLE_FR, "fr", "demand")
    assert _place(demand) == "Marseille"


def test_venues_the_mayor_s_own_request_is_made_in_his_town_fr() -> None:
    # round 10 (GUIDELINES §4, read from the annotations): a town's mayor acts in his town
    text = (
        "Une fusillade a fait deux morts lundi soir à Marseille. Le maire a réclamé l'envoi "
        "de renforts de police."
    )
    (demand,) = _of(text, "fr", "demand")
    assert _place(demand) == "Marseille"


KHERSON_EN = (
    "Russian shelling killed three civilians in Kherson on Tuesday, the regional governor "
    "said. He urged residents to leave the city's riverside districts."
)


def test_venues_an_order_to_residents_is_given_in_their_town_en() -> None:
    (demand,) = _of(KHERSON_EN, "en", "demand")
    assert _place(demand) == "Kherson"


def test_venues_residents_of_two_towns_get_no_town_en() -> None:
    text = (
        "Russian shelling killed three civilians in Kherson and two in Zaporizhzhia on "
        "Tuesday. Officials urged residents to leave."
    )
    (demand,) = _of(text, "en", "demand")
    assert demand.location is None


# -- a truce in force: the story's country, never a town --------------------------------------------


def test_venues_a_ceasefire_taking_effect_is_in_the_story_country_en() -> None:
    text = (
        "Israeli strikes killed 12 people in Khan Younis overnight, Gaza's civil defence said."
        "\n\nA ceasefire between Israel and Hamas took effect on Sunday morning."
    )
    (concede,) = _of(text, "en", "concede")
    assert concede.location is not None
    assert (concede.location.country, concede.location.precision) == ("PSE", "country")


def test_venues_a_truce_entering_into_force_is_in_the_story_country_fr() -> None:
    text = (
        "Des combats ont opposé lundi l'armée soudanaise et les FSR à El-Fasher, au Darfour."
        "\n\nUne trêve humanitaire est entrée en vigueur mardi."
    )
    (concede,) = _of(text, "fr", "concede")
    assert concede.location is not None
    assert (concede.location.country, concede.location.precision) == ("SDN", "country")


def test_venues_a_meeting_the_act_is_about_is_not_its_venue_fr() -> None:
    text = "Kiev a dénoncé mardi la réunion organisée à Moscou par les séparatistes."
    (condemn,) = _of(text, "fr", "condemn")
    assert condemn.location is None
