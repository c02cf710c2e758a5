"""Query vocabulary of agreements: filtering only, the rules live in services."""

from __future__ import annotations

from datetime import date, timedelta

from django.db import models
from django.utils import timezone

from .choices import AgreementStatus

IN_FORCE = (AgreementStatus.SIGNED, AgreementStatus.RENEWED)


class AgreementQuerySet(models.QuerySet):
    """Agreements: in force, ending soon, ended without a successor."""

    def active(self, *, today: date | None = None) -> AgreementQuerySet:
        """Signed or renewed agreements whose end date has not passed (or that have none)."""
        today = today or timezone.localdate()
        return self.filter(status__in=IN_FORCE).filter(
            models.Q(ends_on__isnull=True) | models.Q(ends_on__gte=today)
        )

    def expiring(self, *, within_days: int = 180, today: date | None = None) -> AgreementQuerySet:
        """Agreements in force that end within `within_days` days from today."""
        today = today or timezone.localdate()
        return (
            self.active(today=today)
            .filter(ends_on__isnull=False, ends_on__lte=today + timedelta(days=within_days))
            .exclude(renewals__isnull=False)
            .order_by("ends_on", "pk")
        )

    def ended(self, *, today: date | None = None) -> AgreementQuerySet:
        """Agreements marked ended, or signed ones whose end date has passed."""
        today = today or timezone.localdate()
        return self.filter(
            models.Q(status=AgreementStatus.ENDED)
            | models.Q(status__in=IN_FORCE, ends_on__lt=today)
        )

    def ended_without_renewal(self, *, today: date | None = None) -> AgreementQuerySet:
        """Ended agreements that no later agreement renews."""
        return self.ended(today=today).filter(renewals__isnull=True).order_by("-ends_on", "pk")

    def involving(self, place: object) -> AgreementQuerySet:
        """Agreements to which `place` (a Place) is a party."""
        return self.filter(parties__place=place).distinct()
