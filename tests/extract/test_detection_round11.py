"""Round 11 detection: event kinds phrased the way outlets we have not imitated phrase them."""

from __future__ import annotations

import pytest
from extracting import actor_id, events, of_type, one


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        (
            "A car bomb killed six soldiers near a checkpoint in Mogadishu on Saturday.",
            "en",
            "explosive_device",
        ),
        ("A roadside bomb wounded two soldiers in Helmand province.", "en", "explosive_device"),
        (
            "Une voiture piégée a tué six soldats près d'un barrage à Mogadiscio samedi.",
            "fr",
            "explosive_device",
        ),
        (
            "Un engin explosif improvisé a tué deux soldats dans le centre du Mali.",
            "fr",
            "explosive_device",
        ),
        ("A Russian missile killed three people in Kharkiv on Friday.", "en", "missile_strike"),
        ("Un drone a blessé deux civils à Kherson vendredi.", "fr", "drone_strike"),
    ],
)
def test_triggers_weapon_as_subject_of_killing(text: str, lang: str, code: str) -> None:
    event = one(text, lang, code)
    assert event.quantities.get("killed") or event.quantities.get("injured")


def test_triggers_weapon_with_its_own_verb_keeps_the_author() -> None:
    text = "Une bombe planante larguée par un avion russe a endommagé une école de Kramatorsk."
    assert actor_id(one(text, "fr", "air_strike").initiator) == "rus"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A petrol bomb was thrown at a family home in north Belfast overnight, police said.",
            "en",
        ),
        ("Un cocktail Molotov a été lancé contre une maison à Belfast dans la nuit.", "fr"),
    ],
)
def test_triggers_incendiary_device_is_arson(text: str, lang: str) -> None:
    assert one(text, lang, "property_destruction").instrument == "arson"
    assert not of_type(text, lang, "riot")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Protesters threw petrol bombs at police lines in Belfast.", "en"),
        ("Des manifestants ont lancé des cocktails Molotov sur les policiers à Nantes.", "fr"),
    ],
)
def test_triggers_incendiary_thrown_by_rioters_is_a_riot(text: str, lang: str) -> None:
    one(text, lang, "riot")


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("The governor ordered the closure of the border crossing on Monday.", "en", "coerce"),
        ("Le préfet a ordonné la fermeture du poste-frontière lundi.", "fr", "coerce"),
        ("Ukraine ordered the expulsion of the Iranian ambassador.", "en", "expel"),
        ("Le gouvernement a ordonné l'expulsion de deux diplomates russes lundi.", "fr", "expel"),
        ("Le ministère a ordonné la fermeture de l'ambassade à Téhéran.", "fr", "sanction"),
    ],
)
def test_triggers_an_order_to_close_or_expel_is_the_act(text: str, lang: str, code: str) -> None:
    one(text, lang, code)
    assert not of_type(text, lang, "demand")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les pourparlers ont repris à Doha jeudi.", "fr"),
        ("Les négociations ont repris au Caire lundi.", "fr"),
    ],
)
def test_triggers_resumed_talks_capture_nothing(text: str, lang: str) -> None:
    assert not of_type(text, lang, "territory_captured")
    one(text, lang, "consult_meeting")


def test_triggers_retaking_a_village_is_still_a_capture() -> None:
    one(
        "Les forces ukrainiennes ont repris le village de Klichtchiïvka.",
        "fr",
        "territory_captured",
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The night before, rioters had torched a police station in the town.", "en"),
        ("La veille, des émeutiers avaient incendié un commissariat de la ville.", "fr"),
    ],
)
def test_triggers_rioters_setting_fire(text: str, lang: str) -> None:
    one(text, lang, "riot")


def test_triggers_ground_forces_raid_a_town() -> None:
    event = one(
        "Israeli forces raided Jenin on Wednesday, the health ministry said.", "en", "armed_clash"
    )
    assert actor_id(event.initiator) == "isr-mil"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The foreign minister will travel to the region next week.", "en"),
        ("The president travelled to the border region on Monday.", "en"),
    ],
)
def test_triggers_official_travel_is_a_visit(text: str, lang: str) -> None:
    one(text, lang, "consult_visit")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le ministre s'est dit choqué par l'attaque contre l'école.", "fr"),
        ("La présidente s'est déclarée horrifiée par le massacre de civils au Darfour.", "fr"),
    ],
)
def test_triggers_shock_at_an_attack_condemns_it(text: str, lang: str) -> None:
    one(text, lang, "condemn")


