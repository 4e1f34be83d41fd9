"""Figures told apart from their event, and how they combine (GUIDELINES §7–8).

Every sentence is written for these tests. Kinds: a toll in its own sentence (after or before
the attack, after a clash, a riot or police fire); sub-counts ("dont", "including", "Among the
dead"); an updated toll of the same source; interceptions whose munition is elided ("Forty-one
were shot down", "tous abattus"); groups counted in one statement ("three soldiers and two
civilians"); one named victim ("le conducteur", "their daughter"); ages and vague words.
"""

from __future__ import annotations

import pytest
from extracting import events, one

from wirewatch.extract.merge import violent_types
from wirewatch.resolve.numbers import find_numbers


def _claims(ev) -> list[tuple[str | None, dict[str, int]]]:  # type: ignore[no-untyped-def]
    return [
        ((c.claimant.id or c.claimant.name) if c.claimant else None, dict(c.quantities))
        for c in ev.claims
    ]


# -- a toll in another sentence than its event -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "code", "kind", "value"),
    [
        (
            "Police opened fire on demonstrators in the capital on Tuesday. At least 12 people"
            " were killed, a rights group said.",
            "en",
            "excessive_force",
            "killed",
            12,
        ),
        (
            "Protesters set fire to the town hall and clashed with police overnight."
            " Twenty-three officers were injured, the interior ministry said.",
            "en",
            "armed_clash",
            "injured",
            23,
        ),
        (
            "Des jihadistes ont attaqué mardi un camp militaire près de Tillabéri. Au moins"
            " vingt soldats ont été tués, selon une source sécuritaire.",
            "fr",
            "armed_clash",
            "killed",
            20,
        ),
        (
            "Les forces de l'ordre ont tiré à balles réelles sur des manifestants à Conakry"
            " jeudi. Trois jeunes ont été tués, selon l'opposition.",
            "fr",
            "excessive_force",
            "killed",
            3,
        ),
    ],
)
def test_figures_toll_in_next_sentence_joins_violent_event(text, lang, code, kind, value):
    ev = one(text, lang, code)
    assert any(q.get(kind) == value for _, q in _claims(ev)), _claims(ev)


@pytest.mark.parametrize(
    ("text", "lang", "code", "kind", "value"),
    [
        (
            "Huit personnes ont été tuées samedi à Kharkiv. Un missile russe a frappé un"
            " immeuble résidentiel du centre-ville, a indiqué le gouverneur.",
            "fr",
            "missile_strike",
            "killed",
            8,
        ),
        (
            "Six people died and 20 were wounded in Odesa overnight. A Russian drone struck an"
            " apartment block, the regional governor said.",
            "en",
            "drone_strike",
            "injured",
            20,
        ),
    ],
)
def test_figures_toll_told_before_its_attack_in_the_paragraph(text, lang, code, kind, value):
    ev = one(text, lang, code)
    assert any(q.get(kind) == value for _, q in _claims(ev)), _claims(ev)


def test_figures_toll_never_crosses_into_next_paragraph_forward():
    text = (
        "Une source sécuritaire a fait état de plus de 70 morts.\n\n"
        "Dans la soirée, des habitants ont lynché un homme soupçonné d'avoir participé à l'attaque."
    )
    ev = one(text, "fr", "mob_violence")
    assert ev.quantities == {"killed": 1}


def test_figures_violent_types_come_from_the_ontology():
    assert {"armed_clash", "riot", "excessive_force", "drone_strike"} <= violent_types()
    assert not {"peaceful_protest", "consult_visit", "arrest"} & violent_types()


# -- sub-counts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "killed"),
    [
        (
            "Une frappe russe a touché un marché de Kherson mardi : trois civils, dont un"
            " adolescent, ont été tués.",
            "fr",
            3,
        ),
        (
            "Five people, including two children, were killed when a Russian missile hit a"
            " hospital in Dnipro on Friday.",
            "en",
            5,
        ),
        (
            "A Russian glide bomb hit a residential building in Zaporizhzhia on Monday, killing"
            " three people. Among the dead were two children.",
            "en",
            3,
        ),
        (
            "Une frappe aérienne a touché un camp de déplacés près de Khan Younès, faisant au"
            " moins 19 morts selon la défense civile. Parmi les victimes figurent six enfants.",
            "fr",
            19,
        ),
    ],
)
def test_figures_subcounts_are_no_tolls(text, lang, killed):
    found = events(text, lang)
    kills = [q.get("killed") for ev in found for _, q in _claims(ev) if q.get("killed")]
    assert kills == [killed], [(e.type, _claims(e)) for e in found]


