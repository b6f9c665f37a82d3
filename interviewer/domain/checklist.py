"""The pre-export checklist: what stands between the audit and a report that may leave the team.

The same list in the app (shown before writing) and the CLI (printed). Each item has a level:

- BLOCKER: no concept and no definitief report while it remains (open disputes between toetsers,
  norms without oordeel, machine concepts nobody accepted or edited, an oordeel on a norm below the
  coverage rule of rules.toml [coverage] (Bijlage 9) without a recorded reason, name candidates
  nobody marked as naam or geen naam);
- DEFINITIEF: blocks only the definitief report (empty Deel A fields, the verbeterplan approval);
- WARNING: never blocks (deadlines that fall after the certificate's expiry).

A werkversie is never refused: it lists the open points in its appendix.

The name candidates come from the name check of the export (services/export.py runs it once and
passes the words in), so the checklist itself stays cheap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
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
    code: str  # dispute | unjudged | machine | coverage | names | deel_a | verbeterplan | deadline
    level: str  # BLOCKER | DEFINITIEF | WARNING
    message: str  # Dutch, one line
    norms: tuple[str, ...] = ()
    # the line as the werkversie's appendix prints it, when the message itself must not go in the
    # report (the names item: the words it lists are replaced by [naam] in the report itself)
    in_report: str = ""


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

    def report_lines(self) -> list[str]:
        """The lines as the werkversie's appendix prints them (no name candidate in them)."""
        return [f"[{LEVEL_LABELS[i.level]}] {i.in_report or i.message}" for i in self.items]

    def with_names(self, candidates: Sequence[str]) -> "Checklist":
        """This checklist with the names item (after the other blockers), or unchanged when no
        candidate awaits review."""
        item = names_item(candidates)
        if item is None:
            return self
        at = sum(1 for i in self.items if i.level == BLOCKER and i.code != "names")
        rest = tuple(i for i in self.items if i.code != "names")
        return Checklist((*rest[:at], item, *rest[at:]))


NAMES_HOW = "markeer als naam of geen naam (--naam/--geen-naam, of n / g in de namentabel van het exportscherm)"


def names_item(candidates: Sequence[str]) -> Item | None:
    """Words the name check replaced but nobody marked yet: a concept or definitief waits for them."""
    words = tuple(dict.fromkeys(c for c in candidates if c))
    if not words:
        return None
    return Item(
        "names", BLOCKER, f"Controleer namen: {', '.join(words)} — {NAMES_HOW}.",
        in_report=(
            f"Controleer namen: {plural(len(words), 'woord is', 'woorden zijn')} in deze werkversie vervangen door "
            f"[naam] tot iemand ze controleert — {NAMES_HOW}."
        ),
    )


def _norms(ids: list[str]) -> str:
    return ", ".join(ids)




def build_checklist(
    audit: AuditData, bank: QuestionBank, report: Report | None = None, candidates: Sequence[str] = ()
) -> Checklist:
    """Every item of the audit as it stands; `candidates`: the words the export's name check
    replaced that nobody marked naam / geen naam (services.export passes them)."""
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
    return Checklist(tuple(items)).with_names(candidates)
