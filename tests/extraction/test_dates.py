"""Tests of the cityties.dates extractor on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction.doc import Doc
from cityties.extraction.extractors.dates import (
    extract_dates,
    find_dates,
    parse_date_string,
    relative_date,
    relative_kind,
)
from cityties.text import PartialDate


def _one(text: str, lang: str = "en", ref: date | None = None) -> tuple[str, str | None]:
    found = find_dates(text, language=lang, document_date=ref)
    assert len(found) == 1, found
    d = found[0]
    return d.text, d.value.iso() if d.value else None


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        (
            "The twinning was sealed on March 3, 2015 in Lyon.",
            "en",
            "on March 3, 2015",
            "2015-03-03",
        ),
        ("The act dates from 3 March 2015.", "en", "3 March 2015", "2015-03-03"),
        ("Signed on the 3rd of March, 2015.", "en", "on the 3rd of March, 2015", "2015-03-03"),
        ("De akte werd op 3 maart 2015 ondertekend.", "nl", "op 3 maart 2015", "2015-03-03"),
        ("L'accord a été signé le 1er mars 2015.", "fr", "le 1er mars 2015", "2015-03-01"),
        ("Der Vertrag wurde am 3. März 2015 unterzeichnet.", "de", "am 3. März 2015", "2015-03-03"),
        ("Meeting of Tuesday, 5 May 2015.", "en", "Tuesday, 5 May 2015", "2015-05-05"),
        ("The charter (Sept. 8, 2016) was read.", "en", "Sept. 8, 2016", "2016-09-08"),
        ("De brief van 8 sept. 2016 is bijgevoegd.", "nl", "8 sept. 2016", "2016-09-08"),
        ("Ein Brief vom 12. Jänner 2016 liegt vor.", "de", "12. Jänner 2016", "2016-01-12"),
    ],
)
def test_dates_full_dates_in_four_languages(text: str, lang: str, span: str, iso: str) -> None:
    """A day, a month word and a year give a day-precision date; the span covers them."""
    assert _one(text, lang) == (span, iso)


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("The first delegation came in October 2011.", "en", "2011-10"),
        ("Im Februar 2014 reiste eine Delegation nach Lyon.", "de", "2014-02"),
        ("En février 2014, une délégation est venue.", "fr", "2014-02"),
        ("In mei 2014 kwam een delegatie.", "nl", "2014-05"),
        ("A visit is planned for the end of September 2006.", "en", "2006-09"),
        ("By the end of April 2020 the city had 30 partners.", "en", "2020-04"),
        ("Begin maart 2019 vertrok de burgemeester.", "nl", "2019-03"),
        ("Fin janvier 2019, le maire est parti.", "fr", "2019-01"),
        ("Anfang Mai 2019 reiste der Bürgermeister ab.", "de", "2019-05"),
        ("It was agreed in May of 2019.", "en", "2019-05"),
    ],
)
def test_dates_month_and_year_give_month_precision(text: str, lang: str, iso: str) -> None:
    """A month and year, with or without "the end of"/"begin"/"Anfang", is month precision."""
    assert _one(text, lang)[1] == iso


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2021 the two ports met again.", "en"),
        ("Sinds 2021 werken beide havens samen.", "nl"),
        ("Depuis 2021, les deux ports coopèrent.", "fr"),
        ("Seit 2021 arbeiten beide Häfen zusammen.", "de"),
        ("The population grew (2021).", "en"),
        ("Im Jahr 2021 begann die Zusammenarbeit.", "de"),
    ],
)
def test_dates_bare_year_is_year_precision(text: str, lang: str) -> None:
    """A year on its own is a year-precision date."""
    assert _one(text, lang)[1] == "2021"


@pytest.mark.parametrize(
    "text",
    [
        "The town counts 2000 inhabitants.",
        "Het dorp telt 1950 inwoners.",
        "Reference B 0042/2016 was filed.",
        "Its phone is 0032 2015 4433.",
        "A budget of 1,2015 euros.",
    ],
)
def test_dates_counts_and_codes_are_not_years(text: str) -> None:
    """Numbers that count things or belong to codes are not dates."""
    assert find_dates(text, language="en", document_date=None) == []


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("The action plan runs 2017-2019.", "en", "2017", "2019"),
        ("The action plan runs 2017–19.", "en", "2017", "2019"),
        ("The plan runs from 2017 to 2019.", "en", "2017", "2019"),
        ("Het plan loopt van 2017 tot 2019.", "nl", "2017", "2019"),
        ("Le plan court de 2017 à 2019.", "fr", "2017", "2019"),
        ("Der Plan läuft von 2017 bis 2019.", "de", "2017", "2019"),
        ("It ran between 2017 and 2019.", "en", "2017", "2019"),
        ("The fair ran from 24 to 26 September 2013.", "en", "2013-09-24", "2013-09-26"),
        ("The fair ran September 24-26, 2013.", "en", "2013-09-24", "2013-09-26"),
        ("La foire a eu lieu du 9 au 12 février 2017.", "fr", "2017-02-09", "2017-02-12"),
        ("Die Messe fand vom 3. bis 5. Mai 2014 statt.", "de", "2014-05-03", "2014-05-05"),
        (
            "The mission ran from 30 September to 2 October 2013.",
            "en",
            "2013-09-30",
            "2013-10-02",
        ),
        (
            "Der Plan gilt vom 1. Juli 2019 bis zum 30. Juni 2022.",
            "de",
            "2019-07-01",
            "2022-06-30",
        ),
        (
            "The mission ran from 3 March 2013 until 5 April 2013.",
            "en",
            "2013-03-03",
            "2013-04-05",
        ),
    ],
)
def test_dates_ranges_have_an_end_value(text: str, lang: str, start: str, end: str) -> None:
    """A range is one mention dated by its first end, with its other end as `end_value`."""
    found = find_dates(text, language=lang, document_date=None)
    assert len(found) == 1, found
    assert found[0].value is not None and found[0].value.iso() == start
    assert found[0].end_value is not None and found[0].end_value.iso() == end


def test_dates_two_dates_joined_by_and_stay_two() -> None:
    """Two dates joined by "and" without "between" are two mentions, not a range."""
    found = find_dates(
        "They met on 3 March 2015 and 5 May 2015.", language="en", document_date=None
    )
    assert [d.value.iso() for d in found if d.value] == ["2015-03-03", "2015-05-05"]
    assert all(d.end_value is None for d in found)


def test_dates_numeric_and_iso_forms() -> None:
    """ISO, European dotted and Chinese dates are read to day precision."""
    text = "Dated 2013-09-24, Lyon, 24.09.2013, 2013年9月24日."
    values = [d.value.iso() for d in find_dates(text, language="de", document_date=None) if d.value]
    assert values == ["2013-09-24", "2013-09-24", "2013-09-24"]


@pytest.mark.parametrize(
    ("text", "lang", "country", "iso"),
    [
        ("The charter was renewed on 12/05/2009 in Leeds.", "en", None, "2009-05-12"),
        ("The charter was renewed on 12/05/2009 in Leeds.", "en", "GB", "2009-05-12"),
        ("The charter was renewed on 12/05/2009 in Austin.", "en", "US", "2009-12-05"),
        ("Manila and Yokohama signed on 03/04/2012.", "en", "ph", "2012-03-04"),
        ("Getekend 09/10/2013.", "nl", None, "2013-10-09"),
        ("Signed 24/09/2013.", "en", "US", "2013-09-24"),
        ("Signed 09/24/2013.", "en", "GB", "2013-09-24"),
    ],
)
def test_dates_numeric_slash_order_by_country(
    text: str, lang: str, country: str | None, iso: str
) -> None:
    """A slashed date is day/month/year unless the document's country writes month first
    (US, PH, ...); a number above 12 decides the order whatever the country."""
    found = find_dates(text, language=lang, document_date=None, country=country)
    assert [d.value.iso() for d in found if d.value] == [iso]


def test_dates_numeric_slash_order_from_the_document() -> None:
    """With no country known, a slashed date that can only be month first ("09/24/2013") makes
    the document's other slashed dates month first too, and so do, in English, dates written
    out month first ("September 24, 2013"); otherwise they are day first."""
    text = "The visit ran from 09/24/2013 to 09/27/2013 and the charter followed on 10/02/2013."
    found = find_dates(text, language="en", document_date=None)
    assert [d.value.iso() for d in found if d.value][-1] == "2013-10-02"
    us = "Signed on September 24, 2013 in Austin and renewed on 10/02/2014."
    found = find_dates(us, language="en", document_date=None)
    assert [d.value.iso() for d in found if d.value] == ["2013-09-24", "2014-10-02"]
    uk = "Signed on 24 September 2013 in Leeds and renewed on 10/02/2014."
    found = find_dates(uk, language="en", document_date=None)
    assert [d.value.iso() for d in found if d.value] == ["2013-09-24", "2014-02-10"]
    found = find_dates(us, language="en", document_date=None, country="GB")
    assert [d.value.iso() for d in found if d.value] == ["2013-09-24", "2014-02-10"]
    mixed = "Signed 24/09/2013 and renewed 10/02/2014."
    found = find_dates(mixed, language="en", document_date=None)
    assert [d.value.iso() for d in found if d.value] == ["2013-09-24", "2014-02-10"]


@pytest.mark.parametrize(
    ("text", "lang", "ref", "iso"),
    [
        ("The mayors signed on Tuesday.", "en", date(2023, 9, 19), "2023-09-19"),
        ("The mayors signed on Monday.", "en", date(2023, 9, 19), "2023-09-18"),
        ("The mayors will meet next Friday.", "en", date(2023, 9, 19), "2023-09-22"),
        ("Les maires ont signé mardi dernier.", "fr", date(2023, 9, 21), "2023-09-19"),
        ("De burgemeesters tekenden vorige dinsdag.", "nl", date(2023, 9, 19), "2023-09-12"),
        ("The mayors signed today.", "en", date(2023, 9, 19), "2023-09-19"),
        ("De burgemeesters tekenden gisteren.", "nl", date(2023, 9, 19), "2023-09-18"),
        ("De burgemeesters tekenden gisterochtend.", "nl", date(2023, 9, 19), "2023-09-18"),
        ("Beim gestrigen Festakt sprach der Rektor.", "de", date(2023, 9, 19), "2023-09-18"),
        ("Les maires ont signé aujourd'hui.", "fr", date(2023, 9, 19), "2023-09-19"),
        ("Die Bürgermeister unterzeichneten heute.", "de", date(2023, 9, 19), "2023-09-19"),
        ("The office opened last year.", "en", date(2023, 9, 19), "2022"),
        ("Het kantoor opende vorig jaar.", "nl", date(2023, 9, 19), "2022"),
        ("Le bureau a ouvert l'an dernier.", "fr", date(2023, 9, 19), "2022"),
        ("Das Büro wurde im vergangenen Jahr eröffnet.", "de", date(2023, 9, 19), "2022"),
        ("The office opens next year.", "en", date(2023, 9, 19), "2024"),
        ("Het contract kwam er deze maand.", "nl", date(2023, 9, 19), "2023-09"),
        ("The office opened five years ago.", "en", date(2023, 9, 19), "2018"),
        ("Currently the city has five partners.", "en", date(2023, 9, 19), "2023-09-19"),
        ("Le maire est parti le 9 février dernier.", "fr", date(2017, 4, 19), "2017-02-09"),
        ("Le maire est parti le 9 mai dernier.", "fr", date(2017, 4, 19), "2016-05-09"),
        ("The mayor leaves on 9 May.", "en", date(2017, 4, 19), "2017-05-09"),
        ("De burgemeester vertrok in februari.", "nl", date(2017, 4, 19), "2017-02"),
        ("De burgemeester reisde onlangs naar Lyon.", "nl", date(2017, 4, 19), "2017"),
    ],
)
def test_dates_relative_expressions_resolve_against_document_date(
    text: str, lang: str, ref: date, iso: str
) -> None:
    """Relative expressions are dated from the document date, at the precision they allow."""
    found = find_dates(text, language=lang, document_date=ref)
    assert len(found) == 1, found
    assert found[0].relative is True
    assert found[0].value is not None and found[0].value.iso() == iso


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The mayors signed on Tuesday.", "en"),
        ("The mayors signed today.", "en"),
        ("Le maire est parti le 9 février dernier.", "fr"),
        ("De burgemeester reisde onlangs naar Lyon.", "nl"),
        ("Das Büro wurde letztes Jahr eröffnet.", "de"),
        ("The city currently has five partners.", "en"),
    ],
)
def test_dates_relative_without_document_date_have_no_value(text: str, lang: str) -> None:
    """Without a document date a relative expression is kept with value None, never guessed."""
    found = find_dates(text, language=lang, document_date=None)
    assert len(found) == 1, found
    assert found[0].relative is True
    assert found[0].value is None


@pytest.mark.parametrize(
    ("text", "lang", "ref", "iso"),
    [
        ("They met last week.", "en", date(2023, 9, 19), "2023-09"),
        ("Ze ontmoetten elkaar vorige week.", "nl", date(2018, 10, 18), "2018-10"),
        ("Ils se sont vus la semaine dernière.", "fr", date(2023, 9, 19), "2023-09"),
        ("Sie trafen sich vergangene Woche.", "de", date(2023, 9, 19), "2023-09"),
        ("They meet next week.", "en", date(2023, 9, 5), "2023-09"),
    ],
)
def test_dates_week_is_its_month(text: str, lang: str, ref: date, iso: str) -> None:
    """A week whose days all fall in one month is dated by that month."""
    found = find_dates(text, language=lang, document_date=ref)
    assert [d.value.iso() if d.value else None for d in found] == [iso]


def test_dates_week_across_two_months_has_no_value() -> None:
    """A week that straddles two months cannot be written as a partial date."""
    found = find_dates("They met last week.", language="en", document_date=date(2023, 10, 3))
    assert [(d.text, d.value) for d in found] == [("last week", None)]


@pytest.mark.parametrize(
    ("text", "lang", "ref", "span", "iso"),
    [
        # 2019-06-12 is a Wednesday
        (
            "Die Gäste kamen am Dienstagabend an.",
            "de",
            date(2019, 6, 12),
            "am Dienstagabend",
            "2019-06-11",
        ),
        (
            "Am Montagvormittag gab es einen Empfang.",
            "de",
            date(2019, 6, 12),
            "Am Montagvormittag",
            "2019-06-10",
        ),
        (
            "Der Vertrag folgte am Mittwochnachmittag.",
            "de",
            date(2019, 6, 12),
            "am Mittwochnachmittag",
            "2019-06-12",
        ),
        (
            "De gasten landden woensdagavond in Zwolle.",
            "nl",
            date(2019, 6, 14),
            "woensdagavond",
            "2019-06-12",
        ),
        (
            "Zaterdagochtend volgde een rondleiding.",
            "nl",
            date(2019, 6, 17),
            "Zaterdagochtend",
            "2019-06-15",
        ),
        (
            "De raad besliste vorige dinsdagmiddag.",
            "nl",
            date(2019, 6, 12),
            "vorige dinsdagmiddag",
            "2019-06-11",
        ),
    ],
)
def test_dates_weekday_with_part_of_day_is_that_weekday(
    text: str, lang: str, ref: date, span: str, iso: str
) -> None:
    """A Dutch or German weekday written as one word with a part of the day ("woensdagavond",
    "Dienstagabend") is dated like the weekday alone."""
    assert _one(text, lang, ref) == (span, iso)


def test_dates_weekday_with_part_of_day_without_document_date_has_no_value() -> None:
    """Without a document date the compound weekday is found but not dated."""
    found = find_dates("Am Donnerstagabend reisten sie ab.", language="de", document_date=None)
    assert [(d.text, d.value, d.relative) for d in found] == [("Am Donnerstagabend", None, True)]


@pytest.mark.parametrize(
    ("text", "lang", "ref", "iso", "end"),
    [
        # 2023-10-09 is a Monday, 2023-06-09 a Friday
        (
            "Forty guests came over last weekend.",
            "en",
            date(2023, 10, 9),
            "2023-10-07",
            "2023-10-08",
        ),
        (
            "Die Gäste kamen am vergangenen Wochenende.",
            "de",
            date(2023, 10, 9),
            "2023-10-07",
            "2023-10-08",
        ),
        (
            "Le week-end dernier, trente élus sont venus.",
            "fr",
            date(2023, 6, 9),
            "2023-06-03",
            "2023-06-04",
        ),
        (
            "Afgelopen weekend was een groep te gast.",
            "nl",
            date(2023, 6, 9),
            "2023-06-03",
            "2023-06-04",
        ),
        (
            "Dit weekend logeert een groep in Delft.",
            "nl",
            date(2023, 6, 7),
            "2023-06-10",
            "2023-06-11",
        ),
        (
            "Ce week-end, la ville reçoit ses amis.",
            "fr",
            date(2023, 6, 7),
            "2023-06-10",
            "2023-06-11",
        ),
        (
            "An diesem Wochenende feiert die Stadt.",
            "de",
            date(2023, 6, 7),
            "2023-06-10",
            "2023-06-11",
        ),
        ("The choir travels next weekend.", "en", date(2023, 6, 7), "2023-06-10", "2023-06-11"),
        ("Komend weekend reist het koor af.", "nl", date(2023, 6, 10), "2023-06-17", "2023-06-18"),
        (
            "Last weekend the choir sang in Lyon.",
            "en",
            date(2023, 6, 10),
            "2023-06-03",
            "2023-06-04",
        ),
    ],
)
def test_dates_weekend_is_its_saturday_and_sunday(
    text: str, lang: str, ref: date, iso: str, end: str
) -> None:
    """A weekend told from the document date is the range of its Saturday and Sunday: the last
    one over before the date, the one of its week, or the first one after it."""
    found = find_dates(text, language=lang, document_date=ref)
    assert len(found) == 1, found
    d = found[0]
    assert d.relative is True
    assert d.value is not None and d.value.iso() == iso
    assert d.end_value is not None and d.end_value.iso() == end


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Forty guests came over last weekend.", "en"),
        ("Le week-end dernier, trente élus sont venus.", "fr"),
        ("Die Gäste kamen am vergangenen Wochenende.", "de"),
        ("Dit weekend logeert een groep in Delft.", "nl"),
    ],
)
def test_dates_weekend_without_document_date_has_no_value(text: str, lang: str) -> None:
    """Without a document date a weekend is found but not dated."""
    found = find_dates(text, language=lang, document_date=None)
    assert [(d.value, d.end_value, d.relative) for d in found] == [(None, None, True)]


def test_dates_lower_case_weekday_of_another_language_in_english_text() -> None:
    """In a text read as English, a Dutch or German weekday (and its compound with a part of
    the day) counts in lower case; an English one needs its capital."""
    found = find_dates(
        "The guests from Tilburg arrived dinsdagmiddag and left on friday.",
        language="en",
        document_date=date(2019, 6, 12),
    )
    assert [(d.text, d.value) for d in found] == [("dinsdagmiddag", PartialDate(2019, 6, 11))]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("gisterochtend", "nl", "day:-1"),
        ("hier", "fr", "day:-1"),
        ("Yesterday", "de", "day:-1"),
        ("in dieser Woche", "de", "week:0"),
        ("la semaine dernière", "fr", "week:-1"),
        ("Letztes Wochenende", "de", "weekend:-1"),
        ("next weekend", "en", "weekend:1"),
        ("Dienstagabend", "de", None),
        ("hier", "nl", None),
        ("in dieser Woche", "en", None),
    ],
)
def test_dates_relative_kind_of_a_mention(text: str, lang: str, kind: str | None) -> None:
    """The kind of a relative expression is read with the expressions of the document's
    language and English; a weekday or another language's words have none."""
    assert relative_kind(text, lang) == kind


