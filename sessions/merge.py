"""Merging the audit files of several toetsers of one audit.

Union by row id. For the same id, each table's rule (sessions/schema.py, MergedTable) decides:
every row carries a version vector (`vv`), and of all versions of a row the ones no other version
strictly dominates survive. A version that saw the other (B edited after merging A's edit) wins;
independent edits of one note are both kept, the live one shown and the other in `conflicts`, for
the toetsers to resolve; a delete that saw the latest edit wins, an edit the deleter had not seen
keeps the note (as a conflict). Wall clocks only order the versions shown, never which survive.

The surviving set is a function of the set of all versions seen, so merging is idempotent (A+A = A),
order-free (A+B = B+A) and associative ((A+B)+C = A+(B+C)). The pure functions below are that
rule; the store applies them to its rows. Bevindingen are one row per author per norm, so two
toetsers' different findings for a norm both survive as versions for the consensus discussion.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import schema
from .errors import ForeignAudit, StoreError, naming_file, os_reason

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
    "name_reviews": "naamcontroles",
    "overrides": "dekkingsuitzonderingen",
    "exports": "verzonden rapporten",
}


# ---------------------------------------------------------------- the rule, as pure functions

# Columns that say who/when, not what: two versions differing only here are no conflict to show.
_NOT_SUBSTANCE = frozenset({"vv", "updated", "author", "created", "version"})


def parse_vv(value: Any) -> dict[str, int]:
    if isinstance(value, dict):
        vv = value
    else:
        try:
            vv = json.loads(value or "{}")
        except (TypeError, ValueError):
            vv = {}
    return {str(k): int(v) for k, v in vv.items() if isinstance(v, int) and v > 0} if isinstance(vv, dict) else {}


def dominated(x: dict[str, int], y: dict[str, int]) -> bool:
    """x < y: every edit x knows, y knows too, and y knows more."""
    return x != y and all(n <= y.get(r, 0) for r, n in x.items())


def join_vv(*vvs: dict[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for vv in vvs:
        for r, n in vv.items():
            if n > out.get(r, 0):
                out[r] = n
    return out


def bumped(vv: dict[str, int], replica: str) -> dict[str, int]:
    return {**vv, replica: vv.get(replica, 0) + 1}


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _live(head: dict[str, Any]) -> bool:
    return not head.get("deleted") and head.get("active", 1) not in (0, False)


def _head_order(head: dict[str, Any]) -> tuple[bool, str, str]:
    return (_live(head), str(head.get("updated", "")), _canon(head))


def join_heads(*head_sets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The versions of one row that survive: those no other strictly dominates, shown one first.

    First: live before deleted (an edit the deleter had not seen keeps the note), then the later
    stamp, then content, so the result depends only on the set of versions.
    """
    unique = {_canon(h): h for heads in head_sets for h in heads}
    vvs = {k: parse_vv(h.get("vv")) for k, h in unique.items()}
    heads = [
        {**h, "vv": vvs[k]}
        for k, h in unique.items()
        if not any(dominated(vvs[k], vvs[o]) for o in unique if o != k)
    ]
    return sorted(heads, key=_head_order, reverse=True)


def heads_of(row: dict[str, Any]) -> list[dict[str, Any]]:
    """All standing versions of a stored row: itself and its conflicts."""
    primary = {k: v for k, v in row.items() if k not in ("id", "conflicts")}
    primary["vv"] = parse_vv(row.get("vv"))
    others = row.get("conflicts") or "[]"
    try:
        others = json.loads(others) if isinstance(others, str) else list(others)
    except ValueError:
        others = []
    return [primary, *[{**o, "vv": parse_vv(o.get("vv"))} for o in others if isinstance(o, dict)]]


def row_from_heads(row_id: str, heads: list[dict[str, Any]], columns: dict[str, Any]) -> dict[str, Any]:
    """The stored form: the first version as the row, the others in `conflicts`. `columns`: name ->
    default, so a version kept from before a column existed still fills every column."""
    primary, *others = heads
    row = {"id": row_id}
    for name, default in columns.items():
        if name in ("id", "conflicts"):
            continue
        value = primary.get(name, default)
        row[name] = _canon(value) if name == "vv" else value
    filled = [{**{c: d for c, d in columns.items() if c not in ("id", "conflicts", "vv")}, **o} for o in others]
    row["conflicts"] = _canon(filled) if filled else "[]"
    return row


def merge_revision_rows(a: dict[str, Any], b: dict[str, Any], columns: dict[str, Any]) -> dict[str, Any]:
    """One row from two copies of it (the "revision" and "set" rules)."""
    return row_from_heads(min(a["id"], b["id"]), join_heads(heads_of(a), heads_of(b)), columns)


