"""Viewsets of the visits and initiatives API."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.request import Request

from cityties.web.core.api.views import RegisterViewSet
from cityties.web.core.exports import to_icalendar

from .. import filters
from ..exports import (
    FOLLOW_UP_COLUMNS,
    GIFT_COLUMNS,
    INITIATIVE_COLUMNS,
    VISIT_COLUMNS,
    follow_up_events,
    visit_events,
)
from ..models import FollowUp, Gift, Initiative, Visit, VisitMember
from ..services import visit_create, visit_delete, visit_update
from . import serializers


class VisitViewSet(RegisterViewSet):
    queryset = Visit.objects.select_related(
        "from_place", "from_organisation", "to_place", "to_organisation", "organiser"
    ).prefetch_related("members", "source_documents")
    serializer_class = serializers.VisitSerializer
    filterset_class = filters.VisitFilterSet
    export_columns = VISIT_COLUMNS

    def create_record(self, data: dict[str, Any]) -> Any:
        return visit_create(actor=self.request.user, **data)

    def update_record(self, instance: Any, data: dict[str, Any]) -> Any:
        return visit_update(actor=self.request.user, visit=instance, **data)

    def delete_record(self, instance: Any) -> None:
        visit_delete(actor=self.request.user, visit=instance)

    @extend_schema(responses={200: OpenApiTypes.STR})
    @action(detail=False, methods=["get"], url_path="calendar")
    def calendar(self, request: Request) -> HttpResponse:
        """The filtered visits as iCalendar."""
        body = to_icalendar(
            visit_events(self.filter_queryset(self.get_queryset())), name="CityTies visits"
        )
        return HttpResponse(body, content_type="text/calendar; charset=utf-8")


class VisitMemberViewSet(RegisterViewSet):
    queryset = VisitMember.objects.select_related("visit", "person")
    serializer_class = serializers.VisitMemberSerializer
    filterset_class = filters.VisitMemberFilterSet


class FollowUpViewSet(RegisterViewSet):
    queryset = FollowUp.objects.select_related("visit", "owner")
    serializer_class = serializers.FollowUpSerializer
    filterset_class = filters.FollowUpFilterSet
    export_columns = FOLLOW_UP_COLUMNS

    @extend_schema(responses={200: OpenApiTypes.STR})
    @action(detail=False, methods=["get"], url_path="calendar")
    def calendar(self, request: Request) -> HttpResponse:
        """The open follow-ups of the filtered list as iCalendar, on their due dates."""
        events = follow_up_events(self.filter_queryset(self.get_queryset()))
        body = to_icalendar(events, name="CityTies follow-ups")
        return HttpResponse(body, content_type="text/calendar; charset=utf-8")


class GiftViewSet(RegisterViewSet):
    queryset = Gift.objects.select_related("visit")
    serializer_class = serializers.GiftSerializer
    filterset_class = filters.GiftFilterSet
    export_columns = GIFT_COLUMNS


class InitiativeViewSet(RegisterViewSet):
    queryset = Initiative.objects.select_related("theme", "lead_organisation").prefetch_related(
        "participants", "partner_places"
    )
    serializer_class = serializers.InitiativeSerializer
    filterset_class = filters.InitiativeFilterSet
    export_columns = INITIATIVE_COLUMNS
