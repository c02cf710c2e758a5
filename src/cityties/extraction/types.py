"""Typed facts the engine produces: frozen dataclasses with evidence spans."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from cityties.text import PartialDate

__all__ = [
    "AGREEMENT_STATUSES",
    "AGREEMENT_TYPES",
    "FIGURE_MEASURES",
    "AgreementFact",
    "AgreementStatus",
    "AgreementType",
    "ContactFact",
    "DateMention",
    "Evidence",
    "FigureFact",
    "FigureMeasure",
    "GoalFact",
    "Mention",
    "MentionKind",
    "OrgKind",
    "OrganisationFact",
    "PartialDate",
    "Party",
    "PlaceFact",
    "PlaceKind",
    "PlaceRef",
    "TieFact",
    "TieRelation",
    "VisitFact",
]

AgreementType = Literal[
    "sister_city",
    "friendship",
    "memorandum_of_understanding",
    "letter_of_intent",
    "declaration_of_intent",
    "cooperation_agreement",
    "other",
]
AGREEMENT_TYPES: tuple[AgreementType, ...] = (
    "sister_city",
    "friendship",
    "memorandum_of_understanding",
    "letter_of_intent",
    "declaration_of_intent",
    "cooperation_agreement",
    "other",
)

AgreementStatus = Literal["signed", "renewed", "planned", "not_concluded", "ended"]
AGREEMENT_STATUSES: tuple[AgreementStatus, ...] = (
    "signed",
    "renewed",
    "planned",
    "not_concluded",
    "ended",
)

FigureMeasure = Literal[
    "population",
    "students",
    "area_km2",
    "companies",
    "employees",
    "cargo_tonnes",
    "added_value_eur",
    "rank",
    "sister_cities",
    "other",
]
FIGURE_MEASURES: tuple[FigureMeasure, ...] = (
    "population",
    "students",
    "area_km2",
    "companies",
    "employees",
    "cargo_tonnes",
    "added_value_eur",
    "rank",
    "sister_cities",
    "other",
)

PlaceKind = Literal["city", "admin1", "admin2", "country", "other"]
OrgKind = Literal[
    "city_government",
    "university",
    "chamber_of_commerce",
    "port",
    "company",
    "government_service",
    "other",
]
MentionKind = Literal["place", "organisation", "person"]
TieRelation = Literal["branch_in", "member_of", "part_of", "merged_into", "based_in"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: `text[start:end] == quote` always holds."""

    start: int
    end: int
    quote: str
    extractor: str  # "cityties.agreements@1"
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """A gazetteer entry a name was resolved to (GeoNames)."""

    geonameid: int | None
    name: str  # the gazetteer's main name ("Gent")
    kind: PlaceKind
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None  # admin region name ("Zhejiang")
    admin1_code: str | None = None  # ISO 3166-2 where known ("CN-ZJ")
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    name_en: str | None = None  # usual English name where known ("Ghent")
    name_zh: str | None = None  # Chinese characters ("台州")
    pinyin: str | None = None  # "Tāizhōu"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text and the date it means (None when it cannot be known)."""

    start: int
    end: int
    text: str
    value: PartialDate | None
    relative: bool = False
    end_value: PartialDate | None = None  # second end of a range ("2017-2019")


@dataclass(frozen=True, slots=True)
class Mention:
    """A named place, organisation or person at a span of the text."""

    start: int
    end: int
    text: str
    kind: MentionKind
    name: str  # canonical surface name ("City of Xaimen" -> "Xaimen")
    place: PlaceRef | None = None
    org_kind: OrgKind | None = None


@dataclass(frozen=True, slots=True)
class Party:
    """A party to an agreement or an end of a visit."""

    name: str
    kind: Literal["place", "organisation"] = "place"
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class AgreementFact:
    """A formal act of cooperation between two or more parties."""

    parties: tuple[Party, ...]
    type: AgreementType
    status: AgreementStatus = "signed"
    title: str | None = None
    signed: PartialDate | None = None
    duration_months: int | None = None
    ends: PartialDate | None = None
    themes: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class VisitFact:
    """A delegation or official visit: `visitor` went to `host`."""

    visitor: Party
    host: Party
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    purpose: str | None = None
    members: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class FigureFact:
    """A number the text states about a place or organisation."""

    subject: str
    measure: FigureMeasure
    value: float
    year: int | None = None
    unit: str | None = None
    label: str | None = None  # what an "other" figure counts ("countries")
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class ContactFact:
    """A person or office given as a contact."""

    name: str | None = None
    organization: str | None = None
    unit: str | None = None
    role: str | None = None
    phone: str | None = None  # E.164
    email: str | None = None  # lower case
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceFact:
    """A place the document mentions, resolved to the gazetteer where possible."""

    name: str
    ref: PlaceRef | None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class OrganisationFact:
    """An organisation the document mentions."""

    name: str
    kind: OrgKind = "other"
    place: str | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class TieFact:
    """A tie between an organisation and another organisation or place (branch, membership)."""

    subject: str
    relation: TieRelation
    object: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class GoalFact:
    """A stated goal or ambition of a place or organisation ("climate neutral by 2050")."""

    subject: str
    description: str
    year: int | None = None
    themes: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
