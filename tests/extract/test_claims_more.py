"""Claimants and statuses of round 3: inverted incises, labels, second sources, notices.

Every sentence is written here; each test names the construction it covers.
"""

from __future__ import annotations

from extracting import actor_id as _id
from extracting import events as _events
from extracting import one as _one

from wirewatch.model import Event


def _claimants(ev: Event) -> dict[str, tuple[str, dict[str, int]]]:
    """claimant (id, else name) → (status, figures) for every claim of ``ev``."""
    return {
        (c.claimant.id or c.claimant.name) if c.claimant else "": (c.status, c.quantities)
        for c in ev.claims
    }


# -- the speaker of a report verb ------------------------------------------------------------


def test_claims_inverted_incise_after_a_long_object_fr() -> None:
    # the parser used to cut the sentence before "Shahed" and take it for the speaker
    ev = _one(
        "Dans la nuit, la Russie a visé la région de Mykolaïv avec des missiles Kalibr et des "
        "drones Shahed de fabrication iranienne, a rapporté l'armée de l'air ukrainienne.",
        "fr",
        "missile_strike",
    )
    assert _id(ev.claimant) == "ukr-air-force"
    assert ev.status == "claimed"


def test_claims_dislocated_speaker_resumed_by_lui_fr() -> None:
    # "L'état-major, lui, …": the noun before the emphatic pronoun speaks; "il" resumes it
    evs = _events(
        "L'état-major ukrainien, lui, ne mentionne pas ces pertes. Dans son bilan, il fait "
        "état de 41 assauts russes repoussés près de Koupiansk.",
        "fr",
    )
    clash = [e for e in evs if e.type == "armed_clash"]
    assert clash and _id(clash[0].claimant) == "ukr-general-staff"


def test_claims_impersonal_on_learned_it_aupres_de_fr() -> None:
    ev = _one(
        "Quatre gendarmes ont été tués jeudi dans une embuscade près de Mopti, a-t-on appris "
        "auprès d'une source sécuritaire.",
        "fr",
        "armed_clash",
    )
    assert ev.claimant is not None and "source sécuritaire" in ev.claimant.name
    assert ev.status == "claimed"


def test_claims_absolute_participle_speaker_fr() -> None:
    # ", l'ONU évoquant au moins 40 morts": the participle's noun is the speaker
    ev = _one(
        "Les bombardements ont visé lundi des quartiers d'El-Facher, l'ONU évoquant au moins "
        "40 morts.",
        "fr",
        "shelling",
    )
    assert ("un", ("claimed", {"killed": 40})) in _claimants(ev).items()


# -- verbless labels: headline kickers and ticker sources --------------------------------------


def test_claims_headline_label_names_the_source_en() -> None:
    ev = _one("Zelensky: 52 Russian drones downed overnight", "en", "drone_strike")
    assert _id(ev.claimant) == "volodymyr-zelensky"


def test_claims_headline_institution_label_en() -> None:
    ev = _one("Ukrainian air force: 33 of 47 drones shot down overnight", "en", "drone_strike")
    assert _id(ev.claimant) == "ukr-air-force"


def test_claims_ticker_dash_suffix_names_the_source_en() -> None:
    ev = _one(
        "Air defences destroyed 28 Russian drones over Sumy overnight — Ukrainian air force",
        "en",
        "drone_strike",
    )
    assert _id(ev.claimant) == "ukr-air-force"


def test_claims_place_kicker_is_no_source() -> None:
    # a capital or a country before the colon is where, not who
    ev = _one("Kyiv: explosions heard as Russian drones attack the capital", "en", "drone_strike")
    assert ev.claimant is None


def test_claims_hyphenated_name_is_no_ticker_dash() -> None:
    evs = _events(
        "The announcement came hours after a visit to N'Djamena by French Foreign Minister "
        "Jean-Noel Barrot.",
        "en",
    )
    assert all(e.claimant is None for e in evs)


# -- second sources -----------------------------------------------------------------------------


def test_claims_parler_de_with_a_figure_is_a_report_fr() -> None:
    ev = _one(
        "La police a arrêté 140 manifestants samedi à Erevan. L'opposition parle de 350 "
        "arrestations.",
        "fr",
        "arrest",
    )
    claims = _claimants(ev)
    assert claims.get("L'opposition") == ("claimed", {"arrested": 350})


