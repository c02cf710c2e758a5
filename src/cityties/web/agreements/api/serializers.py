"""Serializers of the agreements API."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from cityties.web.core.api.serializers import PartialDateField, RegisterSerializer
from cityties.web.directory.models import Organisation, Place

from ..models import Agreement, AgreementParty


class AgreementPartySerializer(RegisterSerializer):
    class Meta:
        model = AgreementParty
        fields = ["id", "display", "web_url", "agreement", "place", "organisation"]


class AgreementSerializer(RegisterSerializer):
    """An agreement; its parties are written as `party_places` and `party_organisations`."""

    signed = PartialDateField(date_field="signed_on", allow_null=True)
    ends = PartialDateField(date_field="ends_on", allow_null=True)
    parties = serializers.SerializerMethodField()
    party_places = serializers.PrimaryKeyRelatedField(
        queryset=Place.objects.all(), many=True, write_only=True, required=False
    )
    party_organisations = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.all(), many=True, write_only=True, required=False
    )

    class Meta:
        model = Agreement
        fields = [
            "id",
            "display",
            "web_url",
            "title",
            "type",
            "status",
            "signed",
            "duration_months",
            "ends",
            "renews",
            "owner",
            "themes",
            "source_documents",
            "notes",
            "parties",
            "party_places",
            "party_organisations",
            "created",
            "last_updated",
        ]
        read_only_fields = ["source_documents"]

    def get_parties(self, obj: Agreement) -> list[dict[str, Any]]:
        return [
            {
                "type": "place" if p.place_id else "organisation",
                "id": p.place_id or p.organisation_id,
                "display": str(p),
            }
            for p in obj.parties.all()
        ]
