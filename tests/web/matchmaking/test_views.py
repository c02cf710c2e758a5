"""The Find partners page and the fit panel of the partner page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

NAMES = (
    "Q1296\tGent\nQ373023\tWeihai\nQ1\tKiel\nQ2\tGdynia\nQ3\tLübeck\nQ4\tLille\n"
    "Q5\tAntwerpen\nQ6\tRotterdam\n"
)
RELATIONS = "Q1296\tQ1\nQ1296\tQ2\nQ3\tQ1\nQ3\tQ2\nQ5\tQ373023\nQ6\tQ373023\nQ4\tQ5\n"


@pytest.fixture(autouse=True)
def small_network(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    """A small twinning network stands in for the demo's (imported on first use)."""
    settings.DATA_DIR = tmp_path / "data"
    demo = tmp_path / "demo"
    (demo / "twins").mkdir(parents=True)
    (demo / "twins" / "names.tsv").write_text(NAMES, encoding="utf-8")
    (demo / "twins" / "relations.tsv").write_text(RELATIONS, encoding="utf-8")
    settings.CITYTIES_DEMO_DIR = demo


def test_find_partners_lists_candidates_with_reasons(client_as, desk_register) -> None:  # type: ignore[no-untyped-def]
    """The home city's candidates come with reasons; Lübeck, sharing two partners, leads."""
    response = client_as("viewer").get("/matchmaking/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Find partners" in html
    first = html.index('class="card candidate"')
    assert "Lübeck" in html[first : first + 600]
    assert "2 shared partner cities" in html


def test_find_partners_country_filter(client_as, desk_register) -> None:  # type: ignore[no-untyped-def]
    """A country filter keeps only candidates of that country."""
    response = client_as("viewer").get("/matchmaking/", {"country": "nl"})
    html = response.content.decode()
    assert "Rotterdam" in html
    assert "Lübeck" not in html


def test_find_partners_bad_country_shows_form_error(client_as, desk_register) -> None:  # type: ignore[no-untyped-def]
    """An invalid country code is a form error, not a server error."""
    response = client_as("viewer").get("/matchmaking/", {"country": "b1"})
    assert response.status_code == 200
    assert "ISO 3166" in response.content.decode()


def test_find_partners_needs_login(client_as, desk_register) -> None:  # type: ignore[no-untyped-def]
    """Visitors who are not logged in are sent to the login page."""
    response = client_as("anonymous").get("/matchmaking/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_fit_panel_explains_home_and_partner(client_as, desk_register) -> None:  # type: ignore[no-untyped-def]
    """The fit panel for Taizhou lists what Ghent and Taizhou share and what is missing."""
    taizhou = desk_register["taizhou"]
    response = client_as("viewer").get(f"/matchmaking/fit/{taizhou.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "How Taizhou fits Ghent" in html
    assert "Missing" in html
    assert "no shared partner cities" in html or "no themes on record" in html


def test_place_page_has_fit_panel_slot(client_as, desk_register) -> None:  # type: ignore[no-untyped-def]
    """The partner page loads the fit panel from matchmaking."""
    taizhou = desk_register["taizhou"]
    html = client_as("viewer").get(f"/directory/places/{taizhou.pk}/").content.decode()
    assert f'hx-get="/matchmaking/fit/{taizhou.pk}/"' in html


def test_nav_has_find_partners(client_as, desk_register) -> None:  # type: ignore[no-untyped-def]
    """The main navigation links the Find partners page."""
    html = client_as("viewer").get("/").content.decode()
    assert 'href="/matchmaking/"' in html


def test_find_partners_shows_fit_out_of_100_and_standing(client_as, desk_register) -> None:  # type: ignore[no-untyped-def]
    """Each candidate shows a 0-100 fit and its place among the candidates in words, not the
    model's raw log-odds score; the first candidate is rank 1 of all candidates."""
    html = client_as("viewer").get("/matchmaking/").content.decode()
    first = html.index('class="card candidate"')
    card = html[first : html.index("</li>", first)]
    assert "fit 100/100" in card
    assert "In the top " in card
    assert "candidate cities (rank 1 of " in card
    assert "score " not in card.replace("model score", "")
    # reasons for the pairing and against it are told apart
    assert "reason-for" in card
    assert 'class="reason reason-country_pair reason-against"' in html


def test_fit_panel_shows_fit_out_of_100_and_standing(client_as, desk_register) -> None:  # type: ignore[no-untyped-def]
    """The fit panel phrases the pair's rank as a share of the candidates and a 0-100 fit."""
    from cityties.web.directory.models import Place

    lubeck = Place.objects.create(name="Lübeck", folded="lubeck", country="DE", kind="city")
    html = client_as("viewer").get(f"/matchmaking/fit/{lubeck.pk}/").content.decode()
    # Lübeck shares both of Ghent's partners: the best candidate of all.
    assert "fit 100/100" in html
    assert "Lübeck is in the top " in html
    assert "candidate cities (rank 1 of " in html
    assert "rank 1 of" in html