def test_claims_spoke_of_a_figure_is_a_report_en() -> None:
    ev = _one(
        "Police detained 140 protesters in Yerevan on Saturday. The opposition spoke of 350 "
        "arrests.",
        "en",
        "arrest",
    )
    assert _claimants(ev).get("The opposition") == ("claimed", {"arrested": 350})


def test_claims_parler_de_without_a_figure_is_a_topic_fr() -> None:
    evs = _events("Le président a parlé de la guerre avec son homologue lundi.", "fr")
    assert all(e.claimant is None for e in evs)


def test_claims_while_clause_puts_another_figure_en() -> None:
    ev = _one(
        "Russia said it downed 26 Ukrainian drones over the Kursk region overnight, while Kyiv "
        "put the figure at 9.",
        "en",
        "drone_strike",
    )
    claims = _claimants(ev)
    assert claims["rus"] == ("claimed", {"intercepted": 26})
    assert claims["ukr"] == ("claimed", {"intercepted": 9})


def test_claims_restated_toll_in_a_later_sentence_en() -> None:
    ev = _one(
        "Israeli strikes killed 37 people in Khan Younis, the health ministry said. The army "
        "put the toll at 21.",
        "en",
        "air_strike",
    )
    claims = _claimants(ev)
    assert claims["the health ministry"] == ("claimed", {"killed": 37})
    assert claims["The army"] == ("claimed", {"killed": 21})


def test_claims_restated_figure_avance_le_chiffre_fr() -> None:
    ev = _one(
        "La police a interpellé 85 manifestants samedi à Tbilissi, selon le ministère de "
        "l'Intérieur. L'opposition avance pour sa part le chiffre de 260.",
        "fr",
        "arrest",
    )
    claims = _claimants(ev)
    assert claims["L'opposition"] == ("claimed", {"arrested": 260})
    assert ("claimed", {"arrested": 85}) in claims.values()


def test_claims_restatement_with_its_own_event_is_no_copy_en() -> None:
    # the army's clause tells its own strike: no "killed: 25" for the army
    ev = _one(
        "Israeli strikes killed 40 people in Gaza, the health ministry said. The army said it "
        "had struck 25 Hamas targets.",
        "en",
        "air_strike",
    )
    assert all(q.get("killed") != 25 for _, q in _claimants(ev).values())


def test_claims_selon_before_tandis_que_covers_its_own_clause_fr() -> None:
    evs = _events(
        "Le secrétaire général de l'ONU a condamné ces frappes, selon son porte-parole, tandis "
        "que le président américain Joe Biden a appelé le Congrès à voter une aide à Kiev.",
        "fr",
    )
    demand = [e for e in evs if e.type == "demand"]
    assert demand and demand[0].claimant is None and demand[0].status == "asserted"


# -- verification notices in a later sentence ---------------------------------------------------


def test_claims_notice_without_pas_fr() -> None:
    ev = _one(
        "Une frappe russe a tué six civils à Kharkiv, selon le gouverneur. Ces informations "
        "n'ont pu être vérifiées de source indépendante.",
        "fr",
        "air_strike",
    )
    assert ev.status == "unconfirmed"
    assert ev.claimant is not None


def test_claims_notice_pas_en_mesure_de_verifier_fr() -> None:
    ev = _one(
        "Des frappes israéliennes ont tué 14 personnes à Rafah, selon la Défense civile. L'AFP "
        "n'est pas en mesure de vérifier ce bilan.",
        "fr",
        "air_strike",
    )
    assert ev.status == "unconfirmed"


def test_claims_notice_unable_to_confirm_en() -> None:
    ev = _one(
        "Israeli strikes killed 23 people in Rafah, the civil defence agency said. AFP was "
        "unable to independently confirm the toll.",
        "en",
        "air_strike",
    )
    assert ev.status == "unconfirmed"


