"""The dashboard and the annual report (page and PDF)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views import View

from . import selectors


class DashboardView(View):
    """What needs attention today."""

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, "dashboards/home.html", selectors.dashboard())


class SearchView(View):
    """One search box for the whole register: "what do we have with Taizhou?"."""

    def get(self, request: HttpRequest) -> HttpResponse:
        from cityties.web.directory.selectors import place_glance

        query = request.GET.get("q", "").strip()[:100]
        results = selectors.desk_search(query)
        places = [(p, place_glance(p)) for p in results.places]
        return render(
            request,
            "dashboards/search.html",
            {"query": query, "results": results, "places": places},
        )


class DormancyReviewView(View):
    """Partners with no recent activity, with the evidence a council decides on."""

    def get(self, request: HttpRequest) -> HttpResponse:
        today = timezone.localdate()
        partners = selectors.dormancy_review(today=today)
        context = {
            "partners": partners,
            "today": today,
            "dormant_months": settings.CITYTIES_DORMANT_MONTHS,
            "years": [year for year, _count in partners[0].years] if partners else [],
        }
        return render(request, "dashboards/dormancy.html", context)


def _year(request: HttpRequest, year: int | None) -> int:
    if year is None:
        raw = request.GET.get("year", "")
        year = int(raw) if raw.isdigit() else timezone.localdate().year - 1
    if not 1900 <= year <= 2200:
        raise Http404
    return year


def report_context(year: int) -> dict[str, Any]:
    """What the report page and its PDF show."""
    return {
        "report": selectors.annual_report(year),
        "years": selectors.report_years(),
        "year": year,
        "generated": timezone.localtime(),
    }


class AnnualReportView(View):
    """The annual report for a year, as a page."""

    def get(self, request: HttpRequest, year: int | None = None) -> HttpResponse:
        return render(
            request, "dashboards/annual_report.html", report_context(_year(request, year))
        )


class AnnualReportPdfView(View):
    """The annual report for a year, as a PDF (WeasyPrint, CJK font for Chinese names)."""

    def get(self, request: HttpRequest, year: int) -> HttpResponse:
        from weasyprint import HTML

        year = _year(request, year)
        html = render_to_string("dashboards/annual_report_pdf.html", report_context(year), request)
        # Inline styles only: the PDF fetches nothing, not even from this server.
        pdf = HTML(string=html).write_pdf()
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="cityties-report-{year}.pdf"'
        return response
