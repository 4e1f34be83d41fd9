"""Round 13 of the place rules: where an act is when its own words name no place.

Every text here is written for these tests: a barrage's sibling strikes, a state putting up
its jets, a withdrawal out of "the country", a river line, a reporter's whereabouts.
"""

from __future__ import annotations

from tests.extract.extracting import events, of_type, rules_of

from wirewatch.model import Event
from wirewatch.resolve.places import locate


def _country(ev: Event) -> str | None:
    return ev.location.country if ev.location is not None else None


# -- a barrage told in one sentence shares its country -------------------------------------


def test_places_dates_barrage_sibling_takes_the_struck_country_fr() -> None:
    text = (
        "KIEV, 27 novembre (AFP) - La Russie a mené dans la nuit une attaque massive contre "
        "le réseau électrique ukrainien, tirant 80 missiles et 60 drones, selon l'armée de l'air."
    )
    drones = of_type(text, "fr", "drone_strike")
    assert drones and all(_country(e) == "UKR" for e in drones)


def test_places_dates_barrage_rest_of_list_keeps_the_country_en() -> None:
    text = (
        "Russia's defence ministry said on Tuesday its air defences shot down 40 Ukrainian drones over "
        "the Belgorod region, 22 over the Kursk region and 17 more over four other regions."
    )
    found = of_type(text, "en", "drone_strike")
    assert len(found) == 3
    rest = [e for e in found if e.location is None or e.location.precision == "country"]
    assert len(rest) == 1  # the four other regions are no one region: the country only
    assert _country(rest[0]) == "RUS"


def test_places_dates_barrage_other_side_does_not_borrow_the_country() -> None:
    # two sides striking each other in one sentence: the Ukrainian raid is not in Ukraine
    text = (
        "Russia launched 50 drones at Ukraine overnight, and Ukrainian drones struck two airfields."
    )
    found = of_type(text, "en", "drone_strike")
    ukrainian = [e for e in found if e.initiator is not None and e.initiator.country == "UKR"]
    assert ukrainian and all(_country(e) != "UKR" for e in ukrainian)


# -- a state scrambling its own jets does so at home -----------------------------------------


def test_places_dates_state_scrambling_jets_is_at_home_fr() -> None:
    text = (
        "Des missiles russes ont frappé la région de Lviv dans la nuit. "
        "La Roumanie a fait décoller deux F-16 par précaution."
    )
    (ev,) = of_type(text, "fr", "force_movement")
    assert _country(ev) == "ROU"


def test_places_dates_state_scrambling_jets_is_at_home_en() -> None:
    (ev,) = of_type(
        "Poland scrambled fighter jets overnight as a precaution.", "en", "force_movement"
    )
    assert _country(ev) == "POL"
    assert "place.home_alert" in rules_of(ev, "location")


def test_places_dates_alliance_scrambling_jets_gets_no_home() -> None:
    found = of_type(
        "NATO scrambled fighter jets overnight as a precaution.", "en", "force_movement"
    )
    assert all("place.home_alert" not in rules_of(e, "location") for e in found)


# -- a withdrawal out of "the country" is in the story's country ----------------------------


def test_places_dates_withdrawal_from_a_country_en() -> None:
    text = (
        "Germany on Friday handed over its last air base in Mali to the Malian army, "
        "completing the withdrawal of about 100 troops from a country that had long hosted them."
    )
    (ev,) = of_type(text, "en", "retreat")
    assert _country(ev) == "MLI"
    assert "place.left_country" in rules_of(ev, "location")


def test_places_dates_withdrawal_to_a_neighbouring_country_is_not_placed_there() -> None:
    text = (
        "Germany on Friday handed over its last air base in Mali to the Malian army, "
        "completing the withdrawal of about 100 troops to a neighbouring country."
    )
    for ev in of_type(text, "en", "retreat"):
        assert "place.left_country" not in rules_of(ev, "location")


# -- a river line the gazetteer lacked -------------------------------------------------------


def test_places_dates_litani_line_is_in_south_lebanon() -> None:
    (ev,) = of_type(
        "Le Hezbollah devra replier ses combattants au nord du Litani d'ici deux mois.",
        "fr",
        "retreat",
    )
    assert ev.location is not None
    assert (ev.location.country, ev.location.admin1) == ("LBN", "South Governorate")


# -- the outlet's reporter stands somewhere: not a scene -------------------------------------


def test_places_dates_reporter_whereabouts_lend_no_place() -> None:
    text = (
        "PRESENTER: The army has published its inquiry into the convoy strike. Our reporter "
        "Ann Gale is in Tel Aviv. Ann, what did the inquiry conclude?\n\n"
        "REPORTER: It blames a chain of errors."
    )
    for ev in events(text, "en"):
        if ev.type == "investigate":
            assert _country(ev) != "ISR", rules_of(ev, "location")


def test_places_dates_reporter_whereabouts_fr() -> None:
    text = (
        "Présentateur : Le parquet a ouvert une enquête. Notre envoyée spéciale est à Beyrouth. "
        "Que sait-on de l'enquête ?"
    )
    for ev in events(text, "fr"):
        if ev.type == "investigate":
            assert "place.inherited_paragraph" not in rules_of(ev, "location")


