"""No names in the report: find person names in outgoing text and replace them.

Every text is first normalised (domain.unicode_fold: NFKC, soft hyphens and zero-width characters
dropped, Cyrillic/Greek look-alikes folded) and positions are mapped back, so a pasted "San\u00adne"
or "Ｓａｎｎｅ" is found and replaced in the original text. Finders, merged:
- the audit's own list (`toetsing.names_to_avoid` plus the toetsers' names), matched case- and
  accent-insensitively: a guarantee, checked again on the final text (`ListedNameLeft`).
- patterns: an aanspreekvorm or role before a name ("mevrouw Bakker", "collega mo", "familie
  Öztürk"), initials + surname ("J.P. Smit"), a known first name with tussenvoegsels and surname.
- name lists (questionbank: Faker's first names and surnames of many origins, curated additions),
  possessives ("Sannes", "Ahmed's"), and lowercase first names where the lowercase form is no
  everyday Dutch word ("jan", but never "ik ben").
- e-mail addresses and phone numbers.
- candidates: capitalised words that are no Dutch word (OpenTaal list, compounds split), no bank
  term and no place ("Zwanenburg"). Replaced until the toetser marks them "geen naam".
- `deduce` when installed (optional; its spans are cut to the name itself).
Then every found name is applied everywhere (`NameIndex`): once "dhr. Pietersen" is found, a bare
"Pietersen", "pietersen" and "Pietersens" are replaced in every text of the audit too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .unicode_fold import Normalised, fold, normalise

if TYPE_CHECKING:
    from questionbank.models import NameLists, QuestionBank
    from sessions.models import AuditData

    from .report import Report

__all__ = ["fold"]

SOURCE_LIST = "lijst"
SOURCE_HEURISTIC = "heuristiek"
SOURCE_DEDUCE = "deduce"
SOURCE_FOUND = "elders gevonden"
SOURCE_CANDIDATE = "kandidaat"
SOURCE_CONTACT = "contactgegeven"
SOURCE_REVIEW = "gemarkeerd als naam"
PLACEHOLDER = "[naam]"
EMAIL_PLACEHOLDER = "[e-mailadres]"
PHONE_PLACEHOLDER = "[telefoonnummer]"
PLACEHOLDERS = (PLACEHOLDER, EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER)

_TOKEN = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+31[\s\-]?|0031[\s\-]?|0)(?:[1-9](?:[\s\-]?\d){8})(?!\d)")
_INITIAL = re.compile(r"[A-Z]\.(?:\s?[A-Z]\.)*")
_SENTENCE_END = set("!?:;\n\r\t•*–—-(\"'„“”[/|>")
_HONORIFICS = frozenset({"mevrouw", "meneer", "dhr", "mw", "mevr", "mvr", "familie", "fam", "heer", "de heer", "juf", "juffrouw", "collega", "dr", "drs", "mr", "ir", "ing", "prof"})


_Raw = tuple  # (clean start, clean end, source, key, title, clean start of the title or -1)


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    text: str
    source: str  # SOURCE_*
    key: str = ""  # folded name without aanspreekvorm ("anja de vries"); "" for contact data
    title: str = ""  # folded aanspreekvorm/role word before the name ("mevrouw", "moeder")
    title_start: int = -1  # where that word starts: `--vervang functie` replaces it with the name


# ---------------------------------------------------------------------------- the lexicon


@dataclass(frozen=True)
class Lexicon:
    """The name vocabulary, lowercased for lookups (built once from questionbank.NameLists)."""

    first: frozenset[str]
    last: frozenset[str]
    tussenvoegsels: dict[str, tuple[tuple[str, ...], ...]]  # first folded token -> phrases, longest first
    titles: dict[str, tuple[tuple[str, ...], ...]]
    everyday: frozenset[str]  # lowercase names that are everyday Dutch words
    never: dict[str, tuple[tuple[str, ...], ...]]  # first folded token -> phrases that are never names
    words: frozenset[str]  # Dutch lowercase words
    bank_words: frozenset[str]  # folded tokens of the question bank's own texts
    rollen: dict[str, str]
    rol_standaard: str
    voornamen: frozenset[str] = frozenset()  # as written, for callers that list them
    aanspreekvormen: tuple[str, ...] = ()

    def ordinary(self, lower: str) -> bool:
        """An everyday Dutch word in lowercase: "ben", "roos", "bakker" (a typed "jan" is not)."""
        return lower in self.everyday or (lower in self.words and lower not in self.first)

    def dutch(self, lower: str) -> bool:
        """A Dutch word, a bank term or a compound of Dutch words ("buurtcirkel")."""
        return lower in self.words or (lower if lower.isascii() else fold(lower)) in self.bank_words or _compound(self, lower)


def _tokens_of(phrase: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in re.findall(r"[^\W\d_]+\.?|'t|'s", phrase))


_COMPOUNDS: dict[tuple[int, str], bool] = {}


def _compound(lex: Lexicon, word: str, depth: int = 0) -> bool:
    """Two or three Dutch words run together, with a linking s or e ("vrijwilligersbeleid")."""
    if len(word) < 6 or depth > 2:
        return False
    key = (id(lex), word)
    if key in _COMPOUNDS:
        return _COMPOUNDS[key]
    result = False
    for i in range(3, len(word) - 2):
        left, right = word[:i], word[i:]
        if left in lex.words or (left[-1:] in "se" and left[:-1] in lex.words and len(left) > 3):
            if right in lex.words or _compound(lex, right, depth + 1):
                result = True
                break
    if len(_COMPOUNDS) > 200_000:
        _COMPOUNDS.clear()
    _COMPOUNDS[key] = result
    return result


def _by_first(phrases: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        toks = tuple(t.rstrip(".") for t in _tokens_of(phrase))
        if toks:
            table.setdefault(toks[0], set()).add(toks)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def lexicon_from(lists: "NameLists", bank_words: Iterable[str] = (), stopwords: Iterable[str] = ()) -> Lexicon:
    first = frozenset(n.lower() for n in lists.voornamen) - {w.lower() for w in lists.geen_namen}
    last: set[str] = set()
    for name in lists.achternamen:
        last.add(name.split()[-1].lower())
    never: dict[str, list[tuple[str, ...]]] = {}
    for phrase in (*lists.geen_namen, *lists.plaatsen):
        toks = _tokens_of(phrase)
        if toks:
            never.setdefault(toks[0], []).append(toks)
    return Lexicon(
        first=first,
        last=frozenset(last - {w.lower() for w in lists.geen_namen}),
        tussenvoegsels=_by_first(lists.tussenvoegsels),
        titles=_by_first(lists.aanspreekvormen),
        everyday=frozenset(lists.ook_woord) | frozenset(stopwords),  # "elke", "dan", "wil"
        never={k.rstrip("."): tuple(sorted(set(v), key=len, reverse=True)) for k, v in never.items()},
        words=lists.dutch_words,
        bank_words=frozenset(bank_words),
        rollen={fold(k): v for k, v in lists.rollen.items()},
        rol_standaard=lists.rol_standaard,
        voornamen=lists.voornamen,
        aanspreekvormen=lists.aanspreekvormen,
    )


@lru_cache(maxsize=1)
def _bank_words() -> frozenset[str]:
    """Every word the question bank itself uses (norms, questions, functies, vocabulary): no names."""
    from questionbank import load_bank
    from questionbank.loader import load_vocabulary

    bank = load_bank()
    vocab = load_vocabulary()
    texts = [t for n in bank.norms for t in (n.text, n.kan_blijken_uit, *n.evidence, *n.keywords, *(q.text for q in n.questions))]
    texts += [*vocab.abbreviations, *vocab.abbreviations.values(), *vocab.compound_parts]
    texts += [w for terms in vocab.norm_terms.values() for w in terms]
    texts += [w for k, v in vocab.synonyms.items() for w in (k, *v)]
    texts += [c.label for c in bank.functie_categories] if hasattr(bank, "functie_categories") else []
    return frozenset(fold(w) for t in texts for w in _TOKEN.findall(t))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped name vocabulary (questionbank), with the bank's own words as non-names."""
    from questionbank.loader import load_name_lists, load_vocabulary

    return lexicon_from(load_name_lists(), _bank_words(), load_vocabulary().stopwords)


