"""HTML routes of the core app: notes on any record."""

from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    path("journal/<int:ct>/<int:pk>/", views.JournalAddView.as_view(), name="journal_add"),
]
