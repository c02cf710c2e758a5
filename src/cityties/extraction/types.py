"""Typed facts the engine produces: immutable values with evidence spans.

The facts are plain classes with `__slots__` and written-out `__init__`, `__eq__`, `__hash__`,
`__repr__` and `replace`, equal to what `@dataclass(frozen=True)` generated: compiled with
mypyc, a frozen dataclass is built by interpreted code (about 0.4-0.5 µs an object against
0.02-0.05 µs for a native class), and a document makes hundreds of them. Their attributes are
`Final`: mypy rejects an assignment, and compiled they are read-only (AttributeError).
"""

from __future__ import annotations

from typing import Any, ClassVar, Final, Literal, TypeVar

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


_V = TypeVar("_V", bound="_Value")


class _Value:
    """Equality, hashing, pickling, `repr` and `replace()` from a class's fields (their names in
    `_names`, which are also its `__slots__`; their values from `_fields()`), as a frozen
    dataclass gives them: the fact classes are plain classes because mypyc builds a frozen
    dataclass through interpreted code, about ten times slower. Fields are `Final`: compiled,
    assigning one raises."""

    _names: ClassVar[tuple[str, ...]] = ()  # the fields' names, in order
    __slots__ = ()

    def _fields(self) -> tuple[object, ...]:
        """The field values, in the order of `_names`."""
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Value) or type(other) is not type(self):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __reduce__(self) -> tuple[type[_Value], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default reduction of
        # a native class does not rebuild it)
        return (type(self), self._fields())

    def __repr__(self) -> str:
        names = type(self)._names
        pairs = zip(names, self._fields(), strict=True)
        return f"{type(self).__name__}(" + ", ".join(f"{n}={v!r}" for n, v in pairs) + ")"

    def replace(self: _V, **changes: Any) -> _V:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        names = type(self)._names
        values: dict[str, object] = dict(zip(names, self._fields(), strict=True))
        values.update(changes)
        return type(self)(**values)


class Evidence(_Value):
    """Where a fact was read: `text[start:end] == quote` always holds."""

    _names: ClassVar[tuple[str, ...]] = ("start", "end", "quote", "extractor", "confidence")
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
        return (self.start, self.end, self.quote, self.extractor, self.confidence)


class PlaceRef(_Value):
    """A gazetteer entry a name was resolved to (GeoNames)."""

    _names: ClassVar[tuple[str, ...]] = (
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
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
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
        )


class DateMention(_Value):
    """A date expression in the text and the date it means (None when it cannot be known)."""

    _names: ClassVar[tuple[str, ...]] = ("start", "end", "text", "value", "relative", "end_value")
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
        return (self.start, self.end, self.text, self.value, self.relative, self.end_value)


class Mention(_Value):
    """A named place, organisation or person at a span of the text."""

    _names: ClassVar[tuple[str, ...]] = (
        "start",
        "end",
        "text",
        "kind",
        "name",
        "place",
        "org_kind",
    )
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
        return (self.start, self.end, self.text, self.kind, self.name, self.place, self.org_kind)


class Party(_Value):
    """A party to an agreement or an end of a visit."""

    _names: ClassVar[tuple[str, ...]] = ("name", "kind", "geonameid")
    __slots__ = _names

    def __init__(
        self,
        name: str,
        kind: Literal["place", "organisation"] = "place",
        geonameid: int | None = None,
    ) -> None:
        self.name: Final = name
        self.kind: Final = kind
        self.geonameid: Final = geonameid

    def _fields(self) -> tuple[object, ...]:
        return (self.name, self.kind, self.geonameid)


class AgreementFact(_Value):
    """A formal act of cooperation between two or more parties."""

    _names: ClassVar[tuple[str, ...]] = (
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
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
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
        )


class DelegationMember(_Value):
    """A person of a visit: a delegation member (side "visitor") or a host who received it."""

    _names: ClassVar[tuple[str, ...]] = ("name", "role", "organisation", "side", "evidence")
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
        return (self.name, self.role, self.organisation, self.side, self.evidence)


class ProgrammeItem(_Value):
    """One item of a visit's programme, with its day, time of day and venue where given."""

    _names: ClassVar[tuple[str, ...]] = ("description", "date", "time", "place", "evidence")
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
        return (self.description, self.date, self.time, self.place, self.evidence)


class VisitOutcome(_Value):
    """Something a visit concluded or agreed ("both sides agreed to ...")."""

    _names: ClassVar[tuple[str, ...]] = ("description", "evidence")
    __slots__ = _names

    def __init__(
        self,
        description: str,
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.description: Final = description
        self.evidence: Final = evidence

    def _fields(self) -> tuple[object, ...]:
        return (self.description, self.evidence)


class FollowUpAction(_Value):
    """An action promised after a visit: what, who owns it, and by when."""

    _names: ClassVar[tuple[str, ...]] = ("description", "owner", "due", "evidence")
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
        return (self.description, self.owner, self.due, self.evidence)


class VisitGift(_Value):
    """A gift exchanged during a visit: what, from whom, to whom, and where it is kept.

    `giver_side` tells whether the visiting delegation or the host gave it, when the text
    makes that clear.
    """

    _names: ClassVar[tuple[str, ...]] = (
        "description",
        "giver",
        "receiver",
        "kept_at",
        "giver_side",
        "evidence",
    )
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
        return (
            self.description,
            self.giver,
            self.receiver,
            self.kept_at,
            self.giver_side,
            self.evidence,
        )


class VisitFact(_Value):
    """A delegation or official visit: `visitor` went to `host`.

    `members` are the names of the people of the visit; `member_details`, `programme`,
    `outcomes`, `follow_ups` and `gifts` are what a visit report says of it in depth
    (cityties.visit_details), each with its own evidence.
    """

    _names: ClassVar[tuple[str, ...]] = (
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
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
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
        )


class FigureFact(_Value):
    """A number the text states about a place or organisation."""

    _names: ClassVar[tuple[str, ...]] = (
        "subject",
        "measure",
        "value",
        "year",
        "unit",
        "label",
        "evidence",
    )
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
        return (
            self.subject,
            self.measure,
            self.value,
            self.year,
            self.unit,
            self.label,
            self.evidence,
        )


class ContactFact(_Value):
    """A person or office given as a contact."""

    _names: ClassVar[tuple[str, ...]] = (
        "name",
        "organization",
        "unit",
        "role",
        "phone",
        "email",
        "evidence",
    )
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
        return (
            self.name,
            self.organization,
            self.unit,
            self.role,
            self.phone,
            self.email,
            self.evidence,
        )


class PlaceFact(_Value):
    """A place the document mentions, resolved to the gazetteer where possible."""

    _names: ClassVar[tuple[str, ...]] = ("name", "ref", "evidence")
    __slots__ = _names

    def __init__(
        self,
        name: str,
        ref: PlaceRef | None,
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.name: Final = name
        self.ref: Final = ref
        self.evidence: Final = evidence

    def _fields(self) -> tuple[object, ...]:
        return (self.name, self.ref, self.evidence)


class OrganisationFact(_Value):
    """An organisation the document mentions."""

    _names: ClassVar[tuple[str, ...]] = ("name", "kind", "place", "evidence")
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
        return (self.name, self.kind, self.place, self.evidence)


class TieFact(_Value):
    """A tie between an organisation and another organisation or place (branch, membership)."""

    _names: ClassVar[tuple[str, ...]] = ("subject", "relation", "object", "evidence")
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
        return (self.subject, self.relation, self.object, self.evidence)


class GoalFact(_Value):
    """A stated goal or ambition of a place or organisation ("climate neutral by 2050")."""

    _names: ClassVar[tuple[str, ...]] = ("subject", "description", "year", "themes", "evidence")
    __slots__ = _names

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

    def _fields(self) -> tuple[object, ...]:
        return (self.subject, self.description, self.year, self.themes, self.evidence)