# ---------------------------------------------------------------------------- finding


class _Tok:
    """One word of the clean text, with what the finders ask of it computed once."""

    __slots__ = ("start", "end", "text", "low", "fold", "initial", "gap", "cap", "allcaps", "camel")

    def __init__(self, start: int, end: int, text: str, low: str, fold: str, initial: bool, gap: str = " ") -> None:
        self.start, self.end, self.text, self.low, self.fold = start, end, text, low, fold
        self.initial = initial  # starts a sentence or a line
        self.gap = gap  # the text between the previous token and this one
        self.cap = text[:1].isupper()
        self.allcaps = len(text) > 1 and text.isupper()
        # "PostNL", "iPad", "WhatsApp": brands, not people
        self.camel = not self.allcaps and "-" not in text and text[1:] != low[1:]


def _tokenise(n: Normalised) -> list[_Tok]:
    """The words of a normalised text. The export asks this of the same texts several times (the
    audit-wide first pass, the replacement, the final guard), so the tokens are cached by text; a
    token is never changed after it is made."""
    return list(_tokenise_text(n.text, n.folded))


@lru_cache(maxsize=8192)
def _tokenise_text(text: str, folded: str) -> tuple[_Tok, ...]:
    out: list[_Tok] = []
    prev_end = 0
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        gap = text[prev_end:s]
        before = gap.rstrip(" \u00a0")
        if before:
            last = before[-1]
        else:
            j = s - len(gap) - 1
            while j >= 0 and text[j] in " \u00a0":
                j -= 1
            last = text[j] if j >= 0 else ""
        initial = (not out and not before.strip()) or last in _SENTENCE_END or (last == "." and not _ends_with_title_abbrev(text[: s - (len(gap) - len(before))]))
        if not last:
            initial = True
        word = m.group()
        out.append(_Tok(s, e, word, word.lower(), folded[s:e], initial, gap))
        prev_end = e
    return tuple(out)


_ABBREV_BEFORE = re.compile(r"(?:\b(?:dhr|mw|mevr|mvr|dr|drs|ir|ing|mr|prof|fam|o\.a|m\.b\.v|i\.v\.m|bijv|t\.a\.v|e\.d|ca|vd|v\.d)|\b[A-Z])\.$", re.I)


def _ends_with_title_abbrev(before: str) -> bool:
    return bool(_ABBREV_BEFORE.search(before[-8:]))


def _possessive_base(tok: _Tok, lex: Lexicon) -> str:
    """"Ahmeds"/"Ahmed's" -> "ahmed" when the stem is a known first name; else the token itself."""
    low = tok.low
    if low.endswith("'s") and low[:-2] in lex.first | lex.last:
        return low[:-2]
    if low.endswith("s") and len(low) > 3 and low not in lex.first and low[:-1] in lex.first and not lex.ordinary(low):
        return low[:-1]
    return low


