"""Questions are answered a few at a time, in the order they came; checks and grant lists do not wait."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
from web_harness import serving, web_settings

FYRTARN = "000-1de9e93bc0097409"


class SlowAnswers:
    """The real services, each answer held a moment; how many run at once is recorded."""

    def __init__(self, real) -> None:
        self.real, self.running, self.most, self.lock = real, 0, 0, threading.Lock()
        self.release = threading.Event()

    def __getattr__(self, name: str):
        return getattr(self.real, name)

    def answer(self, *args, **kwargs):
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            self.release.wait(timeout=30)
            return self.real.answer(*args, **kwargs)
        finally:
            with self.lock:
                self.running -= 1


def test_questions_wait_their_turn_while_checks_and_grant_lists_do_not(services, tmp_path):
    slow = SlowAnswers(services)
    with serving(web_settings(tmp_path / "home", answer_threads=2), slow) as url, \
            httpx.Client(base_url=url, timeout=60) as client, ThreadPoolExecutor(8) as pool:
        asked = [pool.submit(client.post, "/api/ask", json={"question": "Når er søknadsfristen for fyrtårnskommune?"})
                 for _ in range(6)]
        while slow.running < 2:
            time.sleep(0.01)
        # Two answers are held and four queued: a check and the grant list are answered meanwhile.
        check = client.post("/api/check", json={"grant_id": FYRTARN, "profile": {"applicant_type": "municipality"}})
        assert check.status_code == 200 and client.get("/api/grants").status_code == 200
        assert not any(a.done() for a in asked)
        slow.release.set()
        assert [a.result().status_code for a in asked] == [200] * 6
    assert slow.most == 2
