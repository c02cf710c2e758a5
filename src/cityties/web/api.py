"""The API's root router: every register endpoint under a plural kebab-case path."""

from __future__ import annotations

from rest_framework.routers import DefaultRouter

from cityties.web.agreements.api import views as agreements
from cityties.web.core.api import views as core
from cityties.web.directory.api import views as directory
from cityties.web.documents.api import views as documents
from cityties.web.engagements.api import views as engagements

router = DefaultRouter()
router.register("places", directory.PlaceViewSet)
router.register("organisations", directory.OrganisationViewSet)
router.register("aliases", directory.AliasViewSet)
router.register("ties", directory.TieViewSet)
router.register("platforms", directory.PlatformViewSet)
router.register("people", directory.PersonViewSet)
router.register("figures", directory.FigureViewSet)
router.register("goals", directory.GoalViewSet)
router.register("user-profiles", directory.UserProfileViewSet)
router.register("agreements", agreements.AgreementViewSet)
router.register("agreement-parties", agreements.AgreementPartyViewSet)
router.register("visits", engagements.VisitViewSet)
router.register("visit-members", engagements.VisitMemberViewSet)
router.register("follow-ups", engagements.FollowUpViewSet)
router.register("gifts", engagements.GiftViewSet)
router.register("initiatives", engagements.InitiativeViewSet)
router.register("documents", documents.DocumentViewSet)
router.register("extraction-runs", documents.ExtractionRunViewSet)
router.register("facts", documents.FactViewSet)
router.register("evidence", documents.EvidenceViewSet)
router.register("fact-links", documents.FactLinkViewSet)
router.register("themes", core.ThemeViewSet)
router.register("changes", core.ChangeLogEntryViewSet)
router.register("journal-entries", core.JournalEntryViewSet)
