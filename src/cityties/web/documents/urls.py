"""HTML routes of documents: list, upload, review, evidence and fact actions."""

from django.urls import path

from . import views

app_name = "documents"
urlpatterns = [
    path("", views.DocumentListView.as_view(), name="document_list"),
    path("upload/", views.DocumentUploadView.as_view(), name="document_upload"),
    path("<int:pk>/", views.DocumentDetailView.as_view(), name="document_detail"),
    path("<int:pk>/evidence/", views.DocumentEvidenceView.as_view(), name="document_evidence"),
    path("<int:pk>/original/", views.DocumentOriginalView.as_view(), name="document_original"),
    path("<int:pk>/delete/", views.DocumentDeleteView.as_view(), name="document_delete"),
    path("<int:pk>/accept-all/", views.FactsAcceptAllView.as_view(), name="facts_accept_all"),
    path("facts/<int:pk>/edit/", views.FactEditView.as_view(), name="fact_edit"),
    path("facts/<int:pk>/<slug:action>/", views.FactActionView.as_view(), name="fact_action"),
]
