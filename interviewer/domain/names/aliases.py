"""Names a hurried note ties to a person (run from shapes.refine, after the full names are found):
- the speaker opening a line before a quote: "visser: 'bas is onze budgetcoach'", "jw: 'mei ling
  doet de ouderen'": a listed surname or first name, also one that is a Dutch word, or initials.
- a short form in brackets right after a found name, the first name's own start
  ("Desiree Kross (Des)", "Wilhelmina de Boer (Wil)", "jeroen (jer)"), or after "zeg maar"
  ("kazimierz nowak 'zeg maar kaz'");
- a lowercase listed surname that is a word, in a person's slot: after a role, before a person's
  verb ("wethouder pinas komt altijd"), or after "ter"/"ten"/"van der" opening a clause, before
  "en ik" or a person's verb ("'ter horst en ik hebben koffie'").
A short form before "=" ("riek = hendrika lammers") has its one home in note_frames.
Never a role, title, listed no-name or bank term ("vraag: 'hoe vaak?'",
"de wethouder zorg komt", "ter plaatse en ik")."""

from __future__ import annotations

import re

from .context import verb_like
from .lexicon import OPENING_QUOTES, Lexicon
from .lowercase import is_role
from .particle_names import _STATE_VERBS
from .tokens import _match_seq, _Tok

_CLAUSE_START = re.compile(r"(?:^|[\n,;(]\s*|[.!?]\s+)$")
_NO_VOWEL = re.compile(r"[^aeiouy]{2,3}")
# particles that are no preposition or article in running Dutch: after one, a listed surname is one
_NAME_PARTICLES = frozenset({"ter", "ten", "van der", "van den", "van 't"})
_NOT_AFTER_NAME = (_STATE_VERBS - {"blijft"}) | {"zit"}  # a state, no act: "pinas is" says nothing of a person


