"""According to whom, how sure, how many: claimant, status and figures on sentences written here."""

from __future__ import annotations

from extracting import PUB
from extracting import actor_id as _id
from extracting import events as _events
from extracting import one as _one

from wirewatch.model import Event

# -- figures ---------------------------------------------------------------------------------


def test_claims_part_of_whole_interception_en() -> None:
    ev = _one(
        "Ukraine's air force said it had shot down 17 of 25 Shahed drones overnight.",
        "en",
        "drone_strike",
    )
    assert ev.quantities == {"intercepted": 17, "launched": 25}


def test_claims_part_of_whole_interception_fr_sur() -> None:
    ev = _one(
        "La défense antiaérienne a abattu 14 drones sur 19 au-dessus de la région de Kiev.",
        "fr",
        "drone_strike",
    )
    assert ev.quantities == {"intercepted": 14, "launched": 19}


def test_claims_arrested_count_from_the_passive_subject() -> None:
    ev = _one("Five men were arrested in Lyon on Friday.", "en", "arrest")
    assert ev.quantities.get("arrested") == 5


def test_claims_arrested_count_from_an_approximate_noun_fr() -> None:
    ev = _one("Une trentaine de jeunes ont été interpellés à Marseille samedi.", "fr", "arrest")
    assert ev.quantities.get("arrested") == 30


def test_claims_arrest_noun_counts_itself() -> None:
    ev = _one("Le préfet annonce 84 interpellations depuis vendredi.", "fr", "arrest")
    assert ev.quantities.get("arrested") == 84


def test_claims_abducted_count_on_a_participle() -> None:
    # the participle hangs on the counted noun: "trois ingénieurs enlevés"
    evs = _events(
        "L'armée a libéré trois ingénieurs enlevés la semaine dernière près de Gao.", "fr"
    )
    abducted = [e.quantities.get("abducted") for e in evs if e.type == "abduction"]
    assert abducted == [3]


def test_claims_shared_subject_counts_participants() -> None:
    ev = _one(
        "Thousands of protesters marched through the capital and stormed the parliament on "
        "Tuesday.",
        "en",
        "riot",
    )
    assert ev.quantities.get("participants") == 1000


def test_claims_withdrawn_troops_are_counted() -> None:
    ev = _one(
        "Belgium completed the withdrawal of about 800 troops from Mali on Friday.", "en", "retreat"
    )
    assert ev.quantities.get("troops") == 800


def test_claims_active_verb_victim_counts_one_despite_the_age() -> None:
    evs = _events(
        "Russian shelling killed a 71-year-old man in the village of Bilozerka, the governor said.",
        "en",
    )
    killed = [e.quantities.get("killed") for e in evs if e.quantities]
    assert killed == [1]


def test_claims_vague_dozens_are_not_a_figure() -> None:
    evs = _events(
        "Des dizaines de civils ont été tués dans un bombardement russe sur Kharkiv.", "fr"
    )
    assert all("killed" not in e.quantities for e in evs)


# -- status ----------------------------------------------------------------------------------


def test_claims_verification_notice_makes_the_claim_before_unconfirmed() -> None:
    ev = _one(
        "The Russian defence ministry said air defences had shot down 30 Ukrainian drones over "
        "the Belgorod region.\nReuters could not independently verify the claim.",
        "en",
        "drone_strike",
    )
    assert _id(ev.claimant) == "rus-mod"
    assert ev.status == "unconfirmed"
    assert ev.quantities == {"intercepted": 30}


def test_claims_verification_notice_fr_covers_only_the_nearest_claim() -> None:
    text = (
        "Des missiles russes ont frappé Odessa dans la nuit, a affirmé le gouverneur Oleh "
        "Kiper.\n\n"
        "Le ministère russe de la Défense a affirmé avoir abattu 12 drones ukrainiens au-dessus "
        "de la région de Belgorod. Ces chiffres ne peuvent être vérifiés de source indépendante."
    )
    evs = _events(text, "fr")
    missiles = [e for e in evs if e.type == "missile_strike"]
    drones = [e for e in evs if e.type == "drone_strike"]
    assert [e.status for e in drones] == ["unconfirmed"]
    assert [e.status for e in missiles] == ["claimed"]


