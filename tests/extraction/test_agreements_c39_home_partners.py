"""Two partners of the document's own place are never each other's partner (issue 2; the
class of corpus39's README "parties in minutes, lists and quotes", seen as well in corpus5,
corpus36 and corpus37): an act whose two places are of two countries, neither the home's, is
the home's act with one of them. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _pairs(text: str) -> set[frozenset[str]]:
    """The parties (folded names) of every act read in `text`."""
    return {frozenset(fold(p.name) for p in a.parties) for a in extract(text).doc.agreements}


@pytest.mark.parametrize(
    ("text", "home", "partners"),
    [
        (
            "Leeds City Council > Twin cities\n\nLeeds is twinned with Lille and Dortmund. "
            "Brno in the Czech Republic became a partner in 1998, and a friendship link with "
            "Hangzhou was agreed in 2002.",
            "Leeds",
            ("Brno", "Hangzhou"),
        ),
        (
            "Gemeente Venlo - stedenbanden\n\nVenlo heeft een stedenband met Krefeld. Brno in "
            "Tsjechië werd in 1998 een partnerstad, en een vriendschapsband met Hangzhou werd "
            "in 2002 gesloten.",
            "Venlo",
            ("Brno", "Hangzhou"),
        ),
        (
            "Stadt Kiel - Partnerstädte\n\nKiel ist seit 1964 mit Brest und seit 1967 mit "
            "Vaasa verschwistert. "
            "Brno in Tschechien wurde 1998 Partnerstadt, und eine Freundschaft mit Hangzhou "
            "wurde 2002 vereinbart.",
            "Kiel",
            ("Brno", "Hangzhou"),
        ),
        (
            "Ville de Rennes - jumelages\n\nRennes est jumelée avec Erlangen et Exeter. Brno "
            "en Tchéquie est devenue ville partenaire en 1998, et un pacte d'amitié avec "
            "Hangzhou a été conclu en 2002.",
            "Rennes",
            ("Brno", "Hangzhou"),
        ),
    ],
)
def test_agreements_two_partners_of_the_home_are_not_paired(
    text: str, home: str, partners: tuple[str, str]
) -> None:
    """The friendship told after a partner's sentence is the home's, not the two partners'
    (a Czech and a Chinese city on a British, Dutch, German or French town's page)."""
    pairs = _pairs(text)
    assert frozenset(fold(p) for p in partners) not in pairs
    assert frozenset((fold(home), fold(partners[1]))) in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Queensland-China ties\n\nQueensland works with Shandong and Guangdong.\n"
        "Townsville – Wuxi: letter of intent, 2023\nCairns – Zhanjiang: sister city, 2015\n",
        "Stadt Kiel - Partnerschaften\n\nKiel pflegt Partnerschaften mit Brest und Vaasa. "
        "Die Freundschaft zwischen Tallinn und Hangzhou wurde 2002 geschlossen.",
    ],
)
def test_agreements_written_pair_of_two_foreign_places_stays(text: str) -> None:
    """Two places the text writes as a pair of their own ("Townsville – Wuxi: letter of
    intent", "zwischen Tallinn und Hangzhou") keep their act, whoever the home is."""
    pairs = _pairs(text)
    if "Wuxi" in text:
        assert frozenset((fold("Townsville"), fold("Wuxi"))) in pairs
    else:
        assert frozenset((fold("Tallinn"), fold("Hangzhou"))) in pairs
