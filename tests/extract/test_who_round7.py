"""Who, round 7: sides read from the event's own clause and sentence — participle clauses,
attributions, "with" partners, report-verb pronouns, hosts and guests, speakers and go-betweens
that are no party. Sentences written here, in both languages."""

from __future__ import annotations

from extracting import actor_country as _country
from extracting import actor_id as _id
from extracting import events as _events
from extracting import one as _one

# -- an adverbial participle clause takes the main clause's subject ---------------------------


def test_who_round7_participle_clause_takes_the_main_subject_en() -> None:
    found = _events(
        "Russia pounded Ukraine's power grid overnight, firing 90 drones and 40 missiles at "
        "energy sites, Kyiv said.",
        "en",
    )
    strikes = [e for e in found if e.type in {"drone_strike", "missile_strike"}]
    assert strikes, [(e.type, e.evidence.text) for e in found]
    for ev in strikes:
        assert _country(ev.initiator) == "RUS"
        assert _country(ev.target) == "UKR"  # the main verb is an attack: its object


def test_who_round7_participle_clause_after_an_attack_verb_en() -> None:
    found = _events("Iran attacked Israel on Saturday, launching more than 300 drones.", "en")
    ev = next(e for e in found if e.type == "drone_strike")
    assert _country(ev.initiator) == "IRN"
    assert _country(ev.target) == "ISR"


def test_who_round7_gerund_clause_takes_the_main_subject_fr() -> None:
    ev = _one(
        "La Russie a bombardé Kharkiv dans la nuit, en tirant une trentaine de missiles.",
        "fr",
        "missile_strike",
    )
    assert _country(ev.initiator) == "RUS"


def test_who_round7_participle_clause_of_a_second_weapon_fr() -> None:
    found = _events(
        "Moscou a lancé une vaste attaque contre Kiev, tirant 120 missiles et 90 drones.", "fr"
    )
    ev = next(e for e in found if e.type == "drone_strike")
    assert _country(ev.initiator) == "RUS"


def test_who_round7_participle_after_a_passive_main_clause_has_no_author() -> None:
    found = _events("Five people were killed in Kherson, firing drones at civilians.", "en")
    for ev in found:
        assert ev.initiator is None  # the killed are not the ones firing


# -- an act ascribed to someone --------------------------------------------------------------


def test_who_round7_strike_attributed_to_a_state_fr() -> None:
    ev = _one("La frappe, attribuée à Israël, a tué cinq personnes à Damas.", "fr", "air_strike")
    assert _country(ev.initiator) == "ISR"


def test_who_round7_strike_imputed_to_a_state_fr() -> None:
    ev = _one(
        "Une frappe imputée à Israël a visé la banlieue de Damas mercredi.", "fr", "air_strike"
    )
    assert _country(ev.initiator) == "ISR"


def test_who_round7_strike_attributed_to_a_state_en() -> None:
    ev = _one(
        "The strike, attributed to Israel, killed five people in Damascus.", "en", "air_strike"
    )
    assert _country(ev.initiator) == "ISR"


def test_who_round7_bombing_blamed_on_a_group_en() -> None:
    ev = _one(
        "A bombing blamed on al-Shabaab killed ten people in Mogadishu.", "en", "explosive_device"
    )
    assert _id(ev.initiator) == "al-shabaab"


# -- "with X": the partner is the target, the holder of the talks the initiator ---------------


def test_who_round7_denied_talks_with_a_capital_fr() -> None:
    ev = _one(
        "Le Kremlin dément toute discussion avec Kiev sur un cessez-le-feu.",
        "fr",
        "consult_meeting",
    )
    assert _country(ev.initiator) == "RUS"
    assert _country(ev.target) == "UKR"


def test_who_round7_call_with_a_leader_during_a_clause_en() -> None:
    ev = _one(
        "Erdogan said he would raise the issue during a phone call with Vladimir Putin.",
        "en",
        "consult_phone",
    )
    assert _country(ev.initiator) == "TUR"
    assert _id(ev.target) == "vladimir-putin"


