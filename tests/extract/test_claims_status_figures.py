"""According to whom, how sure, how many: claimant, status and figures on sentences written here."""

from __future__ import annotations

from wirewatch.extract import extract_text
from wirewatch.model import Event

PUB = "2024-11-10"  # a Sunday


def _id(actor: object) -> str | None:
    return getattr(actor, "id", None)


def _events(text: str, lang: str) -> list[Event]:
    return extract_text(text, lang, PUB)


def _one(text: str, lang: str, code: str) -> Event:
    events = [e for e in _events(text, lang) if e.type == code]
    assert len(events) == 1, [(e.type, e.evidence.text) for e in _events(text, lang)]
    return events[0]


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