@pytest.mark.parametrize(
    ("kind", "iso"),
    [
        ("day:-1", "2019-06-11"),
        ("week:0", "2019-06"),
        ("week:-1", "2019-06"),
        ("weekend:-1", "2019-06-08"),
        ("ago", None),
    ],
)
def test_dates_relative_date_from_a_day(kind: str, iso: str | None) -> None:
    """A relative kind told on Wednesday 12 June 2019 is that date; "ago" needs its number."""
    value = relative_date(kind, date(2019, 6, 12))
    assert (value.iso() if value else None) == iso


@pytest.mark.parametrize(
    "text",
    [
        "The council may approve it.",
        "It may 12 times be said.",
    ],
)
def test_dates_modal_may_is_not_a_month(text: str) -> None:
    """The English modal "may" is not the month May."""
    found = find_dates(text, language="en", document_date=None)
    assert all("may" not in d.text for d in found)


def test_dates_english_weekday_needs_a_capital() -> None:
    """A lower-case English weekday is not read as a date."""
    assert find_dates("a tuesday crowd", language="en", document_date=None) == []


def test_dates_invalid_day_is_dropped() -> None:
    """A day that does not exist in its month gives no day-precision date."""
    found = find_dates("on 31 February 2015", language="en", document_date=None)
    assert all(d.value is None or d.value.precision != "day" for d in found)


