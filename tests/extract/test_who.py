"""Who did what to whom: initiator, target and the actor context, on sentences written here."""

from __future__ import annotations

from wirewatch.extract import extract_text
from wirewatch.model import Event

PUB = "2024-11-10"  # a Sunday


def _id(actor: object) -> str | None:
    return getattr(actor, "id", None)


def _country(actor: object) -> str | None:
    return getattr(actor, "country", None)


def _events(text: str, lang: str) -> list[Event]:
    return extract_text(text, lang, PUB)


def _one(text: str, lang: str, code: str) -> Event:
    events = [e for e in _events(text, lang) if e.type == code]
    assert len(events) == 1, [(e.type, e.evidence.text) for e in _events(text, lang)]
    return events[0]


def test_who_premodified_group_name_is_one_speaker() -> None:
    # the parser splits "Sudan's paramilitary" from the name: both are one phrase
    ev = _one(
        "Sudan's paramilitary Rapid Support Forces said on Friday they had seized "
        "the town of Mellit in North Darfur.",
        "en",
        "territory_captured",
    )
    assert _id(ev.claimant) == "rsf"


def test_who_forces_of_a_country_resolve_to_its_military() -> None:
    ev = _one(
        "On Saturday, the armed forces of the Russian Federation shelled "
        "a market in the city of Kherson, injuring two people.",
        "en",
        "shelling",
    )
    assert _id(ev.initiator) == "rus-mil"
    assert _country(ev.target) == "UKR"


def test_who_foreign_missile_targets_the_state_of_the_place_struck() -> None:
    ev = _one(
        "A Russian missile hit grain silos in the Odesa region on Friday, officials said.",
        "en",
        "missile_strike",
    )
    assert _id(ev.initiator) == "rus"
    assert _country(ev.target) == "UKR"


def test_who_riot_police_are_the_police_of_the_places_country() -> None:
    ev = _one(
        "In Tbilisi, riot police used tear gas and water cannon on Monday night "
        "to disperse protesters outside parliament.",
        "en",
        "protest_with_intervention",
    )
    assert _id(ev.initiator) == "geo-police"
    assert _id(ev.target) == "geo"


def test_who_french_prosecutor_of_a_city_is_frances() -> None:
    ev = _one(
        "Des agriculteurs ont bloqué une autoroute près de Toulouse mardi. "
        "Le parquet de Toulouse a ouvert une enquête pour entrave à la circulation.",
        "fr",
        "investigate",
    )
    assert _id(ev.initiator) == "fra-prosecutor"


def test_who_arrested_people_are_the_places_population() -> None:
    ev = _one(
        "Des milliers de manifestants ont défilé samedi à Marseille. "
        "Au total, 42 personnes ont été interpellées, selon la préfecture.",
        "fr",
        "arrest",
    )
    assert _id(ev.initiator) == "fra-police"
    assert _id(ev.target) == "fra"


def test_who_dated_role_alias_uses_the_publication_day() -> None:
    # published 2024-11-10: the EU's foreign policy chief is still Borrell, not his successor
    events = _events(
        "Le chef de la diplomatie de l'UE a condamné samedi les frappes russes "
        "contre le réseau électrique ukrainien.",
        "fr",
    )
    condemn = [e for e in events if e.type == "condemn"]
    assert condemn and _id(condemn[0].initiator) == "josep-borrell"


def test_who_speaker_of_a_speech_act_is_its_initiator() -> None:
    ev = _one("Foreign Minister Sergei Lavrov accused Washington of escalation.", "en", "accuse")
    assert _id(ev.initiator) == "sergei-lavrov"
    assert _id(ev.target) == "usa"


def test_who_possessive_troops_belong_to_the_speakers_country() -> None:
    ev = _one(
        "Russia's defence ministry said on Sunday that its troops had captured "
        "the village of Makiivka in the Luhansk region.",
        "en",
        "territory_captured",
    )
    assert _id(ev.initiator) == "rus-mil"
    assert _country(ev.target) == "UKR"


def test_who_apposition_after_a_comma_names_the_actor() -> None:
    ev = _one(
        "Egypt, which hosts the negotiations, condemned the strike on Rafah on Sunday.",
        "en",
        "condemn",
    )
    assert _id(ev.initiator) == "egy"


