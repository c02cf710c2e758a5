"""Figures worded as other writers word them (issue 2): urban areas named around a city,
street names that are not ranks, and more. Every text is written for these tests and read by
the whole pipeline."""

from __future__ import annotations

import pytest

from cityties.text import fold
from factsets import figures_of as _figures


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Die Metropolregion Hamburg zählt 5,4 Millionen Einwohner.",
            ("metropolregion hamburg", "population", 5400000, None),
            ("hamburg", "population", 5400000, None),
        ),
        (
            "The West Midlands metropolitan area had about 2.9 million inhabitants in 2021.",
            ("west midlands metropolitan area", "population", 2900000, 2021),
            ("midlands", "population", 2900000, 2021),
        ),
        (
            "De Métropole Européenne de Lille komt op ruim 1,1 miljoen inwoners.",
            ("metropole europeenne de lille", "population", 1100000, None),
            ("lille", "population", 1100000, None),
        ),
        (
            "Lyon has 520,000 inhabitants; the metropolitan area of Lyon has 2.3 million.",
            ("metropolitan area of lyon", "population", 2300000, None),
            ("lyon", "population", 2300000, None),
        ),
    ],
)
def test_figures_urban_area_is_its_own_subject(
    text: str,
    expected: tuple[str, str, float, int | None],
    not_expected: tuple[str, str, float, int | None],
) -> None:
    """The urban area around a city, named before or after it, is the subject, not the city."""
    found = _figures(text)
    assert (fold(expected[0]), *expected[1:]) in found
    assert (fold(not_expected[0]), *not_expected[1:]) not in found


def test_figures_city_after_its_urban_area() -> None:
    """ "Die Stadt" after only "die Metropolregion Hamburg" is the city of that area."""
    found = _figures(
        "Die Metropolregion Hamburg zählt 5,4 Millionen Einwohner. "
        "Die Stadt selbst hat 1,9 Mio. Einwohner."
    )
    assert ("hamburg", "population", 1900000, None) in found


@pytest.mark.parametrize(
    "text",
    [
        "Kontakt: Ernst-Schneider-Platz 1, 40212 Düsseldorf.",
        "Unser Büro liegt am Willy-Brandt-Platz 3 in Ulm.",
    ],
)
def test_figures_street_name_is_not_a_rank(text: str) -> None:
    """A street named "...-Platz" followed by its house number gives no rank."""
    assert not any(m == "rank" for _, m, _, _ in _figures(text))


