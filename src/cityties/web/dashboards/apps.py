"""Dashboards and the annual report (no models)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardsConfig(AppConfig):
    """The dashboards app."""

    name = "cityties.web.dashboards"
    label = "dashboards"
    verbose_name = _("Dashboards")
