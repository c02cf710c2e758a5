"""Agreements between places and organisations."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    """The agreements app."""

    name = "cityties.web.agreements"
    label = "agreements"
    verbose_name = _("Agreements")
