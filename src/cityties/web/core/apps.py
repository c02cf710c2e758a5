"""The core app: audit log, journal, roles, login throttling and the API plumbing."""

from importlib import import_module

from django.apps import AppConfig
from django.contrib.admin.apps import SimpleAdminConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Registers the system checks and the login-throttling signal receivers."""

    default = True
    name = "cityties.web.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from cityties.web import checks  # noqa: F401  (registers the checks)
        from cityties.web.core import (
            auth,  # noqa: F401  (connects the login signals)
            signals,  # noqa: F401  (creates the role groups)
        )


class DeskAdminConfig(SimpleAdminConfig):
    """Django's admin, discovering every app's admin module except django-leaflet's.

    leaflet.admin imports GeoDjango (GDAL), which the desk does not use; the desk only needs
    leaflet's static files and template tags.
    """

    default = False
    default_site = "django.contrib.admin.sites.AdminSite"

    def ready(self) -> None:
        super().ready()
        from django.apps import apps
        from django.utils.module_loading import module_has_submodule

        for config in apps.get_app_configs():
            if config.name != "leaflet" and module_has_submodule(config.module, "admin"):
                import_module(f"{config.name}.admin")
