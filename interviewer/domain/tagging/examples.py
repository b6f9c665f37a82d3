"""Sentences labelled with a norm as one more field of that norm: the shipped dev sets
(questionbank/data/labelled), the notes the toetser confirmed in this audit and, kept in a field of
their own, those of their earlier audits. A field has its own BM25 index over the 49 norms' example
bags (words and character n-grams) and its own weight ([weights] examples*): an example says how an
auditor writes about a norm in everyday words, which the bank's formal text rarely does.

Cheap to change: each example is analysed once, when it is added; at the next ranking after a
change (a confirmation) only the bags of the norms it touched are re-summed from those cached terms,
and a term's BM25 weights are worked out when a ranking asks for it (index.LiveBM25).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable

from .analyzer import Analyzer
from .index import LiveBM25, NgramChannel, word_counts

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
        self._postings = LiveBM25(norms, k1=self._k1, b=self._b, max_df=self._max_df)
        self._ngrams = (NgramChannel([{}] * norms, ngram_sizes, k1=self._k1, b=self._b, max_df=self._ngram_max_df)
                        if ngram_weight > 0 else None)
        self._dirty: set[int] = set()  # norms whose bags must be re-summed before the next ranking

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
        old = self._examples.get(key)
        if old is not None:
            self._dirty.add(old[0])
        self._examples[key] = (norm_index, tf_weight, terms, counts)
        self._texts[key] = text
        self._dirty.add(norm_index)

    def remove(self, key: Hashable) -> bool:
        old = self._examples.pop(key, None)
        if old is None:
            return False
        self._texts.pop(key, None)
        self._dirty.add(old[0])
        return True

    def warm(self) -> None:
        """Sum the bags of the examples added so far now (a ranking would do it first otherwise)."""
        self._ready()

    def _ready(self) -> None:
        if not self._dirty:
            return
        dirty = self._dirty
        bags: dict[int, dict[str, float]] = {norm: defaultdict(float) for norm in dirty}
        word_bags: dict[int, dict[str, float]] = {norm: defaultdict(float) for norm in dirty}
        for norm, tf_weight, terms, counts in self._examples.values():  # in the order they came
            if norm in dirty:
                bag, word_bag = bags[norm], word_bags[norm]
                for term, tf in terms.items():
                    bag[term] += tf_weight * tf
                for word, count in counts.items():
                    word_bag[word] += tf_weight * count
        for norm in sorted(dirty):
            self._postings.set_bag(norm, bags[norm])
            if self._ngrams is not None:
                self._ngrams.set_words(norm, word_bags[norm])
        self._dirty = set()

    def postings(self) -> LiveBM25:
        """`get(term)`: [(norm index, BM25 weight)] of the field (not yet multiplied by `weight`)."""
        self._ready()
        return self._postings

    def ngram_vector(self, word: str) -> list[tuple[int, float]]:
        self._ready()
        return self._ngrams.vector(word) if self._ngrams is not None and self._examples else _NO_VECTOR
