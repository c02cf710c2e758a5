"""Contacts as writers the engine was not tuned on give them (issue 2, the contact misses of
benchmarks/corpus31 taken as classes): a national number with its trunk 0 beside an e-mail
address of a country none of the document's language ("tel. 064 208 2111, e-mail
media@namport.com.na" in an English text), read in that country even where the numbering
plan does not know it; contact lines longer than a short line, made of short fields (an
office, a person, a phone, an e-mail), one contact a line. Every text is written for these
tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _contacts(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.name, c.phone, c.email) for c in extract(text).doc.contacts]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "The sister port agreement will be signed on Thursday.\n\nMedia enquiries: "
            "Port Communications, tel. 064 208 2111, e-mail media@portexample.com.na\n",
            "+264642082111",
        ),
        (
            "La convention sera signée jeudi au port.\n\nContact presse : Service "
            "communication, tél. 064 208 2111, courriel presse@portexemple.com.na\n",
            "+264642082111",
        ),
    ],
)
def test_contacts_national_number_stays_in_the_country_of_its_email(text: str, phone: str) -> None:
    """A trunk-0 number beside an e-mail of a foreign country is that country's number."""
    assert [p for _, p, _ in _contacts(text)] == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "IV. Coordinators\n\n"
        "LCU: International Office, Ms. Anna Lindqvist, Coordinator, Global Partnerships, "
        "tel. +1 902 555 0143, e-mail anna.lindqvist@lakecity-example.ca\n"
        "SAU: Office of International Cooperation and Exchange, Mr. Zhao Peng, "
        "tel. +86 532 8608 0632, e-mail zhaopeng@sau-example.edu.cn\n",
        "IV. Coördinatoren\n\n"
        "HVZ: Internationaal Bureau, mevr. Anna de Wit, coördinator partnerschappen, "
        "tel. +31 50 555 0143, e-mail anna.dewit@hvz-voorbeeld.nl\n"
        "SAU: Office of International Cooperation and Exchange, Mr. Zhao Peng, "
        "tel. +86 532 8608 0632, e-mail zhaopeng@sau-example.edu.cn\n",
    ],
)
def test_contacts_long_field_lines_are_one_contact_each(text: str) -> None:
    """Two long lines of short fields give two contacts, each with its own details."""
    found = _contacts(text)
    assert ("Zhao Peng", "+8653286080632", "zhaopeng@sau-example.edu.cn") in found
    assert len(found) == 2


def test_contacts_sentence_with_details_is_no_field_line() -> None:
    """A long sentence with a phone is read as prose: one contact, its name from the
    sentence."""
    text = (
        "For questions about the exchange programme with our partner universities in China, "
        "please contact Emma Clarke, International Office, on +44 113 555 0198 or by e-mail "
        "at emma.clarke@leeds-example.ac.uk.\n"
    )
    found = _contacts(text)
    assert found == [("Emma Clarke", "+441135550198", "emma.clarke@leeds-example.ac.uk")]
