"""The chat, grant list and dashboard in a real headless chromium, as a municipal caseworker uses them."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from web_harness import ADMIN_TOKEN, ARTIFACTS, AXE, HOSTILE_QUESTION, XSS_IMG, XSS_SCRIPT

pytestmark = pytest.mark.browser
DEADLINE_QUESTION = "Når er søknadsfristen for elektronisk samhandling?"
# Three sample announcements speak of "samhandling": two stay close, and the other is offered.
SHARED_WORDS_QUESTION = "Hvor mye kan kommunene få til samhandling?"
# Questions the announcements cannot answer, two worded alike: the dashboard groups them.
OFF_TOPIC = ["Hvem er statsminister i Sverige?", "Hvem er statsminister i Sverige", "hvem er statsminister i sverige?"]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def ask(page: Page, question: str):
    """Type a question, send it with Enter, and return the exchange that appears."""
    before = page.locator(".exchange").count()
    page.fill("#question", question)
    page.press("#question", "Enter")
    expect(page.locator(".exchange")).to_have_count(before + 1)
    return page.locator(".exchange").last


def sign_in(page: Page) -> None:
    page.goto("/admin")
    page.get_by_label("Admin token").fill(ADMIN_TOKEN)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Questions dashboard")).to_be_visible()


def axe_violations(page: Page) -> list[str]:
    """WCAG 2.1 A/AA violations axe-core finds on the page as it is now."""
    page.evaluate(AXE.read_text(encoding="utf-8"))  # evaluated by the browser, so the page CSP allows it
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA)
    return [f"{v['id']}: {v['help']} ({[n['target'] for n in v['nodes']][:3]})" for v in result["violations"]]


def test_a_question_gets_a_cited_answer_with_its_deadline_status(page):
    page.goto("/")
    exchange = ask(page, DEADLINE_QUESTION)
    expect(exchange.get_by_role("heading", level=3)).to_contain_text(DEADLINE_QUESTION)
    expect(exchange.locator(".answer")).to_contain_text("[1]")
    expect(exchange.locator(".sources li")).not_to_have_count(0)
    expect(exchange.locator(".deadline")).to_have_text(re.compile(r"Open|Closed"))
    expect(page.locator("#question")).to_be_focused()
    exchange.locator(".sources summary").first.click()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "chat.png", full_page=True)


def test_a_source_quote_opens_on_click_and_from_its_citation_mark(page):
    page.goto("/")
    exchange = ask(page, DEADLINE_QUESTION)
    quote = exchange.locator(".sources blockquote").first
    expect(quote).to_be_hidden()
    exchange.locator(".sources summary").first.click()
    expect(quote).to_be_visible()
    expect(quote).to_contain_text(re.compile(r"\w"))
    exchange.locator(".sources summary").first.click()
    exchange.locator("button.cite").first.click()
    expect(quote).to_be_visible()
    expect(exchange.locator(".sources summary").first).to_be_focused()


def test_a_close_announcement_offered_as_an_alternative_answers_the_same_question_about_itself(page):
    page.goto("/")
    first = ask(page, SHARED_WORDS_QUESTION)
    alternative = first.locator("button.alternative").first
    title = alternative.inner_text()
    before = page.locator(".exchange").count()
    alternative.click()
    expect(page.locator(".exchange")).to_have_count(before + 1)
    second = page.locator(".exchange").last
    expect(second.get_by_role("heading", level=3)).to_contain_text(SHARED_WORDS_QUESTION)
    expect(second.locator(".answer")).to_contain_text(f"«{title}»")  # it starts from the grant it is about
    expect(second.locator(".sources summary").first).to_contain_text(title)


def test_a_follow_up_stays_on_the_same_grant(page):
    page.goto("/")
    first = ask(page, DEADLINE_QUESTION)
    source = first.locator(".sources summary").first.inner_text()
    second = ask(page, "Hvor mye penger kan vi få?")
    expect(second.locator(".sources summary").first).to_have_text(source)


def test_feedback_with_a_comment_shows_on_the_dashboard(new_page):
    page = new_page()
    page.goto("/")
    exchange = ask(page, "Hvem er kontaktperson for tilskuddet til samhandling?")
    exchange.get_by_role("button", name="Not helpful").click()
    exchange.get_by_label("What was missing? (optional)").fill("Mangler e-postadresse 4711")
    exchange.get_by_role("button", name="Send").click()
    expect(exchange.get_by_role("status")).to_have_text("Thank you for your feedback.")

    for question in OFF_TOPIC:
        assert page.request.post("/api/ask", data={"question": question}).ok

    admin = new_page()
    sign_in(admin)
    expect(admin.locator("#not-helpful")).to_contain_text("Mangler e-postadresse 4711")
    expect(admin.locator("#deflection-rate")).to_have_text(re.compile(r"\d+ %"))
    expect(admin.locator("#per-grant tbody tr")).not_to_have_count(0)
    expect(admin.locator("#unanswered li").first).to_contain_text("statsminister")
    ARTIFACTS.mkdir(exist_ok=True)
    admin.screenshot(path=ARTIFACTS / "dashboard.png", full_page=True)


def test_the_dashboard_refuses_a_wrong_token(page):
    page.goto("/admin")
    page.get_by_label("Admin token").fill("wrong")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("not right")
    assert page.request.get("/admin/api/summary").status == 401


def test_the_eligibility_form_shows_the_result_clause_by_clause(page):
    page.goto("/")
    grant = page.locator("#check-grant option").first
    expect(grant).to_have_count(1)
    page.get_by_label("Applicant type").select_option("municipality")
    page.get_by_label("Population").fill("12000")
    page.get_by_label("No partners").check()
    page.get_by_role("button", name="Check eligibility").click()
    verdict = page.locator("#check-result h3")
    expect(verdict).to_contain_text(re.compile("Eligible|Not eligible|Cannot be decided yet"))
    expect(verdict).to_be_focused()
    expect(page.locator("#check-result table.rules tbody tr")).not_to_have_count(0)


def test_the_language_follows_the_browser_and_can_be_switched(new_page):
    page = new_page("sv-SE")
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Fråga om offentliga bidrag")
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    page.get_by_label("Språk").select_option("en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ask about public grants")
    page.reload()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    norwegian = new_page("nb-NO")
    norwegian.goto("/grants")
    expect(norwegian.get_by_role("heading", level=1)).to_have_text("Tilskudd")


def test_markup_in_a_document_is_shown_as_characters_never_run(page):
    page.goto("/")
    exchange = ask(page, HOSTILE_QUESTION)
    exchange.locator(".sources summary").first.click()
    quote = exchange.locator(".sources blockquote").first
    expect(quote).to_contain_text(XSS_SCRIPT)
    expect(quote).to_contain_text(XSS_IMG)
    expect(exchange.locator(".sources summary").first).to_contain_text(XSS_SCRIPT)
    assert page.locator("main img, main script").count() == 0
    page.goto("/grants")
    expect(page.locator("#grants")).to_contain_text(XSS_SCRIPT)
    assert page.locator("main img, main script").count() == 0


def test_the_grant_list_sorts_and_links_to_a_question_about_each_grant(page):
    page.goto("/grants")
    rows = page.locator("#grants tbody tr")
    expect(rows).not_to_have_count(0)
    page.get_by_role("button", name="Grant", exact=True).click()
    expect(page.locator("th[data-sort=title]")).to_have_attribute("aria-sort", "ascending")
    titles = page.locator("#grants tbody tr td:first-child > span:first-child")
    ascending = titles.all_inner_texts()
    assert ascending == page.evaluate("t => [...t].sort(new Intl.Collator('en-GB').compare)", ascending)
    page.get_by_role("button", name="Grant", exact=True).click()
    expect(page.locator("th[data-sort=title]")).to_have_attribute("aria-sort", "descending")
    assert titles.all_inner_texts() == ascending[::-1]
    first_title = ascending[-1]
    rows.first.get_by_role("link", name=re.compile("^Ask about it")).click()
    expect(page).to_have_url(re.compile(r"/\?grant="))
    expect(page.locator("#question")).to_have_value(re.compile(re.escape(first_title)))
    expect(page.locator("#question")).to_be_focused()


@pytest.mark.parametrize("path", ["/", "/grants", "/admin"])
def test_pages_have_no_wcag_21_aa_violations(new_page, path):
    page = new_page()
    if path == "/admin":
        sign_in(page)
        page.goto("/admin")
    else:
        page.goto(path)
    if path == "/":  # with a conversation and a check result on the page, not just the empty form
        ask(page, DEADLINE_QUESTION).locator(".sources summary").first.click()
        page.get_by_role("button", name="Not helpful").first.click()
        page.get_by_role("button", name="Check eligibility").click()
        expect(page.locator("#check-result h3")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert axe_violations(page) == []


def test_the_sign_in_page_has_no_wcag_21_aa_violations(page):
    page.goto("/admin?failed=1")
    assert axe_violations(page) == []


def test_the_chat_works_from_the_keyboard_alone(page):
    page.goto("/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    for _ in range(6):  # past the skip link, the two menu links and the language menu, into the form
        if page.evaluate("document.activeElement.id") == "question":
            break
        page.keyboard.press("Tab")
    expect(page.locator("#question")).to_be_focused()
    page.keyboard.type(DEADLINE_QUESTION)
    page.keyboard.press("Enter")
    exchange = page.locator(".exchange").last
    expect(exchange).to_be_visible()
    expect(page.locator("#question")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(exchange.get_by_role("button", name="Not helpful")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    summary = exchange.locator(".sources summary").last
    expect(summary).to_be_focused()
    page.keyboard.press("Enter")
    expect(exchange.locator(".sources blockquote").last).to_be_visible()


def test_a_can_we_apply_question_shows_the_check_clause_by_clause(page):
    page.goto("/")
    exchange = ask(page, "Kan vi søke om tilskudd til samhandling? Vi er en kommune med 5000 innbyggere.")
    exchange.get_by_text("Clause by clause").first.click()
    expect(exchange.locator("table.rules tbody tr")).not_to_have_count(0)


def test_the_grant_list_shows_each_amounts_role_and_never_what_was_applied_for(page):
    page.goto("/grants")
    row = page.locator("#grants tbody tr", has_text="Helseteknologiordningen")
    expect(row).to_contain_text("(total available)")
    expect(row).not_to_contain_text("332")  # 332,1 million is what 180 applicants asked for
    page.get_by_role("button", name="Amount", exact=True).click()
    page.get_by_role("button", name="Amount", exact=True).click()  # descending: the largest offered first
    first = page.locator("#grants tbody tr").first
    expect(first).to_contain_text("133 millioner kroner til samhandling")  # not the 332,1 million applied for


def test_a_source_names_its_announcement_and_links_only_to_its_own_address(page):
    page.goto("/")
    exchange = ask(page, "Når er søknadsfristen for å bli fyrtårnskommune?")
    expect(exchange.locator(".answer p").first).to_contain_text("To millioner tilskuddkroner til kommuner")
    summary = exchange.locator(".sources summary").first
    expect(summary).to_contain_text("To millioner tilskuddkroner til kommuner som satser elektronisk")
    expect(summary).not_to_contain_text(".txt")
    expect(exchange.locator(".sources a")).to_have_count(0)  # the page has no address of its own
