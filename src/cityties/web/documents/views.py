"""Pages of documents: the list, upload, review with per-fact actions, and evidence links."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView

from cityties.web.core.exceptions import ApplicationError
from cityties.web.core.permissions import can_edit, role_of
from cityties.web.core.views import FilteredListView, RecordDeleteView, RecordPageMixin

from . import selectors, services
from .filters import DocumentFilterSet
from .forms import FactEditForm, UploadForm
from .models import Document, Fact


class DocumentListView(FilteredListView):
    """Uploaded documents and pasted texts, with how many facts await review."""

    model = Document
    filterset_class = DocumentFilterSet
    filter_fields = ["q", "source", "organisation_id", "awaiting_review"]
    table_template = "documents/_document_table.html"
    title = gettext_lazy("Documents")
    intro = gettext_lazy("Profiles, press releases, reports: the register's sources.")
    create_url = reverse_lazy("documents:document_upload")
    create_label = gettext_lazy("Upload a document")
    export_name = "documents"
    export_columns = [
        ("id", "pk"),
        ("title", "title"),
        ("file", "original_name"),
        ("sha256", "sha256"),
        ("source", "source"),
        ("uploaded", "created"),
        ("organisation", "organisation"),
    ]

    def base_queryset(self) -> models.QuerySet:
        return selectors.documents_with_counts()


class DocumentUploadView(FormView):
    """Upload a file or paste text; the engine reads it and the review page opens."""

    form_class = UploadForm
    template_name = "documents/upload.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if role_of(request.user) not in ("admin", "editor"):
            raise PermissionDenied(_("Your role does not allow adding documents."))
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form: UploadForm) -> HttpResponse:
        upload = form.cleaned_data.get("file")
        title = form.cleaned_data.get("title") or ""
        try:
            if upload:
                result = services.document_ingest(
                    actor=self.request.user, data=upload.read(), name=upload.name, title=title
                )
            else:
                result = services.document_ingest(
                    actor=self.request.user,
                    text=form.cleaned_data["text"],
                    title=title or _("Pasted text"),
                )
        except (ApplicationError, ValidationError) as e:
            message = e.message if isinstance(e, ApplicationError) else "; ".join(e.messages)
            form.add_error(None, message)
            return self.form_invalid(form)
        document = result.document
        if not result.created:
            messages.info(
                self.request,
                _("This document was uploaded before (%(when)s); here is its review.")
                % {"when": document.created.strftime("%Y-%m-%d")},
            )
        elif result.run is not None and result.run.status == "failed":
            messages.error(
                self.request,
                _("The document was kept, but reading it failed: %(error)s")
                % {"error": result.run.error_message},
            )
        else:
            count = result.run.fact_count if result.run else 0
            messages.success(
                self.request,
                _("Read %(count)d facts from %(title)s. Review them below.")
                % {"count": count, "title": document.title},
            )
        return redirect("documents:document_detail", pk=document.pk)


def review_context(request: HttpRequest, document: Document) -> dict[str, Any]:
    """What the review page shows: the highlighted text, the fact cards, the counts."""
    facts = selectors.document_facts(document)
    may_review = can_edit(request.user, document)
    cards = [fact_card(fact, may_review=may_review) for fact in facts]
    return {
        "document": document,
        "facts": cards,
        "segments": selectors.highlighted_text(document.text, facts),
        "counts": selectors.review_counts(facts),
        "may_review": may_review,
        "run": document.runs.first(),
    }


def fact_card(fact: Fact, *, may_review: bool) -> dict[str, Any]:
    """One fact as its card shows it."""
    return {
        "fact": fact,
        "summary": selectors.fact_summary(fact),
        "items": selectors.payload_items(fact),
        "evidence": selectors.evidence_quotes(fact),
        "links": selectors.fact_links(fact) if fact.state != "pending" else [],
        "may_review": may_review and fact.state == "pending",
    }


class DocumentDetailView(RecordPageMixin, View):
    """The review page: the text with every fact's evidence highlighted, and the fact cards."""

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        document = get_object_or_404(
            Document.objects.select_related("uploaded_by", "organisation"), pk=pk
        )
        context = review_context(request, document)
        context.update(self.record_context(document))
        return render(request, "documents/review.html", context)


class DocumentEvidenceView(View):
    """The document's text scrolled to one evidence span, highlighted."""

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        document = get_object_or_404(Document, pk=pk)
        try:
            focus = (int(request.GET["start"]), int(request.GET["end"]))
        except (KeyError, ValueError):
            focus = None
        facts = selectors.document_facts(document)
        segments = selectors.highlighted_text(document.text, facts, focus=focus)
        return render(
            request,
            "documents/evidence.html",
            {"document": document, "segments": segments, "focus": focus},
        )