def test_claims_person_named_after_the_title_comma_fr() -> None:
    # "le gouverneur régional, Oleh Kiper": the parser reads the name as a conjunct
    ev = _one(
        "Des débris de drones sont tombés sur un port près d'Odessa, blessant un homme de 70 "
        "ans, a précisé le gouverneur régional, Oleh Kiper.",
        "fr",
        "drone_strike",
    )
    assert "oleh-kiper" in _claimants(ev)


def test_claims_quoted_as_saying_by_an_agency_en() -> None:
    ev = _one(
        "Regional officials were quoted by Interfax as saying that Ukrainian drones hit a fuel "
        "depot in Bryansk.",
        "en",
        "drone_strike",
    )
    assert ev.claimant is not None and "officials" in ev.claimant.name


def test_claims_a_news_agency_report_is_the_agency_en() -> None:
    ev = _one(
        "A Reuters report said Russian missiles struck a grain terminal in Izmail on Tuesday.",
        "en",
        "missile_strike",
    )
    assert _id(ev.claimant) == "reuters"


def test_claims_past_participle_is_no_speaker_fr() -> None:
    # "Un décret publié samedi": the decree is not a source that "published" anything
    ev = _one(
        "Un décret publié samedi au Journal officiel interdit la vente de feux d'artifice "
        "jusqu'au 2 juillet.",
        "fr",
        "coerce",
    )
    assert ev.claimant is None and ev.status == "asserted"


def test_claims_relative_on_the_title_of_the_source_is_the_outlets_fr() -> None:
    ev = _one(
        "Trois civils ont péri à Kostiantynivka, selon le gouverneur Vadym Filachkine, qui a "
        "de nouveau exhorté les habitants à partir.",
        "fr",
        "demand",
    )
    assert ev.claimant is None and ev.status == "asserted"


# -- who vouches for what: tolls, modifiers, announced acts -------------------------------------


def test_claims_selon_after_a_participial_toll_covers_the_toll_fr() -> None:
    ev = _one(
        "La Russie a frappé lundi Kiev avec une centaine de missiles, faisant au moins sept "
        "morts, selon le maire Vitali Klitschko.",
        "fr",
        "missile_strike",
    )
    claims = _claimants(ev)
    assert claims[""] == ("asserted", {"launched": 100})
    assert claims["vitali-klitschko"] == ("claimed", {"killed": 7})


def test_claims_selon_after_a_relative_toll_covers_its_antecedent_fr() -> None:
    evs = _events(
        "Le couvre-feu est entré en vigueur jeudi à Nouméa, après trois nuits d'émeutes qui ont "
        "fait quatre morts, selon le haut-commissariat.",
        "fr",
    )
    riot = [e for e in evs if e.type == "riot"]
    assert riot and riot[0].status == "claimed" and riot[0].quantities == {"killed": 4}
    assert all(e.claimant is None for e in evs if e.type != "riot")


def test_claims_selon_inside_a_participle_modifier_fr() -> None:
    ev = _one(
        "Le Premier ministre a annoncé mercredi l'interdiction du réseau social TikTok sur "
        "l'archipel, utilisé selon l'exécutif par les émeutiers pour se coordonner.",
        "fr",
        "coerce",
    )
    assert ev.claimant is None and ev.status == "asserted"


def test_claims_announcing_a_ban_is_the_ban_fr() -> None:
    ev = _one(
        "Le gouvernement a annoncé mardi l'interdiction de TikTok en Nouvelle-Calédonie.",
        "fr",
        "coerce",
    )
    assert ev.claimant is None and ev.status == "asserted"


def test_claims_announcing_a_count_is_a_report_fr() -> None:
    ev = _one("Gérald Darmanin annonce 206 interpellations depuis lundi.", "fr", "arrest")
    assert _id(ev.claimant) == "gerald-darmanin" and ev.status == "claimed"


def test_claims_verbal_act_stated_by_the_outlet_stays_first_en() -> None:
    ev = _one(
        "Britain is expelling Russia's military attache. Foreign Secretary David Lammy told "
        "parliament that Britain is expelling the attache over espionage.",
        "en",
        "expel",
    )
    assert ev.claimant is None and ev.status == "asserted"


# -- hypothetical and negated ------------------------------------------------------------------


