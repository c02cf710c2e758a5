"""Contacts as writers the engine was not tuned on give them (issue 2, the contact misses of
benchmarks/corpus25 taken as classes): a country code in brackets without its "+", an area
code joined by a dash, and details in the running text of a contact line whose abbreviated
phone label ("tel.") the sentence splitter cut. Every text is written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors.contacts import extract_contacts

Row = tuple[str | None, str | None, str | None, str | None]


def _rows(text: str) -> list[Row]:
    doc = extract(text).doc
    return [(c.name, c.unit, c.phone, c.email) for c in doc.contacts]


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("Tel: (853) 8398 4412", "+85383984412"),
        ("Tel: (32) 9 266 52 85", "+3292665285"),
        ("Tel: (+32) 9 266 52 85", "+3292665285"),
        ("Tel: +32 (0)9 266 52 85", "+3292665285"),
        ("Tel: (49) 431 901 2345", "+494319012345"),
    ],
)
def test_contacts_country_code_in_brackets(line: str, phone: str) -> None:
    """A country code in brackets, with or without its "+", gives the number in E.164."""
    text = f"Press contact\n\nMarta Lopes\n{line}\n"
    assert [r[2] for r in _rows(text)] == [phone]


def test_contacts_bracketed_area_code_of_north_america_is_not_a_country(hand_doc) -> None:
    """ "(418) 641-6010" is a North American area code (418 is no country's code): read in
    the North American form, not as a country code."""
    doc = hand_doc(
        "Contact\n\nJean Roy\nTel: (418) 641-6010\n", country="CA", persons=("Jean Roy",)
    )
    extract_contacts(doc)
    assert [c.phone for c in doc.contacts] == ["+14186416010"]


def test_contacts_american_area_code_that_is_also_a_country_code(hand_doc) -> None:
    """ "(212) 555-0123" in an American text is New York's area code, not Morocco's code."""
    doc = hand_doc("Contact\n\nAmy Lee\nTel: (212) 555-0123\n", country="US", persons=("Amy Lee",))
    extract_contacts(doc)
    assert [c.phone for c in doc.contacts] == ["+12125550123"]


def test_contacts_bracketed_code_needs_a_valid_number() -> None:
    """A bracketed number that is no valid phone for its code ("(33) 12 34") is left out."""
    text = "Contact\n\nAnne Morel\nTel: (33) 12 34 56\n"
    assert all(r[2] is None for r in _rows(text))


@pytest.mark.parametrize(
    ("text", "unit", "phone", "email"),
    [
        (
            "Ningbo Foreign Affairs Office\n\nNingbo is a port city in Zhejiang, China.\n\n"
            "For visits by partner cities please contact the Division of European Affairs, "
            "tel. 0574-8918 3312, email europe_div@nbfao.gov.cn\n",
            "Division of European Affairs",
            "+8657489183312",
            "europe_div@nbfao.gov.cn",
        ),
        (
            "Stadt Kiel\n\nFür Rückfragen zum Austausch mit Qingdao wenden Sie sich an das "
            "Referat für Internationales, Tel. 0431 901 2345, E-Mail international@kiel.de\n",
            "Referat für Internationales",
            "+494319012345",
            "international@kiel.de",
        ),
    ],
)
def test_contacts_details_in_a_prose_line_cut_after_tel(
    text: str, unit: str, phone: str, email: str
) -> None:
    """A contact line in running text whose "tel." ends a sentence for the splitter: the
    phone and e-mail after it are read, and given to the office the verb names."""
    assert (None, unit, phone, email) in _rows(text)


def test_contacts_write_to_an_office_in_running_text() -> None:
    """ "write to the Press Office at x@y or call ...": the e-mail and phone of the line go
    to the office it names."""
    text = (
        "Delft and Jinan signed a cooperation agreement.\n\n"
        "For questions about the exchange, write to the Press Office at press@delft.nl or "
        "call +31 15 260 2000.\n"
    )
    assert (None, "Press Office", "+31152602000", "press@delft.nl") in _rows(text)


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("Tel: 86-574-8918 3312", "+8657489183312"),
        ("Tel: 86-0574-8918 3312", "+8657489183312"),
        ("Tel.: 86-10-6519 2233", "+861065192233"),
    ],
)
def test_contacts_country_code_joined_by_a_dash_after_a_label(line: str, phone: str) -> None:
    """ "Tel: 86-574-8918 3312": a country code without its "+", joined by a dash, right after
    a phone label (a trunk 0 after it dropped), read in E.164."""
    text = f"Contact\n\nDivision of European Affairs\n{line}\nEmail: europe@nbfao.gov.cn\n"
    assert [r[2] for r in _rows(text)] == [phone]


def test_contacts_dashed_numbers_without_a_label_are_no_phones() -> None:
    """Dashed numbers in prose, with no phone label before them, give no contact."""
    text = "The council reviewed 86-574-8918 3312 applications in its 2019-2020 session.\n"
    assert _rows(text) == []
