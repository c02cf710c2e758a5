"""The facts of `cityties.extraction.types`, `Sentence` and `PartialDate` are plain classes
with written-out methods (faster under mypyc); they behave as the frozen dataclasses they
replace: same parameters and defaults, equality, hash, repr, ordering and `replace`."""

from __future__ import annotations

import dataclasses
import pickle
import random
from typing import Any

import pytest

from cityties.extraction import types as t
from cityties.extraction.doc import Sentence
from cityties.text import PartialDate

# The fields of each class as the dataclasses declared them: a name, or (name, default).
_FIELDS: dict[type, tuple[Any, ...]] = {
    t.Evidence: ("start", "end", "quote", "extractor", ("confidence", 1.0)),
    t.PlaceRef: (
        "geonameid",
        "name",
        "kind",
        ("country", None),
        ("admin1", None),
        ("admin1_code", None),
        ("latitude", None),
        ("longitude", None),
        ("population", None),
        ("name_en", None),
        ("name_zh", None),
        ("pinyin", None),
    ),
    t.DateMention: ("start", "end", "text", "value", ("relative", False), ("end_value", None)),
    t.Mention: ("start", "end", "text", "kind", "name", ("place", None), ("org_kind", None)),
    t.Party: ("name", ("kind", "place"), ("geonameid", None)),
    t.AgreementFact: (
        "parties",
        "type",
        ("status", "signed"),
        ("title", None),
        ("signed", None),
        ("duration_months", None),
        ("ends", None),
        ("themes", ()),
        ("evidence", ()),
    ),
    t.DelegationMember: (
        "name",
        ("role", None),
        ("organisation", None),
        ("side", "visitor"),
        ("evidence", ()),
    ),
    t.ProgrammeItem: (
        "description",
        ("date", None),
        ("time", None),
        ("place", None),
        ("evidence", ()),
    ),
    t.VisitOutcome: ("description", ("evidence", ())),
    t.FollowUpAction: ("description", ("owner", None), ("due", None), ("evidence", ())),
    t.VisitGift: (
        "description",
        ("giver", None),
        ("receiver", None),
        ("kept_at", None),
        ("giver_side", None),
        ("evidence", ()),
    ),
    t.VisitFact: (
        "visitor",
        "host",
        ("date", None),
        ("end_date", None),
        ("purpose", None),
        ("members", ()),
        ("evidence", ()),
        ("member_details", ()),
        ("programme", ()),
        ("outcomes", ()),
        ("follow_ups", ()),
        ("gifts", ()),
    ),
    t.FigureFact: (
        "subject",
        "measure",
        "value",
        ("year", None),
        ("unit", None),
        ("label", None),
        ("evidence", ()),
    ),
    t.ContactFact: (
        ("name", None),
        ("organization", None),
        ("unit", None),
        ("role", None),
        ("phone", None),
        ("email", None),
        ("evidence", ()),
    ),
    t.PlaceFact: ("name", "ref", ("evidence", ())),
    t.OrganisationFact: ("name", ("kind", "other"), ("place", None), ("evidence", ())),
    t.TieFact: ("subject", "relation", "object", ("evidence", ())),
    t.GoalFact: ("subject", "description", ("year", None), ("themes", ()), ("evidence", ())),
    Sentence: ("start", "end"),
}
_CLASSES = list(_FIELDS)

_INTS = {"start", "end", "geonameid", "population", "duration_months", "year"}
_FLOATS = {"confidence", "latitude", "longitude"}
_DATES = {"signed", "ends", "date", "end_date", "due", "end_value"}


def _value(cls: type, name: str, k: int) -> Any:
    """A value of the field's type, different for k = 0 and k = 1."""
    if name in _INTS:
        return 10 + k
    if name in _FLOATS or (cls is t.FigureFact and name == "value"):
        return 0.5 + k
    if name == "relative":
        return bool(k)
    if name in _DATES or (cls is t.DateMention and name == "value"):
        return PartialDate(2000 + k, 5)
    if name in ("visitor", "host"):
        return t.Party(f"Party {k}")
    if (cls is t.Mention and name == "place") or name == "ref":
        return t.PlaceRef(100 + k, "Gent", "city")
    if name == "evidence":
        return (t.Evidence(1, 2 + k, "ab", "test@1"),)
    if name == "parties":
        return (t.Party("Gent"), t.Party(f"Town {k}"))
    if name in ("themes", "members"):
        return (f"item {k}",)
    if name == "member_details":
        return (t.DelegationMember(f"Member {k}"),)
    if name == "programme":
        return (t.ProgrammeItem(f"Visit {k}"),)
    if name == "outcomes":
        return (t.VisitOutcome(f"Outcome {k}"),)
    if name == "follow_ups":
        return (t.FollowUpAction(f"Action {k}"),)
    if name == "gifts":
        return (t.VisitGift(f"Gift {k}"),)
    return f"{name} {k}"


