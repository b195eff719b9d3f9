"""Pure fusion functions: reciprocal rank fusion of ranked lists and grant-level aggregation."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence

RRF_K = 60  # the constant of Cormack et al. (2009); damps the weight of the very first ranks


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[Hashable]], weights: Sequence[float] | None = None, k: int = RRF_K
) -> dict[Hashable, float]:
    """Fuse ranked lists (best first): each item scores the sum of ``weight / (k + rank)`` over the lists."""
    weights = weights if weights is not None else [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking")
    fused: dict[Hashable, float] = defaultdict(float)
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, item in enumerate(ranking, start=1):
            fused[item] += weight / (k + rank)
    return dict(fused)


def ranked(scores: Mapping[Hashable, float]) -> list[Hashable]:
    """The keys of ``scores``, best first (ties keep insertion order)."""
    return sorted(scores, key=lambda key: -scores[key])


def normalized_score_fusion(
    signals: Mapping[str, Mapping[Hashable, float]], weights: Mapping[str, float]
) -> dict[Hashable, float]:
    """Fuse scored signals: each is scaled so its best item scores 1 (and 0 stays 0), then weighted and summed.

    Unlike rank fusion this keeps margins: a grant far ahead on its title beats one barely ahead.
    """
    fused: dict[Hashable, float] = defaultdict(float)
    for name, scores in signals.items():
        weight = weights.get(name, 0.0)
        if not scores or not weight:
            continue
        low = min(0.0, *scores.values())
        span = (max(scores.values()) - low) or 1.0
        for item, score in scores.items():
            fused[item] += weight * (score - low) / span
    return dict(fused)


def best_scores(pairs: Iterable[tuple[Hashable, float]]) -> dict:
    """Each key's best score among ``(key, score)`` pairs, e.g. a grant's from its chunks."""
    out: dict[Hashable, float] = {}
    for key, score in pairs:
        out[key] = max(score, out.get(key, score))
    return out
