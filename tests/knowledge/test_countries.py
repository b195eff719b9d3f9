"""One country vocabulary: names, adjectives, domains, languages and currencies of NO, SE and DK."""

from knowledge.countries import BY_DOMAIN, BY_LANGUAGE, COUNTRIES, CURRENCY, named_in, of_asker
from knowledge.messages import has


def test_every_country_has_a_domain_a_language_a_currency_and_a_display_name():
    for code in COUNTRIES:
        assert code in BY_DOMAIN.values() and code in BY_LANGUAGE.values() and code in CURRENCY
        assert has(f"country.{code}")


def test_a_text_names_countries_by_their_names_in_any_of_our_languages():
    assert named_in("Sökanden ska vara etablerad i Sverige eller Norge.") == ["NO", "SE"]
    assert named_in("Open to organisations registered in Denmark.") == ["DK"]
    assert named_in("Region Syddanmark") == []  # a name inside another word names nothing


def test_the_asker_places_themselves_by_an_adjective_or_in_a_country():
    assert of_asker("Vi er en dansk kommune") == "DK"
    assert of_asker("Kan vi søke fra en kommune i Noreg?") == "NO"
    assert of_asker("We are a Swedish region") == "SE"
    assert of_asker("Innovation Norway") is None  # a name without "in" is an organisation, not where we are
