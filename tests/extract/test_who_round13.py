"""Round 13 of WHO in the sentence: sides that were wrong or empty, read as classes.

Every sentence is written here, in the ways wires, papers and live pages phrase the same thing.
"""

from __future__ import annotations

import pytest
from tests.extract.extracting import actor_country, actor_id, events, of_type, one, rules_of

# -- a place or a road is no side -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        (
            "Israel's security cabinet said it would reopen the Erez crossing into northern Gaza.",
            "en",
            "concede",
        ),
        (
            "Le Conseil de sécurité a exigé jeudi la levée du siège d'El Facher.",
            "fr",
            "demand",
        ),
    ],
)
def test_who_round13_place_object_is_no_empty_side(text: str, lang: str, code: str) -> None:
    event = one(text, lang, code)
    target = event.target
    assert target is None or target.id is not None or target.country is not None


def test_who_round13_route_object_names_no_side() -> None:
    found = events(
        "Depuis lundi, des centaines d'agriculteurs bloquent les autoroutes A1 et A4 autour de "
        "Paris.",
        "fr",
    )
    for event in found:
        assert not rules_of(event, "target", "fr.target.object"), event


def test_who_round13_summons_is_no_target() -> None:
    # "à l'appel de la FNSEA": who called for the blockade, not whom it targets
    for event in events(
        "Des centaines d'exploitants bloquent depuis lundi les autoroutes, à l'appel de la FNSEA.",
        "fr",
    ):
        assert not rules_of(event, "target", "fr.target.indirect")


# -- a named person killed is the struck side, not the soil ----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "side"),
    [
        (
            "Hamas said its political leader Ismail Haniyeh was killed overnight in an Israeli "
            "strike on his residence in Tehran.",
            "en",
            "PSE",
        ),
        (
            "Ismaïl Haniyeh a été tué mercredi à Téhéran dans un raid imputé à Israël.",
            "fr",
            "PSE",
        ),
        (
            "Hezbollah leader Hassan Nasrallah was killed on Friday in an Israeli air strike on "
            "the group's headquarters in Beirut.",
            "en",
            "LBN",
        ),
    ],
)
def test_who_round13_named_victim_is_the_target(text: str, lang: str, side: str) -> None:
    strike = one(text, lang, "air_strike")
    assert actor_country(strike.target) == side
    assert actor_id(strike.initiator) == "isr"


def test_who_round13_unnamed_victims_keep_the_place_state() -> None:
    strike = one(
        "Three civilians were killed in an Israeli strike on a house in southern Lebanon.",
        "en",
        "air_strike",
    )
    assert actor_country(strike.target) == "LBN"
    assert not rules_of(strike, "target", "en.target.named_victim")


# -- a held place: the holder is struck (GUIDELINES §5) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Des drones navals ukrainiens ont frappé lundi le pont de Crimée, tuant deux civils.",
            "fr",
        ),
        (
            "Ukrainian sea drones hit the Crimean Bridge early on Monday, killing a couple.",
            "en",
        ),
        (
            "Une frappe de missiles a visé dans la nuit Sébastopol, en Crimée annexée, a indiqué "
            "le gouverneur installé par Moscou.",
            "fr",
        ),
    ],
)
def test_who_round13_strike_on_crimea_targets_its_holder(text: str, lang: str) -> None:
    strikes = [e for e in events(text, lang) if e.type.endswith("_strike")]
    assert strikes, events(text, lang)
    assert actor_country(strikes[0].target) == "RUS"
    # the place keeps the recognised border
    assert strikes[0].location is None or strikes[0].location.country == "UKR"


def test_who_round13_golan_town_struck_targets_israel() -> None:
    found = events(
        "A rocket fired from Lebanon killed twelve children on a football pitch in Majdal Shams "
        "in the Golan Heights.",
        "en",
    )
    assert [actor_country(e.target) for e in found if e.type == "shelling"] == ["ISR"]


def test_who_round13_unheld_town_keeps_its_state() -> None:
    strike = one(
        "Une frappe russe a touché un immeuble de Kherson, tuant trois personnes.",
        "fr",
        "air_strike",
    )
    assert actor_country(strike.target) == "UKR"


# -- a state's own jets at home ---------------------------------------------------------------

