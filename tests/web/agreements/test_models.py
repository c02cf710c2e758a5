"""Agreement invariants hold on both paths: full_clean (ValidationError) and the database."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from cityties.web.agreements.models import Agreement

from .factories import AgreementFactory

pytestmark = pytest.mark.django_db

BAD = [
    pytest.param(
        {"ends_on": dt.date(2012, 1, 1), "ends_on_precision": "day"},
        "cannot end before it is signed",
        id="ends-before-signed",
    ),
    pytest.param({"duration_months": 0}, "positive number of months", id="duration-zero"),
    pytest.param({"signed_on_precision": ""}, "needs its precision", id="date-without-precision"),
    pytest.param(
        {"signed_on": dt.date(2013, 9, 24), "signed_on_precision": "month"},
        "first day of that period",
        id="month-precision-with-day",
    ),
]


@pytest.mark.parametrize(("change", "message"), BAD)
def test_agreement_invariant_validation_error(change: dict, message: str) -> None:
    """full_clean() refuses an agreement that breaks an invariant, with a clear message."""
    agreement = AgreementFactory.build(**change)
    with pytest.raises(ValidationError, match=message):
        agreement.full_clean()


@pytest.mark.parametrize(("change", "message"), BAD)
def test_agreement_invariant_integrity_error(change: dict, message: str) -> None:
    """The database refuses the same agreement when validation is skipped."""
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementFactory(**change)


def test_agreement_partial_dates_read_back() -> None:
    """A month-precision date reads back as YYYY-MM, never with an invented day."""
    agreement = AgreementFactory(signed_on=dt.date(2018, 6, 1), signed_on_precision="month")
    agreement.refresh_from_db()
    assert agreement.signed is not None
    assert agreement.signed.iso() == "2018-06"
    assert agreement.ends is None


def test_agreement_str_names_parties() -> None:
    """An untitled agreement is shown by its type and parties."""
    agreement = AgreementFactory()
    assert str(Agreement.objects.get(pk=agreement.pk)) == "Friendship"
