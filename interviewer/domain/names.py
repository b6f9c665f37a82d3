"""No names in the report: find person names in outgoing text and replace them.

Three finders, merged:
- the audit's own list (`toetsing.names_to_avoid` plus the toetsers' names), matched case- and
  accent-insensitively as whole words. This list is a guarantee: `listed_names_in` checks the final
  text and the export refuses to write a file in which one survives.
- a heuristic for Dutch names: a capitalised word after an aanspreekvorm ("mevrouw Bakker",
  "collega Anja"), and a known first name with an optional surname ("Anja de Vries"). Vocabulary is
  data: questionbank/data/voornamen.toml.
- `deduce` (Dutch de-identification, LGPL) when it is installed. It is optional because it builds
  lookup tables on first use (~1 min) and then loads in seconds; callers run it in a worker.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from questionbank.loader import DATA_DIR

if TYPE_CHECKING:
    from questionbank.models import QuestionBank
    from sessions.models import AuditData

    from .report import Report

SOURCE_LIST = "lijst"
SOURCE_HEURISTIC = "heuristiek"
SOURCE_DEDUCE = "deduce"
PLACEHOLDER = "[naam]"

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*"
_INITIALS = r"(?:[A-Z]\.\s?){1,4}"


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    text: str
    source: str  # SOURCE_LIST | SOURCE_HEURISTIC | SOURCE_DEDUCE


@dataclass(frozen=True)
class Lexicon:
    voornamen: frozenset[str]
    tussenvoegsels: tuple[str, ...]
    aanspreekvormen: tuple[str, ...]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The name vocabulary shipped with the question bank."""
    with (DATA_DIR / "voornamen.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    return Lexicon(
        voornamen=frozenset(raw["voornamen"]),
        tussenvoegsels=tuple(sorted(raw["tussenvoegsels"], key=len, reverse=True)),
        aanspreekvormen=tuple(sorted(raw["aanspreekvormen"], key=len, reverse=True)),
    )


