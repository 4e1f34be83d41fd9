"""Who, round 10: a sentence-opening pronoun continues the previous sentence's subject, a
passive attack names its target in its subject, a feeling adjective's holder is its verb's
subject, a passive accusation with no "par"/"by" is its claimant's, a name after "par" on a
passive verb is its agent, and a future the tagger took for an adjective still has its two
conjoined parties. Sentences written here."""

from __future__ import annotations

import pytest
from extracting import actor_country as _country
from extracting import actor_id as _id
from extracting import of_type, rules_of

# -- a subject pronoun that opens a sentence: the body named as the previous subject ------------


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "La France salue l'annonce d'une trêve. Elle appelle l'Azerbaïdjan à lever le blocus.",
            "fr",
            "fra",
        ),
        (
            "L'Union européenne a adopté mardi de nouvelles mesures. Elle exhorte la Serbie à "
            "reconnaître le scrutin.",
            "fr",
            "eu",
        ),
        (
            "The European Union adopted new measures on Tuesday. It urged Serbia to accept the "
            "result of the vote.",
            "en",
            "eu",
        ),
    ],
)
def test_who_round10_pronoun_continues_previous_subject(text: str, lang: str, who: str) -> None:
    demand = of_type(text, lang, "demand")
    assert demand and _id(demand[0].initiator) == who


def test_who_round10_pronoun_accuses_in_return_fr() -> None:
    text = (
        "La Russie a rejeté ces accusations, qualifiées de mensonges. Elle accuse à son tour les "
        "forces ukrainiennes d'avoir bombardé une centrale."
    )
    accuse = of_type(text, "fr", "accuse")
    assert accuse and _id(accuse[0].initiator) == "rus"
    assert _country(accuse[0].target) == "UKR"


def test_who_round10_pronoun_must_agree_fr() -> None:
    # "Il" cannot stand for "la France": no side rather than the wrong one
    text = "La France salue la trêve. Il appelle l'Azerbaïdjan à lever le blocus."
    demand = of_type(text, "fr", "demand")
    assert not demand or _id(demand[0].initiator) != "fra"


def test_who_round10_it_never_stands_for_a_person_en() -> None:
    text = "President Macron met farmers on Monday. It urged Brussels to drop the trade deal."
    demand = of_type(text, "en", "demand")
    assert not demand or _id(demand[0].initiator) != "emmanuel-macron"


# -- a passive attack: its subject is what was struck --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        ("Odessa a été frappée par des missiles russes lundi soir.", "fr", "UKR"),
        ("Kiev a été visée par une vaste attaque de drones russes dans la nuit.", "fr", "UKR"),
        ("Kyiv was targeted by a large Russian drone attack overnight.", "en", "UKR"),
        ("Israel was attacked by Iran with some 180 ballistic missiles.", "en", "ISR"),
    ],
)
def test_who_round10_passive_subject_is_target(text: str, lang: str, target: str) -> None:
    strikes = of_type(text, lang, "missile_strike") + of_type(text, lang, "drone_strike")
    assert strikes and _country(strikes[0].target) == target


# -- a feeling predicated of its holder: "se dit indigné", "is outraged" --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La ministre allemande se dit « indignée » par les frappes sur Rafah.",
        "Le président français s'est dit indigné par les frappes israéliennes sur Rafah.",
    ],
)
def test_who_round10_stance_holder_fr(text: str) -> None:
    condemn = of_type(text, "fr", "condemn")
    assert condemn
    assert _country(condemn[0].initiator) == ("DEU" if "allemande" in text else "FRA")


# -- a passive accusation: with no "par", the claimant accuses; a name after "par" is the agent --


@pytest.mark.parametrize(
    ("text", "lang", "accuser", "accused"),
    [
        (
            "Trois diplomates français sont accusés d'espionnage, selon le ministère burkinabè "
            "des Affaires étrangères.",
            "fr",
            "BFA",
            "FRA",
        ),
        (
            "The two Ukrainian soldiers are accused of war crimes, according to Russian "
            "prosecutors.",
            "en",
            "RUS",
            "UKR",
        ),
        (
            "Deux soldats ukrainiens sont accusés par Moscou d'avoir tué des civils près de "
            "Koursk.",
            "fr",
            "RUS",
            "UKR",
        ),
    ],
)
def test_who_round10_passive_accusation(text: str, lang: str, accuser: str, accused: str) -> None:
    accuse = of_type(text, lang, "accuse")
    assert accuse and _country(accuse[0].initiator) == accuser
    assert _country(accuse[0].target) == accused


