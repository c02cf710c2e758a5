"""Form pieces shared by every app: partial dates, the journal note, form rendering defaults."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.utils.dates import MONTHS
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from cityties.text import PartialDate

from .dates import partial_from_fields
from .models import JournalEntry


class PartialDateWidget(forms.MultiWidget):
    """Year, month and day inputs; leave the month or the day empty when it is not known."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        month_choices = [("", _("— month —"))] + [(str(k), v) for k, v in MONTHS.items()]
        widgets = {
            "year": forms.NumberInput(
                attrs={"min": 1900, "max": 2200, "placeholder": _("year"), "inputmode": "numeric"}
            ),
            "month": forms.Select(choices=month_choices),
            "day": forms.NumberInput(
                attrs={"min": 1, "max": 31, "placeholder": _("day"), "inputmode": "numeric"}
            ),
        }
        super().__init__(widgets, attrs)

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        return format_html(
            '<div class="partial-date" role="group">{}</div>',
            super().render(name, value, attrs, renderer),
        )

    def decompress(self, value: Any) -> list[Any]:
        if isinstance(value, str) and value:
            value = PartialDate.parse(value)
        if isinstance(value, date):
            value = PartialDate.from_date(value)
        if isinstance(value, PartialDate):
            return [value.year, value.month, value.day]
        return [None, None, None]


class PartialDateField(forms.MultiValueField):
    """A date known to the year, the month or the day; cleans to a PartialDate or None."""

    widget = PartialDateWidget
    default_error_messages = {
        "invalid": _("Enter a valid date: a year, optionally a month, optionally a day."),
        "day_without_month": _("A day needs a month."),
        "month_without_year": _("A month or day needs a year."),
    }

    def __init__(self, **kwargs: Any) -> None:
        fields = (
            forms.IntegerField(min_value=1000, max_value=9999, required=False),
            forms.IntegerField(min_value=1, max_value=12, required=False),
            forms.IntegerField(min_value=1, max_value=31, required=False),
        )
        kwargs.setdefault(
            "help_text", _("Give only what is known: a year, a month and year, or a full date.")
        )
        super().__init__(fields, require_all_fields=False, **kwargs)

    def compress(self, data_list: list[Any]) -> PartialDate | None:
        if not data_list:
            return None
        year, month, day = (list(data_list) + [None, None, None])[:3]
        if year in (None, ""):
            if month not in (None, "") or day not in (None, ""):
                raise forms.ValidationError(
                    self.error_messages["month_without_year"], code="month_without_year"
                )
            return None
        if day not in (None, "") and month in (None, ""):
            raise forms.ValidationError(
                self.error_messages["day_without_month"], code="day_without_month"
            )
        try:
            return PartialDate(
                int(year),
                int(month) if month not in (None, "") else None,
                int(day) if day not in (None, "") else None,
            )
        except ValueError as e:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from e


def partial_not_before(later: PartialDate | None, earlier: PartialDate | None) -> bool:
    """False when `later` is stored before `earlier` (the database compares first days)."""
    if later is None or earlier is None:
        return True
    return later.to_date() >= earlier.to_date()


class JournalEntryForm(forms.ModelForm):
    """A note on a record."""

    class Meta:
        model = JournalEntry
        fields = ["kind", "comments"]
        widgets = {"comments": forms.Textarea(attrs={"rows": 3})}
        labels = {"comments": _("Note")}


class RecordForm(forms.ModelForm):
    """A ModelForm whose data goes to a service rather than to `save()`.

    `partial_dates` maps a PartialDateField of the form to the stored date field of the model
    (`{"signed": "signed_on"}`); `owner_field` names the field that says which organisation owns
    the record, limited to the editor's own organisation.
    """

    partial_dates: dict[str, str] = {}
    owner_field: str = ""

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)
        for name, stored in self.partial_dates.items():
            if name in self.fields and self.instance is not None:
                self.initial[name] = partial_from_fields(
                    getattr(self.instance, stored, None),
                    getattr(self.instance, f"{stored}_precision", ""),
                )
        if self.owner_field and self.owner_field in self.fields:
            self._limit_owner()

    def _limit_owner(self) -> None:
        from .permissions import role_of, user_organisation_id

        if role_of(self.user) == "admin":
            return
        field = self.fields[self.owner_field]
        mine = user_organisation_id(self.user)
        field.queryset = field.queryset.filter(pk=mine)  # type: ignore[attr-defined]
        field.required = True
        field.empty_label = None  # type: ignore[attr-defined]
        if mine is not None and not getattr(self.instance, f"{self.owner_field}_id", None):
            self.initial[self.owner_field] = mine
        field.help_text = _("Records you add belong to your organisation.")

    def check_not_before(self, later: str, earlier: str, message: Any) -> None:
        """Refuse `later` (a partial date field) before `earlier`, on the `later` field."""
        a, b = self.cleaned_data.get(later), self.cleaned_data.get(earlier)
        if isinstance(a, date) and isinstance(b, date):
            if a < b:
                self.add_error(later, message)
        elif not partial_not_before(a, b):
            self.add_error(later, message)

    def record_data(self) -> dict[str, Any]:
        """The cleaned values as keyword arguments of the app's create/update service."""
        return {name: self.cleaned_data[name] for name in self.fields if name in self.cleaned_data}
