"""Documents, extraction runs, facts and evidence."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    """The documents app."""

    name = "cityties.web.documents"
    label = "documents"
    verbose_name = _("Documents")
