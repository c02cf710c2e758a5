"""Pages of agreements: the filtered list, one agreement, and its form."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from cityties.text import PartialDate
from cityties.web.core.exceptions import ApplicationError
from cityties.web.core.permissions import can_edit
from cityties.web.core.views import (
    FilteredListView,
    RecordDeleteView,
    RecordDetailView,
    RecordFormView,
    form_errors_from,
)
from cityties.web.directory.models import Place

from . import services
from .choices import AgreementStatus
from .exports import AGREEMENT_COLUMNS
from .forms import AgreementEndForm, AgreementForm, AgreementListFilterSet, AgreementRenewForm
from .models import Agreement


class AgreementListView(FilteredListView):
    """Every agreement with filters on type, status, party, dates and owner."""

    model = Agreement
    filterset_class = AgreementListFilterSet
    table_template = "agreements/_agreement_table.html"
    title = _("Agreements")
    intro = _("Twinnings, friendship agreements, memoranda, letters and declarations of intent.")
    create_url = reverse_lazy("agreements:agreement_create")
    create_label = _("Add agreement")
    export_name = "agreements"
    export_columns = AGREEMENT_COLUMNS
    filter_fields = [
        "q",
        "type",
        "status",
        "place_id",
        "owner_id",
        "signed_year",
        "ends_year",
        "active",
        "expiring",
        "ended_without_renewal",
    ]

    def base_queryset(self) -> models.QuerySet:
        return Agreement.objects.select_related("owner").prefetch_related(
            "parties__place", "parties__organisation"
        )


class AgreementDetailView(RecordDetailView):
    """One agreement: parties, dates, term, renewals, sources, visits, history."""

    model = Agreement
    template_name = "agreements/agreement_detail.html"

    def get_queryset(self) -> models.QuerySet:
        return Agreement.objects.select_related("owner", "renews").prefetch_related(
            "parties__place", "parties__organisation", "themes", "source_documents", "renewals"
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        from cityties.web.directory.selectors import evidence_for

        evidence = evidence_for([self.object]).get((self._ct_id(), self.object.pk), [])
        context["evidence"] = evidence
        # Documents already quoted above are not listed a second time.
        quoted = {ev.document_id for ev in evidence}
        context["other_sources"] = [
            d for d in self.object.source_documents.all() if d.pk not in quoted
        ]
        context["visits"] = self.object.visits.select_related("from_place", "to_place")
        context["initiatives"] = self.object.initiatives.select_related("theme")
        in_force = self.object.status in (AgreementStatus.SIGNED, AgreementStatus.RENEWED)
        concluded = in_force or self.object.status == AgreementStatus.ENDED
        context["may_renew"] = context["may_edit"] and concluded
        context["may_end"] = context["may_edit"] and in_force
        context["today"] = timezone.localdate()
        context["in_force"] = in_force
        return context

    def _ct_id(self) -> int:
        from django.contrib.contenttypes.models import ContentType

        return ContentType.objects.get_for_model(Agreement).pk


class AgreementFormView(RecordFormView):
    """Add or edit an agreement with its parties."""

    model = Agreement
    form_class = AgreementForm
    title_add = _("Add agreement")
    title_edit = _("Edit agreement")
    success_message_add = _("Agreement %(object)s added.")
    success_message_edit = _("Agreement %(object)s saved.")

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        place = self.request.GET.get("place")
        if place and place.isdigit() and self.object is None:
            kwargs["initial_place"] = get_object_or_404(Place, pk=int(place))
        return kwargs

    def save(self, form: Any) -> Agreement:
        data = form.record_data()
        if self.object is None:
            return services.agreement_create(actor=self.request.user, **data)
        return services.agreement_update(actor=self.request.user, agreement=self.object, **data)

    def list_url(self) -> str:
        return reverse("agreements:agreement_list")


class AgreementDeleteView(RecordDeleteView):
    """Delete an agreement (refused while a renewal refers to it)."""

    model = Agreement

    def delete(self, obj: Any) -> None:
        services.agreement_delete(actor=self.request.user, agreement=obj)

    def list_url(self) -> str:
        return reverse("agreements:agreement_list")


class _AgreementActionView(FormView):
    """A form about one agreement that its editors (the owner's) may use."""

    template_name = "agreements/agreement_action.html"
    title = ""
    intro = ""
    submit_label = ""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.agreement = get_object_or_404(
            Agreement.objects.select_related("owner").prefetch_related(
                "parties__place", "parties__organisation"
            ),
            pk=kwargs["pk"],
        )
        if not can_edit(request.user, self.agreement):
            raise PermissionDenied(_("You may not change this agreement."))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        kwargs["agreement"] = self.agreement
        return kwargs

    def fail(self, form: Any, error: Exception) -> HttpResponse:
        if isinstance(error, ApplicationError):
            form.add_error(None, error.message)
        elif isinstance(error, ValidationError):
            form_errors_from(form, error)
        return self.form_invalid(form)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            agreement=self.agreement,
            title=self.title,
            intro=self.intro,
            submit_label=self.submit_label,
            cancel_url=reverse("agreements:agreement_detail", args=[self.agreement.pk]),
        )
        return context


class AgreementRenewView(_AgreementActionView):
    """Renew an agreement: a successor with the same parties, type, themes and owner."""

    form_class = AgreementRenewForm
    title = _("Renew agreement")
    intro = _(
        "The renewal is recorded as a new agreement with the same parties that renews this one; "
        "this one keeps its own dates."
    )
    submit_label = _("Record the renewal")

    def get_initial(self) -> dict[str, Any]:
        a = self.agreement
        return {"title": a.title, "signed": a.ends, "duration_months": a.duration_months}

    def form_valid(self, form: AgreementRenewForm) -> HttpResponse:
        data = form.cleaned_data
        try:
            renewal = services.agreement_renew(
                actor=self.request.user,
                agreement=self.agreement,
                signed=data["signed"],
                duration_months=data.get("duration_months"),
                ends=data.get("ends"),
                title=data.get("title") or "",
            )
        except (ApplicationError, ValidationError) as e:
            return self.fail(form, e)
        messages.success(self.request, _("Renewal %(object)s recorded.") % {"object": renewal})
        return HttpResponseRedirect(reverse("agreements:agreement_detail", args=[renewal.pk]))


class AgreementEndView(_AgreementActionView):
    """Record that an agreement in force has ended, with the date."""

    form_class = AgreementEndForm
    title = _("Record the end of an agreement")
    intro = _(
        "Use this when the agreement was ended or has run out without renewal. "
        "It then counts as ended in the lists, the dashboard and the annual report."
    )
    submit_label = _("Record the end")

    def get_initial(self) -> dict[str, Any]:
        ends = self.agreement.ends
        today = PartialDate.from_date(timezone.localdate())
        if ends is None or ends.to_date() > timezone.localdate():
            ends = today
        return {"ends": ends}

    def form_valid(self, form: AgreementEndForm) -> HttpResponse:
        try:
            services.agreement_end(
                actor=self.request.user, agreement=self.agreement, ends=form.cleaned_data["ends"]
            )
        except (ApplicationError, ValidationError) as e:
            return self.fail(form, e)
        messages.success(
            self.request, _("Agreement %(object)s recorded as ended.") % {"object": self.agreement}
        )
        return HttpResponseRedirect(
            reverse("agreements:agreement_detail", args=[self.agreement.pk])
        )
