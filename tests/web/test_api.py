"""The HTTP API of CONTRACT.md, spoken to over real HTTP against a running uvicorn."""

from __future__ import annotations

from sqlalchemy import event

from bot.database import database_for

ASK_FIELDS = {"answer_id", "question", "language", "intent", "answered", "answer", "grant", "facts",
              "citations", "confidence", "latency_ms"}
GRANT_FIELDS = {"id", "title", "source", "language", "country", "issuer", "published", "deadlines", "amounts",
                "applicant_types", "contacts", "application_address", "urls"}


def _a_sample_grant(client) -> dict:
    return next(g for g in client.get("/api/grants").json() if g["source"].startswith("000_"))


def test_ask_returns_a_cited_answer_in_the_contract_shape(client):
    response = client.post("/api/ask", json={"question": "Når er søknadsfristen for elektronisk samhandling?",
                                             "today": "2004-06-01"})
    assert response.status_code == 200
    body = response.json()
    assert ASK_FIELDS <= body.keys()
    assert body["language"] == "nb" and body["answered"] is True
    assert body["citations"] and body["citations"][0]["n"] == 1
    assert body["deadline_status"]["open"] is True


def test_a_follow_up_in_the_same_session_stays_on_the_grant(client):
    first = client.post("/api/ask", json={"question": "Når er søknadsfristen for elektronisk samhandling?",
                                          "session_id": "follow-up-1"}).json()
    second = client.post("/api/ask", json={"question": "Hvor mye kan vi få?", "session_id": "follow-up-1"}).json()
    assert first["grant"] and second["grant"]
    assert second["grant"]["id"] == first["grant"]["id"]


def test_a_question_in_a_conversation_is_two_transactions_one_before_answering_and_one_after(client, services):
    # Before: the conversation read and the rate limit counted; after: the conversation and the log
    # written. Each transaction is a round trip or more to PostgreSQL, on every question.
    engine, begun = database_for(services.settings).engine, []
    record = lambda *_: begun.append(1)  # noqa: E731
    event.listen(engine, "begin", record)
    try:
        body = {"question": "Når er søknadsfristen for elektronisk samhandling?", "session_id": "two-transactions"}
        assert client.post("/api/ask", json=body).status_code == 200
    finally:
        event.remove(engine, "begin", record)
    assert len(begun) == 2


def test_ask_about_a_chosen_announcement_answers_from_it_and_moves_the_conversation(client):
    grant = _a_sample_grant(client)
    body = {"question": "Hvor mye kan kommunene få?", "grant_id": grant["id"], "session_id": "picked-1"}
    first = client.post("/api/ask", json=body).json()
    then = client.post("/api/ask", json={"question": "og hvem er kontaktperson?", "session_id": "picked-1"}).json()
    assert first["grant"]["id"] == grant["id"] and then["grant"]["id"] == grant["id"]
    assert "alternatives" in first


def test_ask_about_an_unknown_announcement_is_a_404(client):
    response = client.post("/api/ask", json={"question": "Hvor mye kan vi få?", "grant_id": "no-such-grant"})
    assert response.status_code == 404 and "no-such-grant" in response.json()["error"]


def test_grants_lists_every_grant_as_contract_records_with_deadline_status(client):
    grants = client.get("/api/grants", params={"today": "2000-01-01"}).json()
    assert len(grants) >= 5
    assert all(GRANT_FIELDS <= g.keys() and "deadline_status" in g for g in grants)
    dated = [g for g in grants if g["deadlines"]]
    assert dated and all(g["deadline_status"]["open"] for g in dated)


def test_check_runs_the_eligibility_check_of_one_grant(client):
    grant = _a_sample_grant(client)
    body = {"grant_id": grant["id"], "profile": {"applicant_type": "municipality", "partners": []},
            "today": "2004-06-01"}
    response = client.post("/api/check", json=body)
    assert response.status_code == 200
    result = response.json()
    assert result["grant"]["id"] == grant["id"]
    assert result["verdict"] in {"eligible", "not_eligible", "undetermined"}
    assert {"rules", "missing", "max_amount"} <= result.keys()


def test_feedback_is_recorded_for_an_earlier_answer(client):
    answer = client.post("/api/ask", json={"question": "Hvem kan søke om midler til samhandling?"}).json()
    response = client.post("/api/feedback", json={"answer_id": answer["answer_id"], "helpful": False,
                                                  "comment": "Mangler frist"})
    assert response.status_code == 200 and response.json() == {"ok": True}


def test_healthz_is_200_when_grants_are_loaded(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_the_api_and_its_error_body_are_described_by_openapi(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/ask", "/api/grants", "/api/check", "/api/feedback", "/healthz"} <= paths.keys()
    bad = paths["/api/ask"]["post"]["responses"]["422"]["content"]["application/json"]["schema"]
    assert bad == {"$ref": "#/components/schemas/ErrorBody"}
