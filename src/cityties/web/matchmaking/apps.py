from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchmakingConfig(AppConfig):
    """Find partners: suggestions with reasons, and the fit panel of the partner page."""

    name = "cityties.web.matchmaking"
    label = "matchmaking"
    verbose_name = _("Matchmaking")