def test_figures_platz_after_auf_is_still_a_rank() -> None:
    """ "auf Platz 6" stays a rank."""
    found = _figures("Im Ranking liegt Düsseldorf auf Platz 6.")
    assert ("dusseldorf", "rank", 6, None) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lyon has 520,000 inhabitants; the metropolitan area of Lyon has 2.3 million.",
            ("metropolitan area of lyon", "population", 2300000, None),
        ),
        (
            "Die Metropolregion Hamburg zählt 5,4 Millionen Einwohner, die Stadt selbst 1,9 Mio.",
            ("hamburg", "population", 1900000, None),
        ),
    ],
)
def test_figures_bare_number_after_a_described_subject(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """A bare number after a second subject that is a description repeats the measure."""
    assert (fold(expected[0]), *expected[1:]) in _figures(text)


def test_figures_bare_number_after_a_common_noun_is_not_gapped() -> None:
    """A number after a lower-case noun that is not a place gives no population."""
    found = _figures("Ghent has 263,608 inhabitants and the city 2,500 streets.")
    assert {v for _, m, v, _ in found if m == "population"} == {263608}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Free University of Amsterdam is placed 31st in the Times ranking of 2023.",
            ("free university of amsterdam", "rank", 31, 2023),
        ),
        (
            "Montpellier compte 300 000 habitants, ce qui en fait la septième commune de France.",
            ("montpellier", "rank", 7, None),
        ),
        (
            "Limburg telt 1,1 miljoen inwoners en is de vierde provincie van Nederland.",
            ("limburg", "rank", 4, None),
        ),
        (
            "Marseille reste le premier port français pour le vrac.",
            ("marseille", "rank", 1, None),
        ),
        (
            "The Port of Dover handled 24 million tonnes. The port is Britain's number one for "
            "ferries.",
            ("port of dover", "rank", 1, None),
        ),
    ],
)
def test_figures_rank_wordings(text: str, expected: tuple[str, str, float, int | None]) -> None:
    """Ranks worded with "placed", an ordinal before a municipality or province noun, "premier
    port" with a national adjective, and a possessive "number one for"."""
    assert (fold(expected[0]), *expected[1:]) in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lyon fut la première ville française à signer un tel accord.",
        "The third region to join the network was Flanders in 2019.",
    ],
)
def test_figures_order_of_events_is_not_a_rank(text: str) -> None:
    """Being the first to sign, or the third to join, is an order of events, not a rank."""
    assert not any(m == "rank" for _, m, _, _ in _figures(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Antwerp has 530,000 inhabitants. Its port handled 270 million tonnes in 2023.",
            ("port of antwerp", "cargo_tonnes", 270000000, 2023),
        ),
        (
            "Marseille compte 870 000 habitants. Son port a traité 77 millions de tonnes en 2023.",
            ("port of marseille", "cargo_tonnes", 77000000, 2023),
        ),
        (
            "Bremen ist eine Hansestadt. Ihr Hafen schlug 2022 rund 60 Mio. Tonnen um.",
            ("port of bremen", "cargo_tonnes", 60000000, 2022),
        ),
    ],
)
def test_figures_possessive_port_is_the_port_of_the_place(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "Its port", "Son port", "Ihr Hafen": the figure is about the port of the place."""
    assert (fold(expected[0]), *expected[1:]) in _figures(text)


def test_figures_the_port_is_not_its_operator() -> None:
    """ "De haven" after the port and its operator were named is the port, not the operator."""
    found = _figures(
        "De overslag in de haven van Antwerpen kwam uit op 270 miljoen ton.\n\n"
        "Het Havenbedrijf Antwerpen heeft 1.800 medewerkers. De haven zelf biedt werk aan "
        "circa 60.000 mensen."
    )
    assert (fold("Havenbedrijf Antwerpen"), "employees", 1800, None) in found
    assert not any(v == 60000 and "havenbedrijf" in s for s, _, v, _ in found)
    assert any(v == 60000 and m == "employees" for _, m, v, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toulouse est le siège d'Airbus, qui y emploie environ 28 000 personnes.",
            ("airbus", "employees", 28000, None),
        ),
        (
            "Wolfsburg is home to Volkswagen, which employs some 60,000 people there.",
            ("volkswagen", "employees", 60000, None),
        ),
        (
            "In Stuttgart sitzt die Robert Bosch GmbH, die dort 14.000 Menschen beschäftigt.",
            ("robert bosch gmbh", "employees", 14000, None),
        ),
    ],
)
def test_figures_employer_named_before_a_relative_clause(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "X, which employs N people": the staff of X, not of the city it is in."""
    found = _figures(text)
    assert (fold(expected[0]), *expected[1:]) in found
    assert not any(m == "employees" and s != fold(expected[0]) for s, m, _, _ in found)


def test_figures_count_located_by_a_place_after_it() -> None:
    """ "N businesses are registered in the city": the city, not the region named before."""
    found = _figures(
        "Dortmund is the largest city of the Ruhr. The wider Ruhr region is home to 5.1 "
        "million people. Coal is history here: today some 28,000 businesses are registered "
        "in the city. The municipality extends over 280 km2."
    )
    assert ("ruhr", "population", 5100000, None) in found
    assert ("dortmund", "companies", 28000, None) in found
    assert ("dortmund", "area_km2", 280, None) in found


def test_figures_place_after_a_named_subject_does_not_take_the_count() -> None:
    """A place after the count does not replace a subject named before it."""
    found = _figures(
        "Toulouse has 500,000 inhabitants. The University of Toulouse counts 100,000 "
        "students in the city."
    )
    assert (fold("University of Toulouse"), "students", 100000, None) in found
    assert not any(s == "toulouse" and m == "students" for s, m, _, _ in found)


def test_figures_the_region_is_not_the_urban_area() -> None:
    """ "De regio" after a region and the urban area of its capital is the region."""
    found = _figures(
        "Rijsel is de hoofdstad van de regio Hauts-de-France. De Métropole Européenne de "
        "Lille telt 1,1 miljoen inwoners. De regio als geheel telt bijna 6 miljoen inwoners."
    )
    assert (fold("Hauts-de-France"), "population", 6000000, None) in found
    assert (fold("Métropole Européenne de Lille"), "population", 1100000, None) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the 2011 census Leeds had 751,000 residents. The Leeds metropolitan area had "
            "2.6 million inhabitants in the same year.",
            ("leeds metropolitan area", "population", 2600000, 2011),
        ),
        (
            "Port of Felixstowe: 2022 key figures\n\nThroughput: 26 million tonnes\n",
            ("port of felixstowe", "cargo_tonnes", 26000000, 2022),
        ),
    ],
)
def test_figures_year_stated_elsewhere(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "In the same year" is the year named last; a label-value line takes its title's year."""
    assert (fold(expected[0]), *expected[1:]) in _figures(text)


def test_figures_title_year_only_for_label_lines() -> None:
    """A prose sentence without a year does not take the year of a title that names no
    yearly report (a yearly report's year dates its prose: test_figures_c30_classes)."""
    found = _figures("Ghent welcomes Wuhan, June 2023\n\nGhent has 263,000 inhabitants.\n")
    assert ("ghent", "population", 263000, None) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2023 the Port of Antwerp handled 12.5 million TEU.",
            ("port of antwerp", "other", 12500000, 2023),
        ),
        (
            "Le port de Marseille a accueilli 2,5 millions de passagers en 2023.",
            ("port de marseille", "other", 2500000, 2023),
        ),
        (
            "Der Hamburger Hafen zählte 2023 rund 1,2 Mio. Kreuzfahrtpassagiere.",
            ("hamburger hafen", "other", 1200000, 2023),
        ),
    ],
)
def test_figures_teu_and_passengers_are_other(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """Container units and passengers, which no measure names, are `other` figures."""
    assert (fold(expected[0]), *expected[1:]) in _figures(text)


def test_figures_few_passengers_are_not_a_figure() -> None:
    """A handful of passengers on one ship is no statistic of the port."""
    found = _figures("The Port of Dover welcomed 12 passengers from the first ferry.")
    assert not any(m == "other" for _, m, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Freiburg hat 236.000 Einwohner. Der Stadtteil Vauban hat gut 5.500 Bewohner.",
            ("vauban", "population", 5500, None),
        ),
        (
            "Eindhoven telt 243.730 inwoners. Het stadsdeel Woensel-Noord telt 68.000 inwoners.",
            ("woensel-noord", "population", 68000, None),
        ),
        (
            "Berlin has 3.7 million inhabitants. The district of Kreuzberg has about 150,000 "
            "residents.",
            ("kreuzberg", "population", 150000, None),
        ),
        (
            "Leeds is the main city of West Yorkshire. The district covers 552 square kilometres.",
            ("leeds", "area_km2", 552, None),
        ),
    ],
)
def test_figures_district_named_after_its_noun(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """A district named after "Stadtteil", "stadsdeel", "district of" is the subject, even
    unknown to the gazetteer; "the district" alone is the city when no district is named."""
    found = _figures(text)
    assert (fold(expected[0]), *expected[1:]) in found
    city = fold(text.split()[0])
    if expected[0] != city:
        assert not any(s == city and v == expected[2] for s, _, v, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lille telt 236.000 inwoners. Het is een studentenstad: hier studeren meer dan "
            "110.000 jongeren.",
            ("lille", "students", 110000, None),
        ),
        (
            "Manchester has 550,000 residents and is the biggest urban agglomeration of the "
            "North West.",
            ("manchester", "rank", 1, None),
        ),
    ],
)
def test_figures_young_people_who_study_and_largest_agglomeration(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """Young people who study are students; the biggest agglomeration is a rank 1."""
    assert (fold(expected[0]), *expected[1:]) in _figures(text)


def test_figures_young_people_without_study_are_not_students() -> None:
    """Young people counted without a word of studying are no students."""
    found = _figures("Eindhoven telt 240.000 inwoners, van wie 30.000 jongeren.")
    assert not any(m == "students" for _, m, _, _ in found)


def test_figures_passenger_label_line_takes_the_title_year() -> None:
    """ "Cruise passengers: 2.6 million" in a fact sheet titled with a year is an `other`
    count of that year."""
    found = _figures(
        "Port of Dover: 2023 traffic figures\n\nTotal freight: 25 million tonnes\n"
        "Cruise passengers: 2.6 million\n"
    )
    assert (fold("Port of Dover"), "other", 2600000, 2023) in found
    assert (fold("Port of Dover"), "cargo_tonnes", 25000000, 2023) in found


def test_figures_most_populous_local_authority_district() -> None:
    """ "Which makes it the most populous local authority district in England": rank 1."""
    found = _figures(
        "At the 2021 census Leeds had 812,000 residents, which makes it the most populous "
        "local authority district in Yorkshire."
    )
    assert ("leeds", "rank", 1, None) in found
