"""Round 13 of the story-level sides: meetings with a country's own people in a story of its
unrest, an operation's named enemy, citizens answering their own police, a union's refusal, a
siege to lift, brokered talks, "the two governments", and police reinforcements asked of the
state. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.extracting import actor_country, actor_id, of_type, one, rules_of

# -- a meeting with the country's own people, in a story of its unrest -------------------------


def test_story_actors_domestic_meeting_targets_the_country_en() -> None:
    text = (
        "Thousands of students blocked the main roads of Lagos on Monday to protest against fuel "
        "prices. Police fired tear gas at the crowd. The interior minister met representatives "
        "of the student unions on Tuesday evening."
    )
    meeting = one(text, "en", "consult_meeting")
    assert actor_id(meeting.target) == "nga"
    assert rules_of(meeting, "target", "story.") == ["story.domestic_meeting"]


def test_story_actors_domestic_meeting_targets_the_country_fr() -> None:
    text = (
        "Des milliers d'étudiants ont manifesté lundi à Dakar contre la hausse des frais "
        "d'inscription. Le ministre de l'Intérieur a rencontré mardi les représentants des "
        "syndicats étudiants."
    )
    assert actor_id(one(text, "fr", "consult_meeting").target) == "sen"


def test_story_actors_body_sitting_alone_has_no_counterpart_en() -> None:
    text = (
        "Thousands of students blocked the main roads of Lagos on Monday to protest against fuel "
        "prices. The interior minister will chair a meeting of the national security council on "
        "Wednesday."
    )
    assert one(text, "en", "consult_meeting").target is None


def test_story_actors_meeting_outside_unrest_takes_no_country_en() -> None:
    text = (
        "Nigeria's interior minister met representatives of the student unions on Tuesday evening."
    )
    meeting = one(text, "en", "consult_meeting")
    assert actor_id(meeting.initiator) == "nga-interior"
    assert meeting.target is None


# -- the enemy an operation names ---------------------------------------------------------------


def test_story_actors_operation_enemy_fr() -> None:
    text = (
        "L'armée israélienne a annoncé jeudi avoir saisi des roquettes et des explosifs dans un "
        "entrepôt de Rafah, où ses soldats sont entrés mercredi pour une opération contre le Hamas."
    )
    seized = one(text, "fr", "weapons_seized")
    moved = one(text, "fr", "force_movement")
    assert actor_id(seized.target) == actor_id(moved.target) == "hamas"
    assert rules_of(seized, "target", "story.") == ["story.operation_enemy"]


def test_story_actors_operation_enemy_en() -> None:
    text = (
        "The Israeli army said it seized rifles and explosives in Jenin, where its soldiers had "
        "entered overnight for a raid against Islamic Jihad."
    )
    assert actor_id(one(text, "en", "weapons_seized").target) == "islamic-jihad"


def test_story_actors_operation_against_a_thing_names_no_side_fr() -> None:
    text = "La police a saisi des armes et de la drogue lors d'une opération contre le trafic à Marseille."
    assert one(text, "fr", "weapons_seized").target is None


# -- citizens answering their own police ---------------------------------------------------------


def test_story_actors_lawyers_answer_the_police_fr() -> None:
    text = (
        "Des avocats dénoncent des arrestations arbitraires et des coups de matraque de la police "
        "contre des manifestants pacifiques à Lyon, où des milliers de personnes ont manifesté jeudi."
    )
    condemn = one(text, "fr", "condemn")
    assert actor_id(condemn.target) == "fra-police"
    assert rules_of(condemn, "target", "story.") == ["story.answered_act"]


def test_story_actors_lawyers_answer_the_police_en() -> None:
    text = (
        "Lawyers denounced arbitrary arrests and police beatings of peaceful protesters in "
        "Tbilisi, where thousands rallied on Thursday."
    )
    assert actor_country(one(text, "en", "condemn").target) == "GEO"


# -- a union's refusal in a story of a strike ----------------------------------------------------


def test_story_actors_union_refusal_targets_the_country_fr() -> None:
    text = (
        "Des milliers d'enseignants sont en grève depuis lundi au Québec. Le gouvernement a "
        "présenté mardi une nouvelle offre salariale. Le Front commun l'a rejetée mercredi."
    )
    reject = one(text, "fr", "reject")
    assert actor_id(reject.target) == "can"
    assert rules_of(reject, "target", "story.") == ["story.domestic"]


def test_story_actors_union_refusal_targets_the_country_en() -> None:
    text = (
        "Rail workers walked out across France on Monday in a strike over pay. The government "
        "made a new offer on Tuesday. The CGT rejected it on Wednesday."
    )
    assert actor_id(one(text, "en", "reject").target) == "fra"


def test_story_actors_union_call_to_its_members_stays_unaimed_fr() -> None:
    text = (
        "Les cheminots sont en grève depuis lundi dans toute la France. La CGT a appelé ses "
        "adhérents à reconduire le mouvement."
    )
    call = one(text, "fr", "demand")
    assert actor_id(call.initiator) == "cgt"
    assert call.target is None


# -- a siege to lift -------------------------------------------------------------------------------


def test_story_actors_siege_lifting_targets_the_besieger_fr() -> None:
    text = (
        "Les Forces de soutien rapide (FSR) ont bombardé dimanche un hôpital d'El Facher, tuant "
        "six patients. Le Conseil de sécurité de l'ONU a exigé lundi la levée du siège d'El Facher."
    )
    assert actor_id(one(text, "fr", "demand").target) == "rsf"


def test_story_actors_siege_lifting_targets_the_besieger_en() -> None:
    text = (
        "The Rapid Support Forces shelled a hospital in El Fasher on Sunday, killing six "
        "patients. The U.N. Security Council on Monday demanded the lifting of the siege of El "
        "Fasher."
    )
    assert actor_id(one(text, "en", "demand").target) == "rsf"


def test_story_actors_headquarters_is_no_siege_fr() -> None:
    text = (
        "Les Forces de soutien rapide (FSR) ont bombardé dimanche un hôpital d'El Facher, tuant "
        "six patients. Réuni à son siège de New York, le Conseil de sécurité de l'ONU a exigé "
        "lundi un accès humanitaire sans entrave."
    )
    assert one(text, "fr", "demand").target is None  # "siège" under no lifting word


# -- talks a third party brokers in a civil war -----------------------------------------------------

CIVIL_WAR_EN = (
    "The RSF shelled El Fasher on Sunday, killing 12 civilians. The army bombed RSF positions in "
    "Khartoum. "
)


def test_story_actors_brokered_talks_bind_both_sides_en() -> None:
    text = (
        "Talks in Jeddah brokered by the United States and Saudi Arabia resumed on Monday. "
        + CIVIL_WAR_EN
    )
    talks = one(text, "en", "consult_meeting")
    assert actor_id(talks.initiator) == "sdn"
    assert actor_id(talks.target) == "rsf"
    assert rules_of(talks, "target", "story.") == ["story.two_party_talks"]


def test_story_actors_brokered_talks_bind_both_sides_fr() -> None:
    text = (
        "Des pourparlers sous l'égide de l'Union africaine ont repris lundi à Addis-Abeba. Les FSR "
        "ont bombardé El Facher dimanche, tuant 12 civils. L'armée soudanaise a bombardé des "
        "positions des FSR à Khartoum."
    )
    talks = one(text, "fr", "consult_meeting")
    assert (actor_id(talks.initiator), actor_id(talks.target)) == ("sdn", "rsf")


def test_story_actors_bare_talks_take_no_side_en() -> None:
    text = CIVIL_WAR_EN + "Talks in Jeddah resumed on Monday."
    talks = one(text, "en", "consult_meeting")
    assert talks.initiator is None and talks.target is None


# -- "the two governments" -------------------------------------------------------------------------


def test_story_actors_two_governments_bind_the_story_pair_en() -> None:
    text = (
        "France will withdraw its last soldiers from Chad by January 31, after N'Djamena ended "
        "the defence pact with Paris. The timetable was agreed between the two governments last "
        "week."
    )
    deal = one(text, "en", "agreement")
    assert (actor_id(deal.initiator), actor_id(deal.target)) == ("fra", "tcd")
    assert rules_of(deal, "target", "story.") == ["story.two_governments"]


def test_story_actors_two_countries_bind_the_story_pair_fr() -> None:
    text = (
        "La France a remis lundi au Tchad la base de Faya. Les deux pays ont signé un accord de "
        "coopération, a annoncé N'Djamena."
    )
    assert actor_id(one(text, "fr", "agreement").target) == "tcd"


def test_story_actors_two_pairs_give_no_story_pair_fr() -> None:
    text = (
        "La France a remis lundi au Tchad la base de Faya. L'Allemagne a promis une aide à "
        "l'Ukraine. Les deux pays ont signé un accord de coopération."
    )
    for deal in of_type(text, "fr", "agreement"):
        assert "story.two_governments" not in rules_of(deal, "target")


# -- police reinforcements asked of the state --------------------------------------------------------


def test_story_actors_police_reinforcements_asked_of_the_state_fr() -> None:
    text = (
        "Le maire de Nantes a demandé des renforts de police après une nuit de violences dans le "
        "quartier de Bellevue."
    )
    demand = one(text, "fr", "demand")
    assert actor_id(demand.target) == "fra"
    assert rules_of(demand, "target", "story.") == ["story.reinforcements"]


def test_story_actors_police_reinforcements_asked_of_the_state_en() -> None:
    text = "The mayor of Leeds asked for police reinforcements after a shooting in Harehills."
    assert actor_id(one(text, "en", "demand").target) == "gbr"


def test_story_actors_reinforcements_from_a_named_body_en() -> None:
    text = (
        "The Ukrainian commander asked for reinforcements from the general staff after Russian "
        "troops advanced near Pokrovsk."
    )
    assert one(text, "en", "demand").target is None


def test_story_actors_reinforcements_from_a_named_body_fr() -> None:
    text = "Le commandant ukrainien a demandé des renforts à l'état-major."
    assert one(text, "fr", "demand").target is None


# -- a state's deployment against the one home group that struck its people -------------------


def test_story_actors_deployment_against_the_group_that_struck_en() -> None:
    text = (
        "Al-Shabaab fighters stormed a hotel in Mogadishu on Friday, killing 20 people. The "
        "government deployed troops around the capital."
    )
    moved = one(text, "en", "force_movement")
    assert actor_id(moved.target) == "al-shabaab"
    assert rules_of(moved, "target", "story.") == ["story.deployed_against"]


def test_story_actors_deployment_against_the_group_that_struck_fr() -> None:
    text = (
        "Les shebab ont attaqué vendredi un hôtel de Mogadiscio, tuant 20 personnes. Le "
        "gouvernement a déployé des troupes autour de la capitale."
    )
    assert actor_id(one(text, "fr", "force_movement").target) == "al-shabaab"


def test_story_actors_deployment_against_rioters_names_no_side_fr() -> None:
    text = (
        "Des émeutiers ont incendié des commerces à Nouméa dans la nuit, blessant deux gendarmes. "
        "Le gouvernement a annoncé l'envoi de 1 000 policiers supplémentaires."
    )
    assert one(text, "fr", "force_movement").target is None


def test_story_actors_foreign_force_arriving_names_no_side_en() -> None:
    text = (
        "Al-Shabaab fighters stormed a hotel in Mogadishu on Friday, killing 20 people. Kenyan "
        "troops landed at Mogadishu airport on Saturday."
    )
    moved = one(text, "en", "force_movement")
    assert actor_id(moved.initiator) == "ken"
    assert moved.target is None


# -- a refusal told in a relative clause answers the main clause's proposer ---------------------


def test_story_actors_relative_refusal_answers_the_proposer_fr() -> None:
    text = "La Russie a proposé lundi une trêve, que Kiev a rejetée mardi."
    reject = one(text, "fr", "reject")
    assert (actor_id(reject.initiator), actor_id(reject.target)) == ("ukr", "rus")
    assert rules_of(reject, "target", "story.") == ["story.rejected_proposal"]


def test_story_actors_relative_refusal_answers_the_proposer_en() -> None:
    text = (
        "Myanmar's junta has promised elections for late 2025, which the opposition has already "
        "vowed to boycott."
    )
    assert actor_country(one(text, "en", "reject").target) == "MMR"


def test_story_actors_relative_refusal_without_proposer_stays_unaimed_en() -> None:
    text = "The elections, which the opposition boycotted, were held on Sunday."
    assert one(text, "en", "reject").target is None


# -- a concession by a described side in a story of a strike ---------------------------------------


def test_story_actors_described_employer_concedes_to_the_country_fr() -> None:
    text = (
        "Les enseignants du Québec sont en grève depuis lundi. La partie patronale a bonifié son "
        "offre mardi."
    )
    concede = one(text, "fr", "concede")
    assert actor_id(concede.target) == "can"
    assert rules_of(concede, "target", "story.") == ["story.domestic"]


def test_story_actors_described_employer_concedes_to_the_country_en() -> None:
    text = (
        "Teachers across Quebec have been on strike since Monday. The employer side improved its "
        "offer on Tuesday."
    )
    assert actor_id(one(text, "en", "concede").target) == "can"


def test_story_actors_foreign_concession_is_not_domestic_fr() -> None:
    text = "Les enseignants du Québec sont en grève depuis lundi. Washington a bonifié son offre mardi."
    assert one(text, "fr", "concede").target is None


# -- envoys accused in a story of expulsions -------------------------------------------------------


def test_story_actors_accused_envoys_take_the_expulsion_sides_fr() -> None:
    text = (
        "Le Mali a expulsé lundi deux diplomates algériens. Les deux diplomates sont accusés "
        "d'ingérence dans les affaires intérieures du pays."
    )
    accuse = one(text, "fr", "accuse")
    assert (actor_id(accuse.initiator), actor_id(accuse.target)) == ("mli", "dza")
    assert rules_of(accuse, "target", "story.") == ["story.accused_envoys"]


def test_story_actors_accused_envoys_take_the_expulsion_sides_en() -> None:
    text = (
        "Britain expelled two Russian diplomats on Tuesday. The diplomats are accused of spying "
        "on dissidents in London."
    )
    accuse = one(text, "en", "accuse")
    assert (actor_id(accuse.initiator), actor_id(accuse.target)) == ("gbr", "rus")


def test_story_actors_tit_for_tat_expulsions_leave_the_accusation_open_en() -> None:
    text = (
        "Britain expelled two Russian diplomats on Tuesday. Moscow expelled a British attaché on "
        "Wednesday. The diplomats are accused of spying."
    )
    accuse = one(text, "en", "accuse")
    assert accuse.initiator is None and accuse.target is None


# -- a meeting about one country's peace or war ---------------------------------------------------


def test_story_actors_meeting_on_peace_in_a_country_targets_it_fr() -> None:
    text = (
        "La conférence de haut niveau sur la paix en Ukraine, organisée samedi au Bürgenstock par "
        "la Suisse, a réuni 92 pays."
    )
    meeting = one(text, "fr", "consult_meeting")
    assert actor_id(meeting.target) == "ukr"
    assert rules_of(meeting, "target", "story.") == ["story.topic_country"]


def test_story_actors_talks_on_the_war_in_a_country_target_it_en() -> None:
    text = "Talks on the war in Sudan opened in Geneva on Wednesday."
    assert actor_id(one(text, "en", "consult_meeting").target) == "sdn"


def test_story_actors_meeting_on_peace_with_no_country_stays_unaimed_fr() -> None:
    text = "Une conférence sur la paix s'est ouverte samedi à Genève."
    assert one(text, "fr", "consult_meeting").target is None
