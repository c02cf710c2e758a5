"""Agreements: the dates of renewal chains and of reported acts (issue 2). A past participle
ending in "-end" is no end word ("ondertekend op", "getekend in"); the renewal named by its
noun ("the renewed agreement", "la convention renouvelée", "de nieuwe overeenkomst") takes the
signing told of it; a first signing fronted before a renewal leaves the renewal its term; a
weekday on the dateline's day dates the forum an act was signed at; the date of a report's
frame ("announced on Friday that ...") is not the act's when the act has its own. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import (
    earlier_named,
    ran_out,
    renewal_named,
    reported_frame,
)
from cityties.extraction.extractors.dates import told_weekday


def _acts(text: str) -> set[tuple[str, str, str | None, int | None, str | None]]:
    """(first party, status, signed, duration, ends) of every act of the text."""
    out = set()
    for a in extract(text).doc.agreements:
        out.add(
            (
                a.parties[0].name,
                a.status,
                a.signed.iso() if a.signed else None,
                a.duration_months,
                a.ends.iso() if a.ends else None,
            )
        )
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date 2025-05-23\nHet vriendschapsakkoord tussen Gent en Fuzhou werd ondertekend op "
            "5 mei 2015.",
            {("Gent", "signed", "2015-05-05", None, None)},
        ),
        (
            "date 2025-05-23\nHet vriendschapsakkoord tussen Gent en Fuzhou werd getekend in 2015.",
            {("Gent", "signed", "2015", None, None)},
        ),
        (
            "date 2025-05-23\nHet vriendschapsakkoord tussen Gent en Fuzhou werd in september "
            "2005 getekend en in 2015 voor tien jaar hernieuwd.",
            {
                ("Gent", "signed", "2005-09", None, None),
                ("Gent", "renewed", "2015", 120, "2025"),
            },
        ),
    ],
)
def test_end_word_is_a_whole_word(text: str, expected: set[tuple[object, ...]]) -> None:
    """A Dutch participle ending in "-end" before a date ("ondertekend op", "getekend in") is
    the signing, never a stated end."""
    assert _acts(text) == expected


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("the renewed agreement was signed", "agreement"),
        ("de nieuwe overeenkomst werd ondertekend", "overeenkomst"),
        ("la convention renouvelée a été signée", "convention"),
        ("der erneuerte vertrag wurde unterzeichnet", "vertrag"),
    ],
)
def test_renewal_named_reads_the_renewal_noun(text: str, noun: str) -> None:
    """A definite act noun with a renewal adjective (before it, or a French participle after
    it) names the renewal itself."""
    start = text.index(noun)
    assert renewal_named(text, start, start + len(noun))


@pytest.mark.parametrize(
    "text",
    ["the original agreement was signed", "a new agreement was signed", "l'accord a été signé"],
)
def test_renewal_named_leaves_other_nouns(text: str) -> None:
    """An act noun without a renewal adjective, or with an indefinite "a new", is no renewal
    named."""
    noun = "agreement" if "agreement" in text else "accord"
    start = text.index(noun)
    assert not renewal_named(text, start, start + len(noun))


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "date 2025-05-23\nLeeds and Fuzhou have renewed their cooperation agreement for a "
            "further five years. The renewed agreement was signed in Fuzhou on 28 February 2025 "
            "by the two mayors.",
            "Leeds",
        ),
        (
            "date 2025-05-23\nGent en Fuzhou hebben hun samenwerkingsovereenkomst, gesloten in "
            "2014, met vijf jaar verlengd. De nieuwe overeenkomst werd op 28 februari 2025 "
            "ondertekend.",
            "Gent",
        ),
        (
            "date 2025-05-23\nLe conseil municipal de Lyon a approuvé le renouvellement, pour "
            "une nouvelle période de cinq ans, de la convention de coopération conclue en 2014 "
            "avec Fuzhou. La convention renouvelée a été signée le 28 février 2025 par les deux "
            "maires.",
            "Lyon",
        ),
        (
            "date 2025-05-23\nKassel und Fuzhou haben ihren Kooperationsvertrag um fünf Jahre "
            "verlängert. Der erneuerte Vertrag wurde am 28. Februar 2025 in Fuzhou "
            "unterzeichnet.",
            "Kassel",
        ),
    ],
)
def test_renewed_agreement_takes_the_signing_told_of_it(text: str, party: str) -> None:
    """ "The renewed agreement was signed on <day>" dates the renewal (with its term), never
    the original act."""
    acts = _acts(text)
    assert (party, "renewed", "2025-02-28", 60, "2030-02-28") in acts
    assert not any(a[1] == "signed" and a[2] == "2025-02-28" for a in acts)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "date 2025-05-23\nFirst signed on 12 November 2010, the cooperation agreement "
            "between Leeds and Fuzhou was renewed today for five years.",
            "Leeds",
        ),
        (
            "date 2025-05-23\nVoor het eerst ondertekend op 12 november 2010, werd de "
            "samenwerkingsovereenkomst tussen Gent en Fuzhou vandaag met vijf jaar verlengd.",
            "Gent",
        ),
        (
            "date 2025-05-23\nErstmals unterzeichnet am 12. November 2010, wurde der "
            "Kooperationsvertrag zwischen Kassel und Fuzhou heute um fünf Jahre verlängert.",
            "Kassel",
        ),
    ],
)
def test_first_signing_fronted_leaves_the_renewal_its_term(text: str, party: str) -> None:
    """A first signing fronted before a renewal verb is the original act, undated by the
    renewal's term; the renewal has its own day and the term."""
    acts = _acts(text)
    assert (party, "signed", "2010-11-12", None, None) in acts
    assert (party, "renewed", "2025-05-23", 60, "2030-05-23") in acts


