"""Aspect coverage: which parts of a norm were heard, from whom, and which were not.

A norm is rarely one thing (V1: competenties, toepassing, beroepsregistratie, ...). Each confirmed
note of a norm (see evidence.py) is matched to the norm's aspects (questionbank aspects.toml) by
their signal words; a note may speak to several aspects, or to none (it is still evidence of the
norm). Matching is on folded text, a signal matching at the start of a word ("registratie" in
"registraties") or, when it is long (>= LONG_SIGNAL letters), inside a compound
("beroepsregistratie"); one-word signals also by their light stem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from questionbank.models import Aspect, Norm, QuestionBank

from .evidence import NormEvidence, Note
from .labels import bron_functie_label
from .signals import NEGATIVE, detect
from .text import fold, stem

LONG_SIGNAL = 8


MIN_STEM_SIGNAL = 6


@lru_cache(maxsize=4096)
def _signal_pattern(signal: str) -> re.Pattern[str]:
    """A signal at a word start (inside a compound when long); a one-word signal also by its stem
    when that is a prefix of it ("uitwisselen" -> "uitwissel" meets "kennisuitwisseling")."""
    folded = fold(signal)
    if " " not in folded:
        base = stem(folded)
        if len(base) >= MIN_STEM_SIGNAL and folded.startswith(base):
            folded = base
    body = re.escape(folded)
    return re.compile(body if len(folded) >= LONG_SIGNAL else rf"(?<![a-z0-9]){body}")


@lru_cache(maxsize=16384)
def _folded(text: str) -> str:
    return fold(text)  # notes are matched against every aspect of their norms: fold once


def matches(aspect: Aspect, text: str) -> bool:
    """Whether a note text speaks to the aspect (one of its signals occurs)."""
    folded = _folded(text)
    return any(_signal_pattern(s).search(folded) for s in aspect.signals)


def matching_aspects(norm: Norm, text: str) -> tuple[Aspect, ...]:
    return tuple(a for a in norm.aspects if matches(a, text))


def source_name(note: Note, bank: QuestionBank | None) -> str:
    """How an aspect's source is listed: the functie of an interview, the document title, or the
    observation; never a person."""
    bron = note.bron
    if bron.kind == "interview":
        return bron_functie_label(bron, bank)
    if bron.kind == "document":
        return bron.title or "document"
    return f"waarneming {bron.title}".strip()


@dataclass(frozen=True)
class AspectEvidence:
    aspect: Aspect
    notes: tuple[Note, ...]  # the norm's evidence notes that speak to this aspect
    negative: int  # of those, notes with negative polarity
    sources: tuple[str, ...]  # functies / documents, distinct, in order of first note

    @property
    def heard(self) -> bool:
        return bool(self.notes)

    @property
    def label(self) -> str:
        return self.aspect.label


@dataclass(frozen=True)
class NormAspects:
    norm_id: str
    aspects: tuple[AspectEvidence, ...]  # core first, as in the bank
    unmatched: tuple[Note, ...]  # evidence notes that speak to no aspect

    @property
    def heard(self) -> tuple[AspectEvidence, ...]:
        return tuple(a for a in self.aspects if a.heard)

    @property
    def missing(self) -> tuple[AspectEvidence, ...]:
        return tuple(a for a in self.aspects if not a.heard)

    @property
    def core(self) -> AspectEvidence | None:
        return next((a for a in self.aspects if a.aspect.core), None)

    def summary(self) -> str:
        """"3 van 4 aspecten; niet gehoord: registratie" (board, norm detail)."""
        if not self.aspects:
            return ""
        line = f"{len(self.heard)} van {len(self.aspects)} aspecten"
        if self.missing:
            line += "; niet gehoord: " + ", ".join(a.label for a in self.missing)
        return line


def aspect_coverage(norm: Norm, evidence: NormEvidence | None, bank: QuestionBank | None = None) -> NormAspects:
    """Per aspect of the norm: the notes that speak to it, how many are negative, and from which
    functies or documents."""
    notes = evidence.notes if evidence else ()
    per_aspect: list[AspectEvidence] = []
    matched: set[str] = set()
    for aspect in norm.aspects:
        hits = tuple(n for n in notes if matches(aspect, n.aantekening.text))
        matched.update(n.aantekening.id for n in hits)
        negative = sum(detect(n.aantekening.text, n.aantekening.kind).polarity == NEGATIVE for n in hits)
        sources = tuple(dict.fromkeys(source_name(n, bank) for n in hits))
        per_aspect.append(AspectEvidence(aspect, hits, negative, sources))
    unmatched = tuple(n for n in notes if n.aantekening.id not in matched)
    return NormAspects(norm.id, tuple(per_aspect), unmatched)


def all_aspect_coverage(bank: QuestionBank, evidence: dict[str, NormEvidence]) -> dict[str, NormAspects]:
    return {n.id: aspect_coverage(n, evidence.get(n.id), bank) for n in bank.norms}
