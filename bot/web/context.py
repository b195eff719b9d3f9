"""What the web handlers share: settings, the core services, the question log, sessions, the rate limiter."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.database import Database, database_for
from bot.question_log import QuestionLog
from bot.rate_limits import RateLimiter
from bot.services import Services
from bot.sessions import SessionStore
from bot.web.dashboard import Dashboard
from settings import Settings


@dataclass
class WebContext:
    """What the web handlers share: the core services and the web channel's own state."""

    settings: Settings
    services: Services
    log: QuestionLog
    sessions: SessionStore
    limiter: RateLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(self.settings.ask_rate_limit_per_minute, self.log.db)

    @property
    def db(self) -> Database:
        """The one database the log, the sessions and the limiter share (for a transaction over several)."""
        return self.log.db

    @property
    def dashboard(self) -> Dashboard:
        return Dashboard(self.log)

    def purge_expired(self) -> int:
        """Apply GRANTBOT_RETENTION_DAYS (GDPR); returns how many questions were deleted."""
        days = self.settings.retention_days
        if not days:
            return 0
        self.sessions.purge_older_than(days)
        return self.log.purge_older_than(days)


def build_context(settings: Settings, services: Services) -> WebContext:
    """The web channel's state over ``services``."""
    settings.ensure_home()
    db = database_for(settings)
    return WebContext(settings, services, QuestionLog(settings, db), SessionStore(db))
