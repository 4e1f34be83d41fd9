"""Venues (round 9): on a live page, "he"/"il" takes the venue of the sentence before only
within its own time-stamped entry; seats of power the authors spoke from or at ("Speaking from
Downing Street", "depuis l'Élysée", "told reporters at the White House") are venues, read by
the places resolver; a seat used as an actor ("The White House condemned") is not; a delivery
is not done where its sender spoke. Every text is our own.
"""

from __future__ import annotations

from extracting import of_type as _of

from wirewatch.model import Event


def _place(ev: Event) -> tuple[str | None, str | None]:
    return (ev.location.name, ev.location.country) if ev.location else (None, None)


# -- a live page: the pronoun's venue stays in its own entry ---------------------------------

LIVE_EN_NEW_ENTRY = (
    "LIVE: Ukraine war latest\n\n"
    "09:10 — Ukraine's foreign minister met his German counterpart in Berlin on Sunday.\n\n"
    "11:45 — He urged Western allies to send more air defence systems."
)
LIVE_EN_SAME_ENTRY = (
    "LIVE: Ukraine war latest\n\n"
    "09:10 — Ukraine's foreign minister met his German counterpart in Berlin on Sunday. "
    "He urged Western allies to send more air defence systems.\n\n"
    "11:45 — Russian drones struck Odesa overnight."
)


def test_venues_live_page_pronoun_in_a_new_entry_takes_no_venue() -> None:
    (meeting,) = _of(LIVE_EN_NEW_ENTRY, "en", "consult_meeting")
    assert _place(meeting) == ("Berlin", "DEU")
    (demand,) = _of(LIVE_EN_NEW_ENTRY, "en", "demand")
    assert demand.location is None


def test_venues_live_page_pronoun_in_the_same_entry_takes_the_venue() -> None:
    (demand,) = _of(LIVE_EN_SAME_ENTRY, "en", "demand")
    assert _place(demand) == ("Berlin", "DEU")


LIVE_FR_SAME_ENTRY = (
    "EN DIRECT - Guerre en Ukraine\n\n"
    "10h05 - Le ministre ukrainien des Affaires étrangères a rencontré dimanche à Berlin son "
    "homologue allemand. Il a exhorté les Occidentaux à livrer davantage de systèmes de "
    "défense aérienne.\n\n"
    "12h30 - Des drones russes ont frappé Odessa."
)
LIVE_FR_NEW_ENTRY = (
    "EN DIRECT - Guerre en Ukraine\n\n"
    "10h02 - S'exprimant depuis le Kremlin, Vladimir Poutine a condamné les attaques de "
    "drones.\n\n"
    "11h30 - Il a aussi exhorté les Occidentaux à cesser d'armer Kiev."
)


def test_venues_live_page_fr_pronoun_follows_its_own_entry_only() -> None:
    (same,) = _of(LIVE_FR_SAME_ENTRY, "fr", "demand")
    assert _place(same) == ("Berlin", "DEU")
    (condemn,) = _of(LIVE_FR_NEW_ENTRY, "fr", "condemn")
    assert _place(condemn) == ("Moscow", "RUS")
    (later,) = _of(LIVE_FR_NEW_ENTRY, "fr", "demand")
    assert later.location is None


# -- seats of power the authors spoke from or at ---------------------------------------------

HOME_EN = (
    "Russian missiles struck Kyiv overnight, killing four people, Ukrainian officials said.\n\n"
    "Speaking from Downing Street on Sunday, Prime Minister Keir Starmer condemned the strikes."
)


def test_venues_speaking_from_downing_street_is_london_not_the_war() -> None:
    (ev,) = _of(HOME_EN, "en", "condemn")
    assert _place(ev) == ("London", "GBR")


HOME_FR = (
    "Des missiles russes ont frappé Kiev dans la nuit de samedi à dimanche, tuant quatre "
    "personnes.\n\n"
    "S'exprimant depuis l'Élysée dimanche, Emmanuel Macron a condamné ces frappes."
)


def test_venues_depuis_l_elysee_is_paris_and_the_strike_stays_in_kyiv() -> None:
    (condemn,) = _of(HOME_FR, "fr", "condemn")
    assert _place(condemn) == ("Paris", "FRA")
    (strike,) = _of(HOME_FR, "fr", "missile_strike")
    assert _place(strike) == ("Kyiv", "UKR")


def test_venues_speaking_at_the_white_house_places_every_act_of_the_sentence() -> None:
    text = (
        "Speaking at the White House on Sunday, President Joe Biden condemned the attack "
        "and vowed to hold those responsible to account."
    )
    (ev,) = _of(text, "en", "condemn")
    assert _place(ev) == ("Washington", "USA")


def test_venues_told_reporters_at_the_white_house_is_washington() -> None:
    text = "Biden told reporters at the White House that he condemned the strike."
    (ev,) = _of(text, "en", "condemn")
    assert _place(ev) == ("Washington", "USA")


def test_venues_press_conference_at_the_kremlin_is_moscow() -> None:
    text = "Lors d'une conférence de presse au Kremlin, Vladimir Poutine a dénoncé les frappes."
    (ev,) = _of(text, "fr", "condemn")
    assert _place(ev) == ("Moscow", "RUS")


def test_venues_a_seat_as_the_actor_is_no_venue() -> None:
    (en,) = _of("The White House condemned the strike on Sunday.", "en", "condemn")
    assert en.location is None
    (fr,) = _of("MOSCOU (AFP) - Le Kremlin a dénoncé dimanche les frappes.", "fr", "condemn")
    assert fr.location is None