def test_dates_parse_date_string_keeps_precision() -> None:
    """parse_date_string returns the precision the string states."""
    assert parse_date_string("24 September 2013", "en") == PartialDate(2013, 9, 24)
    assert parse_date_string("février 2014", "fr") == PartialDate(2014, 2)
    assert parse_date_string("September 24, 2013", "en") == PartialDate(2013, 9, 24)
    assert parse_date_string("3. März 2015", "de") == PartialDate(2015, 3, 3)
    assert parse_date_string("31 February 2015", "en") is None
    assert parse_date_string("not a date", "en") is None


def test_dates_extractor_fills_doc_dates_with_matching_spans() -> None:
    """The extractor writes Doc.dates in text order and every span quotes the text."""
    text = "On 3 March 2015 they met; in 2016 they signed; last year they renewed."
    doc = Doc(text=text, language="en", document_date=date(2020, 1, 2))
    extract_dates(doc)
    assert [d.text for d in doc.dates] == ["On 3 March 2015", "in 2016", "last year"]
    assert all(text[d.start : d.end] == d.text for d in doc.dates)
    assert [d.start for d in doc.dates] == sorted(d.start for d in doc.dates)


@pytest.mark.parametrize(
    ("text", "lang", "iso", "end"),
    [
        (
            "On 30 January 2018 they signed. The delegation was here from 29 to 31 January.",
            "en",
            "2018-01-29",
            "2018-01-31",
        ),
        ("Le 3 mai 2019, accord. Le 5 mai, départ.", "fr", "2019-05-05", None),
        ("Op 3 mei 2019 tekenden ze. Op 6 mei vertrokken ze.", "nl", "2019-05-06", None),
        ("Am 3. Mai 2019 kam er. Am 5. Mai reiste er ab.", "de", "2019-05-05", None),
    ],
)
def test_dates_day_and_month_take_the_year_of_a_date_of_that_month_before(
    text: str, lang: str, iso: str, end: str | None
) -> None:
    """Without a document date, "from 29 to 31 January" after "30 January 2018" is in 2018."""
    last = find_dates(text, language=lang, document_date=None)[-1]
    assert (str(last.value), str(last.end_value) if last.end_value else None) == (iso, end)
    assert last.relative is False


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 1985 they met. On 5 May they left.", "en"),
        ("En 1985, le jumelage. Une délégation est attendue du 12 au 15 octobre.", "fr"),
        ("Le 3 mai 2019, accord. Le 5 juin dernier, départ.", "fr"),
    ],
)
def test_dates_day_and_month_without_a_date_of_that_month_stay_open(text: str, lang: str) -> None:
    """With no full date of the same month before it (or with a relative word), a day and
    month without a year give no date."""
    last = find_dates(text, language=lang, document_date=None)[-1]
    assert last.value is None


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        ("Die Delegation reist Ende September nach Jena.", "de", "Ende September", "2019-09"),
        ("Der Vertrag wird Anfang November unterzeichnet.", "de", "Anfang November", "2019-11"),
        ("Die Bürgermeister treffen sich Mitte Mai in Aachen.", "de", "Mitte Mai", "2019-05"),
        ("De delegatie vertrekt eind september naar Gent.", "nl", "eind september", "2019-09"),
        ("Het bezoek volgt begin mei.", "nl", "begin mei", "2019-05"),
        ("La délégation arrive fin septembre à Nantes.", "fr", "fin septembre", "2019-09"),
        ("Le jumelage sera signé début mai.", "fr", "début mai", "2019-05"),
        ("The mayors meet in late September in Leeds.", "en", "late September", "2019-09"),
        ("The exchange starts early May.", "en", "early May", "2019-05"),
        ("It starts at the end of September.", "en", "the end of September", "2019-09"),
    ],
)
def test_dates_part_of_month_without_year(text: str, lang: str, span: str, iso: str) -> None:
    """ "Ende September", "eind september", "fin septembre", "late September" without a year
    resolve like a bare month ("in September") against the document date, to month
    precision; with no document date they are relative mentions without a value."""
    found = find_dates(text, language=lang, document_date=date(2019, 6, 3))
    assert [(d.text, d.value.iso() if d.value else None, d.relative) for d in found] == [
        (span, iso, True)
    ]
    undated = find_dates(text, language=lang, document_date=None)
    assert [(d.text, d.value) for d in undated] == [(span, None)]


