"""The places extractor on organisation names the head scan read cut, run on or not at all:

- a French school word and a person's name that the gazetteer also holds as a place ("le
  lycée Ampère", "le collège Pasteur") is a school, unless the page writes the name alone as
  a town;
- a Dutch "Lyceum" named by one or two capitalised words before it ("het Drachtster Lyceum");
- a name read up to a possessive ("the Port of Tauranga's Salisbury Wharf") ends at the -'s;
- an acronym that writes a compass word of two directions with both letters ("NENU" for
  "Northeast Normal University") names that organisation, not a second one.
"""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _orgs(text: str, language: str) -> list[str]:
    doc = extract(text, language=language).doc
    return [m.name for m in doc.mentions if m.kind == "organisation"]


def _places(text: str, language: str) -> list[str]:
    doc = extract(text, language=language).doc
    return [m.name for m in doc.mentions if m.kind == "place"]


def _acts(text: str, language: str) -> list[set[str]]:
    doc = extract(text, language=language).doc
    return [{p.name for p in a.parties} for a in doc.agreements]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("En mai, le lycée Pasteur a reçu douze élèves de Wuxi.", "lycée Pasteur"),
        (
            "Depuis 2012, le collège Voltaire échange chaque année avec une école de Jinan.",
            "collège Voltaire",
        ),
        ("Les élèves du lycée Ampère sont partis à Canton le 3 avril.", "lycée Ampère"),
    ],
)
def test_french_school_named_after_a_person_the_gazetteer_holds(text: str, name: str) -> None:
    """A French school word and a person's name that is also a gazetteer place is one school."""
    assert name in _orgs(text, "fr")


def test_french_school_word_before_a_town_the_page_names() -> None:
    """Where the page also writes the word alone as a town, "lycée Quimper" stays a town."""
    text = "Les élèves du lycée Quimper sont partis à Wuxi. Ils sont rentrés à Quimper en mai."
    assert "lycée Quimper" not in _orgs(text, "fr")
    assert "Quimper" in _places(text, "fr")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Het Drachtster Lyceum heeft sinds 2017 een partnerschap met een school in Tai'an.",
            "Drachtster Lyceum",
        ),
        ("Vorige week ontving het Baken Park Lyceum leerlingen uit Lishui.", "Baken Park Lyceum"),
    ],
)
def test_dutch_lyceum_named_by_words_before_it(text: str, name: str) -> None:
    """A Dutch "Lyceum" after one or two capitalised words is one school."""
    assert name in _orgs(text, "nl")


@pytest.mark.parametrize(
    ("text", "language", "name", "not_name"),
    [
        (
            "The meeting was held at the Port of Tauranga's Salisbury Wharf offices.",
            "en",
            "Port of Tauranga",
            "Port of Tauranga's Salisbury Wharf",
        ),
        (
            "Students toured the University of Leeds's Confucius Institute in May.",
            "en",
            "University of Leeds",
            "University of Leeds's Confucius",
        ),
    ],
)
def test_head_first_name_ends_at_possessive(
    text: str, language: str, name: str, not_name: str
) -> None:
    """An organisation named head first ("Port of X") ends at the possessive -'s."""
    orgs = _orgs(text, language)
    assert name in orgs
    assert not_name not in orgs


@pytest.mark.parametrize(
    ("text", "language", "parties"),
    [
        (
            "Leaders of Lakeside University and Northeast Forestry University met on Monday. "
            "Lakeside President Ann Lee and NEFU President Wang Bo signed a memorandum of "
            "understanding in 2024.",
            "en",
            {"Lakeside University", "Northeast Forestry University"},
        ),
        (
            "Die Universität Passau und die Northwestern Polytechnical University arbeiten "
            "zusammen. 2019 unterzeichneten die Universität Passau und die NWPU eine "
            "Kooperationsvereinbarung.",
            "de",
            {"Universität Passau", "Northwestern Polytechnical University"},
        ),
    ],
)
def test_compass_acronym_names_the_full_name(text: str, language: str, parties: set[str]) -> None:
    """An acronym with both letters of a compass word ("NEFU", "NWPU") is the organisation
    named in full earlier: the act binds that organisation, not a second one."""
    acts = _acts(text, language)
    assert parties in acts
    assert not any("NEFU" in a or "NWPU" in a for a in acts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In 2019 the Halifax Port Authority and the Ningbo Municipal Port Administration "
            "signed a memorandum of understanding.",
            "Ningbo Municipal Port Administration",
        ),
        (
            "Officials of the Baltimore Port Administration met a delegation from Xiamen in May.",
            "Baltimore Port Administration",
        ),
    ],
)
def test_port_administration_is_one_head(text: str, name: str) -> None:
    """ "Administration" right after a head word ("Port Administration") goes on with the name."""
    assert name in _orgs(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Inholland werkt al tien jaar samen met Ningbo University.", "nl", "Inholland"),
        (
            "Kedge coopère depuis 2015 avec l'Université de Wuhan sur un double diplôme.",
            "fr",
            "Kedge",
        ),
        (
            "Fontys signed a memorandum of understanding with Hangzhou Normal University in 2019.",
            "en",
            "Fontys",
        ),
        (
            "Hafenwerke unterzeichnete 2021 mit der Ningbo Port Group eine Absichtserklärung.",
            "de",
            "Hafenwerke",
        ),
    ],
)
def test_subject_working_with_an_organisation_is_one(text: str, language: str, name: str) -> None:
    """An unknown name that opens a sentence whose verb of signing or cooperation takes
    "with" and an organisation is an organisation too (a brand, a short name)."""
    assert name in _orgs(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Johnson met the Tongji University delegation to discuss a partnership.", "en"),
        ("Im Mai sprach die Delegation mit der Tongji-Universität über eine Kooperation.", "de"),
    ],
)
def test_subject_partner_needs_with_of_its_language(text: str, language: str) -> None:
    """English "met" is a verb, and a common word opening the sentence is no name: neither
    becomes an organisation."""
    assert _orgs(text, language) == [n for n in _orgs(text, language) if "Tongji" in n]
