"""The audit file on disk: which file a path is, its lock, its checks, its backups, private folders.

Everything here is about the file, not its tables: the store (sessions/store.py) calls these and
owns the SQL of the rows. The rules:

- One writer per FILE, whatever the path: paths are resolved (symlinks followed) before the lock and
  SQLite's WAL are named, and a file with more than one hard link is refused for writing (SQLite
  names its WAL after the path, so two names of one file would be two WALs: corruption).
- Only whole files are trusted: the header's page count must match the file size and the full
  `integrity_check` (which reads every index entry, unlike `quick_check`) must pass.
- A refused file is left byte-identical, with nothing created beside it.
- Backups are written under a temporary name and renamed when complete; broken ones never count.
"""

from __future__ import annotations

import os
import re
import sqlite3
import struct
from datetime import datetime, timezone
from pathlib import Path

from . import schema
from .errors import Corrupt, Locked, NewerVersion, NotAnAudit, StoreError, os_reason

BACKUPS_KEPT = 3
BACKUP_DIR = ".backups"
_BACKUP_TMP = ".tmp"


# ---------------------------------------------------------------- which file


def real_path(path: Path) -> Path:
    """The file a path names, symlinks followed: the lock and the WAL follow this, never the alias."""
    return Path(os.path.realpath(path))


