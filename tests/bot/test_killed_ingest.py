"""An ingest killed (SIGKILL) at any point loses nothing: the next ingest of the same folder ends with
the catalogue, the vector store, the BM25 index and the rule files agreeing, and so does `doctor`."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ingest_children import doctor_in_child, ingest_in_child, inspect_in_child  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"
FIRST = ["000_1de9e93bc0097409.txt", "001_1a68e8f698feec8c.txt", "002_56ff6eb9f7905725.txt"]
ADDED_LATER = "003_6397588da340b2da.txt"
KILLS_PER_SCENARIO = 10
EVERYTHING = 10**9  # armed beyond the last point: the run completes and reports the points it passed


def _version(folder: Path, second: bool = False) -> Path:
    """Fill ``folder`` with the first version, or the second: one deadline moved, one document cut
    short (fewer chunks) and one more document. One folder for both, as an operator would have:
    the catalogue remembers where a document was read from."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in FIRST + ([ADDED_LATER] if second else []):
        shutil.copy(SAMPLE / name, folder / name)
    if second:
        moved = folder / FIRST[0]
        moved.write_text(moved.read_text(encoding="utf-8").replace("6. september 2004", "1. oktober 2004"),
                         encoding="utf-8")
        cut = folder / FIRST[1]
        text = cut.read_text(encoding="utf-8")
        cut.write_text(text[: len(text) // 2], encoding="utf-8")
    return folder


def _agree(state: dict) -> None:
    grants = state["catalogue"]
    assert grants, "the catalogue is empty"
    for part in ("vectors", "bm25", "titles", "documents", "rules"):
        assert state[part] == grants, f"{part} holds {state[part]}, the catalogue {grants}"
    assert state["stale_vectors"] == [] and state["disagreements"] == []


def _spread(points: list[str], n: int) -> list[int]:
    """``n`` kill points (1-based) spread over the run, first and last included."""
    return sorted({round(1 + i * (len(points) - 1) / (n - 1)) for i in range(n)})


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Both folders, a home holding the first version, and each scenario's points and end state."""
    root = tmp_path_factory.mktemp("killed")
    folder, base = root / "announcements", root / "base"
    code, fresh = ingest_in_child(base, _version(folder), kill_at=EVERYTHING)
    assert code == 0 and "added 3" in fresh["summary"], fresh
    updated_home = root / "updated"
    shutil.copytree(base, updated_home)
    code, update = ingest_in_child(updated_home, _version(folder, second=True), kill_at=EVERYTHING)
    assert code == 0 and "added 1, updated 2, unchanged 1" in update["summary"], update
    return {"folder": folder, "base": base,
            "fresh_points": fresh["points"], "fresh_end": inspect_in_child(base),
            "update_points": update["points"], "update_end": inspect_in_child(updated_home)}


def _killed_then_ingested_again(home: Path, folder: Path, kill_at: int) -> dict:
    code, _ = ingest_in_child(home, folder, kill_at=kill_at)
    assert code == -9, f"the ingest was not killed at point {kill_at} (exit code {code})"
    code, again = ingest_in_child(home, folder)
    assert code == 0 and "failed 0" in again["summary"], again
    assert again["repaired"], "the second ingest did not notice that the first was killed"
    return inspect_in_child(home)


def test_the_runs_pass_points_between_and_inside_documents(world):
    assert {"document read", "old chunks removed", "vectors added", "rule file written", "catalogue entry written",
            "lexical index written", "lexical index moved aside"} <= set(world["update_points"])
    assert world["fresh_points"].count("document read") == 3 and len(world["update_points"]) >= KILLS_PER_SCENARIO


def test_an_ingest_into_a_new_home_killed_anywhere_is_finished_by_the_next(world, tmp_path):
    folder = _version(world["folder"])
    for n, kill_at in enumerate(_spread(world["fresh_points"], KILLS_PER_SCENARIO)):
        state = _killed_then_ingested_again(tmp_path / f"home{n}", folder, kill_at)

        _agree(state)
        assert state["deadlines"] == world["fresh_end"]["deadlines"], f"killed at {kill_at}"


def test_an_update_killed_anywhere_is_finished_by_the_next_with_no_stale_chunks(world, tmp_path):
    folder = _version(world["folder"], second=True)
    for n, kill_at in enumerate(_spread(world["update_points"], KILLS_PER_SCENARIO)):
        home = tmp_path / f"home{n}"
        shutil.copytree(world["base"], home)
        state = _killed_then_ingested_again(home, folder, kill_at)

        _agree(state)
        assert state["deadlines"] == world["update_end"]["deadlines"], f"killed at {kill_at}"
        assert state["catalogue"] == world["update_end"]["catalogue"]


def test_doctor_repairs_a_home_left_by_a_killed_ingest_and_says_what_it_did(world, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(world["base"], home)
    kill_at = world["update_points"].index("vectors added") + 1  # new vectors, old catalogue entry
    assert ingest_in_child(home, _version(world["folder"], second=True), kill_at=kill_at)[0] == -9
    assert inspect_in_child(home)["disagreements"]

    repaired = doctor_in_child(home)

    assert any("re-indexed" in line for line in repaired), repaired
    _agree(inspect_in_child(home))
