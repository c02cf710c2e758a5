"""Figures as writers the engine was not tuned on give them (issue 2, the figure misses and
extras of benchmarks/corpus32 taken as classes, each also seen in other corpora): a place
named inside the apposition of the place that locates an organisation ("X liegt in der Provinz
Anhui, der Partnerprovinz Niedersachsens, und hat ..."), which describes that place and is no
subject; a subject written as a short form of an organisation's name named before
("Chesapeake State" after "Chesapeake State University", "Lyon 1" after "Université Claude
Bernard Lyon 1"); a speaker's "we are, with N inhabitants", the speaker's own place; a count of
students followed by a planned movement ("30 Studierende sollen jährlich kommen"), which is
no size. Every text is written for these tests."""

from __future__ import annotations

import pytest

from factsets import figures_of


def _subjects(text: str, measure: str) -> set[str]:
    return {s for s, m, _, _ in figures_of(text) if m == measure}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Hefei University of Technology lies in Anhui province, the partner province of "
            "Lower Saxony, and has about 30,000 students.",
            "hefei university technology",
        ),
        (
            "Die Universität Jinan liegt in der Provinz Shandong, der Partnerprovinz Bayerns, "
            "und hat rund 40.000 Studierende.",
            "universitat jinan",
        ),
        (
            "De Universiteit van Wuhan ligt in de provincie Hubei, de partnerprovincie van "
            "Wallonië, en telt 52.000 studenten.",
            "universiteit van wuhan",
        ),
        (
            "L'Université du Shandong se trouve dans la province du Shandong, partenaire de la "
            "Bavière, et compte 60 000 étudiants.",
            "universite du shandong",
        ),
    ],
)
def test_figures_place_in_locative_apposition_is_no_subject(text: str, subject: str) -> None:
    """A place named in the description of the place that locates the clause's subject
    describes that place: the students are the organisation's."""
    assert _subjects(text, "students") == {subject}


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "In Flanders, the port of Antwerp, Europe's second port, handled 290 million "
            "tonnes of cargo in 2023.",
            "port antwerp",
            290000000.0,
        ),
        (
            "The deal was signed in Tallinn by the Port of Tallinn, the largest port of "
            "Estonia, and Qingdao Port Group, which handled 700 million tonnes of cargo.",
            "qingdao port group",
            700000000.0,
        ),
    ],
)
def test_figures_fronted_place_or_conjunct_is_no_apposition(
    text: str, subject: str, value: float
) -> None:
    """A place that opens the sentence locates it, and a name after ', and' is a conjunct:
    neither makes the name after it a description of the place."""
    assert subject in _subjects(text, "cargo_tonnes")
    assert any(s == subject and v == value for s, m, v, _ in figures_of(text))


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Ridgeway State University sent a delegation to Harbin. Ridgeway State, with some "
            "7,400 students, now has partners in Asia.",
            "ridgeway state university",
        ),
        (
            "L'Université Claude Bernard Lyon 1 a reçu une délégation de Wuhan. Avec 47 000 "
            "étudiants, Lyon 1 figure parmi les grandes universités.",
            "universite claude bernard lyon 1",
        ),
        (
            "De Technische Universiteit Delft 2 ontving gasten uit Wuhan. Delft 2 telt 9.000 "
            "studenten.",
            "technische universiteit delft 2",
        ),
    ],
)
def test_figures_truncated_name_is_its_organisation(text: str, subject: str) -> None:
    """A place's name written with more words of an organisation named before stands for
    that organisation: the students are its."""
    assert _subjects(text, "students") == {subject}


def test_figures_bare_place_name_stays_the_place() -> None:
    """A place's name alone after its university is the place ("Ghent has 80,000 students")."""
    text = "Ghent University welcomed guests from Wuhan. Ghent has about 80,000 students."
    assert _subjects(text, "students") == {"ghent"}


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "Gemeente Nieuwegein - agendapunt 6\n\nVoorzitter, dank u wel. Yixing is een stad "
            "van 1,3 miljoen inwoners; wij zijn met 65.000 inwoners een heel andere schaal. "
            "Nieuwegein en Yixing hebben een stedenband.",
            "nieuwegein",
            65000.0,
        ),
        (
            "Bath City Council - minutes\n\nThe member said the link with Xi'an was too big. "
            "We are, with 94,000 residents, a small city next to Xi'an. Bath and Xi'an were "
            "twinned in 2019.",
            "bath",
            94000.0,
        ),
        (
            "Mairie de Lannion\n\nLe maire a rappelé que Lannion est jumelée avec Changzhou. "
            "Nous sommes, avec 20 000 habitants, une petite ville face à Changzhou.",
            "lannion",
            20000.0,
        ),
        (
            "Stadt Weilheim - Stadtrat\n\nWeilheim und Suqian sind seit 2015 Partnerstädte. "
            "Wir sind mit 23.000 Einwohnern eine kleine Stadt, sagte der Bürgermeister.",
            "weilheim",
            20000.0 + 3000.0,
        ),
    ],
)
def test_figures_we_are_with_inhabitants_is_the_own_place(
    text: str, subject: str, value: float
) -> None:
    """'We are, with N inhabitants, ...' gives the size of the speaker's own place."""
    assert (subject, "population", value, None) in figures_of(text)


@pytest.mark.parametrize(
    ("text", "size", "flow"),
    [
        (
            "Die Hochschule Harz hat rund 3.000 Studierende. 30 Studierende sollen jährlich aus "
            "Yantai in den Harz kommen.",
            3000.0,
            30.0,
        ),
        (
            "Coventry University has 38,000 students. Each year 40 students will travel to "
            "Dresden for a semester.",
            38000.0,
            40.0,
        ),
        (
            "De Universiteit Twente telt 12.000 studenten. Vanaf 2026 zullen 20 studenten per "
            "jaar naar Harbin gaan.",
            12000.0,
            20.0,
        ),
        (
            "L'Université de Poitiers compte 29 000 étudiants. Dès 2026, 25 étudiants vont "
            "partir chaque année à Wuhan.",
            29000.0,
            25.0,
        ),
    ],
)
def test_figures_planned_movement_of_students_is_no_size(
    text: str, size: float, flow: float
) -> None:
    """A count of students followed by a planned movement is a flow: only the size is kept."""
    values = {v for _, m, v, _ in figures_of(text) if m == "students"}
    assert size in values
    assert flow not in values
