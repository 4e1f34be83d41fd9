"""Where, round 3: the story's own country for events whose sentence names no place, the
anaphors that point to it ("dans tout le pays", "in the capital"), and the guards that keep a
wrong country out. Every text is written for these tests (facts loosely modelled on real
events, wording our own)."""

from __future__ import annotations

from extracting import events as extract_text
from extracting import one

from wirewatch.model import Event

PUB = "2024-05-15"  # a Wednesday


def _events(text: str, lang: str, code: str) -> list[Event]:
    return [e for e in extract_text(text, lang, PUB) if e.type == code]


def _one(text: str, lang: str, code: str) -> Event:
    return one(text, lang, code, PUB)


def _country(ev: Event) -> str | None:
    return ev.location.country if ev.location else None


def _rules(ev: Event) -> list[str]:
    return [p.rule for p in ev.provenance if p.field == "location"]


# -- the story's own country -----------------------------------------------------------------

NOUMEA_FR = (
    "Nouvelle-Calédonie : troisième nuit de violences\n\n"
    "Des émeutiers ont incendié mardi soir plusieurs commerces et une école à Nouméa, "
    "selon le haut-commissariat.\n\n"
    "Plus de 130 personnes ont été interpellées depuis lundi, a précisé le ministre de "
    "l'Intérieur lors d'un point presse."
)


def test_where_more_arrest_with_no_place_takes_the_story_country_fr() -> None:
    ev = _one(NOUMEA_FR, "fr", "arrest")
    assert _country(ev) == "NCL"
    assert ev.location is not None and ev.location.precision in {"country", "place", "admin1"}


NAIROBI_EN = (
    "NAIROBI, June 25 (Wire) - Kenyan police fired tear gas at thousands of protesters "
    "marching on parliament in Nairobi on Tuesday.\n\n"
    "Later in the evening, more than 200 people were detained, the interior ministry said "
    "in a statement."
)


def test_where_more_arrest_in_a_later_paragraph_takes_the_story_country_en() -> None:
    ev = _one(NAIROBI_EN, "en", "arrest")
    assert _country(ev) == "KEN"


def test_where_more_domestic_march_with_only_a_country_named_fr() -> None:
    text = (
        "Retraites : les syndicats revendiquent une mobilisation record en France.\n\n"
        "Selon l'intersyndicale, 1,2 million de personnes ont manifesté jeudi contre le "
        "projet du gouvernement."
    )
    ev = _one(text, "fr", "peaceful_protest")
    assert _country(ev) == "FRA"
    assert ev.location is not None and ev.location.precision == "country"


def test_where_more_story_places_in_one_region_give_the_region_en() -> None:
    text = (
        "Gunmen attacked a police post in Quetta on Monday, officials said. Another "
        "checkpoint in Quetta came under fire an hour later.\n\n"
        "Security forces arrested four suspects during the night."
    )
    ev = _one(text, "en", "arrest")
    assert ev.location is not None
    assert (ev.location.country, ev.location.admin1) == ("PAK", "Balochistan")


# -- guards: a wrong country is worse than none ---------------------------------------------


def test_where_more_story_with_two_countries_gives_no_country_en() -> None:
    text = (
        "Protesters rallied in Tbilisi on Monday while others marched in Yerevan.\n\n"
        "Dozens of people were detained, rights groups said."
    )
    ev = _one(text, "en", "arrest")
    assert _country(ev) is None


def test_where_more_verbal_act_never_takes_the_story_country_fr() -> None:
    text = (
        "Des agriculteurs ont bloqué lundi l'autoroute près de Toulouse.\n\n"
        "Le syndicat a exigé des mesures d'urgence du gouvernement."
    )
    ev = _one(text, "fr", "demand")
    assert ev.location is None


def test_where_more_ship_attack_is_not_placed_in_the_story_country_en() -> None:
    text = (
        "Crowds gathered in Sanaa on Friday to back the Houthi movement.\n\n"
        "Houthi forces also fired two missiles at a Liberian-flagged tanker, a maritime "
        "security agency said."
    )
    ev = _one(text, "en", "missile_strike")
    assert _country(ev) is None


def test_where_more_home_state_raid_on_unnamed_target_is_not_placed_at_home_en() -> None:
    text = (
        "Russian missiles hit an apartment block in Kharkiv overnight, killing three people.\n\n"
        "Ukrainian drones struck an oil depot overnight, a source in Kyiv's security "
        "services said."
    )
    strikes = [e for e in _events(text, "en", "drone_strike") if "oil depot" in e.evidence.text]
    assert strikes, [(e.type, e.evidence.text) for e in extract_text(text, "en", PUB)]
    assert _country(strikes[0]) is None


