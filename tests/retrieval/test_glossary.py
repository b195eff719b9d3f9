"""English questions get the Nordic words of their grant vocabulary for the lexical search."""

from retrieval.glossary import nordic_terms


def test_english_grant_words_bring_their_nordic_equivalents():
    terms = nordic_terms("What was the application deadline for the grant for inclusion of children?").split()
    assert {"søknadsfrist", "ansökningsdag", "tilskudd", "inkludering", "barn"} <= set(terms)


def test_a_question_without_grant_vocabulary_adds_nothing():
    assert nordic_terms("Give me a recipe for pancakes.") == ""


def test_words_match_whole_words_only():
    assert "region" not in nordic_terms("The regional director")


def test_the_areas_grants_are_given_for_bring_their_nordic_words():
    # an English question names its grant by its area; the announcement by the Nordic word for it
    assert "friluftsliv" in nordic_terms("Who can apply for the outdoor recreation grants?").split()
    assert "trafikksikkerhet" in nordic_terms("Can municipalities apply for the road safety grant?").split()
    assert {"vold", "våld"} <= set(nordic_terms("Who can get the grant for violence-prevention work?").split())


def test_a_public_body_named_in_english_brings_its_own_name():
    assert "husbanken" in nordic_terms("When is Husbanken's deadline? The Norwegian State Housing Bank's?").split()
    assert "socialstyrelsen" in nordic_terms("Who can apply to the National Board of Health and Welfare?").split()
    # one English name, two countries' bodies: the country decides
    danish = nordic_terms("What does the Danish Energy Agency fund?").split()
    assert "energistyrelsen" in danish and "energimyndigheten" not in danish


def test_a_longer_term_is_one_name_and_its_first_word_adds_nothing_of_its_own():
    # ../shared/corpus c206: "the County Governor of Vestland" is the statsforvalter, not the county council.
    terms = nordic_terms("How much did the County Governor of Vestland distribute in autumn 2021?").split()
    assert "statsforvalteren" in terms and "fylkeskommune" not in terms
    assert "fylkeskommune" in nordic_terms("Can a county apply, and what does the County Governor say?").split()
