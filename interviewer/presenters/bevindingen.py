"""What the bevindingen screen (F4) shows, read and computed without Textual (in its worker)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from interviewer.domain import versions
from interviewer.domain.agreement import AgreementReport, compare
from interviewer.domain.evidence import NormEvidence, evidence_by_norm
from interviewer.domain.report import Report, build_report
from interviewer.domain.drafts import FIELDS, draft_slot
from questionbank.models import QuestionBank
from sessions.models import AuditData, Bevinding

if TYPE_CHECKING:
    from sessions.models import Draft


class AuditSource(Protocol):
    """What the snapshot reads from an open store (sessions.store.AuditStore)."""

    author: str

    def load_all(self) -> AuditData: ...

    def drafts(self) -> list[Draft]: ...


@dataclass(frozen=True)
class Snapshot:
    """Everything the screen shows, read and computed in a worker."""

    data: AuditData
    report: Report
    evidence: dict[str, NormEvidence]
    agreement: AgreementReport  # over the toetsers' own versions; the team's settled version is not a rater
    settled: dict[str, Bevinding]  # norm -> the version the team settled on (status final)
    author: str
    drafts: dict[str, str]  # autosave slot -> text

    def own(self, norm_id: str) -> Bevinding | None:
        return versions.own_version((b for b in self.data.bevindingen if b.norm_id == norm_id), self.author)

    def counted(self, norm_id: str) -> Bevinding | None:
        """The version the report uses (versions.counted), whoever wrote it; None when in geschil."""
        return versions.counted(norm_id, self.data.bevindingen).bevinding

    def oordeel(self, norm_id: str) -> str:
        """The oordeel that counts for the norm (as in the report)."""
        for rubriek in self.report.deel_b:
            for row in rubriek.rows:
                if row.norm_id == norm_id:
                    return row.oordeel
        return "niet beoordeeld"


def toetser_names(data: AuditData) -> dict[str, str]:
    """Author id -> what the app shows (names may show in the app; the report never shows them)."""
    names = {t.id: t.name for t in data.toetsers}
    names[versions.TEAM_AUTHOR] = "het team"
    return names


def read_snapshot(store: AuditSource, bank: QuestionBank) -> Snapshot:
    """Read the audit once and compute what the screen shows (reads only: the service follows the
    evidence first)."""
    data = store.load_all()
    return Snapshot(
        data=data,
        report=build_report(data, bank),
        evidence=evidence_by_norm(data),
        agreement=compare(
            versions.rater_versions(data.bevindingen),
            [n.id for n in bank.norms],
            bank.rules.proposal.min_shared_norms_for_agreement,
        ),
        settled=versions.settled_by_norm(data.bevindingen),
        author=store.author,
        drafts={d.slot: d.text for d in store.drafts() if d.slot.startswith("bevinding:")},
    )


def list_marks(snap: Snapshot, norm_ids: list[str], editor_norm: str) -> dict[str, str]:
    """Per norm the list's marks: ✓ settled, ✎ edited by you, ≠ toetsers disagree, ● an autosaved
    draft waiting (not for the norm in the editor, whose text is on screen)."""
    disagreements = {c.norm_id for c in versions.disputes(snap.data.bevindingen)}
    out: dict[str, str] = {}
    for norm_id in norm_ids:
        own = snap.own(norm_id)
        marks = ""
        if norm_id in snap.settled or (own is not None and own.status == "final"):
            marks += "✓"
        elif own is not None and own.edited:
            marks += "✎"
        if norm_id in disagreements:
            marks += "≠"
        if norm_id != editor_norm and any(draft_slot(norm_id, f) in snap.drafts for f in FIELDS):
            marks += "●"
        out[norm_id] = marks
    return out


def weging_line(bank: QuestionBank) -> str:
    w = bank.rules.weging
    return (
        f"Weging: ten hoogste {w.max_niet} normen niet en {w.max_deels} deels voor een positief advies "
        f"(na verbeterplan binnen {w.verbeterplan_weeks} weken)."
    )


def editor_state(snap: Snapshot, norm_id: str, own: Bevinding | None, base: Bevinding | None) -> str:
    """What the editor's title adds: " · bewerkt", " · versie van Anna (wijzigen maakt je eigen versie)"."""
    if own is not None:
        state = " · vastgesteld" if own.status == "final" else (
            " · bewerkt" if own.edited else " · geaccepteerd" if own.accepted
            else " · concept (a accepteert)" if versions.is_machine_concept(own) else ""
        )
        if norm_id in snap.settled and own.status != "final":
            state += " · het team stelde een versie vast"
        return state
    if base is not None:
        names = toetser_names(snap.data)
        return f" · versie van {names.get(base.author) or 'onbekend'} (wijzigen maakt je eigen versie)"
    return ""


def generated_message(written: list[str], kept: list[str], empty: list[str]) -> tuple[str, str]:
    """The notification after generating concepts (services.bevindingen.Generated), and its severity."""
    if len(empty) == 1 and not written and not kept:
        return f"Geen concept voor {empty[0]}: er is nog geen bevestigd bewijs bij deze norm.", "information"
    if len(kept) == 1 and not written:
        return (
            f"De bevinding bij {kept[0]} is al geschreven (met de hand of door een andere toetser); "
            "het concept overschrijft die niet.",
            "warning",
        )
    if len(written) == 1 and not kept:
        return f"Concept voor {written[0]} gemaakt uit het bewijs.", "information"
    if written or kept:
        note = f"; {len(kept)} al geschreven bevinding(en) bleven staan" if kept else ""
        return f"{len(written)} concept(en) gemaakt{note}.", "information"
    return "Het concept is gelijk aan de huidige tekst.", "information"


def override_context(snap: Snapshot, bank: QuestionBank, norm_id: str) -> tuple[str, str]:
    """For the override dialog: the norm's coverage against the rule, and the reason recorded now."""
    from interviewer.domain.coverage import coverage

    nc = coverage(bank, snap.data).norm(norm_id)
    rules = bank.rules.coverage
    text = (
        f"Dekking: {nc.level} ({nc.interviews} gesprekken, {nc.documents} documenten); de gedragscode vraagt ten minste "
        f"{rules.interviews_for_gedekt} gesprekken en {rules.documents_for_onderbouwd} document."
    )
    current = next((o.reason for o in snap.data.overrides if o.norm_id == norm_id and o.active), "")
    return text, current