def test_where_more_two_states_acting_together_keep_no_place_fr() -> None:
    text = (
        "Des drones ont visé la région de Koursk dans la nuit.\n\n"
        "La Russie et l'Ukraine ont procédé samedi à un échange de prisonniers."
    )
    ev = _one(text, "fr", "release")
    assert _country(ev) is None


def test_where_more_unknown_name_in_the_sentence_blocks_the_story_country_fr() -> None:
    text = (
        "Le Hezbollah a revendiqué des tirs sur le nord d'Israël, selon l'armée libanaise, "
        "alors que des frappes visaient le Liban.\n\n"
        "Une roquette a tué dix personnes sur un terrain de sport de Kfar Zwalqa."
    )
    for ev in extract_text(text, "fr", PUB):
        if "Kfar Zwalqa" in ev.evidence.text:
            assert _country(ev) in {None}


def test_where_more_topic_word_before_a_colon_is_not_a_place_fr() -> None:
    text = (
        "Colère des agriculteurs : des barrages sur plusieurs autoroutes\n\n"
        "Des centaines d'agriculteurs bloquent depuis lundi les grands axes autour de Lyon."
    )
    for ev in extract_text(text, "fr", PUB):
        assert _country(ev) in {None, "FRA"}


# -- anaphors for the story's country --------------------------------------------------------


def test_where_more_dans_tout_le_pays_is_the_story_country_fr() -> None:
    text = (
        "La mort d'un adolescent tué par un policier à Nanterre a provoqué une quatrième "
        "nuit de violences.\n\n"
        "Plus de 1 300 personnes ont été interpellées dans tout le pays, selon le ministère."
    )
    ev = _one(text, "fr", "arrest")
    assert ev.location is not None
    assert (ev.location.country, ev.location.precision) == ("FRA", "country")


def test_where_more_in_the_north_of_the_country_is_the_story_country_en() -> None:
    text = (
        "Jihadist fighters have besieged the town of Djibo, in Burkina Faso, for months.\n\n"
        "Soldiers clashed with the militants in the north of the country on Sunday."
    )
    ev = _one(text, "en", "armed_clash")
    assert _country(ev) == "BFA"
    assert ev.location is not None and ev.location.precision == "country"


def test_where_more_dans_la_capitale_is_the_capital_of_the_story_country_fr() -> None:
    text = (
        "Des heurts ont éclaté à Thiès, au Sénégal, après l'arrestation d'un opposant.\n\n"
        "Dans la capitale, la police a dispersé des manifestants à coups de gaz "
        "lacrymogène mardi."
    )
    events = [
        e
        for e in extract_text(text, "fr", PUB)
        if e.type in {"protest_with_intervention", "peaceful_protest", "riot"}
        and "capitale" in e.evidence.text
    ]
    assert events, [(e.type, e.evidence.text) for e in extract_text(text, "fr", PUB)]
    loc = events[0].location
    assert loc is not None and (loc.name, loc.country) == ("Dakar", "SEN")


def test_where_more_qualified_country_noun_is_not_the_story_country_fr() -> None:
    text = (
        "Des émeutes ont éclaté à Nouméa, en Nouvelle-Calédonie, après le vote.\n\n"
        "Des renforts ont été déployés depuis un pays voisin."
    )
    for ev in extract_text(text, "fr", PUB):
        assert "place.article_anaphor" not in _rules(ev)


# -- possessors, lower-case compass words ----------------------------------------------------


def test_where_more_possessor_city_says_which_beach_en() -> None:
    text = (
        "A suicide bomber blew himself up on Mogadishu's Lido beach on Friday evening, "
        "killing 20 people."
    )
    ev = _one(text, "en", "suicide_bombing")
    assert _country(ev) == "SOM"


def test_where_more_lower_case_compass_word_is_not_part_of_the_name_en() -> None:
    text = "An arson attack destroyed a warehouse in east London on Wednesday night, police said."
    ev = _one(text, "en", "property_destruction")
    assert _country(ev) == "GBR"


def test_where_more_across_the_country_and_the_south_of_the_country_en() -> None:
    text = (
        "Thousands rally against Senegal election delay\n\n"
        "DAKAR, Feb 5 (Wire) - Opposition supporters clashed with police in Dakar on Sunday "
        "after the president postponed the vote.\n\n"
        "More than 150 people were arrested across the country, the interior ministry said "
        "on Monday.\n\n"
        "In the south of the country, protesters torched a police station on Monday night."
    )
    arrest = _one(text, "en", "arrest")
    assert arrest.location is not None
    assert (arrest.location.country, arrest.location.precision) == ("SEN", "country")
    assert "place.article_anaphor" in _rules(arrest)
    riot = _one(text, "en", "riot")
    assert _country(riot) == "SEN"