def test_claims_praise_is_not_negated_by_a_stray_morph_feature() -> None:
    ev = _one("Abou Dhabi a salué la coopération des deux pays.", "fr", "support")
    assert ev.status == "asserted"


def test_claims_denied_discussion_keeps_the_denier() -> None:
    evs = _events("Moscou a démenti toute discussion avec Kiev sur une trêve.", "fr")
    assert [(e.type, _id(e.claimant), e.status) for e in evs] == [
        ("consult_meeting", "rus", "denied")
    ]


# -- claimant --------------------------------------------------------------------------------


def test_claims_verbal_act_with_pronoun_subject_is_the_speakers_own() -> None:
    ev = _one(
        "The Kremlin said in a statement that it condemned the sanctions as unjust.",
        "en",
        "condemn",
    )
    assert ev.claimant is None
    assert ev.status == "asserted"
    assert _id(ev.initiator) == "rus-presidency"  # the pronoun is the speaker


def test_claims_refusal_announced_by_its_author_is_asserted_fr() -> None:
    ev = _one("Le Kremlin a annoncé lundi qu'il refusait de prolonger l'accord.", "fr", "reject")
    assert ev.claimant is None
    assert ev.status == "asserted"


def test_claims_coordinated_accusation_is_not_under_the_denial() -> None:
    evs = _events(
        "Les paramilitaires ont démenti avoir bombardé l'hôpital et accusé l'armée d'y cacher "
        "des armes.",
        "fr",
    )
    accuse = [e for e in evs if e.type == "accuse"]
    assert [(e.claimant, e.status) for e in accuse] == [(None, "asserted")]


def test_claims_announced_sanctions_are_the_speakers_act() -> None:
    ev = _one("The United States announced new sanctions against Iran.", "en", "sanction")
    assert ev.claimant is None
    assert ev.status == "asserted"


def test_claims_reported_future_announcement_keeps_the_outer_source() -> None:
    ev = _one(
        "The White House said the United States would announce new sanctions on Friday.",
        "en",
        "sanction",
    )
    assert _id(ev.claimant) == "usa-presidency"
    assert ev.status == "hypothetical"


def test_claims_relative_clause_on_the_source_is_the_outlets_voice() -> None:
    evs = _events(
        "Un homme a été tué par balle à Nîmes, selon le parquet, qui a ouvert une enquête pour "
        "meurtre.",
        "fr",
    )
    inquiry = [e for e in evs if e.type == "investigate"]
    assert [(e.claimant, e.status) for e in inquiry] == [(None, "asserted")]


def test_claims_later_denial_is_a_denied_claim_of_the_event_before() -> None:
    text = (
        "L'armée russe a affirmé jeudi avoir abattu 40 drones ukrainiens au-dessus de la région "
        "de Koursk.\n\n"
        "Kiev a démenti ces affirmations, qualifiées de mensonges."
    )
    ev = _one(text, "fr", "drone_strike")
    assert (_id(ev.claimant), ev.status, ev.quantities) == (
        "rus-mil",
        "claimed",
        {"intercepted": 40},
    )
    denials = [(_id(c.claimant), c.status, c.quantities) for c in ev.claims if c.status == "denied"]
    assert denials == [("ukr", "denied", {})]


def test_claims_tell_reporters_is_still_a_trailing_source() -> None:
    ev = _one(
        "Russia fired 30 cruise missiles at Kyiv overnight, a Ukrainian air force spokesman told "
        "reporters.",
        "en",
        "missile_strike",
    )
    assert ev.claimant is not None and ev.status == "claimed"
    assert ev.quantities == {"launched": 30}


def test_claims_two_subjects_the_nearest_is_the_speaker() -> None:
    ev = _one(
        "Turkish engineers set up a drone base near Niamey in June, Western diplomats said.",
        "en",
        "base_established",
    )
    assert ev.claimant is not None and "diplomats" in (ev.claimant.name or "")