def _match_seq(toks: list[_Tok], i: int, table: Mapping[str, tuple[tuple[str, ...], ...]]) -> int:
    """Length (in tokens) of the longest phrase of `table` (keyed by first token) at toks[i], or 0."""
    if i >= len(toks):
        return 0
    for phrase in table.get(toks[i].fold, ()):
        if i + len(phrase) <= len(toks) and all(toks[i + k].fold == p for k, p in enumerate(phrase)):
            return len(phrase)
    return 0


class NameFinder:
    """All finders together; `spans(text)` returns merged, non-overlapping spans in the original text.

    `avoid`: the audit's list; `index`: names found elsewhere in the audit (applied everywhere);
    `not_names`: folded words a toetser marked "geen naam"; `extra`: e.g. deduce_spans_factory().
    """

    def __init__(
        self,
        avoid: Iterable[str] = (),
        lexicon: Lexicon | None = None,
        extra: Callable[[str], list[NameSpan]] | None = None,
        use_heuristic: bool = True,
        *,
        index: "NameIndex | None" = None,
        not_names: Iterable[str] = (),
    ) -> None:
        self.avoid = tuple(dict.fromkeys(n.strip() for n in avoid if n and n.strip()))
        self.lexicon = lexicon or load_lexicon()
        self.extra = extra
        self.use_heuristic = use_heuristic
        self.index = index
        self.not_names = frozenset(not_names)
        self._list = ListFinder(self.avoid, self.lexicon)
        self._cache: dict[str, list[NameSpan]] = {}
        # per text: the normalised text, its tokens and the spans found without the index; a
        # finder built on the same texts (audit_finder's second pass) shares them
        self._base: dict[str, tuple[Normalised, list[_Tok], list[_Raw]]] = {}

    def spans(self, text: str) -> list[NameSpan]:
        if text not in self._cache:
            self._cache[text] = self._find(text) if text else []
        return self._cache[text]

    # -- the passes ----------------------------------------------------------------------
    def _base_spans(self, text: str) -> tuple[Normalised, list[_Tok], list[_Raw]]:
        if text not in self._base:
            n = normalise(text)
            raw: list[_Raw] = []
            for rx in (_EMAIL, _PHONE):
                raw += [(m.start(), m.end(), SOURCE_CONTACT, "", "", -1) for m in rx.finditer(n.text)]
            raw += self._list.spans(n)
            toks = _tokenise(n)
            if self.use_heuristic:
                raw += self._heuristic(n, toks)
            self._base[text] = (n, toks, raw)
        return self._base[text]

    def _find(self, text: str) -> list[NameSpan]:
        n, toks, base = self._base_spans(text)
        raw = list(base)
        if self.index is not None:
            raw += self.index.spans(toks, self.lexicon)
        raw = [r for r in raw if r[2] in (SOURCE_LIST, SOURCE_CONTACT) or r[3] not in self.not_names]
        spans = [self._to_original(n, *r) for r in raw]
        if self.extra:
            spans += [s for s in (self._trim_extra(text, s) for s in self.extra(text)) if s]
        return _merge(text, spans)

    def _to_original(self, n: Normalised, start: int, end: int, source: str, key: str, title: str, title_start: int) -> NameSpan:
        s, e = n.span(start, end)
        ts = n.span(title_start, title_start + 1)[0] if title_start >= 0 else -1
        return NameSpan(s, e, n.original[s:e], source, key, title, ts)

    def _trim_extra(self, text: str, span: NameSpan) -> NameSpan | None:
        """deduce's span without the neighbouring word it sometimes swallows, and never a place."""
        sub = normalise(span.text)
        toks = [t for t in _tokenise(sub) if not _match_seq([t], 0, self.lexicon.never)]
        toks = [t for t in toks if t.cap or not self.lexicon.ordinary(t.low)]
        while toks and toks[0].cap is False:
            toks.pop(0)
        # a leading ordinary capitalised word that is no name ("Gesprek Anja") is not part of the name
        while len(toks) > 1 and toks[0].low not in self.lexicon.first and self.lexicon.dutch(toks[0].low):
            toks.pop(0)
        if not toks:
            return None
        s, e = sub.span(toks[0].start, toks[-1].end)
        start, end = span.start + s, span.start + e
        return NameSpan(start, end, text[start:end], SOURCE_DEDUCE, fold(text[start:end]))

    def _protected(self, toks: list[_Tok]) -> set[int]:
        """Tokens inside a place name or a never-a-name phrase ("Veilig Thuis", "Den Haag")."""
        out: set[int] = set()
        lex = self.lexicon
        for i, t in enumerate(toks):
            if t.fold in lex.never and (t.cap or t.allcaps):
                k = _match_seq(toks, i, lex.never)
                if k and all(toks[i + j].cap or toks[i + j].allcaps or len(lex.never[t.fold][0]) > 1 for j in range(k)):
                    out.update(range(i, i + k))
        return out

    def _namelike(self, t: _Tok, *, after_title: bool = False) -> bool:
        lex = self.lexicon
        if t.camel:
            return False
        if t.cap:
            return True
        if lex.ordinary(t.low):  # lowercase: never an everyday word ("ik ben")
            return False
        if t.low in lex.first:
            return True
        return after_title and len(t.low) > 1 and not lex.dutch(t.low)

    def _surname_after(self, toks: list[_Tok], j: int, protected: set[int]) -> int:
        """Index after a surname starting at toks[j] (with tussenvoegsels), or j when there is none."""
        lex = self.lexicon
        k = j
        tv = _match_seq(toks, k, lex.tussenvoegsels)
        if tv and k + tv < len(toks):
            nxt = toks[k + tv]
            if nxt.cap and not nxt.initial and (k + tv not in protected or nxt.low in lex.last) and not nxt.camel and _adjacent(toks, k, k + tv):
                return k + tv + 1
        if k < len(toks):
            t = toks[k]
            if t.cap and not t.initial and (k not in protected or t.low in lex.last) and not t.camel and not t.allcaps and _adjacent(toks, k - 1, k):
                if t.low in lex.last or t.low in lex.first or not lex.dutch(t.low):
                    return k + 1
        return j

    def _heuristic(self, n: Normalised, toks: list[_Tok]) -> list[_Raw]:
        lex = self.lexicon
        protected = self._protected(toks)
        out: list[_Raw] = []
        covered: set[int] = set()

        def emit(i: int, j: int, source: str, name_from: int, title: str = "") -> None:
            covered.update(range(i, j))
            key = " ".join(_possessive_base(t, lex) if k == j - 1 else t.fold for k, t in enumerate(toks[name_from:j], start=name_from))
            out.append((toks[name_from].start, toks[j - 1].end, source, fold(key), title, toks[i].start if title else -1))

        # 1. aanspreekvorm or role + name ("mevrouw Bakker", "collega mo", "familie Öztürk")
        for i, t in enumerate(toks):
            if i in covered:
                continue
            k = _match_seq(toks, i, lex.titles)
            if not k or i + k >= len(toks):
                continue
            title = " ".join(x.fold for x in toks[i : i + k])
            j = i + k
            # initials ("dhr. J.P. Smit") are not tokens: skip them in the clean text
            gap = n.text[toks[j - 1].end : toks[j].start]
            if "\n" in gap or any(c in gap for c in ",;:()") or not _adjacent_gap(gap):
                continue
            tv = _match_seq(toks, j, lex.tussenvoegsels) if title in _HONORIFICS else 0
            if tv and j + tv < len(toks) and toks[j + tv].cap:
                j2 = j + tv
            else:
                j2 = j
            name = toks[j2]
            if (j2 in protected and name.low not in lex.last and name.low not in lex.first) or not self._namelike(name, after_title=True):
                continue
            if name.cap and name.low not in lex.last and name.low not in lex.first and lex.dutch(name.low):
                if name.initial or title not in _HONORIFICS:
                    continue  # "teamleider Jongerenwerk", "collega. Daarna": a word, not a name
            end = j2 + 1
            if name.low in lex.first or name.cap:
                end = self._surname_after(toks, end, protected)
            emit(i, end, SOURCE_HEURISTIC, j, title)
        # 2. initials + surname ("J.P. Smit", "A. de Vries")
        for m in _INITIAL.finditer(n.text):
            after = m.end()
            j = next((x for x, t in enumerate(toks) if t.start >= after), None)
            if j is None or j in covered or not _adjacent_gap(n.text[after : toks[j].start]):
                continue
            if m.start() > 0 and (n.text[m.start() - 1].isalnum()):
                continue
            tv = _match_seq(toks, j, lex.tussenvoegsels)
            k = j + tv if tv and j + tv < len(toks) and toks[j + tv].cap else j
            t = toks[k]
            if (k in protected and t.low not in lex.last) or not t.cap or t.camel or t.allcaps:
                continue
            if lex.dutch(t.low) and t.low not in lex.last:
                continue
            covered.update(range(j, k + 1))
            out.append((m.start(), t.end, SOURCE_HEURISTIC, fold(" ".join(x.fold for x in toks[j : k + 1])), "", -1))
        # 3. known first names and surnames, possessives, lowercase first names
        for i, t in enumerate(toks):
            if i in covered or i in protected or t.camel:
                continue
            parts = [t] if "-" not in t.text else None
            base = _possessive_base(t, lex)
            if t.allcaps and (len(t.text) < 3 or base in lex.bank_words or t.fold in lex.bank_words):
                continue
            is_first, is_last = base in lex.first, base in lex.last
            if parts is None:  # "Jansen-Öztürk", "Anne-Marie": every part must be name-like
                bits = t.low.split("-")
                is_first = all(b in lex.first for b in bits)
                is_last = not is_first and all(b in lex.last or b in lex.first or not lex.dutch(b) for b in bits) and any(b in lex.last for b in bits)
            if t.cap or t.allcaps:
                if is_first:
                    if t.initial and base in lex.everyday:
                        nxt = self._surname_after(toks, i + 1, protected)
                        if nxt == i + 1:
                            continue
                    end = self._surname_after(toks, i + 1, protected)
                    emit(i, end, SOURCE_HEURISTIC, i)
                elif is_last:
                    if t.initial and lex.dutch(base):
                        continue
                    emit(i, i + 1, SOURCE_CANDIDATE if lex.dutch(base) else SOURCE_HEURISTIC, i)
            elif is_first and not lex.ordinary(base) and not lex.ordinary(t.low):
                emit(i, i + 1, SOURCE_HEURISTIC, i)
        # 4. candidates: capitalised words that are no Dutch word, bank term or place
        for i, t in enumerate(toks):
            if i in covered or i in protected or not t.cap or t.allcaps or t.camel or len(t.text) < 3:
                continue
            bits = [b.lower() for b in t.text.split("-") if not (len(b) > 1 and b.isupper())]  # "HR-medewerker"
            if all(lex.dutch(b) or b in lex.everyday for b in bits) or t.fold in lex.bank_words:
                continue
            if t.low.endswith("'s") or any(b in lex.never for b in map(fold, bits)):
                continue
            emit(i, i + 1, SOURCE_CANDIDATE, i)
        return out


