"""The index of the bank: every norm a weighted bag of terms from all the bank knows about it, scored
BM25-style from inverted postings (rare terms count more, the tenth mention of a word adds little),
and a character n-gram channel over the same words."""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from questionbank.models import Norm, Vocabulary

from ..text import content_words
from .analyzer import char_ngrams

Postings = dict[str, list[tuple[int, float]]]


def norm_fields(norm: Norm, vocabulary: Vocabulary) -> Iterator[tuple[str, str]]:
    """(field name, text) of everything the bank knows about a norm, named as in [weights]."""
    yield "text", norm.text
    for q in norm.questions:
        yield "questions", q.text
        for f in q.followups:
            yield "questions", f
    for e in norm.evidence:
        yield "evidence", e
    yield "kan_blijken_uit", norm.kan_blijken_uit
    for h in norm.hints:
        yield "hints", h
    if norm.wijkteam.note:
        yield "wijkteam", norm.wijkteam.note
    for k in norm.keywords:
        yield "keywords", k
    for t in vocabulary.norm_terms.get(norm.id, ()):
        yield "vocabulary", t


def spread(values: list[float]) -> float:
    """Standard deviation (population) of a list of scores."""
    if not values:
        return 0.0
    mean = sum(values) / len(values)
    return math.sqrt(max(0.0, math.fsum(v * v for v in values) / len(values) - mean * mean))


def bm25(bags: list[dict[str, float]], *, k1: float, b: float, max_df: int | None = None) -> tuple[Postings, dict[str, float]]:
    """Postings (term -> [(bag index, weight)]) and idf of per-norm bags of weighted term counts,
    every term weighed now (for bags that never change: the bank's). Terms found in more than
    `max_df` bags say nothing and are left out. The formula is LiveBM25's."""
    live = LiveBM25(len(bags), k1=k1, b=b, max_df=max_df)
    for i, bag in enumerate(bags):
        live.set_bag(i, bag)
    postings: Postings = defaultdict(list)
    idf: dict[str, float] = {}
    for bag in bags:
        for term in bag:  # terms in the order they first occur
            if term not in idf and (weights := live.get(term)):
                postings[term] = list(weights)
                idf[term] = live.idf(term)
    return postings, idf


class LiveBM25:
    """BM25 postings over per-norm bags that change one bag at a time (an example field: a
    confirmation changes one norm's bag). A term's weights are computed when a ranking asks for
    them and kept until the next change, so a change costs re-summing that bag, not the index
    (at 5 000 learned notes a rebuild took the first ranking after a capture ~150 ms). Same
    weights as `bm25` (which weighs every term of bags that never change with this class)."""

    def __init__(self, n: int, *, k1: float, b: float, max_df: int | None = None) -> None:
        self._n = n
        self._k1 = k1
        self._b = b
        self._max_df = max_df
        self._bags: list[dict[str, float]] = [{} for _ in range(n)]
        self._lengths = [0.0] * n
        self._docs: dict[str, list[int]] = {}  # term -> indexes of the bags that hold it, ascending
        self._damp: list[float] | None = None
        self._cache: dict[str, list[tuple[int, float]]] = {}

    def set_bag(self, i: int, bag: dict[str, float]) -> None:
        old = self._bags[i]
        for term in old.keys() - bag.keys():
            docs = self._docs[term]
            docs.remove(i)
            if not docs:
                del self._docs[term]
        for term in bag.keys() - old.keys():
            bisect.insort(self._docs.setdefault(term, []), i)
        self._bags[i] = bag
        self._lengths[i] = sum(bag.values())
        self._damp = None  # the average length moved: every weight may have
        self._cache = {}

    def warm(self) -> None:
        """Work out every term's weights now: for bags that never change (the bank's n-grams)."""
        for term in self._docs:
            self.get(term)

    def idf(self, term: str) -> float:
        """How rare `term` is among the bags (0 bags: as rare as can be)."""
        d = len(self._docs.get(term, ()))
        return math.log(1 + (self._n - d + 0.5) / (d + 0.5))

    def get(self, term: str, default: Sequence[tuple[int, float]] = ()) -> Sequence[tuple[int, float]]:
        postings = self._cache.get(term)
        if postings is None:
            docs = self._docs.get(term, ())
            d = len(docs)
            if d == 0 or (self._max_df is not None and d > self._max_df):
                postings = []
            else:
                if self._damp is None:
                    filled = [length for length in self._lengths if length > 0]
                    average = (sum(filled) / len(filled) if filled else 1.0) or 1.0
                    self._damp = [self._k1 * (1 - self._b + self._b * length / average) for length in self._lengths]
                idf = self.idf(term)
                k1, damp, bags = self._k1, self._damp, self._bags
                postings = [(i, idf * bags[i][term] * (k1 + 1) / (bags[i][term] + damp[i])) for i in docs]
            self._cache[term] = postings
        return postings or default


class NgramChannel:
    """Character n-grams of the words of each norm (no stemming, so it never over-stems, and a word
    form or compound the stemmer misses still shares most of its grams); grams in more than `max_df`
    norms are left out (and keep it fast). `set_words` changes one norm's words (an example field)."""

    def __init__(self, word_bags: Iterable[dict[str, float]], sizes: tuple[int, int], *, k1: float, b: float,
                 max_df: int) -> None:
        self.sizes = sizes
        word_bags = list(word_bags)
        self._grams_of: dict[str, set[str]] = {}
        self.postings = LiveBM25(len(word_bags), k1=k1, b=b, max_df=max_df)
        self._words: dict[str, list[tuple[int, float]]] = {}
        for i, counts in enumerate(word_bags):
            self.set_words(i, counts)

    def set_words(self, i: int, counts: dict[str, float]) -> None:
        """The (weighted) words of norm `i` are now `counts`."""
        bag: dict[str, float] = defaultdict(float)
        grams_of = self._grams_of
        for word, weight in counts.items():
            if word not in grams_of:
                grams_of[word] = char_ngrams(word, *self.sizes)
            for gram in grams_of[word]:
                bag[gram] += weight
        self.postings.set_bag(i, bag)
        self._words.clear()

    def vector(self, word: str) -> list[tuple[int, float]]:
        """(norm index, strength) of one word: the mean over its grams, cached."""
        vector = self._words.get(word)
        if vector is None:
            if len(self._words) > 50_000:
                self._words.clear()
            grams = char_ngrams(word, *self.sizes)
            acc: dict[int, float] = defaultdict(float)
            for gram in grams:
                for i, value in self.postings.get(gram, ()):
                    acc[i] += value
            vector = self._words[word] = [(i, v / len(grams)) for i, v in acc.items()] if grams else []
        return vector


def word_counts(texts: Iterable[tuple[str, float]], stopwords: frozenset[str]) -> dict[str, float]:
    """Weighted counts of the content words (unstemmed) of (text, weight) pairs: an n-gram bag's input."""
    counts: dict[str, float] = defaultdict(float)
    for text, weight in texts:
        for word in content_words(text, stopwords):
            counts[word] += weight
    return counts
