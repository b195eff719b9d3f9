"""Nordic letters fold to the ASCII spellings web addresses use."""

from knowledge.letters import fold, with_folded


def test_an_address_spelling_meets_the_name():
    assert fold("Konfliktrådet") == "konfliktraadet"
    assert fold("Sør-Fron") == "soer-fron"
    assert fold("Folkhälsomyndigheten") == "folkhaelsomyndigheten"
    assert fold("Bispebjerg Hospital, København Ø") == "bispebjerg hospital, koebenhavn oe"


def test_plain_text_is_indexed_once():
    assert with_folded("grant") == "grant"
    assert with_folded("tilskot til bustadtiltak") == "tilskot til bustadtiltak"
    assert with_folded("Hjemlighed på plejehjem") == "Hjemlighed på plejehjem\nhjemlighed paa plejehjem"
