"""`grantbot check` per CONTRACT: JSON result, readable table, exit 2 with one line for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from bot.cli.check import register
from knowledge.catalogue import Catalogue
from knowledge.models import DeadlineFact, Document, GrantRecord

SENTENCE = "Frist for søknad er mandag 6. september 2004."


@pytest.fixture
def app(tmp_path, monkeypatch) -> typer.Typer:
    """A CLI holding only `check`, over a home with one grant."""
    home = tmp_path / "home"
    monkeypatch.setenv("GRANTBOT_HOME", str(home))
    doc = Document(
        source="000.txt", title="Tilskudd", text=f"Tilskudd\n\n{SENTENCE}", language="nb", content_hash="h"
    )
    record = GrantRecord(
        id="g1",
        title="Tilskudd",
        source="000.txt",
        language="nb",
        country="NO",
        deadlines=[DeadlineFact(date="2004-09-06", quote=SENTENCE)],
    )
    Catalogue(Path(home)).put(record, doc)
    app = typer.Typer()
    app.callback()(lambda: None)
    register(app)
    return app


def run(app, *args):
    return CliRunner().invoke(app, ["check", *args])


def test_json_result(app):
    result = run(app, "--grant", "g1", "--country", "NO", "--today", "2004-09-06", "--json")
    data = json.loads(result.stdout)
    assert result.exit_code == 0
    assert data["rules"][0] == {
        "id": "deadline",
        "outcome": "pass",
        "reason": "The deadline 6 September 2004 has not passed.",
        "quote": SENTENCE,
        "source": "000.txt",
    }
    assert data["verdict"] == "undetermined" and data["max_amount"] is None


def test_explain_prints_the_sentence_behind_each_rule_under_the_announcements_title_not_its_file(app):
    result = run(app, "--grant", "g1", "--today", "2004-10-01", "--explain", "--lang", "nb")
    words = " ".join(w for w in result.stdout.split() if w != "│")
    assert result.exit_code == 0
    assert "Verdict: not_eligible" in words and "Søknadsfristen 6. september 2004 er passert." in words
    assert f"“{SENTENCE}”" in words and "000.txt" not in result.stdout


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["--grant", "nope"], "No grant with id 'nope': see `grantbot grants`"),
        (["--grant", "g1", "--today", "6.9.2004"], "--today '6.9.2004' is not a date: use YYYY-MM-DD"),
        (["--grant", "g1", "--country", "FI"], "--country: Input should be 'NO', 'SE' or 'DK'"),
        (
            ["--grant", "g1", "--partner", "kommune"],
            "--partners: Value error, unknown applicant type 'kommune'; use one of: "
            "municipality, county_municipality, region, county_administration, hospital_trust, state_agency, ngo, company, "
            "research_institution, individual",
        ),
    ],
)
def test_bad_input_is_exit_2_with_one_line(app, args, line):
    result = run(app, *args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", line + "\n")


def test_invalid_rule_file_is_exit_2_naming_the_file(app, tmp_path):
    rules = tmp_path / "home" / "rules"
    rules.mkdir()
    (rules / "g1.yaml").write_text(
        "grant: g1\ntitle: T\nsource: s\nrules:\n- rule: population\n  min: many\n"
    )
    result = run(app, "--grant", "g1")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Rule file {rules / 'g1.yaml'}: field rules.0.population.min:")
