"""The document's own place (the home of visits and agreements) from a letterhead."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import cast_for
from cityties.text import fold


def _home(text: str) -> str | None:
    home = cast_for(extract(text).doc).home
    return fold(home.name) if home is not None else None


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "THE CITY OF LEEDS COUNCIL\nInternational Committee\n\n"
            "Report on the trip to Hangzhou. The group spent two days in Hangzhou and met "
            "the Hangzhou Foreign Affairs Office before travelling on to Hangzhou's port.",
            "leeds",
        ),
        (
            "Bundesstadt Bonn\nJahresbericht 2023\n\n"
            "Eine Delegation aus Bonn reiste nach Oxford. In Oxford traf sie den "
            "Oberbürgermeister von Oxford.",
            "bonn",
        ),
    ],
)
def test_parties_home_from_a_letterhead(text: str, home: str) -> None:
    """A city government named on the document's first line is its home, even when a
    partner is named more often."""
    assert _home(text) == home


def test_parties_city_of_later_in_the_text_is_no_letterhead() -> None:
    """'The City of X' opening a later paragraph counts as a government, not a letterhead."""
    text = (
        "Institution: City of Ghent\n\nGhent welcomed guests from Kyoto.\n"
        "The City of Kyoto sent four officials to Ghent."
    )
    assert _home(text) == "ghent"


@pytest.mark.parametrize(
    ("text", "language", "home"),
    [
        (
            "Flensburger Tageblatt | Flensburg | Region\n\nDie Stadt empfing eine Gruppe aus "
            "Shenyang. Der Oberbürgermeister sprach über den Austausch mit Shenyang.",
            "de",
            "flensburg",
        ),
        (
            "Ouest Matin – Brest – Actualités\n\nLa ville a reçu des élus de Yantai. Le maire "
            "a évoqué les échanges avec Yantai.",
            "fr",
            "brest",
        ),
    ],
)
def test_parties_home_from_a_masthead_named_once(text: str, language: str, home: str) -> None:
    """A place that is a whole part of a first-line masthead ('Paper | Place | Section') is
    the document's home though it is named only once."""
    found = cast_for(extract(text, language=language).doc).home
    assert found is not None and fold(found.name) == home


def test_parties_masthead_place_only_on_the_first_line() -> None:
    """A 'Paper | Place' line below the first line is no masthead."""
    text = (
        "Report on the exchange\nSee also | Kiel | Archive\n\nThe delegation from Brest "
        "visited Yantai. Brest will welcome guests from Yantai."
    )
    found = cast_for(extract(text).doc).home
    assert found is None or fold(found.name) != "kiel"


@pytest.mark.parametrize(
    "text",
    [
        "Quimper - Le carnet du maire\n\nNous avons accueilli des élus de Limerick. Limerick "
        "est jumelée avec nous depuis longtemps.",
        "Quimper | Le carnet du maire\n\nNous avons accueilli des élus de Limerick. Limerick "
        "est jumelée avec nous depuis longtemps.",
    ],
)
def test_parties_home_from_a_masthead_opening_the_document(text: str) -> None:
    """A town that opens a first-line masthead is read as a place (a masthead part is a cue
    as a preposition is), and is the document's home."""
    doc = extract(text, language="fr").doc
    assert "Quimper" in [m.text for m in doc.mentions if m.kind == "place"]
    found = cast_for(doc).home
    assert found is not None and fold(found.name) == "quimper"
