"""The event-id store answers "first delivery?" once per id, even across two processes on one home."""

from __future__ import annotations

import subprocess
import sys

from bot.slack_dedupe import EventDedupe


def test_an_event_id_is_new_only_the_first_time(tmp_path):
    seen = EventDedupe(tmp_path)

    assert [seen.first_delivery("Ev1"), seen.first_delivery("Ev1"), seen.first_delivery("Ev2")] == [True, False, True]


def test_a_second_store_on_the_same_home_agrees(tmp_path):
    EventDedupe(tmp_path).first_delivery("Ev1")

    assert EventDedupe(tmp_path).first_delivery("Ev1") is False


_CLAIM = """
import sys
from bot.slack_dedupe import EventDedupe
seen = EventDedupe(sys.argv[1])
print(" ".join(f"Ev{n}" for n in range(20) if seen.first_delivery(f"Ev{n}")))
"""


def test_two_processes_racing_on_the_same_events_claim_each_once(tmp_path):
    racers = [subprocess.Popen([sys.executable, "-c", _CLAIM, str(tmp_path)], stdout=subprocess.PIPE, text=True)
              for _ in range(2)]
    claimed = [out.split() for out, _ in (r.communicate(timeout=60) for r in racers)]

    assert sorted(claimed[0] + claimed[1]) == sorted(f"Ev{n}" for n in range(20))
