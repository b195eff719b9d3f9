"""English questions get the Nordic words of their grant vocabulary for the lexical search."""

from retrieval.glossary import nordic_terms


def test_english_grant_words_bring_their_nordic_equivalents():
    terms = nordic_terms("What was the application deadline for the grant for inclusion of children?").split()
    assert {"søknadsfrist", "ansökningsdag", "tilskudd", "inkludering", "barn"} <= set(terms)


def test_a_question_without_grant_vocabulary_adds_nothing():
    assert nordic_terms("Give me a recipe for pancakes.") == ""


def test_words_match_whole_words_only():
    assert "region" not in nordic_terms("The regional director")
