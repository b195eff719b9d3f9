"""Choosing the grant a question is about."""

from types import SimpleNamespace

from bot.grant_resolution import (
    OFF_TOPIC_BELOW,
    is_follow_up,
    is_off_topic,
    names_the_grant,
    prefer_named_year,
    resolve_grant,
)
from bot.models import Session

TEXTS = {
    "pool-2017": "Tilskud til indretning af demensegnede plejeboliger. Ansøgningsfrist 1. marts 2017.",
    "pool-2018": "Puljen er udmeldt i januar 2018. Ansøgningsfrist 15. marts 2018.",
}


def hits(*ids):
    return [SimpleNamespace(grant_id=i, score=1.0) for i in ids]


def test_a_question_naming_a_year_goes_to_the_close_candidate_that_mentions_it():
    ranked = prefer_named_year(hits("pool-2017", "pool-2018"), "Hvornår er fristen for puljen 2018?", TEXTS.get)
    assert [h.grant_id for h in ranked] == ["pool-2018", "pool-2017"]


def test_without_a_year_the_ranking_stands():
    ranked = prefer_named_year(hits("pool-2017", "pool-2018"), "Hvornår er fristen for puljen?", TEXTS.get)
    assert [h.grant_id for h in ranked] == ["pool-2017", "pool-2018"]


def test_a_programme_period_names_no_round():
    # ../shared/corpus c331: "the first Interreg Baltic Sea Region 2021-2027 call" had gone to a
    # close page titled "Regionalt hovedprosjekt kommune 2021"
    texts = {"interreg": "Interreg Baltic Sea Region\nhttps://interreg-baltic.eu/\nCore projects.",
             "county": "Regionalt hovedprosjekt kommune 2021\nhttps://rff.no/\nSøknadsfrist 2021."}
    question = "What is the deadline for core projects in the first Interreg Baltic Sea Region 2021-2027 call?"
    ranked = prefer_named_year(hits("interreg", "county"), question, texts.get)
    assert [h.grant_id for h in ranked] == ["interreg", "county"]


def test_a_follow_up_made_of_generic_words_names_no_grant_of_its_own():
    assert is_follow_up("og hvem er kontaktperson?") and is_follow_up("och hur mycket?")
    assert not is_follow_up("Hvem er kontaktperson for Helseteknologiordningen?")


def test_asking_for_the_own_share_or_whom_to_call_stays_on_the_grant_in_the_conversation():
    assert is_follow_up("Må vi ha egenandel?") and is_follow_up("Is co-financing required?")
    assert is_follow_up("Kven kan eg ringje til?")
    assert not is_follow_up("Må vi ha egenandel i Helseteknologiordningen?")


def test_weather_does_not_speak_of_grants_but_a_grant_word_does():
    assert not names_the_grant("Hva blir været i Oslo i morgen?", "Tilskudd til barn og unge i Oslo og Viken")
    assert names_the_grant("Fortell om tilskuddet", "Øker tilskuddet i Helseteknologiordningen")


def test_a_grant_word_ending_a_compound_speaks_of_grants():
    # the grant named by a compound the asker coined, inflected ("-en", "-et", "-d")
    title = "Tilskudd til barn og unge i Oslo og Viken"
    assert names_the_grant("Hva går fyrtårnsordningen ut på?", title)
    assert names_the_grant("Hvad er kjøkkenpuljen?", title)
    assert names_the_grant("Hva er rustilskuddet?", title)
    assert not names_the_grant("Hvem er statsminister i Danmark?", title)


def scored(*pairs):
    return [SimpleNamespace(grant_id=g, score=s, confidence=0.9, passages=[], title=g) for g, s in pairs]


class FakeIndex:
    """search_grants gives fixed hits; search gives no passages."""

    def __init__(self, hits):
        self.hits = hits

    def search_grants(self, question, k=5):
        return self.hits[:k]

    def search(self, question, k=6, grant_id=None):
        return []


def test_a_close_sibling_stating_the_asked_fact_does_not_take_the_question():
    # The page asked about may not state a deadline; its sibling's deadline would be a wrong answer.
    index = FakeIndex(scored(("faq", 1.0), ("call", 0.95)))
    found = resolve_grant(index, "Når er fristen for ældrepuljen?", None, set(), "deadline", TEXTS.get)
    assert found.grant_id == "faq" and found.alternatives == ["call"]


def test_a_year_far_behind_does_not_decide():
    ranked = prefer_named_year(scored(("pool-2017", 1.0), ("pool-2018", 0.3)), "Fristen for puljen 2018?", TEXTS.get)
    assert [h.grant_id for h in ranked] == ["pool-2017", "pool-2018"]


