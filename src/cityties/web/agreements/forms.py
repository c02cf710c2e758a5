"""Forms of the agreement pages: the record, its renewal and end, the list's filters."""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from cityties.text import PartialDate
from cityties.web.core.forms import PartialDateField, RecordForm, partial_not_before
from cityties.web.directory.models import Organisation, Place

from .filters import AgreementFilterSet
from .models import Agreement


class AgreementForm(RecordForm):
    """An agreement: type, status, parties, partial signing and end dates, term and owner."""

    partial_dates = {"signed": "signed_on", "ends": "ends_on"}
    owner_field = "owner"

    signed = PartialDateField(label=_("Signed"), required=False)
    ends = PartialDateField(
        label=_("Ends"),
        required=False,
        help_text=_("Leave empty to compute it from the signing date and the duration."),
    )
    party_places = forms.ModelMultipleChoiceField(
        label=_("Party places"),
        queryset=Place.objects.all(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_(
            "The cities, provinces or countries that signed. Hold Ctrl (or Cmd) to choose several."
        ),
    )
    party_organisations = forms.ModelMultipleChoiceField(
        label=_("Party organisations"),
        queryset=Organisation.objects.all(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_(
            "Universities, chambers, companies that signed. Hold Ctrl (or Cmd) to choose several."
        ),
    )

    class Meta:
        model = Agreement
        fields = [
            "type",
            "status",
            "title",
            "party_places",
            "party_organisations",
            "signed",
            "duration_months",
            "ends",
            "renews",
            "owner",
            "themes",
            "notes",
        ]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, initial_place: Place | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            parties = list(self.instance.parties.all())
            self.initial["party_places"] = [p.place_id for p in parties if p.place_id]
            self.initial["party_organisations"] = [
                p.organisation_id for p in parties if p.organisation_id
            ]
            self.fields["renews"].queryset = Agreement.objects.exclude(pk=self.instance.pk)
        elif initial_place is not None:
            home = Place.objects.filter(is_home=True).values_list("pk", flat=True)
            self.initial["party_places"] = [initial_place.pk, *home]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if not cleaned.get("party_places") and not cleaned.get("party_organisations"):
            self.add_error("party_places", _("Name at least one party (a place or organisation)."))
        self.check_not_before("ends", "signed", _("An agreement cannot end before it is signed."))
        return cleaned

    def record_data(self) -> dict[str, Any]:
        data = super().record_data()
        places = list(data.pop("party_places", []) or [])
        organisations = list(data.pop("party_organisations", []) or [])
        data["parties"] = places + organisations
        return data


class AgreementRenewForm(forms.Form):
    """The renewal of an agreement: a new act with the same parties, signed on a new date."""

    title = forms.CharField(label=_("Title"), max_length=300, required=False)
    signed = PartialDateField(label=_("Renewal signed"), required=True)
    duration_months = forms.IntegerField(
        label=_("Duration (months)"),
        min_value=1,
        required=False,
        help_text=_("Leave empty for an open-ended renewal."),
    )
    ends = PartialDateField(
        label=_("Ends"),
        required=False,
        help_text=_("Leave empty to compute it from the signing date and the duration."),
    )

    def __init__(self, *args: Any, agreement: Agreement, **kwargs: Any) -> None:
        self.agreement = agreement
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        signed, ends = cleaned.get("signed"), cleaned.get("ends")
        if not partial_not_before(ends, signed):
            self.add_error("ends", _("An agreement cannot end before it is signed."))
        before = self.agreement.signed
        if signed is not None and before is not None and not partial_not_before(signed, before):
            self.add_error(
                "signed", _("A renewal cannot be signed before the agreement it renews.")
            )
        return cleaned


class AgreementEndForm(forms.Form):
    """The end of an agreement in force: when it ended."""

    ends = PartialDateField(label=_("Ended on"), required=True)

    def __init__(self, *args: Any, agreement: Agreement, **kwargs: Any) -> None:
        self.agreement = agreement
        super().__init__(*args, **kwargs)

    def clean_ends(self) -> PartialDate:
        ends = self.cleaned_data["ends"]
        if ends is None:
            raise forms.ValidationError(_("Say when the agreement ended (at least the year)."))
        if not partial_not_before(ends, self.agreement.signed):
            raise forms.ValidationError(_("An agreement cannot end before it is signed."))
        return ends


class AgreementListFilterSet(AgreementFilterSet):
    """The agreements list's filters: those of the API plus the year an agreement ends."""

    ends_year = django_filters.NumberFilter(
        field_name="ends_on", lookup_expr="year", label=_("Ends in year")
    )
