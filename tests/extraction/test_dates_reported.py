"""Agreements: the day an act is reported is not the day it was signed (issue 2). A date right
after a reporting verb ("the port announced Tuesday", "said on Friday it had signed", "a
annoncé vendredi", "teilte am Freitag mit", "maakte vrijdag bekend") dates the report; when
another sentence tells the signing of the same act on its own day, that day is the act's and
the report makes no second act. A renewal is not dated by the year its act's noun carries ("the
memorandum from 2019 was extended"), even when its sentence names one party only. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import report_date


def _acts(text: str) -> list[tuple[str, str, str, str | None]]:
    """(first party, type, status, signed) of every act of the text."""
    return [
        (a.parties[0].name, a.type, a.status, a.signed.iso() if a.signed else None)
        for a in extract(text).doc.agreements
    ]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("the everett port announced tuesday.", "tuesday", True),
        ("the port said on friday it had signed", "on friday", True),
        ("la ville a annoncé vendredi avoir signé", "vendredi", True),
        ("die stadt teilte am freitag mit", "am freitag", True),
        ("de gemeente maakte vrijdag bekend", "vrijdag", True),
        ("the agreement was signed on monday in qinzhou", "on monday", False),
        ("l'accord a été signé mercredi à xi'an", "mercredi", False),
        ("die vereinbarung wurde am mittwoch unterzeichnet", "am mittwoch", False),
        ("de overeenkomst werd woensdag ondertekend", "woensdag", False),
    ],
)
def test_report_date_reads_a_date_after_a_reporting_verb(
    text: str, date: str, expected: bool
) -> None:
    """A date right after "announced" / "said" / "annoncé" / "teilte" / "maakte" dates a report;
    a date after a signing verb does not."""
    assert report_date(text, text.index(date)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date 2024-05-08\nThe Port of Everett has signed a sister port agreement with the "
            "Port of Qinzhou, the Everett port announced Tuesday.\n\nThe agreement was signed on "
            "Monday in Qinzhou by the port's chief executive and the chairman of the Qinzhou "
            "port group.",
            [("Port of Everett", "sister_city", "signed", "2024-05-06")],
        ),
        (
            "date 2023-03-18\nThe Port of Everett said on Friday it had signed a sister port "
            "agreement with the Port of Qinzhou.\n\nThe agreement was signed in Qinzhou on "
            "Wednesday by the port's chief executive.",
            [("Port of Everett", "sister_city", "signed", "2023-03-15")],
        ),
        (
            "date 2023-03-18\nLa ville de Poitiers a annoncé vendredi avoir signé un accord de "
            "coopération avec la ville de Xi'an.\n\nL'accord a été signé mercredi à Xi'an par le "
            "maire et son homologue.",
            [("Poitiers", "cooperation_agreement", "signed", "2023-03-15")],
        ),
        (
            "date 2023-03-18\nDie Stadt Regensburg teilte am Freitag mit, sie habe mit der Stadt "
            "Qingdao eine Kooperationsvereinbarung unterzeichnet.\n\nDie Vereinbarung wurde am "
            "Mittwoch in Qingdao vom Oberbürgermeister unterzeichnet.",
            [("Regensburg", "cooperation_agreement", "signed", "2023-03-15")],
        ),
        (
            "date 2023-03-18\nDe gemeente Zwolle maakte vrijdag bekend dat zij een "
            "samenwerkingsovereenkomst met de stad Nanchang heeft getekend.\n\nDe overeenkomst "
            "werd woensdag in Nanchang door de burgemeester ondertekend.",
            [("Zwolle", "cooperation_agreement", "signed", "2023-03-15")],
        ),
    ],
)
def test_date_reported_gives_the_act_its_signing_day(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """An act dated by its report and told signed on its own day in another sentence is one
    act, dated by the signing."""
    assert _acts(text) == expected


def test_date_reported_keeps_the_report_day_when_nothing_else_dates_the_act() -> None:
    """With no sentence telling the signing day, the act keeps the day of its report."""
    acts = _acts(
        "date 2024-05-08\nThe Port of Everett announced on Tuesday that it has signed a sister "
        "port agreement with the Port of Qinzhou."
    )
    assert acts == [("Port of Everett", "sister_city", "signed", "2024-05-07")]


def test_date_reported_leaves_a_further_act_apart() -> None:
    """A further act to be signed after the report is no signing of the reported act: the
    report keeps its day."""
    acts = _acts(
        "date 2023-03-18\nThe Port of Everett said on Monday it had signed a sister port "
        "agreement with the Port of Qinzhou.\n\nA further sister port agreement will be signed "
        "on Friday in Qinzhou by the port's chief executive."
    )
    assert ("Port of Everett", "sister_city", "signed", "2023-03-13") in acts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date 2025-11-14\nFrom 4 to 12 November a delegation of Leiden University visited "
            "universities in Shanghai and Wuhan.\n\nOn Monday 10 November, at the end of a visit "
            "to the campus in Shanghai, the memorandum of understanding from 2019 with Fudan "
            "University was extended by five years.",
            ("Leiden University", "memorandum_of_understanding", "renewed", "2025-11-10"),
        ),
        (
            "date 2025-11-14\nDu 4 au 12 novembre, une délégation de l'Université de Lille a "
            "visité des universités à Shanghai et Wuhan.\n\nLe lundi 10 novembre, au terme d'une "
            "visite du campus de Shanghai, le protocole d'entente de 2019 avec l'Université "
            "Fudan a été renouvelé pour cinq ans.",
            ("Université de Lille", "memorandum_of_understanding", "renewed", "2025-11-10"),
        ),
        (
            "date 2025-11-14\nVom 4. bis 12. November besuchte eine Delegation der Universität "
            "Passau Hochschulen in Shanghai und Wuhan.\n\nAm Montag, 10. November, wurde nach "
            "einem Rundgang über den Campus in Shanghai an der Fudan-Universität die "
            "Kooperationsvereinbarung aus dem Jahr 2019 um fünf Jahre verlängert.",
            ("Universität Passau", "cooperation_agreement", "renewed", "2025-11-10"),
        ),
        (
            "date 2025-11-14\nVan 4 tot 12 november bracht een delegatie van de Universiteit "
            "Leiden een bezoek aan universiteiten in Shanghai en Wuhan.\n\nOp maandag 10 november "
            "werd bij de Fudan-universiteit het memorandum van overeenstemming uit 2019 met vijf "
            "jaar verlengd.",
            ("Universiteit Leiden", "memorandum_of_understanding", "renewed", "2025-11-10"),
        ),
    ],
)
def test_renewal_of_an_act_of_a_year_takes_its_own_day(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """A renewal whose sentence names one party only ("the memorandum from 2019 with X was
    extended", "het memorandum uit 2019", "le protocole de 2019", "die Vereinbarung aus dem
    Jahr 2019") is dated by the sentence's other date, not by the year its noun carries."""
    assert expected in _acts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date 2025-06-12\nLeiden University first worked with Fudan University in 2012 "
            "under a student exchange agreement, which expired in 2017.",
            ("Leiden University", "cooperation_agreement", "ended", "2012"),
        ),
        (
            "date 2025-06-12\nThe new memorandum replaces a 2021 letter of intent between Leiden "
            "University and Fudan University, which lapsed in 2023.",
            ("Leiden University", "letter_of_intent", "ended", "2021"),
        ),
        (
            "date 2025-06-12\nLa ville de Poitiers a coopéré en 2012 avec la ville de Xi'an sous "
            "un accord de coopération qui a expiré en 2017.",
            ("Poitiers", "cooperation_agreement", "ended", "2012"),
        ),
        (
            "date 2025-06-12\nDie Stadt Regensburg arbeitete 2012 mit der Stadt Qingdao im Rahmen "
            "einer Kooperationsvereinbarung zusammen, die 2017 auslief.",
            ("Regensburg", "cooperation_agreement", "ended", "2012"),
        ),
        (
            "date 2025-06-12\nDe gemeente Zwolle werkte in 2012 met de stad Nanchang samen onder "
            "een samenwerkingsovereenkomst, die in 2017 liep af.",
            ("Zwolle", "cooperation_agreement", "ended", "2012"),
        ),
    ],
)
def test_ended_act_takes_the_year_told_before_its_noun(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """An act that ended, its end dated after its noun, is dated by the earlier year told before
    the noun in its clause ("worked with X in 2012 under an agreement, which expired in 2017",
    "a 2021 letter of intent ..., which lapsed in 2023")."""
    assert expected in _acts(text)


def test_ended_act_keeps_no_year_of_another_clause() -> None:
    """A year in a sentence before the act's clause (after a full stop or a semicolon) does
    not date the act that ended."""
    acts = _acts(
        "date 2025-06-12\nIn 2010 the two cities met for the first time; Leiden University "
        "worked with Fudan University under a student exchange agreement, which expired in 2017."
    )
    assert all(signed != "2010" for _, _, _, signed in acts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May 2014 a delegation of eight led by the secretary-general of Lijiang came to "
            "Gérardmer. The visitors toured the town and met the council. On this occasion the "
            "two towns signed a memorandum of understanding.",
            ("Lijiang", "memorandum_of_understanding", "signed", "2014-05"),
        ),
        (
            "En mai 2014, une délégation de la ville de Xi'an est venue à Poitiers. Les visiteurs "
            "ont découvert la ville et rencontré les élus. À cette occasion, Poitiers et Xi'an "
            "ont signé un protocole d'entente.",
            ("Poitiers", "memorandum_of_understanding", "signed", "2014-05"),
        ),
        (
            "Im Mai 2014 kam eine achtköpfige Delegation aus Lijiang nach Gérardmer. Die Gäste "
            "besichtigten die Stadt und trafen die Stadträte. Bei dieser Gelegenheit "
            "unterzeichneten die beiden Städte eine Absichtserklärung.",
            ("Lijiang", "declaration_of_intent", "signed", "2014-05"),
        ),
        (
            "In mei 2014 kwam een delegatie van acht personen uit Lijiang naar Gérardmer. De "
            "bezoekers bekeken de stad en ontmoetten de raadsleden. Bij die gelegenheid "
            "ondertekenden beide steden een intentieverklaring.",
            ("Lijiang", "declaration_of_intent", "signed", "2014-05"),
        ),
    ],
)
def test_occasion_takes_the_date_its_paragraph_told(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """An act signed "on this occasion" / "à cette occasion" / "bei dieser Gelegenheit" / "bij
    die gelegenheid" takes the month its paragraph told a few sentences before, when the
    sentence just before tells none."""
    assert expected in _acts(text)


def test_occasion_reads_no_date_of_another_paragraph() -> None:
    """A date in the paragraph before does not date an act signed "on this occasion"."""
    acts = _acts(
        "In May 2014 a delegation of eight led by the secretary-general of Lijiang came to "
        "Gérardmer.\n\nThe visitors toured the town and met the council. On this occasion the "
        "two towns signed a memorandum of understanding."
    )
    assert all(signed is None for _, _, _, signed in acts)