def test_who_dateline_is_not_part_of_the_actor() -> None:
    events = _events(
        "NIAMEY, Nov 9 (Reuters) - Gunmen attacked a convoy near the town of Tera "
        "in western Niger on Saturday.",
        "en",
    )
    assert events
    assert all(_id(e.initiator) not in {"ner", "reuters"} for e in events)
    assert any(getattr(e.initiator, "name", None) == "Gunmen" for e in events)


def test_who_unknown_actor_keeps_its_surface() -> None:
    ev = _one("Un collectif d'habitants a dénoncé samedi la fermeture de l'école.", "fr", "condemn")
    assert ev.initiator is not None
    assert ev.initiator.id is None and ev.initiator.kind == "unknown"
    assert ev.initiator.name == "Un collectif d'habitants"


def test_who_condemned_transfer_targets_the_demonyms_state() -> None:
    ev = _one(
        "Britain condemned on Monday the delivery of North Korean artillery shells to Russia.",
        "en",
        "condemn",
    )
    assert _id(ev.initiator) == "gbr"
    assert _id(ev.target) == "prk"


def test_who_handover_of_a_base_abroad_targets_the_host_state() -> None:
    ev = _one(
        "The United States on Friday handed over its last military base in Niger to the Nigerien army.",
        "en",
        "territory_transferred",
    )
    assert _id(ev.initiator) == "usa"
    assert _id(ev.target) == "ner"


def test_who_condemned_attack_targets_its_author() -> None:
    events = _events(
        "Des drones russes ont frappé samedi la ville d'Odessa, dans le sud de l'Ukraine. "
        "Le gouvernement allemand a condamné l'attaque.",
        "fr",
    )
    condemn = [e for e in events if e.type == "condemn"]
    assert condemn and _id(condemn[0].initiator) == "deu-gov"
    assert _id(condemn[0].target) == "rus"


def test_who_members_of_a_group_are_the_group() -> None:
    ev = _one(
        "Washington imposed sanctions on members of Sudan's Rapid Support Forces on Tuesday.",
        "en",
        "sanction",
    )
    assert _id(ev.initiator) == "usa"
    assert _id(ev.target) == "rsf"


def test_who_hyphenated_agent_is_not_cut_and_abduction_targets_the_place() -> None:
    ev = _one(
        "Two journalists were abducted by plain-clothes officers in Nairobi on Friday.",
        "en",
        "abduction",
    )
    assert _id(ev.initiator) == "ken-police"
    assert _id(ev.target) == "ken"


def test_who_live_ticker_time_stamp_is_not_part_of_the_actor() -> None:
    events = _events(
        "09:15 GMT — Iran's Supreme National Security Council held an emergency session in Tehran.",
        "en",
    )
    assert any(_id(e.initiator) == "irn-gov" for e in events)


def test_who_adverb_misread_as_preposition_keeps_the_accused() -> None:
    events = _events(
        "Le collectif accuse par ailleurs l'armée burkinabè d'avoir mené jeudi une frappe "
        "de drone sur un marché.",
        "fr",
    )
    accuse = [e for e in events if e.type == "accuse"]
    assert accuse and _country(accuse[0].target) == "BFA"
    strikes = [e for e in events if e.type == "drone_strike"]
    assert strikes and _id(strikes[0].initiator) == "bfa-mil"


def test_who_dropped_munition_targets_the_state_of_what_it_hit() -> None:
    ev = _one(
        "Une bombe guidée larguée par un avion russe a touché une école de Kharkiv jeudi.",
        "fr",
        "air_strike",
    )
    assert _id(ev.initiator) == "rus"
    assert _id(ev.target) == "ukr"


def test_who_thrown_weapon_is_not_a_target() -> None:
    # "grenade" is also the French name of Grenada: a weapon must never become a state
    ev = _one(
        "Un inconnu a lancé une grenade dans un café de Grenoble dimanche.", "fr", "grenade_attack"
    )
    assert _id(ev.target) != "grd"


def test_who_package_of_sanctions_has_the_adopters_as_initiator() -> None:
    ev = _one(
        "L'UE a adopté lundi un nouveau paquet de sanctions contre la Russie.", "fr", "sanction"
    )
    assert _id(ev.initiator) == "eu"
    assert _id(ev.target) == "rus"
