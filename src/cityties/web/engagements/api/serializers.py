"""Serializers of the visits and initiatives API."""

from __future__ import annotations

from cityties.web.core.api.serializers import PartialDateField, RegisterSerializer

from ..models import FollowUp, Gift, Initiative, Visit, VisitMember

_BASE = ["id", "display", "web_url"]


class VisitMemberSerializer(RegisterSerializer):
    class Meta:
        model = VisitMember
        fields = [*_BASE, "visit", "person", "name", "title", "side"]


class VisitSerializer(RegisterSerializer):
    start = PartialDateField(date_field="start_date", allow_null=True)
    end = PartialDateField(date_field="end_date", allow_null=True)
    members = VisitMemberSerializer(many=True, read_only=True)

    class Meta:
        model = Visit
        fields = [
            *_BASE,
            "direction",
            "title",
            "from_place",
            "from_organisation",
            "to_place",
            "to_organisation",
            "start",
            "end",
            "purpose",
            "programme",
            "outcomes",
            "organiser",
            "agreement",
            "source_documents",
            "members",
            "created",
            "last_updated",
        ]
        read_only_fields = ["source_documents"]


class FollowUpSerializer(RegisterSerializer):
    class Meta:
        model = FollowUp
        fields = [*_BASE, "visit", "description", "owner", "due_on", "done_on"]


class GiftSerializer(RegisterSerializer):
    class Meta:
        model = Gift
        fields = [
            *_BASE,
            "visit",
            "direction",
            "description",
            "giver",
            "receiver",
            "given_on",
            "kept_at",
        ]


class InitiativeSerializer(RegisterSerializer):
    class Meta:
        model = Initiative
        fields = [
            *_BASE,
            "title",
            "theme",
            "lead_organisation",
            "participants",
            "partner_places",
            "status",
            "start_on",
            "end_on",
            "description",
            "agreement",
            "created",
            "last_updated",
        ]
