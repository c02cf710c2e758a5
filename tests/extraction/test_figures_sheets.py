"""Figures in wordings of corpus6 kinds (fact-sheet lines, living verbs, changes, country
lines): every text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from cityties.text import fold
from factsets import figures_of as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malmo in brief\n\nResidents (2022): approx. 357,000\n",
            ("malmo", "population", 357000, 2022),
        ),
        ("Utrecht\n\nInwoners: ca. 361.000\n", ("utrecht", "population", 361000, None)),
        (
            "Malmo in brief\n\nRegistered businesses: roughly 31,000\n",
            ("malmo", "companies", 31000, None),
        ),
        ("Utrecht\n\nBedrijven: ruim 42.000\n", ("utrecht", "companies", 42000, None)),
    ],
)
def test_figures_sheet_line_with_abbreviated_or_worded_approximation(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """A fact-sheet line keeps its label when an approximation ("approx.", "ca.", "roughly")
    stands between the label and the number, and "businesses" is a label of companies."""
    assert expected in _figures(text)


def test_figures_country_line_does_not_take_over_the_topic() -> None:
    """A "Country: X" line of a fact sheet names the setting: the figures below stay with the
    city the sheet is about."""
    text = "Malmo at a glance\n\nCountry: Sweden\nResidents: 357,000\nLand area: 158 km2\n"
    found = _figures(text)
    assert ("malmo", "population", 357000, None) in found
    assert ("malmo", "area_km2", 158, None) in found
    assert not any(s == "sweden" for s, _, _, _ in found)


def test_figures_country_in_passing_keeps_the_city_topic() -> None:
    """A sentence naming only the city's country ("Japan's ... industry") does not make the
    country the subject of a list that follows."""
    text = (
        "Sendai lies on the Pacific coast. It is a centre of Japan's rice trade.\n\n"
        "Key facts\n- Population: 1,090,000\n"
    )
    found = _figures(text)
    assert ("sendai", "population", 1090000, None) in found
    assert not any(s == "japan" for s, _, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ende 2023 lebten genau 309.000 Menschen in Bonn.", ("bonn", "population", 309000, 2023)),
        ("In Bonn leben rund 309.000 Menschen.", ("bonn", "population", 309000, None)),
        ("In Haarlem wonen ongeveer 162.000 mensen.", ("haarlem", "population", 162000, None)),
    ],
)
def test_figures_people_after_a_living_verb_are_the_population(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """People who live somewhere, the verb some words before the number, are its population."""
    assert expected in _figures(text)


def test_figures_living_verb_far_before_does_not_count() -> None:
    """A living verb in another clause does not make a count of people a population."""
    found = _figures("Many artists live in Bonn; the festival drew 30,000 people.")
    assert not any(m == "population" for _, m, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The population of Aarhus has grown by 4,500 in twelve months.",
        "The population of Derby has fallen by 2,000 since the census.",
    ],
)
def test_figures_change_with_participle_is_no_level(text: str) -> None:
    """ "has grown by N", "has fallen by N": a change of the population, not its size."""
    assert not any(m == "population" for _, m, _, _ in _figures(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bilbao is home to the largest port in northern Spain.", ("Port of Bilbao", 1)),
        ("Gent herbergt de op één na grootste haven van Vlaanderen.", ("Port of Gent", 2)),
        (
            "Gdansk is the largest city of Pomerania and home to the largest port of Poland.",
            ("Port of Gdansk", 1),
        ),
    ],
)
def test_figures_rank_of_a_port_the_place_holds_goes_to_the_port(
    text: str, expected: tuple[str, int]
) -> None:
    """A place that holds ("home to", "herbergt") the largest or n-th port
    gives the rank to the port of that place."""
    subject, rank = expected
    assert (fold(subject), "rank", rank, None) in _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bilbao is the tenth largest city of Spain and has a port.", ("bilbao", "rank", 10, None)),
        ("Bilbao is the largest port in northern Spain.", ("bilbao", "rank", 1, None)),
    ],
)
def test_figures_rank_of_the_place_itself_stays_with_it(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """A rank among cities, or "X is the largest port" (the place as the port it is), stays
    with the place."""
    assert expected in _figures(text)


def test_figures_greater_city_is_the_urban_area() -> None:
    """ "Greater Porto" is the urban area, a subject of its own beside the city."""
    found = _figures("Porto is small, while Greater Porto counts about 1.7 million residents.")
    assert ("greater porto", "population", 1700000, None) in found
    assert ("porto", "population", 1700000, None) not in found


def test_figures_year_after_en_in_a_french_clause() -> None:
    """ "... de marchandises en 2023": the year after the figure, even if "en" is also a
    Dutch conjunction."""
    text = "Le port de Dunkerque a traité 46 millions de tonnes de marchandises en 2023."
    found = _figures(text)
    assert any(m == "cargo_tonnes" and v == 46000000 and y == 2023 for _, m, v, y in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Volkswagen-Werk in Emden beschäftigt rund 8.000 Menschen.",
            ("volkswagen werk", "employees", 8000, None),
        ),
        (
            "Der Bosch-Konzern hat in Stuttgart etwa 14.000 Beschäftigte.",
            ("bosch konzern", "employees", 14000, None),
        ),
    ],
)
def test_figures_company_compound_is_the_subject(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """A company named by a compound ("Volkswagen-Werk", "Bosch-Konzern") is the subject of
    its staff, not the city named in the same sentence."""
    found = _figures(text)
    assert expected in found
    assert not any(s in ("emden", "stuttgart") for s, _, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het aantal ondernemingen in Mechelen steeg vorig jaar tot 9.400.",
            ("mechelen", "companies", 9400, None),
        ),
        ("The number of businesses in Derby reached 8,900.", ("derby", "companies", 8900, None)),
        (
            "L'université de Nantes emploie quelque 4 000 personnels.",
            None,
        ),
    ],
)
def test_figures_measure_written_before_or_french_personnels(
    text: str, expected: tuple[str, str, float, int | None] | None
) -> None:
    """ "het aantal ondernemingen ... tot N", "the number of businesses ... N" give companies;
    "4 000 personnels" are employees."""
    found = _figures(text)
    if expected is None:
        assert any(m == "employees" and v == 4000 for _, m, v, _ in found)
    else:
        assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "Leipzig hat erstmals seit den 1930er-Jahren wieder 620.000 Einwohner.",
        "Leeds had 480,000 inhabitants in the 1930s.",
    ],
)
def test_figures_decade_is_no_year(text: str) -> None:
    """A decade ("1930er-Jahren", "the 1930s") is not the year of a figure."""
    found = _figures(text)
    assert any(m == "population" for _, m, _, _ in found)
    assert all(y is None for _, _, _, y in found)


def test_figures_company_compound_does_not_become_the_topic() -> None:
    """After "Das Opel-Werk ... beschäftigt", the next sentence's figures are the city's again,
    and "im Norden der Stadt" is a locative phrase, not the employer."""
    text = (
        "Kassel wächst. Das Opel-Werk im Süden der Stadt beschäftigt rund 3.000 Mitarbeiter. "
        "Insgesamt sind etwa 12.000 Betriebe angemeldet."
    )
    found = _figures(text)
    assert ("opel werk", "employees", 3000, None) in found
    assert ("kassel", "companies", 12000, None) in found


def test_figures_unresolved_description_after_locative_does_not_block() -> None:
    """ "... the largest employer in the region with a staff of N": "the region" only places
    the employer named before it."""
    text = "Uppsala University remains the largest employer in the region with a staff of 7,100."
    assert ("uppsala university", "employees", 7100, None) in _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Durham University has an enrollment of 21,000.",
            ("durham university", "students", 21000, None),
        ),
        (
            "Malmo\n\nHigher education: one university with a total enrolment of about 24,000\n",
            ("malmo", "students", 24000, None),
        ),
    ],
)
def test_figures_enrolment_written_before_is_students(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "an enrolment of N" counts students."""
    assert expected in _figures(text)