def _adjacent_gap(gap: str) -> bool:
    return len(gap) <= 3 and all(c in " .\u00a0" for c in gap)


def _adjacent(toks: list[_Tok], a: int, b: int) -> bool:
    """Tokens a..b follow each other with only spaces between (no comma, no line break)."""
    if b >= len(toks) or a >= b:
        return False
    return all(_adjacent_gap(toks[k].gap) and toks[k].gap != "" for k in range(max(a, 0) + 1, b + 1)) if a >= 0 else True


def _merge(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    """Overlapping spans merged into one (the list's source wins: it is the guarantee)."""
    rank = {SOURCE_LIST: 0, SOURCE_CONTACT: 1, SOURCE_REVIEW: 2, SOURCE_DEDUCE: 3, SOURCE_HEURISTIC: 4, SOURCE_CANDIDATE: 5, SOURCE_FOUND: 6}
    merged: list[NameSpan] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.end <= s.start:
            continue
        if merged and s.start < merged[-1].end:
            last = merged[-1]
            end = max(last.end, s.end)
            best = min(last, s, key=lambda x: rank.get(x.source, 9))
            key = last.key if len(last.key) >= len(s.key) else s.key
            titled = last if last.title else s
            merged[-1] = NameSpan(last.start, end, text[last.start : end], best.source, key, titled.title, titled.title_start)
        else:
            merged.append(s)
    return merged


def _particles(lex: Lexicon) -> set[str]:
    return {" ".join(t) for table in (lex.tussenvoegsels, lex.titles) for v in table.values() for t in v}


class ListFinder:
    """Matches of listed names, case/accent-insensitive, on the normalised text. Besides each full
    entry, its first name and surname (with particles) are matched too, but only where they are
    capitalised in the text, so that the surname "Bos" does not hit the word "bos"."""

    def __init__(self, names: Iterable[str], lexicon: Lexicon) -> None:
        self.names = tuple(n.strip() for n in names if n and n.strip())
        particles = _particles(lexicon)
        full = {fold(n) for n in self.names}
        parts: set[str] = set()
        for name in self.names:
            tokens = fold(name).split()
            if len(tokens) < 2:
                continue
            if len(tokens[0]) >= 3 and tokens[0] not in particles:
                parts.add(tokens[0])
            i = len(tokens) - 1
            while i > 1 and tokens[i - 1] in particles:
                i -= 1
            if len(tokens[-1]) >= 3:
                parts.add(" ".join(tokens[i:]))
                parts.add(tokens[-1])
        parts -= full
        self._full = re.compile(_bounded(_words_pattern(full))) if full else None
        self._parts = re.compile(_bounded(_words_pattern(parts))) if parts else None

    def spans(self, n: Normalised) -> list[_Raw]:
        out: list[_Raw] = []
        if self._full:
            out += [(m.start(), m.end(), SOURCE_LIST, " ".join(m.group().split()), "", -1) for m in self._full.finditer(n.folded)]
        if self._parts:
            for m in self._parts.finditer(n.folded):
                last_word_start = m.start() + len(m.group()) - len(m.group().split()[-1])
                if n.text[last_word_start].isupper():
                    out.append((m.start(), m.end(), SOURCE_LIST, " ".join(m.group().split()), "", -1))
        return out


def _phrase(words: str) -> str:
    """A name as a pattern: any run of whitespace between its parts ("Anja  de\nVries"), and an
    optional possessive s."""
    return r"\s+".join(re.escape(part) for part in words.split())


def _words_pattern(words: Iterable[str]) -> str:
    return "|".join(_phrase(w) for w in sorted(set(words), key=len, reverse=True))


def _bounded(alternatives: str) -> str:
    return rf"(?<![\w])(?:{alternatives})(?:'?s)?(?![\w])"


class NameIndex:
    """Names found anywhere in the audit, applied to every text: each name's parts (first name,
    surname, the surname with its particles) in capitalised form, as a possessive, and in lowercase
    where the lowercase form is no everyday Dutch word."""

    def __init__(self, keys: Iterable[str] = (), lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        particles = _particles(self.lexicon)
        self.keys: set[str] = set()
        self.forms: set[str] = set()
        for key in keys:
            self.add(key, particles)

    def add(self, key: str, particles: set[str] | None = None) -> None:
        if particles is None:
            particles = _particles(self.lexicon)
        key = fold(key).strip()
        if not key:
            return
        self.keys.add(key)
        parts = [p.strip(".'") for p in key.replace("-", " ").split()]
        lex = self.lexicon
        for part in parts:
            if len(part) < 2 or part in particles:
                continue
            if len(parts) > 1 and lex.dutch(part) and part not in lex.first and part not in lex.last:
                continue  # "hr-medewerker" makes no name of "medewerker"
            self.forms.add(part)

    def pattern(self) -> re.Pattern[str]:
        """Any form as a word in folded text (a fast first look before the token check)."""
        if getattr(self, "_pattern_for", None) != len(self.forms):
            self._pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, sorted(self.forms, key=len, reverse=True))) + ")")
            self._pattern_for = len(self.forms)
        return self._pattern

    def spans(self, toks: list[_Tok], lex: Lexicon) -> list[_Raw]:
        out = []
        for t in toks:
            for word, start, end in _parts_of(t):
                f = word.fold
                base = f[:-2] if f.endswith("'s") else f
                if base not in self.forms and not (f.endswith("s") and f[:-1] in self.forms and not lex.ordinary(word.low)):
                    continue
                if base not in self.forms:
                    base = f[:-1]
                if word.cap or word.allcaps or not lex.ordinary(word.low.removesuffix("'s")):
                    out.append((start, end, SOURCE_FOUND, base, "", -1))
        return out