JUNTA_STORY = (
    "Myanmar's junta has lost control of much of the north since the offensive began. "
    "On Tuesday, jets and a helicopter attacked a gathering in a village in Sagaing Region."
)


def test_who_round13_state_jets_at_home_name_no_target() -> None:
    strike = one(JUNTA_STORY, "en", "air_strike")
    assert actor_id(strike.initiator) == "mmr-mil"
    assert strike.target is None


# -- between X and Y, at the request of X -------------------------------------------------------


def test_who_round13_brokered_between_the_junta_and_the_alliance() -> None:
    text = (
        "The Arakan Army and its partners in the Three Brotherhood Alliance seized two towns from "
        "Myanmar's junta. China then brokered a ceasefire between the junta and the alliance."
    )
    deal = one(text, "en", "agreement")
    assert actor_country(deal.initiator) == "MMR" and actor_id(deal.initiator) != "chn"
    assert actor_country(deal.target) == "MMR" and deal.target.kind == "armed_group"


@pytest.mark.parametrize(
    ("text", "lang", "asker"),
    [
        (
            "The UN Security Council will hold an emergency meeting on Tuesday at the request of "
            "the UK, France and Ecuador.",
            "en",
            "gbr",
        ),
        (
            "At Russia's request, the UN Security Council met on Friday to discuss the strike.",
            "en",
            "rus",
        ),
        (
            "Le Conseil de sécurité de l'ONU a tenu vendredi une réunion d'urgence à la demande de "
            "la Russie.",
            "fr",
            "rus",
        ),
    ],
)
def test_who_round13_requester_is_the_demand_author(text: str, lang: str, asker: str) -> None:
    demand = one(text, lang, "demand")
    assert actor_id(demand.initiator) == asker
    assert actor_id(demand.target) == "un-security-council"


def test_who_round13_request_without_actors_is_not_read() -> None:
    assert not of_type("Il a présenté une demande d'asile en Allemagne.", "fr", "demand")


# -- the place left is no target ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Plus de 120 000 personnes ont déjà quitté la région de Koursk.", "fr"),
        ("Des milliers d'habitants ont fui la ville de Pokrovsk ces derniers jours.", "fr"),
        ("Thousands of residents have fled Pokrovsk in recent days, officials said.", "en"),
    ],
)
def test_who_round13_place_left_is_no_target(text: str, lang: str) -> None:
    for event in of_type(text, lang, "other_development"):
        assert event.target is None


def test_who_round13_bloc_left_stays_the_target() -> None:
    exit_ = one(
        "Le Niger, le Mali et le Burkina Faso ont quitté la Cédéao.", "fr", "other_development"
    )
    assert actor_id(exit_.target) == "ecowas"


# -- several states' embassies ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Mardi, à Kinshasa, des manifestants ont incendié une partie de l'ambassade de France "
            "et pris d'assaut celles du Rwanda, de la Belgique et des États-Unis.",
            "fr",
        ),
        (
            "Angry protesters set fire to the French embassy in Kinshasa and stormed those of "
            "Rwanda, Belgium and the United States.",
            "en",
        ),
    ],
)
def test_who_round13_several_embassies_name_no_target(text: str, lang: str) -> None:
    riots = of_type(text, lang, "riot")
    assert riots and all(riot.target is None for riot in riots)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des manifestants ont attaqué lundi l'ambassade de France au Niger.", "fr"),
        ("Protesters attacked the French embassy in Niger on Sunday, throwing stones.", "en"),
    ],
)
def test_who_round13_one_embassy_is_its_state(text: str, lang: str) -> None:
    assert actor_country(one(text, lang, "riot").target) == "FRA"


# -- a weapon named as the agent is the means ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "author"),
    [
        (
            "The tanker was struck by a Houthi drone boat off Hodeidah on Wednesday.",
            "en",
            "houthis",
        ),
        ("The base was hit by Hezbollah drones overnight, the army said.", "en", "hezbollah"),
        (
            "La base a été visée dans la nuit par des drones du Hezbollah, selon l'armée.",
            "fr",
            "hezbollah",
        ),
        ("Le pétrolier a été touché par un drone des Houthis en mer Rouge.", "fr", "houthis"),
    ],
)
def test_who_round13_armed_body_on_the_weapon_is_the_author(
    text: str, lang: str, author: str
) -> None:
    assert actor_id(one(text, lang, "drone_strike").initiator) == author


