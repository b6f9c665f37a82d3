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


@lru_cache(maxsize=4)
def _compile(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[re.Pattern[str], ...], ...]:
    return tuple(tuple(re.compile(p) for p in patterns) for patterns in groups)


def _language(language: DraftingLanguage | None) -> DraftingLanguage:
    if language is not None:
        return language
    from questionbank.loader import load_drafting

    return load_drafting()


def detect(text: str, kind: str = "citaat", language: DraftingLanguage | None = None) -> Signal:
    """The polarity of one note: its kind first, then gap phrases, then positive phrasing."""
    lang = _language(language)
    return _detect(text, kind, (lang.positive_negation_patterns, lang.gap_patterns, lang.positive_patterns))


@lru_cache(maxsize=16384)
def _detect(text: str, kind: str, groups: tuple[tuple[str, ...], ...]) -> Signal:
    negations, gaps, positives = _compile(groups)
    if kind == "verbeterpunt":
        return Signal(NEGATIVE, ())
    if kind == "sterk_punt":
        return Signal(POSITIVE, ())
    folded = fold(text)
    blanked = folded
    for pattern in negations:
        blanked = pattern.sub(lambda m: " " * len(m.group(0)), blanked)
    found_gaps = tuple(m.group(0) for pattern in gaps for m in pattern.finditer(blanked))
    if found_gaps:
        return Signal(NEGATIVE, found_gaps)
    found = tuple(m.group(0) for pattern in (*negations, *positives) for m in pattern.finditer(folded))
    return Signal(POSITIVE, found) if found else Signal(NEUTRAL, ())
