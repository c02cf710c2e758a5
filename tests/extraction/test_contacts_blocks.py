"""Tests of cityties.contacts on contact blocks of press releases, council papers and
profiles in English, Dutch, French and German, written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction.extractors.contacts import extract_contacts

Row = tuple[str | None, str | None, str | None, str | None, str | None, str | None]


def _rows(doc: object) -> list[Row]:
    """(name, organization, unit, role, phone, email) of every contact found."""
    extract_contacts(doc)  # type: ignore[arg-type]
    return [
        (c.name, c.organization, c.unit, c.role, c.phone, c.email)
        for c in doc.contacts  # type: ignore[attr-defined]
    ]


# ------------------------------------------------------------------ a label, then name and parts
def test_contacts_label_then_name_role_and_organisation(hand_doc) -> None:
    """'Media enquiries: name, role, organisation' gives the name, the role and the
    organisation; the phone and e-mail lines below belong to that person."""
    text = (
        "The two cities will meet again next spring.\n\n"
        "Media enquiries: Thandi Mokoena, Spokesperson for the Executive Mayor, City of Tshwane\n"
        "Cell: 082 555 0101\n"
        "Email: Thandi.Mokoena@tshwane.gov.za\n"
    )
    doc = hand_doc(text, country="ZA", orgs={"City of Tshwane": "government"})
    assert _rows(doc) == [
        (
            "Thandi Mokoena",
            "City of Tshwane",
            None,
            "Spokesperson for the Executive Mayor",
            "+27825550101",
            "thandi.mokoena@tshwane.gov.za",
        )
    ]


def test_contacts_dutch_letter_header_in_columns(hand_doc) -> None:
    """A Dutch council letter's header, label and value in columns without a colon:
    'Contactpersoon   name, team' gives the person and the team."""
    text = (
        "Raadsinformatiebrief\n\n"
        "Onderwerp          Stedenband met Wuxi\n"
        "Contactpersoon     Lotte van Dijk, team Europa en Internationaal\n"
        "Telefoon           024 329 9999\n"
        "E-mail             l.vandijk@nijmegen.nl\n\n"
        "Geachte raadsleden,\n"
    )
    doc = hand_doc(text, language="nl", country="NL")
    assert _rows(doc) == [
        (
            "Lotte van Dijk",
            None,
            "team Europa en Internationaal",
            None,
            "+31243299999",
            "l.vandijk@nijmegen.nl",
        )
    ]


@pytest.mark.parametrize(
    ("label", "language"),
    [
        ("Meer informatie bij", "nl"),
        ("Voor meer informatie kunt u contact opnemen met", "nl"),
        ("Weitere Informationen bei", "de"),
        ("For further information please contact", "en"),
        ("Renseignements auprès de", "fr"),
    ],
)
def test_contacts_label_with_preposition_before_the_name(
    hand_doc, label: str, language: str
) -> None:
    """'Meer informatie bij Name, role' and its forms in four languages: the words between
    the label and the name are not part of the name."""
    text = f"{label} Joost Hermans, woordvoerder\ntelefoon 06 1234 5678\nj.hermans@breda.nl\n"
    doc = hand_doc(text, language=language, country="NL")
    assert [(r[0], r[4], r[5]) for r in _rows(doc)] == [
        ("Joost Hermans", "+31612345678", "j.hermans@breda.nl")
    ]


def test_contacts_label_for_the_press(hand_doc) -> None:
    """'Ansprechpartner für die Presse:' is a label; the organisation and unit of the line
    below it are split at the comma, the line above the label is not the organisation."""
    text = (
        "Pressemitteilung der Stadt Musterhausen\n\n"
        "Ansprechpartner für die Presse:\n"
        "Stadt Musterhausen, Referat Kommunikation\n"
        "Dr. Klaus-Peter Hoffmann\n"
        "Telefon: 0341 123-4567\n"
        "E-Mail: presse@musterhausen.de\n"
    )
    doc = hand_doc(text, language="de", country="DE")
    assert _rows(doc) == [
        (
            "Klaus-Peter Hoffmann",
            "Stadt Musterhausen",
            "Referat Kommunikation",
            None,
            "+493411234567",
            "presse@musterhausen.de",
        )
    ]


def test_contacts_lines_above_a_label_are_not_the_contact(hand_doc) -> None:
    """A heading a few short lines above 'Auskunft erteilt:' is not the contact's
    organisation."""
    text = (
        "Beschlussvorlage des Bürgermeisters\n\n"
        "Die Partnerschaft wird fortgesetzt.\n\n"
        "Auskunft erteilt: Herr Thomas Weber, Amt für Internationales, Tel. 06221 58-12345\n"
    )
    doc = hand_doc(text, language="de", country="DE")
    assert _rows(doc) == [
        ("Thomas Weber", None, "Amt für Internationales", None, "+49622158123" + "45", None)
    ]


# ------------------------------------------------------------------ offices: unit and organisation
@pytest.mark.parametrize(
    ("line", "org", "unit"),
    [
        (
            "Communications Department, Galway City Council",
            "Galway City Council",
            "Communications Department",
        ),
        ("Ville de Nantes – Service de presse", "Ville de Nantes", "Service de presse"),
        ("Service presse - Région Bretagne", "Région Bretagne", "Service presse"),
        ("Gemeente Zwolle | Afdeling Communicatie", "Gemeente Zwolle", "Afdeling Communicatie"),
    ],
)
def test_contacts_office_line_split_into_organisation_and_unit(
    hand_doc, line: str, org: str, unit: str
) -> None:
    """An office line 'unit, organisation' or 'organisation – unit' gives both, in either
    order."""
    text = f"Press contact:\n{line}\nTel: +353 91 536 400\npress@example.ie\n"
    doc = hand_doc(text)
    assert [(r[0], r[1], r[2]) for r in _rows(doc)] == [(None, org, unit)]


def test_contacts_unit_by_its_head_word_is_not_a_role(hand_doc) -> None:
    """'Büro des Oberbürgermeisters – Internationales' is a unit, though it names a role."""
    text = (
        "Kontakt\nMartina Krause\nBüro des Oberbürgermeisters – Internationales\n"
        "Tel.: 0511 168-41111\n"
    )
    doc = hand_doc(text, language="de", country="DE")
    assert _rows(doc) == [
        (
            "Martina Krause",
            None,
            "Büro des Oberbürgermeisters – Internationales",
            None,
            "+4951116841111",
            None,
        )
    ]


def test_contacts_role_then_unit_on_one_line(hand_doc) -> None:
    """'Manager, International Relations' under a name gives a role and a unit."""
    text = "CONTACT\nAlan Reid\nManager, International Relations\nPhone: (08) 8203 7000\n"
    doc = hand_doc(text, country="AU")
    assert _rows(doc) == [
        ("Alan Reid", None, "International Relations", "Manager", "+61882037000", None)
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Afdeling: Internationale Zaken", "unit"), ("Functie: beleidsadviseur", "role")],
)
def test_contacts_unit_and_role_labels(hand_doc, line: str, kind: str) -> None:
    """'Afdeling: X' is the unit X, 'Functie: Y' the role Y, without their labels."""
    text = f"Contactpersoon: Marieke de Jong\n{line}\nTelefoonnummer: 076 529 4000\n"
    doc = hand_doc(text, language="nl", country="NL")
    (row,) = _rows(doc)
    value = line.split(": ", 1)[1]
    assert (row[0], row[2] if kind == "unit" else row[3], row[4]) == (
        "Marieke de Jong",
        value,
        "+31765294000",
    )


# ------------------------------------------------------------------ names
@pytest.mark.parametrize(
    "name", ["Sarah O'Neill", "Ewan McDonald", "J.P. de Jong", "K. Dupont", "Anne-Sophie Lefèvre"]
)
def test_contacts_names_with_apostrophes_prefixes_and_initials(hand_doc, name: str) -> None:
    """Names with an apostrophe, a Mc prefix, initials or a hyphen are names."""
    text = f"Contact:\n{name}\nTel: +44 114 273 4567\n"
    assert [r[0] for r in _rows(hand_doc(text))] == [name]


def test_contacts_headline_in_capitals_is_not_a_name(hand_doc) -> None:
    """'MEDIA RELEASE' above a contact block is not a person; the person of the block is."""
    text = (
        "MEDIA RELEASE\n\nLeeds signs MoU with Hangzhou.\n\nENDS\n\n"
        "For further information please contact:\n"
        "Sarah O'Neill, Senior Communications Officer, Leeds City Council\n"
        "T: 0113 378 4567 | E: sarah.oneill@leeds.gov.uk\n"
    )
    doc = hand_doc(text, country="GB")
    assert _rows(doc) == [
        (
            "Sarah O'Neill",
            "Leeds City Council",
            None,
            "Senior Communications Officer",
            "+441133784567",
            "sarah.oneill@leeds.gov.uk",
        )
    ]


def test_contacts_organisation_with_a_place_is_not_a_name(hand_doc) -> None:
    """'Visit Tampere - International Desk' holds a place and is no person's name; a name
    with a place after a particle ('Fleur van Beek') still is."""
    text = (
        "Visit Tampere - International Desk\nTel: 040 806 0000\n\n"
        "Fleur van Beek\nTel: 040 806 0001\n"
    )
    doc = hand_doc(text, country="FI", places={"Tampere": ("city", "FI"), "Beek": ("city", "NL")})
    assert [(r[0], r[4]) for r in _rows(doc)] == [
        (None, "+358408060000"),
        ("Fleur van Beek", "+358408060001"),
    ]


# ------------------------------------------------------------------ phones and faxes
@pytest.mark.parametrize(
    "fax",
    [
        "Fax +32 3 338 22 22",
        "Telefax 03 338 22 22",
        "Télécopie : 03 338 22 22",
        "F +32 3 338 22 22",
        "Faxnummer: 03 338 22 22",
    ],
)
def test_contacts_fax_forms_are_not_phones(hand_doc, fax: str) -> None:
    """A fax number under any of its labels, with or without a colon, is not a phone."""
    text = f"Stad Mechelen\nDienst Internationale Relaties\nTel +32 3 338 11 11\n{fax}\n"
    doc = hand_doc(text, language="nl", country="BE")
    assert [r[4] for r in _rows(doc)] == ["+3233381111"]


@pytest.mark.parametrize("sep", [" / ", " - ", " – "])
def test_contacts_two_numbers_on_one_line(hand_doc, sep: str) -> None:
    """Two numbers on one line, between a slash or a dash, are two phones."""
    text = f"Contact presse :\nAurélie Blanc\n04 72 10 30 30{sep}06 12 34 56 78\n"
    doc = hand_doc(text, language="fr", country="FR")
    assert [(r[0], r[4]) for r in _rows(doc)] == [
        ("Aurélie Blanc", "+33472103030"),
        ("Aurélie Blanc", "+33612345678"),
    ]


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("Telefoonnummer: 076 529 4000 (toestel 12)", "+31765294000"),
        ("Tel: 0114 273 4567 ext. 204", "+441142734567"),
        ("Tél. : 01 42 76 40 40 poste 123", "+33142764040"),
    ],
)
def test_contacts_extension_is_left_out(hand_doc, line: str, phone: str) -> None:
    """An extension after the number ('toestel', 'ext.', 'poste') is not part of it."""
    countries = {"+31": "NL", "+44": "GB", "+33": "FR"}
    doc = hand_doc(f"Anna Peeters\n{line}\n", country=countries[phone[:3]])
    assert [r[4] for r in _rows(doc)] == [phone]


@pytest.mark.parametrize(
    ("text", "language", "places", "phone"),
    [
        (
            "Beschlussvorlage der Stadt Heidelberg\n\nAuskunft erteilt: Herr Jan Roth, "
            "Tel. 06221 58-12345\n",
            "de",
            {"Heidelberg": ("city", "DE"), "Hangzhou": ("city", "CN")},
            "+4962215812345",
        ),
        (
            "Ville de Nantes\nService des relations internationales\nTél. : 02 40 41 90 00\n",
            "fr",
            {"Nantes": ("city", "FR")},
            "+33240419000",
        ),
    ],
)
def test_contacts_country_from_the_places_named(
    hand_doc, text: str, language: str, places: dict[str, tuple[str, str]], phone: str
) -> None:
    """Without a document country, an international number or a country domain, a national
    number takes the country of the places the text names."""
    doc = hand_doc(text, language=language, places=places)
    assert [r[4] for r in _rows(doc)] == [phone]


# ------------------------------------------------------------------ one line, one person
def test_contacts_role_after_the_email_on_the_same_line(hand_doc) -> None:
    """'Contact: name (e-mail), role, phone' on one line is one contact."""
    text = (
        "Contact: Émilie Roux (emilie.roux@ville-exemple.fr), chargée des relations avec la "
        "Chine, 01 42 76 40 40\n"
    )
    doc = hand_doc(text, language="fr", country="FR")
    assert _rows(doc) == [
        (
            "Émilie Roux",
            None,
            None,
            "chargée des relations avec la Chine",
            "+33142764040",
            "emilie.roux@ville-exemple.fr",
        )
    ]


def test_contacts_french_prose_contacter(hand_doc) -> None:
    """'contacter Jean-Marc Lefèvre, chargé de mission, au 05 ...' gives the whole
    hyphenated name, the role and the phone."""
    text = (
        "Le jumelage a été renouvelé ce matin. Pour tout renseignement, contacter Jean-Marc "
        "Lefèvre, chargé de mission, au 05 56 10 20 30."
    )
    doc = hand_doc(text, language="fr", country="FR", persons=("Marc Lefèvre",))
    assert _rows(doc) == [
        ("Jean-Marc Lefèvre", None, None, "chargé de mission", "+33556102030", None)
    ]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("M. (Marieke) de Jong", "Marieke de Jong"),
        ("Mag. Eva Huber", "Eva Huber"),
        ("Prof. Dr. Karl Schulte", "Karl Schulte"),
        ("drs. P.J. (Pieter) Vos", "Pieter Vos"),
    ],
)
def test_contacts_titles_and_given_name_in_brackets(hand_doc, written: str, name: str) -> None:
    """Titles are left out of a name; a given name in brackets after initials replaces them."""
    text = f"Behandelend ambtenaar: {written}\nTelefoon: 076 529 4000\n"
    doc = hand_doc(text, language="nl", country="NL")
    assert [r[0] for r in _rows(doc)] == [name]


# ------------------------------------------------------------------ more forms
def test_contacts_full_width_colons_of_a_chinese_block(hand_doc) -> None:
    """'Tel：' and 'Fax：' with full-width colons: the phone is kept, the fax left out."""
    text = (
        "Contact: Mr. Li Ming\nTel：0086-25-84561234\nFax：0086-25-84561235\n"
        "E-mail：liming@nj.gov.cn\n"
    )
    assert _rows(hand_doc(text)) == [
        ("Li Ming", None, None, None, "+862584561234", "liming@nj.gov.cn")
    ]


def test_contacts_american_government_domain_gives_the_country(hand_doc) -> None:
    """A '.gov' address makes '(408) 535-1234' an American number."""
    text = (
        "Staff contact: Rosa Alvarez, International Affairs Manager, (408) 535-1234, "
        "rosa.alvarez@example-city.gov\n"
    )
    doc = hand_doc(text)
    assert [(r[0], r[3], r[4]) for r in _rows(doc)] == [
        ("Rosa Alvarez", "International Affairs Manager", "+14085351234")
    ]


def test_contacts_unit_line_then_organisation_line(hand_doc) -> None:
    """A unit line, then the organisation's line, then details: one office with both."""
    text = (
        "Contact\nDirection des relations internationales\nVille de Québec\n"
        "Tél. : 418 641-6010\nrelations.internationales@ville.quebec.qc.ca\n"
    )
    doc = hand_doc(text, language="fr", country="CA", orgs={"Ville de Québec": "government"})
    assert _rows(doc) == [
        (
            None,
            "Ville de Québec",
            "Direction des relations internationales",
            None,
            "+14186416010",
            "relations.internationales@ville.quebec.qc.ca",
        )
    ]


