"""The announcement's own publication date, read only from a publication label."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import published
from knowledge.published import extract_published

SAMPLE = Path(published.__file__).parent / "sample"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publisert 07.03.2017\n\nStyrkingen skal skje i tråd med opptrappingsplanen.", dt.date(2017, 3, 7)),
        ("Publicerad: 6 februari 2020\n\nFakturering av stimulansmedel", dt.date(2020, 2, 6)),
        ("Av: Inger Elisabeth Borge / Publisert: 25.04.2018 / Oppdatert: 26.04.2018", dt.date(2018, 4, 25)),
        ("Publisert: 30. januar 2018", dt.date(2018, 1, 30)),
        ("Utlysningsdatum: 2024-05-08\nSista ansökningsdag: 2024-08-15", dt.date(2024, 5, 8)),
        ("Udgivet den 3. februar 2021", dt.date(2021, 2, 3)),
    ],
)
def test_publication_date_after_a_label(text, expected):
    assert extract_published(text) == expected


def test_last_updated_is_not_the_publication_date():
    assert extract_published("Ansøgningsfrist:\n16. maj 2017\nSidst opdateret 16-03-2017") is None


def test_label_without_a_date_next_to_it_gives_nothing():
    assert extract_published("Publicerad:\nSocialstyrelsen har fått i uppdrag att fördela 10 miljarder 2020.") is None


def test_archive_notice_period_is_not_the_publication_date():
    assert extract_published("Innehållet publicerades under perioden 3 oktober 2014 till den 20 januari 2019") is None


def test_seed_that_names_a_government_not_a_date_has_no_publication_date():
    assert extract_published((SAMPLE / "002_56ff6eb9f7905725.txt").read_text(encoding="utf-8")) is None
