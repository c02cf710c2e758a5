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
    path("places/<int:pk>/delete/", views.PlaceDeleteView.as_view(), name="place_delete"),
    path("places/<int:pk>/briefing/", views.PlaceBriefingView.as_view(), name="place_briefing"),
    path(
        "places/<int:pk>/briefing/pdf/",
        views.PlaceBriefingPdfView.as_view(),
        name="place_briefing_pdf",
    ),
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
    path(
        "organisations/<int:pk>/delete/",
        views.OrganisationDeleteView.as_view(),
        name="organisation_delete",
    ),
    path("platforms/", views.PlatformListView.as_view(), name="platform_list"),
    path("platforms/add/", views.PlatformFormView.as_view(), name="platform_create"),
    path("platforms/<int:pk>/", views.PlatformDetailView.as_view(), name="platform_detail"),
    path("platforms/<int:pk>/edit/", views.PlatformFormView.as_view(), name="platform_edit"),
    path("platforms/<int:pk>/delete/", views.PlatformDeleteView.as_view(), name="platform_delete"),
    path("people/", views.PersonListView.as_view(), name="person_list"),
    path("people/add/", views.PersonFormView.as_view(), name="person_create"),
    path("people/<int:pk>/", views.PersonDetailView.as_view(), name="person_detail"),
    path("people/<int:pk>/edit/", views.PersonFormView.as_view(), name="person_edit"),
    path("people/<int:pk>/delete/", views.PersonDeleteView.as_view(), name="person_delete"),
    path("people/<int:pk>/handover/", views.PersonHandoverView.as_view(), name="person_handover"),
    path("figures/add/", views.FigureFormView.as_view(), name="figure_create"),
    path("figures/<int:pk>/edit/", views.FigureFormView.as_view(), name="figure_edit"),
    path("figures/<int:pk>/delete/", views.FigureDeleteView.as_view(), name="figure_delete"),
    path("goals/add/", views.GoalFormView.as_view(), name="goal_create"),
    path("goals/<int:pk>/edit/", views.GoalFormView.as_view(), name="goal_edit"),
    path("goals/<int:pk>/delete/", views.GoalDeleteView.as_view(), name="goal_delete"),
    path("ties/add/", views.TieFormView.as_view(), name="tie_create"),
    path("ties/<int:pk>/edit/", views.TieFormView.as_view(), name="tie_edit"),
    path("ties/<int:pk>/delete/", views.TieDeleteView.as_view(), name="tie_delete"),
]
