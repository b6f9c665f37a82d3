"""`interviewer plan [BESTAND]`: which functies to interview so that every norm gets two sources.

Before the audit: from the functies the organisation has (`--functies`, default the whole
catalogue) and the interview slots (`--slots`, or from the audit-days table with `--fte` and
`--variant`), the fewest interviews that let every norm be heard from two different functies,
spread over the toetsers and days. Every plan holds the bestuurder/directie and the bodies the
organisation has (OR or PVT — assumed without an audit file —, cliëntenraad), and with volunteers or
stagiaires in the scope the vrijwilligerscoördinator, the volunteers and the stagiaires. With an
audit file that already holds interviews, the plan is for the remaining gaps (use `--volledig` for
the plan from scratch). The day programme is printed after the plan and can be written as .docx
(`--docx`, for the organisation) and .ics (`--ics`, needs the audit days or `--start`).
"""

from __future__ import annotations

import argparse
import datetime as dt
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
    required_interviews,
)
from interviewer.domain.schedule import AuditDay, audit_dates, day_schedule
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
    parser.add_argument("--docx", type=Path, metavar="UIT", help="schrijf het dagprogramma als Word-bestand voor de organisatie")
    parser.add_argument("--ics", type=Path, metavar="UIT", help="schrijf het dagprogramma als agenda (.ics)")
    parser.add_argument("--start", type=_date, metavar="DATUM", help="eerste auditdag (jjjj-mm-dd), als het auditbestand die niet heeft")
    parser.add_argument("--force", action="store_true", help="vervang een bestaand .docx- of .ics-bestand")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"moet een datum als jjjj-mm-dd zijn, bijvoorbeeld 2026-12-07; niet {value!r}") from None


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
    required = required_interviews(planning, audit.toetsing if audit else None)
    if gaps_mode:
        report = coverage(bank, audit)
        held = {b.functie_category for b in audit.bronnen if b.kind == "interview"}
        plan = plan_for_gaps(bank, report, available, planning, slots, required=required, held=held)
        heard = {c.norm_id: c.functies for c in report.norms if c.level != "nvt"}
    else:
        exclude = [m.norm_id for m in audit.nvt if m.active] if audit else []
        plan = plan_interviews(bank, available, planning, slots, exclude=exclude, required=required)
        heard = {}
    toetsers: list[Toetser] = audit.toetsers if audit else []
    plan = assign(plan, toetsers, variant, planning)
    best = minimum_interviews(bank, available, plan.need, heard)
    day_count = max((i.day for i in plan.interviews), default=1)
    # a gaps plan comes after audit days that have been held: its dates only from --start
    known = audit.toetsing.audit_dates if audit and not gaps_mode else []
    days = day_schedule(plan, planning.schedule, audit_dates(known, day_count, args.start), opening=not gaps_mode)
    fixed = [(r.label, "gehouden" if gaps_mode and r.functie in held else "in het plan") for r in required]
    outputs = [p for p in (args.docx, args.ics) if p is not None]
    if outputs:
        problem = _refuse_outputs(args, outputs, days)
        if problem:
            return fail(problem)
    sys.stdout.reconfigure(encoding="utf-8")
    text = render(
        bank, plan, audit, gaps_mode=gaps_mode, fte=fte, variant=variant, minimum=best,
        slots_given=args.slots is not None, fixed=fixed, bodies=_bodies_line(audit),
    )
    programme = render_days(days)
    if known and day_count > len(known):
        programme += (f"Let op: dit programma vraagt {day_count} auditdagen; het auditbestand noemt er {len(known)}. "
                      "De extra dagen zijn de werkdagen erna; pas de auditdagen aan in Kerngegevens (F12) of plan minder slots.\n")
    sys.stdout.write(text + "\n" + programme)
    if outputs:
        return _write_outputs(args, audit, days, title=text.splitlines()[0])
    return 0


def _refuse_outputs(args: argparse.Namespace, outputs: list[Path], days: tuple[AuditDay, ...]) -> str:
    """Why the programme files cannot be written, or "" — checked before anything is printed."""
    from interviewer.services.outputs import existing, output_clash

    clash = output_clash(args.file, outputs)
    if clash:
        return clash
    there = existing(outputs)
    if there and not args.force:
        names = ", ".join(str(p) for p in there)
        return f"{names} bestaat al; kies een andere naam of vervang het bewust met --force. Er is niets geschreven."
    for out in outputs:
        if not out.parent.is_dir():
            return f"De map {out.parent} bestaat niet. Er is niets geschreven."
    if args.ics is not None and any(d.date is None for d in days):
        return ("Voor een agenda (.ics) zijn de data van de auditdagen nodig: vul ze in bij Kerngegevens (F12) "
                "of geef de eerste auditdag met --start jjjj-mm-dd. Er is niets geschreven.")
    return ""


