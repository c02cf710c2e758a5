"""Pages of agreements: the filtered list, one agreement, and its form."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.shortcuts import get_object_or_404
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _

from cityties.web.core.views import FilteredListView, RecordDetailView, RecordFormView
from cityties.web.directory.models import Place

from . import services
from .exports import AGREEMENT_COLUMNS
from .filters import AgreementFilterSet
from .forms import AgreementForm
from .models import Agreement


class AgreementListView(FilteredListView):
    """Every agreement with filters on type, status, party, dates and owner."""

    model = Agreement
    filterset_class = AgreementFilterSet
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

        context["evidence"] = evidence_for([self.object]).get((self._ct_id(), self.object.pk), [])
        context["visits"] = self.object.visits.select_related("from_place", "to_place")
        context["initiatives"] = self.object.initiatives.select_related("theme")
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
