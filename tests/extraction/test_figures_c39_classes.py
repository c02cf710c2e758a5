"""Figures of the classes corpus39 showed (issue 2), on sentences written for these tests in the
four languages: a count of a place's partner cities given by a noun that rounds it ("une
vingtaine de villes jumelles", "een twintigtal zustersteden", "rund ein Dutzend
Partnerstädte", "a dozen sister cities") is a `sister_cities` figure of that rounded value;
the same nouns before other things counted are no figure."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._numbers import find_quantities


def _figures(text: str) -> list[tuple[str, str, float]]:
    return [(f.subject, f.measure, f.value) for f in extract(text).doc.figures]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Elle compte une vingtaine de villes jumelles.", "fr", 20.0),
        ("De gemeente telt een twintigtal zustersteden.", "nl", 20.0),
        ("Die Stadt hat rund ein Dutzend Partnerstädte.", "de", 12.0),
        ("The town has a dozen sister cities.", "en", 12.0),
        ("Elle a noué une quinzaine d'accords.", "fr", 15.0),
    ],
)
def test_find_quantities_reads_rounding_count_nouns(text: str, language: str, value: float) -> None:
    """A noun that rounds a count ("vingtaine", "twintigtal", "Dutzend", "dozen") is a number
    of its value, written in words, that runs on to the noun it counts."""
    qs = find_quantities(text, 0, len(text), language=language)
    assert [(q.value, q.word) for q in qs] == [(value, True)]
    assert text[qs[0].end] not in " '’"


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "Montauban est jumelée avec une vingtaine de villes en Europe et en Afrique.",
            "Montauban",
            20.0,
        ),
        ("Roermond onderhoudt stedenbanden met een twintigtal steden.", "Roermond", 20.0),
        ("Jena unterhält Städtepartnerschaften mit rund einem Dutzend Städten.", "Jena", 12.0),
        ("Bolton has twinning links with a dozen towns across Europe.", "Bolton", 12.0),
        ("Alès compte une dizaine de villes jumelles.", "Alès", 10.0),
    ],
)
def test_figures_rounding_noun_counts_sister_cities(text: str, subject: str, value: float) -> None:
    """A place twinned with "une vingtaine de villes" / "een twintigtal steden" / "einem
    Dutzend Städten" / "a dozen towns" has that many sister cities."""
    assert (subject, "sister_cities", value) in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Montauban a reçu une vingtaine de délégations l'an dernier.",
        "Roermond stuurde een twintigtal ambtenaren naar de beurs.",
        "Jena schickte ein Dutzend Studierende nach Schanghai.",
        "Bolton welcomed a dozen visitors from its twin town.",
        "Alès a accueilli une dizaine d'entreprises chinoises.",
    ],
)
def test_figures_rounding_noun_other_counts_no_figure(text: str) -> None:
    """The same nouns before delegations, officials, students, visitors or firms state no
    figure: a rounded count is read only as a number of partner cities."""
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "subject", "visitor"),
    [
        (
            "Pupils from Dayton spent ten days in Wuhan, capital of Hubei province and a city "
            "of 11 million people, before flying home.",
            "Wuhan",
            "Dayton",
        ),
        (
            "Een delegatie uit Breda verbleef vijf dagen in Wuhan, hoofdstad van Hubei en een "
            "stad van 11 miljoen inwoners.",
            "Wuhan",
            "Breda",
        ),
        (
            "Eine Gruppe aus Jena war eine Woche in Wuhan, Hauptstadt von Hubei und eine Stadt "
            "mit 11 Millionen Einwohnern.",
            "Wuhan",
            "Jena",
        ),
        (
            "Une délégation de Brest a séjourné à Wuhan, capitale du Hubei et ville de 11 "
            "millions d'habitants.",
            "Wuhan",
            "Brest",
        ),
    ],
)
def test_figures_coordinated_apposition_names_place_before(
    text: str, subject: str, visitor: str
) -> None:
    """A size in the second noun of an apposition ("in Wuhan, capital of Hubei and a city of
    11 million") describes the place the apposition follows, not the visitors of the
    sentence nor the region the first noun names."""
    figures = _figures(text)
    assert (subject, "population", 11_000_000.0) in figures
    assert all(s != visitor for s, _, _ in figures)


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "The Kent Chamber of Commerce represents 2,400 member companies from Kent and Sussex.",
            "Kent Chamber of Commerce",
            2400.0,
        ),
        (
            "De Kamer van Koophandel Venlo telt 900 lidbedrijven uit Limburg.",
            "Kamer van Koophandel Venlo",
            900.0,
        ),
    ],
)
def test_figures_member_companies_from_region_are_counted(
    text: str, subject: str, value: float
) -> None:
    """Member companies "from" a region are all the members the body counts, not a part of
    some other count by origin."""
    assert (subject, "companies", value) in _figures(text)


def test_figures_firms_from_region_still_part() -> None:
    """Firms that are no members, counted by where they come from, stay a part: no figure."""
    assert _figures("Jena exportiert Waren von 400 Zulieferbetrieben aus Bayern.") == []