# -- updated tolls -------------------------------------------------------------------------------


def test_figures_same_source_raises_its_toll_en():
    text = (
        "A Russian missile hit a shopping centre in Kharkiv on Saturday, killing at least six"
        " people, the regional governor said. The death toll later rose to 14, the regional"
        " governor said."
    )
    ev = one(text, "en", "missile_strike")
    assert ev.quantities.get("killed") == 14
    assert [q.get("killed") for _, q in _claims(ev) if "killed" in q] == [14]


def test_figures_same_source_raises_its_toll_fr():
    text = (
        "Un missile russe a touché samedi un centre commercial de Kharkiv, faisant six morts,"
        " a annoncé le maire. Le bilan s'est ensuite alourdi à 14 morts, a précisé le maire."
    )
    ev = one(text, "fr", "missile_strike")
    assert ev.quantities.get("killed") == 14


def test_figures_other_source_stays_a_claim_apart():
    text = (
        "A Russian missile hit a shopping centre in Kharkiv on Saturday, killing six people,"
        " the regional governor said. Russian officials said only two people had died."
    )
    ev = one(text, "en", "missile_strike")
    kills = sorted(q["killed"] for _, q in _claims(ev) if "killed" in q)
    assert kills == [2, 6]  # side by side, never summed nor replaced


# -- interceptions with an elided munition ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "code", "launched", "intercepted"),
    [
        (
            "Ukraine's air force said Russia launched 50 drones at Ukraine overnight. Forty-one"
            " were shot down, it said.",
            "en",
            "drone_strike",
            50,
            41,
        ),
        (
            "Russia launched 90 drones at Ukraine overnight, the air force said. Of these, 62"
            " were shot down.",
            "en",
            "drone_strike",
            90,
            62,
        ),
        (
            "La Russie a tiré 40 drones sur l'Ukraine dans la nuit, selon l'armée de l'air"
            " ukrainienne. 35 ont été abattus, selon cette source.",
            "fr",
            "drone_strike",
            40,
            35,
        ),
        (
            "Les Houthis ont lancé mardi 18 drones contre des navires en mer Rouge, tous abattus"
            " par la marine américaine, selon le Centcom.",
            "fr",
            "drone_strike",
            18,
            18,
        ),
        (
            "Russia launched 126 drones and one ballistic missile at Ukraine overnight, and air"
            " defences shot down 79 of the drones, the air force said.",
            "en",
            "drone_strike",
            126,
            79,
        ),
    ],
)
def test_figures_elided_munition_counts_the_barrage_before(text, lang, code, launched, intercepted):
    ev = one(text, lang, code)
    assert ev.quantities.get("launched") == launched, _claims(ev)
    assert ev.quantities.get("intercepted") == intercepted, _claims(ev)


def test_figures_elided_figure_after_mixed_barrage_is_ambiguous():
    text = "Russia fired 20 missiles and 30 drones at Ukraine overnight. Forty were shot down."
    found = events(text, "en")
    assert not any("intercepted" in q for e in found for _, q in _claims(e))


def test_figures_mixed_interception_splits_by_weapon():
    text = (
        "La Russie a visé dans la nuit la région d'Odessa avec des missiles de croisière Kalibr"
        " et des drones Shahed, a rapporté l'armée de l'air ukrainienne. Les six missiles et 31"
        " des 36 drones ont été abattus, selon cette source."
    )
    drone = one(text, "fr", "drone_strike")
    missile = one(text, "fr", "missile_strike")
    assert drone.quantities == {"intercepted": 31, "launched": 36}
    assert missile.quantities == {"intercepted": 6, "launched": 6}  # "les six": all of them


