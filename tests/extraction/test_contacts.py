"""Tests of cityties.contacts on contact blocks and sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cityties.extraction.extractors import _contacts_lex as lex
from cityties.extraction.extractors.contacts import EXTRACTOR, default_country, extract_contacts

Row = tuple[str | None, str | None, str | None, str | None, str | None]


def _rows(doc: object) -> list[Row]:
    extract_contacts(doc)  # type: ignore[arg-type]
    return [
        (c.name, c.organization, c.unit, c.phone, c.email)
        for c in doc.contacts  # type: ignore[attr-defined]
    ]


PROFILE = """Institution: City of Leuven

City of Leuven

Tel: 016 27 20 00


Jan Peeters

Department of Economic Affairs

Email :

Tel: + 32 16 27 22 22

Leuven is a university town in the heart of Brabant, known for its beer and its students.
"""


def test_contacts_profile_block_office_and_person(hand_doc) -> None:
    """An office phone under the institution and a person with unit and phone are contacts."""
    doc = hand_doc(PROFILE, institution="City of Leuven", country="BE")
    assert _rows(doc) == [
        (None, "City of Leuven", None, "+3216272000", None),
        ("Jan Peeters", "City of Leuven", "Department of Economic Affairs", "+3216272222", None),
    ]


def test_contacts_empty_email_label_gives_nothing(hand_doc) -> None:
    """'Email :' with nothing after it adds no e-mail."""
    doc = hand_doc(PROFILE, institution="City of Leuven", country="BE")
    extract_contacts(doc)
    assert all(c.email is None for c in doc.contacts)


def test_contacts_evidence_quotes_the_text(hand_doc) -> None:
    """Each contact's evidence quotes the block at its offsets."""
    doc = hand_doc(PROFILE, institution="City of Leuven", country="BE")
    extract_contacts(doc)
    for c in doc.contacts:
        (ev,) = c.evidence
        assert PROFILE[ev.start : ev.end] == ev.quote
        assert ev.extractor == EXTRACTOR.tag
    assert "Jan Peeters" in doc.contacts[1].evidence[0].quote


@pytest.mark.parametrize(
    ("line", "country", "phone"),
    [
        ("Tel: +86-022-2345 6789", None, "+862223456789"),
        ("Tel: + 32 478 12 34 56", "BE", "+32478123456"),
        ("Phone: 0032 9 266 52 85", "BE", "+3292665285"),
        ("Tel. +32 (0)9 266 52 85", "BE", "+3292665285"),
        ("Telefon: 03831 252 123", "DE", "+493831252123"),
        ("Tél. : 04 72 10 30 30", "FR", "+33472103030"),
        ("Telefoon 050 367 00 00", "NL", "+31503670000"),
    ],
)
def test_contacts_phones_in_e164(hand_doc, line: str, country: str | None, phone: str) -> None:
    """Phones are written in E.164, national numbers in the document's country."""
    doc = hand_doc(f"Maria Lopez\n{line}\n", country=country)
    assert [r[3] for r in _rows(doc)] == [phone]


def test_contacts_fax_is_not_a_phone(hand_doc) -> None:
    """A fax number next to a phone number is left out."""
    doc = hand_doc("Maria Lopez\nTel: +32 9 266 52 85 / Fax: +32 9 266 52 99\n")
    assert [r[3] for r in _rows(doc)] == ["+3292665285"]


def test_contacts_email_lower_case(hand_doc) -> None:
    """E-mail addresses are lower-cased."""
    doc = hand_doc("Maria Lopez\nE-mail: Maria.Lopez@Example.ORG\n")
    assert _rows(doc) == [("Maria Lopez", None, None, None, "maria.lopez@example.org")]


def test_contacts_obfuscated_email(hand_doc) -> None:
    """'info [at] example [dot] be' is read as an address."""
    doc = hand_doc("Contact: info [at] example [dot] be\n")
    assert [r[4] for r in _rows(doc)] == ["info@example.be"]


def test_contacts_default_country_from_international_numbers(hand_doc) -> None:
    """Without Doc.country, national numbers take the country of the document's + numbers."""
    text = "Office\nTel: +31 20 555 0000\n\nPiet Jansen\nTel: 020 555 1234\n"
    doc = hand_doc(text)
    assert default_country(doc) == "NL"
    assert [r[3] for r in _rows(doc)] == ["+31205550000", "+31205551234"]


