"""Figure subjects as corpus42's writers set them (issue 2), taken as classes: an apposition
with a definite article and a word before its place noun ("Wenzhou, the harbour city of about
9 million people") describes the name it follows, even when that name is the object of the
clause; a relative clause after a locative set off by commas ("Yangzhou, in de provincie
Jiangsu, die ... telt") goes back to the name before the locative; "our college", "unsere
Hochschule" is the body the page opens with; a partitive count ("Assen heeft er drie", "en
compte cinq") counts the partner towns named just before. Every text is written for these tests
and read by the whole pipeline."""

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
            "Since 2009 Bergen has worked closely with Wenzhou, the harbour city of about "
            "9 million people on the coast of Zhejiang.",
            {("wenzhou", "population", 9e6)},
        ),
        (
            "Seit 2011 arbeitet Bremen eng mit Dalian zusammen, der nordchinesischen "
            "Hafenstadt mit gut 7 Millionen Einwohnern.",
            {("dalian", "population", 7e6)},
        ),
        (
            "Sinds 2014 werkt Vlissingen samen met Qingdao, de bekende havenstad met zo'n "
            "10 miljoen inwoners.",
            {("qingdao", "population", 10e6)},
        ),
        (
            "Depuis 2008, Rennes coopère avec Jinan, la vieille capitale de quelque "
            "9 millions d'habitants.",
            {("jinan", "population", 9e6)},
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
            "Norwich signed a friendship letter with Yangzhou, in Jiangsu province, which "
            "has about 4.5 million inhabitants.",
            {("yangzhou", "population", 4.5e6)},
        ),
        (
            "Tilburg tekende een intentieverklaring met Yangzhou, in de provincie Jiangsu, "
            "die zo'n 4,5 miljoen inwoners telt.",
            {("yangzhou", "population", 4.5e6)},
        ),
        (
            "Angers a signé une lettre d'amitié avec Yangzhou, dans la province du Jiangsu, "
            "qui compte environ 4,5 millions d'habitants.",
            {("yangzhou", "population", 4.5e6)},
        ),
        (
            "Kassel unterzeichnete eine Absichtserklärung mit Yangzhou, in der Provinz "
            "Jiangsu, die rund 4,5 Millionen Einwohner zählt.",
            {("yangzhou", "population", 4.5e6)},
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
            "Qingdao Vocational College of Commerce\n\nLast spring we agreed on a teacher "
            "exchange with Keimyung University. Our college today enrols some 7,000 students.",
            {("qingdao vocational college commerce", "students", 7000.0)},
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veel gemeenten in Twente hebben een of meer partnersteden. Almelo heeft er twee, "
            "Hengelo drie en Enschede zelfs vijf.",
            {
                ("almelo", "sister_cities", 2.0),
                ("hengelo", "sister_cities", 3.0),
                ("enschede", "sister_cities", 5.0),
            },
        ),
        (
            "Plusieurs communes du Poitou ont des villes jumelles. Niort en compte cinq.",
            {("niort", "sister_cities", 5.0)},
        ),
        (
            "La région recense 40 jumelages avec la Chine. Le Sichuan, qui compte 83 millions "
            "d'habitants, à lui seul en totalise 9.",
            {("sichuan", "population", 83e6), ("sichuan", "sister_cities", 9.0)},
        ),
    ],
)
def test_figures_partitive_count_of_partner_towns(text: str, expected: set[Fact]) -> None:
    """A partitive pronoun with a verb of having ("heeft er twee", "en compte cinq", "en
    totalise 12") counts the partner towns the sentence before names in the plural."""
    assert _figures(text) == expected


def test_figures_partitive_without_partner_towns_counts_no_partners() -> None:
    """A partitive count after inhabitants stays a count of inhabitants, and one with no
    partner towns named before it is no count of partners."""
    text = (
        "Deventer is verzusterd met Yangzhou. Yangzhou telt 4,6 miljoen inwoners; Deventer heeft "
        "er 101.000. In het centrum zijn veel cafés; de Brink heeft er twaalf."
    )
    assert _figures(text) == {
        ("yangzhou", "population", 4.6e6),
        ("deventer", "population", 101000.0),
    }
