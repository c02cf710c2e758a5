"""Pages of the directory: places (the partner page), organisations, platforms and people."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView

from cityties.web.core.permissions import can_edit, user_organisation_id
from cityties.web.core.views import (
    FilteredListView,
    RecordDeleteView,
    RecordDetailView,
    RecordFormView,
    form_errors_from,
    record_url,
)
from cityties.web.engagements.models import Visit

from . import selectors, services
from .exports import ORGANISATION_COLUMNS, PERSON_COLUMNS, PLACE_COLUMNS
from .filters import OrganisationFilterSet, PersonFilterSet, PlaceFilterSet, PlatformFilterSet
from .forms import (
    FigureForm,
    GoalForm,
    HandoverForm,
    OrganisationForm,
    PersonForm,
    PlaceForm,
    PlatformForm,
    TieForm,
)
from .models import Figure, Goal, Organisation, Person, Place, Platform, Tie

# --- places ---------------------------------------------------------------------------------


class PlaceListView(FilteredListView):
    """Places: partner cities, the home city and every other place in the register."""

    model = Place
    filterset_class = PlaceFilterSet
    table_template = "directory/_place_table.html"
    title = _("Places")
    intro = _("Partner cities and the other places the register knows.")
    create_url = reverse_lazy("directory:place_create")
    create_label = _("Add place")
    export_name = "places"
    export_columns = PLACE_COLUMNS
    filter_fields = ["q", "country", "kind", "partner", "dormant"]

    def base_queryset(self) -> models.QuerySet:
        return Place.objects.with_last_activity().annotate(
            agreement_count=models.Count("agreement_parties", distinct=True)
        )


class PlaceDetailView(RecordDetailView):
    """The partner page: key facts with evidence, agreements, visits, contacts, map, network."""

    model = Place
    template_name = "directory/place_detail.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(place_profile(self.object))
        return context


def place_profile(place: Place) -> dict[str, Any]:
    """Everything the partner page (and the public profile) shows about a place."""
    home = selectors.home_place()
    agreements = selectors.place_agreements(place)
    key_facts = selectors.place_key_facts(place)
    return {
        "place": place,
        "home": home,
        "key_facts": key_facts,
        "has_population_figure": any(
            getattr(f.record, "measure", "") == "population" for f in key_facts
        ),
        "place_evidence": selectors.place_evidence(place),
        "agreements": agreements,
        "timeline": selectors.agreement_timeline(agreements),
        "visits": selectors.place_visits(place),
        "initiatives": selectors.place_initiatives(place),
        "contacts": selectors.place_contacts(place),
        "visit_people": selectors.place_visit_people(place),
        "organisations": selectors.place_organisations(place),
        "map_config": selectors.place_map(place, home=home),
        "network": selectors.place_network(place, home=home),
        "glance": selectors.place_glance(place),
    }


@method_decorator(login_not_required, name="dispatch")
class PlacePublicView(View):
    """A place's public profile, shown to anyone once an admin switches it on."""

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        place = get_object_or_404(Place, pk=pk)
        if not place.public_profile:
            raise Http404
        context = place_profile(place)
        return render(request, "directory/place_public.html", context)


class PlaceFormView(RecordFormView):
    """Add or edit a place."""

    model = Place
    form_class = PlaceForm
    success_message_add = _("Place %(object)s added.")
    success_message_edit = _("Place %(object)s saved.")

    def save(self, form: Any) -> Place:
        data = form.record_data()
        if self.object is None:
            return services.place_create(actor=self.request.user, **data)
        return services.place_update(actor=self.request.user, place=self.object, **data)

    def list_url(self) -> str:
        return reverse("directory:place_list")


# --- organisations ----------------------------------------------------------------------------


class OrganisationListView(FilteredListView):
    """Organisations: city governments, universities, chambers, ports, companies."""

    model = Organisation
    filterset_class = OrganisationFilterSet
    table_template = "directory/_organisation_table.html"
    title = _("Organisations")
    create_url = reverse_lazy("directory:organisation_create")
    create_label = _("Add organisation")
    export_name = "organisations"
    export_columns = ORGANISATION_COLUMNS
    filter_fields = ["q", "kind", "place_id", "platform_id"]

    def base_queryset(self) -> models.QuerySet:
        return Organisation.objects.select_related("place").prefetch_related("platforms")


class OrganisationDetailView(RecordDetailView):
    """An organisation with its ties, platforms, people, agreements and initiatives."""

    model = Organisation
    template_name = "directory/organisation_detail.html"

    def get_queryset(self) -> models.QuerySet:
        return Organisation.objects.select_related("place")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        org = self.object
        context.update(
            ties=org.ties.select_related("object_organisation", "object_place"),
            incoming_ties=org.incoming_ties.select_related("subject"),
            platforms=org.platforms.all(),
            people=org.people.order_by("active_to", "name"),
            agreements=org.owned_agreements.prefetch_related("parties__place"),
            initiatives=org.led_initiatives.select_related("theme"),
            visits=org.organised_visits.select_related("from_place", "to_place"),
        )
        return context


