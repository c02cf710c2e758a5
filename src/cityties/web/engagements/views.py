"""Pages of visits (with members, follow-ups and gifts) and initiatives."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from cityties.web.core.permissions import can_edit
from cityties.web.core.views import FilteredListView, RecordDetailView, RecordFormView
from cityties.web.directory.models import Place

from . import services
from .exports import INITIATIVE_COLUMNS, VISIT_COLUMNS
from .filters import InitiativeFilterSet, VisitFilterSet
from .forms import FollowUpForm, GiftForm, InitiativeForm, VisitForm, VisitMemberForm
from .models import Initiative, Visit

# --- visits ---------------------------------------------------------------------------------


class VisitListView(FilteredListView):
    """Delegations in and out."""

    model = Visit
    filterset_class = VisitFilterSet
    filter_fields = ["q", "direction", "place_id", "organiser_id", "year"]
    table_template = "engagements/_visit_table.html"
    title = gettext_lazy("Visits")
    intro = gettext_lazy("Delegations received and sent, with their programme and outcomes.")
    create_url = reverse_lazy("engagements:visit_create")
    create_label = gettext_lazy("Add visit")
    export_name = "visits"
    export_columns = VISIT_COLUMNS

    def base_queryset(self) -> models.QuerySet:
        return Visit.objects.select_related(
            "from_place", "to_place", "from_organisation", "to_organisation", "organiser"
        )


class VisitDetailView(RecordDetailView):
    """One visit: who came, the programme, outcomes, follow-ups and gifts."""

    model = Visit
    template_name = "engagements/visit_detail.html"

    def get_queryset(self) -> models.QuerySet:
        return Visit.objects.select_related(
            "from_place",
            "to_place",
            "from_organisation",
            "to_organisation",
            "organiser",
            "agreement",
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        visit = self.object
        context.update(
            members=visit.members.all(),
            follow_ups=visit.follow_ups.select_related("owner"),
            gifts=visit.gifts.all(),
        )
        if context["may_edit"]:
            context.update(
                member_form=VisitMemberForm(user=self.request.user, prefix="member"),
                follow_up_form=FollowUpForm(user=self.request.user, prefix="followup"),
                gift_form=GiftForm(user=self.request.user, prefix="gift"),
            )
        return context


class VisitFormView(RecordFormView):
    """Add or edit a visit."""

    model = Visit
    form_class = VisitForm
    title_add = gettext_lazy("Add visit")
    title_edit = gettext_lazy("Edit visit")
    success_message_add = gettext_lazy("Visit %(object)s added.")
    success_message_edit = gettext_lazy("Visit %(object)s saved.")

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        place = self.request.GET.get("place", "")
        if place.isdigit() and self.object is None:
            kwargs["initial_place"] = get_object_or_404(Place, pk=int(place))
        return kwargs

    def save(self, form: Any) -> Visit:
        data = form.record_data()
        if self.object is None:
            return services.visit_create(actor=self.request.user, **data)
        return services.visit_update(actor=self.request.user, visit=self.object, **data)

    def list_url(self) -> str:
        return reverse("engagements:visit_list")


class VisitPartAddView(View):
    """Add a delegation member, a follow-up action or a gift to a visit (its editors only)."""

    forms = {"member": VisitMemberForm, "followup": FollowUpForm, "gift": GiftForm}

    def post(self, request: HttpRequest, pk: int, part: str) -> HttpResponse:
        visit = get_object_or_404(Visit, pk=pk)
        if part not in self.forms:
            raise PermissionDenied
        if not can_edit(request.user, visit):
            raise PermissionDenied(_("You may not change this visit."))
        form = self.forms[part](request.POST, user=request.user, prefix=part)
        if not form.is_valid():
            errors = "; ".join(str(e) for errs in form.errors.values() for e in errs)
            messages.error(request, _("Not added: %(errors)s") % {"errors": errors})
            return redirect(reverse("engagements:visit_detail", args=[pk]) + f"#{part}")
        data = form.record_data()
        try:
            if part == "member":
                services.visit_member_add(actor=request.user, visit=visit, **data)
            elif part == "followup":
                services.follow_up_create(actor=request.user, visit=visit, **data)
            else:
                services.gift_create(actor=request.user, visit=visit, **data)
        except ValidationError as e:
            messages.error(request, _("Not added: %(errors)s") % {"errors": "; ".join(e.messages)})
        else:
            messages.success(request, _("Added."))
        return redirect(reverse("engagements:visit_detail", args=[pk]) + f"#{part}")


# --- initiatives ---------------------------------------------------------------------------------


class InitiativeListView(FilteredListView):
    """Initiatives: exchanges, trade missions, research projects."""

    model = Initiative
    filterset_class = InitiativeFilterSet
    filter_fields = ["q", "status", "theme", "place_id", "organisation_id", "year"]
    table_template = "engagements/_initiative_table.html"
    title = gettext_lazy("Initiatives")
    intro = gettext_lazy("What the city and its platform partners do with partner places.")
    create_url = reverse_lazy("engagements:initiative_create")
    create_label = gettext_lazy("Add initiative")
    export_name = "initiatives"
    export_columns = INITIATIVE_COLUMNS

    def base_queryset(self) -> models.QuerySet:
        return Initiative.objects.select_related("theme", "lead_organisation").prefetch_related(
            "partner_places"
        )


class InitiativeDetailView(RecordDetailView):
    """One initiative."""

    model = Initiative
    template_name = "engagements/initiative_detail.html"

    def get_queryset(self) -> models.QuerySet:
        return Initiative.objects.select_related("theme", "lead_organisation", "agreement")


class InitiativeFormView(RecordFormView):
    """Add or edit an initiative."""

    model = Initiative
    form_class = InitiativeForm
    title_add = gettext_lazy("Add initiative")
    title_edit = gettext_lazy("Edit initiative")
    success_message_add = gettext_lazy("Initiative %(object)s added.")
    success_message_edit = gettext_lazy("Initiative %(object)s saved.")

    def save(self, form: Any) -> Initiative:
        data = form.record_data()
        if self.object is None:
            return services.initiative_create(actor=self.request.user, **data)
        return services.initiative_update(actor=self.request.user, initiative=self.object, **data)

    def list_url(self) -> str:
        return reverse("engagements:initiative_list")
