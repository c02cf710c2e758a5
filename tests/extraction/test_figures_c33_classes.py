"""Figures as writers the engine was not tuned on give them (issue 2, the figure misses of
benchmarks/corpus33 taken as classes): a place between two others ("in Zhejiang, between
Shanghai and Hangzhou, with N residents", "ligt tussen A en B", "à mi-chemin entre A et B"),
which places the subject and is no subject itself; a name after a preposition and a relative
pronoun ("the speed at which Changsha grows"), the subject of the relative clause and so the
topic a pronoun after it refers to; the staff of a body counted by occupation after an
employing verb ("employs some 750 researchers"); a gapped second population closed by a colon
("X telt 1,2 miljoen inwoners, Y 19.900: ..."). Every text is written for these tests."""

from __future__ import annotations

import pytest

from factsets import figures_of


def _subjects(text: str, measure: str) -> set[str]:
    return {s for s, m, _, _ in figures_of(text) if m == measure}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Zhuji is a county-level city in Zhejiang Province, between Hangzhou and Shaoxing, "
            "with about 1.2 million residents.",
            "zhuji",
        ),
        (
            "Zwijndrecht ligt in Zuid-Holland, tussen Rotterdam en Dordrecht, met ongeveer "
            "45.000 inwoners.",
            "zwijndrecht",
        ),
        (
            "Wir besuchen Aschaffenburg. Aschaffenburg ist eine Stadt in Bayern, zwischen "
            "Frankfurt und Würzburg, mit rund "
            "71.000 Einwohnern.",
            "aschaffenburg",
        ),
        (
            "Saintes est une ville de Charente-Maritime, à mi-chemin entre Bordeaux et Nantes, "
            "avec environ 25 000 habitants.",
            "saintes",
        ),
    ],
)
def test_figures_places_between_are_no_subject(text: str, subject: str) -> None:
    """Two places after "between" locate the place the sentence describes: the population
    after them is that place's."""
    assert _subjects(text, "population") == {subject}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            'Flights now link Kagoshima Airport with Hunan. The mayor said: "I am amazed by '
            "the speed at which Changsha grows. With 10 million residents, it is larger than "
            'all of Kyushu."',
            "changsha",
        ),
        (
            "Des vols relient l'aéroport de Kagoshima au Hunan. Le maire a dit : « Je suis "
            "surpris par la vitesse à laquelle Changsha se développe. Avec 10 millions "
            "d'habitants, elle est plus grande que Kyushu. »",
            "changsha",
        ),
    ],
)
def test_figures_name_after_relative_pronoun_is_the_topic(text: str, subject: str) -> None:
    """A name after "at which" / "à laquelle" is the subject of the relative clause, not a
    place the preposition locates: "it" in the next sentence refers to it."""
    assert _subjects(text, "population") == {subject}


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        ("VITO, which employs about 900 researchers, opened a lab in Mol.", "vito", 900.0),
        ("De Universiteit Gent stelt ruim 5.000 onderzoekers tewerk.", "universiteit gent", 5000.0),
        (
            "Das Fraunhofer-Institut beschäftigt in Dresden rund 300 Wissenschaftler.",
            "fraunhofer institut",
            300.0,
        ),
        (
            "L'Université de Bordeaux emploie près de 700 chercheurs et ingénieurs.",
            "universite de bordeaux",
            700.0,
        ),
    ],
)
def test_figures_staff_counted_by_occupation(text: str, subject: str, value: float) -> None:
    """Researchers, engineers or scientists a body employs are its employees."""
    found = {(s, v) for s, m, v, _ in figures_of(text) if m == "employees"}
    assert found == {(subject, value)}


@pytest.mark.parametrize(
    "text",
    [
        "About 300 researchers attended the conference in Leuven.",
        "Rund 300 Wissenschaftler kamen zur Tagung nach Dresden.",
    ],
)
def test_figures_occupation_without_employer_is_no_figure(text: str) -> None:
    """Researchers counted at an event, without an employing verb, are no staff."""
    assert {m for _, m, _, _ in figures_of(text)} == set()


