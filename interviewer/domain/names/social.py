"""Social-media handles of people (round 11, round 12): "@dwayne.r_06", "@shanaya_xo", "@jaylano.x",
"@roosverhagen_mz", "@wouter_kg_rekken". A handle names its person when it holds a listed first name
of no word list, a first name and a surname or initials run together or beside it, one name of no
word list with a short tail, or (round 13) a nickname of no word list before a tail, a surname or a
town ("@dragana.ptr", "@souf_jw_almelo"); an account of a body or group ("@jongwaard.official", "@welzijnlochem",
"@flowqueens_wl") does not. documents.underscored_handles reads the handles of running text with these.
"""

from __future__ import annotations

import re

from ..unicode_fold import fold
from .lexicon import SOURCE_HEURISTIC, Lexicon, _Raw

# round 11: a social-media handle (Instagram, Snapchat, TikTok) of a person, after "@" and no e-mail
# address: "@dwayne.r_06", "@shanaya_xo", "@real.shanaya.b", "@jaylano.x", "@yungkofi020"
_SOCIAL_HANDLE = re.compile(r"(?<![\w.@])@([A-Za-z0-9][\w.]*[A-Za-z0-9])")


_VOWELS = re.compile(r"[aeiouy]")


def _glued_person(part: str, lex: Lexicon) -> bool:
    """A first name of three letters or more run together with a listed surname ("roosverhagen",
    "gerritjan"), with a surname of no word list ("stefbruins"), or with a short consonant tail that
    writes the surname short ("oguzdmr"); never a word or a place ("jongerenwerkmaasoever")."""
    if len(part) < 6 or part in lex.words or part in lex.fixed_places or lex.place_like(part):
        return False
    for c in range(3, len(part) - 2):
        head, rest = part[:c], part[c:]
        if head not in lex.first or head in lex.function_words:
            continue
        if rest in lex.last or rest in lex.first:
            return True
        if len(rest) <= 4 and not _VOWELS.search(rest):
            return True
        if c >= 4 and 4 <= len(rest) <= 9 and rest not in lex.words and not lex.dutch(rest) and not lex.place_like(rest):
            return True
    return False


def _name_head(head: str, lex: Lexicon) -> bool:
    """The first part of a handle shaped like a person's (nick)name: three to eight letters with a
    vowel, of no word list, no place, no article before a word ("deschakel"), no bank term."""
    if not 3 <= len(head) <= 8 or not _VOWELS.search(head) or head in lex.words or head in lex.function_words:
        return False
    f = fold(head)
    if f in lex.bank_words or f in lex.never or f in lex.fixed_places or lex.place_like(f) or lex.dutch(head):
        return False
    return not any(head.startswith(a) and lex.dutch(head[len(a):]) for a in ("de", "het", "t"))


def _social_person(handle: str, lex: Lexicon) -> bool:
    """A handle of two parts or more that holds a listed first name ("@zuleika.dance"); or one name
    of no word list and no place with a letter or digits after it ("@jaylano.x"). An account of a body
    or group ("@jongwaard.official", "@molenwijk.roddels", "@flowqueens_wl") is neither."""
    parts = re.findall(r"[^\W\d_]+|\d+", handle.lower())
    if any(_glued_person(p, lex) for p in parts if not p.isdigit()):
        return True  # a first name and a surname run together ("@roosverhagen_mz", "@stefbruins")
    if len(parts) < 2:
        return False  # "@fleur": the mention rules read it
    words = [p for p in parts if not p.isdigit()]

    def placed(p: str) -> bool:
        f = fold(p)
        return f in lex.fixed_places or lex.place_like(f) or f in lex.bank_words or f in lex.never

    if any(p in lex.first and len(p) >= 3 and p not in lex.function_words and p not in lex.words for p in words):
        return True  # the handle names its person whatever else it holds ("@zuleika.dance")
    if words and words[0] in lex.first and len(words[0]) == 2 and words[0] not in lex.words and words[0] not in lex.function_words:
        return True  # a short first name leads it ("@mo_jongerenwerk_sdam")
    if any(p in lex.first and len(p) >= 3 and p not in lex.function_words for p in words) and any(
        (len(p) <= 3 and not placed(p)) or (p in lex.last and fold(p) not in lex.fixed_places and not lex.place_like(fold(p))) for p in words if p not in lex.first
    ):
        return True  # a first name that is also a word, with an initial or a surname ("@wouter_kg_rekken", "@kees.koning.kampen")
    if len(words) >= 2 and _name_head(words[0], lex) and not any(len(p) > 4 and p in lex.words for p in words[1:]):
        # a name of no word list leads, what follows is the person's tail ("@dragana.ptr", "@souf_jw_almelo");
        # a body's word after it names a team ("@eemhart.jongerenwerk")
        return True
    long = [p for p in words if len(p) > 1]
    return len(long) == 1 and len(long[0]) >= 4 and not lex.dutch(long[0]) and not placed(long[0]) and long[0] not in lex.words


def social_handles(text: str, lex: Lexicon) -> list[_Raw]:
    """The whole handle of a person (see _social_person), digits and tails with it."""
    out: list[_Raw] = []
    for m in _SOCIAL_HANDLE.finditer(text):
        handle = m.group(1).rstrip(".")
        if _social_person(handle, lex):
            out.append((m.start(1), m.start(1) + len(handle), SOURCE_HEURISTIC, fold(handle.lower()), "", -1))
    return out
