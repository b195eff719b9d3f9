"""Shares of a cost or a grant ("inntil 50 % av kostnadene", "upp till 90 procent"): amounts in "%".

A share is a fact an applicant needs as much as a sum ("Tilskuddet kan utgjøre maksimalt 30 % av
kostnadene"), so it is reported as an amount with the currency "%" (CONTRACT). Only percentages
in a sentence about money, costs or funding count (or in a short list item under one), not
statistics such as "70 prosent av kommunene har ...".
"""

from __future__ import annotations

import re

from knowledge.models import AmountFact, Document
from knowledge.money_words import COSTS, GRANT_MONEY, OWN_SHARE
from knowledge.money_words import PERCENT as _PERCENT
from knowledge.numbers import DIGITS, parse_digits
from knowledge.sentences import Sentence, split_sentences

_SP = r"[ \u00a0\u202f]"
# "50-65 %", "30 eller 50 %": the sign after the last number belongs to both.
_SHARE = re.compile(
    rf"(?<![\w.,])(?P<a>{DIGITS})(?:{_SP}?{_PERCENT})?(?:{_SP}*[-–]{_SP}*|{_SP}+(?:til|till|to|eller|or|og|och|and)"
    rf"{_SP}+)(?P<b>{DIGITS}){_SP}?(?P<sign>{_PERCENT})(?!\w)"
    rf"|(?<![\w.,])(?P<one>{DIGITS}){_SP}?(?P<sign1>{_PERCENT})(?!\w)",
    re.I,
)
# Points are a change between two shares, not a share.
_POINTS = re.compile(rf"{_SP}*(?:poeng|poäng|point|enhet|enheter|points)", re.I)
# A share is of the grant money, or of the costs it covers.
_FUNDING = re.compile(
    rf"{GRANT_MONEY}|{COSTS}|{OWN_SHARE}|financ|dekk|dæk|täck|cover|subsid|refus|reimburs|invester", re.I
)
_LIST_ITEM_CHARS = 60


def extract_shares(doc: Document) -> list[AmountFact]:
    """Percentages stated as shares of a cost or a grant, each quoted with its sentence."""
    sentences = split_sentences(doc.text)
    out: list[AmountFact] = []
    for k, sentence in enumerate(sentences):
        if not _about_funding(doc.text, sentences, k):
            continue
        for m in _SHARE.finditer(sentence.text):
            if _POINTS.match(sentence.text, m.end()):
                continue
            out += _facts(m, sentence)
    return out


def _about_funding(text: str, sentences: list[Sentence], k: int) -> bool:
    """The sentence speaks of money or costs, or goes on from one that does: the next sentence of
    its paragraph ("Prosentsatsen kan likevel være inntil 40 % ...") or a short list item under it."""
    if _FUNDING.search(sentences[k].text):
        return True
    if k == 0 or not _FUNDING.search(sentences[k - 1].text):
        return False
    same_paragraph = "\n\n" not in text[sentences[k - 1].end : sentences[k].start]
    return same_paragraph or len(sentences[k].text) <= _LIST_ITEM_CHARS


def _facts(m: re.Match, sentence: Sentence) -> list[AmountFact]:
    numbers = [m.group("one")] if m.group("one") else [m.group("a"), m.group("b")]
    out = []
    for digits in numbers:
        value = parse_digits(digits)
        if value is None or not 0 < value <= 100:
            continue
        out.append(
            AmountFact(quote=sentence.text, value=value, currency="%", text=m.group(0).strip(), role="share")
        )
    return out
