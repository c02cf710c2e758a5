"""Partner towns named after a twinning cue, known to the gazetteer or not."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.types import AgreementFact
from cityties.text import fold


def _agreements(text: str) -> list[AgreementFact]:
    doc = extract(text).doc
    assert doc is not None
    return doc.agreements


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(fold(p.name) for p in a.parties) for a in _agreements(text)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kiel is twinned with Merovia.", {"kiel", "merovia"}),
        ("De gemeente Tiel is verzusterd met Osterwald.", {"tiel", "osterwald"}),
        ("Kiel ist seit 1992 mit Osterwald verschwistert.", {"kiel", "osterwald"}),
        ("La ville de Vienne est jumelée avec Montaurel-le-Haut.", {"vienne", "montaurel-le-haut"}),
        (
            "La commune de Tiel est jumelée avec Saint-Quirin-les-Bains depuis 1975.",
            {"tiel", "saint-quirin-les-bains"},
        ),
    ],
)
def test_partners_unknown_town_after_cue_is_a_party(text: str, pair: set[str]) -> None:
    """A name the gazetteer lacks, right after a twinning cue, is the act's other party (a
    known place inside a hyphenated name does not replace it)."""
    assert frozenset(fold(n) for n in pair) in _pairs(text)


def test_partners_unknown_list_after_cue() -> None:
    """Every item of a list after the cue is a partner."""
    pairs = _pairs("Kiel is twinned with Merovia, Osterwald (1990) and Xanthopolis.")
    assert pairs == {
        frozenset({"kiel", "merovia"}),
        frozenset({"kiel", "osterwald"}),
        frozenset({"kiel", "xanthopolis"}),
    }


def test_partners_small_known_town_after_cue_is_kept() -> None:
    """A small town the gazetteer knows under an alternate spelling is kept after the cue,
    and the act is not given a party of the sentence before."""
    text = (
        "Partnerstädte von Kiel sind Coventry und Gdynia.\n\n"
        "Kiel pflegt seit 2005 freundschaftliche Beziehungen zu Sowetsk."
    )
    pairs = _pairs(text)
    assert frozenset({"kiel", "sowetsk"}) in pairs
    friendship = [a for a in _agreements(text) if a.type == "friendship"]
    assert [{fold(p.name) for p in a.parties} for a in friendship] == [{"kiel", "sowetsk"}]


@pytest.mark.parametrize(
    "text",
    [
        "Bath ended its twinning with the Hungarian town of Kaposvar in 2024.",
        "The council discussed the twinning with Kiel Week organisers.",
    ],
)
def test_partners_adjective_or_longer_name_is_no_town(text: str) -> None:
    """An adjective before a place noun, or a name that goes on, is not made a town."""
    names = {fold(p.name) for a in _agreements(text) for p in a.parties}
    assert "hungarian" not in names
    assert "kiel week" not in names


def test_partners_french_partner_cities_list() -> None:
    """ "Les villes partenaires de X sont ..." lists X's partner cities."""
    pairs = _pairs("Les villes partenaires de Rennes sont Exeter, Erlangen et Sendai.")
    assert pairs == {
        frozenset({"rennes", "exeter"}),
        frozenset({"rennes", "erlangen"}),
        frozenset({"rennes", "sendai"}),
    }


def test_partners_french_partner_cities_without_a_partner_named() -> None:
    """ "Les échanges avec les villes partenaires" at the end of a heading names no act."""
    text = (
        "Ville de Rennes\n\nCompte rendu des échanges avec les villes partenaires\n\nSéance levée."
    )
    assert _agreements(text) == []


def test_partners_listed_under_a_heading_one_per_line() -> None:
    """Every line under a partner-town heading names a partner, known or not, with or without
    a bullet, a country or a year."""
    text = (
        "City of Kiel\n\nTwin towns\nCoventry, United Kingdom (1947)\nMerovia, Greece (1990)\n"
        "- Sowetsk, Russia (1992)\n• Xanthopolis (2001)\n\nThe council meets on Tuesdays.\n"
    )
    pairs = _pairs(text)
    for partner in ("coventry", "merovia", "sowetsk", "xanthopolis"):
        assert frozenset({"kiel", partner}) in pairs
    assert len(pairs) == 4


def test_partners_listed_after_a_label_with_colon() -> None:
    """A label with a colon lists its partners on the same line."""
    pairs = _pairs("Stadt Kiel\n\nPartnerstädte: Osterwald (1995), Merovia und Coventry.\n")
    assert pairs == {
        frozenset({"kiel", "osterwald"}),
        frozenset({"kiel", "merovia"}),
        frozenset({"kiel", "coventry"}),
    }


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Städtepartnerschaften: Besuch aus Jinhua\n\nDie Gäste aus Jinhua kamen am Montag.",
            "Besuch",
        ),
        (
            "Twin towns: Delegation from Jinhua\n\nThe guests from Jinhua came on Monday.",
            "Delegation",
        ),
        ("Zustersteden: Bezoek uit Jinhua\n\nDe gasten uit Jinhua kwamen maandag.", "Bezoek"),
        ("Jumelages : Visite de Jinhua\n\nLes invités de Jinhua sont venus lundi.", "Visite"),
    ],
)
def test_partners_label_before_a_headline_lists_no_town(text: str, word: str) -> None:
    """After a partner-town label and its colon, a headline ("Besuch aus Jinhua") is no list:
    its first word is no town, the place after the preposition stays."""
    doc = extract(text).doc
    places = [m.text for m in doc.mentions if m.kind == "place"]
    assert word not in places
    assert "Jinhua" in places


@pytest.mark.parametrize(
    "text",
    [
        "Twin towns: Osterwald since 1995, Merovia and Coventry.",
        "Zustersteden: Osterwald sinds 1995, Merovia en Coventry.",
        "Jumelages : Osterwald depuis 1995 ; Merovia et Coventry.",
        "Partnerstädte: Osterwald seit 1995, Merovia und Coventry.",
    ],
)
def test_partners_label_list_items_with_years(text: str) -> None:
    """Items after the label stay towns when a year, "since", a comma or "and" follows them."""
    doc = extract(text).doc
    places = {m.text for m in doc.mentions if m.kind == "place"}
    assert {"Osterwald", "Merovia", "Coventry"} <= places
