""""Which grants …?" over the bundled sample with fixed days: the list, its order, its citations, and
nothing padded. Sample deadlines: 000 on 2004-09-06, 001 on 2009-03-15, 002 on 2011-03-24 and
2011-08-01; 003 and 004 give none."""

import datetime as dt
from pathlib import Path

import pytest

from bot.discover import select_grants
from bot.discover_filters import DiscoverFilters
from knowledge.loaders import load_file

pytestmark = pytest.mark.model
SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"
FYRTARN, IT_SAMVERKAN, SAMHANDLING, HELSETEKNOLOGI, SAMHANDLING_95 = (
    "000-1de9e93bc0097409", "001-1a68e8f698feec8c", "002-56ff6eb9f7905725", "003-6397588da340b2da",
    "004-6658acab72c1650a")


def ids(answer) -> list[str]:
    return [g["id"] for g in answer.grants]


def assert_cited_verbatim(answer):
    assert answer.citations
    for c in answer.citations:
        assert c.quote in load_file(SAMPLE / c.source).text
        assert f"[{c.n}]" in answer.answer


def test_bokmal_open_now_for_municipalities_lists_the_open_call_with_days_left(sample_services):
    ans = sample_services.answer("Hvilke tilskudd kan kommunen søke på nå?", today=dt.date(2011, 3, 1))
    assert ans.intent == "discover" and ans.answered and ans.grant is None
    assert ids(ans) == [SAMHANDLING]
    item = ans.grants[0]
    assert set(item) >= {"id", "title", "source", "deadline_status", "deadlines", "max_amount", "applicant_types"}
    assert item["deadline_status"]["state"] == "open" and item["deadline_status"]["days_left"] == 23
    assert item["deadlines"] == ["2011-03-24", "2011-08-01"] and item["applicant_types"] == ["municipality"]
    assert "24. mars 2011" in ans.answer and "23 dager igjen" in ans.answer
    assert ans.filters == "open=true&applicant_type=municipality"
    assert_cited_verbatim(ans)


def test_swedish_regions_just_now_lists_the_swedish_call(sample_services):
    ans = sample_services.answer("Vilka bidrag kan regioner söka just nu?", today=dt.date(2009, 3, 1))
    assert ans.language == "sv" and ids(ans) == [IT_SAMVERKAN]
    assert "15 mars 2009" in ans.answer and "14 dagar kvar" in ans.answer
    assert ans.grants[0]["max_amount"]["currency"] == "SEK"
    assert_cited_verbatim(ans)


def test_nynorsk_open_now_is_answered_in_nynorsk(sample_services):
    ans = sample_services.answer("Kva tilskot kan kommunane søkje på no?", today=dt.date(2004, 9, 1))
    assert ans.intent == "discover" and ans.language == "nn"
    # On 1 September 2004 all three dated calls are still ahead; the nearest deadline comes first.
    assert ids(ans) == [FYRTARN, IT_SAMVERKAN, SAMHANDLING]
    assert "5 dagar att" in ans.answer


def test_english_within_n_days_lists_only_deadlines_in_that_window(sample_services):
    ans = sample_services.answer("Which grants close in the next 30 days?", today=dt.date(2011, 7, 15))
    assert ans.language == "en" and ids(ans) == [SAMHANDLING]
    assert ans.grants[0]["deadline_status"]["next_deadline"] == "2011-08-01"
    assert "1 August 2011" in ans.answer and "17 days left" in ans.answer


def test_danish_question_that_matches_nothing_says_what_it_searched_for(sample_services):
    ans = sample_services.answer("Hvilke puljer kan foreninger søge i Danmark?", today=dt.date(2011, 3, 1))
    assert ans.language == "da" and not ans.answered and ans.grants == [] and not ans.citations
    assert "ingen puljer" in ans.answer and "frivillige organisationer" in ans.answer and "Danmark" in ans.answer


def test_closed_calls_are_left_out_unless_asked_for(sample_services):
    now = sample_services.answer("Hvilke tilskudd kan kommuner søke på?", today=dt.date(2011, 3, 1))
    assert FYRTARN not in ids(now) and SAMHANDLING in ids(now)
    earlier = sample_services.answer("Hvilke tidligere tilskudd til elektronisk samarbeid finnes?", today=dt.date(2011, 3, 1))
    assert ids(earlier)[0] == FYRTARN
    line = earlier.answer.splitlines()[1]
    assert line.startswith("1. To millioner tilskuddkroner")
    assert "Stengt: fristen er ute (6. september 2004" in line


def test_a_topic_lists_only_the_grants_that_match_it(sample_services):
    ans = sample_services.answer("Finnes det tilskudd til velferdsteknologi?", today=dt.date(2011, 3, 1))
    assert ids(ans) == [HELSETEKNOLOGI]
    assert ans.grants[0]["deadline_status"]["state"] == "unknown" and "ingen frist oppgitt" in ans.answer
    nothing = sample_services.answer("Are there any grants for pancakes?", today=dt.date(2011, 3, 1))
    assert not nothing.answered and nothing.grants == [] and "pancakes" in nothing.answer


def test_a_year_and_an_issuer_not_in_the_catalogue_match_nothing(sample_services):
    ans = sample_services.answer("Hvilke tilskudd har Helsedirektoratet lyst ut i 2024?", today=dt.date(2024, 6, 1))
    assert not ans.answered and ans.grants == []
    assert "Helsedirektoratet" in ans.answer and "2024" in ans.answer


def test_a_year_lists_that_years_calls_even_closed(sample_services):
    ans = sample_services.answer("Vilka bidrag fanns det 2009?", today=dt.date(2011, 1, 1))
    assert ids(ans) == [IT_SAMVERKAN] and ans.grants[0]["deadline_status"]["state"] == "closed"


def test_the_list_is_never_padded_and_holds_at_most_ten(sample_services):
    everything = select_grants(sample_services, DiscoverFilters(include_closed=True), dt.date(2011, 3, 1))
    assert len(everything) == 5
    assert len(select_grants(sample_services, DiscoverFilters(include_closed=True), dt.date(2011, 3, 1), limit=2)) == 2
