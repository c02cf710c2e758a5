"""Action endpoints of the documents API (the viewsets register on the root router)."""

from django.urls import path

from . import views

app_name = "documents-api"
urlpatterns = [
    path("documents/ingest/", views.DocumentIngestView.as_view(), name="document-ingest"),
    path(
        "documents/<int:pk>/accept-all/",
        views.DocumentAcceptAllView.as_view(),
        name="document-accept-all",
    ),
    path("facts/<int:pk>/accept/", views.FactAcceptView.as_view(), name="fact-accept"),
    path("facts/<int:pk>/reject/", views.FactRejectView.as_view(), name="fact-reject"),
    path("facts/<int:pk>/edit/", views.FactEditView.as_view(), name="fact-edit"),
]
