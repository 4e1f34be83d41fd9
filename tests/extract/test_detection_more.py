"""Detection on phrasings real outlets use and our dev set does not (round 3, triggers).

Every sentence is written for these tests, in the registers of wire copy, headlines, regional
papers and analytic prose, in French and English. Each case gives the exact set of event types
the sentence must yield, so that a spurious extra event fails as surely as a missed one.
"""

from __future__ import annotations

import pytest

from wirewatch.extract import extract_text

PUB = "2024-11-10"


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in extract_text(text, lang, PUB)}


# A bare attack word with no weapon named, typed by what it hits or who carries it out.
BARE_ATTACKS: list[tuple[str, str, set[str]]] = [
    (
        "fr",
        "Une attaque contre un village du nord du Burkina Faso a fait une quarantaine de morts"
        " parmi les civils.",
        {"attack_on_civilians"},
    ),
    (
        "fr",
        "Une attaque jihadiste contre une base de l'armée a fait une quarantaine de morts dans le"
        " centre du Mali.",
        {"armed_clash"},
    ),
    (
        "fr",
        "L'attaque, attribuée aux rebelles du M23, a fait au moins 15 morts samedi à Goma.",
        {"attack_on_civilians"},
    ),
    (
        "fr",
        "Nord-Kivu : au moins sept morts dans une attaque des ADF contre un village",
        {"attack_on_civilians"},
    ),
    (
        "fr",
        "Une attaque de présumés jihadistes a fait une dizaine de morts dimanche dans l'ouest du"
        " Niger, a-t-on appris de sources locales.",
        {"attack_on_civilians"},
    ),
    (
        "fr",
        "Mali : l'armée dit avoir repoussé une attaque contre son camp de Boulkessi",
        {"armed_clash"},
    ),
    (
        "fr",
        "Un policier a été tué et deux autres blessés lors d'une attaque contre un commissariat à"
        " Niamey.",
        {"armed_clash"},
    ),
    (
        "fr",
        "Un commando a pris d'assaut l'hôtel dans la nuit, faisant 20 morts.",
        {"attack_on_civilians"},
    ),
    (
        "en",
        "An attack on a village in northern Burkina Faso killed about 40 civilians.",
        {"attack_on_civilians"},
    ),
    (
        "en",
        "An attack by RSF fighters on the town of Al-Fashir killed at least 30 people.",
        {"attack_on_civilians"},
    ),
    (
        "en",
        "At least seven people were killed in an attack on a market in North Kivu province, a"
        " local official said on Sunday.",
        {"attack_on_civilians"},
    ),
    ("en", "A raid by Israeli forces on the Jenin camp killed five Palestinians.", {"armed_clash"}),
    (
        "en",
        "Fighters from the group stormed a hotel in Mogadishu, killing 20 people.",
        {"attack_on_civilians"},
    ),
    (
        "en",
        "Insurgents stormed a police station in Borno state and killed four officers.",
        {"armed_clash"},
    ),
    ("en", "Fighters overran an army outpost near Menaka on Saturday.", {"armed_clash"}),
]


@pytest.mark.parametrize(("lang", "text", "codes"), BARE_ATTACKS)
def test_detection_more_bare_attack_is_typed_by_its_context(
    lang: str, text: str, codes: set[str]
) -> None:
    assert _types(text, lang) == codes


