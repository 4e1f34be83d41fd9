"""Sides from the story (round 11): aid a foreign donor sends or pledges goes to the state of
the place it goes to (its own place, the state the donor visits, the story's country), never
to the donor's own state nor past a recipient the clause names; an act "the fighting" told at
another time or place than the one before it is a new act, not an anaphor. Every text is
written for these tests (facts loosely modelled on real events, wording our own), with
negatives beside each fill.
"""

from __future__ import annotations

from extracting import actor_id as _id
from extracting import of_type as _of
from extracting import rules_of

from wirewatch.model import Event


def _rules(ev: Event, field: str) -> list[str]:
    return rules_of(ev, field, "story.")


# -- aid goes to the place it is sent to ---------------------------------------------------------


def test_story_actors_aid_pledged_on_a_visit_goes_to_the_visited_state_en() -> None:
    text = (
        "KYIV (Reuters) - German Chancellor Olaf Scholz made an unannounced visit to Kyiv on "
        "Monday and pledged 650 million euros in new military aid."
    )
    (ev,) = _of(text, "en", "aid_pledge")
    assert _id(ev.target) == "ukr"
    assert "story.aid_destination" in _rules(ev, "target")


def test_story_actors_aid_pledged_on_a_visit_goes_to_the_visited_state_fr() -> None:
    text = (
        "KIEV (AFP) - Le chancelier allemand Olaf Scholz, en visite surprise à Kiev lundi, a "
        "promis une nouvelle aide militaire de 650 millions d'euros."
    )
    (ev,) = _of(text, "fr", "aid_pledge")
    assert _id(ev.target) == "ukr"
    assert "story.aid_destination" in _rules(ev, "target")


def test_story_actors_airdrop_into_the_story_territory_en() -> None:
    text = (
        "GAZA - Israeli strikes killed 12 people in Rafah overnight. Jordan said it had "
        "airdropped food parcels into the enclave on Tuesday."
    )
    (ev,) = _of(text, "en", "aid_delivery")
    assert _id(ev.initiator) == "jor"
    assert _id(ev.target) == "pse"


def test_story_actors_aid_to_named_people_gets_no_state_fr() -> None:
    # the displaced have fled elsewhere: the state of the story's place would be a guess
    text = (
        "Plus de 100 000 habitants ont fui le Haut-Karabakh après l'offensive azerbaïdjanaise. "
        "La France se tient prête à apporter une aide humanitaire d'urgence aux populations "
        "déplacées."
    )
    for ev in _of(text, "fr", "aid_pledge"):
        assert ev.target is None or _id(ev.target) != "aze"


def test_story_actors_domestic_aid_gets_no_foreign_recipient_en() -> None:
    text = (
        "BERLIN - The German government pledged 2 billion euros in aid to farmers hit by the "
        "floods in Bavaria, the finance ministry said."
    )
    for ev in _of(text, "en", "aid_pledge"):
        assert not _rules(ev, "target")


def test_story_actors_aid_in_an_unrelated_ticker_entry_gets_no_target_fr() -> None:
    # a live ticker: the donor's aid is not said to go to the war of the next entry
    text = (
        "Le Japon a annoncé une aide d'urgence de 5 millions de dollars. "
        "Des frappes russes ont touché Kharkiv dans la nuit."
    )
    for ev in _of(text, "fr", "aid_delivery") + _of(text, "fr", "aid_pledge"):
        assert ev.target is None


# -- "the fighting" elsewhere or at another time is a new act -----------------------------------


def _later_clash_sides(text: str, lang: str) -> list[tuple[object, object]]:
    clashes = _of(text, lang, "armed_clash")
    later = [e for e in clashes if "Sake" in e.evidence.text]
    assert later, [e.evidence.text for e in clashes]
    return [
        (_id(e.initiator), _id(e.target))
        for e in later
        if _rules(e, "target") or _rules(e, "initiator")
    ]


def test_story_actors_fighting_at_another_time_and_place_is_no_anaphor_fr() -> None:
    text = (
        "Des échanges de tirs ont opposé lundi soldats congolais et rebelles du M23 aux abords "
        "de l'aéroport de Goma. Entre jeudi et samedi, treize casques bleus ont été tués dans "
        "les combats autour de Sake."
    )
    assert _later_clash_sides(text, "fr") == []


