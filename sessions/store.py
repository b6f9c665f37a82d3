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
  toetsers tagging the same aantekening to the same norm produce the same row, merged last-writer-wins.
- read_only=True opens a snapshot in memory: nothing is written, no lock is taken, no file is created.
- A write open takes an exclusive lock on `<file>.lock` (removed on close; a stale one after a crash
  is harmless) and makes a backup in `.backups/` beside the file (last 3 kept).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from questionbank.ids import NORM_ID_SET, canonical_norm_id, unknown_norm_message
from questionbank.nl import thousands

from . import schema
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
    Aantekening,
    AskedQuestion,
    AuditData,
    Bevinding,
    Bron,
    CustomQuestion,
    Draft,
    NvtMarking,
    PreparationNote,
    Tag,
    Toetser,
    Toetsing,
)

if TYPE_CHECKING:
    from .merge import MergeReport

MAX_AANTEKENING_CHARS = 10_000
MAX_TEXT_CHARS = 100_000  # bevindingen, reasons, preparation: generous, but a bound
BACKUPS_KEPT = 3
BACKUP_DIR = ".backups"

# The 2019 normenkader: Vakmanschap 1-15, Dienstverlening 1-11, Organisatie en bestuur 1-23.
NORM_IDS: frozenset[str] = NORM_ID_SET
# Author of the version a team settles on in the consensus discussion: not a toetser, so no toetser's
# own version is overwritten by settling.
TEAM_AUTHOR = "team"
# Stable namespace for ids derived from a natural key (tags, n.v.t., asked questions).
_ID_NAMESPACE = uuid.UUID("6f1c2a4e-8d0b-4b8e-9a51-3c7d2e9f0a17")

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
}


# ---------------------------------------------------------------- validation helpers


def normalise_norm_id(norm_id: str) -> str:
    """'v1 ' -> 'V1'; raises ValidationError for ids outside the 2019 normenkader."""
    canonical = canonical_norm_id(norm_id)
    if canonical is None:
        raise ValidationError(unknown_norm_message(norm_id))
    return canonical


def _clean(text: Any, what: str, *, required: bool = True, max_chars: int = MAX_TEXT_CHARS) -> str:
    """NFC, outer whitespace stripped; NUL refused (SQLite tools and exports truncate at it)."""
    if not isinstance(text, str):
        raise ValidationError(f"{what} moet tekst zijn.")
    if "\x00" in text:
        raise ValidationError(f"{what} bevat een onzichtbaar nulteken (NUL); haal het weg en probeer opnieuw.")
    text = unicodedata.normalize("NFC", text).strip()
    if required and not text:
        raise ValidationError(f"{what} is leeg.")
    if len(text) > max_chars:
        raise ValidationError(
            f"{what} is te lang ({thousands(len(text))} tekens; maximaal {thousands(max_chars)})."
        )
    return text


def _choice(value: str, allowed: Iterable[str], what: str, labels: dict[str, str] | None = None) -> str:
    allowed = tuple(allowed)
    if value in allowed:
        return value
    for key, label in (labels or {}).items():
        if value == label:
            return key
    shown = ", ".join((labels or {}).get(a, a) for a in allowed)
    raise ValidationError(f"Onbekende {what}: '{value}'. Kies uit: {shown}.")


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


# ---------------------------------------------------------------- file lock


class _FileLock:
    """Exclusive advisory lock on `<audit>.lock`; the file is removed on release.

    A path-vs-descriptor inode check after locking makes remove-on-release safe: a process that
    locked a file another one just unlinked notices and retries on the new file.
    """

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @staticmethod
    def lock_path(audit: Path) -> Path:
        return audit.with_name(audit.name + ".lock")

    @classmethod
    def acquire(cls, audit: Path, *, create: bool) -> _FileLock | None:
        """Lock; None if `create` is False and no lock file exists. Raises Locked if held elsewhere."""
        path = cls.lock_path(audit)
        while True:
            flags = os.O_RDWR | (os.O_CREAT if create else 0)
            try:
                fd = os.open(path, flags, 0o600)
            except FileNotFoundError:
                return None
            except OSError as exc:
                raise StoreError(f"Het auditbestand kan niet worden vergrendeld: {exc.strerror}.") from exc
            if not _try_lock(fd):
                os.close(fd)
                raise Locked(
                    "Deze audit is al geopend in een ander venster of programma. "
                    "Sluit dat eerst, of open de audit alleen-lezen."
                )
            try:
                same = os.stat(path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                return cls(path, fd)
            os.close(fd)  # unlinked under us by a releasing holder: try again on the new file
            if not create:
                return None

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        os.close(self._fd)
        self._fd = None


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


# ---------------------------------------------------------------- opening files


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    """mode: 'rw', 'ro' or 'immutable' (reads the main file only, creates nothing, takes no locks)."""
    query = "immutable=1" if mode == "immutable" else f"mode={mode}"
    uri = f"{path.resolve().as_uri()}?{query}"
    return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)


