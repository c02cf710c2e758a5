"""Visits (delegations in and out) with members, follow-ups and gifts; initiatives."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from cityties.text import PartialDate
from cityties.web.core.choices import DatePrecision
from cityties.web.core.constraints import not_before
from cityties.web.core.dates import partial_date_constraints, partial_from_fields
from cityties.web.core.models import TimeStampedModel

from .choices import GiftDirection, InitiativeStatus, MemberSide, VisitDirection
from .managers import FollowUpQuerySet, InitiativeQuerySet, VisitQuerySet


class Visit(TimeStampedModel):
    """A delegation or official visit: from where to where, when, why, and what came of it."""

    direction = models.CharField(_("direction"), max_length=10, choices=VisitDirection.choices)
    title = models.CharField(_("title"), max_length=300, blank=True)
    from_place = models.ForeignKey(
        "directory.Place",
        verbose_name=_("from (place)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="visits_from",
    )
    from_organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("from (organisation)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="visits_from",
    )
    to_place = models.ForeignKey(
        "directory.Place",
        verbose_name=_("to (place)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="visits_to",
    )
    to_organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("to (organisation)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="visits_to",
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    start_date_precision = models.CharField(
        _("start date precision"), max_length=5, choices=DatePrecision.choices, blank=True
    )
    end_date = models.DateField(_("end date"), null=True, blank=True)
    end_date_precision = models.CharField(
        _("end date precision"), max_length=5, choices=DatePrecision.choices, blank=True
    )
    purpose = models.TextField(_("purpose"), blank=True)
    programme = models.TextField(_("programme"), blank=True)
    outcomes = models.TextField(_("outcomes"), blank=True)
    organiser = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organiser"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organised_visits",
        help_text=_("The organisation that organised or hosted the visit; it owns the record."),
    )
    agreement = models.ForeignKey(
        "agreements.Agreement",
        verbose_name=_("agreement"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="visits",
    )
    source_documents = models.ManyToManyField(
        "documents.Document", verbose_name=_("source documents"), blank=True, related_name="visits"
    )

    objects = VisitQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "pk"]
        indexes = [models.Index(fields=["-start_date", "id"], name="engagements_visit_order")]
        constraints = [
            not_before(
                "end_date",
                "start_date",
                name="%(app_label)s_%(class)s_end_after_start",
                message=_("A visit cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=models.Q(from_place__isnull=False)
                | models.Q(from_organisation__isnull=False),
                name="%(app_label)s_%(class)s_has_origin",
                violation_error_message=_("Say where the delegation came from."),
            ),
            models.CheckConstraint(
                condition=models.Q(to_place__isnull=False)
                | models.Q(to_organisation__isnull=False),
                name="%(app_label)s_%(class)s_has_destination",
                violation_error_message=_("Say where the delegation went."),
            ),
            *partial_date_constraints("start_date"),
            *partial_date_constraints("end_date"),
        ]
        verbose_name = _("visit")
        verbose_name_plural = _("visits")

    def __str__(self) -> str:
        if self.title:
            return self.title
        origin = self.from_organisation or self.from_place
        target = self.to_place or self.to_organisation
        # The desk's one date form ("14 May 2019"), as in every table and heading.
        from cityties.web.core.templatetags.desk import format_partial

        day = format_partial(self.start_date, self.start_date_precision) if self.start else ""
        when = f" ({day})" if day else ""
        return f"{origin} → {target}{when}"

    @property
    def start(self) -> PartialDate | None:
        """The first day to its known precision."""
        return partial_from_fields(self.start_date, self.start_date_precision)

    @property
    def end(self) -> PartialDate | None:
        """The last day to its known precision."""
        return partial_from_fields(self.end_date, self.end_date_precision)


class VisitMember(models.Model):
    """A person in a delegation, or a host who received it."""

    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="members")
    person = models.ForeignKey(
        "directory.Person",
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="visit_memberships",
    )
    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("title"), max_length=200, blank=True)
    side = models.CharField(
        _("side"), max_length=10, choices=MemberSide.choices, default=MemberSide.VISITOR
    )

    class Meta:
        ordering = ["visit", "side", "pk"]
        indexes = [models.Index(fields=["visit", "side", "id"], name="engagements_member_order")]
        constraints = [
            models.UniqueConstraint(
                fields=["visit", "name"],
                name="%(app_label)s_%(class)s_unique_name",
                violation_error_message=_("This person is already listed for this visit."),
            ),
        ]
        verbose_name = _("delegation member")
        verbose_name_plural = _("delegation members")

    def __str__(self) -> str:
        return f"{self.name}, {self.title}" if self.title else self.name


class FollowUp(TimeStampedModel):
    """An action promised during a visit, with an owner and a due date."""

    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="follow_ups")
    description = models.CharField(_("action"), max_length=500)
    owner = models.ForeignKey(
        "directory.Person",
        verbose_name=_("owner"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="follow_ups",
    )
    due_on = models.DateField(_("due"), null=True, blank=True)
    done_on = models.DateField(_("done"), null=True, blank=True)

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "pk"]
        indexes = [models.Index(fields=["due_on", "id"], name="engagements_followup_order")]
        verbose_name = _("follow-up action")
        verbose_name_plural = _("follow-up actions")

    def __str__(self) -> str:
        return self.description


class Gift(TimeStampedModel):
    """A gift given or received, by whom, when, and where it is kept."""

    visit = models.ForeignKey(
        Visit, on_delete=models.SET_NULL, null=True, blank=True, related_name="gifts"
    )
    direction = models.CharField(_("direction"), max_length=10, choices=GiftDirection.choices)
    description = models.CharField(_("gift"), max_length=300)
    giver = models.CharField(_("giver"), max_length=200)
    receiver = models.CharField(_("receiver"), max_length=200)
    given_on = models.DateField(_("date"), null=True, blank=True)
    kept_at = models.CharField(_("kept at"), max_length=200, blank=True)

    class Meta:
        ordering = ["-given_on", "pk"]
        indexes = [models.Index(fields=["-given_on", "id"], name="engagements_gift_order")]
        verbose_name = _("gift")
        verbose_name_plural = _("gifts")

    def __str__(self) -> str:
        return self.description


class Initiative(TimeStampedModel):
    """A project an organisation leads with partners: an exchange, a trade mission, research."""

    title = models.CharField(_("title"), max_length=300)
    theme = models.ForeignKey(
        "core.Theme", verbose_name=_("theme"), on_delete=models.PROTECT, related_name="initiatives"
    )
    lead_organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("lead organisation"),
        on_delete=models.PROTECT,
        related_name="led_initiatives",
    )
    participants = models.ManyToManyField(
        "directory.Organisation",
        verbose_name=_("participating organisations"),
        blank=True,
        related_name="initiatives",
    )
    partner_places = models.ManyToManyField(
        "directory.Place", verbose_name=_("partner places"), blank=True, related_name="initiatives"
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=InitiativeStatus.choices,
        default=InitiativeStatus.PLANNED,
    )
    start_on = models.DateField(_("start"), null=True, blank=True)
    end_on = models.DateField(_("end"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    agreement = models.ForeignKey(
        "agreements.Agreement",
        verbose_name=_("agreement"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="initiatives",
    )

    objects = InitiativeQuerySet.as_manager()

    class Meta:
        ordering = ["-start_on", "title", "pk"]
        indexes = [
            models.Index(fields=["-start_on", "title", "id"], name="engagements_initiative_order")
        ]
        constraints = [
            not_before(
                "end_on",
                "start_on",
                name="%(app_label)s_%(class)s_end_after_start",
                message=_("An initiative cannot end before it starts."),
            ),
            models.UniqueConstraint(
                fields=["title", "lead_organisation"],
                name="%(app_label)s_%(class)s_unique_title",
                violation_error_message=_(
                    "This organisation already leads an initiative so named."
                ),
            ),
        ]
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def __str__(self) -> str:
        return self.title
