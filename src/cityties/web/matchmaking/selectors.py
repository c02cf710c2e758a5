"""Reads for the matchmaking pages: partner suggestions and the fit of two places."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from cityties.matching import Candidate, Fit, Matcher, MatchingError, PlaceProfile
from cityties.matching.network import load_network
from cityties.web.core.exceptions import ApplicationError
from cityties.web.directory.models import Place

from .services import register_profiles, twins_ensure

# Gazetteer cities without a partner yet are suggested from this size up.
GAZETTEER_MIN_POPULATION = 50000

SIZE_BANDS: dict[str, tuple[int | None, int | None]] = {
    "small": (None, 50000),
    "medium": (50000, 250000),
    "large": (250000, 1000000),
    "metropolis": (1000000, None),
}

_lock = threading.Lock()
_cache: dict[tuple[str, float], Matcher] = {}


def _base_matcher() -> Matcher:
    path: Path = twins_ensure()
    key = (str(path), path.stat().st_mtime)
    with _lock:
        found = _cache.get(key)
        if found is None:
            from cityties.extraction import gazetteer

            cities = list(gazetteer.load().cities(GAZETTEER_MIN_POPULATION))
            try:
                found = Matcher(load_network(path), extra_cities=cities)
            except MatchingError as e:
                raise ApplicationError(e.message, {"code": e.code}) from e
            _cache.clear()
            _cache[key] = found
    return found


@dataclass
class CandidateRow:
    """A suggestion with the register place it is, when the register knows it."""

    candidate: Candidate
    place: Place | None


def matcher_for_register() -> tuple[Matcher, dict[str, Place], dict[int, PlaceProfile]]:
    """The matcher with the register's profiles, the register places by universe key, and
    the profiles by place id."""
    base = _base_matcher()
    pairs = register_profiles()
    matcher = base.with_profiles(p for _, p in pairs)
    by_key: dict[str, Place] = {}
    for place, prof in pairs:
        key = matcher.locate(prof)
        if key is not None:
            by_key.setdefault(key, place)
    return matcher, by_key, {place.pk: prof for place, prof in pairs}


def partner_suggestions(
    *,
    place: Place,
    country: str | None = None,
    size_band: str | None = None,
    themes: tuple[str, ...] = (),
    k: int = 20,
) -> list[CandidateRow]:
    """The best partner candidates for a register place, each with its reasons."""
    matcher, by_key, profiles = matcher_for_register()
    low, high = SIZE_BANDS.get(size_band or "", (None, None))
    try:
        found = matcher.suggest(
            profiles[place.pk],
            country=country or None,
            k=k,
            min_population=low,
            max_population=high,
            themes=themes,
        )
    except MatchingError as e:
        raise ApplicationError(e.message, {"code": e.code}) from e
    return [CandidateRow(c, by_key.get(c.key)) for c in found]


def partner_fit(*, place: Place, other: Place) -> Fit:
    """How well `other` fits `place`: common interests with evidence, what is missing, score."""
    matcher, _, profiles = matcher_for_register()
    try:
        return matcher.fit(profiles[place.pk], profiles[other.pk])
    except MatchingError as e:
        raise ApplicationError(e.message, {"code": e.code}) from e
