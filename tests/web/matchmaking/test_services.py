"""Register records become the matching library's PlaceProfile; the network is imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import call_command

from cityties.web.directory.models import Organisation, Place, Tie
from cityties.web.matchmaking.services import place_profile_build, twins_import

pytestmark = pytest.mark.django_db

NAMES = "Q1296\tGent\nQ373023\tWeihai\nQ1\tKiel\nQ2\tXqzzyville\n"
RELATIONS = "Q1296\tQ1\nQ373023\tQ1\nQ2\tQ1296\n"


@pytest.fixture()
def twins_dir(tmp_path: Path, settings) -> Path:  # type: ignore[no-untyped-def]
    settings.DATA_DIR = tmp_path / "data"
    d = tmp_path / "twins"
    d.mkdir()
    (d / "names.tsv").write_text(NAMES, encoding="utf-8")
    (d / "relations.tsv").write_text(RELATIONS, encoding="utf-8")
    return d


def test_place_profile_build_port_organisation_gives_port_theme(desk_org) -> None:  # type: ignore[no-untyped-def]
    """A port organisation in the place makes it a port city, with the organisation as evidence."""
    ghent = desk_org.place
    Organisation.objects.create(
        name="North Sea Port", folded="north sea port", kind="port", place=ghent
    )
    profile = place_profile_build(place=ghent)
    port = next(t for t in profile.themes if t.theme == "port")
    assert "North Sea Port" in port.quote
    assert profile.geonameid == 2797656


def test_place_profile_build_branch_and_owner_are_organisations(desk_org) -> None:  # type: ignore[no-untyped-def]
    """A company with a branch in the place is present there, and so is its owner."""
    ghent = desk_org.place
    volvo = Organisation.objects.create(name="Volvo Cars", folded="volvo cars", kind="company")
    geely = Organisation.objects.create(name="Geely", folded="geely", kind="company")
    Tie.objects.create(subject=volvo, relation="branch_in", object_place=ghent)
    Tie.objects.create(subject=volvo, relation="owned_by", object_organisation=geely)
    profile = place_profile_build(place=ghent)
    presence = {o.name: o.presence for o in profile.organisations}
    assert presence["Volvo Cars"] == "branch"
    assert presence["Geely"] == "branch"
    assert presence["City of Ghent"] == "based"


def test_place_profile_build_goal_gives_theme(desk_org) -> None:  # type: ignore[no-untyped-def]
    """A goal's words are read for themes too."""
    from cityties.web.directory.models import Goal

    Goal.objects.create(place=desk_org.place, description="Become climate neutral", year=2050)
    profile = place_profile_build(place=desk_org.place)
    assert [t.quote for t in profile.themes if t.theme == "cleantech"] == ["Become climate neutral"]


def test_place_profile_build_unknown_place_has_no_themes(db) -> None:  # type: ignore[no-untyped-def]
    """A bare record gives a profile with its attributes and nothing else."""
    place = Place.objects.create(name="Weihai", folded="weihai", country="CN")
    profile = place_profile_build(place=place)
    assert (profile.name, profile.country, profile.themes, profile.organisations) == (
        "Weihai",
        "CN",
        (),
        (),
    )


def test_twins_import_stores_once_and_reports(twins_dir: Path) -> None:
    """The import stores the network and reports it; a second import changes nothing."""
    first = twins_import(directory=twins_dir)
    assert (first.places, first.edges, first.changed) == (4, 3, True)
    assert first.unjoined >= 1  # Xqzzyville
    second = twins_import(directory=twins_dir)
    assert second.changed is False
    assert first.path.read_bytes() == second.path.read_bytes()


def test_import_command_prints_counts(twins_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """manage.py matchmaking_import_twins DIR says what it stored."""
    call_command("matchmaking_import_twins", str(twins_dir))
    out = capsys.readouterr().out
    assert "4 places, 3 partner pairs (stored)" in out
