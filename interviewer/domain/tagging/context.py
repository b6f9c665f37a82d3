"""The interview's context in the ranking: the norm of the question being asked, the norms confirmed
for the last notes of this interview, the functie of the person speaking, and the norms a note
refers to. Lifts are in standard deviations of a note's scores over the norms ([weights] context_*)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from questionbank.models import QuestionBank, Vocabulary

from ..labels import functie_category_of
from .references import cross_references

# Why a norm is among the suggestions, as the chips say it (the matched word is added as typed).
REASON_QUESTION = "vraag"
REASON_PREVIOUS = "vorige notitie"
REASON_FUNCTIE = "functie"
REASON_REFERENCE = "verwijzing"
REASON_LEARNED = "bevestigde notitie"
REASON_OTHER_AUDITS = "eerdere audits"


@dataclass(frozen=True)
class TagContext:
    """Where the interview is while a note is typed: known before a word of the note is read."""

    question_norm: str | None = None  # norm of the question selected (being asked)
    previous_norms: tuple[str, ...] = ()  # confirmed norms of this interview's last notes, most recent first
    functie: str = ""  # functie category id (functies.toml) or the functie as typed


class ContextModel:
    """The context weights of [weights] and, per functie category, the lift of every norm."""

    def __init__(self, bank: QuestionBank, vocabulary: Vocabulary, index_of: dict[str, int]) -> None:
        w = vocabulary.weights
        self.bank = bank
        self._index_of = index_of
        self.question = w.get("context_question", 1.5)
        self.previous = w.get("context_previous", 1.0)
        self.decay = w.get("context_previous_decay", 0.5)
        self.depth = int(w.get("context_previous_depth", 3))
        self.primary = w.get("context_functie_primary", 0.3)
        self.secondary = w.get("context_functie_secondary", 0.1)
        self.reference = w.get("context_reference", 1.5)
        self.cap = w.get("context_cap", 2.0)
        self.min_spread = w.get("context_min_spread", 8.0)
        self.mirror: dict[str, str] = {}
        for a, b in vocabulary.mirror_pairs:
            self.mirror[a] = b
            self.mirror[b] = a
        self._relevance: dict[str, dict[int, float]] = defaultdict(dict)
        for i, norm in enumerate(bank.norms):
            for fid in norm.functies.secondary:
                self._relevance[fid][i] = self.secondary
            for fid in norm.functies.primary:
                self._relevance[fid][i] = self.primary
        # of a mirror pair, the side this functie speaks for leans further: a bestuurder's note on
        # privacy is about OB17, a jongerenwerker's about V9
        lean = w.get("context_mirror_lean", 0.4)
        for lifts in self._relevance.values():
            for a, b in vocabulary.mirror_pairs:
                ia, ib = index_of.get(a), index_of.get(b)
                if ia is None or ib is None or lifts.get(ia, 0.0) == lifts.get(ib, 0.0):
                    continue
                side = ia if lifts.get(ia, 0.0) > lifts.get(ib, 0.0) else ib
                lifts[side] = lifts.get(side, 0.0) + lean
        self._categories: dict[str, str] = {}  # functie as given -> category (labels.functie_category_of)

    def functie_category(self, functie: str) -> str:
        """The category id of a functie given as id, label or job title; "" when it is none of the
        catalogue's. The rule lives in labels.functie_category_of; this only remembers answers."""
        if functie not in self._categories:
            if len(self._categories) > 1000:
                self._categories.clear()
            self._categories[functie] = functie_category_of(self.bank, functie)
        return self._categories[functie]

    def boosts(self, context: TagContext | None, text: str) -> dict[int, dict[str, float]]:
        """Per norm index, the lift of each piece of context (in standard deviations), by reason."""
        out: dict[int, dict[str, float]] = defaultdict(dict)
        for position, norm_id in enumerate(cross_references(text)):
            if norm_id in self._index_of:  # in reading order when a note names several
                out[self._index_of[norm_id]][REASON_REFERENCE] = self.reference - 0.01 * position
        if context is None:
            return out
        if context.question_norm and context.question_norm.strip().upper() in self._index_of:
            out[self._index_of[context.question_norm.strip().upper()]][REASON_QUESTION] = self.question
        seen: set[str] = set()
        for depth, norm_id in enumerate(context.previous_norms[: self.depth]):
            norm_id = norm_id.strip().upper()
            if norm_id in self._index_of and norm_id not in seen:
                seen.add(norm_id)
                out[self._index_of[norm_id]][REASON_PREVIOUS] = self.previous * self.decay**depth
        for i, lift in self._relevance.get(self.functie_category(context.functie), {}).items():
            out[i][REASON_FUNCTIE] = lift
        return out
