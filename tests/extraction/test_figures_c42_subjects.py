"""Figure subjects as corpus42's writers set them (issue 2), taken as classes: an apposition
with a definite article and a word before its place noun ("Ningbo, the port city of some 9.7
million people") describes the name it follows, even when that name is the object of the
clause; a relative clause after a locative set off by commas ("Jingdezhen, in de provincie
Jiangxi, die ... telt") goes back to the name before the locative; "our college", "unsere
Hochschule" is the body the page opens with. Every text is written for these tests and read by
the whole pipeline."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold

Fact = tuple[str, str, float]


def _figures(text: str) -> set[Fact]:
    doc = extract(text).doc
    return {(fold(f.subject), f.measure, f.value) for f in doc.figures}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Karlsruhe has kept contacts with Ningbo, the port city of some 9.7 million people "
            "in Zhejiang Province, since 2005.",
            {("ningbo", "population", 9.7e6)},
        ),
        (
            "Bochum pflegt seit 2005 Kontakte zu Xuzhou, der chinesischen Hafenstadt mit rund "
            "9 Millionen Einwohnern.",
            {("xuzhou", "population", 9e6)},
        ),
        (
            "Gent onderhoudt sinds 2005 contacten met Ningbo, de Chinese havenstad met zo'n "
            "9,7 miljoen inwoners.",
            {("ningbo", "population", 9.7e6)},
        ),
        (
            "Lyon entretient depuis 2005 des liens avec Canton, la grande ville de quelque "
            "18 millions d'habitants.",
            {("canton", "population", 18e6)},
        ),
    ],
)
def test_figures_definite_apposition_describes_the_name_before(
    text: str, expected: set[Fact]
) -> None:
    """A population closing an apposition headed by "the/de/der/la" and a place noun is the
    population of the name the apposition follows, not of the clause's subject."""
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since 2016 Lincoln has had a friendship link with Jingdezhen, in Jiangxi "
            "province, which has about 1.6 million inhabitants.",
            {("jingdezhen", "population", 1.6e6)},
        ),
        (
            "Daarnaast onderhoudt Lommel sinds 2016 een vriendschapsband met de Chinese "
            "porseleinstad Jingdezhen, in de provincie Jiangxi, die ongeveer 1,6 miljoen "
            "inwoners telt.",
            {("jingdezhen", "population", 1.6e6)},
        ),
        (
            "Depuis 2016, Limoges entretient un lien d'amitié avec Jingdezhen, dans la "
            "province du Jiangxi, qui compte environ 1,6 million d'habitants.",
            {("jingdezhen", "population", 1.6e6)},
        ),
        (
            "Seit 2016 pflegt Selb eine Freundschaft mit Jingdezhen, in der Provinz Jiangxi, "
            "die rund 1,6 Millionen Einwohner zählt.",
            {("jingdezhen", "population", 1.6e6)},
        ),
    ],
)
def test_figures_relative_after_commaed_locative_is_the_name_s(
    text: str, expected: set[Fact]
) -> None:
    """A relative clause after a region set off by commas ("X, in province Y, which has")
    counts the inhabitants of X, the name the locative places."""
    assert _figures(text) == expected


def test_figures_relative_after_plain_locative_stays_the_region_s() -> None:
    """Without a comma before the locative, the relative clause is the region's own."""
    text = "Wuhan lies in Hubei, which has 58 million people."
    assert _figures(text) == {("hubei", "population", 58e6)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shandong College of Foreign Trade and Languages\n\nIn 2015 we signed a letter "
            "of intent with Dongseo University. Our college now has about 9,600 full-time "
            "students in five schools.",
            {("shandong college foreign trade and languages", "students", 9600.0)},
        ),
        (
            "International Office\n\nHanze Hogeschool Groningen\n\nIn 2019 sloten we een "
            "akkoord met Zhejiang University. Onze hogeschool telt ongeveer 29.000 studenten.",
            {("hanze hogeschool groningen", "students", 29000.0)},
        ),
        (
            "Hochschule Bremen\n\n2019 unterzeichneten wir einen Vertrag mit der "
            "Tongji-Universität. Unsere Hochschule hat rund 8.500 Studierende.",
            {("hochschule bremen", "students", 8500.0)},
        ),
        (
            "Université de Nantes\n\nEn 2019, nous avons signé une convention avec "
            "l'Université Tongji. Notre université accueille 34 000 étudiants.",
            {("universite de nantes", "students", 34000.0)},
        ),
    ],
)
def test_figures_our_college_is_the_body_the_page_opens_with(
    text: str, expected: set[Fact]
) -> None:
    """ "Our college", "onze hogeschool", "unsere Hochschule", "notre université" is the body
    the page names in its opening lines."""
    assert _figures(text) == expected


def test_figures_our_college_without_a_named_body_gives_nothing() -> None:
    """A writer's "our university" is no known body when the page's opening names none: the
    figure has no subject."""
    text = (
        "News from the international office.\n\n"
        + "Exchange students arrive each autumn for a term of study. " * 8
        + "Last year we signed an agreement with Tongji University. Our university now has "
        "about 21,000 students."
    )
    assert _figures(text) == set()
