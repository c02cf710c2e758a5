"""Agreements: the details of an act that is found, decided from evidence spread over the page
(issue 2): a suspension is no status, a date opening a sentence dates the acts of its
coordinated clauses, an abbreviation in brackets is one act with its words, and an undated act
takes the date of the signing a later sentence reports about it. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import (
    attached,
    coordinated,
    fronted,
    is_suspension,
    modal_signing,
    suspension_date,
)
from cityties.text import fold
from factsets import ActDetail, act_detail


def _acts(text: str) -> set[ActDetail]:
    return {act_detail(a) for a in extract(text).doc.agreements}


def _find(text: str, party: str) -> tuple[str | None, int | None, str | None, str]:
    """(signed, duration, ends, status) of the one act with `party`."""
    hits = [a for a in _acts(text) if fold(party) in a[0]]
    assert len(hits) == 1, hits
    return hits[0][2:]


# ---- helpers


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("suspended", True),
        ("ausgesetzt", True),
        ("suspendu", True),
        ("opgeschort", True),
        ("frozen", True),
        ("terminated", False),
        ("opgezegd", False),
        ("beendet", False),
    ],
)
def test_is_suspension_tells_suspensions_from_ends(word: str, expected: bool) -> None:
    """Words of suspension are told apart from words that end an act."""
    assert is_suspension(word, 0, len(word)) is expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("the link has been suspended since March 2022.", "March 2022", True),
        ("die Kontakte wurden im März 2022 ausgesetzt.", "im März 2022", True),
        ("le jumelage est suspendu depuis 2019.", "2019", True),
        ("de band werd in 2023 opgeschort.", "in 2023", True),
        ("twinned in 1978, suspended in 2019.", "1978", False),
        ("Leeds froze its relationship with Hull in 2019.", "2019", True),
        ("signed in 1990 and suspended in 2022.", "1990", False),
        ("Jena (1988; seit 2022 ausgesetzt)", "1988", False),
    ],
)
def test_suspension_date_is_the_date_of_the_suspension_verb(
    text: str, date: str, expected: bool
) -> None:
    """A date in the clause of a word of suspension, nearer to it than to any signing verb,
    dates the suspension only."""
    low = text.lower()
    start = low.index(date.lower())
    verbs = [(low.index("signed"), low.index("signed") + 6)] if "signed" in low else []
    assert suspension_date(low, start, start + len(date), 0, len(low), verbs) is expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("In 2019 sloot de stad een akkoord", "2019", True),
        ("Vorige week; en juin, elle a signé", "juin", True),
        ("Im Mai unterzeichnete die Stadt", "Mai", True),
        ("The city signed in 2019 an accord", "2019", False),
    ],
)
def test_fronted_is_a_date_that_opens_its_clause(text: str, date: str, expected: bool) -> None:
    """Only a preposition may stand between the clause's start and a fronted date."""
    low = text.lower()
    assert fronted(low, 0, low.index(date.lower())) is expected


@pytest.mark.parametrize(
    ("gap", "expected"),
    [
        (" met Jiaxing, werd de ", True),
        (" avec Bruges et signé une ", True),
        (" with Hull and renewed its ", True),
        (", which was signed by the ", False),
        (" with Hull; later the ", False),
        (" mit Jena, die seit ", False),
    ],
)
def test_coordinated_joins_clauses_of_one_kind(gap: str, expected: bool) -> None:
    """A comma or a conjunction joins coordinated clauses; a relative clause, "since",
    "later" or a semicolon does not."""
    assert coordinated(gap, 0, len(gap)) is expected


@pytest.mark.parametrize(
    ("text", "date", "verb", "expected"),
    [
        ("was signed in Graz on 3 June", "3 June", "signed", True),
        ("am 3. Juni unterzeichneten", "3. Juni", "unterzeichneten", True),
        ("signed a letter, and on 3 June visited", "3 June", "signed", False),
    ],
)
def test_attached_binds_a_date_to_its_verb(text: str, date: str, verb: str, expected: bool) -> None:
    """A date is a verb's when they stand close, with no clause break between them."""
    low = text.lower()
    d0, m0 = low.index(date.lower()), low.index(verb)
    assert attached(low, d0, d0 + len(date), m0, m0 + len(verb)) is expected


