"""Write services of agreements: create, update, renew, delete, and match (for merging facts)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.utils.translation import gettext as _

from cityties.text import PartialDate
from cityties.web.core.dates import partial_date_fields
from cityties.web.core.exceptions import ApplicationError
from cityties.web.core.services import record_create, record_delete, record_update
from cityties.web.directory.models import Organisation, Place

from .choices import AgreementStatus
from .models import Agreement, AgreementParty

Actor = AbstractBaseUser | AnonymousUser | None
PartyRecord = Place | Organisation

__all__ = [
    "agreement_create",
    "agreement_delete",
    "agreement_end",
    "agreement_match",
    "agreement_parties_set",
    "agreement_renew",
    "agreement_update",
    "dates_compatible",
]


def _dates(data: dict[str, Any]) -> dict[str, Any]:
    """Turn `signed`/`ends` partial dates into their stored fields; derive `ends` from the term."""
    for key, field in (("signed", "signed_on"), ("ends", "ends_on")):
        if key in data:
            value, precision = partial_date_fields(data.pop(key))
            data[field] = value
            data[f"{field}_precision"] = precision
    return data


def _derive_end(agreement: Agreement) -> None:
    """An end date that follows from the signing date and the term, never a guessed one."""
    signed = agreement.signed
    if agreement.ends_on is None and signed is not None and agreement.duration_months:
        value, precision = partial_date_fields(signed.add_months(agreement.duration_months))
        agreement.ends_on, agreement.ends_on_precision = value, precision


def agreement_parties_set(
    *, actor: Actor, agreement: Agreement, parties: Sequence[PartyRecord]
) -> Agreement:
    """Make `parties` (places and organisations) exactly the agreement's parties."""
    wanted = {(type(p).__name__, p.pk): p for p in parties}
    with transaction.atomic():
        for party in list(agreement.parties.all()):
            key = (
                ("Place", party.place_id)
                if party.place_id
                else ("Organisation", party.organisation_id)
            )
            if key in wanted:
                wanted.pop(key)
            else:
                record_delete(actor=actor, instance=party, related=agreement)
        for party in wanted.values():
            data = {"agreement": agreement}
            data["place" if isinstance(party, Place) else "organisation"] = party
            record_create(actor=actor, model=AgreementParty, data=data, related=agreement)
    return agreement


def agreement_create(
    *,
    actor: Actor,
    parties: Sequence[PartyRecord] = (),
    themes: Iterable[Any] = (),
    source_documents: Iterable[Any] = (),
    **data: Any,
) -> Agreement:
    """Add an agreement with its parties.

    `signed`/`ends` may be given as PartialDate or ISO text ("2013-09"); when only the term
    is known, the end date follows from signing date + duration at the same precision.
    """
    data = _dates(dict(data))
    with transaction.atomic():
        probe = Agreement(**data)
        _derive_end(probe)
        data.update(ends_on=probe.ends_on, ends_on_precision=probe.ends_on_precision)
        agreement = record_create(
            actor=actor,
            model=Agreement,
            data={**data, "themes": list(themes), "source_documents": list(source_documents)},
        )
        agreement_parties_set(actor=actor, agreement=agreement, parties=parties)
    return agreement


def agreement_update(
    *, actor: Actor, agreement: Agreement, parties: Sequence[PartyRecord] | None = None, **data: Any
) -> Agreement:
    """Change an agreement's fields (and, when given, its parties)."""
    data = _dates(dict(data))
    with transaction.atomic():
        if data:
            agreement = record_update(actor=actor, instance=agreement, data=data)
        if parties is not None:
            agreement_parties_set(actor=actor, agreement=agreement, parties=parties)
    return agreement


def agreement_delete(*, actor: Actor, agreement: Agreement) -> None:
    """Delete an agreement (refused while a renewal refers to it)."""
    record_delete(actor=actor, instance=agreement)


def agreement_renew(
    *,
    actor: Actor,
    agreement: Agreement,
    signed: PartialDate | str,
    duration_months: int | None = None,
    ends: PartialDate | str | None = None,
    title: str = "",
) -> Agreement:
    """Record the renewal of `agreement`: a new act with the same parties that renews it."""
    if agreement.status == AgreementStatus.NOT_CONCLUDED:
        raise ApplicationError(_("An agreement that was never concluded cannot be renewed."))
    parties: list[PartyRecord] = [p.place or p.organisation for p in agreement.parties.all()]
    return agreement_create(
        actor=actor,
        parties=parties,
        themes=agreement.themes.all(),
        type=agreement.type,
        status=AgreementStatus.RENEWED,
        title=title or agreement.title,
        signed=signed,
        ends=ends,
        duration_months=duration_months,
        renews=agreement,
        owner=agreement.owner,
    )


def agreement_end(*, actor: Actor, agreement: Agreement, ends: PartialDate | str) -> Agreement:
    """Record that an agreement in force has ended: status ended, with the day (or month, or
    year) it ended. An act that was planned or never concluded cannot end.
    """
    if agreement.status not in (AgreementStatus.SIGNED, AgreementStatus.RENEWED):
        raise ApplicationError(
            _("Only an agreement in force can end; this one is %(status)s.")
            % {"status": agreement.get_status_display().lower()}
        )
    return agreement_update(
        actor=actor, agreement=agreement, status=AgreementStatus.ENDED, ends=ends
    )


def dates_compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    """True when two partial dates can mean the same day (equal at their common precision)."""
    if a is None or b is None:
        return True
    if a.year != b.year:
        return False
    if a.month is not None and b.month is not None and a.month != b.month:
        return False
    return not (a.day is not None and b.day is not None and a.day != b.day)


_CONCLUDED = {AgreementStatus.SIGNED, AgreementStatus.RENEWED, AgreementStatus.ENDED}


def _statuses_compatible(a: str, b: str) -> bool:
    # An act reported as signed and one reported as never concluded are different acts.
    not_concluded = AgreementStatus.NOT_CONCLUDED
    return not (
        (a == not_concluded and b in _CONCLUDED) or (b == not_concluded and a in _CONCLUDED)
    )


def agreement_match(
    *,
    type: str,
    parties: Sequence[PartyRecord],
    signed: PartialDate | None = None,
    status: str = AgreementStatus.SIGNED,
) -> Agreement | None:
    """The existing agreement the same act stands for: same type, same party set, same date.

    Dates are compatible when equal at their common precision (2013 and 2013-09-24 match);
    an exact date match wins over a partial one.
    """
    places = {p.pk for p in parties if isinstance(p, Place)}
    orgs = {p.pk for p in parties if isinstance(p, Organisation)}
    if not places and not orgs:
        return None
    candidates = Agreement.objects.filter(type=type)
    for pk in places:
        candidates = candidates.filter(parties__place_id=pk)
    for pk in orgs:
        candidates = candidates.filter(parties__organisation_id=pk)
    best: Agreement | None = None
    for agreement in candidates.distinct().prefetch_related("parties"):
        have_places = {p.place_id for p in agreement.parties.all() if p.place_id}
        have_orgs = {p.organisation_id for p in agreement.parties.all() if p.organisation_id}
        if have_places != places or have_orgs != orgs:
            continue
        if not _statuses_compatible(agreement.status, status):
            continue
        if not dates_compatible(agreement.signed, signed):
            continue
        if best is None or (signed is not None and agreement.signed == signed):
            best = agreement
    return best
