"""What the gesprek screen shows, without Textual: the timeline of one bron, the questions to ask
next, and the short form of a norm text where there is little room."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sessions.models import Bron


class QuestionSource(Protocol):
    """What suggested_questions needs of the live audit (services.capture.LiveAudit)."""

    def questions(self, bron: Bron | None, limit: int) -> Sequence[Any]: ...


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    created: str  # ISO 8601 UTC as stored
    kind: str
    text: str
    tags: tuple[tuple[str, str], ...] = ()  # (norm_id, state)
    conflicts: tuple[str, ...] = ()  # other versions kept by a merge (Aantekening.conflict_versions)

    @property
    def confirmed(self) -> list[str]:
        return [norm_id for norm_id, state in self.tags if state == "confirmed"]

    @property
    def suggested(self) -> list[str]:
        """Norms suggested when the note was captured and neither confirmed nor rejected since."""
        return [norm_id for norm_id, state in self.tags if state == "suggested"]


@dataclass(frozen=True)
class QuestionItem:
    key: str  # question_key for store.mark_asked: "bank:V1:0" or "custom:<uuid>"
    norm_id: str
    text: str
    source: str  # "handvat" | "afgeleid" | "eigen"
    reason: str = ""



DRAFT_PREFIX = "capture:"
QUESTIONS_SHOWN = 30
SHORT_NORM_CHARS = 60


def draft_slot(bron_id: str) -> str:
    return f"{DRAFT_PREFIX}{bron_id}"


def short_norm(text: str, limit: int = SHORT_NORM_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def timeline_entries(audit, bron_id: str) -> list[TimelineEntry]:  # noqa: ANN001 - AuditData
    """The notes of one bron, oldest first, with their tags."""
    tags: dict[str, list[tuple[str, str]]] = {}
    for tag in sorted(audit.tags, key=lambda t: -t.score):  # best first: F5 on a note confirms its best suggestion
        tags.setdefault(tag.aantekening_id, []).append((tag.norm_id, tag.state))
    return [
        TimelineEntry(a.id, a.created, a.kind, a.text, tuple(tags.get(a.id, ())), tuple(a.conflict_versions))
        for a in audit.aantekeningen
        if a.bron_id == bron_id
    ]


def suggested_questions(live: QuestionSource, bron: Bron | None) -> list[QuestionItem]:
    """Questions to ask next in this interview, as list items (the list shows the norm id already,
    so the reason loses its "V1 " prefix)."""
    shown = live.questions(bron, QUESTIONS_SHOWN)
    return [QuestionItem(s.key, s.norm_id, s.text, s.source, s.reason.removeprefix(f"{s.norm_id} ")) for s in shown]
