"""The plain data the matching library takes and returns."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "Candidate",
    "Fit",
    "Organisation",
    "PlaceProfile",
    "Reason",
    "ReasonKind",
    "ThemeEvidence",
    "fit_score",
    "share_text",
    "top_percent",
]

ReasonKind = Literal[
    "shared_theme",
    "complementary",
    "organisation",
    "shared_partners",
    "namesake",
    "country_pair",
    "partners_in_country",
    "region_pairs",
    "network",
    "size",
    "distance",
    "activity",
    "standing",
]


def top_percent(rank: int, candidates: int) -> float:
    """The smallest share of candidates, in percent, that still includes a place at `rank`
    (1 = best) among `candidates`: rank 3 of 39,000 is in the top 0.008 %."""
    if candidates < 1 or rank < 1:
        return 100.0
    return 100.0 * min(rank, candidates) / candidates


def share_text(percent: float) -> str:
    """A top share as a person reads it, rounded up and never to 0: 0.008 -> "0.1",
    0.43 -> "0.5", 2.1 -> "3"."""
    if percent <= 0.1:
        return "0.1"
    if percent < 1.0:
        return f"{math.ceil(percent * 10) / 10:.1f}"
    return str(min(100, math.ceil(percent - 1e-9)))


def fit_score(rank: int, candidates: int) -> int:
    """A 0-100 fit a person can read: the share of candidates ranked below or level with the
    place, so 100 for the best candidate, about 50 for the median one and 0 for the last one
    of many. 0 when there is no ranking (no candidates)."""
    if candidates < 1 or rank < 1:
        return 0
    return int(round(100.0 * (candidates - min(rank, candidates)) / max(candidates - 1, 1)))


@dataclass(frozen=True, slots=True)
class ThemeEvidence:
    """A theme of a place (a key of `themes.THEMES`) and the text that shows it."""

    theme: str
    quote: str = ""
    source: str = ""  # where the quote comes from: a document title, a register record


@dataclass(frozen=True, slots=True)
class Organisation:
    """A company, university, port or chamber present in a place.

    presence: "based" (its seat is there) or "branch" (an office, plant or subsidiary).
    """

    name: str
    presence: Literal["based", "branch"] = "based"


@dataclass(frozen=True, slots=True)
class PlaceProfile:
    """What the caller knows about a place, beyond the twinning network and the gazetteer.

    qid (str | None): its Wikidata item in the twinning network, when known.
    themes: the place's sectors and characters, each with evidence.
    seeks: themes the place looks for in a partner (for complementary strengths).
    """

    name: str
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    qid: str | None = None
    geonameid: int | None = None
    themes: tuple[ThemeEvidence, ...] = ()
    seeks: tuple[str, ...] = ()
    organisations: tuple[Organisation, ...] = ()


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason for (or, with a negative weight, against) a pairing, in plain words."""

    kind: ReasonKind
    text: str
    weight: float
    evidence: tuple[str, ...] = ()

    @property
    def in_favour(self) -> bool:
        """Whether it states something the two places have in common (a reason for the
        pairing), not something that speaks against it ("pair rarely", "no similar size")."""
        if self.kind == "size":
            return self.text.startswith("similar size")
        if self.kind == "country_pair":
            return "rarely" not in self.text
        return True


@dataclass(frozen=True, slots=True)
class Candidate:
    """A suggested partner: key is its QID, or "gn:<geonameid>" for a city with no partner yet."""

    key: str
    name: str
    country: str | None
    population: int | None
    score: float
    rank: int
    reasons: tuple[Reason, ...] = ()
    themes: tuple[str, ...] = ()
    candidates: int = 0  # how many places were ranked (after the filters); 0 unknown

    @property
    def fit_score(self) -> int:
        """0-100: the share of candidates ranked below this one (see `fit_score`)."""
        return fit_score(self.rank, self.candidates)

    @property
    def top_percent(self) -> float:
        """The smallest top share of the candidates, in percent, that includes this one."""
        return top_percent(self.rank, self.candidates)


@dataclass(frozen=True, slots=True)
class Fit:
    """How well two places fit: the common interests, what is missing, and the score.

    score is on the scale of `Candidate.score`; rank is b's position among all the candidates
    for a (1 = best), out of `candidates`.
    """

    a: str
    b: str
    score: float
    rank: int
    candidates: int
    common: tuple[Reason, ...] = ()
    missing: tuple[str, ...] = ()
    existing: bool = False  # the two are already partners in the network
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def percentile(self) -> float:
        """Share of candidates ranked below b, in percent."""
        return 100.0 * (1.0 - self.rank / max(self.candidates, 1))

    @property
    def fit_score(self) -> int:
        """0-100: the share of a's candidates ranked below b (see `fit_score`); 0 unranked."""
        return fit_score(self.rank, self.candidates)

    @property
    def top_percent(self) -> float:
        """The smallest top share of a's candidates, in percent, that includes b."""
        return top_percent(self.rank, self.candidates)
