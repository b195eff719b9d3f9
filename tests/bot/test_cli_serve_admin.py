"""`grantbot serve` says how to open the dashboard: a token generated once, or the setting in use."""

from __future__ import annotations

import contextlib
import os
import queue
import re
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

FIRST_RUN = re.compile(r"dashboard on (http://127\.0\.0\.1:\d+)/admin; admin token \(shown once; kept in (\S+)\): (\S+)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(home: Path, **env_extra: str) -> Iterator[str]:
    """`grantbot serve` on an empty home (no model loads) until it listens; yields its start-up lines."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GRANTBOT_", "SLACK_"))}
    env.update(GRANTBOT_HOME=str(home), HF_HUB_OFFLINE="1", **env_extra)
    command = [sys.executable, "-m", "bot.cli", "serve", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stderr], daemon=True).start()
    seen: list[str] = []
    try:
        while not any("dashboard on" in line for line in seen):
            try:
                seen.append(lines.get(timeout=60))
            except queue.Empty:
                raise AssertionError(f"serve printed no dashboard line: {''.join(seen)}") from None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.TransportError):
                httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            time.sleep(0.05)
        yield "".join(seen)
    finally:
        process.terminate()
        assert process.wait(timeout=20) in (0, -15)


def test_a_first_serve_shows_a_generated_admin_token_once_and_it_opens_the_dashboard(tmp_path):
    home = tmp_path / "home"
    with serving(home) as output:
        found = FIRST_RUN.search(output)
        assert found, output
        url, path, token = found.group(1), Path(found.group(2)), found.group(3)
        dashboard = httpx.get(f"{url}/admin/api/summary", headers={"authorization": f"Bearer {token}"})
        assert dashboard.status_code == 200
        assert httpx.get(f"{url}/admin/api/summary").status_code == 401
    assert path == home / "admin-token"
    assert path.read_text().strip() == token
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    with serving(home) as again:
        assert token not in again
        assert f"sign in with the admin token in {path}" in again


def test_serve_with_the_admin_token_set_names_the_setting_and_generates_nothing(tmp_path):
    home = tmp_path / "home"
    with serving(home, GRANTBOT_ADMIN_TOKEN="chosen-token") as output:
        assert re.search(r"dashboard on http://127\.0\.0\.1:\d+/admin \(sign in with GRANTBOT_ADMIN_TOKEN\)", output)
    assert not (home / "admin-token").exists()
