"""Regeneration of machine concepts: a toetser's own concept follows new evidence; a version edited
by hand, accepted or settled never changes by itself. The drafts come from drafting.draft_bevinding.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from questionbank.models import QuestionBank
from sessions.models import AuditData, Bevinding

from .evidence import NormEvidence, evidence_by_norm
from .versions import is_machine_concept, is_settled


@dataclass(frozen=True)
class BevindingUpdate:
    """What to save for one norm: pass `as_kwargs()` to `store.save_bevinding(norm_id, ...)`."""

    norm_id: str
    text: str
    sterke_punten: str
    verbeterpunten: str

    def as_kwargs(self) -> dict[str, object]:
        return {"text": self.text, "sterke_punten": self.sterke_punten, "verbeterpunten": self.verbeterpunten, "edited": False}


def own_versions(audit: AuditData, author: str) -> dict[str, Bevinding]:
    """The author's latest version per norm."""
    own: dict[str, Bevinding] = {}
    for b in audit.bevindingen:
        if b.author == author and (b.norm_id not in own or (b.updated, b.version) > (own[b.norm_id].updated, own[b.norm_id].version)):
            own[b.norm_id] = b
    return own


def is_own_machine_concept(b: Bevinding) -> bool:
    """A concept the machine wrote that its toetser has not taken up (versions.is_machine_concept:
    not edited, not accepted, not settled) and without an oordeel (an oordeel is the toetser's act:
    that version is theirs now). Only such a concept follows new evidence by itself."""
    return is_machine_concept(b) and b.oordeel == "niet beoordeeld"


def replaceable(b: Bevinding) -> bool:
    """What an explicit "Genereer concept" may replace: a version nobody edited, accepted or settled."""
    return not b.edited and not b.accepted and not is_settled(b)


def newer_evidence(b: Bevinding | None, evidence: NormEvidence | None) -> bool:
    """Whether the norm's evidence changed after this version was written (shown with an edited
    version, which regeneration never replaces)."""
    return bool(b is not None and evidence is not None and evidence.latest and evidence.latest > b.updated)


def regenerate(
    audit: AuditData,
    bank: QuestionBank,
    author: str,
    norm_ids: Iterable[str] | None = None,
    *,
    existing_only: bool = False,
) -> list[BevindingUpdate]:
    """Fresh drafts to save as `author`'s versions. Only the author's own unedited machine concept
    is replaced (a version edited by hand or set final never is); unchanged drafts are left alone;
    a norm without evidence gets no concept. With `existing_only`, only norms that already have
    such a concept (what runs when evidence changes). The oordeel is not touched: the suggestion is
    advice, the oordeel is the toetser's."""
    from .drafting import draft_bevinding, name_checker  # drafting re-exports this module

    wanted = set(norm_ids) if norm_ids is not None else None
    own = own_versions(audit, author)
    evidence = evidence_by_norm(audit)
    nvt = {m.norm_id.upper() for m in audit.nvt if m.active}
    has_name = name_checker(audit)
    updates = []
    for norm in bank.norms:
        if wanted is not None and norm.id not in wanted:
            continue
        current: Bevinding | None = own.get(norm.id)
        if current is not None and not (is_own_machine_concept(current) if existing_only else replaceable(current)):
            continue
        if existing_only and current is None:
            continue
        draft = draft_bevinding(norm.id, evidence.get(norm.id), bank, nvt=norm.id in nvt, has_name=has_name)
        if current is None and not draft.text:
            continue
        if current is not None and (current.text, current.sterke_punten, current.verbeterpunten) == (
            draft.text,
            draft.sterke_punten,
            draft.verbeterpunten,
        ):
            continue
        updates.append(BevindingUpdate(norm.id, draft.text, draft.sterke_punten, draft.verbeterpunten))
    return updates
