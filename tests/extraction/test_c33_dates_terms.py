"""Dates and terms of acts (issue 2): a wire service's dateline ("CITY, date /Wire/ --") dates
the page's relative days, an act signed at the ceremony of a dated gathering takes the
gathering's day, and a participle fronted with the act's term ("Conclu pour une durée de trois
ans, le pacte ...") gives the term of the act last reported. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.doc import Doc
from cityties.extraction.extractors.dates import extract_dates, page_date
from cityties.text import fold


def _doc(text: str, lang: str) -> Doc:
    doc = Doc(text=text, language=lang)
    extract_dates(doc)
    return doc


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        (
            "GHENT, Belgium, 14 March 2024 /PRNewswire/ -- The city opened a new library on "
            "Tuesday.",
            "en",
            "Tuesday",
            "2024-03-12",
        ),
        (
            "LYON, 6 mai 2025 /Agence Wire/ -- C'est le 29 avril que la ville a accueilli son "
            "forum.",
            "fr",
            "le 29 avril",
            "2025-04-29",
        ),
        (
            "KASSEL, 3. Juni 2023 /Presseportal/ -- Die Stadt hat am 1. Juni eine Messe eröffnet.",
            "de",
            "am 1. Juni",
            "2023-06-01",
        ),
        (
            "ZWOLLE, 8 oktober 2022 /Persdienst/-- De stad opende op 5 oktober een nieuw museum.",
            "nl",
            "op 5 oktober",
            "2022-10-05",
        ),
    ],
)
def test_extract_dates_wire_dateline_dates_relative_days(
    text: str, lang: str, span: str, iso: str
) -> None:
    """A release opening "CITY, date /Wire/ --" dates its yearless and relative days by that
    date, as a dateline with a dash alone does."""
    doc = _doc(text, lang)
    hits = [d for d in doc.dates if span in d.text]
    assert len(hits) == 1, doc.dates
    assert str(hits[0].value) == iso
    assert page_date(doc) is not None


def test_extract_dates_slashes_in_running_text_are_no_dateline() -> None:
    """A date in the running text followed by a slashed word and no dash dates nothing."""
    doc = _doc("The council met on 14 March 2024 /in public/ and the mayor spoke on Tuesday.", "en")
    assert page_date(doc) is None
    assert next(d for d in doc.dates if "Tuesday" in d.text).value is None


def _acts(text: str) -> list[tuple[str, str | None, int | None, str | None]]:
    return [
        (
            " / ".join(sorted(fold(p.name) for p in a.parties)),
            str(a.signed) if a.signed is not None else None,
            a.duration_months,
            str(a.ends) if a.ends is not None else None,
        )
        for a in extract(text).doc.agreements
    ]


@pytest.mark.parametrize(
    ("text", "party", "iso"),
    [
        (
            "Gent, 12 mei 2023\n\nOp 9 mei opende Gent het forum van de partnersteden. "
            "Tijdens de openingsceremonie ondertekende Gent een vriendschapsovereenkomst met "
            "Tartu.",
            "tartu",
            "2023-05-09",
        ),
        (
            "Lyon, le 12 mai 2023\n\nLe 9 mai, Lyon a ouvert le forum des villes partenaires. "
            "Lors de la cérémonie d'ouverture, Lyon a signé un accord d'amitié avec la ville de "
            "Tartu.",
            "tartu",
            "2023-05-09",
        ),
        (
            "Kassel, 12. Mai 2023\n\nAm 9. Mai eröffnete Kassel das Forum der Partnerstädte. "
            "Bei der Eröffnungsfeier unterzeichnete Kassel eine Freundschaftsvereinbarung mit "
            "der Stadt Tartu.",
            "tartu",
            "2023-05-09",
        ),
        (
            "Leeds, 12 May 2023\n\nOn 9 May Leeds opened the forum of partner cities. At the "
            "opening ceremony, Leeds signed a friendship agreement with the city of Tartu.",
            "tartu",
            "2023-05-09",
        ),
    ],
)
def test_extract_act_signed_at_ceremony_takes_gathering_day(
    text: str, party: str, iso: str
) -> None:
    """An act signed at the (opening) ceremony of a gathering, with no date of its own, takes
    the day the page told the gathering on."""
    acts = [a for a in _acts(text) if party in a[0]]
    assert len(acts) == 1, _acts(text)
    assert acts[0][1] == iso


@pytest.mark.parametrize(
    ("text", "party", "months"),
    [
        (
            "Le 3 mars 2022, Lyon a signé un pacte d'amitié avec la ville de Tartu. « Ce pacte "
            "nous ouvre une porte », déclare le maire.\n\nConclu pour une durée de trois ans, "
            "le pacte pourra être reconduit.",
            "tartu",
            36,
        ),
        (
            "On 3 March 2022 Leeds signed a friendship agreement with the city of Tartu. The "
            "mayor called it a new start.\n\nValid for five years, it names four fields "
            "of work.",
            "tartu",
            60,
        ),
        (
            "Am 3. März 2022 unterzeichnete Kassel eine Freundschaftsvereinbarung mit der Stadt "
            "Tartu. Der Bürgermeister sprach von einem Neubeginn.\n\nFür vier Jahre geschlossen, "
            "soll sie danach verlängert werden.",
            "tartu",
            48,
        ),
        (
            "Op 3 maart 2022 ondertekende Gent een vriendschapsovereenkomst met de stad Tartu. "
            "De burgemeester sprak van een nieuwe start.\n\nGeldig voor een periode van twee "
            "jaar, is het de eerste band van Gent in Estland.",
            "tartu",
            24,
        ),
    ],
)
def test_extract_fronted_term_participle_gives_term(text: str, party: str, months: int) -> None:
    """A sentence opened by a participle with the act's term ("Conclu pour une durée de trois
    ans, le pacte ...") gives that term to the act last reported, and its end from its day."""
    acts = [a for a in _acts(text) if party in a[0]]
    assert len(acts) == 1, _acts(text)
    assert acts[0][1] == "2022-03-03"
    assert acts[0][2] == months