def test_who_round10_passive_accusation_rule_is_named() -> None:
    text = (
        "Trois diplomates français sont accusés d'espionnage, selon le ministère burkinabè "
        "des Affaires étrangères."
    )
    accuse = of_type(text, "fr", "accuse")[0]
    assert rules_of(accuse, "initiator") == ["fr.initiator.passive_accuser"]


# -- a future the tagger read as an adjective: two conjoined parties still ------------------------


def test_who_round10_conjoined_parties_future_fr() -> None:
    text = (
        "La France et l'Ukraine approfondiront leur coopération dans le domaine du renseignement."
    )
    coop = of_type(text, "fr", "cooperate")
    assert coop and (_id(coop[0].initiator), _id(coop[0].target)) == ("fra", "ukr")


# -- an adverbial between the auxiliary and the participle: the subject is still the verb's -------


@pytest.mark.parametrize(
    ("text", "code", "who", "whom"),
    [
        (
            "La Chine a une nouvelle fois exhorté les Etats-Unis à cesser leurs ventes d'armes.",
            "demand",
            "chn",
            "usa",
        ),
        (
            "L'Iran a une fois encore menacé Israël de représailles.",
            "threaten",
            "irn",
            "isr",
        ),
        (
            "Le Kremlin a au contraire dénoncé un sabotage de la part de Kiev, selon son "
            "porte-parole.",
            "condemn",
            "rus-presidency",
            "ukr",
        ),
    ],
)
def test_who_round10_adverbial_after_auxiliary_fr(
    text: str, code: str, who: str, whom: str
) -> None:
    found = of_type(text, "fr", code)
    assert found and (_id(found[0].initiator), _id(found[0].target)) == (who, whom)


def test_who_round10_relative_subject_across_adverbial_fr() -> None:
    text = (
        "Deux civils ont été tués à Pokrovsk, selon le gouverneur Vadym Filachkine, qui a une "
        "fois de plus exhorté les habitants à partir."
    )
    demand = of_type(text, "fr", "demand")
    assert demand and _country(demand[0].initiator) == "UKR"


# -- an embedded post: "I" is the person named beside the @handle above it ---------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Moscou a promis une riposte.\n\nVolodymyr Zelensky @ZelenskyyUa · 24 juin\n"
            "Je remercie l'UE pour ce nouveau paquet.",
            "fr",
        ),
        (
            "Moscow vowed to respond.\n\nVolodymyr Zelensky @ZelenskyyUa · Jun 24\n"
            "I thank the EU for this new package.",
            "en",
        ),
    ],
)
def test_who_round10_post_author_is_first_person(text: str, lang: str) -> None:
    support = of_type(text, lang, "support")
    assert support and _id(support[0].initiator) == "volodymyr-zelensky"


def test_who_round10_first_person_without_header_has_no_side_fr() -> None:
    text = "Moscou a promis une riposte.\n\nJe remercie l'UE pour ce nouveau paquet."
    support = of_type(text, "fr", "support")
    assert support and support[0].initiator is None


# -- a bare "l'armée" addressed or accused: the story's one national army -----------------------


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        (
            "L'armée soudanaise a bombardé Omdurman mardi. L'envoyé américain a exhorté l'armée "
            "à revenir à la table des négociations.",
            "fr",
            "demand",
        ),
        (
            "The Sudanese army shelled Omdurman on Tuesday. The US envoy urged the army to return "
            "to the talks.",
            "en",
            "demand",
        ),
    ],
)
def test_who_round10_bare_army_addressee(text: str, lang: str, code: str) -> None:
    found = of_type(text, lang, code)
    assert found and _id(found[0].target) == "sdn-mil"


def test_who_round10_two_armies_no_guess_fr() -> None:
    text = (
        "L'armée soudanaise a bombardé Omdurman. L'armée israélienne a frappé Gaza. "
        "L'ONU a exhorté l'armée à cesser le feu."
    )
    demand = of_type(text, "fr", "demand")
    assert demand and demand[0].target is None


def test_who_round10_envoy_nationality_is_not_the_story_country_en() -> None:
    # "the US envoy" says whose envoy, not where the shelling was: no target guessed from it
    text = (
        "The Sudanese army shelled Omdurman on Tuesday. The US envoy urged the army to return "
        "to the talks."
    )
    shelling = of_type(text, "en", "shelling")
    assert shelling and _country(shelling[0].target) != "USA"


