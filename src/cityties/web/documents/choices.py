"""Vocabularies of documents, extraction runs and facts."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentSource(models.TextChoices):
    """How a document reached the desk."""

    UPLOAD = "upload", _("Uploaded file")
    PASTE = "paste", _("Pasted text")


class RunStatus(models.TextChoices):
    """The outcome of one extraction run."""

    OK = "ok", _("OK")
    FAILED = "failed", _("Failed")


class FactKind(models.TextChoices):
    """What a fact states; the keys of the engine's facts JSON."""

    PLACE = "place", _("Place")
    ORGANISATION = "organisation", _("Organisation")
    TIE = "tie", _("Tie")
    CONTACT = "contact", _("Contact")
    FIGURE = "figure", _("Figure")
    GOAL = "goal", _("Goal")
    AGREEMENT = "agreement", _("Agreement")
    VISIT = "visit", _("Visit")


class ReviewState(models.TextChoices):
    """Where a fact stands in review."""

    PENDING = "pending", _("Pending")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")
    EDITED = "edited", _("Accepted with edits")


class LinkAction(models.TextChoices):
    """What accepting a fact did to a record."""

    CREATED = "created", _("Created")
    UPDATED = "updated", _("Updated")
    MATCHED = "matched", _("Matched (unchanged)")
