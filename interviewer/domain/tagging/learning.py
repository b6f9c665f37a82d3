"""What the toetser decided: confirmed and rejected tags as examples, and the nearest-neighbour lift
they give similar later notes (a confirmed note lifts its norm by its margin over the most similar
note confirmed for another norm, a rejected one pushes it down, by cosine similarity)."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from sessions.models import AuditData

from ..text import words
from .analyzer import Analyzer


@dataclass(frozen=True)
class LearnedExample:
    """A note the toetser confirmed (or rejected) for a norm."""

    text: str
    norm_id: str
    confirmed: bool
    elsewhere: bool = False  # from an earlier audit (earlier_audits): lifts, but never shows its words


def learned_from_audit(audit: AuditData) -> list[LearnedExample]:
    """The audit's confirmed and rejected tags as examples, oldest first (later ones win)."""
    texts = {a.id: a.text for a in audit.aantekeningen}
    out = []
    for tag in sorted(audit.tags, key=lambda t: t.updated or t.created):
        if tag.state in ("confirmed", "rejected") and tag.aantekening_id in texts:
            out.append(LearnedExample(texts[tag.aantekening_id], tag.norm_id.upper(), tag.state == "confirmed"))
    return out


def example_key(text: str, norm_id: str, elsewhere: bool) -> tuple[str, str, bool]:
    """One decision per note (by its words), norm and origin: the latest one counts."""
    return (" ".join(words(text)), norm_id, elsewhere)


