"""Which grant a question is about: the search's best grant, or the session's for a follow-up."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass

from bot.models import Session
from bot.sentence_ranking import content_stems
from retrieval.index import CONFIDENCE_THRESHOLD

# Below this retrieval confidence a question is about none of our grants (off-topic). A question
# that asks for a grant fact (a deadline, an amount, a contact...) has already shown it is about
# grants, so only a near-zero match rules it out. "What is it for" questions must match better; a
# question with no cue at all must match well and also speak of grants or name one.
OFF_TOPIC_BELOW = {"fact": 0.02, "content": 0.2, "other": CONFIDENCE_THRESHOLD}
_KIND = {"criteria": "content", "overview": "content", "other": "other"}
# A follow-up stays on the session's grant unless another grant is found at least this confidently.
SWITCH_ABOVE = 0.75


# Words that say a question is about public money at all.
_DOMAIN = content_stems(
    """tilskudd tilskot tilskud tilskuddsordning bidrag statsbidrag stimulansmidler stimulansmedel midler midlar
    medel støtte stötte stöd pulje puljen utlysning utlysing utlyst søknad ansökan ansøgning ordning ordningen
    penger pengar penge pengene money grant grants funding fund funds scheme call subsidy"""
)
# Words every grant question may use; a question made only of these names no grant of its own.
_GENERIC = _DOMAIN | content_stems(
    """søknadsfrist frist ansøgningsfrist beløp belopp beløb kontaktperson kontakt telefon telefonnummer
    epost e-post e-mail email adresse adress søke søkje söka ansöka søge ansøge sende sendes skicka skickas
    sist sista siste sidste dag dato datum deadline contact person phone number address amount application
    apply much many mye mykje mycket meget stor store stort maks högst also også också about med"""
)


def names_the_grant(question: str, title: str) -> bool:
    """True when the question speaks of grants, or most of its words are in the grant's title."""
    words = content_stems(question)
    if words & _DOMAIN:
        return True
    return bool(words) and len(words & content_stems(title)) * 2 >= len(words)


def is_follow_up(question: str) -> bool:
    """True when the question names nothing beyond generic grant words ("og hvem er kontaktperson?")."""
    return not (content_stems(question) - _GENERIC)


_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")


def prefer_named_year(hits: list, question: str, text_of: Callable[[str], str]) -> list:
    """Near-identical announcements of different years differ in their year: a question naming a
    year goes to a close candidate that mentions it, when the best match does not."""
    years = set(_YEAR.findall(question))
    if not years or not hits:
        return hits
    named = [h for h in hits if years & set(_YEAR.findall(text_of(h.grant_id)))]
    if not named or named[0] is hits[0]:
        return hits
    return [named[0], *(h for h in hits if h is not named[0])]


@dataclass
class Resolution:
    grant_id: str | None
    confidence: float
    passages: list


def resolve_grant(
    index, question: str, session: Session | None, known: Container[str], intent: str, text_of: Callable[[str], str]
) -> Resolution:
    """The grant ``question`` is about, with the passages that matched it; ``text_of`` gives a grant's text."""
    hits = prefer_named_year(index.search_grants(question, k=3), question, text_of)
    top = hits[0] if hits else None
    confidence = float(getattr(top, "confidence", 0.0)) if top else 0.0
    current = session.grant_id if session and session.grant_id in known else None
    stay = top is None or top.grant_id == current or confidence < SWITCH_ABOVE or is_follow_up(question)
    if current and stay:
        same = next((h for h in hits if h.grant_id == current), None)
        passages = same.passages if same else index.search(question, k=6, grant_id=current)
        return Resolution(current, max(confidence, 0.5), passages)
    kind = _KIND.get(intent, "fact")
    if top is None or confidence < OFF_TOPIC_BELOW[kind] or (kind == "other" and not names_the_grant(question, top.title)):
        # A question that neither asks for a grant fact nor speaks of grants or names one
        # ("Hva blir været i Oslo i morgen?") is off-topic however well its words happen to match.
        return Resolution(None, confidence, [])
    return Resolution(top.grant_id, confidence, top.passages)
