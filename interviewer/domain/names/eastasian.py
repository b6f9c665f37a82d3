"""Chinese, Korean, Vietnamese and Surinamese-Chinese names written in romanised syllables, in either order and in
lowercase ("Li Na Wang", "Park Jimin", "Chen Mei", "li na (vrijwilliger)"), run from
word_names.word_name_shapes.

A run of two or three capitalised words (or lowercase ones in a person's context), each a Chinese
or Korean syllable or two, with a one-syllable East Asian surname at one end, is one name. Its
parts are often Dutch words or months ("Na", "Mei", "Wang", "Park"), so no list alone finds them;
the shape does: a run of syllables next to a surname. A Dutch word that is no syllable ends the run
("Park Noord"), and a capitalised run must hold a part that is no Dutch word; a lowercase one
needs a person's context around it."""

from __future__ import annotations

import re

from .lexicon import SHORT_WEEKDAYS, Lexicon
from .lowercase import person_after
from .tokens import _Tok, fold_of

# Hanyu pinyin, Korean (Revised Romanisation, with the common passport spellings), Vietnamese
# (without tones: "Nguyen Van Minh") and Surinamese-Chinese (Hakka in Dutch spelling: "Tjon Sie Fat")
# syllables
_INITIAL = r"(?:tj|dj|sj|ngh|ng|nh|zh|ch|sh|th|tr|ph|kh|gi|ts|kk|tt|pp|ss|jj|[bpmfdtnlgkhjqxrzcsywv])?"
_FINAL = (
    r"(?:oeng|oen|oe|oi|iem|et|uyen|uong|ien|inh|anh|oan|uc|ac|oc|am|at|ap|iang|iong|uang|ueng|yeong|yeon|yeol|eong|eon|eun|eum|eul|ang|eng|ing|ong|ian|iao|uai|uan|ook|ung"
    r"|yeo|wan|won|woo|wook|hyun|ae|ai|ao|an|ei|en|er|eo|eu|ia|ie|in|iu|ou|ua|ui|un|uo|ue|oo|ee|ok|uk|ul|il|im|ol|on|oh"
    r"|yu|yo|ya|ye|a|e|i|o|u|ü)"
)
_SYLLABLE = _INITIAL + _FINAL
_GIVEN = re.compile(rf"(?:{_SYLLABLE}){{1,2}}(?:-(?:{_SYLLABLE}){{1,2}})?")
_ONE = re.compile(_SYLLABLE)

# one-syllable East Asian surnames that are Dutch or English words too, so the name lists leave them
# out ("Park", "Kim", "Song", "Ma"); with the listed one-syllable surnames ("Wang", "Chen", "Li")
# they lead or end a run of syllables
_SURNAMES = frozenset({
    "park", "kim", "lee", "song", "han", "ma", "hu", "pan", "ding", "tan", "ho", "ko", "moon", "shin",
    "hong", "jung", "kang", "choi", "cho", "yoon", "oh", "yu", "jin", "lam", "wong", "chan", "ng",
    "lau", "tang", "zeng", "ren", "du", "he", "chow", "kwok", "leung", "cheung", "le", "vo", "vu",
})


# listed one-syllable surnames that are everyday Dutch words or Dutch names first ("Kok", "Jan")
_DUTCH_ONE = frozenset({"jan", "jong", "kok", "loo", "man", "mol", "pol", "bie", "bui", "bos", "mes", "hof", "ven"})


_SETS: dict[int, frozenset[str]] = {}


def _surname_set(lex: Lexicon) -> frozenset[str]:
    """Every lowercase East Asian surname of this lexicon, built once per surname list."""
    key = id(lex.last)
    if key not in _SETS:
        _SETS[key] = _SURNAMES | frozenset(w for w in lex.last if len(w) <= 6 and w not in _DUTCH_ONE and _ONE.fullmatch(w))
    return _SETS[key]


def _surname(t: _Tok, lex: Lexicon) -> bool:
    low = t.fold  # Vietnamese with its tones ("Nguyễn") reads as its letters
    return low in _SURNAMES or (low in lex.last and low not in _DUTCH_ONE and _ONE.fullmatch(low) is not None)


def _part(t: _Tok, lex: Lexicon) -> bool:
    """A romanised given name or surname part: syllables only, no abbreviation (a surname in
    capitals is one: "Li Na WANG"), bank term or listed no-name ("Noord", "Oost" are no
    syllables; "Mei" is one, the month)."""
    if t.low in ("en", "of") or (t.allcaps and not _surname(t, lex)) or t.camel or len(t.low) > 12 or (t.fold in lex.bank_words and len(t.low) > 3) or t.fold in lex.titles:
        return False
    return t.fold in _SURNAMES or _GIVEN.fullmatch(t.fold) is not None  # "Thị", "Hòa": the letters without tones


def _foreign(t: _Tok, lex: Lexicon) -> bool:
    """A part that reads as a name, not a Dutch word: a listed name of no word list, a listed
    one-syllable surname that is no Dutch name first ("Wang", "Li": Faker's Chinese surnames), or no word."""
    low = t.low
    if low in lex.last and _ONE.fullmatch(low) and low not in _DUTCH_ONE:
        return True
    return (low in lex.first or low in lex.last or low in _SURNAMES) and not lex.ordinary(low) or not lex.dutch(low)


# a run with a weekday abbreviation in it is a roster ("Ma Di Wo", "Ma Do Za geopend"); East Asian
# loanwords of two syllables are things ("Feng Shui", "Tai Chi", "Dim Sum")
_WEEKDAYS = SHORT_WEEKDAYS - {"ma"}  # "Ma" is a Chinese surname
_LOANWORDS = frozenset({
    ("feng", "shui"), ("tai", "chi"), ("qi", "gong"), ("chi", "kung"), ("yin", "yang"), ("mah", "jong"),
    ("dim", "sum"), ("kung", "fu"), ("ping", "pong"), ("tae", "kwon"), ("bok", "choy"), ("pak", "choi"),
    ("hong", "kong"), ("tai", "bo"), ("wing", "tsun"), ("shih", "tzu"),
})


