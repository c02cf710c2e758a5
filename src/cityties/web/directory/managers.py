"""Query vocabulary of the directory: filtering only, the rules live in services."""

from __future__ import annotations

from datetime import date, timedelta

from django.db import models
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from cityties.text import fold


def _months_ago(months: int, *, today: date | None = None) -> date:
    today = today or timezone.localdate()
    return today - timedelta(days=round(months * 30.44))


class PlaceQuerySet(models.QuerySet):
    """Places: partners, the home city, name look-ups and dormancy."""

    def named(self, name: str) -> PlaceQuerySet:
        """Places whose name, local name, Chinese name, pinyin or alias folds to `name`'s fold."""
        key = fold(name)
        return self.filter(
            models.Q(folded=key)
            | models.Q(aliases__folded=key)
            | models.Q(name_zh=name.strip())
            | models.Q(pinyin__iexact=name.strip())
        ).distinct()

    def home(self) -> PlaceQuerySet:
        """The home city (at most one)."""
        return self.filter(is_home=True)

    def partners(self) -> PlaceQuerySet:
        """Places other than the home city that are party to an agreement or a visit's end."""
        return (
            self.filter(
                models.Q(agreement_parties__isnull=False)
                | models.Q(visits_from__isnull=False)
                | models.Q(visits_to__isnull=False)
                | models.Q(initiatives__isnull=False)
            )
            .exclude(is_home=True)
            .distinct()
        )

    def with_last_activity(self) -> PlaceQuerySet:
        """Annotate `last_activity`: the latest agreement signing, visit or initiative start."""
        return self.annotate(
            last_agreement=models.Max("agreement_parties__agreement__signed_on"),
            last_visit_from=models.Max("visits_from__start_date"),
            last_visit_to=models.Max("visits_to__start_date"),
            last_initiative=models.Max("initiatives__start_on"),
        ).annotate(
            last_activity=Greatest(
                Coalesce("last_agreement", models.Value(date.min)),
                Coalesce("last_visit_from", models.Value(date.min)),
                Coalesce("last_visit_to", models.Value(date.min)),
                Coalesce("last_initiative", models.Value(date.min)),
            )
        )

    def dormant(self, *, months: int = 12, today: date | None = None) -> PlaceQuerySet:
        """Partners with no agreement, visit or initiative in the last `months` months."""
        cutoff = _months_ago(months, today=today)
        return self.partners().with_last_activity().filter(last_activity__lt=cutoff)


class OrganisationQuerySet(models.QuerySet):
    """Organisations: name look-ups."""

    def named(self, name: str) -> OrganisationQuerySet:
        """Organisations whose name or an alias folds to `name`'s fold."""
        key = fold(name)
        return self.filter(models.Q(folded=key) | models.Q(aliases__folded=key)).distinct()


class PersonQuerySet(models.QuerySet):
    """People: current contacts and look-ups."""

    def current(self, *, today: date | None = None) -> PersonQuerySet:
        """People whose role has not ended."""
        today = today or timezone.localdate()
        return self.filter(models.Q(active_to__isnull=True) | models.Q(active_to__gte=today))

    def named(self, name: str) -> PersonQuerySet:
        """People whose folded name equals `name`'s."""
        return self.filter(folded=fold(name, drop_stop_words=False))
