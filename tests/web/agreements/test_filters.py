"""Agreement FilterSet: by party, type, ending soon, ended without renewal, search."""

from __future__ import annotations

import datetime as dt

import pytest

from cityties.web.agreements.filters import AgreementFilterSet
from cityties.web.agreements.models import Agreement
from cityties.web.agreements.services import agreement_create

from ..directory.factories import PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def acts():  # type: ignore[no-untyped-def]
    ghent, weihai, taizhou = (PlaceFactory(name=n) for n in ("Gent", "Weihai", "Taizhou"))
    today = dt.date.today()
    soon = today + dt.timedelta(days=60)
    return {
        "friendship": agreement_create(
            actor=None,
            parties=[ghent, weihai],
            type="friendship",
            signed="2013-09-24",
            duration_months=60,
        ),
        "loi": agreement_create(
            actor=None,
            parties=[ghent, taizhou],
            type="letter_of_intent",
            title="Preparation of a partnership",
            signed="2018-06-04",
        ),
        "ending": agreement_create(
            actor=None,
            parties=[ghent, taizhou],
            type="cooperation_agreement",
            signed="2020",
            ends=soon.isoformat(),
        ),
        "places": (ghent, weihai, taizhou),
    }


def _ids(data: dict) -> set[int]:
    return {a.pk for a in AgreementFilterSet(data, queryset=Agreement.objects.all()).qs}


def test_agreement_filter_by_party_place(acts) -> None:  # type: ignore[no-untyped-def]
    """place_id keeps the acts the place is a party to."""
    taizhou = acts["places"][2]
    assert _ids({"place_id": [taizhou.pk]}) == {acts["loi"].pk, acts["ending"].pk}


def test_agreement_filter_type_and_search(acts) -> None:  # type: ignore[no-untyped-def]
    """type filters; q searches titles and party names."""
    assert _ids({"type": ["friendship"]}) == {acts["friendship"].pk}
    assert _ids({"q": "partnership"}) == {acts["loi"].pk}
    assert _ids({"q": "weihai"}) == {acts["friendship"].pk}


def test_agreement_filter_expiring_and_ended(acts) -> None:  # type: ignore[no-untyped-def]
    """expiring keeps what ends within the warning period; ended_without_renewal the lapsed."""
    assert _ids({"expiring": True}) == {acts["ending"].pk}
    assert _ids({"ended_without_renewal": True}) == {acts["friendship"].pk}


def test_agreement_filter_signed_year(acts) -> None:  # type: ignore[no-untyped-def]
    """signed_year keeps acts signed that year."""
    assert _ids({"signed_year": 2018}) == {acts["loi"].pk}
