"""The lexical seam: BM25 (bm25s) over Snowball-stemmed words and over character n-grams.

Each chunk is stemmed with the stemmer of its document's language; a question is stemmed
with every Nordic stemmer and the English one, because its language says little about the
language of the announcement it is about. Character n-grams inside words let compounds
("fyrtårnskommune", "rustilskudd") match their parts and spelling variants.
"""

from __future__ import annotations

import json
import math
import re
import shutil
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import (
    STOPWORDS_DANISH,
    STOPWORDS_EN,
    STOPWORDS_EN_PLUS,
    STOPWORDS_NORWEGIAN,
    STOPWORDS_SWEDISH,
)
from langchain_core.documents import Document as Chunk

from knowledge.crash_points import crash_point
from knowledge.grant_words import named_part

_ALGORITHMS = {"nb": "norwegian", "nn": "norwegian", "sv": "swedish", "da": "danish", "en": "english"}
_STOPWORDS = {
    "norwegian": frozenset(STOPWORDS_NORWEGIAN),
    "swedish": frozenset(STOPWORDS_SWEDISH),
    "danish": frozenset(STOPWORDS_DANISH),
    "english": frozenset(STOPWORDS_EN),
}
# Words every grant question uses whatever the grant ("who can apply for the grant"): in English
# they are rare in a Nordic corpus, so BM25 would weigh them heavily and favour English pages.
_QUESTION_WORDS = frozenset(
    "who what when where which how why whom grant grants apply applying applied application applications applicant applicants deadline deadlines"
    " contact contacts person persons receive received available total much many amount amounts support"
    " funding fund funds money call calls can could may should would does get"
    .split()
)
_ALL_STOPWORDS = frozenset().union(*_STOPWORDS.values(), _QUESTION_WORDS)
# A question's content words also leave out the fuller English list (NLTK's: "we", "our", "its",
# "from"): bm25s's English list is Lucene's 33 words, and with few English announcements in a
# haystack "we" looks as rare as a grant's name. Pages are indexed as before.
_NOT_CONTENT = _ALL_STOPWORDS | frozenset(STOPWORDS_EN_PLUS)
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
GRAM = 4
FIELDS = ("words", "grams")


