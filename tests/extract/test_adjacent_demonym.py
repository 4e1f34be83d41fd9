"""French writes the demonym right after its noun; when the parser hangs it on another noun of
the sentence, the attack noun it follows still owns it."""

from __future__ import annotations

from extracting import actor_id, of_type


def test_adjacent_demonym_misattached_by_the_parser_names_the_author() -> None:
    text = (
        "Au moins 15 personnes ont été tuées et des dizaines blessées dans des frappes "
        "israéliennes sur le centre de Gaza."
    )
    (strike,) = of_type(text, "fr", "air_strike")
    assert actor_id(strike.initiator) == "isr"


def test_adjacent_adjective_that_is_no_demonym_names_nobody() -> None:
    text = "Au moins 15 personnes ont été tuées et des dizaines blessées dans des frappes nocturnes sur Gaza."
    for strike in of_type(text, "fr", "air_strike"):
        assert strike.initiator is None


def test_repelled_attack_by_a_group_named_by_acronym_or_compound() -> None:
    # "des FSR contre El Facher": the acronym's phrase also holds the target
    fr = "L'armée soudanaise a repoussé une attaque des FSR contre El Facher."
    en = "Sudan's army repelled an RSF attack on El Fasher."
    for text, lang in ((fr, "fr"), (en, "en")):
        (clash,) = of_type(text, lang, "armed_clash")
        assert actor_id(clash.initiator) == "rsf"
        assert actor_id(clash.target) == "sdn-mil"
