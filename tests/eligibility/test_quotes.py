"""Every rule derived from a real announcement rests on a verbatim sentence of it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eligibility.check import check
from eligibility.derive import derive_rules
from eligibility.models import Profile
from knowledge.documents import build_document
from knowledge.extract import extract_record
from knowledge.loaders import load_file

SAMPLES = sorted((Path(__file__).parents[2] / "knowledge" / "sample").glob("*.txt"))
PROFILE = Profile(
    applicant_type="ngo", country="DK", population=1000, partners=[], requested_amount=10**9, co_funding=0
)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_every_quote_is_verbatim_and_every_decision_has_one(path):
    doc = build_document(load_file(path))
    result = check(derive_rules(extract_record(doc), doc), PROFILE, dt.date(2000, 1, 1))
    for rule in result.rules:
        assert rule.quote is None or rule.quote in doc.text, rule
        # The country rule's evidence is the issuer, named in its reason, when no sentence names it.
        assert rule.outcome == "unknown" or rule.quote or rule.id == "country", rule
