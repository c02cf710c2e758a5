"""The places extractor on organisations and districts named as parties: a country's
possessive before an organisation ("China's Rizhao Port"), a country or region tail after an
organisation its city names already ("Zhanjiang Port Authority of Guangdong province"), a German
district named with its kind word ("Landkreis Cham") and a German state's long form ("Freistaat
Bayern")."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.doc import Doc


def _doc(text: str, language: str) -> Doc:
    return extract(text, language=language).doc


def _names(text: str, language: str, kind: str) -> list[str]:
    return [m.name for m in _doc(text, language).mentions if m.kind == kind]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Varna Port and Korea's Ulsan Port Authority became sister ports last spring.",
            "Ulsan Port Authority",
        ),
        (
            "In 2010 the harbour board signed a protocol with China's Tianjin Port Group.",
            "Tianjin Port Group",
        ),
        (
            "The Lagos authority twinned with Belgium's Port of Antwerp-Bruges in 2022.",
            "Port of Antwerp-Bruges",
        ),
        (
            "A team from Guangdong's Shantou University visited the campus on Tuesday.",
            "Shantou University",
        ),
    ],
)
def test_possessive_country_is_no_part_of_an_organisation(text: str, name: str) -> None:
    """A country's or region's possessive before an organisation places it and stays out of
    its name: the name starts after "'s"."""
    assert name in _names(text, "en", "organisation")


def test_possessive_city_stays_in_an_organisation() -> None:
    """A city's possessive is no country's: "Portland's Sister Cities Committee" keeps it."""
    orgs = _names("Portland's Sister Cities Committee met on Monday.", "en", "organisation")
    assert any(o.startswith("Portland") for o in orgs), orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The ports body signed an accord with the Haikou Port Authority of Hainan province.",
            "Haikou Port Authority",
        ),
        (
            "Valencia Port and Ningbo Port of the People's Republic of China signed a protocol.",
            "Ningbo Port",
        ),
        (
            "The Port of Baku and the Lianyungang Port Group of China agreed to cooperate.",
            "Lianyungang Port Group",
        ),
    ],
)
def test_region_tail_after_a_city_organisation_is_cut(text: str, name: str) -> None:
    """'of <country or region>' after an organisation that a city's name opens only places it:
    the organisation's name ends at its head."""
    assert name in _names(text, "en", "organisation")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Maritime and Port Authority of Singapore hosted the meeting.",
            "Maritime and Port Authority of Singapore",
        ),
        (
            "Students of the Chinese University of Hong Kong came to Ghent.",
            "Chinese University of Hong Kong",
        ),
        (
            "Delegates of the Central South University of Changsha toured the port.",
            "Central South University of Changsha",
        ),
    ],
)
def test_place_complement_without_a_city_modifier_stays(text: str, name: str) -> None:
    """Without a city before the head, 'of <place>' names the organisation and stays."""
    assert name in _names(text, "en", "organisation")


def _parties(text: str, language: str) -> list[set[str]]:
    return [{p.name for p in a.parties} for a in _doc(text, language).agreements]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Der Landkreis Passau unterzeichnete 2016 einen Partnerschaftsvertrag mit Yantai.",
            {"Landkreis Passau", "Yantai"},
        ),
        (
            "Der Kreis Unna unterzeichnete 2016 eine Absichtserklärung mit Jinhua.",
            {"Kreis Unna", "Jinhua"},
        ),
        (
            "Der Landkreis Rottal-Inn unterzeichnete 2009 einen Partnerschaftsvertrag mit Weihai.",
            {"Landkreis Rottal-Inn", "Weihai"},
        ),
        (
            "Die Stadt Leer unterzeichnete 2012 einen Partnerschaftsvertrag mit dem Kreis Jinzhai.",
            {"Leer", "Jinzhai"},
        ),
    ],
)
def test_german_district_keeps_its_kind_word(text: str, parties: set[str]) -> None:
    """A German district written 'Landkreis X' or 'Kreis X' is a party named so, a unit of its
    own beside the town X; a foreign county written 'Kreis' is named as its place."""
    assert parties in _parties(text, "de")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Seit 1987 ist der Freistaat Bayern mit der Provinz Shandong verbunden.", "Bayern"),
        ("Der Freistaat Sachsen und Hubei unterzeichneten 2007 ein Abkommen.", "Sachsen"),
    ],
)
def test_freistaat_names_one_state(text: str, name: str) -> None:
    """'Freistaat X' is the German state X, one place: 'Freistaat' is no place of its own."""
    places = _names(text, "de", "place")
    assert name in places
    assert "Freistaat" not in places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der Rhein-Sieg-Kreis unterzeichnete 2013 eine Vereinbarung mit Hubei.",
            "Rhein-Sieg-Kreis",
        ),
        ("Der Landrat des Ennepe-Ruhr-Kreises empfing Gäste aus Wuxi.", "Ennepe-Ruhr-Kreis"),
    ],
)
def test_hyphenated_kreis_names_a_district(text: str, name: str) -> None:
    """Capitalised names joined by hyphens and closed by '-Kreis' name a German district, a
    place the gazetteer lacks (a genitive '-es' is no part of its name)."""
    assert name in _names(text, "de", "place")


def test_kreis_compound_of_a_common_noun_is_no_place() -> None:
    """'Arbeitskreis', one word, is a working group, no district."""
    assert "Arbeitskreis" not in _names("Der Arbeitskreis tagte in Lübeck.", "de", "place")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Son homologue du Port de Ningbo, Cai Lixin, a signé l'accord de jumelage.", "fr"),
        ("The head of the Port of Ningbo, Cai Lixin, signed the sister port agreement.", "en"),
        ("Namens de haven van Ningbo tekende directeur Cai Lixin het akkoord.", "nl"),
    ],
)
def test_surname_that_names_a_place_only_by_an_alternate_name_opens_a_person(
    text: str, language: str
) -> None:
    """A Chinese surname that is a populous place's alternate name only ('Cai') before a
    pinyin given name is a person's name, no signing party: 'Lixin' is no place."""
    doc = _doc(text, language)
    assert "Cai Lixin" in [m.name for m in doc.mentions if m.kind == "person"]
    assert "Lixin" not in [m.name for m in doc.mentions if m.kind == "place"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Un accord avec l'Université des sciences et technologies de Huazhong a été signé.",
            "fr",
            "Université des sciences et technologies de Huazhong",
        ),
        (
            "Een akkoord met de Universiteit voor wetenschap en technologie van Huazhong volgt.",
            "nl",
            "Universiteit voor wetenschap en technologie van Huazhong",
        ),
    ],
)
def test_description_closed_by_an_unknown_seat_is_one_name(
    text: str, language: str, name: str
) -> None:
    """A head, a lower-case description and 'de'/'van' with one capitalised name the
    gazetteer lacks is one organisation: the name is its seat or region."""
    assert name in _names(text, language, "organisation")