def test_who_round7_meeting_with_a_leader_in_a_reported_clause_fr() -> None:
    ev = _one(
        "Le président turc Recep Tayyip Erdogan a dit qu'il aborderait la question lors d'un "
        "entretien avec Vladimir Poutine.",
        "fr",
        "consult_meeting",
    )
    assert _country(ev.initiator) == "TUR"
    assert _country(ev.target) == "RUS"


def test_who_round7_talks_with_a_state_as_subject_have_no_initiator_en() -> None:
    ev = _one("Talks with Iran resumed in Vienna on Monday.", "en", "consult_meeting")
    assert ev.initiator is None
    assert _country(ev.target) == "IRN"


def test_who_round7_co_sponsor_is_no_party_fr() -> None:
    ev = _one(
        "Les discussions convoquées par les États-Unis, avec l'Arabie saoudite comme coparrain, "
        "doivent reprendre à Genève.",
        "fr",
        "consult_meeting",
    )
    assert _country(ev.initiator) == "USA"
    assert _country(ev.target) != "SAU"


def test_who_round7_broken_ties_target_the_partner_fr() -> None:
    ev = _one(
        "Dimanche, Kinshasa a rompu ses relations diplomatiques avec Kigali.", "fr", "sanction"
    )
    assert _country(ev.initiator) == "COD"
    assert _country(ev.target) == "RWA"


def test_who_round7_ended_cooperation_targets_the_partner_en() -> None:
    ev = _one(
        "Niger ended its military cooperation with the United States on Saturday.", "en", "sanction"
    )
    assert _country(ev.target) == "USA"


# -- the pronoun subject of a report verb's clause is its speaker ----------------------------


def test_who_round7_il_after_a_report_verb_is_the_speaking_body_fr() -> None:
    found = _events(
        "Oleg Kiper a parlé lundi. Le Kremlin a annoncé lundi qu'il refusait de prolonger "
        "l'accord sur les céréales.",
        "fr",
    )
    ev = next(e for e in found if e.type == "reject")
    assert _id(ev.initiator) == "rus-presidency"


def test_who_round7_elle_after_a_report_verb_is_the_speaking_state_fr() -> None:
    ev = _one("La Russie a affirmé qu'elle refusait toute négociation avec Kiev.", "fr", "reject")
    assert _country(ev.initiator) == "RUS"


# -- a demanded withdrawal is asked of the withdrawing troops' side ---------------------------


def test_who_round7_demanded_withdrawal_targets_the_troops_side_fr() -> None:
    ev = _one(
        "Vladimir Poutine a exigé le retrait des troupes ukrainiennes des quatre régions que "
        "la Russie revendique.",
        "fr",
        "demand",
    )
    assert _country(ev.target) == "UKR"


def test_who_round7_demanded_departure_targets_the_soldiers_side_fr() -> None:
    ev = _one("Le gouvernement malien a réclamé le départ des soldats français.", "fr", "demand")
    assert _country(ev.target) == "FRA"


def test_who_round7_demanded_withdrawal_targets_the_troops_side_en() -> None:
    ev = _one(
        "Niger's junta demanded the withdrawal of US troops from the country.", "en", "demand"
    )
    assert _country(ev.target) == "USA"


# -- speakers, emphatic pronouns, pronouns for things and go-betweens are no party ------------


def test_who_round7_inverted_speaker_is_not_the_threatened_fr() -> None:
    ev = _one(
        '"Aucune de ces mesures ne restera sans réponse", a averti la porte-parole de la '
        "diplomatie russe, Maria Zakharova.",
        "fr",
        "threaten",
    )
    assert _id(ev.target) != "maria-zakharova"


def test_who_round7_accused_before_a_participle_stays_the_target_fr() -> None:
    ev = _one(
        "Les négociations sont au point mort, Kiev accusant Moscou de bloquer le processus, ce "
        "que le Kremlin réfute.",
        "fr",
        "accuse",
    )
    assert _country(ev.initiator) == "UKR"
    assert _country(ev.target) == "RUS"


