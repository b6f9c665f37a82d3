"""Messages the app's screens and workers send each other. Dataclass-style, no logic.

Every payload is typed (no `object`): the domain types are imported for the type checker only, so
this module stays as cheap to import as Textual's Message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from interviewer.domain.coverage import CoverageReport
    from interviewer.domain.tagging import Tagger
    from interviewer.services.capture import LiveAudit
    from interviewer.widgets.question_list import QuestionItem
    from interviewer.widgets.timeline import TimelineEntry


@dataclass
class AuditChanged(Message):
    """Something in the open audit changed (quote, tag, n.v.t., bron): coverage views refresh."""

    reason: str = ""


@dataclass
class TagsSuggested(Message):
    """The tagger finished ranking norms for `text` (sent from a worker)."""

    text: str
    ranking: list[tuple[str, float]]
    reasons: dict[str, tuple[str, ...]] | None = None  # norm id -> why it is suggested
    mirror: str | None = None  # a mirror norm of a suggested one, not suggested itself


@dataclass
class AuditLoaded(Message):
    """A worker read the audit and computed what the gesprek screen shows for `bron_id`; `audit`
    is the audit as read, which the screen then keeps current with its own writes."""

    bron_id: str | None
    audit: LiveAudit
    report: CoverageReport
    questions: list[QuestionItem]
    entries: list[TimelineEntry]


@dataclass
class TaggerReady(Message):
    """The tagger for this audit is built (in a worker: it takes a tenth of a second)."""

    tagger: Tagger
