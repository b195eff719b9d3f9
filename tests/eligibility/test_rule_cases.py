"""Runs every YAML rule case in cases/: a grant, a profile and a date in, the verdict and failed rules out.

A case states the verdict, or (for a pasted passage whose other rules do not matter here) the
outcomes of the rules it is about. A case file is meant to be read by a caseworker; a failing case prints the rule trace, not a traceback.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
import yaml

from eligibility.check import check
from eligibility.derive import derive_rules
from eligibility.models import Profile
from eligibility.rules import GrantRules
from knowledge.documents import build_document
from knowledge.extract import extract_record
from knowledge.loaders import load_file
from knowledge.models import Document

CASES = Path(__file__).parent / "cases"
SAMPLES = Path(__file__).parents[2] / "knowledge" / "sample"


def _grant(spec: dict) -> GrantRules:
    """The grant of a case file: a bundled sample, a pasted passage, or rules written out."""
    if "sample" in spec:
        doc = build_document(load_file(SAMPLES / spec["sample"]))
    elif "text" in spec:
        text = spec["text"]
        doc = Document(
            source=spec.get("source", "passage.md"),
            title=spec.get("title", text.split("\n")[0]),
            text=text,
            language=spec["language"],
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
            url=spec.get("url"),
            issuer=spec.get("issuer"),
        )
    else:
        return GrantRules.model_validate({"grant": "case", "title": "case", "source": "case.yaml"} | spec)
    return derive_rules(extract_record(doc), doc)


def _cases() -> list:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            out.append(pytest.param(data["grant"], case, id=f"{path.stem}: {case['name']}"))
    return out


def _trace(result) -> str:
    lines = [f"verdict {result.verdict}; missing {result.missing}; max_amount {result.max_amount}"]
    lines += [f"  {r.id:<15} {r.outcome:<8} {r.reason}  « {r.quote} »" for r in result.rules]
    return "\n".join(lines)


@pytest.mark.parametrize(("grant", "case"), _cases())
def test_rule_case(grant: dict, case: dict) -> None:
    result = check(
        _grant(grant), Profile(**case.get("profile", {})), case["today"], case.get("language", "en")
    )
    failed = sorted(r.id for r in result.rules if r.outcome == "fail")
    problems = []
    outcomes = {r.id: r.outcome for r in result.rules}
    if "verdict" in case and result.verdict != case["verdict"]:
        problems.append(f"verdict should be {case['verdict']}")
    if "failed" in case and failed != sorted(case["failed"]):
        problems.append(f"failed rules should be {sorted(case['failed'])}, are {failed}")
    for rule, want in case.get("outcomes", {}).items():
        if outcomes.get(rule) != want:
            problems.append(f"{rule} should be {want}")
    if "missing" in case and result.missing != case["missing"]:
        problems.append(f"missing should be {case['missing']}")
    if "max_amount" in case:
        value, currency = str(case["max_amount"]).split()
        if result.max_amount != {"value": float(value), "currency": currency}:
            problems.append(f"max_amount should be {case['max_amount']}")
    if problems:
        pytest.fail("; ".join(problems) + "\n" + _trace(result), pytrace=False)


def test_case_dates_are_dates() -> None:
    assert all(isinstance(p.values[1]["today"], dt.date) for p in _cases())
