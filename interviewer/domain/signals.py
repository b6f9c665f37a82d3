"""Signals in the notes: does a note report a gap, a strength, or just a fact?

A note's polarity is part of the evidence: two interviews whose notes say "geen zicht op kosten"
and "team kent kostprijs niet" do not support a "+". Kind verbeterpunt is negative and kind sterk
punt positive whatever the words; otherwise the phrasing decides, with patterns from
questionbank/data/drafting.toml. A negation word is not a gap by itself: "geen klachten", "nooit
problemen", "niet nodig geweest" are positive, so those spans are taken out before gaps are sought.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from questionbank.models import DraftingLanguage

from .text import fold

NEGATIVE = "negatief"
POSITIVE = "positief"
NEUTRAL = "neutraal"


@dataclass(frozen=True)
class Signal:
    polarity: str  # NEGATIVE, POSITIVE or NEUTRAL
    phrases: tuple[str, ...]  # the folded phrases that decided it (empty when the kind decided)


def _compiled(language: DraftingLanguage) -> tuple[tuple[re.Pattern[str], ...], ...]:
    """(positive negations, gaps, positives), compiled once per set of patterns."""
    return _compile((language.positive_negation_patterns, language.gap_patterns, language.positive_patterns))


@lru_cache(maxsize=4)
def _compile(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[re.Pattern[str], ...], ...]:
    return tuple(tuple(re.compile(p) for p in patterns) for patterns in groups)


def _language(language: DraftingLanguage | None) -> DraftingLanguage:
    if language is not None:
        return language
    from questionbank.loader import load_drafting

    return load_drafting()


def gap_phrases(text: str, language: DraftingLanguage | None = None) -> tuple[str, ...]:
    """The gap phrases of a text, after its positive negations are blanked out."""
    negations, gaps, _ = _compiled(_language(language))
    folded = fold(text)
    for pattern in negations:
        folded = pattern.sub(lambda m: " " * len(m.group(0)), folded)
    return tuple(m.group(0) for pattern in gaps for m in pattern.finditer(folded))


def detect(text: str, kind: str = "citaat", language: DraftingLanguage | None = None) -> Signal:
    """The polarity of one note: its kind first, then gap phrases, then positive phrasing."""
    if kind == "verbeterpunt":
        return Signal(NEGATIVE, ())
    if kind == "sterk_punt":
        return Signal(POSITIVE, ())
    gaps = gap_phrases(text, language)
    if gaps:
        return Signal(NEGATIVE, gaps)
    negations, _, positives = _compiled(_language(language))
    folded = fold(text)
    found = tuple(m.group(0) for pattern in (*negations, *positives) for m in pattern.finditer(folded))
    return Signal(POSITIVE, found) if found else Signal(NEUTRAL, ())
