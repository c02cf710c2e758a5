"""Forms of visits (members, follow-ups, gifts), initiatives and the gift register."""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from cityties.web.core.forms import PartialDateField, RecordForm
from cityties.web.core.permissions import role_of, user_organisation_id
from cityties.web.directory.models import Place

from .filters import GiftFilterSet
from .models import FollowUp, Gift, Initiative, Visit, VisitMember


class VisitForm(RecordForm):
    """A delegation in or out: from, to, dates, purpose, programme, outcomes, organiser."""

    partial_dates = {"start": "start_date", "end": "end_date"}
    owner_field = "organiser"

    start = PartialDateField(label=_("First day"), required=False)
    end = PartialDateField(label=_("Last day"), required=False)

    class Meta:
        model = Visit
        fields = [
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
        ]
        widgets = {
            "purpose": forms.Textarea(attrs={"rows": 2}),
            "programme": forms.Textarea(attrs={"rows": 4}),
            "outcomes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, initial_place: Place | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if initial_place is not None and not self.instance.pk:
            home = Place.objects.filter(is_home=True).first()
            self.initial["direction"] = "incoming"
            self.initial["from_place"] = initial_place.pk
            if home is not None:
                self.initial["to_place"] = home.pk

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if not cleaned.get("from_place") and not cleaned.get("from_organisation"):
            self.add_error("from_place", _("Say where the delegation came from."))
        if not cleaned.get("to_place") and not cleaned.get("to_organisation"):
            self.add_error("to_place", _("Say where the delegation went."))
        self.check_not_before("end", "start", _("A visit cannot end before it starts."))
        return cleaned


class VisitMemberForm(RecordForm):
    """A person in the delegation or among the hosts."""

    class Meta:
        model = VisitMember
        fields = ["name", "title", "side"]


class FollowUpForm(RecordForm):
    """An action promised during the visit, with its owner and due date."""

    class Meta:
        model = FollowUp
        fields = ["description", "owner", "due_on", "done_on"]
        widgets = {
            "due_on": forms.DateInput(attrs={"type": "date"}),
            "done_on": forms.DateInput(attrs={"type": "date"}),
        }


class GiftForm(RecordForm):
    """A gift given or received during the visit."""

    class Meta:
        model = Gift
        fields = ["direction", "description", "giver", "receiver", "given_on", "kept_at"]
        widgets = {"given_on": forms.DateInput(attrs={"type": "date"})}


class InitiativeForm(RecordForm):
    """An initiative: theme, lead and participating organisations, partner places, dates."""

    owner_field = "lead_organisation"

    class Meta:
        model = Initiative
        fields = [
            "title",
            "theme",
            "status",
            "lead_organisation",
            "participants",
            "partner_places",
            "start_on",
            "end_on",
            "agreement",
            "description",
        ]
        widgets = {
            "start_on": forms.DateInput(attrs={"type": "date"}),
            "end_on": forms.DateInput(attrs={"type": "date"}),
            "participants": forms.SelectMultiple(attrs={"size": 6}),
            "partner_places": forms.SelectMultiple(attrs={"size": 6}),
            "description": forms.Textarea(attrs={"rows": 4}),
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        self.check_not_before("end_on", "start_on", _("An initiative cannot end before it starts."))
        return cleaned


class GiftRegisterForm(GiftForm):
    """A gift recorded from the register: the visit it belongs to, chosen from those the user
    may change (a gift's owner is its visit's organiser)."""

    class Meta(GiftForm.Meta):
        fields = ["visit", *GiftForm.Meta.fields]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["visit"]
        visits = Visit.objects.select_related("from_place", "to_place")
        if role_of(self.user) != "admin":
            visits = visits.filter(organiser_id=user_organisation_id(self.user))
            field.required = True
        field.queryset = visits  # type: ignore[attr-defined]
        field.help_text = _("The visit during which the gift was given or received.")


class GiftRegisterFilterSet(GiftFilterSet):
    """The gift register's filters: those of the API plus the partner place of the visit."""

    place_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Place.objects.partners(), method="filter_place", label=_("Partner")
    )
    year = django_filters.NumberFilter(field_name="given_on", lookup_expr="year", label=_("Year"))

    def filter_place(self, queryset: models.QuerySet, name: str, value: list) -> models.QuerySet:
        if not value:
            return queryset
        return queryset.filter(
            models.Q(visit__from_place__in=value) | models.Q(visit__to_place__in=value)
        )
