"""Double surnames joined by a hyphen that run on past a space: the part after "-ter", "-de",
"-van" ("Hoogendijk-ter Laak", "jansen-van dijk") or after a Surinamese-Chinese join ("Wubbels-Tjoe
Fat") belongs to the name (read by shapes._grow for every found name, in any case)."""

from __future__ import annotations

from ..unicode_fold import fold
from .context import verb_like
from .lexicon import Lexicon
from .tokens import _Tok


def hyphen_particle_tail(toks: list[_Tok], b: int, strong: set[int], lex: Lexicon) -> bool:
    """toks[b] follows a name part ending in a hyphen and a particle or a short join ("-ter", "-de",
    "-van", "-Tjoe"): it ends a double surname, when it is no function word, term, title or digit."""
    last, nxt = toks[b - 1], toks[b]
    if "-" not in last.text or nxt.gap != " " or b in strong or nxt.low in lex.function_words or nxt.fold in lex.bank_words or nxt.fold in lex.titles or nxt.allcaps:
        return False
    tail = last.text.rsplit("-", 1)[-1]
    if not nxt.cap and (verb_like(nxt, lex) or fold(tail) in _ADJECTIVE_PARTICLES):
        return False  # "Yvonne Marsman-Kleine belt": "Kleine" ends the name, a verb follows
    return fold(tail) in lex.tussenvoegsels or tail[:1].isupper() and len(tail) <= 4 and tail.lower() in _CHINESE_JOINS and nxt.cap


# particles that are adjectives too: after "-Kleine" only a capitalised word goes on ("Marsman-Kleine Koerkamp")
_ADJECTIVE_PARTICLES = frozenset({"klein", "kleine", "oude", "olde"})
# the middle parts of Surinamese-Chinese surnames that run on after a hyphen ("Wubbels-Tjoe Fat")
_CHINESE_JOINS = frozenset({"tjoe", "tjon", "tjin", "tjong", "chin", "tsang", "kon", "fung", "lie", "sie", "tai"})
