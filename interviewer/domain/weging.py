"""Weging (handbook §2.6, Bijlage 6 item 9): the advies that follows from the count of oordelen.

The thresholds (max_niet, max_deels, verbeterplan_weeks) come from the question bank's rules, never
from code, so a new normenkader or a changed policy is a data edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from questionbank.models import WegingRules
from questionbank.nl import plural
from sessions.models import OORDELEN

ADVIES_POSITIEF = "positief"
ADVIES_NA_VERBETERPLAN = "positief_na_verbeterplan"
ADVIES_NEGATIEF = "negatief"
ADVIES_GEEN = "geen"  # no norm judged yet: nothing to advise on
NO_ADVIES_LABEL = "Nog geen advies"


@dataclass(frozen=True)
class OordeelCounts:
    """How many norms got each oordeel; `n.v.t.` norms are out of the weging."""

    voldoet: int = 0
    deels: int = 0
    niet: int = 0
    nvt: int = 0
    niet_beoordeeld: int = 0

    @property
    def total(self) -> int:
        return self.voldoet + self.deels + self.niet + self.nvt + self.niet_beoordeeld

    def __add__(self, other: "OordeelCounts") -> "OordeelCounts":
        return OordeelCounts(
            self.voldoet + other.voldoet,
            self.deels + other.deels,
            self.niet + other.niet,
            self.nvt + other.nvt,
            self.niet_beoordeeld + other.niet_beoordeeld,
        )


_FIELD_BY_OORDEEL = {"+": "voldoet", "+/-": "deels", "-": "niet", "n.v.t.": "nvt", "niet beoordeeld": "niet_beoordeeld"}


def count_oordelen(oordelen: Iterable[str]) -> OordeelCounts:
    """Count oordelen; anything unknown counts as niet beoordeeld (it cannot pass the weging)."""
    counts = dict.fromkeys(_FIELD_BY_OORDEEL.values(), 0)
    for oordeel in oordelen:
        counts[_FIELD_BY_OORDEEL.get(oordeel if oordeel in OORDELEN else "niet beoordeeld")] += 1
    return OordeelCounts(**counts)


@dataclass(frozen=True)
class Advies:
    kind: str  # ADVIES_POSITIEF | ADVIES_NA_VERBETERPLAN | ADVIES_NEGATIEF | ADVIES_GEEN
    text: str  # Dutch, for the report and the screen
    provisional: bool  # True while norms are niet beoordeeld and the outcome can still change
    counts: OordeelCounts

    @property
    def judged(self) -> int:
        """Norms with an oordeel +, +/- or -: without any, there is no advies yet (see `advies`)."""
        return self.counts.voldoet + self.counts.deels + self.counts.niet

    @property
    def label(self) -> str:
        if not self.judged:
            return NO_ADVIES_LABEL
        return {
            ADVIES_POSITIEF: "Positief advies",
            ADVIES_NA_VERBETERPLAN: "Positief advies na goedgekeurd verbeterplan",
            ADVIES_NEGATIEF: "Negatief advies",
        }[self.kind]


def advies(counts: OordeelCounts, rules: WegingRules) -> Advies:
    """The advies under the weging. Niet beoordeeld norms make it provisional: each may still turn
    out deels or niet, so only a negative advies is already certain. Without a single norm judged
    (an empty audit, or everything n.v.t.) there is no advies at all."""
    weeks = plural(rules.verbeterplan_weeks, "week", "weken")
    if counts.voldoet + counts.deels + counts.niet == 0:
        # "Voldoet aan alle beoordeelde normen" would hold for none: no positive advies on nothing.
        parts = [f"{counts.niet_beoordeeld} niet beoordeeld"] if counts.niet_beoordeeld else []
        parts += [f"{counts.nvt} n.v.t."] if counts.nvt else []
        text = f"{NO_ADVIES_LABEL}: nog geen enkele norm heeft het oordeel voldoet, deels of voldoet niet ({', '.join(parts)})."
        return Advies(kind=ADVIES_GEEN, text=text, provisional=counts.niet_beoordeeld > 0, counts=counts)
    if counts.niet > rules.max_niet or counts.deels > rules.max_deels:
        kind = ADVIES_NEGATIEF
        text = (
            f"Negatief advies: de organisatie voldoet aan {plural(counts.niet, 'norm', 'normen')} niet en aan "
            f"{counts.deels} deels; de ondergrens is ten hoogste {rules.max_niet} niet en {rules.max_deels} deels. "
            f"Aanvullend onderzoek ter plekke is mogelijk: de organisatie levert dan binnen {weeks} een "
            "verbeterplan voor alle normen waaraan zij niet of deels voldoet."
        )
    elif counts.niet == 0 and counts.deels == 0:
        kind = ADVIES_POSITIEF
        text = "Positief advies: de organisatie voldoet aan alle beoordeelde normen."
    else:
        kind = ADVIES_NA_VERBETERPLAN
        text = (
            f"Positief advies na goedkeuring van het verbeterplan: de organisatie voldoet aan "
            f"{plural(counts.niet, 'norm', 'normen')} niet en aan {counts.deels} deels (ondergrens: ten hoogste "
            f"{rules.max_niet} niet en {rules.max_deels} deels). De organisatie levert binnen {weeks} een "
            "verbeterplan voor deze normen; de CI keurt het goed voordat Sociaal Werk Nederland besluit."
        )
    provisional = counts.niet_beoordeeld > 0
    if provisional:
        open_norms = plural(counts.niet_beoordeeld, "norm is", "normen zijn")
        if kind == ADVIES_NEGATIEF:
            text = f"{text} ({open_norms} nog niet beoordeeld; dat verandert dit advies niet.)"
            provisional = False
        else:
            text = f"Voorlopig: {open_norms} nog niet beoordeeld, het advies kan nog veranderen. {text}"
    return Advies(kind=kind, text=text, provisional=provisional, counts=counts)
