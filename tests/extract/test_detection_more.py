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
        "Le ministre a mis en garde contre les risques liés à l'arrêt de l'aide à Kiev.",
        set(),
    ),
    (
        "fr",
        "La sortie du conflit pourrait passer par un accord qui exigerait le retrait des troupes.",
        set(),
    ),
    ("fr", "Le régime devra répondre de ses crimes devant la justice.", set()),
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


# Round 4: phrasings of unfamiliar outlets (regional papers, Belgian, Swiss, Quebec, African
# French; British and US local English).


# Casualty-only words: a toll the attack word's event takes in.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "value"),
    [
        (
            "fr",
            "Une frappe russe a touché un immeuble de Kharkiv mardi. Trois habitants sont portés"
            " disparus.",
            "missing",
            3,
        ),
        (
            "fr",
            "Un drone a visé un marché de Kherson samedi. Deux blessés sont décédés à l'hôpital.",
            "killed",
            2,
        ),
        (
            "en",
            "A Russian missile hit an apartment block in Dnipro on Tuesday. Four people are"
            " missing.",
            "missing",
            4,
        ),
        (
            "en",
            "A Russian missile hit an apartment block in Dnipro on Tuesday. Rescuers recovered six"
            " bodies from the rubble.",
            "killed",
            6,
        ),
    ],
)
def test_detection_more_casualty_words_give_the_attack_its_toll(
    lang: str, text: str, kind: str, value: int
) -> None:
    found = extract_text(text, lang, PUB)
    assert len(found) == 1
    assert found[0].quantities.get(kind) == value


def test_detection_more_corps_of_an_army_is_no_body_count() -> None:
    text = "Une attaque de drones a visé le port d'Odessa. Le corps d'armée a été retrouvé intact."
    assert all("killed" not in e.quantities for e in extract_text(text, "fr", PUB))


# An attack word whose author is named but not resolved stands on its own.
@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        (
            "fr",
            "L'armée a mené des frappes aériennes contre des positions terroristes.",
            {"air_strike"},
        ),
        ("en", "The air force carried out strikes on militant hideouts.", {"air_strike"}),
        ("fr", "Les frappes ont repris.", set()),
        (
            "fr",
            "Le président du Conseil a condamné une attaque sans précédent contre une"
            " infrastructure civile.",
            {"condemn"},
        ),
    ],
)
def test_detection_more_attack_with_an_unresolved_author(
    lang: str, text: str, codes: set[str]
) -> None:
    assert _types(text, lang) == codes


# A state's forces killing people: an attack on civilians (fighters: a clash); an attack word
# in the same clause types the event instead.
@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        (
            "en",
            "Israeli forces killed three Palestinians in Jenin on Tuesday.",
            {"attack_on_civilians"},
        ),
        (
            "fr",
            "Les forces israéliennes ont tué trois Palestiniens à Jénine mardi.",
            {"attack_on_civilians"},
        ),
        ("en", "Troops killed two villagers near the border on Monday.", {"attack_on_civilians"}),
        (
            "en",
            "Russian forces killed 20 Ukrainian soldiers near Bakhmut, Moscow said.",
            {"armed_clash"},
        ),
        (
            "en",
            "Russian forces killed 20 Ukrainian soldiers in a missile strike on a training ground.",
            {"missile_strike"},
        ),
        (
            "fr",
            "Les forces russes ont tué vingt soldats ukrainiens lors d'une frappe de missile sur un"
            " terrain d'entraînement.",
            {"missile_strike"},
        ),
    ],
)
def test_detection_more_forces_killing_people(lang: str, text: str, codes: set[str]) -> None:
    assert _types(text, lang) == codes


