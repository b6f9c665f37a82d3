"""`interviewer coverage FILE`: the dekking per norm of an audit as a plain-text table.

For the teamleider before the closing meeting: per rubriek each norm's level (open, dun, gedekt,
onderbouwd, n.v.t.), the number of interviews, documents and observaties behind its confirmed
tags, the functies heard and flags; then totals. `--gaps` shows only the norms that still need
something.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

from interviewer.domain.coverage import LEVEL_LABELS, CoverageReport, NormCoverage, coverage
from interviewer.domain.labels import functie_label
from interviewer.presenters.coverage import LEVEL_ORDER_BEST_FIRST
from questionbank import RUBRIEKEN, BankError, QuestionBank, load_bank
from sessions.errors import StoreError
from sessions.models import AuditData

from .common import fail, read_audit

WIDTH = 100  # the table fits a 100-column terminal or printout
FUNCTIES_WIDTH = 34  # the longest catalogue label, "Werkbegeleider / praktijkopleider,", fits whole


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="BESTAND", help="het auditbestand (.audit)")
    parser.add_argument("--gaps", action="store_true", help="toon alleen de normen die nog niet onderbouwd zijn")


def run(args: argparse.Namespace) -> int:
    try:
        bank = load_bank()
        audit = read_audit(args.file)
    except (BankError, StoreError) as exc:
        return fail(exc)
    sys.stdout.reconfigure(encoding="utf-8")
    sys.stdout.write(render(bank, audit, coverage(bank, audit), gaps_only=args.gaps))
    return 0


def _flags(nc: NormCoverage) -> list[str]:
    """Short remarks: the functies column already says who was heard."""
    if nc.level == "nvt":
        return [f"n.v.t.: {nc.nvt_reason}"]
    flags = []
    if nc.level == "gedekt":
        flags.append("document ontbreekt")
    if nc.one_functie:
        flags.append("niet van meerdere kanten")
    if nc.functies_needed:
        flags.append(f"nog {nc.functies_needed} andere functie{'s' if nc.functies_needed > 1 else ''} nodig")
    return flags


def pack(items: Sequence[str], width: int, separator: str) -> list[str]:
    """`items` joined by `separator` in lines of at most `width`, breaking only between items (an
    item longer than a line is wrapped between its words, never inside a word)."""
    lines: list[str] = []
    current = ""
    for i, item in enumerate(items):
        piece = item + (separator.rstrip() if i < len(items) - 1 else "")
        candidate = f"{current}{' ' if current else ''}{piece}"
        if len(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        parts = textwrap.wrap(piece, width, break_long_words=False, break_on_hyphens=False) or [piece]
        lines += parts[:-1]
        current = parts[-1]
    if current:
        lines.append(current)
    return lines


def render(
    bank: QuestionBank, audit: AuditData, report: CoverageReport, *, gaps_only: bool = False, width: int = WIDTH
) -> str:
    """The coverage table as plain text, rubriek by rubriek, with totals; functies and remarks wrap
    within their columns so that no line is wider than `width` and no name is cut."""
    rules = report.rules
    lines = [
        f"Dekking — {audit.toetsing.organisation or 'audit'}",
        f"Regel: gedekt bij {rules.interviews_for_gedekt} interviews, onderbouwd met daarnaast "
        f"{rules.documents_for_onderbouwd} document(en).",
        "Alleen bevestigde normkoppelingen tellen.",
        "",
    ]
    lead = f"{'Norm':<6} {'Dekking':<11} {'Gespr':>5} {'Doc':>4} {'Obs':>4}  "
    remarks_width = width - len(lead) - FUNCTIES_WIDTH - 1
    header = f"{lead}{'Functies':<{FUNCTIES_WIDTH}} Opmerking"
    for (_, rubriek), totals in zip(RUBRIEKEN, report.totals):
        rows = [n for n in report.norms if n.rubriek == rubriek and (n.is_gap or not gaps_only)]
        lines.append(rubriek)
        if not rows:
            lines.append("  geen gaten")
        else:
            lines.append(header)
            for n in rows:
                functies = pack([functie_label(bank, f, sentence=False) for f in n.functies], FUNCTIES_WIDTH, ", ")
                remarks = pack(_flags(n), remarks_width, "; ")
                counts = ("", "", "") if n.level == "nvt" else (n.interviews, n.documents, n.observaties)
                first = f"{n.norm_id:<6} {LEVEL_LABELS[n.level]:<11} {counts[0]:>5} {counts[1]:>4} {counts[2]:>4}  "
                for i in range(max(1, len(functies), len(remarks))):
                    cell = functies[i] if i < len(functies) else ""
                    remark = remarks[i] if i < len(remarks) else ""
                    lines.append(f"{first if i == 0 else ' ' * len(lead)}{cell:<{FUNCTIES_WIDTH}} {remark}".rstrip())
        lines.append(f"  Totaal {rubriek}: {_totals_text(totals.counts)}")
        lines.append("")
    lines.append(f"Totaal: {_totals_text(report.overall.counts)}; {len(report.gaps())} normen met een gat.")
    return "\n".join(lines) + "\n"


def _totals_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts.get(level, 0)} {LEVEL_LABELS[level]}" for level in LEVEL_ORDER_BEST_FIRST)
