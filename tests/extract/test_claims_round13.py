"""Claimant and status in the ways outlets attribute and hedge (round 13).

One table of phrasings, each a sentence or two written for this test: attribution before,
inside and after the clause, in the next sentence, in a headline; titled names split by
commas; anonymous sources, agencies and state media, social posts; hedges, verification
notices and denials; with the look-alikes that must stay in the outlet's voice (a byline, a
person quoted about something else, a refusal that denies nothing, a report named later).
"""

from __future__ import annotations

import unicodedata

import pytest
from extracting import events

from wirewatch.model import Actor, Event

# (lang, text, event type, claimant: id or words of its name or None, status)
ATTRIBUTED: list[tuple[str, str, str, str | None, str]] = [
    # before the clause
    (
        "fr",
        "Selon Kiev, des drones russes ont frappé dans la nuit un dépôt de carburant à Odessa.",
        "drone_strike",
        "ukr",
        "claimed",
    ),
    (
        "en",
        "Ukraine says Russian drones hit a fuel depot in Odesa overnight.",
        "drone_strike",
        "ukr",
        "claimed",
    ),
    (
        "en",
        "Kremlin says Ukrainian drones attacked Moscow overnight",
        "drone_strike",
        "rus-presidency",
        "claimed",
    ),
    # after the clause
    (
        "fr",
        "Des drones russes ont frappé dans la nuit un dépôt de carburant à Odessa, selon Kiev.",
        "drone_strike",
        "ukr",
        "claimed",
    ),
    (
        "en",
        "Russian drones hit a fuel depot in Odesa overnight, according to Ukrainian officials.",
        "drone_strike",
        "Ukrainian officials",
        "claimed",
    ),
    # French inverted incise with the verb's adjuncts before the speaker
    (
        "fr",
        "Trois civils ont été tués dans un bombardement russe sur Kherson, a écrit sur Telegram "
        "le gouverneur Oleksandr Prokoudine.",
        "shelling",
        "oleksandr-prokudin",
        "claimed",
    ),
    (
        "fr",
        "Trois civils ont été tués dans un bombardement russe sur Kherson, a déclaré à l'AFP un "
        "responsable local sous couvert d'anonymat.",
        "shelling",
        "un responsable local",
        "claimed",
    ),
    (
        "fr",
        "Trois civils ont été tués dans un bombardement russe sur Kherson, a affirmé dans un "
        "communiqué le ministère ukrainien de la Défense.",
        "shelling",
        "ukr-mod",
        "claimed",
    ),
    (
        "fr",
        "Trois civils ont été tués dans un bombardement russe sur Kherson, a annoncé sur sa "
        "chaîne Telegram le gouverneur.",
        "shelling",
        "le gouverneur",
        "claimed",
    ),
    (
        "fr",
        "Des drones russes ont frappé Kherson, a affirmé sur Telegram dimanche matin le "
        "gouverneur régional, Oleksandr Prokoudine.",
        "drone_strike",
        "oleksandr-prokudin",
        "claimed",
    ),
    (
        "fr",
        "Des drones russes ont frappé un dépôt de carburant à Odessa, a indiqué le gouverneur "
        "régional, Oleh Kiper.",
        "drone_strike",
        "oleh-kiper",
        "claimed",
    ),
    # a present-tense report verb the lemmatizer leaves as written ("indique")
    (
        "fr",
        "Des drones russes ont frappé un dépôt de carburant à Odessa, indique l'administration "
        "régionale dans un communiqué.",
        "drone_strike",
        "l'administration régionale",
        "claimed",
    ),
    (
        "fr",
        "Des drones russes ont frappé un dépôt de carburant à Odessa, indique dans un communiqué "
        "l'administration régionale.",
        "drone_strike",
        "l'administration régionale",
        "claimed",
    ),
    # an incise inside the clause
    (
        "fr",
        "L'attaque, a précisé le gouverneur, a tué trois civils à Kherson.",
        "attack_on_civilians",
        "le gouverneur",
        "claimed",
    ),
    (
        "en",
        "Russian drones, the governor said, hit a fuel depot in Odesa overnight.",
        "drone_strike",
        "the governor",
        "claimed",
    ),
    # English final incise: title and name split by commas, a possessive title, a hyphenated name
    (
        "en",
        "Russian drones hit a fuel depot in Odesa overnight, the regional governor, Oleh Kiper, "
        "said.",
        "drone_strike",
        "oleh-kiper",
        "claimed",
    ),
    (
        "en",
        "Russian shelling killed three civilians in Kherson, the governor, Oleksandr Prokudin, "
        "said on Telegram.",
        "shelling",
        "oleksandr-prokudin",
        "claimed",
    ),
    (
        "en",
        "Three civilians were killed in Russian shelling of Kherson, Ukraine's interior "
        "minister wrote on X.",
        "shelling",
        "ukr-interior",
        "claimed",
    ),
    (
        "en",
        "An Israeli drone strike killed two people in southern Lebanon, Lebanon's state-run "
        "National News Agency reported.",
        "drone_strike",
        "nna",
        "claimed",
    ),
    # a participle after the incise adds to the same speaker's account
    (
        "fr",
        "Des drones russes ont frappé un dépôt de carburant à Odessa, a indiqué l'armée de "
        "l'air, ajoutant que 30 drones avaient été abattus.",
        "drone_strike",
        "l'armée de l'air",
        "claimed",
    ),
    # anonymous sources, agencies, state media
    (
        "fr",
        "Trois civils ont été tués dans un bombardement russe sur Kherson, selon une source "
        "sécuritaire.",
        "shelling",
        "une source sécuritaire",
        "claimed",
    ),
    (
        "fr",
        "Trois civils ont été tués dans un bombardement russe sur Kherson, ont indiqué des "
        "sources concordantes.",
        "shelling",
        "des sources concordantes",
        "claimed",
    ),
    (
        "fr",
        "Deux personnes ont été tuées dans une frappe de drone israélien dans le sud du Liban, "
        "a-t-on appris auprès d'une source sécuritaire.",
        "drone_strike",
        "une source sécuritaire",
        "claimed",
    ),
    (
        "fr",
        "Trois civils ont été tués dans un bombardement russe sur Kherson, selon l'agence Tass.",
        "shelling",
        "tass",
        "claimed",
    ),
    (
        "fr",
        "Des drones russes ont frappé un dépôt de carburant à Odessa, rapporte l'agence "
        "Interfax, citant des responsables locaux.",
        "drone_strike",
        "interfax",
        "claimed",
    ),
    (
        "en",
        "Three civilians were killed in Russian shelling of Kherson, a source in the ministry "
        "said.",
        "shelling",
        "a source",
        "claimed",
    ),
    (
        "en",
        "Three civilians were killed in Russian shelling of Kherson, officials said.",
        "shelling",
        "officials",
        "claimed",
    ),
    (
        "en",
        "Three civilians were killed in Russian shelling of Kherson, Russian state media reported.",
        "shelling",
        "Russian state media",
        "claimed",
    ),
    (
        "en",
        "Three civilians were killed in Russian shelling of Kherson, two security sources said.",
        "shelling",
        "security sources",
        "claimed",
    ),
    (
        "en",
        "Three civilians were killed in Russian shelling of Kherson, an official told Reuters "
        "on condition of anonymity.",
        "shelling",
        "an official",
        "claimed",
    ),
    (
        "en",
        "Russian drones hit a fuel depot in Odesa overnight, Interfax reported, citing local "
        "officials.",
        "drone_strike",
        "interfax",
        "claimed",
    ),
    (
        "fr",
        "Des drones russes ont frappé Odessa dans la nuit, à en croire Kiev.",
        "drone_strike",
        "ukr",
        "claimed",
    ),
    (
        "en",
        "Russian drones hit Odesa overnight, as reported by the state news agency Ukrinform.",
        "drone_strike",
        "ukrinform",
        "claimed",
    ),
    # an act the speaker saw, not one it did
    (
        "fr",
        "Des habitants de Saint-Marc rapportent des tirs sporadiques à l'entrée sud de la ville.",
        "armed_clash",
        "des habitants de Saint-Marc",
        "claimed",
    ),
    # the source named in the next sentence
    (
        "fr",
        "Un dépôt de carburant a été touché par des drones russes à Odessa. Tel est le bilan "
        "fourni par l'administration régionale.",
        "drone_strike",
        "l'administration régionale",
        "claimed",
    ),
    (
        "fr",
        "Trois civils ont été tués dans un bombardement russe à Kherson. Ces chiffres "
        "proviennent du ministère de l'Intérieur.",
        "shelling",
        "ukr-interior",
        "claimed",
    ),
    (
        "en",
        "Three civilians were killed in Russian shelling of Kherson. The figures came from the "
        "regional administration.",
        "shelling",
        "the regional administration",
        "claimed",
    ),
    (
        "en",
        "Three civilians were killed in Russian shelling of Kherson. The toll was provided by "
        "the State Emergency Service.",
        "shelling",
        "State Emergency Service",
        "claimed",
    ),
    # hedges
    (
        "fr",
        "L'armée russe aurait bombardé un hôpital à Kherson, tuant trois civils.",
        "shelling",
        None,
        "unconfirmed",
    ),
    (
        "fr",
        "Une frappe présumée de drone israélien a tué deux personnes dans le sud du Liban.",
        "air_strike",
        None,
        "unconfirmed",
    ),
    (
        "en",
        "Russian forces reportedly shelled a hospital in Kherson, killing three civilians.",
        "shelling",
        None,
        "unconfirmed",
    ),
    (
        "en",
        "Russian forces allegedly shelled a hospital in Kherson, killing three civilians.",
        "shelling",
        None,
        "unconfirmed",
    ),
    # verification notices
    (
        "fr",
        "L'armée russe a bombardé un hôpital à Kherson, tuant trois civils, selon Kiev. Ces "
        "affirmations n'ont pas pu être vérifiées de manière indépendante.",
        "shelling",
        "ukr",
        "unconfirmed",
    ),
    (
        "en",
        "Russian forces shelled a hospital in Kherson, killing three civilians, Kyiv said. "
        "Reuters could not independently verify the report.",
        "shelling",
        "ukr",
        "unconfirmed",
    ),
    # denials by the speaker
    ("fr", "Moscou a démenti avoir bombardé un hôpital à Kherson.", "shelling", "rus", "denied"),
    (
        "en",
        "Moscow dismissed as fabrication reports that its forces shelled a hospital in Kherson.",
        "shelling",
        "rus",
        "denied",
    ),
    (
        "en",
        "Russia rejected the claims that its forces shelled a hospital in Kherson.",
        "shelling",
        "rus",
        "denied",
    ),
]

