"""French extraction, component by component, on sentences written for these tests."""

from __future__ import annotations

import pytest

from wirewatch.extract import UnsupportedLanguage, extract_article, extract_text
from wirewatch.extract.lexicon import lexicon
from wirewatch.extract.syntax import parse, sentences
from wirewatch.extract.triggers import find_mentions
from wirewatch.model import Article, Event

PUB = "2024-11-10"  # a Sunday


def _one(text: str, code: str) -> Event:
    events = [e for e in extract_text(text, "fr", PUB) if e.type == code]
    assert len(events) == 1, [(e.type, e.evidence.text) for e in extract_text(text, "fr", PUB)]
    return events[0]


def _id(actor: object) -> str | None:
    return getattr(actor, "id", None)


# -- triggers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Une attaque de drones a visé la ville de Soumy dans la nuit.", "drone_strike"),
        ("Une frappe de missiles a touché un immeuble à Dnipro.", "missile_strike"),
        ("Des tirs d'artillerie ont visé le centre de Kherson.", "shelling"),
        ("Une bombe planante a frappé un quartier de Kharkiv.", "air_strike"),
    ],
)
def test_triggers_instrument_decides_the_attack_type(text: str, code: str) -> None:
    doc = parse(text, "fr")
    types = [m.type for _p, s in sentences(doc) for m in find_mentions(s, 0, lexicon("fr"))]
    assert code in types


def test_triggers_report_verb_alone_is_not_an_event() -> None:
    assert (
        extract_text("Le porte-parole a affirmé que la situation restait calme.", "fr", PUB) == []
    )


def test_triggers_generic_fighting_is_not_an_event() -> None:
    assert extract_text("Sur le front, les combats se poursuivent.", "fr", PUB) == []


def test_triggers_content_of_a_refusal_is_not_an_event() -> None:
    events = extract_text(
        "Les alliés refusent d'autoriser Kiev à abattre les drones russes au-dessus de la Pologne.",
        "fr",
        PUB,
    )
    assert [e.type for e in events] == ["reject"]


# -- arguments -------------------------------------------------------------------------------


def test_arguments_interception_gives_intercepted_and_the_initiator_from_the_demonym() -> None:
    ev = _one(
        "Le ministère russe de la Défense a annoncé avoir abattu 12 drones ukrainiens "
        "au-dessus de la région de Belgorod.",
        "drone_strike",
    )
    assert ev.quantities == {"intercepted": 12}
    assert _id(ev.initiator) == "ukr"
    assert _id(ev.target) == "rus"
    assert ev.location is not None and ev.location.admin1 == "Belgorod Oblast"


def test_arguments_part_of_a_whole_keeps_both_figures() -> None:
    ev = _one(
        "Selon l'armée de l'air ukrainienne, 18 des 25 missiles tirés par la Russie "
        "ont été interceptés au-dessus de la région de Kharkiv.",
        "missile_strike",
    )
    assert ev.quantities == {"intercepted": 18, "launched": 25}
    assert _id(ev.initiator) == "rus"
    assert _id(ev.claimant) == "ukr-air-force"


def test_arguments_casualties_and_date_from_the_weekday() -> None:
    ev = _one(
        "Une frappe de missile russe a tué au moins huit personnes mardi à Dnipro, "
        "a annoncé le gouverneur régional.",
        "missile_strike",
    )
    assert ev.quantities.get("killed") == 8
    details = [q for c in ev.claims for q in c.quantity_details if q.kind == "killed"]
    assert details and details[0].qualifier == "at_least"
    assert ev.date is not None and ev.date.start == "2024-11-05"
    assert ev.location is not None and ev.location.country == "UKR"


def test_arguments_age_is_never_a_count() -> None:
    events = extract_text(
        "Une frappe de drone a visé la ville de Koursk. Un homme de 64 ans a été blessé.", "fr", PUB
    )
    injured = [c.quantities.get("injured") for e in events for c in e.claims]
    assert 64 not in injured
    assert 1 in injured


def test_arguments_aid_pledge_with_amount_and_recipient() -> None:
    ev = _one(
        "L'Allemagne versera deux milliards d'euros destinés à l'Ukraine, "
        "a annoncé le gouvernement.",
        "aid_pledge",
    )
    assert ev.quantities.get("amount") == 2_000_000_000
    assert _id(ev.initiator) == "deu"
    assert _id(ev.target) == "ukr"


def test_arguments_visit_targets_the_visited_country() -> None:
    ev = _one("Le chef de la diplomatie britannique s'est rendu lundi à Kiev.", "consult_visit")
    assert _id(ev.target) == "ukr"
    assert ev.date is not None and ev.date.start == "2024-11-04"


def test_arguments_capture_of_own_territory_is_regained() -> None:
    ev = _one(
        "Les forces ukrainiennes ont repris le village de Robotyne, dans la région de Zaporijjia, "
        "a indiqué l'armée ukrainienne.",
        "territory_regained",
    )
    assert ev.location is not None and ev.location.admin1 == "Zaporizhzhia Oblast"


# -- claims ----------------------------------------------------------------------------------


def test_claims_incise_after_the_event() -> None:
    ev = _one(
        "Une attaque de 40 drones russes a visé la région d'Odessa, a dénoncé sur Telegram le "
        "président ukrainien Volodymyr Zelensky.",
        "drone_strike",
    )
    assert _id(ev.claimant) == "volodymyr-zelensky"
    assert ev.status == "claimed"
    assert ev.quantities == {"launched": 40}


