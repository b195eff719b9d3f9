"""Fusion is pure arithmetic on hand-built rankings and scores."""

import pytest

from retrieval.fusion import (
    best_scores,
    normalized_score_fusion,
    ranked,
    reciprocal_rank_fusion,
)


def test_rrf_sums_reciprocal_ranks_over_lists():
    fused = reciprocal_rank_fusion([["a", "b"], ["b", "c"]], k=60)
    assert fused["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert fused["a"] == pytest.approx(1 / 61)
    assert ranked(fused) == ["b", "a", "c"]


def test_rrf_weights_scale_each_list():
    fused = reciprocal_rank_fusion([["a"], ["b"]], weights=[2.0, 1.0])
    assert ranked(fused) == ["a", "b"]


def test_rrf_needs_one_weight_per_list():
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"], ["b"]], weights=[1.0])


def test_score_fusion_scales_each_signal_to_its_best():
    fused = normalized_score_fusion(
        {"title": {"a": 10.0, "b": 5.0}, "text": {"b": 2.0, "c": 2.0}}, {"title": 1.0, "text": 0.5}
    )
    assert fused == pytest.approx({"a": 1.0, "b": 1.0, "c": 0.5})


def test_score_fusion_keeps_margins_that_ranks_lose():
    close = normalized_score_fusion({"s": {"a": 10.0, "b": 9.9}, "t": {"b": 1.0, "a": 0.1}}, {"s": 1, "t": 1})
    assert ranked(close) == ["b", "a"]


def test_score_fusion_ignores_empty_and_unweighted_signals():
    assert normalized_score_fusion({"s": {}, "t": {"a": 1.0}}, {"s": 1.0}) == {}


def test_a_group_scores_its_best_item():
    assert best_scores([("g1", 0.2), ("g1", 0.7), ("g2", 0.5)]) == {"g1": 0.7, "g2": 0.5}
