"""Contacts named after a word that sends or addresses a message, on lines written for these
tests: the person a sentence sends forms or questions to ("returned to NAME", "verstuurd naar
NAME", "schicken Sie bitte an NAME", "adressées à NAME", "inschrijven kan bij NAME") is the
contact of the details that follow, even after another person of the same sentence; a bare
"to" before capitalised words ("Welcome to Riverside Town Hall", "from Monday to Sunday
Morning") names no one. An organisation named by an acronym and its legal form ("HWBK e.V.",
"ZLT vzw", "ORPA asbl", "KQE llc") before the name on a contact line is the person's
organisation."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _contacts(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(c.name, c.organization, c.phone, c.email) for c in extract(text).doc.contacts]


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "Mats Olin chairs the circle; forms can be returned to Hanna Weld, Friendship "
            "Circle, at hanna@circle.example or 0123 456 789.",
            "Hanna Weld",
            "hanna@circle.example",
        ),
        (
            "Mats Olin leidt de kring; het formulier wordt verstuurd naar Wim Pals, "
            "Vriendenkring, via wim@kring.example of 013 542 11 22.",
            "Wim Pals",
            "wim@kring.example",
        ),
        (
            "Uta Kern leitet den Verein; Anmeldungen schicken Sie bitte an Jonas Brandt, "
            "Freundeskreis, unter brandt@kreis.example oder 0711 555 123.",
            "Jonas Brandt",
            "brandt@kreis.example",
        ),
    ],
)
def test_contacts_person_forms_are_sent_to(text: str, name: str, email: str) -> None:
    """The person after "returned to" / "verstuurd naar" / "schicken Sie bitte an", not the
    person named first in the sentence, is the contact of the sentence's e-mail address."""
    assert [(n, e) for n, _, _, e in _contacts(text)] == [(name, email)]


@pytest.mark.parametrize(
    ("line", "name", "email"),
    [
        (
            "Inschrijven kan tot 3 mei bij Wim Pals, wim@kring.example, tel. 013 542 11 22.",
            "Wim Pals",
            "wim@kring.example",
        ),
        (
            "Forms may be Sent To Dr. Hanna Weld, hanna@circle.example, tel. 0123 456 789.",
            "Hanna Weld",
            "hanna@circle.example",
        ),
    ],
)
def test_contacts_detail_line_names_cued_person(line: str, name: str, email: str) -> None:
    """A line of short parts that opens with a clause ending in a cue and a name ("... bij
    NAME", "Sent To Dr. NAME", cue and title in any case) names the contact of its details."""
    text = f"The board met on Monday.\n{line}\nSee you there."
    assert [n for n, _, _, e in _contacts(text) if e == email] == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Welcome to Riverside Town Hall, info@riverside.example, tel. 0123 456 789.",
        "Tickets: from Monday to Sunday Morning, tickets@fair.example, tel. 0123 456 789.",
    ],
)
def test_contacts_bare_to_names_no_person(line: str) -> None:
    """A bare "to" before capitalised words at the end of a part of a detail line (a place
    welcomed to, the last day of a span) is no cue: the details have no person."""
    text = f"The board met on Monday.\n{line}\nSee you there."
    assert [n for n, _, _, _ in _contacts(text)] == [None]


@pytest.mark.parametrize(
    ("text", "name", "org", "phone"),
    [
        (
            "Pressekontakt:\nHWBK e.V., Uta Kern\nTel. +49 3641 555 123",
            "Uta Kern",
            "HWBK e.V.",
            "+493641555123",
        ),
        (
            "Contact:\nZLT vzw, Wim Pals\nTel. +32 3 231 45 67",
            "Wim Pals",
            "ZLT vzw",
            "+3232314567",
        ),
        (
            "Contact presse :\nORPA asbl, Lucie Ferrand\nTél. +32 2 555 12 34",
            "Lucie Ferrand",
            "ORPA asbl",
            "+3225551234",
        ),
        (
            "Contact:\nKQE llc, Hanna Weld\nTel. +1 212 555 0123",
            "Hanna Weld",
            "KQE llc",
            "+12125550123",
        ),
    ],
)
def test_contacts_legal_form_acronym_is_organisation(
    text: str, name: str, org: str, phone: str
) -> None:
    """An acronym with its legal form before a name on a contact line is the organisation of
    the person named after it, whose phone follows."""
    assert _contacts(text) == [(name, org, phone, None)]
