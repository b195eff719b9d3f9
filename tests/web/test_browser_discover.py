"""The filtered grant list, its calendar, a phone-sized /grants, and a "which grants" answer in the chat,
in a real headless chromium. The sample's calls closed long ago; nettsikkerhet's closes 15 March 2031."""

from __future__ import annotations

import re

import icalendar
import pytest
from playwright.sync_api import expect
from test_browser import ask  # noqa: F401 (the shared way to type a question)
from web_harness import ARTIFACTS

pytestmark = pytest.mark.browser
IT_SAMVERKAN = "001-1a68e8f698feec8c"


def test_filtering_the_list_keeps_the_filters_in_the_address_and_subscribe_gets_that_calendar(page):
    page.goto("/grants")
    expect(page.locator("#grants tbody tr")).not_to_have_count(0)
    page.get_by_label("Who may apply").select_option("region")
    page.get_by_role("button", name="Filter", exact=True).click()
    expect(page).to_have_url(re.compile(r"/grants\?applicant_type=region$"))
    expect(page.locator("#grants tbody tr")).to_have_count(1)
    expect(page.locator("#grants tbody tr")).to_contain_text("regional kommun-samverkan")
    expect(page.get_by_label("Who may apply")).to_have_value("region")  # read back from the address
    with page.expect_download() as download:
        page.get_by_role("link", name="Subscribe to these deadlines").click()
    body = open(download.value.path(), "rb").read()
    events = icalendar.Calendar.from_ical(body).walk("VEVENT")
    assert [str(e["uid"]) for e in events] == [f"{IT_SAMVERKAN}-20090315@grantbot"]


def test_open_now_leaves_only_the_call_still_open(page):
    page.goto("/grants")
    page.get_by_label("Open now").check()
    page.get_by_role("button", name="Filter", exact=True).click()
    expect(page).to_have_url(re.compile(r"open=true"))
    expect(page.locator("#grants tbody tr")).to_have_count(1)
    expect(page.locator("#grants tbody tr")).to_contain_text("nettsikkerhet")
    expect(page.get_by_role("link", name="Subscribe to these deadlines")).to_have_attribute("href", "/deadlines.ics?open=true")


def test_the_grant_list_fits_a_phone_and_shows_when_a_closed_call_closed(browser, browser_url):
    context = browser.new_context(base_url=browser_url, locale="nb-NO", viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto("/grants")
        rows = page.locator("#grants tbody tr")
        expect(rows).not_to_have_count(0)
        expect(page.locator("#grants")).to_contain_text("Stengt: fristen er ute (2004-09-06)")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert rows.first.bounding_box()["width"] <= 390
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / "grants-phone.png", full_page=True)
    finally:
        context.close()


def test_a_which_grants_question_lists_them_with_ask_about_it_and_a_calendar(page):
    page.goto("/")
    exchange = ask(page, "Which grants can municipalities apply for now?")
    items = exchange.locator("ol.discover li")
    expect(items).to_have_count(1)
    expect(items.first).to_contain_text("nettsikkerhet")
    expect(items.first.get_by_role("link", name=re.compile("^Add to calendar"))).to_have_attribute(
        "href", re.compile(r"^/deadlines\.ics\?grant_id="))
    expect(exchange.get_by_role("link", name="Subscribe to these deadlines")).to_have_attribute(
        "href", "/deadlines.ics?open=true&applicant_type=municipality")
    items.first.get_by_role("button", name=re.compile("^Ask about it")).click()
    expect(page.locator(".exchange")).to_have_count(2)
    expect(page.locator(".exchange").last.locator(".sources summary").first).to_contain_text("nettsikkerhet")
