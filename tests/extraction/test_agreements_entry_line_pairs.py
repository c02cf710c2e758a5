"""Agreements: the entries of a list or chronicle of town links under "A – B" lines (issue 2,
pairing; the class seen in corpus32 and corpus43: a page lists its links as short lines naming
a pair, "Beispiel: Kiel – Qingdao", "Venray – Kabale (Oeganda)", each over a paragraph whose
acts name no party or only one). The acts of an entry are its pair's; the places of another
entry are not its parties. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(fold(p.name) for p in a.parties) for a in extract(text).doc.agreements}


def _pair(a: str, b: str) -> frozenset[str]:
    return frozenset({fold(a), fold(b)})


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Our town links\n\n"
            "The district supports several town links:\n\n"
            "Harlow – Cholet (France)\n"
            "Twinning since 1977. The two towns renewed their exchange agreement in 2021.\n\n"
            "Crawley – Dorsten (Germany)\n"
            "Twinning since 1982.\n",
            [("Harlow", "Cholet"), ("Crawley", "Dorsten")],
            [("Harlow", "Crawley"), ("Cholet", "Crawley")],
        ),
        (
            "Onze stedenbanden\n\n"
            "De provincie ondersteunt een aantal stedenbanden:\n\n"
            "Roermond – Korbach (Duitsland)\n"
            "Stedenband sinds 1971. Het samenwerkingsakkoord tussen beide gemeenten werd in "
            "2020 verlengd.\n\n"
            "Venlo – Krefeld (Duitsland)\n"
            "Stedenband sinds 1964.\n",
            [("Roermond", "Korbach"), ("Venlo", "Krefeld")],
            [("Roermond", "Venlo"), ("Korbach", "Venlo")],
        ),
        (
            "Nos jumelages\n\n"
            "Le département accompagne plusieurs jumelages :\n\n"
            "Exemple : Vannes – Cuxhaven\n"
            "Un protocole d'accord a été signé en 2019 entre les deux villes.\n\n"
            "Exemple : Lorient – Ventspils\n"
            "Un protocole d'accord a été signé en 2021 entre les deux villes.\n",
            [("Vannes", "Cuxhaven"), ("Lorient", "Ventspils")],
            [("Vannes", "Ventspils"), ("Lorient", "Cuxhaven")],
        ),
        (
            "Unsere Partnerschaften\n\n"
            "Der Kreis begleitet mehrere Städtepartnerschaften:\n\n"
            "Beispiel: Hannover – Bristol\n"
            "Eine Absichtserklärung wurde 2018 unterzeichnet.\n\n"
            "Beispiel: Bonn – Oxford\n"
            "Eine Absichtserklärung wurde 2022 unterzeichnet.\n",
            [("Hannover", "Bristol"), ("Bonn", "Oxford")],
            [("Hannover", "Oxford"), ("Bonn", "Bristol")],
        ),
    ],
)
def test_entries_acts_take_the_pair_of_their_line(
    text: str, wanted: list[tuple[str, str]], unwanted: list[tuple[str, str]]
) -> None:
    """Each entry's acts are the pair of its "A – B" line, never a place of another entry."""
    pairs = _pairs(text)
    for a, b in wanted:
        assert _pair(a, b) in pairs
    for a, b in unwanted:
        assert _pair(a, b) not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Sister cities\n\nLeeds has a sister city in China.\n\nLeeds – Hangzhou\n"
        "The twinning with Hangzhou was signed in 1988.\n",
        "Partnerstädte\n\nMainz hat eine Partnerstadt in Frankreich.\n\nMainz – Dijon\n"
        "Die Partnerschaft mit Dijon wurde 1958 unterzeichnet.\n",
    ],
)
def test_entries_partner_named_once_takes_the_other_place_of_the_line(text: str) -> None:
    """An act of the entry that names only one place of the line is that place's with the
    line's other place."""
    pairs = _pairs(text)
    first_line = text.split("\n\n")[2].split("\n")[0]
    a, b = (x.strip() for x in first_line.split("–"))
    assert pairs == {_pair(a, b)}