def test_claims_faire_etat_reports_its_content() -> None:
    ev = _one(
        "L'ONU a fait état de viols commis par des hommes armés dans les camps de déplacés.",
        "fr",
        "sexual_violence",
    )
    assert (_id(ev.claimant), ev.status) == ("un", "claimed")


def test_claims_accusation_content_is_claimed_by_the_accuser() -> None:
    evs = _events(
        "Le CSP accuse l'armée malienne d'avoir mené une frappe de drone sur un marché, tuant "
        "sept civils.",
        "fr",
    )
    strike = [e for e in evs if e.type == "drone_strike"]
    accuse = [e for e in evs if e.type == "accuse"]
    assert [e.status for e in strike] == ["claimed"]
    assert strike[0].claimant is not None and "CSP" in (strike[0].claimant.surface or "")
    assert [(e.claimant, e.status) for e in accuse] == [(None, "asserted")]


def test_claims_cue_inside_a_second_clause_leaves_the_first_to_the_outlet() -> None:
    evs = _events(
        "The two presidents spoke by phone on Friday, and according to the Elysee, Macron asked "
        "Israel to allow more aid into Gaza.",
        "en",
    )
    call = [e for e in evs if e.type == "consult_phone"]
    assert [(e.claimant, e.status) for e in call] == [(None, "asserted")]


def test_claims_final_cue_covers_both_clauses() -> None:
    ev = _one(
        "Russian missiles struck Odesa overnight and killed three people, according to the "
        "regional governor.",
        "en",
        "missile_strike",
    )
    assert ev.claimant is not None and ev.status == "claimed"
    assert ev.quantities.get("killed") == 3


def test_claims_scheduled_visit_is_hypothetical() -> None:
    ev = _one("Le Premier ministre doit se rendre à Perpignan samedi.", "fr", "consult_visit")
    assert ev.status == "hypothetical"


def test_claims_due_to_hold_talks_is_hypothetical() -> None:
    ev = _one(
        "The two foreign ministers are due to hold talks in Ankara on Thursday.",
        "en",
        "consult_meeting",
    )
    assert ev.status == "hypothetical"


def test_claims_a_single_munition_that_hits_counts_one_hit() -> None:
    ev = _one("A Russian drone struck a school in Sumy on Monday.", "en", "drone_strike")
    assert ev.quantities.get("hit") == 1


def test_claims_a_counted_munition_is_launched_not_hit() -> None:
    ev = _one("Deux missiles russes ont touché le port d'Odessa mardi.", "fr", "missile_strike")
    assert ev.quantities.get("launched") == 2
    assert "hit" not in ev.quantities


def test_claims_uttered_threat_is_asserted_not_hypothetical() -> None:
    ev = _one(
        "Iran's foreign minister Abbas Araghchi said Tehran would retaliate against any attack.",
        "en",
        "threaten",
    )
    assert (ev.claimant, ev.status) == (None, "asserted")


def test_claims_reported_past_threat_keeps_its_source() -> None:
    ev = _one("The Kremlin said Russia had threatened to strike Kyiv.", "en", "threaten")
    assert (_id(ev.claimant), ev.status) == ("rus-presidency", "claimed")


def test_claims_a_single_downed_munition_is_one_interception() -> None:
    ev = _one(
        "Un drone ukrainien a été abattu au-dessus de Belgorod, selon le gouverneur.",
        "fr",
        "drone_strike",
    )
    assert ev.quantities.get("intercepted") == 1


# -- round 2: phrasings from many outlets (sentences written for these tests) ---------------


def _who(actor: object) -> str | None:
    return getattr(actor, "id", None) or getattr(actor, "name", None)


def _claim_figures(ev: Event, kind: str) -> dict[str | None, int]:
    return {_who(c.claimant): c.quantities[kind] for c in ev.claims if kind in c.quantities}


def test_claims_two_selon_pairs_are_two_claims_never_summed_fr() -> None:
    ev = _one(
        "Samedi, 1,2 million de personnes ont manifesté selon la CGT, "
        "380 000 selon le ministère de l'Intérieur.",
        "fr",
        "peaceful_protest",
    )
    assert _id(ev.claimant) == "cgt" and ev.quantities == {"participants": 1200000}
    figures = sorted(_claim_figures(ev, "participants").values())
    assert figures == [380000, 1200000]


