"""A norm's confirmed evidence as the norm detail and the bevindingen screen list it: grouped by bron."""

from __future__ import annotations

from dataclasses import dataclass

from questionbank.models import QuestionBank
from sessions.models import AANTEKENING_LABELS

from interviewer.domain.evidence import Note, NormEvidence
from interviewer.domain.labels import bron_heading


@dataclass(frozen=True)
class EvidenceGroup:
    """The confirmed notes of one bron for the norm."""

    heading: str  # "Gesprek · sociaal werker (2 personen)" / "Document · Beleidsplan 2024"
    kind: str  # bron kind
    lines: tuple[str, ...]  # "[citaat] text"


def evidence_groups(evidence: NormEvidence | None, bank: QuestionBank) -> tuple[EvidenceGroup, ...]:
    """The norm's confirmed notes grouped by bron: interviews first, then documents, observations."""
    if evidence is None:
        return ()
    by_bron: dict[str, list[Note]] = {}
    for note in evidence.notes:
        by_bron.setdefault(note.bron.id, []).append(note)
    order = {"interview": 0, "document": 1, "observatie": 2}
    bronnen = sorted(
        {n.bron.id: n.bron for n in evidence.notes}.values(), key=lambda b: (order.get(b.kind, 3), b.started or b.created, b.id)
    )
    return tuple(
        EvidenceGroup(
            bron_heading(bron, bank),
            bron.kind,
            tuple(f"[{AANTEKENING_LABELS.get(n.aantekening.kind, n.aantekening.kind)}] {n.aantekening.text}" for n in by_bron[bron.id]),
        )
        for bron in bronnen
    )
