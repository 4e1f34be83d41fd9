"""Hand-built articles and events for the store tests (texts written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.model import (
    Actor,
    Article,
    Claim,
    Event,
    EventDate,
    Evidence,
    Location,
    Provenance,
    QuantityValue,
)
from wirewatch.ontology import event_type
from wirewatch.store import Store

FR_TEXT = (
    "Les défenses antiaériennes russes ont abattu 34 drones ukrainiens au-dessus de la région "
    "de Moscou dans la nuit de samedi à dimanche, selon le ministère russe de la Défense. "
    "Des riverains de Ramenskoïe ont entendu plusieurs détonations. "
    "Une source militaire ukrainienne a évoqué une vingtaine d'appareils, "
    "sans confirmer de dégâts. "
    "L'attaque de drones a aussi visé la région de Koursk."
)
EN_TEXT = (
    "Ukraine's air force said Russia launched 145 drones at Ukrainian cities overnight, "
    "most of them over the Kharkiv region. Moscow denied targeting homes. "
    "Officials in Kyiv said they would ask allies for more air defence systems."
)

RUS_MOD = Actor(id="rus-mod", name="Russian Ministry of Defence", country="RUS", kind="ministry")
UKR_MIL = Actor(id="ukr-mil", name="Armed Forces of Ukraine", country="UKR", kind="military")
UKR_AIR = Actor(id="ukr-air-force", name="Ukrainian Air Force", country="UKR", kind="military")
RUS = Actor(id="rus", name="Russia", country="RUS", kind="state")
UKR = Actor(id="ukr", name="Ukraine", country="UKR", kind="state")


def span(text: str, phrase: str) -> Evidence:
    """The evidence of ``phrase``'s first occurrence in ``text``."""
    start = text.index(phrase)
    return Evidence(text=phrase, start=start, end=start + len(phrase))


def typed(code: str) -> dict[str, object]:
    """The ACLED and PLOVER fields of a type code, from the real ontology table."""
    kind = event_type(code)
    return {"type": code, "acled": kind.acled(), "plover": kind.plover()}


@pytest.fixture
def article_fr() -> Article:
    return Article(
        id="fr0001",
        text=FR_TEXT,
        url="https://example.org/depeche/1",
        outlet="Exemple Presse",
        agency="ATS",
        language="fr",
        language_confidence=0.99,
        published="2024-11",
        published_precision="month",
        title="Nuit d'attaques de drones sur la région de Moscou",
        reader="text",
        source="examples/fr0001.txt",
        meta={"desk": "international", "tags": ["Russie", "Ukraine"]},
    )


@pytest.fixture
def events_fr() -> list[Event]:
    text = FR_TEXT
    rus_claim = Claim(
        claimant=RUS_MOD,
        status="claimed",
        quantities={"intercepted": 34},
        quantity_details=[
            QuantityValue(kind="intercepted", value=34, text="34 drones", **_at(text, "34 drones"))
        ],
        evidence=span(text, "selon le ministère russe de la Défense"),
        cue="selon",
    )
    ukr_claim = Claim(
        claimant=UKR_MIL,
        status="unconfirmed",
        quantities={"launched": 20},
        quantity_details=[
            QuantityValue(
                kind="launched",
                value=20,
                qualifier="about",
                text="une vingtaine d'appareils",
                **_at(text, "une vingtaine d'appareils"),
            )
        ],
        evidence=span(text, "Une source militaire ukrainienne a évoqué une vingtaine d'appareils"),
        cue="sans confirmer",
    )
    moscow = Event(
        id="ev-fr-moscow",
        article_id="fr0001",
        **typed("drone_strike"),  # type: ignore[arg-type]
        date=EventDate(
            start="2024-11-09",
            end="2024-11-10",
            precision="day",
            surface="nuit de samedi à dimanche",
        ),
        initiator=UKR,
        target=RUS,
        location=Location(
            name="Ramenskoïe",
            country="RUS",
            admin1="Moscow Oblast",
            admin1_code="RU-MOS",
            lat=55.56341,
            lon=38.24152,
            geonames_id=502965,
            precision="place",
            surface="Ramenskoïe",
        ),
        quantities={"intercepted": 34},
        claimant=RUS_MOD,
        status="claimed",
        evidence=span(text, "Les défenses antiaériennes russes ont abattu 34 drones ukrainiens"),
        confidence=0.82,
        language="fr",
        instrument="drone",
        claims=[rus_claim, ukr_claim],
        mentions=[span(text, "34 drones ukrainiens"), span(text, "L'attaque de drones")],
        provenance=[Provenance(field="claimant", rule="cue.selon", text="selon", start=None)],
    )
    kursk = Event(
        id="ev-fr-kursk",
        article_id="fr0001",
        **typed("drone_strike"),  # type: ignore[arg-type]
        date=EventDate(start="2024-11-09", end="2024-11-10", precision="day"),
        initiator=UKR,
        target=RUS,
        location=Location(
            name="Kursk Oblast",
            country="RUS",
            admin1="Kursk Oblast",
            admin1_code="RU-KRS",
            precision="admin1",
            surface="la région de Koursk",
        ),
        quantities={},
        claimant=None,
        status="asserted",
        evidence=span(text, "L'attaque de drones a aussi visé la région de Koursk"),
        confidence=0.6,
        language="fr",
    )
    return [moscow, kursk]