@pytest.mark.parametrize(
    "text",
    [
        "We arrive in Anxi, in Fujian. Anxi has 1.2 million inhabitants, Poperinge 19,900: a gap.",
        "We komen aan in Anxi, in Fujian. Anxi telt 1,2 miljoen inwoners, Poperinge 19.900: tja.",
        "Wir kommen in Anxi in Fujian an. Anxi hat 1,2 Millionen Einwohner, Poperinge 19.900: nun.",
        "Nous voici à Anxi (Fujian). Anxi compte 1,2 million d'habitants, Poperinge 19 900 : bon.",
    ],
)
def test_figures_gapped_population_before_colon(text: str) -> None:
    """A second place and a bare number after a population repeat its measure, also when a
    colon closes the gapped clause."""
    found = {(s, v) for s, m, v, _ in figures_of(text) if m == "population"}
    assert found == {("anxi", 1200000.0), ("poperinge", 19900.0)}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Our partner is Hubei: the province is thirty times larger than our county and 58 "
            "million people live there.",
            "hubei",
        ),
        (
            "Onze partner is Jiangxi. Jiangxi is zeventig keer zo groot als onze provincie en "
            "er wonen 46 miljoen mensen.",
            "jiangxi",
        ),
        (
            "Unser Partner ist Shandong. Shandong ist viel größer als der Landkreis Cham und hat "
            "101 Millionen Einwohner.",
            "shandong",
        ),
        (
            "Notre partenaire est le Hunan. Le Hunan est bien plus grand que la Normandie et "
            "compte 66 millions d'habitants.",
            "hunan",
        ),
    ],
)
def test_figures_comparand_is_no_subject(text: str, subject: str) -> None:
    """A place a subject is compared with ("larger than", "zo groot als", "größer als",
    "plus grand que") is not what the figure after it counts."""
    assert _subjects(text, "population") == {subject}


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "Guilin has 4.9 million residents, sixty times more than Lucerne with its 82,000 "
            "residents.",
            "lucerne",
            82000.0,
        ),
        (
            "Guilin compte 4,9 millions d'habitants, soixante fois plus que Lucerne et ses "
            "82 000 habitants.",
            "lucerne",
            82000.0,
        ),
    ],
)
def test_figures_comparand_with_its_own_figure(text: str, subject: str, value: float) -> None:
    """A comparand that carries its own figure ("than Lucerne with its 82,000 residents") is
    that figure's subject."""
    assert (subject, "population", value, None) in figures_of(text)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Leeds lies near the Pennines. The wider Yorkshire region is home to 5.5 million "
            "people. Some 30,000 businesses are registered in Leeds, and the finance sector "
            "alone accounts for around 40,000 jobs.",
            "leeds",
        ),
        (
            "Gent ligt aan de Schelde. De provincie Oost-Vlaanderen telt 1,5 miljoen inwoners. "
            "In Gent zijn 20.000 bedrijven gevestigd, en de zorg alleen al zorgt voor "
            "ongeveer 30.000 banen.",
            "gent",
        ),
        (
            "Dortmund liegt an der Emscher. Das Ruhrgebiet zählt 5,1 Millionen Einwohner. In "
            "Dortmund sind 28.000 Unternehmen gemeldet, und allein die Logistik bietet rund "
            "33.000 Arbeitsplätze.",
            "dortmund",
        ),
        (
            "Lyon se trouve au bord du Rhône. La région Auvergne-Rhône-Alpes compte 8 millions "
            "d'habitants. Lyon accueille 50 000 entreprises, et la chimie à "
            "elle seule fournit quelque 30 000 emplois.",
            "lyon",
        ),
    ],
)
def test_figures_second_figure_shares_the_sentence_subject(text: str, subject: str) -> None:
    """A figure whose clause names nothing shares the subject of the figure before it in the
    same sentence, not the topic of the sentences before."""
    found = {(s, m) for s, m, _, _ in figures_of(text) if m in ("companies", "employees")}
    assert found == {(subject, "companies"), (subject, "employees")}
