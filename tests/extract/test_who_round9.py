"""Who, round 9: datelines are never a side, three signatories have no single initiator, a
site owned by an armed body names the side struck, an army's own inquiry is that army's.
Sentences written here."""

from __future__ import annotations

import pytest
from extracting import actor_id as _id
from extracting import events as _events

# -- an exchange under a wire dateline: the parties after the dash, not the dateline's city ---


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Aug 24 (Wirewatch) - Russia and Ukraine exchanged 115 prisoners of war on Saturday.",
        "MOSCOW, Aug 24 (Wirewatch) - Russia and Ukraine swapped 90 prisoners on Saturday, "
        "Moscow's defence ministry said.",
    ],
)
def test_who_round9_dateline_is_never_a_party_en(text: str) -> None:
    swap = next(e for e in _events(text, "en") if e.type == "release")
    assert {_id(swap.initiator), _id(swap.target)} == {"rus", "ukr"}


def test_who_round9_dateline_fr() -> None:
    text = "KINSHASA, 3 mars (Wirewatch) - La RDC et le Rwanda ont signé un accord de paix."
    deal = next(e for e in _events(text, "fr") if e.type == "agreement")
    assert {_id(deal.initiator), _id(deal.target)} == {"cod", "rwa"}


# -- three or more signatories: no single initiator, no target among them -----------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Russie, l'Ukraine et la Biélorussie ont signé un accord sur les céréales.", "fr"),
        ("Egypt, Qatar and the United States signed a joint statement on Gaza on Monday.", "en"),
    ],
)
def test_who_round9_three_signatories_no_initiator(text: str, lang: str) -> None:
    deal = next(e for e in _events(text, lang) if e.type == "agreement")
    assert deal.initiator is None or _id(deal.initiator) is None
    assert deal.target is None or _id(deal.target) is None


def test_who_round9_cut_title_is_one_party_fr() -> None:
    # a title split by its own "et" and the name after it are one minister, still two parties
    text = (
        "La ministre de l'Europe et des Affaires étrangères, Mme Claire Dubois, s'est "
        "entretenue mardi par téléphone avec son homologue arménien."
    )
    call = [e for e in _events(text, "fr") if e.type == "consult_phone"]
    assert call and _id(call[0].initiator) != "arm"


# -- a military site owned by an armed body: the owner is the side struck ----------------------


@pytest.mark.parametrize(
    ("text", "lang", "owner"),
    [
        (
            "L'armée soudanaise a bombardé des positions des FSR à Khartoum, selon des témoins.",
            "fr",
            "rsf",
        ),
        (
            "Des frappes ont visé des dépôts d'armes du Hezbollah dans le sud du Liban.",
            "fr",
            "hezbollah",
        ),
        (
            "Israeli jets struck Hezbollah's weapons depots in southern Lebanon overnight.",
            "en",
            "hezbollah",
        ),
        (
            "Les forces russes ont pilonné des positions de l'armée ukrainienne près de Koupiansk.",
            "fr",
            "ukr-mil",
        ),
    ],
)
def test_who_round9_site_owner_is_target(text: str, lang: str, owner: str) -> None:
    found = _events(text, lang)
    assert any(_id(e.target) == owner for e in found), [(e.type, _id(e.target)) for e in found]


def test_who_round9_place_is_not_a_site_owner_en() -> None:
    text = "Russian forces shelled positions of the Kherson region overnight."
    found = _events(text, "en")
    assert all(_id(e.target) in {"ukr", None} for e in found)


# -- "its investigation": the subject's; a bare army is the one army named before ---------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Israeli troops opened fire near an aid convoy in Gaza. The army said its inquiry "
            "into the shooting was still under way.",
            "en",
        ),
        (
            "L'armée israélienne a frappé une école à Gaza. L'armée a publié vendredi les "
            "conclusions de son enquête.",
            "fr",
        ),
    ],
)
def test_who_round9_army_owns_its_inquiry(text: str, lang: str) -> None:
    inquiry = next(e for e in _events(text, lang) if e.type == "investigate")
    assert _id(inquiry.initiator) == "isr-mil"


def test_who_round9_two_armies_inquiry_stays_unknown_fr() -> None:
    text = (
        "Des soldats russes et ukrainiens se sont affrontés près de Koupiansk. L'armée a "
        "annoncé l'ouverture de son enquête."
    )
    inquiry = next(e for e in _events(text, "fr") if e.type == "investigate")
    # two armies named: "l'armée" is neither guessed nor the place's prosecutors
    assert _id(inquiry.initiator) is None