def test_dates_part_of_month_resolves_like_a_bare_month() -> None:
    """A part of a month takes the year a bare month takes ("in September" -> same year)."""
    ref = date(2019, 10, 20)
    bare = find_dates("We met in September.", language="en", document_date=ref)
    part = find_dates("We met in late September.", language="en", document_date=ref)
    assert bare[0].value is not None and part[0].value == bare[0].value


# ---- c25-acts: "that year", "cette année-là", "im selben Jahr", "in datzelfde jaar"


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        ("It began in 1994; that year Leeds signed a charter.", "en", "that year", "1994"),
        ("Talks opened in 2007. In the same year a memo followed.", "en", "the same year", "2007"),
        ("Tout part de 1992 : cette année-là, Nantes signe.", "fr", "cette année-là", "1992"),
        ("La mission eut lieu en 2011 et la même année, un accord fut signé.", "fr",
         "la même année", "2011"),
        ("Der Rat stimmte 2003 zu. Im selben Jahr kam der Vertrag.", "de", "Im selben Jahr",
         "2003"),
        ("De raad koos in 2015 voor Yantai; in datzelfde jaar volgde een akte.", "nl",
         "datzelfde jaar", "2015"),
    ],
)  # fmt: skip
def test_dates_same_year_takes_the_year_told_before(
    text: str, lang: str, span: str, iso: str
) -> None:
    """A phrase that names the year told before ("that year", "cette année-là", "im selben
    Jahr", "datzelfde jaar") is that year, with or without a document date (a page of 2021
    does not make "cette année-là" its own year)."""
    for ref in (None, date(2021, 5, 4)):
        found = find_dates(text, language=lang, document_date=ref)
        got = [(d.text, d.value.iso() if d.value else None) for d in found]
        assert got[-1] == (got[-1][0], iso) and got[-1][0].endswith(span), got


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        ("The mayor came in April 2016. In June of the same year the cities signed.", "en",
         "In June of the same year", "2016-06"),
        ("Une mission s'y rend en 2012 et le 9 mai de la même année, la lettre est signée.",
         "fr", "le 9 mai de la même année", "2012-05-09"),
        ("Die Gespräche begannen 2009. Im März desselben Jahres folgte die Erklärung.", "de",
         "Im März desselben Jahres", "2009-03"),
        ("Het bezoek was in 2013. In oktober van dat jaar tekenden de steden.", "nl",
         "In oktober van dat jaar", "2013-10"),
    ],
)  # fmt: skip
def test_dates_month_of_the_same_year(text: str, lang: str, span: str, iso: str) -> None:
    """A month or a day and month "of the same year" ("de la même année", "desselben
    Jahres", "van dat jaar") is one date in the year told before."""
    found = find_dates(text, language=lang, document_date=None)
    assert [(d.text, d.value.iso() if d.value else None) for d in found][-1] == (span, iso)