def test_who_round7_quant_a_lui_is_no_target_fr() -> None:
    ev = _one(
        "Benyamin Netanyahou a parlé. Le Hezbollah devra quant à lui retirer ses combattants au "
        "nord du fleuve Litani.",
        "fr",
        "retreat",
    )
    assert _id(ev.initiator) == "hezbollah"
    assert ev.target is None


def test_who_round7_pronoun_for_a_thing_is_no_target_fr() -> None:
    ev = _one("Le syndicat l'a rejetée mercredi, la jugeant insuffisante.", "fr", "reject")
    assert ev.target is None


def test_who_round7_red_cross_receiving_hostages_is_no_party_fr() -> None:
    ev = _one(
        "Les trois otages ont été remises au Comité international de la Croix-Rouge à Gaza.",
        "fr",
        "release",
    )
    assert _id(ev.target) != "icrc"


# -- a host receives: the guest is the visitor (initiator), the host the target --------------


def test_who_round7_host_and_guest_fr() -> None:
    ev = _one(
        "Emmanuel Macron a reçu vendredi à l'Élysée le président ukrainien Volodymyr Zelensky.",
        "fr",
        "consult_visit",
    )
    assert _country(ev.initiator) == "UKR"
    assert _country(ev.target) == "FRA"


def test_who_round7_host_and_guest_en() -> None:
    ev = _one(
        "Japanese Prime Minister Fumio Kishida hosted Indian Prime Minister Narendra Modi in "
        "Tokyo on Monday.",
        "en",
        "consult_visit",
    )
    assert _country(ev.initiator) == "IND"
    assert _country(ev.target) == "JPN"


def test_who_round7_host_without_a_named_guest_is_the_target_fr() -> None:
    ev = _one(
        "Le président français a reçu ce vendredi au palais de l'Élysée une délégation.",
        "fr",
        "consult_visit",
    )
    assert ev.initiator is None
    assert _country(ev.target) == "FRA"


# -- victims whose nationality is stated are the struck side ---------------------------------


def test_who_round7_killed_sailor_nationality_is_the_target_en() -> None:
    ev = _one(
        "A Filipino sailor was killed when a drone hit the ship in the Red Sea.",
        "en",
        "drone_strike",
    )
    assert _country(ev.target) == "PHL"


def test_who_round7_killed_sailor_nationality_is_the_target_fr() -> None:
    ev = _one(
        "Un marin philippin a été tué lorsqu'un drone a frappé le navire en mer Rouge.",
        "fr",
        "drone_strike",
    )
    assert _country(ev.target) == "PHL"  # not a state guessed from "Rouge" alone


def test_who_round7_soldiers_killed_in_an_attack_are_their_army_fr() -> None:
    found = _events(
        "Trois soldats sud-africains ont été tués dans l'attaque d'une base près de Goma.", "fr"
    )
    assert found
    assert _id(found[0].target) == "zaf-mil"


def test_who_round7_attack_object_victims_en_and_fr() -> None:
    found = _events("L'attaque a tué deux marins philippins au large du Yémen.", "fr")
    assert _country(found[0].target) == "PHL"
    found = _events("Two Ukrainian soldiers died in the attack near Bakhmut.", "en")
    assert _country(found[0].target) == "UKR"


def test_who_round7_victims_of_several_nationalities_name_no_side() -> None:
    found = _events(
        "Treize soldats étrangers, neuf Sud-Africains, trois Malawites et un Uruguayen, ont été "
        "tués dans les combats autour de Sake.",
        "fr",
    )
    for ev in found:
        assert _country(ev.target) != "ZAF"


# -- a state's base, embassy or positions are that state's -----------------------------------


def test_who_round7_foreign_base_is_its_owners_fr() -> None:
    ev = _one("Des drones ont frappé une base française au Tchad.", "fr", "drone_strike")
    assert _country(ev.target) == "FRA"


def test_who_round7_foreign_base_is_its_owners_en() -> None:
    ev = _one("Drones struck a French base in Chad on Sunday.", "en", "drone_strike")
    assert _country(ev.target) == "FRA"


