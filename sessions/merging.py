"""The store's side of a merge: its rows merged by each table's rule (sessions/revisions.py) in one
transaction, and the merge of one other file into an open store (`AuditStore.merge_from`).

The merge of several files into a new one, built beside it and renamed into place, is
sessions/merge.py, which uses these. Nothing here imports the store's class: a file to merge from is
opened with the class of the store it merges into.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from questionbank.ids import norm_sort_key

from . import revisions, schema
from .core import StoreCore
from .errors import ForeignAudit, StoreError, naming_file
from .models import AuditData
from .rows import to_row

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
    "name_reviews": "naamcontroles",
    "overrides": "dekkingsuitzonderingen",
    "exports": "verzonden rapporten",
}


@dataclass
class TableCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0  # rows now holding independent versions side by side


@dataclass
class MergeReport:
    """What a merge did, per table, and which norms now have findings from more than one toetser."""

    sources: list[Path] = field(default_factory=list)
    counts: dict[str, TableCounts] = field(default_factory=dict)
    bevinding_versions: dict[str, int] = field(default_factory=dict)  # norm id -> number of authors' versions

    def add(self, table: str, added: int, updated: int, unchanged: int, conflicts: int = 0) -> None:
        c = self.counts.setdefault(table, TableCounts())
        c.added += added
        c.updated += updated
        c.unchanged += unchanged
        c.conflicts += conflicts

    @property
    def changed(self) -> bool:
        return any(c.added or c.updated for c in self.counts.values())

    @property
    def conflicts(self) -> int:
        return sum(c.conflicts for c in self.counts.values())

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
                if c.conflicts:
                    parts.append(
                        f"{c.conflicts} {'conflict' if c.conflicts == 1 else 'conflicten'} "
                        "(los van elkaar gewijzigd: beide versies bewaard, kies in de app)"
                    )
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


def _bevinding_versions(store: MergeTables) -> dict[str, int]:
    """Norms whose bevindingen differ between authors: they need the consensus discussion."""
    per_norm: dict[str, set[tuple[str, str]]] = defaultdict(set)
    authors: dict[str, set[str]] = defaultdict(set)
    for b in store.bevindingen():
        per_norm[b.norm_id].add((b.text, b.oordeel))
        authors[b.norm_id].add(b.author)
    return {
        n: len(authors[n]) for n in sorted(per_norm, key=norm_sort_key) if len(authors[n]) > 1 and len(per_norm[n]) > 1
    }


def _open_read_only(cls: type, path: Path) -> MergeTables:
    """One of the merge's files, read-only; a refusal names the file, since there are several.
    `cls`: the store's class (AuditStore), so this module needs no import of sessions/store.py."""
    try:
        return cls.open(path, read_only=True)
    except StoreError as exc:
        raise naming_file(exc, path) from None


def _conflicted(store: MergeTables) -> dict[str, set[str]]:
    return {t.name: store.conflicted_ids(t.name) for t in schema.MERGED_TABLES}


def _count_conflicts(report: MergeReport, before: dict[str, set[str]], after: dict[str, set[str]]) -> None:
    """Rows holding independent versions after the merge that did not before (a conflict that a
    later input of the same merge settled is not one)."""
    for table, ids in after.items():
        report.counts.setdefault(table, TableCounts()).conflicts = len(ids - before.get(table, set()))


def merge_into(
    store: MergeTables, other_path: Path, report: MergeReport | None = None, *, count_conflicts: bool = True
) -> MergeReport:
    """Merge the file at `other_path` into the open `store` (one transaction: all of it or nothing)."""
    report = report or MergeReport()
    report.sources.append(other_path)
    if other_path.exists() and store.path.exists() and os.path.samefile(other_path, store.path):
        report.bevinding_versions = _bevinding_versions(store)
        return report
    with _open_read_only(type(store), other_path) as other:
        _check_same_audit(store.toetsing(), other.toetsing(), other_path)
        with store.merge_transaction():
            before = _conflicted(store) if count_conflicts else {}
            for table in schema.MERGED_TABLES:
                counts = store.apply_merge_rows(table.name, other.raw_rows(table.name), table.natural_key, rule=table.rule)
                report.add(table.name, *counts[:3])
            if count_conflicts:
                _count_conflicts(report, before, _conflicted(store))
    report.bevinding_versions = _bevinding_versions(store)
    return report


