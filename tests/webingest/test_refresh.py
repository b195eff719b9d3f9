"""Web ingest: pages, sitemaps and feeds fetched politely, kept current by refresh, withdrawn on 404."""

from __future__ import annotations

import pytest
from fake_site import OLD_DEADLINE, SEED_0, SEED_1, SEED_2, as_html, fresh, pdf, rss, seed_text, sitemap

from bot.refresh import add_sources, refresh
from knowledge.history import History
from knowledge.sources import SourceStore


def test_an_ingested_page_is_a_grant_whose_source_and_link_are_its_address(site, services):
    site.page("/utlysning/fyrtarn", as_html(seed_text(SEED_0)))
    url = site.url("/utlysning/fyrtarn")
    report = add_sources(services, [url], pages_only=True)
    record = services.catalogue.find_by_source(url)
    assert report.added == [url] and not report.failed
    assert record.deadline_dates() == ["2004-09-06"]
    assert services.catalogue.document(record.id).url == url
    passages = services.index.search("Frist for søknad fyrtårn", k=3)
    assert passages and passages[0].source == url


def test_a_pdf_announcement_is_read_by_its_content_type(site, services):
    site.page("/dokument/42", pdf(["Tilskudd til inkludering av barn",
                                   "Søknadsfristen for tilskuddsåret 2019 er 10. desember 2018."]),
              content_type="application/pdf")
    url = site.url("/dokument/42")
    add_sources(services, [url], pages_only=True)
    assert services.catalogue.find_by_source(url).deadline_dates() == ["2018-12-10"]


def test_an_unchanged_page_costs_a_304_and_no_embedding(site, services, embedder):
    site.page("/a", as_html(seed_text(SEED_0)))
    add_sources(services, [site.url("/a")])
    embedded = embedder.embedded
    report = refresh(fresh(services))
    second = site.requests("/a")[-1]
    assert report.unchanged == [site.url("/a")] and not report.updated
    assert second["headers"].get("If-None-Match") and second["status"] == 304
    assert embedder.embedded == embedded


def test_a_sitemap_is_followed_one_level_on_its_own_host(site, services):
    site.page("/a", as_html(seed_text(SEED_0)))
    site.page("/b", as_html(seed_text(SEED_1)))
    site.page("/sitemap.xml", sitemap([site.url("/a"), site.url("/b"), "http://elsewhere.example/c"]),
              content_type="application/xml")
    report = add_sources(services, [site.url("/sitemap.xml")])
    assert sorted(report.added) == [site.url("/a"), site.url("/b")]
    assert report.skipped and report.skipped[0][0] == "http://elsewhere.example/c"
    assert "--allow-host elsewhere.example" in report.summary()
    assert SourceStore(services.settings.home).load().sources[0].kind == "sitemap"


def test_an_rss_feeds_entries_are_ingested(site, services):
    site.page("/nyheter/a", as_html(seed_text(SEED_0)))
    site.page("/nyheter/b", as_html(seed_text(SEED_2)))
    site.page("/rss", rss([site.url("/nyheter/a"), site.url("/nyheter/b")]), content_type="application/rss+xml")
    report = add_sources(services, [site.url("/rss")])
    assert sorted(report.added) == [site.url("/nyheter/a"), site.url("/nyheter/b")]
    assert SourceStore(services.settings.home).load().sources[0].kind == "feed"


def test_a_redirect_is_followed_and_the_grant_keeps_the_address_asked_for(site, services):
    site.page("/gammel", b"", redirect="/ny", status=301)
    site.routes["/gammel"]["status"] = 301
    site.page("/ny", as_html(seed_text(SEED_0)))
    add_sources(services, [site.url("/gammel")], pages_only=True)
    record = services.catalogue.find_by_source(site.url("/gammel"))
    assert record is not None and services.catalogue.document(record.id).url == site.url("/ny")


def test_too_many_redirects_fail_with_the_setting_named(site, services):
    site.page("/loop", b"", redirect="/loop")
    site.routes["/loop"]["status"] = 302
    report = add_sources(services, [site.url("/loop")], pages_only=True)
    assert "GRANTBOT_FETCH_MAX_REDIRECTS" in report.failed[0][1]


def test_a_changed_deadline_replaces_the_fact_and_the_history_says_what_changed(site, services):
    site.page("/a", as_html(seed_text(SEED_0)))
    add_sources(services, [site.url("/a")])
    site.page("/a", as_html(seed_text(SEED_0).replace(OLD_DEADLINE, "tirsdag 15. mars 2005")))
    report = refresh(fresh(services))
    again = fresh(services)
    record = again.catalogue.find_by_source(site.url("/a"))
    assert report.updated == [site.url("/a")]
    assert record.deadline_dates() == ["2005-03-15"]
    assert "deadline 6 September 2004 → 15 March 2005" in report.summary()
    assert History(services.settings.home).entries(record.id)[0]["changes"] == [
        "deadline 6 September 2004 → 15 March 2005"]


