"""Contacts as writers the engine was not tuned on give them (issue 2, the contact misses of
benchmarks/corpus28 taken as classes): a name with two initials in a letter's header ("M.J.
de Visser"), and an inline "more info: name, role, e-mail, phone" line in the four
languages, with the role and the organisation after the name. Every text is written for
these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract

Row = tuple[str | None, str | None, str | None]


def _rows(text: str) -> list[Row]:
    doc = extract(text).doc
    return [(c.name, c.phone, c.email) for c in doc.contacts]


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("behandeld door: M.J. de Visser\ne-mail: mj.devisser@zeeland.nl\n", "M.J. de Visser"),
        ("Contact: A.B. van Dijk\nE-mail: ab.vandijk@utrecht.nl\n", "A.B. van Dijk"),
        ("Bearbeitet von: H.-P. Krause\nE-Mail: hp.krause@kiel.de\n", "H.-P. Krause"),
    ],
)
def test_contacts_name_with_initials_keeps_first_initial(header: str, name: str) -> None:
    """ "M.J. de Visser": the first initial is no title "M." (monsieur)."""
    text = f"Aan de raad\n\n{header}\nGeachte voorzitter,\n"
    assert [r[0] for r in _rows(text)] == [name]


def test_contacts_title_m_before_name_still_dropped() -> None:
    """ "M. Dupont" keeps dropping the title before a name with a space."""
    text = "Contact presse : M. Jean Dupont, tél. 04 72 10 30 30\n"
    assert [r[0] for r in _rows(text)] == ["Jean Dupont"]


@pytest.mark.parametrize(
    ("line", "name", "phone", "email"),
    [
        (
            "Meer info: Sofie Vandamme, coördinator internationalisering Howest, "
            "sofie.vandamme@howest.be, tel. 056 24 12 90",
            "Sofie Vandamme",
            "+3256241290",
            "sofie.vandamme@howest.be",
        ),
        (
            "More info: Emma Clarke, international officer at Leeds City Council, "
            "emma.clarke@leeds.gov.uk, tel. 0113 378 5520",
            "Emma Clarke",
            "+441133785520",
            "emma.clarke@leeds.gov.uk",
        ),
        (
            "Plus d'infos : Claire Morel, chargée de mission à la Ville de Lyon, "
            "claire.morel@mairie-lyon.fr, tél. 04 72 10 30 30",
            "Claire Morel",
            "+33472103030",
            "claire.morel@mairie-lyon.fr",
        ),
        (
            "Mehr Infos: Jana Vogt, Referentin der Stadt Kiel, jana.vogt@kiel.de, "
            "Tel. 0431 901 2345",
            "Jana Vogt",
            "+494319012345",
            "jana.vogt@kiel.de",
        ),
    ],
)
def test_contacts_inline_more_info_line(line: str, name: str, phone: str, email: str) -> None:
    """A "more info:" line gives one contact: the name, the phone and the e-mail."""
    text = f"De twee steden werken samen sinds 2015.\n\n{line}\n"
    assert _rows(text) == [(name, phone, email)]


def test_contacts_role_and_organisation_after_name_are_one_contact() -> None:
    """ "Lotte Peeters, woordvoerder Maatschappij van de Brugse Zeehaven, ...": the words
    after the role are the organisation, not a second person."""
    text = (
        "Het akkoord werd getekend in Dalian.\n\n"
        "Meer info: Lotte Peeters, woordvoerder Maatschappij van de Brugse Zeehaven, "
        "050 54 32 10, lotte.peeters@zeehaven.be\n"
    )
    doc = extract(text).doc
    assert [(c.name, c.organization, c.phone) for c in doc.contacts] == [
        ("Lotte Peeters", "Maatschappij van de Brugse Zeehaven", "+3250543210")
    ]


@pytest.mark.parametrize(
    ("block", "name"),
    [
        (
            "Contact\nHemi Napier, International Relations Adviser\nEmail: hemi@dcc.govt.nz\n",
            "Hemi Napier",
        ),
        (
            "Contact\nTamati Nelson, Sister Cities Coordinator\nEmail: t.nelson@ncc.govt.nz\n",
            "Tamati Nelson",
        ),
        (
            "Kontakt\nAylin Essen, Referentin für Städtepartnerschaften\n"
            "E-Mail: aylin.essen@stadt.de\n",
            "Aylin Essen",
        ),
        (
            "Contact\nNgaio Lyon, chargée de mission relations internationales\n"
            "Courriel : ngaio.lyon@ville.fr\n",
            "Ngaio Lyon",
        ),
    ],
)
def test_contacts_name_with_place_surname_before_role(block: str, name: str) -> None:
    """ "Hemi Napier, International Relations Adviser": a name, though its surname is a place
    and its first name is in no list, because a role follows it."""
    text = f"Our partner cities.\n\n{block}"
    assert [r[0] for r in _rows(text)] == [name]
