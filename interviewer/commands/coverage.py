"""`interviewer coverage FILE`: the dekking per norm of an audit as a plain-text table.

For the teamleider before the closing meeting: per rubriek each norm's level (open, dun, gedekt,
onderbouwd, n.v.t.), the number of interviews, documents and observaties behind its confirmed
tags, the functies heard and flags; then totals. `--gaps` shows only the norms that still need
something.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from interviewer.domain.coverage import LEVEL_LABELS, CoverageReport, NormCoverage, coverage
from interviewer.domain.suggest import functie_label
from questionbank import RUBRIEKEN, BankError, QuestionBank, load_bank
from sessions.errors import StoreError
from sessions.models import AuditData

LEVEL_ORDER = ("onderbouwd", "gedekt", "dun", "open", "nvt")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="BESTAND", help="het auditbestand (.audit)")
    parser.add_argument("--gaps", action="store_true", help="toon alleen de normen die nog niet onderbouwd zijn")


def read_audit(path: Path) -> AuditData:
    """Everything in an audit file, opened read-only; raises StoreError with a Dutch message."""
    from sessions.store import AuditStore

    with AuditStore.open(path, read_only=True) as store:
        return store.load_all()


def run(args: argparse.Namespace) -> int:
    try:
        bank = load_bank()
        audit = read_audit(args.file)
    except (BankError, StoreError) as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    sys.stdout.reconfigure(encoding="utf-8")
    sys.stdout.write(render(bank, audit, coverage(bank, audit), gaps_only=args.gaps))
    return 0


def _flags(nc: NormCoverage, bank: QuestionBank) -> str:
    if nc.level == "nvt":
        return f"n.v.t.: {nc.nvt_reason}"
    flags = []
    if nc.one_functie:
        flags.append(f"alleen {functie_label(bank, nc.functies[0])}: niet van meerdere kanten")
    if nc.level == "gedekt":
        flags.append("document ontbreekt")
    if nc.functies_needed:
        flags.append(f"nog {nc.functies_needed} andere functie{'s' if nc.functies_needed > 1 else ''} nodig")
    return "; ".join(flags)


def render(bank: QuestionBank, audit: AuditData, report: CoverageReport, *, gaps_only: bool = False) -> str:
    """The coverage table as plain text, rubriek by rubriek, with totals."""
    rules = report.rules
    lines = [
        f"Dekking — {audit.toetsing.organisation or 'audit'}",
        f"Regel: gedekt bij {rules.interviews_for_gedekt} interviews, onderbouwd met daarnaast "
        f"{rules.documents_for_onderbouwd} document(en); alleen bevestigde tags tellen.",
        "",
    ]
    header = f"{'Norm':<6} {'Dekking':<11} {'Gespr':>5} {'Doc':>4} {'Obs':>4}  {'Functies':<34} Opmerking"
    for (_, rubriek), totals in zip(RUBRIEKEN, report.totals):
        rows = [n for n in report.norms if n.rubriek == rubriek and (n.is_gap or not gaps_only)]
        lines.append(rubriek)
        if not rows:
            lines.append("  geen gaten")
        else:
            lines.append(header)
            for n in rows:
                functies = ", ".join(functie_label(bank, f, in_sentence=False) for f in n.functies)
                counts = ("", "", "") if n.level == "nvt" else (n.interviews, n.documents, n.observaties)
                lines.append(
                    f"{n.norm_id:<6} {LEVEL_LABELS[n.level]:<11} {counts[0]:>5} {counts[1]:>4} {counts[2]:>4}  "
                    f"{functies[:34]:<34} {_flags(n, bank)}".rstrip()
                )
        lines.append(f"  Totaal {rubriek}: {_totals_text(totals.counts)}")
        lines.append("")
    lines.append(f"Totaal: {_totals_text(report.overall.counts)}; {len(report.gaps())} normen met een gat.")
    return "\n".join(lines) + "\n"


def _totals_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts.get(level, 0)} {LEVEL_LABELS[level]}" for level in LEVEL_ORDER)