def test_a_page_that_answers_404_is_withdrawn_kept_and_left_out_of_answers(site, services):
    site.page("/a", as_html(seed_text(SEED_0)))
    site.page("/b", as_html(seed_text(SEED_1)))
    add_sources(services, [site.url("/a"), site.url("/b")])
    del site.routes["/a"]
    report = refresh(fresh(services))
    reader = fresh(services)
    record = reader.catalogue.find_by_source(site.url("/a"))
    assert report.withdrawn == [site.url("/a")] and report.unchanged == [site.url("/b")]
    assert "withdrawn 1" in report.summary()
    assert record.withdrawn and record.to_contract()["withdrawn"] is True
    assert all(p.grant_id != record.id for p in reader.index.search("Frist for søknad fyrtårnskommune", k=20))


def test_a_withdrawn_page_that_comes_back_is_answered_from_again(site, services):
    site.page("/a", as_html(seed_text(SEED_0)))
    add_sources(services, [site.url("/a")])
    site.routes["/a"]["status"] = 410
    refresh(fresh(services))
    site.routes["/a"]["status"] = 200
    report = refresh(fresh(services))
    reader = fresh(services)
    record = reader.catalogue.find_by_source(site.url("/a"))
    assert report.updated == [site.url("/a")] and not record.withdrawn
    assert any(p.grant_id == record.id for p in reader.index.search("Frist for søknad fyrtårnskommune", k=5))


@pytest.mark.parametrize("failure", [{"status": 503}, {"hang": True}])
def test_a_failing_page_keeps_its_last_good_version_and_is_reported(site, services, failure):
    site.page("/a", as_html(seed_text(SEED_0)))
    add_sources(services, [site.url("/a")])
    site.routes["/a"].update(failure)
    report = refresh(fresh(services))
    record = fresh(services).catalogue.find_by_source(site.url("/a"))
    state = SourceStore(services.settings.home).load().pages[site.url("/a")]
    assert report.failed and report.failed[0][0] == site.url("/a")
    assert ("HTTP 503" if "status" in failure else "did not finish") in report.failed[0][1]
    assert record.deadline_dates() == ["2004-09-06"] and not record.withdrawn
    assert state.status == "failed" and state.failures == 1 and state.last_ok is not None


@pytest.mark.parametrize("declared", [True, False])
def test_a_50_mb_body_is_refused_at_the_size_cap(site, services, declared):
    site.page("/huge", b"", huge=50_000_000, declared=declared)
    report = add_sources(services, [site.url("/huge")], pages_only=True)
    assert "GRANTBOT_FETCH_MAX_BYTES" in report.failed[0][1]
    assert services.catalogue.find_by_source(site.url("/huge")) is None


def test_robots_txt_is_obeyed(site, services):
    site.page("/robots.txt", "User-agent: *\nDisallow: /intern/\n", content_type="text/plain")
    site.page("/intern/a", as_html(seed_text(SEED_0)))
    report = add_sources(services, [site.url("/intern/a")], pages_only=True)
    assert "robots.txt" in report.failed[0][1] and not site.requests("/intern/a")


def test_requests_to_one_host_are_spaced_by_the_delay_and_name_grantbot(site, services):
    services.settings.fetch_delay = 0.3
    for name, seed in (("/a", SEED_0), ("/b", SEED_1), ("/c", SEED_2)):
        site.page(name, as_html(seed_text(seed)))
    site.page("/sitemap.xml", sitemap([site.url(p) for p in ("/a", "/b", "/c")]), content_type="text/xml")
    add_sources(services, [site.url("/sitemap.xml")])
    times = [r["at"] for r in site.log]
    assert len(site.log) == 5  # robots.txt, the sitemap, three pages
    assert all(later - earlier >= 0.29 for earlier, later in zip(times, times[1:], strict=False))
    assert all("grantbot" in r["headers"]["User-Agent"] for r in site.log)


def test_an_entry_on_another_host_is_followed_when_allowed(site, services):
    services.settings.fetch_delay = 0
    site.page("/a", as_html(seed_text(SEED_0)))
    other = site.url("/a").replace("127.0.0.1", "localhost")
    site.page("/rss", rss([other]), content_type="application/rss+xml")
    report = add_sources(services, [site.url("/rss")], allowed_hosts=["localhost"])
    assert report.added == [other]


def test_a_withdrawn_announcement_asked_about_by_its_id_says_so_and_a_follow_up_leaves_it(site, services):
    from bot.answer import answer
    from bot.models import Session

    site.page("/a", as_html(seed_text(SEED_0)))
    site.page("/b", as_html(seed_text(SEED_1)))
    add_sources(services, [site.url("/a"), site.url("/b")])
    gone = services.catalogue.find_by_source(site.url("/a")).id
    session = Session(grant_id=gone)
    del site.routes["/a"]
    refresh(fresh(services))
    reader = fresh(services)
    by_link = answer("Når er søknadsfristen?", services=reader, grant_id=gone)
    assert by_link.grant.id == gone and "trukket tilbake" in by_link.answer.splitlines()[1]
    follow_up = answer("og hvem kan søke?", services=reader, session=session)
    assert follow_up.grant is None or follow_up.grant.id != gone
