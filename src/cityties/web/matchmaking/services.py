"""The adapter between the register and cityties.matching: records in, library dataclasses out.

The twinning network itself is no register data: `twins_import` keeps it as the library's JSON
file under DATA_DIR (what `cityties import-twins` writes), not in the database.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext as _

from cityties.matching import Organisation as OrgPresence
from cityties.matching import PlaceProfile, ThemeEvidence, themes_from_text
from cityties.matching.errors import MatchingError
from cityties.matching.network import (
    build_network,
    join_places,
    load_network,
    read_twins,
    save_network,
)
from cityties.matching.store import network_path
from cityties.web.core.exceptions import ApplicationError
from cityties.web.directory.models import Organisation, Place, Tie
from cityties.web.directory.selectors import evidence_for, home_place
from cityties.web.documents.models import Document
from cityties.web.engagements.models import Initiative

logger = logging.getLogger(__name__)

# Register organisation kinds and cooperation themes that tell a matching theme.
KIND_THEMES = {"port": "port", "university": "university", "chamber_of_commerce": "trade"}
FIGURE_THEMES = {"cargo_tonnes": "port", "students": "university"}
INITIATIVE_THEMES = {
    "education": "university",
    "research": "university",
    "culture": "culture",
    "sustainability": "cleantech",
    "business": "trade",
    "economy": "trade",
    "tourism": "tourism",
}


@dataclass(frozen=True)
class TwinsImportReport:
    """What `twins_import` stored."""

    path: Path
    places: int
    edges: int
    joined: int
    unjoined: int
    changed: bool


def twins_path() -> Path:
    """Where the desk keeps the twinning network: DATA_DIR/twins.json."""
    return network_path(Path(settings.DATA_DIR))


def twins_import(*, directory: Path) -> TwinsImportReport:
    """Read relations.tsv and names.tsv of a directory, join them to GeoNames, store them.

    Idempotent: importing the same files again leaves the stored network as it was.
    """
    from cityties.extraction import gazetteer

    gz = gazetteer.load()

    def lookup(label: str) -> list[object]:
        return [r for r in gz.lookup(label) if r.kind == "city"]

    target = twins_path()
    try:
        names, edges = read_twins(directory)
        places, report = join_places(names, lookup, edges=edges)  # type: ignore[arg-type]
        net = build_network(places, edges, source=directory.name)
        before = load_network(target) if target.is_file() else None
        changed = before is None or before.places != net.places or before.edges != net.edges
        if changed:
            save_network(net, target)
    except MatchingError as e:
        raise ApplicationError(e.message, {"code": e.code}) from e
    logger.info(
        "twinning network: %d places, %d pairs -> %s", len(net.places), len(net.edges), target
    )
    return TwinsImportReport(
        path=target,
        places=len(net.places),
        edges=len(net.edges),
        joined=report.joined,
        unjoined=len(report.ambiguous) + len(report.unmatched),
        changed=changed,
    )


def twins_ensure() -> Path:
    """The stored network's path; imports the demo network first when none is stored yet."""
    path = twins_path()
    if not path.is_file():
        demo = Path(settings.CITYTIES_DEMO_DIR) / "twins"
        if not (demo / "relations.tsv").is_file():
            raise ApplicationError(
                "No twinning network loaded; run `manage.py matchmaking_import_twins DIR`."
            )
        twins_import(directory=demo)
    return path


def _sentences_naming(text: str, names: list[str]) -> str:
    keep = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if any(n and re.search(rf"\b{re.escape(n)}\b", sentence, re.IGNORECASE) for n in names):
            keep.append(sentence.strip())
    return "\n".join(keep)


def place_profile_build(*, place: Place) -> PlaceProfile:
    """What the register knows about a place, as the matching library's PlaceProfile.

    Themes come from the documents (the home institution's own documents in full, other
    documents only in the sentences that name the place), goals, figures, the kinds of its
    organisations and the themes of initiatives with it; each keeps its quote and source.
    Organisations are those based in the place, those with a branch there, and the owners
    of those branches.
    """
    names = [n for n in (place.name, place.name_local, place.name_zh, place.pinyin) if n]
    found: dict[str, ThemeEvidence] = {}

    def add(items: tuple[ThemeEvidence, ...]) -> None:
        for t in items:
            found.setdefault(t.theme, t)

    own_docs = Document.objects.filter(organisation__place=place).order_by("pk")
    for doc in own_docs:
        add(themes_from_text(doc.text, source=doc.title))
    mentioned = {ev.document_id for evs in evidence_for([place]).values() for ev in evs}
    for doc in Document.objects.filter(pk__in=mentioned).exclude(organisation__place=place):
        add(themes_from_text(_sentences_naming(doc.text, names), source=doc.title))
    for goal in place.goals.all():
        add(themes_from_text(goal.description, source=str(_("goal"))))
    for figure in place.figures.all():
        theme = FIGURE_THEMES.get(figure.measure)
        if theme:
            quote = f"{figure.get_measure_display()}: {figure.value:,.0f}"
            add((ThemeEvidence(theme, quote, str(_("figure"))),))
    based = list(Organisation.objects.filter(place=place))
    for org in based:
        theme = KIND_THEMES.get(org.kind)
        if theme:
            add((ThemeEvidence(theme, f"{org.name} ({org.get_kind_display()})", org.name),))
    for initiative in Initiative.objects.filter(partner_places=place).select_related("theme"):
        theme = INITIATIVE_THEMES.get(initiative.theme.slug) if initiative.theme else None
        if theme:
            add((ThemeEvidence(theme, initiative.title, str(_("initiative"))),))

    orgs: dict[str, OrgPresence] = {o.name: OrgPresence(o.name, "based") for o in based}
    branches = Tie.objects.filter(relation="branch_in", object_place=place).select_related(
        "subject"
    )
    branch_orgs = [t.subject for t in branches]
    for org in branch_orgs:
        orgs.setdefault(org.name, OrgPresence(org.name, "branch"))
    parents = Tie.objects.filter(
        Q(relation__in=["owned_by", "branch_of"]),
        Q(subject__in=branch_orgs) | Q(subject__in=based),
        object_organisation__isnull=False,
    ).select_related("object_organisation")
    for tie in parents:
        parent = tie.object_organisation
        if parent is not None and parent.place_id != place.pk:
            orgs.setdefault(parent.name, OrgPresence(parent.name, "branch"))

    population = place.population
    return PlaceProfile(
        name=place.name,
        country=place.country or None,
        latitude=place.latitude,
        longitude=place.longitude,
        population=int(population) if population else None,
        geonameid=place.geonameid,
        themes=tuple(found[k] for k in sorted(found)),
        organisations=tuple(orgs.values()),
    )


def register_profiles() -> list[tuple[Place, PlaceProfile]]:
    """Profiles of the register's cities that have a name the network or gazetteer may know."""
    home = home_place()
    places = Place.objects.filter(kind="city").order_by("pk")
    out = [(p, place_profile_build(place=p)) for p in places]
    if home is not None and all(p.pk != home.pk for p, _prof in out):
        out.append((home, place_profile_build(place=home)))
    return out
