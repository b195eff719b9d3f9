"""Untrusted text is escaped; only http(s) URLs become links; only well-formed ids become mentions."""

from __future__ import annotations

from bot.slack.text import escape, link, mention, question_text, truncate


def test_escape_neutralises_pings_and_disguised_links():
    assert escape("<!channel> <https://evil|ok> & co") == "&lt;!channel&gt; &lt;https://evil|ok&gt; &amp; co"


def test_only_plain_http_urls_become_links():
    assert link("https://www.regjeringen.no/tilskudd", "Tilskudd") == "<https://www.regjeringen.no/tilskudd|Tilskudd>"
    assert link("javascript:alert(1)", "x") == "x"
    assert link("https://a.example/x|<!here>", "x") == "x"
    assert link(None, "<b>") == "&lt;b&gt;"


def test_labels_cannot_break_out_of_a_link():
    assert link("https://a.example", "a|b>c") == "<https://a.example|a¦b&gt;c>"


def test_mentions_are_built_only_from_slack_ids():
    assert mention("U0ASKER") == "<@U0ASKER>"
    assert mention("!channel") == ""


def test_the_bot_mention_is_removed_from_the_question():
    assert question_text("<@U0BOT> Når er fristen?") == "Når er fristen?"
    assert question_text("<@U0BOT|grantbot>") == ""


def test_slacks_own_escaping_is_undone_before_the_core_sees_the_question():
    assert question_text("Hva er F&amp;U-midler &lt;2027&gt;? &amp;lt;") == "Hva er F&U-midler <2027>? &lt;"


def test_long_text_is_cut_to_slacks_limit_with_a_mark():
    cut = truncate("a" * 5000)
    assert len(cut) <= 2900 and cut.endswith("…")
