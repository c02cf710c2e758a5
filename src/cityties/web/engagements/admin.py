"""Admin of visits, follow-ups, gifts and initiatives."""

from django.contrib import admin

from cityties.web.core.admin_base import AuditedAdmin

from .models import FollowUp, Gift, Initiative, Visit, VisitMember


@admin.register(Visit)
class VisitAdmin(AuditedAdmin):
    list_display = ["__str__", "direction", "start_date", "organiser"]
    list_filter = ["direction"]
    search_fields = ["title", "purpose", "members__name"]


@admin.register(VisitMember)
class VisitMemberAdmin(AuditedAdmin):
    list_display = ["name", "title", "side", "visit"]


@admin.register(FollowUp)
class FollowUpAdmin(AuditedAdmin):
    list_display = ["description", "owner", "due_on", "done_on"]


@admin.register(Gift)
class GiftAdmin(AuditedAdmin):
    list_display = ["description", "direction", "giver", "receiver", "given_on", "kept_at"]
    list_filter = ["direction"]


@admin.register(Initiative)
class InitiativeAdmin(AuditedAdmin):
    list_display = ["title", "theme", "lead_organisation", "status", "start_on"]
    list_filter = ["status", "theme"]
    filter_horizontal = ["participants", "partner_places"]
