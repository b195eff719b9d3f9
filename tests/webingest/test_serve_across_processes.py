"""A running `grantbot serve` answers from what `grantbot refresh` in another process wrote,
within seconds and without a restart (real model, real embedded Chroma, real processes)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fake_site import OLD_DEADLINE, SEED_0, SEED_1, as_html, seed_text

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]
QUESTION = "Når er søknadsfristen for å bli fyrtårnskommune?"


def grantbot_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GRANTBOT_", "SLACK_"))}
    return {**env, "GRANTBOT_HOME": str(home), "GRANTBOT_ALLOW_PRIVATE_URLS": "1", "GRANTBOT_FETCH_DELAY": "0",
            "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}


def grantbot(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], env=env, capture_output=True, text=True,
                          timeout=300, cwd=ROOT)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ask(base: str) -> dict:
    return httpx.post(f"{base}/api/ask", json={"question": QUESTION, "today": "2004-08-01"}, timeout=60).json()


def test_a_running_server_answers_the_changed_deadline_after_a_refresh_in_another_process(site, tmp_path):
    env = grantbot_env(tmp_path / "home")
    site.page("/fyrtarn", as_html(seed_text(SEED_0)))
    site.page("/it", as_html(seed_text(SEED_1)))
    added = grantbot(env, "sources", "add", site.url("/fyrtarn"), site.url("/it"))
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("added 2, updated 0, unchanged 0, withdrawn 0, failed 0")

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--port", str(port)], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, "grantbot serve did not start"
            time.sleep(0.3)
        before = ask(base)
        assert before["facts"]["deadlines"] == ["2004-09-06"]
        assert before["citations"][0]["source"] == site.url("/fyrtarn")

        site.page("/fyrtarn", as_html(seed_text(SEED_0).replace(OLD_DEADLINE, "tirsdag 15. mars 2005")))
        refreshed = grantbot(env, "refresh")
        assert refreshed.returncode == 0, refreshed.stderr
        assert "updated 1, unchanged 1" in refreshed.stdout
        assert "deadline 6 September 2004 → 15 March 2005" in refreshed.stdout

        started, after = time.monotonic(), ask(base)
        while after["facts"]["deadlines"] != ["2005-03-15"] and time.monotonic() - started < 10:
            time.sleep(0.5)
            after = ask(base)
        assert after["facts"]["deadlines"] == ["2005-03-15"]
        assert any("15. mars 2005" in c["quote"] for c in after["citations"])
    finally:
        server.terminate()
        server.wait(timeout=20)
