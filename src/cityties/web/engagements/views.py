"""Pages of visits (with members, follow-ups and gifts) and initiatives."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from cityties.web.core.permissions import can_edit
from cityties.web.core.views import (
    FilteredListView,
    RecordDeleteView,
    RecordDetailView,
    RecordFormView,
    record_url,
)
from cityties.web.directory.models import Place
from cityties.web.directory.selectors import evidence_for

from . import selectors, services
from .exports import GIFT_COLUMNS, INITIATIVE_COLUMNS, VISIT_COLUMNS
from .filters import InitiativeFilterSet, VisitFilterSet
from .forms import (
    FollowUpForm,
    GiftForm,
    GiftRegisterFilterSet,
    GiftRegisterForm,
    InitiativeForm,
    VisitForm,
    VisitMemberForm,
)
from .models import FollowUp, Gift, Initiative, Visit, VisitMember

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
            partner=selectors.visit_partner_place(visit),
            evidence=evidence_for([visit]).get(_key(visit), []),
            sources=visit.source_documents.all(),
            today=timezone.localdate(),
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


def _key(record: models.Model) -> tuple[int, int]:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(record).pk, record.pk


class VisitDeleteView(RecordDeleteView):
    """Delete a visit with its members and follow-ups (its gifts stay in the register)."""

    model = Visit

    def delete(self, obj: Any) -> None:
        services.visit_delete(actor=self.request.user, visit=obj)

    def list_url(self) -> str:
        return reverse("engagements:visit_list")


# --- the parts of a visit: delegation members, follow-up actions, gifts --------------------------


class VisitMemberFormView(RecordFormView):
    """Change a delegation member's name, title or side."""

    model = VisitMember
    form_class = VisitMemberForm
    success_message_add = gettext_lazy("%(object)s added.")
    success_message_edit = gettext_lazy("%(object)s saved.")

    def save(self, form: Any) -> VisitMember:
        data = form.record_data()
        return services.visit_member_update(actor=self.request.user, member=self.object, **data)


class VisitMemberDeleteView(RecordDeleteView):
    """Remove a delegation member."""

    model = VisitMember

    def delete(self, obj: Any) -> None:
        services.visit_member_delete(actor=self.request.user, member=obj)


class FollowUpFormView(RecordFormView):
    """Change a follow-up action: its text, owner, due date, or the day it was done."""

    model = FollowUp
    form_class = FollowUpForm
    success_message_add = gettext_lazy("Follow-up action added.")
    success_message_edit = gettext_lazy("Follow-up action saved.")

    def save(self, form: Any) -> FollowUp:
        data = form.record_data()
        return services.follow_up_update(actor=self.request.user, follow_up=self.object, **data)


class FollowUpDoneView(View):
    """Mark a follow-up action done today (a button on the visit page and the dashboard)."""

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        follow_up = get_object_or_404(FollowUp.objects.select_related("visit"), pk=pk)
        if not can_edit(request.user, follow_up):
            raise PermissionDenied(_("You may not change this visit."))
        if follow_up.done_on is None:
            services.follow_up_update(
                actor=request.user, follow_up=follow_up, done_on=timezone.localdate()
            )
            messages.success(request, _("Done: %(action)s") % {"action": follow_up})
        target = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            target = record_url(follow_up) + "#followup"
        return redirect(target)


class FollowUpDeleteView(RecordDeleteView):
    """Remove a follow-up action."""

    model = FollowUp

    def delete(self, obj: Any) -> None:
        services.follow_up_delete(actor=self.request.user, follow_up=obj)


class GiftFormView(RecordFormView):
    """Change a gift record."""

    model = Gift
    form_class = GiftForm
    success_message_add = gettext_lazy("Gift %(object)s recorded.")
    success_message_edit = gettext_lazy("Gift %(object)s saved.")

    def save(self, form: Any) -> Gift:
        data = form.record_data()
        return services.gift_update(actor=self.request.user, gift=self.object, **data)

    def list_url(self) -> str:
        return reverse("engagements:gift_list")


class GiftCreateView(RecordFormView):
    """Record a gift from the register, choosing the visit it belongs to."""

    model = Gift
    form_class = GiftRegisterForm
    title_add = gettext_lazy("Record a gift")
    success_message_add = gettext_lazy("Gift %(object)s recorded.")

    def save(self, form: Any) -> Gift:
        return services.gift_create(actor=self.request.user, **form.record_data())

    def get_success_url(self, obj: models.Model | None = None) -> str:  # type: ignore[override]
        return self.list_url()

    def list_url(self) -> str:
        return reverse("engagements:gift_list")


class GiftDeleteView(RecordDeleteView):
    """Remove a gift record."""

    model = Gift

    def delete(self, obj: Any) -> None:
        services.gift_delete(actor=self.request.user, gift=obj)

    def list_url(self) -> str:
        return reverse("engagements:gift_list")


def _gift_partner(gift: Gift) -> str:
    place = selectors.visit_partner_place(gift.visit) if gift.visit else None
    return place.name if place is not None else ""


class GiftListView(FilteredListView):
    """The gift register: each gift of a visit with its giver, receiver, date and keeping place."""

    model = Gift
    filterset_class = GiftRegisterFilterSet
    filter_fields = ["q", "direction", "year", "place_id"]
    table_template = "engagements/_gift_table.html"
    title = gettext_lazy("Gift register")
    intro = gettext_lazy(
        "Gifts given and received on visits: by whom, to whom, when, and where they are kept."
    )
    create_url = reverse_lazy("engagements:gift_create")
    create_label = gettext_lazy("Record a gift")
    export_name = "gifts"
    export_columns = [*GIFT_COLUMNS, ("partner", _gift_partner)]
    paginate_by = 100

    def base_queryset(self) -> models.QuerySet:
        return selectors.gift_register()

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        gifts = context["object_list"]
        rows = [(g, selectors.visit_partner_place(g.visit) if g.visit else None) for g in gifts]
        context.update(
            gift_rows=rows,
            given_count=sum(1 for g in gifts if g.direction == "given"),
            received_count=sum(1 for g in gifts if g.direction == "received"),
        )
        return context


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


class InitiativeDeleteView(RecordDeleteView):
    """Delete an initiative."""

    model = Initiative

    def delete(self, obj: Any) -> None:
        services.initiative_delete(actor=self.request.user, initiative=obj)

    def list_url(self) -> str:
        return reverse("engagements:initiative_list")
