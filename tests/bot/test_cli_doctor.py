"""`grantbot doctor`: finds where the catalogue, vectors, BM25 index and rule files disagree, repairs it
from the catalogue and says what it did."""

import shutil

import pytest
from typer.testing import CliRunner

from bot.cli.commands import app

pytestmark = pytest.mark.model
DROPPED = "004-6658acab72c1650a"
UNRULED = "000-1de9e93bc0097409"


@pytest.fixture
def run(sample_home, tmp_path, monkeypatch):
    home = tmp_path / "home"
    shutil.copytree(sample_home, home)
    monkeypatch.setenv("GRANTBOT_HOME", str(home))
    runner = CliRunner()
    return home, lambda *args: runner.invoke(app, list(args))


def test_doctor_on_agreeing_stores_repairs_nothing(run):
    _, doctor = run
    result = doctor("doctor", "--check")
    assert result.exit_code == 0, result.output
    assert "catalogue 5 grants" in result.stdout and "The stores agree: nothing to repair." in result.stdout


def test_doctor_repairs_what_disagrees_and_says_so(run):
    home, doctor = run
    (home / "catalogue" / f"{DROPPED}.json").unlink()  # its vectors, BM25 entries and rule file stay behind
    (home / "rules" / f"{UNRULED}.yaml").unlink()
    (home / "catalogue" / "tmpx.tmp").write_text("{", encoding="utf-8")

    checked = doctor("doctor", "--check")
    assert checked.exit_code == 1
    assert f"{DROPPED}: indexed but not in the catalogue" in checked.stdout
    assert f"{UNRULED}: no rule file" in checked.stdout

    repaired = doctor("doctor")
    assert repaired.exit_code == 0, repaired.output
    assert f"repaired: {DROPPED}: indexed but not in the catalogue: removed from the index" in repaired.stdout
    assert f"repaired: {UNRULED}: no rule file: rule file written" in repaired.stdout
    assert f"repaired: {DROPPED}: rule file of a grant not in the catalogue: rule file removed" in repaired.stdout
    assert "repaired: catalogue/tmpx.tmp: unfinished write: deleted" in repaired.stdout
    assert "The stores agree now: catalogue 4 grants" in repaired.stdout
    assert doctor("doctor", "--check").exit_code == 0
