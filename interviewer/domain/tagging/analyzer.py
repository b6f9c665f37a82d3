"""Dutch text to weighted terms, the same steps for the bank and for typed notes: stems, compound
parts, synonyms, expanded abbreviations, word pairs, typos and half-typed words."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from questionbank.models import Vocabulary

from ..text import compound_head, content_words, split_compound, stem, verb_bases, words

DERIVED_WEIGHT = 0.8  # a word read from an abbreviation, a typo or a half-typed word counts a bit less
# Longer "words" (a pasted URL, a run of letters) are neither split nor read as typos: splitting
# costs the square of the length, and no Dutch compound a toetser types is that long.
MAX_WORD_LENGTH = 40
# A compound the splitter cannot take apart still counts by its head (the known word it ends in) if
# that head is at least this long: shorter tails ("plan", "team") end too many unrelated words.
MIN_HEAD = 5
COMMON_PREFIX = "common."  # [weights] "common.bewoners" = 0.4: how much that word of a note counts


def char_ngrams(word: str, low: int = 3, high: int = 5) -> set[str]:
    """The `low`- to `high`-character grams of a word with its edges marked: "#plan#" -> "#pl", "pla", ..."""
    padded = f"#{word}#"
    return {padded[i : i + n] for n in range(low, high + 1) for i in range(len(padded) - n + 1)}


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
