"""German and Dutch plural heads that go on with the names, as their singulars do ("die
Häfen Dalian und Bremerhaven", "de havens Rotterdam en Ningbo"): one organisation of each
place (texts written for these tests)."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _orgs(text: str, language: str) -> list[str]:
    doc = extract(text, language=language).doc
    return [m.name for m in doc.mentions if m.kind == "organisation"]


def _pairs(text: str, language: str) -> set[frozenset[str]]:
    doc = extract(text, language=language).doc
    return {frozenset(fold(p.name) for p in a.parties) for a in doc.agreements}


@pytest.mark.parametrize(
    ("text", "language", "orgs"),
    [
        (
            "Seit 2009 sind die Häfen Rostock und Qingdao durch eine Kooperationsvereinbarung "
            "verbunden.",
            "de",
            ["Hafen Rostock", "Hafen Qingdao"],
        ),
        (
            "Im Jahr 2017 unterzeichneten die Universitäten Kassel und Wuhan eine "
            "Kooperationsvereinbarung.",
            "de",
            ["Universität Kassel", "Universität Wuhan"],
        ),
        (
            "In 2014 ondertekenden de havens Vlissingen en Ningbo een samenwerkingsakkoord.",
            "nl",
            ["haven Vlissingen", "haven Ningbo"],
        ),
        (
            "The ports of Hull and Tianjin signed a cooperation agreement in 2014.",
            "en",
            ["Port of Hull", "Port of Tianjin"],
        ),
        (
            "Les ports de Sète et de Ningbo ont signé un accord de coopération en 2014.",
            "fr",
            ["port de Sète", "port de Ningbo"],
        ),
    ],
)
def test_plural_head_bare_names_one_organisation_of_each_place(
    text: str, language: str, orgs: list[str]
) -> None:
    """A plural head right before two places joined by "und"/"en" names one organisation of
    each, as "the ports of X and Y" does, and the two are the act's parties."""
    assert _orgs(text, language) == orgs
    assert _pairs(text, language) == {frozenset(fold(o) for o in orgs)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Häfen sind im Winter oft überlastet, sagte der Sprecher.", "de"),
        ("Die Häfen Rostock verzeichneten mehr Umschlag als im Vorjahr.", "de"),
        ("De havens zijn in de winter druk, zei de woordvoerder.", "nl"),
    ],
)
def test_plural_head_bare_without_two_places_names_none(text: str, language: str) -> None:
    """A plural head before a verb, or before one place alone, names no organisation."""
    assert not any(o.startswith(("Hafen", "haven")) for o in _orgs(text, language))