def fold(text: str) -> str:
    """Lowercase without accents, one character per character so that a match's positions are valid
    in the original text (domain.text.fold may change the length, e.g. NFKD of "ﬁ")."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0].lower()
        out.append(base[0] if base else ch)
    return "".join(out)


def _phrase(words: str) -> str:
    """A name as a pattern: any run of whitespace between its parts ("Anja  de\nVries")."""
    return r"\s+".join(re.escape(part) for part in words.split())


def _words_pattern(words: Iterable[str]) -> str:
    return "|".join(_phrase(w) for w in sorted(set(words), key=len, reverse=True))


def _bounded(alternatives: str) -> str:
    return rf"(?<![\w])(?:{alternatives})(?![\w])"


class ListFinder:
    """Whole-word matches of listed names, case/accent-insensitive. Besides each full entry, its
    first name and its surname (with particles) are matched too, but only where they are
    capitalised in the text, so that the surname "Bos" does not hit the word "bos"."""

    def __init__(self, names: Iterable[str], lexicon: Lexicon) -> None:
        self.names = tuple(n.strip() for n in names if n and n.strip())
        particles = {fold(t) for t in lexicon.tussenvoegsels} | {fold(t) for t in lexicon.aanspreekvormen}
        full = {fold(n) for n in self.names}
        parts: set[str] = set()
        for name in self.names:
            tokens = name.split()
            if len(tokens) < 2:
                continue
            if len(tokens[0]) >= 3 and fold(tokens[0]) not in particles:
                parts.add(fold(tokens[0]))
            # surname: last token plus any particles before it ("de Vries", "van der Berg")
            i = len(tokens) - 1
            while i > 1 and fold(tokens[i - 1]) in particles:
                i -= 1
            surname = " ".join(tokens[i:])
            if len(tokens[-1]) >= 3:
                parts.add(fold(surname))
                parts.add(fold(tokens[-1]))
        parts -= full
        self._full = re.compile(_bounded(_words_pattern(full))) if full else None
        self._parts = re.compile(_bounded(_words_pattern(parts))) if parts else None

    def spans(self, text: str) -> list[NameSpan]:
        folded = fold(text)
        out: list[NameSpan] = []
        if self._full:
            out += [NameSpan(m.start(), m.end(), text[m.start() : m.end()], SOURCE_LIST) for m in self._full.finditer(folded)]
        if self._parts:
            for m in self._parts.finditer(folded):
                last_word_start = m.start() + len(m.group()) - len(m.group().split()[-1])
                if text[last_word_start].isupper():
                    out.append(NameSpan(m.start(), m.end(), text[m.start() : m.end()], SOURCE_LIST))
        return out


class HeuristicFinder:
    """Dutch names by pattern: aanspreekvorm + capitalised name, or a known first name (+ surname)."""

    def __init__(self, lexicon: Lexicon) -> None:
        tv = _words_pattern(lexicon.tussenvoegsels)
        surname = rf"(?:(?:{tv})\s+)?{_CAP}"
        titles = _words_pattern(lexicon.aanspreekvormen)
        self._titled = re.compile(
            rf"(?<![\w])(?i:{titles})(?:(?<=\.)|(?![\w]))\s*(?:{_INITIALS}\s*)?(?:(?:{tv})\s+)?{_CAP}(?:\s+{surname})?"
        )
        first = _words_pattern(lexicon.voornamen)
        self._first = re.compile(rf"(?<![\w])(?:{first})(?![\w])(?:\s+(?:(?:{tv})\s+)?{_CAP})?")
        self._first_only = re.compile(rf"(?<![\w])(?:{first})(?![\w])")

    def spans(self, text: str) -> list[NameSpan]:
        out = [NameSpan(m.start(), m.end(), m.group(), SOURCE_HEURISTIC) for m in self._titled.finditer(text)]
        for m in self._first.finditer(text):
            start, end = m.start(), m.end()
            following = text[self._first_only.match(text, start).end() : end].split()
            # "Anja Gemeente" is no surname: a surname after a first name must not end a sentence-case
            # phrase we cannot judge, so accept it only when it is followed by a particle or when
            # the next character does not start a new capitalised sentence.
            if following and not _plausible_surname(following):
                end = self._first_only.match(text, start).end()
            out.append(NameSpan(start, end, text[start:end], SOURCE_HEURISTIC))
        return out


_NOT_SURNAMES = frozenset({"De", "Het", "Een", "Ook", "En", "Maar", "Dat", "Die", "Wij", "Zij", "Hij", "Ze", "We", "Ik"})


def _plausible_surname(words: list[str]) -> bool:
    return words[-1] not in _NOT_SURNAMES


def deduce_spans_factory(progress: Callable[[str], None] | None = None) -> Callable[[str], list[NameSpan]] | None:
    """A span finder backed by `deduce`, or None when it is not installed. Slow the first time (it
    builds its lookup tables); call from a worker and pass `progress` to tell the user."""
    try:
        from deduce import Deduce  # type: ignore[import-not-found]
    except ImportError:
        return None
    if progress:
        progress("deduce laden (de eerste keer bouwt het zijn tabellen, ca. 1 minuut)…")
    model = Deduce()
    if progress:
        progress("deduce geladen.")

    def spans(text: str) -> list[NameSpan]:
        doc = model.deidentify(text)
        return [
            NameSpan(a.start_char, a.end_char, a.text, SOURCE_DEDUCE)
            for a in doc.annotations
            if a.tag in ("persoon", "patient") or "persoon" in a.tag
        ]

    return spans


@dataclass
class NameFinder:
    """All finders together; `spans(text)` returns merged, non-overlapping spans."""

    avoid: tuple[str, ...] = ()
    lexicon: Lexicon = field(default_factory=load_lexicon)
    extra: Callable[[str], list[NameSpan]] | None = None  # e.g. deduce_spans_factory()
    use_heuristic: bool = True

    def __post_init__(self) -> None:
        self._list = ListFinder(self.avoid, self.lexicon)
        self._heuristic = HeuristicFinder(self.lexicon) if self.use_heuristic else None
        self._cache: dict[str, list[NameSpan]] = {}  # scan and redact look at the same texts

    def raw_spans(self, text: str) -> list[NameSpan]:
        if not text:
            return []
        spans = self._list.spans(text)
        if self._heuristic:
            spans += self._heuristic.spans(text)
        if self.extra:
            spans += self.extra(text)
        return spans

    def spans(self, text: str) -> list[NameSpan]:
        """Overlapping spans merged into one (the list's source wins: it is the guarantee)."""
        if text not in self._cache:
            self._cache[text] = self._merged(text)
        return self._cache[text]

    def _merged(self, text: str) -> list[NameSpan]:
        merged: list[NameSpan] = []
        rank = {SOURCE_LIST: 0, SOURCE_DEDUCE: 1, SOURCE_HEURISTIC: 2}
        for s in sorted(self.raw_spans(text), key=lambda s: (s.start, -s.end)):
            if merged and s.start < merged[-1].end:
                last = merged[-1]
                end = max(last.end, s.end)
                source = min(last.source, s.source, key=rank.__getitem__)
                merged[-1] = NameSpan(last.start, end, text[last.start : end], source)
            else:
                merged.append(s)
        return merged


def strip_title(name: str, lexicon: Lexicon) -> str:
    """"mevrouw Anja de Vries" -> "Anja de Vries": the key under which a found name is listed."""
    folded = fold(name)
    for title in lexicon.aanspreekvormen:
        if folded.startswith(title) and (len(name) == len(title) or not name[len(title)].isalnum()):
            return name[len(title) :].strip()
    return name.strip()


@dataclass(frozen=True)
class FoundName:
    name: str  # as first seen, without aanspreekvorm
    sources: tuple[str, ...]
    count: int
    replacement: str


class Replacer:
    """Decides what a found name becomes: the functie of the bron the name belongs to (when the
    toetser chose `functie` and it is known), else "[naam]"."""

    def __init__(self, finder: NameFinder, functie_by_name: dict[str, str] | None = None, *, mode: str = "naam") -> None:
        self.finder = finder
        self.mode = mode
        self._by_key: dict[str, str] = {}
        self._by_token: dict[str, set[str]] = {}
        for name, functie in (functie_by_name or {}).items():
            key = fold(strip_title(name, finder.lexicon))
            self._by_key[key] = functie
            for token in key.split():
                if len(token) >= 3 and token not in {fold(t) for t in finder.lexicon.tussenvoegsels}:
                    self._by_token.setdefault(token, set()).add(functie)

    def replacement(self, name: str) -> str:
        if self.mode != "functie":
            return PLACEHOLDER
        key = fold(strip_title(name, self.finder.lexicon))
        functie = self._by_key.get(key)
        if functie is None:
            options = [self._by_token.get(t) for t in key.split() if t in self._by_token]
            candidates = set.intersection(*options) if options else set()
            functie = next(iter(candidates)) if len(candidates) == 1 else None
        if not functie or self.finder.spans(functie):
            return PLACEHOLDER
        return f"de {functie}"

    def redact(self, text: str) -> str:
        spans = self.finder.spans(text)
        if not spans:
            return text
        out, pos = [], 0
        for s in spans:
            out.append(text[pos : s.start])
            rep = self.replacement(s.text)
            before = text[: s.start].rstrip()
            if rep != PLACEHOLDER and (not before or before[-1] in ".!?:\n„“\"‘–"):
                rep = rep[0].upper() + rep[1:]
            out.append(rep)
            pos = s.end
        out.append(text[pos:])
        return "".join(out)


def scan(texts: Iterable[str], replacer: Replacer) -> list[FoundName]:
    """Every name found in `texts`, grouped case/accent-insensitively, most frequent first."""
    found: dict[str, dict] = {}
    lexicon = replacer.finder.lexicon
    for text in texts:
        for s in replacer.finder.spans(text):
            name = strip_title(s.text, lexicon) or s.text
            key = fold(name)
            entry = found.setdefault(key, {"name": name, "sources": set(), "count": 0})
            entry["sources"].add(s.source)
            entry["count"] += 1
    return sorted(
        (
            FoundName(e["name"], tuple(sorted(e["sources"])), e["count"], replacer.replacement(e["name"]))
            for e in found.values()
        ),
        key=lambda f: (-f.count, fold(f.name)),
    )


def listed_names_in(text: str, names: Iterable[str]) -> list[str]:
    """The listed names (full entries) that still occur in `text`: must be empty before writing."""
    folded = fold(text)
    hits = []
    for name in names:
        name = name.strip()
        if name and re.search(_bounded(_phrase(fold(name))), folded):
            hits.append(name)
    return hits


def avoid_list(audit: "AuditData") -> tuple[str, ...]:
    """Names that must never reach a report: the audit's own list plus the toetsers' names."""
    names = [*audit.toetsing.names_to_avoid, *(t.name for t in audit.toetsers)]
    return tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))


