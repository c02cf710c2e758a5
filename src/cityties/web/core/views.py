"""View building blocks every app's pages use: filtered lists, record forms, history, notes."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import ProtectedError, RestrictedError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView, FormView, ListView

from . import services
from .exceptions import ApplicationError
from .exports import default_columns, export_csv
from .forms import JournalEntryForm
from .models import JournalEntry
from .permissions import can_create, can_delete, can_edit, role_of
from .selectors import changelog_for, delete_preview, journal_for

RECORD_URLS = {
    "directory.place": "directory:place_detail",
    "directory.organisation": "directory:organisation_detail",
    "directory.person": "directory:person_detail",
    "directory.platform": "directory:platform_detail",
    "agreements.agreement": "agreements:agreement_detail",
    "engagements.visit": "engagements:visit_detail",
    "engagements.initiative": "engagements:initiative_detail",
    "documents.document": "documents:document_detail",
}
# The delete page of each record type (the permission rule is the edit rule).
DELETE_URLS = {
    "directory.place": "directory:place_delete",
    "directory.organisation": "directory:organisation_delete",
    "directory.person": "directory:person_delete",
    "directory.platform": "directory:platform_delete",
    "directory.figure": "directory:figure_delete",
    "directory.goal": "directory:goal_delete",
    "directory.tie": "directory:tie_delete",
    "agreements.agreement": "agreements:agreement_delete",
    "engagements.visit": "engagements:visit_delete",
    "engagements.initiative": "engagements:initiative_delete",
    "engagements.followup": "engagements:followup_delete",
    "engagements.gift": "engagements:gift_delete",
    "engagements.visitmember": "engagements:member_delete",
    "documents.document": "documents:document_delete",
    "core.journalentry": "core:journal_delete",
}
# Records shown on a parent's page: the attribute that leads to the parent.
PARENTS = {
    "agreements.agreementparty": "agreement",
    "engagements.followup": "visit",
    "engagements.gift": "visit",
    "engagements.visitmember": "visit",
    "directory.figure": "place|organisation",
    "directory.goal": "place|organisation",
    "directory.tie": "subject",
    "documents.fact": "document",
    "core.journalentry": "assigned_object",
}


def record_url(obj: models.Model | None) -> str:
    """The page of a record (or of the record whose page shows it); '' when it has none."""
    if obj is None:
        return ""
    label = obj._meta.label_lower
    if label in RECORD_URLS:
        return reverse(RECORD_URLS[label], args=[obj.pk])
    for attr in PARENTS.get(label, "").split("|"):
        parent = getattr(obj, attr, None) if attr else None
        if parent is not None:
            return record_url(parent)
    return ""


def delete_url(obj: models.Model | None) -> str:
    """The page that deletes a record (after confirmation); '' for records without one."""
    if obj is None or obj.pk is None:
        return ""
    name = DELETE_URLS.get(obj._meta.label_lower)
    return reverse(name, args=[obj.pk]) if name else ""


def require_role(request: HttpRequest, *roles: str) -> None:
    """Refuse (403) a user whose role is not one of `roles`."""
    if role_of(request.user) not in roles:
        raise PermissionDenied(_("Your role does not allow this."))


def form_errors_from(form: Any, error: ValidationError) -> None:
    """Attach a service's ValidationError to the form, field by field where it names fields."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


class SelectOneOfMany(forms.Select):
    """A single drop-down for a multiple-choice filter: one value, sent as a one-item list."""

    def value_from_datadict(self, data: Any, files: Any, name: str) -> list[str]:
        getter = getattr(data, "getlist", None)
        values = getter(name) if getter else [data.get(name)]
        return [v for v in values if v not in (None, "")]


def tidy_filter_form(form: forms.Form, names: list[str]) -> None:
    """Keep the filters a person uses on the list and give them compact widgets."""
    for name in list(form.fields):
        if names and name not in names:
            del form.fields[name]
    ordered = {name: form.fields[name] for name in names if name in form.fields}
    form.fields = ordered or form.fields
    any_label = _("Any")
    for name, field in form.fields.items():
        widget = field.widget
        if isinstance(widget, forms.NullBooleanSelect):
            field.widget = forms.Select(
                choices=[("", any_label), ("true", _("Yes")), ("false", _("No"))]
            )
        elif isinstance(widget, forms.SelectMultiple):
            field.widget = SelectOneOfMany(choices=[("", any_label), *field.choices])
        elif isinstance(widget, forms.Select):
            choices = [c for c in field.choices if c[0] != ""]
            field.widget = forms.Select(choices=[("", any_label), *choices])
        elif isinstance(field, forms.DateField):
            field.widget = forms.DateInput(attrs={"type": "date"})
        elif name == "q":
            field.widget = forms.TextInput(
                attrs={"type": "search", "placeholder": _("Name, title, words…")}
            )
        elif isinstance(field, forms.IntegerField | forms.DecimalField | forms.FloatField):
            field.widget = forms.NumberInput(attrs={"min": 1900, "max": 2200, "step": 1})
        field.widget.is_required = False


