"""HTML routes of the directory: places, organisations, platforms and people."""

from django.urls import path

from . import views

app_name = "directory"
urlpatterns = [
    path("places/", views.PlaceListView.as_view(), name="place_list"),
    path("places/add/", views.PlaceFormView.as_view(), name="place_create"),
    path("places/<int:pk>/", views.PlaceDetailView.as_view(), name="place_detail"),
    path("places/<int:pk>/edit/", views.PlaceFormView.as_view(), name="place_edit"),
    path("places/<int:pk>/public/", views.PlacePublicView.as_view(), name="place_public"),
    path("organisations/", views.OrganisationListView.as_view(), name="organisation_list"),
    path("organisations/add/", views.OrganisationFormView.as_view(), name="organisation_create"),
    path(
        "organisations/<int:pk>/",
        views.OrganisationDetailView.as_view(),
        name="organisation_detail",
    ),
    path(
        "organisations/<int:pk>/edit/",
        views.OrganisationFormView.as_view(),
        name="organisation_edit",
    ),
    path("platforms/", views.PlatformListView.as_view(), name="platform_list"),
    path("platforms/add/", views.PlatformFormView.as_view(), name="platform_create"),
    path("platforms/<int:pk>/", views.PlatformDetailView.as_view(), name="platform_detail"),
    path("platforms/<int:pk>/edit/", views.PlatformFormView.as_view(), name="platform_edit"),
    path("people/", views.PersonListView.as_view(), name="person_list"),
    path("people/add/", views.PersonFormView.as_view(), name="person_create"),
    path("people/<int:pk>/", views.PersonDetailView.as_view(), name="person_detail"),
    path("people/<int:pk>/edit/", views.PersonFormView.as_view(), name="person_edit"),
    path("figures/add/", views.FigureFormView.as_view(), name="figure_create"),
    path("figures/<int:pk>/edit/", views.FigureFormView.as_view(), name="figure_edit"),
    path("goals/add/", views.GoalFormView.as_view(), name="goal_create"),
    path("goals/<int:pk>/edit/", views.GoalFormView.as_view(), name="goal_edit"),
    path("ties/add/", views.TieFormView.as_view(), name="tie_create"),
    path("ties/<int:pk>/edit/", views.TieFormView.as_view(), name="tie_edit"),
]