# ---- whole documents


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "Bristol and Hannover have been twinned since 1947. The sister city agreement "
            "between Bristol and Tbilisi was suspended in March 2022.",
            "Tbilisi",
        ),
        (
            "Leipzig ist seit 1962 mit Lyon verschwistert. Die Städtepartnerschaft zwischen "
            "Leipzig und Kiew wurde im März 2022 ausgesetzt.",
            "Kiew",
        ),
        (
            "Grenoble est jumelée avec Essen. Le jumelage entre Grenoble et Oxford est suspendu "
            "depuis 2020.",
            "Oxford",
        ),
        (
            "Zwolle heeft een stedenband met Lublin. De stedenband tussen Zwolle en Kassel is "
            "sinds 2021 opgeschort.",
            "Kassel",
        ),
        ("Leeds froze its sister city relationship with Hangzhou in 2019.", "Hangzhou"),
        ("De gemeente Delft schortte in 2021 de stedenband met Lublin op.", "Lublin"),
    ],
)
def test_suspended_tie_stays_signed_and_undated(text: str, partner: str) -> None:
    """A suspended tie keeps the status signed, and the suspension's date is neither its
    signing date nor its end."""
    signed, _, ends, status = _find(text, partner)
    assert status == "signed"
    assert signed is None
    assert ends is None


@pytest.mark.parametrize(
    ("text", "partner", "signed"),
    [
        (
            "In 2018 ondertekende de gemeente Breda een vriendschapsovereenkomst met Yantai, "
            "werd de stedenband met Diest met vijf jaar verlengd en kwam er een beurs bij.",
            "Diest",
            "2018",
        ),
        (
            "Ville de Nantes. En mai 2017, la Ville a signé un accord de coopération avec "
            "Jinan ; en juin 2017, elle a renouvelé sa charte avec Cardiff et signé une "
            "lettre d'intention avec Tianjin.",
            "Tianjin",
            "2017-06",
        ),
        (
            "In 2016 the City of Leeds signed a memorandum of understanding with Hangzhou "
            "and a friendship agreement with Zhuhai.",
            "Zhuhai",
            "2016",
        ),
    ],
)
def test_fronted_date_dates_coordinated_acts(text: str, partner: str, signed: str) -> None:
    """A date opening the sentence dates the act of a clause coordinated with the first."""
    assert _find(text, partner)[0] == signed


def test_abbreviation_in_brackets_is_one_act() -> None:
    """ "a memorandum of understanding (MoU) was signed": the verb and the date after the
    brackets are the act's."""
    text = (
        "On 4 May 2021, in the city hall, a memorandum of understanding (MoU) was signed "
        "between the University of Leeds and Fudan University. It will run for three years."
    )
    signed, duration, ends, status = _find(text, "Fudan University")
    assert (signed, duration, ends, status) == ("2021-05-04", 36, "2024-05-04", "signed")


@pytest.mark.parametrize(
    ("text", "partner", "signed"),
    [
        (
            "date 2023-09-20\nPort of Antwerp signs MoU with Ningbo Zhoushan Port\n\n"
            "A memorandum of understanding was signed in Antwerp on 18 September by "
            "representatives of Port of Antwerp and Ningbo Zhoushan Port.",
            "Ningbo Zhoushan Port",
            "2023-09-18",
        ),
        (
            "Graz, 20. Mai 2019\n\nDie Steiermark und die Provinz Anhui haben eine "
            "Absichtserklärung unterzeichnet.\n\nAm 17. Mai unterzeichneten die Partner "
            "eine auf drei Jahre angelegte Absichtserklärung.",
            "Anhui",
            "2019-05-17",
        ),
    ],
)
def test_undated_act_takes_the_date_of_its_signing_sentence(
    text: str, partner: str, signed: str
) -> None:
    """An act reported undated in a heading or a lead takes the date that a later sentence
    gives its signing, when that sentence names no other party."""
    got = [a for a in _acts(text) if fold(partner) in a[0]]
    assert got and all(a[2] == signed for a in got)


def test_signing_of_another_partner_dates_no_act() -> None:
    """A dated signing with another named partner is that partner's act, not the undated
    one's."""
    text = (
        "Port of Antwerp signs MoU with Ningbo Zhoushan Port\n\n"
        "The port of Antwerp signed a similar memorandum with Port of Rotterdam in June 2021."
    )
    assert _find(text, "Ningbo Zhoushan Port")[0] is None