def _probe_mode(path: Path) -> str:
    """'immutable' for a cleanly closed file (creates nothing); 'ro' when a WAL is beside it.

    After a crash (or while another process writes) the main file alone may be mid-checkpoint, so
    only a connection that reads through the WAL sees a consistent database.
    """
    wal = _sidecars(path)[0]
    return "ro" if wal.exists() and wal.stat().st_size > 0 else "immutable"


def _probe(path: Path) -> int:
    """Inspect without changing the file: the schema version of a good audit, else a StoreError."""
    mode = _probe_mode(path)
    shm = _sidecars(path)[1]
    shm_existed = shm.exists()
    conn = _connect(path, mode)
    try:
        return _inspect(conn)
    except StoreError:
        conn.close()
        if mode == "ro" and not shm_existed:
            shm.unlink(missing_ok=True)  # leave a refused file exactly as it was
        raise
    finally:
        conn.close()


def _inspect(conn: sqlite3.Connection) -> int:
    """Check that `conn` is an intact interviewer audit this version can read; return its schema version."""
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meta" not in tables:
            raise NotAnAudit("Dit bestand is geen auditbestand van interviewer.")
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("app") != schema.APP_ID or meta.get("format") != schema.FILE_FORMAT:
            raise NotAnAudit("Dit bestand is geen auditbestand van interviewer.")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > schema.SCHEMA_VERSION:
            raise NewerVersion(
                f"Dit auditbestand is gemaakt met een nieuwere versie van interviewer (formaat {version}, "
                f"deze versie kent t/m {schema.SCHEMA_VERSION}). Werk interviewer bij.",
                found=version,
                known=schema.SCHEMA_VERSION,
            )
        if version < 1:
            raise Corrupt("Dit auditbestand is onvolledig aangemaakt (geen schemaversie).")
        problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise Corrupt(_corrupt_message(problems[0]))
        return version
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if "not a database" in text:
            raise NotAnAudit("Dit bestand is geen auditbestand van interviewer.") from exc
        raise Corrupt(_corrupt_message(text)) from exc


def _corrupt_message(detail: str) -> str:
    return (
        "Dit auditbestand is beschadigd en kan niet veilig worden geopend "
        f"({detail}). Het bestand is niet gewijzigd; in de map {BACKUP_DIR} ernaast staan reservekopieën."
    )


