"""HTML routes of agreements."""

from django.urls import path

from . import views

app_name = "agreements"
urlpatterns = [
    path("", views.AgreementListView.as_view(), name="agreement_list"),
    path("add/", views.AgreementFormView.as_view(), name="agreement_create"),
    path("<int:pk>/", views.AgreementDetailView.as_view(), name="agreement_detail"),
    path("<int:pk>/edit/", views.AgreementFormView.as_view(), name="agreement_edit"),
    path("<int:pk>/delete/", views.AgreementDeleteView.as_view(), name="agreement_delete"),
    path("<int:pk>/renew/", views.AgreementRenewView.as_view(), name="agreement_renew"),
    path("<int:pk>/end/", views.AgreementEndView.as_view(), name="agreement_end"),
]