def _names(cls: type) -> list[str]:
    return [f if isinstance(f, str) else f[0] for f in _FIELDS[cls]]


def _reference(cls: type) -> Any:
    """The frozen dataclass the class replaced, with the same fields and defaults."""
    spec = [
        (f, object) if isinstance(f, str) else (f[0], object, dataclasses.field(default=f[1]))
        for f in _FIELDS[cls]
    ]
    return dataclasses.make_dataclass(cls.__name__, spec, frozen=True)


def _pair(cls: type, k: int = 0) -> tuple[Any, Any]:
    args = [_value(cls, n, k) for n in _names(cls)]
    return cls(*args), _reference(cls)(*args)


@pytest.mark.parametrize("cls", _CLASSES, ids=lambda c: c.__name__)
def test_fact_equal_hashed_and_shown_as_the_dataclass(cls: type) -> None:
    """Made from the same values, the class and its dataclass have the same repr and hash;
    two made alike are equal, and one field apart they are not."""
    obj, ref = _pair(cls)
    assert repr(obj) == repr(ref)
    assert hash(obj) == hash(ref)
    again, _ = _pair(cls)
    assert obj == again and hash(obj) == hash(again) and not obj != again
    assert {obj: 1}[again] == 1
    for name in _names(cls):
        other = obj.replace(**{name: _value(cls, name, 1)})
        assert other != obj, name
        assert not other == obj, name


@pytest.mark.parametrize("cls", _CLASSES, ids=lambda c: c.__name__)
def test_fact_defaults_and_keywords_as_the_dataclass(cls: type) -> None:
    """Given only its required fields, each field has the dataclass's default; made with
    keywords, it equals the one made with positions."""
    required = [n for n in _FIELDS[cls] if isinstance(n, str)]
    args = [_value(cls, n, 0) for n in required]
    obj, ref = cls(*args), _reference(cls)(*args)
    for name in _names(cls):
        assert getattr(obj, name) == getattr(ref, name), name
    assert repr(obj) == repr(ref)
    full, _ = _pair(cls)
    assert cls(**{n: _value(cls, n, 0) for n in _names(cls)}) == full


@pytest.mark.parametrize("cls", _CLASSES, ids=lambda c: c.__name__)
def test_fact_replace_as_dataclasses_replace(cls: type) -> None:
    """`replace` changes the named fields, keeps the others, and leaves the original as it
    was, as `dataclasses.replace` did."""
    obj, ref = _pair(cls)
    before = repr(obj)
    names = _names(cls)
    for name in names:
        changed = obj.replace(**{name: _value(cls, name, 1)})
        expected = dataclasses.replace(ref, **{name: _value(cls, name, 1)})
        assert repr(changed) == repr(expected), name
    both = {names[0]: _value(cls, names[0], 1), names[-1]: _value(cls, names[-1], 1)}
    assert repr(obj.replace(**both)) == repr(dataclasses.replace(ref, **both))
    assert obj.replace() == obj
    assert repr(obj) == before
    with pytest.raises(TypeError):
        obj.replace(no_such_field=1)


def test_fact_not_equal_to_other_kinds_of_value() -> None:
    """A fact equals only a fact of its own class: a tuple of the same values or another
    class with the same fields is not equal."""
    assert t.Evidence(1, 2, "ab", "x") != (1, 2, "ab", "x", 1.0)
    assert Sentence(1, 2) != t.Evidence(1, 2, "ab", "x")
    assert t.VisitOutcome("Agreed") != t.VisitGift("Agreed")
    assert t.Party("Gent") != "Gent"


def test_fact_pickles() -> None:
    """A fact (with nested facts and dates) survives pickling unchanged."""
    v = t.VisitFact(
        t.Party("Weihai"),
        t.Party("Gent", geonameid=2797656),
        date=PartialDate(2019, 4, 2),
        evidence=(t.Evidence(0, 5, "Visit", "test@1", 0.5),),
    )
    assert pickle.loads(pickle.dumps(v)) == v


