"""Directory invariants on both the ValidationError and the IntegrityError path."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from cityties.web.directory.models import Alias, Person, Place, Tie

from .factories import OrganisationFactory, PersonFactory, PlaceFactory

pytestmark = pytest.mark.django_db


def test_place_geonameid_unique_validation_error() -> None:
    """Two places cannot share a GeoNames id (full_clean)."""
    PlaceFactory(geonameid=1)
    with pytest.raises(ValidationError, match="GeoNames id already exists"):
        PlaceFactory.build(geonameid=1).full_clean()


def test_place_geonameid_unique_integrity_error() -> None:
    """Two places cannot share a GeoNames id (database)."""
    PlaceFactory(geonameid=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        PlaceFactory(geonameid=1)


def test_place_two_taizhous_coexist() -> None:
    """Two places of the same name in different provinces are different records."""
    PlaceFactory(name="Taizhou", country="CN", admin_region="Zhejiang", geonameid=1)
    PlaceFactory(name="Taizhou", country="CN", admin_region="Jiangsu", geonameid=2)
    assert Place.objects.filter(name="Taizhou").count() == 2


def test_place_clean_sets_folded_name() -> None:
    """full_clean() stores the folded name used for matching."""
    place = Place(name="City of Gent", country="BE")
    place.full_clean()
    assert place.folded == "gent"


def test_place_latitude_range_integrity_error() -> None:
    """A latitude beyond 90 degrees is refused by the database."""
    with pytest.raises(IntegrityError), transaction.atomic():
        PlaceFactory(latitude=91)


def test_person_tenure_validation_error() -> None:
    """A person cannot leave a role before taking it up (full_clean)."""
    person = PersonFactory.build(
        organisation=None, active_from=dt.date(2020, 1, 1), active_to=dt.date(2019, 1, 1)
    )
    with pytest.raises(ValidationError, match="cannot leave a role before taking it up"):
        person.full_clean()


def test_person_tenure_integrity_error() -> None:
    """The database refuses the same person."""
    with pytest.raises(IntegrityError), transaction.atomic():
        Person.objects.create(
            name="A B", active_from=dt.date(2020, 1, 1), active_to=dt.date(2019, 1, 1)
        )


def test_person_phone_must_be_e164() -> None:
    """A phone number that is not E.164 is refused."""
    person = PersonFactory.build(organisation=None, phone="09 210 10 10")
    with pytest.raises(ValidationError, match="E.164"):
        person.full_clean()


def test_alias_names_one_record_integrity_error() -> None:
    """An alias belongs to a place or an organisation, never both or neither."""
    with pytest.raises(IntegrityError), transaction.atomic():
        Alias.objects.create(name="Nowhere", folded="nowhere")


def test_tie_not_to_itself_validation_error() -> None:
    """An organisation cannot be tied to itself."""
    org = OrganisationFactory()
    with pytest.raises(ValidationError, match="cannot be tied to itself"):
        Tie(subject=org, relation="member_of", object_organisation=org).full_clean()


def test_tie_duplicate_integrity_error() -> None:
    """The same tie cannot be stored twice."""
    org, other = OrganisationFactory(), OrganisationFactory()
    Tie.objects.create(subject=org, relation="branch_of", object_organisation=other)
    with pytest.raises(IntegrityError), transaction.atomic():
        Tie.objects.create(subject=org, relation="branch_of", object_organisation=other)


@pytest.mark.parametrize(
    ("name_zh", "pinyin", "expected"),
    [
        ("台州", "Tāizhōu", "Taizhou (台州 Tāizhōu)"),
        ("台州", "", "Taizhou (台州)"),
        ("", "", "Taizhou"),
    ],
)
def test_place_str_shows_pinyin_beside_characters(name_zh: str, pinyin: str, expected: str) -> None:
    """A Chinese place's text name carries its characters and, when known, their pinyin."""
    place = Place(name="Taizhou", name_zh=name_zh, pinyin=pinyin)
    assert str(place) == expected
