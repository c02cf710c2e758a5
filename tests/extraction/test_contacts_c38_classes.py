"""Contacts of the classes corpus38 showed (issue 2), on letterheads written for these tests in
the four languages: a letterhead flattened into one line puts its fax label a few words
before the fax number ("Fax Oregon 97477 (541) 555-0199"), which is no phone; the letter's
addressee ("The Honorable ...", "Sehr geehrter Herr ...", "Geachte heer ...", "Son
Excellence ...") is not the sender's contact."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _contacts(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.phone) for c in extract(text).doc.contacts]


@pytest.mark.parametrize(
    ("text", "phone", "fax", "addressee"),
    [
        (
            "City of Springfield 12 Main Street Phone (541) 555-0100 Springfield Fax Oregon "
            "97477 (541) 555-0199 March 3, 2024 The Honorable Li Ming Mayor, Jinan Municipal "
            "People's Government Dear Mayor Li: I am writing to invite a delegation.",
            "+15415550100",
            "+15415550199",
            "Li Ming",
        ),
        (
            "Stadt Böblingen Marktplatz 16 Telefon +49 7031 669 0 Böblingen Telefax 71032 "
            "+49 7031 669 1234 Sehr geehrter Herr Oberbürgermeister Wang Lei, wir laden Sie ein.",
            "+4970316690",
            "+4970316691234",
            "Wang Lei",
        ),
        (
            "Ville de Rennes Hôtel de Ville Tél. +33 2 23 62 10 10 Rennes Télécopie 35031 "
            "+33 2 23 62 10 99 Son Excellence Monsieur Zhang Wei Maire de Jinan",
            "+33223621010",
            "+33223621099",
            "Zhang Wei",
        ),
        (
            "Gemeente Delft Phoenixstraat 16 Telefoon +31 15 260 2222 Delft Fax 2611 "
            "+31 15 260 2299 Geachte heer Chen Bo, graag nodigen wij u uit.",
            "+31152602222",
            "+31152602299",
            "Chen Bo",
        ),
    ],
)
def test_contacts_letterhead_fax_and_addressee(
    text: str, phone: str, fax: str, addressee: str
) -> None:
    """The letterhead's phone is kept; its fax, whose label stands a few words before it, is
    no phone; the addressee's name is given to no contact."""
    found = _contacts(text)
    phones = {p for _, p in found}
    assert phone in phones
    assert fax not in phones
    assert all(name != addressee for name, _ in found)


def test_contacts_phone_after_fax_number_stays() -> None:
    """A phone whose label follows a fax number keeps its label: "Fax ... Tel ..." gives the
    second number as a phone."""
    found = _contacts("Please contact Jane Miller, fax +44 113 378 5521, tel. +44 113 378 5520.")
    assert ("Jane Miller", "+441133785520") in found
    assert all(p != "+441133785521" for _, p in found)


def test_contacts_named_sender_kept_beside_addressee() -> None:
    """The sender's contact named after a contact verb is kept in a letter that also greets
    its addressee."""
    found = _contacts(
        "Dear Mayor Li, for the programme please contact Anna Weber on +44 113 378 5530."
    )
    assert ("Anna Weber", "+441133785530") in found


def test_contacts_courtesy_title_after_contact_verb_kept() -> None:
    """ "Monsieur le Directeur" after a contact verb opens the name of the contact, not a
    letter's salutation: the named contact is kept."""
    found = _contacts(
        "Pour tout renseignement, contactez Monsieur le Directeur Jean Martin, téléphone 02 40"
        " 41 22 33, jean.martin@nantes.fr."
    )
    assert ("Jean Martin", "+33240412233") in found
