"""Sides from the story (round 9): a one-way act (aid, handover, sanction) takes the story's
recipient only when its own author is the story's donor; a group that "said it carried out"
the attack claims it, like "claimed responsibility". Every text is written for these tests
(facts loosely modelled on real events, wording our own), with negatives beside each fill.
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


# -- a one-way act of a third party ---------------------------------------------------------------


def test_story_actors_third_country_on_sanctions_gets_no_sanctioned_state_en() -> None:
    text = (
        "The European Union adopted a fresh package of sanctions against Russia on Friday, "
        "targeting tankers of the shadow fleet. China said it opposed unilateral sanctions that "
        "lack a basis in international law."
    )
    for ev in _of(text, "en", "sanction"):
        if _id(ev.initiator) == "chn":
            assert ev.target is None
        assert "story.one_way" not in _rules(ev, "target")


def test_story_actors_second_donor_still_gives_to_the_recipient_en() -> None:
    # the guard keeps a fill whose author is the story's donor
    text = (
        "Germany pledged another 500 million euros in military aid to Ukraine on Tuesday. "
        "Berlin had already pledged air-defence systems in March."
    )
    pledges = _of(text, "en", "aid_pledge")
    assert pledges and all(_id(p.target) == "ukr" for p in pledges)


# -- "said it carried out the assault" is a claim ---------------------------------------------------

HOTEL_EN = (
    "Gunmen stormed a hotel in Mogadishu on Friday, killing at least nine people, police said. "
    "Al-Shabaab said it carried out the assault. The government condemned the attack."
)
HOTEL_FR = (
    "Des hommes armés ont pris d'assaut un hôtel de Mogadiscio vendredi, tuant au moins neuf "
    "personnes, selon la police. Les Chabab ont affirmé avoir mené l'assaut. Le gouvernement a "
    "condamné l'attaque."
)


def test_story_actors_group_saying_it_carried_out_the_attack_is_its_author() -> None:
    for text, lang in ((HOTEL_EN, "en"), (HOTEL_FR, "fr")):
        (attack,) = _of(text, lang, "attack_on_civilians")
        assert _id(attack.initiator) == "al-shabaab"
        assert "story.claimed_author" in _rules(attack, "initiator")
        (condemn,) = _of(text, lang, "condemn")
        assert _id(condemn.target) == "al-shabaab"


def test_story_actors_group_saying_it_will_attack_claims_nothing() -> None:
    texts = (
        (
            "Gunmen stormed a hotel in Mogadishu on Friday, killing at least nine people, police "
            "said. Al-Shabaab said it would carry out more attacks in the capital.",
            "en",
        ),
        (
            "Des hommes armés ont pris d'assaut un hôtel de Mogadiscio vendredi, tuant au moins "
            "neuf personnes. Les Chabab ont affirmé qu'ils mèneraient d'autres attaques.",
            "fr",
        ),
        (
            "Gunmen stormed a hotel in Mogadishu on Friday, killing at least nine people, police "
            "said. Al-Shabaab said it had not carried out the attack.",
            "en",
        ),
        (
            "Gunmen stormed a hotel in Mogadishu on Friday, killing at least nine people. "
            "Al-Shabaab denied it carried out the assault.",
            "en",
        ),
    )
    for text, lang in texts:
        for ev in _of(text, lang, "attack_on_civilians"):
            # (a threat of more attacks, or a denial, may still fold into the attack told and
            # lend it its speaker: merging's matter, not this rule's)
            assert "story.claimed_author" not in _rules(ev, "initiator"), text


def test_story_actors_a_group_telling_another_s_deed_claims_nothing_en() -> None:
    text = (
        "Gunmen stormed a hotel in Mogadishu on Friday, killing at least nine people, police said. "
        "Al-Shabaab said government troops carried out the attack on the hotel."
    )
    for ev in _of(text, "en", "attack_on_civilians"):
        assert "story.claimed_author" not in _rules(ev, "initiator")


# -- the addressee of a threat named in its condition ----------------------------------------------


def _threat(text: str, lang: str) -> Event:
    (threat,) = _of(text, lang, "threaten")
    return threat


def test_story_actors_threat_until_a_party_stops_is_aimed_at_it() -> None:
    cases = (
        (
            "The Houthis fired a missile at a cargo ship in the Red Sea on Sunday. The group "
            "vowed that attacks would continue until Israel stops its offensive in Gaza.",
            "en",
            "ISR",
        ),
        (
            "The Houthis fired a missile at a cargo ship. The Houthis warned they would keep "
            "targeting ships unless the United States halts its strikes.",
            "en",
            "USA",
        ),
        (
            "Les Houthis ont tiré un missile sur un cargo. Le mouvement a menacé de poursuivre "
            "ses attaques jusqu'à ce qu'Israël cesse son offensive à Gaza.",
            "fr",
            "ISR",
        ),
        (
            "Les Houthis ont tiré un missile sur un cargo. Le mouvement a menacé de poursuivre "
            "ses attaques tant que les Etats-Unis frapperont le Yémen.",
            "fr",
            "USA",
        ),
    )
    for text, lang, country in cases:
        threat = _threat(text, lang)
        assert threat.target is not None and threat.target.country == country, text
        assert "story.threat_condition" in _rules(threat, "target")


def test_story_actors_threat_with_no_party_in_its_condition_keeps_no_target() -> None:
    cases = (
        (
            "The Houthis fired a missile at a cargo ship. The group vowed that attacks would "
            "continue until the war ends.",
            "en",
        ),
        (
            "Les Houthis ont tiré un missile sur un cargo. Le mouvement a menacé de poursuivre "
            "ses attaques au moins deux semaines, selon son chef qui a parlé à Sanaa.",
            "fr",
        ),
    )
    for text, lang in cases:
        assert "story.threat_condition" not in _rules(_threat(text, lang), "target"), text


def test_story_actors_deed_told_in_a_tickers_other_story_names_no_author_en() -> None:
    text = (
        "09:00 - Gunmen killed six villagers in Zamfara state in northwestern Nigeria overnight, "
        "police said.\n\n09:40 - In Somalia, al-Shabaab said it carried out an attack on an army "
        "base near Kismayo."
    )
    for ev in extract_text(text, "en", PUB):
        assert "story.claimed_author" not in _rules(ev, "initiator")
        if ev.location is not None and ev.location.country == "NGA":
            assert _id(ev.initiator) != "al-shabaab"
