"""The sentences quoted for a question (bot.sentence_ranking.best_sentences), on seed 003's text."""

from __future__ import annotations

from bot.sentence_ranking import best_sentences

# Seed 003 (Helseteknologiordningen), two paragraphs.
TEXT = (
    "Denne tildelingen er en fortsettelse av et initiativ som startet i fjor høst, da Helsedirektoratet "
    "mottok hele 180 søknader på til sammen 332,1 millioner kroner. Av disse ble 66 prosjekter tilgodesett "
    "med midler for til sammen 56,7 millioner kroner.\n\n"
    "Av de 14,5 millioner kronene som er tildelt, går pengene til 32 ulike prosjekter. 16 av disse er nye "
    "prosjekter som ikke nådde opp i den første tildelingsrunden, mens de resterende 16 er prosjekter som "
    "allerede har mottatt midler i februar, og som nå får økt tilskuddsramme."
)


def test_a_sentence_that_refers_back_is_quoted_with_the_sentence_it_refers_to():
    quotes = best_sentences("Hvor mange prosjekter får midler i den nye tildelingen?", TEXT, [], limit=1)
    assert quotes == [
        "Av de 14,5 millioner kronene som er tildelt, går pengene til 32 ulike prosjekter. 16 av disse er nye "
        "prosjekter som ikke nådde opp i den første tildelingsrunden, mens de resterende 16 er prosjekter som "
        "allerede har mottatt midler i februar, og som nå får økt tilskuddsramme."
    ]
    assert all(q in TEXT for q in quotes)


def test_a_sentence_brought_along_is_not_quoted_twice():
    quotes = best_sentences("Hvor mange prosjekter fikk midler?", TEXT, [], limit=4)
    assert len(quotes) == len(set(quotes))
    assert not any(a != b and a in b for a in quotes for b in quotes)


# Seed 002 (samhandling), the paragraph on the two rounds.
ROUNDS = (
    "Samhandlingsmidlene for i år vil bli tildelt i to omganger. Søknadsfristene er 24.mars og 1.august. "
    "I første runde fordeles om lag 80 prosent av midlene. De resterende 20 prosentene fordeles i andre "
    "runde for å fange opp alle søknader. Det er Helsedirektoratet som lyser ut midlene og som behandler "
    "søknadene."
)


def test_an_english_question_finds_the_nordic_sentences_through_its_grant_vocabulary():
    quotes = best_sentences("How is the money split between the two application rounds?", ROUNDS, [], limit=3)
    assert "I første runde fordeles om lag 80 prosent av midlene." in quotes
