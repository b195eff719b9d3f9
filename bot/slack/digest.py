"""The weekly Slack digest: `/tilskudd varsle <filters>` subscribes a channel to a post of new grants and
of deadlines within 14 days that match its filters; `/tilskudd varsle av` stops it.

Subscriptions live in one JSON file under GRANTBOT_HOME, so they survive restarts. A scheduler thread
in the app process (``DigestScheduler``) looks every few minutes; each channel gets at most one post per
ISO week (its ``last_period``), however often it looks and however many processes share the home.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import logging
import os
import tempfile
import threading
from pathlib import Path

from bot.discover import select_grants
from bot.discover_filters import DiscoverFilters, filters_from_words
from bot.discover_reply import describe
from bot.grant_history import first_seen
from bot.grant_status import grant_status
from bot.phrases import format_date
from bot.slack.client import build_web_client
from bot.slack.i18n import phrase
from bot.slack.text import escape, truncate

log = logging.getLogger(__name__)
DEADLINE_WINDOW_DAYS = 14
NEW_WITHIN = dt.timedelta(days=7)
CHECK_EVERY_SECONDS = 300
# The word after the slash command that asks for the digest, and the language it implies.
DIGEST_WORDS = {"varsle": "nb", "varsel": "nb", "varsla": "nn", "bevaka": "sv", "bevakning": "sv",
                "prenumerera": "sv", "notify": "en", "subscribe": "en", "digest": "en", "abonner": "da", "advis": "da"}
STOP_WORDS = {"av", "off", "stop", "stopp", "af", "unsubscribe", "slutt", "sluta"}
_LOCK = threading.Lock()


def digest_request(text: str) -> tuple[str, bool, str] | None:
    """(language, stop, the filter words) when ``text`` asks for the digest, else None."""
    words = text.strip().split()
    if not words or words[0].lower() not in DIGEST_WORDS:
        return None
    rest = words[1:]
    stop = len(rest) == 1 and rest[0].lower() in STOP_WORDS
    return DIGEST_WORDS[words[0].lower()], stop, " ".join(rest)


def period_of(now: dt.datetime) -> str:
    """The ISO week ``now`` falls in: one digest per channel per period."""
    year, week, _ = now.date().isocalendar()
    return f"{year}-W{week:02d}"


class DigestStore:
    """Channel → its filters, language and the last period posted, in ``slack_digests.json``."""

    def __init__(self, home: Path) -> None:
        self.path = Path(home) / "slack_digests.json"

    def all(self) -> dict[str, dict]:
        return json.loads(self.path.read_text(encoding="utf-8")) if self.path.is_file() else {}

    def subscribe(self, channel: str, filters: DiscoverFilters, language: str, words: str) -> None:
        with self._exclusive():
            subs = self.all()
            subs[channel] = {"filters": filters.model_dump(mode="json"), "language": language, "words": words,
                             "last_period": (subs.get(channel) or {}).get("last_period")}
            self._write(subs)

    def unsubscribe(self, channel: str) -> bool:
        with self._exclusive():
            subs = self.all()
            found = subs.pop(channel, None) is not None
            self._write(subs)
            return found

    def claim(self, channel: str, period: str) -> bool:
        """Mark ``period`` posted for ``channel``; False when it already was (or the channel left).
        Atomic across processes: with `serve --workers N` every worker runs the schedule, and only the
        first to claim a channel's week posts it."""
        with self._exclusive():
            subs = self.all()
            if channel not in subs or subs[channel].get("last_period") == period:
                return False
            subs[channel]["last_period"] = period
            self._write(subs)
            return True

    @contextlib.contextmanager
    def _exclusive(self):
        """This thread's and this process's turn at the file (flock: released if the process dies)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with _LOCK, open(self.path.with_suffix(".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def _write(self, subs: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(subs, f, ensure_ascii=False, indent=1)
        os.replace(tmp, self.path)


def subscribe_from_command(store: DigestStore, services, channel: str, text: str, today: dt.date) -> str:
    """Act on `/tilskudd varsle …` and return the confirmation for the asker."""
    language, stop, words = digest_request(text) or ("en", False, "")
    if stop:
        return phrase(language, "digest_stopped" if store.unsubscribe(channel) else "digest_none")
    issuers = sorted({r.issuer for r in services.grants() if r.issuer})
    filters = filters_from_words(words, today, issuers)
    filters = filters.model_copy(update={"closing_by": None, "open": False, "include_closed": False})
    store.subscribe(channel, filters, language, words)
    return phrase(language, "digest_on", filters=describe(filters, language))


def digest_message(services, sub: dict, now: dt.datetime) -> tuple[str, list[dict]] | None:
    """The week's post for one subscription, or None when nothing is new and no deadline is near."""
    today, language = now.date(), sub.get("language", "en")
    filters = DiscoverFilters.model_validate(sub["filters"])
    seen = first_seen(services.settings.home, services.catalogue.records(), now)
    new = [r for r in select_grants(services, filters, today) if seen[r.id] > now - NEW_WITHIN]
    window = filters.model_copy(update={"closing_by": today + dt.timedelta(days=DEADLINE_WINDOW_DAYS)})
    closing = select_grants(services, window, today)
    if not new and not closing:
        return None
    title = phrase(language, "digest_title", filters=describe(filters, language))
    blocks = [{"type": "header", "text": {"type": "plain_text", "text": truncate(title, 150)}}]
    if new:
        lines = [f"• {escape(r.title)}" for r in new[:10]]
        blocks.append(_section(f"*{phrase(language, 'digest_new')}*\n" + "\n".join(lines)))
    if closing:
        lines = []
        for r in closing[:10]:
            status = grant_status(r, today)
            day = format_date(dt.date.fromisoformat(status.next_deadline), language)
            lines.append(f"• {escape(r.title)}: {escape(phrase(language, 'digest_deadline', date=day, days=status.days_left))}")
        blocks.append(_section(f"*{phrase(language, 'digest_closing', days=DEADLINE_WINDOW_DAYS)}*\n" + "\n".join(lines)))
    return title, blocks


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": truncate(text)}}


def run_due(store: DigestStore, services, client, now: dt.datetime | None = None) -> int:
    """Post this period's digest to every subscribed channel that has not had it; returns the posts made."""
    now = now or dt.datetime.now(dt.UTC)
    period, posted = period_of(now), 0
    for channel, sub in store.all().items():
        if sub.get("last_period") == period:
            continue
        try:
            message = digest_message(services, sub, now)
            if not store.claim(channel, period):
                continue  # another process posted it first
            if message:
                text, blocks = message
                client.chat_postMessage(channel=channel, text=text, blocks=blocks, unfurl_links=False)
                posted += 1
        except Exception:
            log.exception("Digest for %s failed", channel)
    return posted


class DigestScheduler:
    """Looks every ``every`` seconds, in a daemon thread of the app process, for digests that are due."""

    def __init__(self, settings, services, client, every: float = CHECK_EVERY_SECONDS) -> None:
        self.store, self.services, self.client, self.every = DigestStore(settings.home), services, client, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="grantbot-digest", daemon=True)

    def start(self) -> DigestScheduler:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                run_due(self.store, self.services, self.client)
            except Exception:
                log.exception("Digest run failed")
            self._stop.wait(self.every)


def start_digest(settings, services) -> DigestScheduler | None:
    """Start the weekly digest when a Slack bot token is set (the `grantbot slack` and `serve` processes)."""
    if not settings.slack_bot_token:
        return None
    return DigestScheduler(settings, services, build_web_client(settings)).start()
