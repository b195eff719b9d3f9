"""The filtered grant list, the deadline calendar and the Atom feed over HTTP, on the bundled sample
plus one announcement with a deadline on 15 March 2031 (nettsikkerhet)."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import icalendar
import pytest
import vobject

IT_SAMVERKAN, SAMHANDLING = "001-1a68e8f698feec8c", "002-56ff6eb9f7905725"
ATOM = "{http://www.w3.org/2005/Atom}"


def ids(client, **params) -> list[str]:
    response = client.get("/api/grants", params=params)
    assert response.status_code == 200, response.text
    return [g["id"] for g in response.json()]


def is_nettsikkerhet(grant_id: str) -> bool:
    return not grant_id.startswith(("000-", "001-", "002-", "003-", "004-"))


def test_open_on_a_day_lists_only_the_calls_still_open_then(client):
    found = ids(client, open="true", today="2011-03-01")
    assert found[0] == SAMHANDLING and len(found) == 2 and is_nettsikkerhet(found[1])


def test_closing_within_days_applicant_type_country_and_issuer_filter_the_list(client):
    assert ids(client, closing_within_days=30, today="2011-03-01") == [SAMHANDLING]
    assert ids(client, applicant_type="region", today="2009-01-01") == [IT_SAMVERKAN]
    assert ids(client, country="SE") == [IT_SAMVERKAN]
    assert set(ids(client, issuer="helse")) == {"000-1de9e93bc0097409", SAMHANDLING}
    assert ids(client, closed="false", applicant_type="region", today="2024-01-01") == []


def test_a_topic_ranks_by_retrieval_and_leaves_out_what_does_not_match(client):
    found = ids(client, q="samhandling")
    assert found[:2] == [SAMHANDLING, "004-6658acab72c1650a"]
    assert ids(client, q="pannekaker med blåbær") == []


def test_each_listed_grant_carries_its_state_and_largest_amount(client):
    grant = client.get("/api/grants", params={"grant_id": SAMHANDLING, "today": "2012-01-01"}).json()[0]
    assert grant["deadline_status"] == {"open": False, "next_deadline": None, "days_left": None,
                                        "state": "closed", "last_deadline": "2011-08-01"}
    assert grant["max_amount"]["currency"] == "NOK"


@pytest.mark.parametrize("params", [
    {"applicant_type": "wizard"}, {"closing_within_days": "-1"}, {"closing_within_days": "soon"},
    {"country": "FI"}, {"open": "maybe"}, {"today": "2024-02-30"}, {"year": "12"},
])
def test_a_bad_filter_is_a_422_naming_it(client, params):
    for path in ("/api/grants", "/deadlines.ics", "/grants.atom"):
        response = client.get(path, params=params)
        assert response.status_code == 422, (path, params, response.text)
        assert next(iter(params)) in response.json()["error"]


# --- the calendar --------------------------------------------------------------------------------


def calendar(client, **params) -> bytes:
    response = client.get("/deadlines.ics", params=params)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    return response.content


def test_the_calendar_has_an_all_day_event_per_deadline_with_its_sentence_and_address(client):
    cal = icalendar.Calendar.from_ical(calendar(client))
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert f"{SAMHANDLING}-20110324@grantbot" in events and f"{SAMHANDLING}-20110801@grantbot" in events
    march = events[f"{SAMHANDLING}-20110324@grantbot"]
    assert march.decoded("dtstart") == dt.date(2011, 3, 24) and march.decoded("dtend") == dt.date(2011, 3, 25)
    assert "133 millioner kroner til samhandling" in str(march["summary"])
    assert "«Søknadsfristene er 24.mars og 1.august.»" in str(march["description"])
    fyrtarn = events["000-1de9e93bc0097409-20040906@grantbot"]
    assert "Frist for søknad er mandag 6. september 2004." in str(fyrtarn["description"])
    assert str(fyrtarn["url"]).startswith("http://odin.dep.no/")


def test_a_second_independent_parser_reads_the_same_events(client):
    body = calendar(client)
    parsed = vobject.readOne(body.decode("utf-8"))
    days = {e.uid.value: e.dtstart.value for e in parsed.vevent_list}
    assert days[f"{IT_SAMVERKAN}-20090315@grantbot"] == dt.date(2009, 3, 15)
    assert len(days) == len(icalendar.Calendar.from_ical(body).walk("VEVENT"))


def test_the_calendar_keeps_rfc_5545_lines(client):
    body = calendar(client)
    lines = body.split(b"\r\n")
    assert body.endswith(b"\r\n") and b"\n" not in body.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in lines)  # folded at 75 octets
    assert lines[0] == b"BEGIN:VCALENDAR" and b"VERSION:2.0" in lines and lines[-2] == b"END:VCALENDAR"
    assert any(line.startswith(b"DTSTART;VALUE=DATE:") for line in lines)


def test_uids_and_stamps_stay_the_same_between_requests(client):
    first, second = calendar(client, today="2011-03-01"), calendar(client, today="2011-03-02")
    assert first == second


def test_the_calendar_takes_the_filters_of_the_list(client):
    cal = icalendar.Calendar.from_ical(calendar(client, applicant_type="region"))
    assert [str(e["uid"]) for e in cal.walk("VEVENT")] == [f"{IT_SAMVERKAN}-20090315@grantbot"]
    one = icalendar.Calendar.from_ical(calendar(client, grant_id=SAMHANDLING))
    assert len(one.walk("VEVENT")) == 2


# --- the feed ------------------------------------------------------------------------------------


def test_the_atom_feed_is_xml_with_an_entry_per_announcement_newest_first(client):
    response = client.get("/grants.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed" and feed.find(f"{ATOM}id").text and feed.find(f"{ATOM}updated").text
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(client.get("/api/grants").json())
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)
    for e in entries:
        assert e.find(f"{ATOM}id").text.startswith("urn:grantbot:grant:") and e.find(f"{ATOM}title").text
        dt.datetime.fromisoformat(e.find(f"{ATOM}updated").text)
        assert e.find(f"{ATOM}link[@rel='alternate']").get("href")


def test_the_atom_feed_takes_the_filters_and_keeps_markup_as_text(client):
    feed = ET.fromstring(client.get("/grants.atom", params={"country": "SE"}).content)
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    assert titles == ["Möjlighet att ansöka om pengar för regional kommun-samverkan inom IT-området"]
    everything = client.get("/grants.atom").text
    assert "<script>" not in everything and "&lt;script&gt;" in everything
