"""Visits, follow-ups, gifts and initiatives."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementsConfig(AppConfig):
    """The engagements app."""

    name = "cityties.web.engagements"
    label = "engagements"
    verbose_name = _("Visits and initiatives")
