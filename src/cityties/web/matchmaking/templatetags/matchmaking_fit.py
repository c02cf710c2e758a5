"""Template filters that put a ranking in words a person reads: a 0-100 fit and the top share
of the candidates ("in the top 3% of 38,929 candidate cities"), instead of the model's raw
log-odds score."""

from __future__ import annotations

from typing import Protocol

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from cityties.matching.types import share_text

register = template.Library()


class Ranked(Protocol):
    """A Fit or a Candidate of cityties.matching."""

    @property
    def rank(self) -> int: ...
    @property
    def candidates(self) -> int: ...
    @property
    def top_percent(self) -> float: ...


@register.filter
def standing(item: Ranked) -> str:
    """Where a place stands among the candidates: "in the top 3% of 38,929 candidate cities",
    or "in the bottom 20% of ..." for the lower half; "" when it was not ranked."""
    total = int(getattr(item, "candidates", 0) or 0)
    rank = int(getattr(item, "rank", 0) or 0)
    if total < 1 or rank < 1:
        return ""
    count = number_format(total, force_grouping=True)
    top = item.top_percent
    if top <= 50.0:
        return _("in the top %(share)s%% of %(count)s candidate cities") % {
            "share": share_text(top),
            "count": count,
        }
    bottom = 100.0 * (total - min(rank, total) + 1) / total
    return _("in the bottom %(share)s%% of %(count)s candidate cities") % {
        "share": share_text(bottom),
        "count": count,
    }


@register.filter
def rank_of(item: Ranked) -> str:
    """ "rank 12,140 of 38,929", or "" when it was not ranked."""
    total = int(getattr(item, "candidates", 0) or 0)
    rank = int(getattr(item, "rank", 0) or 0)
    if total < 1 or rank < 1:
        return ""
    return _("rank %(rank)s of %(count)s") % {
        "rank": number_format(rank, force_grouping=True),
        "count": number_format(total, force_grouping=True),
    }
