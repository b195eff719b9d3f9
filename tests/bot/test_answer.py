"""answer() end to end on the bundled seeds, with the real model and a real Chroma store."""

import datetime as dt
from pathlib import Path

import pytest

from bot.models import Session
from knowledge.errors import BadInput
from knowledge.loaders import load_file

pytestmark = pytest.mark.model
TODAY = dt.date(2026, 11, 22)
SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"


def source_text(name: str) -> str:
    return load_file(SAMPLE / name).text


def test_deadline_question_names_the_date_says_it_passed_and_cites_the_sentence(sample_services):
    ans = sample_services.answer("Når er søknadsfristen for å bli fyrtårnskommune?", today=TODAY)
    assert ans.answered and ans.intent == "deadline" and ans.language in ("nb", "nn")
    assert ans.facts.deadlines == ["2004-09-06"]
    assert "6. september 2004" in ans.answer and "gått ut" in ans.answer
    assert ans.citations[0].source == "000_1de9e93bc0097409.txt"
    assert ans.citations[0].quote == "Frist for søknad er mandag 6. september 2004."


def test_deadline_still_ahead_counts_the_days_left(sample_services):
    ans = sample_services.answer("Når er søknadsfristen for å bli fyrtårnskommune?", today=dt.date(2004, 9, 1))
    assert ans.deadline_status.open and ans.deadline_status.days_left == 5


@pytest.mark.parametrize(
    "question",
    [
        "Hvem kan jeg kontakte om tilskuddet til elektronisk samarbeid i kommunene?",
        "Vart ska ansökan om stimulansmedel för IT-samverkan skickas?",
        "Hvor mye bevilger regjeringen til lokal samhandling og lokalmedisinske sentre?",
        "Vad ska stimulansmedlen för regional IT-samverkan användas till?",
        "Hvor mye går til samhandling mellom kommunene og distriktspsykiatriske sentre?",
    ],
)
def test_every_citation_quote_is_found_verbatim_in_its_source(sample_services, question):
    ans = sample_services.answer(question, today=TODAY)
    assert ans.citations
    for c in ans.citations:
        assert c.quote in source_text(c.source)
        assert f"[{c.n}]" in ans.answer


def test_swedish_question_gets_a_swedish_answer(sample_services):
    ans = sample_services.answer("När är sista dag att ansöka om medel för regional IT-samverkan?", today=TODAY)
    assert ans.language == "sv"
    assert ans.facts.deadlines == ["2009-03-15"]
    assert "Sista ansökningsdag" in ans.answer and "15 mars 2009" in ans.answer


def test_no_deadline_in_the_source_is_not_answered_and_no_date_is_invented(sample_services):
    ans = sample_services.answer("Når er søknadsfristen for Helseteknologiordningen?", today=TODAY)
    assert not ans.answered
    assert ans.facts.deadlines == []
    assert ans.grant and ans.grant.source == "003_6397588da340b2da.txt"


def test_a_magazine_footer_switchboard_is_never_given_as_contact(sample_services):
    ans = sample_services.answer("Hvem kan jeg ringe om de 95 millionene til samhandling i helsesektoren?")
    assert not any(c.get("phone") for c in ans.facts.contacts)
    assert "23 06 40 00" not in ans.answer and "23064000" not in ans.answer


@pytest.mark.parametrize(
    "question", ["Give me a recipe for pancakes.", "Hva blir været i Oslo i morgen?", "Vem vann matchen i går?"]
)
def test_off_topic_question_is_not_answered(sample_services, question):
    ans = sample_services.answer(question)
    assert not ans.answered and ans.grant is None and ans.citations == []


def test_follow_up_stays_on_the_grant_of_the_session(sample_services):
    session = Session()
    first = sample_services.answer("När är sista dag att ansöka om medel för regional IT-samverkan?", session=session)
    follow = sample_services.answer("och vem är kontaktperson?", session=session)
    assert follow.grant.id == first.grant.id
    assert any(c["name"] == "Agneta Marmestrand" for c in follow.facts.contacts)


@pytest.mark.parametrize("question", ["", "   ", "x" * 5000])
def test_empty_or_oversized_question_is_bad_input(sample_services, question):
    with pytest.raises(BadInput):
        sample_services.answer(question)


def test_every_answer_reports_its_latency(sample_services):
    ans = sample_services.answer("Hvor mye penger er satt av til fyrtårnskommunene?")
    assert ans.latency_ms > 0


