"""The audit store: one SQLite file per audit, the only place with SQL.

CONTRACT (other modules code against these signatures; keep them stable):

    AuditStore.create(path, toetsing, toetsers=(), *, author="") -> AuditStore
    AuditStore.open(path, *, read_only=False, author="") -> AuditStore   # raises StoreError (Dutch message)
    store.close(); context manager (with AuditStore.open(p) as s: ...)
    store.path: Path; store.read_only: bool
    store.author: str                      # toetser id stamped on rows written through this store
    store.set_author(toetser_id)

    store.toetsing() -> Toetsing;  store.update_toetsing(**fields) -> Toetsing
    store.add_toetser(name, role, organisation="") -> Toetser;  store.toetsers() -> list[Toetser]
    store.start_interview(functie, functie_category, *, persons=1, werksoort="", toetser_id="", title="") -> Bron
    store.end_interview(bron_id) -> None
    store.add_document(title, document_kind="", *, toetser_id="") -> Bron
    store.add_observation(title, *, toetser_id="") -> Bron
    store.bronnen(kind=None) -> list[Bron];  store.bron(bron_id) -> Bron
    store.capture(bron_id, text, kind="citaat", *, tags=()) -> Aantekening
        # commits (synchronous=FULL) before returning; tags: iterable of (norm_id, score, state, origin)
        # validates: text stripped non-empty, <= MAX_AANTEKENING_CHARS, kind known, norm ids known
    store.update_aantekening(aantekening_id, *, text=None, kind=None) -> Aantekening
    store.delete_aantekening(aantekening_id) -> None
    store.aantekeningen(bron_id=None) -> list[Aantekening]   # oldest first
    store.set_tag(aantekening_id, norm_id, state="confirmed", *, origin="manual", score=0.0) -> Tag
        # one tag row per (aantekening, norm): updates it if present
    store.tags(aantekening_id=None, norm_id=None, state=None) -> list[Tag]
    store.mark_nvt(norm_id, reason) -> NvtMarking;  store.unmark_nvt(norm_id) -> None
    store.nvt() -> list[NvtMarking]   # active only
    store.save_bevinding(norm_id, *, text=None, oordeel=None, status=None, sterke_punten=None,
                         verbeterpunten=None, edited=None, author=None) -> Bevinding
        # updates this author's version for the norm, or creates it; author=TEAM_AUTHOR writes the
        # team's settled version instead (every toetser's own version stays, for the record and kappa)
    store.bevindingen(norm_id=None) -> list[Bevinding]   # all versions (all authors)
    store.add_custom_question(norm_id, text, functie_category="") -> CustomQuestion
    store.custom_questions() -> list[CustomQuestion]
    store.mark_asked(bron_id, norm_id, question_key) -> AskedQuestion;  store.unmark_asked(bron_id, question_key)
    store.asked(bron_id=None) -> list[AskedQuestion]
    store.set_preparation(norm_id, text) -> PreparationNote;  store.preparation() -> list[PreparationNote]
    store.save_draft(slot, text) -> None        # cheap; called at most ~once a second while typing
    store.draft(slot) -> Draft | None;  store.drafts() -> list[Draft];  store.clear_draft(slot)
    store.load_all() -> AuditData               # everything, for domain services
    store.merge_from(other_path) -> MergeReport  # union by UUID (see sessions/merge.py)

ADDED (beyond the contract):
    store.evidence_counts() -> dict[norm_id, dict[bron kind, int]]   # distinct bronnen with a confirmed tag
    store.schema_version: int;  store.backups() -> list[Path]  (newest last)
    NORM_IDS, MAX_AANTEKENING_CHARS, TEAM_AUTHOR, normalise_norm_id(norm_id)
    store.import_data(audit_data) -> None   # rows as given (ids, times kept): the demo audit

Behaviour worth knowing:
- Rows are never deleted: delete_aantekening / unmark_asked / unmark_nvt leave a tombstone, so that
  a merge with an older copy does not bring the row back.
- Tags, n.v.t. markings and asked questions have ids derived from their natural key (uuid5), so two
  toetsers tagging the same aantekening to the same norm produce the same row.
- Every edit stamps a revision (version vector, schema step 5): a merge keeps independent edits of
  one row side by side as a conflict (Aantekening.conflicts / conflict_versions); an edit settles it.
  The toetsing carries one per field. Rules per table: sessions/schema.py, MergedTable.
- Input is validated in sessions/validate.py: every refusal a Dutch ValidationError.
- read_only=True opens a snapshot in memory: nothing is written, no lock is taken, no file is created.
- A write open locks `<real file>.lock` (symlinks resolved; a file with several hard links is
  refused), runs the full integrity_check, and makes a backup in `.backups/` beside the file (last 3
  kept, written under a temporary name and renamed). File handling: sessions/files.py.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from . import files, schema, validate
from .errors import (
    Corrupt,
    Locked,
    MissingFile,
    NewerVersion,
    NotAnAudit,
    ReadOnly,
    StoreError,
    UnknownRow,
    ValidationError,
)
from .models import (
    AANTEKENING_KINDS,
    AANTEKENING_LABELS,
    BEVINDING_STATUSES,
    BRON_KINDS,
    OORDELEN,
    TAG_ORIGINS,
    TAG_STATES,
    TOETSER_ROLES,
    VARIANTS,
    MEDEZEGGENSCHAP,
    CLIENTENRAAD,
    Aantekening,
    AskedQuestion,
    AuditData,
    Bevinding,
    Bron,
    EXPORT_KINDS,
    CustomQuestion,
    Document,
    Draft,
    PASSAGE_KIND,
    ZELFEVALUATIE_AUTHOR,
    NameReview,
    NvtMarking,
    Passage,
    ExportRecord,
    NvtMarking,
    Override,
    PreparationNote,
    review_verdicts,
    Tag,
    Toetser,
    Toetsing,
)

if TYPE_CHECKING:
    from .merge import MergeReport

MAX_AANTEKENING_CHARS = 10_000
MAX_TEXT_CHARS = validate.MAX_TEXT_CHARS
MAX_DOCUMENT_CHARS = 5_000_000  # an imported document's whole text (a 500-page report is ~1.5 M)
NORM_IDS = validate.NORM_IDS
BACKUPS_KEPT = files.BACKUPS_KEPT
BACKUP_DIR = files.BACKUP_DIR
# The file's lock, checks and backups live in sessions/files.py; these names are kept for callers.
_FileLock = files.FileLock
_sidecars = files.sidecars
_connect = files.connect
_probe = files.probe
_probe_mode = files.probe_mode
_make_private_dirs = files.make_private_dirs
_corrupt_message = files.corrupt_message

# Author of the version a team settles on in the consensus discussion: not a toetser, so no toetser's
# own version is overwritten by settling.
TEAM_AUTHOR = "team"
# Stable namespace for ids derived from a natural key (tags, n.v.t., asked questions).
_ID_NAMESPACE = uuid.UUID("6f1c2a4e-8d0b-4b8e-9a51-3c7d2e9f0a17")

# Fields of the toetsing that hold one ISO date ("" = not filled in).
TOETSING_DATE_FIELDS = ("previous_certificate_expiry", "plannen_van_aanpak_rond", "verslag_datum", "verbeterplan_datum")

_TABLE_OF = {
    Toetsing: "toetsing",
    Toetser: "toetsers",
    Bron: "bronnen",
    Aantekening: "aantekeningen",
    Tag: "tags",
    NvtMarking: "nvt",
    Bevinding: "bevindingen",
    CustomQuestion: "custom_questions",
    AskedQuestion: "asked_questions",
    PreparationNote: "preparation",
    Document: "documents",
    Passage: "passages",
    NameReview: "name_reviews",
    Override: "overrides",
    ExportRecord: "exports",
}


# ---------------------------------------------------------------- validation helpers


_nl_number = validate.nl_number
normalise_norm_id = validate.normalise_norm_id
_clean = validate.clean_text
_choice = validate.choice


# ---------------------------------------------------------------- rows <-> dataclasses


@lru_cache(maxsize=None)
def _field_kinds(cls: type) -> tuple[tuple[str, str], ...]:
    """(name, 'json'|'bool'|'int'|'float'|'str') per field; annotations are strings (PEP 563)."""
    out = []
    for f in fields(cls):
        t = str(f.type)
        kind = "json" if t.startswith("list") else t if t in ("bool", "int", "float") else "str"
        out.append((f.name, kind))
    return tuple(out)


def _to_row(obj: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, kind in _field_kinds(type(obj)):
        value = getattr(obj, name)
        if kind == "json":
            value = json.dumps(list(value), ensure_ascii=False)
        elif kind == "bool":
            value = int(bool(value))
        row[name] = value
    return row


def _from_row(cls: type, row: dict[str, Any]) -> Any:
    kwargs: dict[str, Any] = {}
    for name, kind in _field_kinds(cls):
        if name not in row:
            continue
        value = row[name]
        if kind == "json":
            value = json.loads(value or "[]")
        elif kind == "bool":
            value = bool(value)
        elif kind == "int":
            value = int(value)
        elif kind == "float":
            value = float(value)
        elif value is None:
            value = ""
        kwargs[name] = value
    return cls(**kwargs)


def _derived_id(*parts: str) -> str:
    return str(uuid.uuid5(_ID_NAMESPACE, "\x1f".join(parts)))


_TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def _parse_ts(value: str) -> datetime | None:
    try:
        return datetime.strptime(value, _TS_FORMAT).replace(tzinfo=timezone.utc)
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------- the store


class AuditStore:
    """One open audit file. Thread-safe: all access goes through one connection under an RLock."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        read_only: bool,
        author: str = "",
        lock: _FileLock | None = None,
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

    @classmethod
    def create(
        cls, path: str | os.PathLike, toetsing: Toetsing, toetsers: Iterable[Toetser] = (), *, author: str = ""
    ) -> AuditStore:
        """Create a new audit file (0600, missing folders 0700). Refuses to overwrite anything."""
        path = Path(path)
        if path.exists() or path.is_symlink():
            raise StoreError(f"Er staat al een bestand op deze plek: {path}. Kies een andere naam.")
        try:
            _make_private_dirs(path.parent)
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError as exc:
            raise StoreError(f"Er staat al een bestand op deze plek: {path}. Kies een andere naam.") from exc
        except OSError as exc:
            raise StoreError(f"Het auditbestand kan niet worden aangemaakt: {exc.strerror} ({path}).") from exc
        os.close(fd)
        os.chmod(path, 0o600)  # whatever the umask: interview notes are confidential
        lock = None
        conn = None
        try:
            lock = _FileLock.acquire(path, create=True)
            conn = _connect(path, "rw")
            conn.execute("PRAGMA journal_mode=WAL")
            store = cls(path, conn, read_only=False, author=author, lock=lock)
            store._configure()
            schema.migrate(store._db)
            store._insert_initial(toetsing, toetsers)
            store._checkpoint()
            return store
        except BaseException:
            if conn is not None:
                conn.close()
            for p in (path, *_sidecars(path)):
                p.unlink(missing_ok=True)
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def open(cls, path: str | os.PathLike, *, read_only: bool = False, author: str = "") -> AuditStore:
        """Open an audit. Bad files raise a StoreError subclass and are left exactly as they were.

        The lock and the WAL follow the resolved file (a symlink finds the same lock); a file with
        several hard links is refused for writing. The lock is held until close().
        """
        path = Path(path)
        if not path.exists():
            raise MissingFile(f"Het auditbestand bestaat niet: {path}.")
        if not path.is_file():
            raise MissingFile(f"Dit is geen bestand maar een map: {path}.")
        if not os.access(path, os.R_OK):
            raise StoreError(f"Je hebt geen leesrechten op dit auditbestand: {path}.")
        if read_only:
            return cls._open_snapshot(path, author)
        real = files.real_path(path)
        lock = _FileLock.acquire(real, create=False)  # a live lock refuses before we read anything
        backup_tmp: Path | None = None
        try:
            files.refuse_hard_links(real)
            files.check_header(real)
            # The full check runs in a thread while the backup is copied (a clean file only: after a
            # crash the WAL must be read, so the backup waits for the write connection).
            check = files.ProbeInBackground(real)
            try:
                if not files.wal_in_use(real) and files.backup_needed(real) and os.access(real.parent, os.W_OK):
                    backup_tmp = files.copy_to_temp_backup(real)
            finally:
                version = check.result()
            if not os.access(real, os.W_OK) or not os.access(real.parent, os.W_OK):
                raise ReadOnly(
                    "Je hebt geen schrijfrechten op dit auditbestand of de map ervan; open het alleen-lezen "
                    f"(interviewer BESTAND --alleen-lezen): {path}."
                )
            if lock is None:
                lock = _FileLock.acquire(real, create=True)
            if files.identity(real) != files.identity(path):
                raise Locked(f"Het auditbestand werd vervangen terwijl het werd geopend: {path}. Probeer het opnieuw.")
            conn = _connect(real, "rw")
        except BaseException:
            if backup_tmp is not None:
                backup_tmp.unlink(missing_ok=True)
                try:
                    backup_tmp.parent.rmdir()  # a refused file leaves no .backups folder behind (if empty)
                except OSError:
                    pass
            if lock is not None:
                lock.release()
            raise
        store = cls(path, conn, read_only=False, author=author, lock=lock)
        try:
            store._configure()
            if backup_tmp is not None:
                files.finish_backup(backup_tmp, real)  # only a file that passed the check is a backup
            else:
                store._backup_rotating()
            if version < schema.SCHEMA_VERSION:
                schema.migrate(store._db)
                store._checkpoint()
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def _open_snapshot(cls, path: Path, author: str) -> AuditStore:
        """Read-only: copy into memory, so nothing on disk is touched or created (and old formats migrate in memory)."""
        files.check_header(path)
        mode = _probe_mode(path)
        shm = _sidecars(path)[1]
        shm_existed = shm.exists()
        check = files.ProbeInBackground(path) if mode == "immutable" else None  # copy while checking
        try:
            if check is None:
                version = _probe(path)
            src = _connect(path, mode)
            try:
                mem = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
                src.backup(mem)
            finally:
                src.close()
        except sqlite3.DatabaseError as exc:
            if check is not None:
                check.result()  # its Dutch refusal, if the file is bad, comes first
            raise Corrupt(_corrupt_message(str(exc), path)) from exc
        finally:
            if check is not None:
                version = check.result()
            if mode == "ro" and not shm_existed and not _FileLock.held(path):
                shm.unlink(missing_ok=True)  # a read never leaves a file beside the audit
        store = cls(path, mem, read_only=True, author=author)
        mem.execute("PRAGMA foreign_keys=ON")
        if version < schema.SCHEMA_VERSION:
            schema.migrate(store._db)
        return store

    @classmethod
    def _open_scratch_copy(cls, source: Path, scratch: Path, *, author: str = "") -> AuditStore:
        """A private copy of `source` at `scratch` to merge into (the caller holds source's lock).

        Any WAL of the source is checkpointed first, so a rename of the scratch over the source never
        meets a stale WAL. No backup is made of the scratch; an older format is migrated in it.
        """
        fd = os.open(scratch, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        os.chmod(scratch, 0o600)
        lock = _FileLock.acquire(scratch, create=True)
        conn = None
        try:
            src = _connect(source, "rw")
            try:
                src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn = _connect(scratch, "rw")
                src.backup(conn)
            finally:
                src.close()
            store = cls(scratch, conn, read_only=False, author=author, lock=lock)
            store._configure()
            if schema.user_version(store._db) < schema.SCHEMA_VERSION:
                schema.migrate(store._db)
            return store
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            raise

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

    def __enter__(self) -> AuditStore:
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

    # ------------------------------------------------------------ plumbing

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

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("Deze audit is al gesloten.")

    def _now(self, after: str = "") -> str:
        """Strictly increasing UTC timestamp, and later than `after` (a row's current stamp, maybe from a skewed clock)."""
        with self._lock:
            t = datetime.now(timezone.utc)
            floor = self._last_ts
            prior = _parse_ts(after) if after else None
            if prior is not None and (floor is None or prior > floor):
                floor = prior
            if floor is not None and t <= floor:
                t = floor + timedelta(microseconds=1)
            self._last_ts = t
            return t.strftime(_TS_FORMAT)

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            self._check_open()
            return list(self._db.query(sql, list(params)))

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
        from . import merge

        rule = schema.rule_of(table)
        if rule in ("revision", "set"):
            rows = self._query(f'SELECT * FROM "{table}" WHERE id = ?', [row_id])
            if rows:
                seen = merge.join_vv(*(h["vv"] for h in merge.heads_of(rows[0])))
                changes = {**changes, "vv": json.dumps(merge.bumped(seen, self._replica), sort_keys=True), "conflicts": "[]"}
        elif rule == "per_field":
            rows = self._query(f'SELECT * FROM "{table}" WHERE id = ?', [row_id])
            if rows:
                current = rows[0]
                revs = merge._revs(current)
                touched = set(touched)
                stamp = changes.get("updated") or self._now()
                for name, value in changes.items():
                    if name in merge._ROW_STAMP or (value == current.get(name) and name not in touched):
                        continue
                    heads = merge._field_heads(current, revs, name)
                    seen = merge.join_vv(*(h["vv"] for h in heads))
                    revs[name] = {"vv": merge.bumped(seen, self._replica), "updated": stamp, "others": []}
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
        table = _TABLE_OF[type(obj)]
        row = _to_row(obj)
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
        row = _to_row(new)
        del row["id"], row["created"]
        with self._write():
            self._update(_TABLE_OF[type(old)], old.id, row, touched=_touched)
        return new

    def _get(self, cls: type, row_id: str, what: str, *, live: bool = True) -> Any:
        validate.row_id(row_id, what)
        table = _TABLE_OF[cls]
        where = "id = ?" + (" AND deleted = 0" if live and table in ("aantekeningen", "asked_questions") else "")
        rows = self._query(f'SELECT * FROM "{table}" WHERE {where}', [row_id])
        if not rows:
            raise UnknownRow(f"Onbekende {what} in deze audit: {row_id}.")
        return _from_row(cls, rows[0])

    def _list(self, cls: type, where: str = "", params: Iterable[Any] = ()) -> list[Any]:
        sql = f'SELECT * FROM "{_TABLE_OF[cls]}"' + (f" WHERE {where}" if where else "") + " ORDER BY created, id"
        return [_from_row(cls, r) for r in self._query(sql, params)]

    # ------------------------------------------------------------ toetsing and toetsers

    def _insert_initial(self, toetsing: Toetsing, toetsers: Iterable[Toetser]) -> None:
        """The toetsing keeps given timestamps (merge output copies them); otherwise stamped now."""
        now = self._now()
        t = self._validated_toetsing(toetsing)
        t = replace(
            t,
            id=t.id or str(uuid.uuid4()),
            created=t.created or now,
            updated=t.updated or now,
            author=t.author or self.author,
        )
        with self._write():
            self._insert("toetsing", _to_row(t))
            for person in toetsers:
                person = self._validated_toetser(person)
                person = replace(
                    person,
                    id=person.id or str(uuid.uuid4()),
                    created=person.created or now,
                    updated=person.updated or now,
                    author=person.author or self.author,
                )
                self._insert("toetsers", _to_row(person))

    @staticmethod
    def _validated_toetsing(t: Toetsing) -> Toetsing:
        _choice(t.variant, VARIANTS, "toetsingsvariant")
        _choice(t.medezeggenschap, (*MEDEZEGGENSCHAP, ""), "medezeggenschap (OR, PVT of geen)")
        _choice(t.clientenraad, (*CLIENTENRAAD, ""), "cliëntenraad (ja of nee)")
        values: dict[str, Any] = {}
        for name, kind in _field_kinds(Toetsing):
            value = getattr(t, name)
            if name in ("id", "created", "updated", "author", "variant"):
                continue
            if kind == "float":
                values[name] = validate.number(value, f"Het aantal fte ({name})")
            elif kind == "int":
                values[name] = validate.integer(value, f"Het veld '{name}'")
            elif kind == "bool":
                if not isinstance(value, (bool, int)) or value not in (0, 1):
                    raise ValidationError(f"Het veld '{name}' is ja of nee.")
                values[name] = bool(value)
            elif kind == "json":
                values[name] = validate.text_list(value, f"'{name}'")
            else:
                values[name] = _clean(value, f"Het veld '{name}'", required=False)
        for name in TOETSING_DATE_FIELDS:
            value = values.get(name, "")
            if value:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise ValidationError(
                        f"'{value}' is geen datum (veld '{name}'); schrijf die als jjjj-mm-dd, bijvoorbeeld 2026-11-23."
                    ) from None
        return replace(t, **values)

    def toetsing(self) -> Toetsing:
        rows = self._query('SELECT * FROM toetsing ORDER BY updated DESC, id LIMIT 1')
        if not rows:
            raise Corrupt(_corrupt_message("geen toetsing", self.path))
        return _from_row(Toetsing, rows[0])

    def update_toetsing(self, **changes: Any) -> Toetsing:
        allowed = {name for name, _ in _field_kinds(Toetsing)} - {"id", "created", "updated", "author"}
        unknown = sorted(set(changes) - allowed)
        if unknown:
            raise ValidationError(f"Onbekend veld van de toetsing: {', '.join(unknown)}.")
        with self._write():
            old = self.toetsing()
            new = self._validated_toetsing(replace(old, **changes))
            return self._save(old, _touched=changes, **{k: getattr(new, k) for k in changes})

    @staticmethod
    def _validated_toetser(person: Toetser) -> Toetser:
        return replace(
            person,
            name=_clean(person.name, "De naam van de toetser"),
            role=_choice(person.role, TOETSER_ROLES, "rol"),
            organisation=_clean(person.organisation, "De organisatie", required=False),
        )

    def add_toetser(self, name: str, role: str, organisation: str = "") -> Toetser:
        person = self._validated_toetser(Toetser(id="", name=name, role=role, organisation=organisation))
        return self._add(person)

    def toetsers(self) -> list[Toetser]:
        return self._list(Toetser)

    # ------------------------------------------------------------ bronnen

    def start_interview(
        self,
        functie: str,
        functie_category: str,
        *,
        persons: int = 1,
        werksoort: str = "",
        toetser_id: str = "",
        title: str = "",
    ) -> Bron:
        functie = _clean(functie, "De functie", required=False)
        category = _clean(functie_category, "De functiecategorie", required=False)
        if not functie and not category:
            raise ValidationError("Geef de functie van de gesprekspartner op.")
        if not isinstance(persons, int) or isinstance(persons, bool) or persons < 1:
            raise ValidationError("Het aantal personen in een gesprek moet 1 of meer zijn.")
        persons = validate.integer(persons, "Het aantal personen in een gesprek", low=1, high=1000)
        toetser_id = validate.row_id(toetser_id, "toetser")
        bron = Bron(
            id="",
            kind="interview",
            title=_clean(title, "De titel", required=False) or functie or category,
            functie=functie,
            functie_category=category,
            werksoort=_clean(werksoort, "De werksoort", required=False),
            persons=persons,
            toetser_id=toetser_id or self.author,
            started=self._now(),
        )
        return self._add(bron)

    def end_interview(self, bron_id: str) -> None:
        with self._write():
            bron = self.bron(bron_id)
            self._save(bron, ended=self._now())

    def reopen_interview(self, bron_id: str) -> Bron:
        """Take back the end of an interview (the toetser asked on: a note was typed after Ctrl+B)."""
        with self._write():
            return self._save(self.bron(bron_id), ended="")

    def add_document(self, title: str, document_kind: str = "", *, toetser_id: str = "") -> Bron:
        bron = Bron(
            id="",
            kind="document",
            title=_clean(title, "De titel van het document"),
            document_kind=_clean(document_kind, "De documentsoort", required=False),
            toetser_id=toetser_id or self.author,
        )
        return self._add(bron)

    def add_observation(self, title: str, *, toetser_id: str = "") -> Bron:
        bron = Bron(
            id="", kind="observatie", title=_clean(title, "De omschrijving van de observatie"),
            toetser_id=toetser_id or self.author,
        )
        return self._add(bron)

    def bronnen(self, kind: str | None = None) -> list[Bron]:
        if kind is None:
            return self._list(Bron)
        return self._list(Bron, "kind = ?", [_choice(kind, BRON_KINDS, "soort bron")])

    def bron(self, bron_id: str) -> Bron:
        return self._get(Bron, bron_id, "bron")

    # ------------------------------------------------------------ aantekeningen and tags

    @staticmethod
    def _tag_spec(spec: Any) -> tuple[str, float, str, str]:
        if isinstance(spec, str):
            spec = (spec,)
        if not isinstance(spec, (tuple, list)) or not 1 <= len(spec) <= 4:
            raise ValidationError("Een tag is (norm, score, status, herkomst).")
        spec = tuple(spec)
        norm_id = normalise_norm_id(spec[0])
        score = validate.number(spec[1], "De score van een tag", high=100.0) if len(spec) > 1 else 0.0
        state = _choice(spec[2], TAG_STATES, "tagstatus") if len(spec) > 2 else "suggested"
        origin = _choice(spec[3], TAG_ORIGINS, "herkomst van de tag") if len(spec) > 3 else "auto"
        return norm_id, score, state, origin

    def capture(self, bron_id: str, text: str, kind: str = "citaat", *, tags: Iterable[Any] = ()) -> Aantekening:
        """Store a note with its tags in one transaction; committed to disk before this returns."""
        text = _clean(text, "Het citaat", max_chars=MAX_AANTEKENING_CHARS)
        kind = _choice(kind, AANTEKENING_KINDS, "soort aantekening", AANTEKENING_LABELS)
        if tags is None or isinstance(tags, (str, bytes)) or not isinstance(tags, Iterable):
            raise ValidationError("De tags zijn een lijst van (norm, score, status, herkomst).")
        specs = [self._tag_spec(s) for s in tags]
        with self._write():
            self.bron(bron_id)
            note = self._add(Aantekening(id="", bron_id=bron_id, text=text, kind=kind, toetser_id=self.author))
            for norm_id, score, state, origin in specs:
                self._upsert_tag(note.id, norm_id, state, origin, score)
        return note

    def update_aantekening(self, aantekening_id: str, *, text: str | None = None, kind: str | None = None) -> Aantekening:
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = _clean(text, "Het citaat", max_chars=MAX_AANTEKENING_CHARS)
        if kind is not None:
            changes["kind"] = _choice(kind, AANTEKENING_KINDS, "soort aantekening", AANTEKENING_LABELS)
        with self._write():
            note = self._get(Aantekening, aantekening_id, "aantekening")
            return self._save(note, **changes) if changes else note

    def delete_aantekening(self, aantekening_id: str) -> None:
        """Tombstone (deleted = 1), so a merge with an older copy does not bring it back."""
        with self._write():
            note = self._get(Aantekening, aantekening_id, "aantekening")
            self._update(
                "aantekeningen", note.id, {"deleted": 1, "updated": self._now(after=note.updated), "author": self.author}
            )

    def aantekeningen(self, bron_id: str | None = None) -> list[Aantekening]:
        if bron_id is None:
            return self._list(Aantekening, "deleted = 0")
        return self._list(Aantekening, "deleted = 0 AND bron_id = ?", [bron_id])

    def _upsert_tag(self, aantekening_id: str, norm_id: str, state: str, origin: str, score: float) -> Tag:
        rows = self._query("SELECT * FROM tags WHERE aantekening_id = ? AND norm_id = ?", [aantekening_id, norm_id])
        if rows:
            return self._save(_from_row(Tag, rows[0]), state=state, origin=origin, score=score)
        return self._add(
            Tag(
                id=_derived_id("tag", aantekening_id, norm_id),
                aantekening_id=aantekening_id,
                norm_id=norm_id,
                origin=origin,
                score=score,
                state=state,
            )
        )

    def set_tag(
        self, aantekening_id: str, norm_id: str, state: str = "confirmed", *, origin: str = "manual", score: float = 0.0
    ) -> Tag:
        norm_id, score, state, origin = self._tag_spec((norm_id, score, state, origin))
        validate.row_id(aantekening_id, "aantekening")
        with self._write():
            self._get(Aantekening, aantekening_id, "aantekening")
            return self._upsert_tag(aantekening_id, norm_id, state, origin, score)

    def tags(self, aantekening_id: str | None = None, norm_id: str | None = None, state: str | None = None) -> list[Tag]:
        """Tags of live aantekeningen (a deleted note's tags no longer count as evidence)."""
        where = ["a.deleted = 0"]
        params: list[Any] = []
        if aantekening_id is not None:
            where.append("t.aantekening_id = ?")
            params.append(aantekening_id)
        if norm_id is not None:
            where.append("t.norm_id = ?")
            params.append(normalise_norm_id(norm_id))
        if state is not None:
            where.append("t.state = ?")
            params.append(_choice(state, TAG_STATES, "tagstatus"))
        sql = (
            "SELECT t.* FROM tags t JOIN aantekeningen a ON a.id = t.aantekening_id WHERE "
            + " AND ".join(where)
            + " ORDER BY t.created, t.id"
        )
        return [_from_row(Tag, r) for r in self._query(sql, params)]

    def evidence_counts(self) -> dict[str, dict[str, int]]:
        """Per norm, per bron kind: distinct bronnen with a confirmed tag on a live aantekening."""
        rows = self._query(
            "SELECT t.norm_id AS norm_id, b.kind AS kind, COUNT(DISTINCT b.id) AS n "
            "FROM tags t JOIN aantekeningen a ON a.id = t.aantekening_id JOIN bronnen b ON b.id = a.bron_id "
            "WHERE t.state = 'confirmed' AND a.deleted = 0 GROUP BY t.norm_id, b.kind"
        )
        out: dict[str, dict[str, int]] = {}
        for r in rows:
            out.setdefault(r["norm_id"], {})[r["kind"]] = r["n"]
        return out

    # ------------------------------------------------------------ n.v.t.

    def mark_nvt(self, norm_id: str, reason: str) -> NvtMarking:
        norm_id = normalise_norm_id(norm_id)
        reason = _clean(reason, "De reden waarom de norm niet van toepassing is")
        with self._write():
            rows = self._query("SELECT * FROM nvt WHERE norm_id = ?", [norm_id])
            if rows:
                return self._save(_from_row(NvtMarking, rows[0]), reason=reason, active=True)
            return self._add(NvtMarking(id=_derived_id("nvt", norm_id), norm_id=norm_id, reason=reason))

    def unmark_nvt(self, norm_id: str) -> None:
        norm_id = normalise_norm_id(norm_id)
        with self._write():
            rows = self._query("SELECT * FROM nvt WHERE norm_id = ? AND active = 1", [norm_id])
            if rows:
                self._save(_from_row(NvtMarking, rows[0]), active=False)

    def nvt(self) -> list[NvtMarking]:
        return self._list(NvtMarking, "active = 1")

    # ------------------------------------------------------------ bevindingen

    def save_bevinding(
        self,
        norm_id: str,
        *,
        text: str | None = None,
        oordeel: str | None = None,
        status: str | None = None,
        sterke_punten: str | None = None,
        verbeterpunten: str | None = None,
        edited: bool | None = None,
        accepted: bool | None = None,
        author: str | None = None,
    ) -> Bevinding:
        """Update this author's version for the norm, or create it. `version` counts the saves of that row.

        `author` writes another author's version, in practice TEAM_AUTHOR: the version the team settled
        on. A new one gets an id derived from norm and author, so when two laptops both settle a norm
        their team versions merge as one row (the later settlement wins) instead of standing side by side.
        """
        norm_id = normalise_norm_id(norm_id)
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = _clean(text, "De bevinding", required=False)
        if oordeel is not None:
            changes["oordeel"] = _choice(oordeel, OORDELEN, "oordeel")
        if status is not None:
            changes["status"] = _choice(status, BEVINDING_STATUSES, "status van de bevinding")
        if sterke_punten is not None:
            changes["sterke_punten"] = _clean(sterke_punten, "De sterke punten", required=False)
        if verbeterpunten is not None:
            changes["verbeterpunten"] = _clean(verbeterpunten, "De verbeterpunten", required=False)
        if edited is not None:
            changes["edited"] = bool(edited)
        if accepted is not None:
            changes["accepted"] = bool(accepted)
        who = self.author if author is None else _clean(author, "De auteur van de bevinding")
        with self._write():
            rows = self._query(
                "SELECT * FROM bevindingen WHERE norm_id = ? AND author = ? ORDER BY updated DESC, id DESC LIMIT 1",
                [norm_id, who],
            )
            if rows:
                old = _from_row(Bevinding, rows[0])
                return self._save(old, author=who, version=old.version + 1, **changes)
            row_id = _derived_id("bevinding", norm_id, who) if author is not None else ""
            return self._add(Bevinding(id=row_id, norm_id=norm_id, **changes), author=who)

    def bevindingen(self, norm_id: str | None = None) -> list[Bevinding]:
        if norm_id is None:
            return self._list(Bevinding)
        return self._list(Bevinding, "norm_id = ?", [normalise_norm_id(norm_id)])

    # ------------------------------------------------------------ coverage overrides and exports

    def set_override(self, norm_id: str, reason: str) -> Override:
        """Record why this norm gets an oordeel below the coverage rule (one row per norm)."""
        norm_id = normalise_norm_id(norm_id)
        reason = _clean(reason, "De reden")
        with self._write():
            rows = self._query("SELECT * FROM overrides WHERE norm_id = ?", [norm_id])
            if rows:
                old = _from_row(Override, rows[0])
                return self._save(old, reason=reason, active=True)
            return self._add(Override(id=_derived_id("override", norm_id), norm_id=norm_id, reason=reason))

    def withdraw_override(self, norm_id: str) -> None:
        norm_id = normalise_norm_id(norm_id)
        with self._write():
            rows = self._query("SELECT * FROM overrides WHERE norm_id = ? AND active = 1", [norm_id])
            if rows:
                self._save(_from_row(Override, rows[0]), active=False)

    def overrides(self) -> list[Override]:
        return self._list(Override, "active = 1")

    def record_export(self, kind: str, version: int, date_iso: str, sha256: str, filename: str = "") -> ExportRecord:
        """The one write an export makes: that a concept or definitief report went out."""
        kind = _choice(kind, EXPORT_KINDS[1:], "soort rapport")
        record = ExportRecord(
            id="", kind=kind, version=int(version), date=_clean(date_iso, "De datum"),
            sha256=_clean(sha256, "De SHA-256"), filename=_clean(filename, "De bestandsnaam", required=False),
        )
        return self._add(record)

    def exports(self) -> list[ExportRecord]:
        return self._list(ExportRecord)

    # ------------------------------------------------------------ questions

    def add_custom_question(self, norm_id: str, text: str, functie_category: str = "") -> CustomQuestion:
        question = CustomQuestion(
            id="",
            norm_id=normalise_norm_id(norm_id),
            text=_clean(text, "De vraag"),
            functie_category=_clean(functie_category, "De functiecategorie", required=False),
        )
        return self._add(question)

    def custom_questions(self) -> list[CustomQuestion]:
        return self._list(CustomQuestion)

    def mark_asked(self, bron_id: str, norm_id: str, question_key: str) -> AskedQuestion:
        norm_id = normalise_norm_id(norm_id)
        key = _clean(question_key, "De vraagsleutel")
        with self._write():
            self.bron(bron_id)
            rows = self._query("SELECT * FROM asked_questions WHERE bron_id = ? AND question_key = ?", [bron_id, key])
            if rows:
                old = _from_row(AskedQuestion, rows[0])
                if not rows[0]["deleted"] and old.norm_id == norm_id:
                    return old
                asked = self._save(old, norm_id=norm_id)
                self._update("asked_questions", old.id, {"deleted": 0})
                return asked
            return self._add(
                AskedQuestion(id=_derived_id("asked", bron_id, key), bron_id=bron_id, norm_id=norm_id, question_key=key)
            )

    def unmark_asked(self, bron_id: str, question_key: str) -> None:
        validate.row_id(bron_id, "bron")
        validate.row_id(question_key, "vraagsleutel")
        with self._write():
            rows = self._query(
                "SELECT * FROM asked_questions WHERE bron_id = ? AND question_key = ? AND deleted = 0",
                [bron_id, question_key],
            )
            if rows:
                old = _from_row(AskedQuestion, rows[0])
                self._update(
                    "asked_questions",
                    old.id,
                    {"deleted": 1, "updated": self._now(after=old.updated), "author": self.author},
                )

    def asked(self, bron_id: str | None = None) -> list[AskedQuestion]:
        if bron_id is None:
            return self._list(AskedQuestion, "deleted = 0")
        return self._list(AskedQuestion, "deleted = 0 AND bron_id = ?", [bron_id])

    # ------------------------------------------------------------ preparation

    def set_preparation(self, norm_id: str, text: str) -> PreparationNote:
        """This author's preparation note for the norm (one per author, so merges keep everyone's)."""
        norm_id = normalise_norm_id(norm_id)
        text = _clean(text, "De voorbereiding", required=False)
        with self._write():
            rows = self._query(
                "SELECT * FROM preparation WHERE norm_id = ? AND author = ? ORDER BY updated DESC, id DESC LIMIT 1",
                [norm_id, self.author],
            )
            if rows:
                return self._save(_from_row(PreparationNote, rows[0]), text=text)
            return self._add(PreparationNote(id="", norm_id=norm_id, text=text))

    def preparation(self) -> list[PreparationNote]:
        return self._list(PreparationNote)

    # ------------------------------------------------------------ drafts

    def save_draft(self, slot: str, text: str) -> None:
        """Autosave of a line being typed. Never refuses text (NUL is dropped); empty text clears the draft."""
        slot = validate.row_id(slot, "conceptplek")
        text = validate.draft_text(text)
        if not text.strip():
            self.clear_draft(slot)
            return
        now = self._now()
        with self._write():
            self._db.execute(
                "INSERT INTO drafts (slot, text, id, created, updated, author) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(slot) DO UPDATE SET text = excluded.text, updated = excluded.updated, "
                "author = excluded.author",
                [slot, text, str(uuid.uuid4()), now, now, self.author],
            )

    def draft(self, slot: str) -> Draft | None:
        validate.row_id(slot, "conceptplek")
        rows = self._query("SELECT slot, text, updated FROM drafts WHERE slot = ?", [slot])
        return Draft(**rows[0]) if rows else None

    def drafts(self) -> list[Draft]:
        return [Draft(**r) for r in self._query("SELECT slot, text, updated FROM drafts ORDER BY updated, slot")]

    def clear_draft(self, slot: str) -> None:
        validate.row_id(slot, "conceptplek")
        with self._write():
            self._db.execute("DELETE FROM drafts WHERE slot = ?", [slot])

    # ------------------------------------------------------------ everything at once, and merging

    def load_all(self) -> AuditData:
        with self._lock:
            return AuditData(
                toetsing=self.toetsing(),
                toetsers=self.toetsers(),
                bronnen=self.bronnen(),
                aantekeningen=self.aantekeningen(),
                tags=self.tags(),
                nvt=self.nvt(),
                bevindingen=self.bevindingen(),
                custom_questions=self.custom_questions(),
                asked=self.asked(),
                preparation=self.preparation(),
                documents=self.documents(),
                passages=self.passages(),
                name_reviews=self._list(NameReview),
                overrides=self.overrides(),
                exports=self.exports(),
            )

    def merge_from(self, other_path: str | os.PathLike) -> MergeReport:
        """Union another toetser's file of the same audit into this one (see sessions/merge.py)."""
        from .merge import merge_into

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
        from . import merge

        rule = rule or schema.rule_of(table)
        columns = self._column_defaults(table)
        combine = merge.merge_per_field_rows if rule == "per_field" else merge.merge_revision_rows

        def conflicted(r: dict[str, Any]) -> bool:
            if rule == "per_field":
                if '"value"' not in str(r.get("field_revs", "")):
                    return False  # no field holds another value
                return bool(merge.field_conflicts(r))
            if rule == "set" or r.get("conflicts", "[]") in ("[]", "", None):
                return False
            return bool(merge.substantive_conflicts(r))

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
        from . import merge

        rule = schema.rule_of(table)
        if rule == "per_field":
            return {r["id"] for r in self._query(f'SELECT * FROM "{table}"') if merge.field_conflicts(r)}
        if rule != "revision":
            return set()
        rows = self._query(f'SELECT * FROM "{table}" WHERE conflicts != \'[]\'')
        return {r["id"] for r in rows if merge.substantive_conflicts(r)}

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
                    self.apply_merge_rows(table.name, [_to_row(r) for r in rows[table.name]], table.natural_key)

    # ------------------------------------------------------------ imported document files

    def import_document(
        self,
        title: str,
        document_kind: str,
        *,
        file_name: str,
        sha256: str,
        format: str,
        pages: int,
        text: str,
        empty_pages: Iterable[int] = (),
        passages: Iterable[tuple[str, int, str, Iterable[Any]]] = (),
        zelfevaluatie: bool = False,
        preparation: Iterable[tuple[str, str]] = (),
    ) -> tuple[Document, bool]:
        """Store a read document file in ONE transaction: its bron, the document row, one passage
        aantekening per `(text, page, heading, tags)` with its suggested tags, and for a
        zelfevaluatie its `(norm_id, text)` preparation notes (author ZELFEVALUATIE_AUTHOR; never
        evidence). Nothing is half-imported: any refusal rolls all of it back.

        Returns (document, created): a file whose SHA-256 is already in the audit is not imported
        again (created False), whoever imported it first.
        """
        sha256 = _clean(sha256, "De SHA-256 van het bestand").lower()
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValidationError("De SHA-256 van het bestand is ongeldig.")
        title = _clean(title, "De titel van het document")
        document_kind = _clean(document_kind, "De documentsoort", required=False)
        file_name = _clean(file_name, "De bestandsnaam")
        # Pages are kept apart by form feeds, the one control character a document's text keeps.
        if not isinstance(text, str):
            text = _clean(text, "De tekst van het document")  # refused in Dutch: not text
        pages_text = "\f".join(
            _clean(page, "De tekst van het document", required=False, max_chars=MAX_DOCUMENT_CHARS) for page in text.split("\f")
        )
        _clean(pages_text, "De tekst van het document", max_chars=MAX_DOCUMENT_CHARS)  # not empty, not too long
        text = pages_text
        specs = []
        for position, (ptext, page, heading, tags) in enumerate(passages):
            ptext = _clean(ptext, f"Passage {position + 1}", max_chars=MAX_AANTEKENING_CHARS)
            heading = _clean(heading, "Een kop", required=False, max_chars=MAX_AANTEKENING_CHARS)
            specs.append((ptext, int(page), heading, [self._tag_spec(t) for t in tags]))
        prep = [(normalise_norm_id(n), _clean(t, "De voorbereiding")) for n, t in preparation]
        with self._write():
            rows = self._query("SELECT * FROM documents WHERE sha256 = ?", [sha256])
            if rows:
                return _from_row(Document, rows[0]), False
            base = self.toetsing().id
            bron = self._add(
                Bron(
                    id=_derived_id("document-bron", base, sha256), kind="document", title=title,
                    document_kind=document_kind, toetser_id=self.author,
                )
            )
            doc = self._add(
                Document(
                    id=_derived_id("document", base, sha256), bron_id=bron.id, file_name=file_name,
                    sha256=sha256, format=format, pages=max(1, int(pages)), text=text,
                    empty_pages=sorted(int(p) for p in empty_pages), zelfevaluatie=bool(zelfevaluatie),
                )
            )
            for position, (ptext, page, heading, tags) in enumerate(specs):
                note = self._add(
                    Aantekening(
                        id=_derived_id("passage", base, sha256, str(position)), bron_id=bron.id, text=ptext,
                        kind=PASSAGE_KIND, toetser_id=self.author,
                    )
                )
                self._add(Passage(id=note.id, document_id=doc.id, page=page, position=position, heading=heading))
                for norm_id, score, state, origin in tags:
                    self._upsert_tag(note.id, norm_id, state, origin, score)
            for norm_id, ptext in prep:
                self._add(
                    PreparationNote(id=_derived_id("zelfevaluatie", base, sha256, norm_id), norm_id=norm_id, text=ptext),
                    author=ZELFEVALUATIE_AUTHOR,
                )
        return doc, True

    def documents(self) -> list[Document]:
        return self._list(Document)

    def passages(self, document_id: str | None = None) -> list[Passage]:
        """Passages of live aantekeningen, in document order."""
        sql = (
            "SELECT p.* FROM passages p JOIN aantekeningen a ON a.id = p.id WHERE a.deleted = 0"
            + (" AND p.document_id = ?" if document_id is not None else "")
            + " ORDER BY p.document_id, p.position"
        )
        return [_from_row(Passage, r) for r in self._query(sql, [document_id] if document_id is not None else [])]

    def set_document_kind(self, bron_id: str, document_kind: str) -> Bron:
        """The toetser corrects the kind of a document (the checklist ticks by it)."""
        kind = _clean(document_kind, "De documentsoort", required=False)
        with self._write():
            bron = self.bron(bron_id)
            if bron.kind != "document":
                raise ValidationError("Alleen een document heeft een documentsoort.")
            return self._save(bron, document_kind=kind)

    # ------------------------------------------------------------ name review (schema step 4)

    def set_name_review(self, word: str, key: str, is_name: bool) -> None:
        """Record that `word` (compared as `key`, folded by the name check) is or is not a person's
        name; the other verdict for the same key is withdrawn. Rows merge as a set (see schema)."""
        word = _clean(word, "Het woord", max_chars=200)
        key = _clean(key, "De sleutel van het woord", max_chars=200)
        verdict = "naam" if is_name else "geen_naam"
        with self._write():
            for v in ("naam", "geen_naam"):
                row_id = _derived_id("name_review", key, v)
                rows = self._query("SELECT * FROM name_reviews WHERE id = ?", [row_id])
                live = v == verdict
                if rows:
                    if bool(rows[0]["deleted"]) == (not live) and rows[0]["word"] == word:
                        continue
                    old = _from_row(NameReview, rows[0])
                    self._save(old, deleted=not live, word=word)
                elif live:
                    self._add(NameReview(id=row_id, key=key, word=word, verdict=v))

    def name_reviews(self) -> dict[str, bool]:
        """Folded word -> True (a name) / False (no name), by the merge rule of schema step 4."""
        return review_verdicts(self._list(NameReview))
