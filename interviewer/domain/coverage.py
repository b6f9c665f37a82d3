"""Dekking: which norms have enough evidence, per the code of conduct (handbook Bijlage 9):
"elke norm tenminste bij twee bronnen/interviews getoetst en met inzage van documenten onderbouwd".

Only CONFIRMED tags count. Per norm we count distinct interview bronnen, documents and observaties
behind its confirmed tags. Observaties (a rondgang) are evidence but not an interview: they lift a
norm from "open" to "dun" and are shown separately, but never count towards the interviews that
make a norm "gedekt". Levels, with thresholds from rules.toml [coverage]:

    open        no confirmed evidence at all
    dun         some evidence, fewer than `interviews_for_gedekt` interviews
    gedekt      at least `interviews_for_gedekt` interviews
    onderbouwd  gedekt, and at least `documents_for_onderbouwd` documents
    nvt         marked niet van toepassing: out of the count

`one_functie` flags a norm whose interviews (two or more) all come from one functie category: the
norm was not heard "van meerdere kanten".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from questionbank.models import RUBRIEKEN, CoverageRules, QuestionBank
from sessions.models import AuditData, Bron

from .evidence import NormEvidence, evidence_by_norm
from .labels import functie_key

LEVELS = ("open", "dun", "gedekt", "onderbouwd")
LEVEL_LABELS = {
    "open": "open",
    "dun": "dun",
    "gedekt": "gedekt",
    "onderbouwd": "onderbouwd",
    "nvt": "n.v.t.",
}
@dataclass(frozen=True)
class NormCoverage:
    norm_id: str
    rubriek: str
    level: str  # one of LEVELS or "nvt"
    interviews: int = 0
    documents: int = 0
    observaties: int = 0
    functies: tuple[str, ...] = ()  # distinct functie categories of the interviews, sorted
    one_functie: bool = False
    nvt_reason: str = ""
    bron_ids: tuple[str, ...] = ()
    functies_needed: int = 0  # interviews with yet another functie category still wanted

    @property
    def is_gap(self) -> bool:
        """Not yet onderbouwd, or only heard from one functie; n.v.t. norms are never a gap."""
        return self.level != "nvt" and (self.level != "onderbouwd" or self.one_functie)



@dataclass(frozen=True)
class RubriekTotals:
    rubriek: str
    counts: dict[str, int]  # level -> number of norms (LEVELS and "nvt")

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def in_scope(self) -> int:
        return self.total - self.counts.get("nvt", 0)


@dataclass(frozen=True)
class CoverageReport:
    norms: tuple[NormCoverage, ...]
    totals: tuple[RubriekTotals, ...]
    rules: CoverageRules

    def norm(self, norm_id: str) -> NormCoverage:
        key = norm_id.strip().upper()
        return next(n for n in self.norms if n.norm_id == key)

    def gaps(self) -> list[NormCoverage]:
        return [n for n in self.norms if n.is_gap]

    @property
    def overall(self) -> RubriekTotals:
        counts = {level: 0 for level in (*LEVELS, "nvt")}
        for t in self.totals:
            for level, c in t.counts.items():
                counts[level] += c
        return RubriekTotals("Totaal", counts)


def level_for(interviews: int, documents: int, sources: int, rules: CoverageRules) -> str:
    """The coverage level of a norm from its distinct interviews, documents and all sources: the
    one rule the board, the report checklist and the oordeel proposal share."""
    if interviews >= rules.interviews_for_gedekt:
        return "onderbouwd" if documents >= rules.documents_for_onderbouwd else "gedekt"
    return "dun" if sources else "open"


def coverage(bank: QuestionBank, audit: AuditData) -> CoverageReport:
    """Coverage of every norm of the bank by the audit's confirmed tags."""
    nvt = {m.norm_id.upper(): m.reason for m in audit.nvt if m.active}
    evidence = evidence_by_norm(audit)
    return _report([_norm_coverage(norm, evidence.get(norm.id), nvt, bank.rules.coverage) for norm in bank.norms], bank)


def updated(bank: QuestionBank, audit: AuditData, report: CoverageReport, norm_ids: Iterable[str]) -> CoverageReport:
    """`report` with the norms `norm_ids` computed again from `audit`: what a write that touched
    only those norms (a capture, a tag) changes, without going over every norm's evidence."""
    wanted = {n.strip().upper() for n in norm_ids}
    if not wanted:
        return report
    nvt = {m.norm_id.upper(): m.reason for m in audit.nvt if m.active}
    evidence = evidence_by_norm(audit, only=wanted)
    rules = bank.rules.coverage
    by_id = {n.id: n for n in bank.norms}
    return _report(
        [_norm_coverage(by_id[n.norm_id], evidence.get(n.norm_id), nvt, rules) if n.norm_id in wanted else n for n in report.norms],
        bank,
    )


def _norm_coverage(norm, ev: NormEvidence | None, nvt: dict[str, str], rules: CoverageRules) -> NormCoverage:  # noqa: ANN001 - Norm
    if norm.id in nvt:
        return NormCoverage(norm.id, norm.rubriek, "nvt", nvt_reason=nvt[norm.id])
    found = sorted(ev.bronnen, key=lambda b: b.id) if ev else []
    interviews = [b for b in found if b.kind == "interview"]
    documents = sum(b.kind == "document" for b in found)
    observaties = sum(b.kind == "observatie" for b in found)
    functies = tuple(sorted({functie_key(b) for b in interviews}))
    level = level_for(len(interviews), documents, len(found), rules)
    return NormCoverage(
        norm.id,
        norm.rubriek,
        level,
        interviews=len(interviews),
        documents=documents,
        observaties=observaties,
        functies=functies,
        one_functie=len(interviews) >= 2 and len(functies) == 1,
        bron_ids=tuple(b.id for b in found),
        functies_needed=max(0, rules.interviews_for_gedekt - len(functies)),
    )


def _report(out: list[NormCoverage], bank: QuestionBank) -> CoverageReport:
    totals = []
    for _, rubriek in RUBRIEKEN:
        counts = {level: 0 for level in (*LEVELS, "nvt")}
        for n in out:
            if n.rubriek == rubriek:
                counts[n.level] += 1
        totals.append(RubriekTotals(rubriek, counts))
    return CoverageReport(tuple(out), tuple(totals), bank.rules.coverage)