def test_who_round7_positions_are_the_named_side_fr() -> None:
    ev = _one(
        "L'artillerie a pilonné des positions ukrainiennes près de Bakhmout.", "fr", "shelling"
    )
    assert _country(ev.target) == "UKR"


# -- the two sides of a clash "entre X et Y" / "between X and Y" ------------------------------


def test_who_round7_clash_between_army_and_group_fr() -> None:
    ev = _one(
        "Des affrontements ont éclaté entre l'armée soudanaise et les FSR à Khartoum.",
        "fr",
        "armed_clash",
    )
    assert _id(ev.initiator) == "sdn-mil"
    assert _id(ev.target) == "rsf"


def test_who_round7_clash_between_army_and_group_en() -> None:
    ev = _one(
        "Heavy fighting between the Sudanese army and the RSF was reported in Omdurman.",
        "en",
        "armed_clash",
    )
    assert _id(ev.initiator) == "sdn-mil"
    assert _id(ev.target) == "rsf"


def test_who_round7_clash_between_two_demonyms_en() -> None:
    ev = _one(
        "Clashes broke out between Armenian and Azerbaijani troops on the border.",
        "en",
        "armed_clash",
    )
    assert _country(ev.initiator) == "ARM"
    assert _country(ev.target) == "AZE"


# -- raising adjectives, co-signatories, visitors --------------------------------------------


def test_who_round7_subject_of_due_to_hold_talks_en() -> None:
    ev = _one(
        "Marco Rubio and Mike Waltz are due to hold talks with a Ukrainian delegation in Jeddah.",
        "en",
        "consult_meeting",
    )
    assert _country(ev.initiator) == "USA"
    assert _country(ev.target) == "UKR"


def test_who_round7_second_signatory_is_the_target_fr_and_en() -> None:
    ev = _one("L'accord a été signé par la Russie et la Corée du Nord en juin.", "fr", "agreement")
    assert (_country(ev.initiator), _country(ev.target)) == ("RUS", "PRK")
    ev = _one("The deal was signed by Russia and North Korea in June.", "en", "agreement")
    assert (_country(ev.initiator), _country(ev.target)) == ("RUS", "PRK")


def test_who_round7_visit_of_a_leader_is_his_fr() -> None:
    found = _events(
        "Lors de la première visite du président russe en Corée du Nord, les deux pays ont "
        "signé un traité.",
        "fr",
    )
    ev = next(e for e in found if e.type == "consult_visit")
    assert _country(ev.initiator) == "RUS"
    assert _country(ev.target) == "PRK"


def test_who_round7_visit_of_a_place_names_no_visitor_fr() -> None:
    found = _events("La visite du site par les inspecteurs a été reportée.", "fr")
    for ev in found:
        assert ev.initiator is None or _id(ev.initiator) is not None


# -- the killed's organisation, objects hung on a date, clash sides in a one-country story ----


def test_who_round7_aid_workers_of_a_charity_are_its_en() -> None:
    ev = _one(
        "The drone strikes killed seven aid workers from the charity World Central Kitchen in Gaza.",
        "en",
        "drone_strike",
    )
    assert _id(ev.target) == "world-central-kitchen"


def test_who_round7_soldiers_of_two_bodies_name_neither() -> None:
    found = _events(
        "Treize soldats étrangers de la SADC et de la Monusco ont été tués dans les combats "
        "autour de Sake.",
        "fr",
    )
    for ev in found:
        assert _id(ev.target) not in {"sadc", "monusco"}


def test_who_round7_object_hung_on_a_date_fr() -> None:
    ev = _one(
        "Les Etats-Unis avaient déjà sanctionné en mai plusieurs entités russes.", "fr", "sanction"
    )
    assert _country(ev.target) == "RUS"