# -- a civic building or a campus names its town ---------------------------------------------


def test_places_dates_rally_outside_a_town_hall_is_in_the_town() -> None:
    text = "Local unions have called a rally outside Doncaster Town Hall on Saturday."
    (ev,) = of_type(text, "en", "peaceful_protest")
    assert ev.location is not None
    assert (ev.location.name, ev.location.country, ev.location.precision) == (
        "Doncaster",
        "GBR",
        "place",
    )


def test_places_dates_appeal_in_a_second_clause_does_not_take_the_rally_place() -> None:
    text = (
        "Local unions have called a rally outside Doncaster Town Hall on Saturday, and the "
        "council leader urged residents to stay calm."
    )
    for ev in events(text, "en"):
        if ev.type == "demand":  # the town may come from the story, not from the rally's clause
            assert not any(r.endswith("inherited_sentence") for r in rules_of(ev, "location"))


def test_places_dates_fronted_place_covers_both_clauses_fr() -> None:
    text = (
        "Mardi à Montauban, des agriculteurs ont déversé du lisier devant la préfecture ; "
        "deux personnes ont été interpellées."
    )
    (ev,) = of_type(text, "fr", "arrest")
    assert ev.location is not None and ev.location.name == "Montauban"


def test_places_dates_campus_possessive_names_its_town() -> None:
    text = (
        "Police in riot gear cleared the protest camp on Harvard's Yard early on Tuesday, "
        "arresting dozens of students."
    )
    found = [e for e in events(text, "en") if e.location is not None]
    assert found and all(e.location.name == "Cambridge" for e in found)  # type: ignore[union-attr]


def test_places_dates_movement_origin_is_no_story_town() -> None:
    text = (
        "Students set up an encampment on Yale's Beinecke Plaza on Monday, part of a wave of "
        "campus protests that began in New York.\n\n"
        "Campus police detained 47 people the next morning."
    )
    (ev,) = of_type(text, "en", "arrest")
    assert ev.location is None or ev.location.country == "USA"
    assert ev.location is None or ev.location.name != "New York City"


# -- a site "in" a country, in a story set in one of its towns -------------------------------


def test_places_dates_base_in_a_country_is_the_story_town() -> None:
    text = (
        "Italy hands over its last base in Mali\n\n"
        "Italy on Monday handed over its last military base in Mali to the Malian army.\n\n"
        "The ceremony at the base in Bamako was attended by Malian officers. Bamako had asked "
        "the troops to leave, a Bamako official said."
    )
    found = of_type(text, "en", "territory_transferred")
    assert found
    assert any(e.location is not None and e.location.name == "Bamako" for e in found)


# -- a participle clause the parser hung on the main verb ------------------------------------


def test_places_dates_repelled_assaults_on_an_axis_take_its_town() -> None:
    text = (
        "Dans son point du matin, il fait état de 34 assauts russes repoussés au cours de la "
        "nuit sur le seul axe de Koupiansk."
    )
    (ev,) = of_type(text, "fr", "armed_clash")
    assert ev.location is not None and ev.location.name == "Kupyansk"


def test_places_dates_speech_participle_gives_no_scene() -> None:
    text = "Le ministère a fait état de 12 frappes russes dénoncées par Kiev à Genève."
    for ev in events(text, "fr"):
        assert ev.location is None or ev.location.country != "CHE"


# -- a state's airspace; a hyphened unit name ------------------------------------------------


def test_places_dates_airspace_of_a_state_is_over_it_fr() -> None:
    text = (
        "KIEV, 27 novembre (AFP) - La Russie a frappé Kiev dans la nuit.\n\n"
        "En Roumanie voisine, le ministère de la Défense a indiqué qu'un drone russe avait "
        "pénétré dans l'espace aérien roumain pendant quelques minutes."
    )
    found = [e for e in events(text, "fr") if "place.airspace" in rules_of(e, "location")]
    assert found and all(_country(e) == "ROU" for e in found)


def test_places_dates_airspace_of_a_state_is_over_it_en() -> None:
    text = "A Russian drone entered Romanian airspace for several minutes before crashing, Bucharest said."
    found = [e for e in events(text, "en") if e.location is not None]
    assert found and all(_country(e) == "ROU" for e in found)


def test_places_dates_hyphened_unit_name_kept_whole() -> None:
    text = "L'armée israélienne doit se retirer du Liban-Sud d'ici deux mois, selon l'accord."
    (ev,) = of_type(text, "fr", "retreat")
    assert ev.location is not None and ev.location.admin1 == "South Governorate"


# -- local bodies named by their state; weapons struck on the ground -------------------------


def test_places_dates_local_body_acts_in_its_state() -> None:
    (ev,) = of_type("Lebanese hospitals have appealed for blood donations.", "en", "demand")
    assert _country(ev) == "LBN"
    (ev,) = of_type("Les hôpitaux libanais ont lancé un appel aux dons de sang.", "fr", "demand")
    assert _country(ev) == "LBN"


