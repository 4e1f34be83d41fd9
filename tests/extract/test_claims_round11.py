"""Claimants and statuses, round 11: a denial covers the act it names, a nil toll does not negate
its event, passive accusations keep their source, and speaker phrases lose what the parser folded
into them (an audience, a channel, the next clause's subject). Every sentence is our own."""

from __future__ import annotations

from extracting import events, one


def _claims(event):
    return [
        ((c.claimant.id or c.claimant.name) if c.claimant else None, c.status) for c in event.claims
    ]


def _name(actor):
    return None if actor is None else (actor.id or actor.name)


# -- a denial covers only the act it names --------------------------------------------------------


def test_claims_denial_of_other_act_leaves_capture_alone_en() -> None:
    text = (
        "M23 rebels seized the lakeside town of Minova on Tuesday, the UN mission said. "
        "Rwanda denies arming the rebels."
    )
    capture = one(text, "en", "territory_captured")
    assert ("rwa", "denied") not in _claims(capture)
    assert capture.claimant.id == "un" or _claims(capture)[0][1] == "claimed"


def test_claims_denial_of_other_act_leaves_capture_alone_fr() -> None:
    text = (
        "Les rebelles du M23 se sont emparés mardi de la ville de Minova, selon l'ONU. "
        "Le Rwanda dément soutenir les rebelles."
    )
    capture = one(text, "fr", "territory_captured")
    assert all(status != "denied" for _, status in _claims(capture))


def test_claims_denial_of_the_account_still_denies_the_event_before() -> None:
    text = (
        "Russian drones struck a power plant in the Kharkiv region overnight, Ukrainian officials "
        "said. Moscow dismissed the reports as pure fiction."
    )
    strike = one(text, "en", "drone_strike")
    assert ("rus", "denied") in _claims(strike)


# -- a nil toll is not a negated event ------------------------------------------------------------


def test_modality_nobody_hurt_in_the_attack_is_not_negated_fr() -> None:
    text = (
        "Une explosion a secoué samedi un marché de Kaboul. Personne n'a été blessé dans "
        "l'attaque, selon la police."
    )
    blast = one(text, "fr", "explosive_device")
    assert all(status != "negated" for _, status in _claims(blast)), _claims(blast)


def test_modality_no_one_hurt_in_the_blast_is_not_negated_en() -> None:
    text = "No one was injured in the explosion at the fuel depot, the fire service said."
    blast = one(text, "en", "explosive_device")
    assert blast.status == "claimed"


# -- a passive accusation keeps its source -------------------------------------------------------


def test_claims_passive_accusation_keeps_its_source_en() -> None:
    accusation = one(
        "Two French tourists were accused of spying, the Iranian judiciary said.", "en", "accuse"
    )
    assert accusation.claimant is not None and accusation.status == "claimed"


def test_claims_passive_accusation_keeps_its_source_fr() -> None:
    accusation = one(
        "Deux touristes français ont été accusés d'espionnage, a indiqué la justice iranienne.",
        "fr",
        "accuse",
    )
    assert accusation.claimant is not None and accusation.status == "claimed"


# -- the speaker phrase ----------------------------------------------------------------------------


def test_claims_final_incise_read_as_apposition_has_its_speaker_en() -> None:
    text = (
        "An air strike killed 14 people in the town of Maarat al-Numan, the Syrian Observatory "
        "for Human Rights said. The figure could not be independently verified."
    )
    strike = one(text, "en", "air_strike")
    assert strike.claimant is not None
    assert strike.status == "unconfirmed"


def test_claims_audience_and_channel_are_no_part_of_the_speaker_fr() -> None:
    killing = events(
        "Des hommes armés ont tué huit villageois lundi dans l'État de Zamfara, a indiqué une "
        "source sécuritaire à l'AFP.",
        "fr",
    )[0]
    assert "AFP" not in (killing.claimant.name or "")
    strike = one(
        "Une attaque de drones a provoqué un incendie dans un dépôt pétrolier de Novorossiisk "
        "dans la nuit, a écrit le gouverneur régional sur Telegram.",
        "fr",
        "drone_strike",
    )
    assert "Telegram" not in (strike.claimant.name or "")


def test_claims_opening_selon_source_stops_at_the_comma_fr() -> None:
    attack = events(
        "Selon des sources sécuritaires, des jihadistes ont attaqué un poste militaire dans le "
        "nord du Burkina Faso.",
        "fr",
    )[0]
    assert attack.claimant is not None
    assert "jihadistes" not in (attack.claimant.name or "")


# -- two sources side by side ---------------------------------------------------------------------


def test_claims_second_source_for_its_part_keeps_its_own_figure_fr() -> None:
    strike = one(
        "Le ministère de la Santé a fait état de 27 morts dans la frappe contre l'école, "
        "l'armée israélienne évoquant pour sa part 9 morts.",
        "fr",
        "air_strike",
    )
    by_figure = {c.quantities.get("killed"): _name(c.claimant) for c in strike.claims}
    assert by_figure.get(9) == "isr-mil"
    assert by_figure.get(27) != "isr-mil"


def test_claims_subject_hung_on_a_misread_auxiliary_speaks_fr() -> None:
    text = (
        "L'armée de l'air ukrainienne a affirmé avoir abattu 38 des 52 drones russes lancés dans "
        "la nuit. Moscou a pour sa part indiqué avoir intercepté 12 drones ukrainiens au-dessus "
        "de la région de Briansk."
    )
    strikes = [e for e in events(text, "fr") if e.type == "drone_strike"]
    russian_count = [e for e in strikes if e.quantities.get("intercepted") == 12]
    assert russian_count and russian_count[0].claimant.id == "rus"
    assert russian_count[0].status == "claimed"


# -- a denial told as a relative clause on the account --------------------------------------------


def test_claims_a_claim_the_other_side_denied_en() -> None:
    capture = one(
        "Russian forces captured the village of Kurakhove, the Russian defence ministry said, a "
        "claim Ukraine denied.",
        "en",
        "territory_captured",
    )
    assert ("rus-mod", "claimed") in _claims(capture)
    assert ("ukr", "denied") in _claims(capture)


def test_claims_ce_que_l_autre_camp_a_dementi_fr() -> None:
    capture = one(
        "Les forces russes se sont emparées du village de Kourakhové, a affirmé le ministère "
        "russe de la Défense, ce que Kiev a démenti.",
        "fr",
        "territory_captured",
    )
    assert ("ukr", "denied") in _claims(capture)


def test_claims_pronoun_incise_with_no_source_before_is_the_subject() -> None:
    en = one("The Israeli army killed a gunman in Jenin on Tuesday, it said.", "en", "armed_clash")
    fr = one(
        "L'armée israélienne a tué un homme armé à Jénine mardi, a-t-elle indiqué.",
        "fr",
        "armed_clash",
    )
    assert en.claimant is not None and en.claimant.id == "isr-mil"
    assert fr.claimant is not None and fr.claimant.id == "isr-mil"