def _thing(toks: list[_Tok], run: list[int]) -> bool:
    lows = [toks[k].low for k in run]
    return any(w in _WEEKDAYS for w in lows) or any(pair in _LOANWORDS for pair in zip(lows, lows[1:]))


def _hyphened_given(toks: list[_Tok], covered: set[int], lex: Lexicon, take) -> None:
    """A given name of two capitalised syllables joined by a hyphen ("Mei-Ling", "Xiao-Ming",
    "Seung-Hoon"), one of them a listed name or no Dutch word: a person without a surname beside it.
    Not a loanword ("Tai-Chi", "Hong-Kong") nor a Dutch word ("Ping-Pong")."""
    for k, t in enumerate(toks):
        if "-" not in t.text or k in covered or not t.cap or t.allcaps or t.text.count("-") != 1:
            continue
        a, b = t.text.split("-")
        la, lb = a.lower(), b.lower()
        if not (a[:1].isupper() and b[:1].isupper() and a[1:].islower() and b[1:].islower()) or (la, lb) in _LOANWORDS or lex.dutch(t.low):
            continue
        if _ONE.fullmatch(la) and _ONE.fullmatch(lb) and any(x in lex.first or not lex.dutch(x) for x in (la, lb)) and t.fold not in lex.bank_words and t.fold not in lex.never:
            take(k, k + 1)


_PERSON_BEFORE = frozenset({"met", "door", "volgens", "namens", "collega", "tolk", "vrijwilliger", "mevrouw", "meneer", "en"})


def east_asian_names(toks: list[_Tok], covered: set[int], lex: Lexicon, take) -> None:
    """Take each run of romanised syllables with an East Asian surname at one end (see the module
    docstring). Capitalised: "Li Na Wang", "Park Jimin", "Liu Yang en Chen Mei"; lowercase only
    before a role in brackets, a person's verb or a colon, or after "met"/"door" ("li na
    (vrijwilliger taalcafé) stopt")."""
    n = len(toks)
    if any("-" in t.low for t in toks):
        _hyphened_given(toks, covered, lex, take)
    # most texts hold no East Asian surname: look only around one
    surnames = _surname_set(lex)
    if surnames.isdisjoint(map(fold_of, toks)):
        return
    heads = [k for k, t in enumerate(toks) if t.fold in surnames]
    if not heads:
        return
    i = max(0, heads[0] - 2)
    taken: list[tuple[int, int]] = []
    waiting: list[tuple[int, int]] = []  # lowercase runs with no person's context of their own
    while i < n:
        t = toks[i]
        if not _part(t, lex) or ((t.low in lex.function_words or t.fold in lex.tussenvoegsels) and not _surname(t, lex)):
            i += 1  # a function word opens no run: "heet ze lin mei hua" is "lin mei hua"
            continue
        j = i + 1
        while j < n and j - i < 3 and toks[j].gap in (" ", "_") and toks[j].cap == t.cap and _part(toks[j], lex):
            j += 1
        run = list(range(i, j))
        while run and (toks[run[0]].low in lex.function_words or toks[run[0]].fold in lex.tussenvoegsels) and not _surname(toks[run[0]], lex):
            run = run[1:]  # "Na Wang Lei …": a sentence's first word is "na"; "De Moon Walk" (but "Le Van Duc")
        thing = bool(run) and run[0] > 0 and toks[run[0] - 1].fold in ("het", "de", "een") and toks[run[0]].adj
        if len(run) >= 2 and not thing and not _thing(toks, run) and any(k not in covered for k in run) and (_surname(toks[run[0]], lex) or _surname(toks[run[-1]], lex)):
            a, b = run[0], run[-1] + 1
            if toks[a].cap:
                ok = all(toks[k].cap and not (toks[k].initial and toks[k].low in lex.function_words) for k in run)
                # a part that is no Dutch word besides a surname of the code's own list ("Le Monde" is a paper)
                ok = ok and any(_foreign(toks[k], lex) for k in run if toks[k].low not in _SURNAMES or toks[k].low in lex.last)
                ok = ok and not (b < n and toks[b].cap and toks[b].adj)  # a longer run of capitals: a title
            elif b - a == 3 and all(toks[k].low not in lex.function_words and toks[k].low not in lex.everyday for k in run) and sum(not lex.dutch(toks[k].low) for k in run) >= 2:
                ok = True  # "mei ling chan", "chan mei ling": three syllables, two of no word list, a surname at an end
            else:
                before = toks[a - 1].fold if a > 0 and toks[a].adj else ""
                # a person's verb, a colon or a role in brackets after it; or "met"/"door" before a run of no function word
                words = any(toks[k].low in lex.function_words or toks[k].low in lex.everyday for k in run if not _surname(toks[k], lex))
                ok = person_after(toks, b, lex) or (before in _PERSON_BEFORE and not words)
            if ok:
                take(a, b)
                taken.append((a, b))
            elif not toks[a].cap:
                waiting.append((a, b))
            i = j if ok else i + 1
        else:
            i += 1  # "heet ze lin mei hua": the run may start at a later word
    # "li na en wang wei komen": a lowercase run joined by "en" to a run taken is a name too
    for a, b in waiting:
        if any((b + 1 == x and toks[b].fold in ("en", "&")) or (y + 1 == a and toks[y].fold in ("en", "&")) for x, y in taken):
            take(a, b)