def _write_outputs(args: argparse.Namespace, audit: AuditData | None, days: tuple[AuditDay, ...], title: str) -> int:
    """Render every file first, then place each (temp file beside it, renamed): all or nothing per file."""
    from interviewer.domain.schedule_export import render_ics, render_schedule_docx
    from interviewer.services.outputs import place_file

    organisation = audit.toetsing.organisation if audit else ""
    team = ", ".join(f"{t.name} ({t.role})" for t in audit.toetsers) if audit and audit.toetsers else ""
    intro = ["Programma van de auditdagen voor het Kwaliteitslabel Sociaal Werk."]
    if team:
        intro.append(f"Toetsers: {team}.")
    intro.append("Wilt u per gesprek de juiste medewerkers uitnodigen? Namen van geïnterviewden komen niet in het verslag.")
    now = dt.datetime.now(dt.timezone.utc)
    files: list[tuple[Path, bytes]] = []
    if args.docx is not None:
        files.append((args.docx, render_schedule_docx(title.replace("Interviewplan", "Auditprogramma"), intro, days, now.date())))
    if args.ics is not None:
        files.append((args.ics, render_ics(organisation, days, now, audit.toetsing.id if audit else "plan")))
    try:
        for path, data in files:
            place_file(data, path, args.force)
    except FileExistsError as exc:
        return fail(f"{exc.filename or 'Het bestand'} bestaat al; vervang het bewust met --force.")
    except OSError as exc:
        return fail(f"Kon {exc.filename or 'het bestand'} niet schrijven ({exc.strerror or 'fout'}).")
    for path, _ in files:
        print(f"Geschreven: {path}", file=sys.stderr)
    return 0


def _bodies_line(audit: AuditData | None) -> str:
    """What the plan assumes about the organisation's bodies, so a wrong assumption is seen."""
    t = audit.toetsing if audit else None
    if t is None or not t.medezeggenschap:
        where = "Kerngegevens (F12)" if audit else "een auditbestand"
        medez = f"OR of PVT aangenomen (niet vastgelegd; leg het vast in {where})"
    else:
        medez = {"OR": "ondernemingsraad", "PVT": "personeelsvertegenwoordiging", "geen": "geen OR of PVT"}[t.medezeggenschap]
    raad = {"ja": "cliëntenraad", "nee": "geen cliëntenraad"}.get(t.clientenraad if t else "", "cliëntenraad onbekend")
    return f"Organisatie: {medez}; {raad}."


def render_days(days: tuple[AuditDay, ...]) -> str:
    """The day programme as plain text: per day the blocks, parallel interviews side by side."""
    lines = ["Dagprogramma"]
    for day in days:
        lines.append(day.heading)
        for block in day.blocks:
            who = f" [{' + '.join(block.toetsers)}]" if block.toetsers else ""
            lines.append(f"  {block.times}  {block.title}{who}")
    return "\n".join(lines) + "\n"


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
    fixed: list[tuple[str, str]] | None = None,
    bodies: str = "",
) -> str:
    """The plan as Dutch plain text: the fixed interviews, per day the interviews, then what cannot
    be covered."""
    title = "Interviewplan voor de resterende gaten" if gaps_mode else "Interviewplan"
    if audit:
        title += f" — {audit.toetsing.organisation}"
    lines = [title]
    lines.append(_slots_line(bank, plan.slots, fte, variant, slots_given))
    if bodies:
        lines.append(bodies)
    if fixed:
        lines.append("Vaste gesprekken: " + "; ".join(f"{label} ({status})" for label, status in fixed) + ".")
    cover = plan.cover_size
    optimum = f"; het minimum is {minimum}" if minimum is not None else ""
    vaste = sum(i.required for i in plan.interviews)
    incl = f" (waarvan {vaste} vaste)" if vaste else ""
    optimum = f"; het minimum zonder vaste gesprekken is {minimum}" if minimum is not None and vaste else optimum
    lines.append(f"Nodig voor twee verschillende functies per norm: {cover} interviews{incl}{optimum}.")
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