# Objects that make a trigger word something else than its event.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les rebelles sont entrés dans la ville sans rencontrer de résistance."),
        ("en", "The column met with little resistance on its way north."),
        ("fr", "Une conférence pourrait suivre, sans que la date soit arrêtée."),
        ("fr", "Le mouvement a dénoncé des mensonges."),
        ("fr", "Les manifestants dénoncent la corruption du gouvernement."),
        ("en", "Protesters denounced corruption and the rising cost of living."),
        ("en", "The ministry did not respond to a request for comment."),
        ("fr", "Le ministère n'a pas donné suite à une demande de commentaire."),
        ("fr", "Des manifestants ont bombardé les policiers d'œufs et de pétards."),
        ("en", "Protesters bombarded police with eggs and firecrackers."),
        ("fr", "Environ 1 500 soldats étaient encore déployés au Niger au moment du putsch."),
        ("en", "Some 400 soldiers remain deployed in the region."),
    ],
)
def test_detection_more_object_makes_it_no_event(lang: str, text: str) -> None:
    assert (
        _types(text, lang)
        & {
            "consult_meeting",
            "arrest",
            "condemn",
            "demand",
            "shelling",
            "force_movement",
        }
        == set()
    )


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "Le ministre a rencontré son homologue turc lundi à Ankara.", "consult_meeting"),
        ("en", "He said he had met leaders of the main opposition parties.", "consult_meeting"),
        ("fr", "Les forces de l'ordre ont arrêté trois hommes sur les lieux lundi.", "arrest"),
        ("fr", "Kiev a dénoncé les frappes russes sur Odessa.", "condemn"),
        ("fr", "Des militaires ont été déployés samedi pour sécuriser le port.", "force_movement"),
        ("en", "The army deployed 2,000 troops to the capital on Sunday.", "force_movement"),
    ],
)
def test_detection_more_same_words_with_an_event_object(lang: str, text: str, code: str) -> None:
    assert code in _types(text, lang)


# Readiness or a future: aid promised, not delivered.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La France se tient prête à apporter une aide humanitaire d'urgence aux déplacés."),
        ("en", "Britain stands ready to send air defence systems to Ukraine."),
    ],
)
def test_detection_more_aid_one_stands_ready_to_give_is_a_pledge(lang: str, text: str) -> None:
    assert _types(text, lang) == {"aid_pledge"}


# "the jailed opposition leader": a state described, the release is the event.
def test_detection_more_jailed_leader_is_background_of_the_release() -> None:
    text = "The president announced that the jailed opposition leader will be freed."
    assert _types(text, "en") == {"release"}


# A call to protest or strike announces that protest; it is no demand of its own.
@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("fr", "Les syndicats appellent à une nouvelle journée de grève jeudi.", {"labour_strike"}),
        (
            "fr",
            "Les étudiants appellent déjà à de nouveaux blocages la semaine prochaine.",
            {"peaceful_protest"},
        ),
        (
            "fr",
            "Les étudiants appellent à manifester samedi devant le Parlement.",
            {"peaceful_protest"},
        ),
        (
            "en",
            "Student leaders urged supporters to march on the capital on Monday.",
            {"peaceful_protest"},
        ),
        ("fr", "Les syndicats n'ont pas appelé à ce rassemblement.", {"demand"}),
        ("fr", "Le ministre a appelé les alliés à livrer des défenses antiaériennes.", {"demand"}),
        ("fr", "Le blocage du corridor dure depuis neuf mois.", set()),
        ("en", "The naval blockade of the port has lasted three months.", set()),
    ],
)
def test_detection_more_call_to_protest_is_the_protest(
    lang: str, text: str, codes: set[str]
) -> None:
    assert _types(text, lang) == codes


# Fighting: a stated day makes an occurrence; a span of months, a kind of equipment do not.
@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        (
            "fr",
            "Des affrontements se poursuivaient mercredi dans les quartiers est de la ville.",
            {"armed_clash"},
        ),
        ("en", "Fighting raged on Thursday around the airport.", {"armed_clash"}),
        ("fr", "Les combats se poursuivent.", set()),
        ("en", "Fighting continues.", set()),
        ("fr", "Les combats font rage depuis des mois.", set()),
        ("en", "The package includes Bradley fighting vehicles and artillery ammunition.", set()),
        ("fr", "Le pays a reçu des véhicules de combat blindés.", set()),
        ("en", "The town fell in August after a month of fighting.", set()),
    ],
)
def test_detection_more_fighting_occurrence_or_not(lang: str, text: str, codes: set[str]) -> None:
    assert _types(text, lang) & {"armed_clash"} == codes


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "At least 91 people were killed on Sunday in clashes between protesters and police.",
        ),
        ("fr", "Des affrontements entre manifestants et policiers ont fait trois blessés samedi."),
    ],
)
def test_detection_more_clashes_of_protesters_are_a_riot(lang: str, text: str) -> None:
    assert _types(text, lang) == {"riot"}


# Less-lethal munitions fired by police: an intervention on a protest, not a grenade attack.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Officers in riot gear swept through the camp at dawn, firing flash-bang grenades."),
        ("en", "Police fired rubber bullets at protesters in the capital on Friday."),
        (
            "fr",
            "Les gendarmes ont tiré des grenades assourdissantes pour disperser les manifestants.",
        ),
        ("fr", "Les policiers ont tiré des balles en caoutchouc sur la foule samedi."),
    ],
)
def test_detection_more_less_lethal_fire_is_an_intervention(lang: str, text: str) -> None:
    assert _types(text, lang) == {"protest_with_intervention"}