@lru_cache(maxsize=8)
def _stemmer(algorithm: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(algorithm)


def words(text: str) -> list[str]:
    """Lowercased word tokens; hyphenated compounds ("helse-") also yield their parts."""
    out: list[str] = []
    for m in _WORD.finditer(text.lower()):
        w = m.group()
        if len(w) < 2:  # "s" of "Husbanken's", list letters
            continue
        out.append(w)
        if "-" in w:
            out += [p for p in w.split("-") if p]
    return out


def content_words(text: str) -> list[str]:
    """The distinct words of ``text`` that are no stopword of any of the five languages."""
    return [w for w in dict.fromkeys(words(text)) if w not in _NOT_CONTENT]


def stems(text: str, language: str) -> list[str]:
    """The text's non-stopword words stemmed with the Snowball stemmer of ``language``."""
    algorithm = _ALGORITHMS.get(language, "norwegian")
    kept = [w for w in words(text) if w not in _STOPWORDS[algorithm]]
    return _stemmer(algorithm).stemWords(kept)


def query_terms(text: str) -> list[set[str]]:
    """For each content word of a question, its stems under every Nordic stemmer and the English one."""
    return [_forms(w) for w in content_words(text)]


def _forms(word: str) -> set[str]:
    """A word and its stems under every stemmer, as ``query_terms`` groups them."""
    return {_stemmer(a).stemWord(word) for a in _STOPWORDS} | {word}


def grams(text: str) -> list[str]:
    """Character n-grams of each non-stopword word, with ``#`` marking word edges; short words whole."""
    out: list[str] = []
    for w in words(text):
        if w in _ALL_STOPWORDS or "-" in w:
            continue
        padded = f"#{w}#"
        out += [padded] if len(padded) <= GRAM else [padded[i : i + GRAM] for i in range(len(padded) - GRAM + 1)]
    return out


def query_grams(text: str) -> list[str]:
    """The distinct n-grams of a question."""
    return list(dict.fromkeys(grams(text)))


class LexicalIndex(Protocol):
    """Chunks searchable by words; replaced per grant."""

    def add(self, chunks: list[Chunk]) -> None: ...

    def delete_grant(self, grant_id: str) -> None: ...

    def query(self, text: str, k: int, grant_id: str | None = None, field: str = "words") -> list[tuple[Chunk, float]]: ...


class _Field:
    """One bm25s model over one analysis of the entries."""

    def __init__(self, model: bm25s.BM25 | None) -> None:
        self.model = model
        self._sorted_postings: bool | None = None

    @classmethod
    def build(cls, tokens: list[list[str]]) -> _Field:
        if not tokens:
            return cls(None)
        model = bm25s.BM25()
        model.index([t or [""] for t in tokens], show_progress=False)
        return cls(model)

    def scores(self, terms: Iterable[str]) -> np.ndarray | None:
        if self.model is None:
            return None
        known = [t for t in dict.fromkeys(terms) if t and t in self.model.vocab_dict]
        return self.model.get_scores(known) if known else np.zeros(self.model.scores["num_docs"])

    def scores_at(self, terms: Iterable[str], positions: np.ndarray) -> np.ndarray | None:
        """scores(terms)[positions] (``positions`` ascending), without scoring every other entry:
        one grant's chunks are a few of 75 000. Each term's score is added in the same order as
        bm25s adds it, so the sums are the same to the bit."""
        if self.model is None:
            return None
        if not self._postings_sorted():
            return self.scores(terms)[positions]
        index, vocabulary = self.model.scores, self.model.vocab_dict
        indptr, indices, data = index["indptr"], index["indices"], index["data"]
        ids = [vocabulary[t] for t in dict.fromkeys(terms) if t and t in vocabulary]
        out = np.zeros(len(positions), dtype=data.dtype)
        for term in ids:
            held = indices[indptr[term] : indptr[term + 1]]
            at = np.minimum(np.searchsorted(held, positions), max(len(held) - 1, 0))
            found = held[at] == positions if len(held) else np.zeros(len(positions), dtype=bool)
            out[found] += data[indptr[term] + at[found]]
        if self.model.nonoccurrence_array is not None and ids:
            out += self.model.nonoccurrence_array[ids].sum()
        return out

    def _postings_sorted(self) -> bool:
        # bm25s stores each term's entries in ascending order; checked once, not assumed.
        if self._sorted_postings is None:
            index = self.model.scores
            steps = np.diff(index["indices"].astype(np.int64))
            starts = index["indptr"][1:-1]
            boundary = np.zeros(len(steps), dtype=bool)
            boundary[starts[(starts > 0) & (starts <= len(steps))] - 1] = True
            self._sorted_postings = bool(np.all((steps > 0) | boundary))
        return self._sorted_postings

    def postings(self, term: str) -> np.ndarray:
        """Positions of the entries holding ``term``."""
        if self.model is None or term not in self.model.vocab_dict:
            return np.empty(0, dtype=int)
        t = self.model.vocab_dict[term]
        ptr = self.model.scores["indptr"]
        return self.model.scores["indices"][ptr[t] : ptr[t + 1]]


class Bm25Index:
    """bm25s over chunks, persisted in ``folder``; rebuilt (cheaply: corpora are small) when changed."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self._chunks: list[Chunk] = []
        self._fields = {f: _Field(None) for f in FIELDS}
        self._deferred = 0
        self._dirty = False
        self._stamp: int | None = None
        self._language_array: np.ndarray | None = None
        self._language_totals: np.ndarray = np.zeros(0, dtype=int)
        # Per-grant bookkeeping, so that asking about one grant or adding a new one costs the same
        # with 10 grants as with 10 000 (a scan of every entry per call did not).
        self._grant_counts: Counter[str] = Counter()
        self._positions: dict[str, np.ndarray] | None = None
        if folder is not None and (saved := _saved_version(folder)) is not None:
            self._load(saved)

    def __len__(self) -> int:
        return len(self._chunks)

    def add(self, chunks: list[Chunk]) -> None:
        self._chunks += chunks
        self._grant_counts.update(c.metadata["grant_id"] for c in chunks)
        self._changed()

    def delete_grant(self, grant_id: str) -> None:
        if not self._grant_counts.get(grant_id):
            return
        self._chunks = [c for c in self._chunks if c.metadata["grant_id"] != grant_id]
        del self._grant_counts[grant_id]
        self._changed()

    def grant_ids(self) -> set[str]:
        return set(self._grant_counts)

    def _grant_positions(self) -> dict[str, np.ndarray]:
        if self._positions is None:
            found: dict[str, list[int]] = {}
            for i, c in enumerate(self._chunks):
                found.setdefault(c.metadata["grant_id"], []).append(i)
            self._positions = {g: np.array(p, dtype=int) for g, p in found.items()}
        return self._positions

    def entries(self) -> dict[str, tuple[str, str]]:
        """Every entry: its id -> (grant id, text)."""
        return {c.id: (c.metadata["grant_id"], c.page_content) for c in self._chunks}

    def settle(self) -> bool:
        """Finish a save that a crash interrupted (the index under its own name, no leftovers);
        True when there was one to finish."""
        if self.folder is None or not any(_beside(self.folder, s).exists() for s in (".tmp", ".old")):
            return False
        self._dirty = True
        self.flush()
        return True

    def chunks(self, grant_id: str) -> list[Chunk]:
        return [self._chunks[i] for i in self._grant_positions().get(grant_id, ())]

    def query(self, text: str, k: int, grant_id: str | None = None, field: str = "words") -> list[tuple[Chunk, float]]:
        """The ``k`` best chunks by BM25 score of ``field`` (only those scoring above zero)."""
        terms = query_grams(text) if field == "grams" else [t for g in query_terms(text) for t in g]
        if grant_id is not None:  # one grant's chunks only: scored alone, not among all
            positions = self._grant_positions().get(grant_id, np.empty(0, dtype=int))
            scores = self._fields[field].scores_at(terms, positions)
            return [] if scores is None else [(self._chunks[positions[i]], float(scores[i])) for i in _top(scores, k)]
        scores = self._fields[field].scores(terms)
        if scores is None:
            return []
        return [(self._chunks[i], float(scores[i])) for i in _top(scores, k)]

    def document_frequency(self, word: str) -> tuple[int, int]:
        """How many entries hold ``word`` (under any stemmer), and how many there are, counted in
        the language where the word is commonest: "søknadsfrist" is in most Norwegian announcements
        and "development" in most English ones, while the word that names one grant is in one."""
        holding = [self._fields["words"].postings(f) for f in _forms(word)]
        entries = max(holding, key=len)
        if not len(entries):
            return 0, len(self._chunks)
        languages, totals = self._languages()
        # Counted by language number: sorting the holders' language names (np.unique) grew with them.
        counts = np.bincount(languages[entries], minlength=len(totals))
        _, held, total = max((c / n, int(c), int(n)) for c, n in zip(counts, totals, strict=True) if c)
        return held, total

    def _languages(self) -> tuple[np.ndarray, np.ndarray]:
        """Each entry's language as a number, and how many entries each language has (kept until the
        entries change)."""
        if self._language_array is None:
            names = np.array([c.metadata.get("language", "") for c in self._chunks])
            _, self._language_array, totals = np.unique(names, return_inverse=True, return_counts=True)
            self._language_totals = totals
        return self._language_array, self._language_totals

    def coverage(self, text: str, grant_id: str) -> float:
        """IDF-weighted share of the question's content words found in the grant's chunks (0..1)."""
        field, n = self._fields["words"], max(len(self._chunks), 1)
        mask = self._mask(grant_id)
        total = found = 0.0
        for group in (_forms(self.named_form(w)) for w in content_words(text)):
            hits = [field.postings(t) for t in group]
            df = max((len(h) for h in hits), default=0)
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            total += idf
            found += idf if any(mask[h].any() for h in hits if len(h)) else 0.0
        return found / total if total else 0.0

    def named_form(self, word: str) -> str:
        """``word``, or the first part of a compound that no entry holds and that ends with a grant
        word ("fyrtårn" of "fyrtårnordningen", ``knowledge.grant_words.named_part``): Nordic askers coin
        compounds for a grant's name that the page never writes whole. The search's naming words and
        the coverage read a question's words through this."""
        if self.holds(word):
            return word
        return named_part(word) or word

    def holds(self, word: str) -> bool:
        """Whether any entry holds ``word`` (under any stemmer)."""
        return any(len(self._fields["words"].postings(f)) for f in _forms(word))

    def _mask(self, grant_id: str) -> np.ndarray:
        mask = np.zeros(len(self._chunks), dtype=bool)
        mask[self._grant_positions().get(grant_id, np.empty(0, dtype=int))] = True
        return mask

    @property
    def is_deferred(self) -> bool:
        """Inside ``deferred()``: changes are saved when it ends."""
        return self._deferred > 0

    def deferred(self) -> _Deferral:
        """A context in which changes are collected and indexed (and saved) once at the end."""
        return _Deferral(self)

    def _changed(self) -> None:
        self._dirty = True
        self._language_array = None
        self._positions = None
        if not self._deferred:
            self.flush()

    def flush(self) -> None:
        """Rebuild the BM25 models from the chunks and save them, if anything changed."""
        if not self._dirty:
            return
        self._fields = {
            "words": _Field.build([stems(c.page_content, c.metadata["language"]) for c in self._chunks]),
            "grams": _Field.build([grams(c.page_content) for c in self._chunks]),
        }
        self._dirty = False
        if self.folder is not None:
            self._save(self.folder)

    def refresh(self) -> None:
        """Reload from disk when another process (an ingest beside a running server) saved a newer index."""
        if self.folder is None or self._deferred or self._dirty:
            return
        stamp = _stamp_of(self.folder)
        if stamp is not None and stamp != self._stamp:
            try:
                self._load(self.folder)
            except (FileNotFoundError, json.JSONDecodeError):
                pass  # caught mid-swap: keep what we have, the next query tries again

    def _save(self, folder: Path) -> None:
        tmp, old = _beside(folder, ".tmp"), _beside(folder, ".old")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        rows = [{"id": c.id, "text": c.page_content, "metadata": c.metadata} for c in self._chunks]
        (tmp / "chunks.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        for name, f in self._fields.items():
            if f.model is not None:
                f.model.save(str(tmp / name), show_progress=False)
        (tmp / _COMPLETE).touch()
        crash_point("lexical index written")
        # Swap whole folders so a crash never leaves chunks and models out of step; until the new
        # folder has its name, readers take the complete new one or else the old (_saved_version).
        shutil.rmtree(old, ignore_errors=True)
        if folder.exists():
            folder.rename(old)
        crash_point("lexical index moved aside")
        tmp.rename(folder)
        shutil.rmtree(old, ignore_errors=True)
        self._stamp = _stamp_of(folder)

    def _load(self, folder: Path) -> None:
        stamp = _stamp_of(folder)
        rows = json.loads((folder / "chunks.json").read_text(encoding="utf-8"))
        self._chunks = [Chunk(id=r["id"], page_content=r["text"], metadata=r["metadata"]) for r in rows]
        self._grant_counts = Counter(c.metadata["grant_id"] for c in self._chunks)
        self._language_array = None
        self._positions = None
        for name in FIELDS:
            if (folder / name).exists():
                self._fields[name] = _Field(bm25s.BM25.load(str(folder / name), show_progress=False))
        self._stamp = stamp


_COMPLETE = "complete"


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Positions of the ``k`` highest positive scores, best first, ties by position. Only the entries
    that share a query word score above zero, and only ``k`` are sorted: sorting every entry per
    query grew with the corpus (n log n for 100 000 chunks)."""
    candidates = np.flatnonzero(scores > 0)
    if len(candidates) > k:
        kth = np.partition(scores[candidates], len(candidates) - k)[len(candidates) - k]
        candidates = candidates[scores[candidates] >= kth]  # ties with the k-th best kept: position decides
    return candidates[np.lexsort((candidates, -scores[candidates]))][:k]


def _beside(folder: Path, suffix: str) -> Path:
    return folder.with_name(folder.name + suffix)


def _saved_version(folder: Path) -> Path | None:
    """The folder to load: the index, or, when a save was killed mid-swap, the complete new one, or the old."""
    if (folder / "chunks.json").exists():
        return folder
    if (_beside(folder, ".tmp") / _COMPLETE).exists():
        return _beside(folder, ".tmp")
    old = _beside(folder, ".old")
    return old if (old / "chunks.json").exists() else None


def _stamp_of(folder: Path) -> int | None:
    # Saves swap whole folders, so the chunk file's time changes with every save.
    try:
        return (folder / "chunks.json").stat().st_mtime_ns
    except FileNotFoundError:
        return None


class _Deferral:
    def __init__(self, index: Bm25Index) -> None:
        self.index = index

    def __enter__(self) -> Bm25Index:
        self.index._deferred += 1
        return self.index

    def __exit__(self, *exc: object) -> None:
        self.index._deferred -= 1
        if not self.index._deferred:
            self.index.flush()