def functie_by_name(audit: "AuditData", finder: NameFinder, bank: "QuestionBank | None" = None) -> dict[str, str]:
    """Names that belong to a known functie: a name in an interview's title or typed functie is the
    interviewee's ("Gesprek met Anja de Vries"); a toetser's name is "toetser"."""
    from .labels import bron_functie_label

    out: dict[str, str] = {}
    for bron in audit.bronnen:
        if bron.kind != "interview":
            continue
        label = bron_functie_label(bron, bank)
        for text in (bron.title, bron.functie):
            for span in finder.spans(text):
                out.setdefault(span.text, label)
    for toetser in audit.toetsers:
        if toetser.name.strip():
            out.setdefault(toetser.name.strip(), "toetser")
    return out


class ListedNameLeft(Exception):
    """A listed name survived redaction: the report must not be written. Message is Dutch."""


@dataclass(frozen=True)
class Anonymised:
    report: "Report"  # with names replaced
    found: list[FoundName]


def anonymise(
    report: "Report",
    audit: "AuditData",
    bank: "QuestionBank | None" = None,
    *,
    mode: str = "naam",
    extra: Callable[[str], list[NameSpan]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Anonymised:
    """Find the names in every outgoing text of `report`, replace them (`mode` "functie" or "naam")
    and check that no listed name is left; raises ListedNameLeft otherwise."""
    from .report import iter_strings, map_strings

    avoid = avoid_list(audit)
    finder = NameFinder(avoid=avoid, extra=extra)
    replacer = Replacer(finder, functie_by_name(audit, finder, bank), mode=mode)
    texts = list(dict.fromkeys(report.texts()))
    redacted: dict[str, str] = {}
    step = max(25, len(texts) // 4)
    for i, text in enumerate(texts, start=1):
        redacted[text] = replacer.redact(text)
        if progress and (i % step == 0 or i == len(texts)):
            progress(i, len(texts))
    found = scan(texts, replacer)
    clean = map_strings(report, lambda s: redacted.get(s, s))
    left = sorted({name for text in iter_strings(clean) for name in listed_names_in(text, avoid)})
    if left:
        raise ListedNameLeft(f"Het rapport bevat nog namen uit de lijst: {', '.join(left)}. Er is niets geschreven.")
    return Anonymised(report=clean, found=found)
