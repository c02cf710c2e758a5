"""The places extractor on German organisation names written in the case of their sentence:
an adjective after an article opens the name ("mit der Allgemeinen Handelskammer Wuhan"), and
a name whose feminine or plural head follows adjectives ending in "-en" is cited in the
nominative ("Technische Hochschule Deggendorf"); names of other languages and masculine heads
are kept as written."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _orgs(text: str, language: str) -> list[str]:
    doc = extract(text, language=language).doc
    return [m.name for m in doc.mentions if m.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der Rektor unterzeichnete am Montag einen Vertrag mit der Technischen Hochschule "
            "Ingolstadt.",
            "Technische Hochschule Ingolstadt",
        ),
        (
            "Eine Absichtserklärung mit der Allgemeinen Handelskammer Ningbo lief 2023 aus.",
            "Allgemeine Handelskammer Ningbo",
        ),
        (
            "Studierende der Freien Universität Berlin reisten im Mai nach Nanjing.",
            "Freie Universität Berlin",
        ),
        (
            "Ein Vertrag mit der Pädagogischen Hochschule Heidelberg wurde 2019 unterzeichnet.",
            "Pädagogische Hochschule Heidelberg",
        ),
    ],
)
def test_nominative_names_cite_german_name_in_nominative(text: str, name: str) -> None:
    """An inflected adjective before a feminine or plural head is cited ending in "-e", and the
    whole name is kept."""
    assert name in _orgs(text, "de")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "The Technical University of Munich signed an exchange agreement with Tongji "
            "University.",
            "en",
            "Technical University of Munich",
        ),
        (
            "De Technische Universiteit Eindhoven tekende een akkoord met de Zhejiang University.",
            "nl",
            "Technische Universiteit Eindhoven",
        ),
        (
            "L'Université Technique de Munich a signé une convention avec l'Université Tongji.",
            "fr",
            "Université Technique de Munich",
        ),
    ],
)
def test_nominative_names_leave_other_languages(text: str, language: str, name: str) -> None:
    """Names of English, Dutch and French texts keep their written form."""
    assert name in _orgs(text, language)


def test_nominative_names_keep_name_already_nominative() -> None:
    """A name written in the nominative is kept as it is."""
    text = "Die Technische Hochschule Deggendorf empfing am Montag eine Delegation aus Yangzhou."
    assert "Technische Hochschule Deggendorf" in _orgs(text, "de")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Zum Schluss führte der Landrat die Besucher durch die Leuphana Universität "
            "Lüneburg und ihr neues Hörsaalgebäude.",
            "de",
            "Leuphana Universität Lüneburg",
        ),
        (
            "Leuphana University Lüneburg signed an agreement with Jiangsu Ocean University in "
            "2019.",
            "en",
            "Leuphana University Lüneburg",
        ),
        (
            "De Leuphana Universiteit Lüneburg tekende in 2019 een akkoord met de Jiangsu Ocean "
            "University.",
            "nl",
            "Leuphana Universiteit Lüneburg",
        ),
        (
            "L'Université Leuphana de Lunebourg a signé en 2019 un accord avec l'Université "
            "océanique du Jiangsu.",
            "fr",
            "Université Leuphana de Lunebourg",
        ),
    ],
)
def test_name_before_seat_keeps_university_name_whole(text: str, language: str, name: str) -> None:
    """A university's own name before "Universität <town>" stays in its name, as it does in the
    other three languages."""
    assert name in _orgs(text, language)


def test_name_before_seat_skips_noun_before_genitive() -> None:
    """A noun after an article is no part of the name that follows it in the genitive."""
    text = "Die Delegation traf die Partner der Universität Bremen im Rathaus."
    assert "Universität Bremen" in _orgs(text, "de")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Delegation traf Vertreter der Jürgen Ponto-Stiftung in Frankfurt.", "Jürgen"),
        ("Gefördert wird das Projekt von der Hansen Stiftung Hamburg.", "Hansen"),
        ("Das Abkommen mit der Bremen Hochschule wurde 2019 unterzeichnet.", "Bremen"),
    ],
)
def test_nominative_names_keep_first_name_or_place_word(text: str, name: str) -> None:
    """A first name or a place's name ending in "-en" before a feminine head is no inflected
    adjective: the organisation's name keeps it whole."""
    orgs = _orgs(text, "de")
    assert any(o.startswith(name + " ") or o.startswith(name + "-") for o in orgs), orgs
