"""Sentences labelled with a norm as one more field of that norm: the shipped dev sets
(questionbank/data/labelled), the notes the toetser confirmed in this audit and, kept in a field of
their own, those of their earlier audits. A field has its own BM25 index over the 49 norms' example
bags (words and character n-grams) and its own weight ([weights] examples*): an example says how an
auditor writes about a norm in everyday words, which the bank's formal text rarely does.

Cheap to change: each example is analysed once, when it is added; the postings are re-summed from
those cached bags at the next ranking after a change (a confirmation), never per keystroke.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable

from .analyzer import Analyzer
from .index import NgramChannel, Postings, bm25, word_counts

_NO_VECTOR: list[tuple[int, float]] = []


class ExampleField:
    """One example field; `add`/`remove` by key, postings rebuilt lazily after a change."""

    def __init__(self, analyzer: Analyzer, norms: int, weights: dict[str, float], *, ngram_sizes: tuple[int, int],
                 weight: float, ngram_weight: float) -> None:
        self.analyzer = analyzer
        self.norms = norms
        self.weight = weight  # how much the field counts next to the bank in the word channel
        self.ngram_weight = ngram_weight  # and in the n-gram channel
        self._k1 = weights.get("k1", 1.2)
        self._b = weights.get("examples_length_b", weights.get("length_b", 0.35))
        self._max_df = int(weights.get("examples_max_df", 8))
        self._ngram_max_df = int(weights.get("examples_ngram_max_df", weights.get("ngram_max_df", 20)))
        self._ngram_sizes = ngram_sizes
        # key -> (norm index, tf weight, terms, content-word counts)
        self._examples: dict[Hashable, tuple[int, float, dict[str, float], dict[str, float]]] = {}
        self._texts: dict[Hashable, str] = {}
        self._postings: Postings | None = None
        self._ngrams: NgramChannel | None = None

    def __len__(self) -> int:
        return len(self._examples)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._examples

    def texts(self) -> list[str]:
        """The texts indexed now (for a test that no blind sentence is among them)."""
        return list(self._texts.values())

    def add(self, key: Hashable, text: str, norm_index: int, tf_weight: float = 1.0) -> None:
        """Index `text` as an example of the norm at `norm_index` (replacing one under the same key)."""
        terms = self.analyzer.terms(text)
        counts = word_counts([(text, 1.0)], self.analyzer.stopwords)
        self._examples[key] = (norm_index, tf_weight, terms, counts)
        self._texts[key] = text
        self._postings = None

    def remove(self, key: Hashable) -> bool:
        if self._examples.pop(key, None) is None:
            return False
        self._texts.pop(key, None)
        self._postings = None
        return True

    def _ready(self) -> None:
        if self._postings is not None:
            return
        bags: list[dict[str, float]] = [defaultdict(float) for _ in range(self.norms)]
        word_bags: list[dict[str, float]] = [defaultdict(float) for _ in range(self.norms)]
        for norm, tf_weight, terms, counts in self._examples.values():
            for term, tf in terms.items():
                bags[norm][term] += tf_weight * tf
            for word, count in counts.items():
                word_bags[norm][word] += tf_weight * count
        self._postings, _ = bm25(bags, k1=self._k1, b=self._b, max_df=self._max_df)
        self._ngrams = (NgramChannel(word_bags, self._ngram_sizes, k1=self._k1, b=self._b, max_df=self._ngram_max_df)
                        if self.ngram_weight > 0 and self._examples else None)

    def postings(self) -> Postings:
        """term -> [(norm index, BM25 weight)] of the field (not yet multiplied by `weight`)."""
        self._ready()
        return self._postings  # type: ignore[return-value]

    def ngram_vector(self, word: str) -> list[tuple[int, float]]:
        self._ready()
        return self._ngrams.vector(word) if self._ngrams is not None else _NO_VECTOR
