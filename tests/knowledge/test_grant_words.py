"""Grant words, and the compounds that begin or end with one."""

import pytest

from knowledge.grant_words import is_grant_word, named_part


@pytest.mark.parametrize(
    "word", ["tilskuddet", "rustilskuddet", "statsbidraget", "kjøkkenpuljen", "fyrtårnsordningen", "stödet"]
)
def test_grant_words_and_the_compounds_they_end_inflected(word):
    assert is_grant_word(word)


@pytest.mark.parametrize("word", ["statsminister", "apotek", "körkort"])
def test_other_words_are_no_grant_words(word):
    assert not is_grant_word(word)


def test_a_compound_ending_in_a_grant_word_is_named_by_its_first_part_without_the_linking_s():
    assert named_part("fyrtårnsordningen") == "fyrtårn"
    assert named_part("kjøkkenpuljen") == "kjøkken"
    assert named_part("klimatilpasningstilskuddet") == "klimatilpasning"
    # a grant word alone, or a first part too short to name anything, is no such compound
    assert named_part("ordningen") is None and named_part("rustilskuddet") is None
    assert named_part("imdi-tilskotet") is None  # its parts are words of their own already
