"""Reading numbers the way Nordic and English announcements write them."""

from __future__ import annotations

import re

import pytest

from knowledge.numbers import DIGITS, NUMBER_WORD, parse_digits, scale_value, word_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("150.000", 150_000),
        ("2 000 000", 2_000_000),
        ("300\u00a0000", 300_000),
        ("200 000,00", 200_000),
        ("2.000.000", 2_000_000),
        ("5,000", 5_000),
        ("1.09", 1.09),
        ("14,5", 14.5),
    ],
)
def test_grouped_and_decimal_digits_read_as_written(written, value):
    assert re.fullmatch(DIGITS, written)
    assert parse_digits(written) == pytest.approx(value)


def test_comma_before_three_digits_is_decimal_when_a_scale_follows():
    # "Beløp: 291,985 mill.kr (2019)."
    assert parse_digits("291,985", scaled=True) == pytest.approx(291.985)
    assert parse_digits("1,395", scaled=True) == pytest.approx(1.395)


def test_digit_pattern_does_not_glue_a_year_to_the_amount_after_it():
    assert [m.group() for m in re.finditer(DIGITS, "I 2019 500 000 kroner")] == ["2019", "500 000"]


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("to", 2),
        ("fem", 5),
        ("tio", 10),
        ("sju", 7),
        ("syv", 7),
        ("ett", 1),
        ("tjuefem", 25),
        ("tjugofem", 25),
        ("femogtyve", 25),
        ("tohundre", 200),
        ("tvåhundrafemtio", 250),
        ("halv", 0.5),
    ],
)
def test_number_words_in_all_five_languages(word, value):
    assert re.fullmatch(NUMBER_WORD, word)
    assert word_number(word) == value


@pytest.mark.parametrize(
    ("words", "value"),
    [("to hundre", 200), ("fem hundra", 500), ("hundre og femti", 150), ("en halv", 0.5), ("ei halv", 0.5)],
)
def test_number_words_written_apart_read_as_one_number(words, value):
    assert re.fullmatch(NUMBER_WORD, words)
    assert word_number(words) == value


def test_ordinary_words_are_not_numbers():
    assert word_number("kroner") is None
    assert not re.fullmatch(NUMBER_WORD, "tilskudd")


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("millioner", 1e6),
        ("millionar", 1e6),
        ("miljoner", 1e6),
        ("mill.", 1e6),
        ("mio.", 1e6),
        ("milliarder", 1e9),
        ("miljarder", 1e9),
        ("mia.", 1e9),
        ("tusen", 1e3),
        ("million", 1e6),
    ],
)
def test_scale_words_multiply(word, value):
    assert scale_value(word) == value


def test_non_scale_word_has_no_multiplier():
    assert scale_value("millimeter") is None