def test_who_round13_unowned_drone_boat_is_no_author() -> None:
    strike = one(
        "The ship was hit on 12 June by an explosive-laden drone boat that killed one sailor.",
        "en",
        "drone_strike",
    )
    assert strike.initiator is None


# -- a compass point is where, not whom ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Hezbollah devra quant à lui retirer ses combattants au nord du fleuve Litani.", "fr"),
        ("Hezbollah must pull its fighters back to the north of the Litani river.", "en"),
    ],
)
def test_who_round13_compass_point_is_no_target(text: str, lang: str) -> None:
    pullback = one(text, lang, "retreat")
    assert actor_id(pullback.initiator) == "hezbollah"
    assert pullback.target is None


def test_who_round13_recipient_after_a_still_read() -> None:
    delivery = one("La Russie a livré des missiles à l'Iran.", "fr", "aid_delivery")
    assert actor_id(delivery.target) == "irn"


# -- "un responsable du mouvement": the group named before -------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Les rebelles houthis ont revendiqué l'attaque. « L'Amérique devra payer un lourd prix "
            "pour cette agression », a prévenu un haut responsable du mouvement soutenu par l'Iran.",
            "fr",
        ),
        (
            'Houthi rebels claimed the attack. "America will pay a heavy price for this '
            'aggression," a senior official of the Iran-backed movement warned.',
            "en",
        ),
    ],
)
def test_who_round13_official_of_the_movement_is_the_group(text: str, lang: str) -> None:
    assert actor_id(one(text, lang, "threaten").initiator) == "houthis"


def test_who_round13_movement_with_no_group_before_stays_unknown() -> None:
    condemn = one(
        "Les États-Unis ont frappé des sites au Yémen. Un responsable du mouvement a dénoncé une "
        "agression.",
        "fr",
        "condemn",
    )
    assert actor_id(condemn.initiator) is None and actor_country(condemn.initiator) is None


def test_who_round13_weapons_seized_are_no_side() -> None:
    seizure = one(
        "U.S. Navy SEALs seized Iranian-made ballistic missile components from a dhow off Somalia.",
        "en",
        "weapons_seized",
    )
    assert seizure.target is None or seizure.target.country is not None


# -- sentence structure the parser splits --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "side"),
    [
        (
            "En janvier 2023, la junte avait exigé le départ sous un mois des forces spéciales "
            "françaises.",
            "fr",
            "FRA",
        ),
        ("The junta demanded the departure of French troops within a month.", "en", "FRA"),
    ],
)
def test_who_round13_departure_split_by_a_time_phrase(text: str, lang: str, side: str) -> None:
    assert actor_country(one(text, lang, "demand").target) == side


def test_who_round13_region_left_is_no_withdrawing_side() -> None:
    assert (
        one("Le Kremlin a exigé le retrait de la région de Koursk.", "fr", "demand").target is None
    )


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Georgia's interior ministry said 293 people had been detained since Thursday and "
            "that 143 officers had been injured, accusing protesters of throwing fireworks.",
            "geo-interior",
        ),
        (
            "Kenya's police said 40 people were arrested and that two officers were hurt, "
            "accusing demonstrators of looting shops.",
            "ken-police",
        ),
    ],
)
def test_who_round13_participle_after_a_second_reported_clause(text: str, author: str) -> None:
    assert actor_id(one(text, "en", "accuse").initiator) == author


# -- the offices of a known body ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "owner"),
    [
        (
            "Protesters ransacked the headquarters of Georgian Dream in Tbilisi on Sunday.",
            "en",
            "georgian-dream",
        ),
        (
            "Des manifestants ont incendié le siège du Rassemblement national à Paris.",
            "fr",
            "rassemblement-national",
        ),
        ("Des émeutiers ont saccagé les locaux de la CGT dans la nuit.", "fr", "cgt"),
    ],
)
def test_who_round13_premises_of_a_body_are_its(text: str, lang: str, owner: str) -> None:
    assert actor_id(one(text, lang, "riot").target) == owner


def test_who_round13_premises_of_an_unknown_body_name_no_owner() -> None:
    riot = one("Protesters ransacked the offices of a bank in Tbilisi on Sunday.", "en", "riot")
    assert riot.target is None or riot.target.kind == "state"
