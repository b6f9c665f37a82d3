"""Bevindingen as use cases over an open store: what the F4 screen and `interviewer bevindingen` do.

Plain Python (no Textual): commit the editor as the toetser's own version, set an oordeel, accept
a machine concept, record or withdraw an override, settle a version as the team's, generate
concepts from the evidence, and keep the toetser's own unedited concepts following new evidence.
Which version counts stays in interviewer.domain.versions; the screen only says what happened.
The store raises sessions.errors.StoreError with a Dutch message when it refuses a write.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from interviewer.domain import versions
from interviewer.domain.drafting import DraftBevinding, draft_all, regenerate
from interviewer.domain.evidence import evidence_by_norm
from interviewer.domain.drafts import FIELDS, draft_slot

__all__ = ["FIELDS", "draft_slot"]  # with the use cases: the screen names its slots through this module

if TYPE_CHECKING:
    from questionbank.models import QuestionBank
    from sessions.models import AuditData, Bevinding
    from sessions.store import AuditStore

@dataclass(frozen=True)
class Generated:
    """What generating concepts did, per norm."""

    written: list[str]  # norms that got a fresh concept
    kept: list[str]  # norms whose written text (by hand, accepted, another toetser's, settled) stayed
    empty: list[str] = field(default_factory=list)  # norms without confirmed evidence: no concept


def follow_evidence(store: AuditStore, bank: QuestionBank) -> bool:
    """Regenerate the toetser's own unedited concepts whose evidence changed; True if any was written."""
    if store.read_only:
        return False
    updates = regenerate(store.load_all(), bank, store.author, existing_only=True)
    for update in updates:
        store.save_bevinding(update.norm_id, **update.as_kwargs())
    return bool(updates)


def save_drafts(store: AuditStore, norm_id: str, values: Mapping[str, str], stored: Mapping[str, str]) -> None:
    """Autosave the editor fields that differ from the stored version."""
    for f in FIELDS:
        if values[f] != stored[f]:
            store.save_draft(draft_slot(norm_id, f), values[f])


def commit(store: AuditStore, norm_id: str, values: Mapping[str, str], inherited: Mapping[str, object]) -> None:
    """Write the editor as the toetser's own (edited) version and drop its drafts.

    `inherited`: fields copied from the version that counted, when this is the toetser's first own
    version of the norm (it then counts, and must not lose that text or oordeel)."""
    store.save_bevinding(norm_id, edited=True, **values, **inherited)
    for f in FIELDS:
        store.clear_draft(draft_slot(norm_id, f))


def set_oordeel(store: AuditStore, norm_id: str, oordeel: str, inherited: Mapping[str, object]) -> None:
    store.save_bevinding(norm_id, oordeel=oordeel, **inherited)


def accept(store: AuditStore, norm_id: str, inherited: Mapping[str, object]) -> None:
    """The drafted concept becomes the toetser's own text (not a machine concept any more)."""
    store.save_bevinding(norm_id, accepted=True, **inherited)


def set_override(store: AuditStore, norm_id: str, reason: str) -> None:
    """Record why the norm keeps its oordeel below the coverage rule; an empty reason withdraws it."""
    if reason:
        store.set_override(norm_id, reason)
    else:
        store.withdraw_override(norm_id)


def settle(store: AuditStore, norm_id: str, chosen: Bevinding) -> None:
    """Write the chosen version as the team's (final); every toetser's own version stays as it was."""
    store.save_bevinding(
        norm_id,
        text=chosen.text,
        oordeel=chosen.oordeel,
        sterke_punten=chosen.sterke_punten,
        verbeterpunten=chosen.verbeterpunten,
        status="final",
        edited=True,
        author=versions.TEAM_AUTHOR,
    )


def generate(store: AuditStore, bank: QuestionBank, norm_ids: list[str] | None) -> Generated:
    """Concepts from the evidence for `norm_ids` (None: every norm), never over written text."""
    data = store.load_all()
    mine: dict[str, list[Bevinding]] = {}
    for b in data.bevindingen:
        if b.author == store.author:
            mine.setdefault(b.norm_id, []).append(b)
    own = {nid: versions.own_version(vs, store.author) for nid, vs in mine.items()}
    # A norm another toetser already wrote about (after a merge) keeps that version: a fresh
    # concept as this toetser's first version would become the one that counts.
    others = {b.norm_id for b in data.bevindingen if b.author != store.author and b.norm_id not in own}
    # An accepted concept is the toetser's text now: a new concept does not replace it either.
    accepted = {nid for nid, b in own.items() if b.accepted}
    updates = [u for u in regenerate(data, bank, store.author, norm_ids) if u.norm_id not in others and u.norm_id not in accepted]
    for update in updates:
        store.save_bevinding(update.norm_id, **update.as_kwargs())
    written = [u.norm_id for u in updates]
    wanted = norm_ids if norm_ids is not None else [n.id for n in bank.norms]
    kept = [n for n in wanted if n in others or (n in own and (own[n].edited or own[n].accepted or own[n].status == "final"))]
    evidence = evidence_by_norm(data)
    empty = [n for n in wanted if n not in written and n not in kept and n not in evidence]
    return Generated(written, kept, empty)


def concepts(data: AuditData, bank: QuestionBank, norm_ids: Iterable[str]) -> list[DraftBevinding]:
    """Per norm the proposal, its reason, the aspects and the concept (`interviewer bevindingen`)."""
    drafts = draft_all(data, bank)
    return [drafts[nid] for nid in norm_ids]
