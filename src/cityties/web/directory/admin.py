"""Admin of the directory."""

from django.contrib import admin

from cityties.web.core.admin_base import AuditedAdmin

from .models import Alias, Figure, Goal, Organisation, Person, Place, Platform, Tie, UserProfile


@admin.register(Place)
class PlaceAdmin(AuditedAdmin):
    list_display = ["name", "name_zh", "pinyin", "admin_region", "country", "geonameid", "is_home"]
    list_filter = ["kind", "country", "public_profile", "is_home"]
    search_fields = ["name", "name_local", "name_zh", "pinyin", "aliases__name"]


@admin.register(Organisation)
class OrganisationAdmin(AuditedAdmin):
    list_display = ["name", "kind", "place"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name"]
    autocomplete_fields = ["place"]


@admin.register(Alias)
class AliasAdmin(AuditedAdmin):
    list_display = ["name", "place", "organisation"]
    search_fields = ["name"]


@admin.register(Tie)
class TieAdmin(AuditedAdmin):
    list_display = ["subject", "relation", "object_organisation", "object_place"]
    list_filter = ["relation"]
    autocomplete_fields = ["subject", "object_organisation", "object_place"]


@admin.register(Platform)
class PlatformAdmin(AuditedAdmin):
    list_display = ["name", "focus_country"]
    filter_horizontal = ["members"]
    search_fields = ["name"]


@admin.register(Person)
class PersonAdmin(AuditedAdmin):
    list_display = ["name", "role", "organisation", "phone", "email", "active_from", "active_to"]
    search_fields = ["name", "email", "role"]
    autocomplete_fields = ["organisation", "owner"]


@admin.register(Figure)
class FigureAdmin(AuditedAdmin):
    list_display = ["__str__", "measure", "value", "year"]
    list_filter = ["measure"]


@admin.register(Goal)
class GoalAdmin(AuditedAdmin):
    list_display = ["description", "place", "organisation", "year"]


@admin.register(UserProfile)
class UserProfileAdmin(AuditedAdmin):
    list_display = ["user", "organisation"]
