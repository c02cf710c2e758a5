"""HTML routes of the dashboard and the annual report."""

from django.urls import path

from . import views

app_name = "dashboards"
urlpatterns = [
    path("", views.DashboardView.as_view(), name="home"),
    path("dormant/", views.DormancyReviewView.as_view(), name="dormancy"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("report/", views.AnnualReportView.as_view(), name="annual_report"),
    path("report/<int:year>/", views.AnnualReportView.as_view(), name="annual_report_year"),
    path("report/<int:year>/pdf/", views.AnnualReportPdfView.as_view(), name="annual_report_pdf"),
]