# (lang, text, event type, claimant the event must carry, denier, status of the denial claim)
DENIED_AFTER: list[tuple[str, str, str, str | None, str, str]] = [
    (
        "en",
        "Ukraine's military said Russian drones hit a fuel depot in Odesa overnight, a claim "
        "Moscow denied.",
        "drone_strike",
        "ukr-mil",
        "rus",
        "denied",
    ),
    (
        "fr",
        "L'armée ukrainienne affirme que des drones russes ont frappé un dépôt de carburant à "
        "Odessa, ce que Moscou dément.",
        "drone_strike",
        "ukr-mil",
        "rus",
        "denied",
    ),
    (
        "fr",
        "Kiev accuse Moscou d'avoir frappé un hôpital à Kherson, ce que le Kremlin a démenti.",
        "air_strike",
        "ukr",
        "rus-presidency",
        "denied",
    ),
    (
        "fr",
        "L'armée israélienne a dit avoir frappé des cibles du Hezbollah dans le sud du Liban. "
        "Le Hezbollah a rejeté ces affirmations.",
        "air_strike",
        "isr-mil",
        "hezbollah",
        "denied",
    ),
    (
        "fr",
        "L'armée israélienne a dit avoir frappé des cibles du Hezbollah dans le sud du Liban. "
        "Le Hezbollah a qualifié ces informations de mensongères.",
        "air_strike",
        "isr-mil",
        "hezbollah",
        "denied",
    ),
    (
        "en",
        "Israel's army said it struck Hezbollah targets in southern Lebanon. Hezbollah "
        "dismissed the claim as a fabrication.",
        "air_strike",
        "isr-mil",
        "hezbollah",
        "denied",
    ),
]

