"""The review list: notes without a confirmed norm, per interview or for the whole audit, to walk
through before the closing meeting (screens/review.py shows it).

A note needs review while none of its norms is confirmed: it counts for no norm's coverage yet. Its
suggestions (tags the tagger proposed at capture, not rejected since) come best first, so F5–F7 on
the list confirm the same norms as the keys on the capture line did.
"""

from __future__ import annotations

from dataclasses import dataclass

from questionbank.models import ChipRules, QuestionBank
from sessions.models import AANTEKENING_LABELS, AuditData

from interviewer.domain.labels import bron_label
from interviewer.presenters.suggestions import CHOSEN_MARK, Labels, norm_name, score_bar, strength

SUGGESTION_KEYS = ("F5", "F6", "F7")


@dataclass(frozen=True)
class ReviewItem:
    note_id: str
    bron_id: str
    bron: str  # "OR / PVT · OR-leden (2 pers.)", "Document: Klachtenregeling"
    interview: bool  # the note was made in an interview (Enter goes there)
    created: str  # ISO 8601 UTC as stored
    kind: str
    text: str
    suggestions: tuple[tuple[str, float], ...] = ()  # (norm id, score), best first


@dataclass(frozen=True)
class ReviewList:
    items: tuple[ReviewItem, ...]
    notes: int  # notes in scope, reviewed or not
    bron_id: str | None  # None: the whole audit

    def summary(self) -> str:
        """'3 van 12 aantekeningen zonder bevestigde norm' (or that all have one)."""
        scope = "in dit gesprek" if self.bron_id else "in de audit"
        if not self.items:
            return f"Alle {self.notes} aantekeningen {scope} hebben een bevestigde norm." if self.notes else f"Nog geen aantekeningen {scope}."
        return f"{len(self.items)} van {self.notes} aantekeningen {scope} zonder bevestigde norm"


def review_list(audit: AuditData, bank: QuestionBank, bron_id: str | None = None) -> ReviewList:
    """Notes of `bron_id` (or of every bron) that have no confirmed norm, oldest first."""
    bronnen = {b.id: b for b in audit.bronnen}
    confirmed: set[str] = set()
    suggested: dict[str, list[tuple[str, float]]] = {}
    for tag in audit.tags:
        if tag.state == "confirmed":
            confirmed.add(tag.aantekening_id)
        elif tag.state == "suggested":
            suggested.setdefault(tag.aantekening_id, []).append((tag.norm_id, tag.score))
    notes = [a for a in audit.aantekeningen if (bron_id is None or a.bron_id == bron_id) and a.bron_id in bronnen]
    items = []
    for note in sorted(notes, key=lambda a: (a.created, a.id)):
        if note.id in confirmed:
            continue
        bron = bronnen[note.bron_id]
        ranked = sorted(suggested.get(note.id, ()), key=lambda pair: -pair[1])
        items.append(
            ReviewItem(note.id, bron.id, bron_label(bron, bank), bron.kind == "interview", note.created, note.kind, note.text, tuple(ranked))
        )
    return ReviewList(tuple(items), len(notes), bron_id)


def suggestion_line(item: ReviewItem, labels: Labels, rules: ChipRules) -> str:
    """'F5 ?OB10 jaargesprekken ██░ mogelijk   F6 ?V15 feedback en doelen █░░ mogelijk', or how to tag it."""
    if not item.suggestions:
        return "geen suggestie — Ctrl+F kiest een norm"
    parts = []
    for key, (norm_id, score) in zip(SUGGESTION_KEYS, item.suggestions):
        mark = " ".join(p for p in (score_bar(score, rules), strength(score, rules)) if p)
        parts.append(" ".join(p for p in (key, f"?{norm_name(norm_id, labels)}", mark) if p))
    return "   ".join(parts)


def item_heading(item: ReviewItem, time: str) -> str:
    """'09:31 verbeterpunt · OR / PVT · OR-leden (2 pers.)' (`time` as the screen formats it)."""
    kind = AANTEKENING_LABELS.get(item.kind, item.kind)
    return " · ".join(p for p in (f"{time} {kind}".strip(), item.bron) if p)


def confirmed_status(norm_id: str, labels: Labels, left: int) -> str:
    """'✓ OB10 jaargesprekken bevestigd · nog 4 te gaan'."""
    rest = f"nog {left} te gaan" if left else "alles bevestigd"
    return f"{CHOSEN_MARK} {norm_name(norm_id, labels)} bevestigd · {rest}"
