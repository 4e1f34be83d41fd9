"""Venues (round 8): a delivery or visit to "the enclave" / "la région", done or planned; a
person of the host state acting at the summit it hosts; an act told in a relative clause of
place ("vers Bruxelles, où…"). And stories built to tempt a wrong country: a leader speaking
at home about a war abroad, a summit abroad reported from the capital, a story spanning two
countries, a live page whose entries move between scenes. Every text is our own.
"""

from __future__ import annotations

from extracting import events as extract_text
from extracting import of_type as _of

from wirewatch.model import Event

PUB = "2024-11-10"  # a Sunday


def _country(ev: Event) -> str | None:
    return ev.location.country if ev.location else None


def _place(ev: Event) -> str | None:
    return ev.location.name if ev.location else None


# -- "into the enclave", "dans la région": the story's country -------------------------------

ENCLAVE_EN = (
    "GAZA, Nov 9 (Reuters) - Israeli strikes killed 20 people in Khan Younis on Saturday, "
    "health officials said.\n\n"
    "Aid groups say hunger is spreading. U.S. officials said Washington was considering "
    "airdrops of food into the enclave."
)


def test_venues_planned_airdrop_into_the_enclave_takes_the_story_country() -> None:
    (ev,) = _of(ENCLAVE_EN, "en", "aid_delivery")
    assert ev.status == "hypothetical"
    assert _country(ev) == "PSE"
    # round 9: the story's one unit below the state (every name lies in the Gaza Strip)
    assert ev.location is not None and ev.location.admin1 == "Gaza Strip"


REGION_FR = (
    "Des agriculteurs ont bloqué samedi l'autoroute près de Toulouse, et d'autres ont déversé "
    "du fumier devant la préfecture à Agen.\n\n"
    "Le ministre de l'Agriculture doit se rendre dans la région dimanche."
)


def test_venues_planned_visit_to_an_unsettled_region_takes_only_the_country() -> None:
    # two regions named (Occitanie, Nouvelle-Aquitaine): "la région" says France, no more
    (ev,) = _of(REGION_FR, "fr", "consult_visit")
    assert _country(ev) == "FRA"
    assert ev.location is not None and ev.location.admin1 is None


HOME_SPEECH_EN = (
    "WASHINGTON (AP) — President Joe Biden said on Saturday at the White House in Washington "
    "that the United States would do more to end the Sudanese war.\n\n"
    "U.S. officials said the Pentagon was considering airdrops of food into the country."
)


def test_venues_leader_at_home_about_a_war_abroad_gives_no_destination() -> None:
    # the only place named is where the leader spoke: "the country" is Sudan, not the US
    for ev in _of(HOME_SPEECH_EN, "en", "aid_delivery"):
        assert _country(ev) != "USA"


TWO_COUNTRIES_FR = (
    "PARIS, 9 novembre (AFP) - Le président Emmanuel Macron a annoncé samedi depuis l'Élysée "
    "que la France allait envoyer de l'aide humanitaire au Soudan.\n\n"
    "Des largages de vivres dans le pays sont envisagés, a précisé l'Élysée."
)


def test_venues_story_spanning_two_countries_gives_no_destination() -> None:
    found = [e for e in extract_text(TWO_COUNTRIES_FR, "fr", PUB) if e.type == "aid_delivery"]
    assert all(_country(e) != "FRA" for e in found)


# -- the host state's person at a summit ----------------------------------------------------

SUMMIT_FR = (
    "ABUJA, 10 novembre (AFP) - Les dirigeants ouest-africains, réunis samedi lors d'un sommet "
    "à Abuja, ont exigé la libération du président renversé.\n\n"
    "Le président nigérian Bola Tinubu, qui préside l'organisation, a par ailleurs exhorté "
    "les putschistes à rendre le pouvoir."
)


def test_venues_host_state_president_acts_at_the_summit_it_hosts() -> None:
    tinubu = [
        e for e in _of(SUMMIT_FR, "fr", "demand") if e.initiator and e.initiator.id == "bola-tinubu"
    ]
    assert len(tinubu) == 1
    assert _place(tinubu[0]) == "Abuja"


SUMMIT_ABROAD_FR = (
    "PARIS, 10 novembre (AFP) - Les dirigeants européens, réunis samedi en sommet à Bruxelles, "
    "ont réclamé un cessez-le-feu à Gaza.\n\n"
    "Le ministre français des Affaires étrangères a condamné samedi les frappes sur Rafah. "
    "Le Premier ministre belge Alexander De Croo a appelé samedi Israël à autoriser l'entrée "
    "de l'aide."
)