def test_contacts_fields_between_bars(hand_doc) -> None:
    """'Media contact: name | role | mobile | e-mail' on one line is one contact."""
    text = "Media contact: Kate Bell | Senior Media Advisor | 0412 345 678 | kate@example.au\n"
    doc = hand_doc(text, country="AU")
    assert _rows(doc) == [
        ("Kate Bell", None, None, "Senior Media Advisor", "+61412345678", "kate@example.au")
    ]


def test_contacts_two_people_one_line_each(hand_doc) -> None:
    """Under 'CONTACT', one line per person with name, role, organisation and details."""
    text = (
        "CONTACT\n"
        "Kim Lee, Director, Sister Cities Network, klee@example.org, +1 202 347 8630\n"
        "Lucy Chen, Program Officer, lchen@example.org\n"
    )
    assert [(r[0], r[3], r[4], r[5]) for r in _rows(hand_doc(text))] == [
        ("Kim Lee", "Director", "+12023478630", "klee@example.org"),
        ("Lucy Chen", "Program Officer", None, "lchen@example.org"),
    ]


def test_contacts_email_only_office(hand_doc) -> None:
    """'Enquiries: address' alone is a contact with the e-mail and nothing else."""
    assert _rows(hand_doc("Enquiries: International@Example.gov.uk\n")) == [
        (None, None, None, None, None, "international@example.gov.uk")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Ondernemingsnummer 0207.451.227",
        "IBAN BE68 5390 0754 7034",
        "Kenmerk: 0123 456 789",
        "Aktenzeichen 0341 12 34 56",
        "Postbus 0900 1234",
    ],
)
def test_contacts_company_bank_and_file_numbers_are_not_phones(hand_doc, line: str) -> None:
    """Numbers after a company, tax, bank, file-reference or post-box label are not phones,
    in a block where the office phone is."""
    text = f"Stad Aalst\n{line}\nTel. 053 77 93 00\n"
    doc = hand_doc(text, language="nl", country="BE")
    assert [r[4] for r in _rows(doc)] == ["+3253779300"]


