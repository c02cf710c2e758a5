"""Agreements: types and parties of acts told in lists, answers and background sentences
(issue 2; classes seen in corpus37 and on real pages: a port authority's page that lists its
"sister and friendship port agreements" apart, a port news item on a "treaty of friendship
between the ports"). Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type) for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Port of Xiamen and the Port of Koper signed a friendship port agreement in 2012.",
        "De haven van Xiamen en de haven van Koper ondertekenden in 2012 een "
        "vriendschapshavenovereenkomst.",
        "Der Hafen Xiamen und der Hafen Koper unterzeichneten 2012 ein Freundschaftshafenabkommen.",
        "Le port de Xiamen et le port de Koper ont signé en 2012 un accord de ports amis.",
    ],
)
def test_friendship_port_agreement_is_a_friendship(text: str) -> None:
    """A friendship of two ports ("friendship port agreement", "vriendschapshaven...",
    "Freundschaftshafen...", "ports amis") is typed `friendship`, as a friendship city is,
    never a cooperation agreement."""
    acts = _acts(text)
    assert [t for _, t in acts] == ["friendship"]