class FilteredListView(ListView):
    """A list with its FilterSet form, htmx live filtering, pagination and a CSV download."""

    filterset_class: Any = None
    filter_fields: list[str] = []
    export_columns: Any = None
    table_template = ""
    title = ""
    intro = ""
    create_url = ""
    create_label = ""
    export_name = ""
    paginate_by = 50

    def base_queryset(self) -> models.QuerySet:
        return self.model._default_manager.all()

    def get_queryset(self) -> models.QuerySet:
        self.filterset = self.filterset_class(
            self.request.GET or None, queryset=self.base_queryset(), request=self.request
        )
        tidy_filter_form(self.filterset.form, self.filter_fields)
        qs = self.filterset.qs
        if not qs.ordered:
            # Aggregating queries drop Meta.ordering; pages need a stable order.
            qs = qs.order_by(*(self.model._meta.ordering or ["pk"]), "pk")
        return qs

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.GET.get("export") == "csv":
            return self.export_csv()
        return super().get(request, *args, **kwargs)

    def export_csv(self) -> HttpResponse:
        columns = self.export_columns or default_columns(self.model)
        response = HttpResponse(
            export_csv(self.get_queryset(), columns), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.export_name}.csv"'
        return response

    def may_create(self) -> bool:
        return role_of(self.request.user) in ("admin", "editor")

    def get_template_names(self) -> list[str]:
        htmx = getattr(self.request, "htmx", None)
        if htmx and not htmx.boosted and htmx.target == "results":
            return [self.table_template]
        return ["core/list.html"]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            filter=self.filterset,
            table_template=self.table_template,
            title=self.title,
            intro=self.intro,
            create_url=self.create_url if self.may_create() else "",
            create_label=self.create_label,
            filtered=self.is_filtered(),
        )
        return context

    def is_filtered(self) -> bool:
        """Whether any filter has a value (an empty list then means "none match", not "none")."""
        return any(
            value
            for key, values in self.request.GET.lists()
            if key not in ("page", "export")
            for value in values
        )


class RecordPageMixin:
    """Adds the change history, the journal and the edit permission to a record's page."""

    request: HttpRequest

    def record_context(self, obj: models.Model) -> dict[str, Any]:
        user = self.request.user
        writer = role_of(user) in ("admin", "editor")
        return {
            "history": changelog_for(obj),
            "journal": journal_for(obj),
            "journal_form": JournalEntryForm() if writer else None,
            "journal_ct": ContentType.objects.get_for_model(obj).pk,
            "journal_object_id": obj.pk,
            "object_repr": str(obj),
            "may_edit": can_edit(user, obj),
            "delete_url": delete_url(obj) if can_delete(user, obj) else "",
        }


class RecordDetailView(RecordPageMixin, DetailView):
    """A record's page: its fields plus history and journal."""

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(self.record_context(self.object))
        return context


class RecordFormView(FormView):
    """Add or edit one record through a service, with the permission rule checked first.

    Subclasses set `model`, `form_class` and implement `save(form)` (calling a service) and
    `get_object()` for edits (None for a new record).
    """

    model: type[models.Model]
    template_name = "core/form.html"
    object: models.Model | None = None
    title_add = ""
    title_edit = ""
    intro = ""
    success_message_add = ""
    success_message_edit = ""

    def get_object(self) -> models.Model | None:
        pk = self.kwargs.get("pk")
        if pk is None:
            return None
        return get_object_or_404(self.model, pk=pk)

    def check_permission(self) -> None:
        user = self.request.user
        if self.object is not None:
            if not can_edit(user, self.object):
                raise PermissionDenied(_("You may not change this record."))
        elif role_of(user) not in ("admin", "editor") or not self.may_add():
            raise PermissionDenied(_("You may not add this record."))

    def may_add(self) -> bool:
        """Whether the user may add a record of this kind at all (owner checked on save)."""
        return can_create(self.request.user, self.model)

    def create_defaults(self) -> dict[str, Any]:
        return {}

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.object = self.get_object()
        self.check_permission()
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        kwargs["user"] = self.request.user
        if self.object is not None:
            kwargs["instance"] = self.object
        else:
            kwargs["instance"] = self.model(**self.create_defaults())
        return kwargs

    def save(self, form: Any) -> models.Model:
        data = form.record_data()
        if self.object is None:
            return services.record_create(actor=self.request.user, model=self.model, data=data)
        return services.record_update(actor=self.request.user, instance=self.object, data=data)

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            obj = self.save(form)
        except ValidationError as e:
            form_errors_from(form, e)
            return self.form_invalid(form)
        adding = self.object is None
        messages.success(
            self.request,
            (self.success_message_add if adding else self.success_message_edit) % {"object": obj},
        )
        return HttpResponseRedirect(self.get_success_url(obj))

    def get_success_url(self, obj: models.Model | None = None) -> str:  # type: ignore[override]
        return record_url(obj or self.object) or self.list_url()

    def cancel_url(self) -> str:
        return self.get_success_url() if self.object is not None else self.list_url()

    def list_url(self) -> str:
        return "/"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        name = self.model._meta.verbose_name
        context.update(
            object=self.object,
            title=(self.title_edit or _("Edit %(name)s") % {"name": name})
            if self.object is not None
            else (self.title_add or _("Add %(name)s") % {"name": name}),
            intro=self.intro,
            cancel_url=self.cancel_url(),
        )
        return context


