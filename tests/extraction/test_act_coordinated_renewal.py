"""Agreements: an act's signing and its renewal as two verbs coordinated after the act's word
(issue 2, c40-dates; seen in corpus5, corpus40 and in real council and university pages):
"die in 2011 met Hubei een vriendschapsakkoord sloot en die overeenkomst in 2021 voor vier
jaar verlengde", "hat 2013 mit Wuxi eine Vereinbarung geschlossen und sie 2023 um drei Jahre
verlängert", "signé en 2014 pour quatre ans et renouvelé en 2018". Each verb governs the
date and the term of its own conjunct. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import signing_conjunct
from factsets import act_detail

_Act = tuple[str, str | None, int | None, str | None]


def _acts(text: str) -> set[_Act]:
    """(status, signed, duration in months, ends) of each act `text` gives."""
    return {(d[5], d[2], d[3], d[4]) for d in map(act_detail, extract(text).doc.agreements)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De provincie Antwerpen, die in 2011 met Hubei een vriendschapsakkoord sloot en\ndie"
            " overeenkomst in 2021 voor vier jaar verlengde, ontvangt volgende week gasten.",
            {("signed", "2011", None, None), ("renewed", "2021", 48, "2025")},
        ),
        (
            "Die Stadt Kassel hat 2013 mit Wuxi eine Freundschaftsvereinbarung geschlossen und"
            " sie 2023 um drei Jahre verlängert.",
            {("signed", "2013", None, None), ("renewed", "2023", 36, "2026")},
        ),
        (
            "Lyon est liée à Wuhan par une convention d'amitié, signée en 2014 pour quatre ans et"
            " renouvelée en 2018.",
            {("signed", "2014", 48, "2018"), ("renewed", "2018", None, None)},
        ),
        (
            "The friendship agreement between Leeds and Hangzhou was signed in 2010 for three"
            " years and renewed in 2014.",
            {("signed", "2010", 36, "2013"), ("renewed", "2014", None, None)},
        ),
        (
            "Die Freundschaftsvereinbarung zwischen Kassel und Wuxi wurde 2013 für drei Jahre"
            " geschlossen und 2017 verlängert.",
            {("signed", "2013", 36, "2016"), ("renewed", "2017", None, None)},
        ),
        (
            "Het vriendschapsakkoord tussen Gent en Wuxi werd in 2013 voor drie jaar getekend en"
            " in 2017 verlengd.",
            {("signed", "2013", 36, "2016"), ("renewed", "2017", None, None)},
        ),
        (
            "The friendship agreement between Leeds and Hangzhou was signed in 2010 and renewed"
            " in 2020 for five years.",
            {("signed", "2010", None, None), ("renewed", "2020", 60, "2025")},
        ),
    ],
)
def test_agreements_coordinated_renewal_dates_each_conjunct(text: str, expected: set[_Act]) -> None:
    """The signing's conjunct dates (and gives its term to) the original act; the renewal's
    conjunct dates the renewal and gives its term."""
    assert _acts(text) == expected


@pytest.mark.parametrize(
    ("text", "sign", "renew", "language", "found"),
    [
        ("sloot met hubei en dat akkoord in 2021 verlengde", "sloot", "verlengde", "nl", "en"),
        ("geschlossen und diese 2023 verlängert", "geschlossen", "verlängert", "de", "und"),
        ("signée en 2014 pour quatre ans et renouvelée", "signée", "renouvelée", "fr", "et"),
        ("signée en 2014 pour quatre ans, renouvelée", "signée", "renouvelée", "fr", None),
        ("signed in 2010. it was renewed", "signed", "renewed", "en", None),
        ("signed in 2010 and renewed", "signed", "renewed", "en", "and"),
        ("sloot met hubei en\ndat akkoord verlengde", "sloot", "verlengde", "nl", "en"),
        ("sloot met hubei.\n\nen dat akkoord verlengde", "sloot", "verlengde", "nl", None),
    ],
)
def test_signing_conjunct_finds_the_conjunction(
    text: str, sign: str, renew: str, language: str, found: str | None
) -> None:
    """The conjunction joining a signing verb to a renewal verb in one clause, "en" only in
    Dutch (a French "en" is a preposition); none across a sentence stop or without one."""
    s = text.index(sign) + len(sign)
    r = text.index(renew, s)
    span = signing_conjunct(text, s, r, language)
    assert (text[span[0] : span[1]] if span is not None else None) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het memorandum van overeenstemming tussen Gent en Wuhan uit 2009 verliep dit jaar"
            " zonder verlenging.",
            ("ended", "2009", None, "2026"),
        ),
        (
            "Eine Absichtserklärung zwischen Kassel und Wuhan aus dem Jahr 2011 ist 2016"
            " ausgelaufen.",
            ("ended", "2011", None, "2016"),
        ),
        (
            "The new text replaces a 2019 letter of intent on trade between Leeds and Wuhan,"
            " which lapsed unused.",
            ("ended", "2019", None, None),
        ),
        (
            "Le protocole de coopération de 2018 entre Lyon et Wuhan a expiré l'an dernier.",
            ("ended", "2018", None, "2025"),
        ),
    ],
)
def test_agreements_ended_act_year_of_its_noun_is_its_signing(text: str, expected: _Act) -> None:
    """The year an ended act's noun carries ("uit 2009", "aus dem Jahr 2011", "a 2019 letter of
    intent", "de 2018") is its signing, not its end, even right before the verb that ends it."""
    assert _acts("date 2026-09-14\n\n" + text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "De intentieverklaring die Gent in 2019 met Wuhan voor vijf jaar heeft getekend, is vorig"
        " jaar afgelopen.",
        "Die Absichtserklärung, die Kassel 2019 mit Wuhan für fünf Jahre unterzeichnet hat, ist"
        " im vergangenen Jahr ausgelaufen.",
        "The letter of intent that Leeds signed with Wuhan in 2019 for five years, expired last"
        " year.",
        "La lettre d'intention que Lyon a signée avec Wuhan en 2019 pour cinq ans, a expiré l'an"
        " dernier.",
    ],
)
def test_agreements_ended_act_date_after_comma_is_the_end(text: str) -> None:
    """A date after the signing verb and a comma, in the clause of the verb that ends the act,
    is the end ("..., is vorig jaar afgelopen"); the signing keeps the date of its own
    clause."""
    (act,) = _acts("date 2026-09-14\n\n" + text)
    assert act[:2] == ("ended", "2019") and act[3] == "2025"