def test_claims_d_apres_pairs_with_a_counted_noun() -> None:
    ev = _one(
        "Quelque 250 000 manifestants ont défilé à Paris d'après les organisateurs, "
        "45 000 d'après la préfecture de police.",
        "fr",
        "peaceful_protest",
    )
    assert ev.quantities == {"participants": 250000}
    assert sorted(_claim_figures(ev, "participants").values()) == [45000, 250000]


def test_claims_outlet_figure_before_two_rival_sources_be() -> None:
    ev = _one(
        "Des dizaines de milliers de personnes ont manifesté à Bruxelles dimanche, "
        "60 000 selon la police, 100 000 selon les syndicats.",
        "fr",
        "peaceful_protest",
    )
    assert ev.claimant is None and ev.status == "asserted"
    figures = _claim_figures(ev, "participants")
    assert 60000 in figures.values() and 100000 in figures.values()
    assert figures.get("les syndicats") == 100000  # the source is only what follows its cue


def test_claims_a_later_sentence_figure_is_its_own_claim_fr() -> None:
    ev = _one(
        "Une frappe de missile russe sur Odessa a fait huit morts, selon le gouverneur régional. "
        "Le ministère ukrainien de l'Intérieur a ensuite fait état de 11 morts.",
        "fr",
        "missile_strike",
    )
    assert ev.quantities == {"killed": 8}
    assert sorted(_claim_figures(ev, "killed").values()) == [8, 11]
    assert all(c.status == "claimed" for c in ev.claims)


def test_claims_per_weapon_counts_in_a_mixed_barrage_en() -> None:
    events = _events(
        "Russia fired 87 missiles and 27 drones at Ukraine overnight, the air force said, "
        "adding that it had shot down 79 of the drones.",
        "en",
    )
    by_type = {e.type: e.quantities for e in events}
    assert by_type["missile_strike"] == {"launched": 87}
    assert by_type["drone_strike"] == {"launched": 27, "intercepted": 79}


def test_claims_per_weapon_counts_in_a_mixed_barrage_fr() -> None:
    events = _events(
        "Dans la nuit, la Russie a lancé 120 missiles et 90 drones contre l'Ukraine, "
        "a indiqué Volodymyr Zelensky.",
        "fr",
    )
    by_type = {e.type: e for e in events}
    assert by_type["missile_strike"].quantities == {"launched": 120}
    assert by_type["drone_strike"].quantities == {"launched": 90}
    assert _id(by_type["drone_strike"].claimant) == "volodymyr-zelensky"


def test_claims_a_named_source_without_an_id_is_kept() -> None:
    ev = _one(
        "Le bombardement a fait 20 morts à Kherson lundi, selon le gouverneur. Le ministère "
        "russe de la Défense a pour sa part affirmé avoir visé des positions militaires.",
        "fr",
        "shelling",
    )
    assert "le gouverneur" in [_who(c.claimant) for c in ev.claims]


def test_claims_a_named_agency_is_a_claimant_en() -> None:
    ev = _one(
        "A Russian drone strike killed three people in Kherson, the SBU said.", "en", "drone_strike"
    )
    assert ev.claimant is not None and ev.status == "claimed"
    assert ev.quantities == {"killed": 3}


def test_claims_said_via_telegram_is_a_report() -> None:
    ev = _one(
        "A missile strike killed four civilians in Kharkiv, Governor Oleh Syniehubov said via "
        "Telegram.",
        "en",
        "missile_strike",
    )
    assert ev.status == "claimed" and ev.claimant is not None


def test_claims_said_in_a_post_on_x_is_a_report() -> None:
    ev = _one(
        "A missile strike killed four civilians in Kharkiv, the mayor said in a post on X.",
        "en",
        "missile_strike",
    )
    assert _who(ev.claimant) == "the mayor" and ev.status == "claimed"