def test_entries_a_sentence_naming_its_own_pair_keeps_it() -> None:
    """A sentence of an entry that names two places of its own keeps them."""
    text = (
        "Links\n\nHarlow – Cholet (France)\n"
        "Harlow signed a friendship agreement with Stavanger in 2015.\n"
    )
    assert _pairs(text) == {_pair("Harlow", "Stavanger")}


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Cooperation agreements of the Port of Hull\n\n"
            "Port of Hull/Port of Rotterdam (Netherlands), agreement signed on 4 May 1999;\n\n"
            "Port of Hull/Port of Gdansk (Poland), agreement signed on 12 June 2008;\n\n"
            "Port of Hull/Port of Ningbo (China), memorandum of understanding under "
            "negotiation.\n",
            [("Port of Hull", "Port of Rotterdam"), ("Port of Hull", "Port of Gdansk")],
            [("Port of Hull", "Rotterdam")],
        ),
        (
            "Samenwerkingsakkoorden van de haven van Gent\n\n"
            "Port of Ghent/Port of Dunkirk (Frankrijk), akkoord getekend op 4 mei 1999;\n\n"
            "Port of Ghent/Port of Gdansk (Polen), akkoord getekend op 12 juni 2008;\n",
            [("Port of Ghent", "Port of Dunkirk"), ("Port of Ghent", "Port of Gdansk")],
            [],
        ),
        (
            "Les accords du Port de Cotonou\n\n"
            "Port de Cotonou/Port de Marseille-Fos (France), accord signé le 4 mai "
            "1999 ;\n\n"
            "Port de Cotonou/Port de Ningbo (Chine), accord de jumelage signé le "
            "12 juin 2018 ;\n",
            [
                ("Port de Cotonou", "Port de Marseille-Fos"),
                ("Port de Cotonou", "Port de Ningbo"),
            ],
            [],
        ),
        (
            "Partnerschaften der Region\n\n"
            "Bremen – Dalian: Städtepartnerschaft, 1985\n"
            "Hamburg – Shanghai: Städtepartnerschaft, 1986\n",
            [("Bremen", "Dalian"), ("Hamburg", "Shanghai")],
            [("Bremen", "Shanghai")],
        ),
    ],
)
def test_entries_line_opening_with_its_pair(
    text: str, wanted: list[tuple[str, str]], unwanted: list[tuple[str, str]]
) -> None:
    """A list line that opens with two names joined by a slash or a dash, then the act, is
    that pair's act."""
    pairs = _pairs(text)
    for a, b in wanted:
        assert _pair(a, b) in pairs
    for a, b in unwanted:
        assert _pair(a, b) not in pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Leeds – Hefei\n\nSister city since 2005.", ("Leeds", "Hefei")),
        ("Kiel – Qingdao\n\nStädtepartnerschaft seit 2004.", ("Kiel", "Qingdao")),
        ("Lyon – Canton\n\nJumelage depuis 1988.", ("Lyon", "Canton")),
        ("Leiden – Suzhou\n\nStedenband sinds 1995.", ("Leiden", "Suzhou")),
        (
            "Our partners\n\nLeeds – Hefei\n\nSister cities since 2005. In 2012 the Leeds Chamber"
            " of Commerce signed a memorandum of understanding with the Hefei Chamber of"
            " Commerce.",
            ("Leeds", "Hefei"),
        ),
    ],
)
def test_entry_line_over_a_blank_line_gives_its_pair(text: str, pair: tuple[str, str]) -> None:
    """An "A – B" line standing alone over a paragraph after a blank line heads that
    paragraph: its act ("Sister city since 2005", "Städtepartnerschaft seit 2004") is the line's
    pair's, in every language."""
    assert _pair(*pair) in _pairs(text)


def test_entry_lines_in_a_row_keep_their_own_pairs() -> None:
    """Two "A – B" lines each over a blank line: the second line and its paragraph are the
    second pair's, not the first's."""
    text = (
        "Our partners\n\nLeeds – Hefei\n\nSister city since 2005.\n\n"
        "Harlow – Cholet\n\nTwinning since 1977."
    )
    pairs = _pairs(text)
    assert _pair("Leeds", "Hefei") in pairs
    assert _pair("Harlow", "Cholet") in pairs
    assert _pair("Hefei", "Harlow") not in pairs and _pair("Leeds", "Harlow") not in pairs