class OrganisationFormView(RecordFormView):
    """Add or edit an organisation."""

    model = Organisation
    form_class = OrganisationForm
    success_message_add = _("Organisation %(object)s added.")
    success_message_edit = _("Organisation %(object)s saved.")

    def save(self, form: Any) -> Organisation:
        data = form.record_data()
        if self.object is None:
            return services.organisation_create(actor=self.request.user, **data)
        return services.organisation_update(
            actor=self.request.user, organisation=self.object, **data
        )

    def list_url(self) -> str:
        return reverse("directory:organisation_list")


# --- platforms --------------------------------------------------------------------------------


class PlatformListView(FilteredListView):
    """Platforms: groups of organisations working on one country."""

    model = Platform
    filterset_class = PlatformFilterSet
    table_template = "directory/_platform_table.html"
    title = _("Platforms")
    create_url = reverse_lazy("directory:platform_create")
    create_label = _("Add platform")
    export_name = "platforms"
    filter_fields = ["q", "focus_country", "member_id"]

    def base_queryset(self) -> models.QuerySet:
        return Platform.objects.prefetch_related("members")


class PlatformDetailView(RecordDetailView):
    """A platform and its members."""

    model = Platform
    template_name = "directory/platform_detail.html"


class PlatformFormView(RecordFormView):
    """Add or edit a platform."""

    model = Platform
    form_class = PlatformForm
    success_message_add = _("Platform %(object)s added.")
    success_message_edit = _("Platform %(object)s saved.")

    def save(self, form: Any) -> Platform:
        data = form.record_data()
        if self.object is None:
            return services.platform_create(actor=self.request.user, **data)
        return services.platform_update(actor=self.request.user, platform=self.object, **data)

    def list_url(self) -> str:
        return reverse("directory:platform_list")


# --- people -------------------------------------------------------------------------------------


class PersonListView(FilteredListView):
    """Contacts with their role, organisation and tenure."""

    model = Person
    filterset_class = PersonFilterSet
    table_template = "directory/_person_table.html"
    title = _("People")
    intro = _("Contacts with their roles; former holders of a role stay on record.")
    create_url = reverse_lazy("directory:person_create")
    create_label = _("Add person")
    export_name = "people"
    export_columns = PERSON_COLUMNS
    filter_fields = ["q", "organisation_id", "place_id", "current"]

    def base_queryset(self) -> models.QuerySet:
        return Person.objects.select_related("organisation__place")


class PersonDetailView(RecordDetailView):
    """A contact person."""

    model = Person
    template_name = "directory/person_detail.html"

    def get_queryset(self) -> models.QuerySet:
        return Person.objects.select_related("organisation__place", "owner")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["role_holders"] = selectors.role_holders(self.object)
        return context


class PersonFormView(RecordFormView):
    """Add or edit a contact person."""

    model = Person
    form_class = PersonForm
    success_message_add = _("%(object)s added.")
    success_message_edit = _("%(object)s saved.")

    def create_defaults(self) -> dict[str, Any]:
        mine = user_organisation_id(self.request.user)
        return {"owner_id": mine, "organisation_id": mine} if mine else {}

    def save(self, form: Any) -> Person:
        data = form.record_data()
        if self.object is None:
            return services.person_create(actor=self.request.user, **data)
        return services.person_update(actor=self.request.user, person=self.object, **data)

    def list_url(self) -> str:
        return reverse("directory:person_list")


# --- figures, goals and ties (shown on their place's or organisation's page) ---------------------


class _PartFormView(RecordFormView):
    """A record shown on a parent's page; `?place=` or `?organisation=` preselects the parent."""

    parents: tuple[str, ...] = ("place", "organisation")

    def get_initial(self) -> dict[str, Any]:
        initial = super().get_initial()
        for name in self.parents:
            value = self.request.GET.get(name, "")
            if value.isdigit():
                initial[name] = int(value)
        return initial

    def cancel_url(self) -> str:
        for name in self.parents:
            value = self.request.GET.get(name, "")
            if value.isdigit():
                model = Organisation if name in ("organisation", "subject") else Place
                return record_url(get_object_or_404(model, pk=int(value)))
        return super().cancel_url()


class FigureFormView(_PartFormView):
    """Add or edit a figure."""

    model = Figure
    form_class = FigureForm
    success_message_add = _("Figure added.")
    success_message_edit = _("Figure saved.")

    def save(self, form: Any) -> Figure:
        data = form.record_data()
        if self.object is None:
            return services.figure_create(actor=self.request.user, **data)
        return services.figure_update(actor=self.request.user, figure=self.object, **data)


class GoalFormView(_PartFormView):
    """Add or edit a goal."""

    model = Goal
    form_class = GoalForm
    success_message_add = _("Goal added.")
    success_message_edit = _("Goal saved.")

    def save(self, form: Any) -> Goal:
        data = form.record_data()
        if self.object is None:
            return services.goal_create(actor=self.request.user, **data)
        return services.goal_update(actor=self.request.user, goal=self.object, **data)


