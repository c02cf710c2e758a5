"""Forms of the documents pages: upload a file or paste text; correct a fact before accepting."""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

EDITABLE_TYPES = (str, int, float, type(None))


class UploadForm(forms.Form):
    """A file (txt, md, html, pdf, docx) or pasted text, with an optional title."""

    title = forms.CharField(
        label=_("Title"),
        max_length=300,
        required=False,
        help_text=_("Defaults to the file name."),
    )
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("Text, Markdown, HTML, PDF with a text layer, or Word (.docx)."),
    )
    text = forms.CharField(
        label=_("Or paste the text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        has_file = bool(cleaned.get("file"))
        has_text = bool((cleaned.get("text") or "").strip())
        if has_file and has_text:
            raise forms.ValidationError(_("Give a file or pasted text, not both."))
        if not has_file and not has_text:
            raise forms.ValidationError(_("Choose a file or paste some text."))
        return cleaned


def _is_list_of_text(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str | int | float) for v in value)


class FactEditForm(forms.Form):
    """The fields of one fact as text inputs; nested values (the gazetteer entry) stay as read."""

    def __init__(self, *args: Any, payload: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.payload = payload
        for key, value in payload.items():
            label = key.replace("_", " ").capitalize()
            if isinstance(value, EDITABLE_TYPES):
                self.fields[key] = forms.CharField(
                    label=label, required=False, initial="" if value is None else str(value)
                )
            elif _is_list_of_text(value):
                self.fields[key] = forms.CharField(
                    label=label,
                    required=False,
                    initial="; ".join(str(v) for v in value),
                    help_text=_("Separate items with semicolons."),
                )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        for key, raw in list(cleaned.items()):
            original = self.payload.get(key)
            text = (raw or "").strip()
            if isinstance(original, list):
                cleaned[key] = [v.strip() for v in text.split(";") if v.strip()]
            elif text == "":
                cleaned[key] = None
            elif isinstance(original, bool):
                cleaned[key] = text.lower() in ("1", "true", "yes", "ja")
            elif isinstance(original, int):
                try:
                    cleaned[key] = int(text.replace(",", "").replace(" ", ""))
                except ValueError:
                    self.add_error(key, _("Enter a whole number."))
            elif isinstance(original, float):
                try:
                    cleaned[key] = float(text.replace(" ", "").replace(",", ""))
                except ValueError:
                    self.add_error(key, _("Enter a number."))
            else:
                cleaned[key] = text
        return cleaned

    def changed_payload(self) -> dict[str, Any]:
        """Only the values the reviewer changed."""
        return {
            k: v
            for k, v in self.cleaned_data.items()
            if json.dumps(v, sort_keys=True) != json.dumps(self.payload.get(k), sort_keys=True)
        }
