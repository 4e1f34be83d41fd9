"""Round 13 detection: how newsrooms phrase verbal and political events, in French and English.

A table of phrasings per type (verbs, their nouns, light verbs, participles, passives, headlines
without a verb), each checked against the real engine, and the look-alikes that must NOT fire:
a threat "of famine", rejected accusations (a denial), a coach who resigns, a ban on exports
(a sanction, not a restriction at home). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from extracting import events, of_type, one

PHRASINGS = [
    ("Le ministre a brandi la menace de sanctions contre Bakou, mardi.", "fr", "threaten"),
    ("Téhéran a menacé samedi de fermer le détroit d'Ormuz.", "fr", "threaten"),
    ("Le Hezbollah promet une riposte à Israël après la mort de son commandant.", "fr", "threaten"),
    pytest.param(
        "Pyongyang a mis en garde Séoul contre toute provocation, jeudi.",
        "fr",
        "threaten",
        marks=pytest.mark.xfail(strict=True, reason="a warning against provocation names no harm"),
    ),
    (
        "La junte a lancé un ultimatum aux rebelles, qui ont 48 heures pour déposer les armes.",
        "fr",
        "threaten",
    ),
    (
        "Moscou a agité la menace nucléaire lundi face aux livraisons d'armes occidentales.",
        "fr",
        "threaten",
    ),
    ("Le président a juré de venger la mort des soldats tués à Tillabéri.", "fr", "threaten"),
    (
        "L'Iran a averti Israël qu'il riposterait à toute attaque contre son territoire.",
        "fr",
        "threaten",
    ),
    (
        "Iran vowed retaliation against Israel on Sunday after the strike on its consulate.",
        "en",
        "threaten",
    ),
    ('North Korea warned of "serious consequences" if the drills went ahead.', "en", "threaten"),
    ("The rebels gave the army a 48-hour ultimatum to leave the town.", "en", "threaten"),
    ("Moscow threatened on Tuesday to cut gas supplies to Moldova.", "en", "threaten"),
    ("Hezbollah pledged revenge for the killing of its commander in Beirut.", "en", "threaten"),
    (
        "Erdogan warned Sweden it would pay a price for allowing the Koran burning.",
        "en",
        "threaten",
    ),
    ("Kim Jong Un threatened to use nuclear weapons if attacked.", "en", "threaten"),
    ("Les autorités ont instauré un couvre-feu à Nouméa samedi soir.", "fr", "coerce"),
    (
        "Le gouvernement a interdit les manifestations dans la capitale jusqu'à nouvel ordre.",
        "fr",
        "coerce",
    ),
    ("Les autorités ont suspendu l'accès à TikTok en Nouvelle-Calédonie.", "fr", "coerce"),
    ("La junte a dissous les partis politiques mercredi.", "fr", "coerce"),
    ("L'état d'urgence a été décrété dans l'archipel.", "fr", "coerce"),
    ("Le gouvernement a coupé l'accès à internet dans tout le pays.", "fr", "coerce"),
    ("Les autorités ont fermé la chaîne d'opposition et suspendu deux journaux.", "fr", "coerce"),
    ("La loi martiale a été proclamée mardi soir par le président Yoon.", "fr", "coerce"),
    ("Authorities imposed a curfew on the capital after the riots.", "en", "coerce"),
    ("The junta banned all political parties on Wednesday.", "en", "coerce"),
    ("The government shut down the internet across the country on Monday.", "en", "coerce"),
    (
        "The military government suspended the BBC and Voice of America for two weeks.",
        "en",
        "coerce",
    ),
    ("President Yoon declared martial law late on Tuesday.", "en", "coerce"),
    ("Police banned the march planned for Saturday in central London.", "en", "coerce"),
    ("The regime dissolved the main opposition party on Thursday.", "en", "coerce"),
    ("The authorities blocked access to X and WhatsApp after the protests.", "en", "coerce"),
    (
        "Le match a été interdit aux supporters visiteurs pour des raisons de sécurité.",
        "fr",
        "coerce",
    ),
    ("Le Hamas a rejeté la proposition de trêve israélienne.", "fr", "reject"),
    ("Kiev a opposé une fin de non-recevoir à l'offre de Moscou.", "fr", "reject"),
    ("L'opposition a boycotté le scrutin de dimanche.", "fr", "reject"),
    ("Le Parlement a rejeté le projet de loi par 300 voix contre 250.", "fr", "reject"),
    ("Budapest a mis son veto au nouveau paquet d'aide à l'Ukraine.", "fr", "reject"),
    ("Le président a refusé de démissionner malgré les manifestations.", "fr", "reject"),
    ("Le Kremlin a écarté toute négociation avec Kiev, lundi.", "fr", "reject"),
    ("Hamas rejected the Israeli ceasefire proposal on Tuesday.", "en", "reject"),
    ("Kyiv turned down Moscow's offer of talks.", "en", "reject"),
    ("Hungary vetoed the EU aid package for Ukraine on Thursday.", "en", "reject"),
    ("The opposition boycotted Sunday's election.", "en", "reject"),
    ("The president refused to step down despite the protests.", "en", "reject"),
    ("Moscow dismissed the peace plan as unrealistic.", "en", "reject"),
    ("The Kremlin ruled out any talks with Kyiv.", "en", "reject"),
    (
        "Le gouvernement a retiré son projet de loi après trois semaines de manifestations.",
        "fr",
        "concede",
    ),
    ("Le président a renoncé à briguer un troisième mandat.", "fr", "concede"),
    ("La junte a cédé aux revendications des manifestants et libéré les détenus.", "fr", "concede"),
    ("Le gouvernement a levé le couvre-feu à Nouméa lundi.", "fr", "concede"),
    ("Le Premier ministre a présenté sa démission mardi.", "fr", "concede"),
    ("Le président a annoncé un cessez-le-feu unilatéral de trois jours.", "fr", "concede"),
    ("Le gouvernement a suspendu la réforme des retraites.", "fr", "concede"),
    ("The government withdrew the tax bill after weeks of protests.", "en", "concede"),
    ("The prime minister resigned on Monday after the protests.", "en", "concede"),
    ("The government backed down and scrapped the fuel price rise.", "en", "concede"),
    ("Authorities lifted the curfew in the capital on Sunday.", "en", "concede"),
    ("The president pardoned 200 political prisoners on Friday.", "en", "concede"),
    ("The army declared a unilateral three-day ceasefire.", "en", "concede"),
    ("The government dropped its plan to raise fuel prices.", "en", "concede"),
    ("The minister stepped down on Tuesday.", "en", "concede"),
    ("L'UE a adopté un nouveau paquet de sanctions contre Moscou.", "fr", "sanction"),
    ("Washington a gelé les avoirs de trois dirigeants du RSF.", "fr", "sanction"),
    ("Le Niger a rompu ses relations diplomatiques avec l'Ukraine.", "fr", "sanction"),
    ("Londres a placé sur liste noire cinq entreprises iraniennes.", "fr", "sanction"),
    ("Le Trésor américain a sanctionné deux commandants du Hamas.", "fr", "sanction"),
    (
        "La Chine a décrété un embargo sur les exportations de gallium vers les Etats-Unis.",
        "fr",
        "sanction",
    ),
    ("The EU adopted a new package of sanctions against Moscow.", "en", "sanction"),
    ("Washington froze the assets of three RSF leaders.", "en", "sanction"),
    ("Niger cut diplomatic ties with Ukraine on Tuesday.", "en", "sanction"),
    ("Britain blacklisted five Iranian firms on Monday.", "en", "sanction"),
    ("The US Treasury sanctioned two Hamas commanders.", "en", "sanction"),
    ("Washington imposed sanctions on Iran's oil sector.", "en", "sanction"),
    ("Beijing banned exports of gallium to the United States.", "en", "sanction"),
    ("L'ONU a appelé à un cessez-le-feu immédiat à Gaza.", "fr", "demand"),
    ("Les manifestants réclament la démission du Premier ministre.", "fr", "demand"),
    ("Kiev a exhorté ses alliés à livrer davantage de systèmes antiaériens.", "fr", "demand"),
    ("Le président a sommé les rebelles de se retirer de Goma.", "fr", "demand"),
    ("Paris a exigé la libération immédiate des otages.", "fr", "demand"),
    ("L'opposition a demandé la tenue d'élections anticipées.", "fr", "demand"),
    ("The UN called for an immediate ceasefire in Gaza.", "en", "demand"),
    ("Protesters demanded the resignation of the prime minister.", "en", "demand"),
    ("Kyiv urged its allies to deliver more air defence systems.", "en", "demand"),
    ("The president ordered the rebels to withdraw from Goma.", "en", "demand"),
    ("Paris demanded the immediate release of the hostages.", "en", "demand"),
    ("The opposition pressed for early elections.", "en", "demand"),
    (
        "Les ministres des Affaires étrangères du G7 se sont réunis lundi à Capri.",
        "fr",
        "consult_meeting",
    ),
    ("Macron s'est entretenu avec Zelensky à l'Elysée mercredi.", "fr", "consult_meeting"),
    (
        "Des pourparlers se sont tenus à Doha dimanche entre les deux délégations.",
        "fr",
        "consult_meeting",
    ),
    ("Le Conseil de sécurité a tenu une réunion d'urgence vendredi.", "fr", "consult_meeting"),
    ("Blinken a rencontré le président égyptien au Caire mardi.", "fr", "consult_meeting"),
    ("Les négociateurs ont repris les discussions au Caire jeudi.", "fr", "consult_meeting"),
    ("G7 foreign ministers met in Capri on Monday.", "en", "consult_meeting"),
    (
        "Blinken held talks with the Egyptian president in Cairo on Tuesday.",
        "en",
        "consult_meeting",
    ),
    ("The Security Council held an emergency session on Friday.", "en", "consult_meeting"),
    ("Negotiators resumed talks in Cairo on Thursday.", "en", "consult_meeting"),
    ("Leaders gathered in Brussels for an EU summit on Thursday.", "en", "consult_meeting"),
    ("The two presidents sat down for talks in Geneva.", "en", "consult_meeting"),
    ("Le président a salué le courage des soldats ukrainiens.", "fr", "support"),
    ("Washington a apporté son soutien au plan de paix égyptien.", "fr", "support"),
    ("La France a reconnu l'État de Palestine mercredi.", "fr", "support"),
    ("L'UE a apporté son appui au gouvernement de transition.", "fr", "support"),
    ("Le chancelier a réaffirmé le soutien de l'Allemagne à Kiev.", "fr", "support"),
    ("Biden praised the courage of Ukrainian soldiers.", "en", "support"),
    ("Washington endorsed the Egyptian peace plan on Monday.", "en", "support"),
    ("Spain recognised the State of Palestine on Tuesday.", "en", "support"),
    ("The chancellor reaffirmed Germany's support for Kyiv.", "en", "support"),
    ("Moscou et Pyongyang ont renforcé leur coopération militaire.", "fr", "cooperate"),
    ("Les deux armées ont mené des exercices conjoints en mer Baltique.", "fr", "cooperate"),
    pytest.param(
        "Paris et Berlin ont conclu un partenariat stratégique dans la défense.",
        "fr",
        "cooperate",
        marks=pytest.mark.xfail(
            strict=True, reason="a partnership concluded reads as an agreement"
        ),
    ),
    ("Russia and North Korea stepped up military cooperation.", "en", "cooperate"),
    ("The two navies held joint exercises in the Baltic Sea.", "en", "cooperate"),
    (
        "The US and the Philippines conducted joint patrols in the South China Sea.",
        "en",
        "cooperate",
    ),
    ("L'armée russe s'est retirée de Kherson, vendredi.", "fr", "retreat"),
    ("Les rebelles ont évacué leurs positions autour de la ville.", "fr", "retreat"),
    ("Les soldats français ont quitté leur base de Gao lundi.", "fr", "retreat"),
    (
        "Les troupes ukrainiennes se sont repliées sur des positions plus favorables.",
        "fr",
        "retreat",
    ),
    ("Retrait des troupes russes de la rive droite du Dniepr", "fr", "retreat"),
    ("Russian forces pulled out of Kherson on Friday.", "en", "retreat"),
    ("Ukrainian troops withdrew from Avdiivka on Saturday.", "en", "retreat"),
    ("The rebels abandoned their positions around the town.", "en", "retreat"),
    ("Ukrainian forces fell back to new defensive lines.", "en", "retreat"),
    ("French troops left their base in Gao on Monday.", "en", "retreat"),
    (
        "Paris a dépêché 1 000 gendarmes supplémentaires en Nouvelle-Calédonie.",
        "fr",
        "force_movement",
    ),
    ("La Russie a massé des troupes à la frontière ukrainienne.", "fr", "force_movement"),
    ("L'armée a envoyé des renforts dans le nord du pays.", "fr", "force_movement"),
    ("Washington a déployé un porte-avions en Méditerranée orientale.", "fr", "force_movement"),
    ("L'arrivée de 400 policiers kényans à Port-au-Prince", "fr", "force_movement"),
    ("Russia massed troops on the Ukrainian border.", "en", "force_movement"),
    ("The army sent reinforcements to the north on Monday.", "en", "force_movement"),
    (
        "Washington deployed an aircraft carrier to the eastern Mediterranean.",
        "en",
        "force_movement",
    ),
    ("Paris dispatched 1,000 extra police officers to New Caledonia.", "en", "force_movement"),
    pytest.param(
        "The Pentagon ordered 2,000 troops to prepare for deployment.",
        "en",
        "force_movement",
        marks=pytest.mark.xfail(strict=True, reason="a readiness order is not yet a deployment"),
    ),
    (
        "Hundreds of Kenyan police officers arrived in Port-au-Prince on Tuesday.",
        "en",
        "force_movement",
    ),
    pytest.param(
        "Le gouverneur a ordonné l'évacuation de onze villages frontaliers.",
        "fr",
        "other_development",
        marks=pytest.mark.xfail(
            strict=True, reason="an ordered evacuation is typed as the order (demand)"
        ),
    ),
    ("Des milliers d'habitants ont fui les combats vers la frontière.", "fr", "other_development"),
    ("Une fosse commune a été découverte près de la ville.", "fr", "other_development"),
    (
        "Le Mali, le Burkina Faso et le Niger ont annoncé leur retrait de la Cédéao.",
        "fr",
        "other_development",
    ),
    pytest.param(
        "Les électeurs ont élu dimanche un nouveau président.",
        "fr",
        "other_development",
        marks=pytest.mark.xfail(strict=True, reason="elections are not detected"),
    ),
    pytest.param(
        "The governor ordered the evacuation of eleven border villages.",
        "en",
        "other_development",
        marks=pytest.mark.xfail(
            strict=True, reason="an ordered evacuation is typed as the order (demand)"
        ),
    ),
    ("A mass grave was discovered near the town.", "en", "other_development"),
    (
        "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.",
        "en",
        "other_development",
    ),
    ("Thousands of residents fled the fighting towards the border.", "en", "other_development"),
    ("Soldiers seized power in Niamey on Wednesday.", "en", "other_development"),
    ("Pékin a interdit les exportations de gallium vers les Etats-Unis.", "fr", "sanction"),
    ("L'armée a décrété une trêve de trois jours pour les fêtes.", "fr", "concede"),
    ("She said she had resigned and left the country.", "en", "concede"),
    ("L'armée israélienne doit se retirer progressivement du sud du Liban.", "fr", "retreat"),
    ("The remaining troops are expected to leave by 15 September.", "en", "retreat"),
    (
        "Les bombardements ont contraint des milliers d'habitants à quitter leurs foyers.",
        "fr",
        "other_development",
    ),
    ("The fighting forced thousands to leave their homes.", "en", "other_development"),
    ("L'armée a lancé une offensive, menaçant d'étendre les opérations au nord.", "fr", "threaten"),
    ("Protesters called for the president to resign.", "en", "demand"),
    (
        "Un missile russe a pénétré dans l'espace aérien polonais pendant trois minutes.",
        "fr",
        "other_development",
    ),
    (
        "A Russian drone entered Polish airspace for three minutes on Sunday.",
        "en",
        "other_development",
    ),
    ("Romania said Russian drones had violated its airspace overnight.", "en", "other_development"),
    (
        "L'arrivée au pouvoir du capitaine Traoré en 2022 a changé la donne.",
        "fr",
        "other_development",
    ),
    ("He reaffirmed America's unwavering commitment to Ukraine's sovereignty.", "en", "support"),
    ("Le ministre a réaffirmé l'engagement de la France envers l'Ukraine.", "fr", "support"),
    (
        "La Hongrie continue de bloquer le déblocage de 6,6 milliards d'euros pour l'Ukraine.",
        "fr",
        "reject",
    ),
    ("Hungary blocked the release of 6.6 billion euros for Ukraine.", "en", "reject"),
    ("Le patronat a bonifié son offre mardi, portant la hausse à 12 %.", "fr", "concede"),
    ("The employers sweetened their pay offer on Tuesday.", "en", "concede"),
    (
        "Le syndicat a prévenu que la fermeture de l'usine constituait une ligne rouge.",
        "fr",
        "threaten",
    ),
    ("On February 10 the junta activated a dormant conscription law.", "en", "coerce"),
    ("The UN appealed for calm.", "en", "demand"),
    ("Kyiv asked its allies to send more air defence systems.", "en", "demand"),
    ("La France appelle l'Azerbaïdjan à respecter le cessez-le-feu.", "fr", "demand"),
    ("Le pape a appelé les belligérants au calme.", "fr", "demand"),
    ("Kiev a demandé à ses alliés de livrer des missiles.", "fr", "demand"),
    (
        "Sommet de l'OTAN à Vilnius : les alliés divisés sur l'adhésion de l'Ukraine",
        "fr",
        "consult_meeting",
    ),
    ("Rencontre Poutine-Xi à Pékin sur fond de guerre en Ukraine", "fr", "consult_meeting"),
    ("Putin and Xi hold talks in Beijing", "en", "consult_meeting"),
    ("Israel-Hamas talks resume in Doha", "en", "consult_meeting"),
    (
        "Les Vingt-Sept se réuniront jeudi à Bruxelles pour discuter de l'aide à Kiev.",
        "fr",
        "consult_meeting",
    ),
    ("Washington slaps new sanctions on Iranian drone makers", "en", "sanction"),
    ("Nouvelles sanctions américaines contre l'Iran", "fr", "sanction"),
    ("Couvre-feu à Dakar après des heurts meurtriers", "fr", "coerce"),
    ("Curfew imposed in Dhaka as protests spread", "en", "coerce"),
    ("Internet coupé au Bangladesh après les manifestations", "fr", "coerce"),
    ("Thousands displaced by fighting in North Kivu", "en", "other_development"),
    ("Plus de 100 000 personnes déplacées par les combats au Nord-Kivu", "fr", "other_development"),
    ("Kyiv rejects Moscow's terms for talks", "en", "reject"),
    ("Zelensky rejette l'ultimatum de Poutine", "fr", "reject"),
    ("Moscou menace Kiev de représailles après l'attaque", "fr", "threaten"),
    ("Iran vows harsh response to Israeli strike", "en", "threaten"),
    ("Séoul brandit la menace de sanctions contre Pyongyang", "fr", "threaten"),
    ("Retrait des troupes françaises du Niger", "fr", "retreat"),
    ("Russian troops pull back from Kyiv region", "en", "retreat"),
    ("Ukraine withdraws troops from Avdiivka", "en", "retreat"),
    ("Troops deployed to Noumea as unrest spreads", "en", "force_movement"),
    ("Des renforts militaires envoyés en Nouvelle-Calédonie", "fr", "force_movement"),
    ("Israel calls up 300,000 reservists", "en", "force_movement"),
    ("Israël rappelle 300 000 réservistes", "fr", "force_movement"),
    ("Moscou a mobilisé 300 000 réservistes en septembre.", "fr", "force_movement"),
    ("Bangladesh PM Hasina resigns and flees the country", "en", "concede"),
    ("Le Premier ministre serbe démissionne après des semaines de manifestations", "fr", "concede"),
    pytest.param(
        "Kenya's Ruto withdraws finance bill after deadly protests",
        "en",
        "concede",
        marks=pytest.mark.xfail(strict=True, reason="the headline's verb is not tagged as a verb"),
    ),
    ("Le gouvernement recule sur la réforme des retraites", "fr", "concede"),
    pytest.param(
        "Government U-turn on fuel tax after protests",
        "en",
        "concede",
        marks=pytest.mark.xfail(strict=True, reason="the headline noun is not parsed as the act"),
    ),
    ("UN chief urges restraint after Israeli strike", "en", "demand"),
    ("L'ONU réclame une enquête indépendante sur la frappe", "fr", "demand"),
    pytest.param(
        "G7 leaders voice support for Ukraine",
        "en",
        "support",
        marks=pytest.mark.xfail(strict=True, reason="the headline's verb is not tagged as a verb"),
    ),
    ("Le Conseil européen salue l'accord de cessez-le-feu", "fr", "support"),
    ("Russia and China hold joint naval drills", "en", "cooperate"),
    ("Moscou et Pékin mènent des manœuvres navales conjointes", "fr", "cooperate"),
    ("Niger junta suspends French broadcaster RFI", "en", "coerce"),
    ("La junte suspend la diffusion de RFI et France 24", "fr", "coerce"),
    ("Thailand bans opposition party", "en", "coerce"),
    ("Kim threatens to annihilate South Korea", "en", "threaten"),
    ("The government backtracked on the tax rise on Tuesday.", "en", "concede"),
    ("Burkina Faso left ECOWAS in January.", "en", "other_development"),
    ("Le Niger a confirmé sa décision de quitter la Cédéao.", "fr", "other_development"),
    ("Les soldats nord-coréens sont arrivés en Russie en octobre.", "fr", "force_movement"),
]

LOOK_ALIKES = [
    ("La menace d'une famine pèse sur le nord de Gaza, selon l'ONU.", "fr", "threaten"),
    ("The threat of famine looms over northern Gaza, the UN said.", "en", "threaten"),
    ("Forecasters warned that heavy rain would hit the coast on Monday.", "en", "threaten"),
    ("The curfew was lifted on Sunday.", "en", "coerce"),
    ("Le gouvernement a rejeté les accusations de torture formulées par l'ONG.", "fr", "reject"),
    ("The ministry rejected the allegations of torture made by the NGO.", "en", "reject"),
    ("La demande d'asile a été déposée lundi.", "fr", "demand"),
    ("Demand for oil rose in October, the agency said.", "en", "demand"),
    ("Le ministre a refusé de démissionner malgré la pression.", "fr", "concede"),
    ("Les manifestants réclament la démission du Premier ministre.", "fr", "concede"),
    ("Protesters called for the president to resign.", "en", "concede"),
    ("The Chelsea manager resigned after the defeat.", "en", "concede"),
    ("L'entraîneur du club a démissionné après la défaite.", "fr", "concede"),
    ("The coach stepped down on Monday.", "en", "concede"),
    (
        "The withdrawal of the UN mission from Mali was completed in December.",
        "en",
        "other_development",
    ),
    (
        "Le retrait de la mission de l'ONU au Mali s'est achevé en décembre.",
        "fr",
        "other_development",
    ),
    ("Oil prices fell back on Monday.", "en", "retreat"),
    ("Le réseau ferroviaire a suspendu le trafic dimanche.", "fr", "coerce"),
    ("The company suspended the newspaper's editor.", "en", "coerce"),
    ("The court dismissed the case on Monday.", "en", "reject"),
    ("Police ruled out foul play.", "en", "reject"),
    ("Les pompiers ont mené des exercices d'évacuation à l'école.", "fr", "cooperate"),
    ("The arrival of winter worries the aid agencies.", "en", "force_movement"),
    ("L'arrivée au pouvoir du capitaine Traoré a changé la donne.", "fr", "force_movement"),
    ("Economists warned of serious consequences for growth.", "en", "threaten"),
    ("L'UE a apporté un soutien financier de 50 millions d'euros à la Moldavie.", "fr", "support"),
    ("The fighting forced thousands to leave their homes.", "en", "retreat"),
    ("Le ministre a quitté son domicile à 8 heures.", "fr", "other_development"),
    ("Il a parlé d'un ton menaçant.", "fr", "threaten"),
    ("Farmers blocked the road to the port.", "en", "reject"),
    ("The central bank raised interest rates on Tuesday.", "en", "concede"),
    ("A security source, who asked not to be named, said the convoy was hit.", "en", "demand"),
    ("The official requested anonymity because he was not authorised to speak.", "en", "demand"),
    ("Asked about the strike, the minister declined to comment.", "en", "demand"),
    ("Hamas appealed against the court ruling.", "en", "demand"),
    ("The defence lawyers appealed the verdict on Monday.", "en", "demand"),
    ("He was called up for military service in March.", "en", "demand"),
    ("The police refused to comment on the arrests.", "en", "reject"),
    (
        "Une source sécuritaire, qui a demandé à ne pas être nommée, a confirmé la frappe.",
        "fr",
        "demand",
    ),
    ("Interrogé sur la frappe, le ministre a refusé de commenter.", "fr", "reject"),
    ("Le quartier, appelé Zone 4, a été visé dans la nuit.", "fr", "demand"),
    ("Il a demandé l'asile en France en 2019.", "fr", "demand"),
    ("Le réserviste a été appelé sous les drapeaux en mars.", "fr", "demand"),
    ("She lives in a camp for displaced people.", "en", "other_development"),
    ("Ukrainian forces lifted the siege of Chernihiv.", "en", "concede"),
    ("Les forces ukrainiennes ont levé le siège de Tchernihiv.", "fr", "concede"),
    ("Hamas declared the truce over on Friday.", "en", "concede"),
    ("Macron left the EU summit early on Friday.", "en", "other_development"),
    ("Macron a quitté le sommet de l'UE vendredi.", "fr", "other_development"),
    ("The withdrawal of EU monitors from Georgia began on Monday.", "en", "other_development"),
    ("Le retrait des observateurs de l'UE a commencé lundi.", "fr", "other_development"),
    ("Police arrived at the scene within minutes.", "en", "force_movement"),
    ("Les policiers sont arrivés sur les lieux en quelques minutes.", "fr", "force_movement"),
    ("Protesters demanded his resignation.", "en", "concede"),
    ("Les manifestants exigent sa démission.", "fr", "concede"),
    ("Le groupe Etat islamique a réclamé la paternité de l'attentat.", "fr", "demand"),
    ("Le président a demandé pardon aux familles des victimes.", "fr", "demand"),
    ("Asked for comment, the ministry did not respond.", "en", "demand"),
    ("The president asked for forgiveness from the victims' families.", "en", "demand"),
    ("Reuters asked the ministry for comment but received no reply.", "en", "demand"),
]


@pytest.mark.parametrize(("text", "lang", "code"), PHRASINGS)
def test_events_round13_phrasing_is_detected(text: str, lang: str, code: str) -> None:
    assert code in {e.type for e in events(text, lang)}


@pytest.mark.parametrize(("text", "lang", "code"), LOOK_ALIKES)
def test_events_round13_look_alike_is_not_that_event(text: str, lang: str, code: str) -> None:
    assert code not in {e.type for e in events(text, lang)}


def test_events_round13_political_backing_is_support_not_aid() -> None:
    found = {
        e.type for e in events("Washington a apporté son soutien au plan de paix égyptien.", "fr")
    }
    assert found == {"support"}


def test_events_round13_military_support_stays_aid() -> None:
    text = "L'UE a apporté un soutien militaire de 50 millions d'euros à la Moldavie."
    assert not of_type(text, "fr", "support")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Authorities lifted the curfew in the capital on Sunday.", "en"),
        ("Le gouvernement a levé le couvre-feu à Nouméa lundi.", "fr"),
    ],
)
def test_events_round13_lifted_curfew_is_a_concession_only(text: str, lang: str) -> None:
    found = {e.type for e in events(text, lang)}
    assert "concede" in found
    assert "coerce" not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'armée israélienne doit se retirer progressivement du sud du Liban.", "fr"),
        ("The remaining troops are expected to leave by 15 September.", "en"),
    ],
)
def test_events_round13_controlled_withdrawal_is_hypothetical(text: str, lang: str) -> None:
    assert one(text, lang, "retreat").status == "hypothetical"


def test_events_round13_for_to_call_is_a_demand_not_a_resignation() -> None:
    found = {e.type for e in events("Protesters called for the president to resign.", "en")}
    assert found == {"demand"}
