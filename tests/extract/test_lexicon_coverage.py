"""Lexicon coverage: trigger words real outlets use beyond our own phrasings (triggers.tsv).

One sentence per class of word added in the round-3 lexicon expansion, in French and English.
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from wirewatch.extract import extract_text

PUB = "2024-11-10"

CASES: list[tuple[str, str, str]] = [
    # attacks: verbs and nouns of striking
    ("fr", "Des drones ont ciblé un dépôt de carburant dans la nuit.", "drone_strike"),
    ("fr", "Des missiles ont pris pour cible la gare de la ville.", "missile_strike"),
    ("fr", "Un obus de mortier a atteint une école du quartier.", "shelling"),
    ("fr", "Des hommes armés ont mitraillé un car près de Mopti.", "attack_on_civilians"),
    ("fr", "La marine a canonné les positions rebelles sur la côte.", "shelling"),
    ("fr", "Des insurgés ont assailli un poste militaire à l'aube.", "armed_clash"),
    ("fr", "Un tireur a ouvert le feu dans un centre commercial.", "attack_on_civilians"),
    ("fr", "Les policiers ont tiré à balles réelles sur les manifestants.", "excessive_force"),
    ("fr", "Un Iskander a frappé Kharkiv mardi.", "missile_strike"),
    ("en", "Jets strafed a convoy near the border.", "air_strike"),
    ("en", "Drones raided the airfield overnight.", "drone_strike"),
    ("en", "A salvo of missiles hit the port city.", "missile_strike"),
    ("en", "Gunmen gunned down five villagers in Zamfara.", "attack_on_civilians"),
    ("en", "Militants massacred dozens of villagers.", "attack_on_civilians"),
    ("en", "A gunman opened fire in a shopping mall.", "attack_on_civilians"),
    ("en", "Russian forces blasted the town with rockets.", "shelling"),
    # arrests
    ("fr", "La police a appréhendé deux suspects à Lyon.", "arrest"),
    ("fr", "Un opposant a été placé en garde à vue samedi.", "arrest"),
    ("fr", "Trois militants ont été incarcérés.", "arrest"),
    ("fr", "Les forces de sécurité ont raflé des dizaines de jeunes.", "arrest"),
    ("en", "Police rounded up dozens of activists in Minsk.", "arrest"),
    ("en", "Officers apprehended two suspects near the border.", "arrest"),
    ("en", "Three opposition leaders were jailed on Monday.", "arrest"),
    # diplomacy
    ("fr", "Des pourparlers se sont tenus à Doha.", "consult_meeting"),
    ("fr", "Les deux présidents ont échangé par téléphone.", "consult_phone"),
    ("fr", "Le président a accueilli son homologue kényan à Paris.", "consult_visit"),
    ("en", "The minister phoned his Turkish counterpart.", "consult_phone"),
    # condemnations, accusations
    ("fr", "L'UE a réprouvé la répression des manifestants.", "condemn"),
    ("fr", "Le ministère a pointé du doigt les rebelles.", "accuse"),
    ("fr", "L'armée a mis en cause les rebelles dans l'attaque.", "accuse"),
    ("en", "The foreign minister decried the decision.", "condemn"),
    ("en", "Critics lambasted the plan.", "condemn"),
    ("en", "Beijing rebuked Washington over the sale.", "condemn"),
    ("en", "The ministry blasted the ruling as illegal.", "condemn"),
    ("en", "The minister hit out at Moscow.", "condemn"),
    ("en", "Kyiv pointed the finger at Russia for the blast.", "accuse"),
    # protests, strikes, riots
    ("fr", "Des milliers de personnes ont protesté contre la réforme.", "peaceful_protest"),
    ("fr", "Les enseignants ont débrayé mardi.", "labour_strike"),
    ("fr", "Des violences urbaines ont éclaté à Marseille.", "riot"),
    ("en", "Thousands demonstrated in Nairobi against the tax bill.", "peaceful_protest"),
    ("en", "Nurses staged a walkout over pay.", "labour_strike"),
    ("en", "Dock workers walked out on Tuesday.", "labour_strike"),
    ("en", "Rioting erupted in Leeds after the match.", "riot"),
    # aid and sanctions
    ("fr", "Un convoi humanitaire a acheminé des vivres à Gaza.", "aid_delivery"),
    ("fr", "Le Canada fait un don de 20 millions de dollars à l'Ukraine.", "aid_delivery"),
    ("fr", "Washington a infligé des sanctions à trois entreprises.", "sanction"),
    ("en", "Washington slapped sanctions on three Chinese firms.", "sanction"),
    ("en", "The Treasury blacklisted a bank in Dubai.", "sanction"),
    ("en", "Japan donated 10 million dollars to the agency.", "aid_delivery"),
    ("fr", "Les premiers camions d'aide humanitaire franchissent la frontière.", "aid_delivery"),
    ("en", "Aid trucks crossed into Gaza through Rafah.", "aid_delivery"),
    # naval strikes, knives, thrown objects, barrages
    ("fr", "Des drones navals ont coulé un patrouilleur russe.", "drone_strike"),
    ("en", "Naval drones sank a patrol ship off Crimea.", "drone_strike"),
    ("fr", "Un homme a poignardé trois passants.", "attack_on_civilians"),
    ("fr", "Une attaque au couteau a fait trois morts.", "attack_on_civilians"),
    ("en", "A man stabbed three passers-by in the square.", "attack_on_civilians"),
    ("en", "A knife attack at a festival left three dead.", "attack_on_civilians"),
    ("fr", "Des manifestants ont lancé des pierres sur les policiers.", "riot"),
    ("en", "Protesters hurled stones at police.", "riot"),
    ("fr", "Un barrage de missiles s'est abattu sur Odessa.", "missile_strike"),
]


@pytest.mark.parametrize(("lang", "text", "code"), CASES)
def test_lexicon_coverage_new_trigger_words(lang: str, text: str, code: str) -> None:
    types = [e.type for e in extract_text(text, lang, PUB)]
    assert code in types, types


@pytest.mark.parametrize(
    ("lang", "text", "killed"),
    [
        ("fr", "Cinq soldats ont péri dans l'embuscade.", 5),
        ("fr", "La fusillade a coûté la vie à six soldats.", 6),
        ("en", "Two soldiers perished in the ambush.", 2),
    ],
)
def test_lexicon_coverage_casualty_framings(lang: str, text: str, killed: int) -> None:
    events = extract_text(text, lang, PUB)
    assert any(e.quantities.get("killed") == killed for e in events), events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'homme a été condamné à dix ans de prison."),  # a sentence, not a condemnation
        ("en", "The study demonstrated the risk."),  # "demonstrate" without a crowd
        ("fr", "Le Hamas détient encore des otages."),  # holding hostages is not an arrest
        ("fr", "Environ 200 projectiles ont été lancés depuis le Liban."),  # not thrown stones
    ],
)
def test_lexicon_coverage_lookalikes_are_not_events(lang: str, text: str) -> None:
    types = [e.type for e in extract_text(text, lang, PUB)]
    assert not {"condemn", "peaceful_protest", "arrest", "riot"} & set(types), types


def test_lexicon_coverage_fire_on_a_crowd_is_not_police_force_on_protesters() -> None:
    # "crowd" alone is no protest: opening fire on one is an attack, not excessive force
    types = [
        e.type for e in extract_text("Soldiers opened fire on a crowd near the market.", "en", PUB)
    ]
    assert "excessive_force" not in types, types
    assert "attack_on_civilians" in types, types
