"""Pages of matchmaking: Find partners, and the fit panel of the partner page (htmx)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views import View

from cityties.web.core.exceptions import ApplicationError
from cityties.web.directory.models import Place
from cityties.web.directory.selectors import home_place

from . import selectors
from .forms import FindPartnersForm


class FindPartnersView(View):
    """Candidates for a place (the home city by default), each with its reasons."""

    def get(self, request: HttpRequest) -> HttpResponse:
        form = FindPartnersForm(request.GET or None)
        context: dict[str, Any] = {"form": form, "rows": [], "error": "", "place": None}
        data = form.cleaned_data if form.is_bound and form.is_valid() else {}
        if form.is_bound and not form.is_valid():
            return render(request, "matchmaking/find_partners.html", context)
        place = data.get("place") or home_place()
        context["place"] = place
        if place is not None:
            try:
                context["rows"] = selectors.partner_suggestions(
                    place=place,
                    country=data.get("country") or None,
                    size_band=data.get("size") or None,
                    themes=tuple(data.get("themes") or ()),
                )
            except ApplicationError as e:
                context["error"] = e.message
        htmx = getattr(request, "htmx", None)
        if htmx and htmx.target == "results":
            return render(request, "matchmaking/_results.html", context)
        return render(request, "matchmaking/find_partners.html", context)


class FitPanelView(View):
    """The fit of a place with the home city: what they share, what is missing, the score."""

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        place = get_object_or_404(Place, pk=pk)
        home = home_place()
        context: dict[str, Any] = {"place": place, "home": home, "fit": None, "error": ""}
        if home is not None and home.pk != place.pk:
            try:
                context["fit"] = selectors.partner_fit(place=home, other=place)
            except ApplicationError as e:
                context["error"] = e.message
        return render(request, "matchmaking/_fit_body.html", context)
