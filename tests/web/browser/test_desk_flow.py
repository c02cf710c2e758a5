"""End to end in headless Chromium: log in, upload, review, find the facts, report, languages.

Each test keeps full-page screenshots under test-artifacts/screenshots/ for people to look at.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REPORT = """Institution: City of Ghent

Report of the Weihai delegation

Ghent, a port city of 263,608 inhabitants (2020), has worked with Chinese partners for years.
On 24 September 2013 the City of Ghent and the City of Weihai (Shandong) signed a friendship
agreement for five years.
From 3 to 5 June 2018 a delegation from Weihai visited Ghent and toured North Sea Port.
"""


def _login(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw-for-tests")
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_have_text("Dashboard")


def test_browser_upload_review_and_find_the_facts(
    live_server, desk_register, desk_page, screenshot, tmp_path
):
    """An editor uploads a report, accepts its facts and finds them on the pages and the PDF."""
    page, base = desk_page, live_server.url
    page.goto(f"{base}/")
    expect(page).to_have_url(re.compile(r"/login/"))
    screenshot(page, "01-login")
    _login(page, base, "desk-editor")
    screenshot(page, "02-dashboard")

    page.click("text=Upload a document")
    page.fill("#id_title", "Weihai delegation report")
    page.fill("#id_text", REPORT)
    screenshot(page, "03-upload")
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_have_text("Weihai delegation report")
    expect(page.locator(".fact").first).to_be_visible()
    expect(page.locator("#doc-text mark").first).to_be_visible()
    screenshot(page, "04-review")

    # One fact by htmx: its card turns accepted without leaving the page.
    figure = page.locator(".fact", has_text="263608").first
    expect(figure).to_be_visible()
    figure.locator("button", has_text="Accept").click()
    accepted = page.locator(".fact", has_text="263608").first
    expect(accepted.locator(".badge.state-accepted")).to_be_visible()
    expect(page.locator("#review-progress")).to_contain_text("1 accepted")

    # Show a fact's evidence: its highlights in the text become active.
    page.locator(".fact [data-show-evidence]").first.click()
    expect(page.locator("#doc-text mark.is-active").first).to_be_visible()

    page.click("#accept-all")
    expect(page.locator(".message-success")).to_contain_text("facts accepted")
    expect(page.locator(".fact .badge.state-pending")).to_have_count(0)
    screenshot(page, "05-review-accepted")

    # The figure is on Ghent's partner page with its evidence sentence highlighted.
    page.goto(f"{base}/directory/places/{desk_register['ghent'].pk}/")
    facts = page.locator("#key-facts")
    expect(facts).to_contain_text("263,608")
    facts.locator("summary", has_text="Weihai delegation report").first.click()
    expect(facts.locator(".evidence-quote mark").first).to_have_text("263,608 inhabitants")
    expect(page.locator("#partner-map .leaflet-interactive").first).to_be_visible()
    expect(page.locator("#network-graph .node").first).to_be_visible()
    screenshot(page, "06-partner-home")

    # Weihai came in from the document; its page maps it with the home city.
    page.goto(f"{base}/directory/places/?q=Weihai")
    page.locator("#results a", has_text="Wēihǎi").first.click()
    expect(page.locator("h1")).to_contain_text("威海 Wēihǎi")
    expect(page.locator("#partner-map")).to_be_visible()
    screenshot(page, "07-partner-weihai")

    # The document no longer waits for review on the dashboard.
    page.goto(f"{base}/")
    expect(page.locator("#reviews")).not_to_contain_text("Weihai delegation report")
    expect(page.locator("#ended")).to_contain_text("Friendship agreement Ghent–Taizhou")
    screenshot(page, "08-dashboard-after")

    # The annual report of 2013 as a page and as a PDF.
    page.goto(f"{base}/report/2013/")
    expect(page.locator("#signed")).to_contain_text("Friendship agreement Ghent–Taizhou")
    expect(page.locator("#signed")).to_contain_text("台州")
    screenshot(page, "09-annual-report")
    with page.expect_download() as info:
        page.click("#report-pdf")
    pdf = tmp_path / "report.pdf"
    info.value.save_as(pdf)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert info.value.suggested_filename == "cityties-report-2013.pdf"


def test_browser_list_filters_live_and_exports(live_server, desk_register, desk_page, screenshot):
    """Typing in the agreements search narrows the list without a reload; CSV follows the filter."""
    page, base = desk_page, live_server.url
    _login(page, base, "desk-viewer")
    page.goto(f"{base}/agreements/")
    rows = page.locator("#results tbody tr")
    expect(rows).to_have_count(2)
    page.fill("#id_q", "memorandum")
    expect(rows).to_have_count(1)
    expect(page).to_have_url(re.compile(r"q=memorandum"))
    expect(page.locator("#csv-link")).to_have_attribute("href", re.compile(r"q=memorandum"))
    screenshot(page, "10-agreements-filtered")
    page.select_option("#id_status", "signed")
    expect(rows).to_have_count(1)
    page.goto(f"{base}/engagements/visits/")
    screenshot(page, "11-visits")
    page.goto(f"{base}/directory/people/")
    screenshot(page, "12-people")


def test_browser_viewer_sees_no_edit_buttons(live_server, desk_register, desk_page, screenshot):
    """A viewer reads the partner page with no edit or add buttons and no review actions."""
    page, base = desk_page, live_server.url
    _login(page, base, "desk-viewer")
    page.goto(f"{base}/directory/places/{desk_register['taizhou'].pk}/")
    expect(page.locator("h1")).to_contain_text("台州 Tāizhōu")
    expect(page.locator(".timeline-bar")).to_have_count(2)
    expect(page.locator("text=Edit place")).to_have_count(0)
    expect(page.locator("text=Add agreement")).to_have_count(0)
    screenshot(page, "13-partner-viewer")


def test_browser_agreement_form_refuses_end_before_signing(
    live_server, desk_register, desk_page, screenshot
):
    """The agreement form refuses an end date before the signing date, with a clear message."""
    page, base = desk_page, live_server.url
    _login(page, base, "desk-editor")
    page.goto(f"{base}/agreements/{desk_register['friendship'].pk}/edit/")
    page.fill("#id_signed_0", "2013")
    page.select_option("#id_signed_1", "9")
    page.fill("#id_signed_2", "24")
    page.fill("#id_ends_0", "2012")
    page.select_option("#id_ends_1", "")
    page.fill("#id_ends_2", "")
    page.click("main button[type=submit]")
    expect(page.locator("#row-ends .errorlist")).to_contain_text(
        "An agreement cannot end before it is signed."
    )
    screenshot(page, "14-agreement-form-error")


def test_browser_switches_to_dutch(live_server, desk_register, desk_page, screenshot):
    """The NL button turns the interface Dutch, and EN turns it back."""
    page, base = desk_page, live_server.url
    _login(page, base, "desk-editor")
    page.click(".langswitch button[value=nl]")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator(".mainnav")).to_contain_text("Overeenkomsten")
    screenshot(page, "15-dashboard-nl")
    page.goto(f"{base}/directory/places/{desk_register['taizhou'].pk}/")
    expect(page.locator("#agreements h2")).to_have_text("Overeenkomsten")
    screenshot(page, "16-partner-nl")
    page.click(".langswitch button[value=en]")
    expect(page.locator("html")).to_have_attribute("lang", "en")
