"""Who did what to whom: initiator, target and the actor context, on sentences written here."""

from __future__ import annotations

from extracting import actor_country as _country
from extracting import actor_id as _id
from extracting import events as _events
from extracting import one as _one


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


# -- round 2: addressees, definite descriptions, names as outlets spell them -------------------


def _ids(text: str, lang: str, code: str) -> tuple[str | None, str | None, str | None]:
    ev = _one(text, lang, code)
    return _id(ev.initiator), _id(ev.target), _id(ev.claimant)


def test_who_called_on_addressee_is_the_target() -> None:
    _init, target, _c = _ids(
        "Russia's foreign ministry called on Washington to stop arming Kyiv.", "en", "demand"
    )
    assert target == "usa"


def test_who_subject_of_a_demanded_clause_is_the_target_en() -> None:
    init, target, _c = _ids(
        "Britain's foreign secretary demanded that Russia withdraw its troops from Ukrainian "
        "territory.",
        "en",
        "demand",
    )
    assert (init, target) == ("gbr-mfa", "rus")


def test_who_subject_of_a_demanded_clause_is_the_target_fr() -> None:
    _init, target, _c = _ids(
        "Le porte-parole du Kremlin, Dmitri Peskov, a exigé que Kiev retire ses troupes de la "
        "région de Koursk.",
        "fr",
        "demand",
    )
    assert target == "ukr"


def test_who_exhorted_state_is_the_target() -> None:
    _init, target, _c = _ids(
        "Le président français a exhorté le Niger à libérer les otages, lundi à Paris.",
        "fr",
        "demand",
    )
    assert target == "ner"


def test_who_the_one_who_will_receive_a_punishment_is_the_target() -> None:
    ev = _one(
        "Iran's supreme leader said Israel will receive its punishment for the strike on the "
        "consulate.",
        "en",
        "threaten",
    )
    assert _id(ev.target) == "isr"
    assert _id(ev.initiator) == "ali-khamenei"


def test_who_the_president_refers_to_the_head_of_state_named_before() -> None:
    events = _events(
        "Le chef de l'Etat ukrainien a accusé Moscou de terroriser les civils. Le président a "
        "appelé l'Occident à livrer plus d'armes.",
        "fr",
    )
    demand = next(e for e in events if e.type == "demand")
    assert _id(demand.initiator) == "volodymyr-zelensky"
    assert _id(demand.target) == "western-countries"


def test_who_the_two_leaders_refer_to_the_persons_named_before() -> None:
    ev = _one(
        "Emmanuel Macron a reçu Volodymyr Zelensky à l'Elysée. Les deux dirigeants ont appelé "
        "la Russie à cesser ses frappes.",
        "fr",
        "demand",
    )
    assert _id(ev.initiator) in {"emmanuel-macron", "volodymyr-zelensky"}
    assert _id(ev.target) == "rus"


def test_who_the_islamist_movement_is_the_group_named_before() -> None:
    ev = _one(
        "Le Hamas a tiré des roquettes sur Tel-Aviv samedi. Le mouvement islamiste a revendiqué "
        "l'attaque dans un communiqué.",
        "fr",
        "shelling",
    )
    assert _id(ev.claimant) == "hamas"


def test_who_the_group_said_is_the_armed_group_named_before() -> None:
    init, _t, claimant = _ids(
        "The Arakan Army captured the town of Maungdaw from the Myanmar junta, the group said.",
        "en",
        "territory_captured",
    )
    assert init == claimant == "arakan-army"


def test_who_named_group_modifying_fighters_is_the_group() -> None:
    init, target, _c = _ids(
        "Hezbollah fighters attacked an Israeli post near the border.", "en", "armed_clash"
    )
    assert (init, target) == ("hezbollah", "isr")


def test_who_rebels_taking_a_town_of_their_country_capture_it() -> None:
    for text, lang in (
        ("The M23 rebels seized the town of Sake in North Kivu, the UN said.", "en"),
        ("Les rebelles du M23 ont pris le contrôle de Goma, selon l'ONU.", "fr"),
    ):
        init, target, claimant = _ids(text, lang, "territory_captured")
        assert (init, target, claimant) == ("m23", "cod", "un")