def test_claims_selon_cette_source_is_the_previous_claimant() -> None:
    events = extract_text(
        "Le ministère russe de la Défense a affirmé avoir neutralisé 20 drones au-dessus de la "
        "région de Koursk. Selon cette source, 9 autres drones ukrainiens ont été abattus "
        "au-dessus "
        "de la région de Briansk.",
        "fr",
        PUB,
    )
    assert [_id(e.claimant) for e in events] == ["rus-mod", "rus-mod"]
    assert sorted(e.quantities["intercepted"] for e in events) == [9, 20]


def test_claims_pronoun_source_is_the_last_person() -> None:
    events = extract_text(
        "Une frappe de drone a touché un immeuble de Belgorod, a déclaré le gouverneur Viatcheslav "
        "Gladkov. Selon lui, deux personnes ont été blessées.",
        "fr",
        PUB,
    )
    assert len(events) == 1
    second = [c for c in events[0].claims if c.quantities.get("injured") == 2]
    assert second and second[0].claimant is not None
    assert second[0].claimant.id == events[0].claimant.id  # type: ignore[union-attr]


# -- modality --------------------------------------------------------------------------------


def test_modality_denied_by_the_kremlin() -> None:
    ev = _one("Le Kremlin a démenti avoir mené des frappes de missiles sur Kiev.", "missile_strike")
    assert ev.status == "denied"
    assert _id(ev.claimant) == "rus-presidency"


def test_modality_not_confirmed_is_unconfirmed() -> None:
    ev = _one(
        "Les deux dirigeants ont eu une conversation téléphonique dimanche, "
        "selon le Financial Times. "
        "Le Kremlin n'a pas confirmé cette conversation téléphonique.",
        "consult_phone",
    )
    assert {c.status for c in ev.claims} >= {"unconfirmed"}


def test_modality_conditional_is_hypothetical() -> None:
    ev = _one(
        "Le président turc pourrait rencontrer son homologue russe la semaine prochaine.",
        "consult_meeting",
    )
    assert ev.status == "hypothetical"


def test_modality_journalistic_conditional_is_not_asserted() -> None:
    ev = _one("Le président aurait demandé à son homologue de retirer ses troupes.", "demand")
    assert ev.status in {"unconfirmed", "claimed"}


# -- merge and API ---------------------------------------------------------------------------


def test_merge_heading_joins_the_attack_it_announces() -> None:
    text = (
        "Attaque sur Belgorod\n\n"
        "Le ministère russe de la Défense a affirmé avoir abattu 15 drones ukrainiens au-dessus "
        "de la région de Belgorod."
    )
    events = extract_text(text, "fr", PUB)
    assert len(events) == 1
    assert any(m.text == "Attaque sur Belgorod" for m in events[0].mentions)


def test_merge_keeps_different_attacks_apart() -> None:
    text = (
        "Une attaque de drones russes a visé Odessa dans la nuit de samedi à dimanche. "
        "Mercredi, une attaque de missiles russes avait frappé Kharkiv."
    )
    events = extract_text(text, "fr", PUB)
    assert sorted(e.type for e in events) == ["drone_strike", "missile_strike"]


def test_extract_article_rejects_other_languages() -> None:
    with pytest.raises(UnsupportedLanguage):
        extract_article(Article(id="x", text="Привет", language="ru"))


def test_extract_article_offsets_index_the_text() -> None:
    text = "Titre\n\nUne attaque de drones a visé Kherson, a annoncé le gouverneur."
    for ev in extract_text(text, "fr", PUB):
        assert text[ev.evidence.start : ev.evidence.end] == ev.evidence.text


def test_arguments_taking_control_is_a_capture_placed_at_the_village() -> None:
    ev = _one(
        "L'armée russe a pris le contrôle de la localité de Kourakhové, dans la région de "
        "Donetsk, selon le ministère russe de la Défense.",
        "territory_captured",
    )
    assert ev.location is not None and ev.location.admin1 == "Donetsk Oblast"
    assert "contrôle" not in ev.location.name
    assert _id(ev.claimant) == "rus-mod"
    assert _id(ev.target) == "ukr"


def test_arguments_target_of_a_copular_predicate() -> None:
    ev = _one(
        "Kiev a été la cible d'une attaque de drones dans la nuit de lundi à mardi, "
        "a annoncé le maire Vitali Klitschko, faisant état de trois morts.",
        "drone_strike",
    )
    assert _id(ev.target) == "ukr"
    assert ev.date is not None and (ev.date.start, ev.date.end) == ("2024-11-04", "2024-11-05")
    # the casualties of the same sentence share its source
    assert ev.quantities.get("killed") == 3
    assert _id(ev.claimant) == "vitali-klitschko"


def test_arguments_announcing_aid_is_giving_it() -> None:
    ev = _one(
        "Les Etats-Unis ont annoncé une nouvelle aide militaire de 425 millions de dollars "
        "pour l'Ukraine.",
        "aid_delivery",
    )
    assert _id(ev.initiator) == "usa"
    assert _id(ev.target) == "ukr"
    assert ev.quantities.get("amount") == 425_000_000
