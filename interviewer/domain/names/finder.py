"""NameFinder: every finder together (contact data, the audit's list, the heuristic, names found
elsewhere, deduce), merged into non-overlapping spans of the original text."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..unicode_fold import Normalised, fold, normalise
from .documents import account_names, underscored_handles
from .file_parts import file_part_names, narrowed
from .heuristic import Heuristic
from .honorifics import titled_names, untitled
from .index import ListFinder
from .initials import lone_initials, short_particles, worded_initials
from .listings import acting_initials, initial_tails, inverted_rows, labelled_initials, labelled_surnames, list_surnames, particle_initials, register_names, salutations_cut
from .places import place_surnames, placed_out
from .lexicon import (
    _EMAIL,
    SOURCE_CANDIDATE,
    SOURCE_CONTACT,
    SOURCE_DEDUCE,
    SOURCE_FOUND,
    SOURCE_HEURISTIC,
    SOURCE_LIST,
    SOURCE_REVIEW,
    Lexicon,
    NameSpan,
    _Raw,
    load_lexicon,
    phone_spans,
)
from .tokens import _match_seq, _Tok, _tokenise

if TYPE_CHECKING:
    from .index import NameIndex

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
        venues: Iterable[str] = (),
        places: Iterable[str] = (),
    ) -> None:
        self.avoid = tuple(dict.fromkeys(n.strip() for n in avoid if n and n.strip()))
        self.lexicon = lexicon or load_lexicon()
        self.extra = extra
        self.use_heuristic = use_heuristic
        self.index = index
        self.not_names = frozenset(not_names)
        # folded venue names ("de kelder"): no person unless an aanspreekvorm leads them, or a name
        # found with one elsewhere is applied (the final guard applies it too)
        self.venues = frozenset(venues)
        # folded places the audit names as places (places.audit_places): no name candidate there
        self.places = frozenset(places)
        self._list = ListFinder(self.avoid, self.lexicon)
        self._rules = Heuristic(self.lexicon)
        self._cache: dict[str, list[NameSpan]] = {}
        # per text: the normalised text, its tokens and the spans found without the index; a
        # finder built on the same texts (audit_finder's second pass) shares them
        self._base: dict[str, tuple[Normalised, list[_Tok], list[_Raw], set[int]]] = {}

    def spans(self, text: str) -> list[NameSpan]:
        if text not in self._cache:
            self._cache[text] = self._find(text) if text else []
        return self._cache[text]

    # -- the passes ----------------------------------------------------------------------
    def _base_spans(self, text: str) -> tuple[Normalised, list[_Tok], list[_Raw], set[int]]:
        """The normalised text, its words, the names found without the index, and the words that are
        surely no person (a street, a title, an idiom: names found elsewhere are not applied there)."""
        if text not in self._base:
            n = normalise(text)
            raw: list[_Raw] = []
            if "@" in n.text or "at)" in n.text or "at]" in n.text:
                raw += [(m.start(), m.end(), SOURCE_CONTACT, "", "", -1) for m in _EMAIL.finditer(n.text)]
            raw += [(s, e, SOURCE_CONTACT, "", "", -1) for s, e in phone_spans(n.text)]
            raw += self._list.spans(n)
            toks = _tokenise(n)
            strong: set[int] = set()
            if self.use_heuristic:
                found, strong = self._rules.spans(n, toks)
                raw = self._after_rules(n.text, toks, raw + found, strong)
            self._base[text] = (n, toks, raw, strong)
        return self._base[text]

    def _after_rules(self, text: str, toks: list[_Tok], raw: list[_Raw], strong: set[int]) -> list[_Raw]:
        """The passes that read what the rules found (round 9): people in the parts of file and
        folder names, in place of a span that took the file name's words with them; initials with
        "vd" between or after a signing label; inverted register rows; capitals acting beside such
        initials. Then a found name takes the initial after it, and a list's first name its
        particles and surname."""
        lex = self.lexicon
        # the words surely no person; a camel-case or hyphenated word is judged by its parts there
        sure_not = [(toks[k].start, toks[k].end) for k in strong if not toks[k].camel and "-" not in toks[k].text]
        in_files = file_part_names(text, lex, sure_not)
        initialled = particle_initials(text, lex) + labelled_initials(toks, lex) + worded_initials(text, toks, lex, strong) + lone_initials(text, toks, lex)
        raw = narrowed(text, raw, in_files, lex) + in_files + initialled + register_names(text) + inverted_rows(text, lex)
        raw += account_names(text, toks, lex) + underscored_handles(text, toks, lex) + labelled_surnames(text, toks, lex)
        raw += place_surnames(toks, lex) + titled_names(toks, lex)
        raw += acting_initials(toks, lex, initialled)
        # a form of address of another language is no part of the name ("Auntie Grace", "Ayşe hanım")
        return untitled(toks, list_surnames(toks, salutations_cut(text, short_particles(text, initial_tails(text, raw))), lex), lex, text)

    def _find(self, text: str) -> list[NameSpan]:
        n, toks, base, strong = self._base_spans(text)
        raw = placed_out(list(base), toks, self.lexicon, self.places)
        if self.index is not None and (found := self.index.spans(toks, self.lexicon, strong)):
            # a name found elsewhere takes the initials beside it here, as registers write it: "Hummel K.",
            # "Bol, G.;", "G. Bol" after "Gerrit Bol" (the same passes as the rules' own finds)
            raw += short_particles(n.text, initial_tails(n.text, found)) if "." in n.text else found
        raw = [r for r in raw if r[2] in (SOURCE_LIST, SOURCE_CONTACT) or (r[3] not in self.not_names and (r[4] or r[2] == SOURCE_FOUND or r[3] not in self.venues) and not (r[2] == SOURCE_CANDIDATE and r[3] in self.places))]
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