# Verbs of violence: an air force or a state striking, munitions falling, killings by fighters.
VIOLENCE_VERBS: list[tuple[str, str, set[str]]] = [
    (
        "fr",
        "L'armée israélienne a frappé mardi le sud du Liban, tuant trois personnes.",
        {"air_strike"},
    ),
    (
        "fr",
        "Israël a de nouveau frappé Gaza dans la nuit, tuant au moins 30 personnes selon les"
        " secours.",
        {"air_strike"},
    ),
    (
        "fr",
        "Des avions de chasse ont pilonné jeudi les positions des rebelles près de Kidal.",
        {"air_strike"},
    ),
    ("fr", "Plusieurs roquettes sont tombées sur le nord d'Israël samedi soir.", {"shelling"}),
    ("fr", "Des tirs ont visé une patrouille de la Finul dans le sud du Liban.", {"armed_clash"}),
    (
        "fr",
        "Des terroristes ont exécuté sommairement huit villageois à Solenzo.",
        {"attack_on_civilians"},
    ),
    (
        "fr",
        "Des combattants du JNIM ont attaqué samedi la ville de Djibo.",
        {"attack_on_civilians"},
    ),
    (
        "fr",
        "Des hommes armés ont tué cinq villageois dans le centre du Mali.",
        {"attack_on_civilians"},
    ),
    (
        "fr",
        "Douze soldats ont été tués par des jihadistes près de la frontière nigérienne.",
        {"armed_clash"},
    ),
    (
        "fr",
        "La localité de Selydove est tombée aux mains des forces russes, selon Moscou.",
        {"territory_captured"},
    ),
    (
        "en",
        "The Israeli military struck southern Lebanon on Tuesday, killing three people.",
        {"air_strike"},
    ),
    ("en", "Israeli jets struck Hezbollah targets in the Bekaa valley overnight.", {"air_strike"}),
    ("en", "Rockets rained down on northern Israel on Saturday evening.", {"shelling"}),
    (
        "en",
        "Jihadists executed eight villagers in Solenzo, residents said.",
        {"attack_on_civilians"},
    ),
    ("en", "Gunmen killed five villagers in central Mali on Sunday.", {"attack_on_civilians"}),
    ("en", "Twelve soldiers were killed by militants near the Niger border.", {"armed_clash"}),
    ("en", "Suspected jihadists shot dead a priest in the village.", {"attack_on_civilians"}),
    ("en", "Selydove fell to Russian forces, Moscow said on Monday.", {"territory_captured"}),
]


@pytest.mark.parametrize(("lang", "text", "codes"), VIOLENCE_VERBS)
def test_detection_more_violence_verbs(lang: str, text: str, codes: set[str]) -> None:
    assert _types(text, lang) == codes


# Speech acts phrased indirectly, and diplomatic acts.
SPEECH_AND_DIPLOMACY: list[tuple[str, str, set[str]]] = [
    (
        "fr",
        "Washington a mis en demeure Pékin de cesser ses manœuvres autour de Taïwan.",
        {"demand"},
    ),
    (
        "fr",
        "La junte a sommé l'ambassadeur de France de quitter le territoire sous 48 heures.",
        {"demand"},
    ),
    ("fr", "Varsovie a convoqué mardi l'ambassadeur de Russie.", {"demand"}),
    ("fr", "Le président a qualifié la frappe de « crime de guerre ».", {"condemn"}),
    ("fr", "Le ministre a décrit l'attentat comme un acte « lâche et barbare ».", {"condemn"}),
    ("fr", "Pékin a vivement protesté contre les manœuvres américaines.", {"condemn"}),
    ("en", "Beijing summoned the Japanese ambassador on Tuesday.", {"demand"}),
    ("en", "The junta gave the French ambassador 48 hours to leave the country.", {"expel"}),
    ("en", "Israel and Hamas agreed to extend the truce by two days.", {"agreement"}),
    ("en", 'Zelensky called the strike "another act of Russian terror".', {"condemn"}),
    ("en", "The minister described the attack as a war crime.", {"condemn"}),
    ("en", "The ministry slammed the report as biased.", {"condemn"}),
    ("en", "The two sides inked a prisoner swap deal brokered by the UAE.", {"agreement"}),
    ("en", "Ottawa announced the expulsion of six Indian diplomats.", {"expel"}),
    ("fr", "Ottawa a annoncé l'expulsion de six diplomates indiens.", {"expel"}),
    ("fr", "Le Premier ministre belge a réitéré son appel à un cessez-le-feu à Gaza.", {"demand"}),
    ("fr", "La Suisse a gelé les avoirs de plusieurs oligarques russes.", {"sanction"}),
]


@pytest.mark.parametrize(("lang", "text", "codes"), SPEECH_AND_DIPLOMACY)
def test_detection_more_speech_and_diplomatic_acts(lang: str, text: str, codes: set[str]) -> None:
    assert _types(text, lang) == codes