def test_first_signing_fronted_before_renewal_in_french() -> None:
    """ "Signée pour la première fois le ..., l'entente est renouvelée pour cinq ans": the
    term is not the first signing's."""
    acts = _acts(
        "date 2025-05-23\nSignée pour la première fois le 12 novembre 2010, l'entente de "
        "coopération entre Lyon et Fuzhou est renouvelée pour une période de cinq ans."
    )
    assert ("Lyon", "signed", "2010-11-12", None, None) in acts
    assert any(a[1] == "renewed" and a[3] == 60 for a in acts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("am Montag", True),
        ("on Tuesday", True),
        ("lundi dernier", True),
        ("woensdagavond", True),
        ("16. Juni 2025", False),
        ("momenteel", False),
        ("today", False),
    ],
)
def test_told_weekday_reads_weekday_words(text: str, expected: bool) -> None:
    """A date expression naming a weekday is told apart from a date line or a word for the
    present."""
    assert told_weekday(text) is expected


@pytest.mark.parametrize(
    ("text", "party", "day"),
    [
        (
            "HEFEI, 16. Juni 2025 -- Die Provinz Anhui und das Land Niedersachsen haben am "
            "Montag in Hefei mit einem Forum das Jubiläum ihrer Partnerschaft gefeiert.\n\n"
            "Bei dem Forum unterzeichneten die Städte Hefei und Osnabrück eine "
            "Absichtserklärung.",
            "Hefei",
            "2025-06-16",
        ),
        (
            "LEEDS, 17 June 2025 -- Leeds opened a business forum with Chinese partners on "
            "Tuesday.\n\nDuring the forum, Leeds and Fuzhou signed a memorandum of "
            "understanding.",
            "Leeds",
            "2025-06-17",
        ),
    ],
)
def test_weekday_on_the_datelines_day_dates_the_forum(text: str, party: str, day: str) -> None:
    """A forum told on a weekday that is the dateline's own day dates the act signed at it."""
    acts = _acts(text)
    assert any(a[0] == party and a[2] == day for a in acts), acts


@pytest.mark.parametrize(
    ("text", "date", "noun", "expected"),
    [
        ("it emerged at yesterday's meeting that a memorandum", "yesterday", "memorandum", True),
        ("the port announced on friday that it had signed an agreement", "on friday",
         "agreement", True),
        ("de burgemeester maakte maandag bekend dat het akkoord", "maandag", "akkoord", True),
        ("le maire a annoncé lundi que l'accord", "lundi", "accord", True),
        ("der bürgermeister teilte am montag mit, dass der vertrag", "am montag", "vertrag",
         True),
        ("it was in 2015 that the two cities signed an agreement", "2015", "agreement", False),
    ],
)  # fmt: skip
def test_reported_frame_reads_the_frame_of_a_report(
    text: str, date: str, noun: str, expected: bool
) -> None:
    """A date in a report's frame before "that" / "dat" / "que" / "dass" dates the telling; a
    cleft does not."""
    d = text.index(date)
    assert reported_frame(text, d, d + len(date), text.index(noun)) is expected


