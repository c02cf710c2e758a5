"""The filters of the Find partners page."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cityties.matching import THEMES
from cityties.web.directory.models import Place, country_validator

SIZE_CHOICES = [
    ("", _("Any size")),
    ("small", _("Under 50,000")),
    ("medium", _("50,000 to 250,000")),
    ("large", _("250,000 to 1 million")),
    ("metropolis", _("Over 1 million")),
]


class FindPartnersForm(forms.Form):
    """Whose partners to look for, and the filters: country, size band, themes."""

    place = forms.ModelChoiceField(
        label=_("Partners for"),
        queryset=Place.objects.filter(kind="city").order_by("name"),
        required=False,
    )
    country = forms.CharField(
        label=_("Country"),
        max_length=2,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "CN", "size": 3}),
    )
    size = forms.ChoiceField(label=_("Size"), choices=SIZE_CHOICES, required=False)
    themes = forms.MultipleChoiceField(
        label=_("Themes on record"),
        choices=[(k, t.label) for k, t in THEMES.items()],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def clean_country(self) -> str:
        value = str(self.cleaned_data.get("country") or "").strip().upper()
        if value:
            country_validator(value)
        return value