def test_where_more_dans_l_est_du_pays_with_a_short_country_name_fr() -> None:
    # "Burkina" for Burkina Faso; "l'est" that the tagger reads as the verb "est"
    text = (
        "Burkina : une attaque jihadiste fait des dizaines de morts dans le Nord\n\n"
        "Des hommes armés ont attaqué samedi un détachement militaire près de Djibo, selon "
        "des sources sécuritaires.\n\n"
        "Dans l'est du pays, une embuscade a visé un convoi de ravitaillement dimanche, "
        "faisant une dizaine de morts parmi les soldats."
    )
    events = [e for e in extract_text(text, "fr", PUB) if "embuscade" in e.evidence.text]
    assert events, [(e.type, e.evidence.text) for e in extract_text(text, "fr", PUB)]
    loc = events[0].location
    assert loc is not None and (loc.country, loc.precision) == ("BFA", "country")


def test_where_more_a_travers_tout_le_pays_african_french() -> None:
    text = (
        "Kenya : la police disperse des manifestants à Nairobi\n\n"
        "Des milliers de jeunes ont manifesté mardi à Nairobi contre le projet de loi de "
        "finances.\n\n"
        "Selon Amnesty, une vingtaine de personnes ont été arrêtées à travers tout le pays."
    )
    ev = _one(text, "fr", "arrest")
    assert ev.location is not None
    assert (ev.location.country, ev.location.precision) == ("KEN", "country")


def test_where_more_dateline_city_frames_a_belgian_story_en() -> None:
    text = (
        "Farmers' protest brings Brussels to a standstill\n\n"
        "BRUSSELS, Feb 1 (Wire) - Hundreds of tractors blocked streets around the European "
        "Parliament in Brussels on Thursday as farmers demanded relief from EU rules.\n\n"
        "Belgian police said 12 people had been detained by the evening."
    )
    ev = _one(text, "en", "arrest")
    assert _country(ev) == "BEL"


def test_where_more_one_passing_mention_is_not_the_story_country_en() -> None:
    text = (
        "Foreign instructors set up a camp at a remote airfield last week, raising concerns "
        "in Washington, and were joined by more troops on Sunday."
    )
    for ev in extract_text(text, "en", PUB):
        assert "place.inherited_article" not in _rules(ev)


# -- where a verbal act happened, stated beside its noun --------------------------------------


def test_where_more_unlabelled_seat_after_au_palais_is_paris_fr() -> None:
    text = (
        "Le Président de la République a reçu ce vendredi au palais de l'Élysée le Président "
        "de l'Ukraine, M. Volodymyr Zelensky."
    )
    ev = _one(text, "fr", "consult_visit")
    assert ev.location is not None and (ev.location.name, ev.location.country) == ("Paris", "FRA")


def test_where_more_participle_on_the_event_noun_says_where_fr() -> None:
    text = "La trêve repose sur l'accord conclu mercredi à Doha, sous l'égide du Qatar."
    ev = _one(text, "fr", "agreement")
    assert ev.location is not None and (ev.location.name, ev.location.country) == ("Doha", "QAT")


def test_where_more_participle_on_the_event_noun_says_where_en() -> None:
    text = "Under the agreement reached in Doha on Wednesday, Hamas will free 50 hostages."
    ev = _one(text, "en", "agreement")
    assert ev.location is not None and ev.location.country == "QAT"


def test_where_more_near_the_border_with_x_is_neither_side_en() -> None:
    text = (
        "Israeli troops clash with Hezbollah fighters near the Lebanese border\n\n"
        "Israeli soldiers exchanged fire with Hezbollah fighters near the border with Lebanon "
        "on Tuesday, the army said.\n\n"
        "Two soldiers were wounded in the clashes, it added."
    )
    for ev in extract_text(text, "en", PUB):
        assert _country(ev) != "LBN", (ev.type, ev.evidence.text)


def test_where_more_pres_de_la_frontiere_avec_x_is_not_the_story_country_fr() -> None:
    text = (
        "Kharkiv : une frappe russe a blessé six personnes dans la nuit.\n\n"
        "Des soldats ukrainiens ont repoussé un assaut près de la frontière avec la Russie, "
        "selon l'état-major."
    )
    for ev in extract_text(text, "fr", PUB):
        if "frontière" in ev.evidence.text:
            assert "place.inherited_article" not in _rules(ev)


# -- a struck site of one state --------------------------------------------------------------


