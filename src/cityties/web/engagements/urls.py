"""HTML routes of visits and initiatives."""

from django.urls import path

from . import views

app_name = "engagements"
urlpatterns = [
    path("visits/", views.VisitListView.as_view(), name="visit_list"),
    path("visits/add/", views.VisitFormView.as_view(), name="visit_create"),
    path("visits/<int:pk>/", views.VisitDetailView.as_view(), name="visit_detail"),
    path("visits/<int:pk>/edit/", views.VisitFormView.as_view(), name="visit_edit"),
    path(
        "visits/<int:pk>/add/<slug:part>/",
        views.VisitPartAddView.as_view(),
        name="visit_part_add",
    ),
    path("initiatives/", views.InitiativeListView.as_view(), name="initiative_list"),
    path("initiatives/add/", views.InitiativeFormView.as_view(), name="initiative_create"),
    path("initiatives/<int:pk>/", views.InitiativeDetailView.as_view(), name="initiative_detail"),
    path("initiatives/<int:pk>/edit/", views.InitiativeFormView.as_view(), name="initiative_edit"),
]