def test_venues_a_delivery_is_not_done_where_its_sender_spoke() -> None:
    text = (
        "WASHINGTON (AP) — President Joe Biden signed the aid bill on Wednesday.\n\n"
        "Biden told reporters at the White House that the first shipments of ammunition to "
        "Ukraine would start within hours."
    )
    for ev in _of(text, "en", "aid_delivery"):
        assert ev.location is None or ev.location.country != "USA"


# -- a guest received somewhere; what was received is not its sender ------------------------


def test_venues_guest_received_at_a_seat_acts_there() -> None:
    fr = "Reçu dimanche à l'Élysée, Volodymyr Zelensky a réclamé davantage de défense aérienne."
    (ev,) = _of(fr, "fr", "demand")
    assert _place(ev) == ("Paris", "FRA")
    en = "Received at the White House on Sunday, Volodymyr Zelensky called for more air defence."
    (ev,) = _of(en, "en", "demand")
    assert _place(ev) == ("Washington", "USA")


def test_venues_a_proposal_received_somewhere_is_not_rejected_there() -> None:
    for lang, text in (
        ("fr", "La proposition de paix, reçue lundi à Kiev, a été rejetée par Moscou."),
        ("en", "The peace proposal, received in Kyiv on Monday, was rejected by Moscow."),
    ):
        (ev,) = _of(text, lang, "reject")
        assert ev.location is None, lang


def test_venues_a_letter_received_somewhere_gives_no_venue() -> None:
    text = "The letter received in Kyiv on Monday condemned the strikes, Moscow said."
    for ev in _of(text, "en", "condemn"):
        assert ev.location is None


# -- a speaker named by surname; a meeting is not placed where its chair spoke --------------

SURNAME_EN = (
    "Prime Minister Keir Starmer chaired an emergency meeting on Saturday.\n\n"
    "Starmer told reporters in Downing Street that he condemned the violence."
)


def test_venues_speaker_named_by_surname_takes_the_seat_he_spoke_at() -> None:
    (ev,) = _of(SURNAME_EN, "en", "condemn")
    assert _place(ev) == ("London", "GBR")


def test_venues_a_meeting_is_not_placed_where_its_chair_spoke() -> None:
    (ev,) = _of(SURNAME_EN, "en", "consult_meeting")
    assert ev.location is None


# -- a live page: a named author's meeting or speech venue stays in its entry too ------------

LIVE_NAMED_EN = (
    "LIVE: Ukraine war latest\n\n"
    "09:10 — Ukraine's foreign minister Andrii Sybiha met his German counterpart in Berlin on "
    "Sunday.\n\n"
    "11:45 — Russian drones struck Odesa overnight, the governor said.\n\n"
    "13:20 — Sybiha urged Western allies to send more air defence systems."
)
LIVE_NAMED_FR = (
    "EN DIRECT\n\n"
    "09h10 - Le ministre ukrainien des Affaires étrangères Andriï Sybiha a rencontré dimanche "
    "à Berlin son homologue allemande.\n\n"
    "11h45 - Des drones russes ont frappé Odessa.\n\n"
    "13h20 - Andriï Sybiha a exhorté les Occidentaux à livrer davantage de défense aérienne."
)


def test_venues_live_page_meeting_venue_does_not_cross_entries() -> None:
    for lang, text in (("en", LIVE_NAMED_EN), ("fr", LIVE_NAMED_FR)):
        (meeting,) = _of(text, lang, "consult_meeting")
        assert _place(meeting) == ("Berlin", "DEU"), lang
        (demand,) = _of(text, lang, "demand")
        assert demand.location is None, lang
        (strike,) = _of(text, lang, "drone_strike")
        assert _place(strike) == ("Odesa", "UKR"), lang


def test_venues_live_page_speech_venue_does_not_cross_entries() -> None:
    text = (
        "LIVE: UK riots\n\n"
        "09:10 — Prime Minister Keir Starmer told reporters in Downing Street that he "
        "condemned the violence.\n\n"
        "11:45 — Rioters set fire to a car in Hartlepool, police said.\n\n"
        "13:20 — Starmer also threatened the rioters with long prison sentences."
    )
    (condemn,) = _of(text, "en", "condemn")
    assert _place(condemn) == ("London", "GBR")
    (threat,) = _of(text, "en", "threaten")
    assert threat.location is None


# -- "into the enclave": the story's one unit below the state, when every name lies in it ---

GAZA_ONE_UNIT = (
    "GAZA, Nov 9 (Reuters) - Israeli strikes killed 20 people in Khan Younis on Saturday, "
    "health officials said.\n\n"
    "Aid groups say hunger is spreading. U.S. officials said Washington was considering "
    "airdrops of food into the enclave."
)
GAZA_TWO_UNITS = GAZA_ONE_UNIT.replace(
    "health officials said.",
    "health officials said. Israeli troops raided Jenin in the West Bank, killing three.",
)


def test_venues_airdrop_into_the_enclave_takes_the_story_unit() -> None:
    (ev,) = _of(GAZA_ONE_UNIT, "en", "aid_delivery")
    assert ev.location is not None
    assert (ev.location.admin1, ev.location.precision) == ("Gaza Strip", "admin1")


def test_venues_enclave_in_a_story_naming_another_unit_stays_the_country() -> None:
    (ev,) = _of(GAZA_TWO_UNITS, "en", "aid_delivery")
    assert ev.location is not None
    assert (ev.location.country, ev.location.precision) == ("PSE", "country")


def test_venues_planned_visit_to_the_region_of_a_two_region_story_stays_the_country() -> None:
    text = (
        "De violents orages ont inondé samedi plusieurs communes près de Valence, en Espagne. "
        "Des agriculteurs ont bloqué une route près de Murcie.\n\n"
        "Le Premier ministre espagnol doit se rendre dans la région lundi."
    )
    for ev in _of(text, "fr", "consult_visit"):
        assert ev.location is None or ev.location.admin1 is None
