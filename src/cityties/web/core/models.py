"""Shared model bases and the audit models: ChangeLogEntry, JournalEntry, Theme."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import ChangeAction, JournalKind


class TimeStampedModel(models.Model):
    """Adds `created` and `last_updated` to a model."""

    created = models.DateTimeField(_("created"), auto_now_add=True)
    last_updated = models.DateTimeField(_("last updated"), auto_now=True)

    class Meta:
        abstract = True


class ChangeLogEntry(models.Model):
    """One recorded change to a record: who, when, what, and the record before and after.

    Written by the services in the same transaction as the change itself.
    """

    timestamp = models.DateTimeField(_("time"), default=timezone.now, editable=False)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="changes",
    )
    actor_name = models.CharField(_("actor name"), max_length=150, blank=True)
    request_id = models.UUIDField(_("request id"), null=True, blank=True, editable=False)
    action = models.CharField(_("action"), max_length=10, choices=ChangeAction.choices)
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("object type"), on_delete=models.PROTECT, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    changed_object = GenericForeignKey("content_type", "object_id")
    object_repr = models.CharField(_("object"), max_length=200)
    related_content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("related object type"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    related_object_id = models.PositiveBigIntegerField(
        _("related object id"), null=True, blank=True
    )
    related_object = GenericForeignKey("related_content_type", "related_object_id")
    before = models.JSONField(_("before"), null=True, blank=True)
    after = models.JSONField(_("after"), null=True, blank=True)

    class Meta:
        ordering = ["-timestamp", "-pk"]
        indexes = [
            models.Index(fields=["-timestamp", "-id"], name="core_changelog_ordering"),
            models.Index(fields=["content_type", "object_id"], name="core_changelog_object"),
            models.Index(
                fields=["related_content_type", "related_object_id"], name="core_changelog_related"
            ),
        ]
        verbose_name = _("change log entry")
        verbose_name_plural = _("change log entries")

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.object_repr}"

    def changed_fields(self) -> list[str]:
        """The names of the fields whose value differs between before and after."""
        before = self.before or {}
        after = self.after or {}
        return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))


class JournalEntry(TimeStampedModel):
    """A note a person writes on any record ("met the vice-mayor at the fair")."""

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("object type"), on_delete=models.PROTECT, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    assigned_object = GenericForeignKey("content_type", "object_id")
    kind = models.CharField(
        _("kind"), max_length=10, choices=JournalKind.choices, default=JournalKind.INFO
    )
    comments = models.TextField(_("comments"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="journal_entries",
    )

    class Meta:
        ordering = ["-created", "-pk"]
        indexes = [
            models.Index(fields=["-created", "-id"], name="core_journal_ordering"),
            models.Index(fields=["content_type", "object_id"], name="core_journal_object"),
        ]
        verbose_name = _("journal entry")
        verbose_name_plural = _("journal entries")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.comments[:60]}"


class Theme(models.Model):
    """A field of cooperation (education, research, business, culture, sustainability, ...)."""

    slug = models.SlugField(_("slug"), max_length=50)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="core_theme_ordering")]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="%(app_label)s_%(class)s_unique_slug"),
            models.UniqueConstraint(fields=["name"], name="%(app_label)s_%(class)s_unique_name"),
        ]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return self.name
