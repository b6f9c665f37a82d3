"""What the document screen walks: the audit's imported documents with their passages and tags."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PassageView:
    aantekening_id: str
    page: int
    heading: str
    text: str
    tags: tuple[tuple[str, float, str], ...]  # (norm id, score, state): suggested/confirmed best first, rejected last


@dataclass(frozen=True)
class DocumentView:
    document_id: str
    bron_id: str
    title: str
    kind: str
    file_name: str
    pages: int
    zelfevaluatie: bool
    passages: tuple[PassageView, ...]

    def reference(self, passage: PassageView) -> str:
        return f"{self.title}, p. {passage.page}"

    @property
    def confirmed(self) -> int:
        return sum(1 for p in self.passages for _, _, state in p.tags if state == "confirmed")


_STATE_ORDER = {"confirmed": 0, "suggested": 0, "rejected": 1}


def document_views(audit: Any) -> list[DocumentView]:
    """The audit's imported documents with their passages and tags, in import order (AuditData in)."""
    bronnen = {b.id: b for b in audit.bronnen}
    notes = {a.id: a for a in audit.aantekeningen}
    tags: dict[str, list[tuple[str, float, str]]] = {}
    for t in audit.tags:
        tags.setdefault(t.aantekening_id, []).append((t.norm_id, t.score, t.state))
    out = []
    for d in audit.documents:
        bron = bronnen.get(d.bron_id)
        if bron is None:
            continue
        views = tuple(
            PassageView(p.id, p.page, p.heading, notes[p.id].text,
                        tuple(sorted(tags.get(p.id, ()), key=lambda t: (_STATE_ORDER.get(t[2], 1), -t[1], t[0]))))
            for p in sorted((p for p in audit.passages if p.document_id == d.id), key=lambda p: p.position)
            if p.id in notes
        )
        out.append(DocumentView(d.id, d.bron_id, bron.title, bron.document_kind, d.file_name, d.pages,
                                d.zelfevaluatie, views))
    return out
