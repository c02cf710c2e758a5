"""Two speed16 shortcuts give what the long ways give: `gazetteer.name_key` of an ASCII name
(no accents to take off) and the partner cues of a text whose case folding changes its length
("ß" folds to "ss"), read from the lower-cased text's stems."""

from __future__ import annotations

import re
import unicodedata

import pytest

from cityties.extraction.extractors import _places_partners as partners
from cityties.extraction.gazetteer import name_key


def _key_the_long_way(name: str) -> str:
    """The key as written before the shortcut: accents taken off every name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("'", "").replace("’", "")
    return re.sub(r"[\W_]+", " ", text).strip()


@pytest.mark.parametrize(
    "name",
    [
        "Wagga Wagga",
        "St. John's",
        "Frankfurt (Oder)",
        "  KING'S-LYNN__and  west ",
        "s-Hertogenbosch",
        "Saint-Étienne",
        "Düsseldorf",
        "Straße",
        "Zürich’s",
        "",
    ],
)
def test_name_key_same_as_the_long_way(name: str) -> None:
    """An ASCII name and a name with accents get the key the accent-stripping way gives."""
    assert name_key(name) == _key_the_long_way(name)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt an der Straße ist seit 1990 verschwistert mit Tiel und Partnerstadt von Hamm.",
        "Unsere Städtepartnerschaft mit Gießen und die Freundschaft zu Sens sind alt.",
        "Große Stadt: twinned with Kiel, and a sister city of Brest since 1988.",
        "La ville de Grasse est jumelée avec Opole ; die Straße heißt nach ihr.",
        "De stad Maaßtricht is verzusterd met Hasselt en een partnerstad van Luik.",
    ],
)
def test_after_cues_with_folding_longer_than_the_text(text: str) -> None:
    """A text that case folding makes longer is read from its lower-cased stems and finds
    what a scan of the whole text finds."""
    low = text.casefold()
    assert len(low) != len(text)
    expected = [m.span(1) for m in partners._AFTER_CUE.finditer(text)]
    assert expected  # (each text names a partner after a cue)
    assert [m.span(1) for m in partners._after_cues(text, low)] == expected