# -- groups counted together, single victims -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "code", "killed"),
    [
        (
            "Russian shelling killed two civilians and a police officer in Kherson, the governor"
            " said.",
            "en",
            "shelling",
            3,
        ),
        (
            "Des tirs d'artillerie russes ont tué trois soldats et deux civils à Kherson, selon le"
            " gouverneur.",
            "fr",
            "shelling",
            5,
        ),
        ("A similar assault on the hotel in June 2023 left nine people dead.", "en", None, 9),
        (
            "Des habitants ont lynché un homme soupçonné d'avoir participé à l'attaque.",
            "fr",
            "mob_violence",
            1,
        ),
        (
            "A mob lynched two men accused of theft in the market on Sunday.",
            "en",
            "mob_violence",
            2,
        ),
    ],
)
def test_figures_groups_and_single_victims(text, lang, code, killed):
    found = [e for e in events(text, lang) if code is None or e.type == code]
    assert [e.quantities.get("killed") for e in found if "killed" in e.quantities] == [killed]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Un drone a frappé un immeuble d'Odessa samedi. Le conducteur d'un bus a été"
            " grièvement blessé, selon le gouverneur.",
            "fr",
        ),
        (
            "Des débris de drones sont tombés sur des maisons, blessant un homme de 74 ans, a"
            " précisé le gouverneur.",
            "fr",
        ),
    ],
)
def test_figures_one_named_victim_counts_one(text, lang):
    found = events(text, lang)
    assert [q.get("injured") for e in found for _, q in _claims(e) if "injured" in q] == [1]


def test_figures_a_family_is_not_one_victim():
    found = events("Une frappe russe a touché Kherson mardi. La famille a été blessée.", "fr")
    assert not any("injured" in e.quantities for e in found)


def test_figures_vehicles_are_not_buildings():
    text = (
        "Des émeutiers ont affronté la police dans la nuit à Nanterre. Selon le ministère,"
        " 1 350 véhicules ont été incendiés."
    )
    assert not any("buildings" in e.quantities for e in events(text, "fr"))


# -- ages, vague words, approximate nouns ------------------------------------------------------


def test_figures_ages_and_vague_words_never_count():
    found = events(
        "A Russian strike on a train station in Kramatorsk killed a 64-year-old woman and"
        " injured four people aged between 20 and 70.",
        "en",
    )
    assert [e.quantities for e in found if e.quantities] == [{"killed": 1, "injured": 4}]
    assert not any(
        e.quantities
        for e in events(
            "Des bombardements israéliens ont fait des dizaines de morts dans"
            " le nord de Gaza dimanche, selon la défense civile.",
            "fr",
        )
    )


def test_figures_approximate_nouns_after_a_preposition():
    nums = find_numbers("l'évacuation de milliers d'habitants, une période de quarantaine", "fr")
    assert [(n.value, n.qualifier, n.text) for n in nums] == [(1000, "about", "de milliers")]


# -- which event, which source ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Une frappe de drone a tué deux personnes à Kherson samedi, tandis qu'une frappe de"
            " missile a blessé trois civils à Odessa.",
            "fr",
        ),
        (
            "A drone strike killed two people in Kherson on Saturday, while a missile strike"
            " wounded three civilians in Odesa.",
            "en",
        ),
    ],
)
def test_figures_each_clause_toll_goes_to_its_own_attack(text, lang):
    assert one(text, lang, "drone_strike").quantities == {"killed": 2}
    assert one(text, lang, "missile_strike").quantities == {"injured": 3}


def test_figures_described_source_updates_its_toll_en():
    text = (
        "More than 100 Palestinians were killed on Thursday near Gaza City by Israeli gunfire,"
        " the Gaza health ministry said.\nThe ministry put the toll at 112 dead and more than"
        " 760 wounded."
    )
    found = [e for e in events(text, "en") if "killed" in e.quantities]
    assert len(found) == 1
    assert found[0].quantities == {"killed": 112, "injured": 760}
    assert [c for c, q in _claims(found[0]) if "killed" in q] == ["gaza-health-ministry"]


