"""Text as the name check sees it: what pasting from Word, a PDF or the web does to a name undone.

`normalise(text)` applies NFKC (fullwidth "Ｓａｎｎｅ" -> "Sanne", ligatures), drops format characters
(soft hyphen, zero-width space/joiner, bidi controls, BOM), joins an accent typed as a mark of its
own to its letter ("C" + U+0327 -> "Ç"), maps look-alike letters from Cyrillic and
Greek to Latin ("Sаnne" with a Cyrillic а) and keeps, for every character of the result, the
index of the original character it came from, so a match in the clean text is replaced in the
original. `folded` is the same text lowercased without accents, character for character.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# Cyrillic and Greek letters that look like Latin ones (Unicode confusables, the common subset).
_CONFUSABLES = {
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ԛ": "Q", "Ԝ": "W",
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ё": "ë",
    "ї": "ï",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "α": "a",
    # Latin look-alikes and typographic apostrophes
    "ı": "i", "İ": "I", "ſ": "s", "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
}


@dataclass(frozen=True)
class Normalised:
    original: str
    text: str  # clean text, case and accents kept
    folded: str  # `text` lowercased without accents, same length
    # origin[i]: index in `original` of text[i]; one extra entry = len(original). A `range` when the
    # clean text maps one for one (most texts): built at once, where a tuple costs an int per character
    origin: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the clean text as a span of the original text."""
        if end <= start:
            return self.origin[start], self.origin[start]
        last = self.origin[end - 1] + 1
        # the original character at `last` may have become several clean characters ("ﬁ"): take it
        # whole, with the accents typed after it as marks of their own ("C" + U+0327 of a pasted "Çelik")
        while last < len(self.original) and unicodedata.combining(self.original[last]):
            last += 1
        return self.origin[start], last


def _is_format(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"


def fold_char(ch: str) -> str:
    """One character lowercased without its accent ("Ö" -> "o"); length is kept."""
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base[0] if base else ch


class _FoldTable(dict):
    """str.translate table: a character to its folded form, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        value = fold_char(chr(code))
        self[code] = value
        return value


_FOLD = _FoldTable()
_SPECIAL = re.compile(r"[^\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]")  # beyond ASCII and Latin-1 letters


@lru_cache(maxsize=8192)
def _clean_char(ch: str) -> str:
    """A non-ASCII character as the name check reads it: "" for a format character."""
    if _is_format(ch):
        return ""
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if _is_format(c):
            continue
        c = _CONFUSABLES.get(c, c)
        out.append(" " if c in "\u00a0\u2007\u202f" else c)
    return "".join(out)


def _fold_text(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # lower() of a rare letter grew ("İ")
        return "".join(fold_char(c) for c in text)
    return lowered.translate(_FOLD) if not lowered.isascii() else lowered


def normalise(original: str) -> Normalised:
    if original.isascii():  # most notes: nothing to undo
        return Normalised(original, original, original.lower(), range(len(original) + 1))
    specials = set(_SPECIAL.findall(original))
    if all(len(_clean_char(c)) == 1 and not unicodedata.combining(c) for c in specials):  # typographic quotes, dashes: one for one
        text = original.translate({ord(c): _clean_char(c) for c in specials})
        return Normalised(original, text, _fold_text(text), range(len(original) + 1))
    chars: list[str] = []
    origin: list[int] = []
    changed = False
    for i, ch in enumerate(original):
        if ch < "\x80":
            chars.append(ch)
            origin.append(i)
            continue
        if unicodedata.combining(ch):
            # an accent typed as a mark of its own (PDF, macOS: "C" + U+0327): joined to its letter
            # ("Ç"), so "Çelik" is one word; a mark no letter takes is dropped
            composed = unicodedata.normalize("NFC", chars[-1] + ch) if chars else ""
            if len(composed) == 1:
                chars[-1] = composed
            changed = True
            continue
        clean = _clean_char(ch)
        if clean != ch:
            changed = True
        for out in clean:
            chars.append(out)
            origin.append(i)
    text = "".join(chars) if changed else original
    return Normalised(original, text, _fold_text(text), (*origin, len(original)))


def fold(text: str) -> str:
    """Normalised, lowercase, without accents: the key under which names are compared."""
    return text.lower() if text.isascii() else normalise(text).folded
