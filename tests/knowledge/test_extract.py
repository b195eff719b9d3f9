"""The grant record's own address: the announcement's, never a link quoted in its text."""

from knowledge.extract import extract_record
from knowledge.models import Document

TEXT = ("Tidligere i år etterlyste sosialministeren flere modige kommuner "
        "(http://odin.dep.no/sos/norsk/aktuelt/pressem/044051-070115/dok-bn.html). Frist for søknad er 6. september 2004.")


def _doc(url: str | None) -> Document:
    return Document(source="a.md", title="Fyrtårn", text=TEXT, language="nb", content_hash="h", url=url)


def test_the_records_own_address_is_the_front_matter_or_fetched_url():
    record = extract_record(_doc("https://www.helsedirektoratet.no/tilskudd/fyrtarn"))
    assert record.url == "https://www.helsedirektoratet.no/tilskudd/fyrtarn"
    assert record.to_contract()["url"] == record.url


def test_a_link_in_the_text_is_no_address_of_the_announcement():
    record = extract_record(_doc(None))
    assert record.url is None
    assert record.urls == ["http://odin.dep.no/sos/norsk/aktuelt/pressem/044051-070115/dok-bn.html"]


def test_the_year_is_the_publication_year_else_the_latest_deadlines():
    assert extract_record(_doc(None)).year() == 2004
