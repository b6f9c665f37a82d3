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
