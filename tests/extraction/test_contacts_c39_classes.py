"""Contacts of the classes corpus39 showed (issue 2), on lines written for these tests in the
four languages: the person a sentence sends questions or registrations to ("may be sent to
NAME, BODY, at ...", "kunnen gestuurd worden naar NAME", "richten Sie bitte an NAME",
"adressées à NAME", "aanmelden kan bij NAME, e-mail, tel.") is the contact of the details
that follow; an organisation named by an acronym and its legal form ("MVRM e.V.", "VBC vzw",
"AFCC asbl", "DTA plc") before the name on a contact line is the person's organisation."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _contacts(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(c.name, c.organization, c.phone, c.email) for c in extract(text).doc.contacts]


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "Questions about the trip may be sent to Grace Cho, Dover Twinning Association, at "
            "secretary@dovertwin.example or 301-555-0147.",
            "Grace Cho",
            "secretary@dovertwin.example",
        ),
        (
            "Vragen over het verslag kunnen gestuurd worden naar Joke Smits, Stedenbandcomité, "
            "via joke.smits@gemeente.example of 013 542 11 22.",
            "Joke Smits",
            "joke.smits@gemeente.example",
        ),
        (
            "Fragen zum Bericht richten Sie bitte an Petra Lang, Partnerschaftsverein, unter "
            "lang@verein.example oder 0711 555 123.",
            "Petra Lang",
            "lang@verein.example",
        ),
        (
            "Les questions peuvent être adressées à Claire Morel, Comité de jumelage, à "
            "cmorel@jumelage.example ou au 02 99 12 34 56.",
            "Claire Morel",
            "cmorel@jumelage.example",
        ),
    ],
)
def test_contacts_person_questions_are_sent_to(text: str, name: str, email: str) -> None:
    """The person after "sent to" / "gestuurd naar" / "richten an" / "adressées à" is the
    contact of the e-mail address of the same sentence."""
    assert (name, email) in [(n, e) for n, _, _, e in _contacts(text)]


def test_contacts_registration_line_names_person() -> None:
    """A line of short parts that opens with a clause ending in "bij NAME" ("Aanmelden kan
    tot 3 maart bij Joke Smits, joke.smits@..., tel. ...") names the contact of its details."""
    text = (
        "De raad vergaderde maandag.\n"
        "Aanmelden kan tot 3 maart bij Joke Smits, joke.smits@gemeente.example, tel. 013 542 "
        "11 22.\nTot ziens."
    )
    assert [n for n, _, _, e in _contacts(text) if e == "joke.smits@gemeente.example"] == [
        "Joke Smits"
    ]


@pytest.mark.parametrize(
    ("text", "name", "org", "phone"),
    [
        (
            "Pressekontakt:\nMVRM e.V., Petra Lang\nTel. +49 3641 555 123",
            "Petra Lang",
            "MVRM e.V.",
            "+493641555123",
        ),
        (
            "Contact:\nVBC vzw, Joke Smits\nTel. +32 3 231 45 67",
            "Joke Smits",
            "VBC vzw",
            "+3232314567",
        ),
        (
            "Contact presse :\nAFCC asbl, Claire Morel\nTél. +32 2 555 12 34",
            "Claire Morel",
            "AFCC asbl",
            "+3225551234",
        ),
        (
            "Press contact:\nDTA plc, Grace Cho\nTel. +44 1304 555 123",
            "Grace Cho",
            "DTA plc",
            "+441304555123",
        ),
    ],
)
def test_contacts_legal_form_acronym_is_organisation(
    text: str, name: str, org: str, phone: str
) -> None:
    """An acronym with its legal form before a name on a contact line is the organisation of
    the person named after it, whose phone follows."""
    assert _contacts(text) == [(name, org, phone, None)]
