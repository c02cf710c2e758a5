"""Serializers of the directory API."""

from __future__ import annotations

from cityties.web.core.api.serializers import RegisterSerializer

from ..models import Alias, Figure, Goal, Organisation, Person, Place, Platform, Tie, UserProfile

_BASE = ["id", "display", "web_url"]


class PlaceSerializer(RegisterSerializer):
    class Meta:
        model = Place
        fields = [
            *_BASE,
            "geonameid",
            "name",
            "name_local",
            "name_zh",
            "pinyin",
            "kind",
            "country",
            "admin_region",
            "admin_region_code",
            "latitude",
            "longitude",
            "population",
            "population_year",
            "public_profile",
            "is_home",
            "notes",
            "created",
            "last_updated",
        ]
        brief_fields = ["id", "display", "name", "country", "geonameid"]


class OrganisationSerializer(RegisterSerializer):
    class Meta:
        model = Organisation
        fields = [
            *_BASE,
            "name",
            "kind",
            "place",
            "website",
            "phone",
            "email",
            "notes",
            "created",
            "last_updated",
        ]
        brief_fields = ["id", "display", "name", "kind"]


class AliasSerializer(RegisterSerializer):
    class Meta:
        model = Alias
        fields = [*_BASE, "name", "place", "organisation"]


class TieSerializer(RegisterSerializer):
    class Meta:
        model = Tie
        fields = [
            *_BASE,
            "subject",
            "relation",
            "object_organisation",
            "object_place",
            "since",
            "until",
            "notes",
        ]


class PlatformSerializer(RegisterSerializer):
    class Meta:
        model = Platform
        fields = [*_BASE, "name", "focus_country", "description", "members"]


class PersonSerializer(RegisterSerializer):
    class Meta:
        model = Person
        fields = [
            *_BASE,
            "name",
            "role",
            "unit",
            "organisation",
            "owner",
            "phone",
            "email",
            "active_from",
            "active_to",
            "notes",
            "created",
            "last_updated",
        ]


class FigureSerializer(RegisterSerializer):
    class Meta:
        model = Figure
        fields = [*_BASE, "place", "organisation", "measure", "label", "value", "unit", "year"]


class GoalSerializer(RegisterSerializer):
    class Meta:
        model = Goal
        fields = [*_BASE, "place", "organisation", "description", "year", "themes"]


class UserProfileSerializer(RegisterSerializer):
    class Meta:
        model = UserProfile
        fields = [*_BASE, "user", "organisation"]