def test_fact_read_only_when_compiled() -> None:
    """Compiled with mypyc, the `Final` fields of a fact cannot be assigned."""
    if not (t.__file__ or "").endswith((".so", ".pyd")):
        pytest.skip("pure Python: the fields are read-only for mypy only")
    e = t.Evidence(1, 2, "ab", "x")
    with pytest.raises(AttributeError):
        e.start = 3  # type: ignore[misc]
    with pytest.raises(AttributeError):
        PartialDate(2020).year = 2021  # type: ignore[misc]


_DateRef = dataclasses.make_dataclass(
    "PartialDate",
    [("year", int), ("month", object, dataclasses.field(default=None))]
    + [("day", object, dataclasses.field(default=None))],
    frozen=True,
    order=True,
)


def _dates(rng: random.Random, precision: str) -> list[tuple[int, int | None, int | None]]:
    out: list[tuple[int, int | None, int | None]] = []
    for _ in range(200):
        year = rng.choice([1999, 2019, 2020])
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        out.append(
            (year, None, None)
            if precision == "year"
            else (year, month, None)
            if precision == "month"
            else (year, month, day)
        )
    return out


@pytest.mark.parametrize("precision", ["year", "month", "day"])
def test_partial_date_ordered_as_the_dataclass(precision: str) -> None:
    """Dates of one precision sort, compare and hash as the order=True dataclass did."""
    rng = random.Random(precision)
    values = _dates(rng, precision)
    mine = [PartialDate(*v) for v in values]
    refs = [_DateRef(*v) for v in values]
    assert [repr(d) for d in sorted(mine)] == [repr(r) for r in sorted(refs)]
    for i in range(len(mine) - 1):
        a, b, ra, rb = mine[i], mine[i + 1], refs[i], refs[i + 1]
        assert (a < b, a <= b, a > b, a >= b, a == b) == (
            ra < rb,
            ra <= rb,
            ra > rb,
            ra >= rb,
            ra == rb,
        )
        assert hash(a) == hash(ra)


def test_partial_date_mixed_precision_compares_as_before() -> None:
    """Comparing a year with a month of another year works; with a month of the same year
    it raises TypeError (None against a number), as the dataclass did."""
    assert PartialDate(2019) < PartialDate(2020, 5)
    assert PartialDate(2021) > PartialDate(2020, 5, 3)
    with pytest.raises(TypeError):
        _ = PartialDate(2020) < PartialDate(2020, 5)
    with pytest.raises(TypeError):
        _ = _DateRef(2020) < _DateRef(2020, 5)
    with pytest.raises(TypeError):
        _ = PartialDate(2020) < (2021, None, None)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((0,), "year out of range"),
        ((10000,), "year out of range"),
        ((2020, None, 3), "a day needs a month"),
        ((2020, 13), "month out of range"),
        ((2019, 2, 29), "day out of range"),
        ((2020, 4, 31), "day out of range"),
    ],
)
def test_partial_date_rejects_impossible_dates(args: tuple[Any, ...], message: str) -> None:
    """An impossible year, month or day, or a day without a month, raises ValueError."""
    with pytest.raises(ValueError, match=message):
        PartialDate(*args)


def test_partial_date_repr_replace_and_defaults() -> None:
    """A PartialDate shows as the dataclass did, `replace` checks the new date, and month
    and day default to None."""
    assert repr(PartialDate(2020, 2, 29)) == "PartialDate(year=2020, month=2, day=29)"
    assert repr(PartialDate(2020)) == "PartialDate(year=2020, month=None, day=None)"
    assert PartialDate(year=2020, month=2) == PartialDate(2020, 2, None)
    assert PartialDate(2020, 2, 29).replace(day=1) == PartialDate(2020, 2, 1)
    with pytest.raises(ValueError, match="day out of range"):
        PartialDate(2020, 2, 29).replace(year=2021)
    assert str(PartialDate(2020, 2)) == "2020-02"


@pytest.mark.parametrize("year", [1, 1900, 1999, 2000, 2023, 2024, 2100, 9999])
def test_partial_date_accepts_the_days_the_calendar_has(year: int) -> None:
    """Every month accepts its last day and rejects the day after, leap years as the
    calendar counts them (29 February 2000 and 2024, not 1900 or 2100)."""
    import calendar

    for month in range(1, 13):
        last = calendar.monthrange(year, month)[1]
        assert PartialDate(year, month, last).day == last
        with pytest.raises(ValueError, match="day out of range"):
            PartialDate(year, month, last + 1)
