"""Denied acts (round 14): a denial told with a "that" clause keeps the act it denies.

The conjunction "that" hangs on the clause's verb like a determiner would; it is not the
demonstrative of "that strike" (a reference back), so the act it introduces is a new one,
status denied, claimed by the denier. Sentences written for this test.
"""

from __future__ import annotations

import pytest
from extracting import actor_id, events, of_type

DENIED: list[tuple[str, str, str, str]] = [
    # (text, event type, claimant id, initiator id)
    (
        "Russia denied that its forces had struck the hospital in Kharkiv.",
        "air_strike",
        "rus",
        "rus-mil",
    ),
    (
        "Moscow denies that its forces struck a shopping centre in Kremenchuk, the ministry said.",
        "air_strike",
        "rus",
        "rus-mil",
    ),
    (
        "Israel denied on Tuesday that its jets had bombed the hospital in Khan Younis.",
        "air_strike",
        "isr",
        "isr-mil",
    ),
]


@pytest.mark.parametrize(("text", "code", "claimant", "initiator"), DENIED)
def test_denials_that_clause_keeps_the_denied_act(
    text: str, code: str, claimant: str, initiator: str
) -> None:
    found = of_type(text, "en", code)
    assert len(found) == 1, [(e.type, e.status) for e in events(text, "en")]
    ev = found[0]
    assert ev.status == "denied"
    assert actor_id(ev.claimant) == claimant
    assert actor_id(ev.initiator) == initiator


def test_denials_unconfirmed_that_clause() -> None:
    ev = of_type(
        "Kyiv did not confirm that its drones had hit the refinery in Ryazan.", "en", "drone_strike"
    )
    assert len(ev) == 1
    assert ev[0].status == "unconfirmed"
    assert actor_id(ev[0].claimant) == "ukr"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied the report.",  # words denied, no act
        "The ministry denied that report.",  # a demonstrative, still no act
    ],
)
def test_denials_of_words_assert_no_act(text: str) -> None:
    assert events(text, "en") == []


def test_denials_demonstrative_strike_still_refers_back() -> None:
    """ "That strike" names the strike told before: one event, not two."""
    text = (
        "Russian jets struck a school in Kharkiv on Monday. Moscow denied that strike on Tuesday."
    )
    assert len(of_type(text, "en", "air_strike")) == 1


# -- a state as subject and a struck building as object (stop 10, lead) ----------------------


def test_denials_french_infinitive_denial_of_a_strike_on_a_building() -> None:
    (strike,) = [
        e
        for e in events("Moscou a démenti avoir frappé l'hôpital de Kharkiv.", "fr")
        if e.type == "air_strike"
    ]
    assert strike.status == "denied"
    assert actor_id(strike.claimant) == "rus"


@pytest.mark.parametrize(
    "text",
    ["La crise a frappé l'hôpital de Kharkiv.", "L'inflation a frappé les écoles du pays."],
)
def test_denials_a_crisis_hitting_a_building_is_no_strike(text: str) -> None:
    assert [e for e in events(text, "fr") if e.type == "air_strike"] == []


@pytest.mark.parametrize(
    ("text", "lang", "denier"),
    [
        ("Russia denied responsibility for the strike on the hospital in Kharkiv.", "en", "rus"),
        ("Russia denied any involvement in the attack on the hospital in Kharkiv.", "en", "rus"),
        (
            "Moscou a nié toute responsabilité dans la frappe contre l'hôpital de Kharkiv.",
            "fr",
            "rus",
        ),
        ("Le Hamas a démenti toute implication dans l'attaque contre la base.", "fr", "hamas"),
    ],
)
def test_denials_the_denier_of_responsibility_is_the_imputed_author(
    text: str, lang: str, denier: str
) -> None:
    (act,) = [e for e in events(text, lang) if e.status == "denied"]
    assert actor_id(act.initiator) == denier
    assert actor_id(act.claimant) == denier


@pytest.mark.parametrize(
    ("text", "lang", "code", "author", "blamer"),
    [
        (
            "Ukraine blamed Russia for the strike on the hospital in Kharkiv.",
            "en",
            "air_strike",
            "rus",
            "ukr",
        ),
        (
            "Israel blamed Hezbollah for the rocket attack on Majdal Shams.",
            "en",
            "shelling",
            "hezbollah",
            "isr",
        ),
        ("Kiev a imputé la frappe à la Russie.", "fr", "air_strike", "rus", "ukr"),
    ],
)
def test_denials_the_party_blamed_is_the_author_the_blamer_claims(
    text: str, lang: str, code: str, author: str, blamer: str
) -> None:
    (act,) = of_type(text, lang, code)
    assert actor_id(act.initiator) == author
    assert actor_id(act.claimant) == blamer
    assert act.status == "claimed"
    assert actor_id(act.target) != author  # "à la Russie" is not the struck side


def test_denials_blame_for_a_delay_is_no_attack() -> None:
    found = {e.type for e in events("Ukraine blamed the weather for the delay.", "en")}
    assert not found & {"air_strike", "shelling", "missile_strike", "drone_strike", "armed_clash"}