def alias_shapes(text: str, toks: list[_Tok], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """The shapes of this module, each guarded by the character it needs."""
    if ":" in text:
        _quoted_speakers(toks, covered, strong, lex, take)
    if "(" in text:
        _bracketed_short_forms(toks, covered, lex, take)
    if not text[:1].isupper() or "'" in text or "\n" in text:  # a hurried note: lowercase, a quote
        _lower_slot_surnames(toks, covered, strong, lex, take)
    if "maar" in text and "eg maar" in text:
        _said_short_forms(toks, covered, lex, take)


def _line_start(toks: list[_Tok], a: int) -> bool:
    """toks[a] opens the text or a line (a quote mark may stand before it)."""
    return "\n" in toks[a].gap or a == 0 and not toks[0].gap.strip(" '\"\u2018\u201c")


def _plain(t: _Tok, lex: Lexicon) -> bool:
    """No role, title, listed no-name, bank term or function word."""
    return not (t.fold in lex.rollen or t.fold in lex.titles or t.fold in lex.never or t.fold in lex.bank_words or t.low in lex.function_words or t.allcaps and len(t.text) > 3)


def _quoted_speakers(toks: list[_Tok], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """"visser: 'bas is onze budgetcoach'", "jw: 'ja, dat klopt'": one or two words opening a line
    (or the text) before a colon and a quote are the speaker when each is a listed name or short
    initials and none is a role, title or listed no-name."""
    for e in range(1, len(toks)):
        gap = toks[e].gap.lstrip()
        if not gap.startswith(":") or not gap[1:].strip().startswith(OPENING_QUOTES):
            continue
        a = next((a for a in (e - 2, e - 1) if a >= 0 and _line_start(toks, a) and all(toks[j].gap in (" ", "\u00a0") for j in range(a + 1, e))), e)
        words = toks[a:e]
        if not words or any(k in covered or k in strong for k in range(a, e)):
            continue
        if all(_plain(t, lex) and (t.low in lex.first or t.low in lex.last or not t.cap and _NO_VOWEL.fullmatch(t.low)) for t in words):
            take(a, e)


def _lower_surname(t: _Tok, lex: Lexicon) -> bool:
    """A lowercase listed surname, no function word, role, title or bank term."""
    return not t.cap and len(t.low) > 2 and t.low in lex.last and _plain(t, lex) and not is_role(t, lex)


def _acts(toks: list[_Tok], j: int, lex: Lexicon) -> bool:
    """toks[j] is a person's listed verb that no thing does ("komt", "belt"; not "is", "staat")."""
    return j < len(toks) and toks[j].adj and toks[j].fold in lex.person_verbs and toks[j].fold not in _NOT_AFTER_NAME and verb_like(toks[j], lex)


def _lower_slot_surnames(toks: list[_Tok], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """"wethouder pinas komt altijd", "'ter horst en ik hebben koffie'": see the module docstring."""
    for k in range(1, len(toks)):
        t = toks[k]
        if k in covered or t.cap or not t.adj or t.low not in lex.last:
            continue  # the common case: no lowercase listed surname
        prev = toks[k - 1]
        if k not in strong and _lower_surname(t, lex) and k - 1 not in covered and is_role(prev, lex) and not (k >= 2 and toks[k - 2].fold in ("de", "het", "een") and toks[k - 2].adj) and _acts(toks, k + 1, lex):
            take(k, k + 1)  # "wethouder pinas komt": not "de wethouder zorg komt"
            continue
        for n in (2, 1):
            s = k - n
            if s < 0 or any(x in covered for x in range(s, k)) or toks[s].cap:
                continue
            if t.fold in lex.bank_words or t.fold in lex.titles or t.low in lex.function_words or _match_seq(toks, k, lex.never) > 1:
                break  # a place may follow "ter" ("ter horst"), a phrase or term may not
            particle = " ".join(x.fold for x in toks[s:k])
            if particle not in _NAME_PARTICLES or _match_seq(toks, s, lex.tussenvoegsels) != n or not _CLAUSE_START.search(toks[s].gap.rstrip(" '\"\u2018\u201c")) and s > 0:
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.adj and (nxt.fold == "en" and k + 2 < len(toks) and toks[k + 2].fold == "ik" or _acts(toks, k + 1, lex)):
                take(s, k + 1)
            break


def _said_short_forms(toks: list[_Tok], covered: set[int], lex: Lexicon, take) -> None:
    """"dhr. kazimierz nowak (80) 'zeg maar kaz'", "agnieszka ('zeg maar aga') werkt": the word closing
    the clause after "zeg maar" is the short form a found first name a few words before goes by, when
    it starts as that name starts (the index spreads it: "kaz: 'ik was ingenieur'"). "zeg maar een
    week" or "zeg maar gewoon" after a name names nobody."""
    for k in range(2, len(toks)):
        t = toks[k]
        if toks[k - 1].fold != "maar" or toks[k - 2].fold != "zeg" or not toks[k - 1].adj or not t.adj or k in covered:
            continue
        if len(t.low) < 2 or t.allcaps or t.low in lex.function_words or t.fold in lex.never or t.fold in lex.bank_words:
            continue
        if k + 1 < len(toks) and not toks[k + 1].gap.strip(" "):
            continue  # the clause goes on: "zeg maar kaz en halina" is no short form of one
        if any(x in covered and toks[x].low != t.low and toks[x].low.startswith(t.low[:2]) and toks[x].low in lex.first for x in range(max(0, k - 8), k - 2)):
            take(k, k + 1)


def _bracketed_short_forms(toks: list[_Tok], covered: set[int], lex: Lexicon, take) -> None:
    """"Desiree Kross (Des) zei", "jeroen (jer) werkt": a word alone in brackets right after a found
    name, that starts that name's first word, is the name used: after a full name a word too ("Wil",
    "Des"), after a first name alone no word ("jer"); in lowercase after a lowercase name."""
    for k in range(1, len(toks)):
        t = toks[k]
        if k in covered or t.gap.strip() != "(" or not t.cap and toks[k - 1].cap or t.allcaps or len(t.low) < 2 or k - 1 not in covered:
            continue
        if k + 1 < len(toks) and toks[k + 1].gap.strip()[:1] != ")":
            continue
        a = k - 1
        while a > 0 and a - 1 in covered and toks[a].adj:
            a -= 1
        first = toks[a]
        if (a < k - 1 or not lex.dutch(t.low)) and first.low in lex.first and first.low != t.low and first.low.startswith(t.low):
            take(k, k + 1)