def test_claims_a_fait_savoir_is_a_trailing_report() -> None:
    ev = _one(
        "Une frappe a tué quatre civils à Kharkiv, a fait savoir le gouverneur de la région.",
        "fr",
        "air_strike",
    )
    assert ev.status == "claimed"
    assert "gouverneur" in (_who(ev.claimant) or "")


def test_claims_a_t_on_appris_de_source_militaire() -> None:
    ev = _one(
        "Une frappe a tué quatre civils à Kharkiv, a-t-on appris de source militaire.",
        "fr",
        "air_strike",
    )
    assert ev.status == "claimed" and "source militaire" in (_who(ev.claimant) or "")


def test_claims_officials_on_condition_of_anonymity_are_anonymous_sources() -> None:
    ev = _one(
        "Israeli strikes killed 12 people in Rafah, officials speaking on condition of "
        "anonymity said.",
        "en",
        "air_strike",
    )
    assert ev.status == "claimed"
    assert "anonymous-sources" in (ev.claims[0].cue or "")


def test_claims_according_to_an_anonymous_official_en() -> None:
    ev = _one(
        "At least 30 people were killed in the raid on the village, according to a local "
        "official who spoke on condition of anonymity.",
        "en",
        "air_strike",
    )
    assert ev.quantities == {"killed": 30}
    assert "anonymous-sources" in (ev.claims[0].cue or "")


def test_claims_reportedly_is_unconfirmed() -> None:
    ev = _one("Israeli strikes reportedly killed 12 people in Rafah on Sunday.", "en", "air_strike")
    assert ev.status == "unconfirmed" and ev.claimant is None


def test_claims_journalistic_conditional_without_source_is_unconfirmed() -> None:
    ev = _one(
        "Des frappes israéliennes auraient tué 12 personnes à Rafah dimanche.", "fr", "air_strike"
    )
    assert ev.status == "unconfirmed" and ev.quantities == {"killed": 12}


def test_claims_presumed_perpetrator_does_not_hedge_the_arrest() -> None:
    ev = _one("L'auteur présumé de l'attaque a été arrêté dimanche à Lyon.", "fr", "arrest")
    assert ev.status == "asserted"


def test_claims_an_earlier_version_of_the_article_is_no_claim() -> None:
    ev = _one(
        "Russian shelling killed 20 people in Kherson on Monday. An earlier version of this "
        "article said 25 people were killed.",
        "en",
        "shelling",
    )
    assert [c.quantities.get("killed") for c in ev.claims] == [20]


def test_claims_selon_nous_is_the_issuer_of_a_press_release() -> None:
    from wirewatch.extract import extract_article
    from wirewatch.model import Article

    text = "Mardi, 800 000 personnes ont manifesté selon nous, 250 000 selon la police.\n"
    article = Article(
        id="communique-test",
        text=text,
        language="fr",
        published=PUB,
        published_precision="day",
        outlet="Fédération des cheminots (communiqué)",
    )
    ev = next(e for e in extract_article(article) if e.type == "peaceful_protest")
    assert _who(ev.claimant) and "cheminots" in _who(ev.claimant).lower()
    assert ev.quantities == {"participants": 800000}
    assert 250000 in _claim_figures(ev, "participants").values()


def test_claims_joint_sources_listed_after_one_selon() -> None:
    ev = _one(
        "Quelque 8 000 militaires ont été déployés à la frontière, selon Varsovie, Vilnius "
        "et Berlin.",
        "fr",
        "force_movement",
    )
    assert len(ev.claims) == 3
    assert all(c.quantities.get("troops") == 8000 for c in ev.claims)


def test_claims_never_confirmed_is_an_unconfirmed_claim_of_the_event_before() -> None:
    ev = _one(
        "Quelque 11 000 militaires nord-coréens sont arrivés en Russie en octobre, selon Séoul. "
        "Le Kremlin n'a jamais confirmé ni démenti leur présence, se bornant à invoquer un traité.",
        "fr",
        "force_movement",
    )
    statuses = {_id(c.claimant): c.status for c in ev.claims}
    assert statuses.get("rus-presidency") == "unconfirmed"


