"""Vocabularies of the directory; values equal those of cityties.extraction.types."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PlaceKind(models.TextChoices):
    """What kind of place a Place is."""

    CITY = "city", _("City")
    ADMIN1 = "admin1", _("Province or state")
    ADMIN2 = "admin2", _("County or district")
    COUNTRY = "country", _("Country")
    OTHER = "other", _("Other")


class OrganisationKind(models.TextChoices):
    """What kind of organisation an Organisation is."""

    CITY_GOVERNMENT = "city_government", _("City government")
    UNIVERSITY = "university", _("University")
    CHAMBER_OF_COMMERCE = "chamber_of_commerce", _("Chamber of commerce")
    PORT = "port", _("Port")
    COMPANY = "company", _("Company")
    GOVERNMENT_SERVICE = "government_service", _("Government service")
    OTHER = "other", _("Other")


class TieRelation(models.TextChoices):
    """How an organisation is tied to another organisation or to a place."""

    BRANCH_OF = "branch_of", _("is a branch of")
    BRANCH_IN = "branch_in", _("has a branch in")
    OWNED_BY = "owned_by", _("is owned by")
    MEMBER_OF = "member_of", _("is a member of")
    PART_OF = "part_of", _("is part of")
    MERGED_INTO = "merged_into", _("merged into")
    BASED_IN = "based_in", _("is based in")


class FigureMeasure(models.TextChoices):
    """What a figure counts (the vocabulary of shared/eval/SCHEMA.md)."""

    POPULATION = "population", _("Population")
    STUDENTS = "students", _("Students")
    AREA_KM2 = "area_km2", _("Area (km²)")
    COMPANIES = "companies", _("Companies")
    EMPLOYEES = "employees", _("Employees")
    CARGO_TONNES = "cargo_tonnes", _("Cargo (tonnes)")
    ADDED_VALUE_EUR = "added_value_eur", _("Added value (EUR)")
    RANK = "rank", _("Rank")
    SISTER_CITIES = "sister_cities", _("Sister cities")
    OTHER = "other", _("Other")
