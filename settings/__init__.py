"""The one settings object, read from the environment (``GRANTBOT_*`` and Slack's own names).

Why one object, and why here. One object: every variable is declared once, in one place a reader can
scan, built once per process and passed down, so no two copies can disagree (`grantbot serve` hosts the
web chat and Slack's HTTP mode in one process and needs both halves anyway). Slack's tokens and the
database URL are plain strings here: holding them imports nothing of Slack or SQLAlchemy, so the
object couples no layers. Outside ``knowledge/``: configuration is not knowledge about announcements,
and every layer reads it (``knowledge`` its fetch limits, ``retrieval`` the model and Chroma, ``bot``
the channels), so it is the bottom layer, below ``knowledge``, and imports nothing of ours (the
import contracts in pyproject.toml check both).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything configurable; built once per entry point and passed down."""

    model_config = SettingsConfigDict(env_prefix="GRANTBOT_", extra="ignore")

    home: Path = Path(".grantbot")
    chroma_url: str | None = None
    embedding_model: str | None = None
    # Prefixes let instruction-tuned models (e5: "query: " / "passage: ") be a configuration change.
    embedding_query_prefix: str = ""
    embedding_passage_prefix: str = ""
    torch_threads: int = Field(default=1, ge=1)
    database_url: str | None = None
    admin_token: str | None = None
    retention_days: int | None = None
    max_question_chars: int = 2000
    ask_rate_limit_per_minute: int = 30
    # Questions one `grantbot serve` process answers at once over HTTP; the rest wait their turn, in the
    # order they came. Answering is mostly Python, which runs one thread at a time (the GIL), so 50
    # threads answering at once mostly wait for each other: in turns of 4, one process served 64
    # requests a second where 40 threads at once served 51-53 (benchmarks/bench_load.py, the two
    # alternated on the shared machine). Checks and grant lists do not wait behind questions.
    answer_threads: int = Field(default=4, ge=1)
    # Where `grantbot serve` is reached from outside (https://grants.example.org): Slack links to its calendars.
    public_url: str | None = None

    # The most text one document may hold: a grant announcement is a few pages (the largest in the
    # evaluation corpus is 2 kB), and each ~250 characters cost one embedding, so a 5 MB log file
    # pasted by mistake would take the better part of an hour. Over it, the document is refused.
    # benchmarks/bench_ingest.py: 290 000 characters took 171 s on the shared 2-core machine, so
    # the cap is 100 000 (about 40 pages, about a minute).
    max_document_chars: int = Field(default=100_000, ge=1000)

    # Fetching from the web (knowledge/fetch.py).
    allow_private_urls: bool = False  # loopback and private addresses (tests, an intranet)
    fetch_timeout: float = Field(default=20.0, gt=0)  # seconds per connect/read, and for a whole body
    fetch_max_bytes: int = Field(default=20_000_000, ge=1000)
    fetch_max_redirects: int = Field(default=5, ge=0)
    fetch_delay: float = Field(default=1.0, ge=0)  # seconds between two requests to one host
    fetch_max_pages: int = Field(default=200, ge=1)  # entries followed from one sitemap or feed
    # `grantbot serve` refreshes the registered sources this often ("6h", "30m", "90s"); off when unset.
    refresh_every: str | None = None

    slack_bot_token: str | None = Field(default=None, validation_alias=AliasChoices("SLACK_BOT_TOKEN"))
    slack_signing_secret: str | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_SIGNING_SECRET")
    )
    slack_app_token: str | None = Field(default=None, validation_alias=AliasChoices("SLACK_APP_TOKEN"))
    slack_api_url: str | None = Field(default=None, validation_alias=AliasChoices("SLACK_API_URL"))
    slack_escalation_channel: str | None = None
    slack_command: str = "/tilskudd"

    @property
    def db_url(self) -> str:
        """The question log's SQLAlchemy URL: SQLite under the home folder unless set."""
        return self.database_url or f"sqlite:///{(self.home / 'questions.sqlite3').resolve()}"

    def ensure_home(self) -> Path:
        """Create the home folder when missing and return it."""
        self.home.mkdir(parents=True, exist_ok=True)
        return self.home
