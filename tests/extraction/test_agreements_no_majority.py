"""Agreements: a motion to end a tie that "found no majority" ("kreeg geen meerderheid", "fand
keine Mehrheit", "won no majority") was not adopted: the tie stays signed; one that won a
majority ended it (issue 2, corpora 33 and 39). Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from factsets import ActDetail, act_detail


def _acts(text: str) -> list[ActDetail]:
    return [act_detail(a) for a in extract(text).doc.agreements]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Zwolle heeft sinds 1990 een stedenband met Lünen. Een motie van de SP om de"
            " stedenband met Lünen te beëindigen kreeg geen meerderheid.",
            {"zwolle", "lunen"},
        ),
        (
            "Die Stadt Kleve ist seit 1995 mit Fitchburg verschwistert. Ein Antrag der Linken, die"
            " Städtepartnerschaft mit Fitchburg zu beenden, fand keine Mehrheit.",
            {"kleve", "fitchburg"},
        ),
        (
            "Bolton has been twinned with Le Mans since 1972. A motion to end the twinning with"
            " Le Mans won no majority in the council.",
            {"bolton", "le mans"},
        ),
    ],
)
def test_agreements_motion_without_majority_keeps_the_tie(text: str, pair: set[str]) -> None:
    """A motion to end a tie that found no majority leaves the tie signed."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) and a[5] == "signed" for a in acts), acts


def test_agreements_motion_with_majority_ends_the_tie() -> None:
    """A motion to end a tie that won a majority ends it."""
    text = (
        "Zwolle heeft sinds 1990 een stedenband met Lünen. Een motie van de SP om de stedenband"
        " met Lünen te beëindigen kreeg een ruime meerderheid."
    )
    acts = _acts(text)
    assert any(a[0] == frozenset({"zwolle", "lunen"}) and a[5] == "ended" for a in acts), acts
