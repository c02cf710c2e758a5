"""Forms of visits (with follow-ups, gifts and delegation members) and initiatives."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from cityties.web.core.forms import PartialDateField, RecordForm
from cityties.web.directory.models import Place

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
