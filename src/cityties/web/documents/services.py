"""Documents in, facts out, facts into the register.

`document_ingest` keeps the original bytes with their SHA-256, runs the extraction engine and
stores its facts with their evidence (`facts_save`, the one adapter between the engine's
dataclasses and the database). `fact_accept` merges a fact into the register through the
other apps' services: places by GeoNames id or folded name, organisations by folded name,
the same agreement from two documents into one record with two sources, contacts by e-mail
or name. Nothing is duplicated, and every accepted fact links to the records it touched.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

import cityties
from cityties.extraction import CitytiesError, ExtractionError, ExtractionResult, extract
from cityties.extraction.export import result_to_dict
from cityties.extraction.readers import read_bytes
from cityties.text import PartialDate, fold, to_e164
from cityties.web.agreements.choices import AgreementStatus, AgreementType
from cityties.web.agreements.models import Agreement
from cityties.web.agreements.services import agreement_create, agreement_match, agreement_update
from cityties.web.core.audit import changelog_record, snapshot
from cityties.web.core.choices import ChangeAction
from cityties.web.core.dates import partial_date_fields
from cityties.web.core.exceptions import ApplicationError
from cityties.web.core.models import Theme
from cityties.web.core.permissions import can_create, can_edit, user_organisation_id
from cityties.web.core.services import record_delete
from cityties.web.directory.models import Figure, Organisation, Place
from cityties.web.directory.services import (
    figure_upsert,
    goal_create,
    organisation_find,
    organisation_resolve,
    organisation_update,
    person_create,
    person_find,
    person_update,
    place_find,
    place_resolve,
    platform_create,
    platform_find,
    platform_member_add,
    tie_ensure,
)
from cityties.web.engagements.choices import GiftDirection, MemberSide, VisitDirection
from cityties.web.engagements.models import Visit
from cityties.web.engagements.services import (
    follow_up_create,
    follow_up_update,
    gift_create,
    gift_update,
    visit_create,
    visit_match,
    visit_member_add,
    visit_update,
)

from .choices import DocumentSource, FactKind, LinkAction, ReviewState, RunStatus
from .models import Document, Evidence, ExtractionRun, Fact, FactLink

logger = logging.getLogger(__name__)

Actor = AbstractBaseUser | AnonymousUser | None

__all__ = [
    "FACT_ORDER",
    "AcceptOutcome",
    "IngestResult",
    "document_delete",
    "document_extract",
    "document_ingest",
    "fact_accept",
    "fact_edit",
    "fact_reject",
    "facts_accept_all",
    "facts_save",
]

# The facts JSON keys (cityties.extraction.export) and the order facts are reviewed and merged
# in: what a later fact refers to (places, organisations) comes first.
FACT_ORDER: tuple[tuple[str, str], ...] = (
    ("places", FactKind.PLACE),
    ("organisations", FactKind.ORGANISATION),
    ("ties", FactKind.TIE),
    ("contacts", FactKind.CONTACT),
    ("figures", FactKind.FIGURE),
    ("goals", FactKind.GOAL),
    ("agreements", FactKind.AGREEMENT),
    ("visits", FactKind.VISIT),
)
_KIND_RANK = {kind: i for i, (_, kind) in enumerate(FACT_ORDER)}

Engine = Callable[[str], ExtractionResult]


def _engine(text: str) -> ExtractionResult:
    return extract(text)


def engine_version() -> str:
    """The engine's name and version as stored on every run."""
    return f"cityties {cityties.__version__}"