class DocumentOriginalView(View):
    """The uploaded original, byte for byte."""

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        document = get_object_or_404(Document, pk=pk)
        if not document.original:
            raise Http404
        return FileResponse(
            document.original.open("rb"),
            as_attachment=True,
            filename=document.original_name or "document",
        )


def _render_card(request: HttpRequest, fact: Fact, *, oob_document: bool = True) -> HttpResponse:
    """The fact's card after an action, with the text and the counts swapped out of band."""
    document = fact.document
    context = review_context(request, document)
    card = next(c for c in context["facts"] if c["fact"].pk == fact.pk)
    context.update(card=card, oob=oob_document)
    return render(request, "documents/_fact_action_response.html", context)


class FactActionView(View):
    """Accept or reject one fact (htmx swaps its card; a plain form post returns to the page)."""

    def post(self, request: HttpRequest, pk: int, action: str) -> HttpResponse:
        fact = get_object_or_404(Fact.objects.select_related("document"), pk=pk)
        if not can_edit(request.user, fact):
            raise PermissionDenied(_("You may not review the facts of this document."))
        try:
            if action == "accept":
                services.fact_accept(actor=request.user, fact=fact)
            elif action == "reject":
                services.fact_reject(
                    actor=request.user, fact=fact, note=request.POST.get("note", "")
                )
            else:
                raise Http404
        except (ApplicationError, ValidationError) as e:
            message = e.message if isinstance(e, ApplicationError) else "; ".join(e.messages)
            fact.refresh_from_db()
            if getattr(request, "htmx", False):
                return _with_error(request, fact, message)
            messages.error(request, message)
            return redirect(_card_url(fact))
        fact.refresh_from_db()
        if getattr(request, "htmx", False):
            return _render_card(request, fact)
        messages.success(request, _("Fact %(state)s.") % {"state": fact.get_state_display()})
        return redirect(_card_url(fact))


def _with_error(request: HttpRequest, fact: Fact, message: str) -> HttpResponse:
    context = review_context(request, fact.document)
    card = next(c for c in context["facts"] if c["fact"].pk == fact.pk)
    context.update(card=card, oob=False, error=message)
    return render(request, "documents/_fact_action_response.html", context)


def _card_url(fact: Fact) -> str:
    return reverse("documents:document_detail", args=[fact.document_id]) + f"#fact-{fact.pk}"


class FactEditView(View):
    """Correct a fact's values, then accept it as edited."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.fact = get_object_or_404(Fact.objects.select_related("document"), pk=kwargs["pk"])
        if not can_edit(request.user, self.fact):
            raise PermissionDenied(_("You may not review the facts of this document."))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = FactEditForm(payload=self.fact.data)
        return self._form(request, form)

    def _form(self, request: HttpRequest, form: FactEditForm, error: str = "") -> HttpResponse:
        template = (
            "documents/_fact_edit.html"
            if getattr(request, "htmx", False)
            else "documents/fact_edit.html"
        )
        context = {
            "fact": self.fact,
            "summary": selectors.fact_summary(self.fact),
            "form": form,
            "error": error,
            "document": self.fact.document,
        }
        return render(request, template, context)

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = FactEditForm(request.POST, payload=self.fact.data)
        if not form.is_valid():
            return self._form(request, form)
        try:
            services.fact_edit(actor=request.user, fact=self.fact, payload=form.changed_payload())
        except (ApplicationError, ValidationError) as e:
            message = e.message if isinstance(e, ApplicationError) else "; ".join(e.messages)
            self.fact.refresh_from_db()
            if self.fact.state != "pending":
                messages.error(request, message)
                return redirect(_card_url(self.fact))
            return self._form(request, form, error=message)
        self.fact.refresh_from_db()
        if getattr(request, "htmx", False):
            return _render_card(request, self.fact)
        messages.success(request, _("Fact accepted with your corrections."))
        return redirect(_card_url(self.fact))


class FactsAcceptAllView(View):
    """Accept every pending fact of a document."""

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        document = get_object_or_404(Document, pk=pk)
        if not can_edit(request.user, document):
            raise PermissionDenied(_("You may not review the facts of this document."))
        accepted, failures = services.facts_accept_all(actor=request.user, document=document)
        if accepted:
            messages.success(request, _("%(count)d facts accepted.") % {"count": len(accepted)})
        for fact_id, message in failures.items():
            messages.warning(
                request,
                _("Fact %(id)s left pending: %(message)s") % {"id": fact_id, "message": message},
            )
        if not accepted and not failures:
            messages.info(request, _("No facts were waiting for review."))
        return redirect("documents:document_detail", pk=pk)


class DocumentDeleteView(RecordDeleteView):
    """Delete a document with its runs and facts (the records made from its facts stay)."""

    model = Document

    def delete(self, obj: Any) -> None:
        services.document_delete(actor=self.request.user, document=obj)

    def list_url(self) -> str:
        return reverse("documents:document_list")
