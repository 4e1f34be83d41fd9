"""Sides from the story (round 8): the group that claims an attack afterwards is its author,
the attackers arrested or fought are that author's side, and reactions to the attack answer it;
never when two groups claim, when the claim is denied or when the story tells acts of another
author. Every text is written for these tests (facts loosely modelled on real events, wording
our own), in the ways wires, papers and tickers put it.
"""

from __future__ import annotations

from extracting import actor_id as _id
from extracting import events as extract_text
from extracting import of_type as _of
from extracting import rules_of

from wirewatch.model import Event

PUB = "2024-11-10"  # a Sunday


def _rules(ev: Event, field: str) -> list[str]:
    return rules_of(ev, field, "story.")


# -- the claimed author -----------------------------------------------------------------------


def test_story_actors_claim_later_names_the_bomber_and_the_condemned_fr() -> None:
    text = (
        "Un kamikaze s'est fait exploser samedi devant un restaurant de Mogadiscio, tuant au "
        "moins sept personnes, selon la police. Le gouvernement somalien a condamné cet attentat "
        "lâche. Les Chabab ont revendiqué l'attaque dans un communiqué diffusé dimanche."
    )
    bombing = _of(text, "fr", "suicide_bombing")[0]
    assert _id(bombing.initiator) == "al-shabaab"
    assert "story.claimed_author" in _rules(bombing, "initiator")
    condemn = _of(text, "fr", "condemn")[0]
    assert _id(condemn.target) == "al-shabaab"


def test_story_actors_claim_later_names_described_attackers_en() -> None:
    text = (
        "Jihadist fighters attacked a gendarmerie post near Djibo on Saturday, killing at least "
        "twelve people, security sources said. Al-Qaeda-linked JNIM claimed the attack on Sunday."
    )
    found = [
        e for e in extract_text(text, "en", PUB) if "story.claimed_author" in _rules(e, "initiator")
    ]
    assert found and all(_id(e.initiator) == "jnim" for e in found)


def test_story_actors_long_name_with_acronym_claims_fr() -> None:
    # the group named in full with its short form in brackets
    text = (
        "Des hommes armés ont attaqué mercredi une caserne près de Tombouctou. Le Groupe de soutien "
        "à l'islam et aux musulmans (JNIM) a revendiqué l'opération, affirmant avoir tué des "
        "dizaines de soldats."
    )
    attack = _of(text, "fr", "armed_clash")[0]
    assert _id(attack.initiator) == "jnim"
    assert "story.claimed_author" in _rules(attack, "initiator")


def test_story_actors_arrested_attackers_are_the_claimed_group_fr() -> None:
    text = (
        "Des jihadistes ont attaqué lundi un poste militaire dans la région de Mopti. Le JNIM a "
        "revendiqué l'attaque. Une quinzaine d'assaillants ont été arrêtés, selon l'armée."
    )
    arrest = _of(text, "fr", "arrest")[0]
    assert _id(arrest.target) == "jnim"
    assert "story.attackers" in _rules(arrest, "target")


def test_story_actors_detained_attackers_are_the_named_author_en() -> None:
    text = (
        "Al-Shabaab militants stormed a hotel in Mogadishu on Friday, killing nine people. "
        "Police detained two of the attackers, a security official said."
    )
    arrest = _of(text, "en", "arrest")[0]
    assert _id(arrest.target) == "al-shabaab"


# -- no guess ----------------------------------------------------------------------------------


def test_story_actors_no_author_when_nobody_claims_en() -> None:
    text = (
        "Gunmen opened fire on a bus near Kidal on Saturday, killing five passengers. "
        "No group has claimed responsibility for the attack."
    )
    for ev in extract_text(text, "en", PUB):
        assert "story.claimed_author" not in _rules(ev, "initiator")


def test_story_actors_two_claimants_name_no_author_fr() -> None:
    text = (
        "Des assaillants ont attaqué samedi un marché de Ménaka, tuant une vingtaine de civils. "
        "Le JNIM a revendiqué l'attaque. L'Etat islamique au Sahel l'a également revendiquée."
    )
    for ev in extract_text(text, "fr", PUB):
        assert "story.claimed_author" not in _rules(ev, "initiator")


def test_story_actors_claim_covers_no_act_of_another_author_en() -> None:
    # the army's strikes told first: which act the claim covers is open
    text = (
        "Malian army drones struck a convoy near Gao on Friday. Armed men attacked a checkpoint "
        "nearby on Saturday. JNIM claimed responsibility for the attack."
    )
    for ev in extract_text(text, "en", PUB):
        assert "story.claimed_author" not in _rules(ev, "initiator")


def test_story_actors_attackers_of_a_two_author_story_take_no_side_en() -> None:
    text = (
        "Russian missiles struck Kharkiv on Monday. Ukrainian drones hit a depot in Belgorod. "
        "Police in Kharkiv arrested two men suspected of guiding the attackers."
    )
    for ev in _of(text, "en", "arrest"):
        assert "story.attackers" not in _rules(ev, "target")


# -- the two sides of a sanction -----------------------------------------------------------------


def test_story_actors_sanctioned_state_answers_the_power_and_back_en() -> None:
    text = (
        "The European Union imposed sanctions on Iran on Monday over drone deliveries to Russia. "
        "Iran condemned the decision as illegal. The EU warned it would take further measures "
        "if the deliveries continued."
    )
    condemn = _of(text, "en", "condemn")[0]
    assert _id(condemn.target) == "eu"
    threat = _of(text, "en", "threaten")[0]
    assert _id(threat.target) == "irn"
    assert "story.sanction_reply" in _rules(threat, "target")


def test_story_actors_sanctioned_state_condemns_the_power_fr() -> None:
    text = (
        "Le Royaume-Uni a sanctionné jeudi la Biélorussie pour son soutien à Moscou. Minsk a "
        "dénoncé une décision hostile."
    )
    condemn = _of(text, "fr", "condemn")[0]
    assert _id(condemn.target) == "gbr"


def test_story_actors_sanctions_of_two_powers_answer_nobody_en() -> None:
    text = (
        "The European Union sanctioned Iran on Monday. The United States sanctioned Russia on "
        "the same day. Moscow condemned the move."
    )
    for ev in _of(text, "en", "condemn"):
        assert "story.sanction_reply" not in _rules(ev, "target")


def test_story_actors_claim_in_a_tickers_other_story_names_no_author_en() -> None:
    text = (
        "10:00 - Gunmen killed five villagers in Zamfara state in northwestern Nigeria overnight, "
        "police said.\n\n10:20 - In Somalia, al-Shabaab claimed responsibility for a car bombing "
        "in Mogadishu that killed seven people."
    )
    for ev in extract_text(text, "en", PUB):
        assert "story.claimed_author" not in _rules(ev, "initiator")
        if ev.location is not None and ev.location.country == "NGA":
            assert _id(ev.initiator) is None


def test_story_actors_claim_in_a_tickers_other_story_names_no_author_fr() -> None:
    text = (
        "10h00 - Des hommes armés ont tué cinq villageois dans l'Etat de Zamfara, au Nigeria."
        "\n\n10h20 - Au Mali, le JNIM a revendiqué une attaque contre un camp militaire près de Gao."
    )
    for ev in extract_text(text, "fr", PUB):
        if ev.location is not None and ev.location.country == "NGA":
            assert _id(ev.initiator) is None
