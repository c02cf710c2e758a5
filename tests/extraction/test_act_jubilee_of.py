"""Agreements: a jubilee phrase counts the years of the act it names (issue 2, c40-dates; seen
in corpus28, corpus29, corpus33 and corpus38): "the 15th anniversary of the friendship city
relationship", "à l'occasion du 25e anniversaire du jumelage", "zum 20-jährigen Bestehen der
Partnerschaft", "de twintigste verjaardag van de vriendschapsovereenkomst die ... op 12 september
2005 ondertekenden". Another act signed in that sentence keeps its own date, and an act dated
in its own relative clause is dated by that clause. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import jubilee_of

_Act = tuple[str, str | None]


def _acts(text: str) -> set[_Act]:
    return {
        (a.type, str(a.signed) if a.signed is not None else None)
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the 25th anniversary of the twinning of Leeds and Wuhan, the two mayors signed a"
            " memorandum of cooperation on 12 May 2023.",
            ("memorandum_of_understanding", "2023-05-12"),
        ),
        (
            "Les deux maires ont paraphé un mémorandum de coopération entre Lyon et Wuhan à"
            " l'occasion du 25e anniversaire du jumelage entre les deux villes.",
            ("memorandum_of_understanding", None),
        ),
        (
            "Der Landkreis Kassel unterhält seit 1994 eine Partnerschaft mit Wuxi. Zum"
            " 20-jährigen Bestehen der Partnerschaft unterzeichneten beide Seiten 2014 ein"
            " Memorandum zur Vertiefung der Zusammenarbeit.",
            ("memorandum_of_understanding", "2014"),
        ),
        (
            "Aanleiding is de twintigste verjaardag van de vriendschapsovereenkomst die Gent en"
            " Wuxi op 12 september 2005 in Wuxi ondertekenden.",
            ("friendship", "2005-09-12"),
        ),
    ],
)
def test_agreements_jubilee_dates_only_its_own_act(text: str, expected: _Act) -> None:
    """The act signed on a jubilee keeps its own date (or none), never the jubilee's first
    year; an act whose relative clause gives its day is dated by that day."""
    assert expected in _acts("date 2026-09-14\n\n" + text)


def test_agreements_two_jubilees_each_count_their_own_act() -> None:
    """Of two jubilees in one sentence, each act is counted back by its own ("the 40th
    anniversary of A, and the 15th anniversary of B")."""
    acts = _acts(
        "date 2024-05-01\n\n2024 marks the 40th anniversary of the sister state relationship"
        " between Fujian and Oregon, and the 15th anniversary of the friendship city"
        " relationship between Quanzhou and Salem."
    )
    assert acts == {("sister_city", "1984"), ("friendship", "2009")}


def test_agreements_jubilee_of_the_act_still_counts_back() -> None:
    """A jubilee that names the act itself still dates it by counting back."""
    acts = _acts(
        "date 2026-09-14\n\nLeeds and Hangzhou celebrate the 20th anniversary of their"
        " friendship agreement this year."
    )
    assert acts == {("friendship", "2006")}


@pytest.mark.parametrize(
    ("text", "noun", "date", "expected"),
    [
        ("the 15th anniversary of the friendship city relationship", "friendship", None, 15),
        ("a memorandum on the 25th anniversary of the twinning", "memorandum", None, None),
        ("zum 20-jährigen bestehen der partnerschaft ein memorandum", "memorandum", None, None),
        ("zum 20-jährigen bestehen der partnerschaft", "partnerschaft", None, 20),
        ("de twintigste verjaardag van de stedenband", "stedenband", None, 20),
        ("la charte célèbre son 30e anniversaire", "charte", None, 7),
        (
            "de twintigste verjaardag van het akkoord dat a en b in 2005 tekenden",
            "akkoord",
            "2005",
            None,
        ),
    ],
)
def test_jubilee_of_reads_the_governed_noun(
    text: str, noun: str, date: str | None, expected: int | None
) -> None:
    """The count of the phrase that governs the noun; None for another noun's jubilee or an
    act dated in its relative clause; the unit's count (7 here) for a phrase of no noun."""
    k = text.index(noun)
    d = text.index(date) if date else None
    assert jubilee_of(text, 0, len(text), k, k + len(noun), d, 7) == expected
