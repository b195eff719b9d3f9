"""The profile a question states: only what is said, in any of the five languages."""

from __future__ import annotations

import pytest

from eligibility.profile_text import profile_from_text


@pytest.mark.parametrize(
    ("question", "profile"),
    [
        (
            "Vi er en kommune med 12 000 innbyggere. Kan vi søke?",
            {"applicant_type": "municipality", "population": 12000},
        ),
        (
            "Me er ein kommune med 5000 innbyggjarar. Kan me søkje?",
            {"applicant_type": "municipality", "population": 5000},
        ),
        ("Kan vi ansöka? Vi söker tillsammans med regionen.", {"partners": ["region"]}),
        (
            "Can we apply? We are a county of 275 000",
            {"applicant_type": "county_municipality", "population": 275000},
        ),
        ("Kan vi søke sammen med sykehuset?", {"partners": ["hospital_trust"]}),
        ("Kan vi søke uten partnere?", {"partners": []}),
        ("Kan vi ansöka utan partner?", {"partners": []}),
        (
            "Vi er en dansk kommune og søger om 500.000 kr",
            {"applicant_type": "municipality", "country": "DK", "requested_amount": 500000.0},
        ),
        ("Vi i Båtsfjord kommune lurer på om vi kan søke", {"municipality": "Båtsfjord"}),
        ("Kan en kommune med 3 000 innbyggere søke?", {"applicant_type": "municipality", "population": 3000}),
        (
            "Vi är en kommun, kan vi söka tillsammans med två andra kommuner?",
            {"applicant_type": "municipality", "partners": ["municipality", "municipality"]},
        ),
        ("Vi er en region i Danmark", {"applicant_type": "region", "country": "DK"}),
    ],
)
def test_stated_fields(question, profile):
    assert profile_from_text(question) == profile


def test_nothing_stated_is_nothing_assumed():
    assert profile_from_text("Kan vi søke?") == {}


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Vi er en stiftelse. Kan vi søke?", "ngo"),
        ("Vi er et idrettslag i Bergen", "ngo"),
        ("Vi är en ideell förening", "ngo"),
        ("Me er ei frivillig organisasjon", "ngo"),
        ("Vi er et aksjeselskap", "company"),
        ("Vi er en virksomhed, kan vi søge?", "company"),
        ("Jeg er privatperson", "individual"),
        ("Vi er ei statleg verksemd", "state_agency"),
        ("We are a university", "research_institution"),
        ("Can a sports club apply?", "ngo"),
        ("We are a local authority in Norway", "municipality"),
        ("Vi er et trossamfund", "ngo"),
    ],
)
def test_applicant_kind_uses_the_same_words_as_the_announcements(question, kind):
    # "stiftelser kan søke" in an announcement and "Vi er en stiftelse" in a question are one vocabulary.
    assert profile_from_text(question)["applicant_type"] == kind
