"""Dutch text normalisation for matching what a toetser types against the question bank.

Auditors type fast and loosely: "Vrijwilligersbeleid is er, VOG's worden gecheckt", "jaargespr.
gevoerd", "cliënten" or "clienten". Both the bank's texts and the typed quotes go through the same
steps here so that they meet on common ground: fold case and accents, split words (keeping RI&E and
P&O whole), drop stop words, light stemming (plural and verb endings, -heid, -ing, -atie/-eren),
splitting compounds into words the bank knows (vrijwilligersbeleid -> vrijwilliger + beleid) or else
finding their last known part, and leading verb forms back to their verb (ingewerkt -> inwerken).

Everything here is plain functions and small caches: no I/O, no vocabulary of its own (stop words,
abbreviations and synonyms come from questionbank/data/vocabulary.toml via the caller).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_APOSTROPHE_SUFFIX = re.compile(r"(?<=[a-z0-9])'(?:s|ers|er|en)\b")  # risico's, ri&e's, zzp'ers, bhv'er
_SINGLE_LETTER_HYPHEN = re.compile(r"\b([a-z])-(?=[a-z]{3})")  # e-learning -> elearning
_WORD = re.compile(r"[a-z0-9]+(?:&[a-z0-9]+)*")
_VOWELS = frozenset("aeiouy")
_DOUBLE_VOWEL_TAIL = re.compile(r"([^aeiouy])(aa|ee|oo|uu)([^aeiouy])$")
_LONG_VOWEL_TAIL = re.compile(r"(aa|ee|oo|uu)([^aeiouy])$")  # geevalueerd: evalueer -> evaluer

MIN_STEM = 4
"""Shortest stem a suffix may leave behind: 'weten' stays 'weten', not 'wet' (a law), 'maken' stays
'maken' (measured in bench/tagging.py: 3 letters joined too many unrelated short words)."""

# Words the suffix rules would join to a word of another meaning, with the stem they keep instead:
# deels (partly) is no deel, school is no scholing, ouderen (the elderly) are not ouders (parents),
# weet is weten and no wet, alleen is not alle.
_OWN_STEMS = {
    "deels": "deels", "school": "school", "scholen": "school", "ouders": "ouders", "ouderen": "ouderen",
    "oudere": "ouderen", "weet": "weten", "alleen": "alleen", "houding": "houding", "houdingen": "houding",
}

# Suffixes stripped by `stem` with their replacement, longest first; the first that leaves at least
# MIN_STEM letters wins. -atie becomes -er so that it meets the verb (evaluatie / evalueren ->
# evaluer), -ing and -en meet too (verbetering / verbeteren -> verbeter), -heid drops to its
# adjective (veiligheid -> veilig).
_SUFFIXES = (
    ("heden", ""), ("ingen", ""), ("aties", "er"), ("atie", "er"), ("heid", ""), ("ing", ""), ("en", ""), ("e", ""),
)
_S_PLURAL_AFTER = frozenset("rlmnaiouy")  # medewerkers, professionals, teams, pva's without apostrophe


def fold(text: str) -> str:
    """Lower case without accents: 'Cliënt' and 'client' are one word to a toetser."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Folded words in reading order; '&' stays inside abbreviations (ri&e, p&o) but is dropped."""
    folded = _SINGLE_LETTER_HYPHEN.sub(r"\1", _APOSTROPHE_SUFFIX.sub("", fold(text)))
    return [w.replace("&", "") for w in _WORD.findall(folded)]


