"""The command line: exit codes, exact error lines, batch answers."""

import json

import pytest
from typer.testing import CliRunner

from bot.cli.commands import app

pytestmark = pytest.mark.model


@pytest.fixture
def run(sample_home, monkeypatch):
    monkeypatch.setenv("GRANTBOT_HOME", str(sample_home))
    runner = CliRunner()
    return lambda *args: runner.invoke(app, list(args))


def test_ask_prints_the_grant_first_and_its_source_by_title_never_by_file_name(run):
    result = run("ask", "Når er søknadsfristen for å bli fyrtårnskommune?", "--today", "2026-11-22")
    assert result.exit_code == 0
    out = " ".join(result.stdout.split())  # the terminal wraps long lines
    assert out.startswith("Om «To millioner tilskuddkroner til kommuner som satser elektronisk» "
                          "(Sosial- og helsedirektoratet, 2004):")
    assert "6. september 2004" in out
    assert "[1] To millioner tilskuddkroner til kommuner som satser elektronisk: “Frist for søknad er mandag" in out
    assert "000_1de9e93bc0097409" not in out


def test_ask_json_has_the_contract_fields(run):
    result = run("ask", "Vem är kontaktperson för ansökan om regional IT-samverkan?", "--json")
    ans = json.loads(result.stdout)
    for key in ("answer_id", "question", "language", "intent", "answered", "answer", "grant", "facts",
                "citations", "confidence", "latency_ms"):
        assert key in ans
    assert ans["language"] == "sv" and ans["intent"] == "contact"


def test_empty_question_exits_2_with_one_line(run):
    result = run("ask", "   ")
    assert result.exit_code == 2
    assert result.stderr == "error: The question is empty\n"


def test_bad_today_exits_2_naming_the_value(run):
    result = run("ask", "Når er fristen?", "--today", "2026-13-40")
    assert result.exit_code == 2
    assert result.stderr == "error: Not a date (YYYY-MM-DD): '2026-13-40'\n"


def test_ingest_of_a_missing_path_exits_2(run, tmp_path):
    result = run("ingest", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert result.stderr == f"error: No such file or folder: {tmp_path / 'nowhere'}\n"


def test_malformed_batch_line_gets_an_error_object_and_the_others_are_answered(run, tmp_path):
    batch = tmp_path / "q.jsonl"
    batch.write_text(
        '{"id": "a", "question": "Når er søknadsfristen for å bli fyrtårnskommune?", "today": "2026-11-22"}\n'
        "this is not json\n"
        '{"id": "c", "question": ""}\n'
        '{"id": "d", "question": "Hur mycket pengar finns det totalt för regional IT-samverkan?"}\n',
        encoding="utf-8",
    )
    result = run("ask", "--batch", str(batch), "--json")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", None, "c", "d"]
    assert "error" in lines[1] and "error" in lines[2]
    assert lines[0]["facts"]["deadlines"] == ["2004-09-06"] and lines[3]["answered"]
    assert result.exit_code == 2


def test_grants_json_lists_every_sample_grant_in_contract_shape(run):
    grants = json.loads(run("grants", "--json").stdout)
    assert len(grants) == 5
    assert set(grants[0]) >= {"id", "title", "source", "language", "country", "issuer", "published", "deadlines",
                              "amounts", "applicant_types", "contacts", "application_address", "urls", "url"}
    # extension: every amount says what it is
    assert all(a["role"] in ("total", "max_per_applicant", "rate", "share", "applied_for", "awarded", "context")
               for g in grants for a in g["amounts"])
    helse = next(g for g in grants if g["title"] == "Øker tilskuddet i Helseteknologiordningen")
    assert {a["value"]: a["role"] for a in helse["amounts"]}[332_100_000] == "applied_for"


def test_asking_before_anything_is_ingested_says_how_to_ingest(tmp_path, monkeypatch):
    monkeypatch.setenv("GRANTBOT_HOME", str(tmp_path / "empty"))
    result = CliRunner().invoke(app, ["ask", "Når er søknadsfristen?"])
    assert result.exit_code == 1
    assert result.stderr == "error: No grants yet: run `grantbot ingest --sample`\n"


def test_another_embedding_model_is_refused_with_the_command_that_rebuilds(tmp_path, monkeypatch):
    monkeypatch.setenv("GRANTBOT_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    seed = tmp_path / "seed.txt"
    seed.write_text("Frist for søknad er mandag 6. september 2004. Kommuner kan søke om tilskudd.", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(seed)]).exit_code == 0

    monkeypatch.setenv("GRANTBOT_EMBEDDING_MODEL", "sentence-transformers/all-MiniLM-L6-v2")
    refused = runner.invoke(app, ["ask", "Når er fristen?"])
    assert refused.exit_code == 1 and "grantbot ingest --reindex" in refused.stderr

    monkeypatch.delenv("GRANTBOT_EMBEDDING_MODEL")
    rebuilt = runner.invoke(app, ["ingest", "--reindex"])
    assert rebuilt.exit_code == 0 and rebuilt.stdout.startswith("added 0, updated 1")
