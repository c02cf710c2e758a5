"""Admin of agreements."""

from django.contrib import admin

from cityties.web.core.admin_base import AuditedAdmin

from .models import Agreement, AgreementParty


@admin.register(Agreement)
class AgreementAdmin(AuditedAdmin):
    list_display = ["__str__", "type", "status", "signed_on", "ends_on", "owner"]
    list_filter = ["type", "status"]
    search_fields = ["title", "parties__place__name", "parties__organisation__name"]
    filter_horizontal = ["themes", "source_documents"]


@admin.register(AgreementParty)
class AgreementPartyAdmin(AuditedAdmin):
    list_display = ["agreement", "place", "organisation"]
