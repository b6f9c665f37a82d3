"""The store's plumbing that every table section uses: the one connection, the writer's lock and
transactions, timestamps, and rows in and out (with the revision stamp of every edit).

`StoreCore` is the base of the table sections in sessions/tables/ and of AuditStore (sessions/store.py),
which composes them. All access goes through one connection under an RLock; a write is one
BEGIN IMMEDIATE .. COMMIT. A read in a thread worker can use a reader instead (AuditStore.reader()):
its own read-only connection, so a long read never holds this lock.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from . import files, revisions, schema, validate
from .errors import ReadOnly, StoreError, UnknownRow
from .rows import TABLE_OF, TS_FORMAT, from_row, parse_ts, to_row


class StoreCore:
    """One open connection to an audit file; thread-safe through one RLock."""

    # True on a reader (AuditStore.reader()): its connection is its own, opened read-only (mode=ro).
    _own_reader = False

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        read_only: bool,
        author: str = "",
        lock: files.FileLock | None = None,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.author = author
        self._conn = conn
        self._db = sqlite_utils.Database(conn, execute_plugins=False)
        self._lock = threading.RLock()
        self._file_lock = lock
        self._last_ts: datetime | None = None
        self._closed = False
        # This session's name in version vectors: unique per open, so two laptops (or two sessions
        # of one) editing the same row are told apart.
        self._replica = uuid.uuid4().hex[:12]

    # ------------------------------------------------------------ lifecycle

    def _configure(self) -> None:
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA busy_timeout=5000")

    def _checkpoint(self) -> None:
        """Move the WAL into the main file, so a schema change is visible without replaying the WAL."""
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            try:
                self._conn.close()
            finally:
                if self._file_lock is not None:
                    self._file_lock.release()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_author(self, toetser_id: str) -> None:
        self.author = toetser_id

    @property
    def schema_version(self) -> int:
        return schema.user_version(self._db)

    # ------------------------------------------------------------ backups

    def _backup_dir(self) -> Path:
        return files.backup_dir(self.path)

    def backups(self) -> list[Path]:
        """This audit's complete backups, oldest first."""
        return files.backups(self.path)

    def _backup_rotating(self) -> None:
        """Copy the file into .backups/ (temp name, then rename), keep the last BACKUPS_KEPT; skip if unchanged."""
        files.clean_backup_leftovers(self.path)
        if not files.backup_needed(self.path):
            return  # nothing written since the newest backup
        files.write_backup(self._conn, self.path)
        files.rotate_backups(self.path)

    # ------------------------------------------------------------ transactions and reads

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction (BEGIN IMMEDIATE .. COMMIT); nested calls join the outer one."""
        if self.read_only:
            raise ReadOnly("Deze audit is alleen-lezen geopend; wijzigingen worden niet opgeslagen.")
        with self._lock:
            self._check_open()
            if self._conn.in_transaction:
                yield
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one state of the file. On the writer that is its lock (no write can come
        between); on a reader (its own connection) a read transaction, which holds no lock a write needs."""
        with self._lock:
            self._check_open()
            if not self._own_reader or self._conn.in_transaction:
                yield
                return
            self._conn.execute("BEGIN")
            try:
                yield
            finally:
                if self._conn.in_transaction:
                    self._conn.execute("COMMIT")

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("Deze audit is al gesloten.")

    def _now(self, after: str = "") -> str:
        """Strictly increasing UTC timestamp, and later than `after` (a row's current stamp, maybe from a skewed clock)."""
        with self._lock:
            t = datetime.now(timezone.utc)
            floor = self._last_ts
            prior = parse_ts(after) if after else None
            if prior is not None and (floor is None or prior > floor):
                floor = prior
            if floor is not None and t <= floor:
                t = floor + timedelta(microseconds=1)
            self._last_ts = t
            return t.strftime(TS_FORMAT)

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            self._check_open()
            return list(self._db.query(sql, list(params)))

    # ------------------------------------------------------------ rows in and out

    def _insert(self, table: str, row: dict[str, Any]) -> None:
        cols = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        self._db.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', list(row.values()))

    def _update(self, table: str, row_id: str, changes: dict[str, Any], *, touched: Iterable[str] = ()) -> None:
        """An edit through the store: stamps the revision (schema _step_5) that says what it saw.

        A row edit saw every standing version of the row: its vv is their join plus one for this
        session, and the conflicts are settled. For the toetsing per field: fields whose value changes,
        or that are named in `touched`, get the same treatment.
        """
        rule = schema.rule_of(table)
        if rule in ("revision", "set"):
            rows = self._query(f'SELECT * FROM "{table}" WHERE id = ?', [row_id])
            if rows:
                seen = revisions.join_vv(*(h["vv"] for h in revisions.heads_of(rows[0])))
                vv = revisions.bumped(seen, self._replica)
                changes = {**changes, "vv": json.dumps(vv, sort_keys=True), "conflicts": "[]"}
        elif rule == "per_field":
            rows = self._query(f'SELECT * FROM "{table}" WHERE id = ?', [row_id])
            if rows:
                current = rows[0]
                revs = revisions.field_revs(current)
                touched = set(touched)
                stamp = changes.get("updated") or self._now()
                for name, value in changes.items():
                    if name in revisions.ROW_STAMP or (value == current.get(name) and name not in touched):
                        continue
                    heads = revisions.field_heads(current, revs, name)
                    seen = revisions.join_vv(*(h["vv"] for h in heads))
                    revs[name] = {"vv": revisions.bumped(seen, self._replica), "updated": stamp, "others": []}
                changes = {**changes, "field_revs": json.dumps(revs, sort_keys=True, ensure_ascii=False)}
        self._update_raw(table, row_id, changes)

    def _update_raw(self, table: str, row_id: str, changes: dict[str, Any]) -> None:
        sets = ", ".join(f'"{c}" = ?' for c in changes)
        self._db.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?', [*changes.values(), row_id])

    def _add(self, obj: Any, *, author: str | None = None) -> Any:
        """Insert a new dataclass row, stamping id/created/updated/author (the store's unless given)."""
        now = self._now()
        author = self.author if author is None else author
        obj = replace(obj, id=obj.id or str(uuid.uuid4()), created=now, updated=now, author=author)
        table = TABLE_OF[type(obj)]
        row = to_row(obj)
        if schema.rule_of(table) in ("revision", "set"):
            row["vv"] = json.dumps({self._replica: 1})
        with self._write():
            self._insert(table, row)
        return obj

    def _save(self, old: Any, *, author: str | None = None, _touched: Iterable[str] = (), **changes: Any) -> Any:
        """Update an existing dataclass row with `changes`, stamping updated/author (the store's unless given)."""
        new = replace(old, **changes)
        new = replace(new, updated=self._now(after=old.updated), author=self.author if author is None else author)
        if hasattr(new, "conflicts"):
            new = replace(new, conflicts=[])  # the editor saw them: settled
        row = to_row(new)
        del row["id"], row["created"]
        with self._write():
            self._update(TABLE_OF[type(old)], old.id, row, touched=_touched)
        return new

    def _get(self, cls: type, row_id: str, what: str, *, live: bool = True) -> Any:
        validate.row_id(row_id, what)
        table = TABLE_OF[cls]
        where = "id = ?" + (" AND deleted = 0" if live and table in ("aantekeningen", "asked_questions") else "")
        rows = self._query(f'SELECT * FROM "{table}" WHERE {where}', [row_id])
        if not rows:
            raise UnknownRow(f"Onbekende {what} in deze audit: {row_id}.")
        return from_row(cls, rows[0])

    def _list(self, cls: type, where: str = "", params: Iterable[Any] = ()) -> list[Any]:
        sql = f'SELECT * FROM "{TABLE_OF[cls]}"' + (f" WHERE {where}" if where else "") + " ORDER BY created, id"
        return [from_row(cls, r) for r in self._query(sql, params)]