class TieFormView(_PartFormView):
    """Add or edit a tie between organisations, or from an organisation to a place."""

    model = Tie
    form_class = TieForm
    parents = ("subject",)
    success_message_add = _("Tie added.")
    success_message_edit = _("Tie saved.")

    def save(self, form: Any) -> Tie:
        data = form.record_data()
        if self.object is None:
            return services.tie_create(actor=self.request.user, **data)
        return services.tie_update(actor=self.request.user, tie=self.object, **data)


# --- deleting (after a confirmation page that names what depends on the record) -----------------


class PlaceDeleteView(RecordDeleteView):
    """Delete a place (refused while agreements, visits or organisations refer to it)."""

    model = Place

    def delete(self, obj: Any) -> None:
        services.place_delete(actor=self.request.user, place=obj)

    def list_url(self) -> str:
        return reverse("directory:place_list")


class OrganisationDeleteView(RecordDeleteView):
    """Delete an organisation (refused while people, agreements or visits refer to it)."""

    model = Organisation

    def delete(self, obj: Any) -> None:
        services.organisation_delete(actor=self.request.user, organisation=obj)

    def list_url(self) -> str:
        return reverse("directory:organisation_list")


class PlatformDeleteView(RecordDeleteView):
    """Delete a platform (its member organisations stay)."""

    model = Platform

    def delete(self, obj: Any) -> None:
        services.platform_delete(actor=self.request.user, platform=obj)

    def list_url(self) -> str:
        return reverse("directory:platform_list")


class PersonDeleteView(RecordDeleteView):
    """Delete a contact (a handover keeps the history; delete only a mistaken entry)."""

    model = Person

    def delete(self, obj: Any) -> None:
        services.person_delete(actor=self.request.user, person=obj)

    def list_url(self) -> str:
        return reverse("directory:person_list")


class FigureDeleteView(RecordDeleteView):
    """Delete a figure of a place or organisation."""

    model = Figure

    def delete(self, obj: Any) -> None:
        services.figure_delete(actor=self.request.user, figure=obj)


class GoalDeleteView(RecordDeleteView):
    """Delete a goal of a place or organisation."""

    model = Goal

    def delete(self, obj: Any) -> None:
        services.goal_delete(actor=self.request.user, goal=obj)


class TieDeleteView(RecordDeleteView):
    """Delete a tie between organisations."""

    model = Tie

    def delete(self, obj: Any) -> None:
        services.tie_delete(actor=self.request.user, tie=obj)


# --- handover of a contact's role ---------------------------------------------------------------


class PersonHandoverView(FormView):
    """End a contact's tenure and start the successor's in the same role and organisation."""

    form_class = HandoverForm
    template_name = "directory/person_handover.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.person = get_object_or_404(
            Person.objects.select_related("organisation", "owner"), pk=kwargs["pk"]
        )
        if not can_edit(request.user, self.person):
            raise PermissionDenied(_("You may not change this contact."))
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self) -> dict[str, Any]:
        return {
            "on": self.person.active_to or timezone.localdate(),
            "role": self.person.role,
            "unit": self.person.unit,
        }

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        kwargs["person"] = self.person
        return kwargs

    def form_valid(self, form: HandoverForm) -> HttpResponse:
        data = dict(form.cleaned_data)
        on = data.pop("on")
        try:
            successor = services.person_handover(
                actor=self.request.user, person=self.person, successor=data, on=on
            )
        except ValidationError as e:
            form_errors_from(form, e)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(old)s handed over to %(new)s.") % {"old": self.person, "new": successor},
        )
        return HttpResponseRedirect(reverse("directory:person_detail", args=[successor.pk]))

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            person=self.person,
            cancel_url=reverse("directory:person_detail", args=[self.person.pk]),
        )
        return context


# --- the briefing pack of a partner --------------------------------------------------------------


def _briefing_context(request: HttpRequest, place: Place) -> dict[str, Any]:
    visit = None
    raw = request.GET.get("visit", "")
    if raw.isdigit():
        visit = get_object_or_404(
            Visit.objects.select_related(
                "from_place", "to_place", "from_organisation", "to_organisation"
            ),
            pk=int(raw),
        )
        if place.pk not in (visit.from_place_id, visit.to_place_id):
            visit = None
    return {
        "briefing": selectors.place_briefing(place, visit=visit),
        "generated": timezone.localtime(),
        "query": f"?visit={visit.pk}" if visit is not None else "",
    }


class PlaceBriefingView(View):
    """The briefing pack of a partner as a page: profile, history, contacts, commitments."""

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        place = get_object_or_404(Place, pk=pk)
        return render(request, "directory/briefing.html", _briefing_context(request, place))


class PlaceBriefingPdfView(View):
    """The briefing pack as a PDF (WeasyPrint, with the CJK font for Chinese names)."""

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        from weasyprint import HTML

        place = get_object_or_404(Place, pk=pk)
        html = render_to_string(
            "directory/briefing_pdf.html", _briefing_context(request, place), request
        )
        # Inline styles only: the PDF fetches nothing, not even from this server.
        pdf = HTML(string=html).write_pdf()
        response = HttpResponse(pdf, content_type="application/pdf")
        name = slugify(place.name) or f"place-{place.pk}"
        response["Content-Disposition"] = f'attachment; filename="briefing-{name}.pdf"'
        return response
