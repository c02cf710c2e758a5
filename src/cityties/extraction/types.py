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
    "DelegationMember",
    "Evidence",
    "FigureFact",
    "FigureMeasure",
    "FollowUpAction",
    "GoalFact",
    "MemberSide",
    "Mention",
    "MentionKind",
    "OrgKind",
    "OrganisationFact",
    "PartialDate",
    "Party",
    "PlaceFact",
    "PlaceKind",
    "PlaceRef",
    "ProgrammeItem",
    "TieFact",
    "TieRelation",
    "VisitFact",
    "VisitGift",
    "VisitOutcome",
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
MemberSide = Literal["visitor", "host"]


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
class DelegationMember:
    """A person of a visit: a delegation member (side "visitor") or a host who received it."""

    name: str
    role: str | None = None  # "Vice-Mayor of Weihai", "interpreter"
    organisation: str | None = None  # "Weihai Port Group"
    side: MemberSide = "visitor"
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class ProgrammeItem:
    """One item of a visit's programme, with its day, time of day and venue where given."""

    description: str
    date: PartialDate | None = None
    time: str | None = None  # "morning", "10:00", "14:30-16:00"
    place: str | None = None  # the venue as written ("North Sea Port", "City Hall")
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class VisitOutcome:
    """Something a visit concluded or agreed ("both sides agreed to ...")."""

    description: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class FollowUpAction:
    """An action promised after a visit: what, who owns it, and by when."""

    description: str
    owner: str | None = None  # a service, organisation or person as written
    due: PartialDate | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class VisitGift:
    """A gift exchanged during a visit: what, from whom, to whom, and where it is kept.

    `giver_side` tells whether the visiting delegation or the host gave it, when the text
    makes that clear.
    """

    description: str
    giver: str | None = None
    receiver: str | None = None
    kept_at: str | None = None
    giver_side: MemberSide | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class VisitFact:
    """A delegation or official visit: `visitor` went to `host`.

    `members` are the names of the people of the visit; `member_details`, `programme`,
    `outcomes`, `follow_ups` and `gifts` are what a visit report says of it in depth
    (cityties.visit_details), each with its own evidence.
    """

    visitor: Party
    host: Party
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    purpose: str | None = None
    members: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    member_details: tuple[DelegationMember, ...] = ()
    programme: tuple[ProgrammeItem, ...] = ()
    outcomes: tuple[VisitOutcome, ...] = ()
    follow_ups: tuple[FollowUpAction, ...] = ()
    gifts: tuple[VisitGift, ...] = ()


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