def test_reported_frame_date_gives_way_to_the_acts_own() -> None:
    """ "It emerged at yesterday's meeting that a memorandum was signed ... in May": May of
    the page's year, not yesterday."""
    acts = _acts(
        "date 2025-08-14\nIt emerged at yesterday's committee meeting that a memorandum of "
        "understanding was signed between Gisborne and Shaoguan in May."
    )
    assert ("Gisborne", "signed", "2025-05", None, None) in acts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the first agreement", True),
        ("het vorige memorandum", True),
        ("la précédente convention", True),
        ("die erste vereinbarung", True),
        ("a first agreement", False),
        ("the agreement", False),
    ],
)
def test_earlier_named_reads_an_earlier_act(text: str, expected: bool) -> None:
    """A definite act noun with "first" / "vorige" / "précédente" / "erste" names an earlier
    act; an indefinite or plain noun does not."""
    noun = text.split()[-1]
    assert earlier_named(text, text.index(noun)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date 2019-03-14\nLeeds and Fuzhou have renewed their cooperation agreement for a "
            "further five years. The first agreement between the two cities ran from January "
            "2014 to December 2018.",
            # the period's months give its term (January 2014 to December 2018: 60 months)
            ("Leeds", "signed", "2014-01", 60, "2018-12"),
        ),
        (
            "date 2021-04-09\nZuid-Holland en Hebei hebben hun memorandum van overeenstemming "
            "verlengd. Het vorige memorandum, voor de periode 2016-2020, is eind vorig jaar "
            "afgelopen.",
            ("Zuid-Holland", "ended", "2016", None, "2020"),
        ),
        (
            "date 2019-03-14\nKassel und Fuzhou haben ihren Kooperationsvertrag verlängert. Die "
            "erste Vereinbarung galt von 2014 bis 2018.",
            ("Kassel", "signed", "2014", None, "2018"),
        ),
    ],
)
def test_earlier_act_with_its_period_after_a_renewal(
    text: str, expected: tuple[object, ...]
) -> None:
    """After a renewal, the earlier act named by its noun with the period it ran is an act of
    its own, dated by the period (ended when it ran out)."""
    assert expected in _acts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("het vorige memorandum is eind vorig jaar afgelopen.", True),
        ("the first agreement expired in 2018.", True),
        ("la convention est arrivée à échéance.", True),
        ("der vertrag ist 2020 ausgelaufen.", True),
        ("het akkoord werd afgelopen jaar getekend.", False),
    ],
)
def test_ran_out_reads_acts_that_ran_their_course(text: str, expected: bool) -> None:
    """Words for an act that ran its course, not "afgelopen jaar" (last year)."""
    assert ran_out(text, 0, len(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date 2024-05-14\nGold Coast – Beihai: sister city, 1998 (lapsed in 2012 and not "
            "renewed)",
            ("Gold Coast", "ended", "1998", None, "2012"),
        ),
        (
            "date 2024-05-14\nChandler entered into a five-year friendship city agreement with "
            "Xiangtan in 2006, which expired in 2011 and was not renewed.",
            ("Chandler", "ended", "2006", 60, "2011"),
        ),
        (
            "date 2024-05-14\nLe jumelage entre Lyon et Fuzhou, conclu en 1998, a pris fin en "
            "2012.",
            ("Lyon", "ended", "1998", None, "2012"),
        ),
        (
            "date 2024-05-14\nDe stedenband tussen Gent en Fuzhou uit 1998 werd in 2012 opgezegd.",
            ("Gent", "ended", "1998", None, "2012"),
        ),
        (
            "date 2024-05-14\nDer Partnerschaftsvertrag zwischen Kassel und Fuzhou aus dem Jahr "
            "1998 wurde 2012 beendet.",
            ("Kassel", "ended", "1998", None, "2012"),
        ),
    ],
)
def test_ended_act_dated_between_its_noun_and_its_end(
    text: str, expected: tuple[object, ...]
) -> None:
    """An ended act takes the earlier date between its noun and the verb that ends it, when
    the end has a date of its own."""
    assert expected in _acts(text)


def test_ended_act_without_a_date_of_its_own_stays_undated() -> None:
    """ "In 2015 the council ended the agreement": the one date is the end's, no signing."""
    acts = _acts(
        "date 2024-05-14\nIn 2015 the council of Leeds ended the sister city agreement with Fuzhou."
    )
    assert ("Leeds", "ended", None, None, "2015") in acts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ichihara City  Sister City  1988.7.20", "1988-07-20"),
        ("Ondertekend op 2016.03.09 in Linyi.", "2016-03-09"),
        ("Signé le 2019/12/2 à Linyi.", "2019-12-02"),
        ("Unterzeichnet am 2003.4.18 in Linyi.", "2003-04-18"),
    ],
)
def test_year_first_dates_with_dots_or_slashes(text: str, expected: str) -> None:
    """A date written year first with dots or slashes, as Chinese pages write it, is a day."""
    dates = extract(text).doc.dates
    assert [d.value.iso() for d in dates if d.value is not None] == [expected]


@pytest.mark.parametrize("text", ["Version 12.2019.3 released", "Room 2019.13.2", "2019.1"])
def test_year_first_dates_need_a_month_and_a_day(text: str) -> None:
    """Numbers that are no year, month and day are no date."""
    assert not [d for d in extract(text).doc.dates if d.value is not None and d.value.day]
