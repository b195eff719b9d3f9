"""Several `grantbot serve` processes over one Chroma server and one PostgreSQL database: any process
can take any request, because conversations, rate limits and the question log are in the database."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.ingest import ingest_sample
from bot.services import Services
from settings import Settings

GRANTBOT = str(Path(sys.executable).parent / "grantbot")
TOKEN = "many-processes-token"
FYRTARN = "000-1de9e93bc0097409"


def _env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GRANTBOT_", "SLACK_"))}
    return env | {"HF_HUB_OFFLINE": "1"} | values


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str, process: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"{url} never became healthy")


def test_serve_with_workers_refuses_the_embedded_store(tmp_path):
    result = subprocess.run([GRANTBOT, "serve", "--workers", "2"], env=_env(GRANTBOT_HOME=str(tmp_path)),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.startswith("error: --workers 2 needs a Chroma server: the embedded vector store serves one")
    assert "GRANTBOT_CHROMA_URL" in result.stderr and result.stderr.count("\n") == 1


@pytest.fixture(scope="module")
def two_servers(chroma_server, postgres_server, sample_model, tmp_path_factory) -> Iterator[tuple[str, str]]:
    """Two `grantbot serve` processes on two ports, one home, one Chroma server, one PostgreSQL. The
    sample goes in as `grantbot ingest --sample` puts it, with the vectors the real model gave it once
    this run (the servers embed each question with the real model)."""
    home, database = tmp_path_factory.mktemp("shared") / "home", postgres_server.new_database()
    settings = Settings(home=home, chroma_url=chroma_server, database_url=database)
    assert not ingest_sample(Services(settings, embedder=sample_model)).failed
    env = _env(GRANTBOT_HOME=str(home), GRANTBOT_CHROMA_URL=chroma_server, GRANTBOT_DATABASE_URL=database,
               GRANTBOT_ADMIN_TOKEN=TOKEN, GRANTBOT_ASK_RATE_LIMIT_PER_MINUTE="5")
    ports = [_free_port(), _free_port()]
    servers = [subprocess.Popen([GRANTBOT, "serve", "--port", str(p)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE) for p in ports]
    urls = [f"http://127.0.0.1:{p}" for p in ports]
    try:
        for url, server in zip(urls, servers, strict=True):
            _healthy(url, server)
        yield urls[0], urls[1]
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)


def _client(url: str, address: str) -> httpx.Client:
    # Each test asks from its own loopback address: the rate limit counts per client address.
    return httpx.Client(base_url=url, timeout=60, transport=httpx.HTTPTransport(local_address=address))


@pytest.mark.model
def test_a_follow_up_to_the_other_process_stays_in_the_conversation(two_servers):
    a, b = two_servers
    with _client(a, "127.0.0.2") as first, _client(b, "127.0.0.2") as second:
        asked = first.post("/api/ask", json={"question": "Når er søknadsfristen for å bli fyrtårnskommune?",
                                              "session_id": "s-1"}).json()
        follow_up = second.post("/api/ask", json={"question": "Hvem er kontaktperson?", "session_id": "s-1"}).json()

    assert asked["grant"]["id"] == FYRTARN and follow_up["grant"]["id"] == FYRTARN


@pytest.mark.model
def test_feedback_to_one_process_on_the_others_answer_reaches_the_shared_dashboard(two_servers):
    a, b = two_servers
    with _client(a, "127.0.0.3") as first, _client(b, "127.0.0.3") as second:
        answer = first.post("/api/ask", json={"question": "Hvor mye kan en kommune få?"}).json()
        feedback = second.post("/api/feedback", json={"answer_id": answer["answer_id"], "helpful": False,
                                                      "comment": "to prosesser"})
        summary = first.get("/admin/api/summary", headers={"authorization": f"Bearer {TOKEN}"}).json()

    assert feedback.status_code == 200
    assert "to prosesser" in [row["comment"] for row in summary["not_helpful"]]


@pytest.mark.model
def test_the_rate_limit_counts_a_clients_questions_on_every_process(two_servers):
    a, b = two_servers
    question = {"question": "Hvem kan søke?"}
    with _client(a, "127.0.0.4") as first, _client(b, "127.0.0.4") as second:
        statuses = [(first if n % 2 else second).post("/api/ask", json=question).status_code for n in range(6)]

    assert statuses == [200] * 5 + [429]
