"""HTML routes of the core app: notes on any record (add, delete)."""

from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    path("journal/<int:ct>/<int:pk>/", views.JournalAddView.as_view(), name="journal_add"),
    path("journal/<int:pk>/delete/", views.JournalDeleteView.as_view(), name="journal_delete"),
]
