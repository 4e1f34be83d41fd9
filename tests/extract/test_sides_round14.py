"""Round 14 of the sides: a repelled attack by a group of the defender's own country, sites
owned by a named group ("des cibles du Hezbollah"), the accused act's author when the parser
hangs the infinitive on the accused, a known body's short name before its description ("the SBU
security service"), mercenaries as killers, "prendre d'assaut", fighters located near a place,
bare "des soldats" in a one-country story. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.extracting import actor_country, actor_id, events, of_type, one

# -- a repelled attack: the group's own country is no reason to keep the parse ---------------


def test_sides_repelled_attack_by_home_group_fr() -> None:
    clash = one("Les FARDC ont repoussé une attaque du M23 près de Goma.", "fr", "armed_clash")
    assert actor_id(clash.initiator) == "m23"
    assert actor_id(clash.target) == "cod-mil"


def test_sides_repelled_attack_by_home_group_other_country_fr() -> None:
    clash = one(
        "L'armée somalienne a repoussé mardi un assaut des shebab contre une base.",
        "fr",
        "armed_clash",
    )
    assert actor_id(clash.initiator) == "al-shabaab"
    assert actor_id(clash.target) != "al-shabaab"


def test_sides_repelled_foreign_attack_still_turned_en() -> None:
    clash = one("Ukrainian forces repelled a Russian assault near Pokrovsk.", "en", "armed_clash")
    assert actor_country(clash.initiator) == "RUS"
    assert actor_country(clash.target) == "UKR"


def test_sides_repelled_attack_by_named_fighters_en() -> None:
    clash = one("The army repelled an attack by M23 rebels near Sake.", "en", "armed_clash")
    assert actor_id(clash.initiator) == "m23"
    assert actor_id(clash.target) == "cod-mil"


def test_sides_repelled_attack_by_unnamed_rebels_en() -> None:
    clash = one("Troops repelled an attack by rebels near Sake.", "en", "armed_clash")
    assert clash.initiator is None
    assert actor_id(clash.target) == "cod-mil"


# -- a site owned by a named group is the group's ---------------------------------------------


def test_sides_targets_of_a_group_fr() -> None:
    strike = one(
        "Tsahal a frappé des cibles du Hezbollah dans le sud du Liban.", "fr", "air_strike"
    )
    assert actor_id(strike.target) == "hezbollah"


def test_sides_installations_of_a_group_fr() -> None:
    strike = one(
        "L'aviation israélienne a visé des installations du Hamas à Gaza.",
        "fr",
        "air_strike",
    )
    assert actor_id(strike.target) == "hamas"


def test_sides_targets_of_a_group_en() -> None:
    strike = one(
        "Israeli jets hit targets of Hezbollah in southern Lebanon overnight.", "en", "air_strike"
    )
    assert actor_id(strike.target) == "hezbollah"


def test_sides_targets_in_a_city_are_no_group_fr() -> None:
    # a place after the site noun names where, not whose
    found = events("L'armée russe a frappé des cibles à Kharkiv.", "fr")
    assert all(actor_id(e.target) != "hezbollah" for e in found)
    assert all(actor_country(e.target) != "RUS" for e in found)


# -- the accused act's author: the accused, also when the infinitive hangs on it ---------------


def test_sides_accused_army_bombs_civilians_fr() -> None:
    text = "Hemedti a accusé l'armée soudanaise de bombarder des civils à Nyala."
    (act,) = [e for e in events(text, "fr") if e.type != "accuse"]
    assert actor_id(act.initiator) == "sdn-mil"
    assert actor_id(act.target) == "sdn"
    assert actor_id(act.claimant) == "mohamed-hamdan-dagalo"


def test_sides_accused_militia_bombs_camps_fr() -> None:
    text = "L'ONU accuse les FSR de bombarder des camps de déplacés au Darfour."
    (act,) = [e for e in events(text, "fr") if e.type != "accuse"]
    assert actor_id(act.initiator) == "rsf"
    assert actor_id(act.claimant) == "un"


def test_sides_accused_foreign_army_shells_civilians_en() -> None:
    text = "Kyiv accused the Russian army of shelling civilians in Kharkiv."
    shelling = one(text, "en", "shelling")
    assert actor_id(shelling.initiator) == "rus-mil"
    assert actor_id(shelling.target) == "ukr"


def test_sides_asked_to_protect_is_no_author_fr() -> None:
    # "demander à l'armée de protéger" is a request, not an accusation
    text = "Le ministre a demandé à l'armée de protéger les civils à Nyala."
    assert not [e for e in events(text, "fr") if e.type in {"shelling", "attack_on_civilians"}]


def test_sides_army_shelling_villagers_targets_their_state_en() -> None:
    text = "Myanmar's army shelled villagers in Sagaing on Saturday."
    shelling = one(text, "en", "shelling")
    assert actor_id(shelling.initiator) == "mmr-mil"
    assert actor_id(shelling.target) == "mmr"


def test_sides_army_shelling_rebel_positions_keeps_no_own_target_fr() -> None:
    text = "L'armée soudanaise a bombardé des positions rebelles près de Nyala."
    shelling = one(text, "fr", "shelling")
    assert actor_id(shelling.initiator) == "sdn-mil"
    assert actor_id(shelling.target) != "sdn"


# -- a known body's short name before the words that describe it ------------------------------


def test_sides_short_name_before_description_speaker_en() -> None:
    text = "Ukraine's GUR military intelligence said its drones hit a refinery in Ryazan."
    strike = one(text, "en", "drone_strike")
    assert actor_id(strike.initiator) == "gur"
    assert actor_id(strike.claimant) == "gur"
    assert strike.status == "claimed"


def test_sides_short_name_tagged_adjective_en() -> None:
    text = "The SBU security service said it had detained a Russian agent in Kharkiv."
    arrest = one(text, "en", "arrest")
    assert actor_id(arrest.initiator) == "sbu"
    assert actor_id(arrest.claimant) == "sbu"


def test_sides_group_name_after_fighters_fr() -> None:
    clash = one("Des combattants shebab ont attaqué une base à Mogadiscio.", "fr", "armed_clash")
    assert actor_id(clash.initiator) == "al-shabaab"


def test_sides_city_name_before_description_is_no_body_en() -> None:
    text = "The Kyiv city administration said Russian drones hit a school."
    strike = one(text, "en", "drone_strike")
    assert actor_country(strike.initiator) == "RUS"
    assert actor_id(strike.claimant) is None or actor_country(strike.claimant) == "UKR"


# -- mercenaries and paramilitaries kill: an attack ------------------------------------------


def test_sides_mercenaries_kill_civilians_en() -> None:
    text = "Wagner mercenaries and Malian troops killed dozens of civilians in a village."
    attack = one(text, "en", "attack_on_civilians")
    assert actor_id(attack.initiator) == "wagner"


def test_sides_mercenaries_kill_villagers_fr() -> None:
    text = "Des mercenaires russes ont tué une trentaine de villageois près de Bambari."
    attack = one(text, "fr", "attack_on_civilians")
    assert actor_country(attack.initiator) == "RUS"
    assert actor_country(attack.target) == "CAF"


def test_sides_paramilitaries_kill_civilians_en() -> None:
    text = "RSF paramilitaries killed dozens of civilians in El Geneina."
    attack = one(text, "en", "attack_on_civilians")
    assert actor_id(attack.initiator) == "rsf"


def test_sides_paid_mercenaries_are_no_event_en() -> None:
    assert events("The mercenaries were paid by the government, a report said.", "en") == []


# -- "prendre d'assaut": the subject attacks ------------------------------------------------


def test_sides_storm_idiom_subject_attacks_fr() -> None:
    attack = one("Les shebab ont pris d'assaut un hôtel à Mogadiscio.", "fr", "attack_on_civilians")
    assert actor_id(attack.initiator) == "al-shabaab"


def test_sides_storm_idiom_named_group_fr() -> None:
    attack = one("Les FSR ont pris d'assaut le marché de Nyala.", "fr", "attack_on_civilians")
    assert actor_id(attack.initiator) == "rsf"


def test_sides_taking_control_is_no_storm_fr() -> None:
    found = events("L'armée a pris le contrôle de la ville.", "fr")
    assert not [e for e in found if e.type == "attack_on_civilians"]


# -- fighters near a place: no side of theirs; bare soldiers: the story's one army --------------


def test_sides_soldiers_face_jihadists_fr() -> None:
    clash = one("Des soldats ont affronté des jihadistes près de Ménaka.", "fr", "armed_clash")
    assert actor_id(clash.initiator) == "mli-mil"
    assert clash.target is None


def test_sides_soldiers_fight_rebels_in_a_region_fr() -> None:
    text = "Des militaires ont combattu des rebelles dans la région de Kidal."
    clash = one(text, "fr", "armed_clash")
    assert actor_country(clash.initiator) == "MLI"
    assert clash.target is None


def test_sides_troops_fight_militants_near_a_town_en() -> None:
    clash = one("Troops clashed with militants near Marawi.", "en", "armed_clash")
    assert actor_country(clash.initiator) == "PHL"
    assert clash.target is None


def test_sides_civilians_near_a_place_keep_the_state_en() -> None:
    strike = one("Russian drones struck a hospital in Kramatorsk.", "en", "drone_strike")
    assert actor_country(strike.target) == "UKR"


def test_sides_own_army_chemical_use_targets_no_own_state_fr() -> None:
    text = (
        "La Russie a démenti ces accusations. Elle accuse en retour les forces ukrainiennes "
        "d'avoir employé des agents toxiques dans la région de Zaporijjia."
    )
    for act in of_type(text, "fr", "chemical_attack"):
        assert actor_country(act.initiator) == "UKR"
        assert actor_country(act.target) != "UKR"


# -- "came under fire from X", "a essuyé des tirs de X": the subject undergoes, X fires -------


def test_sides_mortar_fire_still_types_its_strike_en() -> None:
    # English "came under fire" is not read: a "fire" noun row made every "fire" an attack
    # noun, and "Mortar fire hit a school" lost its shelling (French "tir" had rows already)
    strike = one("Mortar fire hit a school in Kharkiv.", "en", "shelling")
    assert actor_id(strike.target) == "ukr"


def test_sides_convoy_under_fire_of_jihadists_fr() -> None:
    text = "Un convoi de l'armée malienne a essuyé des tirs de jihadistes près de Ménaka."
    clash = one(text, "fr", "armed_clash")
    assert actor_id(clash.target) == "mli-mil"
    assert actor_country(clash.initiator) != "MLI"


def test_sides_minister_under_fire_is_no_clash_en() -> None:
    text = "The minister came under fire from the opposition over the budget."
    assert of_type(text, "en", "armed_clash") == []


def test_sides_government_criticised_is_no_clash_fr() -> None:
    assert (
        of_type("Le gouvernement a essuyé des critiques de l'opposition.", "fr", "armed_clash")
        == []
    )