def test_contacts_default_country_from_email_domain(hand_doc) -> None:
    """Without Doc.country or + numbers, an e-mail domain of a country decides."""
    doc = hand_doc("Anne Weber\nTel: 030 123 456 78\nanne.weber@berlin.de\n")
    assert default_country(doc) == "DE"


def test_contacts_national_number_without_country_is_dropped(hand_doc) -> None:
    """A national number that no country can be found for gives no phone."""
    assert _rows(hand_doc("Maria Lopez\nTel: 016 27 20 00\n")) == []


def test_contacts_inline_english(hand_doc) -> None:
    """A contact given in a sentence: name, unit in brackets, e-mail and phone."""
    text = (
        "The city opened a new office in Shanghai last year. For more information, please "
        "contact Marie Dubois (Press Office) at marie.dubois@example.fr or +33 1 23 45 67 89."
    )
    assert _rows(hand_doc(text)) == [
        ("Marie Dubois", None, "Press Office", "+33123456789", "marie.dubois@example.fr")
    ]


def test_contacts_inline_french_label(hand_doc) -> None:
    """'Contact presse : name, service, tél., e-mail' on one line."""
    text = (
        "Contact presse : Sophie Martin, Service communication, tél. 01 23 45 67 89, "
        "sophie.martin@ville-exemple.fr\n"
    )
    assert _rows(hand_doc(text, language="fr", country="FR")) == [
        (
            "Sophie Martin",
            None,
            "Service communication",
            "+33123456789",
            "sophie.martin@ville-exemple.fr",
        )
    ]


def test_contacts_german_block(hand_doc) -> None:
    """A German 'Ansprechpartnerin' block with title, office, phone and e-mail."""
    text = (
        "Ansprechpartnerin:\nFrau Anna Schmidt\nAmt für Internationales\n"
        "Telefon: 03831 252 123\nE-Mail: a.schmidt@stadt-beispiel.de\n"
    )
    assert _rows(hand_doc(text, language="de", country="DE")) == [
        (
            "Anna Schmidt",
            None,
            "Amt für Internationales",
            "+493831252123",
            "a.schmidt@stadt-beispiel.de",
        )
    ]


def test_contacts_dutch_contactpersoon(hand_doc) -> None:
    """'Contactpersoon: name, dienst, tel.' on one line."""
    text = "Contactpersoon: Pieter de Vries, Dienst Internationale Relaties, tel. 050 367 00 00\n"
    assert _rows(hand_doc(text, language="nl", country="NL")) == [
        ("Pieter de Vries", None, "Dienst Internationale Relaties", "+31503670000", None)
    ]


def test_contacts_label_with_name_only(hand_doc) -> None:
    """'Contact person: name' is a contact even without phone or e-mail."""
    text = "Contact person: Jane Porter\n"
    assert [r[0] for r in _rows(hand_doc(text))] == ["Jane Porter"]


def test_contacts_two_people_in_one_block(hand_doc) -> None:
    """Each name line opens a new contact; phones attach to the person above them."""
    text = (
        "Ann Claes\nInternational Office\nTel: +32 9 264 00 01\n\n"
        "Bart Smet\nPress Office\nTel: +32 9 264 00 02\nbart.smet@example.be\n"
    )
    assert _rows(hand_doc(text)) == [
        ("Ann Claes", None, "International Office", "+3292640001", None),
        ("Bart Smet", None, "Press Office", "+3292640002", "bart.smet@example.be"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Report prepared by John Smith, City Manager\n",
        "\u201cWe are proud of this agreement,\u201d said Mayor Jane Doe of Springfield.\n",
        "The agreement was signed by Mayor Jane Doe and Mayor Li Wei on 3 May 2019.\n",
        "The delegation of 12 people stayed 3 days in 2019 and visited 5 companies.\n",
    ],
)
def test_contacts_authors_signatories_quoted_are_not_contacts(hand_doc, text: str) -> None:
    """Authors, people quoted and signatories without contact details are not contacts."""
    assert _rows(hand_doc(text, country="US")) == []


def test_contacts_long_labelled_line(hand_doc) -> None:
    """A long 'Contact presse : ...' line is still read field by field."""
    text = (
        "Contact presse : Julie Moreau, Service de presse de la Ville de Grenoble, "
        "tél. 04 76 76 36 36, julie.moreau@ville-exemple.fr\n"
    )
    assert _rows(hand_doc(text, language="fr")) == [
        (
            "Julie Moreau",
            None,
            "Service de presse de la Ville de Grenoble",
            "+33476763636",
            "julie.moreau@ville-exemple.fr",
        )
    ]


