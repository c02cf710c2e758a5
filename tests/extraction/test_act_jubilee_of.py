"""Agreements: a jubilee phrase counts the years of the act it names (issue 2, c40-dates; seen
in corpus28, corpus29, corpus33 and corpus38): "the 12th anniversary of the friendship city
ties", "lors du 30e anniversaire du jumelage", "zum 30-jährigen Bestehen der
Städtepartnerschaft", "de vijftiende verjaardag van het vriendschapsakkoord dat ... op 3 oktober
2011 tekenden". Another act signed in that sentence keeps its own date, and an act dated
in its own relative clause is dated by that clause. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import jubilee_of
from factsets import act_key

_Act = tuple[str, str | None]


def _acts(text: str) -> set[_Act]:
    """(type, signed) of each act `text` gives."""
    return {act_key(a)[1:] for a in extract(text).doc.agreements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "To mark the 30th anniversary of the twinning of Leeds and Wuhan, both mayors signed a"
            " memorandum of cooperation on 9 June 2024.",
            ("memorandum_of_understanding", "2024-06-09"),
        ),
        (
            "Les maires de Lyon et de Wuhan ont signé un mémorandum de coopération culturelle lors"
            " du 30e anniversaire du jumelage de leurs villes.",
            ("memorandum_of_understanding", None),
        ),
        (
            "Kassel und Wuxi sind seit 1996 Partnerstädte. Zum 25-jährigen Jubiläum der"
            " Partnerschaft unterzeichneten die Städte 2021 ein Memorandum über die"
            " Zusammenarbeit im Jugendaustausch.",
            ("memorandum_of_understanding", "2021"),
        ),
        (
            "Het bezoek valt samen met de vijftiende verjaardag van het vriendschapsakkoord dat"
            " Gent en Wuxi op 3 oktober 2011 in Gent tekenden.",
            ("friendship", "2011-10-03"),
        ),
    ],
)
def test_agreements_jubilee_dates_only_its_own_act(text: str, expected: _Act) -> None:
    """The act signed on a jubilee keeps its own date (or none), never the jubilee's first
    year; an act whose relative clause gives its day is dated by that day."""
    assert expected in _acts("date 2026-09-14\n\n" + text)


def test_agreements_two_jubilees_each_count_their_own_act() -> None:
    """Of two jubilees in one sentence, each act is counted back by its own ("the 35th
    anniversary of A, and the 10th anniversary of B")."""
    acts = _acts(
        "date 2025-06-01\n\nThe year 2025 brings the 35th anniversary of the sister state ties"
        " between Shandong and Ohio, and the 10th anniversary of the friendship city ties"
        " between Weifang and Dayton."
    )
    assert acts == {("sister_city", "1990"), ("friendship", "2015")}


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
        ("the 12th anniversary of the friendship city ties", "friendship", None, 12),
        ("a memorandum on the 25th anniversary of the twinning", "memorandum", None, None),
        (
            "zum 30-jährigen bestehen der städtepartnerschaft ein memorandum",
            "memorandum",
            None,
            None,
        ),
        ("zum 30-jährigen bestehen der städtepartnerschaft", "städtepartnerschaft", None, 30),
        ("de twintigste verjaardag van de stedenband", "stedenband", None, 20),
        ("la charte célèbre son 30e anniversaire", "charte", None, 7),
        (
            "de twintigste verjaardag van het akkoord dat a en b in 2005 tekenden",
            "akkoord",
            "2005",
            None,
        ),
        ("le 10e anniversaire d'accords de jumelage", "accords", None, 10),
        ("un protocole signé au 10e anniversaire d’accords anciens", "protocole", None, None),
        (
            "le 20e anniversaire de l'accord qu'a et b ont signé en 2005",
            "accord",
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