def _parts_of(t: _Tok) -> list[tuple[_Tok, int, int]]:
    if "-" not in t.text:
        return [(t, t.start, t.end)]
    out, pos = [], t.start
    for piece in t.text.split("-"):
        out.append((_Tok(pos, pos + len(piece), piece, piece.lower(), fold(piece), t.initial), pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


# ---------------------------------------------------------------------------- deduce (optional)


def deduce_spans_factory(progress: Callable[[str], None] | None = None) -> Callable[[str], list[NameSpan]] | None:
    """A span finder backed by `deduce`, or None when it is not installed. Its first load builds
    lookup tables (minutes on a slow laptop; then seconds): call from a worker and pass `progress`."""
    try:
        from deduce import Deduce  # type: ignore[import-not-found]
    except ImportError:
        return None
    if progress:
        progress("deduce laden (de eerste keer bouwt het zijn tabellen; dat kan enkele minuten duren)…")
    model = Deduce()
    if progress:
        progress("deduce geladen.")

    def spans(text: str) -> list[NameSpan]:
        doc = model.deidentify(text)
        return [
            NameSpan(a.start_char, a.end_char, a.text, SOURCE_DEDUCE, fold(a.text))
            for a in doc.annotations
            if a.tag in ("persoon", "patient") or "persoon" in a.tag
        ]

    return spans


# ---------------------------------------------------------------------------- replacing


def strip_title(name: str, lexicon: Lexicon) -> str:
    """"mevrouw Anja de Vries" -> "Anja de Vries": the key under which a found name is listed."""
    n = normalise(name)
    toks = _tokenise(n)
    k = _match_seq(toks, 0, lexicon.titles)
    if k and k < len(toks):
        s = n.span(toks[k].start, toks[k].start)[0]
        return name[s:].strip()
    return name.strip()


@dataclass(frozen=True)
class FoundName:
    name: str  # as first seen, without aanspreekvorm
    sources: tuple[str, ...]
    count: int
    replacement: str
    key: str = ""  # folded, as reviews are stored

    @property
    def is_candidate(self) -> bool:
        """Only the candidate finder saw it (here or elsewhere): a word to review, not a sure name."""
        return SOURCE_CANDIDATE in self.sources and set(self.sources) <= {SOURCE_CANDIDATE, SOURCE_FOUND}


class Replacer:
    """Decides what a found name becomes. `mode` "naam": "[naam]". `mode` "functie": the functie of
    the interview the name belongs to ("de teamleider"), a toetser's full name "de toetser", any
    other person a neutral role from the word before the name ("moeder Sanne" -> "een ouder",
    "meneer Bakker" -> "een collega"): never the functie of someone else."""

    def __init__(self, finder: NameFinder, functie_by_name: dict[str, str] | None = None, *, mode: str = "naam") -> None:
        self.finder = finder
        self.mode = mode
        self._by_key: dict[str, str] = {}
        for name, functie in (functie_by_name or {}).items():
            self._by_key[fold(strip_title(name, finder.lexicon))] = functie
        self._by_token: dict[str, set[str]] = {}
        tv = {" ".join(t) for v in finder.lexicon.tussenvoegsels.values() for t in v}
        for key, functie in self._by_key.items():
            if functie == "toetser":
                continue  # a toetser's surname never rewrites an interviewee's text
            for token in key.split():
                if len(token) >= 3 and token not in tv:
                    self._by_token.setdefault(token, set()).add(functie)

    def replacement(self, name: str, span: NameSpan | None = None) -> str:
        if span is not None and span.source == SOURCE_CONTACT:
            return EMAIL_PLACEHOLDER if "@" in span.text else PHONE_PLACEHOLDER
        if self.mode != "functie":
            return PLACEHOLDER
        lex = self.finder.lexicon
        key = span.key if span is not None and span.key else fold(strip_title(name, lex))
        functie = self._by_key.get(key) or self._by_key.get(fold(strip_title(name, lex)))
        if functie is None:
            options = [self._by_token.get(t) for t in key.split() if t in self._by_token]
            candidates = set.intersection(*options) if options and all(options) else set()
            functie = next(iter(candidates)) if len(candidates) == 1 else None
        if functie and not self.finder.spans(functie):
            return f"de {functie}"
        title = span.title if span is not None else ""
        return lex.rollen.get(title.split()[-1] if title else "", lex.rollen.get(title, lex.rol_standaard))

    def redact(self, text: str) -> str:
        spans = self.finder.spans(text)
        if not spans:
            return text
        out, pos = [], 0
        for s in spans:
            start = s.start
            rep = self.replacement(s.text, s)
            if self.mode == "functie" and s.title and pos <= s.title_start < s.start:
                start = s.title_start  # "meneer Bakker" -> "een collega", not "meneer een collega"
            out.append(text[pos:start])
            before = text[:start].rstrip()
            if rep not in PLACEHOLDERS and (not before or before[-1] in ".!?:\n„“\"‘–•"):
                rep = rep[0].upper() + rep[1:]
            out.append(rep)
            pos = s.end
        out.append(text[pos:])
        return "".join(out)


def scan(texts: Iterable[str], replacer: Replacer) -> list[FoundName]:
    """Every name found in `texts`, grouped by key, most frequent first."""
    found: dict[str, dict] = {}
    lexicon = replacer.finder.lexicon
    for text in texts:
        for s in replacer.finder.spans(text):
            name = strip_title(s.text, lexicon) or s.text
            key = s.key or fold(name)
            entry = found.setdefault(key, {"name": name, "sources": set(), "count": 0, "span": s})
            entry["sources"].add(s.source)
            entry["count"] += 1
    return sorted(
        (
            FoundName(e["name"], tuple(sorted(e["sources"])), e["count"], replacer.replacement(e["name"], e["span"]), key)
            for key, e in found.items()
        ),
        key=lambda f: (-f.count, fold(f.name)),
    )


def listed_names_in(text: str, names: Iterable[str]) -> list[str]:
    """The listed names (full entries) that still occur in `text` (normalised): must be empty."""
    folded = fold(text)
    return [name.strip() for name in names if name.strip() and _listed_pattern(fold(name.strip())).search(folded)]


@lru_cache(maxsize=1024)
def _listed_pattern(folded_name: str) -> re.Pattern[str]:
    return re.compile(_bounded(_phrase(folded_name)))


def avoid_list(audit: "AuditData") -> tuple[str, ...]:
    """Names that must never reach a report: the audit's own list plus the toetsers' names."""
    names = [*audit.toetsing.names_to_avoid, *(t.name for t in audit.toetsers)]
    return tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))