def test_telling_what_the_check_asked_for_continues_the_check(sample_services):
    session = Session()
    first = sample_services.answer("Kan vi søke om å bli fyrtårnskommune?", today=dt.date(2004, 8, 1), session=session)
    assert first.intent == "eligibility" and first.check["verdict"] == "undetermined"
    reply = sample_services.answer("Vi er en kommune i Norge.", today=dt.date(2004, 8, 1), session=session)
    assert reply.intent == "eligibility" and reply.grant.id == first.grant.id
    assert reply.check["verdict"] == "eligible"


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Når er søknadsfristen for å bli fyrtårnskommune?",
         "Om «To millioner tilskuddkroner til kommuner som satser elektronisk» (Sosial- og helsedirektoratet, 2004):"),
        ("När är sista dag att ansöka om medel för regional IT-samverkan?",
         "Om ”Möjlighet att ansöka om pengar för regional kommun-samverkan inom IT-området” "
         "(Sveriges Kommuner och Landsting, 2009):"),
        ("Who can apply for the samhandling funds for local medical centres?",
         "About “133 millioner kroner til samhandling” (Helse- og omsorgsdepartementet, 2011):"),
    ],
)
def test_every_answer_starts_with_the_grant_it_is_about(sample_services, question, start):
    ans = sample_services.answer(question, today=TODAY)
    assert ans.answer.startswith(start)
    assert ans.grant.issuer and ans.grant.year and ans.grant.title in start


def test_a_link_that_merely_appears_in_the_text_is_not_the_announcements_address(sample_services):
    # The fyrtårn page quotes a press release's address; the page itself has none.
    ans = sample_services.answer("Når er søknadsfristen for å bli fyrtårnskommune?", today=TODAY)
    assert ans.grant.url is None
    assert all(c.url is None for c in ans.citations)
    assert all(c.title == ans.grant.title for c in ans.citations)


def test_amounts_say_their_role_and_what_was_applied_for_comes_after_what_is_offered(sample_services):
    ans = sample_services.answer("Hvor mye penger er det i Helseteknologiordningen?", today=TODAY)
    lines = [line for line in ans.answer.splitlines() if line.startswith("•")]
    assert lines[0].startswith("• 14,5 millioner kroner (til fordeling i alt)")
    assert any(line.startswith("• 332,1 millioner kroner (det søkerne søkte om)") for line in lines)
    roles = [a["role"] for a in ans.facts.amounts]
    assert roles.index("total") < roles.index("applied_for")
    assert len({(a["value"], a["role"]) for a in ans.facts.amounts}) == len(ans.facts.amounts)


def test_an_own_share_question_on_a_page_that_states_none_says_so_instead_of_listing_sums(sample_services):
    ans = sample_services.answer("Må kommunen ha egenandel for å få Helseteknologiordningen?", today=TODAY)
    assert ans.grant.title.startswith("Øker tilskuddet i Helseteknologiordningen")
    assert not ans.answered and not ans.facts.amounts
    assert "sier ingenting om egenandel" in ans.answer


def test_a_yes_no_question_on_a_page_naming_no_applicant_says_so_and_whom_to_ask(sample_services):
    ans = sample_services.answer("Kan kommunen få Helseteknologiordningen?", today=TODAY)
    assert ans.grant.title.startswith("Øker tilskuddet i Helseteknologiordningen")
    assert "Kunngjøringen sier ikke hvem som kan søke" in ans.answer and "–" not in ans.answer
    assert "Spør " in ans.answer and not ans.answered


def test_a_first_question_naming_no_grant_asks_which_one_and_offers_the_likeliest(sample_services):
    ans = sample_services.answer("Hvem kan søke?", today=TODAY)
    assert ans.grant is None and not ans.answered and not ans.citations
    assert ans.answer.startswith("Hvilket tilskudd gjelder spørsmålet?")
    assert 2 <= len(ans.alternatives) <= 3
    assert all(f"• {alt.title}" in ans.answer for alt in ans.alternatives)


# IMDi's additional call (2023), as scraped: a requirement without a percentage.
IMDI = "Krav til prosjektene:\n • Kommunen må bidra med egenandel i prosjektet. \n • Prosjektet må starte i 2023.\n"


class StoredRules:
    """The rules a home's rule file holds for one grant, as ``Services.rules`` reads them."""

    def __init__(self, home, record, document):
        self.home, self.record, self.document = home, record, document

    def rules(self, grant_id):
        from eligibility import rules_for

        return rules_for(self.home, self.record, self.document)


def _own_share_reply(question, rules):
    from bot.citations import Citations
    from bot.composers import Context
    from bot.own_share_reply import compose_own_share

    ctx = Context(question, "nb", TODAY, rules.record, rules.document, [], Citations(rules.document.source))
    return compose_own_share(ctx, rules)


def _imdi(home):
    from eligibility import write_rules
    from knowledge.models import Document, GrantRecord

    doc = Document(source="imdi.md", title="Tilleggsutlysning", text=IMDI, language="nb", content_hash="x")
    record = GrantRecord(id="imdi", source="imdi.md", title="Tilleggsutlysning", language="nb")
    write_rules(home, record, doc)
    return StoredRules(home, record, doc)