def test_contacts_prose_role_and_national_number(hand_doc) -> None:
    """'contact Name, Role, on 03 ...' gives the role and a national number in the country
    of the e-mail domain."""
    text = (
        "The council approved the plan on Monday. For more information contact Tom Reid, "
        "Communications Advisor, on 03 477 4000 or tom.reid@example.govt.nz."
    )
    doc = hand_doc(text)
    extract_contacts(doc)
    (c,) = doc.contacts
    assert (c.name, c.role, c.phone, c.email) == (
        "Tom Reid",
        "Communications Advisor",
        "+6434774000",
        "tom.reid@example.govt.nz",
    )


def test_contacts_bare_number_in_prose_is_not_a_phone(hand_doc) -> None:
    """A national-looking number in a sentence with no contact cue is not a phone."""
    text = "The museum counted 0478 12 34 56 tickets over the decade, the report said.\n"
    assert _rows(hand_doc(text, country="BE")) == []


def test_contacts_date_is_not_a_phone(hand_doc) -> None:
    """A date on its own line is not a phone number."""
    assert _rows(hand_doc("Vergadering\n01.02.2019\n", country="BE")) == []


def test_contacts_office_email_without_person(hand_doc) -> None:
    """An office line with an e-mail address gives a contact without a name."""
    text = "Stad Brugge\nDienst Internationale Relaties\nE-mail: internationaal@brugge.be\n"
    assert _rows(hand_doc(text, language="nl", country="BE")) == [
        (None, "Stad Brugge", "Dienst Internationale Relaties", None, "internationaal@brugge.be")
    ]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                *"0123456789 +-./()@:\n",
                "Tel: ",
                "E-mail : ",
                "Contact: ",
                "Jan Peeters",
                "a@b.be",
                "City of Leuven",
                "[at]",
                "Fax: ",
                "0032 ",
                "ß",
                "İ",
                "Department ",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_contacts_never_raise_and_quote_the_text(hand_doc, text: str) -> None:
    """On any text the extractor raises nothing and every evidence span quotes the text."""
    doc = hand_doc(text, country="BE")
    extract_contacts(doc)
    for c in doc.contacts:
        for ev in c.evidence:
            assert text[ev.start : ev.end] == ev.quote
        assert c.phone is None or c.phone.startswith("+")


@pytest.mark.parametrize(
    "text",
    [
        "Tel: 09 210 10 10 / +32 9 210 10 10 / 0032 9 210 10 10 / (0)9 210-10-10",
        "+86-022-23456789, 03831 252-0, x0123 456, a+32 478, 20:00 (0 1 2), ++00 1 2 3",
        "(09) 210 10 10; 0(9)210; +(0)32; 09.210.10.10@x; 1990-2000 (2)",
    ],
)
def test_contacts_phone_scan_finds_what_the_phone_pattern_finds(text: str) -> None:
    """The whole-text phone scan gives exactly the matches of the phone pattern, from any
    starting offset."""
    for start in range(len(text)):
        want = [m.span() for m in lex.PHONE.finditer(text, start)]
        assert [m.span() for m in lex.PHONE_SCAN.finditer(text, start)] == want


# ------------------------------------------------------------------ North American numbers, names
@pytest.mark.parametrize(
    ("line", "country", "phone"),
    [
        ("418 641-6010", "CA", "+14186416010"),
        ("Tél. : (418) 641-6010", "CA", "+14186416010"),
        ("Phone: 510-284-4000", "US", "+15102844000"),
        ("Phone: 1-800-555-0199", "US", "+18005550199"),
        ("Phone: (510) 284-4000", "US", "+15102844000"),
        ("Phone: (510) 284-4000", None, "+15102844000"),
        ("Phone: +1 418 641 6010", None, "+14186416010"),
        ("Tel: +44 (0)113 378 5520", None, "+441133785520"),
        ("Tel.: +49 (0) 341 123 45 67", None, "+493411234567"),
    ],
)
def test_contacts_north_american_and_trunk_forms(
    hand_doc, line: str, country: str | None, phone: str
) -> None:
    """'418 641-6010' and '(510) 284-4000' in a Canadian or US document or after a phone
    label, and international numbers with the trunk '(0)', are phones in E.164."""
    doc = hand_doc(f"Maria Lopez\n{line}\n", country=country)
    assert [r[3] for r in _rows(doc)] == [phone]