@pytest.mark.parametrize(
    ("text", "partner", "ends"),
    [
        (
            "date 2021-03-12\nDelft maakt een einde aan de stedenband met Lublin. Dat besloot "
            "de gemeenteraad op 10 maart.",
            "Lublin",
            "2021-03-10",
        ),
        (
            "date 2021-03-12\nThe City of Leeds has ended its twinning with Hangzhou. The "
            "council voted on 9 March for the motion.",
            "Hangzhou",
            "2021-03-09",
        ),
        (
            "date 2021-03-12\nDie Stadt Jena beendet die Städtepartnerschaft mit Wuxi. Der Rat "
            "beschloss dies am 8. März.",
            "Wuxi",
            "2021-03-08",
        ),
        (
            "date 2021-03-12\nRennes met fin à son jumelage avec Jinan. Le conseil municipal "
            "l'a décidé le 11 mars.",
            "Jinan",
            "2021-03-11",
        ),
    ],
)
def test_ended_act_ends_on_the_day_of_its_ending(text: str, partner: str, ends: str) -> None:
    """An ended act with no end of its own ends on the day the next sentence gives its
    ending or the decision to end it."""
    _, _, got, status = _find(text, partner)
    assert (status, got) == ("ended", ends)


def test_ending_of_another_partner_gives_no_end() -> None:
    """A dated decision about another named partner is no end of the act."""
    text = (
        "date 2021-03-12\nDelft maakt een einde aan de stedenband met Lublin. Het college "
        "besloot op 10 maart de band met Kassel te behouden."
    )
    assert _find(text, "Lublin")[2] is None


@pytest.mark.parametrize(
    "text",
    [
        "Leeds and Hangzhou have agreed the text of a friendship agreement, which could be "
        "signed in the autumn.",
        "Rennes et Jinan ont finalisé un accord de coopération qui pourrait être signé en octobre.",
        "Delft en Lublin hebben een intentieverklaring opgesteld, die in mei zou kunnen worden "
        "ondertekend.",
        "Jena und Wuxi haben eine Absichtserklärung ausgehandelt, die im Herbst unterzeichnet "
        "werden könnte.",
        "Die Absichtserklärung zwischen Jena und Wuxi könnte im Herbst unterzeichnet werden.",
    ],
)
def test_signing_under_a_modal_is_planned(text: str) -> None:
    """A signing verb under a modal ("could be signed", "pourrait être signé", "zou worden
    ondertekend", "unterzeichnet werden könnte") reports a plan."""
    assert {a[5] for a in _acts(text)} == {"planned"}


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("it could be signed soon", "signed", True),
        ("il pourrait être signé", "signé", True),
        ("die im herbst unterzeichnet werden könnte", "unterzeichnet", True),
        ("die stadt könnte ihn unterzeichnen", "unterzeichnen", False),
        ("it was signed in may", "signed", False),
    ],
)
def test_modal_signing_reads_the_modal_of_the_verb(text: str, start: str, expected: bool) -> None:
    """The modal must govern the signing verb (German: with "werden")."""
    i = text.index(start)
    assert modal_signing(text, i, i + len(start), 0) is expected


@pytest.mark.parametrize(
    ("text", "partner", "signed"),
    [
        (
            "date 2022-10-14\nThe port of Hamburg has signed a cooperation agreement with the "
            "port of Qingdao. The signing took place on Wednesday in Hamburg.",
            "Qingdao",
            "2022-10-12",
        ),
        (
            "date 2022-10-14\nHet Havenbedrijf Antwerpen heeft een samenwerkingsovereenkomst "
            "getekend met de haven van Ningbo. De ondertekening vond woensdag plaats in Gent.",
            "Ningbo",
            "2022-10-12",
        ),
        (
            "date 2022-10-14\nLe port de Marseille a signé un accord de coopération avec le "
            "port de Shanghai. La signature a eu lieu le 12 octobre à Lyon.",
            "Shanghai",
            "2022-10-12",
        ),
        (
            "date 2022-10-14\nDer Hafen Bremen hat eine Kooperationsvereinbarung mit dem Hafen "
            "Dalian unterzeichnet. Die Unterzeichnung fand am 12. Oktober in Berlin statt.",
            "Dalian",
            "2022-10-12",
        ),
    ],
)
def test_signing_sentence_after_the_act_dates_it(text: str, partner: str, signed: str) -> None:
    """ "The signing took place on ...", "De ondertekening vond ... plaats", "La signature a
    eu lieu le ...", "Die Unterzeichnung fand am ... statt": the date of the act before; the
    place where it was signed is no other party."""
    got = [a for a in _acts(text) if any(fold(partner) in p for p in a[0])]
    assert got and {a[2] for a in got} == {signed}


