"""What the norm detail shows from the audit, built without Textual (in the screen's worker)."""

from __future__ import annotations

from dataclasses import dataclass, field

from interviewer.domain.coverage import coverage
from interviewer.domain.evidence import evidence_by_norm
from interviewer.domain.proposal import Proposal, proposal_for
from interviewer.presenters.coverage import counts_text, flags_text
from interviewer.presenters.evidence import EvidenceGroup, evidence_groups
from questionbank.models import Norm, QuestionBank
from sessions.models import ZELFEVALUATIE_AUTHOR, AuditData, NvtMarking, PreparationNote

WIJKTEAM_SUGGESTS_NVT = ("niet van toepassing", "zo van toepassing", "deels van toepassing")
"""Wijkteam applicabilities under which a norm may well be n.v.t. in a wijkteam audit."""


def wijkteam_nvt_suggestion(norm: Norm) -> str:
    """The reason to offer when a wijkteam audit marks `norm` n.v.t.: the wijkteam reading note."""
    wt = norm.wijkteam
    if wt.applicability not in WIJKTEAM_SUGGESTS_NVT:
        return ""
    head = f"Volgens de wijkteamtoepassing van de normen: {wt.applicability}"
    return f"{head}. {wt.note}" if wt.note else f"{head}; in dit wijkteam niet van toepassing."


@dataclass(frozen=True)
class DetailData:
    """What the detail shows from the audit (built in a worker)."""

    wijkteam: bool
    nvt: NvtMarking | None
    preparation: tuple[PreparationNote, ...]
    own_preparation: str
    author_names: dict[str, str]
    custom_questions: tuple[str, ...]
    groups: tuple[EvidenceGroup, ...]
    level: str
    summary: str  # "2 gesprekken, 1 document"
    flags: tuple[str, ...] = field(default_factory=tuple)
    proposal: Proposal | None = None  # the oordeel proposal, with the aspects heard


def build_detail(data: AuditData, bank: QuestionBank, norm_id: str, author: str) -> DetailData:
    """Group the norm's confirmed evidence by bron and collect its n.v.t. and preparation notes."""
    prep = tuple(p for p in data.preparation if p.norm_id == norm_id and p.text.strip())
    own = next((p.text for p in sorted(prep, key=lambda p: p.updated, reverse=True) if p.author == author), "")
    cov = coverage(bank, data).norm(norm_id)
    evidence = evidence_by_norm(data).get(norm_id)
    return DetailData(
        wijkteam=data.toetsing.wijkteam,
        nvt=next((m for m in data.nvt if m.norm_id == norm_id and m.active), None),
        preparation=prep,
        own_preparation=own,
        author_names={ZELFEVALUATIE_AUTHOR: "zelfevaluatie", **{t.id: t.name for t in data.toetsers}},
        custom_questions=tuple(q.text for q in data.custom_questions if q.norm_id == norm_id),
        groups=evidence_groups(evidence, bank),
        level=cov.level,
        summary=counts_text(cov),
        flags=flags_text(cov, bank),
        proposal=proposal_for(bank.norm(norm_id), evidence, bank, nvt=cov.level == "nvt"),
    )
