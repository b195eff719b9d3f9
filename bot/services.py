"""The one core the channels (CLI, web, Slack) share: ``answer()`` and ``check()`` over one catalogue."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import TYPE_CHECKING

from bot.models import Answer, Session
from eligibility import check_grant, rules_for
from eligibility.models import CheckResult, Profile
from eligibility.rules import GrantRules
from knowledge.catalogue import Catalogue
from knowledge.models import GrantRecord
from settings import Settings

if TYPE_CHECKING:  # importing the index loads langchain and bm25s: only the types are needed here
    from retrieval.embeddings import Embedder
    from retrieval.index import HybridIndex


class Services:
    """Holds the settings, the catalogue and (loaded on first use) the search index."""

    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None) -> None:
        self.settings = settings or Settings()
        self.catalogue = Catalogue(self.settings.home)
        # Tests that do not test the model inject a fast one (retrieval.embeddings.HashingEmbedder).
        self.embedder = embedder

    @cached_property
    def index(self) -> HybridIndex:
        """The hybrid search index; loading it loads the embedding model."""
        # On first use: retrieval loads langchain and bm25s (~1 s), which `grantbot check`, `grants`
        # and `sources` never need (benchmarks/bench_check.py times a check as a fresh process).
        from retrieval.index import HybridIndex

        return HybridIndex(self.settings, embedder=self.embedder)

    def rebuild_index(self) -> HybridIndex:
        """An index that may replace vectors of another model (``grantbot ingest --reindex``)."""
        from retrieval.index import HybridIndex  # on use, as in ``index``

        self.__dict__["index"] = HybridIndex(self.settings, embedder=self.embedder, rebuild=True)
        return self.index

    def grants(self) -> list[GrantRecord]:
        return self.catalogue.records()

    def answer(
        self, question: str, today: dt.date | None = None, session: Session | None = None,
        grant_id: str | None = None,
    ) -> Answer:
        """Answer one question (see ``bot.answer.answer``)."""
        from bot.answer import answer  # on use, as in ``index``: answering imports retrieval

        return answer(question, today=today, session=session, services=self, grant_id=grant_id)

    def check(
        self, grant_id: str, profile: Profile, today: dt.date | None = None, language: str = "en"
    ) -> CheckResult:
        """Run the eligibility check of one grant; raises UnknownGrant for an unknown id."""
        record = self.catalogue.get(grant_id)
        document = self.catalogue.document(grant_id)
        return check_grant(self.settings.home, record, document, profile, today or dt.date.today(), language)

    def rules(self, grant_id: str) -> GrantRules:
        """The grant's rules as the check reads them; raises UnknownGrant for an unknown id."""
        record = self.catalogue.get(grant_id)
        return rules_for(self.settings.home, record, self.catalogue.document(grant_id))