# -- mediators named with the parties' nouns are brokers, not one party against the other ------


def test_who_round9_mediators_are_not_two_parties_fr() -> None:
    text = (
        "Le Qatar et l'Égypte, médiateurs, ont reçu mardi des délégations israélienne et du "
        "Hamas au Caire."
    )
    meeting = next(e for e in _events(text, "fr") if e.type == "consult_meeting")
    assert _id(meeting.target) != "egy"


def test_who_round9_mediated_talks_keep_the_parties_en() -> None:
    text = "Qatar and Egypt are mediating talks between Israel and Hamas on a ceasefire in Gaza."
    talks = next(e for e in _events(text, "en") if e.type == "consult_meeting")
    assert {_id(talks.initiator), _id(talks.target)} == {"isr", "hamas"}


# -- a clash told by a conjoined subject and a bare clash verb: both sides, the state first -----


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sudan's army and the RSF clashed in Omdurman on Friday, residents said.", "en"),
        ("L'armée soudanaise et les FSR se sont affrontées vendredi à Omdourman.", "fr"),
        ("Les FSR et l'armée soudanaise se sont affrontées vendredi à Omdourman.", "fr"),
    ],
)
def test_who_round9_clash_conjoined_sides(text: str, lang: str) -> None:
    clash = next(e for e in _events(text, lang) if e.type == "armed_clash")
    assert (_id(clash.initiator), _id(clash.target)) == ("sdn-mil", "rsf")


def test_who_round9_trilateral_talks_no_pair_en() -> None:
    text = (
        "The Ministry of Foreign Affairs of Japan, the Republic of Korea and the United States "
        "held trilateral talks in Tokyo on Monday."
    )
    talks = [e for e in _events(text, "en") if e.type == "consult_meeting"]
    # three delegations: none is the initiator against another
    assert all(_id(e.target) not in {"kor", "usa"} for e in talks)


def test_who_round9_three_signatories_keep_their_partner_fr() -> None:
    text = "La France, l'Allemagne et l'Italie ont signé un accord de défense avec l'Ukraine."
    deal = next(e for e in _events(text, "fr") if e.type == "agreement")
    assert _id(deal.target) == "ukr"


def test_who_round9_three_suppliers_not_paired_en() -> None:
    text = "The US, Britain and France agreed to supply Ukraine with more air defence systems."
    for ev in _events(text, "en"):
        # none of the three is the target of another
        assert _id(ev.target) not in {"gbr", "fra", "usa"}, ev.type


def test_who_round9_dateline_clash_en() -> None:
    text = (
        "GOMA, Congo (Wirewatch) — Congolese troops and M23 rebels clashed outside the city "
        "on Monday."
    )
    clash = next(e for e in _events(text, "en") if e.type == "armed_clash")
    assert (_id(clash.initiator), _id(clash.target)) == ("cod-mil", "m23")


def test_who_round9_acronym_opening_a_list_is_not_a_dateline_en() -> None:
    # "NATO," opens a list of three signatories, it is no dateline to skip
    text = "NATO, the EU and Ukraine signed a joint declaration on Monday."
    deal = next(e for e in _events(text, "en") if e.type == "agreement")
    assert _id(deal.target) not in {"eu", "ukr"}


# -- "ont opposé soldats et rebelles": a bare "rebelles" is the one armed group the story names -


def test_who_round9_bare_rebels_are_the_story_group_fr() -> None:
    text = (
        "Le M23 progresse vers Goma. Des échanges de tirs ont opposé lundi soldats congolais "
        "et rebelles aux abords de l'aéroport de Goma."
    )
    clash = next(e for e in _events(text, "fr") if e.type == "armed_clash")
    assert (_id(clash.initiator), _id(clash.target)) == ("cod-mil", "m23")


def test_who_round9_bare_rebels_two_groups_stay_unknown_fr() -> None:
    text = (
        "Le M23 et les ADF sont actifs dans l'est. Des combats ont opposé dimanche soldats "
        "congolais et rebelles près de Beni."
    )
    clash = next(e for e in _events(text, "fr") if e.type == "armed_clash")
    assert _id(clash.target) not in {"m23", "adf"}
