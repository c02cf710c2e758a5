"""Agreement services and query vocabulary: terms, renewals, matching, expiry."""

from __future__ import annotations

import datetime as dt

import pytest

from cityties.text import PartialDate
from cityties.web.agreements.models import Agreement
from cityties.web.agreements.services import (
    agreement_create,
    agreement_match,
    agreement_renew,
    dates_compatible,
)
from cityties.web.core.exceptions import ApplicationError

from ..directory.factories import PlaceFactory

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 1, 1)


@pytest.fixture
def pair():  # type: ignore[no-untyped-def]
    return [PlaceFactory(name="Gent"), PlaceFactory(name="Weihai", country="CN")]


def test_agreement_create_end_follows_from_term(pair) -> None:  # type: ignore[no-untyped-def]
    """Signed 2013-09-24 for 60 months ends 2018-09-24, at day precision."""
    agreement = agreement_create(
        actor=None, parties=pair, type="friendship", signed="2013-09-24", duration_months=60
    )
    assert agreement.ends == PartialDate(2018, 9, 24)
    assert agreement.parties.count() == 2


def test_agreement_create_year_precision_never_invents_a_day(pair) -> None:  # type: ignore[no-untyped-def]
    """A year-precision signing gives a year-precision end."""
    agreement = agreement_create(
        actor=None, parties=pair, type="declaration_of_intent", signed="2013", duration_months=24
    )
    assert (agreement.signed.iso(), agreement.ends.iso()) == ("2013", "2015")


def test_agreement_renew_links_predecessor(pair) -> None:  # type: ignore[no-untyped-def]
    """A renewal is a new act with the same parties that renews the old one."""
    old = agreement_create(
        actor=None, parties=pair, type="friendship", signed="2013-09-24", duration_months=60
    )
    new = agreement_renew(actor=None, agreement=old, signed="2018-09-24", duration_months=60)
    assert (new.renews, new.status, new.ends.iso()) == (old, "renewed", "2023-09-24")
    assert {p.place for p in new.parties.all()} == set(pair)


def test_agreement_renew_not_concluded_refused(pair) -> None:  # type: ignore[no-untyped-def]
    """An act that was never concluded cannot be renewed."""
    mou = agreement_create(
        actor=None, parties=pair, type="memorandum_of_understanding", status="not_concluded"
    )
    with pytest.raises(ApplicationError, match="never concluded"):
        agreement_renew(actor=None, agreement=mou, signed="2020")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2013-09-24", "2013-09", True),
        ("2013", "2013-11-21", True),
        ("2013-09-24", "2013-11-21", False),
        ("2013-09", "2014-09", False),
    ],
)
def test_dates_compatible(a: str, b: str, expected: bool) -> None:
    """Partial dates match when equal at their common precision."""
    assert dates_compatible(PartialDate.parse(a), PartialDate.parse(b)) is expected


def test_agreement_match_needs_same_party_set(pair) -> None:  # type: ignore[no-untyped-def]
    """The same type with one more party is not the same act."""
    agreement_create(actor=None, parties=pair, type="friendship", signed="2013-09-24")
    third = PlaceFactory()
    assert agreement_match(type="friendship", parties=pair, signed=PartialDate(2013)) is not None
    assert agreement_match(type="friendship", parties=[*pair, third]) is None
    assert agreement_match(type="sister_city", parties=pair) is None


def test_agreement_match_not_concluded_is_another_act(pair) -> None:  # type: ignore[no-untyped-def]
    """A signed MoU and one reported as never concluded are not merged."""
    agreement_create(actor=None, parties=pair, type="memorandum_of_understanding", signed="2015")
    assert (
        agreement_match(type="memorandum_of_understanding", parties=pair, status="not_concluded")
        is None
    )


def test_agreement_queryset_expiring_and_ended(pair) -> None:  # type: ignore[no-untyped-def]
    """Ending within 180 days, ended without renewal, and renewed ones are told apart."""
    soon = agreement_create(
        actor=None, parties=pair, type="friendship", signed="2021-03-01", duration_months=60
    )
    lapsed = agreement_create(
        actor=None, parties=pair, type="friendship", signed="2013-09-24", duration_months=60
    )
    renewed = agreement_create(
        actor=None, parties=pair, type="sister_city", signed="2010", duration_months=60
    )
    agreement_renew(actor=None, agreement=renewed, signed="2015", duration_months=600)
    assert list(Agreement.objects.expiring(within_days=180, today=TODAY)) == [soon]
    assert list(Agreement.objects.ended_without_renewal(today=TODAY)) == [lapsed]
    assert soon in Agreement.objects.active(today=TODAY)
    assert lapsed not in Agreement.objects.active(today=TODAY)


def test_agreement_end_records_status_and_date(pair) -> None:  # type: ignore[no-untyped-def]
    """Ending a signed agreement makes it ended on the given (partial) date, logged."""
    from cityties.web.agreements.services import agreement_end
    from cityties.web.core.models import ChangeLogEntry

    agreement = agreement_create(actor=None, parties=pair, type="friendship", signed="2013-09-24")
    agreement_end(actor=None, agreement=agreement, ends="2020-03")
    agreement.refresh_from_db()
    assert agreement.status == "ended"
    assert agreement.ends == PartialDate(2020, 3)
    assert ChangeLogEntry.objects.filter(object_id=agreement.pk, action="update").exists()


@pytest.mark.parametrize("status", ["planned", "not_concluded", "ended"])
def test_agreement_end_refuses_acts_not_in_force(pair, status) -> None:  # type: ignore[no-untyped-def]
    """A planned, never concluded or already ended act cannot be ended."""
    from cityties.web.agreements.services import agreement_end

    agreement = agreement_create(actor=None, parties=pair, type="friendship", status=status)
    with pytest.raises(ApplicationError, match="Only an agreement in force can end"):
        agreement_end(actor=None, agreement=agreement, ends="2020")


def test_agreement_end_before_signing_is_invalid(pair) -> None:  # type: ignore[no-untyped-def]
    """An end before the signing date is refused by the model's rule."""
    from django.core.exceptions import ValidationError

    from cityties.web.agreements.services import agreement_end

    agreement = agreement_create(actor=None, parties=pair, type="friendship", signed="2013-09-24")
    with pytest.raises(ValidationError, match="cannot end before it is signed"):
        agreement_end(actor=None, agreement=agreement, ends="2012")
