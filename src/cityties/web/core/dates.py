"""Partial dates in the database: a date column plus a precision column (year, month, day)."""

from __future__ import annotations

from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _

from cityties.text import PartialDate

from .choices import DatePrecision

__all__ = [
    "partial_date_constraints",
    "partial_date_fields",
    "partial_date_format",
    "partial_from_fields",
]


def partial_from_fields(value: date | None, precision: str) -> PartialDate | None:
    """The PartialDate a (date, precision) pair stands for, or None."""
    if value is None:
        return None
    if precision == DatePrecision.YEAR:
        return PartialDate(value.year)
    if precision == DatePrecision.MONTH:
        return PartialDate(value.year, value.month)
    return PartialDate(value.year, value.month, value.day)


def partial_date_fields(value: PartialDate | str | None) -> tuple[date | None, str]:
    """The (date, precision) pair that stores a PartialDate, an ISO partial string or None."""
    if value is None or value == "":
        return None, ""
    pd = PartialDate.parse(value) if isinstance(value, str) else value
    return pd.to_date(), pd.precision


def partial_date_format(value: date | None, precision: str) -> str:
    """The date as ISO text to its known precision ("2013", "2013-09", "2013-09-24")."""
    pd = partial_from_fields(value, precision)
    return pd.iso() if pd is not None else ""


def partial_date_constraints(field: str) -> list[models.CheckConstraint]:
    """Constraints for `<field>` and `<field>_precision`: both set or both empty, no invented day.

    A year-precision date is stored as 1 January, a month-precision one as the first of the
    month, so that sorting works and nothing is invented.
    """
    precision = f"{field}_precision"
    both_or_none = models.Q(**{f"{field}__isnull": True, precision: ""}) | (
        models.Q(**{f"{field}__isnull": False})
        & models.Q(**{f"{precision}__in": [c.value for c in DatePrecision]})
    )
    first_of_period = (
        models.Q(**{f"{field}__isnull": True})
        | models.Q(**{precision: DatePrecision.DAY})
        | models.Q(**{precision: DatePrecision.MONTH, f"{field}__day": 1})
        | models.Q(**{precision: DatePrecision.YEAR, f"{field}__day": 1, f"{field}__month": 1})
    )
    return [
        models.CheckConstraint(
            condition=both_or_none,
            name=f"%(app_label)s_%(class)s_{field}_precision_set",
            violation_error_message=_("A date needs its precision (year, month or day)."),
        ),
        models.CheckConstraint(
            condition=first_of_period,
            name=f"%(app_label)s_%(class)s_{field}_precision_start",
            violation_error_message=_(
                "A date known to the year or month is stored as the first day of that period."
            ),
        ),
    ]
