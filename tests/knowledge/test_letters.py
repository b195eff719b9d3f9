"""Nordic letters fold to the ASCII spellings web addresses use."""

from knowledge.letters import address_spellings, fold, strip_marks, with_folded


def test_an_address_spelling_meets_the_name():
    assert fold("Konfliktrådet") == "konfliktraadet"
    assert fold("Sør-Fron") == "soer-fron"
    assert fold("Folkhälsomyndigheten") == "folkhaelsomyndigheten"
    assert fold("Bispebjerg Hospital, København Ø") == "bispebjerg hospital, koebenhavn oe"


def test_plain_text_is_indexed_once():
    assert with_folded("grant") == "grant"
    assert with_folded("tilskot til bustadtiltak") == "tilskot til bustadtiltak"
    assert with_folded("Hjemlighed på plejehjem") == ("Hjemlighed på plejehjem\nhjemlighed paa plejehjem"
                                                      "\nhjemlighed pa plejehjem")


def test_an_address_without_the_marks_meets_the_name_too():
    # ../shared/corpus: harnosand.se, varumarket.ornskoldsvik.se, "Sokje naringsfond og andre stotteordningar"
    assert strip_marks("Härnösand") == "harnosand"
    assert strip_marks("Örnsköldsvik") == "ornskoldsvik"
    assert strip_marks("Søkje næringsfond") == "sokje naringsfond"
    assert "harnosand" in with_folded("Härnösand").split("\n")


def test_an_address_may_keep_ae_as_two_letters_and_drop_the_other_marks():
    # vaeroy.kommune.no for Værøy; sorreisa.kommune.no and soerreisa for Sørreisa
    assert "vaeroy" in address_spellings("Værøy")
    assert {"sorreisa", "soerreisa"} <= address_spellings("Sørreisa")
