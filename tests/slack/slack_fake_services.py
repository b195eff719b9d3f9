"""A deterministic stand-in for bot.services.Services: same methods, canned cited answers, calls recorded."""

from __future__ import annotations

import itertools
import time

from bot.models import Answer, Citation, DeadlineStatus, Facts, GrantRef
from eligibility.models import CheckResult, Profile, RuleResult
from knowledge.errors import BadInput, UnknownGrant
from knowledge.models import ContactFact, GrantRecord

CULTURE = GrantRecord(
    id="kulturmidler-2027", title="Kulturmidler 2027", source="kulturmidler.txt", language="nb", country="NO",
    urls=["https://example.org/kulturmidler"],
    contacts=[ContactFact(quote="Kontakt Kari Nordmann, tlf. 99 74 07 40.", name="Kari Nordmann",
                          phone="+4799740740")],
)
HEALTH = GrantRecord(id="folkehalsa-2027", title="Folkhälsa 2027", source="folkhalsa.txt", language="sv",
                     country="SE")
DEADLINE_QUOTE = "Frist for søknad er mandag 1. mars 2027."


class FakeCatalogue:
    """The two grants, looked up by id as in knowledge.catalogue.Catalogue."""

    def __init__(self, records: list[GrantRecord]) -> None:
        self._by_id = {r.id: r for r in records}

    def __contains__(self, grant_id: str) -> bool:
        return grant_id in self._by_id

    def get(self, grant_id: str) -> GrantRecord:
        if grant_id not in self._by_id:
            raise UnknownGrant(f"No grant with id {grant_id!r}")
        return self._by_id[grant_id]


class FakeServices:
    """Answers every question about the grant of the session, or else the grant named in the question."""

    def __init__(self, delay: float = 0.0, quote: str = DEADLINE_QUOTE, fail: bool = False) -> None:
        self.delay, self.quote, self.fail = delay, quote, fail
        self.asked: list[tuple[str, str | None]] = []  # (question, the session's grant when asked)
        self.checked: list[tuple[str, Profile, str]] = []
        self._ids = itertools.count(1)
        self.catalogue = FakeCatalogue([HEALTH, CULTURE])

    def grants(self) -> list[GrantRecord]:
        return [HEALTH, CULTURE]

    def answer(self, question: str, today=None, session=None, grant_id=None) -> Answer:
        time.sleep(self.delay)
        self.asked.append((question, grant_id or (session.grant_id if session else None)))
        if self.fail:
            raise RuntimeError("the index is on fire")
        if len(question) > 200:
            raise BadInput(f"The question is too long ({len(question)} characters; at most 200)")
        grant = CULTURE if (session and session.grant_id == CULTURE.id) or "kultur" in question.lower() else None
        grant = {g.id: g for g in (CULTURE, HEALTH)}.get(grant_id, grant)
        # A question naming a round stays close to another announcement, as two rounds of one scheme do.
        others = [HEALTH] if grant is CULTURE and grant_id is None and "runde" in question.lower() else []
        if session is not None:  # as the core does: the thread keeps its grant
            session.grant_id = grant.id if grant else session.grant_id
        return Answer(
            answer_id=f"a{next(self._ids)}", question=question, language="nb", intent="deadline",
            answered=grant is not None, latency_ms=12.5,
            answer=f"Søknadsfristen er 1. mars 2027 [1]: «{self.quote}»" if grant else "Jeg fant ikke svaret.",
            grant=GrantRef(id=grant.id, title=grant.title, source=grant.source) if grant else None,
            citations=[Citation(n=1, source=CULTURE.source, quote=self.quote, title=CULTURE.title,
                                url=CULTURE.urls[0])] if grant else [],
            facts=Facts(deadlines=["2027-03-01"]) if grant else Facts(),
            deadline_status=DeadlineStatus(open=True, next_deadline="2027-03-01", days_left=99) if grant else None,
            alternatives=[GrantRef(id=g.id, title=g.title, source=g.source) for g in others],
        )

    def check(self, grant_id: str, profile: Profile, today=None, language: str = "en") -> CheckResult:
        self.checked.append((grant_id, profile, language))
        population = RuleResult(id="population", outcome="fail", reason="Mer enn 20 000 innbyggere.",
                                quote="Kommuner med under 20 000 innbyggere kan søke.", source=CULTURE.source)
        applicant = RuleResult(id="applicant_type", outcome="pass", reason="Kommuner kan søke.")
        return CheckResult(grant={"id": grant_id, "title": CULTURE.title, "source": CULTURE.source},
                           verdict="not_eligible", rules=[applicant, population], missing=[])
