"""Agreements: an act its sentence reports signed, without a date of its own, takes the date
of the event the page told before it (issue 2): the visit, trip or forum its sentence names
("tijdens die reis", "au cours du forum", "during the visit"), or in a dated page the one
recent day it tells before the act. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import (
    at_event,
    event_value,
    told_as_earlier,
    year_count,
)
from cityties.text import PartialDate, fold


def _signed(text: str, party: str, day: date | None) -> str | None:
    """The signing date of the one act with `party`."""
    hits = [
        a
        for a in extract(text, document_date=day).doc.agreements
        if any(fold(party) in fold(p.name) for p in a.parties)
    ]
    assert len(hits) == 1, [(a.parties, a.signed) for a in hits]
    return str(hits[0].signed) if hits[0].signed is not None else None


# ---- helpers


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("During the visit, the two mayors signed", True),
        ("on the sidelines of the trade forum they signed", True),
        ("Tijdens die reis tekende de rector", True),
        ("In de marge van het werkbezoek ondertekenden", True),
        ("Au cours du forum, les deux villes ont signé", True),
        ("Lors de cette mission, le président a signé", True),
        ("Während der Reise unterzeichneten", True),
        ("Am Rande des Besuchs unterzeichneten", True),
        ("The two mayors signed an agreement", False),
        ("Les deux villes ont signé un protocole", False),
    ],
)
def test_at_event_names_the_event_of_a_signing(clause: str, expected: bool) -> None:
    """A clause naming the visit, trip, mission or forum an act was signed at is told from a
    clause that names no event."""
    low = clause.lower()
    assert at_event(low, 0, len(low)) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("the two cities had already signed a letter of intent", True),
        ("beide Städte hatten bereits eine Absichtserklärung unterzeichnet", True),
        ("les deux villes avaient déjà signé une lettre d'intention", True),
        ("de steden hadden eerder een intentieverklaring getekend", True),
        ("the two cities signed a letter of intent", False),
        ("de steden tekenden een intentieverklaring", False),
    ],
)
def test_told_as_earlier_marks_an_act_before_the_event(clause: str, expected: bool) -> None:
    """A pluperfect or "already"/"bereits"/"déjà"/"eerder" tells an act done before the page's
    event."""
    assert told_as_earlier(clause, 0, len(clause)) is expected


@pytest.mark.parametrize(
    ("value", "end_value", "expected"),
    [
        (PartialDate(2019, 11, 3), PartialDate(2019, 11, 9), PartialDate(2019, 11)),
        (PartialDate(2019, 10, 30), PartialDate(2019, 11, 2), PartialDate(2019, 10, 30)),
        (PartialDate(2019, 11, 3), None, PartialDate(2019, 11, 3)),
    ],
)
def test_event_value_gives_a_stay_its_month(
    value: PartialDate, end_value: PartialDate | None, expected: PartialDate
) -> None:
    """A day dates an act by its day; a stay of several days within one month by its month;
    a stay over two months by its first day."""
    assert event_value(value, end_value) == expected


# ---- the event named in the act's sentence


@pytest.mark.parametrize(
    ("text", "party", "day", "expected"),
    [
        (
            "A delegation from Leuven travelled to Suzhou on 14 May 2019 and met the mayor. "
            "The programme included a tour of the industrial park. During the visit, Leuven "
            "and Suzhou signed a memorandum of understanding on water management.",
            "Suzhou",
            None,
            "2019-05-14",
        ),
        (
            "Een delegatie uit Gent bezocht op 3 oktober 2018 de stad Ningbo. Er werd "
            "gesproken over havens en onderwijs. Tijdens die reis ondertekenden Gent en Ningbo "
            "een intentieverklaring over duurzame mobiliteit.",
            "Ningbo",
            None,
            "2018-10-03",
        ),
        (
            "Le forum des villes s'est ouvert le 12 juin 2017 à Chengdu. Les maires ont parlé "
            "de climat. Au cours du forum, Grenoble et Chengdu ont signé une lettre "
            "d'intention.",
            "Grenoble",
            None,
            "2017-06-12",
        ),
        (
            "Vom 4. bis 9. September 2016 reiste eine Delegation aus Kassel nach Wuxi. "
            "Besichtigt wurden Schulen und Betriebe. Während der Reise unterzeichneten Kassel "
            "und Wuxi eine Absichtserklärung.",
            "Wuxi",
            None,
            "2016-09",
        ),
    ],
)
def test_act_signed_at_a_told_event_takes_its_date(
    text: str, party: str, day: date | None, expected: str
) -> None:
    """An act signed "during the visit", "tijdens die reis", "au cours du forum", "während
    der Reise" takes the date of that event, told in a sentence before (a stay in one month:
    its month)."""
    assert _signed(text, party, day) == expected


def test_event_in_a_sentence_naming_the_party_is_preferred() -> None:
    """Of two visits dated in the sentences before, the one whose sentence names the act's
    party dates it."""
    text = (
        "Op 4 september 2018 ontvingen wij een delegatie uit Yancheng. Een week later, op 11 "
        "september, volgde een gezelschap uit Lishui. Beide bezoeken kwamen er op verzoek van "
        "de gasten. Met Yancheng tekende Middelburg tijdens het bezoek een intentieverklaring "
        "over landbouw."
    )
    assert _signed(text, "Yancheng", None) == "2018-09-04"


# ---- the one recent day of a dated page


@pytest.mark.parametrize(
    ("text", "party", "day", "expected"),
    [
        (
            "A delegation from Hefei visited the University of Aberdeen on Monday. The guests "
            "toured the laboratories. The University of Aberdeen and Hefei University signed a "
            "memorandum of understanding on student exchange.",
            "Hefei University",
            date(2024, 5, 22),
            "2024-05-20",
        ),
        (
            "Le forum de coopération s'est tenu mardi à Kunming. Les délégués ont parlé "
            "d'agriculture. La ville de Lyon et la ville de Kunming ont signé un protocole "
            "d'accord.",
            "Lyon",
            date(2023, 7, 20),
            "2023-07-18",
        ),
        (
            "Een handelsmissie uit Drenthe was maandag in Harbin. De gedeputeerde sprak met "
            "bedrijven. Drenthe en Harbin ondertekenden een memorandum van overeenstemming.",
            "Harbin",
            date(2019, 10, 30),
            "2019-10-28",
        ),
        (
            "Am Montag empfing Erfurt eine Delegation aus Taiyuan. Die Gäste besuchten "
            "Betriebe. Erfurt und Taiyuan unterzeichneten eine Absichtserklärung.",
            "Taiyuan",
            date(2021, 6, 17),
            "2021-06-14",
        ),
    ],
)
def test_act_after_the_one_day_of_a_report_takes_it(
    text: str, party: str, day: date, expected: str
) -> None:
    """In a dated report whose only date before the act is one recent day (the visit "on
    Monday", the forum "mardi"), an act its sentence reports signed takes that day."""
    assert _signed(text, party, day) == expected


@pytest.mark.parametrize(
    ("text", "party", "day"),
    [
        (
            "A delegation from Hefei visited the University of Aberdeen on Monday. The "
            "University of Aberdeen and Hefei University had already signed a memorandum of "
            "understanding on student exchange.",
            "Hefei University",
            date(2024, 5, 22),
        ),
        (
            "Am Montag empfing Erfurt eine Delegation aus Taiyuan. Am Dienstag besuchten die "
            "Gäste Weimar. Erfurt und Taiyuan unterzeichneten eine Absichtserklärung.",
            "Taiyuan",
            date(2021, 6, 17),
        ),
    ],
)
def test_act_told_earlier_or_after_two_days_takes_no_event_date(
    text: str, party: str, day: date
) -> None:
    """An act told as done before ("had already signed"), or after a report of two days,
    takes no date from the page's events."""
    assert _signed(text, party, day) is None


# ---- a count of years written in words


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("12", 12), ("vier", 4), ("zehn", 10), ("cinq", 5), ("five", 5), ("Drei", 3), ("many", None)],
)
def test_year_count_reads_digits_and_words(raw: str, expected: int | None) -> None:
    """A count of years is read from digits or from a number word of the four languages."""
    assert year_count(raw) == expected


