"""Agreements: a signing in the present tense in the announcement of a trip or event still to
come (issue 2, corpus38 and corpus35 classes): "Tijdens het seminar ondertekenen Mechelen en
Jiaxing een intentieverklaring", "In Shanghai tekent de universiteit een memorandum". When the
last day the text names before the sentence is after the page's date, the act is planned; the
same sentence after a past day reports a signing. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _status(text: str, pair: set[str]) -> str | None:
    for a in extract(text).doc.agreements:
        if {fold(p.name) for p in a.parties} == pair:
            return a.status
    return None


_TEXTS = [
    (
        "Delft op missie naar China\n\nDe burgemeester van Delft reist tussen 13 en 18 april naar"
        " China. In Suzhou ondertekenen Delft en Suzhou een intentieverklaring over waterbeheer.",
        {"delft", "suzhou"},
    ),
    (
        "Leeds mission to China\n\nThe Lord Mayor of Leeds travels to China from 13 to 18 April."
        " In Dalian, the Lord Mayor of Leeds signs a letter of intent with Dalian on tourism.",
        {"leeds", "dalian"},
    ),
    (
        "Nantes en mission en Chine\n\nLe maire de Nantes se rend en Chine du 13 au 18 avril. À"
        " Qingdao, Nantes et Qingdao signent une lettre d'intention sur le tourisme.",
        {"nantes", "qingdao"},
    ),
    (
        "Kassel reist nach China\n\nDer Oberbürgermeister von Kassel reist vom 13. bis 18. April"
        " nach China. In Wuhan unterzeichnen Kassel und Wuhan eine Absichtserklärung zum"
        " Tourismus.",
        {"kassel", "wuhan"},
    ),
]


@pytest.mark.parametrize(("text", "pair"), _TEXTS)
def test_present_signing_of_coming_trip_planned(text: str, pair: set[str]) -> None:
    """Page dated 2 March, the trip in April: the signing told in the present is planned."""
    assert _status("date 2026-03-02\n" + text, pair) == "planned"


@pytest.mark.parametrize(("text", "pair"), _TEXTS)
def test_present_signing_after_past_trip_signed(text: str, pair: set[str]) -> None:
    """Page dated 2 May, the trip in April already made: the signing is reported, signed."""
    assert _status("date 2026-05-02\n" + text, pair) == "signed"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Leeds and Dalian\n\nOn 20 April the Lord Mayor of Leeds travels to Dalian. Leeds"
            " has signed a friendship agreement with Dalian, one of the first signs of the new"
            " ties.",
            {"leeds", "dalian"},
        ),
        (
            "Nantes et Qingdao\n\nLe 20 avril, le maire de Nantes se rend à Qingdao. Nantes a"
            " signé un accord d'amitié avec Qingdao, en signe de leurs liens.",
            {"nantes", "qingdao"},
        ),
    ],
)
def test_present_signing_noun_of_same_letters_keeps_signed(text: str, pair: set[str]) -> None:
    """The noun "signs" ("the first signs of"), "signe" ("en signe de") is no signing in the
    present tense: an act already signed stays signed before a coming trip."""
    assert _status("date 2026-03-02\n" + text, pair) == "signed"