def test_venues_summit_abroad_reported_from_the_capital() -> None:
    found = extract_text(SUMMIT_ABROAD_FR, "fr", PUB)
    condemn = [e for e in found if e.type == "condemn"]
    assert condemn and all(e.location is None for e in condemn)  # a French minister: not the host
    belgian = [e for e in found if e.initiator and e.initiator.id == "alexander-de-croo"]
    assert [_place(e) for e in belgian] == ["Brussels"]  # the host's prime minister
    assert all(_country(e) != "FRA" for e in found)  # the dateline is no venue


SUMMIT_STORY_EN = (
    "KYIV, Nov 10 (Reuters) - Leaders of Ukraine and Germany met at a summit in Kyiv on Sunday."
    "\n\nUkrainian Foreign Minister Dmytro Kuleba urged allies on Sunday to send more air "
    "defence systems."
)
SUMMIT_TICKER_EN = (
    "LIVE: Ukraine war\n\n"
    "09:10 — Leaders of Ukraine and Germany met at a summit in Kyiv on Sunday.\n\n"
    "10:25 — Ukrainian Foreign Minister Dmytro Kuleba urged allies on Sunday to send more air "
    "defence systems."
)


def test_venues_host_person_in_the_story_of_the_summit() -> None:
    (ev,) = _of(SUMMIT_STORY_EN, "en", "demand")
    assert _place(ev) == "Kyiv"


def test_venues_host_person_in_a_later_ticker_entry_is_another_scene() -> None:
    (ev,) = _of(SUMMIT_TICKER_EN, "en", "demand")
    assert ev.location is None


ABOUT_SUMMIT_EN = (
    "LAGOS, Nov 9 (Reuters) - West African leaders meeting at a summit in Abuja on Saturday "
    "demanded the release of the ousted president.\n\n"
    "Nigerian President Bola Tinubu on Saturday criticised the summit as too timid."
)


def test_venues_act_about_the_summit_is_not_placed_at_it() -> None:
    # criticising a meeting can be done from anywhere: the host's person is not placed there
    (ev,) = _of(ABOUT_SUMMIT_EN, "en", "condemn")
    assert ev.initiator is not None and ev.initiator.id == "bola-tinubu"
    assert ev.location is None


# -- "vers Bruxelles, où…", "Geneva, where…" -------------------------------------------------

WHERE_FR = (
    "Des centaines de tracteurs ont convergé jeudi vers Bruxelles, où les chefs d'État des "
    "Vingt-Sept étaient réunis en sommet extraordinaire."
)
WHERE_EN = "Delegations from both sides flew to Geneva, where they met on Monday under UN auspices."


def test_venues_act_in_a_relative_clause_of_place_fr() -> None:
    meetings = [e for e in extract_text(WHERE_FR, "fr", PUB) if e.type.startswith("consult_")]
    assert [_place(e) for e in meetings] == ["Brussels"]


def test_venues_act_in_a_relative_clause_of_place_en() -> None:
    (ev,) = _of(WHERE_EN, "en", "consult_meeting")
    assert _place(ev) == "Geneva"


# -- "Speaking from Kyiv": where the speaker is, not where people came from ------------------


def test_venues_speaking_from_a_town_places_the_speech_act_en() -> None:
    text = "Speaking from Kyiv on Sunday, President Volodymyr Zelensky condemned the Russian strikes on Odesa."
    (ev,) = _of(text, "en", "condemn")
    assert _place(ev) == "Kyiv"


def test_venues_speaking_from_a_town_places_the_speech_act_fr() -> None:
    text = (
        "S'exprimant depuis Kiev dimanche, le président Volodymyr Zelensky a condamné les "
        "frappes russes sur Odessa."
    )
    (ev,) = _of(text, "fr", "condemn")
    assert _place(ev) == "Kyiv"


def test_venues_gathered_from_across_a_region_is_an_origin_not_a_venue() -> None:
    text = "Farmers gathered from across Bavaria on Sunday demanded lower fuel taxes."
    for ev in _of(text, "en", "demand"):
        assert ev.location is None


# -- a meeting of several days: an act on any of its days ------------------------------------

TWO_DAY_FR = (
    "La conférence sur la paix, organisée samedi et dimanche à Genève, a réuni les délégations "
    "de 50 pays. Ils ont signé dimanche une déclaration commune sur la sûreté nucléaire."
)
DAY_AFTER_FR = (
    "La conférence sur la paix, organisée vendredi et samedi à Genève, a réuni les délégations "
    "de 50 pays. Ils ont signé dimanche une déclaration commune sur la sûreté nucléaire."
)


def test_venues_act_on_the_second_day_of_a_two_day_conference() -> None:
    (ev,) = _of(TWO_DAY_FR, "fr", "agreement")
    assert _place(ev) == "Geneva"


def test_venues_act_the_day_after_the_conference_is_another_occasion() -> None:
    (ev,) = _of(DAY_AFTER_FR, "fr", "agreement")
    assert ev.location is None
