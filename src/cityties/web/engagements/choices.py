"""Vocabularies of visits, gifts and initiatives."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class VisitDirection(models.TextChoices):
    """Seen from the home city: a delegation came in or went out."""

    INCOMING = "incoming", _("Incoming")
    OUTGOING = "outgoing", _("Outgoing")


class MemberSide(models.TextChoices):
    """Whether a person took part as a visitor or as a host."""

    VISITOR = "visitor", _("Visitor")
    HOST = "host", _("Host")


class GiftDirection(models.TextChoices):
    """A gift the desk's side gave or received."""

    GIVEN = "given", _("Given")
    RECEIVED = "received", _("Received")


class InitiativeStatus(models.TextChoices):
    """Where an initiative stands."""

    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")