def test_triggers_residents_shocked_by_noise_condemn_nothing() -> None:
    assert not of_type("Residents were shocked by the noise.", "en", "condemn")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pakistan's army said it had killed eight militants in North Waziristan.", "en"),
        ("L'armée a indiqué qu'elle avait tué huit jihadistes dans le centre du Mali.", "fr"),
        ("L'armée pakistanaise a affirmé avoir tué huit combattants au Waziristan du Nord.", "fr"),
    ],
)
def test_triggers_army_reporting_its_own_killing(text: str, lang: str) -> None:
    event = one(text, lang, "armed_clash")
    assert event.quantities.get("killed") == 8


def test_triggers_company_killing_a_project_is_no_clash() -> None:
    assert not events("The company said it had killed the project.", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police lathi-charged farmers marching towards Delhi on Tuesday.", "en"),
        ("Riot police charged the protesters in Nairobi on Tuesday.", "en"),
        ("Les CRS ont chargé les manifestants place de la République à Paris.", "fr"),
    ],
)
def test_triggers_police_charge_on_a_march(text: str, lang: str) -> None:
    one(text, lang, "protest_with_intervention")
    assert not of_type(text, lang, "peaceful_protest")


def test_merge_rally_and_charge_in_next_paragraph_are_one_protest() -> None:
    text = (
        "Des milliers d'agriculteurs ont manifesté mardi devant la préfecture de Rennes.\n\n"
        "Les gendarmes ont ensuite chargé la foule et fait usage de gaz lacrymogène."
    )
    event = one(text, "fr", "protest_with_intervention")
    assert event.quantities.get("participants") == 1000
    assert not of_type(text, "fr", "peaceful_protest")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A conference on Syria took place in Geneva on Monday.", "en"),
        ("An international conference on Sudan was held in Paris on Monday.", "en"),
        ("Une conférence sur la Syrie a eu lieu à Genève lundi.", "fr"),
    ],
)
def test_triggers_conference_held_is_a_meeting(text: str, lang: str) -> None:
    one(text, lang, "consult_meeting")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister held a news conference in Kyiv on Monday.", "en"),
        ("Le ministre a tenu une conférence de presse à Kiev lundi.", "fr"),
    ],
)
def test_triggers_press_conference_is_no_meeting(text: str, lang: str) -> None:
    assert not of_type(text, lang, "consult_meeting")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The leaders adopted a joint declaration in Nairobi on Saturday.", "en"),
        (
            "Le sommet s'est tenu à Nairobi. Il s'est conclu par l'adoption d'une déclaration commune.",
            "fr",
        ),
    ],
)
def test_triggers_adopting_a_joint_declaration_is_an_agreement(text: str, lang: str) -> None:
    one(text, lang, "agreement")


def test_triggers_adopting_a_bill_is_no_agreement() -> None:
    assert not of_type("Les députés ont adopté le projet de loi.", "fr", "agreement")


def test_triggers_timeline_annexation() -> None:
    event = one("2014: Russia annexes Crimea.", "en", "territory_captured")
    assert actor_id(event.initiator) == "rus"


# Kinds read in outlet styles we had not imitated (regional paper, blotter, sports page, explainer).


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Police used capsicum spray on protesters outside the arms fair in Melbourne on Wednesday.",
            "en",
        ),
        (
            "Les gendarmes ont utilisé des gazeuses contre les manifestants devant la préfecture.",
            "fr",
        ),
    ],
)
def test_triggers_pepper_spray_on_protesters_is_intervention(text: str, lang: str) -> None:
    one(text, lang, "protest_with_intervention")


def test_triggers_fans_throwing_flares_riot() -> None:
    one("Home fans invaded the pitch and threw flares at the visiting supporters.", "en", "riot")


def test_triggers_troops_seizing_villages_in_a_conjoined_verb() -> None:
    text = "In August, Ukrainian troops crossed the border and seized dozens of villages in the Kursk region."
    assert actor_id(one(text, "en", "territory_captured").initiator) == "ukr-mil"


def test_triggers_troops_seizing_weapons_in_a_village_capture_nothing() -> None:
    assert not of_type(
        "Troops seized weapons and drugs in the village.", "en", "territory_captured"
    )


def test_triggers_blotter_stabbing_without_threat() -> None:
    text = (
        "Officers were called to a stabbing on Mill Road shortly after 1 a.m. on Saturday. A man "
        "in his 20s was taken to hospital with non-life-threatening injuries."
    )
    one(text, "en", "attack_on_civilians")
    assert not of_type(text, "en", "threaten")


def test_triggers_no_injury_to_deplore_condemns_nothing() -> None:
    text = "Un incendie criminel a détruit la salle des fêtes dans la nuit. Aucun blessé n'est à déplorer."
    assert not of_type(text, "fr", "condemn")
    one("Le président déplore la mort de trois civils.", "fr", "condemn")


def test_triggers_attack_noun_subject_is_not_a_second_weapon() -> None:
    text = "A drone strike killed two people in Kherson, while a missile strike wounded three civilians in Odesa."
    assert len(of_type(text, "en", "missile_strike")) == 1
