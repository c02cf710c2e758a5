"""Visits on unseen text (issue 2, corpus30's classes of misses): a stay whose days are listed
one by one ("les 17, 18 et 19 octobre", "on 6, 7 and 8 September") starts on the first listed
day. Every text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2022-11-02\nUne délégation de la ville de Harbin était en visite à Rouen "
            "les 17, 18 et 19 octobre derniers.",
            ("harbin", "rouen", "2022-10-17"),
        ),
        (
            "date 2022-11-02\nA delegation from Harbin visited Norwich on 17, 18 and 19 "
            "October 2022.",
            ("harbin", "norwich", "2022-10-17"),
        ),
        (
            "date 2022-11-02\nEen delegatie uit Harbin bezocht Zwolle op 17, 18 en 19 oktober "
            "2022.",
            ("harbin", "zwolle", "2022-10-17"),
        ),
        (
            "date 2022-11-02\nEine Delegation aus Harbin besuchte Erfurt am 17., 18. und 19. "
            "Oktober 2022.",
            ("harbin", "erfurt", "2022-10-17"),
        ),
    ],
)
def test_visits_listed_days_date_the_stay_by_the_first(
    text: str, visit: tuple[str, str, str]
) -> None:
    """A stay over days listed one by one is dated by the first day of the list, not by the
    range the last two days make."""
    assert visit in _visits(text)


def test_visits_listed_days_need_a_day_before_the_comma() -> None:
    """A year before the comma is no listed day: the range keeps its own first day."""
    text = (
        "date 2022-11-02\nAs in 2019, 18 and 19 October 2022 saw a delegation from Harbin "
        "visit Norwich."
    )
    assert ("harbin", "norwich", "2022-10-18") in _visits(text)