# --- ingest -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What ingesting gave: the document, its latest run, and whether the bytes were new."""

    document: Document
    run: ExtractionRun | None
    created: bool


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _nested_evidence(item: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The evidence of a fact's parts (a visit's members, programme, gifts ...)."""
    out: list[Mapping[str, Any]] = []
    for value in item.values():
        if isinstance(value, list):
            for part in value:
                if isinstance(part, Mapping):
                    out += [ev for ev in part.get("evidence") or [] if isinstance(ev, Mapping)]
    return out


def _summary(kind: str, p: Mapping[str, Any]) -> str:
    if kind == FactKind.AGREEMENT:
        date = p.get("signed") or ""
        return f"{p.get('type')}: {' – '.join(p.get('parties') or [])} {date} ({p.get('status')})"
    if kind == FactKind.VISIT:
        head = f"{p.get('from')} → {p.get('to')} {p.get('date') or ''}".strip()
        counts = [
            _n(len(p.get(key) or []), one, many)
            for key, one, many in (
                ("member_details", "person", "people"),
                ("programme", "programme item", "programme items"),
                ("outcomes", "outcome", "outcomes"),
                ("follow_ups", "follow-up action", "follow-up actions"),
                ("gifts", "gift", "gifts"),
            )
            if p.get(key)
        ]
        return f"{head} ({', '.join(counts)})" if counts else head
    if kind == FactKind.FIGURE:
        year = f" ({p['year']})" if p.get("year") else ""
        return f"{p.get('subject')}: {p.get('measure')} {p.get('value')}{year}"
    if kind == FactKind.CONTACT:
        return ", ".join(
            str(p[k]) for k in ("name", "unit", "organization", "phone", "email") if p.get(k)
        )
    if kind == FactKind.TIE:
        return f"{p.get('subject')} {p.get('relation')} {p.get('object')}"
    if kind == FactKind.GOAL:
        return f"{p.get('subject')}: {p.get('description')}"
    if kind == FactKind.ORGANISATION:
        return f"{p.get('name')} ({p.get('kind')})"
    ref = p.get("gazetteer") or {}
    where = ", ".join(x for x in (ref.get("admin1"), ref.get("country")) if x)
    return f"{p.get('name')} ({where})" if where else str(p.get("name"))


def facts_save(*, document: Document, run: ExtractionRun, result: ExtractionResult) -> list[Fact]:
    """Store the engine's facts of one run with their evidence (the one adapter service).

    RAISES ValidationError when an evidence span does not quote the document text.
    """
    data = result_to_dict(result, with_text=False)
    facts: list[Fact] = []
    text = document.text
    with transaction.atomic():
        position = 0
        for key, kind in FACT_ORDER:
            for item in data.get(key, []):
                evidence = list(item.get("evidence", []))
                payload = {k: v for k, v in item.items() if k != "evidence"}
                fact = Fact.objects.create(
                    run=run,
                    document=document,
                    position=position,
                    kind=kind,
                    payload=payload,
                    summary=_summary(kind, payload)[:500],
                )
                position += 1
                for ev in _nested_evidence(payload):
                    # a visit's members, programme, actions and gifts keep their evidence in
                    # the payload; it must quote the document like the fact's own
                    if text[ev["start"] : ev["end"]] != ev["quote"]:
                        raise ValidationError(
                            _("Evidence does not quote the document at %(start)s–%(end)s.")
                            % {"start": ev["start"], "end": ev["end"]}
                        )
                for ev in evidence:
                    if text[ev["start"] : ev["end"]] != ev["quote"]:
                        raise ValidationError(
                            _("Evidence does not quote the document at %(start)s–%(end)s.")
                            % {"start": ev["start"], "end": ev["end"]}
                        )
                    Evidence.objects.create(
                        fact=fact,
                        char_start=ev["start"],
                        char_end=ev["end"],
                        quote=ev["quote"],
                        extractor=ev["extractor"],
                        confidence=ev.get("confidence", 1.0),
                    )
                facts.append(fact)
        run.fact_count = len(facts)
        run.save(update_fields=["fact_count"])
    return facts


def _failed_run(document: Document, code: str, message: str) -> ExtractionRun:
    return ExtractionRun.objects.create(
        document=document,
        engine_version=engine_version(),
        status=RunStatus.FAILED,
        error_code=code[:10],
        error_message=message[:500],
        finished=timezone.now(),
    )


def document_extract(
    *, actor: Actor, document: Document, engine: Engine | None = None
) -> ExtractionRun:
    """Run the engine over a stored document; a failure is a failed run with its error code.

    The run and its facts are saved together or not at all: a failed extraction leaves a run
    marked failed and no facts.
    """
    if actor is not None and not can_edit(actor, document):
        raise PermissionDenied(_("You may not extract facts from this document."))
    engine = engine or _engine
    with transaction.atomic():
        document.original.open("rb")
        try:
            data = document.original.read()
        finally:
            document.original.close()
        try:
            read = read_bytes(data, name=document.original_name)
            if read.text != document.text or read.media_type != document.media_type:
                document.text = read.text
                document.media_type = read.media_type
                document.save(update_fields=["text", "media_type", "last_updated"])
            result = engine(read.text)
        except ExtractionError as e:
            logger.info("extraction of document %s failed: %s", document.pk, e.code)
            return _failed_run(document, e.code, e.message)
        except CitytiesError as e:
            return _failed_run(document, "E100", str(e))
        except Exception as e:  # noqa: BLE001 - an engine bug must not lose the upload
            logger.exception("the engine crashed on document %s", document.pk)
            return _failed_run(document, "E199", f"{type(e).__name__}: {e}")
        found = {
            "language": result.doc.language or "",
            "institution": (result.doc.institution or "")[:200],
            "country": result.doc.country or "",
        }
        if any(getattr(document, k) != v for k, v in found.items()):
            for k, v in found.items():
                setattr(document, k, v)
            document.save(update_fields=[*found, "last_updated"])
        try:
            with transaction.atomic():
                run = ExtractionRun.objects.create(
                    document=document,
                    engine_version=engine_version(),
                    extractors=list(result.extractors),
                    status=RunStatus.OK,
                )
                facts_save(document=document, run=run, result=result)
                run.finished = timezone.now()
                run.save(update_fields=["finished"])
        except ValidationError as e:
            return _failed_run(document, "E190", "; ".join(e.messages))
        logger.info("extracted %d facts from document %s", run.fact_count, document.pk)
        return run


def document_ingest(
    *,
    actor: Actor,
    data: bytes | None = None,
    name: str = "",
    text: str | None = None,
    title: str = "",
    engine: Engine | None = None,
) -> IngestResult:
    """Keep an uploaded file (or pasted text) byte for byte, then extract its facts.

    The same bytes uploaded again are recognised by their SHA-256: the existing document is
    returned with `created=False` and nothing is stored twice.
    RAISES ApplicationError for an empty or too large input; PermissionDenied for a viewer.
    """
    if actor is not None and not can_create(actor, Document):
        raise PermissionDenied(_("You may not add documents."))
    source = DocumentSource.UPLOAD
    if text is not None:
        data = text.encode("utf-8")
        name = name or "pasted.txt"
        source = DocumentSource.PASTE
        # A pasted text is titled by its first line ("Institution: City of Ghent" included).
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        title = title or first[:120]
    if not data:
        raise ApplicationError(_("The document is empty."))
    if len(data) > settings.CITYTIES_MAX_UPLOAD_BYTES:
        raise ApplicationError(
            _("The file is too large (%(size)d bytes; the limit is %(limit)d).")
            % {"size": len(data), "limit": settings.CITYTIES_MAX_UPLOAD_BYTES}
        )
    digest = hashlib.sha256(data).hexdigest()
    existing = Document.objects.filter(sha256=digest).first()
    if existing is not None:
        return IngestResult(existing, existing.runs.first(), created=False)
    name = (name or "document").replace("/", "_").replace("\\", "_")[-200:]
    stored_name = ""
    try:
        with transaction.atomic():
            document = Document(
                title=(title or name)[:300],
                original_name=name,
                sha256=digest,
                size=len(data),
                media_type=mimetypes.guess_type(name)[0] or "",
                source=source,
                uploaded_by=actor if actor is not None and actor.is_authenticated else None,
                organisation_id=user_organisation_id(actor),
            )
            document.original.save(name, ContentFile(data), save=False)
            stored_name = document.original.name
            document.full_clean()
            document.save()
            changelog_record(
                actor=actor,
                action=ChangeAction.CREATE,
                instance=document,
                before=None,
                after=snapshot(document),
            )
            run = document_extract(actor=None, document=document, engine=engine)
    except BaseException:
        if stored_name:
            Document.original.field.storage.delete(stored_name)
        raise
    return IngestResult(document, run, created=True)


def document_delete(*, actor: Actor, document: Document) -> None:
    """Delete a document, its runs and facts (records made from its facts stay)."""
    stored = document.original.name
    record_delete(actor=actor, instance=document)
    transaction.on_commit(lambda: Document.original.field.storage.delete(stored))


# --- review -------------------------------------------------------------------------------------


@dataclass
class AcceptOutcome:
    """The records accepting one fact created, updated or matched."""

    links: list[tuple[models.Model, str]] = field(default_factory=list)

    def add(self, record: models.Model | None, action: str) -> None:
        if record is not None and action:
            self.links.append((record, action))


def _check_review(actor: Actor, fact: Fact) -> None:
    if actor is not None and not can_edit(actor, fact):
        raise PermissionDenied(_("You may not review the facts of this document."))
    if fact.state != ReviewState.PENDING:
        raise ApplicationError(
            _("This fact has already been reviewed (%(state)s).")
            % {"state": fact.get_state_display()}
        )


def _mark(fact: Fact, *, actor: Actor, state: str, note: str = "") -> None:
    before = snapshot(fact)
    fact.state = state
    fact.reviewed_by = actor if actor is not None and actor.is_authenticated else None
    fact.reviewed_at = timezone.now()
    if note:
        fact.note = note[:500]
    fact.save()
    changelog_record(
        actor=actor,
        action=ChangeAction.UPDATE,
        instance=fact,
        before=before,
        after=snapshot(fact),
        related=fact.document,
    )


def fact_reject(*, actor: Actor, fact: Fact, note: str = "") -> Fact:
    """Reject a fact: it stays with its evidence but changes nothing in the register."""
    _check_review(actor, fact)
    with transaction.atomic():
        _mark(fact, actor=actor, state=ReviewState.REJECTED, note=note)
    return fact


def fact_edit(*, actor: Actor, fact: Fact, payload: Mapping[str, Any]) -> Fact:
    """Accept a fact as the reviewer corrected it: the edit is merged, the original is kept."""
    _check_review(actor, fact)
    merged = {**fact.payload, **dict(payload)}
    # A corrected name replaces the engine's resolved party: its gazetteer id no longer holds.
    for plain, detail in (
        ("parties", "party_details"),
        ("from", "from_detail"),
        ("to", "to_detail"),
    ):
        if plain in payload and detail not in payload and payload[plain] != fact.payload.get(plain):
            merged.pop(detail, None)
    with transaction.atomic():
        fact.edited_payload = merged
        fact.summary = _summary(fact.kind, merged)[:500]
        fact.save(update_fields=["edited_payload", "summary", "last_updated"])
        return _accept(actor=actor, fact=fact, state=ReviewState.EDITED)


def fact_accept(*, actor: Actor, fact: Fact) -> Fact:
    """Accept a fact: merge it into the register and link it to the records it touched.

    RAISES ApplicationError when the fact cannot be merged as it stands (edit it first).
    """
    _check_review(actor, fact)
    return _accept(actor=actor, fact=fact, state=ReviewState.ACCEPTED)


def facts_accept_all(*, actor: Actor, document: Document) -> tuple[list[Fact], dict[int, str]]:
    """Accept every pending fact of a document, places first; returns accepted and failures.

    Each fact is merged in its own transaction, so one that cannot be merged (reported in the
    second value, fact id -> message) stays pending without stopping the others.
    """
    pending = sorted(
        document.facts.filter(state=ReviewState.PENDING),
        key=lambda f: (_KIND_RANK.get(f.kind, 99), f.position, f.pk),
    )
    accepted: list[Fact] = []
    failures: dict[int, str] = {}
    for fact in pending:
        fact.refresh_from_db()
        if fact.state != ReviewState.PENDING:
            continue  # accepted on the way, as the party of an earlier fact
        try:
            accepted.append(fact_accept(actor=actor, fact=fact))
        except (ApplicationError, ValidationError, PermissionDenied) as e:
            failures[fact.pk] = _message(e)
    return accepted, failures


def _message(e: Exception) -> str:
    if isinstance(e, ApplicationError):
        return e.message
    if isinstance(e, ValidationError):
        return "; ".join(e.messages)
    return str(e)


def _accept(*, actor: Actor, fact: Fact, state: str) -> Fact:
    merge = _MERGERS[fact.kind]
    with transaction.atomic():
        outcome = AcceptOutcome()
        merge(actor=actor, fact=fact, data=fact.data, outcome=outcome)
        seen: set[tuple[int, int]] = set()
        for record, action in outcome.links:
            ct = ContentType.objects.get_for_model(record)
            if (ct.pk, record.pk) in seen:
                continue
            seen.add((ct.pk, record.pk))
            FactLink.objects.update_or_create(
                fact=fact, content_type=ct, object_id=record.pk, defaults={"action": action}
            )
        _mark(fact, actor=actor, state=state)
    return fact


# --- merging, one function per kind of fact ------------------------------------------------------


def _sibling_payloads(fact: Fact, kind: str) -> Iterable[Fact]:
    return fact.document.facts.filter(run=fact.run, kind=kind).exclude(pk=fact.pk)


def _place_for(
    *, actor: Actor, fact: Fact, name: str, geonameid: int | None, outcome: AcceptOutcome
) -> Place:
    """The place a party or subject names: the register's, else the document's own place fact."""
    place = place_find(name=name, geonameid=geonameid)
    if place is not None:
        return place
    for sibling in _sibling_payloads(fact, FactKind.PLACE):
        ref = sibling.data.get("gazetteer") or {}
        same_id = geonameid and ref.get("geonameid") == geonameid
        if same_id or (not geonameid and fold(sibling.data.get("name") or "") == fold(name)):
            if sibling.state == ReviewState.PENDING:
                fact_accept(actor=actor, fact=sibling)
            found = place_find(name=name, geonameid=geonameid or ref.get("geonameid"))
            if found is not None:
                return found
    place, action = place_resolve(
        actor=actor, name=name, ref={"geonameid": geonameid} if geonameid else None
    )
    outcome.add(place, action)
    if place is None:  # pragma: no cover - resolve creates
        raise ApplicationError(_("Cannot find the place %(name)s.") % {"name": name})
    return place


def _organisation_for(
    *, actor: Actor, fact: Fact, name: str, outcome: AcceptOutcome, create: bool = True
) -> Organisation | None:
    org = organisation_find(name=name)
    if org is not None:
        return org
    for sibling in _sibling_payloads(fact, FactKind.ORGANISATION):
        if fold(sibling.data.get("name") or "") == fold(name):
            if sibling.state == ReviewState.PENDING:
                fact_accept(actor=actor, fact=sibling)
            org = organisation_find(name=name)
            if org is not None:
                return org
    if not create:
        return None
    org, action = organisation_resolve(actor=actor, name=name)
    outcome.add(org, action)
    return org


def _detail_for_name(name: Any) -> dict[str, Any]:
    """A party given only by name: a known place, else a known organisation, else a place."""
    text = str(name or "").strip()
    if place_find(name=text) is None and organisation_find(name=text) is not None:
        return {"name": text, "kind": "organisation"}
    return {"name": text, "kind": "place"}


def _party(
    *, actor: Actor, fact: Fact, detail: Mapping[str, Any], outcome: AcceptOutcome
) -> Place | Organisation:
    name = str(detail.get("name") or "").strip()
    if not name:
        raise ApplicationError(_("A party has no name."))
    if detail.get("kind") == "organisation":
        org = _organisation_for(actor=actor, fact=fact, name=name, outcome=outcome)
        if org is None:  # pragma: no cover - created above
            raise ApplicationError(_("Cannot find the organisation %(name)s.") % {"name": name})
        return org
    return _place_for(
        actor=actor, fact=fact, name=name, geonameid=detail.get("geonameid"), outcome=outcome
    )


def _subject(
    *, actor: Actor, fact: Fact, name: str, outcome: AcceptOutcome
) -> tuple[Place | None, Organisation | None]:
    """A figure's or goal's subject: the organisation written so, else a place, else an
    organisation whose folded name matches ("Ghent" is the city, "City of Ghent" its
    government, although both fold to "ghent")."""
    exact = Organisation.objects.filter(
        models.Q(name__iexact=name.strip()) | models.Q(aliases__name__iexact=name.strip())
    ).first()
    if exact is not None:
        return None, exact
    place = place_find(name=name)
    if place is None:
        # A place the same document names comes before an organisation whose name only
        # folds alike: "Dalian" is the city even when "City of Dalian" was accepted first.
        for sibling in _sibling_payloads(fact, FactKind.PLACE):
            if fold(sibling.data.get("name") or "") == fold(name):
                ref = sibling.data.get("gazetteer") or {}
                place = _place_for(
                    actor=actor,
                    fact=fact,
                    name=name,
                    geonameid=ref.get("geonameid"),
                    outcome=outcome,
                )
                break
    if place is None:
        org = _organisation_for(actor=actor, fact=fact, name=name, outcome=outcome, create=False)
        if org is not None:
            return None, org
    if place is None:
        raise ApplicationError(
            _("“%(name)s” is neither a known place nor a known organisation; edit the fact.")
            % {"name": name}
        )
    return place, None


def _partial(value: Any) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(str(value))
    except ValueError as e:
        raise ApplicationError(_("Not a date: %(value)s") % {"value": value}) from e


def _owner(
    actor: Actor, fact: Fact, parties: Iterable[Place | Organisation] = ()
) -> Organisation | None:
    """Who keeps a record made from a fact: the reviewer's organisation, else the uploader's,
    else the city government of the home city when it is a party."""
    org_id = user_organisation_id(actor) or fact.document.organisation_id
    if org_id:
        return Organisation.objects.filter(pk=org_id).first()
    for party in parties:
        if isinstance(party, Place) and party.is_home:
            return party.organisations.filter(kind="city_government").first()
    return None


def _merge_place(
    *, actor: Actor, fact: Fact, data: Mapping[str, Any], outcome: AcceptOutcome
) -> None:
    place, action = place_resolve(
        actor=actor, name=str(data.get("name") or ""), ref=data.get("gazetteer") or None
    )
    outcome.add(place, action)


def _merge_organisation(
    *, actor: Actor, fact: Fact, data: Mapping[str, Any], outcome: AcceptOutcome
) -> None:
    place = None
    if data.get("place"):
        place = place_find(name=str(data["place"]))
    name = str(data.get("name") or "")
    if "platform" in fold(name).split() and data.get("kind") in (None, "", "other"):
        # A named group of organisations ("the China Platform") is a Platform, not a member.
        platform = platform_find(name=name)
        if platform is None:
            focus = place.country if place is not None and place.kind == "country" else ""
            platform = platform_create(actor=actor, name=name.strip(), focus_country=focus)
            outcome.add(platform, LinkAction.CREATED)
        else:
            outcome.add(platform, LinkAction.MATCHED)
        return
    org, action = organisation_resolve(
        actor=actor, name=str(data.get("name") or ""), kind=data.get("kind"), place=place
    )
    outcome.add(org, action)


def _merge_tie(
    *, actor: Actor, fact: Fact, data: Mapping[str, Any], outcome: AcceptOutcome
) -> None:
    subject = _organisation_for(
        actor=actor, fact=fact, name=str(data.get("subject") or ""), outcome=outcome
    )
    assert_org = subject
    if assert_org is None:  # pragma: no cover - created above
        raise ApplicationError(_("A tie needs an organisation."))
    relation = str(data.get("relation") or "")
    target = str(data.get("object") or "")
    if relation == "member_of":
        platform = platform_find(name=target)
        if platform is None and "platform" in fold(target).split():
            platform = platform_create(actor=actor, name=target)
            outcome.add(platform, LinkAction.CREATED)
        if platform is not None:
            platform, action = platform_member_add(
                actor=actor, platform=platform, organisation=assert_org
            )
            outcome.add(platform, action)
            outcome.add(assert_org, LinkAction.MATCHED)
            return
    if relation in ("branch_in", "based_in"):
        place = _place_for(actor=actor, fact=fact, name=target, geonameid=None, outcome=outcome)
        if relation == "based_in" and assert_org.place_id is None and can_edit(actor, assert_org):
            organisation_update(actor=actor, organisation=assert_org, place=place)
            outcome.add(assert_org, LinkAction.UPDATED)
            return
        tie, action = tie_ensure(
            actor=actor, subject=assert_org, relation=relation, object_place=place
        )
    else:
        other = _organisation_for(actor=actor, fact=fact, name=target, outcome=outcome)
        tie, action = tie_ensure(
            actor=actor, subject=assert_org, relation=relation, object_organisation=other
        )
    outcome.add(tie, action)


def _merge_contact(
    *, actor: Actor, fact: Fact, data: Mapping[str, Any], outcome: AcceptOutcome
) -> None:
    org = None
    if data.get("organization"):
        org = _organisation_for(
            actor=actor, fact=fact, name=str(data["organization"]), outcome=outcome
        )
    phone = str(data.get("phone") or "")
    if phone and not phone.startswith("+"):
        phone = to_e164(phone, country=settings.CITYTIES_HOME_COUNTRY) or ""
    email = str(data.get("email") or "").lower()
    name = str(data.get("name") or "").strip()
    if not name:
        # An office, not a person: its phone and e-mail belong to the organisation.
        if org is None:
            raise ApplicationError(_("A contact needs a name or an organisation."))
        fill = {k: v for k, v in (("phone", phone), ("email", email)) if v and not getattr(org, k)}
        if fill and can_edit(actor, org):
            organisation_update(actor=actor, organisation=org, **fill)
            outcome.add(org, LinkAction.UPDATED)
        else:
            outcome.add(org, LinkAction.MATCHED)
        return
    person = person_find(name=name, email=email or None, organisation=org)
    role = str(data.get("role") or "")
    unit = str(data.get("unit") or "")
    if person is None:
        owner = _owner(actor, fact)
        person = person_create(
            actor=actor,
            name=name,
            organisation=org,
            owner=owner if owner is not None and owner != org else None,
            role=role,
            unit=unit,
            phone=phone,
            email=email,
        )
        outcome.add(person, LinkAction.CREATED)
        return
    fill = {
        k: v
        for k, v in (
            ("phone", phone),
            ("email", email),
            ("role", role),
            ("unit", unit),
            ("organisation", org),
        )
        if v and not getattr(person, k)
    }
    if fill and can_edit(actor, person):
        person_update(actor=actor, person=person, **fill)
        outcome.add(person, LinkAction.UPDATED)
    else:
        outcome.add(person, LinkAction.MATCHED)


def _merge_figure(
    *, actor: Actor, fact: Fact, data: Mapping[str, Any], outcome: AcceptOutcome
) -> None:
    place, org = _subject(
        actor=actor, fact=fact, name=str(data.get("subject") or ""), outcome=outcome
    )
    try:
        value = float(data["value"])
    except (KeyError, TypeError, ValueError) as e:
        raise ApplicationError(_("A figure needs a numeric value.")) from e
    measure = str(data.get("measure") or "other")
    label = str(data.get("label") or "")
    same = Figure.objects.filter(
        place=place, organisation=org, measure=measure, label=label, year=data.get("year")
    ).first()
    if same is not None and same.value != value:
        # Two values for one measure and year count different things (cargo by sea and by
        # inland shipping): keep both, the second labelled by its quote, never overwrite.
        quote = fact.evidence.values_list("quote", flat=True).first() or f"{value:g}"
        label = quote[:100]
    figure, action = figure_upsert(
        actor=actor,
        place=place,
        organisation=org,
        measure=measure,
        value=value,
        year=data.get("year"),
        unit=str(data.get("unit") or ""),
        label=label,
    )
    outcome.add(figure, action)
    outcome.add(place or org, LinkAction.MATCHED)


def _themes(names: Iterable[str]) -> list[Theme]:
    keys = {fold(n).replace(" ", "-") for n in names if n}
    return [t for t in Theme.objects.all() if t.slug in keys or fold(t.name) in keys]


def _merge_goal(
    *, actor: Actor, fact: Fact, data: Mapping[str, Any], outcome: AcceptOutcome
) -> None:
    place, org = _subject(
        actor=actor, fact=fact, name=str(data.get("subject") or ""), outcome=outcome
    )
    description = str(data.get("description") or "").strip()
    if not description:
        raise ApplicationError(_("A goal needs a description."))
    subject = place or org
    assert_subject = subject
    if assert_subject is None:  # pragma: no cover - _subject raises
        raise ApplicationError(_("A goal needs a subject."))
    for goal in assert_subject.goals.all():
        if fold(goal.description) == fold(description) or (
            data.get("year")
            and goal.year == data.get("year")
            and set(fold(goal.description).split()) & set(fold(description).split())
        ):
            outcome.add(goal, LinkAction.MATCHED)
            return
    goal = goal_create(
        actor=actor,
        place=place,
        organisation=org,
        description=description[:500],
        year=data.get("year"),
        themes=_themes(data.get("themes") or []),
    )
    outcome.add(goal, LinkAction.CREATED)


_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


def _more_precise(new: PartialDate | None, old: PartialDate | None) -> bool:
    if new is None:
        return False
    if old is None:
        return True
    return _PRECISION_RANK[new.precision] > _PRECISION_RANK[old.precision]


def _merge_agreement(
    *, actor: Actor, fact: Fact, data: Mapping[str, Any], outcome: AcceptOutcome
) -> None:
    details = data.get("party_details") or [_detail_for_name(n) for n in data.get("parties") or []]
    parties: list[Place | Organisation] = []
    for detail in details:
        record = _party(actor=actor, fact=fact, detail=detail, outcome=outcome)
        if record not in parties:
            parties.append(record)
    if len(parties) < 2:
        raise ApplicationError(_("An agreement needs at least two parties."))
    kind = str(data.get("type") or AgreementType.OTHER)
    if kind not in AgreementType.values:
        raise ApplicationError(_("Unknown agreement type: %(type)s") % {"type": kind})
    status = str(data.get("status") or AgreementStatus.SIGNED)
    if status not in AgreementStatus.values:
        raise ApplicationError(_("Unknown agreement status: %(status)s") % {"status": status})
    signed = _partial(data.get("signed"))
    ends = _partial(data.get("ends"))
    duration = data.get("duration_months") or None
    themes = _themes(data.get("themes") or [])
    existing = agreement_match(type=kind, parties=parties, signed=signed, status=status)
    if existing is None:
        agreement = agreement_create(
            actor=actor,
            parties=parties,
            type=kind,
            status=status,
            title=str(data.get("title") or "")[:300],
            signed=signed,
            ends=ends,
            duration_months=duration,
            owner=_owner(actor, fact, parties),
            themes=themes,
            source_documents=[fact.document],
        )
        outcome.add(agreement, LinkAction.CREATED)
        return
    if actor is not None and not can_edit(actor, existing):
        outcome.add(existing, LinkAction.MATCHED)
        return
    changes: dict[str, Any] = {}
    if data.get("title") and not existing.title:
        changes["title"] = str(data["title"])[:300]
    if _more_precise(signed, existing.signed):
        changes["signed"] = signed
    if _more_precise(ends, existing.ends):
        changes["ends"] = ends
    if duration and not existing.duration_months:
        changes["duration_months"] = duration
    if existing.status == AgreementStatus.PLANNED and status != AgreementStatus.PLANNED:
        changes["status"] = status
    elif existing.status == AgreementStatus.SIGNED and status == AgreementStatus.ENDED:
        changes["status"] = status
    new_sources = not existing.source_documents.filter(pk=fact.document.pk).exists()
    new_themes = [t for t in themes if not existing.themes.filter(pk=t.pk).exists()]
    if new_sources:
        changes["source_documents"] = [*existing.source_documents.all(), fact.document]
    if new_themes:
        changes["themes"] = [*existing.themes.all(), *new_themes]
    if changes:
        agreement_update(actor=actor, agreement=existing, **changes)
        _derive_missing_end(actor, existing)
        outcome.add(existing, LinkAction.UPDATED)
    else:
        outcome.add(existing, LinkAction.MATCHED)


def _derive_missing_end(actor: Actor, agreement: Agreement) -> None:
    agreement.refresh_from_db()
    signed = agreement.signed
    if agreement.ends_on is None and signed is not None and agreement.duration_months:
        value, precision = partial_date_fields(signed.add_months(agreement.duration_months))
        agreement_update(
            actor=actor, agreement=agreement, ends_on=value, ends_on_precision=precision
        )


def _split_member(text: str) -> tuple[str, str]:
    name, _sep, title = text.partition(",")
    return name.strip(), title.strip()


def _merge_visit(
    *, actor: Actor, fact: Fact, data: Mapping[str, Any], outcome: AcceptOutcome
) -> None:
    visitor = _party(
        actor=actor,
        fact=fact,
        detail=data.get("from_detail") or _detail_for_name(data.get("from")),
        outcome=outcome,
    )
    host = _party(
        actor=actor,
        fact=fact,
        detail=data.get("to_detail") or _detail_for_name(data.get("to")),
        outcome=outcome,
    )
    ends: dict[str, Any] = {
        "from_place": visitor if isinstance(visitor, Place) else None,
        "from_organisation": visitor if isinstance(visitor, Organisation) else None,
        "to_place": host if isinstance(host, Place) else None,
        "to_organisation": host if isinstance(host, Organisation) else None,
    }
    start = _partial(data.get("date"))
    end = _partial(data.get("end_date"))
    home_from = getattr(ends["from_place"], "is_home", False) or getattr(
        getattr(ends["from_organisation"], "place", None), "is_home", False
    )
    direction = VisitDirection.OUTGOING if home_from else VisitDirection.INCOMING
    existing = visit_match(start=start, **ends)
    purpose = str(data.get("purpose") or "")
    if existing is None:
        visit = visit_create(
            actor=actor,
            direction=direction,
            start=start,
            end=end,
            purpose=purpose,
            organiser=_owner(actor, fact, [visitor, host]),
            source_documents=[fact.document],
            **ends,
        )
        action = LinkAction.CREATED
    else:
        visit = existing
        action = LinkAction.MATCHED
        if actor is None or can_edit(actor, visit):
            changes: dict[str, Any] = {}
            if purpose and not visit.purpose:
                changes["purpose"] = purpose
            if _more_precise(start, visit.start):
                changes["start"] = start
            if end is not None and visit.end is None:
                changes["end"] = end
            if not visit.source_documents.filter(pk=fact.document.pk).exists():
                changes["source_documents"] = [*visit.source_documents.all(), fact.document]
            if changes:
                visit_update(actor=actor, visit=visit, **changes)
                action = LinkAction.UPDATED
    parts = AcceptOutcome()
    if actor is None or can_edit(actor, visit):
        if _merge_visit_details(actor=actor, visit=visit, data=data, outcome=parts):
            if action == LinkAction.MATCHED:
                action = LinkAction.UPDATED
    outcome.add(visit, action)
    outcome.links += parts.links


def _member_title(role: str, organisation: str) -> str:
    """A member's title as the desk keeps it: "Director, Weihai Foreign Affairs Office"."""
    if organisation and fold(organisation) not in fold(role):
        return f"{role}, {organisation}" if role else organisation
    return role