def test_extract_fronted_participle_without_term_gives_none() -> None:
    """A fronted participle without a term ("Signed in the town hall, the agreement ...") gives
    the act no term."""
    text = (
        "On 3 March 2022 Leeds signed a friendship agreement with the city of Tartu. The mayor "
        "called it a new start.\n\nSigned in the town hall, the agreement names four fields."
    )
    acts = [a for a in _acts(text) if "tartu" in a[0]]
    assert len(acts) == 1, _acts(text)
    assert acts[0][2] is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "On 3 March 2022 Leeds signed a memorandum of understanding with the city of Tartu. "
            "The MoU is valid for two years and can be extended by mutual consent.",
            24,
        ),
        (
            "On 3 March 2022 Leeds signed a memorandum of understanding with the city of Tartu. "
            "It runs for four years and may be renewed by both parties.",
            48,
        ),
        (
            "Le 3 mars 2022, Lyon a signé un protocole d'accord avec la ville de Tartu. Le "
            "protocole est valable trois ans et peut être prolongé d'un commun accord.",
            36,
        ),
        (
            "Am 3. März 2022 unterzeichnete Kassel eine Absichtserklärung mit der Stadt Tartu. "
            "Die Absichtserklärung gilt drei Jahre und kann verlängert werden.",
            36,
        ),
        (
            "Op 3 maart 2022 ondertekende Gent een intentieverklaring met de stad Tartu. De "
            "intentieverklaring is drie jaar geldig en kan worden verlengd.",
            36,
        ),
    ],
)
def test_extract_term_sentence_with_allowed_renewal_is_no_plan(text: str, months: int) -> None:
    """A sentence with the act as subject that gives its term and the renewal it allows ("can
    be extended", "peut être prolongé", "kann verlängert werden", "kan worden verlengd") is
    the term of the act just signed, not a planned act of its own."""
    acts = _acts(text)
    assert len(acts) == 1, acts
    assert acts[0][1] == "2022-03-03"
    assert acts[0][2] == months