class MergeTables(StoreCore):
    """Merge primitives of the store: rows as stored, merged in by the tables' rules."""

    def merge_from(self, other_path: str | os.PathLike) -> MergeReport:
        """Union another toetser's file of the same audit into this one (see sessions/merge.py)."""
        return merge_into(self, Path(other_path))

    def raw_rows(self, table: str) -> list[dict[str, Any]]:
        """Every row of a merged table as stored, tombstones included (merge input)."""
        if table not in {t.name for t in schema.MERGED_TABLES}:
            raise ValueError(table)
        return self._query(f'SELECT * FROM "{table}" ORDER BY id')

    def _column_defaults(self, table: str) -> dict[str, Any]:
        """Column -> default value (None when there is none), in table order."""
        out: dict[str, Any] = {}
        for col in self._query(f'PRAGMA table_info("{table}")'):
            default = col["dflt_value"]
            if isinstance(default, str) and default.startswith("'") and default.endswith("'"):
                default = default[1:-1].replace("''", "'")
            elif isinstance(default, str):
                try:
                    default = float(default) if "." in default else int(default)
                except ValueError:
                    pass
            out[col["name"]] = default
        return out

    def apply_merge_rows(
        self, table: str, rows: list[dict[str, Any]], natural_key: tuple[str, ...] = (), wins: Any = None,
        *, rule: str | None = None,
    ) -> tuple[int, int, int, int]:
        """Merge `rows` into `table` by the table's rule; returns (added, updated, unchanged, conflicts).

        A row with another id for the same natural key (another tag row for the same aantekening×norm)
        is the same row: the two merge and the smaller id stays. Call inside `merge_transaction()`.
        `wins` is accepted for old callers and ignored: the rule decides (sessions/merge.py).
        """
        rule = rule or schema.rule_of(table)
        columns = self._column_defaults(table)
        combine = revisions.merge_per_field_rows if rule == "per_field" else revisions.merge_revision_rows

        def conflicted(r: dict[str, Any]) -> bool:
            if rule == "per_field":
                if '"value"' not in str(r.get("field_revs", "")):
                    return False  # no field holds another value
                return bool(revisions.field_conflicts(r))
            if rule == "set" or r.get("conflicts", "[]") in ("[]", "", None):
                return False
            return bool(revisions.substantive_conflicts(r))

        added = updated = unchanged = conflicts = 0
        by_id = {r["id"]: r for r in self._query(f'SELECT * FROM "{table}"')}
        by_key = {tuple(r[c] for c in natural_key): r for r in by_id.values()} if natural_key else {}
        for incoming in rows:
            row = {c: incoming.get(c, d) for c, d in columns.items()}
            row["id"] = incoming["id"]
            existing = by_id.get(row["id"])
            if existing is None and natural_key:
                existing = by_key.get(tuple(row[c] for c in natural_key))
            if existing is None:
                self._insert(table, row)
                added += 1
                conflicts += conflicted(row)
                new = row
            elif row == existing:
                unchanged += 1
                continue
            else:
                new = combine(existing, row, columns)
                if new == existing:
                    unchanged += 1
                    continue
                if new["id"] != existing["id"]:
                    self._db.execute(f'DELETE FROM "{table}" WHERE id = ?', [existing["id"]])
                    del by_id[existing["id"]]
                    self._insert(table, new)
                else:
                    self._update_raw(table, new["id"], {k: v for k, v in new.items() if k != "id"})
                updated += 1
                conflicts += conflicted(new) and not conflicted(existing)
            by_id[new["id"]] = new
            if natural_key:
                by_key[tuple(new[c] for c in natural_key)] = new
        return added, updated, unchanged, conflicts

    def conflicted_ids(self, table: str) -> set[str]:
        """Ids of rows holding independent versions that differ in what they say (merge summary)."""
        rule = schema.rule_of(table)
        if rule == "per_field":
            return {r["id"] for r in self._query(f'SELECT * FROM "{table}"') if revisions.field_conflicts(r)}
        if rule != "revision":
            return set()
        rows = self._query(f'SELECT * FROM "{table}" WHERE conflicts != \'[]\'')
        return {r["id"] for r in rows if revisions.substantive_conflicts(r)}

    def replace_toetsing_row(self, row: dict[str, Any]) -> None:
        """The toetsing exactly as another file stores it (a new merge result starts from it)."""
        columns = self._column_defaults("toetsing")
        with self._write():
            self._db.execute("DELETE FROM toetsing")
            self._insert("toetsing", {c: row.get(c, d) for c, d in columns.items()})

    @contextmanager
    def merge_transaction(self) -> Iterator[None]:
        """All of one merge in one transaction: a crash mid-merge leaves the file as it was."""
        with self._write():
            yield

    def import_data(self, data: AuditData) -> None:
        """Merge rows given as data (ids, timestamps and authors kept) in one transaction.

        For audits built from data rather than typed, such as the shipped demo: fixed ids and times
        make two builds identical. Same rules as a merge; `data.toetsing` is left to create().
        """
        rows = {
            "toetsers": data.toetsers, "bronnen": data.bronnen, "aantekeningen": data.aantekeningen,
            "tags": data.tags, "nvt": data.nvt, "bevindingen": data.bevindingen,
            "custom_questions": data.custom_questions, "asked_questions": data.asked,
            "preparation": data.preparation, "documents": data.documents, "passages": data.passages,
            "overrides": data.overrides, "exports": data.exports, "name_reviews": data.name_reviews,
        }
        with self.merge_transaction():
            for table in schema.MERGED_TABLES:
                if table.name in rows:
                    self.apply_merge_rows(table.name, [to_row(r) for r in rows[table.name]], table.natural_key)