def test_claims_is_expected_to_is_hypothetical_en() -> None:
    ev = _one("Emmanuel Macron is expected to visit Kyiv next week.", "en", "consult_visit")
    assert ev.status == "hypothetical"


def test_claims_considering_an_indefinite_act_is_hypothetical_en() -> None:
    ev = _one(
        "U.S. officials said Washington was considering airdrops of food into Gaza.",
        "en",
        "aid_delivery",
    )
    assert ev.status == "hypothetical"


def test_claims_french_conditional_read_as_imperfect_fr() -> None:
    # "aborderait" is tagged Mood=Ind|Tense=Imp by the model; the meeting is to come
    ev = _one(
        "Le président turc a dit qu'il aborderait la question lors d'un entretien téléphonique "
        "avec Vladimir Poutine.",
        "fr",
        "consult_phone",
    )
    assert ev.status == "hypothetical"


def test_claims_imperfect_is_not_conditional_fr() -> None:
    ev = _one(
        "Le président turc abordait la question lors d'un entretien téléphonique avec "
        "Vladimir Poutine.",
        "fr",
        "consult_phone",
    )
    assert ev.status == "asserted"


def test_claims_at_the_request_of_is_no_time_adjunct_en() -> None:
    evs = _events(
        "The Security Council will hold an emergency meeting on Tuesday at the request of France.",
        "en",
    )
    demand = [e for e in evs if e.type == "demand"]
    assert demand and demand[0].status == "asserted"


def test_claims_no_arrests_is_negated_en() -> None:
    ev = _one("No arrests were made in Nantes on Saturday, police said.", "en", "arrest")
    assert ev.status == "negated"


# -- the attacker's own account of an attack told before ----------------------------------------


def test_claims_attacker_account_is_a_claim_of_the_strike_fr() -> None:
    ev = _one(
        "Des frappes israéliennes ont tué au moins 23 personnes dans le centre de la bande de "
        "Gaza, selon la Défense civile. L'armée israélienne affirme avoir visé des cibles "
        "terroristes.",
        "fr",
        "air_strike",
    )
    claims = _claimants(ev)
    assert claims["isr-mil"] == ("claimed", {})
    assert ("claimed", {"killed": 23}) in claims.values()


def test_claims_attacker_account_of_another_side_is_no_claim_en() -> None:
    evs = _events(
        "An Israeli strike on a house in Deir al-Balah killed 11 people on Saturday, health "
        "officials said. Hamas said it had fired rockets at Ashkelon.",
        "en",
    )
    strike = [e for e in evs if e.type == "air_strike"]
    assert strike and "hamas" not in _claimants(strike[0])


def test_claims_statement_saying_is_its_issuers_en() -> None:
    ev = _one(
        "The Israeli army issued a statement saying it had struck 20 Hezbollah targets in "
        "southern Lebanon on Monday.",
        "en",
        "air_strike",
    )
    assert _id(ev.claimant) == "isr-mil"


def test_claims_communique_indiquant_is_its_issuers_fr() -> None:
    ev = _one(
        "Le ministère russe de la Défense a publié un communiqué indiquant que 40 drones "
        "ukrainiens avaient été abattus au-dessus de la région de Koursk.",
        "fr",
        "drone_strike",
    )
    assert _id(ev.claimant) == "rus-mod"


def test_claims_strike_notice_is_hypothetical_fr() -> None:
    ev = _one(
        "Les fédérations de la SNCF et de la RATP ont déposé des préavis de grève reconductible "
        "à partir du 7 mars.",
        "fr",
        "labour_strike",
    )
    assert ev.status == "hypothetical"


def test_claims_strike_that_happened_is_asserted_fr() -> None:
    ev = _one("La grève a paralysé les transports jeudi à Marseille.", "fr", "labour_strike")
    assert ev.status == "asserted"


# -- round 4: a source's figure keeps its own kind ---------------------------------------------


def test_claims_rival_toll_keeps_its_own_kind_fr() -> None:
    # the toll clause is the mayor's: killed, never the strike's own "hit"
    ev = _one(
        "Une roquette a touché samedi un marché de Donetsk, tuant au moins neuf personnes, "
        "selon le maire.",
        "fr",
        "shelling",
    )
    mayor = [c for c in ev.claims if c.claimant is not None]
    assert mayor and mayor[0].quantities == {"killed": 9}


