"""Figures (issue 2), three classes read in four languages: a measure noun written as the head
of a German or Dutch compound ("Vollzeitstudierende", "voltijdstudenten"), whose prefix may
make it a part ("Austauschstudierende"); a second count after a semicolon whose subject repeats
the verb with a time adverb and leaves the measure noun out ("...; Y currently enrolls about
N"); a relative clause after "<named place> in <region>", which describes the named place and
not the region that only locates it; the English pronoun in "it is a city of N", which stands
for the last place of that kind, not for a body named first. Every text is written for these
tests."""

from __future__ import annotations

import pytest

from factsets import figures_of


def _of(text: str, measure: str) -> set[tuple[str, float]]:
    return {(s, v) for s, m, v, _ in figures_of(text) if m == measure}


@pytest.mark.parametrize(
    ("text", "measure", "subject", "value"),
    [
        (
            "An der Universität Jinan sind derzeit mehr als 21.000 Vollzeitstudierende "
            "eingeschrieben.",
            "students",
            "universitat jinan",
            21000.0,
        ),
        (
            "De Universiteit Twente telt ruim 12.000 voltijdstudenten.",
            "students",
            "universiteit twente",
            12000.0,
        ),
        (
            "Die Universität Passau zählt rund 11.000 Präsenzstudierende.",
            "students",
            "universitat passau",
            11000.0,
        ),
        (
            "Die Stadt Jena hat rund 110.000 Stadteinwohner.",
            "population",
            "jena",
            110000.0,
        ),
    ],
)
def test_figures_compound_measure_head_counts(
    text: str, measure: str, subject: str, value: float
) -> None:
    """A German or Dutch compound ending in a measure noun counts that measure."""
    assert (subject, value) in _of(text, measure)


@pytest.mark.parametrize(
    "text",
    [
        "Die Universität Passau hat rund 1.200 Austauschstudierende aus aller Welt.",
        "De Universiteit Twente ontving vorig jaar 900 uitwisselingsstudenten.",
        "Die Universität Jena zählt 2.300 Masterstudierende.",
    ],
)
def test_figures_compound_with_part_prefix_is_no_size(text: str) -> None:
    """A compound whose prefix names a part of the students (exchange, master) is no size."""
    assert _of(text, "students") == set()


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Northeast Normal University enrolls about 25,000 students; Ball State University "
            "currently enrolls about 19,800.",
            ("northeast normal university", 25000.0),
            ("ball state university", 19800.0),
        ),
        (
            "De Universiteit Gent telt 49.000 studenten; de Universiteit Antwerpen telt "
            "momenteel zo'n 20.000.",
            ("universiteit gent", 49000.0),
            ("universiteit antwerpen", 20000.0),
        ),
        (
            "Die Universität Jena zählt rund 17.000 Studierende; die Universität Erfurt zählt "
            "derzeit etwa 5.800.",
            ("universitat jena", 17000.0),
            ("universitat erfurt", 5800.0),
        ),
        (
            "L'Université de Rennes accueille 30 000 étudiants ; l'Université de Nantes "
            "accueille aujourd'hui près de 34 000.",
            ("universite de rennes", 30000.0),
            ("universite de nantes", 34000.0),
        ),
    ],
)
def test_figures_count_after_semicolon_repeats_the_measure(
    text: str, first: tuple[str, float], second: tuple[str, float]
) -> None:
    """After a semicolon, a second subject with the verb repeated (and a time adverb) and a
    bare number counts the same measure for that subject."""
    assert _of(text, "students") == {first, second}


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt Wolfsberg pflegt seit 2005 eine Städtepartnerschaft mit der Küstenstadt "
        "Weihai in der Provinz Shandong, die rund 2,9 Millionen Einwohner zählt.",
        "The town of Bunbury has been twinned since 2005 with the coastal city of Weihai in "
        "Shandong Province, which has about 2.9 million inhabitants.",
        "De gemeente Zwevegem heeft sinds 2005 een stedenband met de havenstad Weihai in de "
        "provincie Shandong, die zo'n 2,9 miljoen inwoners telt.",
        "La ville d'Angers est jumelée depuis 2005 avec la ville portuaire de Weihai dans la "
        "province du Shandong, qui compte environ 2,9 millions d'habitants.",
    ],
)
def test_figures_relative_after_named_place_in_region_describes_the_place(text: str) -> None:
    """ "<place> in <region>, which has N": the region only locates the place; the clause
    describes the named place."""
    assert _of(text, "population") == {("weihai", 2900000.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Die Delegation reiste in die Provinz Shandong, die rund 100 Millionen Einwohner zählt.",
        "Angers is twinned with Yantai in Shandong, which has about 100 million inhabitants.",
    ],
)
def test_figures_relative_after_bare_region_stays_the_region(text: str) -> None:
    """With no named place before the locative, or a region named without a region noun
    ("in Shandong, which ..."), the relative clause describes the region."""
    assert _of(text, "population") == {("shandong", 100000000.0)}


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "Until the Chinese Embassy proposed a link, hardly anyone in Wrexham knew Yichang. "
            "Some reading showed it was a city of some 400,000 inhabitants.",
            "yichang",
            400000.0,
        ),
        (
            "Bunbury signed the friendship agreement with Jiaxing on that trip - it is a "
            "prosperous city of about 200,000.",
            "jiaxing",
            200000.0,
        ),
        (
            "Wrexham is a market town in Wales. It is a town of some 65,000 people.",
            "wrexham",
            65000.0,
        ),
    ],
)
def test_figures_it_is_a_city_of_goes_to_the_last_city(
    text: str, subject: str, value: float
) -> None:
    """ "it is/was a city of N": the pronoun stands for the last city named, not for a body
    (an embassy) a sentence before began with."""
    assert _of(text, "population") == {(subject, value)}


