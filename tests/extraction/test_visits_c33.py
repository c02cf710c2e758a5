"""Visits on unseen text (issue 2, session 19): a visit over two listed days ("am 14. und
15. Mai 2019") is read with its host after the days and dated by the first day. Every text is
written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    "text",
    [
        "Eine Delegation aus Wuxi besuchte am 14. und 15. Mai 2019 Hilden.",
        "Eine Delegation aus Wuxi besuchte am 14. und 15.05.2019 die Stadt Hilden.",
        "A delegation from Wuxi visited Hilden on 14 and 15 May 2019.",
        "Een delegatie uit Wuxi bezocht Hilden op 14 en 15 mei 2019.",
        "Une délégation de Wuxi a visité Hilden les 14 et 15 mai 2019.",
        "Une délégation de Wuxi a visité Hilden les 14 et 15/05/2019.",
    ],
)
def test_visits_two_listed_days_first_day(text: str) -> None:
    """A visit told over two listed days is one visit, dated by the first of them, with its
    host named after the days as well as before them."""
    assert _visits(text) == {("wuxi", "hilden", "2019-05-14")}


def test_visits_single_day_after_verb_unchanged() -> None:
    """A German visit with one day between the verb and its host keeps that day."""
    text = "Eine Delegation aus Wuxi besuchte am 14. Mai 2019 Hilden."
    assert _visits(text) == {("wuxi", "hilden", "2019-05-14")}