def test_claims_rival_toll_keeps_its_own_kind_en() -> None:
    ev = _one(
        "A rocket struck a market in Donetsk on Saturday, killing at least nine people, "
        "according to the mayor.",
        "en",
        "shelling",
    )
    mayor = [c for c in ev.claims if c.claimant is not None]
    assert mayor and mayor[0].quantities == {"killed": 9}


def test_modality_is_conditional_is_public_fr() -> None:
    from wirewatch.extract.modality import is_conditional
    from wirewatch.nlp.pipeline import get_nlp

    doc = get_nlp("fr")("Le président aborderait la question mardi.")
    verb = next(t for t in doc if t.lower_ == "aborderait")
    assert is_conditional(verb)
    assert not is_conditional(next(t for t in doc if t.lower_ == "président"))


# -- round 4: who a spokesperson speaks for ----------------------------------------------------


def test_claims_spokesperson_speaks_for_the_body_in_the_subject_fr() -> None:
    ev = _one(
        "Le secrétaire général de l'ONU, Antonio Guterres, a condamné l'attaque contre le "
        "convoi, selon son porte-parole.",
        "fr",
        "condemn",
    )
    assert _id(ev.claimant) == "un"


def test_claims_spokesperson_speaks_for_the_body_in_the_subject_en() -> None:
    ev = _one(
        "The Arab League chief, Ahmed Aboul Gheit, condemned the raid on the camp, according to "
        "his spokesman.",
        "en",
        "condemn",
    )
    assert _id(ev.claimant) == "arab-league"


def test_claims_spokesperson_of_the_issuer_in_a_press_release_en() -> None:
    from wirewatch.extract import extract_article
    from wirewatch.model import Article

    text = (
        "In response to questions, the Spokesperson said that armed men had attacked a border "
        "post near Chaman on Sunday, killing two guards."
    )
    art = Article(
        id="pr-1",
        text=text,
        language="en",
        published="2024-03-18",
        published_precision="day",
        outlet="Ministry of Foreign Affairs of Pakistan (press release)",
    )
    evs = [e for e in extract_article(art) if e.claimant is not None]
    assert evs and all(_id(e.claimant) == "pak-mfa" for e in evs)


# -- round 4: report verbs real outlets use ----------------------------------------------------


def test_claims_incise_only_verb_reports_after_a_quote_fr() -> None:
    ev = _one(
        "« Ils ont bombardé l'école exprès », a lâché le gouverneur de Kherson.", "fr", "shelling"
    )
    assert ev.claimant is not None and ev.status == "claimed"


def test_claims_incise_only_verb_lancer_is_still_an_attack_fr() -> None:
    # "a lancé 40 drones" launches; only "« … », a lancé le maire" reports
    ev = _one("L'armée russe a lancé mardi 40 drones sur la région d'Odessa.", "fr", "drone_strike")
    assert ev.claimant is None and ev.status == "asserted"
    assert ev.quantities == {"launched": 40}


def test_claims_incise_only_verb_reports_after_a_quote_en() -> None:
    ev = _one(
        '"They shelled the school on purpose," the regional governor responded.', "en", "shelling"
    )
    assert ev.claimant is not None and ev.status == "claimed"


def test_claims_hammered_and_tweeted_report_fr() -> None:
    ev = _one(
        "Des missiles russes ont visé Kharkiv dans la nuit, a martelé le président ukrainien.",
        "fr",
        "missile_strike",
    )
    assert _id(ev.claimant) == "volodymyr-zelensky"
    ev = _one("Des drones ont frappé Odessa dans la nuit, a tweeté le maire.", "fr", "drone_strike")
    assert ev.claimant is not None and "maire" in ev.claimant.name


def test_claims_posted_on_x_and_tweeted_report_en() -> None:
    # the parser reads "the mayor posted on X" as a noun phrase with a modifier
    ev = _one("Russian drones hit Odesa overnight, the mayor posted on X.", "en", "drone_strike")
    assert ev.claimant is not None and "mayor" in ev.claimant.name
    ev = _one(
        "Russian missiles struck Kharkiv overnight, the regional governor tweeted.",
        "en",
        "missile_strike",
    )
    assert ev.claimant is not None and ev.status == "claimed"


