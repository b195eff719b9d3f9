"""End to end with the real bundled model and embedded Chroma on the bundled seeds."""

import pytest
from homes import copy_home

from retrieval.index import CONFIDENCE_THRESHOLD, HybridIndex
from settings import Settings

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def index(tmp_path_factory, real_embedder, sample_home) -> HybridIndex:
    """The index of the seeds as ingest built it (in the session's sample home, embedded once per run),
    opened in a copy: the tests only read."""
    home = copy_home(sample_home, tmp_path_factory.mktemp("end-to-end") / "home")
    ix = HybridIndex(Settings(home=home), embedder=real_embedder)
    assert len(ix.grant_ids()) == 5
    return ix


def test_finds_the_lighthouse_announcement_for_its_deadline_question(index):
    hit = index.search_grants("Når er søknadsfristen for å bli fyrtårnskommune?", k=3)[0]
    assert hit.source == "000_1de9e93bc0097409.txt"
    assert hit.confidence >= CONFIDENCE_THRESHOLD
    passages = index.search("Når er søknadsfristen for å bli fyrtårnskommune?", k=6, grant_id=hit.grant_id)
    assert any("Frist for søknad er mandag 6. september 2004." in p.text for p in passages)


def test_an_off_topic_question_falls_below_the_threshold(index):
    assert index.search_grants("Give me a recipe for pancakes.", k=1)[0].confidence < CONFIDENCE_THRESHOLD