def identity(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def refuse_hard_links(path: Path) -> None:
    """A second name of the same file would get its own WAL: SQLite's documented route to corruption."""
    links = os.stat(path).st_nlink
    if links > 1:
        raise Locked(
            f"Dit auditbestand heeft {links} namen (harde koppelingen) op de schijf: {path}. Via twee namen "
            "zou één bestand twee schrijvers kunnen krijgen en beschadigd raken, daarom wordt het niet voor "
            "bewerken geopend. Maak een gewone kopie (cp zonder -l) en open die, of open het alleen-lezen."
        )


# ---------------------------------------------------------------- file lock


class FileLock:
    """Exclusive advisory lock on `<real file>.lock`, held for the whole session; removed on release.

    The lock file is named after the resolved path, so a symlink finds the same lock, and it records
    the audit's device and inode: a lock file whose audit was replaced (renamed over) is not ours.
    A path-vs-descriptor inode check after locking makes remove-on-release safe: a process that
    locked a file another one just unlinked notices and retries on the new file.
    """

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @staticmethod
    def lock_path(audit: Path) -> Path:
        audit = real_path(audit)
        return audit.with_name(audit.name + ".lock")

    @classmethod
    def acquire(cls, audit: Path, *, create: bool) -> FileLock | None:
        """Lock; None if `create` is False and no lock file exists. Raises Locked if held elsewhere."""
        path = cls.lock_path(audit)
        while True:
            flags = os.O_RDWR | (os.O_CREAT if create else 0)
            try:
                fd = os.open(path, flags, 0o600)
            except FileNotFoundError:
                return None
            except OSError as exc:
                raise StoreError(f"Het auditbestand kan niet worden vergrendeld: {os_reason(exc)}.") from exc
            if not try_lock(fd):
                os.close(fd)
                raise Locked(
                    "Deze audit is al geopend in een ander venster of programma. "
                    "Sluit dat eerst, of open de audit alleen-lezen (interviewer BESTAND --alleen-lezen)."
                )
            try:
                same = os.stat(path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                lock = cls(path, fd)
                lock._record(audit)
                return lock
            os.close(fd)  # unlinked under us by a releasing holder: try again on the new file
            if not create:
                return None

    def _record(self, audit: Path) -> None:
        try:
            dev, ino = identity(audit)
            os.ftruncate(self._fd, 0)
            os.pwrite(self._fd, f"{dev}:{ino}:{os.getpid()}\n".encode(), 0)
        except OSError:
            pass  # the lock itself is what counts; the note is for people reading the folder

    @staticmethod
    def held(audit: Path) -> bool:
        """True while another open (this process or another) holds the lock for writing."""
        path = FileLock.lock_path(audit)
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            return False
        try:
            if try_lock(fd):
                unlock(fd)
                return False
            return True
        finally:
            os.close(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        os.close(self._fd)
        self._fd = None


def try_lock(fd: int) -> bool:
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


def unlock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    fcntl.flock(fd, fcntl.LOCK_UN)


# ---------------------------------------------------------------- connections and checks


def sidecars(path: Path) -> tuple[Path, Path]:
    path = real_path(path)
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def connect(path: Path, mode: str) -> sqlite3.Connection:
    """mode: 'rw', 'ro' or 'immutable' (reads the main file only, creates nothing, takes no locks)."""
    query = "immutable=1" if mode == "immutable" else f"mode={mode}"
    uri = f"{real_path(path).as_uri()}?{query}"
    return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)


def wal_in_use(path: Path) -> bool:
    wal = sidecars(path)[0]
    return wal.exists() and wal.stat().st_size > 0


def probe_mode(path: Path) -> str:
    """'immutable' for a cleanly closed file (creates nothing); 'ro' when a WAL is beside it.

    After a crash (or while another process writes) the main file alone may be mid-checkpoint, so
    only a connection that reads through the WAL sees a consistent database.
    """
    return "ro" if wal_in_use(path) else "immutable"


def check_header(path: Path) -> None:
    """The header's page count against the file size: a truncated or extended copy is not whole.

    Only meaningful without a WAL (pages may then live in the WAL) and when the count is valid
    (bytes 92..96 equal the change counter at 24..28, as SQLite 3.7.0+ writes them).
    """
    if wal_in_use(path):
        return
    size = os.stat(path).st_size
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        if size == 0 or not header.startswith(b"SQLite format 3\x00"[: len(header)]) or len(header) < 16:
            raise NotAnAudit("Dit bestand is geen auditbestand van interviewer.")
        raise Corrupt(corrupt_message("het bestand is afgekapt", path))
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise Corrupt(corrupt_message("ongeldige paginagrootte in de kop", path))
    if valid_for != change_counter or page_count == 0:
        return
    if size != page_count * page_size:
        raise Corrupt(
            corrupt_message(
                f"het bestand is {size} bytes, de kop belooft {page_count} pagina's van {page_size} bytes", path
            )
        )


def inspect(conn: sqlite3.Connection, path: Path | None = None) -> int:
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
        # The full check: quick_check skips index entries, and a file whose index disagrees with its
        # table answers queries wrongly without any error.
        # Pages mapped rather than copied and a cache that holds the whole check: ~20 % faster.
        conn.execute("PRAGMA mmap_size=268435456")
        conn.execute("PRAGMA cache_size=-16384")
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check(1)").fetchall()]
        if problems != ["ok"]:
            raise Corrupt(corrupt_message(problems[0], path))
        return version
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if "not a database" in text:
            raise NotAnAudit("Dit bestand is geen auditbestand van interviewer.") from exc
        raise Corrupt(corrupt_message(text, path)) from exc
    except (ValueError, TypeError, OverflowError) as exc:  # a damaged meta row or pragma value
        raise Corrupt(corrupt_message(str(exc), path)) from exc


def probe(path: Path) -> int:
    """Inspect without changing the file: the schema version of a good audit, else a StoreError."""
    check_header(path)
    mode = probe_mode(path)
    shm = sidecars(path)[1]
    shm_existed = shm.exists()
    try:
        conn = connect(path, mode)
    except sqlite3.DatabaseError as exc:
        raise Corrupt(corrupt_message(str(exc), path)) from exc
    try:
        return inspect(conn, path)
    finally:
        conn.close()
        if mode == "ro" and not shm_existed and not FileLock.held(path):
            shm.unlink(missing_ok=True)  # leave the folder exactly as it was


class ProbeInBackground:
    """`probe(path)` in a thread: the full check is CPU in SQLite (the GIL is released), so a
    backup copy can be written meanwhile. `result()` returns the version or raises its StoreError."""

    def __init__(self, path: Path) -> None:
        import threading

        self._version: int | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(path,), name="audit-check", daemon=True)
        self._thread.start()

    def _run(self, path: Path) -> None:
        try:
            self._version = probe(path)
        except BaseException as exc:  # noqa: BLE001 - handed to result()
            self._error = exc

    def result(self) -> int:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._version is not None
        return self._version


def corrupt_message(detail: str, path: Path | None = None) -> str:
    """Dutch; mentions backups only when there are some for this file."""
    text = f"Dit auditbestand is beschadigd en kan niet veilig worden geopend ({detail}). Het bestand is niet gewijzigd."
    if path is not None and backups(path):
        text += f" In de map {BACKUP_DIR} ernaast staan reservekopieën."
    return text


# ---------------------------------------------------------------- private folders


def make_private_dirs(folder: Path) -> None:
    """Create missing folders, parents included, as 0700 whatever the umask; existing ones are left as they are."""
    missing = []
    probe_dir = folder
    while not probe_dir.exists():
        missing.append(probe_dir)
        probe_dir = probe_dir.parent
    for d in reversed(missing):
        try:
            d.mkdir(mode=0o700)
        except FileExistsError:
            pass
        os.chmod(d, 0o700)


# ---------------------------------------------------------------- backups


def backup_dir(path: Path) -> Path:
    return real_path(path).parent / BACKUP_DIR


def _backup_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(real_path(path).name) + r"\.\d{8}T\d{12}Z\.bak")