def test_story_actors_fighting_at_another_time_and_place_is_no_anaphor_en() -> None:
    text = (
        "Congolese soldiers clashed with M23 rebels near Goma airport on Monday. Between "
        "Thursday and Saturday, thirteen foreign peacekeepers were killed in the fighting "
        "around Sake."
    )
    assert _later_clash_sides(text, "en") == []


def test_story_actors_the_attack_restated_keeps_its_sides_fr() -> None:
    text = (
        "Des drones russes ont frappé lundi le port d'Odessa, selon le gouverneur. "
        "Cette attaque a aussi endommagé un terminal céréalier, a-t-il ajouté."
    )
    strikes = _of(text, "fr", "drone_strike")
    assert strikes
    assert all(_id(e.target) == "ukr" for e in strikes)


# -- a side's own strike aimed back at the one side that strikes it --------------------------------


def test_story_actors_group_rockets_aimed_at_its_sole_striker_fr() -> None:
    # three sides (Israel, Gaza, Lebanon): no two-side pair, but only Israel strikes Gaza
    text = (
        "Des frappes israéliennes ont tué au moins 20 personnes à Khan Younès dans la nuit, "
        "selon la défense civile. Au Liban, un drone israélien a visé une voiture près de Tyr. "
        "Le Hamas a revendiqué en fin de matinée un tir de roquettes."
    )
    (ev,) = _of(text, "fr", "shelling")
    assert _id(ev.initiator) == "hamas"
    assert _id(ev.target) == "isr"
    assert "story.struck_back" in _rules(ev, "target")


def test_story_actors_group_rockets_aimed_at_its_sole_striker_en() -> None:
    text = (
        "BEIRUT - Israeli strikes killed five people in southern Lebanon on Monday, the health "
        "ministry said. Israeli jets also hit Rafah in Gaza. Hezbollah fired dozens of rockets "
        "on Tuesday."
    )
    (ev,) = _of(text, "en", "shelling")
    assert _id(ev.target) == "isr"
    assert "story.struck_back" in _rules(ev, "target")


def test_story_actors_group_struck_by_two_powers_gets_no_target_fr() -> None:
    text = (
        "Des frappes israéliennes ont tué au moins 20 personnes à Khan Younès dans la nuit. "
        "Des drones américains ont frappé des positions du Hamas à Rafah. "
        "Le Hamas a revendiqué un tir de roquettes."
    )
    (ev,) = _of(text, "fr", "shelling")
    assert ev.target is None


def test_story_actors_group_struck_by_two_powers_gets_no_target_en() -> None:
    text = (
        "Israeli strikes killed five people in southern Lebanon on Monday. US jets hit Hezbollah "
        "depots near Tyre. Hezbollah fired dozens of rockets on Tuesday."
    )
    (ev,) = _of(text, "en", "shelling")
    assert ev.target is None


def test_story_actors_unrelated_launch_in_a_ticker_gets_no_target_en() -> None:
    # nobody in the story strikes North Korea: its test launch is aimed at no side
    text = (
        "Russian missiles hit Kharkiv overnight, killing four. North Korea fired a ballistic "
        "missile on Tuesday, Seoul said."
    )
    launches = [e for e in _of(text, "en", "missile_strike") if _id(e.initiator) == "prk"]
    assert all(e.target is None for e in launches)


# -- hostages freed in a land struck by a state go from that land's one armed group --------------


def test_story_actors_hostages_freed_in_gaza_go_from_the_group_to_the_state_fr() -> None:
    text = (
        "Des frappes israéliennes ont tué au moins 19 personnes dans la bande de Gaza dimanche "
        "matin. Le Hamas a ensuite transmis la liste des captives. Trois otages ont été "
        "libérées dans l'après-midi et remises à la Croix-Rouge."
    )
    (ev,) = _of(text, "fr", "release")
    assert (_id(ev.initiator), _id(ev.target)) == ("hamas", "isr")
    assert "story.hostage_release" in _rules(ev, "target")


def test_story_actors_hostages_of_two_groups_get_no_sides_fr() -> None:
    text = (
        "Des frappes israéliennes ont tué au moins 19 personnes dans la bande de Gaza dimanche "
        "matin. Le Hamas et le Jihad islamique ont ensuite transmis la liste des captives. "
        "Trois otages ont été libérées dans l'après-midi."
    )
    for ev in _of(text, "fr", "release"):
        assert ev.initiator is None and ev.target is None


