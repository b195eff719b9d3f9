"""The bundled sample in a haystack: other announcements whose titles use the words every question uses.

The distractors are written for this test (not taken from any corpus): a page titled with the word
"søknadsfrist", a page about deadlines in general, pages in Swedish and Danish. A question names
its grant with its rare words; the words that say what is asked must not pick the page.
"""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from homes import copy_home

from bot.ingest import ingest
from bot.models import Session
from bot.services import Services
from settings import Settings

pytestmark = pytest.mark.model
SAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "sample"
TODAY = dt.date(2026, 11, 22)

DISTRACTORS = {
    "soknadsfrist-2023.md": "---\ntitle: Søknadsfrist (2023)\nurl: https://www.example.no/tilskudd/soknadsfrist\n---\n"
    "Søknadsfrist for tilskudd til lag og foreninger. Kunngjøringen oppgir ingen søknadsfrist for 2023. "
    "Kontakt kommunen for spørsmål om søknaden.\n",
    "frister-og-kontakt.md": "---\ntitle: Frister, beløp og kontaktpersoner for tilskudd\n---\n"
    "Her finner du søknadsfrister, beløp og kontaktpersoner for alle tilskudd kommunen forvalter. "
    "Søknadsfristen er vanligvis 1. mars. Kontaktperson er servicetorget.\n",
    "sista-ansokningsdag.md": "---\ntitle: Sista ansökningsdag för bidrag till föreningar\n---\n"
    "Sista ansökningsdag för bidrag till kulturföreningar är den 15 februari. Kontakta kulturförvaltningen.\n",
    "ansoegningsfrist.md": "---\ntitle: Ansøgningsfrist for puljen til idrætsforeninger\n---\n"
    "Ansøgningsfristen for puljen er 1. april. Foreninger kan søge om tilskud til aktiviteter.\n",
}


@pytest.fixture(scope="module")
def haystack(tmp_path_factory, sample_home) -> Services:
    """The sample and the distractors in one folder, ingested into a copy of the sample home: the
    sample's vectors are kept, so only the distractors are embedded."""
    folder = tmp_path_factory.mktemp("haystack")
    for path in SAMPLE.iterdir():
        shutil.copy(path, folder / path.name)
    for name, text in DISTRACTORS.items():
        (folder / name).write_text(text, encoding="utf-8")
    services = Services(Settings(home=copy_home(sample_home, tmp_path_factory.mktemp("haystack-home") / "home")))
    report = ingest(services, [folder])
    assert not report.failed and len(report.added) == len(DISTRACTORS), report.summary()
    return services


def test_the_readme_example_finds_the_lighthouse_grant_not_a_page_titled_with_the_asked_word(haystack):
    ans = haystack.answer("Når er søknadsfristen for å bli fyrtårnskommune?", today=TODAY)
    assert ans.grant.source == "000_1de9e93bc0097409.txt"
    assert ans.facts.deadlines == ["2004-09-06"]


def test_english_questions_find_the_swedish_and_the_norwegian_announcement(haystack):
    swedish = haystack.answer("What is the deadline for the state funds for regional IT cooperation in Sweden?")
    norwegian = haystack.answer("How much money did Bardu municipality get from the health technology scheme?")
    assert swedish.grant.source == "001_1a68e8f698feec8c.txt"
    assert norwegian.grant.source == "003_6397588da340b2da.txt"


def test_a_conversation_moves_to_the_grant_a_question_clearly_fits_and_refuses_the_weather(haystack):
    session = Session()
    haystack.answer("Når er søknadsfristen for å bli fyrtårnskommune?", today=TODAY, session=session)
    moved = haystack.answer("Hur mycket kan ett län med 275 000 invånare få för regional IT-samverkan?",
                            today=TODAY, session=session)
    weather = haystack.answer("Hva blir været i morgen?", today=TODAY, session=session)
    assert moved.grant.source == "001_1a68e8f698feec8c.txt"
    assert weather.grant is None and not weather.answered


def test_a_grant_named_by_a_compound_the_page_never_writes_whole_is_found(haystack):
    # "fyrtårnordningen": the page writes "fyrtårn" and "fyrtårnskommune", the haystack "ordningen"
    ans = haystack.answer("Hva er fyrtårnordningen?", today=TODAY)
    assert ans.grant is not None and ans.grant.source == "000_1de9e93bc0097409.txt"
