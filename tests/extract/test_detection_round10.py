"""Round 10: events on outlets and subjects the dev set and earlier rounds lack (a Quebec, a
Swiss, a Belgian and a Senegalese paper, a UK regional site, an Indian and a Nigerian daily, a
Reuters-style factbox, live blogs with times, a foreign-ministry release, a UN flash update, a
conflict-monitor weekly in prose, a court page, election violence, a hostage release, a naval
seizure, a coup, a curfew, a general strike, a sanctions package). Every text was written for
these tests; each test states the events an ACLED/PLOVER coder would code from it and those
that must not come out."""

from __future__ import annotations

from extracting import events


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in events(text, lang)]


# --- a coup told by its authors: "took power", "ont pris le pouvoir" --------------------------


def test_detection_soldiers_taking_power_is_a_coup_fr() -> None:
    text = (
        "Des militaires ont pris le pouvoir mercredi au Niger. "
        "L'Union africaine a condamné le coup d'Etat."
    )
    assert sorted(_types(text, "fr")) == ["condemn", "other_development"]


def test_detection_soldiers_taking_power_is_a_coup_en() -> None:
    text = "Army officers took power in the capital on Wednesday and dissolved parliament."
    assert "other_development" in _types(text, "en")
    assert "other_development" in _types("L'armée s'est emparée du pouvoir mercredi.", "fr")


def test_detection_a_party_taking_power_in_an_election_is_no_coup() -> None:
    assert "other_development" not in _types("Le parti a pris le pouvoir en 2019.", "fr")
    assert "other_development" not in _types("The Labour party took power in July.", "en")


# --- arson told as a criminal fire -----------------------------------------------------------


def test_detection_criminal_fire_is_property_destruction_fr() -> None:
    text = (
        "Un incendie criminel a ravagé dans la nuit de samedi à dimanche une mosquée de "
        "Sherbrooke, en Estrie. La Sûreté du Québec a arrêté deux suspects âgés de 19 et 22 ans."
    )
    assert sorted(_types(text, "fr")) == ["arrest", "property_destruction"]


def test_detection_deliberate_fire_is_property_destruction_en() -> None:
    text = "A deliberate fire gutted a mosque in Sherbrooke on Saturday night, police said."
    assert _types(text, "en") == ["property_destruction"]


def test_detection_an_accidental_fire_is_no_event() -> None:
    assert _types("Un incendie a ravagé samedi un entrepôt de Lausanne.", "fr") == []
    assert _types("A fire gutted a warehouse in Leeds on Saturday.", "en") == []


# --- gunmen storming a building: the abduction, not a riot -----------------------------------


def test_detection_gunmen_storming_a_church_is_no_riot() -> None:
    text = (
        "Gunmen on Sunday abducted at least 15 worshippers from a church in Kogi State, a police "
        "spokesman said. The assailants stormed the building during the morning service."
    )
    assert "riot" not in _types(text, "en")
    assert "abduction" in _types(text, "en")


def test_detection_protesters_storming_parliament_is_still_a_riot() -> None:
    assert _types("Protesters stormed the parliament building on Tuesday.", "en") == ["riot"]


# --- a strike told as leaving work -----------------------------------------------------------


def test_detection_walking_off_the_job_is_a_strike_en() -> None:
    text = "Thousands of dockers walked off the job in Antwerp on Thursday."
    assert _types(text, "en") == ["labour_strike"]
    assert _types("Miners downed tools on Monday in Mpumalanga.", "en") == ["labour_strike"]


def test_detection_general_strike_is_a_strike_en() -> None:
    text = "A general strike called by the unions paralysed Buenos Aires on Thursday."
    assert _types(text, "en") == ["labour_strike"]


def test_detection_stopping_work_is_a_strike_fr() -> None:
    assert _types("Les cheminots ont cessé le travail jeudi à Marseille.", "fr") == [
        "labour_strike"
    ]


def test_detection_a_strike_called_by_a_union_is_no_meeting_fr() -> None:
    text = "Une grève générale convoquée par la CGT contre la politique du gouvernement a paralysé jeudi Buenos Aires."
    assert _types(text, "fr") == ["labour_strike"]


