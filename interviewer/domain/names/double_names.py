"""Double surnames joined by a hyphen that run on past a space: the part after "-ter", "-de",
"-van" ("Hoogendijk-ter Laak", "jansen-van dijk") or after a Surinamese-Chinese join ("Wubbels-Tjoe
Fat") belongs to the name (read by shapes._grow for every found name, in any case)."""

from __future__ import annotations

from ..unicode_fold import fold
from .context import verb_like
from .lexicon import Lexicon
from .particle_names import NAME_ONLY_PARTICLES
from .tokens import _Tok


def hyphen_particle_tail(toks: list[_Tok], b: int, strong: set[int], lex: Lexicon) -> bool:
    """toks[b] follows a name part ending in a hyphen and a particle or a short join ("-ter", "-de",
    "-van", "-Tjoe"): it ends a double surname, when it is no function word, term, title or digit."""
    last, nxt = toks[b - 1], toks[b]
    if "-" not in last.text or nxt.gap != " " or b in strong or nxt.fold in lex.bank_words or nxt.fold in lex.titles or nxt.allcaps:
        return False
    tail = last.text.rsplit("-", 1)[-1]
    if nxt.low in lex.function_words and not (nxt.cap and tail.lower() in _CHINESE_JOINS):
        return False  # "Bhola-Tjin Kon" goes on, "Jansen-de en" does not
    # a particle that is an adjective too (NAME_ONLY_PARTICLES): only a capital goes on ("Marsman-Kleine Koerkamp")
    if not nxt.cap and (verb_like(nxt, lex) or fold(tail) in NAME_ONLY_PARTICLES):
        return False  # "Yvonne Marsman-Kleine belt": "Kleine" ends the name, a verb follows
    return fold(tail) in lex.tussenvoegsels or tail[:1].isupper() and len(tail) <= 4 and tail.lower() in _CHINESE_JOINS and nxt.cap


# the middle parts of Surinamese-Chinese surnames that run on after a hyphen ("Wubbels-Tjoe Fat")
_CHINESE_JOINS = frozenset({"tjoe", "tjon", "tjin", "tjong", "chin", "tsang", "kon", "fung", "lie", "sie", "tai"})


def particle_before_double(toks: list[_Tok], a: int, lex: Lexicon) -> int:
    """"naar de vries-ter weide": a lowercase particle right before a double surname whose first part
    is a listed surname leads it; the index where the name starts."""
    t = toks[a]
    if a < 1 or "-" not in t.text or not t.adj or t.low.split("-", 1)[0] not in lex.last:
        return a
    prev = toks[a - 1]
    return a - 1 if not prev.cap and prev.fold in ("de", "van", "ter", "ten", "den", "der") and not (a >= 2 and toks[a - 2].fold in ("van", "in", "op", "uit") and toks[a - 2].adj) else a
