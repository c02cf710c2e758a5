"""The template filters that phrase a rank among candidates for people."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from cityties.matching.types import fit_score, share_text, top_percent
from cityties.web.matchmaking.templatetags.matchmaking_fit import rank_of, standing


@dataclass
class Ranked:
    rank: int
    candidates: int

    @property
    def top_percent(self) -> float:
        return top_percent(self.rank, self.candidates)


@pytest.mark.parametrize(
    ("rank", "total", "expected"),
    [
        (3, 39000, "in the top 0.1% of 39,000 candidate cities"),
        (1170, 39000, "in the top 3% of 39,000 candidate cities"),
        (12140, 38929, "in the top 32% of 38,929 candidate cities"),
        (35000, 39000, "in the bottom 11% of 39,000 candidate cities"),
        (5, 0, ""),
    ],
)
def test_standing_phrases_rank_as_top_share(rank: int, total: int, expected: str) -> None:
    """A rank becomes the top share of the candidates (rounded up, never 0 %), or the bottom
    share in the lower half; nothing when there was no ranking."""
    assert standing(Ranked(rank, total)) == expected


def test_rank_of_groups_thousands() -> None:
    """The rank and the number of candidates are written with thousands separators."""
    assert rank_of(Ranked(12140, 38929)) == "rank 12,140 of 38,929"


@pytest.mark.parametrize(
    ("percent", "text"), [(0.008, "0.1"), (0.43, "0.5"), (2.1, "3"), (3.0, "3")]
)
def test_share_text_rounds_up(percent: float, text: str) -> None:
    """Shares are rounded up: a place in the top 2.1 % is said to be in the top 3 %."""
    assert share_text(percent) == text


@pytest.mark.parametrize(
    ("rank", "total", "score"), [(1, 39000, 100), (19500, 39000, 50), (39000, 39000, 0), (1, 0, 0)]
)
def test_fit_score_is_share_ranked_below(rank: int, total: int, score: int) -> None:
    """The 0-100 fit is the share of the candidates ranked below: 100 for the best."""
    assert fit_score(rank, total) == score
