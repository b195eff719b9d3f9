"""The language axis of an embedding model, and cosine similarity with it taken out.

A multilingual model puts a question nearer to passages in its own language whatever they say: an
English question about a Norwegian grant was drawn to English pages about something else. The
direction along which the model's vectors move with the language alone is measured on parallel
sentences, the message catalogue's texts that exist in all five languages (the same message, only
the language differs), as the first principal direction of the five languages' mean vectors.
Comparing question and passage with that direction removed from both leaves what they mean.
Measured by benchmarks/calibrate.py --with-axis: with weights fitted on every page it lifted the
held-fold hit@1 by a point, but fitted fold by fold it did not (94.7 % with, 95.3 % without), so
the index leaves it off (HybridIndex.use_axis).

For the bundled model the axis ships in ``language_axis.json`` (embedding 1 500 sentences takes
half a minute); ``python -m retrieval.language_axis`` writes it anew. For any other model it is
measured once per process.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from knowledge.messages import LANGUAGES, catalogue_of

SHIPPED = Path(__file__).with_name("language_axis.json")


def parallel_sentences() -> dict[str, list[str]]:
    """Per language, the catalogue's messages that all five languages have, in one key order."""
    own = {lang: catalogue_of(lang) for lang in LANGUAGES}
    keys = sorted(set.intersection(*(set(m) for m in own.values())))
    return {lang: [_plain(own[lang][k]) for k in keys] for lang in LANGUAGES}


def measure_axis(embed_documents) -> list[float]:
    """The unit direction along which the languages' mean vectors differ most."""
    means = np.vstack([np.asarray(embed_documents(texts)).mean(axis=0) for texts in parallel_sentences().values()])
    _, _, directions = np.linalg.svd(means - means.mean(axis=0), full_matrices=False)
    return directions[0].tolist()


def language_axis(model: str, embedder) -> np.ndarray:
    """The axis of ``model``: shipped for the bundled model, else measured with ``embedder``."""
    shipped = _shipped().get(model)
    return np.asarray(shipped) if shipped is not None else _measured(model, embedder)


def similarities_without(query: Sequence[float], vectors: np.ndarray, axis: np.ndarray) -> np.ndarray:
    """Cosine similarity of ``query`` to each row of ``vectors`` with ``axis`` removed from both."""
    q = without(query, axis)
    v = np.asarray(vectors, dtype=float)
    along = v @ axis
    norms = np.sqrt(np.maximum((v * v).sum(axis=1) - along * along, 1e-12))
    return (v @ q) / norms  # q is orthogonal to the axis, so v's own component along it adds nothing


def without(vector: Sequence[float], axis: np.ndarray) -> np.ndarray:
    """``vector`` with its component along ``axis`` removed, at unit length."""
    v = np.asarray(vector, dtype=float)
    v = v - (v @ axis) * axis
    return v / (np.linalg.norm(v) or 1.0)


def _plain(message: str) -> str:
    # A message's {placeholders} are not language; an empty remainder still embeds.
    return re.sub(r"\{[^}]*\}", "", message).strip() or "."


@cache
def _shipped() -> dict[str, list[float]]:
    return json.loads(SHIPPED.read_text(encoding="utf-8")) if SHIPPED.is_file() else {}


_MEASURED: dict[str, np.ndarray] = {}


def _measured(model: str, embedder) -> np.ndarray:
    if model not in _MEASURED:
        _MEASURED[model] = np.asarray(measure_axis(embedder.embed_documents))
    return _MEASURED[model]


def main() -> None:
    from retrieval.embeddings import DEFAULT_MODEL, load_embedder
    from settings import Settings

    axis = measure_axis(load_embedder(Settings()).embed_documents)
    SHIPPED.write_text(json.dumps({DEFAULT_MODEL: [round(x, 7) for x in axis]}) + "\n", encoding="utf-8")
    print(f"wrote {SHIPPED}")


if __name__ == "__main__":
    main()
