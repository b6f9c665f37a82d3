"""The Tagger: ranks the 49 norms for a note from the bank's index, the example fields, what the
toetser decided and the interview's context (see the package docstring for how)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from questionbank.examples import LabelledSentence, load_labelled
from questionbank.models import QuestionBank, Vocabulary
from sessions.models import AuditData

from ..text import stem, words
from .analyzer import MAX_WORD_LENGTH, Analyzer
from .context import (
    REASON_FUNCTIE,
    REASON_LEARNED,
    REASON_OTHER_AUDITS,
    REASON_PREVIOUS,
    REASON_QUESTION,
    REASON_REFERENCE,
    ContextModel,
    TagContext,
)
from .examples import ExampleField
from .index import NgramChannel, bm25, norm_fields, spread, word_counts
from .learning import LearnedExample, NearestNotes, example_key, learned_from_audit
from .references import strip_references

SCORE_DECIMALS = 1


@dataclass(frozen=True)
class Suggestion:
    """A ranked norm and why it is there. `score` is the match of the words (0-100, with what was
    learned); the context orders the list but does not change the score shown."""

    norm_id: str
    score: float
    reasons: tuple[str, ...] = ()
    mirror: str | None = None  # the norm that states the same topic for the other side, when not shown


class Tagger:
    """Ranks the norms of a question bank for a note; `learn` adapts it within one audit.

    `exclude_fields` leaves parts of the bank out of the index (the benchmark holds out
    "kan_blijken_uit" so that a norm's own examples cannot answer for it). `examples` are the
    labelled sentences indexed as extra text of their norm: None for the shipped ones
    (questionbank/data/labelled), () for none (the bench holds a set out this way).
    """

    def __init__(
        self,
        bank: QuestionBank,
        vocabulary: Vocabulary,
        learned: Iterable[LearnedExample | tuple[str, str, bool]] = (),
        *,
        exclude_fields: Iterable[str] = (),
        examples: Iterable[LabelledSentence] | None = None,
    ) -> None:
        self.bank = bank
        self.norm_ids = [n.id for n in bank.norms]
        self._index_of = {nid: i for i, nid in enumerate(self.norm_ids)}
        w = vocabulary.weights
        self.score_scale = w.get("score_scale", 9.0)
        self.context = ContextModel(bank, vocabulary, self._index_of)
        excluded = set(exclude_fields)
        fields = {n.id: [(f, t) for f, t in norm_fields(n, vocabulary) if f not in excluded] for n in bank.norms}

        self.analyzer = Analyzer(vocabulary, (stem(p) for p in vocabulary.compound_parts))
        self.analyzer.learn_words(t for items in fields.values() for _, t in items)

        bags: list[dict[str, float]] = []
        for norm in bank.norms:
            bag: dict[str, float] = defaultdict(float)
            for field, text in fields[norm.id]:
                weight = w.get(field, 1.0)
                for term, tf in self.analyzer.terms(text).items():
                    bag[term] += weight * tf
            bags.append(bag)
        k1, b = w.get("k1", 1.2), w.get("length_b", 0.35)
        self._postings, self._idf = bm25(bags, k1=k1, b=b)
        self._max_idf = math.log(1 + (len(bags) + 0.5) / 0.5)
        self.ngram_weight = w.get("ngram", 0.3)
        self.ngram_min_spread = w.get("ngram_min_spread", 0.5)
        sizes = (int(w.get("ngram_shortest", 4)), int(w.get("ngram_longest", 4)))
        self._ngrams: NgramChannel | None = None
        if self.ngram_weight > 0:
            word_bags = [word_counts(((t, w.get(f, 1.0)) for f, t in fields[n.id]), self.analyzer.stopwords)
                         for n in bank.norms]
            self._ngrams = NgramChannel(word_bags, sizes, k1=k1, b=b, max_df=int(w.get("ngram_max_df", 20)))
            self._ngrams.postings.warm()  # the bank's grams never change: weigh them once, not per keystroke
        self.analyzer.completable = {t: len(p) for t, p in self._postings.items() if " " not in t}
        self.analyzer.warm()
        self._learner = NearestNotes(self.analyzer, w, self._index_of, self._idf, self._max_idf)
        # Labelled sentences and this audit's confirmed notes: one field. Earlier audits' notes: a
        # field of their own, so that a reason never shows a word that only they gave.
        n = len(self.norm_ids)
        self._examples = ExampleField(self.analyzer, n, w, ngram_sizes=sizes, weight=w.get("examples", 1.0),
                                      ngram_weight=w.get("examples_ngram", 1.0))
        self._elsewhere = ExampleField(self.analyzer, n, w, ngram_sizes=sizes, weight=w.get("examples_elsewhere", 0.6),
                                       ngram_weight=w.get("examples_elsewhere_ngram", 0.6))
        self._confirmed_weight = w.get("examples_confirmed", 1.0)
        self._elsewhere_reason = w.get("examples_elsewhere_reason", 0.2)
        for sentence in load_labelled() if examples is None else examples:
            if sentence.norm_id in self._index_of:
                key = ("labelled", sentence.source, sentence.text, sentence.norm_id)
                self._examples.add(key, sentence.text, self._index_of[sentence.norm_id])
        self._lifted_elsewhere: set[int] = set()  # norms the last ranking lifted by an earlier audit's note
        self._learned_elsewhere: set[int] = set()  # ... of them, those whose nearest learned note was one
        for example in learned:
            if isinstance(example, LearnedExample):
                self.learn(example.text, example.norm_id, example.confirmed, elsewhere=example.elsewhere)
            else:
                self.learn(*example)
        # The learned notes' vectors and the fields' bags now, while the tagger is built in a
        # worker: at 5 000 learned notes the first keystroke would otherwise wait ~0.6 s for them.
        self._learner.warm()
        self._examples.warm()
        self._elsewhere.warm()

    @classmethod
    def for_audit(
        cls, bank: QuestionBank, vocabulary: Vocabulary, audit: AuditData, earlier: Iterable[LearnedExample] = ()
    ) -> Tagger:
        """A tagger that already knows this audit's confirmed and rejected tags (and, opt-in, the
        confirmed notes of the toetser's earlier audits: `earlier`, see interviewer.earlier_audits)."""
        return cls(bank, vocabulary, [*earlier, *learned_from_audit(audit)])

    # the context's weights, as the tests and the bench read them
    context_cap = property(lambda self: self.context.cap)
    context_question = property(lambda self: self.context.question)
    context_min_spread = property(lambda self: self.context.min_spread)

    def indexed_examples(self) -> list[str]:
        """Every text indexed as an example of a norm now (labelled sentences, confirmed notes and
        earlier audits' notes): what the index holds besides the bank."""
        return [*self._examples.texts(), *self._elsewhere.texts()]

    # -- learning ---------------------------------------------------------------------------------

    def learn(self, text: str, norm_id: str, confirmed: bool, *, elsewhere: bool = False) -> None:
        """Remember that the toetser confirmed (or rejected) `norm_id` for this note; `elsewhere`:
        in an earlier audit (kept apart: this audit's own decisions never replace it or vice versa).
        A confirmed note joins its norm's example field for the next ranking; a rejection takes it out."""
        norm_id = norm_id.strip().upper()
        if norm_id not in self._index_of or not text.strip():
            return
        self._learner.put(LearnedExample(text, norm_id, confirmed, elsewhere))
        field = self._elsewhere if elsewhere else self._examples
        key = ("note", *example_key(text, norm_id, elsewhere))
        if confirmed:
            field.add(key, text, self._index_of[norm_id], 1.0 if elsewhere else self._confirmed_weight)
        else:
            field.remove(key)

    def forget(self, text: str, norm_id: str) -> None:
        """Undo a confirmation or rejection (the toetser removed the tag)."""
        norm_id = norm_id.strip().upper()
        self._learner.drop(text, norm_id)
        self._examples.remove(("note", *example_key(text, norm_id, False)))

    # -- ranking ----------------------------------------------------------------------------------

    def _query_terms(self, text: str, *, typing: bool = False, split: list[str] | None = None) -> dict[str, float]:
        """A note's terms as the ranking weighs them: a word said again counts less each time
        (1 + ln n), so a long finding that names "bewoners" three times is not pulled towards the
        norm on bewonersinitiatieven by that word alone."""
        terms = self.analyzer.terms(text, fuzzy=True, typing=typing, common=True, split=split)
        return {t: q if q <= 1.0 else 1.0 + math.log(q) for t, q in terms.items()}

    def functie_category(self, functie: str) -> str:
        """The category id of a functie given as id, label or job title ("jongerenwerker" ->
        sociaal_werker); "" when it is none of the catalogue's (labels.functie_category_of)."""
        return self.context.functie_category(functie)

    def _fields(self) -> list[tuple[ExampleField, bool]]:
        """The example fields that hold anything, each with whether its words stay hidden."""
        return [(f, hidden) for f, hidden in ((self._examples, False), (self._elsewhere, True)) if len(f)]

    def _fuse_ngrams(self, split: list[str], raw: list[float], hidden_raw: list[float]) -> None:
        """Add the n-gram channel to the word channel's raw scores, fused by standardised scores:
        the n-gram scores are rescaled to the word channel's spread over the norms, so ranking by
        the sum is ranking by z(words) + ngram * z(n-grams), and the 0-100 scale keeps its meaning."""
        grams = [0.0] * len(raw)
        hidden = [0.0] * len(raw)
        common = self.analyzer.common
        stopwords = self.analyzer.stopwords
        fields = [(f, h) for f, h in self._fields() if f.ngram_weight > 0]
        for word in set(split):
            if 1 < len(word) <= MAX_WORD_LENGTH and word not in stopwords and not word.isdigit():
                weight = common.get(stem(word), 1.0)  # "bewoners" counts as little here as in the words
                for i, value in self._ngrams.vector(word) if self._ngrams is not None else ():
                    grams[i] += weight * value
                for field, is_hidden in fields:
                    for i, value in field.ngram_vector(word):
                        grams[i] += weight * field.ngram_weight * value
                        if is_hidden:
                            hidden[i] += weight * field.ngram_weight * value
        spread_g = spread(grams)
        if spread_g <= 0:
            return
        factor = self.ngram_weight * max(spread(raw), self.ngram_min_spread) / spread_g
        for i, value in enumerate(grams):
            raw[i] += factor * value
            hidden_raw[i] += factor * hidden[i]

    def _scored(self, text: str, typing: bool) -> tuple[dict[str, float], list[float], dict[int, float], dict[int, float]]:
        """(terms, raw match strength, shown scores, learned lift) of a note, no context; its
        cross-references are left out (they lift their norm as context)."""
        text = strip_references(text)
        split = words(text)
        terms = self._query_terms(text, typing=typing, split=split)
        raw = [0.0] * len(self.norm_ids)
        hidden_raw = [0.0] * len(self.norm_ids)
        fields = [(f.postings(), f.weight, hidden) for f, hidden in self._fields() if f.weight > 0]
        for term, qtf in terms.items():
            for i, value in self._postings.get(term, ()):
                raw[i] += qtf * value
            for postings, weight, hidden in fields:
                for i, value in postings.get(term, ()):
                    raw[i] += qtf * weight * value
                    if hidden:
                        hidden_raw[i] += qtf * weight * value
        if terms and self.ngram_weight > 0:
            self._fuse_ngrams(split, raw, hidden_raw)
        scores = {i: 100.0 * (1.0 - math.exp(-r / self.score_scale)) for i, r in enumerate(raw) if r > 0}
        learned, lifted = self._learner.adjustment(terms) if terms else ({}, set())
        # a norm an earlier audit's note lifted notably says so, and only so ("eerdere audits")
        self._learned_elsewhere = lifted
        self._lifted_elsewhere = lifted | {i for i, h in enumerate(hidden_raw) if h > 0 and h >= self._elsewhere_reason * raw[i]}
        for i, delta in learned.items():
            scores[i] = scores.get(i, 0.0) + delta
        return terms, raw, scores, learned

    def _ordered(self, text: str, typing: bool, context: TagContext | None) -> tuple[list[int], dict[int, float], dict, dict, dict]:
        terms, raw, scores, learned = self._scored(text, typing)
        # Shown scores saturate at 100 on a long text (a pasted page matches many norms fully): the
        # raw match strength then still orders those, rather than the norm numbering. Other ties
        # keep the bank's order (measured: breaking them by raw strength is noise in bench/tagging.py).
        shown = {i: round(min(100.0, s), SCORE_DECIMALS) for i, s in scores.items() if s > 0.05}
        boosts = self.context.boosts(context, text)
        if not boosts:
            order = sorted(shown, key=lambda i: (-shown[i], -raw[i] if shown[i] >= 100.0 else 0.0, i))
            return order, shown, boosts, learned, terms
        # standardise the shown scores over all norms: a lift of one means one standard deviation of
        # this note's scores (at least context_min_spread points, so a faint match is no giant)
        n = len(self.norm_ids)
        mean = sum(shown.values()) / n
        sd = math.sqrt(sum((shown.get(i, 0.0) - mean) ** 2 for i in range(n)) / n)
        sd = max(sd, self.context.min_spread)
        lift = {i: min(self.context.cap, sum(parts.values())) for i, parts in boosts.items()}
        # a norm the context names is offered even without a word in common (the functie alone is not enough)
        candidates = set(shown) | {i for i, parts in boosts.items() if set(parts) - {REASON_FUNCTIE}}
        key = {i: shown.get(i, 0.0) / sd + lift.get(i, 0.0) for i in candidates}
        order = sorted(candidates, key=lambda i: (-key[i], -raw[i] if shown.get(i, 0.0) >= 100.0 else 0.0, i))
        return order, shown, boosts, learned, terms

    def rank(
        self, text: str, top: int | None = None, *, typing: bool = False, context: TagContext | None = None
    ) -> list[tuple[str, float]]:
        """(norm id, score 0-100) best first; norms that match nothing are left out, unless the
        context names them (the question's norm, a previous note's norm, a cross-reference).

        Pass `typing=True` while the toetser is still typing: a half-typed last word is completed
        to a bank word, so the suggestions appear before the word is finished.
        """
        order, shown, _, _, _ = self._ordered(text, typing, context)
        ranked = [(self.norm_ids[i], shown.get(i, 0.0)) for i in order]
        return ranked[:top] if top is not None else ranked

    def suggest(
        self, text: str, top: int = 3, *, typing: bool = False, context: TagContext | None = None
    ) -> list[Suggestion]:
        """The best `top` norms with the reasons they are there, and the mirror norm of the first
        of them whose mirror (same topic, other side: V2/OB8) is not among them."""
        order, shown, boosts, learned, terms = self._ordered(text, typing, context)
        chosen = order[:top]
        ids = {self.norm_ids[i] for i in chosen}
        surface = self._surface_words(text)
        out = []
        mirror_given = False
        for i in chosen:
            norm_id = self.norm_ids[i]
            reasons = [r for r in (REASON_QUESTION, REASON_REFERENCE, REASON_PREVIOUS) if r in boosts.get(i, {})]
            word = self._best_word(terms, i, surface)
            if word:
                reasons.append(word)
            if learned.get(i, 0.0) > 0 and i not in self._learned_elsewhere:  # this audit's own note
                reasons.append(REASON_LEARNED)
            if i in self._lifted_elsewhere:
                reasons.append(REASON_OTHER_AUDITS)
            mirror = self.context.mirror.get(norm_id)
            if mirror is not None and (mirror in ids or mirror_given):
                mirror = None
            mirror_given = mirror_given or mirror is not None
            out.append(Suggestion(norm_id, shown.get(i, 0.0), tuple(reasons), mirror))
        return out

    def mirror_of(self, norm_id: str) -> str | None:
        """The norm stating the same topic for the other side (V2 <-> OB8), if the data names one."""
        return self.context.mirror.get(norm_id.strip().upper())

    def _surface_words(self, text: str) -> dict[str, str]:
        """stem -> the word as the note has it (the first time), for a reason the toetser recognises."""
        out: dict[str, str] = {}
        for word in words(text):
            out.setdefault(stem(word), word)
        return out

    def _best_word(self, terms: dict[str, float], index: int, surface: dict[str, str]) -> str:
        """The note's word that lifts this norm most, as the note has it (a stem, a synonym or an
        expansion the toetser did not type is shown by the typed word it came from, or not at all).
        The bank and the visible example field count; an earlier audit's notes never do."""
        best, best_value = "", 0.0
        visible = self._examples.postings() if len(self._examples) and self._examples.weight > 0 else {}
        for term, qtf in terms.items():
            if " " in term:
                continue
            word = surface.get(term) or next(
                (w for w in surface.values() if term in w or term in self._expanded(w)), "")
            if not word:
                continue
            value = sum(v for i, v in self._postings.get(term, ()) if i == index)
            value += self._examples.weight * sum(v for i, v in visible.get(term, ()) if i == index)
            if qtf * value > best_value:
                best, best_value = word, qtf * value
        return best

    def _expanded(self, word: str) -> tuple[str, ...]:
        """Stems of what an abbreviation stands for (rie -> risico, inventariser, ...); () otherwise."""
        return tuple(stem(part) for part in self.analyzer.abbreviations.get(word, ()))

    def explain(self, text: str, norm_id: str, top: int = 8) -> list[tuple[str, float]]:
        """The terms of `text` that lift `norm_id` most, with their raw contribution: why it was suggested."""
        target = self._index_of[norm_id.strip().upper()]
        contributions = []
        for term, qtf in self._query_terms(text).items():
            for i, value in self._postings.get(term, ()):
                if i == target:
                    contributions.append((term, round(qtf * value, 3)))
        return sorted(contributions, key=lambda c: -c[1])[:top]
