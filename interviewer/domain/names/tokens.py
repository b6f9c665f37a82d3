"""Words of a normalised text, with what the finders ask of each computed once, and the regular
expressions names are matched with."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from operator import attrgetter

from ..unicode_fold import Normalised, fold
from .lexicon import _SENTENCE_END, _TOKEN, Lexicon, longest_first

# ---------------------------------------------------------------------------- finding


class _Tok:
    """One word of the clean text, with what the finders ask of it computed once."""

    __slots__ = ("start", "end", "text", "low", "fold", "initial", "gap", "adj", "cap", "allcaps", "camel")

    def __init__(self, start: int, end: int, text: str, low: str, fold: str, initial: bool, gap: str = " ") -> None:
        self.start, self.end, self.text, self.low, self.fold = start, end, text, low, fold
        self.initial = initial  # starts a sentence or a line
        self.gap = gap  # the text between the previous token and this one
        # only spaces (or an initial's dot) between the previous token and this one
        self.adj = gap == " " or (gap != "" and _adjacent_gap(gap)) or (text in ("t", "T") and gap in (" '", " \u2019"))
        if text == low:  # most words: no capital anywhere
            self.cap = self.allcaps = self.camel = False
            return
        self.cap = text[:1].isupper()
        self.allcaps = len(text) > 1 and text.isupper()
        # "PostNL", "iPad", "WhatsApp": brands, not people; "O'Brien", "d'Hondt", "N'Diaye" are names
        apos = len(text) > 3 and text[1] in "'\u2019" and text[2].isupper() and text[3:] == low[3:]
        # a Dutch "IJ" is one capital letter ("IJzerman", "IJsselmuiden"): no camel case
        ij = len(text) > 2 and text[0] == "I" and text[1] == "J" and text[2:] == low[2:]
        self.camel = not self.allcaps and "-" not in text and text[1:] != low[1:] and not apos and not ij
        if apos:
            self.cap = True


# a pass that looks only around a few listed words first asks whether the text holds one at all,
# at C speed: `surnames.isdisjoint(map(low_of, toks))` (most texts hold none)
low_of = attrgetter("low")
fold_of = attrgetter("fold")


def _tokenise(n: Normalised) -> list[_Tok]:
    """The words of a normalised text. The export asks this of the same texts several times (the
    audit-wide first pass, the replacement, the final guard), so the tokens are cached by text; a
    token is never changed after it is made."""
    return list(_tokenise_text(n.text, n.folded))


@lru_cache(maxsize=8192)
def _tokenise_text(text: str, folded: str) -> tuple[_Tok, ...]:
    out: list[_Tok] = []
    append, tok = out.append, _Tok
    prev_end = 0
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        gap = text[prev_end:s]
        word = m.group()
        prev_end = e
        if gap == " " and out:  # the common case: one space after a word, so not a sentence start
            append(tok(s, e, word, word.lower(), folded[s:e], False, gap))
            continue
        before = gap.rstrip(" \u00a0")
        if before:
            last = before[-1]
        else:
            j = s - len(gap) - 1
            while j >= 0 and text[j] in " \u00a0":
                j -= 1
            last = text[j] if j >= 0 else ""
        initial = (not out and not before.strip()) or last in _SENTENCE_END or (last == "." and not _ends_with_title_abbrev(text, s - (len(gap) - len(before))))
        if not last:
            initial = True
        append(tok(s, e, word, word.lower(), folded[s:e], initial, gap))
    return tuple(out)


_ABBREV_BEFORE = re.compile(r"(?:\b(?:dhr|hr|mw|mevr|mvr|dr|drs|ir|ing|mr|prof|fam|o\.a|m\.b\.v|i\.v\.m|bijv|t\.a\.v|e\.d|ca|vd|v\.d)|\b[A-Z])\.$", re.I)


def _ends_with_title_abbrev(text: str, end: int) -> bool:
    """text[:end] ends in a title's or initial's dot; only its last eight characters are read, so only
    those are sliced (a long text has many sentences)."""
    return bool(_ABBREV_BEFORE.search(text[max(0, end - 8) : end]))


def _possessive_base(tok: _Tok, lex: Lexicon) -> str:
    """"Ahmeds"/"Ahmed's" -> "ahmed" when the stem is a known first name; else the token itself."""
    low = tok.low
    if low.endswith("'s") and (low[:-2] in lex.first or low[:-2] in lex.last):
        return low[:-2]  # not `in lex.first | lex.last`: that builds a set of all names per call
    if low.endswith("s") and len(low) > 3 and low not in lex.first and low[:-1] in lex.first and not lex.ordinary(low):
        return low[:-1]
    return low


def _match_seq(toks: list[_Tok], i: int, table: Mapping[str, tuple[tuple[str, ...], ...]]) -> int:
    """Length (in tokens) of the longest phrase of `table` (keyed by first token) at toks[i], or 0."""
    n = len(toks)
    if i >= n:
        return 0
    phrases = table.get(toks[i].fold)
    if not phrases:
        return 0  # the common case: no phrase starts with this word
    for phrase in phrases:
        m = len(phrase)
        if i + m > n:
            continue
        k = i
        for p in phrase:  # a plain loop: this is asked of most words, a generator costs more than the compare
            if toks[k].fold != p:
                break
            k += 1
        else:
            return m
    return 0


def _adjacent_gap(gap: str) -> bool:
    return len(gap) <= 3 and not gap.strip(" ._\u00a0")  # "anja_de_vries.docx": a file name's words


def _adjacent(toks: list[_Tok], a: int, b: int) -> bool:
    """Tokens a..b follow each other with only spaces between (no comma, no line break)."""
    if b >= len(toks) or a >= b:
        return False
    if a < 0:
        return True
    if b == a + 1:
        return toks[b].adj  # the common case: two words, no generator
    return all(toks[k].adj for k in range(a + 1, b + 1))


def _word_after_particles(toks: list[_Tok], j: int, lex: Lexicon) -> int | None:
    """The index of the word after the particles at toks[j:] ("van der" + "meer"), all joined by
    plain spaces to the word before them (toks[j-1]); None when no such word follows. Where a
    surname after a first name would stand."""
    if j >= len(toks) or not _adjacent(toks, j - 1, j):
        return None
    k = j + _match_seq(toks, j, lex.tussenvoegsels)
    if k >= len(toks) or (k > j and not _adjacent(toks, j, k)):
        return None
    return k


def _phrase(words: str) -> str:
    """A name as a pattern: any run of whitespace between its parts ("Anja  de\nVries"), and an
    optional possessive s."""
    return r"\s+".join(re.escape(part) for part in words.split())


def _words_pattern(words: Iterable[str]) -> str:
    return "|".join(_phrase(w) for w in longest_first(set(words)))


def _bounded(alternatives: str) -> str:
    return rf"(?<![\w])(?:{alternatives})(?:'?s)?(?![\w])"


def _parts_of(t: _Tok) -> list[tuple[_Tok, int, int]]:
    if "-" not in t.text:
        return [(t, t.start, t.end)]
    out, pos = [], t.start
    for piece in t.text.split("-"):
        out.append((_Tok(pos, pos + len(piece), piece, piece.lower(), fold(piece), t.initial), pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


_LETTERS = "abcdefghijklmnopqrstuvwxyzëéèïöü"


def typo_of_word(low: str, lex: Lexicon) -> bool:
    """A lowercase word of six letters or more one edit (a letter left out, added, changed or two
    swapped) from a Dutch word: a typo ("besprken", "afsprak"), no surname. Known surnames are
    asked about before this."""
    if len(low) < 6 or not low.isalpha():
        return False
    words = lex.words
    splits = [(low[:i], low[i:]) for i in range(len(low) + 1)]
    for a, b in splits:
        if b and a + b[1:] in words:
            return True
        if len(b) > 1 and a + b[1] + b[0] + b[2:] in words:
            return True
        for c in _LETTERS:
            if a + c + b in words or (b and a + c + b[1:] in words):
                return True
    return False
