"""Contacts as writers the engine was not tuned on give them (issue 2, the contact misses of
benchmarks/corpus27 taken as classes): a contact block written as a list with a bullet before
each field (what the HTML reader makes of a list), a unit before the colon and the name, a
North American number in a text whose places are elsewhere, and national numbers of
countries whose numbers have no trunk 0. Every text is written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract

Row = tuple[str | None, str | None, str | None, str | None]


def _rows(text: str) -> list[Row]:
    doc = extract(text).doc
    return [(c.name, c.unit, c.phone, c.email) for c in doc.contacts]


@pytest.mark.parametrize(
    ("block", "name", "phone"),
    [
        (
            "  • Handelskammer Hansestadt Kiel\n  • Ansprechpartnerin\n  • Dr. Sabine Holm\n"
            "  • +49 (431) 901-2345\n",
            "Sabine Holm",
            "+494319012345",
        ),
        (
            "- Contact\n- Jan Peeters\n- +32 9 266 52 85\n",
            "Jan Peeters",
            "+3292665285",
        ),
        (
            "* Contact presse\n* Claire Morel\n* +33 4 72 10 30 30\n",
            "Claire Morel",
            "+33472103030",
        ),
    ],
)
def test_contacts_bulleted_block(block: str, name: str, phone: str) -> None:
    """A contact block with a bullet before each line is read as the same lines without it."""
    text = "Die Stadt Kiel empfängt eine Delegation aus Qingdao.\n\n" + block
    rows = _rows(text)
    assert (name, phone) in [(r[0], r[2]) for r in rows]


@pytest.mark.parametrize(
    ("line", "name", "unit"),
    [
        ("Pressestelle: Jana Vogt, Tel. 0431 901 2345", "Jana Vogt", "Pressestelle"),
        (
            "International Office: Emma Clarke, +44 113 378 5520",
            "Emma Clarke",
            "International Office",
        ),
        (
            "Service communication : Sophie Marchand, +33 4 72 10 30 30",
            "Sophie Marchand",
            "Service communication",
        ),
    ],
)
def test_contacts_unit_colon_name(line: str, name: str, unit: str) -> None:
    """A unit before a colon and a name: the person is the contact, the unit theirs."""
    rows = _rows(f"Kontakt\n\n{line}\n")
    assert [(r[0], r[1]) for r in rows] == [(name, unit)]


def test_contacts_unit_colon_needs_a_name() -> None:
    """A unit before a colon and something that is no name gives no person."""
    rows = _rows("Contact\n\nInternational Office: Economic Growth, +44 113 378 5520\n")
    assert all(r[0] is None for r in rows)


def test_contacts_north_american_number_in_a_text_on_china() -> None:
    """'(912) 555-0148' is North America's form even when most places of the text are
    Chinese: +1, not a Chinese reading."""
    text = (
        "Savannah port signs memorandum with Ningbo\n\n"
        "The memorandum links Ningbo, Zhoushan and Shanghai carriers with Savannah.\n"
        "Ningbo, in Zhejiang, is one of the largest ports of China.\n\n"
        "For more information: Port Communications, (912) 555-0148, press@example.com\n"
    )
    assert [r[2] for r in _rows(text)] == ["+19125550148"]


def test_contacts_bracketed_three_digits_without_dash_stay_national() -> None:
    """Only the bracketed area code with a dashed line number is read as North American:
    a Belgian text's "(09) 266 52 85" stays Belgian."""
    text = "Contact\n\nStad Gent, Dienst Internationale Relaties, (09) 266 52 85\n"
    assert [r[2] for r in _rows(text)] == ["+3292665285"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "Le port de Douala au Cameroun et le port de Ningbo ont signé un accord.\n\n"
            "Contact : service de la communication, tél. 233 42 01 33, info@example.cm\n",
            "+237233420133",
        ),
        (
            "La Ville de Luxembourg accueille une délégation de Nanjing.\n\n"
            "Contact : Service des relations internationales, Tél. 4796 2345, "
            "relations@example.lu\n",
            "+35247962345",
        ),
    ],
)
def test_contacts_national_number_without_trunk_zero(text: str, phone: str) -> None:
    """After a phone label, a number without a trunk 0 is read in a country whose numbers
    have none (Cameroon, Luxembourg), when valid there."""
    assert [r[2] for r in _rows(text)] == [phone]


def test_contacts_number_without_trunk_zero_not_read_where_the_trunk_is_0() -> None:
    """In a Belgian text a number written without its trunk 0 is not guessed."""
    text = "Stad Gent\n\nContact: Dienst Internationale Relaties, tel. 9 266 52 85, ir@gent.be\n"
    assert [r[2] for r in _rows(text)] == [None]