def functie_by_name(audit: "AuditData", finder: NameFinder, bank: "QuestionBank | None" = None) -> dict[str, str]:
    """Names that belong to a known functie: a name in an interview's title or typed functie is the
    interviewee's ("Gesprek met Anja de Vries"); a toetser's full name is "toetser"."""
    from .labels import bron_functie_label

    out: dict[str, str] = {}
    for bron in audit.bronnen:
        if bron.kind != "interview":
            continue
        label = bron_functie_label(bron, bank)
        for text in (bron.title, bron.functie):
            for span in finder.spans(text):
                if span.source != SOURCE_CONTACT:
                    out.setdefault(span.text, label)
    for toetser in audit.toetsers:
        if toetser.name.strip():
            out.setdefault(toetser.name.strip(), "toetser")
    return out


# ---------------------------------------------------------------------------- the whole report


class ListedNameLeft(Exception):
    """A listed or found name survived redaction: the report must not be written. Message is Dutch."""


@dataclass(frozen=True)
class Anonymised:
    report: "Report"  # with names replaced
    found: list[FoundName]  # every replacement
    candidates: list[FoundName] = field(default_factory=list)  # replaced, but not yet reviewed

    def review_line(self) -> str:
        """"Controleer: Öztürk, Kelder" (empty when nothing awaits review)."""
        return f"Controleer: {', '.join(c.name for c in self.candidates)}" if self.candidates else ""


