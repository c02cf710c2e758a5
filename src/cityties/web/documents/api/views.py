"""Viewsets of the documents API and its actions: ingest, accept, reject, edit, accept all."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.generics import get_object_or_404
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from cityties.web.core.api.views import ExportMixin, ReadOnlyRegisterViewSet

from .. import filters
from ..models import Document, Evidence, ExtractionRun, Fact, FactLink
from ..services import (
    document_delete,
    document_ingest,
    fact_accept,
    fact_edit,
    fact_reject,
    facts_accept_all,
)
from . import serializers


class DocumentViewSet(
    ExportMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Documents: list, read (with text), delete; new ones come through `documents/ingest/`."""

    queryset = Document.objects.select_related("uploaded_by", "organisation")
    serializer_class = serializers.DocumentSerializer
    filterset_class = filters.DocumentFilterSet

    def get_serializer_class(self) -> Any:
        if self.action == "retrieve":
            return serializers.DocumentTextSerializer
        return serializers.DocumentSerializer

    def perform_destroy(self, instance: Document) -> None:
        document_delete(actor=self.request.user, document=instance)


class ExtractionRunViewSet(ReadOnlyRegisterViewSet):
    queryset = ExtractionRun.objects.select_related("document")
    serializer_class = serializers.ExtractionRunSerializer
    filterset_class = filters.ExtractionRunFilterSet


class FactViewSet(ReadOnlyRegisterViewSet):
    queryset = Fact.objects.select_related("document", "run").prefetch_related("evidence", "links")
    serializer_class = serializers.FactSerializer
    filterset_class = filters.FactFilterSet


class EvidenceViewSet(ReadOnlyRegisterViewSet):
    queryset = Evidence.objects.select_related("fact")
    serializer_class = serializers.EvidenceSerializer
    filterset_class = filters.EvidenceFilterSet


class FactLinkViewSet(ReadOnlyRegisterViewSet):
    queryset = FactLink.objects.select_related("fact", "content_type")
    serializer_class = serializers.FactLinkSerializer
    filterset_class = filters.FactLinkFilterSet


class DocumentIngestView(APIView):
    """Upload a file (multipart `file`) or paste text (`text`); the engine extracts its facts."""

    parser_classes = [MultiPartParser, FormParser, JSONParser]

    @extend_schema(
        request=serializers.IngestSerializer, responses={201: serializers.DocumentSerializer}
    )
    def post(self, request: Request) -> Response:
        form = serializers.IngestSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        upload = form.validated_data.get("file")
        title = form.validated_data.get("title", "")
        if upload is not None:
            result = document_ingest(
                actor=request.user, data=upload.read(), name=upload.name, title=title
            )
        else:
            result = document_ingest(
                actor=request.user, text=form.validated_data["text"], title=title
            )
        body = serializers.DocumentSerializer(result.document, context={"request": request}).data
        body["created"] = result.created
        return Response(
            body, status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK
        )


class _FactActionView(APIView):
    def fact(self, pk: int) -> Fact:
        return get_object_or_404(Fact.objects.select_related("document"), pk=pk)

    def done(self, fact: Fact, request: Request) -> Response:
        fact.refresh_from_db()
        return Response(serializers.FactSerializer(fact, context={"request": request}).data)


class FactAcceptView(_FactActionView):
    """Accept a fact: merge it into the register."""

    @extend_schema(request=None, responses={200: serializers.FactSerializer})
    def post(self, request: Request, pk: int) -> Response:
        return self.done(fact_accept(actor=request.user, fact=self.fact(pk)), request)


class FactRejectView(_FactActionView):
    """Reject a fact, with an optional note."""

    @extend_schema(
        request=serializers.FactReviewSerializer, responses={200: serializers.FactSerializer}
    )
    def post(self, request: Request, pk: int) -> Response:
        form = serializers.FactReviewSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        fact = fact_reject(
            actor=request.user, fact=self.fact(pk), note=form.validated_data.get("note", "")
        )
        return self.done(fact, request)


class FactEditView(_FactActionView):
    """Accept a fact with corrected fields (`payload`)."""

    @extend_schema(
        request=serializers.FactReviewSerializer, responses={200: serializers.FactSerializer}
    )
    def post(self, request: Request, pk: int) -> Response:
        form = serializers.FactReviewSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        fact = fact_edit(
            actor=request.user, fact=self.fact(pk), payload=form.validated_data.get("payload") or {}
        )
        return self.done(fact, request)


class DocumentAcceptAllView(APIView):
    """Accept every pending fact of a document; the ones that cannot be merged are listed."""

    @extend_schema(request=None, responses={200: dict})
    def post(self, request: Request, pk: int) -> Response:
        document = get_object_or_404(Document, pk=pk)
        accepted, failures = facts_accept_all(actor=request.user, document=document)
        return Response(
            {
                "accepted": [f.pk for f in accepted],
                "failed": [{"fact": k, "message": v} for k, v in failures.items()],
            }
        )
