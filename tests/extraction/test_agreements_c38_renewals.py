"""Agreements: a renewal and the first signing it renews told in one sentence (issue 2, corpus38
classes, seen also in corpus29 and corpus36): "first signed by the two colleges in 2018 was
renewed on ...", "signed ... in 2016, and it was renewed in 2021 for five years", "verlängerten
das 2015 geschlossene Abkommen um weitere fünf Jahre". Two acts: the first signing, dated by the
earlier year, and the renewal with its own date (when told) and the term. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._agreements_status import attributive_signing
from cityties.text import fold

_Act = tuple[str, str | None, int | None, str | None]


def _acts(text: str) -> set[_Act]:
    return {
        (
            a.status,
            str(a.signed) if a.signed is not None else None,
            a.duration_months,
            str(a.ends) if a.ends is not None else None,
        )
        for a in extract(text).doc.agreements
        if {fold(p.name) for p in a.parties} >= {"wuhan"} or len(a.parties) == 2
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leeds and Wuhan\n\nThe cooperation agreement first signed by the two cities in 2016"
            " was renewed on 4 June 2024 for another five years.",
            {("signed", "2016", None, None), ("renewed", "2024-06-04", 60, "2029-06-04")},
        ),
        (
            "Leeds and Wuhan\n\nLeeds signed a cooperation agreement with Wuhan in 2016, and it"
            " was renewed in 2021 for five years.",
            {("signed", "2016", None, None), ("renewed", "2021", 60, "2026")},
        ),
        (
            "Nantes et Wuhan\n\nNantes a signé un accord de coopération avec Wuhan en 2012, et il"
            " a été renouvelé en 2022 pour cinq ans.",
            {("signed", "2012", None, None), ("renewed", "2022", 60, "2027")},
        ),
        (
            "Arnhem en Wuhan\n\nArnhem tekende in 2015 een samenwerkingsovereenkomst met Wuhan,"
            " en die werd in 2020 met vijf jaar verlengd.",
            {("signed", "2015", None, None), ("renewed", "2020", 60, "2025")},
        ),
        (
            "Kassel und Wuhan\n\nKassel unterzeichnete 2015 eine Kooperationsvereinbarung mit"
            " Wuhan, und sie wurde 2020 um fünf Jahre verlängert.",
            {("signed", "2015", None, None), ("renewed", "2020", 60, "2025")},
        ),
        (
            "Kassel und Wuhan\n\nAm 4. Juni 2024 verlängerten Kassel und Wuhan die 2015"
            " geschlossene Kooperationsvereinbarung um weitere fünf Jahre.",
            {("signed", "2015", None, None), ("renewed", "2024-06-04", 60, "2029-06-04")},
        ),
    ],
)
def test_renewal_sentence_first_signing_and_renewal_apart(text: str, expected: set[_Act]) -> None:
    """A sentence that tells a first signing and its renewal gives two acts: the first signing
    with the earlier year and no term, the renewal with its own date and the term."""
    assert _acts(text) == expected


def test_renewal_sentence_both_sides_renew_act_of_noun_year() -> None:
    """ "Beide Seiten verlängerten das 2015 geschlossene Abkommen ... und verhandelten über ...":
    the pair just reported renews the act of 2015; the renewal keeps the term, not the year,
    and the coordinated "verhandelten" makes no plan of it."""
    text = (
        "Kassel und Wuhan\n\nAm 4. Juni traf die Delegation aus Kassel den Bürgermeister von"
        " Wuhan. Beide Seiten verlängerten die 2015 unterzeichnete Kooperationsvereinbarung"
        " um fünf Jahre und verhandelten danach über gemeinsame Sommerschulen."
    )
    acts = _acts(text)
    assert ("signed", "2015", None, None) in acts
    assert any(a[0] == "renewed" and a[2] == 60 and a[1] != "2015" for a in acts)


def test_renewal_sentence_other_passive_is_no_renewal() -> None:
    """ ", and it was praised in 2021": a passive that is no renewal leaves the act signed
    with its own year."""
    text = (
        "Leeds and Wuhan\n\nLeeds signed a cooperation agreement with Wuhan in 2016, and it was"
        " praised in 2021 by the press."
    )
    assert _acts(text) == {("signed", "2016", None, None)}


@pytest.mark.parametrize(
    ("low", "word", "noun", "expected"),
    [
        ("verlängerten das 2015 geschlossene abkommen", "geschlossene", "abkommen", True),
        ("der seit 1981 bestehende bilaterale vertrag", "bestehende", "vertrag", True),
        ("de in 2015 getekende overeenkomst", "getekende", "overeenkomst", True),
        ("kassel unterzeichnete 2015 eine vereinbarung", "unterzeichnete", "vereinbarung", False),
        ("they signed the agreement", "signed", "agreement", False),
        (
            "verlängerten die partnerschaft und unterzeichneten ein abkommen",
            "unterzeichneten",
            "abkommen",
            False,
        ),
    ],
)
def test_attributive_signing_adjective_of_noun(
    low: str, word: str, noun: str, expected: bool
) -> None:
    """A signing participle between an article (with a date) and the act's noun is an
    adjective of the noun; a finite verb before an object is not."""
    start = low.index(word)
    assert attributive_signing(low, start, start + len(word), low.index(noun)) is expected


def test_renewal_sentence_second_verb_after_and_is_signed() -> None:
    """ "verlängerten die Partnerschaft und unterzeichneten ein Abkommen": the signing after
    "und" is the clause's second verb, not an adjective of the act; the act is signed."""
    text = (
        "Kassel und Wuhan\n\nAm 4. Mai 2026 verlängerten Kassel und Wuhan die Partnerschaft"
        " und unterzeichneten ein Abkommen über Bildung."
    )
    assert ("signed", "2026-05-04", None, None) in _acts(text)