# The outlet's own voice: (lang, text, event type, status); no claimant, no denial.
OWN_VOICE: list[tuple[str, str, str, str]] = [
    # a byline names the writer, not a source
    (
        "en",
        "By John Smith, Reuters. Russian drones hit a fuel depot in Odesa overnight.",
        "drone_strike",
        "asserted",
    ),
    (
        "fr",
        "Par Jean Dupont (AFP). Des drones russes ont frappé un dépôt de carburant à Odessa "
        "dans la nuit.",
        "drone_strike",
        "asserted",
    ),
    # a person quoted about something else
    (
        "en",
        "Russian drones hit a fuel depot in Odesa overnight. Zelensky later said he would "
        "travel to Brussels next week.",
        "drone_strike",
        "asserted",
    ),
    (
        "fr",
        "Des drones russes ont frappé un dépôt de carburant à Odessa dans la nuit. Volodymyr "
        "Zelensky a par ailleurs indiqué qu'il se rendrait à Bruxelles la semaine prochaine.",
        "drone_strike",
        "asserted",
    ),
    # "said" of another matter the day after
    (
        "en",
        "Police arrested two men in Leeds on Friday. The mayor said on Saturday that the town "
        "was calm.",
        "arrest",
        "asserted",
    ),
    # a refusal denies nothing told before
    (
        "en",
        "Russian drones hit a fuel depot in Odesa overnight. Moscow rejected the peace proposal.",
        "drone_strike",
        "asserted",
    ),
    (
        "fr",
        "Des drones russes ont frappé Odessa dans la nuit. Moscou a rejeté la proposition de "
        "trêve.",
        "drone_strike",
        "asserted",
    ),
    ("fr", "Kiev a rejeté l'offre de cessez-le-feu dimanche.", "reject", "asserted"),
    # a next sentence about where shells came from, or about a new document, names no source
    (
        "en",
        "Three civilians were killed in Russian shelling of Kherson. The shelling came from "
        "positions across the river.",
        "shelling",
        "asserted",
    ),
    (
        "fr",
        "Trois civils ont été tués dans un bombardement russe à Kherson. Un rapport publié par "
        "l'ONU en mars décrit la situation.",
        "shelling",
        "asserted",
    ),
    (
        "en",
        "Three civilians were killed in Russian shelling of Kherson. A report released by the "
        "UN in March described the situation.",
        "shelling",
        "asserted",
    ),
    # announcing an act is doing it: the outlet tells the act
    (
        "fr",
        "Les États-Unis ont annoncé de nouvelles sanctions contre la Russie.",
        "sanction",
        "asserted",
    ),
    ("en", "The United States announced new sanctions against Russia.", "sanction", "asserted"),
    # "présumé" of a person is no hedge on the arrest
    ("fr", "L'auteur présumé de l'attentat a été arrêté samedi à Lyon.", "arrest", "asserted"),
]


