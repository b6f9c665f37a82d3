"""The pre-export checklist: what stands between the audit and a report that may leave the team.

The same list in the app (shown before writing) and the CLI (printed). Each item has a level:

- BLOCKER: no concept and no definitief report while it remains (open disputes between toetsers,
  norms without oordeel, machine concepts nobody accepted or edited, an oordeel on a norm below the
  coverage rule of rules.toml [coverage] (Bijlage 9) without a recorded reason);
- DEFINITIEF: blocks only the definitief report (empty Deel A fields, the verbeterplan approval);
- WARNING: never blocks (deadlines that fall after the certificate's expiry).

A werkversie is never refused: it lists the open points in its appendix.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from questionbank.models import QuestionBank
from questionbank.nl import date_long, plural
from sessions.models import AuditData

from . import versions
from .coverage import coverage
from .report import Report, build_report, missing_fields

BLOCKER = "blocker"
DEFINITIEF = "definitief"
WARNING = "warning"
LEVEL_LABELS = {BLOCKER: "blokkeert", DEFINITIEF: "blokkeert definitief", WARNING: "waarschuwing"}
COVERED = "onderbouwd"  # coverage level at which the Bijlage 9 rule is met
RATED = ("+", "+/-", "-")


@dataclass(frozen=True)
class Item:
    code: str  # dispute | unjudged | machine | coverage | deel_a | verbeterplan | deadline
    level: str  # BLOCKER | DEFINITIEF | WARNING
    message: str  # Dutch, one line
    norms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Checklist:
    items: tuple[Item, ...]

    def blocking(self, kind: str) -> tuple[Item, ...]:
        """Items that refuse an export of this kind (werkversie, concept, definitief)."""
        if kind == "werkversie":
            return ()
        levels = {BLOCKER} if kind == "concept" else {BLOCKER, DEFINITIEF}
        return tuple(i for i in self.items if i.level in levels)

    def of(self, code: str) -> Item | None:
        return next((i for i in self.items if i.code == code), None)

    def lines(self) -> list[str]:
        return [f"[{LEVEL_LABELS[i.level]}] {i.message}" for i in self.items]


def _norms(ids: list[str]) -> str:
    return ", ".join(ids)




def build_checklist(audit: AuditData, bank: QuestionBank, report: Report | None = None) -> Checklist:
    report = report or build_report(audit, bank)
    items: list[Item] = []
    rows = [row for r in report.deel_b for row in r.rows]

    disputed = [c.norm_id for c in versions.disputes(audit.bevindingen)]
    order = {n.id: i for i, n in enumerate(bank.norms)}
    disputed.sort(key=lambda n: order.get(n, 99))
    if disputed:
        items.append(Item(
            "dispute", BLOCKER,
            f"{plural(len(disputed), 'norm is', 'normen zijn')} in geschil tussen de toetsers zonder teamversie: "
            f"{_norms(disputed)}. Stel per norm een versie vast (F4, consensus).",
            tuple(disputed),
        ))
    unjudged = [r.norm_id for r in rows if r.oordeel == "niet beoordeeld"]
    if unjudged:
        items.append(Item(
            "unjudged", BLOCKER,
            f"{plural(len(unjudged), 'norm heeft', 'normen hebben')} nog geen oordeel: {_norms(unjudged)}.",
            tuple(unjudged),
        ))
    counted = versions.counted_by_norm(audit.bevindingen)
    nvt = {m.norm_id for m in audit.nvt if m.active}
    machine = [r.norm_id for r in rows if r.norm_id not in nvt and (c := counted.get(r.norm_id)) and c.machine]
    if machine:
        items.append(Item(
            "machine", BLOCKER,
            f"{plural(len(machine), 'bevinding is een concept', 'bevindingen zijn concepten')} die niemand accepteerde of bewerkte: "
            f"{_norms(machine)}. Lees en accepteer (F4, a) of bewerk ze.",
            tuple(machine),
        ))
    cov = coverage(bank, audit)
    overrides = {o.norm_id for o in audit.overrides if o.active and o.reason.strip()}
    below = [
        r.norm_id for r in rows
        if r.oordeel in RATED and r.norm_id not in overrides and cov.norm(r.norm_id).level not in (COVERED, "nvt")
    ]
    if below:
        rules = bank.rules.coverage
        items.append(Item(
            "coverage", BLOCKER,
            f"{plural(len(below), 'norm heeft', 'normen hebben')} een oordeel maar niet de dekking die de gedragscode vraagt "
            f"(ten minste {rules.interviews_for_gedekt} gesprekken en {rules.documents_for_onderbouwd} document): {_norms(below)}. "
            "Verzamel het bewijs, of leg per norm vast waarom het oordeel toch staat.",
            tuple(below),
        ))

    empty = missing_fields(report)
    if empty:
        items.append(Item(
            "deel_a", DEFINITIEF,
            f"{plural(len(empty), 'veld', 'velden')} van Deel A nog leeg: {'; '.join(empty)}.",
        ))
    t = audit.toetsing
    c = report.totals
    if (c.deels or c.niet) and not (t.verbeterplan_goedgekeurd and t.verbeterplan_datum):
        items.append(Item(
            "verbeterplan", DEFINITIEF,
            "Het verbeterplan (plannen van aanpak) is nog niet als goedgekeurd vastgelegd, met datum; "
            "het advies krijgt pas daarna zijn definitieve vorm.",
        ))

    if t.previous_certificate_expiry:
        try:
            expiry = dt.date.fromisoformat(t.previous_certificate_expiry)
        except ValueError:
            expiry = None
        for d in report.deadlines:
            if expiry and d.date and dt.date.fromisoformat(d.date) > expiry:
                items.append(Item(
                    "deadline", WARNING,
                    f"{d.label} ({date_long(d.date)}) valt na de expiratiedatum van het certificaat ({date_long(t.previous_certificate_expiry)}); "
                    "de hertoetsing moet dan afgerond zijn (Bijlage 6). Spreek kortere termijnen af met de organisatie "
                    "of meld de opschorting tijdig aan Sociaal Werk Nederland.",
                ))
    return Checklist(tuple(items))
