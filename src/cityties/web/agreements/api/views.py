"""Viewsets of the agreements API."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.request import Request

from cityties.web.core.api.views import RegisterViewSet
from cityties.web.core.exports import to_icalendar

from ..exports import AGREEMENT_COLUMNS, agreement_events
from ..filters import AgreementFilterSet, AgreementPartyFilterSet
from ..models import Agreement, AgreementParty
from ..services import agreement_create, agreement_delete, agreement_update
from .serializers import AgreementPartySerializer, AgreementSerializer


def _parties(data: dict[str, Any]) -> list[Any] | None:
    if "party_places" not in data and "party_organisations" not in data:
        return None
    return [*data.pop("party_places", []), *data.pop("party_organisations", [])]


class AgreementViewSet(RegisterViewSet):
    queryset = Agreement.objects.select_related("owner", "renews").prefetch_related(
        "parties__place", "parties__organisation", "themes", "source_documents"
    )
    serializer_class = AgreementSerializer
    filterset_class = AgreementFilterSet
    export_columns = AGREEMENT_COLUMNS

    def create_record(self, data: dict[str, Any]) -> Any:
        parties = _parties(data) or []
        return agreement_create(actor=self.request.user, parties=parties, **data)

    def update_record(self, instance: Any, data: dict[str, Any]) -> Any:
        parties = _parties(data)
        return agreement_update(
            actor=self.request.user, agreement=instance, parties=parties, **data
        )

    def delete_record(self, instance: Any) -> None:
        agreement_delete(actor=self.request.user, agreement=instance)

    @extend_schema(responses={200: OpenApiTypes.STR})
    @action(detail=False, methods=["get"], url_path="calendar")
    def calendar(self, request: Request) -> HttpResponse:
        """The end dates of the filtered agreements as iCalendar."""
        events = agreement_events(self.filter_queryset(self.get_queryset()))
        body = to_icalendar(events, name="CityTies agreements")
        return HttpResponse(body, content_type="text/calendar; charset=utf-8")


class AgreementPartyViewSet(RegisterViewSet):
    queryset = AgreementParty.objects.select_related("agreement", "place", "organisation")
    serializer_class = AgreementPartySerializer
    filterset_class = AgreementPartyFilterSet
