"""Agreements: an organisation named as a party keeps its act against the place inside or
beside it (issue 2, corpus28 classes): a fronted venue named by a capital noun ("In der
Provinzhauptstadt Hangzhou hat die Hochschule ...") is where the act was signed, not
a party. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(fold(p.name) for p in a.parties) for a in extract(text).doc.agreements}


@pytest.mark.parametrize(
    "text",
    [
        "In der Provinzhauptstadt Hangzhou hat die Hochschule Flensburg mit der Zhejiang"
        " Association of Science and Technology einen Kooperationsvertrag unterzeichnet.",
        "In de provinciehoofdstad Hangzhou heeft de Hogeschool Zeeland met de Zhejiang"
        " Association of Science and Technology een samenwerkingsovereenkomst ondertekend.",
        "Dans la capitale provinciale Hangzhou, l'Université de Lyon a signé un accord de"
        " coopération avec la Zhejiang Association of Science and Technology.",
        "In the provincial capital Hangzhou the University of Leeds signed a cooperation"
        " agreement with the Zhejiang Association of Science and Technology.",
    ],
)
def test_capital_venue_is_no_party(text: str) -> None:
    """A capital named as where the act was signed ('in the provincial capital X') is a venue:
    the organisation after it and its partner are the act's parties."""
    pairs = _pairs(text)
    assert len(pairs) == 1
    (pair,) = pairs
    assert fold("Zhejiang Association of Science and Technology") in pair
    assert fold("Hangzhou") not in pair
