"""Running totals of the oordelen per rubriek and the advies under the weging.

Fed with the domain report (interviewer.domain.report), so the screen counts exactly what the
exported report will count.
"""

from __future__ import annotations

from textual.widgets import Static

from interviewer.domain.report import Report
from interviewer.domain.weging import ADVIES_GEEN, ADVIES_NA_VERBETERPLAN, ADVIES_NEGATIEF, ADVIES_POSITIEF, OordeelCounts
from interviewer.widgets.markup import escape

ADVIES_CLASSES = {
    ADVIES_POSITIEF: "-positief",
    ADVIES_NA_VERBETERPLAN: "-voorwaardelijk",
    ADVIES_NEGATIEF: "-negatief",
    ADVIES_GEEN: "-geen",
}
_HEADER = f"{'':<24}{'+':>5}{'+/-':>6}{'-':>5}{'n.v.t.':>8}{'open':>6}"


def _line(label: str, counts: OordeelCounts, total: int) -> str:
    return (
        f"{label[:24]:<24}{counts.voldoet:>5}{counts.deels:>6}{counts.niet:>5}{counts.nvt:>8}"
        f"{counts.niet_beoordeeld:>6}   van {total}"
    )


def totals_text(report: Report, rubriek_sizes: dict[str, int]) -> str:
    """The table as plain text: one line per rubriek and a total."""
    lines = [_HEADER]
    for result in report.results:
        lines.append(_line(result.rubriek, result.counts, rubriek_sizes.get(result.rubriek, result.counts.total)))
    lines.append(_line("Totaal", report.totals, report.norm_total))
    return "\n".join(lines)


def compact_text(report: Report, rubriek_sizes: dict[str, int]) -> str:
    """One labelled line per rubriek, for a small terminal."""
    lines = []
    for r in report.results:
        c = r.counts
        size = rubriek_sizes.get(r.rubriek, c.total)
        lines.append(
            f"{r.rubriek[:22]:<22} + {c.voldoet:<3}+/- {c.deels:<3}- {c.niet:<3}n.v.t. {c.nvt:<3}open {c.niet_beoordeeld}/{size}"
        )
    return "\n".join(lines)


def advies_text(report: Report, rules_line: str) -> str:
    """'Advies: <label>' plus whether it is still provisional and the thresholds used."""
    a = report.advies
    head = f"Advies: {a.label}"
    if a.provisional:
        head += f" (voorlopig: {a.counts.niet_beoordeeld} nog niet beoordeeld)"
    return f"{head}\n{rules_line}"


class BevindingTotals(Static):
    """Totals table plus the advies line, coloured by the advies (and named, for colour-blind users)."""

    DEFAULT_CSS = """
    BevindingTotals { height: auto; padding: 0 1; background: $boost; }
    BevindingTotals.-positief { border-left: thick $success; }
    BevindingTotals.-voorwaardelijk { border-left: thick $warning; }
    BevindingTotals.-negatief { border-left: thick $error; }
    BevindingTotals.-geen { border-left: thick $panel; }
    """

    def show(self, report: Report, rubriek_sizes: dict[str, int], rules_line: str, *, compact: bool = False) -> None:
        """The table and advies; `compact` (small terminal) drops the header, total and weging lines."""
        self.remove_class(*ADVIES_CLASSES.values())
        self.add_class(ADVIES_CLASSES[report.advies.kind])
        if compact:
            advies = advies_text(report, "").strip()
            self.update(escape(compact_text(report, rubriek_sizes)) + f"\n[b]{escape(advies)}[/b]")
            return
        self.update(escape(totals_text(report, rubriek_sizes)) + "\n[b]" + escape(advies_text(report, rules_line)).replace("\n", "[/b]\n", 1))