@pytest.mark.parametrize(
    ("text", "party", "day", "expected"),
    [
        (
            "De stedenband tussen Almere en Dalian bestaat al vier jaar en wordt door beide "
            "raden gesteund.",
            "Dalian",
            date(2019, 10, 30),
            "2015",
        ),
        (
            "Die Städtepartnerschaft zwischen Jena und Lanzhou besteht seit zehn Jahren.",
            "Lanzhou",
            date(2022, 5, 3),
            "2012",
        ),
        (
            "Le jumelage entre Nancy et Wuhan existe depuis cinq ans.",
            "Wuhan",
            date(2018, 3, 9),
            "2013",
        ),
        (
            "Cardiff and Xiamen have been sister cities for five years.",
            "Xiamen",
            date(2021, 9, 1),
            "2016",
        ),
    ],
)
def test_tie_held_for_a_count_in_words_is_dated_back(
    text: str, party: str, day: date, expected: str
) -> None:
    """A tie that "bestaat al vier jaar", "besteht seit zehn Jahren", "existe depuis cinq
    ans" or has been held "for five years" is dated by the page's year minus that count, as
    with digits."""
    assert _signed(text, party, day) == expected


@pytest.mark.parametrize(
    ("text", "party", "expected"),
    [
        (
            "On Tuesday 12 September 2023 the mayor of Dundee received a delegation from "
            "Nanjing. Dundee and Nanjing signed a friendship agreement.",
            "Nanjing",
            "2023-09-12",
        ),
        (
            "Op dinsdag 12 september 2023 ontving de burgemeester van Leiden een delegatie uit "
            "Xiamen. Leiden en Xiamen ondertekenden een vriendschapsovereenkomst.",
            "Xiamen",
            "2023-09-12",
        ),
        (
            "Le mardi 12 septembre 2023, le maire de Rouen a reçu une délégation de Ningbo. "
            "C'est là que Rouen et Ningbo ont signé un accord de jumelage.",
            "Ningbo",
            "2023-09-12",
        ),
        (
            "Am Dienstag, dem 12. September 2023, empfing der Oberbürgermeister von Mainz eine "
            "Delegation aus Hangzhou. Mainz und Hangzhou unterzeichneten eine "
            "Absichtserklärung.",
            "Hangzhou",
            "2023-09-12",
        ),
    ],
)
def test_undated_page_act_after_its_one_day_takes_it(text: str, party: str, expected: str) -> None:
    """On a page without a date, the one day told in the sentences just before an act its
    sentence reports signed dates it."""
    assert _signed(text, party, None) == expected