# --- relief handed out -----------------------------------------------------------------------


def test_detection_delivering_food_is_aid_delivery() -> None:
    en = "Humanitarian partners delivered food to 3,000 families in Bunia on Monday."
    fr = "Des bénévoles ont distribué lundi des vivres et des couvertures à 3 000 familles à Bunia."
    assert _types(en, "en") == ["aid_delivery"]
    assert _types(fr, "fr") == ["aid_delivery"]


def test_detection_delivering_a_parcel_is_no_aid() -> None:
    assert _types("The courier delivered the parcel on Monday.", "en") == []


# --- a case or judicial inquiry opened -------------------------------------------------------


def test_detection_opening_a_judicial_inquiry_is_an_investigation_fr() -> None:
    text = (
        "Une fusillade a éclaté vendredi soir à Anderlecht, faisant un blessé grave. "
        "Le parquet de Bruxelles a ouvert une information judiciaire."
    )
    assert sorted(_types(text, "fr")) == ["attack_on_civilians", "investigate"]
    text = "Le Ministère public vaudois a ouvert une instruction pour tentative de meurtre."
    assert _types(text, "fr") == ["investigate"]


def test_detection_opening_a_criminal_case_is_an_investigation_en() -> None:
    text = "Investigators opened a criminal case into the blast on Tuesday."
    assert _types(text, "en") == ["investigate"]


def test_detection_instructions_given_are_no_investigation() -> None:
    assert "investigate" not in _types("Le ministre a donné des instructions aux préfets.", "fr")


# --- an act told of the pleader is no part of the plea ---------------------------------------


def test_detection_arrest_told_of_the_defendant_counts_en() -> None:
    text = "The defendant, who was arrested in April, pleaded not guilty on Tuesday."
    assert _types(text, "en") == ["arrest"]


def test_detection_arrest_told_of_the_defendant_counts_fr() -> None:
    text = "L'accusé, qui avait été interpellé en avril, a plaidé non coupable mardi."
    assert _types(text, "fr") == ["arrest"]


def test_detection_a_plea_for_talks_is_still_no_event() -> None:
    assert "consult_meeting" not in _types("The minister pleaded for talks with the rebels.", "en")


# --- election violence -----------------------------------------------------------------------


def test_detection_supporters_shot_dead_is_an_attack() -> None:
    text = "Two opposition supporters were shot dead on Tuesday, police said."
    assert _types(text, "en") == ["attack_on_civilians"]


# --- naval seizure: the ship and its crew are taken ------------------------------------------


def test_detection_seizing_a_tanker_is_no_capture_of_territory() -> None:
    en = "Iran's Revolutionary Guards seized an oil tanker in the Strait of Hormuz on Thursday."
    fr = "Les Gardiens de la révolution iraniens ont arraisonné jeudi un pétrolier dans le détroit d'Ormuz."
    assert _types(en, "en") == ["abduction"]
    assert _types(fr, "fr") == ["abduction"]


# --- hostages set free ------------------------------------------------------------------------


def test_detection_setting_hostages_free_is_a_release() -> None:
    text = "Kidnappers on Saturday set free 43 hostages seized two weeks ago in Zamfara State."
    found = _types(text, "en")
    assert "release" in found
    assert "territory_captured" not in found


# --- police using water cannon or tear gas on a crowd ----------------------------------------


def test_detection_police_using_water_cannon_is_an_intervention() -> None:
    fr = "14h20 : la police a fait usage de canons à eau contre les manifestants place de la République."
    en = "Police used water cannon and tear gas against protesters in Tbilisi on Sunday."
    assert _types(fr, "fr") == ["protest_with_intervention"]
    assert _types(en, "en") == ["protest_with_intervention"]


def test_detection_using_a_cannon_without_a_crowd_is_no_intervention() -> None:
    assert "protest_with_intervention" not in _types(
        "L'armée a utilisé des canons de 155 mm.", "fr"
    )


# --- a possible strike on named sites --------------------------------------------------------


