"""Dates as written in Nordic and English text, with their exact place."""

from __future__ import annotations

import pytest

from knowledge.dates import find_dates, find_years


def _read(text: str) -> list[tuple[int, int, int | None, str]]:
    return [(m.day, m.month, m.year, text[m.start : m.end]) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frist for søknad er mandag 6. september 2004.", [(6, 9, 2004, "mandag 6. september 2004")]),
        ("senast 15 mars 2009", [(15, 3, 2009, "15 mars 2009")]),
        ("Søknadsfristene er 24.mars og 1.august.", [(24, 3, None, "24.mars"), (1, 8, None, "1.august")]),
        ("Sista ansökningsdag: 2020-10-31", [(31, 10, 2020, "2020-10-31")]),
        ("Søknadsfrist 31.03.23.", [(31, 3, 2023, "31.03.23")]),
        ("Sidst opdateret 16-03-2017", [(16, 3, 2017, "16-03-2017")]),
        ("Opdateret 01 SEP 2023", [(1, 9, 2023, "01 SEP 2023")]),
        ("by 1 March 2024 or March 1, 2024", [(1, 3, 2024, "1 March 2024"), (1, 3, 2024, "March 1, 2024")]),
        ("infaller 31.1–18.2.2024.", [(18, 2, 2024, "18.2.2024")]),
        ("senast den 1:a mars 2024", [(1, 3, 2024, "1:a mars 2024")]),
    ],
)
def test_dates_in_the_forms_announcements_use(text, expected):
    assert _read(text) == expected


def test_weekday_is_kept_for_checking_the_year():
    [mention] = find_dates("ansøgningsfrist tirsdag den 28. marts og")
    assert mention.weekday == 1 and mention.year is None


@pytest.mark.parametrize("text", ["§ 15.85.21.10.", "Ring 56 16 00 10 (08.00-15.00).", "kr. 300.000,-", "30. februar 2021"])
def test_section_numbers_times_amounts_and_impossible_days_are_not_dates(text):
    assert find_dates(text) == []


def test_years_are_found_alone_and_inside_dates_but_not_in_amounts():
    assert [y for _, y in find_years("I 2010, 2014-2021 og 20.09.2020; 2 000 000 kr")] == [2010, 2014, 2021, 2020]
