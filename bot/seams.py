"""The typed seams: what the core (answer, the replies, discover, ingest, refresh) needs of the services.

``bot.services.Services`` satisfies every one of them, and the tests' fakes satisfy the ones they stand
in for. The core imports these Protocols, never ``Services``: ``Services.answer`` calls
``bot.answer.answer(services=self)``, which calls back ``services.check``, and typing that against a
Protocol keeps it a call, not an import cycle (an import-linter contract keeps bot's modules acyclic).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from eligibility.models import CheckResult, Profile
from eligibility.rules import GrantRules
from knowledge.catalogue import Catalogue
from settings import Settings

if TYPE_CHECKING:  # importing the index loads langchain and bm25s: only the type is needed here
    from retrieval.index import HybridIndex


class Checker(Protocol):
    """The eligibility rules: what the self-check and yes/no replies need."""

    def check(
        self, grant_id: str, profile: Profile, today: dt.date | None = None, language: str = "en"
    ) -> CheckResult: ...

    def rules(self, grant_id: str) -> GrantRules:
        """The grant's rules as the check reads them: its rule file, else derived from the page."""
        ...


class Core(Checker, Protocol):
    """What ``answer()`` and discover need: the settings, the catalogue, the index and the rules."""

    settings: Settings
    catalogue: Catalogue

    @property
    def index(self) -> HybridIndex: ...


class Indexer(Core, Protocol):
    """What ingest, reindex and refresh need besides: an index built anew for another model."""

    def rebuild_index(self) -> HybridIndex: ...