def _make_private_dirs(folder: Path) -> None:
    """Create missing folders as 0700; existing ones (e.g. /tmp) are left as they are."""
    missing = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    for d in reversed(missing):
        d.mkdir(mode=0o700)
        os.chmod(d, 0o700)


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
        """Open an audit. Bad files raise a StoreError subclass and are left exactly as they were."""
        path = Path(path)
        if not path.exists():
            raise MissingFile(f"Het auditbestand bestaat niet: {path}.")
        if not path.is_file():
            raise MissingFile(f"Dit is geen bestand maar een map: {path}.")
        if not os.access(path, os.R_OK):
            raise StoreError(f"Je hebt geen leesrechten op dit auditbestand: {path}.")
        if read_only:
            return cls._open_snapshot(path, author)
        lock = _FileLock.acquire(path, create=False)  # a live lock refuses before we read anything
        try:
            version = _probe(path)
            if not os.access(path, os.W_OK):
                raise ReadOnly(f"Je hebt geen schrijfrechten op dit auditbestand; open het alleen-lezen: {path}.")
            if lock is None:
                lock = _FileLock.acquire(path, create=True)
            conn = _connect(path, "rw")
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        store = cls(path, conn, read_only=False, author=author, lock=lock)
        try:
            store._configure()
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
        version = _probe(path)
        src = _connect(path, _probe_mode(path))
        try:
            mem = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            src.backup(mem)
        except sqlite3.DatabaseError as exc:
            raise Corrupt(_corrupt_message(str(exc))) from exc
        finally:
            src.close()
        store = cls(path, mem, read_only=True, author=author)
        mem.execute("PRAGMA foreign_keys=ON")
        if version < schema.SCHEMA_VERSION:
            schema.migrate(store._db)
        return store

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
        return self.path.parent / BACKUP_DIR

    def backups(self) -> list[Path]:
        """This audit's backups, oldest first."""
        folder = self._backup_dir()
        if not folder.is_dir():
            return []
        pattern = re.compile(re.escape(self.path.name) + r"\.\d{8}T\d{12}Z\.bak")
        return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))

    def _backup_rotating(self) -> None:
        """Copy the file (SQLite backup API) into .backups/, keep the last BACKUPS_KEPT; skip if unchanged."""
        existing = self.backups()
        wal = _sidecars(self.path)[0]
        if existing and not (wal.exists() and wal.stat().st_size > 0):
            # Strictly older: with coarse file clocks an equal stamp may hide a write, so back up then.
            if self.path.stat().st_mtime_ns < existing[-1].stat().st_mtime_ns:
                return  # nothing written since the newest backup
        folder = self._backup_dir()
        _make_private_dirs(folder)
        os.chmod(folder, 0o700)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        target = folder / f"{self.path.name}.{stamp}.bak"
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        dst = sqlite3.connect(target)
        try:
            self._conn.backup(dst)
        finally:
            dst.close()
        for old in self.backups()[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)

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

    def _update(self, table: str, row_id: str, changes: dict[str, Any]) -> None:
        sets = ", ".join(f'"{c}" = ?' for c in changes)
        self._db.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?', [*changes.values(), row_id])

    def _add(self, obj: Any, *, author: str | None = None) -> Any:
        """Insert a new dataclass row, stamping id/created/updated/author (the store's unless given)."""
        now = self._now()
        author = self.author if author is None else author
        obj = replace(obj, id=obj.id or str(uuid.uuid4()), created=now, updated=now, author=author)
        with self._write():
            self._insert(_TABLE_OF[type(obj)], _to_row(obj))
        return obj

    def _save(self, old: Any, *, author: str | None = None, **changes: Any) -> Any:
        """Update an existing dataclass row with `changes`, stamping updated/author (the store's unless given)."""
        new = replace(old, **changes)
        new = replace(new, updated=self._now(after=old.updated), author=self.author if author is None else author)
        row = _to_row(new)
        del row["id"], row["created"]
        with self._write():
            self._update(_TABLE_OF[type(old)], old.id, row)
        return new

    def _get(self, cls: type, row_id: str, what: str, *, live: bool = True) -> Any:
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
        for name in ("fte_staff", "fte_stagiaires", "fte_vrijwilligers"):
            value = getattr(t, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
                raise ValidationError(f"Het aantal fte ({name}) moet een getal van 0 of meer zijn.")
        texts = {}
        for name, kind in _field_kinds(Toetsing):
            if kind == "str" and name not in ("id", "created", "updated", "author"):
                texts[name] = _clean(getattr(t, name), f"Het veld '{name}'", required=False)
        lists = {
            name: [_clean(v, f"Een waarde in '{name}'") for v in getattr(t, name)]
            for name in ("audit_dates", "names_to_avoid")
        }
        return replace(t, **texts, **lists)

    def toetsing(self) -> Toetsing:
        rows = self._query('SELECT * FROM toetsing ORDER BY updated DESC, id LIMIT 1')
        if not rows:
            raise Corrupt(_corrupt_message("geen toetsing"))
        return _from_row(Toetsing, rows[0])

    def update_toetsing(self, **changes: Any) -> Toetsing:
        allowed = {name for name, _ in _field_kinds(Toetsing)} - {"id", "created", "updated", "author"}
        unknown = sorted(set(changes) - allowed)
        if unknown:
            raise ValidationError(f"Onbekend veld van de toetsing: {', '.join(unknown)}.")
        with self._write():
            old = self.toetsing()
            new = self._validated_toetsing(replace(old, **changes))
            return self._save(old, **{k: getattr(new, k) for k in changes})

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
        spec = tuple(spec)
        if not 1 <= len(spec) <= 4:
            raise ValidationError("Een tag is (norm, score, status, herkomst).")
        norm_id = normalise_norm_id(spec[0])
        score = float(spec[1]) if len(spec) > 1 else 0.0
        state = _choice(spec[2], TAG_STATES, "tagstatus") if len(spec) > 2 else "suggested"
        origin = _choice(spec[3], TAG_ORIGINS, "herkomst van de tag") if len(spec) > 3 else "auto"
        return norm_id, score, state, origin

    def capture(self, bron_id: str, text: str, kind: str = "citaat", *, tags: Iterable[Any] = ()) -> Aantekening:
        """Store a note with its tags in one transaction; committed to disk before this returns."""
        text = _clean(text, "Het citaat", max_chars=MAX_AANTEKENING_CHARS)
        kind = _choice(kind, AANTEKENING_KINDS, "soort aantekening", AANTEKENING_LABELS)
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
        text = unicodedata.normalize("NFC", str(text).replace("\x00", ""))
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
        rows = self._query("SELECT slot, text, updated FROM drafts WHERE slot = ?", [slot])
        return Draft(**rows[0]) if rows else None

    def drafts(self) -> list[Draft]:
        return [Draft(**r) for r in self._query("SELECT slot, text, updated FROM drafts ORDER BY updated, slot")]

    def clear_draft(self, slot: str) -> None:
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
            )

    def merge_from(self, other_path: str | os.PathLike) -> MergeReport:
        """Union another toetser's file of the same audit into this one (see sessions/merge.py)."""
        from .merge import merge_into

        return merge_into(self, Path(other_path))

    def raw_rows(self, table: str) -> list[dict[str, Any]]:
        """Every row of a merged table as stored, tombstones included (merge input)."""
        if table not in {t.name for t in schema.MERGED_TABLES} | {"toetsing"}:
            raise ValueError(table)
        return self._query(f'SELECT * FROM "{table}" ORDER BY id')

    def apply_merge_rows(self, table: str, rows: list[dict[str, Any]], natural_key: tuple[str, ...], wins) -> tuple[int, int, int]:
        """Last-writer-wins upsert of `rows` into `table`; returns (added, updated, unchanged).

        `wins(incoming, existing)` decides; a row that loses on its natural key (another id for the same
        aantekening×norm, say) is replaced by the winner. Call inside `merge_transaction()`.
        """
        added = updated = unchanged = 0
        by_id = {r["id"]: r for r in self._query(f'SELECT * FROM "{table}"')}
        by_key = {tuple(r[c] for c in natural_key): r for r in by_id.values()} if natural_key else {}
        for row in rows:
            existing = by_id.get(row["id"])
            if existing is None and natural_key:
                existing = by_key.get(tuple(row[c] for c in natural_key))
            if existing is None:
                self._insert(table, row)
                added += 1
            elif row == existing or not wins(row, existing):
                unchanged += 1
                continue
            elif existing["id"] == row["id"]:
                self._update(table, row["id"], {k: v for k, v in row.items() if k != "id"})
                updated += 1
            else:
                self._db.execute(f'DELETE FROM "{table}" WHERE id = ?', [existing["id"]])
                del by_id[existing["id"]]
                self._insert(table, row)
                updated += 1
            by_id[row["id"]] = row
            if natural_key:
                by_key[tuple(row[c] for c in natural_key)] = row
        return added, updated, unchanged

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
        from .merge import wins

        rows = {
            "toetsers": data.toetsers, "bronnen": data.bronnen, "aantekeningen": data.aantekeningen,
            "tags": data.tags, "nvt": data.nvt, "bevindingen": data.bevindingen,
            "custom_questions": data.custom_questions, "asked_questions": data.asked,
            "preparation": data.preparation,
        }
        with self.merge_transaction():
            for table in schema.MERGED_TABLES:
                self.apply_merge_rows(table.name, [_to_row(r) for r in rows[table.name]], table.natural_key, wins)