def test_who_hyphenated_general_staff_is_not_cut() -> None:
    ev = _one(
        "L'état-major de l'armée ukrainienne a affirmé avoir abattu 30 drones russes dans la nuit.",
        "fr",
        "drone_strike",
    )
    assert _id(ev.claimant) == "ukr-general-staff"


def test_who_transliterated_governor_names_resolve() -> None:
    for text, lang in (
        (
            "Regional governor Oleh Syniegubov said a Russian glide bomb hit a residential "
            "building in Kharkiv.",
            "en",
        ),
        (
            "Le gouverneur régional Oleh Syniehoubov a indiqué qu'un drone russe avait frappé "
            "Kharkiv dans la nuit.",
            "fr",
        ),
    ):
        ev = next(e for e in _events(text, lang) if e.claimant is not None)
        assert _id(ev.claimant) == "oleh-synehubov"


def test_who_zelensky_spelling_variants_resolve() -> None:
    for name in ("Zelenskiy", "Zelenskyy", "Zelenskyi", "Zelenski"):
        ev = _one(
            f"Ukrainian President Volodymyr {name} called on partners to send more air defence.",
            "en",
            "demand",
        )
        assert _id(ev.initiator) == "volodymyr-zelensky"


def test_who_regional_command_speaks_for_the_us_military() -> None:
    ev = _one(
        "The US Central Command said its forces struck Houthi missile sites in Yemen.",
        "en",
        "missile_strike",
    )
    assert _id(ev.claimant) == "usa-mil"
    assert _country(ev.target) == "YEM"


def test_who_un_agencies_are_claimants() -> None:
    cases = (
        ("The World Food Programme said its convoy was attacked in Darfur.", "en", "wfp"),
        ("OCHA said a truck carrying food was looted in Khan Younis.", "en", "ocha"),
        ("The UN's humanitarian office said an aid convoy was shelled near Kharkiv.", "en", "ocha"),
    )
    for text, lang, expected in cases:
        claimants = {_id(e.claimant) for e in _events(text, lang)}
        assert expected in claimants, (text, claimants)


def test_who_swiss_cantonal_police_is_the_places_police() -> None:
    ev = _one(
        "La police cantonale vaudoise a interpellé trois suspects à Lausanne, a-t-elle indiqué "
        "dans un communiqué.",
        "fr",
        "arrest",
    )
    assert _id(ev.initiator) == "che-police"


def test_who_the_paramilitaries_are_the_armed_group_named_before() -> None:
    ev = _one(
        "Les Forces de soutien rapide (FSR) encerclent El Facher. Des obus tirés par les "
        "paramilitaires ont tué dix civils dans la ville, selon un comité local.",
        "fr",
        "shelling",
    )
    assert _id(ev.initiator) == "rsf"


def test_who_the_militants_are_the_armed_group_named_before() -> None:
    ev = _one(
        "The Houthis have targeted ships for months. The militants fired a missile at a tanker "
        "in the Red Sea on Monday.",
        "en",
        "missile_strike",
    )
    assert _id(ev.initiator) == "houthis"


def test_who_a_description_without_antecedent_stays_unknown() -> None:
    ev = _one("The president condemned the attack on the market in Kherson.", "en", "condemn")
    assert _id(ev.initiator) is None


def test_who_the_accused_are_the_authors_of_the_accused_act() -> None:
    events = _events(
        "Les habitants de Wad Madani accusent les combattants des FSR d'avoir pillé maisons et "
        "commerces.",
        "fr",
    )
    looting = next(e for e in events if e.type == "property_destruction")
    assert _id(looting.initiator) == "rsf"


def test_who_allies_of_kyiv_are_not_kyiv() -> None:
    ev = _one(
        "Le ministre ukrainien des Affaires étrangères a appelé les alliés de Kiev à livrer "
        "davantage de systèmes de défense aérienne.",
        "fr",
        "demand",
    )
    assert _id(ev.target) == "western-countries"


def test_who_the_two_heads_of_state_include_one_named_by_office() -> None:
    ev = _one(
        "Le Président de la République a reçu vendredi à Paris le Président de l'Ukraine, "
        "M. Volodymyr Zelensky. Les deux chefs d'État ont signé un accord de sécurité.",
        "fr",
        "agreement",
    )
    assert _country(ev.initiator) == "FRA"
