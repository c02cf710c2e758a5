"""Viewsets of the directory API: queryset, serializer_class, filterset_class."""

from __future__ import annotations

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.request import Request

from cityties.web.core.api.views import RegisterViewSet

from .. import filters
from ..exports import (
    ORGANISATION_COLUMNS,
    PERSON_COLUMNS,
    PLACE_COLUMNS,
    people_vcards,
    places_geojson_text,
)
from ..models import Alias, Figure, Goal, Organisation, Person, Place, Platform, Tie, UserProfile
from . import serializers


class PlaceViewSet(RegisterViewSet):
    queryset = Place.objects.all()
    serializer_class = serializers.PlaceSerializer
    filterset_class = filters.PlaceFilterSet
    export_columns = PLACE_COLUMNS

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    @action(detail=False, methods=["get"], url_path="geojson")
    def geojson(self, request: Request) -> HttpResponse:
        """The filtered places with coordinates as GeoJSON."""
        body = places_geojson_text(self.filter_queryset(self.get_queryset()))
        return HttpResponse(body, content_type="application/geo+json")


class OrganisationViewSet(RegisterViewSet):
    queryset = Organisation.objects.select_related("place")
    serializer_class = serializers.OrganisationSerializer
    filterset_class = filters.OrganisationFilterSet
    export_columns = ORGANISATION_COLUMNS


class AliasViewSet(RegisterViewSet):
    queryset = Alias.objects.all()
    serializer_class = serializers.AliasSerializer
    filterset_class = filters.AliasFilterSet


class TieViewSet(RegisterViewSet):
    queryset = Tie.objects.select_related("subject", "object_organisation", "object_place")
    serializer_class = serializers.TieSerializer
    filterset_class = filters.TieFilterSet


class PlatformViewSet(RegisterViewSet):
    queryset = Platform.objects.prefetch_related("members")
    serializer_class = serializers.PlatformSerializer
    filterset_class = filters.PlatformFilterSet


class PersonViewSet(RegisterViewSet):
    queryset = Person.objects.select_related("organisation")
    serializer_class = serializers.PersonSerializer
    filterset_class = filters.PersonFilterSet
    export_columns = PERSON_COLUMNS

    @extend_schema(responses={200: OpenApiTypes.STR})
    @action(detail=False, methods=["get"], url_path="vcard")
    def vcard(self, request: Request) -> HttpResponse:
        """The filtered people as vCards."""
        body = people_vcards(self.filter_queryset(self.get_queryset()))
        response = HttpResponse(body, content_type="text/vcard; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="contacts.vcf"'
        return response


class FigureViewSet(RegisterViewSet):
    queryset = Figure.objects.select_related("place", "organisation")
    serializer_class = serializers.FigureSerializer
    filterset_class = filters.FigureFilterSet


class GoalViewSet(RegisterViewSet):
    queryset = Goal.objects.select_related("place", "organisation").prefetch_related("themes")
    serializer_class = serializers.GoalSerializer
    filterset_class = filters.GoalFilterSet


class UserProfileViewSet(RegisterViewSet):
    queryset = UserProfile.objects.select_related("user", "organisation")
    serializer_class = serializers.UserProfileSerializer
    filterset_class = filters.UserProfileFilterSet
