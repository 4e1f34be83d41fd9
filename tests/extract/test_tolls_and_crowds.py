"""Casualty tolls, life-taking verbs, aircraft authors and reporting bodies (sentences written here)."""

from __future__ import annotations

import pytest
from extracting import actor_id as _id
from extracting import events
from extracting import one as _one

from wirewatch.model import Event


def test_death_toll_rose_to_en() -> None:
    ev = _one(
        "A Russian missile strike hit Dnipro on Monday. The death toll rose to 31, "
        "the regional governor said.",
        "en",
        "missile_strike",
    )
    assert ev.quantities.get("killed") == 31


def test_bilan_alourdi_fr() -> None:
    ev = _one(
        "Le bilan de la frappe russe sur Dnipro s'est alourdi à 31 morts, selon les autorités.",
        "fr",
        "air_strike",
    )
    assert ev.quantities.get("killed") == 31


def test_coute_la_vie_fr() -> None:
    ev = _one(
        "Une frappe de drone russe a coûté la vie à trois civils près de Kherson, selon le gouverneur.",
        "fr",
        "drone_strike",
    )
    assert ev.quantities.get("killed") == 3
    assert ev.claimant is not None


def test_claimed_the_lives_en() -> None:
    ev = _one(
        "A Russian drone strike claimed the lives of three civilians near Kherson, officials said.",
        "en",
        "drone_strike",
    )
    assert ev.quantities.get("killed") == 3


def test_left_dead_en() -> None:
    ev = _one(
        "A Russian drone attack on Odesa left at least 12 dead, the governor said.",
        "en",
        "drone_strike",
    )
    assert ev.quantities.get("killed") == 12


def test_toll_in_separate_sentence_fr() -> None:
    ev = _one(
        "Une frappe russe a touché Odessa lundi. Neuf personnes ont été tuées dans l'attaque, "
        "selon le gouverneur régional.",
        "fr",
        "air_strike",
    )
    assert ev.quantities.get("killed") == 9


def test_downed_part_of_whole_en() -> None:
    ev = _one(
        "Ukraine's air force said it downed 23 of the 31 drones launched by Russia overnight.",
        "en",
        "drone_strike",
    )
    assert ev.quantities == {"intercepted": 23, "launched": 31}


def test_aviation_light_verb_fr() -> None:
    ev = _one(
        "L'aviation israélienne a mené une série de frappes sur le sud du Liban dimanche.",
        "fr",
        "air_strike",
    )
    assert _id(ev.initiator) == "isr"


def test_warplanes_light_verb_en() -> None:
    ev = _one(
        "Russian warplanes carried out a series of strikes on Idlib on Tuesday.", "en", "air_strike"
    )
    assert _id(ev.initiator) == "rus"


def test_warplanes_subject_fr() -> None:
    ev = _one("Les avions de guerre russes ont frappé Idleb mardi.", "fr", "air_strike")
    assert _id(ev.initiator) == "rus"


def test_finding_body_is_not_perpetrator_en() -> None:
    ev = _one(
        "A UN envoy finds evidence of sexual violence committed during the attack on the village.",
        "en",
        "sexual_violence",
    )
    assert _id(ev.initiator) != "un"


def test_finding_body_is_not_perpetrator_fr() -> None:
    ev = _one(
        "L'envoyée de l'ONU a constaté des violences sexuelles lors de l'attaque.",
        "fr",
        "sexual_violence",
    )
    assert _id(ev.initiator) != "un"


def _claims(ev: Event) -> dict[str | None, dict[str, int]]:
    return {
        (_id(c.claimant) or getattr(c.claimant, "name", None)): dict(c.quantities)
        for c in ev.claims
    }


def test_trailing_police_figure_is_a_rival_claim_fr() -> None:
    ev = _one(
        "Des milliers de personnes ont manifesté samedi à Paris, 40 000 selon la police.",
        "fr",
        "peaceful_protest",
    )
    assert ev.claimant is None and ev.quantities == {"participants": 1000}
    assert _claims(ev)["fra-police"] == {"participants": 40000}


def test_trailing_police_figure_is_a_rival_claim_en() -> None:
    ev = _one(
        "Thousands of people marched through Tbilisi on Sunday, some 40,000 according to police.",
        "en",
        "peaceful_protest",
    )
    assert _claims(ev)["geo-police"] == {"participants": 40000}


def test_second_source_figure_not_kept_by_the_first() -> None:
    ev = _one(
        "Quelque 1,3 million de personnes ont défilé selon la CGT, 440 000 selon la police.",
        "fr",
        "peaceful_protest",
    )
    assert ev.quantities == {"participants": 1300000}
    assert {"participants": 440000} in _claims(ev).values()


def test_police_estimated_the_crowd_en() -> None:
    ev = _one(
        "Thousands protested in Tbilisi on Sunday; police estimated the crowd at 40,000.",
        "en",
        "peaceful_protest",
    )
    assert ev.claimant is None
    assert _claims(ev)["geo-police"] == {"participants": 40000}


def test_prefecture_estimated_the_crowd_fr() -> None:
    ev = _one(
        "Des milliers de personnes ont manifesté à Lyon ; la préfecture a estimé la foule à 15 000 personnes.",
        "fr",
        "peaceful_protest",
    )
    assert {"participants": 15000} in _claims(ev).values()


def test_crowd_killed_in_clashes_is_no_participant_count_en() -> None:
    ev = _one(
        "At least 64 people were killed on Saturday in clashes between students, party activists"
        " and police across the country.",
        "en",
        "riot",
    )
    assert ev.quantities.get("killed") == 64
    assert "participants" not in ev.quantities


def test_crowd_tues_dans_des_affrontements_fr() -> None:
    ev = _one(
        "Au moins 27 personnes ont été tuées samedi dans des affrontements entre manifestants et"
        " policiers dans la capitale.",
        "fr",
        "riot",
    )
    assert ev.quantities.get("killed") == 27
    assert "participants" not in ev.quantities


def test_crowd_protesters_still_counted_fr() -> None:
    ev = _one(
        "Des milliers de manifestants ont incendié des voitures à Rennes samedi.", "fr", "riot"
    )
    assert ev.quantities.get("participants") == 1000


def test_missing_subject_of_linking_verb_en() -> None:
    ev = _one(
        "Three fishermen went missing after a Houthi missile struck their boat on Tuesday.",
        "en",
        "missile_strike",
    )
    assert ev.quantities.get("missing") == 3


# -- round 5: a striking union counts its members; a crowd at a union's rally does not ----------


@pytest.mark.parametrize(
    ("text", "lang", "participants"),
    [
        ("La FIQ, qui représente 80 000 infirmières, débrayera du 11 au 14 décembre.", "fr", 80000),
        (
            "The Royal College of Nursing, which represents 300,000 nurses, will strike on Thursday.",
            "en",
            300000,
        ),
        (
            "The dockers' union, which has 1,200 members at the port, walked out on Monday.",
            "en",
            1200,
        ),
    ],
)
def test_tolls_and_crowds_striking_union_counts_its_members(
    text: str, lang: str, participants: int
) -> None:
    ev = _one(text, lang, "labour_strike")
    assert ev.quantities.get("participants") == participants


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le syndicat, qui représente 80 000 infirmières, a manifesté devant le Parlement.", "fr"),
        ("The union, which represents 80,000 nurses, held a rally outside parliament.", "en"),
    ],
)
def test_tolls_and_crowds_union_membership_is_no_rally_crowd(text: str, lang: str) -> None:
    assert all("participants" not in e.quantities for e in events(text, lang))
