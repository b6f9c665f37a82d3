"""The index of the bank: every norm a weighted bag of terms from all the bank knows about it, scored
BM25-style from inverted postings (rare terms count more, the tenth mention of a word adds little),
and a character n-gram channel over the same words."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator

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
    """Postings (term -> [(bag index, weight)]) and idf of per-norm bags of weighted term counts.
    Terms found in more than `max_df` bags say nothing and are left out."""
    n = len(bags)
    lengths = [sum(bag.values()) for bag in bags]
    filled = [length for length in lengths if length > 0]  # a norm with no examples yet is no short one
    average = (sum(filled) / len(filled) if filled else 1.0) or 1.0
    df: dict[str, int] = defaultdict(int)
    for bag in bags:
        for term in bag:
            df[term] += 1
    idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items() if max_df is None or d <= max_df}
    postings: Postings = defaultdict(list)
    for i, bag in enumerate(bags):
        damp = k1 * (1 - b + b * lengths[i] / average)
        for term, weight in bag.items():
            if term in idf:
                postings[term].append((i, idf[term] * weight * (k1 + 1) / (weight + damp)))
    return postings, idf


class NgramChannel:
    """Character n-grams of the words of each norm (no stemming, so it never over-stems, and a word
    form or compound the stemmer misses still shares most of its grams); grams in more than `max_df`
    norms are left out (and keep it fast)."""

    def __init__(self, word_bags: Iterable[dict[str, float]], sizes: tuple[int, int], *, k1: float, b: float,
                 max_df: int) -> None:
        self.sizes = sizes
        bags: list[dict[str, float]] = []
        grams_of: dict[str, set[str]] = {}
        for counts in word_bags:
            bag: dict[str, float] = defaultdict(float)
            for word, weight in counts.items():
                if word not in grams_of:
                    grams_of[word] = char_ngrams(word, *sizes)
                for gram in grams_of[word]:
                    bag[gram] += weight
            bags.append(bag)
        self.postings, _ = bm25(bags, k1=k1, b=b, max_df=max_df)
        self._words: dict[str, list[tuple[int, float]]] = {}

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
