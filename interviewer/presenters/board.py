"""What the coverage board (F3) shows, built without Textual: the coverage, what could still fill
each gap, and which aspects of each norm were heard."""

from __future__ import annotations

from dataclasses import dataclass, field

from interviewer.domain.aspects import NormAspects
from interviewer.domain.coverage import CoverageReport, coverage
from questionbank.models import QuestionBank
from sessions.models import AuditData


def fillers(report: CoverageReport, bank: QuestionBank, documents: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Per gap norm, what could still fill it: the functies the planner would interview for it
    (every catalogue functie counted as available, as `interviewer plan` does by default), and a
    document when only the inspection is missing, named by the kinds that would show the norm
    (`documents`: domain.documentenlijst.closing_kinds)."""
    from questionbank.loader import load_planning

    from interviewer.domain.planner import plan_for_gaps

    plan = plan_for_gaps(bank, report, {f.id: 1 for f in bank.functies}, load_planning())
    out: dict[str, list[str]] = {}
    for interview in plan.interviews:
        for norm_id in interview.norms:
            out.setdefault(norm_id, []).append(interview.label)
    for nc in report.gaps():
        if nc.level in ("gedekt", "dun") and nc.documents < report.rules.documents_for_onderbouwd:
            kinds = (documents or {}).get(nc.norm_id, [])[:2]
            out.setdefault(nc.norm_id, []).append(f"document ({' of '.join(kinds)})" if kinds else "document inzien")
    return out


@dataclass(frozen=True)
class BoardData:
    report: CoverageReport
    fillers: dict[str, list[str]]
    aspects: dict[str, NormAspects] = field(default_factory=dict)  # norm -> which aspects were heard


def build_board(data: AuditData, bank: QuestionBank) -> BoardData:
    from questionbank.loader import load_document_kinds

    from interviewer.domain.aspects import all_aspect_coverage
    from interviewer.domain.documentenlijst import closing_kinds, documentenlijst
    from interviewer.domain.evidence import evidence_by_norm

    report = coverage(bank, data)
    documents = closing_kinds(documentenlijst(bank, data, load_document_kinds()))
    return BoardData(
        report=report, fillers=fillers(report, bank, documents), aspects=all_aspect_coverage(bank, evidence_by_norm(data))
    )
