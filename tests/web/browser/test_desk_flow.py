"""End to end in headless Chromium: log in, upload, review, find the facts, report, languages.

Each test keeps full-page screenshots under test-artifacts/screenshots/ for people to look at.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _report(today: date) -> tuple[str, date, date]:
    """A delegation report the test writes: an agreement signed five years before a day three
    months ahead (so that it ends within the dashboard's warning window), a visit and a figure.

    Returns the text, the signing day and the end day.
    """
    ends = today + timedelta(days=90)
    signed = ends.replace(year=ends.year - 5, day=min(ends.day, 28))
    ends = signed.replace(year=signed.year + 5)
    text = f"""Institution: City of Ghent

Report on the delegation from Dalian

Dalian, a port city in Liaoning with 7,450,785 inhabitants (2020), is one of the largest ports
of north-east China.
On {signed.day} {signed.strftime("%B")} {signed.year} the City of Ghent and the City of Dalian
signed a cooperation agreement on port logistics for a period of five years.
From 12 to 14 March 2024 a delegation from Dalian visited Ghent and toured North Sea Port.
"""
    return text, signed, ends


def _login(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw-for-tests")
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_have_text("Dashboard")


def test_browser_upload_review_and_find_the_facts(
    live_server, desk_register, desk_page, screenshot, tmp_path
):
    """An editor uploads a report file, accepts the facts the engine reads from it, and finds
    the agreement on the partner's page and on the dashboard as ending soon."""
    from django.utils import timezone

    page, base = desk_page, live_server.url
    text, signed, ends = _report(timezone.localdate())
    report = tmp_path / "dalian-delegation.txt"
    report.write_text(text, encoding="utf-8")

    page.goto(f"{base}/")
    expect(page).to_have_url(re.compile(r"/login/"))
    screenshot(page, "01-login")
    _login(page, base, "desk-editor")
    expect(page.locator("#expiring")).not_to_contain_text("Dalian")
    screenshot(page, "02-dashboard")

    page.click("text=Upload a document")
    page.fill("#id_title", "Dalian delegation report")
    page.set_input_files("#id_file", str(report))
    screenshot(page, "03-upload")
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_have_text("Dalian delegation report")
    expect(page.locator("#doc-text mark").first).to_be_visible()

    # The engine read an agreement, a visit and a figure, each with its evidence.
    agreement = page.locator(".fact", has=page.locator(".fact-kind", has_text="Agreement"))
    expect(agreement).to_contain_text("Cooperation agreement")
    expect(agreement).to_contain_text(f"{signed.day} {signed.strftime('%b')} {signed.year}")
    expect(page.locator(".fact", has=page.locator(".fact-kind", has_text="Visit"))).to_contain_text(
        "Dalian → Ghent 12 Mar 2024"
    )
    figure = page.locator(".fact", has_text="7,450,785").first
    expect(figure).to_be_visible()
    screenshot(page, "04-review")

    # One fact by htmx: the agreement's card turns accepted without leaving the page.
    # (accepting it also brings in the places it names)
    agreement.locator("button", has_text="Accept").click()
    expect(agreement.locator(".badge.state-accepted")).to_be_visible()
    expect(agreement).to_contain_text("Dalian")
    expect(page.locator("#review-progress")).to_contain_text(re.compile(r"\b[1-9]\d* accepted"))

    # Show a fact's evidence: its highlights in the text become active.
    figure.locator("[data-show-evidence]").click()
    active = page.locator("#doc-text mark.is-active", has_text="7,450,785")
    expect(active.first).to_be_visible()

    page.click("#accept-all")
    expect(page.locator(".message-success")).to_contain_text("facts accepted")
    expect(page.locator(".fact .badge.state-pending")).to_have_count(0)
    screenshot(page, "05-review-accepted")

    # Dalian came in from the document: its page shows the agreement, the visit and the figure.
    page.goto(f"{base}/directory/places/?q=Dalian")
    page.locator("#results a", has_text="Dàlián").first.click()
    expect(page.locator("h1")).to_contain_text("大连 Dàlián")
    rows = page.locator("#agreements tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Cooperation agreement")
    expect(rows.first).to_contain_text(signed.strftime("%-d %b %Y"))
    expect(rows.first).to_contain_text(ends.strftime("%-d %b %Y"))
    expect(page.locator("#agreements .timeline-bar")).to_have_count(1)
    expect(page.locator("#visits")).to_contain_text("12 Mar 2024")
    expect(page.locator("#key-facts")).to_contain_text("7,450,785")
    expect(page.locator("#partner-map .leaflet-interactive").first).to_be_visible()
    screenshot(page, "06-partner-dalian")

    # The agreement ends within 180 days: the dashboard lists it, and the document is reviewed.
    page.goto(f"{base}/")
    expiring = page.locator("#expiring")
    expect(expiring).to_contain_text("Cooperation agreement")
    expect(expiring).to_contain_text("大连")
    expect(expiring).to_contain_text(ends.strftime("%-d %b %Y"))
    expect(page.locator("#reviews")).not_to_contain_text("Dalian delegation report")
    expect(page.locator("#ended")).to_contain_text("Friendship agreement Ghent–Taizhou")
    screenshot(page, "07-dashboard-after")

    # Renewing it (prefilled: the same term from its end) takes it off the list of endings.
    expiring.locator("a", has_text="Cooperation agreement").click()
    expect(page.locator("h1")).to_contain_text("Cooperation agreement")
    screenshot(page, "08-agreement")
    page.click("#renew-agreement")
    expect(page.locator("#id_signed_0")).to_have_value(str(ends.year))
    expect(page.locator("#id_duration_months")).to_have_value("60")
    screenshot(page, "09-agreement-renew")
    page.click("main button[type=submit]")
    expect(page.locator(".message-success")).to_contain_text("Renewal")
    expect(page.locator(".subtitle")).to_contain_text("Renewed")
    page.goto(f"{base}/")
    expect(page.locator("#expiring")).not_to_contain_text("Cooperation agreement")

    # The annual report of 2013 as a page and as a PDF.
    page.goto(f"{base}/report/2013/")
    expect(page.locator("#signed")).to_contain_text("Friendship agreement Ghent–Taizhou")
    expect(page.locator("#signed")).to_contain_text("台州")
    screenshot(page, "10-annual-report")
    with page.expect_download() as info:
        page.click("#report-pdf")
    pdf = tmp_path / "report.pdf"
    info.value.save_as(pdf)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert info.value.suggested_filename == "cityties-report-2013.pdf"


def test_browser_prepares_a_delegation(live_server, desk_register, desk_page, screenshot, tmp_path):
    """An editor records the delegation's gift and marks a follow-up done on the visit page,
    reads the briefing pack for the visit and downloads it, and finds the gift in the register."""
    page, base = desk_page, live_server.url
    visit = desk_register["visit"]
    _login(page, base, "desk-editor")
    page.goto(f"{base}/engagements/visits/{visit.pk}/")
    page.locator("#gift summary").click()
    page.select_option("#id_gift-direction", "received")
    page.fill("#id_gift-description", "Porcelain vase")
    page.fill("#id_gift-giver", "Vice-mayor of Taizhou")
    page.fill("#id_gift-receiver", "Mayor of Ghent")
    page.fill("#id_gift-kept_at", "City hall, protocol cabinet")
    page.locator("#gift button[type=submit]").click()
    expect(page.locator("#gift")).to_contain_text("Porcelain vase")
    page.locator("#followup button", has_text="Mark done").click()
    expect(page.locator("#followup .badge-ok")).to_have_count(1)
    screenshot(page, "11-visit")

    page.click("#visit-briefing")
    expect(page.locator("h1")).to_contain_text("台州 Tāizhōu")
    expect(page.locator("#brief-this-visit")).to_contain_text("Letter of intent and a visit")
    expect(page.locator("#brief-agreements")).to_contain_text("Friendship agreement Ghent–Taizhou")
    expect(page.locator("#brief-gifts")).to_contain_text("Porcelain vase")
    expect(page.locator("#brief-commitments")).to_contain_text("No open follow-up actions")
    screenshot(page, "12-briefing")
    with page.expect_download() as info:
        page.click("#briefing-pdf")
    pdf = tmp_path / "briefing.pdf"
    info.value.save_as(pdf)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert info.value.suggested_filename == "briefing-taizhou.pdf"

    page.goto(f"{base}/engagements/gifts/")
    expect(page.locator("#results tbody tr")).to_have_count(1)
    expect(page.locator("#results")).to_contain_text("台州 Tāizhōu")
    screenshot(page, "13-gift-register")

    # Taizhou cannot be deleted while agreements refer to it: the page says which.
    page.goto(f"{base}/directory/places/{desk_register['taizhou'].pk}/delete/")
    expect(page.locator("#delete-blocked")).to_be_visible()
    expect(page.locator("#delete-blockers")).to_contain_text("University exchange memorandum")
    expect(page.locator("#confirm-delete")).to_have_count(0)
    screenshot(page, "14-delete-blocked")

    page.goto(f"{base}/dormant/")
    screenshot(page, "15-dormancy")


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
    screenshot(page, "16-agreements-filtered")
    page.select_option("#id_status", "signed")
    expect(rows).to_have_count(1)
    page.goto(f"{base}/engagements/visits/")
    screenshot(page, "17-visits")
    page.goto(f"{base}/directory/people/")
    screenshot(page, "18-people")


def test_browser_viewer_sees_no_edit_buttons(live_server, desk_register, desk_page, screenshot):
    """A viewer reads the partner page with no edit or add buttons and no review actions."""
    page, base = desk_page, live_server.url
    _login(page, base, "desk-viewer")
    page.goto(f"{base}/directory/places/{desk_register['taizhou'].pk}/")
    expect(page.locator("h1")).to_contain_text("台州 Tāizhōu")
    expect(page.locator(".timeline-bar")).to_have_count(2)
    expect(page.locator("text=Edit place")).to_have_count(0)
    expect(page.locator("text=Add agreement")).to_have_count(0)
    screenshot(page, "19-partner-viewer")


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
    screenshot(page, "20-agreement-form-error")


def test_browser_switches_to_dutch(live_server, desk_register, desk_page, screenshot):
    """The NL button turns the interface Dutch, and EN turns it back."""
    page, base = desk_page, live_server.url
    _login(page, base, "desk-editor")
    page.click(".langswitch button[value=nl]")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator(".mainnav")).to_contain_text("Overeenkomsten")
    screenshot(page, "21-dashboard-nl")
    page.goto(f"{base}/directory/places/{desk_register['taizhou'].pk}/")
    expect(page.locator("#agreements h2")).to_have_text("Overeenkomsten")
    screenshot(page, "22-partner-nl")
    page.click(".langswitch button[value=en]")
    expect(page.locator("html")).to_have_attribute("lang", "en")