def test_contacts_unit_beside_a_phone_on_a_labelled_line(hand_doc) -> None:
    """'Contact : unit, phone' gives the unit with the phone."""
    text = (
        "Le conseil municipal approuve le jumelage.\n"
        "Contact : Direction des relations internationales, 04 72 10 30 30\n"
    )
    doc = hand_doc(text, language="fr", country="FR")
    assert _rows(doc) == [
        (None, None, "Direction des relations internationales", None, "+33472103030", None)
    ]


def test_contacts_note_beside_a_phone_keeps_one_contact(hand_doc) -> None:
    """A note after a number ('(secretariaat)') does not split a person's phone and e-mail."""
    text = (
        "Contactpersoon:\nEls Maes\nE-mail: els.maes@aalst.be\nTel. 053 77 93 00 (secretariaat)\n"
    )
    doc = hand_doc(text, language="nl", country="BE")
    assert _rows(doc) == [("Els Maes", None, None, None, "+3253779300", "els.maes@aalst.be")]


def test_contacts_organisation_unit_name_and_phone_on_a_labelled_line(hand_doc) -> None:
    """'Rückfragen an: organisation, unit, name, phone' gives all four to one contact."""
    text = (
        "Rückfragen an: Stadt Kiel, Referat für Städtepartnerschaften, Sabine Holm, 0431 901-2345\n"
    )
    doc = hand_doc(text, language="de", country="DE", persons=("Sabine Holm",))
    assert _rows(doc) == [
        (
            "Sabine Holm",
            "Stadt Kiel",
            "Referat für Städtepartnerschaften",
            None,
            "+494319012345",
            None,
        )
    ]


