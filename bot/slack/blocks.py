"""Block Kit for answers, escalations and check results; every untrusted string passes ``escape``."""

from __future__ import annotations

from bot.models import Answer, Citation
from bot.slack.i18n import phrase, rule_label
from bot.slack.text import blockquote, escape, link, mention, truncate
from eligibility.models import CheckResult

HELPFUL = "grantbot_helpful"
NOT_HELPFUL = "grantbot_not_helpful"
ESCALATE = "grantbot_escalate"
QUOTES = "grantbot_quotes"
ALTERNATIVE = "grantbot_alternative"  # + its position: Slack wants distinct action ids in one block
_OUTCOME_MARK = {"pass": ":white_check_mark:", "fail": ":x:", "unknown": ":grey_question:"}


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": truncate(text)}}


def _context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": truncate(text)}]}


def _button(text: str, action_id: str, value: str, style: str | None = None) -> dict:
    button = {"type": "button", "text": {"type": "plain_text", "text": text}, "action_id": action_id, "value": value}
    return button | ({"style": style} if style else {})


def source_line(c: Citation, marks: str | None = None) -> str:
    """``[n] title`` linked to the announcement's own address, or the title alone when it has none."""
    marks = marks or f"[{c.n}]"
    if c.url:
        return f"{marks} {link(c.url, c.title or c.source)}"
    return f"{marks} {escape(c.title or c.source)}"


def source_lines(citations: list[Citation]) -> list[str]:
    """One line per document, with all its marks (``[1] [2] title``): quotes from one source share it."""
    by_source: dict[str, list[Citation]] = {}
    for c in citations:
        by_source.setdefault(c.source, []).append(c)
    return [source_line(cs[0], " ".join(f"[{c.n}]" for c in cs)) for cs in by_source.values()]


def deadline_line(ans: Answer) -> str | None:
    """The deadline status in the answer's language, or None when the core gave none."""
    status = ans.deadline_status
    if status is None or (status.open and not status.next_deadline):  # open without a date: nothing to say
        return None
    if status.open:
        return phrase(ans.language, "deadline_open", date=status.next_deadline, days=status.days_left)
    return phrase(ans.language, "deadline_closed")


def answer_buttons(ans: Answer) -> dict:
    """Helpful / Not helpful / Ask a caseworker (and the quotes), each carrying the answer id."""
    lang, aid = ans.language, ans.answer_id
    buttons = [
        _button(phrase(lang, "helpful"), HELPFUL, aid),
        _button(phrase(lang, "not_helpful"), NOT_HELPFUL, aid),
        _button(phrase(lang, "ask_caseworker"), ESCALATE, aid, style="primary"),
    ]
    if ans.citations:
        buttons.append(_button(phrase(lang, "show_quotes"), QUOTES, aid))
    return {"type": "actions", "block_id": "grantbot_answer", "elements": buttons}


def discover_blocks(ans: Answer, public_url: str | None = None) -> list[dict]:
    """A "which grants …?" answer: its first line, then a section per grant with an *Ask about it* button
    (the alternatives' action: the same question about that grant), and the calendar when reachable."""
    lines = ans.answer.split("\n")
    blocks = [_section(escape(lines[0]))]
    for n, g in enumerate(ans.grants or []):
        line = lines[n + 1] if n + 1 < len(lines) else g["title"]
        section = _section(escape(line))
        section["accessory"] = _button(phrase(ans.language, "ask_about"), f"{ALTERNATIVE}_{n}", f"{ans.answer_id}|{g['id']}")
        blocks.append(section)
    if len(lines) > len(ans.grants or []) + 1:
        blocks.append(_context(escape("\n".join(lines[len(ans.grants or []) + 1:]))))
    if public_url and any(g["deadlines"] for g in ans.grants or []):
        url = f"{public_url.rstrip('/')}/deadlines.ics" + (f"?{ans.filters}" if ans.filters else "")
        blocks.append(_context(f":calendar: {link(url, phrase(ans.language, 'subscribe'))}"))
    return blocks


