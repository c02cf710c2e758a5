"""Organisations as parties of acts (c35-orgs): texts written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _acts(text: str) -> list[tuple[frozenset[str], str]]:
    doc = extract(text).doc
    return [(frozenset(p.name for p in a.parties), a.type) for a in doc.agreements]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The Port of Durban, on the coast of KwaZulu-Natal, and the Port of Rizhao "
            "signed a twinning agreement on 4 March 2019.",
            "Port of Durban",
            "Port of Rizhao",
        ),
        (
            "Le port de Kribi, dans la région du Sud, et le port de Qinzhou ont signé un "
            "accord de jumelage le 12 mai 2021.",
            "port de Kribi",
            "port de Qinzhou",
        ),
        (
            "De haven van Zeebrugge, in de provincie West-Vlaanderen, en de haven van Dalian "
            "ondertekenden op 3 juni 2018 een verzusteringsakkoord.",
            "haven van Zeebrugge",
            "haven van Dalian",
        ),
        (
            "Der Hafen Rostock, an der Ostsee in Mecklenburg-Vorpommern, und der Hafen Dalian "
            "haben am 3. Juni 2018 eine Partnerschaftsurkunde unterzeichnet.",
            "Hafen Rostock",
            "Hafen Dalian",
        ),
    ],
)
def test_resolver_port_twinning_binds_the_two_ports(text: str, first: str, second: str) -> None:
    """A twinning whose sentence names two ports is an act of the two ports, even when a
    region named between them keeps the sentence frames from reading the pair."""
    assert frozenset({first, second}) in {parties for parties, _ in _acts(text)}


def test_resolver_city_twinning_with_one_port_named_stays_with_the_cities() -> None:
    """A twinning of two cities signed at a port (one port named) binds the cities."""
    text = "Durban and Rizhao signed a twinning agreement on 4 March 2019 at the Port of Durban."
    assert (frozenset({"Durban", "Rizhao"}), "sister_city") in _acts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Napier Port will sign a sister port agreement with Port Klang Authority in "
            "Malaysia next year.",
            "Port Klang Authority",
        ),
        (
            "The Port Moresby Chamber of Commerce and Industry signed a memorandum of "
            "understanding with the Chongqing General Chamber of Commerce in 2019.",
            "Port Moresby Chamber of Commerce and Industry",
        ),
        (
            "Die Fort Worth Chamber of Commerce hat 2019 eine Absichtserklärung mit der "
            "Handelskammer Ningbo unterzeichnet.",
            "Fort Worth Chamber of Commerce",
        ),
    ],
)
def test_cast_org_named_after_a_prefixed_place_keeps_the_prefix(text: str, name: str) -> None:
    """An organisation named after a place that begins with "Port", "Fort", "Mount" ...
    keeps that word in its name as a party."""
    assert any(name in parties for parties, _ in _acts(text))
