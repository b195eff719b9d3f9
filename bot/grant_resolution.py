"""Which grant a question is about: the search's best grant, or the session's for a follow-up."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass, field

from bot.models import Session
from bot.sentence_ranking import content_stems
from knowledge.dates import YEAR_WORD
from knowledge.grant_words import GRANT_KIND, is_grant_word
from knowledge.money_words import OWN_SHARE
from knowledge.years import YEAR_SPAN
from retrieval.index import CONFIDENCE_THRESHOLD

# Below this retrieval confidence a question is about none of our grants (off-topic). A question
# that asks for a grant fact (a deadline, an amount, a contact...) has already shown it is about
# grants, so only a near-zero match rules it out. A "what is it for" question has shown it only
# when it speaks of grants or names one ("Hva er formålet med tilskuddsordningen?"); otherwise
# ("Hvad er klokken i Tokyo?") it must match as well as a question with no cue at all, which must
# also speak of grants or name one.
OFF_TOPIC_BELOW = {"fact": 0.02, "other": CONFIDENCE_THRESHOLD}
_KIND = {"criteria": "content", "overview": "content", "other": "other"}
# Candidates whose fused score is at least this share of the best one's are "close": the question's
# year decides among them, a conversation stays on its grant when that is
# among them, and the others are named as alternatives. Fitted by benchmarks/calibrate.py.
CLOSE = 0.7
CANDIDATE_GRANTS = 5
MAX_ALTERNATIVES = 2
PASSAGES = 6  # of the chosen grant, for the composers that quote the best sentences


_DOMAIN = content_stems(" ".join(GRANT_KIND))
# Words every grant question may use; a question made only of these names no grant of its own.
_GENERIC = _DOMAIN | content_stems(
    """søknadsfrist frist ansøgningsfrist beløp belopp beløb kontaktperson kontakt telefon telefonnummer
    epost e-post e-mail email adresse adress søke søkje söka ansöka søge ansøge sende sendes skicka skickas
    ringe ringje ringa call required kreves krevst krävs kræves
    sist sista siste sidste dag dato datum deadline contact person phone number address amount application
    apply much many mye mykje mycket meget stor store stort maks högst also også också about med"""
)


def names_the_grant(question: str, title: str) -> bool:
    """True when the question speaks of grants, or most of its words are in the grant's title."""
    if any(is_grant_word(w) for w in re.findall(r"\w+", question.lower())):
        return True
    words = content_stems(question)
    return bool(words) and len(words & content_stems(title)) * 2 >= len(words)


def is_off_topic(question: str, intent: str, confidence: float, title: str) -> bool:
    """True when ``question`` is about none of our grants, though its best match is the grant titled
    ``title`` with this confidence (see OFF_TOPIC_BELOW)."""
    kind = _KIND.get(intent, "fact")
    if kind == "fact":
        return confidence < OFF_TOPIC_BELOW["fact"]
    named = names_the_grant(question, title)
    if kind == "content":
        return confidence < OFF_TOPIC_BELOW["fact" if named else "other"]
    return confidence < OFF_TOPIC_BELOW["other"] or not named


# Own-share words ("egenandelen", "medfinansiering") say what is asked of any grant, like "frist".
_OWN_SHARE = re.compile(rf"\b\w*(?:{OWN_SHARE})\w*", re.I)


def is_follow_up(question: str) -> bool:
    """True when the question names nothing beyond generic grant words ("og hvem er kontaktperson?",
    "Må vi ha egenandel?": the applicant's own share is asked of any grant)."""
    return not (content_stems(_OWN_SHARE.sub(" ", question)) - _GENERIC)


def close_to_best(hits: list, close: float = CLOSE) -> list:
    """The hits whose fused score is within CLOSE of the best: announcements the search cannot
    tell apart (one scheme in two years or rounds, a page and its FAQ)."""
    if not hits:
        return []
    return [h for h in hits if h.score >= close * hits[0].score]


