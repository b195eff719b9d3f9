"""Choosing the grant a question is about."""

from types import SimpleNamespace

from bot.grant_resolution import is_follow_up, names_the_grant, prefer_named_year

TEXTS = {
    "pool-2017": "Tilskud til indretning af demensegnede plejeboliger. Ansøgningsfrist 1. marts 2017.",
    "pool-2018": "Puljen er udmeldt i januar 2018. Ansøgningsfrist 15. marts 2018.",
}


def hits(*ids):
    return [SimpleNamespace(grant_id=i) for i in ids]


def test_a_question_naming_a_year_goes_to_the_close_candidate_that_mentions_it():
    ranked = prefer_named_year(hits("pool-2017", "pool-2018"), "Hvornår er fristen for puljen 2018?", TEXTS.get)
    assert [h.grant_id for h in ranked] == ["pool-2018", "pool-2017"]


def test_without_a_year_the_ranking_stands():
    ranked = prefer_named_year(hits("pool-2017", "pool-2018"), "Hvornår er fristen for puljen?", TEXTS.get)
    assert [h.grant_id for h in ranked] == ["pool-2017", "pool-2018"]


def test_a_follow_up_made_of_generic_words_names_no_grant_of_its_own():
    assert is_follow_up("og hvem er kontaktperson?") and is_follow_up("och hur mycket?")
    assert not is_follow_up("Hvem er kontaktperson for Helseteknologiordningen?")


def test_weather_does_not_speak_of_grants_but_a_grant_word_does():
    assert not names_the_grant("Hva blir været i Oslo i morgen?", "Tilskudd til barn og unge i Oslo og Viken")
    assert names_the_grant("Fortell om tilskuddet", "Øker tilskuddet i Helseteknologiordningen")
