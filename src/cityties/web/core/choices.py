"""Closed vocabularies shared by every app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ChangeAction(models.TextChoices):
    """What a change did to a record."""

    CREATE = "create", _("Created")
    UPDATE = "update", _("Updated")
    DELETE = "delete", _("Deleted")


class JournalKind(models.TextChoices):
    """The tone of a journal note."""

    INFO = "info", _("Info")
    SUCCESS = "success", _("Success")
    WARNING = "warning", _("Warning")
    DANGER = "danger", _("Danger")


class DatePrecision(models.TextChoices):
    """How much of a stored date is known: a partial date never invents a day or month."""

    YEAR = "year", _("Year")
    MONTH = "month", _("Month")
    DAY = "day", _("Day")


class Role(models.TextChoices):
    """The three roles of the desk; each is a Django group of the same name."""

    ADMIN = "admin", _("Admin")
    EDITOR = "editor", _("Editor")
    VIEWER = "viewer", _("Viewer")
