"""Round 12 of the story-level sides: reactions pointing back at "these attacks", replies to
sanctions told twice, and a state that is not its own addressee. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.extracting import actor_id, of_type, one, rules_of

TWO_ATTACKERS_FR = (
    "L'aviation israélienne a bombardé vendredi des positions du Hezbollah dans le sud du Liban, "
    "a annoncé l'armée israélienne.\n\n"
    "Jeudi, le Hezbollah avait tiré une trentaine de roquettes sur le nord d'Israël, selon l'armée.\n\n"
)
TWO_ATTACKERS_EN = (
    "Ukraine launched dozens of drones at Russia's Belgorod region overnight, wounding two people, "
    "the regional governor said.\n\n"
    "On Saturday, Russia fired a barrage of missiles at Kyiv, killing three people, Ukrainian "
    "officials said.\n\n"
)


def test_story_actors_demonstrative_attack_demand_targets_nearest_attacker_fr() -> None:
    text = TWO_ATTACKERS_FR + "L'Union européenne a réclamé samedi la fin immédiate de ces tirs."
    demand = one(text, "fr", "demand")
    assert actor_id(demand.target) == "hezbollah"
    assert rules_of(demand, "target", "story.") == ["story.answered_act"]


def test_story_actors_demonstrative_attack_demand_targets_nearest_attacker_en() -> None:
    text = (
        TWO_ATTACKERS_EN
        + "The European Union on Sunday demanded an immediate end to these missile strikes."
    )
    demand = one(text, "en", "demand")
    assert actor_id(demand.target) == "rus"


def test_story_actors_rule_over_every_attack_stays_unaimed_fr() -> None:
    text = TWO_ATTACKERS_FR + "L'Union européenne a réclamé samedi la fin de toutes les attaques."
    assert one(text, "fr", "demand").target is None


def test_story_actors_rule_over_every_attack_stays_unaimed_en() -> None:
    text = (
        TWO_ATTACKERS_EN
        + "The European Union on Sunday demanded an end to all attacks on civilians."
    )
    assert one(text, "en", "demand").target is None


SANCTIONS_FR = (
    "L'UE adopte un nouveau paquet de sanctions contre l'Iran\n\n"
    "Les Vingt-Sept ont formellement approuvé lundi à Bruxelles un nouveau paquet de sanctions "
    "contre {state}, qui gèle les avoirs de 30 responsables.\n\n"
    "Le chef de la diplomatie européenne a par ailleurs annoncé une aide de 50 millions d'euros au Liban.\n\n"
    "Téhéran a vivement condamné la démarche européenne."
)
SANCTIONS_EN = (
    "EU adopts new package of sanctions against Iran\n\n"
    "The bloc's 27 members formally approved on Monday in Brussels a fresh package of sanctions "
    "against {state}, freezing the assets of 30 officials.\n\n"
    "The EU's foreign policy chief also announced 50 million euros in aid for Lebanon.\n\n"
    "Tehran sharply condemned the move."
)


def test_story_actors_sanction_told_twice_reply_targets_power_fr() -> None:
    condemn = one(SANCTIONS_FR.format(state="l'Iran"), "fr", "condemn")
    assert actor_id(condemn.target) == "eu"
    assert rules_of(condemn, "target", "story.") == ["story.sanction_reply"]


def test_story_actors_sanction_told_twice_reply_targets_power_en() -> None:
    condemn = one(SANCTIONS_EN.format(state="Iran"), "en", "condemn")
    assert actor_id(condemn.target) == "eu"


def test_story_actors_unread_sanction_on_another_state_blocks_reply_fr() -> None:
    """An unread sanctioner against a second state: more than one pair may be in play."""
    condemn = one(SANCTIONS_FR.format(state="la Biélorussie"), "fr", "condemn")
    assert not rules_of(condemn, "target", "story.sanction_reply")


def test_story_actors_state_is_not_its_own_addressee_fr() -> None:
    text = (
        "Des milliers de manifestants ont défilé samedi à Téhéran contre la vie chère.\n\n"
        "Téhéran a aussitôt promis une riposte."
    )
    for threat in of_type(text, "fr", "threaten"):
        assert actor_id(threat.target) != actor_id(threat.initiator)


CHAD_FR = (
    "Tchad : la France va retirer ses soldats\n\n"
    "N'Djamena, 12 novembre 2024 - Les autorités tchadiennes ont rompu la semaine dernière l'accord "
    "de défense qui les liait à Paris. La France a finalement accepté mardi de {what}."
)
CHAD_EN = (
    "Chad: France to pull out troops\n\n"
    "N'Djamena, Nov 12 - Chad's government last week ended its defence pact with Paris. "
    "France on Tuesday agreed to withdraw its troops from {where} by the end of the year."
)


def test_story_actors_conceded_withdrawal_targets_host_fr() -> None:
    concede = one(
        CHAD_FR.format(what="retirer ses militaires du pays d'ici à la fin de l'année"),
        "fr",
        "concede",
    )
    assert actor_id(concede.target) == "tcd"
    assert rules_of(concede, "target", "story.") == ["story.conceded_withdrawal"]


def test_story_actors_concession_without_withdrawal_stays_unaimed_fr() -> None:
    concede = one(CHAD_FR.format(what="réduire ses effectifs dans le pays"), "fr", "concede")
    assert concede.target is None


def test_story_actors_conceded_withdrawal_targets_host_en() -> None:
    for where in ("the country", "Chad"):
        agreed = one(CHAD_EN.format(where=where), "en", "agreement")
        assert actor_id(agreed.target) == "tcd", where


def test_story_actors_withdrawal_from_own_land_is_no_concession_to_it_en() -> None:
    text = (
        "Vienna, Nov 12 - Iran on Tuesday agreed to remove the cameras installed by inspectors "
        "from the country's nuclear sites, officials said."
    )
    assert one(text, "en", "agreement").target is None


def test_story_actors_ended_pact_targets_the_partner_fr() -> None:
    text = (
        "Mali\n\nBamako, 12 novembre 2024 - Le 16 octobre, la junte malienne avait dénoncé "
        "« sans préavis » l'accord de défense qui liait le Mali à la France."
    )
    sanction = one(text, "fr", "sanction")
    assert actor_id(sanction.target) == "fra"
    assert rules_of(sanction, "target", "story.") == ["story.ended_pact"]


def test_story_actors_ended_pact_targets_the_partner_en() -> None:
    text = (
        "Mali\n\nBamako, Nov 12 - Mali's military government on Monday revoked the military "
        "cooperation agreement that bound it to France, state television said."
    )
    assert actor_id(one(text, "en", "sanction").target) == "fra"


def test_story_actors_pact_with_two_partners_names_no_one_target_fr() -> None:
    text = (
        "Niger\n\nNiamey, 12 novembre 2024 - La junte nigérienne a dénoncé samedi les accords de "
        "défense signés avec la France et les États-Unis, a annoncé son porte-parole."
    )
    for sanction in of_type(text, "fr", "sanction"):
        assert not rules_of(sanction, "target", "story.ended_pact")


GAZA_FR = (
    "Gaza\n\nGaza, 12 novembre 2024 - Plus de cinquante Palestiniens ont été tués jeudi lors d'une "
    "distribution d'aide dans le nord de Gaza, selon le ministère de la Santé du Hamas.\n\n"
    "Le président français a exprimé sa profonde indignation face aux images de civils visés par "
    "des soldats israéliens."
)
SUDAN_EN = (
    "Sudan\n\nKhartoum, Nov 12 - At least twenty civilians were killed on Saturday in fighting in "
    "Darfur.\n\nThe UN secretary-general on Sunday voiced outrage at reports of markets bombed by {by}."
)


def test_story_actors_reaction_targets_named_agent_of_attack_fr() -> None:
    condemn = one(GAZA_FR, "fr", "condemn")
    assert actor_id(condemn.target) == "isr-mil"


def test_story_actors_reaction_targets_named_agent_of_attack_en() -> None:
    condemn = one(SUDAN_EN.format(by="the Sudanese army"), "en", "condemn")
    assert actor_id(condemn.target) == "sdn-mil"


def test_story_actors_unknown_agent_of_attack_gives_no_target_en() -> None:
    condemn = one(SUDAN_EN.format(by="unidentified aircraft"), "en", "condemn")
    assert condemn.target is None