def _fold(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in plain if not unicodedata.combining(c)).replace("'", " ").split()


def _names(actor: Actor | None, want: str) -> bool:
    """``actor`` is ``want``: its id, or its name holds ``want`` as a run of whole words."""
    if actor is None:
        return False
    if actor.id == want:
        return True
    words = _fold(want)
    for name in (actor.name or "", getattr(actor, "surface", None) or ""):
        have = _fold(name)
        if any(have[k : k + len(words)] == words for k in range(len(have) - len(words) + 1)):
            return True
    return False


def claimant_holds(event: Event, want: str | None) -> bool:
    """The event's claimant (or one of its claims') is ``want``; None: no claimant at all."""
    if want is None:
        return event.claimant is None
    return _names(event.claimant, want) or any(_names(c.claimant, want) for c in event.claims)


def _only(text: str, lang: str, code: str) -> Event:
    found = [e for e in events(text, lang) if e.type == code]
    assert len(found) == 1, [(e.type, e.evidence.text) for e in events(text, lang)]
    return found[0]


@pytest.mark.parametrize(("lang", "text", "code", "claimant", "status"), ATTRIBUTED)
def test_claims_round13_attribution_phrasing(
    lang: str, text: str, code: str, claimant: str | None, status: str
) -> None:
    event = _only(text, lang, code)
    assert claimant_holds(event, claimant), (event.claimant, event.claims)
    assert event.status == status


