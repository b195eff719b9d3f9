"""Every fact read from every page of the real corpus (tests/data/corpus.tar.xz) carries a verbatim
quote of its document, and the quote holds the value: no date, amount, phone or e-mail that its
sentence does not state."""

from __future__ import annotations

import re
import tarfile
from functools import cache
from pathlib import Path

import phonenumbers
import pytest

from knowledge.documents import build_document
from knowledge.extract import extract_record
from knowledge.loaders import load_file

ARCHIVE = Path(__file__).resolve().parents[1] / "data" / "corpus.tar.xz"


def _names() -> list[str]:
    with tarfile.open(ARCHIVE) as tar:
        return sorted(m.name for m in tar.getmembers() if m.isfile() and m.name.endswith(".md"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    with tarfile.open(ARCHIVE) as tar:
        tar.extractall(folder, filter="data")
    return folder


@cache
def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_the_archive_holds_the_whole_corpus():
    assert len(_names()) == 184


@pytest.mark.parametrize("name", _names())
def test_every_fact_of_the_page_is_held_by_its_verbatim_quote(corpus, name):
    doc = build_document(load_file(corpus / name))
    record = extract_record(doc)
    facts = [*record.deadlines, *record.deadline_notes, *record.amounts, *record.applicant_types, *record.contacts]
    facts += [record.application_address] if record.application_address else []
    for fact in facts:
        assert fact.quote and fact.quote in doc.text, fact
    # The year of "Søknadsfrist 1. april." comes from the page itself (its date, title or address).
    page = f"{doc.title}\n{doc.url or ''}\n{doc.published or ''}\n{doc.text}"
    for d in record.deadlines:
        assert str(d.date.day) in d.quote, d
        assert str(d.date.year) in d.quote or str(d.date.year) in page, d
    for a in record.amounts:
        assert a.text in a.quote, a
    for c in record.contacts:
        if c.phone:
            assert str(phonenumbers.parse(c.phone).national_number) in _digits(c.quote), c
        if c.email:
            assert c.email.casefold() in c.quote.casefold(), c
        # A person is named in the quote; a body asked to be contacted ("Kontakta oss") may be named
        # elsewhere on the page or by its address.
        if c.name:
            assert c.name in c.quote or c.name.casefold() in page.casefold(), c
    if record.application_address:
        for line in record.application_address.text.splitlines():
            assert line.strip() in doc.text, line