def backups(path: Path) -> list[Path]:
    """This audit's complete backups, oldest first (a temporary one from a killed backup is not one)."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    pattern = _backup_pattern(path)
    try:
        return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))
    except OSError:
        return []


def clean_backup_leftovers(path: Path) -> None:
    """Temporary backups and their journals from a killed backup: never complete, never counted."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return
    name = real_path(path).name
    for p in folder.iterdir():
        if p.name.startswith(name + ".") and (p.name.endswith(_BACKUP_TMP) or p.name.endswith(_BACKUP_TMP + "-journal") or p.name.endswith(".bak-journal")):
            p.unlink(missing_ok=True)


def backup_needed(path: Path) -> bool:
    """False when the newest backup is strictly newer than the file (nothing written since)."""
    existing = backups(path)
    if not existing or wal_in_use(path):
        return True
    # Strictly older: with coarse file clocks an equal stamp may hide a write, so back up then.
    return not real_path(path).stat().st_mtime_ns < existing[-1].stat().st_mtime_ns


def copy_to_temp_backup(path: Path) -> Path:
    """A copy of a closed file (no WAL) under a temporary name in .backups/; `finish_backup` makes it count."""
    folder = backup_dir(path)
    make_private_dirs(folder)
    os.chmod(folder, 0o700)
    clean_backup_leftovers(path)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    tmp = folder / f"{real_path(path).name}.{stamp}.bak{_BACKUP_TMP}"
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        src = connect(path, "immutable")
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)  # commits with synchronous=FULL
            finally:
                dst.close()
        finally:
            src.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def finish_backup(tmp: Path, path: Path) -> Path:
    target = tmp.with_name(tmp.name[: -len(_BACKUP_TMP)])
    os.replace(tmp, target)
    fsync_dir(tmp.parent)
    rotate_backups(path)
    return target


def write_backup(conn: sqlite3.Connection, path: Path) -> Path:
    """Copy the open database into .backups/ under a temporary name, fsync, rename: only whole backups appear."""
    folder = backup_dir(path)
    make_private_dirs(folder)
    os.chmod(folder, 0o700)
    clean_backup_leftovers(path)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{real_path(path).name}.{stamp}.bak"
    tmp = target.with_name(target.name + _BACKUP_TMP)
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        dst = sqlite3.connect(tmp)
        try:
            conn.backup(dst)  # commits with synchronous=FULL: on disk before the rename
        finally:
            dst.close()
        os.replace(tmp, target)
        fsync_dir(folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def write_backup_of_file(path: Path) -> Path:
    """Backup of a closed audit (no WAL; the caller holds its lock), e.g. before a merge replaces it."""
    conn = connect(path, "immutable")
    try:
        target = write_backup(conn, path)
    finally:
        conn.close()
    rotate_backups(path)
    return target


def rotate_backups(path: Path) -> None:
    for old in backups(path)[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