def test_close_announcements_are_named_as_alternatives():
    index = FakeIndex(scored(("round-2", 1.0), ("round-1", 0.97), ("other", 0.2)))
    found = resolve_grant(index, "Når er fristen for ældrepuljen?", None, set(), "deadline", TEXTS.get)
    assert found.grant_id == "round-2" and found.alternatives == ["round-1"]


def test_in_a_conversation_a_question_that_fits_another_grant_better_moves_there():
    index = FakeIndex(scored(("it-samverkan", 1.0), ("fyrtarn", 0.3)))
    session = Session(grant_id="fyrtarn")
    question = "Hur mycket kan ett län med 275 000 invånare få?"
    found = resolve_grant(index, question, session, {"fyrtarn", "it-samverkan"}, "amount", TEXTS.get)
    assert found.grant_id == "it-samverkan"


def test_in_a_conversation_a_question_that_fits_its_grant_as_well_as_any_stays():
    index = FakeIndex(scored(("round-2", 1.0), ("round-1", 0.96)))
    session = Session(grant_id="round-1")
    found = resolve_grant(index, "Hvor mye kan en kommune få i puljen?", session, {"round-1", "round-2"}, "amount", TEXTS.get)
    assert found.grant_id == "round-1"


def test_an_off_topic_question_is_off_topic_in_a_conversation_too():
    index = FakeIndex([SimpleNamespace(grant_id="fyrtarn", score=0.2, confidence=0.05, passages=[], title="Fyrtårn")])
    found = resolve_grant(index, "Hva blir været i morgen?", Session(grant_id="fyrtarn"), {"fyrtarn"}, "other", TEXTS.get)
    assert found.grant_id is None


def test_a_first_question_of_generic_words_leaves_the_choice_to_the_asker():
    index = FakeIndex(scored(("round-2", 1.0), ("round-1", 0.97), ("other", 0.2)))
    found = resolve_grant(index, "Når er fristen for puljen?", None, set(), "deadline", TEXTS.get)
    assert found.unnamed and found.grant_id is None and found.alternatives == ["round-2", "round-1", "other"]


def test_a_follow_up_of_generic_words_stays_on_the_conversation_grant():
    index = FakeIndex(scored(("other", 1.0)))
    found = resolve_grant(index, "og hvem er kontaktperson?", Session(grant_id="fyrtarn"), {"fyrtarn"}, "contact", TEXTS.get)
    assert found.grant_id == "fyrtarn"


def test_the_candidate_naming_the_year_in_its_title_wins_over_one_mentioning_it_in_passing():
    texts = {
        "scheme-2022": "Medfinansieringsordningen 2022\nhttps://example.no/2022\nOrdningen fra 2021 er videreført.",
        "scheme-2021": "Medfinansieringsordningen 2021\nhttps://example.no/2021\nSøknadsfristen er 1. mars.",
    }
    ranked = prefer_named_year(scored(("scheme-2022", 1.0), ("scheme-2021", 0.9)), "Når er fristen i 2021?", texts.get)
    assert [h.grant_id for h in ranked] == ["scheme-2021", "scheme-2022"]


def test_a_page_titled_with_another_year_loses_to_one_that_names_the_asked_year_in_its_text():
    # Two Statsforvalteren pages of one scheme (../shared/corpus 200 and 201): the 2021 round was
    # published in 2020, so its address holds 2020 too.
    texts = {
        "round-2021": "Prosjektskjønn - fornying og innovasjon 2021\n"
                      "https://www.statsforvalteren.no/nb/Trondelag/Tilskudd/2020/09/prosjektskjonn-2021/\n"
                      "Søknadsfrist: 1. september 2020",
        "round-2020": "Prosjektskjønn - fornying og innovasjon\n"
                      "https://www.fylkesmannen.no/Trondelag/Tilskudd/2019/06/prosjektskjonn2/\n"
                      "Søknadsfristen for prosjektskjønnet for 2020 er 1. juni 2019.",
    }
    question = "Who can apply for the renewal and innovation project funds for 2020?"
    ranked = prefer_named_year(scored(("round-2021", 1.0), ("round-2020", 0.9)), question, texts.get)
    assert [h.grant_id for h in ranked] == ["round-2020", "round-2021"]


def test_a_what_is_question_that_speaks_of_no_grant_must_match_as_well_as_one_with_no_cue():
    weak = (OFF_TOPIC_BELOW["fact"] + OFF_TOPIC_BELOW["other"]) / 2  # between the two floors
    title = "To millioner tilskuddkroner til kommuner som satser elektronisk samarbeid"
    assert is_off_topic("Hvad er klokken i Tokyo?", "overview", weak, title)
    assert not is_off_topic("Hva er formålet med tilskuddsordningen for elektronisk samarbeid i kommunene?",
                            "overview", weak, title)
    assert not is_off_topic("Når er søknadsfristen?", "deadline", weak, title)
