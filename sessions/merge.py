"""Merging the audit files of several toetsers of one audit.

Union by row id. For the same id, each table's rule (sessions/schema.py, MergedTable) decides:
every row carries a version vector (`vv`), and of all versions of a row the ones no other version
strictly dominates survive. A version that saw the other (B edited after merging A's edit) wins;
independent edits of one note are both kept, the live one shown and the other in `conflicts`, for
the toetsers to resolve; a delete that saw the latest edit wins, an edit the deleter had not seen
keeps the note (as a conflict). Wall clocks only order the versions shown, never which survive.

The surviving set is a function of the set of all versions seen, so merging is idempotent (A+A = A),
order-free (A+B = B+A) and associative ((A+B)+C = A+(B+C)). Bevindingen are one row per author per
norm, so two toetsers' different findings for a norm both survive as versions for the consensus
discussion.

Where: the rule as pure functions is sessions/revisions.py; the store applies it to its rows, and
merges one file into an open store, in sessions/merging.py (MergeReport lives there); this module
merges files into a new one (`merge_files`) and keeps every merge name importable from one place.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from . import files
from .errors import StoreError, naming_file, os_reason
from .merging import TABLE_LABELS, MergeReport, TableCounts, _check_same_audit, _conflicted, _count_conflicts
from .merging import _open_read_only, merge_into
from .revisions import (
    NOT_SUBSTANCE,
    ROW_STAMP,
    bumped,
    canon,
    dominated,
    field_conflicts,
    field_heads,
    field_revs,
    heads_of,
    join_heads,
    join_vv,
    merge_per_field_rows,
    merge_revision_rows,
    parse_vv,
    row_from_heads,
    substantive_conflicts,
)
from .store import AuditStore

# The rule's helpers under their former names (the property tests use them).
_canon = canon
_field_heads = field_heads
_revs = field_revs
_ROW_STAMP = ROW_STAMP
_NOT_SUBSTANCE = NOT_SUBSTANCE

__all__ = [
    "TABLE_LABELS", "MergeReport", "TableCounts", "merge_into", "merge_files",
    "NOT_SUBSTANCE", "ROW_STAMP", "bumped", "canon", "dominated", "field_conflicts", "field_heads", "field_revs",
    "heads_of", "join_heads", "join_vv", "merge_per_field_rows", "merge_revision_rows", "parse_vv",
    "row_from_heads", "substantive_conflicts",
]


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
    paths = [Path(p) for p in paths]
    out = Path(out)
    if not paths:
        raise StoreError("Geef ten minste één auditbestand om samen te voegen.")
    toetsingen = []
    for p in paths:
        with _open_read_only(AuditStore, p) as s:
            toetsingen.append((p, s.toetsing()))
    first_path, first = toetsingen[0]
    for p, t in toetsingen[1:]:
        _check_same_audit(first, t, p)
    if out.exists() or out.is_symlink():
        # Check the target read-only first: a refused merge must not change or create anything.
        with _open_read_only(AuditStore, out) as existing:
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
            with _open_read_only(AuditStore, start_path) as s:
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