def test_story_actors_hostages_freed_in_gaza_go_from_the_group_to_the_state_en() -> None:
    text = (
        "Israeli strikes killed 19 people in the Gaza Strip on Sunday morning, medics said. "
        "Hamas had earlier sent a list of names. Three hostages were released in the afternoon "
        "and handed to the Red Cross."
    )
    (ev,) = _of(text, "en", "release")
    assert (_id(ev.initiator), _id(ev.target)) == ("hamas", "isr")


def test_story_actors_prisoners_freed_by_the_state_keep_the_stated_sides_en() -> None:
    text = (
        "Israeli strikes killed 19 people in the Gaza Strip on Sunday, medics said. Hamas sent "
        "a list of names. Israel freed 90 Palestinian prisoners from Ofer prison overnight."
    )
    (ev,) = _of(text, "en", "release")
    assert _id(ev.initiator) == "isr"
    assert not _rules(ev, "initiator") and not _rules(ev, "target")


# -- a demand addressed to "the army": the story's one national army -----------------------------


def test_story_actors_envoy_urging_the_army_addresses_the_story_army_fr() -> None:
    text = (
        "Les négociations sur le Soudan s'ouvrent à Genève. L'armée du général Burhane a accusé "
        "Washington de partialité. L'envoyé américain a de nouveau exhorté l'armée à rejoindre "
        "la table."
    )
    (ev,) = _of(text, "fr", "demand")
    assert _id(ev.target) == "sdn-mil"
    assert "story.addressed_army" in _rules(ev, "target")


def test_story_actors_the_army_among_two_armies_is_no_guess_fr() -> None:
    text = (
        "L'armée soudanaise a accusé Washington de partialité. L'armée tchadienne a accusé le "
        "Soudan d'incursions. L'envoyé américain a exhorté l'armée à rejoindre la table."
    )
    (ev,) = _of(text, "fr", "demand")
    assert ev.target is None


def test_story_actors_the_army_among_two_armies_is_no_guess_en() -> None:
    text = (
        "Sudan's army accused Washington of bias. Chad's army accused Sudan of incursions. "
        "The U.S. envoy urged the army to join the talks."
    )
    (ev,) = _of(text, "en", "demand")
    assert ev.target is None


def test_story_actors_envoy_urging_the_army_addresses_the_story_army_en() -> None:
    text = (
        "Talks on Sudan opened in Geneva on Wednesday. Sudan's army accused Washington of bias. "
        "The U.S. envoy again urged the army to join the talks."
    )
    (ev,) = _of(text, "en", "demand")
    assert _id(ev.target) == "sdn-mil"


# -- a concession with an unread author in a story of unrest in one country ------------------------


def test_story_actors_withdrawn_bill_answers_the_country_protesters_en() -> None:
    text = (
        "NAIROBI - Thousands of protesters marched in Nairobi on Tuesday against a finance bill "
        "raising taxes, and police fired tear gas at them. President William Ruto condemned the "
        "violence. A day later he withdrew the bill."
    )
    (ev,) = _of(text, "en", "concede")
    assert _id(ev.target) == "ken"
    assert "story.domestic" in _rules(ev, "target")


def test_story_actors_concession_in_unrest_of_two_countries_gets_no_target_en() -> None:
    text = (
        "Thousands of protesters marched in Nairobi on Tuesday against a finance bill, and "
        "police fired tear gas. In Kampala, hundreds rallied against a similar law. A day later "
        "he withdrew the bill."
    )
    for ev in _of(text, "en", "concede"):
        assert ev.target is None


def test_story_actors_withdrawn_bill_answers_the_country_protesters_fr() -> None:
    text = (
        "Des milliers d'agriculteurs ont manifesté mardi à Paris contre la hausse de la taxe, "
        "et la police a dispersé les cortèges. Le lendemain, il a retiré le projet de loi."
    )
    (ev,) = _of(text, "fr", "concede")
    assert _id(ev.target) == "fra"
    assert "story.domestic" in _rules(ev, "target")


def test_story_actors_foreign_concession_in_unrest_keeps_no_home_target_en() -> None:
    text = (
        "NAIROBI - Thousands of protesters marched in Nairobi on Tuesday against a finance bill, "
        "and police fired tear gas at them. Washington agreed to withdraw its envoy."
    )
    for ev in _of(text, "en", "concede"):
        assert _id(ev.target) != "ken"