@pytest.mark.parametrize(
    "text",
    [
        "Niedersachsen pflegt 110 Kooperationen mit China. Knapp 2.400 Studierende an den "
        "Hochschulen des Landes kommen aus China.",
        "Leeds has many links with China. About 500 students at the University of Leeds come "
        "from China.",
        "De Universiteit Gent werkt samen met Fudan. Ruim 300 studenten aan de Universiteit "
        "Gent komen uit China.",
        "L'Université de Rennes coopère avec Fudan. Plus de 200 étudiants de l'Université de "
        "Rennes viennent de Chine.",
    ],
)
def test_figures_count_with_verb_of_origin_is_a_part(text: str) -> None:
    """ "N students ... come from X": a verb of origin later in the clause makes the count a
    part of the students by origin, no size."""
    assert _of(text, "students") == set()


def test_figures_relative_of_origin_after_comma_keeps_the_size() -> None:
    """ "38,000 students, who come from 140 countries": the clause describes them all."""
    text = "The University of Leeds has 38,000 students, who come from 140 countries."
    assert _of(text, "students") == {("university leeds", 38000.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Hubei University of Economics has run an exchange with Magdeburg-Stendal University "
        "since 2016, and more than 60 students have spent a semester at the partner institution.",
        "Seit 2016 besteht ein Austausch mit der Universität Jena; mehr als 60 Studierende "
        "verbrachten ein Semester an der Partnerhochschule.",
        "Sinds 2016 bestaat een uitwisseling met de Universiteit Gent; ruim 60 studenten "
        "brachten een semester door aan de partneruniversiteit.",
        "Depuis 2016, l'Université de Rennes mène un échange avec Fudan et plus de 60 "
        "étudiants ont passé un semestre à l'université partenaire.",
    ],
)
def test_figures_students_who_spent_a_stay_are_no_size(text: str) -> None:
    """ "N students have spent a semester at ...": a stay of exchange students, no size."""
    assert _of(text, "students") == set()