def test_detection_possible_strike_on_sites_is_hypothetical_fr() -> None:
    text = "Israël pourrait frapper des sites nucléaires iraniens dans les prochains jours."
    found = events(text, "fr")
    assert [(e.type, e.status) for e in found] == [("air_strike", "hypothetical")]


# --- a crowd beating someone to death; a person "accused of" is no accusation ----------------


def test_detection_beaten_to_death_by_a_mob_is_mob_violence() -> None:
    en = (
        "A man accused of blasphemy was beaten to death by a mob in Sialkot on Friday, police said."
    )
    fr = "Un homme accusé de blasphème a été battu à mort vendredi par une foule à Sialkot, selon la police."
    assert _types(en, "en") == ["mob_violence"]
    assert _types(fr, "fr") == ["mob_violence"]


def test_detection_accused_with_its_author_is_still_an_accusation() -> None:
    text = "Le journaliste, accusé par Moscou d'espionnage, a été arrêté samedi."
    assert sorted(_types(text, "fr")) == ["accuse", "arrest"]


# --- an embassy ransacked, told with its details ---------------------------------------------


def test_detection_ransacked_embassy_is_one_riot() -> None:
    en = (
        "Protesters ransacked the French embassy in Kinshasa on Thursday, smashing windows and "
        "setting vehicles on fire."
    )
    fr = (
        "Des manifestants ont saccagé jeudi l'ambassade de France à Kinshasa, brisant des vitres "
        "et incendiant des véhicules."
    )
    assert _types(en, "en") == ["riot"]
    assert _types(fr, "fr") == ["riot"]


def test_detection_a_ransacked_office_without_a_crowd_is_property_destruction() -> None:
    text = "The party's office in Harare was ransacked overnight, its chairman said."
    assert _types(text, "en") == ["property_destruction"]


# --- a strike told twice in one sentence: the walkout and the strike it belongs to ----------


def test_detection_stopping_work_during_a_strike_is_one_strike_fr() -> None:
    text = (
        "Des milliers de salariés ont cessé le travail jeudi et défilé dans le centre de Lyon "
        "lors d'une grève générale convoquée par la CGT."
    )
    assert sorted(_types(text, "fr")) == ["labour_strike", "peaceful_protest"]


def test_detection_bandh_is_a_strike_en() -> None:
    assert _types("A bandh called by the opposition shut shops in Kolkata on Monday.", "en") == [
        "labour_strike"
    ]


# --- bandits razing a village ----------------------------------------------------------------


def test_detection_bandits_razing_a_village_is_an_attack() -> None:
    text = (
        "Bandits razed a village in Zamfara State overnight, killing 11 residents, a lawmaker said."
    )
    found = events(text, "en")
    assert [e.type for e in found] == ["attack_on_civilians"]
    assert found[0].quantities.get("killed") == 11


# --- killed by a police officer; protesters shot -------------------------------------------


def test_detection_killed_by_a_police_officer_is_an_attack() -> None:
    fr = "Un adolescent de 17 ans a été tué mardi par un policier lors d'un contrôle routier à Nanterre."
    en = (
        "A 17-year-old was killed by a police officer during a traffic stop in Nanterre on Tuesday."
    )
    assert _types(fr, "fr") == ["attack_on_civilians"]
    assert _types(en, "en") == ["attack_on_civilians"]


def test_detection_a_police_officer_killed_names_no_author() -> None:
    assert _types("Un policier a été tué mardi à Nanterre.", "fr") == []


def test_detection_protesters_shot_is_excessive_force() -> None:
    en = "Two protesters were shot dead by soldiers in Yangon on Sunday."
    fr = "La police a blessé par balles trois manifestants mardi à Nairobi."
    assert _types(en, "en") == ["excessive_force"]
    assert _types(fr, "fr") == ["excessive_force"]


def test_detection_a_killing_named_in_passing_takes_no_later_toll() -> None:
    text = (
        "La ville a connu une troisième nuit d'émeutes après la mort d'un adolescent, tué lundi "
        "par un policier à Nanterre. Selon la préfecture, 40 policiers ont été blessés dans la "
        "nuit de mercredi à jeudi."
    )
    found = events(text, "fr")
    killing = [e for e in found if e.type == "attack_on_civilians"]
    assert len(killing) == 1
    assert "injured" not in killing[0].quantities


