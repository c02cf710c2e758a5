"""Organisations as parties of acts (c37-orgs): name shapes of universities, schools,
chambers and ports in four languages. Texts written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).doc.organisations]


def _acts(text: str) -> set[frozenset[str]]:
    return {frozenset(p.name for p in a.parties) for a in extract(text).doc.agreements}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Die Hochschule Ostwestfalen-Lippe hat im Mai mit der Jiaxing University einen "
            "Kooperationsvertrag unterzeichnet.",
            "Hochschule Ostwestfalen-Lippe",
        ),
        (
            "Seit 2022 arbeiten die Technische Hochschule Ostwestfalen-Lippe (TH OWL) und die "
            "Jiaxing University nach einer Kooperationsvereinbarung zusammen.",
            "Technische Hochschule Ostwestfalen-Lippe",
        ),
        (
            "Mit der Nanchang University hat die Hochschule Bonn-Rhein-Sieg 1999 eine "
            "Partnerschaft besiegelt.",
            "Hochschule Bonn-Rhein-Sieg",
        ),
    ],
)
def test_places_german_university_takes_a_hyphenated_region_name(text: str, name: str) -> None:
    """A German university head followed by one hyphenated name ("Hochschule
    Ostwestfalen-Lippe") takes the whole name, even when the gazetteer knows no part of it."""
    assert name in _orgs(text)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Die Hochschule Ostwestfalen-Lippe hat im Mai mit der Jiaxing University einen "
            "Kooperationsvertrag unterzeichnet.",
            "Hochschule Ostwestfalen-Lippe",
            "Jiaxing University",
        ),
        (
            "La Haute École Louvain-en-Hainaut a signé en mars un accord de coopération avec "
            "la Jiaxing University.",
            "Haute École Louvain-en-Hainaut",
            "Jiaxing University",
        ),
        (
            "De Hogeschool West-Vlaanderen sloot in maart een samenwerkingsakkoord met de "
            "Jiaxing University.",
            "Hogeschool West-Vlaanderen",
            "Jiaxing University",
        ),
        (
            "Harz University of Applied Sciences signed a cooperation agreement with Jiaxing "
            "University in March.",
            "Harz University of Applied Sciences",
            "Jiaxing University",
        ),
    ],
)
def test_agreements_university_with_region_name_is_the_party(
    text: str, first: str, second: str
) -> None:
    """A university named after a region or a town is the party of its act, whole, in the
    four languages (not its generic first words, not its town)."""
    assert frozenset({first, second}) in _acts(text)


def test_places_german_university_head_keeps_a_plain_word_out() -> None:
    """Two capitalised words after a German head that are not one hyphenated name and not
    a place stay out of the name."""
    assert not any(
        n.startswith("Hochschule Ostwestfalen Gespräche")
        for n in _orgs("Die Hochschule Ostwestfalen Gespräche führte der Präsident im Mai.")
    )