@pytest.mark.parametrize(("lang", "text", "code", "claimant", "denier", "status"), DENIED_AFTER)
def test_claims_round13_denial_after_the_account(
    lang: str, text: str, code: str, claimant: str, denier: str, status: str
) -> None:
    event = _only(text, lang, code)
    assert claimant_holds(event, claimant), (event.claimant, event.claims)
    denials = [c for c in event.claims if _names(c.claimant, denier)]
    assert [c.status for c in denials] == [status], event.claims
    # the denial's words never name the events' own actors as the denier
    assert all(c.claimant is not None for c in event.claims if c.status == "denied")


@pytest.mark.parametrize(("lang", "text", "code", "status"), OWN_VOICE)
def test_claims_round13_outlet_voice_lookalikes(
    lang: str, text: str, code: str, status: str
) -> None:
    event = _only(text, lang, code)
    assert event.claimant is None, event.claimant
    assert event.status == status
    assert not [c for c in event.claims if c.status == "denied"], event.claims


def test_claims_round13_named_source_is_no_channel() -> None:
    """The audience or channel after the speaker is no part of its name."""
    event = _only(
        "Trois civils ont été tués dans un bombardement russe sur Kherson, a déclaré à l'AFP un "
        "responsable local sous couvert d'anonymat.",
        "fr",
        "shelling",
    )
    assert event.claimant is not None
    assert "anonymat" not in (event.claimant.name or "")


def test_claims_round13_relaying_agency_is_no_part_of_the_name() -> None:
    """ "le maire, cité par l'agence Interfax": the mayor speaks, the agency relays."""
    event = _only(
        "Des drones russes ont frappé Odessa dans la nuit, a déclaré le maire, cité par "
        "l'agence Interfax.",
        "fr",
        "drone_strike",
    )
    assert event.claimant is not None
    assert _fold(event.claimant.name or "") == ["le", "maire"]


def test_claims_round13_adding_is_no_incise_inside() -> None:
    """ "…, the governor said, adding that…": a participle, not the rest of an interrupted
    clause; the governor's account still covers the strike before the incise only."""
    event = _only(
        "Russian drones hit a fuel depot in Odesa overnight, the governor said, adding that "
        "nobody was hurt.",
        "en",
        "drone_strike",
    )
    assert claimant_holds(event, "the governor")
    assert event.status == "claimed"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Kiev a accusé Moscou de mener une campagne de désinformation après avoir bombardé "
            "Kherson.",
        ),
        ("en", "Kyiv said Russia was spreading disinformation after its forces shelled Kherson."),
    ],
)
def test_claims_round13_accusing_of_disinformation_denies_nothing(lang: str, text: str) -> None:
    """Speaking of another side's disinformation is an accusation, not a denial of the
    shelling the same speaker tells."""
    event = _only(text, lang, "shelling")
    assert claimant_holds(event, "ukr")
    assert event.status == "claimed"
    assert not [c for c in event.claims if c.status == "denied"]