def _undouble(stem: str) -> str:
    """gesprekk -> gesprek, plann -> plan; afspraak -> afsprak so that it meets afspraken."""
    if len(stem) > MIN_STEM and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        stem = stem[:-1]
    return _DOUBLE_VOWEL_TAIL.sub(lambda m: m.group(1) + m.group(2)[0] + m.group(3), stem)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light Dutch stem: enough to join plural, verb and noun forms of one word, never a dictionary."""
    if word in _OWN_STEMS:
        return _OWN_STEMS[word]
    if len(word) <= MIN_STEM or word.isdigit():
        return word
    base = word
    if base.endswith("s") and not base.endswith("ss"):
        if base.endswith("ies") or base[-2] in _S_PLURAL_AFTER:
            base = base[:-1]
    for suffix, replacement in _SUFFIXES:
        if suffix == "e" and base.endswith("ee"):
            break  # idee, ideeën -> idee
        if base.endswith(suffix) and len(base) - len(suffix) >= MIN_STEM:
            base = base[: -len(suffix)] + replacement
            break
    return _undouble(base) if len(base) > MIN_STEM else base


def split_compound(
    word: str,
    known: Callable[[str], bool],
    *,
    min_part: int = 3,
    max_parts: int = 3,
) -> list[str] | None:
    """Stems of the parts of a Dutch compound, or None when it does not split into known words.

    `known(stem)` says whether a stem is a word of the bank. The left part may carry a linking
    -s- or -en- (kwaliteitsbeleid, klachtenregeling). Prefers the longest left part, then the
    fewest parts: beroepscompetentieprofiel -> beroep, competenti, profiel.
    """
    if len(word) < 2 * min_part or max_parts < 2:
        return None
    for cut in range(len(word) - min_part, min_part - 1, -1):
        left, right = word[:cut], word[cut:]
        left_stem = _known_left(left, known, min_part)
        if left_stem is None:
            continue
        right_stem = stem(right)
        if len(right_stem) >= min_part and known(right_stem):
            return [left_stem, right_stem]
    if max_parts > 2:
        for cut in range(len(word) - 2 * min_part, min_part - 1, -1):
            left_stem = _known_left(word[:cut], known, min_part)
            if left_stem is None:
                continue
            rest = split_compound(word[cut:], known, min_part=min_part, max_parts=max_parts - 1)
            if rest:
                return [left_stem, *rest]
    return None


# Separable-verb particles: their past participle puts ge- after them (ingewerkt, opgepakt, vastgelegd).
_PARTICLES = ("aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "samen", "terug", "toe",
              "uit", "vast", "voor", "weg")


def _infinitive_stems(body: str, prefix: str = "") -> list[str]:
    """Stems of the infinitives a verb body may belong to: evalueer -> evaluer (evalueren)."""
    out = []
    for candidate in (body, _LONG_VOWEL_TAIL.sub(lambda m: m.group(1)[0] + m.group(2), body)):
        s = stem(prefix + candidate + "en")
        if s not in out:
            out.append(s)
    return out


def verb_bases(word: str) -> list[str]:
    """Stems of the verb an inflected Dutch verb form may come from, most likely first; empty when
    the word is not shaped like one. Past participles: gemeld -> meld, gesignaleerd -> signaler,
    ingewerkt -> inwerk, gehouden -> houd; finite forms: evalueert -> evaluer, organiseerde ->
    organiser. The caller keeps the first it knows (gebied and markt are no verb forms)."""
    particle = next((p for p in _PARTICLES if word.startswith(p + "ge")), "")
    if particle or word.startswith("ge"):
        body = word[len(particle) + 2:]
        if len(body) >= MIN_STEM:
            if body.endswith("en"):  # strong verb: gehouden -> houden
                return [stem(particle + body)]
            out = []
            if body[-1] in "dt" and body[-2] != body[-1]:  # weak verb: gewerkt -> werk; gemeld -> meld
                out = _infinitive_stems(body[:-1], particle)
            return out + [s for s in _infinitive_stems(body, particle) if s not in out]
    for ending in ("den", "ten", "de", "te", "t"):  # organiseerden, werkte, evalueert
        body = word[: -len(ending)]
        if word.endswith(ending) and len(body) > MIN_STEM:
            return _infinitive_stems(body[:-1] if body[-1] == body[-2] else body)
    return []


def compound_head(word: str, known: Callable[[str], bool], *, min_head: int = 5, min_left: int = 3) -> str | None:
    """The stem of the longest known word that ends this word, for a compound that does not split
    whole: Dutch compounds name their kind last, so an organisation's own coinage still says what
    it is (adresgegevens -> gegevens, buurtsportcoach -> coach, ouderenadviseur -> adviseur)."""
    for cut in range(min_left, len(word) - min_head + 1):
        head = stem(word[cut:])
        if len(head) >= min_head and known(head):
            return head
    return None


def _known_left(left: str, known: Callable[[str], bool], min_part: int) -> str | None:
    """The stem of a compound's left part, allowing the linking -s-, -en- or -e- of Dutch compounds."""
    candidates = [left]
    if left.endswith("s"):
        candidates.append(left[:-1])
    if left.endswith("en"):
        candidates.append(left[:-2])
    elif left.endswith("e"):
        candidates.append(left[:-1])
    for candidate in candidates:
        if len(candidate) < min_part:
            continue
        s = stem(candidate)
        if known(s):
            return s
        if known(candidate):
            return candidate
    return None


def content_words(text: str, stopwords: Collection[str]) -> list[str]:
    """Folded words minus stop words and single letters: what carries meaning in a note."""
    return [w for w in words(text) if len(w) > 1 and w not in stopwords]