def test_detection_more_rebel_shells_stay_shelling() -> None:
    assert _types("Les rebelles ont tiré des obus sur la ville lundi.", "fr") == {"shelling"}


# A call and a coordinated act: "has called a rally, and the mayor urged calm" are two acts.
def test_detection_more_act_coordinated_with_a_call_is_no_content() -> None:
    text = (
        "Anti-racism groups have called a counter-demonstration outside the town hall on Saturday,"
        " and the council leader urged residents to stay calm."
    )
    assert _types(text, "en") == {"peaceful_protest", "demand"}


# Crowds, mobs, arson, crackdowns, arrivals of troops: the wording of local papers.
@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("en", "That night a crowd attacked a mosque and set fire to a police van.", {"riot"}),
        (
            "en",
            "A mob of counter-protesters attacked the encampment late Tuesday.",
            {"mob_violence"},
        ),
        ("fr", "Des émeutiers ont attaqué le commissariat dans la nuit de samedi.", {"riot"}),
        (
            "en",
            "Others set fire to the offices of the ruling party on Monday.",
            {"property_destruction"},
        ),
        (
            "en",
            "Young protesters stormed the parliament on Tuesday, setting part of the building on"
            " fire.",
            {"riot"},
        ),
        ("en", "The company set a new record on Monday.", set()),
        (
            "en",
            "In mid-July the police and paramilitary forces cracked down hard.",
            {"excessive_force"},
        ),
        (
            "en",
            "Hundreds of thousands of people poured into the capital on Monday.",
            {"peaceful_protest"},
        ),
        (
            "fr",
            "Des centaines de tracteurs ont convergé jeudi vers Bruxelles.",
            {"peaceful_protest"},
        ),
        (
            "fr",
            "Des milliers de manifestants ont déferlé dans les rues de Belgrade samedi.",
            {"peaceful_protest"},
        ),
        (
            "en",
            "The first Kenyan police officers landed in Port-au-Prince on June 25.",
            {"force_movement"},
        ),
        (
            "fr",
            "Les premiers policiers kényans ont débarqué le 25 juin à Port-au-Prince.",
            {"force_movement"},
        ),
        (
            "fr",
            "L'armée a engagé jusqu'à 4 000 militaires pour sécuriser la frontière.",
            {"force_movement"},
        ),
        ("fr", "Les deux pays ont engagé des discussions sur la frontière.", {"consult_meeting"}),
        ("en", "Two rockets landed near the airport on Sunday.", {"shelling"}),
        (
            "en",
            "The university president ordered an independent review of the night.",
            {"investigate"},
        ),
        (
            "fr",
            "Le ministre a ordonné une enquête administrative sur l'intervention.",
            {"investigate"},
        ),
        (
            "fr",
            "Des agriculteurs bloquent les autoroutes depuis lundi, à l'appel de la FNSEA.",
            {"peaceful_protest"},
        ),
        ("fr", "Le pape a réitéré son appel à un cessez-le-feu.", {"demand"}),
        (
            "fr",
            "Des manifestants ont brûlé des pneus et pris d'assaut l'ambassade du Rwanda mardi.",
            {"riot"},
        ),
    ],
)
def test_detection_more_local_press_wording(lang: str, text: str, codes: set[str]) -> None:
    assert _types(text, lang) == codes


# A meeting that is only the setting of another act; a plea's or a hope's content.
@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        (
            "fr",
            "La Cédéao a levé samedi l'essentiel des sanctions contre le Niger, à l'issue d'un"
            " sommet extraordinaire à Abuja.",
            {"concede"},
        ),
        (
            "en",
            "Beijing brokered a ceasefire between the junta and the rebels at talks in Kunming.",
            {"agreement"},
        ),
        ("en", "The two leaders held talks in Geneva on Monday.", {"consult_meeting"}),
        ("fr", "Les ministres se sont réunis lundi à Bruxelles.", {"consult_meeting"}),
        ("fr", "Le sommet de l'Otan s'est ouvert mardi à Vilnius.", {"consult_meeting"}),
        (
            "fr",
            "La présidente, qui plaide pour qu'une prochaine rencontre se tienne avec la Russie,"
            " a quitté la salle.",
            set(),
        ),
        ("en", "He hopes to meet Putin next month.", set()),
    ],
)
def test_detection_more_setting_and_plea(lang: str, text: str, codes: set[str]) -> None:
    assert _types(text, lang) == codes
