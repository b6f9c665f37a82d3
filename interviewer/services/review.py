"""Confirming a norm on a note that was saved without one: the timeline (F5–F7) and the review list
both call this, so a confirmed suggestion keeps the score the tagger gave it at capture."""

from __future__ import annotations

from sessions.models import Tag


def confirm_norm(store, note_id: str, norm_id: str) -> Tag:  # noqa: ANN001 - sessions.store.AuditStore
    """Confirm `norm_id` on note `note_id`: a suggestion keeps its score and origin "auto"; a norm
    that was not suggested is a manual tag. Raises the store's StoreError (Dutch) on bad input."""
    earlier = next((t for t in store.tags(aantekening_id=note_id) if t.norm_id == norm_id.strip().upper()), None)
    if earlier is not None and earlier.state == "suggested":
        return store.set_tag(note_id, earlier.norm_id, "confirmed", origin="auto", score=earlier.score)
    return store.set_tag(note_id, norm_id, "confirmed", origin="manual")
