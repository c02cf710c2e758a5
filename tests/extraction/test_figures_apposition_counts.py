"""Figures of counts and appositions, on sentences written for these tests in the four
languages: a count of a place's partner cities given by a noun that rounds it ("une
vingtaine de villes jumelles", "een twintigtal zustersteden", "rund ein Dutzend
Partnerstädte", "a dozen sister cities") is a `sister_cities` figure of that rounded value;
the same nouns before other things counted are no figure. A size in an apposition ("in
Changsha, seat of the Hunan government and a city of 10 million") is the place's it follows;
member companies "from" a region are the body's count."""

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
            "Dayton's choir sang twice in Changsha, seat of the Hunan government and a city of "
            "10 million inhabitants, last spring.",
            "Changsha",
            "Dayton",
        ),
        (
            "Het koor uit Breda zong twee keer in Changsha, zetel van het bestuur van Hunan en "
            "een stad van 10 miljoen inwoners.",
            "Changsha",
            "Breda",
        ),
        (
            "Der Chor aus Jena sang zweimal in Changsha, Hauptstadt der Provinz Hunan und eine "
            "Stadt mit 10 Millionen Einwohnern.",
            "Changsha",
            "Jena",
        ),
        (
            "La chorale de Brest a chanté deux fois à Changsha, chef-lieu du Hunan et ville de "
            "10 millions d'habitants.",
            "Changsha",
            "Brest",
        ),
    ],
)
def test_figures_coordinated_apposition_names_place_before(
    text: str, subject: str, visitor: str
) -> None:
    """A size in the second noun of an apposition whose first noun is "<noun> of <place>"
    ("in Changsha, seat of the Hunan government and a city of 10 million") describes the place
    the apposition follows, not the visitors of the sentence nor the region the first noun
    names."""
    figures = _figures(text)
    assert (subject, "population", 10_000_000.0) in figures
    assert all(s != visitor for s, _, _ in figures)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "The choir from Dayton sang in Kunming, Guilin and a city of 2 million people in "
            "Hunan.",
            ("Kunming",),
        ),
        (
            "The choir from Dayton sang in Kunming, Guilin, Nanning and a city of 2 million "
            "people in Hunan.",
            ("Kunming", "Guilin"),
        ),
        (
            "Le chœur de Brest a chanté à Kunming, Guilin et une ville de 2 millions "
            "d'habitants du Hunan.",
            ("Kunming",),
        ),
        (
            "Der Chor aus Jena sang in Kunming, Guilin und einer Stadt mit 2 Millionen "
            "Einwohnern in Hunan.",
            ("Kunming",),
        ),
    ],
)
def test_figures_list_before_and_a_city_is_no_apposition(
    text: str, listed: tuple[str, ...]
) -> None:
    """In a list of places ending "and a city of N", a place of the list before the last one
    is not the one the size describes: a bare place name between the comma and "and" is no
    first noun of an apposition."""
    assert all(s not in listed for s, _, _ in _figures(text))


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "The Kent Chamber of Commerce represents 650 member companies from Kent and Sussex.",
            "Kent Chamber of Commerce",
            650.0,
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
