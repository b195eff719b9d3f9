"""How an answer looks in Block Kit: numbered sources, one line per document, links only to catalogue URLs."""

from __future__ import annotations

from bot.models import Answer, Citation, DeadlineStatus
from bot.slack.blocks import answer_blocks, deadline_line, source_lines


def _cite(n: int, source: str, url: str | None = None, title: str | None = None) -> Citation:
    return Citation(n=n, source=source, quote=f"quote {n}", title=title, url=url)


def _answer(**fields) -> Answer:
    return Answer(answer_id="a1", question="q", language="sv", intent="deadline", answered=True, answer="a", **fields)


def test_quotes_from_one_document_share_its_source_line():
    citations = [_cite(1, "a.txt", "https://a.example", "A"), _cite(2, "b.txt", None, "B"),
                 _cite(3, "a.txt", "https://a.example", "A")]

    assert source_lines(citations) == ["[1] [3] <https://a.example|A>", "[2] B"]


def test_a_source_without_a_url_or_title_shows_its_name_unlinked_and_escaped():
    assert source_lines([_cite(1, "<!here>.txt")]) == ["[1] &lt;!here&gt;.txt"]


def test_the_deadline_line_speaks_the_answers_language_and_stays_silent_without_a_date():
    assert deadline_line(_answer(deadline_status=DeadlineStatus(open=False))) == (
        "Stängd: utlysningen anger ingen sista dag efter i dag")
    assert deadline_line(_answer(deadline_status=DeadlineStatus(open=True))) is None
    assert deadline_line(_answer()) is None


def test_an_answer_without_citations_has_no_sources_and_no_quotes_button():
    blocks = answer_blocks(_answer())

    assert [b["type"] for b in blocks] == ["section", "actions"]
    assert [e["action_id"] for e in blocks[-1]["elements"]] == [
        "grantbot_helpful", "grantbot_not_helpful", "grantbot_escalate"]