def test_contacts_north_american_form_needs_its_country(hand_doc) -> None:
    """'418 641-6010' in a Belgian document is no phone."""
    assert _rows(hand_doc("Maria Lopez\n418 641-6010\n", country="BE")) == []


def test_contacts_organisation_line_belongs_to_the_person(hand_doc) -> None:
    """Name, unit, organisation, phone, e-mail on separate lines make one contact."""
    text = (
        "Renseignements :\nMarie Roy\nService des communications\nVille de Laval\n"
        "450 978-8000\nmarie.roy@laval.ca\n"
    )
    doc = hand_doc(text, language="fr", persons=("Marie Roy",))
    assert _rows(doc) == [
        (
            "Marie Roy",
            "Ville de Laval",
            "Service des communications",
            "+14509788000",
            "marie.roy@laval.ca",
        )
    ]


def test_contacts_name_inside_a_labelled_sentence(hand_doc) -> None:
    """'For more information contact Jane Doe on ...' is one contact with her name."""
    text = "For more information contact Jane Doe on +44 113 378 5520 or jane@leeds.gov.uk.\n"
    assert _rows(hand_doc(text, persons=("Jane Doe",))) == [
        ("Jane Doe", None, None, "+441133785520", "jane@leeds.gov.uk")
    ]


def test_contacts_role_colon_name(hand_doc) -> None:
    """'Press Officer: Jane Doe' gives the name and the role."""
    doc = hand_doc("Press Officer: Jane Doe\nTel: +44 20 7946 0000\n")
    extract_contacts(doc)
    assert [(c.name, c.role, c.phone) for c in doc.contacts] == [
        ("Jane Doe", "Press Officer", "+442079460000")
    ]


def test_contacts_surname_in_capitals_is_a_name(hand_doc) -> None:
    """'WANG Li' on its own line is a person even when read as an organisation's name."""
    doc = hand_doc(
        "Contact:\nWANG Li\nForeign Affairs Office\nTel: +86 10 1234 5678\n",
        orgs={"WANG Li": "company"},
    )
    assert [r[0] for r in _rows(doc)] == ["WANG Li"]


def test_contacts_calling_verb_in_prose_with_national_number(hand_doc) -> None:
    """'please contact Anna Weber on 0113 378 5520' gives her phone without a 'Tel' label."""
    text = "For media enquiries, please contact Anna Weber on 0113 378 5520."
    doc = hand_doc(text, country="GB", persons=("Anna Weber",))
    assert [(r[0], r[3]) for r in _rows(doc)] == [("Anna Weber", "+441133785520")]


def test_contacts_single_letter_label_and_full_name(hand_doc) -> None:
    """'T +31 ...' is a phone label; the name line is kept whole when the person mention
    holds only its first part."""
    text = "Dr. Anna-Maria van der Berg\nHead of International Affairs\nT +31 20 555 1234\n"
    doc = hand_doc(text, persons=("Anna-Maria",))
    assert [(r[0], r[3]) for r in _rows(doc)] == [("Anna-Maria van der Berg", "+31205551234")]


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab_.+-@ x.be\n3")), max_size=40),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=45),
)
def test_email_matches_are_the_pattern_matches(text: str, start: int, end: int) -> None:
    """E-mail addresses tried at the runs before each "@" are what `EMAIL.finditer` finds in
    the same part of the text (a run that starts before the part, or an "@" inside an address,
    starts none)."""
    found = [m.span() for m in lex.email_matches(text, start, end)]
    assert found == [m.span() for m in lex.EMAIL.finditer(text, start, end)]
    assert [m.span() for m in lex.email_matches(text)] == [
        m.span() for m in lex.EMAIL.finditer(text)
    ]


def test_email_matches_find_addresses_in_a_contact_block() -> None:
    """Two addresses of a contact block are found whole; a bare "@" and a handle are none."""
    text = "Contact: jan.peeters@stad.gent, +32 9 266 55 00\nor info-int@xm.gov.cn; @ here"
    assert [m.group() for m in lex.email_matches(text)] == [
        "jan.peeters@stad.gent",
        "info-int@xm.gov.cn",
    ]