# -- round 4: speaker names ---------------------------------------------------------------------


def test_claims_ticker_stamp_is_no_part_of_the_speaker_en() -> None:
    ev = _one(
        "09:12 GMT — Yemen's Houthi movement said it fired two missiles at a tanker in the Red "
        "Sea.",
        "en",
        "missile_strike",
    )
    assert ev.claimant is not None and "GMT" not in (ev.claimant.surface or ev.claimant.name)


def test_claims_place_after_the_speaker_is_no_part_of_its_name_fr() -> None:
    ev = _one(
        "Trois soldats ont été tués lors d'une embuscade, a annoncé l'état-major des armées à "
        "Bamako.",
        "fr",
        "armed_clash",
    )
    assert ev.claimant is not None and "Bamako" not in (ev.claimant.surface or ev.claimant.name)


def test_claims_name_with_a_complement_is_whole_en() -> None:
    ev = _one(
        "Police arrested 300 protesters in the capital, the Kenya National Commission on Human "
        "Rights said.",
        "en",
        "arrest",
    )
    assert ev.claimant is not None
    assert "Human Rights" in (ev.claimant.surface or ev.claimant.name) or ev.claimant.id


def test_claims_bare_definite_noun_is_the_source_named_before_fr() -> None:
    evs = _events(
        "Selon le ministère de l'Intérieur, 600 personnes ont été interpellées dans la nuit. "
        "Le ministère a aussi fait état de 45 policiers blessés lors des émeutes.",
        "fr",
    )
    riot = [e for e in evs if e.type == "riot"]
    assert riot and "Intérieur" in (riot[0].claimant.surface or riot[0].claimant.name)


def test_claims_the_channel_is_the_broadcaster_named_before_fr() -> None:
    evs = _events(
        "Selon la radio publique Radio Okapi, des rebelles ont attaqué un village près de Beni. "
        "Au moins douze civils ont été tués, a précisé la radio.",
        "fr",
    )
    named = [e for e in evs if e.claimant is not None]
    assert named and all("Okapi" in (e.claimant.surface or e.claimant.name) for e in named)


# -- round 4: statuses ----------------------------------------------------------------------------


def test_claims_nobody_hurt_does_not_negate_the_blast_fr() -> None:
    ev = _one(
        "Une forte explosion a détruit la façade de la mairie de Bastia dans la nuit. Personne "
        "n'a été blessé.",
        "fr",
        "explosive_device",
    )
    assert ev.status == "asserted"


def test_claims_negated_predicate_of_an_event_noun_is_no_negation_fr() -> None:
    # "n'ont pas suffi": the withdrawal happened, it did not calm anyone
    evs = _events(
        "Les premières annonces du gouvernement, dont l'abandon de la hausse de la taxe, n'ont "
        "pas suffi à calmer la colère des agriculteurs.",
        "fr",
    )
    assert evs and all(e.status != "negated" for e in evs)


def test_claims_event_that_did_not_take_place_is_negated() -> None:
    ev = _one("La rencontre entre les deux ministres n'a pas eu lieu.", "fr", "consult_meeting")
    assert ev.status == "negated"
    ev = _one("The meeting between the two ministers did not take place.", "en", "consult_meeting")
    assert ev.status == "negated"


def test_claims_denying_its_own_call_is_a_claim_fr() -> None:
    # a speaker denying its own act is not the act: the denial stays a claim
    ev = _one("Le syndicat a assuré n'avoir jamais appelé à bloquer l'aéroport.", "fr", "demand")
    assert ev.claimant is not None and ev.status == "negated"


def test_claims_readiness_is_to_come() -> None:
    ev = _one(
        "La France se tient prête à apporter une aide humanitaire aux déplacés.", "fr", "aid_pledge"
    )
    assert ev.status == "hypothetical"
    ev = _one(
        "Britain stands ready to provide humanitarian aid to the displaced.", "en", "aid_pledge"
    )
    assert ev.status == "hypothetical"


