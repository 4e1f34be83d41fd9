"""The ontology table: complete against ACLED and PLOVER, and documented."""

from pathlib import Path

from wirewatch.ontology import DISRUPTED_WEAPONS_USE, PLOVER_TYPES, event_type, event_types

ACLED_SUB_EVENT_TYPES = {
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
    "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
    "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement",
    "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other",
}  # fmt: skip


def test_ontology_covers_every_acled_sub_event_type():
    mapped = {t.acled_sub_event for t in event_types().values() if t.acled_sub_event}
    assert mapped == ACLED_SUB_EVENT_TYPES


def test_ontology_covers_every_plover_type():
    assert {t.plover_event for t in event_types().values()} == set(PLOVER_TYPES)


def test_ontology_verbal_events_are_outside_acled():
    assert event_type("consult_phone").acled() is None
    assert event_type("consult_phone").plover() == {"event_type": "CONSULT", "mode": ["phone"]}


def test_ontology_drone_strike_maps_to_acled_strings():
    assert event_type("drone_strike").acled() == {
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
    }
    assert DISRUPTED_WEAPONS_USE["sub_event_type"] == "Disrupted weapons use"


def test_ontology_unknown_code_names_the_known_ones():
    try:
        event_type("drone_attack")
    except KeyError as exc:
        assert "drone_strike" in str(exc)
    else:
        raise AssertionError("an unknown code must raise")


def test_ontology_every_code_is_documented():
    doc = (Path(__file__).parents[1] / "docs" / "ontology.md").read_text(encoding="utf-8")
    missing = [code for code in event_types() if f"`{code}`" not in doc]
    assert not missing, f"document these types in docs/ontology.md: {missing}"
