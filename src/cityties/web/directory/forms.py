"""Forms of the directory pages: places, organisations, platforms and people."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from cityties.web.core.forms import RecordForm
from cityties.web.core.permissions import role_of

from .models import Figure, Goal, Organisation, Person, Place, Platform, Tie


class PlaceForm(RecordForm):
    """A place; the home city and the public profile are an admin's decision."""

    class Meta:
        model = Place
        fields = [
            "name",
            "name_local",
            "name_zh",
            "pinyin",
            "kind",
            "country",
            "admin_region",
            "geonameid",
            "latitude",
            "longitude",
            "population",
            "population_year",
            "public_profile",
            "notes",
        ]
        help_texts = {
            "name_zh": _("Characters, for Chinese places (台州)."),
            "pinyin": _("With tone marks (Tāizhōu)."),
            "country": _("ISO 3166 code, two capital letters (BE, CN)."),
        }
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if role_of(self.user) != "admin":
            del self.fields["public_profile"]

    def clean_country(self) -> str:
        return (self.cleaned_data.get("country") or "").strip().upper()


def _formfield(field: models.Field, **kwargs: Any) -> forms.Field | None:
    # Web addresses typed without a scheme get https:// (Django 6's default, chosen now).
    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)


class OrganisationForm(RecordForm):
    """An organisation and where it is."""

    class Meta:
        model = Organisation
        formfield_callback = _formfield
        fields = ["name", "kind", "place", "website", "phone", "email", "notes"]
        help_texts = {"phone": _("International form, e.g. +3292101010.")}
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}


class PlatformForm(RecordForm):
    """A platform and its member organisations."""

    class Meta:
        model = Platform
        fields = ["name", "focus_country", "description", "members"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "members": forms.CheckboxSelectMultiple,
        }

    def clean_focus_country(self) -> str:
        return (self.cleaned_data.get("focus_country") or "").strip().upper()


class PersonForm(RecordForm):
    """A contact: role, organisation, phone, e-mail and the period in that role."""

    owner_field = "owner"

    class Meta:
        model = Person
        fields = [
            "name",
            "role",
            "unit",
            "organisation",
            "phone",
            "email",
            "active_from",
            "active_to",
            "owner",
            "notes",
        ]
        help_texts = {
            "phone": _("International form, e.g. +3292101010."),
            "active_to": _("Leave empty while the person holds the role."),
        }
        widgets = {
            "active_from": forms.DateInput(attrs={"type": "date"}),
            "active_to": forms.DateInput(attrs={"type": "date"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        self.check_not_before(
            "active_to", "active_from", _("A person cannot leave a role before taking it up.")
        )
        return cleaned


class FigureForm(RecordForm):
    """A figure about a place (or an organisation): measure, value, unit and year."""

    class Meta:
        model = Figure
        fields = ["place", "organisation", "measure", "label", "value", "unit", "year"]
        help_texts = {"label": _("Only for an 'other' figure: what it counts.")}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if bool(cleaned.get("place")) == bool(cleaned.get("organisation")):
            self.add_error("place", _("A figure is about either a place or an organisation."))
        return cleaned


class GoalForm(RecordForm):
    """A stated goal of a place (or an organisation) with its target year and themes."""

    class Meta:
        model = Goal
        fields = ["place", "organisation", "description", "year", "themes"]
        widgets = {"themes": forms.CheckboxSelectMultiple}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if bool(cleaned.get("place")) == bool(cleaned.get("organisation")):
            self.add_error("place", _("A goal belongs to either a place or an organisation."))
        return cleaned


class TieForm(RecordForm):
    """A tie from an organisation to another organisation or to a place."""

    class Meta:
        model = Tie
        fields = [
            "subject",
            "relation",
            "object_organisation",
            "object_place",
            "since",
            "until",
            "notes",
        ]
        widgets = {
            "since": forms.DateInput(attrs={"type": "date"}),
            "until": forms.DateInput(attrs={"type": "date"}),
            "notes": forms.Textarea(attrs={"rows": 2}),
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if bool(cleaned.get("object_organisation")) == bool(cleaned.get("object_place")):
            self.add_error(
                "object_organisation", _("A tie points to either an organisation or a place.")
            )
        self.check_not_before("until", "since", _("A tie cannot end before it starts."))
        return cleaned


class HandoverForm(forms.Form):
    """A contact hands their role over: the date, and who takes it up from then on."""

    on = forms.DateField(
        label=_("Handover date"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The outgoing contact's tenure ends and the successor's starts on this day."),
    )
    name = forms.CharField(label=_("Successor's name"), max_length=200)
    role = forms.CharField(label=_("Role"), max_length=200, required=False)
    unit = forms.CharField(label=_("Unit"), max_length=200, required=False)
    phone = forms.CharField(
        label=_("Phone"),
        max_length=20,
        required=False,
        help_text=_("International form, e.g. +3292101010."),
    )
    email = forms.EmailField(label=_("E-mail"), required=False)
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, person: Person, **kwargs: Any) -> None:
        self.person = person
        super().__init__(*args, **kwargs)

    def clean_on(self) -> Any:
        on = self.cleaned_data["on"]
        if self.person.active_from and on < self.person.active_from:
            raise forms.ValidationError(
                _("%(name)s took up the role on %(date)s; the handover cannot come earlier.")
                % {"name": self.person.name, "date": self.person.active_from.isoformat()}
            )
        return on

    def clean_phone(self) -> str:
        return "".join((self.cleaned_data.get("phone") or "").split())