def prefer_named_year(hits: list, question: str, text_of: Callable[[str], str], close: float = CLOSE) -> list:
    """Near-identical announcements of different years differ in their year: a question naming a
    year goes to the close candidate that names it in its title or address, else in its text,
    when the best match does not name it as prominently."""
    # "Interreg Baltic Sea Region 2021-2027" names the programme's period, which its calls of every
    # year share: only a year on its own names a round.
    years = set(YEAR_WORD.findall(YEAR_SPAN.sub(" ", question)))
    if not years or not hits:
        return hits
    candidates = close_to_best(hits, close)
    weight = [_year_weight(years, text_of(h.grant_id)) for h in candidates]
    best = max(range(len(candidates)), key=lambda i: weight[i])  # the first of equals: the search's order
    return _first(hits, candidates[best]) if weight[best] > weight[0] else hits


def _year_weight(years: set[str], text: str) -> int:
    # text_of gives the title and the address on the first two lines. A year in the title is the
    # year the grant is for ("Prosjektskjønn - fornying og innovasjon 2021"): a page titled with
    # another year is about that year, whatever its text mentions. A year in the address is often
    # only when the page was published (".../Tilskudd/2020/09/...-2021/"), so it counts less.
    head, _, body = text.partition("\n")
    address, _, body = body.partition("\n")
    titled = set(YEAR_WORD.findall(head))
    if titled:
        return 3 if years & titled else 0
    if years & set(YEAR_WORD.findall(address)):
        return 2
    return 1 if years & set(YEAR_WORD.findall(body)) else 0


def _first(hits: list, chosen) -> list:
    return [chosen, *(h for h in hits if h is not chosen)]


def rank_candidates(hits: list, question: str, text_of: Callable[[str], str], close: float = CLOSE) -> list:
    """The search's ranking, with the year a question names deciding among close candidates.

    Preferring the close candidate that states the asked-for fact was measured too
    (benchmarks/calibrate.py): it answered questions the asked page cannot answer from a sibling
    that can (hit@1 93.7 % -> 93.2 %, and 6 of 56 such questions answered from the wrong page),
    so it is not done: a deadline from the wrong page costs more than "the page does not say".
    """
    return prefer_named_year(hits, question, text_of, close)


@dataclass
class Resolution:
    grant_id: str | None
    confidence: float
    passages: list
    alternatives: list[str] = field(default_factory=list)  # close announcements another reading may mean
    unnamed: bool = False  # the question names no grant and no conversation gives one: the asker must say


def resolve_grant(
    index, question: str, session: Session | None, known: Container[str], intent: str,
    text_of: Callable[[str], str],
) -> Resolution:
    """The grant ``question`` is about, with the passages that matched it; ``text_of`` gives a grant's text."""
    current = session.grant_id if session and session.grant_id in known else None
    if current and is_follow_up(question):
        # "og hvem er kontaktperson?" names nothing of its own: it is about the grant in the conversation.
        return Resolution(current, 0.5, index.search(question, k=PASSAGES, grant_id=current))
    hits = rank_candidates(index.search_grants(question, k=CANDIDATE_GRANTS), question, text_of)
    if current is None and len(hits) > 1 and is_follow_up(question):
        # "Hvem kan søke?" as a first question names no grant: answering from whichever matched best
        # would present one grant's facts as the answer; the asker picks among the likeliest.
        return Resolution(None, 0.0, [], [h.grant_id for h in hits[: MAX_ALTERNATIVES + 1]], unnamed=True)
    top = hits[0] if hits else None
    confidence = float(getattr(top, "confidence", 0.0)) if top else 0.0
    if top is None or is_off_topic(question, intent, confidence, top.title):
        # A question that neither asks for a grant fact nor speaks of grants or names one
        # ("Hva blir været i Oslo i morgen?") is off-topic however well its words happen to match,
        # in a conversation too.
        return Resolution(None, confidence, [])
    close = close_to_best(hits)
    same = next((h for h in close if h.grant_id == current), None)
    chosen = same or top  # a question that fits the conversation's grant as well as any stays there
    others = [h.grant_id for h in close if h is not chosen][:MAX_ALTERNATIVES]
    passages = index.search(question, k=PASSAGES, grant_id=chosen.grant_id)  # for the chosen grant only
    return Resolution(chosen.grant_id, max(confidence, float(chosen.confidence)), passages, others)
