"""Merging the audit files of several toetsers of one audit.

Union by row id; for the same id the row with the later `updated` wins, ties broken on the row's
content, so the result depends only on the set of rows: merging is idempotent (A+A = A) and
order-free (A+B = B+A). Bevindingen are one row per author per norm, so two toetsers' different
findings for a norm both survive as versions for the consensus discussion.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import schema
from .errors import ForeignAudit, StoreError, naming_file

if TYPE_CHECKING:
    from .store import AuditStore

# Dutch names for the summary, per table.
TABLE_LABELS = {
    "toetsing": "toetsinggegevens",
    "toetsers": "toetsers",
    "bronnen": "bronnen",
    "aantekeningen": "aantekeningen",
    "tags": "normkoppelingen",
    "nvt": "n.v.t.-markeringen",
    "bevindingen": "bevindingen",
    "custom_questions": "eigen vragen",
    "asked_questions": "gestelde vragen",
    "preparation": "voorbereidingsnotities",
    "overrides": "dekkingsuitzonderingen",
    "exports": "verzonden rapporten",
}


def _sort_key(row: dict[str, Any]) -> tuple[str, str]:
    return (str(row.get("updated", "")), json.dumps(row, sort_keys=True, ensure_ascii=False, default=str))


def wins(incoming: dict[str, Any], existing: dict[str, Any]) -> bool:
    """Last writer wins on `updated`; equal stamps are decided by content, never by merge order."""
    return _sort_key(incoming) > _sort_key(existing)


@dataclass
class TableCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class MergeReport:
    """What a merge did, per table, and which norms now have findings from more than one toetser."""

    sources: list[Path] = field(default_factory=list)
    counts: dict[str, TableCounts] = field(default_factory=dict)
    bevinding_versions: dict[str, int] = field(default_factory=dict)  # norm id -> number of authors' versions

    def add(self, table: str, added: int, updated: int, unchanged: int) -> None:
        c = self.counts.setdefault(table, TableCounts())
        c.added += added
        c.updated += updated
        c.unchanged += unchanged

    @property
    def changed(self) -> bool:
        return any(c.added or c.updated for c in self.counts.values())

    def summary(self) -> list[str]:
        """Short Dutch lines for the toetser."""
        lines = []
        for table, label in TABLE_LABELS.items():
            c = self.counts.get(table)
            if c and (c.added or c.updated):
                parts = []
                if c.added:
                    parts.append(f"{c.added} nieuw")
                if c.updated:
                    parts.append(f"{c.updated} bijgewerkt")
                lines.append(f"{label}: {', '.join(parts)}")
        if not lines:
            lines.append("Niets nieuws: alles stond er al in.")
        if self.bevinding_versions:
            norms = ", ".join(f"{n} ({k})" for n, k in self.bevinding_versions.items())
            lines.append(f"Normen met bevindingen van meerdere toetsers (voor de consensusbespreking): {norms}")
        return lines


def _check_same_audit(ours: Any, theirs: Any, their_path: Path) -> None:
    if ours.id != theirs.id:
        raise ForeignAudit(
            f"{their_path.name} hoort bij een andere audit ({theirs.organisation or 'onbekend'}) dan "
            f"{ours.organisation or 'deze audit'}. Alleen bestanden van dezelfde audit kunnen worden samengevoegd: "
            "maak de audit één keer aan en geef elke toetser een kopie."
        )
    if ours.normenkader != theirs.normenkader:
        raise ForeignAudit(
            f"{their_path.name} gebruikt normenkader {theirs.normenkader}, deze audit normenkader "
            f"{ours.normenkader}. Bestanden met verschillende normenkaders kunnen niet worden samengevoegd."
        )


def _order_key(norm_id: str) -> tuple[int, int]:
    prefix = norm_id.rstrip("0123456789")
    return ({"V": 0, "D": 1, "OB": 2}.get(prefix, 3), int(norm_id[len(prefix):] or 0))


def _bevinding_versions(store: AuditStore) -> dict[str, int]:
    """Norms whose bevindingen differ between authors: they need the consensus discussion."""
    per_norm: dict[str, set[tuple[str, str]]] = defaultdict(set)
    authors: dict[str, set[str]] = defaultdict(set)
    for b in store.bevindingen():
        per_norm[b.norm_id].add((b.text, b.oordeel))
        authors[b.norm_id].add(b.author)
    return {
        n: len(authors[n]) for n in sorted(per_norm, key=_order_key) if len(authors[n]) > 1 and len(per_norm[n]) > 1
    }


def _open_read_only(path: Path) -> AuditStore:
    """One of the merge's files, read-only; a refusal names the file, since there are several."""
    from .store import AuditStore

    try:
        return AuditStore.open(path, read_only=True)
    except StoreError as exc:
        raise naming_file(exc, path) from None


def merge_into(store: AuditStore, other_path: Path, report: MergeReport | None = None) -> MergeReport:
    """Merge the file at `other_path` into the open `store` (one transaction)."""
    from .store import AuditStore

    report = report or MergeReport()
    report.sources.append(other_path)
    if other_path.exists() and store.path.exists() and os.path.samefile(other_path, store.path):
        report.bevinding_versions = _bevinding_versions(store)
        return report
    with _open_read_only(other_path) as other:
        _check_same_audit(store.toetsing(), other.toetsing(), other_path)
        with store.merge_transaction():
            report.add("toetsing", *store.apply_merge_rows("toetsing", other.raw_rows("toetsing"), (), wins))
            for table in schema.MERGED_TABLES:
                counts = store.apply_merge_rows(table.name, other.raw_rows(table.name), table.natural_key, wins)
                report.add(table.name, *counts)
    report.bevinding_versions = _bevinding_versions(store)
    return report


def merge_files(paths: list[str | os.PathLike], out: str | os.PathLike, *, author: str = "") -> MergeReport:
    """Merge audit files into `out`: created if missing, otherwise merged into (a union never loses rows).

    Every input is checked first, so a foreign file is refused before anything is created.
    """
    from .store import AuditStore

    paths = [Path(p) for p in paths]
    out = Path(out)
    if not paths:
        raise StoreError("Geef ten minste één auditbestand om samen te voegen.")
    toetsingen = []
    for p in paths:
        with _open_read_only(p) as s:
            toetsingen.append((p, s.toetsing()))
    first_path, first = toetsingen[0]
    for p, t in toetsingen[1:]:
        _check_same_audit(first, t, p)
    if out.exists():
        # Check the target read-only first: opening it for writing already makes a backup and
        # migrates an older file, which a refused merge must not do.
        with _open_read_only(out) as existing:
            _check_same_audit(existing.toetsing(), first, first_path)
        try:
            target = AuditStore.open(out, author=author)
        except StoreError as exc:
            raise naming_file(exc, out) from None
    else:
        # The latest toetsing wins the merge anyway; starting from it keeps A+B = B+A.
        start = max((t for _, t in toetsingen), key=lambda t: (t.updated, t.id))
        target = AuditStore.create(out, start, author=author)
    report = MergeReport()
    with target:
        for p in paths:
            merge_into(target, p, report)
    return report