def answer_blocks(ans: Answer, public_url: str | None = None) -> list[dict]:
    """The answer, its numbered sources, the deadline status and the buttons."""
    if ans.intent == "discover" and ans.grants:
        blocks = discover_blocks(ans, public_url)
    else:
        blocks = [_section(escape(ans.answer))]
    if ans.citations:
        lines = [f"*{phrase(ans.language, 'sources')}*", *source_lines(ans.citations)]
        blocks.append(_context("\n".join(lines)))
    if (deadline := deadline_line(ans)) is not None:
        calendar = ""
        if public_url and ans.grant and ans.facts.deadlines:
            url = f"{public_url.rstrip('/')}/deadlines.ics?grant_id={ans.grant.id}"
            calendar = f" · {link(url, phrase(ans.language, 'add_calendar'))}"
        blocks.append(_context(f":calendar: {escape(deadline)}{calendar}"))
    if ans.alternatives:
        blocks.append(_context(escape(phrase(ans.language, "alternatives"))))
        blocks.append(alternative_buttons(ans))
    blocks.append(answer_buttons(ans))
    return blocks


def alternative_buttons(ans: Answer) -> dict:
    """One button per close announcement; its value carries the answer id and the grant id."""
    buttons = [
        _button(truncate(g.title, 75), f"{ALTERNATIVE}_{n}", f"{ans.answer_id}|{g.id}")
        for n, g in enumerate(ans.alternatives)
    ]
    return {"type": "actions", "block_id": "grantbot_alternatives", "elements": buttons}


def quotes_view(ans: Answer) -> dict:
    """A modal with every cited sentence, verbatim."""
    blocks = []
    for c in ans.citations:
        blocks.append(_section(f"*{source_line(c)}*\n{blockquote(c.quote)}"))
    return {
        "type": "modal",
        "title": {"type": "plain_text", "text": phrase(ans.language, "quotes_title")[:24]},
        "close": {"type": "plain_text", "text": phrase(ans.language, "close")},
        "blocks": blocks[:100],
    }


def contacts_text(contacts: list[dict]) -> str:
    """``Name, +47…, mail`` for each contact the announcement names, escaped."""
    people = [", ".join(str(v) for v in (c.get("name"), c.get("phone"), c.get("email")) if v) for c in contacts]
    return escape("; ".join(p for p in people if p))


def escalation_blocks(ans: Answer, asker: str | None, permalink: str | None) -> list[dict]:
    """What the directorate channel sees: who asked, the question, our answer and the thread."""
    lang = ans.language
    blocks = [
        _section(f"*{phrase(lang, 'escalation_title', user=mention(asker) or '?')}*"),
        _section(f"*{phrase(lang, 'question')}*\n{blockquote(ans.question)}"),
        _section(f"*{phrase(lang, 'answer')}*\n{blockquote(ans.answer)}"),
    ]
    where = [escape(ans.grant.title)] if ans.grant else []
    if permalink:
        where.append(link(permalink, phrase(lang, "open_thread")))
    if where:
        blocks.append(_context(" · ".join(where)))
    return blocks


def check_result_blocks(result: CheckResult, language: str) -> list[dict]:
    """The verdict, then every rule clause by clause with its reason and verbatim sentence."""
    title = escape(str(result.grant.get("title") or result.grant.get("id")))
    blocks = [_section(f"*{phrase(language, 'check_for', title=title)}*\n*{phrase(language, result.verdict)}*")]
    for rule in result.rules:
        text = f"{_OUTCOME_MARK[rule.outcome]} *{escape(rule_label(language, rule.id))}*: {escape(rule.reason)}"
        if rule.quote:
            text += f"\n{blockquote(rule.quote)}"
        blocks.append(_section(text))
    if result.missing:
        blocks.append(_context(escape(phrase(language, "missing", fields=", ".join(result.missing)))))
    if result.max_amount:
        amount = f"{result.max_amount.get('value')} {result.max_amount.get('currency', '')}".strip()
        blocks.append(_context(escape(phrase(language, "max_amount", amount=amount))))
    return blocks[:50]