# --- a future exchange: the prisoners released in return are as hypothetical ---------------


def test_detection_exchange_for_prisoners_shares_the_future_of_the_release() -> None:
    text = (
        "Thirty-three hostages will be released during the first phase of the ceasefire, in "
        "exchange for about 1,900 Palestinian prisoners, Qatar's prime minister said."
    )
    found = events(text, "en")
    assert [(e.type, e.status) for e in found] == [("release", "hypothetical")]


# --- what a rejected proposal aims at is no act; goals fired are no gunfire -------------------


def test_detection_ban_an_initiative_aims_at_is_no_restriction() -> None:
    fr = "Les Suisses ont rejeté dimanche l'initiative visant à interdire les armes nucléaires."
    en = "Lawmakers rejected on Tuesday a bill aimed at banning protests near parliament."
    assert "coerce" not in _types(fr, "fr")
    assert "coerce" not in _types(en, "en")


def test_detection_goals_fired_are_no_excessive_force() -> None:
    text = (
        "Mbappe fired two goals as Real Madrid crushed Valencia, while fans clashed briefly "
        "with stewards outside the stadium."
    )
    assert "excessive_force" not in _types(text, "en")
    assert _types("Police fired live rounds at protesters in Nairobi on Tuesday.", "en") == [
        "excessive_force"
    ]


# --- a factbox names its topic ----------------------------------------------------------------


def test_detection_factbox_heading_names_a_topic_not_a_clash() -> None:
    en = "FACTBOX-Key facts about the fighting in eastern Congo.\nM23 rebels seized the town of Rubaya in April."
    fr = "Repères sur les combats dans l'est de la RDC.\nLes rebelles du M23 se sont emparés de Rubaya en avril."
    assert _types(en, "en") == ["territory_captured"]
    assert _types(fr, "fr") == ["territory_captured"]


# --- killings told with the weapon's motion; arrests of named offenders -----------------------


def test_detection_hacked_to_death_and_beheaded_are_attacks() -> None:
    en = "Two farmers were hacked to death by suspected herdsmen in Plateau State on Saturday."
    fr = (
        "Deux agriculteurs ont été égorgés samedi par des éleveurs présumés dans l'Etat du Plateau."
    )
    assert _types(en, "en") == ["attack_on_civilians"]
    assert _types(fr, "fr") == ["attack_on_civilians"]
    assert _types("Des jihadistes ont décapité trois otages à Cabo Delgado.", "fr") == [
        "attack_on_civilians"
    ]
    assert _types("Militants beheaded three hostages in Cabo Delgado.", "en") == [
        "attack_on_civilians"
    ]


def test_detection_a_website_hacked_is_no_attack() -> None:
    assert _types("Hackers hacked the ministry's website on Monday.", "en") == []


def test_detection_apprehending_kidnappers_is_an_arrest_fr() -> None:
    text = "Les gendarmes ont appréhendé lundi trois ravisseurs présumés à Kaduna."
    assert _types(text, "fr") == ["arrest"]
    assert _types("Les habitants appréhendent l'arrivée de l'hiver.", "fr") == []


# --- supporters against the police are a riot, fighters against an army a clash -------------


def test_detection_supporters_clashing_with_police_is_a_riot() -> None:
    en = "Clashes between opposition supporters and police broke out in Conakry on Thursday."
    fr = "Des heurts ont opposé jeudi à Ziguinchor des partisans de l'opposition aux forces de l'ordre."
    assert _types(en, "en") == ["riot"]
    assert _types(fr, "fr") == ["riot"]


def test_detection_rebels_against_the_army_is_still_a_clash() -> None:
    assert _types("Clashes between rebels and the army killed 12 in Ituri.", "en") == [
        "armed_clash"
    ]
    fr = "Des heurts entre l'armée et les rebelles ont fait 12 morts en Ituri."
    assert _types(fr, "fr") == ["armed_clash"]