def test_contacts_french_press_relations_label_and_dashes(hand_doc) -> None:
    """'Relations presse : unit – name – e-mail – phone' is a label, then one contact."""
    text = (
        "Relations presse : Cabinet du Maire – Claire Petit – claire.petit@ville-exemple.fr – "
        "04 97 13 20 00\n"
    )
    doc = hand_doc(text, language="fr", country="FR")
    assert _rows(doc) == [
        (
            "Claire Petit",
            None,
            "Cabinet du Maire",
            None,
            "+33497132000",
            "claire.petit@ville-exemple.fr",
        )
    ]


def test_contacts_unit_words_keep_two_word_units_from_names(hand_doc) -> None:
    """'Economic Development' under a person is the person's unit, even when read as a
    person's name, and the person keeps the e-mail below it."""
    text = (
        "Institution: City of Antwerp\n\nHans-Jürgen von der Heide\nEconomic Development\n"
        "jhvdh@example.be\n"
    )
    doc = hand_doc(
        text,
        country="BE",
        institution="City of Antwerp",
        persons=("Hans-Jürgen von der Heide", "Economic Development"),
    )
    assert _rows(doc) == [
        (
            "Hans-Jürgen von der Heide",
            "City of Antwerp",
            "Economic Development",
            None,
            None,
            "jhvdh@example.be",
        )
    ]