class JournalAddView(View):
    """Add a note to any record (editors and admins)."""

    def post(self, request: HttpRequest, ct: int, pk: int) -> HttpResponse:
        require_role(request, "admin", "editor")
        content_type = get_object_or_404(ContentType, pk=ct)
        model = content_type.model_class()
        if model is None or model._meta.app_label not in {
            "directory",
            "agreements",
            "engagements",
            "documents",
        }:
            raise Http404
        obj = get_object_or_404(model, pk=pk)
        form = JournalEntryForm(request.POST)
        if form.is_valid():
            services.journal_entry_create(
                actor=request.user,
                obj=obj,
                comments=form.cleaned_data["comments"],
                kind=form.cleaned_data["kind"],
            )
            messages.success(request, _("Note added."))
        else:
            messages.error(request, _("A note cannot be empty."))
        return redirect((record_url(obj) or "/") + "#journal")


class RecordDeleteView(View):
    """Delete a record after a confirmation page that says what the delete would do.

    A record others still refer to (a place with agreements, an agreement that was renewed)
    is not deleted: the page lists those records instead. Subclasses set `model` and call
    their app's delete service in `delete(obj)`.
    """

    model: type[models.Model]
    template_name = "core/confirm_delete.html"
    success_message = gettext_lazy("%(object)s deleted.")

    def get_object(self) -> models.Model:
        return get_object_or_404(self.model, pk=self.kwargs["pk"])

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.object = self.get_object()
        if not can_delete(request.user, self.object):
            raise PermissionDenied(_("You may not delete this record."))
        return super().dispatch(request, *args, **kwargs)

    def delete(self, obj: Any) -> None:
        services.record_delete(actor=self.request.user, instance=obj)

    def page_url(self, obj: models.Model) -> str:
        """Where the record is shown (its own page, or its parent's)."""
        return record_url(obj) or "/"

    def success_url(self, obj: models.Model) -> str:
        """Where to go once it is gone: the parent's page for a part, else the list."""
        own = RECORD_URLS.get(obj._meta.label_lower)
        page = record_url(obj)
        if own is None and page:
            return page
        return self.list_url()

    def list_url(self) -> str:
        return "/"

    def render_page(self, *, status: int = 200, refused: bool = False) -> HttpResponse:
        obj = self.object
        context = {
            "object": obj,
            "kind": obj._meta.verbose_name,
            "preview": delete_preview(obj),
            "cancel_url": self.page_url(obj),
            "refused": refused,
        }
        return render(self.request, self.template_name, context, status=status)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return self.render_page()

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        obj = self.object
        text = str(obj)
        after = self.success_url(obj)
        try:
            self.delete(obj)
        except (ProtectedError, RestrictedError):
            return self.render_page(status=409, refused=True)
        except ApplicationError as e:
            messages.error(request, e.message)
            return self.render_page(status=409, refused=True)
        messages.success(request, self.success_message % {"object": text})
        return redirect(after)


class JournalDeleteView(RecordDeleteView):
    """Remove a note (its author or an admin)."""

    model = JournalEntry

    def delete(self, obj: Any) -> None:
        services.journal_entry_delete(actor=self.request.user, entry=obj)

    def page_url(self, obj: models.Model) -> str:
        return (record_url(getattr(obj, "assigned_object", None)) or "/") + "#journal"

    def success_url(self, obj: models.Model) -> str:
        return self.page_url(obj)
