"""Contacts as writers the engine was not tuned on give them (issue 2, the contact miss of
benchmarks/corpus30 taken as a class): a North American number written "302-555-0178", with
no "Tel:" before it, as a part of its own in a one-line contact ("Media contact: name, office,
number, e-mail") of an English or French text whose places suggest another country. The
class exists where North American numbers are written (English and French texts); Dutch and
German texts keep their own national reading. Every text is written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _phones(text: str) -> list[str | None]:
    return [c.phone for c in extract(text).doc.contacts]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "Lakeshore College signed an exchange agreement with Nanjing University in "
            "Jiangsu.\n\nMedia contact: Dana Whitfield, Office of Communications, "
            "614-555-0142, dwhitfield@lakeshore.edu\n",
            "+16145550142",
        ),
        (
            "The Port of Tacoma hosted a delegation from Xiamen and Fuzhou.\n\n"
            "Press contact: Owen Marsh | 253-555-0167 | omarsh@porttacoma-example.com\n",
            "+12535550167",
        ),
        (
            "L'Université de Rimouski a reçu une délégation de Qingdao et de Weihai.\n\n"
            "Contact médias : Julie Gagnon, Service des communications, 418-555-0193, "
            "julie.gagnon@uqar-exemple.ca\n",
            "+14185550193",
        ),
    ],
)
def test_contacts_bare_north_american_number_in_contact_line(text: str, phone: str) -> None:
    """A dashed North American number as its own part of a contact line is read in +1."""
    assert phone in _phones(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council met with Nanjing on Monday. The budget line 614-555-0142 was approved.\n",
        "Le conseil a rencontré Qingdao lundi. La ligne budgétaire 418-555-0193 est adoptée.\n",
    ],
)
def test_contacts_bare_north_american_number_in_prose_is_no_contact(text: str) -> None:
    """The same digits in a sentence, without a contact line, give no contact."""
    assert _phones(text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "Die Stadt Kiel empfing eine Delegation aus Qingdao.\n\nPressekontakt: Jana Vogel, "
            "Presseamt, 0431 901-2345, j.vogel@kiel-beispiel.de\n",
            "+494319012345",
        ),
        (
            "De gemeente Zwolle ontving een delegatie uit Wuhan.\n\nPerscontact: Sanne Bos, "
            "communicatie, 038 498 2345, s.bos@zwolle-voorbeeld.nl\n",
            "+31384982345",
        ),
    ],
)
def test_contacts_national_number_keeps_its_reading_in_german_and_dutch(
    text: str, phone: str
) -> None:
    """German and Dutch contact lines keep their national numbers; no +1 reading."""
    phones = _phones(text)
    assert phone in phones
    assert not any(p and p.startswith("+1") for p in phones)
