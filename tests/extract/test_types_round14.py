"""Round 14 types: look-alikes of physical events that must not be typed as one, and the
right type for raids, withdrawals and flights, in French and English, in several outlet styles.

Each case is (lang, sentence, type that must be found or None, types that must not be found)."""

from __future__ import annotations

import pytest
from extracting import events

CASES: list[tuple[str, str, str | None, set[str]]] = [
    # a raid is an air strike only with an aircraft word
    (
        "en",
        "Army commandos killed four insurgents in a raid on a farmhouse near Kunduz.",
        "armed_clash",
        {"air_strike"},
    ),
    (
        "en",
        "Israeli troops carried out a raid in Tulkarm on Thursday, witnesses said.",
        None,
        {"air_strike"},
    ),
    (
        "en",
        "Seven men were detained in a police raid on a warehouse in Marseille.",
        "arrest",
        {"air_strike"},
    ),
    (
        "fr",
        "Un adolescent a été tué lors d'un raid de l'armée dans le camp de Balata.",
        None,
        {"air_strike"},
    ),
    (
        "fr",
        "Cinq jihadistes ont été abattus lors d'un raid des forces spéciales près de Gao.",
        "armed_clash",
        {"air_strike"},
    ),
    (
        "en",
        "Government warplanes carried out a raid on a rebel-held market town in Darfur.",
        "air_strike",
        set(),
    ),
    (
        "fr",
        "Un raid aérien a visé un marché de Nyala samedi, selon des habitants.",
        "air_strike",
        set(),
    ),
    # a raid told with no ground force, no police and no arrest: the instrument decides
    (
        "fr",
        "Le chef du mouvement a été tué à Beyrouth dans un raid attribué à Israël.",
        "air_strike",
        set(),
    ),
    (
        "en",
        "A drone raid on the airfield destroyed two helicopters, the governor said.",
        None,
        {"armed_clash"},
    ),
    (
        "fr",
        "Des renforts militaires ont été envoyés à Mayotte après les violences.",
        "force_movement",
        set(),
    ),
    # weather and labour strikes are not air strikes
    (
        "en",
        "A lightning strike killed three goatherds in the hills on Tuesday.",
        None,
        {"air_strike"},
    ),
    (
        "en",
        "The dockers' union said the strike at the port of Le Havre would last until Friday.",
        "labour_strike",
        {"air_strike"},
    ),
    (
        "en",
        "Bus drivers walked out across Nairobi on Monday. The strike stranded commuters in the city centre.",
        "labour_strike",
        {"air_strike"},
    ),
    (
        "en",
        "Israeli jets pounded Khan Younis. The strike on Monday killed 12 people, medics said.",
        "air_strike",
        set(),
    ),
    ("fr", "La foudre a frappé un groupe de randonneurs près de Chamonix.", None, {"air_strike"}),
    (
        "en",
        "Israeli strikes on Khan Younis killed 18 people overnight, medics said.",
        "air_strike",
        set(),
    ),
    # a withdrawal of troops from a place is a retreat, of a bill a concession
    (
        "fr",
        "Moscou a annoncé le retrait de ses soldats de la rive droite du Dniepr.",
        "retreat",
        {"concede"},
    ),
    (
        "en",
        "Russia announced the withdrawal of its soldiers from the west bank of the Dnipro.",
        "retreat",
        {"concede"},
    ),
    (
        "fr",
        "Le Premier ministre a annoncé le retrait du projet de loi sur l'immigration.",
        "concede",
        {"retreat"},
    ),
    (
        "en",
        "The cabinet announced the withdrawal of the fuel tax bill on Monday.",
        "concede",
        {"retreat"},
    ),
    # armed forces fleeing a place retreat; civilians fleeing are displaced; a leader's flight is neither
    (
        "en",
        "Army soldiers fled the garrison town of Tessalit as the rebels closed in.",
        "retreat",
        {"other_development"},
    ),
    (
        "fr",
        "Les soldats maliens ont fui la localité de Léré à l'approche des rebelles.",
        "retreat",
        {"other_development"},
    ),
    (
        "en",
        "Tens of thousands of residents fled the town of Sake on Wednesday.",
        "other_development",
        {"retreat"},
    ),
    (
        "en",
        "The ousted president fled the country by helicopter on Sunday.",
        None,
        {"other_development", "retreat"},
    ),
    (
        "fr",
        "Le président déchu a fui le pays dimanche à bord d'un hélicoptère.",
        None,
        {"other_development", "retreat"},
    ),
    # an air strike that hit a building is an event even without a place or an author
    (
        "fr",
        "Une frappe aérienne a touché un hôpital de campagne, selon les secouristes.",
        "air_strike",
        set(),
    ),
    (
        "en",
        "An air strike hit a clinic full of patients, a doctor told reporters.",
        "air_strike",
        set(),
    ),
    # civil deployments, sent aid, verbal clashes, gunfire heard, business and sport
    (
        "en",
        "Firefighters and paramedics were deployed to the burning forest near Athens.",
        None,
        {"force_movement"},
    ),
    (
        "fr",
        "La préfecture a déployé des sapeurs-pompiers et des secouristes dans la vallée.",
        None,
        {"force_movement"},
    ),
    (
        "en",
        "The army deployed 3,000 soldiers to the northern border on Friday.",
        "force_movement",
        set(),
    ),
    ("en", "The navy sent food and water to the stranded islanders.", None, {"force_movement"}),
    ("fr", "L'armée a envoyé des vivres aux sinistrés de la vallée.", None, {"force_movement"}),
    (
        "en",
        "Britain will send 200 soldiers to Kosovo, the defence ministry said.",
        "force_movement",
        set(),
    ),
    (
        "en",
        "Government ministers clashed over the budget during a televised interview.",
        None,
        {"armed_clash"},
    ),
    (
        "fr",
        "Les ministres se sont affrontés sur le budget lors d'une interview télévisée.",
        None,
        {"armed_clash"},
    ),
    (
        "en",
        "Spain and Greece clashed over asylum quotas at the EU summit in Brussels.",
        None,
        {"armed_clash"},
    ),
    (
        "fr",
        "Les deux ministres ont échangé des tirs verbaux sur les réseaux sociaux.",
        None,
        {"armed_clash"},
    ),
    (
        "en",
        "Soldiers clashed with rebels near Bunia on Saturday, the army said.",
        "armed_clash",
        set(),
    ),
    (
        "en",
        "Gunfire was heard near the airport in Niamey late on Wednesday.",
        None,
        {"attack_on_civilians", "armed_clash"},
    ),
    (
        "en",
        "The telecoms company took control of the Kenyan market in 2019.",
        None,
        {"territory_captured"},
    ),
    (
        "en",
        "The visiting team captured the title in Madrid on Sunday.",
        None,
        {"territory_captured"},
    ),
    (
        "fr",
        "Le groupe industriel a pris le contrôle du marché ivoirien en 2019.",
        None,
        {"territory_captured"},
    ),
    ("en", "Rebels took control of the town of Minova on Tuesday.", "territory_captured", set()),
    (
        "fr",
        "Des affrontements entre les supporteurs des deux équipes ont éclaté après le match à Lyon.",
        None,
        {"armed_clash"},
    ),
    (
        "en",
        "Clashes broke out between rival fans outside the stadium in Rotterdam.",
        None,
        {"armed_clash"},
    ),
    (
        "fr",
        "Des affrontements entre l'armée et les rebelles ont fait 12 morts près de Goma.",
        "armed_clash",
        set(),
    ),
    # seizures of goods and of a ball are not captures of a place
    (
        "en",
        "Border police seized 400 kilos of heroin at the port of Mersin.",
        None,
        {"territory_captured"},
    ),
    (
        "fr",
        "Les douaniers ont saisi une cargaison de cannabis au port de Tanger.",
        None,
        {"territory_captured"},
    ),
    (
        "fr",
        "Le milieu de terrain s'est emparé du ballon avant de frapper.",
        None,
        {"territory_captured"},
    ),
    (
        "fr",
        "Les jihadistes se sont emparés d'un poste militaire près de Ménaka.",
        "territory_captured",
        set(),
    ),
    (
        "en",
        "Islamist fighters seized the port town of Mocimboa da Praia.",
        "territory_captured",
        set(),
    ),
    (
        "fr",
        "La mairie a déployé des efforts importants pour rouvrir les écoles.",
        None,
        {"force_movement"},
    ),
    # fighting that resumes is no place retaken
    (
        "fr",
        "Les combats ont repris jeudi entre l'armée et le M23 autour de Sake.",
        "armed_clash",
        {"territory_captured"},
    ),
    ("fr", "Les soldats ont repris la ville de Vovtchansk mardi.", "territory_regained", set()),
    # hazards, flops and air crashes are not strikes; a drone that crashes into a building is
    (
        "en",
        "Floodwaters hit several water treatment sites in the delta on Tuesday.",
        None,
        {"air_strike"},
    ),
    ("fr", "Des crues ont frappé plusieurs sites industriels dans le Gard.", None, {"air_strike"}),
    ("en", "His latest film bombed at the box office in Seoul.", None, {"air_strike"}),
    (
        "en",
        "A small plane crashed near the airfield in Nepal, killing six people.",
        None,
        {"air_strike"},
    ),
    (
        "fr",
        "Un hélicoptère s'est écrasé dans le brouillard près de Tabriz, faisant neuf morts.",
        None,
        {"air_strike"},
    ),
    (
        "fr",
        "Un drone s'est écrasé sur un immeuble d'habitation à Kiev, blessant trois personnes.",
        "drone_strike",
        set(),
    ),
    ("en", "Jets hit militant positions near the border, the army said.", "air_strike", set()),
    # a group with no aircraft does not carry out air strikes
    (
        "en",
        "A Hezbollah strike on a barracks in northern Israel wounded four soldiers.",
        "shelling",
        {"air_strike"},
    ),
    (
        "fr",
        "Une frappe du Hamas a blessé deux soldats près de la frontière, selon l'armée.",
        "shelling",
        {"air_strike"},
    ),
    (
        "en",
        "Strikes by the Houthis damaged a cargo ship in the Gulf of Aden.",
        "missile_strike",
        {"air_strike"},
    ),
    (
        "en",
        "Israeli strikes on Hezbollah positions killed six fighters, the army said.",
        "air_strike",
        {"shelling"},
    ),
    (
        "fr",
        "Des frappes israéliennes contre des positions du Hezbollah ont tué six combattants.",
        "air_strike",
        {"shelling"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "wanted", "unwanted"), CASES)
def test_types_round14_look_alikes(
    lang: str, text: str, wanted: str | None, unwanted: set[str]
) -> None:
    found = {e.type for e in events(text, lang)}
    if wanted is not None:
        assert wanted in found, found
    assert not found & unwanted, found