def test_claims_reflexive_verb_is_not_a_report() -> None:
    events = _events("Le président Emmanuel Macron se dit indigné par les frappes sur Rafah.", "fr")
    assert all(_who(e.claimant) != "emmanuel-macron" for e in events)


def test_claims_selon_a_document_is_its_author_fr() -> None:
    ev = _one(
        "Selon un bilan provisoire communiqué par la protection civile, l'explosion a fait "
        "cinq morts et douze blessés à Liège.",
        "fr",
        "explosive_device",
    )
    assert _who(ev.claimant) == "la protection civile"
    assert ev.quantities == {"killed": 5, "injured": 12}


def test_claims_according_to_figures_released_by_is_their_author_en() -> None:
    ev = _one(
        "According to figures released by the health ministry, an Israeli strike killed 30 "
        "people in Gaza.",
        "en",
        "air_strike",
    )
    assert _who(ev.claimant) == "the health ministry"


def test_claims_according_to_a_statement_from_en() -> None:
    ev = _one(
        "An Israeli strike killed 30 people in Gaza, according to a statement from the civil "
        "defence agency.",
        "en",
        "air_strike",
    )
    assert _who(ev.claimant) == "the civil defence agency"


def test_claims_headline_with_says_is_claimed() -> None:
    ev = _one("Ukraine: 12 killed in Russian strike on Kharkiv, governor says", "en", "air_strike")
    assert ev.status == "claimed" and ev.quantities == {"killed": 12}


def test_claims_armed_forces_say_they_repelled_an_attack_fr() -> None:
    ev = _one(
        "L'armée russe dit avoir repoussé une attaque ukrainienne dans la région de Koursk.",
        "fr",
        "armed_clash",
    )
    assert _id(ev.claimant) == "rus-mil" and ev.status == "claimed"


def test_claims_vague_source_gives_way_to_a_named_one() -> None:
    from wirewatch.extract.claims import is_vague_source
    from wirewatch.model import Actor

    assert is_vague_source(Actor(id=None, name="des témoins", kind="unknown"))
    assert is_vague_source(Actor(id=None, name="sources", kind="unknown"))
    assert is_vague_source(Actor(id=None, name="les deux camps", kind="unknown"))
    assert not is_vague_source(Actor(id=None, name="le parquet de Kherson", kind="unknown"))
    assert not is_vague_source(Actor(id=None, name="une source sécuritaire", kind="unknown"))
    assert not is_vague_source(Actor(id=None, name="the SBU", kind="unknown"))


def test_claims_headline_figure_repeats_the_source_of_the_body() -> None:
    ev = _one(
        "Soudan : 40 morts dans un bombardement sur un marché\n\n"
        "Un bombardement a fait 40 morts sur un marché d'El-Facher mardi, selon le ministère "
        "soudanais de la Santé.",
        "fr",
        "shelling",
    )
    assert ev.status == "claimed" and ev.claimant is not None
    assert all(c.claimant is not None for c in ev.claims)


def test_claims_other_weapon_counts_stay_with_their_own_type() -> None:
    ev = _one(
        "Ukraine's air force said it shot down 79 of the drones and 60 of the missiles.",
        "en",
        "drone_strike",
    )
    assert ev.quantities == {"intercepted": 79}
    assert all(q.value != 60 for c in ev.claims for q in c.quantity_details)


def test_claims_a_second_speaker_dismissing_the_figure_adds_a_denied_claim_en() -> None:
    ev = _one(
        "Kyiv claimed its forces had shot down 30 drones, but Moscow dismissed the figure as "
        "fiction.",
        "en",
        "drone_strike",
    )
    assert _id(ev.claimant) == "ukr" and ev.status == "claimed"
    assert {_id(c.claimant): c.status for c in ev.claims}.get("rus") == "denied"


def test_claims_a_second_speaker_calling_the_figure_fiction_fr() -> None:
    ev = _one(
        "Kiev affirme avoir abattu 30 drones, mais Moscou a qualifié ce chiffre de pure fiction.",
        "fr",
        "drone_strike",
    )
    assert ev.status == "claimed" and ev.quantities == {"intercepted": 30}
    assert {_id(c.claimant): c.status for c in ev.claims}.get("rus") == "denied"
