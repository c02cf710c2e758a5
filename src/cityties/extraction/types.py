"""Typed facts the engine produces: immutable values with evidence spans.

The facts are plain classes with `__slots__` and written-out `__init__`, `__eq__`, `__hash__`,
`__repr__` and `replace`, equal to what `@dataclass(frozen=True)` generated: compiled with
mypyc, a frozen dataclass is built by interpreted code (about 0.4-0.5 µs an object against
0.02-0.05 µs for a native class), and a document makes hundreds of them. Their attributes are
`Final`: mypy rejects an assignment, and compiled they are read-only (AttributeError).
"""

from __future__ import annotations

from typing import Any, Final, Literal

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


class Evidence:
    """Where a fact was read: `text[start:end] == quote` always holds."""

    __slots__ = ("start", "end", "quote", "extractor", "confidence")

    def __init__(
        self,
        start: int,
        end: int,
        quote: str,
        extractor: str,
        confidence: float = 1.0,
    ) -> None:
        self.start: Final = start
        self.end: Final = end
        self.quote: Final = quote
        self.extractor: Final = extractor  # "cityties.agreements@1"
        self.confidence: Final = confidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Evidence):
            return NotImplemented
        return (self.start, self.end, self.quote, self.extractor, self.confidence) == (
            other.start,
            other.end,
            other.quote,
            other.extractor,
            other.confidence,
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.quote, self.extractor, self.confidence))

    def __reduce__(self) -> tuple[type[Evidence], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (Evidence, (self.start, self.end, self.quote, self.extractor, self.confidence))

    def __repr__(self) -> str:
        return (
            f"Evidence(start={self.start!r}, "
            f"end={self.end!r}, "
            f"quote={self.quote!r}, "
            f"extractor={self.extractor!r}, "
            f"confidence={self.confidence!r})"
        )

    def replace(self, **changes: Any) -> Evidence:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return Evidence(
            **{
                "start": self.start,
                "end": self.end,
                "quote": self.quote,
                "extractor": self.extractor,
                "confidence": self.confidence,
                **changes,
            }
        )


class PlaceRef:
    """A gazetteer entry a name was resolved to (GeoNames)."""

    __slots__ = (
        "geonameid",
        "name",
        "kind",
        "country",
        "admin1",
        "admin1_code",
        "latitude",
        "longitude",
        "population",
        "name_en",
        "name_zh",
        "pinyin",
    )

    def __init__(
        self,
        geonameid: int | None,
        name: str,
        kind: PlaceKind,
        country: str | None = None,
        admin1: str | None = None,
        admin1_code: str | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        population: int | None = None,
        name_en: str | None = None,
        name_zh: str | None = None,
        pinyin: str | None = None,
    ) -> None:
        self.geonameid: Final = geonameid
        self.name: Final = name  # the gazetteer's main name ("Gent")
        self.kind: Final = kind
        self.country: Final = country  # ISO 3166-1 alpha-2
        self.admin1: Final = admin1  # admin region name ("Zhejiang")
        self.admin1_code: Final = admin1_code  # ISO 3166-2 where known ("CN-ZJ")
        self.latitude: Final = latitude
        self.longitude: Final = longitude
        self.population: Final = population
        self.name_en: Final = name_en  # usual English name where known ("Ghent")
        self.name_zh: Final = name_zh  # Chinese characters ("台州")
        self.pinyin: Final = pinyin  # "Tāizhōu"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PlaceRef):
            return NotImplemented
        return (
            self.geonameid,
            self.name,
            self.kind,
            self.country,
            self.admin1,
            self.admin1_code,
            self.latitude,
            self.longitude,
            self.population,
            self.name_en,
            self.name_zh,
            self.pinyin,
        ) == (
            other.geonameid,
            other.name,
            other.kind,
            other.country,
            other.admin1,
            other.admin1_code,
            other.latitude,
            other.longitude,
            other.population,
            other.name_en,
            other.name_zh,
            other.pinyin,
        )

    def __hash__(self) -> int:
        return hash(
            (
                self.geonameid,
                self.name,
                self.kind,
                self.country,
                self.admin1,
                self.admin1_code,
                self.latitude,
                self.longitude,
                self.population,
                self.name_en,
                self.name_zh,
                self.pinyin,
            )
        )

    def __reduce__(self) -> tuple[type[PlaceRef], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (
            PlaceRef,
            (
                self.geonameid,
                self.name,
                self.kind,
                self.country,
                self.admin1,
                self.admin1_code,
                self.latitude,
                self.longitude,
                self.population,
                self.name_en,
                self.name_zh,
                self.pinyin,
            ),
        )

    def __repr__(self) -> str:
        return (
            f"PlaceRef(geonameid={self.geonameid!r}, "
            f"name={self.name!r}, "
            f"kind={self.kind!r}, "
            f"country={self.country!r}, "
            f"admin1={self.admin1!r}, "
            f"admin1_code={self.admin1_code!r}, "
            f"latitude={self.latitude!r}, "
            f"longitude={self.longitude!r}, "
            f"population={self.population!r}, "
            f"name_en={self.name_en!r}, "
            f"name_zh={self.name_zh!r}, "
            f"pinyin={self.pinyin!r})"
        )

    def replace(self, **changes: Any) -> PlaceRef:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return PlaceRef(
            **{
                "geonameid": self.geonameid,
                "name": self.name,
                "kind": self.kind,
                "country": self.country,
                "admin1": self.admin1,
                "admin1_code": self.admin1_code,
                "latitude": self.latitude,
                "longitude": self.longitude,
                "population": self.population,
                "name_en": self.name_en,
                "name_zh": self.name_zh,
                "pinyin": self.pinyin,
                **changes,
            }
        )


class DateMention:
    """A date expression in the text and the date it means (None when it cannot be known)."""

    __slots__ = ("start", "end", "text", "value", "relative", "end_value")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        value: PartialDate | None,
        relative: bool = False,
        end_value: PartialDate | None = None,
    ) -> None:
        self.start: Final = start
        self.end: Final = end
        self.text: Final = text
        self.value: Final = value
        self.relative: Final = relative
        self.end_value: Final = end_value  # second end of a range ("2017-2019")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DateMention):
            return NotImplemented
        return (self.start, self.end, self.text, self.value, self.relative, self.end_value) == (
            other.start,
            other.end,
            other.text,
            other.value,
            other.relative,
            other.end_value,
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text, self.value, self.relative, self.end_value))

    def __reduce__(self) -> tuple[type[DateMention], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (
            DateMention,
            (self.start, self.end, self.text, self.value, self.relative, self.end_value),
        )

    def __repr__(self) -> str:
        return (
            f"DateMention(start={self.start!r}, "
            f"end={self.end!r}, "
            f"text={self.text!r}, "
            f"value={self.value!r}, "
            f"relative={self.relative!r}, "
            f"end_value={self.end_value!r})"
        )

    def replace(self, **changes: Any) -> DateMention:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return DateMention(
            **{
                "start": self.start,
                "end": self.end,
                "text": self.text,
                "value": self.value,
                "relative": self.relative,
                "end_value": self.end_value,
                **changes,
            }
        )


class Mention:
    """A named place, organisation or person at a span of the text."""

    __slots__ = ("start", "end", "text", "kind", "name", "place", "org_kind")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        kind: MentionKind,
        name: str,
        place: PlaceRef | None = None,
        org_kind: OrgKind | None = None,
    ) -> None:
        self.start: Final = start
        self.end: Final = end
        self.text: Final = text
        self.kind: Final = kind
        self.name: Final = name  # canonical surface name ("City of Xaimen" -> "Xaimen")
        self.place: Final = place
        self.org_kind: Final = org_kind

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mention):
            return NotImplemented
        return (
            self.start,
            self.end,
            self.text,
            self.kind,
            self.name,
            self.place,
            self.org_kind,
        ) == (
            other.start,
            other.end,
            other.text,
            other.kind,
            other.name,
            other.place,
            other.org_kind,
        )

    def __hash__(self) -> int:
        return hash(
            (self.start, self.end, self.text, self.kind, self.name, self.place, self.org_kind)
        )

    def __reduce__(self) -> tuple[type[Mention], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (
            Mention,
            (self.start, self.end, self.text, self.kind, self.name, self.place, self.org_kind),
        )

    def __repr__(self) -> str:
        return (
            f"Mention(start={self.start!r}, "
            f"end={self.end!r}, "
            f"text={self.text!r}, "
            f"kind={self.kind!r}, "
            f"name={self.name!r}, "
            f"place={self.place!r}, "
            f"org_kind={self.org_kind!r})"
        )

    def replace(self, **changes: Any) -> Mention:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return Mention(
            **{
                "start": self.start,
                "end": self.end,
                "text": self.text,
                "kind": self.kind,
                "name": self.name,
                "place": self.place,
                "org_kind": self.org_kind,
                **changes,
            }
        )


class Party:
    """A party to an agreement or an end of a visit."""

    __slots__ = ("name", "kind", "geonameid")

    def __init__(
        self,
        name: str,
        kind: Literal["place", "organisation"] = "place",
        geonameid: int | None = None,
    ) -> None:
        self.name: Final = name
        self.kind: Final = kind
        self.geonameid: Final = geonameid

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Party):
            return NotImplemented
        return (self.name, self.kind, self.geonameid) == (other.name, other.kind, other.geonameid)

    def __hash__(self) -> int:
        return hash((self.name, self.kind, self.geonameid))

    def __reduce__(self) -> tuple[type[Party], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (Party, (self.name, self.kind, self.geonameid))

    def __repr__(self) -> str:
        return f"Party(name={self.name!r}, kind={self.kind!r}, geonameid={self.geonameid!r})"

    def replace(self, **changes: Any) -> Party:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return Party(
            **{
                "name": self.name,
                "kind": self.kind,
                "geonameid": self.geonameid,
                **changes,
            }
        )


class AgreementFact:
    """A formal act of cooperation between two or more parties."""

    __slots__ = (
        "parties",
        "type",
        "status",
        "title",
        "signed",
        "duration_months",
        "ends",
        "themes",
        "evidence",
    )

    def __init__(
        self,
        parties: tuple[Party, ...],
        type: AgreementType,
        status: AgreementStatus = "signed",
        title: str | None = None,
        signed: PartialDate | None = None,
        duration_months: int | None = None,
        ends: PartialDate | None = None,
        themes: tuple[str, ...] = (),
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.parties: Final = parties
        self.type: Final = type
        self.status: Final = status
        self.title: Final = title
        self.signed: Final = signed
        self.duration_months: Final = duration_months
        self.ends: Final = ends
        self.themes: Final = themes
        self.evidence: Final = evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AgreementFact):
            return NotImplemented
        return (
            self.parties,
            self.type,
            self.status,
            self.title,
            self.signed,
            self.duration_months,
            self.ends,
            self.themes,
            self.evidence,
        ) == (
            other.parties,
            other.type,
            other.status,
            other.title,
            other.signed,
            other.duration_months,
            other.ends,
            other.themes,
            other.evidence,
        )

    def __hash__(self) -> int:
        return hash(
            (
                self.parties,
                self.type,
                self.status,
                self.title,
                self.signed,
                self.duration_months,
                self.ends,
                self.themes,
                self.evidence,
            )
        )

    def __reduce__(self) -> tuple[type[AgreementFact], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (
            AgreementFact,
            (
                self.parties,
                self.type,
                self.status,
                self.title,
                self.signed,
                self.duration_months,
                self.ends,
                self.themes,
                self.evidence,
            ),
        )

    def __repr__(self) -> str:
        return (
            f"AgreementFact(parties={self.parties!r}, "
            f"type={self.type!r}, "
            f"status={self.status!r}, "
            f"title={self.title!r}, "
            f"signed={self.signed!r}, "
            f"duration_months={self.duration_months!r}, "
            f"ends={self.ends!r}, "
            f"themes={self.themes!r}, "
            f"evidence={self.evidence!r})"
        )

    def replace(self, **changes: Any) -> AgreementFact:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return AgreementFact(
            **{
                "parties": self.parties,
                "type": self.type,
                "status": self.status,
                "title": self.title,
                "signed": self.signed,
                "duration_months": self.duration_months,
                "ends": self.ends,
                "themes": self.themes,
                "evidence": self.evidence,
                **changes,
            }
        )


class DelegationMember:
    """A person of a visit: a delegation member (side "visitor") or a host who received it."""

    __slots__ = ("name", "role", "organisation", "side", "evidence")

    def __init__(
        self,
        name: str,
        role: str | None = None,
        organisation: str | None = None,
        side: MemberSide = "visitor",
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.name: Final = name
        self.role: Final = role  # "Vice-Mayor of Weihai", "interpreter"
        self.organisation: Final = organisation  # "Weihai Port Group"
        self.side: Final = side
        self.evidence: Final = evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DelegationMember):
            return NotImplemented
        return (self.name, self.role, self.organisation, self.side, self.evidence) == (
            other.name,
            other.role,
            other.organisation,
            other.side,
            other.evidence,
        )

    def __hash__(self) -> int:
        return hash((self.name, self.role, self.organisation, self.side, self.evidence))

    def __reduce__(self) -> tuple[type[DelegationMember], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (
            DelegationMember,
            (self.name, self.role, self.organisation, self.side, self.evidence),
        )

    def __repr__(self) -> str:
        return (
            f"DelegationMember(name={self.name!r}, "
            f"role={self.role!r}, "
            f"organisation={self.organisation!r}, "
            f"side={self.side!r}, "
            f"evidence={self.evidence!r})"
        )

    def replace(self, **changes: Any) -> DelegationMember:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return DelegationMember(
            **{
                "name": self.name,
                "role": self.role,
                "organisation": self.organisation,
                "side": self.side,
                "evidence": self.evidence,
                **changes,
            }
        )


class ProgrammeItem:
    """One item of a visit's programme, with its day, time of day and venue where given."""

    __slots__ = ("description", "date", "time", "place", "evidence")

    def __init__(
        self,
        description: str,
        date: PartialDate | None = None,
        time: str | None = None,
        place: str | None = None,
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.description: Final = description
        self.date: Final = date
        self.time: Final = time  # "morning", "10:00", "14:30-16:00"
        self.place: Final = place  # the venue as written ("North Sea Port", "City Hall")
        self.evidence: Final = evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProgrammeItem):
            return NotImplemented
        return (self.description, self.date, self.time, self.place, self.evidence) == (
            other.description,
            other.date,
            other.time,
            other.place,
            other.evidence,
        )

    def __hash__(self) -> int:
        return hash((self.description, self.date, self.time, self.place, self.evidence))

    def __reduce__(self) -> tuple[type[ProgrammeItem], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (ProgrammeItem, (self.description, self.date, self.time, self.place, self.evidence))

    def __repr__(self) -> str:
        return (
            f"ProgrammeItem(description={self.description!r}, "
            f"date={self.date!r}, "
            f"time={self.time!r}, "
            f"place={self.place!r}, "
            f"evidence={self.evidence!r})"
        )

    def replace(self, **changes: Any) -> ProgrammeItem:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return ProgrammeItem(
            **{
                "description": self.description,
                "date": self.date,
                "time": self.time,
                "place": self.place,
                "evidence": self.evidence,
                **changes,
            }
        )


class VisitOutcome:
    """Something a visit concluded or agreed ("both sides agreed to ...")."""

    __slots__ = ("description", "evidence")

    def __init__(
        self,
        description: str,
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.description: Final = description
        self.evidence: Final = evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VisitOutcome):
            return NotImplemented
        return (self.description, self.evidence) == (other.description, other.evidence)

    def __hash__(self) -> int:
        return hash((self.description, self.evidence))

    def __reduce__(self) -> tuple[type[VisitOutcome], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (VisitOutcome, (self.description, self.evidence))

    def __repr__(self) -> str:
        return f"VisitOutcome(description={self.description!r}, evidence={self.evidence!r})"

    def replace(self, **changes: Any) -> VisitOutcome:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return VisitOutcome(
            **{
                "description": self.description,
                "evidence": self.evidence,
                **changes,
            }
        )


class FollowUpAction:
    """An action promised after a visit: what, who owns it, and by when."""

    __slots__ = ("description", "owner", "due", "evidence")

    def __init__(
        self,
        description: str,
        owner: str | None = None,
        due: PartialDate | None = None,
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.description: Final = description
        self.owner: Final = owner  # a service, organisation or person as written
        self.due: Final = due
        self.evidence: Final = evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FollowUpAction):
            return NotImplemented
        return (self.description, self.owner, self.due, self.evidence) == (
            other.description,
            other.owner,
            other.due,
            other.evidence,
        )

    def __hash__(self) -> int:
        return hash((self.description, self.owner, self.due, self.evidence))

    def __reduce__(self) -> tuple[type[FollowUpAction], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (FollowUpAction, (self.description, self.owner, self.due, self.evidence))

    def __repr__(self) -> str:
        return (
            f"FollowUpAction(description={self.description!r}, "
            f"owner={self.owner!r}, "
            f"due={self.due!r}, "
            f"evidence={self.evidence!r})"
        )

    def replace(self, **changes: Any) -> FollowUpAction:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return FollowUpAction(
            **{
                "description": self.description,
                "owner": self.owner,
                "due": self.due,
                "evidence": self.evidence,
                **changes,
            }
        )


class VisitGift:
    """A gift exchanged during a visit: what, from whom, to whom, and where it is kept.

    `giver_side` tells whether the visiting delegation or the host gave it, when the text
    makes that clear.
    """

    __slots__ = ("description", "giver", "receiver", "kept_at", "giver_side", "evidence")

    def __init__(
        self,
        description: str,
        giver: str | None = None,
        receiver: str | None = None,
        kept_at: str | None = None,
        giver_side: MemberSide | None = None,
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.description: Final = description
        self.giver: Final = giver
        self.receiver: Final = receiver
        self.kept_at: Final = kept_at
        self.giver_side: Final = giver_side
        self.evidence: Final = evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VisitGift):
            return NotImplemented
        return (
            self.description,
            self.giver,
            self.receiver,
            self.kept_at,
            self.giver_side,
            self.evidence,
        ) == (
            other.description,
            other.giver,
            other.receiver,
            other.kept_at,
            other.giver_side,
            other.evidence,
        )

    def __hash__(self) -> int:
        return hash(
            (
                self.description,
                self.giver,
                self.receiver,
                self.kept_at,
                self.giver_side,
                self.evidence,
            )
        )

    def __reduce__(self) -> tuple[type[VisitGift], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (
            VisitGift,
            (
                self.description,
                self.giver,
                self.receiver,
                self.kept_at,
                self.giver_side,
                self.evidence,
            ),
        )

    def __repr__(self) -> str:
        return (
            f"VisitGift(description={self.description!r}, "
            f"giver={self.giver!r}, "
            f"receiver={self.receiver!r}, "
            f"kept_at={self.kept_at!r}, "
            f"giver_side={self.giver_side!r}, "
            f"evidence={self.evidence!r})"
        )

    def replace(self, **changes: Any) -> VisitGift:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return VisitGift(
            **{
                "description": self.description,
                "giver": self.giver,
                "receiver": self.receiver,
                "kept_at": self.kept_at,
                "giver_side": self.giver_side,
                "evidence": self.evidence,
                **changes,
            }
        )


class VisitFact:
    """A delegation or official visit: `visitor` went to `host`.

    `members` are the names of the people of the visit; `member_details`, `programme`,
    `outcomes`, `follow_ups` and `gifts` are what a visit report says of it in depth
    (cityties.visit_details), each with its own evidence.
    """

    __slots__ = (
        "visitor",
        "host",
        "date",
        "end_date",
        "purpose",
        "members",
        "evidence",
        "member_details",
        "programme",
        "outcomes",
        "follow_ups",
        "gifts",
    )

    def __init__(
        self,
        visitor: Party,
        host: Party,
        date: PartialDate | None = None,
        end_date: PartialDate | None = None,
        purpose: str | None = None,
        members: tuple[str, ...] = (),
        evidence: tuple[Evidence, ...] = (),
        member_details: tuple[DelegationMember, ...] = (),
        programme: tuple[ProgrammeItem, ...] = (),
        outcomes: tuple[VisitOutcome, ...] = (),
        follow_ups: tuple[FollowUpAction, ...] = (),
        gifts: tuple[VisitGift, ...] = (),
    ) -> None:
        self.visitor: Final = visitor
        self.host: Final = host
        self.date: Final = date
        self.end_date: Final = end_date
        self.purpose: Final = purpose
        self.members: Final = members
        self.evidence: Final = evidence
        self.member_details: Final = member_details
        self.programme: Final = programme
        self.outcomes: Final = outcomes
        self.follow_ups: Final = follow_ups
        self.gifts: Final = gifts

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VisitFact):
            return NotImplemented
        return (
            self.visitor,
            self.host,
            self.date,
            self.end_date,
            self.purpose,
            self.members,
            self.evidence,
            self.member_details,
            self.programme,
            self.outcomes,
            self.follow_ups,
            self.gifts,
        ) == (
            other.visitor,
            other.host,
            other.date,
            other.end_date,
            other.purpose,
            other.members,
            other.evidence,
            other.member_details,
            other.programme,
            other.outcomes,
            other.follow_ups,
            other.gifts,
        )

    def __hash__(self) -> int:
        return hash(
            (
                self.visitor,
                self.host,
                self.date,
                self.end_date,
                self.purpose,
                self.members,
                self.evidence,
                self.member_details,
                self.programme,
                self.outcomes,
                self.follow_ups,
                self.gifts,
            )
        )

    def __reduce__(self) -> tuple[type[VisitFact], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (
            VisitFact,
            (
                self.visitor,
                self.host,
                self.date,
                self.end_date,
                self.purpose,
                self.members,
                self.evidence,
                self.member_details,
                self.programme,
                self.outcomes,
                self.follow_ups,
                self.gifts,
            ),
        )

    def __repr__(self) -> str:
        return (
            f"VisitFact(visitor={self.visitor!r}, "
            f"host={self.host!r}, "
            f"date={self.date!r}, "
            f"end_date={self.end_date!r}, "
            f"purpose={self.purpose!r}, "
            f"members={self.members!r}, "
            f"evidence={self.evidence!r}, "
            f"member_details={self.member_details!r}, "
            f"programme={self.programme!r}, "
            f"outcomes={self.outcomes!r}, "
            f"follow_ups={self.follow_ups!r}, "
            f"gifts={self.gifts!r})"
        )

    def replace(self, **changes: Any) -> VisitFact:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return VisitFact(
            **{
                "visitor": self.visitor,
                "host": self.host,
                "date": self.date,
                "end_date": self.end_date,
                "purpose": self.purpose,
                "members": self.members,
                "evidence": self.evidence,
                "member_details": self.member_details,
                "programme": self.programme,
                "outcomes": self.outcomes,
                "follow_ups": self.follow_ups,
                "gifts": self.gifts,
                **changes,
            }
        )


class FigureFact:
    """A number the text states about a place or organisation."""

    __slots__ = ("subject", "measure", "value", "year", "unit", "label", "evidence")

    def __init__(
        self,
        subject: str,
        measure: FigureMeasure,
        value: float,
        year: int | None = None,
        unit: str | None = None,
        label: str | None = None,
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.subject: Final = subject
        self.measure: Final = measure
        self.value: Final = value
        self.year: Final = year
        self.unit: Final = unit
        self.label: Final = label  # what an "other" figure counts ("countries")
        self.evidence: Final = evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FigureFact):
            return NotImplemented
        return (
            self.subject,
            self.measure,
            self.value,
            self.year,
            self.unit,
            self.label,
            self.evidence,
        ) == (
            other.subject,
            other.measure,
            other.value,
            other.year,
            other.unit,
            other.label,
            other.evidence,
        )

    def __hash__(self) -> int:
        return hash(
            (
                self.subject,
                self.measure,
                self.value,
                self.year,
                self.unit,
                self.label,
                self.evidence,
            )
        )

    def __reduce__(self) -> tuple[type[FigureFact], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (
            FigureFact,
            (
                self.subject,
                self.measure,
                self.value,
                self.year,
                self.unit,
                self.label,
                self.evidence,
            ),
        )

    def __repr__(self) -> str:
        return (
            f"FigureFact(subject={self.subject!r}, "
            f"measure={self.measure!r}, "
            f"value={self.value!r}, "
            f"year={self.year!r}, "
            f"unit={self.unit!r}, "
            f"label={self.label!r}, "
            f"evidence={self.evidence!r})"
        )

    def replace(self, **changes: Any) -> FigureFact:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return FigureFact(
            **{
                "subject": self.subject,
                "measure": self.measure,
                "value": self.value,
                "year": self.year,
                "unit": self.unit,
                "label": self.label,
                "evidence": self.evidence,
                **changes,
            }
        )


class ContactFact:
    """A person or office given as a contact."""

    __slots__ = ("name", "organization", "unit", "role", "phone", "email", "evidence")

    def __init__(
        self,
        name: str | None = None,
        organization: str | None = None,
        unit: str | None = None,
        role: str | None = None,
        phone: str | None = None,
        email: str | None = None,
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.name: Final = name
        self.organization: Final = organization
        self.unit: Final = unit
        self.role: Final = role
        self.phone: Final = phone  # E.164
        self.email: Final = email  # lower case
        self.evidence: Final = evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ContactFact):
            return NotImplemented
        return (
            self.name,
            self.organization,
            self.unit,
            self.role,
            self.phone,
            self.email,
            self.evidence,
        ) == (
            other.name,
            other.organization,
            other.unit,
            other.role,
            other.phone,
            other.email,
            other.evidence,
        )

    def __hash__(self) -> int:
        return hash(
            (
                self.name,
                self.organization,
                self.unit,
                self.role,
                self.phone,
                self.email,
                self.evidence,
            )
        )

    def __reduce__(self) -> tuple[type[ContactFact], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (
            ContactFact,
            (
                self.name,
                self.organization,
                self.unit,
                self.role,
                self.phone,
                self.email,
                self.evidence,
            ),
        )

    def __repr__(self) -> str:
        return (
            f"ContactFact(name={self.name!r}, "
            f"organization={self.organization!r}, "
            f"unit={self.unit!r}, "
            f"role={self.role!r}, "
            f"phone={self.phone!r}, "
            f"email={self.email!r}, "
            f"evidence={self.evidence!r})"
        )

    def replace(self, **changes: Any) -> ContactFact:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return ContactFact(
            **{
                "name": self.name,
                "organization": self.organization,
                "unit": self.unit,
                "role": self.role,
                "phone": self.phone,
                "email": self.email,
                "evidence": self.evidence,
                **changes,
            }
        )


class PlaceFact:
    """A place the document mentions, resolved to the gazetteer where possible."""

    __slots__ = ("name", "ref", "evidence")

    def __init__(
        self,
        name: str,
        ref: PlaceRef | None,
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.name: Final = name
        self.ref: Final = ref
        self.evidence: Final = evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PlaceFact):
            return NotImplemented
        return (self.name, self.ref, self.evidence) == (other.name, other.ref, other.evidence)

    def __hash__(self) -> int:
        return hash((self.name, self.ref, self.evidence))

    def __reduce__(self) -> tuple[type[PlaceFact], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (PlaceFact, (self.name, self.ref, self.evidence))

    def __repr__(self) -> str:
        return f"PlaceFact(name={self.name!r}, ref={self.ref!r}, evidence={self.evidence!r})"

    def replace(self, **changes: Any) -> PlaceFact:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return PlaceFact(
            **{
                "name": self.name,
                "ref": self.ref,
                "evidence": self.evidence,
                **changes,
            }
        )


class OrganisationFact:
    """An organisation the document mentions."""

    __slots__ = ("name", "kind", "place", "evidence")

    def __init__(
        self,
        name: str,
        kind: OrgKind = "other",
        place: str | None = None,
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.name: Final = name
        self.kind: Final = kind
        self.place: Final = place
        self.evidence: Final = evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrganisationFact):
            return NotImplemented
        return (self.name, self.kind, self.place, self.evidence) == (
            other.name,
            other.kind,
            other.place,
            other.evidence,
        )

    def __hash__(self) -> int:
        return hash((self.name, self.kind, self.place, self.evidence))

    def __reduce__(self) -> tuple[type[OrganisationFact], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (OrganisationFact, (self.name, self.kind, self.place, self.evidence))

    def __repr__(self) -> str:
        return (
            f"OrganisationFact(name={self.name!r}, "
            f"kind={self.kind!r}, "
            f"place={self.place!r}, "
            f"evidence={self.evidence!r})"
        )

    def replace(self, **changes: Any) -> OrganisationFact:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return OrganisationFact(
            **{
                "name": self.name,
                "kind": self.kind,
                "place": self.place,
                "evidence": self.evidence,
                **changes,
            }
        )


class TieFact:
    """A tie between an organisation and another organisation or place (branch, membership)."""

    __slots__ = ("subject", "relation", "object", "evidence")

    def __init__(
        self,
        subject: str,
        relation: TieRelation,
        object: str,
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.subject: Final = subject
        self.relation: Final = relation
        self.object: Final = object
        self.evidence: Final = evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TieFact):
            return NotImplemented
        return (self.subject, self.relation, self.object, self.evidence) == (
            other.subject,
            other.relation,
            other.object,
            other.evidence,
        )

    def __hash__(self) -> int:
        return hash((self.subject, self.relation, self.object, self.evidence))

    def __reduce__(self) -> tuple[type[TieFact], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (TieFact, (self.subject, self.relation, self.object, self.evidence))

    def __repr__(self) -> str:
        return (
            f"TieFact(subject={self.subject!r}, "
            f"relation={self.relation!r}, "
            f"object={self.object!r}, "
            f"evidence={self.evidence!r})"
        )

    def replace(self, **changes: Any) -> TieFact:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return TieFact(
            **{
                "subject": self.subject,
                "relation": self.relation,
                "object": self.object,
                "evidence": self.evidence,
                **changes,
            }
        )


class GoalFact:
    """A stated goal or ambition of a place or organisation ("climate neutral by 2050")."""

    __slots__ = ("subject", "description", "year", "themes", "evidence")

    def __init__(
        self,
        subject: str,
        description: str,
        year: int | None = None,
        themes: tuple[str, ...] = (),
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.subject: Final = subject
        self.description: Final = description
        self.year: Final = year
        self.themes: Final = themes
        self.evidence: Final = evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GoalFact):
            return NotImplemented
        return (self.subject, self.description, self.year, self.themes, self.evidence) == (
            other.subject,
            other.description,
            other.year,
            other.themes,
            other.evidence,
        )

    def __hash__(self) -> int:
        return hash((self.subject, self.description, self.year, self.themes, self.evidence))

    def __reduce__(self) -> tuple[type[GoalFact], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (GoalFact, (self.subject, self.description, self.year, self.themes, self.evidence))

    def __repr__(self) -> str:
        return (
            f"GoalFact(subject={self.subject!r}, "
            f"description={self.description!r}, "
            f"year={self.year!r}, "
            f"themes={self.themes!r}, "
            f"evidence={self.evidence!r})"
        )

    def replace(self, **changes: Any) -> GoalFact:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return GoalFact(
            **{
                "subject": self.subject,
                "description": self.description,
                "year": self.year,
                "themes": self.themes,
                "evidence": self.evidence,
                **changes,
            }
        )
