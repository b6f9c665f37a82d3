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
    store.reader() -> context manager: a read-only AuditStore on its own connection (mode=ro),
        # for reads in thread workers; a long read never holds the writer's lock
    store.load_all_in_worker() -> AuditData     # load_all through such a reader
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
- Where the code is: this module opens files and composes the table sections (sessions/tables/:
  audit, notes, questions, bevindingen, documents, names) over sessions/core.py (connection, lock,
  transactions, revision stamps); rows <-> dataclasses in sessions/rows.py; the store's merge
  primitives in sessions/merging.py over the pure rule in sessions/revisions.py.
- read_only=True opens a snapshot in memory: nothing is written, no lock is taken, no file is created.
- reader() is live instead: each read (or `with reader.snapshot():` block) sees what was committed
  when it began; writes through it are refused (ReadOnly, and SQLite's own mode=ro below that).
- A write open locks `<real file>.lock` (symlinks resolved; a file with several hard links is
  refused), runs the full integrity_check, and makes a backup in `.backups/` beside the file (last 3
  kept, written under a temporary name and renamed). File handling: sessions/files.py.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from . import files, schema
from .core import StoreCore
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
    os_reason,
)
from .merging import MergeReport, MergeTables
from .models import ZELFEVALUATIE_AUTHOR, AuditData, NameReview, Toetser, Toetsing
from .tables.audit import AuditTables
from .tables.bevindingen import TEAM_AUTHOR, BevindingTables
from .tables.documents import DocumentTables
from .tables.names import NameReviewTables
from .tables.notes import NotesTables
from .tables.questions import QuestionTables
from .validate import (
    MAX_AANTEKENING_CHARS,
    MAX_DOCUMENT_CHARS,
    MAX_TEXT_CHARS,
    NORM_IDS,
    TOETSING_DATE_FIELDS,
    normalise_norm_id,
)

BACKUPS_KEPT = files.BACKUPS_KEPT
BACKUP_DIR = files.BACKUP_DIR

__all__ = [
    "AuditStore", "MergeReport", "TEAM_AUTHOR", "ZELFEVALUATIE_AUTHOR", "MAX_AANTEKENING_CHARS", "MAX_DOCUMENT_CHARS",
    "MAX_TEXT_CHARS", "NORM_IDS", "TOETSING_DATE_FIELDS", "BACKUPS_KEPT", "BACKUP_DIR", "normalise_norm_id",
    "AuditData", "NameReview", "Toetser", "Toetsing",
    "Corrupt", "Locked", "MissingFile", "NewerVersion", "NotAnAudit", "ReadOnly", "StoreError", "UnknownRow",
    "ValidationError",
]


class AuditStore(
    AuditTables, NotesTables, QuestionTables, BevindingTables, DocumentTables, NameReviewTables, MergeTables, StoreCore
):
    """One open audit file. Thread-safe: all access goes through one connection under an RLock;
    a thread worker that only reads can take a reader() of its own instead."""

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
            files.make_private_dirs(path.parent)
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError as exc:
            raise StoreError(f"Er staat al een bestand op deze plek: {path}. Kies een andere naam.") from exc
        except OSError as exc:
            raise StoreError(f"Het auditbestand kan niet worden aangemaakt: {os_reason(exc)} ({path}).") from exc
        os.close(fd)
        os.chmod(path, 0o600)  # whatever the umask: interview notes are confidential
        lock = None
        conn = None
        try:
            lock = files.FileLock.acquire(path, create=True)
            conn = files.connect(path, "rw")
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
            for p in (path, *files.sidecars(path)):
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
        lock = files.FileLock.acquire(real, create=False)  # a live lock refuses before we read anything
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
                lock = files.FileLock.acquire(real, create=True)
            if files.identity(real) != files.identity(path):
                raise Locked(f"Het auditbestand werd vervangen terwijl het werd geopend: {path}. Probeer het opnieuw.")
            conn = files.connect(real, "rw")
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
        mode = files.probe_mode(path)
        shm = files.sidecars(path)[1]
        shm_existed = shm.exists()
        check = files.ProbeInBackground(path) if mode == "immutable" else None  # copy while checking
        try:
            if check is None:
                version = files.probe(path)
            src = files.connect(path, mode)
            try:
                mem = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
                src.backup(mem)
            finally:
                src.close()
        except sqlite3.DatabaseError as exc:
            if check is not None:
                check.result()  # its Dutch refusal, if the file is bad, comes first
            raise Corrupt(files.corrupt_message(str(exc), path)) from exc
        finally:
            if check is not None:
                version = check.result()
            if mode == "ro" and not shm_existed and not files.FileLock.held(path):
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
        lock = files.FileLock.acquire(scratch, create=True)
        conn = None
        try:
            src = files.connect(source, "rw")
            try:
                src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn = files.connect(scratch, "rw")
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

    # ------------------------------------------------------------ readers for thread workers

    @contextmanager
    def reader(self) -> Iterator[AuditStore]:
        """A read-only AuditStore on its own connection (mode=ro), closed on exit: for reads in a
        thread worker, so a long read never holds this store's lock and a capture never waits for it.

        It has every read method; each read (or `with reader.snapshot():` block, which load_all uses)
        sees what was committed when it began. A store opened read-only is a snapshot in memory with
        no writer to wait for: its reader is the store itself.
        """
        r = self._open_reader()
        try:
            yield r
        finally:
            if r is not self:
                r.close()

    def _open_reader(self) -> AuditStore:
        with self._lock:
            self._check_open()
            if self.read_only and not self._own_reader:
                return self
            conn = files.connect(self.path, "ro")
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            conn.execute("PRAGMA query_only=ON")
        except BaseException:
            conn.close()
            raise
        r = type(self)(self.path, conn, read_only=True, author=self.author)
        r._own_reader = True
        return r

    # ------------------------------------------------------------ everything at once

    def load_all(self) -> AuditData:
        with self.snapshot():
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

    def load_all_in_worker(self) -> AuditData:
        """load_all through a reader of its own (see reader()): for a thread worker, so a long read
        never holds the lock a capture needs."""
        with self.reader() as r:
            return r.load_all()