def test_an_own_share_question_quotes_the_sentence_that_requires_one(tmp_path):
    rules = _imdi(tmp_path)
    for question in ("Må vi ha egenandel?", "Må vi ha eigendel?"):  # bokmål and nynorsk
        reply = _own_share_reply(question, rules)
        assert reply.answered and reply.lines[1].startswith("• Kommunen må bidra med egenandel i prosjektet. [1]")


def test_a_caseworker_removing_the_co_funding_rule_removes_it_from_the_own_share_answer(tmp_path):
    from eligibility.rules_store import load_rules, render, rules_path

    rules = _imdi(tmp_path)
    path = rules_path(tmp_path, "imdi")
    stored = load_rules(path)
    stored.rules = [r for r in stored.rules if r.rule != "co_funding"]
    path.write_text(render(stored), encoding="utf-8")
    reply = _own_share_reply("Må vi ha egenandel?", rules)
    assert not reply.answered and "sier ingenting om egenandel" in reply.lines[0]
    assert not any("Kommunen må bidra" in line for line in reply.lines)


def test_an_amount_is_cited_to_its_own_sentence(sample_services):
    ans = sample_services.answer("Hvor mye kan et län få i stimulansmedel for regional IT-samverkan?", today=TODAY)
    cap = next(a for a in ans.facts.amounts if a["value"] == 300_000)
    mark = next(line for line in ans.answer.splitlines() if line.startswith(f"• {cap['text']}"))
    n = int(mark.rsplit("[", 1)[1].rstrip("]"))
    assert "300\u00a0000 kr" in ans.citations[n - 1].quote or "300 000 kr" in ans.citations[n - 1].quote


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Kan kommunene søke sammen med sykehus om samhandlingsmidlene?",
         "Ja: kommuner kan søke, og det kan være samarbeid med helseforetak."),
        ("Kan frivillige organisasjoner søke om samhandlingsmidlene?", "Nei: "),
        ("Kan ideella föreningar söka medel för regional IT-samverkan?", "Nej: "),
        ("Can hospitals apply for the samhandling funds for local medical centres?", "No: "),
    ],
)
def test_a_yes_no_question_gets_yes_or_no_first_then_the_evidence(sample_services, question, first):
    ans = sample_services.answer(question, today=TODAY)
    lines = ans.answer.splitlines()
    assert lines[1].startswith(first)
    assert ans.citations and all(f"[{c.n}]" in ans.answer for c in ans.citations)
    assert ans.facts.applicant_types


def test_who_handles_the_applications_is_named_not_the_publisher_and_nothing_unrelated_is_appended(sample_services):
    ans = sample_services.answer("Hvem behandler søknadene om samhandlingsmidler?", today=TODAY)
    assert ans.answer.splitlines()[1] == "Søknadene behandles av Helsedirektoratet. [1]"
    assert [c.quote for c in ans.citations] == ["Det er Helsedirektoratet som lyser ut midlene og som behandler søknadene."]
    how = sample_services.answer("Hvordan søker man om samhandlingsmidlene?", today=TODAY)
    assert "Helse- og omsorgsdepartementet direkte" not in how.answer
    assert "Søknadene behandles av Helsedirektoratet." in how.answer


def test_how_to_apply_quotes_no_sentence_that_only_says_one_may_apply():
    # Tillväxtverket's page, as scraped: headings and a call, but no form, portal or address
    from bot.citations import Citations
    from bot.composers import Context, compose_how_to_apply
    from knowledge.models import Document, GrantRecord

    text = "När kan vi söka?\n\nVem kan söka?\n\nNu kan kommuner söka medel för regional digitalisering.\n"
    doc = Document(source="tv.md", title="Regionala digitaliseringsmedel", text=text, language="sv", content_hash="x")
    record = GrantRecord(id="tv", source="tv.md", title="Regionala digitaliseringsmedel", language="sv",
                         issuer="Tillväxtverket")
    reply = compose_how_to_apply(Context("How do I apply?", "en", TODAY, record, doc, [], Citations(doc.source)))
    assert not reply.answered and not any("«" in line for line in reply.lines)
    assert "Tillväxtverket" in reply.lines[-1]


def test_a_range_is_two_amounts_but_one_line():
    # Interreg Aurora's co-financing rate, as euro-access states it: both ends are facts
    from bot.citations import Citations
    from bot.composers import Context, compose_amount
    from knowledge.extract import extract_record
    from knowledge.models import Document

    text = "Funding rate\nThe co-financing rate is 50-65 % of the eligible costs.\n"
    doc = Document(source="aurora.md", title="Interreg Aurora", text=text, language="en", content_hash="x")
    record = extract_record(doc)
    reply = compose_amount(Context("What is the funding rate?", "en", TODAY, record, doc, [], Citations(doc.source)))
    assert sorted(a["value"] for a in reply.facts.amounts) == [50, 65]
    assert sum("50-65 %" in line for line in reply.lines) == 1
