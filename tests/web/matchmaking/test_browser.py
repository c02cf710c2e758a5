"""End to end in headless Chromium: search partners of the home city and read the reasons."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAMES = "Q1296\tGent\nQ1\tKiel\nQ2\tGdynia\nQ3\tLübeck\nQ4\tLille\nQ5\tRotterdam\n"
RELATIONS = "Q1296\tQ1\nQ1296\tQ2\nQ3\tQ1\nQ3\tQ2\nQ4\tQ5\n"


@pytest.fixture()
def small_network(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    settings.DATA_DIR = tmp_path / "data"
    demo = tmp_path / "demo"
    (demo / "twins").mkdir(parents=True)
    (demo / "twins" / "names.tsv").write_text(NAMES, encoding="utf-8")
    (demo / "twins" / "relations.tsv").write_text(RELATIONS, encoding="utf-8")
    settings.CITYTIES_DEMO_DIR = demo


def test_browser_find_partners_shows_reasons(  # type: ignore[no-untyped-def]
    live_server, desk_register, small_network, desk_page, screenshot
):
    """A viewer opens Find partners from the menu, sees Ghent's candidates with reasons, then
    narrows them to one country, and finds the fit panel on Taizhou's page; fits are given
    out of 100 and as a share of the candidates, not as raw model scores."""
    page: Page = desk_page
    base = live_server.url
    page.goto(f"{base}/login/")
    page.fill("#id_username", "desk-viewer")
    page.fill("#id_password", "pw-for-tests")
    page.click("main button[type=submit]")
    page.click("nav >> text=Find partners")
    expect(page.locator("h1")).to_have_text("Find partners")
    first = page.locator(".candidate").first
    expect(first.locator("h2")).to_have_text("Lübeck")
    expect(first.locator(".reason", has_text="2 shared partner cities")).to_have_count(1)
    expect(first.locator(".fit-score")).to_have_text("fit 100/100")
    expect(first.locator(".fit-standing")).to_contain_text("In the top ")
    expect(first.locator(".fit-standing")).to_contain_text("(rank 1 of ")
    screenshot(page, "matchmaking-01-find-partners")

    page.fill("#id_country", "NL")
    page.click("#find-partners-form button[type=submit]")
    expect(page.locator(".candidate", has_text="Lübeck")).to_have_count(0)
    expect(page.locator(".candidate .count").first).to_contain_text("NL")
    screenshot(page, "matchmaking-02-country")

    page.goto(f"{base}/directory/places/{desk_register['taizhou'].pk}/")
    panel = page.locator("#fit-panel-body")
    expect(panel.locator("h3", has_text="Missing")).to_be_visible()
    expect(panel).to_contain_text("no shared partner cities")
    expect(panel.locator(".fit-score")).to_contain_text("/100")
    expect(panel.locator(".fit-standing")).to_contain_text("candidate cities (rank ")
    screenshot(page, "matchmaking-03-fit-panel")
