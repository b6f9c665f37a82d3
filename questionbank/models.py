"""Typed view of the question bank: norms, functies, rules. Plain data, frozen."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .ids import UnknownNormError, canonical_norm_id, unknown_norm_message

RUBRIEKEN: tuple[tuple[str, str], ...] = (
    ("V", "Vakmanschap"),
    ("D", "Dienstverlening"),
    ("OB", "Organisatie en bestuur"),
)
"""(id prefix, name) of the three rubrieken, in report order."""


@dataclass(frozen=True)
class Question:
    text: str
    source: str  # "handvat" (the branche's own) or "afgeleid" (written by us from Bijlage 3)
    followups: tuple[str, ...] = ()
    functies: tuple[str, ...] = ()  # functie category ids this question is meant for; empty = anyone


@dataclass(frozen=True)
class WijkteamNote:
    applicability: str  # "van toepassing", "zo van toepassing", "niet van toepassing", ...
    note: str


@dataclass(frozen=True)
class FunctieRelevance:
    primary: tuple[str, ...]
    secondary: tuple[str, ...]
    rationale: str


@dataclass(frozen=True)
class Norm:
    id: str  # "V1" .. "OB23"
    rubriek: str  # "Vakmanschap", "Dienstverlening", "Organisatie en bestuur"
    number: int
    text: str
    questions: tuple[Question, ...]
    evidence: tuple[str, ...]  # Bijlage 4 "Voorbeelden van bewijs"
    kan_blijken_uit: str  # Bijlage 3
    wijkteam: WijkteamNote  # seed 000
    hints: tuple[str, ...]
    keywords: tuple[str, ...]  # curated tagging vocabulary
    functies: FunctieRelevance

    @property
    def prefix(self) -> str:
        return self.id.rstrip("0123456789")


@dataclass(frozen=True)
class FunctieCategory:
    id: str  # "sociaal_werker"
    label: str  # "Sociaal werker"
    titles: tuple[str, ...]  # common job titles that fall in this category
    description: str = ""


@dataclass(frozen=True)
class CoverageRules:
    interviews_for_gedekt: int  # distinct interview sources for "gedekt"
    documents_for_onderbouwd: int  # documents on top of that for "onderbouwd"


@dataclass(frozen=True)
class WegingRules:
    max_niet: int  # at most this many "voldoet niet" for a conditional positive advice
    max_deels: int  # at most this many "deels"
    verbeterplan_weeks: int


@dataclass(frozen=True)
class AuditDaysRow:
    fte_min: float
    fte_max: float | None  # None: no upper bound
    days: dict[str, float]  # variant id -> audit days
    # variant id -> days on top of another standard's audit time (combi: on top of ISO/HKZ)
    extra_days: dict[str, float] = field(default_factory=dict)

    def covers(self, fte: float) -> bool:
        """Bands are whole fte ("1-10", "11-20"): a fractional fte counts as the next whole fte.
        A figure that is not a number (nan, inf: a typing slip) is in no band."""
        if not math.isfinite(fte):
            return False
        whole = math.ceil(fte)
        return whole >= self.fte_min and (self.fte_max is None or whole <= self.fte_max)


@dataclass(frozen=True)
class Deadline:
    id: str
    label: str
    days_after_last_audit_day: int  # calendar days after the last audit day
    description: str = ""


@dataclass(frozen=True)
class Variant:
    id: str  # "ci", "combi", "intercollegiaal"
    label: str
    description: str = ""


@dataclass(frozen=True)
class Rules:
    coverage: CoverageRules
    weging: WegingRules
    variants: tuple[Variant, ...]
    audit_days: tuple[AuditDaysRow, ...]
    deadlines: tuple[Deadline, ...]

    def audit_days_for(self, fte: float, variant: str) -> float | None:
        """Planned audit days for an organisation of `fte` under `variant`, per handbook 2.5.

        None when the table has no total for it: beyond the last band, or for combi, whose figure
        is a surcharge on the ISO/HKZ audit time (see `extra_audit_days_for`).
        """
        row = self._audit_row(fte)
        return None if row is None else row.days.get(variant)

    def extra_audit_days_for(self, fte: float, variant: str) -> float | None:
        """Days on top of another standard's audit time (combi: on top of the ISO/HKZ audit)."""
        row = self._audit_row(fte)
        return None if row is None else row.extra_days.get(variant)

    def _audit_row(self, fte: float) -> AuditDaysRow | None:
        return next((row for row in self.audit_days if row.covers(fte)), None)


@dataclass(frozen=True)
class Begrip:
    term: str
    definition: str


@dataclass(frozen=True)
class Kwaliteitswaarde:
    title: str
    text: str


@dataclass(frozen=True)
class Norm2016:
    id: str  # as numbered in the 2016 concept, e.g. "V1"
    rubriek: str
    number: int
    text: str
    maps_to: tuple[str, ...]  # 2019 norm ids whose content corresponds


@dataclass(frozen=True)
class Normenkader2016:
    version: str
    norms: tuple[Norm2016, ...]


@dataclass(frozen=True)
class QuestionBank:
    version: str  # "2019"
    norms: tuple[Norm, ...]
    functies: tuple[FunctieCategory, ...]
    werksoorten: tuple[str, ...]
    rules: Rules
    begrippen: tuple[Begrip, ...]
    kwaliteitswaarden: tuple[Kwaliteitswaarde, ...]
    concept_2016: Normenkader2016
    _by_id: dict[str, Norm] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({n.id: n for n in self.norms})

    def norm(self, norm_id: str) -> Norm:
        """The norm with this id (case-insensitive); KeyError with a Dutch message otherwise."""
        key = canonical_norm_id(norm_id)
        if key is None or key not in self._by_id:
            raise UnknownNormError(unknown_norm_message(norm_id))
        return self._by_id[key]

    def has_norm(self, norm_id: str) -> bool:
        key = canonical_norm_id(norm_id)
        return key is not None and key in self._by_id

    def functie(self, functie_id: str) -> FunctieCategory | None:
        return next((f for f in self.functies if f.id == functie_id), None)

    def norms_in(self, rubriek: str) -> tuple[Norm, ...]:
        return tuple(n for n in self.norms if n.rubriek == rubriek)


@dataclass(frozen=True)
class Vocabulary:
    """Tagging vocabulary (vocabulary.toml): the words auditors write, mapped onto the norms.

    Kept apart from the norm files so that the norm texts stay verbatim and the tagger's curated
    words can be tuned without touching them. Keys of `abbreviations` and `synonyms` are folded
    (lower case, no accents, no '&'): "rie" for RI&E.
    """

    stopwords: frozenset[str]
    abbreviations: dict[str, str]  # "vog" -> "verklaring omtrent gedrag"
    synonyms: dict[str, tuple[str, ...]]  # "jaargesprek" -> ("functioneringsgesprek", ...)
    compound_parts: tuple[str, ...]  # extra known words for splitting compounds
    norm_terms: dict[str, tuple[str, ...]]  # norm id -> words and phrases auditors use for it
    weights: dict[str, float]  # tuning knobs of the tagger, by name
    # norms that state one topic twice, for the professional and for the organisation (V2, OB8)
    mirror_pairs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PlanningRules:
    """Rules of thumb for planning interviews (planning.toml); the handbook gives only audit days."""

    interviews_per_day: float  # interviews one toetser (or duo) holds on a full audit day
    preparation_days: float  # part of the audit days spent on planning, preparation, reporting
    secondary_weight: float  # how much a secondary functie counts next to a primary one (0..1)
