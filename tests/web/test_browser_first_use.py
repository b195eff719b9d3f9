"""What a first use trips over, in a real chromium on a desktop and a 390 px phone, in all five languages."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from test_browser import DEADLINE_QUESTION, ask, axe_violations
from web_harness import ADMIN_TOKEN

from knowledge.messages import LANGUAGES, message

pytestmark = pytest.mark.browser
WIDTHS = [1200, 390]
LOCALES = {"nb": "nb-NO", "nn": "nn-NO", "sv": "sv-SE", "da": "da-DK", "en": "en-GB"}


def no_sideways_scroll(page: Page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("width", WIDTHS)
def test_a_self_check_result_shows_no_null_for_any_grant(new_page, width):
    page = new_page(width=width)
    page.goto("/")
    grant_ids = page.locator("#check-grant option").evaluate_all("options => options.map(o => o.value)")
    assert len(grant_ids) >= 5
    for grant_id in grant_ids:  # with nothing filled in, so both "missing" and maybe no maximum
        page.select_option("#check-grant", grant_id)
        page.get_by_role("button", name="Check eligibility").click()
        expect(page.locator("#check-result h3")).to_contain_text(page.locator("#check-grant-title").inner_text())
        result = page.locator("#check-result").inner_text()
        assert "null" not in result and "undefined" not in result, result
        assert no_sideways_scroll(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_long_pasted_question_is_kept_whole_and_the_limit_is_said(new_page, width):
    page = new_page(width=width)
    page.goto("/")
    long_question = "Når er søknadsfristen for elektronisk samhandling? " * 50  # 2 550 characters
    page.locator("#question").fill(long_question)
    assert len(page.locator("#question").input_value()) == len(long_question)
    status = page.locator("#ask-status")
    expect(status).to_have_text(re.compile(r"2,549 characters; at most 2,000 can be sent"))
    expect(page.locator("#question")).to_have_attribute("aria-invalid", "true")
    page.press("#question", "Enter")
    expect(status).to_contain_text("at most 2,000")
    assert page.locator(".exchange").count() == 0
    page.locator("#question").fill(DEADLINE_QUESTION)
    expect(status).to_have_text("")
    expect(page.locator("#question")).not_to_have_attribute("aria-invalid", "true")
    ask(page, DEADLINE_QUESTION)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_grant_selector_shows_each_chosen_title_whole(new_page, width):
    page = new_page(width=width)
    page.goto("/")
    options = page.locator("#check-grant option")
    expect(options).not_to_have_count(0)
    titles = options.all_inner_texts()
    for title in sorted(titles, key=len, reverse=True)[:3]:
        page.get_by_label("Grant", exact=True).select_option(label=title)
        shown = page.locator("#check-grant-title")
        expect(shown).to_have_text(title)
        assert shown.evaluate("e => e.scrollWidth <= e.clientWidth")  # wrapped, not cut
        box = shown.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
    assert no_sideways_scroll(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_interface_speaks_the_browsers_language_of_five(new_page, language):
    page = new_page(LOCALES[language])
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("heading", level=1)).to_have_text(message(language, "web.chat_title"))
    expect(page.get_by_role("button", name=message(language, "web.check_submit"), exact=True)).to_be_visible()
    expect(page.locator("#check-type option[value=ngo]")).to_have_text(
        re.compile(re.escape(message(language, "applicant.ngo")), re.IGNORECASE))


@pytest.mark.parametrize("language", ["nn", "da"])
def test_nynorsk_and_danish_can_be_chosen_and_are_remembered(new_page, language):
    page = new_page("en-GB")
    page.goto("/grants")
    page.get_by_label("Language").select_option(language)
    expect(page.get_by_role("heading", level=1)).to_have_text(message(language, "web.grants_title"))
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("heading", level=1)).to_have_text(message(language, "web.chat_title"))


def test_the_pages_strings_come_from_the_one_catalogue(client):
    served = client.get("/api/messages", params={"language": "da"}).json()
    assert served["languages"] == list(LANGUAGES)
    assert served["messages"]["chat_title"] == message("da", "web.chat_title")
    assert served["messages"]["rule_deadline"] == message("da", "rule.deadline")
    assert client.get("/api/messages", params={"language": "de"}).status_code == 422
    script = client.get("/static/messages.js")
    assert script.headers["content-type"].startswith("text/javascript")
    assert message("nn", "web.chat_title") in script.text
    assert "Spør om offentlige tilskudd" not in client.get("/static/i18n.js").text


def _open(page: Page, path: str) -> None:
    if path == "/admin":
        assert page.request.post("/admin/login", form={"token": ADMIN_TOKEN}).ok
    page.goto(path)
    if path == "/":  # with an answer and a check result on the page, not just the empty form
        ask(page, DEADLINE_QUESTION).locator(".sources summary").first.click()
        page.locator("#check-form button[type=submit]").click()
        expect(page.locator("#check-result h3")).to_be_visible()
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", ["/", "/grants", "/admin", "/admin?failed=1"])
def test_no_page_has_wcag_21_aa_violations_in_any_interface_language(new_page, language, path):
    page = new_page(LOCALES[language])
    _open(page, path)
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert axe_violations(page) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_chat_on_a_phone_has_no_wcag_21_aa_violations_and_no_sideways_scroll(new_page, language):
    page = new_page(LOCALES[language], width=390)
    _open(page, "/")
    assert axe_violations(page) == []
    assert no_sideways_scroll(page)