def substantive_conflicts(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The other versions of a row that differ in what they say, not only in who/when."""
    primary, *others = heads_of(row)
    shown = {k: v for k, v in primary.items() if k not in _NOT_SUBSTANCE}
    return [o for o in others if {k: v for k, v in o.items() if k not in _NOT_SUBSTANCE} != shown]


_ROW_STAMP = ("id", "created", "updated", "author", "field_revs")


def _field_heads(row: dict[str, Any], revs: dict[str, Any], name: str) -> list[dict[str, Any]]:
    rev = revs.get(name) or {}
    own = {"value": row.get(name), "vv": parse_vv(rev.get("vv")), "updated": rev.get("updated", "")}
    return [own, *[{**o, "vv": parse_vv(o.get("vv"))} for o in rev.get("others", []) if isinstance(o, dict)]]


def _revs(row: dict[str, Any]) -> dict[str, Any]:
    try:
        revs = json.loads(row.get("field_revs") or "{}")
    except (TypeError, ValueError):
        revs = {}
    return revs if isinstance(revs, dict) else {}


def merge_per_field_rows(a: dict[str, Any], b: dict[str, Any], columns: dict[str, Any]) -> dict[str, Any]:
    """One toetsing from two copies, field by field (the "per_field" rule)."""
    revs_a, revs_b = _revs(a), _revs(b)
    row: dict[str, Any] = {}
    revs: dict[str, Any] = {}
    for name, default in columns.items():
        if name in _ROW_STAMP:
            continue
        a_, b_ = {**a}, {**b}
        a_.setdefault(name, default)
        b_.setdefault(name, default)
        heads = join_heads(_field_heads(a_, revs_a, name), _field_heads(b_, revs_b, name))
        first, *others = heads
        row[name] = first["value"]
        if first["vv"] or others:
            revs[name] = {"vv": first["vv"], "updated": first.get("updated", ""), "others": others}
    later = max((a, b), key=lambda r: (str(r.get("updated", "")), str(r.get("author", ""))))
    row["id"] = min(a["id"], b["id"])
    row["created"] = min(str(a.get("created", "")), str(b.get("created", "")))
    row["updated"] = later.get("updated", "")
    row["author"] = later.get("author", "")
    row["field_revs"] = _canon(revs)
    return row


def field_conflicts(row: dict[str, Any]) -> dict[str, list[Any]]:
    """Per field of the toetsing, the other values still standing (independent edits)."""
    out = {}
    for name, rev in _revs(row).items():
        values = [o.get("value") for o in rev.get("others", []) if o.get("value") != row.get(name)]
        if values:
            out[name] = values
    return out


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


def _conflicted(store: AuditStore) -> dict[str, set[str]]:
    return {t.name: store.conflicted_ids(t.name) for t in schema.MERGED_TABLES}


def _count_conflicts(report: MergeReport, before: dict[str, set[str]], after: dict[str, set[str]]) -> None:
    """Rows holding independent versions after the merge that did not before (a conflict that a
    later input of the same merge settled is not one)."""
    for table, ids in after.items():
        report.counts.setdefault(table, TableCounts()).conflicts = len(ids - before.get(table, set()))


def merge_into(
    store: AuditStore, other_path: Path, report: MergeReport | None = None, *, count_conflicts: bool = True
) -> MergeReport:
    """Merge the file at `other_path` into the open `store` (one transaction: all of it or nothing)."""
    report = report or MergeReport()
    report.sources.append(other_path)
    if other_path.exists() and store.path.exists() and os.path.samefile(other_path, store.path):
        report.bevinding_versions = _bevinding_versions(store)
        return report
    with _open_read_only(other_path) as other:
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


def _temp_prefix(out: Path) -> str:
    return f".{out.name}.samenvoegen-"


def _clean_orphans(out: Path) -> None:
    """Temporary results of a killed merge (we hold OUT's lock, so no live merge owns them)."""
    prefix = _temp_prefix(out)
    for p in out.parent.iterdir():
        if p.name.startswith(prefix):
            p.unlink(missing_ok=True)


def merge_files(paths: list[str | os.PathLike], out: str | os.PathLike, *, author: str = "") -> MergeReport:
    """Merge audit files into `out`: created if missing, otherwise merged into (a union never loses rows).

    All or nothing: every input is checked first (a foreign or damaged file is refused before anything
    is created); the result is built in a temporary file beside OUT, every input merged in one
    transaction, fsynced and renamed into place. A merge killed at any moment leaves OUT as it was
    (absent, or the previous file). OUT open for writing elsewhere is refused (its lock is held
    for the whole merge).
    """
    import sqlite3

    from . import files
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
    if out.exists() or out.is_symlink():
        # Check the target read-only first: a refused merge must not change or create anything.
        with _open_read_only(out) as existing:
            _check_same_audit(existing.toetsing(), first, first_path)
        out = files.real_path(out)
    try:
        files.make_private_dirs(out.parent)
        lock = files.FileLock.acquire(out, create=True)
    except StoreError as exc:
        raise naming_file(exc, out) from None
    tmp = out.parent / f"{_temp_prefix(out)}{os.getpid()}-{os.urandom(4).hex()}.audit"
    try:
        _clean_orphans(out)
        if out.exists():
            files.refuse_hard_links(out)
            target = AuditStore._open_scratch_copy(out, tmp, author=author)
        else:
            # Start from the latest toetsing, as stored (its field revisions too): then it merges per
            # field like any other copy's, and A+B = B+A.
            start_path, start = max(toetsingen, key=lambda pt: (pt[1].updated, pt[1].id))
            target = AuditStore.create(tmp, start, author=author)
            with _open_read_only(start_path) as s:
                target.replace_toetsing_row(s.raw_rows("toetsing")[0])
        report = MergeReport()
        with target:
            try:
                with target.merge_transaction():
                    before = _conflicted(target)
                    for p in paths:
                        merge_into(target, p, report, count_conflicts=False)
                    _count_conflicts(report, before, _conflicted(target))
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"Samenvoegen is mislukt en er is niets gewijzigd ({exc}).") from exc
            target._checkpoint()
        files.fsync_file(tmp)
        if out.exists():
            files.write_backup_of_file(out)
        os.replace(tmp, out)
        files.fsync_dir(out.parent)
    except OSError as exc:
        raise StoreError(f"Samenvoegen is mislukt en er is niets gewijzigd: {os_reason(exc)} ({out}).") from exc
    finally:
        for p in (tmp, *files.sidecars(tmp), files.FileLock.lock_path(tmp)):
            p.unlink(missing_ok=True)
        lock.release()
    return report