def review_key(word: str) -> str:
    """How a reviewed word is stored and compared: folded, without aanspreekvorm."""
    return fold(strip_title(word, load_lexicon()))


def leftover_names(text: str, avoid: Iterable[str], index: NameIndex) -> list[str]:
    """Listed names and found names still in `text` (the final guard): must be empty."""
    avoid = tuple(avoid)
    n = normalise(text)
    left = listed_names_in(text, avoid) if avoid and _any_listed(avoid).search(n.folded) else []
    if index.forms and index.pattern().search(n.folded):  # the token check only where a form occurs
        left += [n.text[s:e] for s, e, *_ in index.spans(_tokenise(n), index.lexicon)]
    return left


@lru_cache(maxsize=16)
def _any_listed(avoid: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_bounded(_words_pattern(fold(n.strip()) for n in avoid if n.strip())))


def anonymise(
    report: "Report",
    audit: "AuditData",
    bank: "QuestionBank | None" = None,
    *,
    mode: str = "naam",
    extra: Callable[[str], list[NameSpan]] | None = None,
    progress: Callable[[int, int], None] | None = None,
    reviews: Mapping[str, bool] | None = None,
    exempt: Iterable[tuple[str, str]] = (),
) -> Anonymised:
    """Find the names in every outgoing text of `report`, replace them (`mode` "functie" or "naam"),
    and check the result; raises ListedNameLeft when a name survives.

    `reviews`: the toetser's choices, folded word -> True ("naam") / False ("geen naam"); a
    candidate without a choice is replaced and listed in `candidates`. `exempt`: the Deel A
    (field label, value) pairs that may carry team names and contact data (teamleider, contact
    person): left as they are and not checked. Everything else is.
    """
    from .report import map_strings

    reviews = dict(reviews or {})
    exempt_pairs = {(label, value) for label, value in exempt}
    avoid = avoid_list(audit)
    outgoing = _outgoing(report, exempt_pairs)
    lex = load_lexicon()
    for word in _TOKEN.findall(normalise(audit.toetsing.organisation).text):
        # the organisation's own name ("Welzijn Zuiderhaven") is no person, unless it is a first name
        if word[:1].isupper() and fold(word) not in lex.first:
            reviews.setdefault(fold(word), False)
    finder = audit_finder([*outgoing, *_audit_texts(audit)], avoid, reviews, extra)
    index = finder.index
    assert index is not None
    replacer = Replacer(finder, functie_by_name(audit, finder, bank), mode=mode)
    report_texts = list(dict.fromkeys(outgoing))
    redacted: dict[str, str] = {}
    step = max(25, len(report_texts) // 4)
    for i, text in enumerate(report_texts, start=1):
        redacted[text] = replacer.redact(text)
        if progress and (i % step == 0 or i == len(report_texts)):
            progress(i, len(report_texts))
    found = scan(report_texts, replacer)
    clean = _map_outgoing(report, lambda s: redacted.get(s, s), exempt_pairs, map_strings)
    left = sorted({name for text in _outgoing(clean, exempt_pairs) for name in leftover_names(text, avoid, index)})
    if left:
        raise ListedNameLeft(f"Het rapport bevat nog namen: {', '.join(left)}. Er is niets geschreven.")
    candidates = [f for f in found if f.is_candidate and f.key not in reviews]
    return Anonymised(report=clean, found=found, candidates=candidates)


def audit_finder(
    texts: Iterable[str],
    avoid: Iterable[str] = (),
    reviews: Mapping[str, bool] | None = None,
    extra: Callable[[str], list[NameSpan]] | None = None,
) -> NameFinder:
    """The finder for one audit: a first pass over all its `texts` collects every name found, the
    returned finder applies them everywhere (plus the toetser's `reviews`, folded word -> is a name)."""
    reviews = dict(reviews or {})
    lex = load_lexicon()
    not_names = {k for k, v in reviews.items() if not v}
    first = NameFinder(avoid=avoid, lexicon=lex, extra=extra, not_names=not_names)
    index = NameIndex((k for k, v in reviews.items() if v), lex)
    for text in dict.fromkeys(texts):
        for s in first.spans(text):
            if s.key and s.source != SOURCE_CONTACT:
                index.add(s.key)
    finder = NameFinder(avoid=avoid, lexicon=lex, extra=extra, index=index, not_names=not_names)
    finder._base = first._base  # same avoid list and lexicon: the first pass's work is reused
    return finder


def _audit_texts(audit: "AuditData") -> list[str]:
    """Texts of the audit that may name a person found nowhere else in the report: bron titles and
    functies, aantekeningen (a "dhr. Pietersen" in a note makes a bare "Pietersen" in a bevinding a name)."""
    out = [t for b in audit.bronnen for t in (b.title, b.functie) if t]
    out += [a.text for a in audit.aantekeningen if a.text]
    return out


def _outgoing(report: "Report", exempt: set[tuple[str, str]]) -> list[str]:
    from .report import iter_strings

    out: list[str] = []
    for f in report.__dataclass_fields__:
        value = getattr(report, f)
        if f == "deel_a":
            for section in value:
                out.append(section.title)
                for fld in section.fields:
                    if (fld.label, fld.value) not in exempt:
                        out += [fld.label, fld.value]
        else:
            out += list(iter_strings(value))
    return out


def _map_outgoing(report: "Report", fn: Callable[[str], str], exempt: set[tuple[str, str]], map_strings) -> "Report":  # noqa: ANN001
    import dataclasses

    changes = {}
    for f in dataclasses.fields(report):
        value = getattr(report, f.name)
        if f.name == "deel_a":
            changes[f.name] = tuple(
                dataclasses.replace(
                    s,
                    title=fn(s.title),
                    fields=tuple(fld if (fld.label, fld.value) in exempt else map_strings(fld, fn) for fld in s.fields),
                )
                for s in value
            )
        else:
            changes[f.name] = map_strings(value, fn)
    return dataclasses.replace(report, **changes)


def lexicon_ready() -> bool:
    """True once the name lists are loaded (the UI loads them in a worker, then hints)."""
    return load_lexicon.cache_info().currsize > 0


def name_hint(text: str) -> list[str]:
    """The likely names in a line being typed (capture line, functie field): for a hint, not a block."""
    return [s.text for s in _hint_finder().spans(text) if s.source != SOURCE_CANDIDATE or len(s.text) > 3]


_HINT_FINDER: list[NameFinder] = []


def _hint_finder() -> NameFinder:
    if not _HINT_FINDER:
        _HINT_FINDER.append(NameFinder())
    finder = _HINT_FINDER[0]
    if len(finder._cache) > 500:  # a line being typed: many texts, each once
        finder._cache.clear()
        finder._base.clear()
    return finder


def replace_names(text: str, with_text: str) -> str:
    """`text` with every likely name replaced at the source: a name after a role word becomes the
    neutral role ("collega mo" -> "een collega"), any other name `with_text` ("de jongerenwerker");
    an e-mail address or phone number its placeholder."""
    finder = _hint_finder()
    lex = finder.lexicon
    out, pos = [], 0
    for s in finder.spans(text):
        start = s.start
        if s.source == SOURCE_CONTACT:
            rep = EMAIL_PLACEHOLDER if "@" in s.text else PHONE_PLACEHOLDER
        elif s.title and pos <= s.title_start < s.start:
            start = s.title_start
            rep = lex.rollen.get(s.title.split()[-1], lex.rol_standaard)
        else:
            rep = with_text or PLACEHOLDER
        before = text[:start].rstrip()
        if rep not in PLACEHOLDERS and (not before or before[-1] in ".!?:\n"):
            rep = rep[:1].upper() + rep[1:]
        out += [text[pos:start], rep]
        pos = s.end
    out.append(text[pos:])
    return "".join(out)
