"""The dashboard's HTTP side: the admin token guards the data and the CSV export."""

from __future__ import annotations

import httpx
from web_harness import ADMIN_TOKEN, serving, web_settings


def test_dashboard_data_and_export_need_the_admin_token(client):
    assert client.get("/admin/api/summary").status_code == 401
    assert client.get("/admin/export.csv").status_code == 401
    wrong = client.get("/admin/api/summary", headers={"authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "admin token" in wrong.json()["error"]


def test_signing_in_sets_a_cookie_that_opens_the_dashboard(base_url):
    with httpx.Client(base_url=base_url) as browser_like:
        refused = browser_like.post("/admin/login", data={"token": "nope"})
        assert refused.status_code == 303 and refused.headers["location"] == "/admin?failed=1"
        accepted = browser_like.post("/admin/login", data={"token": ADMIN_TOKEN})
        assert accepted.status_code == 303 and "httponly" in accepted.headers["set-cookie"].lower()
        assert browser_like.get("/admin/api/summary").status_code == 200
        browser_like.post("/admin/logout")
        assert browser_like.get("/admin/api/summary").status_code == 401


def test_the_summary_has_every_dashboard_part(client, admin):
    client.post("/api/ask", json={"question": "Hvem kan søke om midler til samhandling?"})
    summary = admin.get("/admin/api/summary").json()
    assert {"deflection", "per_grant", "per_week", "top_unanswered", "not_helpful", "retention_days"} <= summary.keys()
    assert summary["deflection"]["total"] >= 1


def test_the_csv_export_lists_logged_questions(client, admin):
    client.post("/api/ask", json={"question": "Hvor mye kan en kommune få i tilskudd?"})
    response = admin.get("/admin/export.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    assert response.text.splitlines()[0].startswith("answer_id,asked_at,channel,language")
    assert "Hvor mye kan en kommune få i tilskudd?" in response.text


def test_without_a_configured_token_the_dashboard_is_off(services, tmp_path):
    with serving(web_settings(tmp_path / "home", admin_token=None), services) as url:
        response = httpx.get(f"{url}/admin/api/summary", headers={"authorization": "Bearer anything"})
    assert response.status_code == 403 and "GRANTBOT_ADMIN_TOKEN" in response.json()["error"]
