"""`interviewer plan [BESTAND]`: which functies to interview so that every norm gets two sources.

Before the audit: from the functies the organisation has (`--functies`, default the whole
catalogue) and the interview slots (`--slots`, or from the audit-days table with `--fte` and
`--variant`), the fewest interviews that let every norm be heard from two different functies,
spread over the toetsers and days. With an audit file that already holds interviews, the plan is
for the remaining gaps (use `--volledig` for the plan from scratch).
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from interviewer.domain.coverage import coverage
from interviewer.domain.planner import (
    InterviewPlan,
    assign,
    interview_slots,
    minimum_interviews,
    plan_for_gaps,
    plan_interviews,
)
from interviewer.domain.labels import functie_label
from interviewer.domain.text import fold
from questionbank import BankError, QuestionBank, load_bank
from questionbank.loader import load_planning
from questionbank.nl import decimal, parse_decimal
from sessions.errors import StoreError
from sessions.models import VARIANTS, AuditData, Toetser

from .common import fail, read_audit


def _fte(value: str) -> float:
    """A scope in fte: a finite number above 0 (a comma is read as the decimal point, as toetsers write it)."""
    try:
        number = parse_decimal(value)
    except ValueError:
        number = math.nan
    if not math.isfinite(number) or number <= 0:
        raise argparse.ArgumentTypeError(f"moet een aantal fte groter dan 0 zijn, bijvoorbeeld 25 of 12,5; niet {value!r}")
    return number


def _slots(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"moet een geheel getal van 0 of meer zijn, niet {value!r}")
    return number


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", nargs="?", type=Path, metavar="BESTAND", help="auditbestand (fte, variant, toetsers, dekking)"
    )
    parser.add_argument(
        "--functies",
        metavar="LIJST",
        help="beschikbare functies, komma-gescheiden, eventueel met aantal: 'sociaal_werker=4,teamleiding=2,hr' "
        "(standaard: alle functies uit de catalogus, elk één keer)",
    )
    parser.add_argument("--slots", type=_slots, metavar="N", help="aantal interviewslots (anders uit de tabel auditdagen)")
    parser.add_argument("--fte", type=_fte, help="omvang van de scope in fte (zonder BESTAND)")
    parser.add_argument("--variant", choices=VARIANTS, help="toetsingsvariant (zonder BESTAND; standaard ci)")
    parser.add_argument(
        "--volledig", action="store_true", help="plan vanaf nul, ook als het auditbestand al interviews bevat"
    )


def parse_functies(bank: QuestionBank, spec: str | None) -> dict[str, int]:
    """'sociaal_werker=4,HR-medewerker' -> {'sociaal_werker': 4, 'hr': 1}; ids, labels or job titles."""
    if not spec:
        return {f.id: 1 for f in bank.functies}
    names = {}
    for f in bank.functies:
        for name in (f.id, f.label, *f.titles):
            names.setdefault(fold(name), f.id)
    out: dict[str, int] = {}
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        name, _, count = item.partition("=")
        functie = names.get(fold(name.strip()))
        if functie is None:
            known = ", ".join(f.id for f in bank.functies)
            raise ValueError(f"Onbekende functie: {name.strip()!r}. Bekende functies: {known}.")
        try:
            number = int(count) if count else 1
        except ValueError:
            number = -1
        if number < 1:
            raise ValueError(f"Aantal bij {name.strip()!r} moet een geheel getal van 1 of meer zijn, niet {count!r}.")
        out[functie] = out.get(functie, 0) + number
    if not out:
        raise ValueError(f"Geen functies in --functies {spec!r}. Geef bijvoorbeeld 'sociaal_werker=4,teamleiding'.")
    return out


def run(args: argparse.Namespace) -> int:
    try:
        bank = load_bank()
        planning = load_planning()
        audit = read_audit(args.file) if args.file else None
        available = parse_functies(bank, args.functies)
    except (BankError, StoreError, ValueError) as exc:
        return fail(exc)
    variant = args.variant or (audit.toetsing.variant if audit else "ci")
    # An audit whose fte was never filled in has 0 fte: unknown, not an organisation without staff.
    fte = args.fte if args.fte is not None else ((audit.toetsing.fte_total or None) if audit else None)
    slots = args.slots
    if slots is None and fte is not None:
        slots = interview_slots(bank, planning, fte, variant)
    gaps_mode = bool(audit and not args.volledig and any(b.kind == "interview" for b in audit.bronnen))
    if gaps_mode:
        report = coverage(bank, audit)
        plan = plan_for_gaps(bank, report, available, planning, slots)
        heard = {c.norm_id: c.functies for c in report.norms if c.level != "nvt"}
    else:
        exclude = [m.norm_id for m in audit.nvt if m.active] if audit else []
        plan = plan_interviews(bank, available, planning, slots, exclude=exclude)
        heard = {}
    toetsers: list[Toetser] = audit.toetsers if audit else []
    plan = assign(plan, toetsers, variant, planning)
    best = minimum_interviews(bank, available, plan.need, heard)
    sys.stdout.reconfigure(encoding="utf-8")
    text = render(
        bank, plan, audit, gaps_mode=gaps_mode, fte=fte, variant=variant, minimum=best, slots_given=args.slots is not None
    )
    sys.stdout.write(text)
    return 0


def _slots_line(bank: QuestionBank, slots: int | None, fte: float | None, variant: str, given: bool) -> str:
    """Where the number of interview slots comes from, or why there is none."""
    if slots is not None:
        basis = "" if given or fte is None else f" ({decimal(fte)} fte, variant {variant})"
        return f"Beschikbaar: {slots} interviewslots{basis}."
    if fte is None:
        return "Aantal interviewslots niet bekend (geef --slots of --fte): alleen de minimale dekking."
    if bank.rules.extra_audit_days_for(fte, variant) is not None:
        return (
            "Bij een combinatietoets komen de auditdagen bovenop de ISO/HKZ-audit, dus het aantal interviewslots "
            "volgt niet uit de tabel: geef het met --slots. Nu alleen de minimale dekking."
        )
    return (
        f"De tabel auditdagen (handboek 2.5) geeft geen aantal dagen voor {decimal(fte)} fte: geef het aantal "
        "interviewslots met --slots. Nu alleen de minimale dekking."
    )


def render(
    bank: QuestionBank,
    plan: InterviewPlan,
    audit: AuditData | None,
    *,
    gaps_mode: bool,
    fte: float | None,
    variant: str,
    minimum: int | None,
    slots_given: bool = False,
) -> str:
    """The plan as Dutch plain text: per day the interviews, then what cannot be covered."""
    title = "Interviewplan voor de resterende gaten" if gaps_mode else "Interviewplan"
    if audit:
        title += f" — {audit.toetsing.organisation}"
    lines = [title]
    lines.append(_slots_line(bank, plan.slots, fte, variant, slots_given))
    cover = plan.cover_size
    optimum = f"; het minimum is {minimum}" if minimum is not None else ""
    lines.append(f"Nodig voor twee verschillende functies per norm: {cover} interviews{optimum}.")
    lines.append("")
    if not plan.interviews:
        lines.append("Geen interviews nodig." if not plan.need else "Geen interview kan nog iets toevoegen.")
    day = None
    for number, interview in enumerate(plan.interviews, start=1):
        if interview.day != day:
            day = interview.day
            lines.append(f"Dag {day}")
        who = f" [{' + '.join(interview.toetsers)}]" if interview.toetsers else ""
        lines.append(f"  {number:>2}. {interview.label}{who}: {interview.reason}")
        lines.append(f"      normen: {', '.join(interview.norms)}")
    if plan.uncoverable:
        lines.append("")
        lines.append("Niet te dekken met de beschikbare functies:")
        for norm_id, helpers in plan.uncoverable.items():
            could = ", ".join(functie_label(bank, f) for f in helpers) or "geen functie uit de catalogus"
            lines.append(f"  {norm_id}: te weinig functies; zou kunnen met: {could}")
    if plan.short:
        lines.append("")
        lines.append(f"Te weinig slots: nog niet gedekt: {', '.join(plan.short)}")
    return "\n".join(lines) + "\n"
