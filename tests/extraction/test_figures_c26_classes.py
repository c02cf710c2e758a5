"""Figures and contacts of the classes corpus26's misses showed (issue 2), each written as
the general construction: an intensifier before a count ("met welgeteld drie steden"), a
count of students in a clause that names a university ("an der Universität X sind 5.000
Studierende eingeschrieben"), a university's short form ("Tongji has 38,000 students"), a
North American number after a calling verb in prose, a role before a contact's name on the
same line, and "onze gemeente" / "notre ville" of a writer whose text names no institution.
Every text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from factsets import figures_of

Fact = tuple[str, str, float]


def _figures(text: str) -> set[Fact]:
    return {(subject, measure, value) for subject, measure, value, _ in figures_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stad Tielt is verzusterd met welgeteld vier steden.", ("tielt", "sister_cities", 4.0)),
        (
            "Kiel pflegt Partnerschaften mit nicht weniger als zwölf Städten.",
            ("kiel", "sister_cities", 12.0),
        ),
        ("Lyon est jumelée avec pas moins de 12 villes.", ("lyon", "sister_cities", 12.0)),
        ("Leipzig unterhält genau 14 Partnerstädte.", ("leipzig", "sister_cities", 14.0)),
        ("Tilburg telt maar liefst 220.000 inwoners.", ("tilburg", "population", 220000.0)),
        (
            "Dunedin has exactly six sister cities around the Pacific.",
            ("dunedin", "sister_cities", 6.0),
        ),
    ],
)
def test_figures_intensifier_before_a_count(text: str, expected: Fact) -> None:
    """'welgeteld', 'maar liefst', 'nicht weniger als', 'pas moins de', 'genau', 'exactly'
    stress a count without changing it: the count is a figure as after 'about'."""
    assert expected in _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kassel arbeitet mit Tianjin zusammen; an der Universität Kassel sind etwa 25.000 "
            "Studierende eingeschrieben.",
            ("universitat kassel", "students", 25000.0),
        ),
        (
            "The delegation will visit Kansas State University, Manhattan, which enrolls about "
            "20,000 students.",
            ("kansas state university", "students", 20000.0),
        ),
        (
            "Brest coopère avec Qingdao. L'Université de technologie de Compiègne compte "
            "4 500 étudiants.",
            ("universite de technologie de compiegne", "students", 4500.0),
        ),
        (
            "Enschede werkt samen met Harbin. Aan de Universiteit Twente studeren ruim 12.000 "
            "studenten.",
            ("universiteit twente", "students", 12000.0),
        ),
    ],
)
def test_figures_students_of_the_university_their_clause_names(text: str, expected: Fact) -> None:
    """A count of students in a clause that names a university (before the number, at most
    its place as a qualifier between) is the university's, not its city's."""
    assert expected in _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sheffield, home to the University of Sheffield, has 61,000 students.",
            ("sheffield", "students", 61000.0),
        ),
        ("Groningen has 60,000 students.", ("groningen", "students", 60000.0)),
        ("Leuven telt 60.000 studenten.", ("leuven", "students", 60000.0)),
    ],
)
def test_figures_students_of_a_city_stay_the_city(text: str, expected: Fact) -> None:
    """A city that opens the clause keeps its students, even with a university in an
    apposition after it."""
    assert expected in _figures(text)


def test_figures_short_form_of_a_university_named_before() -> None:
    """A name no gazetteer knows that opens the name of a university given before ("Tongji"
    after "Tongji University") is that university."""
    text = (
        "Twente works with Harbin. Tongji University signed a deal with Delft. Tongji has "
        "about 38,000 students."
    )
    assert ("tongji university", "students", 38000.0) in _figures(text)


def _contacts(text: str, country: str | None = None) -> set[tuple[str | None, str | None]]:
    doc = extract(text, country=country).doc
    return {(c.name, c.phone) for c in doc.contacts}


def test_contacts_north_american_numbers_after_a_calling_verb() -> None:
    """ "Please contact the City Clerk at 925-555-2100 or 925-555-2101": both numbers of
    the sentence are contacts (a second line for the hearing impaired too)."""
    text = (
        "Interpreters are available on request. Please contact the City Clerk at "
        "707-555-2142 or 707-555-2143 (TDD) at least two days before the meeting."
    )
    phones = {p for _, p in _contacts(text, "US")}
    assert {"+17075552142", "+17075552143"} <= phones


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Pressesprecherin Katrin Vogel", "Katrin Vogel"),
        ("Woordvoerder Pieter Claes", "Pieter Claes"),
        ("Press Officer Helen Marsh", "Helen Marsh"),
        ("Attachée de presse Claire Morel", "Claire Morel"),
    ],
)
def test_contacts_role_before_the_name_on_one_line(line: str, name: str) -> None:
    """A contact block's line that opens with a role and ends with a name gives the name
    without the role."""
    text = (
        "Die Hochschule arbeitet mit Partnern in Asien zusammen.\n\n"
        f"Kontakt\n{line}\nTel.: +49 30 1234 5678\nE-Mail: presse@example.de\n"
    )
    names = {n for n, _ in _contacts(text)}
    assert name in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Middelburg werkt samen met Yancheng. Middelburg ligt op Walcheren. Yancheng telt "
            "6,7 miljoen inwoners. Onze gemeente heeft er 49.000.",
            ("middelburg", "population", 49000.0),
        ),
        (
            "Notre association reçoit les délégations de Xuzhou. Saint-Étienne est jumelée "
            "avec Xuzhou depuis 1984. Nos cours ont lieu dans notre ville de 173 000 habitants.",
            ("saint etienne", "population", 173000.0),
        ),
    ],
)
def test_figures_our_town_is_the_writers_place(text: str, expected: Fact) -> None:
    """ "onze gemeente", "notre ville" in a Dutch or French text without an institution is
    the place of the writer's side the text names most, not the Chinese partner."""
    assert expected in _figures(text)


def test_figures_our_town_without_a_place_of_the_writers_side_gives_nothing() -> None:
    """With only the Chinese partner named, "notre ville" is not the partner: no figure."""
    text = "Notre ville compte 173 000 habitants. Xuzhou est une grande ville chinoise."
    assert not any(
        measure == "population" and value == 173000.0 for _, measure, value in _figures(text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toulouse vit de l'aéronautique. Airbus, dont le siège est à Blagnac, emploie "
            "environ 25 000 salariés dans l'agglomération.",
            ("airbus", "employees", 25000.0),
        ),
        (
            "Bremen ist eine Hafenstadt. Airbus ist mit etwa 4.500 Beschäftigten einer der "
            "größten Arbeitgeber der Stadt.",
            ("airbus", "employees", 4500.0),
        ),
        (
            "Ghent is a port city. Volvo Cars employs about 6,500 people in Ghent.",
            ("volvo cars", "employees", 6500.0),
        ),
        (
            "Gent is een havenstad. Volvo Cars biedt werk aan 6.500 mensen.",
            ("volvo cars", "employees", 6500.0),
        ),
    ],
)
def test_figures_employer_opening_the_sentence(text: str, expected: Fact) -> None:
    """A name that opens the sentence and governs a verb of employing before the number
    (an apposition may stand between) is the employer the staff count is about, not the
    city."""
    assert expected in _figures(text)


def test_figures_opening_word_that_is_no_employer() -> None:
    """A sentence opening with a pronoun or an article names no employer."""
    text = "Ghent is a port city. It employs about 4,000 people in its services."
    assert not any(subject == "it" for subject, _, _ in _figures(text))