def test_where_more_strike_on_a_states_energy_network_is_in_that_state_fr() -> None:
    text = (
        "La Russie a lancé dans la nuit l'une de ses plus vastes attaques aériennes contre le "
        "réseau énergétique ukrainien, selon Kiev."
    )
    events = [e for e in extract_text(text, "fr", PUB) if e.type.endswith("_strike")]
    assert events, [(e.type, e.evidence.text) for e in extract_text(text, "fr", PUB)]
    assert all(_country(e) == "UKR" for e in events)
    assert "place.struck_site" in _rules(events[0])


def test_where_more_strike_on_a_states_infrastructure_is_in_that_state_en() -> None:
    text = "Russian missiles pounded Ukrainian energy infrastructure overnight, officials said."
    ev = _one(text, "en", "missile_strike")
    assert ev.location is not None
    assert (ev.location.country, ev.location.precision) == ("UKR", "country")


def test_where_more_positions_and_troops_are_not_fixed_sites_en() -> None:
    text = "Ukrainian artillery shelled Russian positions overnight, the general staff said."
    for ev in extract_text(text, "en", PUB):
        assert "place.struck_site" not in _rules(ev)


# -- round 4: the story's town, its leading country, pronouns, seats, border towns ------------


def _place(ev: Event) -> tuple[str | None, str | None, str | None]:
    loc = ev.location
    return (loc.name, loc.country, loc.admin1) if loc else (None, None, None)


def test_where_more_follow_up_event_takes_the_one_town_of_the_story_en() -> None:
    text = (
        "Police fire tear gas at protesters\n\n"
        "Thousands of people marched in Yerevan on Friday to demand the resignation of the "
        "prime minister.\n\n"
        "Police said 41 people had been detained by Saturday morning."
    )
    ev = _one(text, "en", "arrest")
    assert _place(ev)[:2] == ("Yerevan", "ARM")
    assert "place.inherited_article" in _rules(ev)
    assert ev.location is not None and ev.location.precision == "place"


def test_where_more_follow_up_event_takes_the_one_town_of_the_story_fr() -> None:
    text = (
        "En Bulgarie, des milliers de personnes ont manifesté samedi à Plovdiv contre la "
        "fermeture d'une usine.\n\n"
        "En fin de soirée, la police a interpellé une vingtaine de personnes."
    )
    ev = _one(text, "fr", "arrest")
    assert _place(ev)[:2] == ("Plovdiv", "BGR")


def test_where_more_two_towns_keep_the_story_at_a_wider_level_fr() -> None:
    text = (
        "Des émeutiers ont incendié des voitures à Lyon et à Villeurbanne dans la nuit.\n\n"
        "La police a interpellé trente personnes."
    )
    ev = _one(text, "fr", "arrest")
    assert ev.location is None or ev.location.precision != "place"


def test_where_more_dateline_town_alone_is_not_the_story_town_en() -> None:
    text = (
        "BAMAKO, March 3 (Wire) - Gunmen attacked a village in central Mali on Saturday, "
        "killing at least 20 civilians, local officials said.\n\n"
        "The army said it had arrested five suspects."
    )
    for ev in _events(text, "en", "arrest"):
        assert ev.location is None or ev.location.name != "Bamako"


def test_where_more_time_zone_city_does_not_make_a_second_country_fr() -> None:
    text = (
        "Liban : la trêve est entrée en vigueur\n\n"
        "Le cessez-le-feu est entré en vigueur mercredi à 4 heures (3 heures à Paris) au Liban.\n\n"
        "Des soldats libanais ont été déployés dans la matinée."
    )
    ev = _one(text, "fr", "force_movement")
    assert _country(ev) == "LBN"


def test_where_more_story_leading_country_with_a_reaction_abroad_fr() -> None:
    text = (
        "Le Niger tourne la page\n\n"
        "Les derniers militaires français ont quitté vendredi le Niger, a confirmé l'état-major "
        "à Paris. Ils étaient stationnés au Niger depuis dix ans, notamment à Niamey et à "
        "Ouallam.\n\n"
        "La veille, des soldats nigériens avaient arrêté trois opposants."
    )
    ev = _one(text, "fr", "arrest")
    assert _country(ev) == "NER"


def test_where_more_destination_is_not_where_an_abduction_happened_en() -> None:
    text = (
        "A new report on the hostages\n\n"
        "Israeli strikes in Gaza killed 40 people on Monday, health officials in Khan Younis "
        "said. Rescue teams in Khan Younis searched the rubble, and a field hospital opened "
        "in Rafah.\n\n"
        "The report found that some of the hostages taken into Gaza on October 7 had been "
        "abused, while a peace envoy met officials in Cairo."
    )
    for ev in _events(text, "en", "abduction"):
        assert _country(ev) != "PSE"


