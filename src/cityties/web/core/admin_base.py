"""Admin bases: writes go through the audited services; the audit itself is read-only."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import models
from django.forms import ModelForm
from django.http import HttpRequest

from .services import record_create, record_delete, record_update


class AuditedAdmin(admin.ModelAdmin):
    """Saves and deletes through `core.services`, so every admin change is in the change log."""

    def save_model(
        self, request: HttpRequest, obj: models.Model, form: ModelForm, change: bool
    ) -> None:
        data = {
            name: form.cleaned_data[name] for name in form.cleaned_data if name in _field_names(obj)
        }
        if change:
            saved = record_update(actor=request.user, instance=obj, data=data)
        else:
            saved = record_create(actor=request.user, model=type(obj), data=data)
        obj.pk = saved.pk
        obj._state = saved._state

    def delete_model(self, request: HttpRequest, obj: models.Model) -> None:
        record_delete(actor=request.user, instance=obj)

    def delete_queryset(self, request: HttpRequest, queryset: models.QuerySet) -> None:
        for obj in queryset:
            record_delete(actor=request.user, instance=obj)


def _field_names(obj: models.Model) -> set[str]:
    opts = obj._meta
    return {f.name for f in opts.concrete_fields if f.editable} | {
        f.name for f in opts.many_to_many
    }


class ReadOnlyAdmin(admin.ModelAdmin):
    """An admin page that only shows records (the change log, evidence, runs)."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
