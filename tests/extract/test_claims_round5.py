"""Claimants and statuses of round 5: second sources in a later sentence, crowd counts,
responsibility claimed after the fact, "de source X", verification notices.

Every sentence is written here, in the several ways outlets phrase the same thing.
"""

from __future__ import annotations

import pytest
from extracting import actor_id as _id
from extracting import events as _events
from extracting import one as _one

from wirewatch.model import Event


def _claimants(ev: Event) -> dict[str, tuple[str, dict[str, int]]]:
    """claimant (id, else name) → (status, figures) for every claim of ``ev``."""
    return {
        (c.claimant.id or c.claimant.name) if c.claimant else "": (c.status, c.quantities)
        for c in ev.claims
    }


def _figures_by(ev: Event) -> dict[int, str]:
    """participants figure → claimant (id, else name), over every claim of ``ev``."""
    out: dict[int, str] = {}
    for c in ev.claims:
        value = c.quantities.get("participants")
        if value is not None:
            out[value] = (c.claimant.id or c.claimant.name) if c.claimant else ""
    return out


# -- a toll given by a light verb: "gave a toll of", "a donné un bilan de" ----------------------


@pytest.mark.parametrize(
    ("text", "lang", "code", "source"),
    [
        (
            "A missile strike killed seven people in Odesa on Tuesday, the governor said. "
            "Rescue services later gave a toll of nine dead.",
            "en",
            "missile_strike",
            "Rescue services",
        ),
        (
            "Une frappe russe a tué sept personnes mardi à Odessa, selon le gouverneur. Les "
            "services de secours ont ensuite donné un bilan de neuf morts.",
            "fr",
            "air_strike",
            "Les services de secours",
        ),
    ],
)
def test_claims_light_verb_with_a_toll_is_a_second_source(
    text: str, lang: str, code: str, source: str
) -> None:
    ev = _one(text, lang, code)
    claims = _claimants(ev)
    assert claims.get(source) == ("claimed", {"killed": 9})
    assert any(v == ("claimed", {"killed": 7}) for v in claims.values())


# -- crowd counts given by another source in a later sentence ----------------------------------


def test_claims_prefecture_counts_the_crowd_next_sentence_fr() -> None:
    ev = _one(
        "Des milliers de personnes ont défilé samedi à Nantes. La préfecture a recensé 4 000 "
        "manifestants.",
        "fr",
        "peaceful_protest",
    )
    assert 4000 in _figures_by(ev)


def test_claims_police_put_the_crowd_at_next_sentence_en() -> None:
    ev = _one(
        "Thousands of people marched through central London on Saturday. Police put the "
        "crowd at 20,000.",
        "en",
        "peaceful_protest",
    )
    assert 20000 in _figures_by(ev)


def test_claims_union_put_turnout_at_for_a_strike_en() -> None:
    ev = _one(
        "Teachers walked out across the state on Monday. The union put turnout at 40,000.",
        "en",
        "labour_strike",
    )
    assert _figures_by(ev) == {40000: "The union"}


def test_claims_emphatic_speaker_counts_they_were_fr() -> None:
    # "Les syndicats, eux, estiment qu'ils étaient 30 000": the resuming pronoun is no name
    ev = _one(
        "Des milliers de personnes ont défilé samedi à Nantes. Les syndicats, eux, estiment "
        "qu'ils étaient 30 000.",
        "fr",
        "peaceful_protest",
    )
    assert _figures_by(ev).get(30000) == "Les syndicats"


def test_claims_selon_they_were_counts_a_rally_without_figure_fr() -> None:
    ev = _one(
        "Une manifestation s'est tenue samedi à Nantes. Selon les organisateurs, ils étaient "
        "près de 15 000.",
        "fr",
        "peaceful_protest",
    )
    assert _figures_by(ev) == {15000: "les organisateurs"}


def test_claims_two_counts_of_a_rally_told_without_figure_fr() -> None:
    # a radio transcript: the rally first, then each source's count in a sentence of its own
    ev = _one(
        "La plus grande manifestation depuis des années s'est tenue hier à Rennes. La "
        "préfecture parle de 9 000 personnes. Les syndicats estiment qu'il y avait entre 20 000 "
        "et 25 000 manifestants.",
        "fr",
        "peaceful_protest",
    )
    figures = _figures_by(ev)
    assert set(figures) == {9000, 20000}
    assert figures[20000] == "Les syndicats"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Des centaines d'agriculteurs ont manifesté jeudi à Namur. La fédération agricole "
            "avançait le chiffre de 5 000 manifestants, la police n'en recensant qu'environ "
            "3 000.",
            "fr",
        ),
        (
            "Thousands of farmers rallied in Brussels on Thursday. Organisers gave a figure of "
            "5,000 protesters, police counting only 3,000.",
            "en",
        ),
    ],
)
def test_claims_absolute_clause_gives_the_second_count(text: str, lang: str) -> None:
    # "…, la police n'en recensant que 3 000": another speaker's clause, and "ne … que" is
    # "only", no negation
    ev = _one(text, lang, "peaceful_protest")
    figures = _figures_by(ev)
    assert 5000 in figures and 3000 in figures
    assert figures[5000] != figures[3000]


def test_claims_number_of_arrests_is_no_crowd_en() -> None:
    ev = _one(
        "Police cleared the camp on Thursday. The police department said 210 people had been "
        "taken into custody. Organizers put the number of arrests at nearly 300.",
        "en",
        "arrest",
    )
    assert _claimants(ev).get("Organizers") == ("claimed", {"arrested": 300})


