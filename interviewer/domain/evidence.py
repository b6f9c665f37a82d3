"""What counts as evidence for a norm: the one home of that rule.

A note (aantekening) is evidence for a norm when a toetser CONFIRMED its tag to that norm and both
the note and its bron exist in the audit. Suggested and rejected tags are not evidence. Norm ids
are compared in upper case ("v1" in a hand-edited or merged file is V1). Coverage, drafting, the
aspect matching and the report all read evidence through this module, so a rule change here
changes all of them at once.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sessions.models import Aantekening, AuditData, Bron

CONFIRMED = "confirmed"


def norm_key(norm_id: str) -> str:
    """A norm id as evidence is keyed: stripped, upper case."""
    return norm_id.strip().upper()


@dataclass(frozen=True)
class Note:
    aantekening: Aantekening
    bron: Bron


@dataclass(frozen=True)
class NormEvidence:
    """The confirmed evidence of one norm."""

    norm_id: str
    notes: tuple[Note, ...]
    interviews: tuple[Bron, ...]
    documents: tuple[Bron, ...]
    observations: tuple[Bron, ...]
    latest: str = ""  # newest timestamp among the notes and their confirming tags: evidence changed after it

    @property
    def sources(self) -> int:
        return len(self.interviews) + len(self.documents) + len(self.observations)

    @property
    def bronnen(self) -> tuple[Bron, ...]:
        return (*self.interviews, *self.documents, *self.observations)

    def of_kind(self, *kinds: str) -> tuple[Note, ...]:
        return tuple(n for n in self.notes if n.aantekening.kind in kinds)


def confirmed_notes(
    audit: AuditData, stamps: dict[str, str] | None = None, only: Collection[str] | None = None
) -> dict[str, list[Note]]:
    """Norm id -> its evidence notes, in tag order, possibly repeated (one per confirming tag).
    With `stamps`, also norm id -> the newest timestamp of those notes and tags. With `only`, just
    those norms (ids as `norm_key` gives them: after a write that touched only them)."""
    notes = {a.id: a for a in audit.aantekeningen}
    bronnen = {b.id: b for b in audit.bronnen}
    per_norm: dict[str, list[Note]] = {}
    for tag in audit.tags:
        if tag.state != CONFIRMED:
            continue
        key = norm_key(tag.norm_id)
        if only is not None and key not in only:
            continue
        a = notes.get(tag.aantekening_id)
        b = bronnen.get(a.bron_id) if a else None
        if a is None or b is None:
            continue
        per_norm.setdefault(key, []).append(Note(a, b))
        if stamps is not None:
            stamps[key] = max(stamps.get(key, ""), tag.updated, tag.created, a.updated, a.created)
    return per_norm


def evidence_by_norm(audit: AuditData, only: Collection[str] | None = None) -> dict[str, NormEvidence]:
    """Confirmed-tagged notes per norm with their distinct bronnen, notes oldest first, bronnen in
    the order of their first note. With `only`, just those norms."""
    out = {}
    stamps: dict[str, str] = {}
    for norm_id, items in confirmed_notes(audit, stamps, only).items():
        items = sorted({n.aantekening.id: n for n in items}.values(), key=lambda n: (n.aantekening.created, n.aantekening.id))
        distinct = list({n.bron.id: n.bron for n in items}.values())
        out[norm_id] = NormEvidence(
            norm_id=norm_id,
            notes=tuple(items),
            interviews=tuple(b for b in distinct if b.kind == "interview"),
            documents=tuple(b for b in distinct if b.kind == "document"),
            observations=tuple(b for b in distinct if b.kind == "observatie"),
            latest=stamps.get(norm_id, ""),
        )
    return out
