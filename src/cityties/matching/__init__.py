"""Partner-city suggestions with reasons: plain Python with numpy and scipy, no Django.

`suggest(place, *, country=None, k=20)` ranks candidate partners; `fit(a, b)` explains a pair.
Both use the network stored by `cityties import-twins` unless a `Matcher` is passed.
"""

from __future__ import annotations

from collections.abc import Sequence

from cityties.matching.errors import Errors, MatchingError
from cityties.matching.network import NetworkPlace, TwinNetwork
from cityties.matching.recommender import Matcher
from cityties.matching.store import default_matcher
from cityties.matching.themes import THEMES, themes_from_text
from cityties.matching.types import (
    Candidate,
    Fit,
    Organisation,
    PlaceProfile,
    Reason,
    ThemeEvidence,
)

__all__ = [
    "THEMES",
    "Candidate",
    "Errors",
    "Fit",
    "Matcher",
    "MatchingError",
    "NetworkPlace",
    "Organisation",
    "PlaceProfile",
    "Reason",
    "ThemeEvidence",
    "TwinNetwork",
    "fit",
    "suggest",
    "themes_from_text",
]


def suggest(
    place: str | PlaceProfile,
    *,
    country: str | None = None,
    k: int = 20,
    matcher: Matcher | None = None,
) -> Sequence[Candidate]:
    """The k best partner candidates for a place (a name, a QID or a profile), with reasons."""
    m = matcher if matcher is not None else default_matcher()
    return m.suggest(place, country=country, k=k)


def fit(a: str | PlaceProfile, b: str | PlaceProfile, *, matcher: Matcher | None = None) -> Fit:
    """How well b fits a as a partner: common interests with evidence, what is missing, score."""
    m = matcher if matcher is not None else default_matcher()
    return m.fit(a, b)
