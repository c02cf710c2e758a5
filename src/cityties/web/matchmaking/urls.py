"""HTML routes of matchmaking."""

from django.urls import path

from . import views

app_name = "matchmaking"
urlpatterns = [
    path("", views.FindPartnersView.as_view(), name="find_partners"),
    path("fit/<int:pk>/", views.FitPanelView.as_view(), name="fit_panel"),
]