def test_places_dates_officials_named_by_demonym_get_no_country() -> None:
    for ev in of_type("Lebanese officials have appealed for international help.", "en", "demand"):
        assert ev.location is None


def test_places_dates_weapons_destroyed_before_launch_are_on_home_ground() -> None:
    text = (
        "Houthi drones hit a tanker in the Red Sea on Monday.\n\n"
        "U.S. forces later destroyed two Houthi missile launchers and a drone that was ready "
        "to launch, Central Command said."
    )
    found = [e for e in events(text, "en") if "place.ground_weapons" in rules_of(e, "location")]
    assert found and all(_country(e) == "YEM" for e in found)


def test_places_dates_anti_ship_missile_is_no_ship() -> None:
    # no sea is named: "anti-ship" must not send the strike to the story's sea either way,
    # and a strike at sea on a real ship still takes the sea
    text = (
        "Houthi forces fired an anti-ship missile at a tanker in the Gulf of Aden on Tuesday.\n\n"
        "U.S. jets later struck Houthi radar sites near Hodeidah, Central Command said."
    )
    found = [e for e in events(text, "en") if e.location is not None]
    assert any(e.location.name == "Gulf of Aden" for e in found)  # type: ignore[union-attr]
    assert all(
        e.location.name != "Gulf of Aden"  # type: ignore[union-attr]
        for e in found
        if "Hodeidah" in e.evidence.text
    )


# -- "the airport" of the town just named ----------------------------------------------------


def test_places_dates_bare_airport_is_the_town_just_named_fr() -> None:
    text = (
        "Les rebelles affirment avoir pris le contrôle de Bukavu, la capitale du Sud-Kivu.\n\n"
        "Des échanges de tirs ont opposé mardi soldats et rebelles aux abords de l'aéroport."
    )
    (ev,) = of_type(text, "fr", "armed_clash")
    assert ev.location is not None and ev.location.name == "Bukavu"


def test_places_dates_bare_airport_after_a_region_gets_no_town_en() -> None:
    text = (
        "Rebels said they had advanced across South Kivu province.\n\n"
        "Troops and rebels exchanged fire near the airport on Tuesday."
    )
    for ev in events(text, "en"):
        assert "place.site_anaphor" not in rules_of(ev, "location")


# -- the author of an act is no place ---------------------------------------------------------


def test_places_dates_possessor_of_an_act_noun_is_not_the_place() -> None:
    text = (
        "President Emmanuel Macron made an unannounced visit on Monday, days before the second "
        "anniversary of Russia's invasion, walking through the old town with officials."
    )
    for ev in events(text, "en"):
        assert _country(ev) != "RUS", rules_of(ev, "location")


def test_places_dates_possessor_of_a_place_noun_still_places() -> None:
    (ev,) = of_type("Israeli jets pounded Beirut's southern suburbs overnight.", "en", "air_strike")
    assert ev.location is not None and ev.location.name == "Beirut"


def test_places_sites_added_in_round13_resolve() -> None:
    maungdaw = locate("over Maungdaw", lang="en", context=None)
    assert maungdaw is not None and (maungdaw.country, maungdaw.admin1) == ("MMR", "Rakhine State")
    litani = locate("au sud du fleuve Litani", lang="fr", context=None)
    assert litani is not None and litani.admin1_code == "LB-JA"
    hall = locate("outside Rotherham Town Hall", lang="en", context=None)
    assert hall is not None and (hall.name, hall.precision) == ("Rotherham", "place")
    assert locate("the town hall", lang="en", context=None) is None


# -- a neighbour as a person is no border ---------------------------------------------------


def test_places_dates_neighbour_person_does_not_block_the_story_country() -> None:
    text = (
        "Nouvelle nuit de violences à Nouméa\n\n"
        "Des émeutiers ont incendié des commerces à Nouméa dans la nuit. Un homme de 40 ans a "
        "été tué par un de ses voisins, selon le parquet, qui a ouvert une enquête pour meurtre."
    )
    (ev,) = of_type(text, "fr", "investigate")
    assert _country(ev) == "NCL"


def test_places_dates_border_still_blocks_the_story_country() -> None:
    text = (
        "Nouvelle nuit de tirs à Metula\n\n"
        "Des roquettes ont frappé Metula dans la nuit. Près de la frontière, la police a ouvert "
        "une enquête."
    )
    for ev in of_type(text, "fr", "investigate"):
        assert "place.inherited_article" not in rules_of(ev, "location")


# -- a leader is overthrown in the state he leads -------------------------------------------


def test_places_dates_coup_is_in_the_ousted_leaders_state() -> None:
    text = "La junte a pris le pouvoir après le renversement du président Mohamed Bazoum, le 26 juillet."
    found = [e for e in events(text, "fr") if "place.ousted_leader" in rules_of(e, "location")]
    assert found and all(_country(e) == "NER" for e in found)


def test_places_dates_unknown_ousted_name_gives_no_state() -> None:
    text = "La junte a pris le pouvoir après le renversement du président Jean Dupontel, le 26 juillet."
    for ev in events(text, "fr"):
        assert "place.ousted_leader" not in rules_of(ev, "location")