def test_who_round10_pronoun_of_conjoined_clause_en() -> None:
    text = "Hamas rejected the offer on Monday and it accused Israel of stalling the talks."
    accuse = of_type(text, "en", "accuse")
    assert accuse and (_id(accuse[0].initiator), _id(accuse[0].target)) == ("hamas", "isr")


@pytest.mark.parametrize(
    ("text", "code", "who"),
    [
        (
            "Les Etats-Unis ont annoncé une aide militaire. Ils appellent la Chine à cesser ses "
            "livraisons.",
            "demand",
            "usa",
        ),
        (
            "Les Houthis ont revendiqué l'attaque. Ils menacent Israël de nouvelles frappes.",
            "threaten",
            "houthis",
        ),
    ],
)
def test_who_round10_plural_pronoun_follows_plural_name_fr(text: str, code: str, who: str) -> None:
    found = of_type(text, "fr", code)
    assert found and _id(found[0].initiator) == who


def test_who_round10_plural_pronoun_skips_singular_name_fr() -> None:
    text = "La France salue la trêve. Ils appellent l'Azerbaïdjan à lever le blocus."
    demand = of_type(text, "fr", "demand")
    assert demand and demand[0].initiator is None


# -- police sent within a country: that country's police deploy them ----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "Le ministre a annoncé que 45 000 policiers et gendarmes seraient mobilisés samedi "
            "soir à Paris.",
            "fr",
            "FRA",
        ),
        ("Some 2,000 riot police were deployed in Tbilisi on Sunday.", "en", "GEO"),
    ],
)
def test_who_round10_police_deployed_by_place_state(text: str, lang: str, who: str) -> None:
    moves = of_type(text, lang, "force_movement")
    assert moves and _country(moves[0].initiator) == who


def test_who_round10_troops_keep_their_named_sender_en() -> None:
    moves = of_type(
        "Russia deployed 1,000 troops to the border with Belarus.", "en", "force_movement"
    )
    assert moves and _id(moves[0].initiator) == "rus"


# -- a riot whose other deeds in the sentence hit the police: against the state ------------------


def test_who_round10_riot_against_police_in_a_later_verb_fr() -> None:
    text = (
        "A Bruxelles, des manifestants ont incendié des pneus, bombardé les policiers d'œufs "
        "et renversé des barrières."
    )
    riots = of_type(text, "fr", "riot")
    assert riots and _country(riots[0].target) == "BEL"


def test_who_round10_riot_burning_bins_names_no_side_fr() -> None:
    riots = of_type("A Bruxelles, des manifestants ont incendié des poubelles.", "fr", "riot")
    assert riots and riots[0].target is None


# -- a measure taking effect is not its own author -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'état d'urgence est entré en vigueur jeudi en Nouvelle-Calédonie.", "fr"),
        ("A curfew took effect in Dhaka on Saturday.", "en"),
    ],
)
def test_who_round10_measure_is_no_initiator(text: str, lang: str) -> None:
    measures = of_type(text, lang, "coerce")
    assert measures and measures[0].initiator is None


# -- an attack noun with its author after "par"/"by": its "de"/"of" complement was struck --------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le bombardement de Kherson par les forces russes a fait deux morts.", "fr"),
        ("The shelling of Kherson by Russian forces killed two people.", "en"),
    ],
)
def test_who_round10_objective_genitive_with_agent(text: str, lang: str) -> None:
    shelling = of_type(text, lang, "shelling")
    assert shelling and (_country(shelling[0].initiator), _country(shelling[0].target)) == (
        "RUS",
        "UKR",
    )
    assert rules_of(shelling[0], "target") == [f"{lang}.target.objective_genitive"]


def test_who_round10_event_subject_is_no_reactor_en() -> None:
    # the killing is what drew the reaction, never the side reacting (nor its victim)
    text = "The killing of Ismail Haniyeh by Israel drew condemnation."
    for e in of_type(text, "en", "condemn"):
        assert _id(e.initiator) != "ismail-haniyeh"


# -- an attack undergone: the subject of "subir", "essuyer", "come under" was struck --------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kiev a subi une attaque massive de drones russes dans la nuit.", "fr"),
        ("Odessa a essuyé une nouvelle attaque de missiles russes.", "fr"),
        ("Kyiv came under a massive Russian missile attack overnight.", "en"),
    ],
)
def test_who_round10_undergone_attack_target(text: str, lang: str) -> None:
    strikes = of_type(text, lang, "missile_strike") + of_type(text, lang, "drone_strike")
    assert strikes and (_country(strikes[0].initiator), _country(strikes[0].target)) == (
        "RUS",
        "UKR",
    )