def test_figures_change_of_enrolment_is_no_level() -> None:
    """ "Enrolment ... rose by N" is a change, not a count of students."""
    assert not _figures("Enrolment at Durham University rose by 2,000.")


@pytest.mark.parametrize(
    "text",
    [
        "Scheldt Port, the joint port of Ghent, Antwerp and Bruges, handled 300 million tonnes "
        "of cargo.",
        "Scheldt Port, de gezamenlijke haven van Gent, Antwerpen en Brugge, verwerkte 300 miljoen "
        "ton goederen.",
    ],
)
def test_figures_apposition_with_a_list_of_places_is_skipped(text: str) -> None:
    """An apposition that lists places ("the joint port of A, B and C") describes the name
    before it: the figure after it is that name's, not the last place's."""
    found = _figures(text)
    assert ("scheldt port", "cargo_tonnes", 300000000, None) in found
    assert not any(s in ("bruges", "brugge") for s, _, _, _ in found)


def test_figures_apposition_comma_without_list_still_ends_it() -> None:
    """A comma that opens a new clause inside ", ... ," is no list: the usual rules apply."""
    found = _figures("Leeds, the largest city of Yorkshire, has 800,000 inhabitants.")
    assert ("leeds", "population", 800000, None) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sendai\n\nSister and friendship cities worldwide: 6\n",
            ("sendai", "sister_cities", 6, None),
        ),
        ("Sendai\n\nFriendship and sister cities: 5\n", ("sendai", "sister_cities", 5, None)),
        ("Utrecht\n\nPartnersteden wereldwijd: 7\n", ("utrecht", "sister_cities", 7, None)),
        ("Leeds\n\nStudents in total: 60,000\n", ("leeds", "students", 60000, None)),
    ],
)
def test_figures_sheet_label_with_two_kinds_or_a_total_word(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """A fact-sheet label naming two kinds of partner city, or ending in "worldwide" / "in
    total", still labels the number after it."""
    assert expected in _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The economy of Braga generated some €9 billion in output in 2022.",
            ("braga", "added_value_eur", 9e9, 2022),
        ),
        (
            "Braga produced goods and services worth €9 billion in 2022.",
            ("braga", "added_value_eur", 9e9, 2022),
        ),
    ],
)
def test_figures_economic_output_in_other_words(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "the economy ... generated €N in output", "goods and services worth €N": output."""
    assert expected in _figures(text)


def test_figures_money_the_economy_received_is_no_output() -> None:
    """Investment the economy received is not its output."""
    assert not _figures("The economy of Braga received €2 billion in investment in 2022.")


def test_figures_continents_are_not_counted() -> None:
    """ "partner cities in 9 countries on four continents": the countries are a figure
    (other), the continents are not."""
    found = _figures("Nantes has 12 sister cities in 9 countries on four continents.")
    assert ("nantes", "other", 9, None) in found
    assert not any(v == 4 for _, _, v, _ in found)


def test_figures_and_inside_an_opening_locative_phrase_stays_locative() -> None:
    """ "Die Häfen in Kiel und Lübeck ..." names where the ports are: neither city becomes the
    topic, and the next sentence's figure stays with the city before."""
    text = (
        "Die Stadt Rostock hatte 209.000 Einwohner. Die Häfen in Kiel und Lübeck schlugen 2023 "
        "zusammen 40 Millionen Tonnen um. An den Hochschulen studieren gut 13.000 junge Menschen."
    )
    found = _figures(text)
    assert ("rostock", "students", 13000, None) in found
    assert not any(s in ("kiel", "lubeck") and m == "students" for s, m, _, _ in found)