def _text_lines(old: str, new: Iterable[str]) -> tuple[str, bool]:
    """`old` with the lines of `new` it lacks appended (compared folded); whether it grew."""
    lines = [line for line in old.splitlines() if line.strip()]
    seen = {fold(line) for line in lines}
    grew = False
    for line in new:
        if line and fold(line) not in seen:
            lines.append(line)
            seen.add(fold(line))
            grew = True
    return "\n".join(lines), grew


def _programme_line(item: Mapping[str, Any]) -> str:
    when = " ".join(str(item[k]) for k in ("date", "time") if item.get(k))
    what = str(item.get("description") or "").strip()
    place = str(item.get("place") or "").strip()
    if place and fold(place) not in fold(what):
        what = f"{what} ({place})"
    return f"{when}: {what}" if when else what


def _day(value: Any) -> Any:
    """A date with its day known, else None (a due date or gift date is never invented)."""
    partial = _partial(value)
    if partial is None or partial.precision != "day":
        return None
    return partial_date_fields(partial)[0]


def _merge_visit_details(
    *, actor: Actor, visit: Visit, data: Mapping[str, Any], outcome: AcceptOutcome
) -> bool:
    """Merge a visit fact's members, programme, outcomes, follow-ups and gifts into the visit,
    adding only what it lacks. Returns whether the visit changed."""
    changed = False
    details = [d for d in data.get("member_details") or [] if isinstance(d, Mapping)]
    if details:
        members = [
            (
                str(d.get("name") or "").strip(),
                _member_title(str(d.get("role") or ""), str(d.get("organisation") or "")),
                MemberSide.HOST if d.get("side") == "host" else MemberSide.VISITOR,
            )
            for d in details
        ]
    else:
        members = [(*_split_member(str(m)), MemberSide.VISITOR) for m in data.get("members") or []]
    named = {fold(d.get("name") or "") for d in details}
    for m in data.get("members") or []:  # names a reviewer added to `members` by hand
        name, title = _split_member(str(m))
        if details and fold(name) not in named:
            members.append((name, title, MemberSide.VISITOR))
    for name, title, side in members:
        if name:
            _m, member_action = visit_member_add(
                actor=actor, visit=visit, name=name[:200], title=title[:200], side=side
            )
            changed = changed or member_action != LinkAction.MATCHED
    changes: dict[str, Any] = {}
    programme, grew = _text_lines(
        visit.programme,
        (_programme_line(p) for p in data.get("programme") or [] if isinstance(p, Mapping)),
    )
    if grew:
        changes["programme"] = programme
    outcomes, grew = _text_lines(
        visit.outcomes,
        (
            str(o.get("description") or "").strip()
            for o in data.get("outcomes") or []
            if isinstance(o, Mapping)
        ),
    )
    if grew:
        changes["outcomes"] = outcomes
    if changes:
        visit_update(actor=actor, visit=visit, **changes)
        changed = True
    for item in data.get("follow_ups") or []:
        if isinstance(item, Mapping):
            changed = (
                _merge_follow_up(actor=actor, visit=visit, item=item, outcome=outcome) or changed
            )
    for item in data.get("gifts") or []:
        if isinstance(item, Mapping):
            changed = _merge_gift(actor=actor, visit=visit, item=item, outcome=outcome) or changed
    return changed


