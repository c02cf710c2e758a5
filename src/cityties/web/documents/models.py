"""Documents kept byte for byte, their extraction runs, and the facts read from them."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from cityties.web.core.models import TimeStampedModel

from .choices import DocumentSource, FactKind, LinkAction, ReviewState, RunStatus


def _upload_to(instance: Document, filename: str) -> str:
    # Stored under the content hash: the same bytes always land at the same name.
    return f"documents/{instance.sha256[:2]}/{instance.sha256}/{filename}"


class Document(TimeStampedModel):
    """An uploaded original (or pasted text), kept byte for byte with its SHA-256 and its text."""

    title = models.CharField(_("title"), max_length=300)
    original = models.FileField(_("original file"), upload_to=_upload_to, max_length=300)
    original_name = models.CharField(_("file name"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64, editable=False)
    size = models.PositiveBigIntegerField(_("size (bytes)"))
    media_type = models.CharField(_("media type"), max_length=100, blank=True)
    source = models.CharField(
        _("source"), max_length=10, choices=DocumentSource.choices, default=DocumentSource.UPLOAD
    )
    text = models.TextField(_("text"), blank=True)
    language = models.CharField(_("language"), max_length=5, blank=True)
    institution = models.CharField(
        _("institution"),
        max_length=200,
        blank=True,
        help_text=_("The document's own institution, as its header names it (City of Ghent)."),
    )
    country = models.CharField(_("country"), max_length=2, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
        help_text=_("The organisation of the person who uploaded it; it owns the review."),
    )

    class Meta:
        ordering = ["-created", "-pk"]
        indexes = [models.Index(fields=["-created", "-id"], name="documents_document_order")]
        constraints = [
            models.UniqueConstraint(
                fields=["sha256"],
                name="%(app_label)s_%(class)s_unique_sha256",
                violation_error_message=_("This file has already been uploaded."),
            ),
        ]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return self.title


class ExtractionRun(models.Model):
    """One pass of the extraction engine over a document."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="runs")
    started = models.DateTimeField(_("started"), auto_now_add=True)
    finished = models.DateTimeField(_("finished"), null=True, blank=True)
    engine_version = models.CharField(_("engine version"), max_length=50)
    extractors = models.JSONField(_("extractors"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=RunStatus.choices)
    error_code = models.CharField(_("error code"), max_length=10, blank=True)
    error_message = models.CharField(_("error"), max_length=500, blank=True)
    fact_count = models.PositiveIntegerField(_("facts"), default=0)

    class Meta:
        ordering = ["-started", "-pk"]
        indexes = [models.Index(fields=["-started", "-id"], name="documents_run_order")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status=RunStatus.OK, error_code="")
                | (models.Q(status=RunStatus.FAILED) & ~models.Q(error_code="")),
                name="%(app_label)s_%(class)s_failed_has_code",
                violation_error_message=_("A failed run has an error code; a good run has none."),
            ),
        ]
        verbose_name = _("extraction run")
        verbose_name_plural = _("extraction runs")

    def __str__(self) -> str:
        return f"{self.document} · {self.engine_version} · {self.get_status_display()}"


class Fact(TimeStampedModel):
    """One extracted fact with its review state; accepting it links it to the records it touched."""

    run = models.ForeignKey(ExtractionRun, on_delete=models.CASCADE, related_name="facts")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="facts")
    position = models.PositiveIntegerField(_("position"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=FactKind.choices)
    payload = models.JSONField(_("payload"), help_text=_("The fact as the engine stated it."))
    edited_payload = models.JSONField(
        _("edited payload"), null=True, blank=True, help_text=_("The fact as a reviewer fixed it.")
    )
    summary = models.CharField(_("summary"), max_length=500, blank=True)
    state = models.CharField(
        _("review state"), max_length=10, choices=ReviewState.choices, default=ReviewState.PENDING
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_facts",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    note = models.CharField(_("review note"), max_length=500, blank=True)

    class Meta:
        ordering = ["document", "position", "pk"]
        indexes = [
            models.Index(fields=["document", "position", "id"], name="documents_fact_order"),
            models.Index(fields=["state", "kind"], name="documents_fact_state"),
        ]
        verbose_name = _("fact")
        verbose_name_plural = _("facts")

    def __str__(self) -> str:
        return self.summary or f"{self.get_kind_display()} #{self.pk}"

    @property
    def data(self) -> dict:
        """The payload that counts: the reviewer's edit if any, else the engine's."""
        return self.edited_payload if self.edited_payload is not None else self.payload


class Evidence(models.Model):
    """Where a fact was read: `document.text[char_start:char_end] == quote`."""

    fact = models.ForeignKey(Fact, on_delete=models.CASCADE, related_name="evidence")
    char_start = models.PositiveIntegerField(_("start"))
    char_end = models.PositiveIntegerField(_("end"))
    quote = models.TextField(_("quote"))
    extractor = models.CharField(_("extractor"), max_length=100)
    confidence = models.FloatField(_("confidence"), default=1.0)

    class Meta:
        ordering = ["fact", "char_start", "pk"]
        indexes = [
            models.Index(fields=["fact", "char_start", "id"], name="documents_evidence_order")
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(char_end__gte=models.F("char_start")),
                name="%(app_label)s_%(class)s_span_order",
                violation_error_message=_("Evidence cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=models.Q(confidence__gte=0, confidence__lte=1),
                name="%(app_label)s_%(class)s_confidence_range",
                violation_error_message=_("Confidence lies between 0 and 1."),
            ),
        ]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")

    def __str__(self) -> str:
        return f"[{self.char_start}:{self.char_end}] {self.quote[:60]}"


class FactLink(models.Model):
    """A record that accepting a fact created, updated or matched."""

    fact = models.ForeignKey(Fact, on_delete=models.CASCADE, related_name="links")
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    action = models.CharField(_("action"), max_length=10, choices=LinkAction.choices)

    class Meta:
        ordering = ["fact", "pk"]
        indexes = [
            models.Index(fields=["fact", "id"], name="documents_factlink_order"),
            models.Index(fields=["content_type", "object_id"], name="documents_factlink_record"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["fact", "content_type", "object_id"],
                name="%(app_label)s_%(class)s_unique_record",
            ),
        ]
        verbose_name = _("fact link")
        verbose_name_plural = _("fact links")

    def __str__(self) -> str:
        return f"{self.fact} → {self.content_type.model} #{self.object_id} ({self.action})"
