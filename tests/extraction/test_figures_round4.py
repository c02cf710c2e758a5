"""Figures and their subjects as real writers word them (issue 2, fourth round of figures),
found with benchmarks/corpus18 in view: fact sheets whose "capital" line names another place,
"the Chinese prefecture-level city", a city named only through its port ("le port de X ... la
métropole chinoise"), "in X leben N Menschen", "premier port à conteneurs du monde", lists of
towns with their populations in brackets, and a year stated before a comma for a figure in a
participle phrase after it. Every text is written for these tests and read by the whole
pipeline."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _figures(text: str) -> set[tuple[str, str, float, int | None]]:
    doc = extract(text).doc
    return {
        (
            fold(f.subject if isinstance(f.subject, str) else f.subject.name),
            f.measure,
            f.value,
            f.year,
        )
        for f in doc.figures
    }


@pytest.mark.parametrize(
    ("text", "expected", "capital"),
    [
        (
            "Fakten zur Partnerprovinz Hubei\n\n- Name: Provinz Hubei\n"
            "- Hauptstadt: Wuhan, ca. 13 Mio. Einwohner\n- Bevölkerung: ca. 58 Mio.\n"
            "- Fläche: 185.900 km²\n",
            {("hubei", "population", 58e6, None), ("hubei", "area_km2", 185900.0, None)},
            ("wuhan", "population", 13e6, None),
        ),
        (
            "Provincie Zhejiang\n\nHoofdstad: Hangzhou\nInwoners: 65 miljoen\n"
            "Oppervlakte: 105.500 km²\n",
            {("zhejiang", "population", 65e6, None), ("zhejiang", "area_km2", 105500.0, None)},
            None,
        ),
        (
            "Sichuan province\n\nCapital: Chengdu (21 million inhabitants)\n"
            "Population: 83.7 million\nArea: 486,000 km²\n",
            {("sichuan", "population", 83.7e6, None), ("sichuan", "area_km2", 486000.0, None)},
            ("chengdu", "population", 21e6, None),
        ),
    ],
)
def test_figures_capital_line_does_not_take_the_sheet(
    text: str,
    expected: set[tuple[str, str, float, int | None]],
    capital: tuple[str, str, float, int | None] | None,
) -> None:
    """A fact sheet's "Hauptstadt:", "Hoofdstad:", "Capital:" line names another place: the
    label lines after it stay with the place the sheet is about; the capital keeps only the
    figure on its own line."""
    found = _figures(text)
    assert expected <= found
    if capital is not None:
        assert capital in found
    assert not any(f[0] in ("wuhan", "hangzhou", "chengdu") and f[1] == "area_km2" for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norwich has agreed a partnership with Zibo. The Chinese prefecture-level city, "
            "with 4.7 million inhabitants, lies in Shandong province.",
            ("zibo", "population", 4.7e6, None),
        ),
        (
            "La ville de Nantes a signé un accord avec le port de Ningbo. La métropole "
            "chinoise, qui compte 9,6 millions d'habitants, est un centre industriel.",
            ("ningbo", "population", 9.6e6, None),
        ),
    ],
)
def test_figures_described_city_resolved(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "The Chinese prefecture-level city" (a hyphenated modifier) and "la métropole
    chinoise" after only "le port de X" name the Chinese city, not the home town."""
    found = _figures(text)
    assert expected in found
    assert not any(f[0] in ("norwich", "nantes") for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Hamburger Hafen liegt auf Platz 3 in Europa; in Shanghai leben mehr als "
            "24 Millionen Menschen.",
            ("shanghai", "population", 24e6, None),
        ),
        (
            "De haven van Antwerpen groeit, maar in Wuhan wonen ruim 11 miljoen mensen.",
            ("wuhan", "population", 11e6, None),
        ),
    ],
)
def test_figures_people_living_in_a_place(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "in X leben N Menschen": the people live in X, whatever the sentence named before."""
    found = _figures(text)
    assert expected in found
    assert not any(f[1] == "population" and "hafen" in f[0] or "haven" in f[0] for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Premier port à conteneurs du monde depuis 2010, le port de Shanghai a traité "
            "49 millions d'EVP en 2023.",
            ("port de shanghai", "rank", 1.0, None),
        ),
        (
            "Le port de Tianjin est le troisième port à conteneurs de Chine.",
            ("port de tianjin", "rank", 3.0, None),
        ),
    ],
)
def test_figures_french_port_with_complement_ranked(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "premier/troisième port à conteneurs du monde": the noun's complement with "à" does not
    hide the rank."""
    assert expected in _figures(text)


def test_figures_bracketed_populations_in_a_list() -> None:
    """A list of towns with their sizes in brackets gives each town its population; a year in
    brackets is no population."""
    text = (
        "Our twin towns\n\nLeiden (pop. 125,000) is twinned with four towns:\n\n"
        "Oxford, England (162,000)\nA university city on the Thames.\n\n"
        "Toruń, Poland (198,000)\nTwinned since (1989)\n\nKrefeld, Germany (1989)\n"
    )
    found = _figures(text)
    assert ("leiden", "population", 125000.0, None) in found
    assert ("oxford", "population", 162000.0, None) in found
    assert ("torun", "population", 198000.0, None) in found
    assert not any(f[0] == "krefeld" for f in found)


def test_figures_bracketed_number_inside_a_sentence_needs_a_word() -> None:
    """Opening a line of prose, a bare bracketed number is no population ("Ghent (9000)
    signed ..."); it is one with "pop."."""
    found = _figures("Ghent (9000) signed the charter.\nBruges (pop. 118,000) did too.")
    assert ("bruges", "population", 118000.0, None) in found
    assert not any(f[0] == "ghent" for f in found)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Southampton ranked 12th among European ports in 2023, handling 1.9 million TEU.",
            ("southampton", "other", 1.9e6, 2023),
            None,
        ),
        (
            "In 2017 the harbours of Oostende merged into the Port of Flanders, making it "
            "the number 4 in terms of throughput.",
            None,
            2017,
        ),
    ],
)
def test_figures_year_before_participle_phrase(
    text: str, expected: tuple[str, str, float, int | None] | None, absent: int | None
) -> None:
    """A year before a comma dates a figure in a participle phrase that carries it ("...
    in 2023, handling 3.7 million TEU"), not one after "making it"."""
    found = _figures(text)
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert not any(f[3] == absent for f in found)