def test_where_more_y_points_to_the_place_named_before_it_fr() -> None:
    text = (
        "L'armée israélienne s'est retirée mardi de plusieurs villages du Liban-Sud. L'armée "
        "libanaise y a déployé 5 000 soldats mercredi."
    )
    events = [e for e in extract_text(text, "fr", PUB) if e.type == "force_movement"]
    lebanese = [e for e in events if "place.pronoun" in _rules(e)]
    assert lebanese, [(e.type, _place(e), _rules(e)) for e in events]
    assert _place(lebanese[0]) == ("South Governorate", "LBN", "South Governorate")


def test_where_more_there_points_to_the_town_named_before_it_en() -> None:
    text = (
        "Ukrainian troops withdrew from Vuhledar last week. Russian forces shelled positions "
        "there on Monday, the governor said."
    )
    ev = _one(text, "en", "shelling")
    assert _place(ev)[:2] == ("Vuhledar", "UKR")
    assert "place.pronoun" in _rules(ev)


def test_where_more_expletive_there_is_not_a_place_pronoun_en() -> None:
    text = "There were clashes between rival militias on Sunday, a witness said."
    for ev in extract_text(text, "en", PUB):
        assert "place.pronoun" not in _rules(ev)


def test_where_more_possessive_parliament_is_in_the_capital_en() -> None:
    text = "Thousands of protesters stormed Ghana's parliament on Tuesday, witnesses said."
    events = [e for e in extract_text(text, "en", PUB) if e.location is not None]
    assert events, [(e.type, e.evidence.text) for e in extract_text(text, "en", PUB)]
    assert _place(events[0])[:2] == ("Accra", "GHA")


def test_where_more_demonym_parliament_is_in_the_capital_fr() -> None:
    text = "Des manifestants ont incendié mardi une partie du Parlement géorgien."
    events = [e for e in extract_text(text, "fr", PUB) if e.location is not None]
    assert events, [(e.type, e.evidence.text) for e in extract_text(text, "fr", PUB)]
    assert _place(events[0])[:2] == ("Tbilisi", "GEO")


def test_where_more_border_town_is_the_town_itself_fr() -> None:
    text = (
        "Kigali accuse l'armée congolaise d'avoir tiré lundi des obus sur la ville frontalière "
        "de Cyangugu, tuant cinq civils."
    )
    events = [e for e in extract_text(text, "fr", PUB) if e.type == "shelling"]
    assert events, [(e.type, e.evidence.text) for e in extract_text(text, "fr", PUB)]
    assert _country(events[0]) == "RWA"


def test_where_more_regions_bordering_a_country_are_still_outside_it_fr() -> None:
    text = "Des drones ont frappé dimanche trois régions frontalières de l'Ukraine."
    for ev in extract_text(text, "fr", PUB):
        assert _country(ev) != "UKR"


def test_where_more_planned_march_takes_no_story_place_fr() -> None:
    text = (
        "En Serbie, des dizaines de milliers de personnes ont manifesté samedi à Novi Sad.\n\n"
        "Les étudiants appellent à de nouveaux blocages la semaine prochaine."
    )
    for ev in extract_text(text, "fr", PUB):
        if ev.status == "hypothetical":
            assert "place.inherited_article" not in _rules(ev)


def test_where_more_attack_against_a_village_the_tagger_missed_fr() -> None:
    # "Pont-Sondé" is tagged as a person; "l'attaque contre X" still names the place struck
    text = "L'attaque contre Pont-Sondé, dans l'Artibonite, a fait au moins 70 morts jeudi, selon l'ONU."
    events = [e for e in extract_text(text, "fr", PUB) if e.location is not None]
    assert events, [(e.type, e.evidence.text) for e in extract_text(text, "fr", PUB)]
    assert _place(events[0]) == ("Pont-Sondé", "HTI", "Artibonite")


def test_where_more_village_with_a_compound_compass_keeps_its_name_en() -> None:
    text = (
        "The assault on Barsalogho, in north-central Burkina Faso, killed at least 100 people "
        "on Saturday, officials said."
    )
    events = [e for e in extract_text(text, "en", PUB) if e.location is not None]
    assert events, [(e.type, e.evidence.text) for e in extract_text(text, "en", PUB)]
    assert _place(events[0])[:2] == ("Barsalogho", "BFA")


# -- round 5: the venue of a verbal act, scopes the parse cuts -------------------------------