def test_figures_described_source_updates_its_toll_fr():
    text = (
        "Une frappe israélienne a touché un immeuble de Beyrouth mardi, faisant au moins 8 morts,"
        " a annoncé le ministère libanais de la Santé. Le ministère a ensuite fait état de 12"
        " morts et 40 blessés."
    )
    ev = one(text, "fr", "air_strike")
    assert ev.quantities == {"killed": 12, "injured": 40}
    assert len([q for _, q in _claims(ev) if q]) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hamas said its leader Ismail Haniyeh was killed in an Israeli strike in Tehran. One"
            " of his bodyguards was also killed, the group said.",
            "en",
        ),
        (
            "Le commandant Fouad Chokr a été tué mardi dans une frappe israélienne sur Beyrouth,"
            " selon le Hezbollah. Un de ses gardes du corps a également été tué, a précisé le"
            " mouvement.",
            "fr",
        ),
    ],
)
def test_figures_also_killed_adds_one_more(text, lang):
    assert one(text, lang, "air_strike").quantities == {"killed": 2}


# -- per-region breakdowns ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        (
            "Russia's defence ministry said air defences destroyed 40 drones over the Belgorod"
            " region, 22 over the Kursk region and 9 over the Bryansk region.",
            "en",
            [40, 22, 9],
        ),
        (
            "La défense antiaérienne a abattu 25 drones au-dessus de la région de Koursk, 12"
            " au-dessus de celle de Belgorod et 9 au-dessus de la région de Briansk, selon le"
            " ministère russe de la Défense.",
            "fr",
            [25, 12, 9],
        ),
    ],
)
def test_figures_per_region_breakdown_is_one_event_per_region(text, lang, figures):
    found = [e for e in events(text, lang) if e.type == "drone_strike"]
    assert [e.quantities.get("intercepted") for e in found] == figures
    regions = [e.location.admin1 if e.location else None for e in found]
    assert regions[0] is not None and len(set(regions)) == len(regions), regions


# -- one detainee, conceded troops, struck targets, a whole set downed -------------------------


@pytest.mark.parametrize(
    ("text", "lang", "arrested"),
    [
        (
            "Le policier auteur du tir a été mis en examen jeudi pour homicide volontaire et placé"
            " en détention provisoire.",
            "fr",
            1,
        ),
        ("La police a interpellé un suspect dimanche à Lyon.", "fr", 1),
        ("Russian authorities detained the journalist in Yekaterinburg on Thursday.", "en", 1),
        (
            "Opposition leader Nika Gvaramia was dragged from a party office by masked men and"
            " detained, his party said.",
            "en",
            1,
        ),
        ("Police arrested the suspects on Sunday in Leeds.", "en", None),
    ],
)
def test_figures_one_person_arrested_counts_one(text, lang, arrested):
    assert one(text, lang, "arrest").quantities.get("arrested") == arrested


def test_figures_conceded_withdrawal_counts_its_troops():
    text = "Washington a finalement accepté le 19 avril de retirer ses plus de 1 000 militaires du pays."
    assert one(text, "fr", "concede").quantities == {"troops": 1000}


@pytest.mark.parametrize(
    ("text", "lang", "hit"),
    [
        (
            "L'armée israélienne a dit avoir frappé quelque 1 600 cibles du Hezbollah dans le sud"
            " du Liban.",
            "fr",
            1600,
        ),
        (
            "The Israeli military said its jets struck more than 60 Hezbollah targets in southern"
            " Lebanon overnight.",
            "en",
            60,
        ),
    ],
)
def test_figures_struck_targets_are_hits(text, lang, hit):
    assert one(text, lang, "air_strike").quantities == {"hit": hit}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia fired missiles at Kyiv overnight. All 12 missiles were shot down, the city"
            " administration said.",
            "en",
        ),
        (
            "La Russie a tiré des missiles sur Kiev dans la nuit. Les 12 missiles ont été abattus,"
            " selon l'administration militaire de la ville.",
            "fr",
        ),
    ],
)
def test_figures_a_whole_set_downed_was_launched(text, lang):
    found = [e for e in events(text, lang) if e.type == "missile_strike"]
    assert [e.quantities for e in found] == [{"intercepted": 12, "launched": 12}]