def _merge_follow_up(
    *, actor: Actor, visit: Visit, item: Mapping[str, Any], outcome: AcceptOutcome
) -> bool:
    """A follow-up action of the visit: its owner a person when the register knows one by that
    name, else an organisation found by name (linked to the fact) whose name leads the action."""
    what = str(item.get("description") or "").strip()
    if not what:
        return False
    owner_name = str(item.get("owner") or "").strip()
    person = person_find(name=owner_name) if owner_name else None
    org = organisation_find(name=owner_name) if owner_name and person is None else None
    if org is not None:
        outcome.add(org, LinkAction.MATCHED)
    description = what
    if owner_name and person is None:
        description = f"{owner_name}: {what}"
    due = _partial(item.get("due"))
    due_on = _day(item.get("due"))
    if due is not None and due_on is None:
        description = f"{description} ({_('due %(date)s') % {'date': due.iso()}})"
    description = description[:500]
    for existing in visit.follow_ups.all():
        if fold(existing.description) in (fold(description), fold(what)):
            fill: dict[str, Any] = {}
            if person is not None and existing.owner_id is None:
                fill["owner"] = person
            if due_on is not None and existing.due_on is None:
                fill["due_on"] = due_on
            if fill:
                follow_up_update(actor=actor, follow_up=existing, **fill)
                outcome.add(existing, LinkAction.UPDATED)
                return True
            outcome.add(existing, LinkAction.MATCHED)
            return False
    created = follow_up_create(
        actor=actor, visit=visit, description=description, owner=person, due_on=due_on
    )
    outcome.add(created, LinkAction.CREATED)
    return True