def test_dates_this_year_is_still_the_page_year() -> None:
    """ "this year" and "cette année" (without "-là") stay the document's own year."""
    found = find_dates("In 2010 it began. This year it was renewed.", language="en",
                       document_date=date(2021, 5, 4))  # fmt: skip
    assert [d.value.iso() if d.value else None for d in found] == ["2010", "2021"]
    fr = find_dates("En 2010 tout commence. Cette année, il est renouvelé.", language="fr",
                    document_date=date(2021, 5, 4))  # fmt: skip
    assert [d.value.iso() if d.value else None for d in fr] == ["2010", "2021"]


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        (
            "Reisverslag 2018\n\nDe gasten kwamen op dinsdag 4 september naar het stadhuis.",
            "nl",
            "op dinsdag 4 september",
            "2018-09-04",
        ),
        (
            "Mission report (2024). Monday 15 April: talks at the port authority.",
            "en",
            "Monday 15 April",
            "2024-04-15",
        ),
        (
            "Jahresrückblick 2023. Die Gäste trafen am Samstag, 1. Juli ein.",
            "de",
            "am Samstag, 1. Juli",
            "2023-07-01",
        ),
        (
            "La délégation arrive samedi 4 mai à Lunel ; le jumelage a été signé en 2024.",
            "fr",
            "samedi 4 mai",
            "2024-05-04",
        ),
    ],
)
def test_dates_weekday_day_and_month_take_the_year_where_the_weekday_fits(
    text: str, lang: str, span: str, iso: str
) -> None:
    """Without a document date, a day and month written with their weekday take the year of a
    date the text writes near them (before first, then after) in which the weekday fits."""
    found = [d for d in find_dates(text, language=lang, document_date=None) if d.text == span]
    assert len(found) == 1, found
    assert found[0].value is not None and found[0].value.iso() == iso


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # 15 April 2023 is a Saturday
        ("Mission report (2023). Monday 15 April: talks at the port authority.", "en"),
        ("Op dinsdag 4 september kwamen de gasten.", "nl"),
    ],
)
def test_dates_weekday_day_and_month_without_fitting_year_stay_open(text: str, lang: str) -> None:
    """With no year near them in which the weekday fits, they are left without a value."""
    found = [d for d in find_dates(text, language=lang, document_date=None) if d.value is None]
    assert len(found) == 1, found
    assert found[0].relative is True


