"""Rule files: written at ingest, kept when a caseworker edited or locked them, clear errors when invalid."""

from __future__ import annotations

import datetime as dt

import pytest

from eligibility.errors import RuleFileError
from eligibility.models import Profile
from eligibility.rules_store import load_rules, remove_rules, rules_path, write_rules
from eligibility.service import check_grant
from knowledge.models import DeadlineFact, Document, GrantRecord

TEXT = "Tilskudd til kommuner\n\nFrist for søknad er mandag 6. september 2004."


@pytest.fixture
def grant() -> tuple[GrantRecord, Document]:
    doc = Document(
        source="000.txt", title="Tilskudd til kommuner", text=TEXT, language="nb", content_hash="h1"
    )
    quote = "Frist for søknad er mandag 6. september 2004."
    record = GrantRecord(
        id="g1",
        title=doc.title,
        source=doc.source,
        language="nb",
        country="NO",
        deadlines=[DeadlineFact(date=dt.date(2004, 9, 6), quote=quote)],
    )
    return record, doc


def _later(record: GrantRecord) -> GrantRecord:
    """The same grant re-ingested with a moved deadline."""
    moved = DeadlineFact(date=dt.date(2004, 10, 1), quote="Frist for søknad er 1. oktober 2004.")
    return record.model_copy(update={"deadlines": [moved]})


def test_ingest_writes_a_readable_rule_file(tmp_path, grant):
    path = write_rules(tmp_path, *grant)
    text = path.read_text(encoding="utf-8")
    assert path == rules_path(tmp_path, "g1")
    assert "rule: deadline" in text and "Frist for søknad er mandag 6. september 2004." in text
    assert load_rules(path).of_kind("deadline")[0].rounds[0].date == dt.date(2004, 9, 6)


def test_unedited_file_is_regenerated_on_reingest(tmp_path, grant):
    record, doc = grant
    write_rules(tmp_path, record, doc)
    write_rules(tmp_path, _later(record), doc)
    assert load_rules(rules_path(tmp_path, "g1")).of_kind("deadline")[0].rounds[0].date == dt.date(
        2004, 10, 1
    )


def test_locked_file_survives_reingest_and_removal(tmp_path, grant):
    record, doc = grant
    path = write_rules(tmp_path, record, doc)
    path.write_text(
        path.read_text(encoding="utf-8").replace("locked: false", "locked: true"), encoding="utf-8"
    )
    before = path.read_text(encoding="utf-8")
    write_rules(tmp_path, _later(record), doc)
    remove_rules(tmp_path, "g1")
    assert path.read_text(encoding="utf-8") == before


def test_hand_edited_file_survives_reingest(tmp_path, grant):
    record, doc = grant
    path = write_rules(tmp_path, record, doc)
    path.write_text(path.read_text(encoding="utf-8").replace("2004-09-06", "2004-09-20"), encoding="utf-8")
    write_rules(tmp_path, _later(record), doc)
    assert load_rules(path).of_kind("deadline")[0].rounds[0].date == dt.date(2004, 9, 20)


def test_removal_deletes_a_generated_file(tmp_path, grant):
    path = write_rules(tmp_path, *grant)
    remove_rules(tmp_path, "g1")
    assert not path.exists()


def test_the_check_uses_the_caseworkers_correction(tmp_path, grant):
    record, doc = grant
    path = write_rules(tmp_path, record, doc)
    path.write_text(path.read_text(encoding="utf-8").replace("2004-09-06", "2004-09-20"), encoding="utf-8")
    result = check_grant(tmp_path, record, doc, Profile(), dt.date(2004, 9, 10))
    assert result.rules[0].outcome == "pass"


def test_every_correction_counts_however_quickly_it_follows_the_last(tmp_path, grant):
    # Rules are parsed once per text: an edit in the same clock tick, of the same length, still counts.
    record, doc = grant
    path = write_rules(tmp_path, record, doc)
    text = path.read_text(encoding="utf-8")
    outcomes = []
    for day in ("2004-09-20", "2004-09-08", "2004-09-20"):
        path.write_text(text.replace("2004-09-06", day), encoding="utf-8")
        outcomes.append(check_grant(tmp_path, record, doc, Profile(), dt.date(2004, 9, 10)).rules[0].outcome)
    assert outcomes == ["pass", "fail", "pass"]


def test_invalid_field_is_an_error_naming_file_and_field(tmp_path, grant):
    record, doc = grant
    path = write_rules(tmp_path, record, doc)
    path.write_text(path.read_text(encoding="utf-8").replace("2004-09-06", "the sixth"), encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"g1\.yaml: field rules\.0\.deadline\.rounds\.0\.date"):
        check_grant(tmp_path, record, doc, Profile(), dt.date(2004, 8, 1))


def test_broken_yaml_is_an_error_naming_the_file(tmp_path, grant):
    record, doc = grant
    path = write_rules(tmp_path, record, doc)
    path.write_text("rules: [unclosed\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"g1\.yaml line \d+ is not valid YAML"):
        check_grant(tmp_path, record, doc, Profile(), dt.date(2004, 8, 1))


def test_missing_file_is_derived_in_memory(tmp_path, grant):
    record, doc = grant
    result = check_grant(tmp_path, record, doc, Profile(), dt.date(2004, 8, 1))
    assert [(r.id, r.outcome) for r in result.rules][0] == ("deadline", "pass")
