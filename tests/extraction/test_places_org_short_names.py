"""Organisations named again by the words before their head (c36-orgs): texts written for
these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._places_orgs import _name_core


def _org_mentions(text: str) -> list[tuple[str, str]]:
    doc = extract(text).doc
    return [(text[m.start : m.end], m.name) for m in doc.mentions if m.kind == "organisation"]


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("Avans Hogeschool", "Avans"),
        ("Fontys University of Applied Sciences", "Fontys"),
        ("NHL Stenden University of Applied Sciences", "NHL Stenden"),
        ("Seehafen Wismar GmbH", "Seehafen Wismar"),
        ("Chesapeake State University", "Chesapeake State"),
        ("Universiteit Twente", None),
        ("University of Bordeaux", None),
        ("Chinese University of Hong Kong", None),
        ("National Taiwan University", None),
        ("State University of New York", None),
    ],
)
def test_name_core_words_before_the_head(name: str, core: str | None) -> None:
    """The short name of a head-final organisation name is the capitalised words before its
    head; a head-initial name or one opened by a generic word has none."""
    assert _name_core(name) == core


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Die Brennholz Logistik GmbH hat einen Vertrag mit Partnern in Tianjin "
            "unterzeichnet. Brennholz Logistik beschäftigt 40 Mitarbeiter.",
            "Brennholz Logistik",
            "Brennholz Logistik GmbH",
        ),
        (
            "De Lindevelde Hogeschool en de Jiaxing University ondertekenden een overeenkomst. "
            "Lindevelde telt ongeveer 9.000 studenten.",
            "Lindevelde",
            "Lindevelde Hogeschool",
        ),
        (
            "Marlowe State University signed an agreement with Harbin Normal University. "
            "Students of Harbin Normal University may spend a term at Marlowe State.",
            "Marlowe State",
            "Marlowe State University",
        ),
        (
            "La société Vauclair Logistique SA a signé un protocole avec le port de Qinzhou. "
            "Vauclair Logistique emploie 200 personnes.",
            "Vauclair Logistique",
            "Vauclair Logistique SA",
        ),
    ],
)
def test_find_name_cores_short_name_is_the_organisation(text: str, short: str, full: str) -> None:
    """The words before the head, named again alone, are a mention of the organisation named
    in full before (in each of the four languages)."""
    assert (short, full) in _org_mentions(text)


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "Wuhan University and Leiden University renewed their agreement. Wuhan is the "
            "capital of Hubei.",
            "Wuhan",
        ),
        (
            "Die Hochschule trifft sich mit der Hof Hochschule. Hof liegt in Oberfranken.",
            "Hof",
        ),
        (
            "Der Duisburger Hafen erwartet Gäste. Eine Duisburger Delegation reist im Mai "
            "nach Wuhan.",
            "Duisburger",
        ),
        (
            "De Rotterdamse Haven groeit. Een Rotterdamse delegatie bezoekt Shanghai.",
            "Rotterdamse",
        ),
    ],
)
def test_find_name_cores_town_of_its_own_stays_a_place(text: str, short: str) -> None:
    """A short name that is a town of some size, or a town's adjective, stays the town's."""
    assert all(surface != short for surface, _ in _org_mentions(text))


def test_find_name_cores_shared_short_name_gives_no_mention() -> None:
    """Two organisations with the same short name leave the bare short name unread."""
    text = (
        "Brennholz Logistik GmbH and Brennholz Hogeschool signed a letter of intent. "
        "Brennholz is growing."
    )
    assert all(surface != "Brennholz" for surface, _ in _org_mentions(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Port of Tacoma signed a memorandum of understanding with Qingdao Port "
            "International Co., Ltd. on 3 May 2024.",
            "Qingdao Port International Co., Ltd",
        ),
        (
            "Der Hafen Rostock unterzeichnete am 3. Mai 2024 eine Absichtserklärung mit der "
            "Tianjin Port Development Holdings Co. Ltd.",
            "Tianjin Port Development Holdings Co. Ltd",
        ),
        (
            "De haven van Antwerpen en Ningbo Port Logistics Co. ondertekenden op 3 mei 2024 "
            "een samenwerkingsakkoord.",
            "Ningbo Port Logistics Co",
        ),
        (
            "Le port de Dakar et Shanghai Port Development Co. ont signé un protocole d'accord "
            "le 3 mai 2024.",
            "Shanghai Port Development Co",
        ),
    ],
)
def test_join_company_tails_longest_name_is_the_party(text: str, name: str) -> None:
    """A port company's name with its suffix is one organisation and the act's party, not
    its head part and a fragment cut before the suffix."""
    doc = extract(text).doc
    names = {m.name for m in doc.mentions if m.kind == "organisation"}
    assert name in names
    assert not any(n.startswith(("International", "Development", "Logistics")) for n in names)
    assert any(name in {p.name for p in a.parties} for a in doc.agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Lindevelde delegation in Exeter\n\nLindevelde Hogeschool sent a delegation to the "
        "University of Exeter on 3 June 2024.\n",
        "Lindevelde-delegatie in Gent\n\nDe Lindevelde Hogeschool bezocht op 3 juni 2024 de "
        "Universiteit Gent.\n",
        "Lindevelde Logistik Delegation in Bremen\n\nDie Lindevelde Logistik GmbH besuchte am "
        "3. Juni 2024 die Hochschule Bremen.\n",
        "Délégation Lindevelde à Lyon\n\nLa Lindevelde Hogeschool a visité l'Université de "
        "Lyon le 3 juin 2024.\n",
    ],
)
def test_find_name_cores_headline_delegation_left_to_the_body(text: str) -> None:
    """A short name qualifying a delegation in a headline is left unread (the body tells the
    visit with full names); in the body the full name stays."""
    mentions = _org_mentions(text)
    assert not any(
        surface != name and surface.startswith("Lindevelde") for surface, name in mentions
    )
    assert any(surface == name and name.startswith("Lindevelde") for surface, name in mentions)
