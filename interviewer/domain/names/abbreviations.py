"""Abbreviations in mixed case ("de Wgs", "Wsnp en Bbz"), hyphenated words of the word list
("Burn-out"), a form's abbreviation run into its word ("Geb.datum"), letters joined by "&" ("P&O")
and the letters notes put for a left-out name ("mevrouw X"); shorthand of no vowel in any case
("telnr", "gr. sanne", "shv"). Part of protect.protected; the shorthand with a vowel, "resp." and
"opm." among it, is data (geen_namen.notitie_afkortingen)."""

from __future__ import annotations

import re

from .context import _PERSON_PREPOSITIONS
from .lexicon import _HONORIFICS, Lexicon
from .tokens import _Tok

_LEFT_OUT = frozenset({"X", "Y", "Z", "XX", "NN"})
_PERSON_BEFORE = _PERSON_PREPOSITIONS | {"met"}  # "gesprek met Vlk", "volgens Vlk"
_CONSONANT = r"[^\W\d_aeiouyàáâäèéêëìíîïòóôöùúûü]"  # a letter that is no vowel
_NO_VOWEL = re.compile(_CONSONANT + "{3,5}")
# shorthand of notes without a vowel, typed in any case: a greeting ("Gr. Ahmad", "grt"), a contact
# field ("telnr", "mobnr"), a service or functie ("shv", "amw", "pmw"); no name has no vowel (in
# capitals, "AB", "JvdM", they may be a person's initials)
_SHORTHAND_MATCH = re.compile(_CONSONANT + "{2,6}").fullmatch
_SHORTHAND_SEEN: dict[str, bool] = {}


def shorthand_word(low: str) -> bool:
    """A word of two to six letters and no vowel ("telnr", "gr"), remembered per word: protect asks
    it of every word of every text."""
    seen = _SHORTHAND_SEEN.get(low)
    if seen is None:
        if len(_SHORTHAND_SEEN) > 50_000:
            _SHORTHAND_SEEN.clear()
        seen = _SHORTHAND_SEEN[low] = _SHORTHAND_MATCH(low) is not None
    return seen


# two- and three-letter initials of a first name ("Th. Jansen", "Chr. de Vries"): no shorthand
_INITIAL_DIGRAPHS = frozenset({"th", "ch", "chr", "ph", "fr", "wm", "jb"})


def abbreviations(toks: list[_Tok], lex: Lexicon, caps: list[int], short: list[int] = ()) -> tuple[set[int], set[int]]:
    """An abbreviation written in mixed case, as notes do ("de Wgs", "Wsnp en Bbz", "Vvt"): a
    capitalised word of three to five letters without a vowel, no known name; a capitalised
    hyphenated word of the word list ("Burn-out", "Time-out"); a letter put for a left-out name
    after an aanspreekvorm ("mevrouw X"); letters joined by "&" ("P&O", "B&W"); an abbreviation run
    into a word by its dot ("Geb.datum", "Tel.nr"). No candidate. Returns (the abbreviations and words, the
    strong ones: the left-out letters, or the aanspreekvorm's rule would read them as a village, and
    the letters joined by "&")."""
    out: set[int] = set()
    left_out: set[int] = set()
    left_out |= shorthand(toks, lex, short)
    for i in caps:
        t = toks[i]
        if t.text in _LEFT_OUT:
            if i > 0 and toks[i - 1].fold in lex.titles:
                left_out.add(i)  # "mevrouw X", "meneer Y", "de heer NN": the letters notes put where a name is left out
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.gap == "&" and t.text.isupper() and nxt.text.isupper() and len(t.text) <= 3 and len(nxt.text) <= 3:
            left_out.update((i, i + 1))  # "van P&O", "B&W", "R&D": letters joined by "&" name a department
            continue
        if t.allcaps:
            continue
        low = t.low
        if nxt is not None and nxt.gap == "." and not nxt.cap and nxt.low.isalpha() and len(low) <= 5 and low not in lex.first and low not in lex.last:
            out.add(i)  # "Geb.datum", "Tel.nr", "Reg.nr": a form's abbreviation run into its word
            continue
        if "-" in low:
            if low in lex.words:
                out.add(i)
            continue
        if not _NO_VOWEL.fullmatch(low) or low in lex.first or low in lex.last:
            continue
        if i > 0 and (toks[i - 1].fold in _HONORIFICS or toks[i - 1].fold in _PERSON_BEFORE):
            continue  # "mevr. Vlk", "gesprek met Vlk": a person is named there, not an abbreviation
        out.add(i)
    return out, left_out


def shorthand(toks: list[_Tok], lex: Lexicon, short: list[int]) -> set[int]:
    """Shorthand of notes with no vowel in any case: "gr. sanne", "Gr Hatice" (a greeting), "telnr",
    "mobnr" (a contact field), "(shv)", "Shv" (a service): no person, so never a surname after a
    first name ("glenn's telnr") nor a name's part. Not an aanspreekvorm or title ("mw", "dhr"), a
    known name, a first name's initials ("Th. Jansen"), nor after an aanspreekvorm, a role or a
    person's preposition ("mevr. Vlk", "volgens Vlk")."""
    out: set[int] = set()
    for i in short:  # the words of no vowel (shorthand_word), found by protect's pass
        t = toks[i]
        low = t.low
        if t.allcaps or t.camel:
            continue  # "AB plant in", "JvdM stuurt": a person's initials may have no vowel
        if low in lex.first or low in lex.last or t.fold in _HONORIFICS or t.fold in lex.titles or low in _INITIAL_DIGRAPHS:
            continue
        if i > 0 and (toks[i - 1].fold in _HONORIFICS or toks[i - 1].fold in lex.titles or toks[i - 1].fold in _PERSON_BEFORE):
            continue  # "mevr. Vlk", "gesprek met Vlk": a person is named there
        out.add(i)
    return out