# -- responsibility claimed in a later sentence ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A suicide bomber killed nine people at a market in Mogadishu on Friday, police "
            "said. Al-Shabaab claimed responsibility in a statement on its radio station.",
            "en",
        ),
        (
            "Un kamikaze a tué neuf personnes vendredi sur un marché de Mogadiscio, selon la "
            "police. Les shebab ont revendiqué l'attentat sur leur radio.",
            "fr",
        ),
    ],
)
def test_claims_later_claim_of_responsibility(text: str, lang: str) -> None:
    ev = _one(text, lang, "suicide_bombing")
    assert _claimants(ev).get("al-shabaab") == ("claimed", {})


def test_claims_responsibility_reaches_back_to_the_lede_en() -> None:
    # the claim comes after a paragraph on the security forces' response
    evs = _events(
        "A car bomb exploded outside a hotel in Mogadishu on Sunday, killing 12 people, police "
        "said.\n\nSecurity forces later cordoned off the area.\n\nMore ambulances arrived "
        "in the evening.\n\nAl-Shabaab claimed responsibility.",
        "en",
    )
    bomb = [e for e in evs if e.type in {"explosive_device", "suicide_bombing"}]
    assert bomb and "al-shabaab" in _claimants(bomb[0])


def test_claims_nobody_claimed_responsibility_adds_no_claim_en() -> None:
    ev = _one(
        "A bomb exploded outside a police station in Quetta on Monday, killing five people. "
        "No group has claimed responsibility.",
        "en",
        "explosive_device",
    )
    assert set(_claimants(ev)) == {""}


# -- "de source X", "a-t-on appris de source X" -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trois soldats ont été tués dans une embuscade près de Gao, a-t-on appris de source "
        "sécuritaire.",
        "Trois soldats ont été tués jeudi dans une embuscade près de Gao, de source sécuritaire.",
        "De source sécuritaire, trois soldats ont été tués jeudi dans une embuscade près de Gao.",
    ],
)
def test_claims_de_source_names_an_anonymous_source_fr(text: str) -> None:
    ev = _one(text, "fr", "armed_clash")
    assert ev.claimant is not None and "source sécuritaire" in ev.claimant.name
    assert ev.status == "claimed"


def test_claims_de_source_sure_inside_a_clause_is_no_cue_fr() -> None:
    ev = _one(
        "Des hommes armés ont tué trois soldats jeudi près de Gao, affirme le ministère qui "
        "parle de source sûre.",
        "fr",
        "armed_clash",
    )
    # the ministry speaks: no "source sûre" of its own
    assert ev.claimant is not None and ev.claimant.name.lower().startswith("le ministère")


# -- verification notices -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Une frappe de drone a tué trois civils dimanche près de Kherson, selon les "
            "autorités locales, sans que cela puisse être vérifié de source indépendante.",
            "fr",
        ),
        (
            "Une frappe de drone a tué trois civils dimanche près de Kherson, selon le "
            "gouverneur. Ce bilan n'a pu être vérifié.",
            "fr",
        ),
        (
            "A drone strike killed three civilians near Kherson on Sunday, the governor said. "
            "It was impossible to verify the toll.",
            "en",
        ),
        (
            "A drone strike killed three civilians near Kherson on Sunday, the governor said. "
            "There was no immediate confirmation from Moscow.",
            "en",
        ),
    ],
)
def test_claims_verification_notice_makes_the_claim_unconfirmed(text: str, lang: str) -> None:
    ev = _one(text, lang, "drone_strike")
    assert ev.claimant is not None
    assert ev.status == "unconfirmed"


# -- a speaker phrase the parser cut short, with its acronym in brackets ----------------------


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        (
            "Des jihadistes ont attaqué mardi une base militaire près de Tombouctou. Le Groupe "
            "de soutien à l'islam et aux musulmans (JNIM), lié à Al-Qaïda, a revendiqué "
            "l'opération.",
            "fr",
            "armed_clash",
        ),
        (
            "Gunmen stormed an army post near Timbuktu on Tuesday. The Group for the Support "
            "of Islam and Muslims (JNIM), an al Qaeda affiliate, claimed the attack.",
            "en",
            "armed_clash",
        ),
    ],
)
def test_claims_bracketed_acronym_names_the_speaker(text: str, lang: str, code: str) -> None:
    evs = [e for e in _events(text, lang) if e.type == code]
    assert evs and "jnim" in {_id(c.claimant) for e in evs for c in e.claims}


# -- a report verb in a relative clause on the speaker is an aside ------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kigali, qui dément tout soutien au M23, accuse pour sa part l'armée congolaise de "
            "collaborer avec les FDLR.",
            "fr",
        ),
        (
            "Le Rwanda, qui nie soutenir les rebelles, a accusé lundi Kinshasa de violer le "
            "cessez-le-feu.",
            "fr",
        ),
        (
            "Rwanda, which denies backing the M23, accused the Congolese army on Monday of "
            "working with the FDLR militia.",
            "en",
        ),
    ],
)
def test_claims_relative_denial_does_not_cover_the_main_clause(text: str, lang: str) -> None:
    ev = _one(text, lang, "accuse")
    assert ev.claimant is None
    assert ev.status == "asserted"


def test_claims_relative_denial_denies_no_earlier_event_fr() -> None:
    ev = _one(
        "La police a dispersé les manifestants à coups de gaz lacrymogène samedi à Goma. "
        "Kigali, qui dément tout soutien au M23, accuse pour sa part l'armée congolaise.",
        "fr",
        "protest_with_intervention",
    )
    assert ev.status == "asserted"
    assert all(c.status != "denied" for c in ev.claims)
