"""Pure fusion functions: reciprocal rank fusion of ranked lists and grant-level aggregation."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence

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


def aggregate(scores: Mapping[Hashable, float], group_of: Mapping[Hashable, Hashable], decay: float = 0.5) -> dict:
    """Group scores: the best item's score plus ``decay`` times the second best, so one strong
    passage wins but a grant with two good passages beats a grant with one."""
    by_group: dict[Hashable, list[float]] = defaultdict(list)
    for item, score in scores.items():
        by_group[group_of[item]].append(score)
    out = {}
    for group, values in by_group.items():
        top = sorted(values, reverse=True)[:2]
        out[group] = top[0] + (decay * top[1] if len(top) > 1 else 0.0)
    return out


def best_per_group(ranking: Sequence[Hashable], group_of: Mapping[Hashable, Hashable]) -> list[Hashable]:
    """Groups in the order of their best-ranked item."""
    return list(dict.fromkeys(group_of[item] for item in ranking))
