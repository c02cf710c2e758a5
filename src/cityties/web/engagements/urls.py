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
    path("visits/<int:pk>/delete/", views.VisitDeleteView.as_view(), name="visit_delete"),
    path("members/<int:pk>/edit/", views.VisitMemberFormView.as_view(), name="member_edit"),
    path("members/<int:pk>/delete/", views.VisitMemberDeleteView.as_view(), name="member_delete"),
    path("follow-ups/<int:pk>/edit/", views.FollowUpFormView.as_view(), name="followup_edit"),
    path("follow-ups/<int:pk>/done/", views.FollowUpDoneView.as_view(), name="followup_done"),
    path(
        "follow-ups/<int:pk>/delete/",
        views.FollowUpDeleteView.as_view(),
        name="followup_delete",
    ),
    path("gifts/", views.GiftListView.as_view(), name="gift_list"),
    path("gifts/add/", views.GiftCreateView.as_view(), name="gift_create"),
    path("gifts/<int:pk>/edit/", views.GiftFormView.as_view(), name="gift_edit"),
    path("gifts/<int:pk>/delete/", views.GiftDeleteView.as_view(), name="gift_delete"),
    path("initiatives/", views.InitiativeListView.as_view(), name="initiative_list"),
    path("initiatives/add/", views.InitiativeFormView.as_view(), name="initiative_create"),
    path("initiatives/<int:pk>/", views.InitiativeDetailView.as_view(), name="initiative_detail"),
    path("initiatives/<int:pk>/edit/", views.InitiativeFormView.as_view(), name="initiative_edit"),
    path(
        "initiatives/<int:pk>/delete/",
        views.InitiativeDeleteView.as_view(),
        name="initiative_delete",
    ),
]