def _located(text: str, lang: str, code: str) -> tuple[str | None, str | None, str | None]:
    ev = _one(text, lang, code)
    loc = ev.location
    return (loc.name, loc.country, loc.admin1) if loc else (None, None, None)


def test_where_more_summit_venue_places_a_condemnation_fr() -> None:
    text = "Le président nigérian a condamné lundi ces attaques à l'issue d'un sommet à Abuja."
    assert _located(text, "fr", "condemn")[:2] == ("Abuja", "NGA")


def test_where_more_summit_venue_places_a_condemnation_en() -> None:
    text = "European leaders condemned the invasion at a summit in Brussels on Sunday."
    assert _located(text, "en", "condemn")[:2] == ("Brussels", "BEL")


def test_where_more_press_venue_places_the_act_fr() -> None:
    text = "Le ministre a dénoncé mardi ces frappes, a-t-il déclaré à la presse à Genève."
    assert _located(text, "fr", "condemn")[:2] == ("Geneva", "CHE")


def test_where_more_reporters_told_in_a_city_place_the_act_en() -> None:
    text = "The foreign minister condemned the strikes, he told reporters in Tel Aviv on Monday."
    assert _located(text, "en", "condemn")[:2] == ("Tel Aviv", "ISR")


def test_where_more_speaking_at_headquarters_places_the_accusation_en() -> None:
    text = (
        "Speaking at UN headquarters in New York, the minister accused Iran of arming the rebels."
    )
    assert _located(text, "en", "accuse")[1] == "USA"


def test_where_more_audience_places_the_demand_fr() -> None:
    text = (
        "Devant les diplomates du ministère des Affaires étrangères, à Moscou, le président "
        "russe a exigé vendredi le retrait des troupes ukrainiennes."
    )
    assert _located(text, "fr", "demand")[:2] == ("Moscow", "RUS")


def test_where_more_summit_the_act_is_about_is_not_its_venue_en() -> None:
    assert _located("Kyiv condemned the summit in Moscow on Tuesday.", "en", "condemn") == (
        None,
        None,
        None,
    )


def test_where_more_addressee_after_a_is_not_the_venue_fr() -> None:
    # "reprocher à X de…": X is who is reproached, not where
    text = "L'armée a refusé d'y aller, reprochant à Washington d'avoir invité des observateurs."
    for ev in extract_text(text, "fr", PUB):
        if ev.type == "accuse":
            assert _country(ev) is None


def test_where_more_venue_does_not_set_the_story_country_fr() -> None:
    text = (
        "Conférence de paix : quatre-vingts pays signent un texte\n\n"
        "Devant les diplomates de son ministère, à Moscou, le président russe avait exigé "
        "vendredi le retrait des troupes ukrainiennes.\n\n"
        "Sur place, l'armée a déployé samedi des milliers de soldats autour de l'hôtel."
    )
    for ev in extract_text(text, "fr", PUB):
        if ev.type == "force_movement":
            assert _country(ev) != "RUS"


def test_where_more_origin_hung_on_the_day_is_kept_fr() -> None:
    # the parser hangs "de Niamey" on "vendredi"; a day owns no place
    text = "L'avion présidentiel a décollé vendredi de Niamey."
    assert _located(text, "fr", "force_movement")[:2] == ("Niamey", "NER")


def test_where_more_attack_led_against_a_city_outside_the_noun_scope_fr() -> None:
    text = "L'attaque menée dans la nuit par des drones contre Odessa a fait trois morts."
    located = [e for e in extract_text(text, "fr", PUB) if e.location is not None]
    assert located and located[0].location is not None
    assert (located[0].location.name, located[0].location.country) == ("Odesa", "UKR")


def test_where_more_assault_launched_against_a_city_en() -> None:
    text = "The assault launched on Tuesday against Goma killed dozens of civilians."
    located = [e for e in extract_text(text, "en", PUB) if e.location is not None]
    assert located and located[0].location is not None
    assert (located[0].location.name, located[0].location.admin1) == ("Goma", "North Kivu")


QUETTA_FR = (
    "Pakistan : un attentat fait dix morts à Quetta\n\n"
    "ISLAMABAD, 9 nov (Dépêche) - Une bombe a explosé lundi dans la gare de Quetta, tuant dix "
    "personnes.\n\n"
    "En août, des attaques coordonnées de séparatistes contre des postes de police de la "
    "province avaient fait plus de cinquante morts."
)


def test_where_more_the_province_is_the_story_region_fr() -> None:
    # "de la province" stands for Balochistan, Quetta's unit; the dateline is not the story
    located = [e for e in extract_text(QUETTA_FR, "fr", PUB) if "place.region_anaphor" in _rules(e)]
    assert located, [(e.type, e.location) for e in extract_text(QUETTA_FR, "fr", PUB)]
    loc = located[0].location
    assert loc is not None and (loc.country, loc.admin1) == ("PAK", "Balochistan")


