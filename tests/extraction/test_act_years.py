"""Counts of a tie's years (`_act_years.tie_counts`) and the signing year they give an act."""

from __future__ import annotations

import pytest

from cityties.extraction.extractors._act_years import tie_counts


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The towns gathered to mark 20 years of the sister-province relationship.", 20),
        ("It was the week of twenty years of friendly relations between the two ports.", 20),
        ("De provincies vieren dertig jaar vriendschappelijke betrekkingen.", 30),
        ("La fête des trente ans de relations d'amitié entre les deux villes.", 30),
        ("Les deux communes ont célébré vingt-cinq ans d'amitié en mai.", 25),
        ("Gefeiert wurden 40 Jahre freundschaftliche Beziehungen der beiden Städte.", 40),
        ("They celebrated 15 years of their cooperation with the college.", 15),
    ],
)
def test_tie_counts_reads_the_years_of_a_tie(text: str, years: int) -> None:
    """A count of years before the noun of a tie, with an article and qualifying words
    between, is read with its number."""
    low = text.lower()
    assert [n for _, n in tie_counts(low, 0, len(low))] == [years]


@pytest.mark.parametrize(
    "text",
    [
        "The agreement runs for 20 years of work.",
        "Hij woonde twintig jaar in de stad.",
        "Le plan couvre cinq ans de travaux.",
        "Die Stadt plant 10 Jahre voraus.",
    ],
)
def test_tie_counts_ignores_counts_of_other_things(text: str) -> None:
    """A count of years of something that is no tie is no jubilee."""
    low = text.lower()
    assert tie_counts(low, 0, len(low)) == []


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (
            "date 2026-03-30\nOn March 26 officials met in Halifax to celebrate 20 years of the "
            "close sister-province ties between Nova Scotia and Guangxi.\n",
            "2006",
        ),
        (
            "date 2025-06-17\nNiedersachsen und die Provinz Anhui feierten am Dienstag in "
            "Hannover mit einem Empfang das 40-jährige Bestehen ihrer Partnerschaft.\n"
            "Die Partnerschaft zwischen Niedersachsen und Anhui ist lebendig.\n",
            "1985",
        ),
        (
            "date 2025-11-03\nOn October 28th guests from Tartu joined their hosts in Taiyuan "
            "to celebrate 20 years of friendly relations between Taiyuan and Tartu.\n"
            "Taiyuan and Tartu signed a friendship agreement.\n",
            "2005",
        ),
        (
            "date 2024-05-10\nDe provincie Gelderland en de provincie Anhui vieren deze week "
            "dertig jaar vriendschappelijke betrekkingen.\nDe vriendschapsband tussen "
            "Gelderland en Anhui is hecht.\n",
            "1994",
        ),
        (
            "date 2023-10-02\nLa ville de Lorient et la ville de Wenzhou ont fêté samedi les "
            "trente ans de leurs relations d'amitié.\nLe jumelage entre Lorient et Wenzhou "
            "compte beaucoup.\n",
            "1993",
        ),
    ],
)
def test_extract_jubilee_dates_the_tie(text: str, signed: str) -> None:
    """A sentence counting a tie's years dates the tie of its two parties: the year of the
    sentence's date (else the page's) minus the count."""
    from cityties.extraction.pipeline import extract

    acts = extract(text).doc.agreements
    dated = {str(a.signed) for a in acts if a.status == "signed"}
    assert signed in dated


@pytest.mark.parametrize(
    "text",
    [
        "In 2013 both towns concluded a 5-year pact on establishing friendship.",
        "They agreed on a treaty of ten years on friendship and trade.",
        "Ze sloten een akkoord voor vijf jaar samenwerking.",
        "Ils ont signé un accord de cinq ans pour la coopération.",
        "Die Städte planen für fünf Jahre Zusammenarbeit.",
        "The pact provides for ten years of cooperation.",
    ],
)
def test_tie_counts_ignores_terms(text: str) -> None:
    """The term of an act ("a 5-year agreement on ... friendship", "voor vijf jaar
    samenwerking") is no count of a tie's years."""
    low = text.lower()
    assert tie_counts(low, 0, len(low)) == []