def test_claims_readiness_to_respond_is_a_threat_made_en() -> None:
    ev = _one(
        "The EU stands ready to respond swiftly with further restrictive measures.",
        "en",
        "threaten",
    )
    assert ev.status == "asserted"


def test_claims_kremlin_dement_read_as_an_adjective_fr() -> None:
    # the tagger reads "dément" as the adjective; it is still the Kremlin's denial
    ev = _one(
        "Le Kremlin dément toute discussion avec Kiev sur un cessez-le-feu.",
        "fr",
        "consult_meeting",
    )
    assert _id(ev.claimant) == "rus-presidency" and ev.status == "denied"


def test_claims_figures_notice_covers_every_figure_before_it_en() -> None:
    evs = _events(
        "Russia's defence ministry said air defences destroyed 40 drones over the Belgorod "
        "region.\n\nThe regional governor said three people had been killed in the city of "
        "Belgorod.\n\nReuters could not independently verify the figures.",
        "en",
    )
    claims = [c for e in evs for c in e.claims if c.claimant is not None and c.quantities]
    assert len(claims) >= 2 and all(c.status == "unconfirmed" for c in claims)


def test_claims_figures_notice_covers_every_figure_before_it_fr() -> None:
    evs = _events(
        "Le ministère russe de la Défense a affirmé avoir abattu 40 drones au-dessus de la "
        "région de Belgorod.\n\nLe gouverneur régional a indiqué que trois personnes avaient "
        "été tuées à Belgorod.\n\nCes chiffres n'ont pas pu être vérifiés.",
        "fr",
    )
    claims = [c for e in evs for c in e.claims if c.claimant is not None and c.quantities]
    assert len(claims) >= 2 and all(c.status == "unconfirmed" for c in claims)


def test_claims_single_claim_notice_covers_the_nearest_only_en() -> None:
    evs = _events(
        "Russia's defence ministry said air defences destroyed 40 drones over the Belgorod "
        "region.\n\nThe regional governor said three people had been killed in the city of "
        "Belgorod. The claim could not be independently verified.",
        "en",
    )
    statuses = {
        (c.claimant.id or c.claimant.name): c.status
        for e in evs
        for c in e.claims
        if c.claimant is not None
    }
    assert statuses.get("rus-mod") == "claimed"


def test_claims_earlier_act_told_by_its_author_is_a_claim() -> None:
    # "had met": an act before the saying, not a speech act the saying performs
    ev = _one(
        "Le Premier ministre a déclaré qu'il avait rencontré les chefs de l'opposition lundi.",
        "fr",
        "consult_meeting",
    )
    assert ev.claimant is not None and ev.status == "claimed"
    ev = _one(
        "The army chief said he had met leaders of the main opposition parties on Monday.",
        "en",
        "consult_meeting",
    )
    assert ev.claimant is not None and ev.status == "claimed"


def test_claims_condemnation_said_is_still_the_act_en() -> None:
    ev = _one("The RSF said it condemned the arrest of the journalist.", "en", "condemn")
    assert ev.claimant is None and ev.status == "asserted"


def _issued(text: str, lang: str, outlet: str) -> list[Event]:
    from wirewatch.extract import extract_article
    from wirewatch.model import Article

    art = Article(
        id="release",
        text=text,
        language=lang,
        published="2024-03-18",
        published_precision="day",
        outlet=outlet,
    )
    return extract_article(art)


def test_claims_we_in_a_ministry_release_is_the_ministry_en() -> None:
    evs = _issued(
        "We can confirm that Russian missiles struck a hospital in Kharkiv on Tuesday.",
        "en",
        "Ministry of Defence of Ukraine (press release)",
    )
    strikes = [e for e in evs if e.type == "missile_strike"]
    assert strikes and _id(strikes[0].claimant) == "ukr-mod"


def test_claims_we_in_a_quote_is_the_quoted_speaker_en() -> None:
    evs = _issued('"We shot down 30 drones over the region," the governor said.', "en", "Reuters")
    strikes = [e for e in evs if e.type == "drone_strike"]
    assert strikes and strikes[0].claimant is not None
    assert "governor" in (strikes[0].claimant.surface or strikes[0].claimant.name)