def test_where_more_the_region_names_no_unit_when_the_story_has_two_en() -> None:
    text = (
        "Drones struck Kharkiv and Odesa overnight, officials said.\n\n"
        "Attacks on power plants across the region killed four people on Monday."
    )
    for ev in extract_text(text, "en", PUB):
        assert "place.region_anaphor" not in _rules(ev)


# -- round 5: the story's setting, named sites, the town noun, ships at sea ------------------

SIEGE_FR = (
    "NYALA, 3 juin (AFP) - Des paramilitaires ont pilonné lundi le marché central d'El "
    "Facher, a rapporté une ONG locale.\n\n"
    "Des combats se poursuivaient mardi dans les quartiers nord de la ville, selon des "
    "témoins joints par téléphone."
)
SIEGE_EN = (
    "NYALA, June 3 (Reuters) - Paramilitary fighters shelled the central market of El Fasher "
    "on Monday, a local aid group said.\n\n"
    "Clashes continued on Tuesday in the northern districts of the city, residents reached "
    "by phone said."
)


def test_where_more_dateline_elsewhere_leaves_the_story_town_fr() -> None:
    # the reporter files from Nyala; the story is set in El Fasher, its only town
    ev = _one(SIEGE_FR, "fr", "armed_clash")
    assert ev.location is not None and (ev.location.name, ev.location.country) == (
        "El Fasher",
        "SDN",
    )


def test_where_more_the_city_is_the_story_town_en() -> None:
    ev = _one(SIEGE_EN, "en", "armed_clash")
    assert ev.location is not None and (ev.location.name, ev.location.country) == (
        "El Fasher",
        "SDN",
    )


def test_where_more_the_town_noun_points_back_to_its_sentence_town_fr() -> None:
    text = (
        "Haïti : nouvelles violences dans l'Artibonite\n\n"
        "Des gangs ont attaqué jeudi Pont-Sondé et plusieurs localités voisines.\n\n"
        "Des habitants de Saint-Marc signalent des échanges de tirs à l'entrée nord de la "
        "ville depuis vendredi."
    )
    ev = _one(text, "fr", "armed_clash")
    assert ev.location is not None and ev.location.name == "Saint-Marc"


def test_where_more_a_town_noun_never_takes_a_region_en() -> None:
    # two towns in the story, none in the paragraph: "the city" is left unplaced below the country
    text = (
        "Gunmen attacked a checkpoint in Kharkiv on Monday, officials said.\n\n"
        "Separately, a drone hit a depot in Sumy overnight.\n\n"
        "Clashes broke out in the south of the city on Tuesday, police said."
    )
    ev = _events(text, "en", "armed_clash")[-1]
    assert ev.location is None or ev.location.name not in {"Kharkiv Oblast", "Sumy Oblast"}


def test_where_more_in_the_area_is_the_story_village_en() -> None:
    text = (
        "OUAGADOUGOU, May 12 - Gunmen attacked villagers on the outskirts of Barsalogho, in "
        "north-central Burkina Faso, on Saturday, residents said.\n\n"
        "The army said on Sunday that its troops had killed dozens of the assailants in "
        "follow-up operations in the area."
    )
    ev = _one(text, "en", "armed_clash")
    assert ev.location is not None and ev.location.name == "Barsalogho"
    assert ev.location.country == "BFA" and ev.location.admin1 == "Centre-Nord"


def test_where_more_district_of_the_story_town_fr() -> None:
    # Magenta is a district of Nouméa (2 km): one town, not two
    text = (
        "Nouvelle-Calédonie : quatrième nuit de troubles\n\n"
        "Des barrages ont été incendiés à Magenta, à Nouméa, dans la nuit de mercredi à "
        "jeudi, alors que l'état d'urgence est en vigueur en Nouvelle-Calédonie.\n\n"
        "Une soixantaine de personnes ont été interpellées depuis lundi, selon le "
        "haut-commissariat."
    )
    ev = _one(text, "fr", "arrest")
    assert ev.location is not None and ev.location.name == "Nouméa"


def test_where_more_two_far_towns_keep_the_region_en() -> None:
    text = (
        "Unrest spreads across England\n\n"
        "Riot police were deployed in Rotherham on Sunday after a hotel was attacked.\n\n"
        "A week earlier, a crowd had set a police van on fire in Southport.\n\n"
        "Ten men have been arrested, police said."
    )
    ev = _one(text, "en", "arrest")
    assert ev.location is None or ev.location.name not in {"Rotherham", "Southport"}