def test_contacts_organisation_of_a_letter_header_above_the_label(hand_doc) -> None:
    """An organisation's name alone on a header line above 'Contactpersoon' is the contact's
    organisation; a title naming a city is not."""
    text = (
        "Raadsinformatiebrief\n\ngemeente Tilburg\n\n"
        "Contactpersoon     Ruud Kok, team Internationaal\nTelefoon           013 542 8000\n"
    )
    doc = hand_doc(text, language="nl", country="NL", orgs={"gemeente Tilburg": "government"})
    assert [(r[0], r[1], r[2]) for r in _rows(doc)] == [
        ("Ruud Kok", "gemeente Tilburg", "team Internationaal")
    ]


def test_contacts_role_and_unit_in_brackets_after_the_name(hand_doc) -> None:
    """'Ms. Zhang Min (Director, Foreign Affairs Office), Tel: ...' gives the role and the
    unit without the brackets."""
    text = (
        "Contact person: Ms. Zhang Min (Director, Foreign Affairs Office), Tel: +86 576 8868 1234\n"
    )
    assert _rows(hand_doc(text)) == [
        ("Zhang Min", None, "Foreign Affairs Office", "Director", "+8657688681234", None)
    ]


def test_contacts_phone_and_mail_symbols(hand_doc) -> None:
    """'☎ number' and '✉ address' lines are a phone and an e-mail."""
    text = "Stad Aalst\nDienst Internationale Relaties\n☎ 053 77 93 00\n✉ internationaal@aalst.be\n"
    doc = hand_doc(text, language="nl", country="BE")
    assert [(r[4], r[5]) for r in _rows(doc)] == [("+3253779300", "internationaal@aalst.be")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Contactpersoon: Marieke de Jong\n", ["Marieke de Jong"]),
        ("Contacts\nSister Cities\nTwin Towns\n", []),
    ],
)
def test_contacts_name_under_a_label_without_details(hand_doc, text: str, names: list) -> None:
    """A name under a contact label is a contact without phone or e-mail only when it reads
    as a person's name (a known first name), not a heading under 'Contacts'."""
    assert [r[0] for r in _rows(hand_doc(text))] == names


def test_contacts_national_number_of_a_partner_in_its_own_country(hand_doc) -> None:
    """In a Belgian text, a partner's block whose e-mail is Chinese has a Chinese national
    number; the Belgian office keeps the Belgian one."""
    text = (
        "Stad Gent\nTel: 09 210 10 10\n\n"
        "Our partners\n\n"
        "Taizhou Foreign Affairs Office\nTel: 0576-8868 1234\nE-mail: fao@tz.gov.cn\n"
    )
    doc = hand_doc(text, country="BE")
    assert [r[4] for r in _rows(doc)] == ["+3292101010", "+8657688681234"]
