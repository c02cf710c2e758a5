"""Agreements between places or organisations, with their parties and sources."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from cityties.text import PartialDate
from cityties.web.core.choices import DatePrecision
from cityties.web.core.constraints import exactly_one, not_before
from cityties.web.core.dates import partial_date_constraints, partial_from_fields
from cityties.web.core.models import TimeStampedModel

from .choices import AgreementStatus, AgreementType
from .managers import AgreementQuerySet


class Agreement(TimeStampedModel):
    """A formal act of cooperation: a twinning, friendship, MoU, letter or declaration of intent."""

    title = models.CharField(_("title"), max_length=300, blank=True)
    type = models.CharField(_("type"), max_length=30, choices=AgreementType.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=AgreementStatus.choices, default=AgreementStatus.SIGNED
    )
    signed_on = models.DateField(_("signed"), null=True, blank=True)
    signed_on_precision = models.CharField(
        _("signing date precision"), max_length=5, choices=DatePrecision.choices, blank=True
    )
    ends_on = models.DateField(_("ends"), null=True, blank=True)
    ends_on_precision = models.CharField(
        _("end date precision"), max_length=5, choices=DatePrecision.choices, blank=True
    )
    duration_months = models.PositiveIntegerField(_("duration (months)"), null=True, blank=True)
    renews = models.ForeignKey(
        "self",
        verbose_name=_("renews"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="renewals",
        help_text=_("The earlier agreement this one renews or succeeds."),
    )
    owner = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("owner"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="owned_agreements",
        help_text=_("The organisation that keeps this agreement."),
    )
    themes = models.ManyToManyField(
        "core.Theme", verbose_name=_("themes"), blank=True, related_name="agreements"
    )
    source_documents = models.ManyToManyField(
        "documents.Document",
        verbose_name=_("source documents"),
        blank=True,
        related_name="agreements",
    )
    notes = models.TextField(_("notes"), blank=True)

    objects = AgreementQuerySet.as_manager()

    class Meta:
        ordering = ["-signed_on", "title", "pk"]
        indexes = [
            models.Index(fields=["-signed_on", "title", "id"], name="agreements_agreement_order"),
            models.Index(fields=["status", "ends_on"], name="agreements_agreement_ends"),
        ]
        constraints = [
            not_before(
                "ends_on",
                "signed_on",
                name="%(app_label)s_%(class)s_ends_after_signed",
                message=_("An agreement cannot end before it is signed."),
            ),
            models.CheckConstraint(
                condition=models.Q(duration_months__isnull=True) | models.Q(duration_months__gt=0),
                name="%(app_label)s_%(class)s_duration_positive",
                violation_error_message=_("The duration must be a positive number of months."),
            ),
            models.CheckConstraint(
                condition=~models.Q(renews=models.F("pk")),
                name="%(app_label)s_%(class)s_not_renewing_itself",
                violation_error_message=_("An agreement cannot renew itself."),
            ),
            *partial_date_constraints("signed_on"),
            *partial_date_constraints("ends_on"),
        ]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    def __str__(self) -> str:
        if self.title:
            return self.title
        names = " – ".join(str(p) for p in self.parties.all())
        return f"{self.get_type_display()}: {names}" if names else self.get_type_display()

    @property
    def signed(self) -> PartialDate | None:
        """The signing date to its known precision."""
        return partial_from_fields(self.signed_on, self.signed_on_precision)

    @property
    def ends(self) -> PartialDate | None:
        """The end date to its known precision."""
        return partial_from_fields(self.ends_on, self.ends_on_precision)


class AgreementParty(models.Model):
    """A place or organisation that is a party to an agreement."""

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("agreement"), on_delete=models.CASCADE, related_name="parties"
    )
    place = models.ForeignKey(
        "directory.Place",
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agreement_parties",
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agreement_parties",
    )

    class Meta:
        ordering = ["agreement", "pk"]
        indexes = [models.Index(fields=["agreement", "id"], name="agreements_party_order")]
        constraints = [
            exactly_one(
                "place",
                "organisation",
                name="%(app_label)s_%(class)s_one_party",
                message=_("A party is either a place or an organisation."),
            ),
            models.UniqueConstraint(
                fields=["agreement", "place"],
                condition=models.Q(place__isnull=False),
                name="%(app_label)s_%(class)s_unique_place",
                violation_error_message=_("This place is already a party."),
            ),
            models.UniqueConstraint(
                fields=["agreement", "organisation"],
                condition=models.Q(organisation__isnull=False),
                name="%(app_label)s_%(class)s_unique_organisation",
                violation_error_message=_("This organisation is already a party."),
            ),
        ]
        verbose_name = _("agreement party")
        verbose_name_plural = _("agreement parties")

    def __str__(self) -> str:
        return str(self.place or self.organisation)
