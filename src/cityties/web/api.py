"""The API's root router: every app registers its viewsets here under plural kebab-case paths."""

from __future__ import annotations

from rest_framework.routers import DefaultRouter

router = DefaultRouter()
