"""The language axis: what the multilingual model's vectors share by language alone, left out."""

import numpy as np

from retrieval.embeddings import DEFAULT_MODEL, HashingEmbedder
from retrieval.language_axis import language_axis, parallel_sentences, similarities_without


def test_the_parallel_sentences_are_the_same_messages_in_all_five_languages():
    sentences = parallel_sentences()
    assert set(sentences) == {"nb", "nn", "sv", "da", "en"}
    counts = {len(texts) for texts in sentences.values()}
    assert len(counts) == 1 and counts.pop() > 100
    assert all(text and "{" not in text for texts in sentences.values() for text in texts)


def test_the_bundled_model_has_its_axis_shipped_as_a_unit_vector():
    axis = language_axis(DEFAULT_MODEL, embedder=None)  # shipped: nothing is embedded
    assert axis.shape == (384,) and abs(np.linalg.norm(axis) - 1.0) < 1e-6


def test_another_model_has_its_axis_measured_on_the_parallel_sentences():
    axis = language_axis("hashing-test-model", HashingEmbedder())
    assert abs(np.linalg.norm(axis) - 1.0) < 1e-6


def test_similarity_without_the_axis_ignores_what_two_vectors_share_along_it():
    axis = np.array([1.0, 0.0, 0.0])
    same_language = np.array([[0.8, 0.6, 0.0]])  # shares the language, says something else
    other_language = np.array([[-0.6, 0.0, 0.8]])  # says what was asked
    question = [0.6, 0.0, 0.8]
    assert (same_language @ question)[0] > (other_language @ question)[0]
    assert similarities_without(question, same_language, axis)[0] == 0.0
    assert similarities_without(question, other_language, axis)[0] == 1.0


def test_without_the_axis_an_english_question_is_pulled_less_to_an_english_page_on_another_topic(real_embedder):
    # Passages quoted from ../shared/corpus (320, Friluftsrådet; 336, the Nordic Council of Ministers).
    question = real_embedder.embed_query("Who can I contact about the Danish Outdoor Council's 2018 outdoor recreation grants?")
    passages = np.array(real_embedder.embed_documents([
        "Friluftsrådet giver tilskud til både små og store projekter, der udvikler nye muligheder for friluftsliv "
        "og oplevelser i naturen.",
        "The Nordic Council of Ministers is opening applications for three Nordic cooperation programmes in the "
        "Baltic Sea Region and with North-West Russia.",
    ]))
    danish, english = passages @ np.asarray(question)
    danish_without, english_without = similarities_without(question, passages, language_axis(DEFAULT_MODEL, None))
    assert english_without - danish_without < 0.8 * (english - danish)
