"""`grantbot grants` in a terminal: every id whole, whatever the width, so `check --grant` can use it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli.commands import app
from knowledge.catalogue import Catalogue
from knowledge.documents import build_document
from knowledge.extract import extract_record
from knowledge.loaders import load_file

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"


@pytest.fixture
def catalogue_home(tmp_path, monkeypatch) -> Catalogue:
    """A home holding the sample's catalogue only (no vectors: listing grants needs no model)."""
    home = tmp_path / "home"
    catalogue = Catalogue(home)
    for path in sorted(SAMPLE.iterdir()):
        document = build_document(load_file(path))
        catalogue.put(extract_record(document), document)
    monkeypatch.setenv("GRANTBOT_HOME", str(home))
    return catalogue


@pytest.mark.parametrize("columns", ["80", "100"])
def test_grants_at_80_columns_show_every_id_whole_and_wrap_the_titles(catalogue_home, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    result = CliRunner().invoke(app, ["grants"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= int(columns)
    shown_ids = {m for line in lines for m in re.findall(r"\b\d{3}-[0-9a-f]{16}\b", line)}
    assert shown_ids == {r.id for r in catalogue_home.records()}
    # A title longer than its column goes on over the next lines, whole: no "…" cuts a word.
    assert "…" not in result.stdout
    long_title = max((r.title for r in catalogue_home.records()), key=len)
    assert long_title.split()[-1] in result.stdout


def test_an_id_from_grants_is_accepted_by_check(catalogue_home, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    listing = CliRunner().invoke(app, ["grants"]).stdout
    first_id = re.search(r"\b\d{3}-[0-9a-f]{16}\b", listing).group()
    result = CliRunner().invoke(app, ["check", "--grant", first_id, "--json", "--today", "2004-01-01"])
    assert result.exit_code == 0, result.output
    assert f'"id": "{first_id}"' in result.stdout
