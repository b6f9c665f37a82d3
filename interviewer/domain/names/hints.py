"""Names at the source: the hint while a line is typed and the replacement there and then."""

from __future__ import annotations

import re

from ..unicode_fold import fold
from .finder import NameFinder
from .lexicon import EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER, PLACEHOLDER, PLACEHOLDERS, SOURCE_CANDIDATE, SOURCE_CONTACT, load_lexicon
from .replace import opens_sentence, third_party_role, title_role

def lexicon_ready() -> bool:
    """True once the name lists are loaded (the UI loads them in a worker, then hints)."""
    return load_lexicon.cache_info().currsize > 0


def name_hint(text: str) -> list[str]:
    """The likely names in a line being typed (capture line, functie field): for a hint, not a block.
    Each name once, as first typed ("sanne … sanne" is one name to replace)."""
    found = [s.text for s in _hint_finder().spans(text) if s.source != SOURCE_CANDIDATE or len(s.text) > 3]
    first: dict[str, str] = {}
    for name in found:
        first.setdefault(fold(name), name)
    return list(first.values())


_HINT_FINDER: list[NameFinder] = []
# what joins one more name to a third party: "de moeder van Youssef en Amira", "het dossier van Bos, Smit"
_JOINED = re.compile(r"\s*[,&]\s*|\s+(?:en|of)\s+")


def _hint_finder() -> NameFinder:
    if not _HINT_FINDER:
        _HINT_FINDER.append(NameFinder())
    finder = _HINT_FINDER[0]
    if len(finder._cache) > 500:  # a line being typed: many texts, each once
        finder._cache.clear()
        finder._base.clear()
    return finder


def replace_names(text: str, with_text: str, *, third_parties: bool = True) -> str:
    """`text` with every likely name replaced at the source: a name after a role word becomes the
    neutral role ("collega mo" -> "een collega"), a third party after kin or a paper and "van" too
    ("de dochter van Petrenko" -> "de dochter van een ouder"), any other name `with_text` ("de
    jongerenwerker"); an e-mail address or phone number its placeholder. `third_parties` False: a
    third party gets `with_text` too (the functie field, which only drops the name)."""
    finder = _hint_finder()
    lex = finder.lexicon
    out, pos = [], 0
    third_party = None  # the neutral role the span before got as a third party
    for s in finder.spans(text):
        start = s.start
        joined = third_party if third_party and _JOINED.fullmatch(text[pos:start]) else None
        third_party = None
        if s.source == SOURCE_CONTACT:
            rep = EMAIL_PLACEHOLDER if "@" in s.text else PHONE_PLACEHOLDER
        elif s.title and pos <= s.title_start < s.start:
            start = s.title_start
            rep = title_role(s.title, lex)  # "collega mo" -> "een collega"
        elif with_text and third_parties and (role := joined or third_party_role(text[:start], lex)):
            rep = third_party = role  # never the gesprek's functie for someone else; "en" joins one more
        else:
            rep = with_text or PLACEHOLDER
        if rep not in PLACEHOLDERS and opens_sentence(text[:start], lex):
            rep = rep[:1].upper() + rep[1:]
        out += [text[pos:start], rep]
        pos = s.end
    out.append(text[pos:])
    return "".join(out)