class NearestNotes:
    """The learned notes and the lift they give a note like them ([weights] learn_*)."""

    def __init__(self, analyzer: Analyzer, weights: dict[str, float], index_of: dict[str, int],
                 idf: dict[str, float], max_idf: float) -> None:
        self.analyzer = analyzer
        self._index_of = index_of
        self._idf = idf
        self._max_idf = max_idf
        self.boost = weights.get("learn_boost", 45.0)
        self.penalty = weights.get("learn_penalty", 60.0)
        self.min_similarity = weights.get("learn_min_similarity", 0.15)
        self.full_similarity = weights.get("learn_full_similarity", 0.5)
        self.elsewhere_share = weights.get("learn_elsewhere", 0.6)
        self.examples: dict[tuple[str, str, bool], LearnedExample] = {}
        # The index grows with each decision instead of being rebuilt: at 5 000 learned notes a
        # rebuild (every note's terms again) took the first ranking after a capture over half a
        # second. A replaced or dropped decision leaves a dead slot (None), skipped when scored and
        # removed when dead slots are the larger part. A note's vector depends on its text only
        # (the analyzer's words are fixed once the tagger is built), so it is computed once.
        self._list: list[LearnedExample | None] = []
        self._vectors: list[dict[str, float] | None] = []
        self._slot_of: dict[tuple[str, str, bool], int] = {}
        self._index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self._pending: list[int] = []  # slots whose vector is not in the index yet (computed lazily)
        self._dead = 0

    def put(self, example: LearnedExample) -> None:
        key = example_key(example.text, example.norm_id, example.elsewhere)
        self._retire(key)
        self.examples.pop(key, None)  # re-insert: the latest decision wins and counts as newest
        self.examples[key] = example
        self._slot_of[key] = len(self._list)
        self._pending.append(len(self._list))
        self._list.append(example)
        self._vectors.append(None)

    def drop(self, text: str, norm_id: str) -> bool:
        key = example_key(text, norm_id, False)
        if self.examples.pop(key, None):
            self._retire(key)
            return True
        return False

    def _retire(self, key: tuple[str, str, bool]) -> None:
        slot = self._slot_of.pop(key, None)
        if slot is not None:
            self._list[slot] = None
            self._vectors[slot] = None
            self._dead += 1

    def _vector(self, terms: dict[str, float]) -> dict[str, float]:
        """Unit-length idf-weighted word vector of a note for nearest-neighbour learning.

        Word pairs are left out: two notes about the same thing rarely share them, and they would
        only dilute the similarity. Words the bank does not know get the highest idf: they are often
        the organisation's own names for things ("buurtcirkel") that the toetser has just taught.
        """
        vec = {t: tf * self._idf.get(t, self._max_idf) for t, tf in terms.items() if " " not in t}
        size = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / size for t, v in vec.items()}

    def warm(self) -> None:
        """Index the decisions learned so far now (a ranking would do it first otherwise)."""
        self._ready()

    def _ready(self) -> dict[str, list[tuple[int, float]]]:
        if self._dead > max(64, len(self._list) // 2):
            self._compact()
        for slot in self._pending:
            example = self._list[slot]
            if example is None:
                continue
            vector = self._vector(self.analyzer.terms(example.text, fuzzy=True))
            self._vectors[slot] = vector
            for term, value in vector.items():
                self._index[term].append((slot, value))
        self._pending.clear()
        return self._index

    def _compact(self) -> None:
        """Renumber the live slots (in their order) and rebuild the index from their vectors."""
        live = [i for i, example in enumerate(self._list) if example is not None]
        renumber = {old: new for new, old in enumerate(live)}
        self._list = [self._list[i] for i in live]
        self._vectors = [self._vectors[i] for i in live]
        self._slot_of = {key: renumber[slot] for key, slot in self._slot_of.items()}
        self._pending = [renumber[slot] for slot in self._pending if slot in renumber]
        self._index = defaultdict(list)
        for slot, vector in enumerate(self._vectors):
            for term, value in (vector or {}).items():
                self._index[term].append((slot, value))
        self._dead = 0

    def adjustment(self, terms: dict[str, float]) -> tuple[dict[int, float], set[int]]:
        """Score points per norm index from the learned notes most similar to this text.

        A confirmed note lifts its norm by how much closer it is to this text than the nearest
        confirmed note of any other norm: one lookalike note of another norm, sharing a few common
        words, must not override the bank (measured in bench/tagging.py: learning from every other
        note of the labelled set costs at most a point of top-1 this way, against five without the
        margin). A rejected note pushes its norm down by its own similarity. A note from an earlier
        audit lifts by `learn_elsewhere` of that; the second value holds the norms such a note lifted.
        """
        index = self._ready()
        if not index:
            return {}, set()
        similarity: dict[int, float] = defaultdict(float)
        for term, value in self._vector(terms).items():
            for i, weight in index.get(term, ()):
                similarity[i] += value * weight
        confirmed: dict[int, float] = defaultdict(float)
        rejected: dict[int, float] = defaultdict(float)
        nearest_elsewhere: dict[int, bool] = {}
        for i, sim in similarity.items():
            example = self._list[i]
            if example is None:  # a decision replaced or taken back since
                continue
            norm = self._index_of[example.norm_id]
            side = confirmed if example.confirmed else rejected
            if example.confirmed and (sim > side[norm] or (sim == side[norm] and not example.elsewhere)):
                nearest_elsewhere[norm] = example.elsewhere  # on a tie this audit's own note speaks
            side[norm] = max(side[norm], sim)
        out: dict[int, float] = {}
        elsewhere: set[int] = set()
        leaders = sorted(confirmed.items(), key=lambda item: -item[1])[:2]
        for norm, sim in confirmed.items():
            margin = sim - next((s for n, s in leaders if n != norm), 0.0)
            if sim >= self.min_similarity and margin > 0:
                out[norm] = self.boost * min(1.0, margin / self.full_similarity)
                if nearest_elsewhere.get(norm):
                    out[norm] *= self.elsewhere_share
                    elsewhere.add(norm)
        for norm, sim in rejected.items():
            if sim >= self.min_similarity:
                out[norm] = out.get(norm, 0.0) - self.penalty * min(1.0, sim / self.full_similarity)
        return out, elsewhere