def test_dates_day_and_month_take_the_year_of_one_placed_by_its_weekday() -> None:
    """A day and month without a weekday take the year of an earlier date of the same month,
    also of one whose year its weekday decided."""
    text = "Blog 2018. Op dinsdag 4 september kwam Yancheng, op 11 september volgde Lishui."
    found = find_dates(text, language="nl", document_date=None)
    assert [(d.text, d.value.iso() if d.value else None) for d in found] == [
        ("2018", "2018"),
        ("Op dinsdag 4 september", "2018-09-04"),
        ("op 11 september", "2018-09-11"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        (
            "Am Dienstag, den 5. Juni 2012, trafen sich die Bürgermeister.",
            "de",
            "Am Dienstag, den 5. Juni 2012",
            "2012-06-05",
        ),
        (
            "Am Dienstag, dem 05.06.2012, trafen sich die Bürgermeister.",
            "de",
            "Am Dienstag, dem 05.06.2012",
            "2012-06-05",
        ),
        ("Le mardi 05/06/2012, les maires se sont vus.", "fr", "Le mardi 05/06/2012", "2012-06-05"),
        (
            "Op dinsdag 5-6-2012 zagen de burgemeesters elkaar.",
            "nl",
            "Op dinsdag 5-6-2012",
            "2012-06-05",
        ),
        ("On Tuesday, 5.6.2012 the mayors met.", "en", "On Tuesday, 5.6.2012", "2012-06-05"),
    ],
)
def test_dates_weekday_before_its_date_is_one_mention(
    text: str, lang: str, span: str, iso: str
) -> None:
    """A weekday written before its full date ("am Dienstag, den 5. Juni 2012", "Le mardi
    05/06/2012") is one mention with the date's value, not a weekday left without one."""
    assert _one(text, lang) == (span, iso)