def _at(text: str, phrase: str) -> dict[str, int]:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase)}


@pytest.fixture
def article_en() -> Article:
    return Article(
        id="en0001",
        text=EN_TEXT,
        language="en",
        language_confidence=0.97,
        published="2024-11-12T07:15:00+00:00",
        published_precision="datetime",
        title="Overnight drone barrage on Ukraine",
        reader="jsonl",
        source="feed.jsonl:3",
    )


@pytest.fixture
def events_en() -> list[Event]:
    text = EN_TEXT
    barrage = Event(
        id="ev-en-barrage",
        article_id="en0001",
        **typed("drone_strike"),  # type: ignore[arg-type]
        date=EventDate(start="2024-11-11", end="2024-11-12", precision="day", surface="overnight"),
        initiator=RUS,
        target=UKR,
        location=Location(
            name="Kharkiv Oblast",
            country="UKR",
            admin1="Kharkiv Oblast",
            admin1_code="UA-63",
            precision="admin1",
        ),
        quantities={"launched": 145},
        claimant=UKR_AIR,
        status="claimed",
        evidence=span(text, "Russia launched 145 drones at Ukrainian cities overnight"),
        confidence=0.9,
        language="en",
        claims=[
            Claim(
                claimant=UKR_AIR,
                status="claimed",
                quantities={"launched": 145},
                evidence=span(text, "Ukraine's air force said"),
                cue="said",
            )
        ],
    )
    denial = Event(
        id="ev-en-denial",
        article_id="en0001",
        **typed("reject"),  # type: ignore[arg-type]
        date=EventDate(start="2024-11-12", end="2024-11-12", precision="day"),
        initiator=RUS,
        target=None,
        location=None,
        quantities={},
        claimant=RUS,
        status="denied",
        evidence=span(text, "Moscow denied targeting homes"),
        confidence=0.7,
        language="en",
    )
    request = Event(
        id="ev-en-request",
        article_id="en0001",
        **typed("demand"),  # type: ignore[arg-type]
        date=None,
        initiator=Actor(
            id=None, name="Officials in Kyiv", kind="unknown", surface="Officials in Kyiv"
        ),
        target=Actor(id=None, name="allies", kind="unknown"),
        location=None,
        quantities={},
        claimant=None,
        status="hypothetical",
        evidence=span(text, "they would ask allies for more air defence systems"),
        confidence=0.5,
        language="en",
    )
    return [barrage, denial, request]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "wirewatch.db"


@pytest.fixture
def store(db_path: Path):
    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def filled(store: Store, article_fr, events_fr, article_en, events_en) -> Store:
    store.add_article(article_fr, events_fr)
    store.add_article(article_en, events_en)
    store.add_article(
        Article(id="de0001", text="Ein kurzer Text auf Deutsch.", language="de", source="de.txt"),
        [],
        extraction_status="unsupported_language",
        note="language de is not supported",
    )
    return store