def test_extract_jubilee_to_come_dates_no_act() -> None:
    """A sentence about a jubilee to be marked later ("proposed marking the 25th anniversary
    by signing a memorandum ... in October") dates neither the tie nor the memorandum."""
    from cityties.extraction.pipeline import extract

    text = (
        "date 2019-03-12\nThe sister city agreement between La Crosse and Luoyang was signed. "
        "The mayor of Luoyang suggested that the 25th anniversary be celebrated with a "
        "memorandum of cooperation with La Crosse, to be signed when a delegation goes to "
        "Luoyang in October.\n"
    )
    acts = extract(text).doc.agreements
    assert "1994" not in {str(a.signed) for a in acts}


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (
            "date 2024-11-02\nCet automne, le comité a célébré les trente ans du jumelage qui "
            "relie Vichy à Bad Tölz depuis le 8 octobre 1994.\n",
            "1994-10-08",
        ),
        (
            "date 2024-11-02\nThis year we marked thirty years of the twinning that has linked "
            "Bath and Alkmaar since 8 October 1994.\n",
            "1994-10-08",
        ),
        (
            "date 2024-11-02\nDit jaar vierden we dertig jaar stedenband tussen Delft en "
            "Jinan, die sinds 8 oktober 1994 bestaat.\n",
            "1994-10-08",
        ),
        (
            "date 2024-11-02\nIn diesem Jahr feierten wir 30 Jahre Städtepartnerschaft "
            "zwischen Kiel und Brest, die seit dem 8. Oktober 1994 besteht.\n",
            "1994-10-08",
        ),
    ],
)
def test_extract_jubilee_with_since_date_keeps_that_date(text: str, signed: str) -> None:
    """A jubilee counted in a sentence that gives the day the tie runs from ("depuis le 8
    octobre 1994", "since 8 October 1994") keeps that day: it is no day of the jubilee."""
    from cityties.extraction.pipeline import extract

    acts = extract(text).doc.agreements
    assert signed in {str(a.signed) for a in acts}


@pytest.mark.parametrize(
    "text",
    [
        "date 2024-05-10\nTo mark 15 years of cooperation, Leeds and Wuxi signed a memorandum of "
        "understanding on 3 May 2024.\n",
        "date 2024-05-10\nNa vijftien jaar samenwerking ondertekenden Gent en Wuxi op 3 mei 2024 "
        "een memorandum van overeenstemming.\n",
        "date 2024-05-10\nNach 15 Jahren Zusammenarbeit unterzeichneten Kiel und Wuxi am 3. Mai "
        "2024 eine Absichtserklärung.\n",
    ],
)
def test_extract_tie_count_keeps_the_date_of_an_act_signed(text: str) -> None:
    """A count of a tie's years in a sentence that signs a new act on a stated day ("To mark
    15 years of cooperation, ... signed ... on 3 May 2024") is no jubilee of that act: the
    act keeps its day, not the day minus the count."""
    from cityties.extraction.pipeline import extract

    assert {str(a.signed) for a in extract(text).doc.agreements} == {"2024-05-03"}


@pytest.mark.parametrize(
    "text",
    [
        "date 2024-05-10\nTo mark 15 years of cooperation, Leeds and Wuxi signed a memorandum of "
        "understanding.\n",
        "date 2024-05-10\nNa vijftien jaar samenwerking ondertekenden Gent en Wuxi een memorandum "
        "van overeenstemming.\n",
    ],
)
def test_extract_tie_count_does_not_date_an_undated_act_signed(text: str) -> None:
    """An undated act signed in a sentence that counts a tie's years is not dated by the page's
    year minus the count."""
    from cityties.extraction.pipeline import extract

    assert "2009" not in {str(a.signed) for a in extract(text).doc.agreements}