def _home_names(visit: Visit) -> tuple[set[str], bool]:
    """The folded names of the desk's own side of a visit, and whether it is the host."""
    incoming = visit.direction == VisitDirection.INCOMING
    own = (
        (visit.to_place, visit.to_organisation)
        if incoming
        else (
            visit.from_place,
            visit.from_organisation,
        )
    )
    names = {fold(str(x.name)) for x in own if x is not None}
    return names, incoming


def _merge_gift(
    *, actor: Actor, visit: Visit, item: Mapping[str, Any], outcome: AcceptOutcome
) -> bool:
    """A gift of the visit, given (by the desk's side) or received; its giver and receiver as
    written, else the visit's ends; dated by the visit's first day when the day is known."""
    what = str(item.get("description") or "").strip()
    if not what:
        return False
    home, home_is_host = _home_names(visit)
    side = item.get("giver_side")
    giver = str(item.get("giver") or "").strip()
    receiver = str(item.get("receiver") or "").strip()
    if side not in ("visitor", "host"):
        if giver and any(h and h in fold(giver) for h in home):
            side = "host" if home_is_host else "visitor"
        elif receiver and any(h and h in fold(receiver) for h in home):
            side = "visitor" if home_is_host else "host"
    ends = {
        "visitor": str(visit.from_organisation or visit.from_place or ""),
        "host": str(visit.to_organisation or visit.to_place or ""),
    }
    if side in ends:
        other = "host" if side == "visitor" else "visitor"
        giver = giver or ends[side]
        receiver = receiver or ends[other]
    home_side = "host" if home_is_host else "visitor"
    direction = GiftDirection.GIVEN if side == home_side else GiftDirection.RECEIVED
    kept = str(item.get("kept_at") or "").strip()
    for existing in visit.gifts.all():
        if fold(existing.description) == fold(what[:300]):
            if kept and not existing.kept_at:
                gift_update(actor=actor, gift=existing, kept_at=kept[:200])
                outcome.add(existing, LinkAction.UPDATED)
                return True
            outcome.add(existing, LinkAction.MATCHED)
            return False
    start = visit.start
    gift = gift_create(
        actor=actor,
        visit=visit,
        direction=direction,
        description=what[:300],
        giver=(giver or _("unknown"))[:200],
        receiver=(receiver or _("unknown"))[:200],
        given_on=_day(start.iso()) if start is not None else None,
        kept_at=kept[:200],
    )
    outcome.add(gift, LinkAction.CREATED)
    return True


_MERGERS: dict[str, Callable[..., None]] = {
    FactKind.PLACE: _merge_place,
    FactKind.ORGANISATION: _merge_organisation,
    FactKind.TIE: _merge_tie,
    FactKind.CONTACT: _merge_contact,
    FactKind.FIGURE: _merge_figure,
    FactKind.GOAL: _merge_goal,
    FactKind.AGREEMENT: _merge_agreement,
    FactKind.VISIT: _merge_visit,
}
