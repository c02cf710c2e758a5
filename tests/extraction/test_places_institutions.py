"""The places extractor on institutions named by a head word and a place: port authorities,
chambers of commerce and universities in the four languages, a hyphenated place pair after
"de/d'", and a heading before a dash that is no part of the name."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.types import Mention


def _mentions(text: str, language: str) -> list[Mention]:
    return list(extract(text, language=language).doc.mentions)


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        (
            "L'Autorité portuaire de Tanger Med accueille une délégation de Gênes.",
            "fr",
            "Autorité portuaire de Tanger Med",
            "port",
        ),
        (
            "Le Grand Port Maritime de Bordeaux reçoit des visiteurs de Montréal.",
            "fr",
            "Grand Port Maritime de Bordeaux",
            "port",
        ),
        (
            "Die Handelskammer Bremen empfing am Montag Gäste aus Dalian.",
            "de",
            "Handelskammer Bremen",
            "chamber_of_commerce",
        ),
        (
            "De Rijksuniversiteit Leiden ontving een delegatie uit Kyoto.",
            "nl",
            "Rijksuniversiteit Leiden",
            "university",
        ),
        (
            "Studenten van de Hanzehogeschool Groningen reisden naar Tianjin.",
            "nl",
            "Hanzehogeschool Groningen",
            "university",
        ),
        (
            "Die Hafengesellschaft Kiel begrüßte Gäste aus Qingdao.",
            "de",
            "Hafengesellschaft Kiel",
            "port",
        ),
        (
            "Le grand port maritime de Bordeaux reçoit des visiteurs de Montréal.",
            "fr",
            "grand port maritime de Bordeaux",
            "port",
        ),
        (
            "Des chercheurs de l'université Aix-Marseille sont partis pour Wuhan.",
            "fr",
            "université Aix-Marseille",
            "university",
        ),
        (
            "Des chercheurs de l'université d'Aix-Marseille sont partis pour Wuhan.",
            "fr",
            "université d'Aix-Marseille",
            "university",
        ),
    ],
)
def test_places_institution_head_with_its_place(
    text: str, language: str, name: str, kind: str
) -> None:
    """A head word of an institution with the place after it is one organisation, and its
    place is no separate place mention."""
    mentions = _mentions(text, language)
    orgs = [m for m in mentions if m.kind == "organisation"]
    assert [(m.text, m.org_kind) for m in orgs] == [(name, kind)]
    places = [m.text for m in mentions if m.kind == "place"]
    assert not any(p in name for p in places)


def test_places_partner_compound_is_no_institution_name() -> None:
    """'Partnerhochschule X' names the writer's partner, not a school called after X."""
    mentions = _mentions(
        "Die Partnerhochschule Huangshan schickte zehn Studierende nach Stralsund.", "de"
    )
    assert not any(m.text == "Partnerhochschule Huangshan" for m in mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "PRESS RELEASE - University of Bristol welcomes guests from Bordeaux.",
            "University of Bristol",
        ),
        ("NEWS – Port of Antwerp hosts a delegation from Ningbo.", "Port of Antwerp"),
    ],
)
def test_places_heading_before_a_dash_is_no_part_of_the_name(text: str, name: str) -> None:
    """Words before a spaced dash are a heading, not modifiers of the organisation."""
    orgs = [m.text for m in _mentions(text, "en") if m.kind == "organisation"]
    assert orgs == [name]
