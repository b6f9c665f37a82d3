"""Which norms does a note speak to? The tagger ranks the 49 norms for a text, fast enough to rerun
on every keystroke, and learns from the toetser's confirmations within one audit.

How: every norm becomes a weighted bag of terms built from all the bank knows about it (norm text,
handvat questions, bewijs, kan blijken uit, hints, curated keywords, the vocabulary's norm terms).
Terms are Dutch stems, parts of compounds, synonyms, expanded abbreviations and pairs of adjacent
words; an inflected verb the bank does not know meets its verb (gesignaleerd -> signaleren), and a
typed compound that does not split counts by its last known part (adresgegevens -> gegevens). A note is scored with BM25-style weights from an inverted index (rare terms count more, the
tenth mention of a word adds little), so a query touches only the postings of its own terms. Words
the bank does not know are tried as typos (rapidfuzz against the bank's words, cached). Report
prose is long and repetitive: a word said again counts less each time, and the words every finding
uses ("bewoners", "medewerkers", [weights] "common.<word>") count less in a note.

Learning is nearest-neighbour: a confirmed note lifts its norm for similar later notes (by its
margin over the most similar note confirmed for another norm), a rejected one pushes it down, in
proportion to the cosine similarity of the two notes.

Context: the interview itself says much that the words do not (`TagContext`): the norm of the
question being asked, the norms confirmed for the last notes of this interview, and the functie of
the person speaking. These lift norms in units of the note's own spread of scores (standardised:
how many standard deviations over the 49 norms), capped at [weights] context_cap, so a norm that
leads lexically by more than context_cap standard deviations ("clearly better") keeps its lead
whatever the context says. Without context the order is exactly the lexical one.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from questionbank.models import Norm, QuestionBank, Vocabulary
from sessions.models import AuditData

from .text import compound_head, content_words, split_compound, stem, verb_bases, words

SCORE_DECIMALS = 1
DERIVED_WEIGHT = 0.8  # a word read from an abbreviation, a typo or a half-typed word counts a bit less
# Longer "words" (a pasted URL, a run of letters) are neither split nor read as typos: splitting
# costs the square of the length, and no Dutch compound a toetser types is that long.
MAX_WORD_LENGTH = 40
# A compound the splitter cannot take apart still counts by its head (the known word it ends in) if
# that head is at least this long: shorter tails ("plan", "team") end too many unrelated words.
MIN_HEAD = 5
COMMON_PREFIX = "common."  # [weights] "common.bewoners" = 0.4: how much that word of a note counts

# Why a norm is among the suggestions, as the chips say it (the matched word is added as typed).
REASON_QUESTION = "vraag"
REASON_PREVIOUS = "vorige notitie"
REASON_FUNCTIE = "functie"
REASON_REFERENCE = "verwijzing"
REASON_LEARNED = "bevestigde notitie"
REASON_OTHER_AUDITS = "eerdere audits"

_RUBRIEK_WORDS = {"vakmanschap": "V", "dienstverlening": "D", "organisatie en bestuur": "OB", "v": "V", "d": "D", "ob": "OB"}
# "zie Vakmanschap 4", "zie ook norm OB12", "(zie D 2)", "zie ook V4 en OB8"
_REFERENCE = re.compile(
    r"\bzie\s+(?:ook\s+)?(?:norm(?:en)?\s+)?((?:(?:vakmanschap|dienstverlening|organisatie en bestuur|ob|v|d)\s*-?\s*\d{1,2}"
    r"(?:\s*(?:,|en|/)\s*)?)+)",
    re.IGNORECASE,
)
_REFERENCE_ITEM = re.compile(r"(vakmanschap|dienstverlening|organisatie en bestuur|ob|v|d)\s*-?\s*(\d{1,2})", re.IGNORECASE)


def strip_references(text: str) -> str:
    """The note without its cross-references: "zie Vakmanschap 4" is no word about vakmanschap."""
    return _REFERENCE.sub(" ", text) if "zie" in text.lower() else text


def cross_references(text: str) -> list[str]:
    """Norm ids a note refers to ("zie Vakmanschap 4" -> V4, "zie ook OB12 en D2" -> OB12, D2),
    in reading order; ids are not checked against a bank here."""
    out: list[str] = []
    for match in _REFERENCE.finditer(text):
        for rubriek, number in _REFERENCE_ITEM.findall(match.group(1)):
            norm_id = f"{_RUBRIEK_WORDS[' '.join(rubriek.lower().split())]}{int(number)}"
            if norm_id not in out:
                out.append(norm_id)
    return out


@dataclass(frozen=True)
class TagContext:
    """Where the interview is while a note is typed: known before a word of the note is read."""

    question_norm: str | None = None  # norm of the question selected (being asked)
    previous_norms: tuple[str, ...] = ()  # confirmed norms of this interview's last notes, most recent first
    functie: str = ""  # functie category id (functies.toml) or the functie as typed


@dataclass(frozen=True)
class Suggestion:
    """A ranked norm and why it is there. `score` is the match of the words (0-100, with what was
    learned); the context orders the list but does not change the score shown."""

    norm_id: str
    score: float
    reasons: tuple[str, ...] = ()
    mirror: str | None = None  # the norm that states the same topic for the other side, when not shown


def char_ngrams(word: str, low: int = 3, high: int = 5) -> set[str]:
    """The `low`- to `high`-character grams of a word with its edges marked: "#plan#" -> "#pl", "pla", ..."""
    padded = f"#{word}#"
    return {padded[i : i + n] for n in range(low, high + 1) for i in range(len(padded) - n + 1)}


def _spread(values: list[float]) -> float:
    """Standard deviation (population) of a list of scores."""
    if not values:
        return 0.0
    mean = sum(values) / len(values)
    return math.sqrt(max(0.0, math.fsum(v * v for v in values) / len(values) - mean * mean))


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


class Analyzer:
    """Turns Dutch text into weighted terms; the same steps for the bank and for typed notes."""

    def __init__(self, vocabulary: Vocabulary, lexicon: Iterable[str] = ()) -> None:
        w = vocabulary.weights
        self.stopwords = vocabulary.stopwords
        self.part_weight = w.get("compound_part", 0.5)
        self.bigram_weight = w.get("bigram", 1.0)
        self.synonym_weight = w.get("synonym", 0.7)
        self.fuzzy_cutoff = w.get("fuzzy_cutoff", 86.0)
        self.fuzzy_min_length = int(w.get("fuzzy_min_length", 5))
        self.abbreviations = {key: words(value) for key, value in vocabulary.abbreviations.items()}
        self.synonyms: dict[str, list[str]] = defaultdict(list)
        for key, values in vocabulary.synonyms.items():
            for value in values:
                self.synonyms[stem(key)].extend(stem(v) for v in content_words(value, self.stopwords))
        # words every finding uses whatever its norm ("bewoners", "medewerkers"): "common.<word>"
        # in [weights] says how much such a word of a note counts
        self.common = {stem(fold_key): value for key, value in w.items()
                       if key.startswith(COMMON_PREFIX) for fold_key in words(key[len(COMMON_PREFIX):])}
        self.lexicon: set[str] = set(lexicon)
        self._splits: dict[str, list[str] | None] = {}
        self._fuzzy: dict[str, str | None] = {}
        self._heads: dict[str, str | None] = {}
        self._verbs: dict[str, str | None] = {}
        self._by_length: dict[int, list[str]] | None = None
        self._sorted: list[str] | None = None
        self._completions: dict[str, str | None] = {}
        # words a half-typed word may complete to, with how many norms use them; None: the lexicon
        self.completable: dict[str, int] | None = None

    def learn_words(self, texts: Iterable[str]) -> None:
        """Add the stems of these texts to the known words (for compound splitting and typos)."""
        for text in texts:
            for word in content_words(text, self.stopwords):
                self.lexicon.add(stem(word))
        self._splits.clear()
        self._fuzzy.clear()
        self._heads.clear()
        self._verbs.clear()
        self._by_length = None
        self._sorted = None
        self._completions.clear()

    def _split(self, word: str) -> list[str] | None:
        if word not in self._splits:
            parts = split_compound(word, self.lexicon.__contains__) if 7 <= len(word) <= MAX_WORD_LENGTH else None
            self._splits[word] = [p for p in parts if p not in self.stopwords] if parts else None
        return self._splits[word]

    def _verb(self, word: str) -> str | None:
        """The known verb an unknown inflected form belongs to (gesignaleerd -> signaleren), cached."""
        if word not in self._verbs:
            self._verbs[word] = next((b for b in verb_bases(word) if b in self.lexicon), None)
        return self._verbs[word]

    def _head(self, word: str) -> str | None:
        """The known word an unsplittable compound ends in (adresgegevens -> gegevens), cached."""
        if word not in self._heads:
            fits = len(word) <= MAX_WORD_LENGTH
            self._heads[word] = compound_head(word, self.lexicon.__contains__, min_head=MIN_HEAD) if fits else None
        return self._heads[word]

    def warm(self) -> None:
        """Build the typo and completion lookups now (at index build), so that the first unknown
        word the toetser types does not pay for them on a keystroke."""
        if self._by_length is None:
            self._by_length = defaultdict(list)
            for known in self.lexicon:
                self._by_length[len(known)].append(known)
        if self._sorted is None:
            self._sorted = sorted(self.completable if self.completable is not None else self.lexicon)

    def _typo(self, s: str) -> str | None:
        """The bank word this unknown stem is most likely a typo of, if any (cached)."""
        if s in self._fuzzy:
            return self._fuzzy[s]
        self.warm()
        candidates = [k for n in range(len(s) - 2, len(s) + 3) for k in self._by_length.get(n, ())]
        match = process.extractOne(s, candidates, scorer=fuzz.ratio, score_cutoff=self.fuzzy_cutoff)
        self._fuzzy[s] = match[0] if match else None
        return self._fuzzy[s]

    def _complete(self, prefix: str) -> str | None:
        """The bank word a half-typed word most likely becomes ('vrijwil' -> vrijwilliger): of the
        words starting with it, the one most norms use, then the shortest."""
        if prefix not in self._completions:
            if self._sorted is None:
                self._sorted = sorted(self.completable if self.completable is not None else self.lexicon)
            i = bisect_left(self._sorted, prefix)
            found = []
            while i < len(self._sorted) and self._sorted[i].startswith(prefix) and len(found) < 64:
                found.append(self._sorted[i])
                i += 1
            usage = self.completable or {}
            self._completions[prefix] = min(found, key=lambda w: (-usage.get(w, 0), len(w), w)) if found else None
        return self._completions[prefix]

    def terms(
        self, text: str, *, fuzzy: bool = False, typing: bool = False, common: bool = False,
        split: list[str] | None = None,
    ) -> dict[str, float]:
        """Weighted terms of a text: stems, compound parts, synonyms, abbreviations, word pairs.

        `fuzzy` reads unknown words as typos of bank words; `typing` says the text is still being
        typed, so a last word without a space after it may be unfinished and is completed;
        `common` lowers the words every report finding uses (a note is scored, not the bank);
        `split` is `words(text)` when the caller has it already.
        """
        out: dict[str, float] = defaultdict(float)
        chain: list[str] = []
        all_words = split if split is not None else words(text)
        unfinished = len(all_words) - 1 if typing and text[-1:].isalnum() else -1

        def add_word(s: str, weight: float = 1.0) -> None:
            if common:
                weight *= self.common.get(s, 1.0)
            out[s] += weight
            for syn in self.synonyms.get(s, ()):
                out[syn] += weight * self.synonym_weight

        for position, word in enumerate(all_words):
            if position == unfinished and len(word) >= 4 and stem(word) not in self.lexicon and not self._split(word):
                completed = self._complete(word)
                if completed:
                    add_word(completed, DERIVED_WEIGHT)
                    chain.append(completed)
                    continue
            expansion = self.abbreviations.get(word)
            if expansion:
                out[word] += 1.0
                chain.append(word)
                previous = None
                for part in expansion:
                    if len(part) > 1 and part not in self.stopwords:
                        s = stem(part)
                        add_word(s, DERIVED_WEIGHT)
                        if previous:
                            out[f"{previous} {s}"] += self.bigram_weight * DERIVED_WEIGHT
                        previous = s
                continue
            if len(word) < 2 or word in self.stopwords:
                continue
            s = stem(word)
            if s not in self.lexicon:
                s = self._verb(word) or s  # organiseert, geëvalueerd, ingewerkt meet their verb
            add_word(s)
            chain.append(s)
            parts = self._split(word)
            if parts:
                for part in parts:
                    if part != s:
                        add_word(part, self.part_weight)
            elif fuzzy and not word.isdigit() and len(word) <= MAX_WORD_LENGTH:
                # a typed word the bank cannot split: a typo of a bank word, or else a compound of
                # the organisation's own making that still says what it is by its last part
                fixed = self._typo(s) if s not in self.lexicon and len(word) >= self.fuzzy_min_length else None
                if fixed:
                    add_word(fixed, DERIVED_WEIGHT)
                    chain[-1] = fixed
                else:
                    head = self._head(word)
                    if head and head != s:
                        add_word(head, self.part_weight)
        for a, b in zip(chain, chain[1:]):
            if a != b:
                out[f"{a} {b}"] += self.bigram_weight
        return dict(out)


def _norm_fields(norm: Norm, vocabulary: Vocabulary) -> Iterator[tuple[str, str]]:
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


class Tagger:
    """Ranks the norms of a question bank for a note; `learn` adapts it within one audit.

    `exclude_fields` leaves parts of the bank out of the index (the benchmark holds out
    "kan_blijken_uit" so that a norm's own examples cannot answer for it).
    """

    def __init__(
        self,
        bank: QuestionBank,
        vocabulary: Vocabulary,
        learned: Iterable[LearnedExample | tuple[str, str, bool]] = (),
        *,
        exclude_fields: Iterable[str] = (),
    ) -> None:
        self.bank = bank
        self.norm_ids = [n.id for n in bank.norms]
        self._index_of = {nid: i for i, nid in enumerate(self.norm_ids)}
        w = vocabulary.weights
        self.score_scale = w.get("score_scale", 9.0)
        self.learn_boost = w.get("learn_boost", 45.0)
        self.learn_penalty = w.get("learn_penalty", 60.0)
        self.learn_min_similarity = w.get("learn_min_similarity", 0.15)
        self.learn_full_similarity = w.get("learn_full_similarity", 0.5)
        self.learn_elsewhere = w.get("learn_elsewhere", 0.6)
        # context, in standard deviations of a note's scores over the norms (see the module docstring)
        self.context_question = w.get("context_question", 1.5)
        self.context_previous = w.get("context_previous", 1.0)
        self.context_decay = w.get("context_previous_decay", 0.5)
        self.context_depth = int(w.get("context_previous_depth", 3))
        self.context_primary = w.get("context_functie_primary", 0.3)
        self.context_secondary = w.get("context_functie_secondary", 0.1)
        self.context_reference = w.get("context_reference", 1.5)
        self.context_cap = w.get("context_cap", 2.0)
        self.context_min_spread = w.get("context_min_spread", 8.0)
        self._mirror = {}
        for a, b in vocabulary.mirror_pairs:
            self._mirror[a] = b
            self._mirror[b] = a
        self._relevance: dict[str, dict[int, float]] = defaultdict(dict)
        for i, norm in enumerate(bank.norms):
            for fid in norm.functies.secondary:
                self._relevance[fid][i] = self.context_secondary
            for fid in norm.functies.primary:
                self._relevance[fid][i] = self.context_primary
        # of a mirror pair, the side this functie speaks for leans further: a bestuurder's note on
        # privacy is about OB17, a jongerenwerker's about V9
        lean = w.get("context_mirror_lean", 0.4)
        for lifts in self._relevance.values():
            for a, b in vocabulary.mirror_pairs:
                ia, ib = self._index_of.get(a), self._index_of.get(b)
                if ia is None or ib is None or lifts.get(ia, 0.0) == lifts.get(ib, 0.0):
                    continue
                side = ia if lifts.get(ia, 0.0) > lifts.get(ib, 0.0) else ib
                lifts[side] = lifts.get(side, 0.0) + lean
        self._functie_titles = {" ".join(words(t)): f.id for f in bank.functies for t in (f.id, f.label, *f.titles)}
        excluded = set(exclude_fields)
        fields = {n.id: [(f, t) for f, t in _norm_fields(n, vocabulary) if f not in excluded] for n in bank.norms}

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
        self._build_index(bags, k1=w.get("k1", 1.2), b=w.get("length_b", 0.35))
        self.ngram_weight = w.get("ngram", 0.3)
        self.ngram_min_spread = w.get("ngram_min_spread", 0.5)
        self._ngram_sizes = (int(w.get("ngram_shortest", 4)), int(w.get("ngram_longest", 4)))
        self._ngram_postings: dict[str, list[tuple[int, float]]] = {}
        self._ngram_words: dict[str, list[tuple[int, float]]] = {}
        if self.ngram_weight > 0:
            self._build_ngrams(fields, w, k1=w.get("k1", 1.2), b=w.get("length_b", 0.35),
                               max_df=int(w.get("ngram_max_df", 20)))
        self.analyzer.completable = {t: len(p) for t, p in self._postings.items() if " " not in t}
        self.analyzer.warm()
        self._examples: dict[tuple[str, str, bool], LearnedExample] = {}
        self._example_index: dict[str, list[tuple[int, float]]] | None = None
        self._example_list: list[LearnedExample] = []
        self._lifted_elsewhere: set[int] = set()  # norms the last ranking lifted by an earlier audit's note
        for example in learned:
            if isinstance(example, LearnedExample):
                self.learn(example.text, example.norm_id, example.confirmed, elsewhere=example.elsewhere)
            else:
                self.learn(*example)

    @classmethod
    def for_audit(
        cls, bank: QuestionBank, vocabulary: Vocabulary, audit: AuditData, earlier: Iterable[LearnedExample] = ()
    ) -> Tagger:
        """A tagger that already knows this audit's confirmed and rejected tags (and, opt-in, the
        confirmed notes of the toetser's earlier audits: `earlier`, see interviewer.earlier_audits)."""
        return cls(bank, vocabulary, [*earlier, *learned_from_audit(audit)])

    def _build_index(self, bags: list[dict[str, float]], *, k1: float, b: float) -> None:
        n = len(bags)
        lengths = [sum(bag.values()) for bag in bags]
        average = sum(lengths) / n if n else 1.0
        df: dict[str, int] = defaultdict(int)
        for bag in bags:
            for term in bag:
                df[term] += 1
        self._idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self._max_idf = math.log(1 + (n + 0.5) / 0.5)
        self._postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, bag in enumerate(bags):
            damp = k1 * (1 - b + b * lengths[i] / average)
            for term, weight in bag.items():
                self._postings[term].append((i, self._idf[term] * weight * (k1 + 1) / (weight + damp)))

    def _build_ngrams(self, fields: dict[str, list[tuple[str, str]]], w: dict[str, float], *, k1: float, b: float, max_df: int) -> None:
        """The character n-gram channel: 3-5-grams of the bank's words (no stemming, so it never
        over-stems, and a word form or compound the stemmer misses still shares most of its grams).
        Grams found in more than `max_df` norms say nothing and are left out (and keep it fast)."""
        bags: list[dict[str, float]] = []
        grams_of: dict[str, set[str]] = {}
        for norm in self.bank.norms:
            counts: dict[str, float] = defaultdict(float)
            for field, text in fields[norm.id]:
                weight = w.get(field, 1.0)
                for word in content_words(text, self.analyzer.stopwords):
                    counts[word] += weight
            bag: dict[str, float] = defaultdict(float)
            for word, weight in counts.items():
                if word not in grams_of:
                    grams_of[word] = char_ngrams(word, *self._ngram_sizes)
                for gram in grams_of[word]:
                    bag[gram] += weight
            bags.append(bag)
        n = len(bags)
        lengths = [sum(bag.values()) for bag in bags]
        average = sum(lengths) / n if n else 1.0
        df: dict[str, int] = defaultdict(int)
        for bag in bags:
            for gram in bag:
                df[gram] += 1
        self._ngram_postings = defaultdict(list)
        for i, bag in enumerate(bags):
            damp = k1 * (1 - b + b * lengths[i] / average)
            for gram, weight in bag.items():
                if df[gram] <= max_df:
                    idf = math.log(1 + (n - df[gram] + 0.5) / (df[gram] + 0.5))
                    self._ngram_postings[gram].append((i, idf * weight * (k1 + 1) / (weight + damp)))

    def _ngram_vector(self, word: str) -> list[tuple[int, float]]:
        """(norm index, strength) of one word in the n-gram channel: the mean over its grams, cached."""
        vector = self._ngram_words.get(word)
        if vector is None:
            if len(self._ngram_words) > 50_000:
                self._ngram_words.clear()
            grams = char_ngrams(word, *self._ngram_sizes)
            acc: dict[int, float] = defaultdict(float)
            for gram in grams:
                for i, value in self._ngram_postings.get(gram, ()):
                    acc[i] += value
            vector = self._ngram_words[word] = [(i, v / len(grams)) for i, v in acc.items()] if grams else []
        return vector

    def _fuse_ngrams(self, split: list[str], raw: list[float]) -> None:
        """Add the n-gram channel to the word channel's raw scores, fused by standardised scores:
        the n-gram scores are rescaled to the word channel's spread over the norms, so ranking by
        the sum is ranking by z(words) + ngram * z(n-grams), and the 0-100 scale keeps its meaning."""
        grams = [0.0] * len(raw)
        common = self.analyzer.common
        stopwords = self.analyzer.stopwords
        for word in set(split):
            if 1 < len(word) <= MAX_WORD_LENGTH and word not in stopwords and not word.isdigit():
                weight = common.get(stem(word), 1.0)  # "bewoners" counts as little here as in the words
                for i, value in self._ngram_vector(word):
                    grams[i] += weight * value
        spread_g = _spread(grams)
        if spread_g <= 0:
            return
        factor = self.ngram_weight * max(_spread(raw), self.ngram_min_spread) / spread_g
        for i, value in enumerate(grams):
            raw[i] += factor * value

    # -- learning ---------------------------------------------------------------------------------

    def learn(self, text: str, norm_id: str, confirmed: bool, *, elsewhere: bool = False) -> None:
        """Remember that the toetser confirmed (or rejected) `norm_id` for this note; `elsewhere`:
        in an earlier audit (kept apart: this audit's own decisions never replace it or vice versa)."""
        norm_id = norm_id.strip().upper()
        if norm_id not in self._index_of or not text.strip():
            return
        key = (" ".join(words(text)), norm_id, elsewhere)
        self._examples.pop(key, None)  # re-insert: the latest decision wins and counts as newest
        self._examples[key] = LearnedExample(text, norm_id, confirmed, elsewhere)
        self._example_index = None

    def forget(self, text: str, norm_id: str) -> None:
        """Undo a confirmation or rejection (the toetser removed the tag)."""
        if self._examples.pop((" ".join(words(text)), norm_id.strip().upper(), False), None):
            self._example_index = None

    def _vector(self, terms: dict[str, float]) -> dict[str, float]:
        """Unit-length idf-weighted word vector of a note for nearest-neighbour learning.

        Word pairs are left out: two notes about the same thing rarely share them, and they would
        only dilute the similarity. Words the bank does not know get the highest idf: they are often
        the organisation's own names for things ("buurtcirkel") that the toetser has just taught.
        """
        vec = {t: tf * self._idf.get(t, self._max_idf) for t, tf in terms.items() if " " not in t}
        size = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / size for t, v in vec.items()}

    def _examples_ready(self) -> dict[str, list[tuple[int, float]]]:
        if self._example_index is None:
            self._example_list = list(self._examples.values())
            index: dict[str, list[tuple[int, float]]] = defaultdict(list)
            for i, example in enumerate(self._example_list):
                for term, value in self._vector(self.analyzer.terms(example.text, fuzzy=True)).items():
                    index[term].append((i, value))
            self._example_index = index
        return self._example_index

    def _learned_adjustment(self, terms: dict[str, float]) -> tuple[dict[int, float], set[int]]:
        """Score points per norm index from the learned notes most similar to this text.

        A confirmed note lifts its norm by how much closer it is to this text than the nearest
        confirmed note of any other norm: one lookalike note of another norm, sharing a few common
        words, must not override the bank (measured in bench/tagging.py: learning from every other
        note of the labelled set costs at most a point of top-1 this way, against five without the
        margin). A rejected note pushes its norm down by its own similarity. A note from an earlier
        audit lifts by `learn_elsewhere` of that; the second value holds the norms such a note lifted.
        """
        index = self._examples_ready()
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
            example = self._example_list[i]
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
            if sim >= self.learn_min_similarity and margin > 0:
                out[norm] = self.learn_boost * min(1.0, margin / self.learn_full_similarity)
                if nearest_elsewhere.get(norm):
                    out[norm] *= self.learn_elsewhere
                    elsewhere.add(norm)
        for norm, sim in rejected.items():
            if sim >= self.learn_min_similarity:
                out[norm] = out.get(norm, 0.0) - self.learn_penalty * min(1.0, sim / self.learn_full_similarity)
        return out, elsewhere

    # -- ranking ----------------------------------------------------------------------------------

    def _query_terms(self, text: str, *, typing: bool = False, split: list[str] | None = None) -> dict[str, float]:
        """A note's terms as the ranking weighs them: a word said again counts less each time
        (1 + ln n), so a long finding that names "bewoners" three times is not pulled towards the
        norm on bewonersinitiatieven by that word alone."""
        terms = self.analyzer.terms(text, fuzzy=True, typing=typing, common=True, split=split)
        return {t: q if q <= 1.0 else 1.0 + math.log(q) for t, q in terms.items()}

    def functie_category(self, functie: str) -> str:
        """The category id of a functie given as id, label or job title ("jongerenwerker" ->
        sociaal_werker); "" when it is none of the catalogue's."""
        return self._functie_titles.get(" ".join(words(functie)), "") if functie else ""

    def _context_boosts(self, context: TagContext | None, text: str) -> dict[int, dict[str, float]]:
        """Per norm index, the lift of each piece of context (in standard deviations), by reason."""
        out: dict[int, dict[str, float]] = defaultdict(dict)
        for position, norm_id in enumerate(cross_references(text)):
            if norm_id in self._index_of:  # in reading order when a note names several
                out[self._index_of[norm_id]][REASON_REFERENCE] = self.context_reference - 0.01 * position
        if context is None:
            return out
        if context.question_norm and context.question_norm.strip().upper() in self._index_of:
            out[self._index_of[context.question_norm.strip().upper()]][REASON_QUESTION] = self.context_question
        seen: set[str] = set()
        for depth, norm_id in enumerate(context.previous_norms[: self.context_depth]):
            norm_id = norm_id.strip().upper()
            if norm_id in self._index_of and norm_id not in seen:
                seen.add(norm_id)
                out[self._index_of[norm_id]][REASON_PREVIOUS] = self.context_previous * self.context_decay**depth
        for i, lift in self._relevance.get(self.functie_category(context.functie), {}).items():
            out[i][REASON_FUNCTIE] = lift
        return out

    def _scored(self, text: str, typing: bool) -> tuple[dict[str, float], list[float], dict[int, float], dict[int, float]]:
        """(terms, raw match strength, shown scores, learned lift) of a note, no context; its
        cross-references are left out (they lift their norm as context)."""
        text = strip_references(text)
        split = words(text)
        terms = self._query_terms(text, typing=typing, split=split)
        raw = [0.0] * len(self.norm_ids)
        for term, qtf in terms.items():
            for i, value in self._postings.get(term, ()):
                raw[i] += qtf * value
        if terms and self.ngram_weight > 0:
            self._fuse_ngrams(split, raw)
        scores = {i: 100.0 * (1.0 - math.exp(-r / self.score_scale)) for i, r in enumerate(raw) if r > 0}
        learned, self._lifted_elsewhere = self._learned_adjustment(terms) if terms else ({}, set())
        for i, delta in learned.items():
            scores[i] = scores.get(i, 0.0) + delta
        return terms, raw, scores, learned

    def _ordered(self, text: str, typing: bool, context: TagContext | None) -> tuple[list[int], dict[int, float], dict, dict, dict]:
        terms, raw, scores, learned = self._scored(text, typing)
        # Shown scores saturate at 100 on a long text (a pasted page matches many norms fully): the
        # raw match strength then still orders those, rather than the norm numbering. Other ties
        # keep the bank's order (measured: breaking them by raw strength is noise in bench/tagging.py).
        shown = {i: round(min(100.0, s), SCORE_DECIMALS) for i, s in scores.items() if s > 0.05}
        boosts = self._context_boosts(context, text)
        if not boosts:
            order = sorted(shown, key=lambda i: (-shown[i], -raw[i] if shown[i] >= 100.0 else 0.0, i))
            return order, shown, boosts, learned, terms
        # standardise the shown scores over all norms: a lift of one means one standard deviation of
        # this note's scores (at least context_min_spread points, so a faint match is no giant)
        n = len(self.norm_ids)
        mean = sum(shown.values()) / n
        spread = math.sqrt(sum((shown.get(i, 0.0) - mean) ** 2 for i in range(n)) / n)
        spread = max(spread, self.context_min_spread)
        lift = {i: min(self.context_cap, sum(parts.values())) for i, parts in boosts.items()}
        # a norm the context names is offered even without a word in common (the functie alone is not enough)
        candidates = set(shown) | {i for i, parts in boosts.items() if set(parts) - {REASON_FUNCTIE}}
        key = {i: shown.get(i, 0.0) / spread + lift.get(i, 0.0) for i in candidates}
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
            if learned.get(i, 0.0) > 0:
                reasons.append(REASON_OTHER_AUDITS if i in self._lifted_elsewhere else REASON_LEARNED)
            mirror = self._mirror.get(norm_id)
            if mirror is not None and (mirror in ids or mirror_given):
                mirror = None
            mirror_given = mirror_given or mirror is not None
            out.append(Suggestion(norm_id, shown.get(i, 0.0), tuple(reasons), mirror))
        return out

    def mirror_of(self, norm_id: str) -> str | None:
        """The norm stating the same topic for the other side (V2 <-> OB8), if the data names one."""
        return self._mirror.get(norm_id.strip().upper())

    def _surface_words(self, text: str) -> dict[str, str]:
        """stem -> the word as the note has it (the first time), for a reason the toetser recognises."""
        out: dict[str, str] = {}
        for word in words(text):
            out.setdefault(stem(word), word)
        return out

    def _best_word(self, terms: dict[str, float], index: int, surface: dict[str, str]) -> str:
        """The note's word that lifts this norm most, as the note has it (a stem, a synonym or an
        expansion the toetser did not type is shown by the typed word it came from, or not at all)."""
        best, best_value = "", 0.0
        for term, qtf in terms.items():
            if " " in term:
                continue
            word = surface.get(term) or next(
                (w for w in surface.values() if term in w or term in self._expanded(w)), "")
            if not word:
                continue
            for i, value in self._postings.get(term, ()):
                if i == index and qtf * value > best_value:
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
