"""Agreements: classes of acts that blind writers of other sites word (issue 2, corpus27
classes): the two parties named by a numeral after an article or a possessive ("de twee
provincies", "nos deux régions", "die zwei Provinzen"), and a list of ties whose items carry
notes in brackets with a semicolon. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from factsets import ActKey, act_key


def _acts(text: str) -> set[ActKey]:
    return {act_key(a) for a in extract(text).doc.agreements}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Provincie Gelderland en China\nDe provincie Gelderland ontving vorige week gasten"
            " uit de provincie Hunan. Een bedrijf uit Arnhem opende een kantoor in Changsha, de"
            " hoofdstad van Hunan. In 2011 ondertekenden de twee provincies een"
            " vriendschapsakkoord.",
            {"gelderland", "hunan"},
        ),
        (
            "Land Brandenburg und China\nDas Land Brandenburg empfing Gäste aus der Provinz"
            " Hunan. Eine Firma aus Potsdam eröffnete ein Büro in Changsha, der Hauptstadt von"
            " Hunan. 2011 unterzeichneten die zwei Provinzen eine Freundschaftsvereinbarung.",
            {"brandenburg", "hunan"},
        ),
        (
            "Région Bretagne et Chine\nLa région Bretagne a reçu des visiteurs de la province du"
            " Hunan. Une entreprise de Rennes a ouvert un bureau à Changsha, capitale du Hunan."
            " En 2011, nos deux régions ont signé un accord d'amitié.",
            {"bretagne", "hunan"},
        ),
    ],
)
def test_agreements_two_regions_named_by_a_numeral(text: str, pair: set[str]) -> None:
    """ "de twee provincies", "die zwei Provinzen", "nos deux régions" name the two regions
    named last, passing over the capital city named between them (not the home region and
    that city)."""
    assert _acts(text) == {(frozenset(pair), "friendship", "2011")}


@pytest.mark.parametrize(
    "text",
    [
        "Partnerstädte von Kiel sind Brest (1964), Tallinn (1986; seit 2022 ruhend) und Vaasa"
        " (1967).",
        "Kiel's twin towns are Brest (1964), Tallinn (twinned 1986; suspended in 2022) and"
        " Vaasa (1967).",
        "Les villes jumelles de Kiel sont Brest (1964), Tallinn (1986 ; suspendu en 2022) et"
        " Vaasa (1967).",
        "Zustersteden van Kiel zijn Brest (1964), Tallinn (1986; sinds 2022 opgeschort) en"
        " Vaasa (1967).",
    ],
)
def test_agreements_list_of_ties_with_a_note_in_brackets(text: str) -> None:
    """A semicolon inside a bracketed note of a list item ("Tallinn (1986; seit 2022
    ruhend)") does not cut the sentence: the items after it are ties of the list's owner."""
    assert {(k[0], k[2]) for k in _acts(text)} == {
        (frozenset({"kiel", "brest"}), "1964"),
        (frozenset({"kiel", "tallinn"}), "1986"),
        (frozenset({"kiel", "vaasa"}), "1967"),
    }