@pytest.mark.parametrize(
    ("text", "partner", "signed"),
    [
        (
            "In mei 2024 reisde de burgemeester van Delft naar Lublin. Bij die gelegenheid "
            "ondertekenden Delft en Lublin een samenwerkingsovereenkomst voor de periode "
            "2024-2027.",
            "Lublin",
            "2024-05",
        ),
        (
            "In May 2024 the Mayor of Leeds travelled to Hangzhou. On that occasion Leeds and "
            "Hangzhou signed a cooperation agreement for 2024-2027.",
            "Hangzhou",
            "2024-05",
        ),
    ],
)
def test_occasion_gives_a_finer_date_of_the_same_year(text: str, partner: str, signed: str) -> None:
    """An act signed "on that occasion" with only a period of years takes the month the
    sentence before gives, in the same year."""
    assert _find(text, partner)[0] == signed


@pytest.mark.parametrize(
    ("text", "partner", "signed"),
    [
        (
            "Delft en Lublin leerden elkaar kennen in 2012. Drie jaar later ondertekenden Delft "
            "en Lublin een samenwerkingsovereenkomst.",
            "Lublin",
            "2015",
        ),
        (
            "Leeds first welcomed a delegation from Hangzhou in 2012. Three years later, Leeds "
            "and Hangzhou signed a cooperation agreement.",
            "Hangzhou",
            "2015",
        ),
        (
            "Les premiers contacts entre Rennes et Jinan datent de 2012. Trois ans plus tard, "
            "Rennes et Jinan ont signé un accord de coopération.",
            "Jinan",
            "2015",
        ),
        (
            "Die ersten Kontakte zwischen Jena und Wuxi gab es 2012. Drei Jahre später "
            "unterzeichneten Jena und Wuxi eine Kooperationsvereinbarung.",
            "Wuxi",
            "2015",
        ),
    ],
)
def test_years_later_counts_from_the_year_told_before(text: str, partner: str, signed: str) -> None:
    """ "Three years later", "drie jaar later", "trois ans plus tard", "drei Jahre später":
    the act's year is the year told before plus the count."""
    got = [a for a in _acts(text) if fold(partner) in a[0]]
    assert got and {a[2] for a in got} == {signed}


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "In 2015 Leeds signed cooperation agreements with Hangzhou and Dortmund, and it "
            "renewed its partnership with Hangzhou last year.",
            "Dortmund",
        ),
    ],
)
def test_renewal_of_the_next_act_is_not_this_acts(text: str, partner: str) -> None:
    """A renewal verb in a clause of its own, right before another act's word ("..., and it
    renewed its partnership with A"), is that act's: the acts before stay signed."""
    got = [a for a in _acts(text) if fold(partner) in a[0]]
    assert got and "signed" in {a[5] for a in got}


@pytest.mark.parametrize(
    ("text", "partner", "status"),
    [
        (
            "In 2019 sloten Delft en Lublin een samenwerkingsovereenkomst voor vijf jaar. Die "
            "overeenkomst wordt niet verlengd.",
            "Lublin",
            "signed",
        ),
        (
            "In 2019 sloten Delft en Lublin een samenwerkingsovereenkomst voor vijf jaar. Die "
            "overeenkomst werd niet verlengd.",
            "Lublin",
            "ended",
        ),
        (
            "Jena und Wuxi schlossen 2019 eine Kooperationsvereinbarung. Sie läuft Ende des "
            "Jahres aus und wird nicht erneuert.",
            "Wuxi",
            "signed",
        ),
        (
            "Leeds and Hangzhou signed a cooperation agreement in 2019. The agreement will not "
            "be renewed when it expires.",
            "Hangzhou",
            "signed",
        ),
    ],
)
def test_non_renewal_to_come_leaves_the_act_signed(text: str, partner: str, status: str) -> None:
    """ "wordt niet verlengd", "wird nicht erneuert", "will not be renewed": the act is in force
    until it lapses; "werd niet verlengd" (past): it ended."""
    got = [a for a in _acts(text) if fold(partner) in a[0]]
    assert got and {a[5] for a in got} == {status}