def test_where_more_apposition_names_the_town_fr() -> None:
    text = (
        "Des rebelles ont bombardé lundi l'aéroport encore en service de Goma, la capitale "
        "du Nord-Kivu, tuant quatre civils."
    )
    ev = extract_text(text, "fr", PUB)[0]
    assert ev.location is not None and (ev.location.name, ev.location.admin1) == (
        "Goma",
        "North Kivu",
    )


def test_where_more_apposition_names_the_town_en() -> None:
    text = "Russian drones struck Pokrovsk, a logistics hub in the Donetsk region, on Sunday."
    ev = _one(text, "en", "drone_strike")
    assert ev.location is not None and ev.location.name == "Pokrovsk"


def test_where_more_named_camp_beats_the_town_it_is_near_en() -> None:
    text = (
        "The paramilitary forces said on Sunday they had seized the Zamzam displacement camp "
        "near El Fasher after three days of fighting."
    )
    ev = _one(text, "en", "territory_captured")
    assert ev.location is not None and (ev.location.name, ev.location.country) == (
        "Zamzam",
        "SDN",
    )


def test_where_more_named_camp_fr() -> None:
    text = "Les paramilitaires ont pris dimanche le contrôle du camp de Zamzam, au sud d'El Facher."
    ev = _one(text, "fr", "territory_captured")
    assert ev.location is not None and ev.location.name == "Zamzam"


def test_where_more_bridge_is_not_its_region_fr() -> None:
    text = "Des drones navals ukrainiens ont frappé lundi le pont de Crimée, selon Moscou."
    ev = extract_text(text, "fr", PUB)[0]
    assert ev.location is not None and (ev.location.name, ev.location.country) == (
        "Crimean Bridge",
        "UKR",
    )


SEA_EN = (
    "Houthis claim new attack in the Red Sea\n\n"
    "The rebels fired two missiles at a container ship on Tuesday, the group said.\n\n"
    "In March, a bulk carrier was hit by a drone boat and sank a week later."
)


def test_where_more_ship_is_in_the_story_sea_en() -> None:
    for ev in extract_text(SEA_EN, "en", PUB):
        if ev.type in {"drone_strike", "missile_strike"}:
            assert ev.location is not None
            assert (ev.location.name, ev.location.country) == ("Red Sea", None)


def test_where_more_ship_off_a_coastal_town_is_at_sea_fr() -> None:
    text = (
        "Mer Rouge : un pétrolier touché par des missiles houthis\n\n"
        "Le pétrolier a été touché mercredi par deux missiles à 70 milles nautiques à l'ouest "
        "de Hodeïda, selon l'agence britannique UKMTO."
    )
    ev = _one(text, "fr", "missile_strike")
    assert ev.location is not None and (ev.location.name, ev.location.country) == (
        "Red Sea",
        None,
    )


def test_where_more_ship_off_a_coast_with_two_seas_has_no_place_en() -> None:
    text = (
        "Attacks in the Red Sea and the Gulf of Aden\n\n"
        "A tanker was struck by a missile on Monday off the coast of Yemen, the navy said."
    )
    ev = _one(text, "en", "missile_strike")
    assert ev.location is None or ev.location.country is None


def test_where_more_airport_of_a_capital_is_a_place_not_an_actor_fr() -> None:
    # "de Niamey" after "proximité" looks like a state's genitive ("le retrait de Moscou"), but
    # the name hangs on an airport: a site of the town
    text = (
        "Des militaires russes ont pris leurs quartiers cette semaine sur la base aérienne 101, "
        "à proximité de l'aéroport international de Niamey, selon un responsable américain."
    )
    ev = _one(text, "fr", "base_established")
    assert ev.location is not None and (ev.location.name, ev.location.country) == (
        "Niamey",
        "NER",
    )


def test_where_more_named_air_base_is_its_town_en() -> None:
    text = "Russian military trainers set up in a separate hangar at Air Base 101 this week, officials said."
    ev = _one(text, "en", "base_established")
    assert ev.location is not None and (ev.location.name, ev.location.country) == (
        "Niamey",
        "NER",
    )


def test_where_more_hyphenated_city_name_is_the_city_fr() -> None:
    # the parser hangs "-ville" apart from "Gaza": the name is still taken whole
    text = (
        "Deux otages ont été remis jeudi à la Croix-Rouge à Gaza-ville, selon l'armée israélienne."
    )
    ev = _one(text, "fr", "release")
    assert ev.location is not None and (ev.location.name, ev.location.country) == (
        "Gaza City",
        "PSE",
    )
