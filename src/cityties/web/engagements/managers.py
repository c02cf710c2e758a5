"""Query vocabulary of visits, follow-ups and initiatives: filtering only."""

from __future__ import annotations

from datetime import date, timedelta

from django.db import models
from django.utils import timezone

from .choices import InitiativeStatus


class VisitQuerySet(models.QuerySet):
    """Visits: by year and by place."""

    def in_year(self, year: int) -> VisitQuerySet:
        """Visits that started in `year`."""
        return self.filter(start_date__year=year)

    def involving(self, place: object) -> VisitQuerySet:
        """Visits from or to `place` (a Place)."""
        return self.filter(models.Q(from_place=place) | models.Q(to_place=place))


class FollowUpQuerySet(models.QuerySet):
    """Follow-up actions: open and due."""

    def open(self) -> FollowUpQuerySet:
        """Actions not done yet."""
        return self.filter(done_on__isnull=True)

    def due(self, *, within_days: int = 30, today: date | None = None) -> FollowUpQuerySet:
        """Open actions due within `within_days` days, overdue ones included."""
        today = today or timezone.localdate()
        return (
            self.open()
            .filter(due_on__isnull=False, due_on__lte=today + timedelta(days=within_days))
            .order_by("due_on", "pk")
        )


class InitiativeQuerySet(models.QuerySet):
    """Initiatives: running ones."""

    def running(self) -> InitiativeQuerySet:
        """Planned or active initiatives."""
        return self.filter(status__in=[InitiativeStatus.PLANNED, InitiativeStatus.ACTIVE])