def test_who_round7_clash_with_the_army_of_a_one_country_story_fr() -> None:
    found = _events(
        "Au Soudan, la situation reste tendue à El-Facher. Des affrontements se poursuivaient "
        "mercredi dans les quartiers est de la ville entre les FSR et l'armée, selon des habitants.",
        "fr",
    )
    ev = next(e for e in found if e.type == "armed_clash")
    assert _id(ev.initiator) == "rsf"
    assert _id(ev.target) == "sdn-mil"


# -- a threat quoted before its report verb: the speaker after the verb, the payer in the quote


def test_who_round7_quoted_threat_speaker_after_the_verb_en() -> None:
    ev = _one(
        '"Israel will pay a heavy price for this crime," warned a senior Hezbollah official.',
        "en",
        "threaten",
    )
    assert _id(ev.initiator) == "hezbollah"
    assert _country(ev.target) == "ISR"


def test_who_round7_quoted_threat_payer_is_not_the_speaker_fr() -> None:
    ev = _one(
        '"L\'Amérique et la Grande-Bretagne devront payer un lourd prix pour cette agression", '
        "a prévenu un haut responsable houthi.",
        "fr",
        "threaten",
    )
    assert _country(ev.initiator) != "USA"
    assert _country(ev.target) == "USA"


def test_who_round7_killed_leader_of_a_group_makes_it_the_target_fr() -> None:
    ev = _one(
        "Un chef du Hamas a été tué dans une frappe israélienne à Beyrouth.", "fr", "air_strike"
    )
    assert _country(ev.initiator) == "ISR"
    assert _id(ev.target) == "hamas"


# -- a state in the genitive of an attack noun with the struck side named after it -------------


def test_who_round7_state_genitive_with_a_struck_side_fr() -> None:
    ev = _one("Les frappes de Moscou sur Kiev ont fait trois morts lundi.", "fr", "air_strike")
    assert (_country(ev.initiator), _country(ev.target)) == ("RUS", "UKR")
    found = _events("L'attaque de la Russie contre l'Ukraine a fait des milliers de morts.", "fr")
    assert (_country(found[0].initiator), _country(found[0].target)) == ("RUS", "UKR")


def test_who_round7_place_genitive_is_no_author_fr() -> None:
    ev = _one("Les bombardements de Kharkiv ont fait trois morts.", "fr", "shelling")
    assert ev.initiator is None


# -- a reporter's second act hung on the reported pluperfect -----------------------------------


def test_who_round7_reporter_s_own_call_after_a_reported_pluperfect_en() -> None:
    found = _events(
        "Blinken said Netanyahu had accepted the proposal, and called on Hamas to do the same.",
        "en",
    )
    ev = next(e for e in found if e.type == "demand")
    assert _id(ev.initiator) == "antony-blinken"
    assert _id(ev.target) == "hamas"


def test_who_round7_reporter_s_own_call_after_a_reported_pluperfect_fr() -> None:
    found = _events(
        "Blinken a dit que Netanyahou avait accepté la proposition et a appelé le Hamas à faire "
        "de même.",
        "fr",
    )
    ev = next(e for e in found if e.type == "demand")
    assert _id(ev.initiator) == "antony-blinken"


def test_who_round7_same_tense_conjunct_stays_the_reported_subject_en() -> None:
    found = _events(
        "Blinken said Netanyahu had accepted the proposal and had urged Hamas to do the same.",
        "en",
    )
    ev = next(e for e in found if e.type == "demand")
    assert _id(ev.initiator) == "benjamin-netanyahu"


# -- a killing typed by its armed author: the author is the initiator --------------------------


def test_who_round7_killed_by_the_army_of_a_one_country_story_en() -> None:
    ev = _one(
        "Five villagers were killed by the army on Tuesday in central Mali.",
        "en",
        "attack_on_civilians",
    )
    assert _id(ev.initiator) == "mli-mil"
    assert _country(ev.target) == "MLI"


def test_who_round7_killed_by_group_fighters_en() -> None:
    ev = _one(
        "Ten civilians were killed by RSF fighters in El Fasher.", "en", "attack_on_civilians"
    )
    assert _id(ev.initiator) == "rsf"