# Not events: a text's provisions, forecasts, judgements, generic scopes, non-physical attacks.
NOT_EVENTS: list[tuple[str, str]] = [
    ("fr", "Un accord de cessez-le-feu exigerait le retrait des troupes israéliennes."),
    ("fr", "L'accord prévoit le retrait des troupes russes de la centrale."),
    ("fr", "Le texte prévoit la libération des otages en trois phases."),
    ("en", "A ceasefire deal would require Israel to withdraw its troops."),
    ("en", "The text provides for the release of hostages in three phases."),
    ("fr", "Le ministre a condamné toute forme de violence."),
    ("en", "The minister condemned violence in all its forms."),
    ("fr", "Les attaques de drones sont devenues une arme redoutable dans ce conflit."),
    ("en", "Drone attacks have become a defining feature of the war."),
    (
        "fr",
        "Pour de nombreux analystes, une attaque contre Taïwan reste peu probable à court terme.",
    ),
    ("en", "Analysts say an attack on Taiwan remains unlikely in the short term."),
    ("en", "A ground offensive in Rafah would be a catastrophe, the UN warned."),
    ("fr", "Les cyberattaques contre les hôpitaux se sont multipliées."),
    ("en", "The cyberattack on the hospital network disrupted services for days."),
    ("en", "The heart attack killed the former minister on Sunday."),
    ("fr", "Le candidat a attaqué son rival sur son bilan économique lors du débat."),
    ("en", "The candidate attacked his rival over the economy during the debate."),
    ("fr", "Les prix de l'énergie ont frappé durement les ménages."),
    ("en", "Energy prices have hit households hard."),
    ("fr", "Le porte-parole a qualifié ces informations de « fausses »."),
    ("en", "Police raided a flat in the suburbs on Monday."),
    ("en", "Pyongyang test-fired a ballistic missile into the sea."),
    ("fr", "La Corée du Nord a procédé à un tir d'essai de missile balistique."),
    ("en", "Air raid sirens sounded across Kyiv on Monday morning."),
    ("fr", "Les sirènes d'alerte au raid aérien ont retenti à Kiev lundi."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_EVENTS)
def test_detection_more_lookalikes_are_not_events(lang: str, text: str) -> None:
    assert _types(text, lang) == set()


# Registers of West and Central African French (and their English equivalents).
REGIONAL: list[tuple[str, str, set[str]]] = [
    ("fr", "Le M23 a conquis samedi la localité de Masisi.", {"territory_captured"}),
    (
        "fr",
        "Des éléments de l'armée ont été pris à partie par des hommes armés non identifiés à"
        " Ménaka.",
        {"armed_clash"},
    ),
    (
        "fr",
        "Un engin explosif improvisé a sauté au passage d'un véhicule militaire.",
        {"explosive_device"},
    ),
    ("fr", "Trois opposants ont été mis aux arrêts à Ouagadougou.", {"arrest"}),
    (
        "fr",
        "Des manifestants en colère ont érigé des barricades et brûlé des pneus à Conakry.",
        {"riot"},
    ),
    (
        "fr",
        "Les forces de l'ordre ont tiré des gaz lacrymogènes sur la foule.",
        {"protest_with_intervention"},
    ),
    (
        "fr",
        "Les FDS ont neutralisé une vingtaine de terroristes lors d'une opération dans le Sahel.",
        {"armed_clash"},
    ),
    ("en", "A roadside bomb blew up a military vehicle near Gao.", {"explosive_device"}),
    ("en", "Police fired tear gas at the crowd outside parliament.", {"protest_with_intervention"}),
    (
        "en",
        "Troops neutralised about 20 terrorists during an operation in the Sahel.",
        {"armed_clash"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "codes"), REGIONAL)
def test_detection_more_regional_registers(lang: str, text: str, codes: set[str]) -> None:
    assert _types(text, lang) == codes


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La police a déjoué un attentat contre une synagogue, selon le ministre."),
        ("fr", "Les suspects préparaient une attaque contre un stade."),
        ("en", "Police foiled a bomb attack on a synagogue, the minister said."),
        ("en", "The suspects were plotting an attack on a stadium."),
    ],
)
def test_detection_more_planned_or_foiled_attack_is_not_an_event(lang: str, text: str) -> None:
    assert _types(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "code", "killed"),
    [
        ("en", "The armed forces killed 20 militants in an operation near Gao.", "armed_clash", 20),
        (
            "fr",
            "Les forces armées ont tué une vingtaine de jihadistes près de Gao.",
            "armed_clash",
            20,
        ),
        ("en", "Armed men killed five villagers near Gao.", "attack_on_civilians", 5),
    ],
)
def test_detection_more_killing_by_fighters_keeps_its_toll(
    lang: str, text: str, code: str, killed: int
) -> None:
    found = extract_text(text, lang, PUB)
    assert [(e.type, e.quantities.get("killed")) for e in found] == [(code, killed)]
