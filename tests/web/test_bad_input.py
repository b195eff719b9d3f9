"""Bad input gets a 4xx with a JSON {"error": …} naming the problem, never a 500; and nothing is lost."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from web_harness import serving, web_settings

BAD_REQUESTS = [
    ("/api/ask", {"question": ""}, 422, "question"),
    ("/api/ask", {"question": "   "}, 422, "question"),
    ("/api/ask", {"question": "x" * 10_000}, 422, "too long"),
    ("/api/ask", {"question": 42}, 422, "question"),
    ("/api/ask", {}, 422, "question"),
    ("/api/ask", {"question": "Når er fristen?", "today": "2024-02-30"}, 422, "today"),
    ("/api/ask", {"question": "Når er fristen?", "today": "tomorrow"}, 422, "today"),
    ("/api/ask", {"question": "Når er fristen?", "session_id": "../../etc"}, 422, "session_id"),
    ("/api/ask", ["a", "list"], 422, "body"),
    ("/api/check", {"grant_id": "no-such-grant", "profile": {}}, 404, "no-such-grant"),
    ("/api/check", {"grant_id": 7, "profile": {}}, 422, "grant_id"),
    ("/api/check", {"grant_id": "x", "profile": {"population": "5000"}}, 422, "population"),
    ("/api/check", {"grant_id": "x", "profile": {"population": -1}}, 422, "population"),
    ("/api/check", {"grant_id": "x", "profile": {"applicant_type": "wizard"}}, 422, "applicant_type"),
    ("/api/check", {"grant_id": "x", "profile": {"partners": "none"}}, 422, "partners"),
    ("/api/check", {"grant_id": "x", "profile": {"shoe_size": 44}}, 422, "shoe_size"),
    ("/api/check", {"grant_id": "x", "profile": {}, "today": "2023-13-01"}, 422, "today"),
    ("/api/feedback", {"answer_id": "never-given", "helpful": True}, 404, "never-given"),
    ("/api/feedback", {"answer_id": "a", "helpful": "yes"}, 422, "helpful"),
    ("/api/feedback", {"answer_id": "a", "helpful": True, "comment": "c" * 5000}, 422, "comment"),
]


@pytest.mark.parametrize(("path", "body", "status", "named"), BAD_REQUESTS)
def test_bad_input_is_a_4xx_json_error_that_names_the_problem(client, path, body, status, named):
    response = client.post(path, json=body)
    assert response.status_code == status, response.text
    assert named in response.json()["error"]


def test_invalid_json_is_400(client):
    response = client.post("/api/ask", content='{"question": "Når'.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"error": "Invalid JSON in the request body"}


def test_an_impossible_date_in_the_grant_list_query_is_422(client):
    response = client.get("/api/grants", params={"today": "2024-02-30"})
    assert response.status_code == 422 and "today" in response.json()["error"]


def test_a_body_over_the_limit_is_413_whether_declared_or_streamed(client):
    big = b'{"question": "' + b"x" * 100_000 + b'"}'
    declared = client.post("/api/ask", content=big, headers={"content-type": "application/json"})
    streamed = client.post("/api/ask", content=iter([big[:50_000], big[50_000:]]),
                           headers={"content-type": "application/json"})
    assert declared.status_code == 413 and "too large" in declared.json()["error"]
    assert streamed.status_code == 413 and "too large" in streamed.json()["error"]


def test_unknown_paths_and_methods_are_json_errors(client):
    assert client.get("/api/nothing").json() == {"error": "Not Found"}
    assert client.get("/api/ask").status_code == 405


def test_a_rejected_question_is_not_logged_and_the_next_one_still_works(client, admin):
    before = admin.get("/admin/api/summary").json()["deflection"]["total"]
    client.post("/api/ask", json={"question": ""})
    assert admin.get("/admin/api/summary").json()["deflection"]["total"] == before
    assert client.post("/api/ask", json={"question": "Hvem kan søke?"}).status_code == 200


def test_asking_too_often_from_one_client_is_429_with_retry_after(services, tmp_path):
    with serving(web_settings(tmp_path / "home", ask_rate_limit_per_minute=2), services) as url:
        codes = [httpx.post(f"{url}/api/ask", json={"question": ""}).status_code for _ in range(3)]
        last = httpx.post(f"{url}/api/ask", json={"question": "Hvem kan søke?"})
    assert codes == [422, 422, 429]
    assert last.status_code == 429 and int(last.headers["retry-after"]) >= 1
    assert "error" in last.json()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
KEYS = ["question", "session_id", "today", "grant_id", "profile", "answer_id", "helpful", "comment",
        "applicant_type", "population", "partners", "country"]
bodies = st.one_of(json_values, st.dictionaries(st.sampled_from(KEYS), json_values, max_size=5))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(["/api/ask", "/api/check", "/api/feedback"]), body=bodies)
def test_random_json_bodies_never_give_a_5xx(client, path, body):
    response = client.post(path, json=body)
    assert response.status_code < 500, (path, body, response.text)
    assert response.headers["content-type"].startswith("application/json")
