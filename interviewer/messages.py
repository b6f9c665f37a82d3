"""Messages the app's screens and workers send each other. Dataclass-style, no logic."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


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
    """A worker read the audit and computed what the gesprek screen shows for `bron_id`.

    `audit` is a services.capture.LiveAudit (the audit as read, kept current by the screen's own
    writes), `report` a domain.coverage.CoverageReport, `questions` a list of widgets.question_list
    QuestionItem, `entries` a list of widgets.timeline TimelineEntry (typed loosely: messages stay
    free of domain imports).
    """

    bron_id: str | None
    audit: object
    report: object
    questions: list
    entries: list


@dataclass
class TaggerReady(Message):
    """The tagger for this audit is built (in a worker: it takes a tenth of a second)."""

    tagger: object
