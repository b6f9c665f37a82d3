"""The demo audit: a fictitious intercollegiale toetsing that shows every screen with real content.

The shipped data (demo_audit.toml) is never opened for writing: each call builds a new audit file
from it, so whatever a newcomer types in the demo stays in their copy.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

DEMO_FOLDER = "demo"
DEMO_COPIES_KEPT = 5  # older demo copies in the default folder are removed


def build_audit_file(path: Path) -> Path:
    """Write the demo audit to `path` (which must not exist yet) and return it."""
    from sessions.store import AuditStore

    from .builder import build_demo

    data = build_demo()
    with AuditStore.create(path, data.toetsing, author=data.toetsing.author) as store:
        store.import_data(data)
    return path


def fresh_copy(target_dir: Path | None = None) -> Path:
    """A new demo audit file in `target_dir` (default: the `demo` folder beside the user's audits)."""
    if target_dir is None:
        from interviewer.locations import data_dir, ensure_private_dir

        target_dir = ensure_private_dir(data_dir() / DEMO_FOLDER)
        _prune(target_dir)
    target_dir = Path(target_dir)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    path = target_dir / f"demo-{stamp}.audit"
    n = 1
    while path.exists():
        n += 1
        path = target_dir / f"demo-{stamp}-{n}.audit"
    return build_audit_file(path)


def _prune(folder: Path) -> None:
    """Keep the newest demo copies only: they are throwaway, and each holds a whole audit."""
    copies = sorted(folder.glob("demo-*.audit"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in copies[DEMO_COPIES_KEPT - 1:]:
        for path in (old, *(old.with_name(old.name + suffix) for suffix in ("-wal", "-shm", ".lock"))):
            path.unlink(missing_ok=True)
        for backup in (folder / ".backups").glob(f"{old.name}.*.bak"):
            backup.unlink(missing_ok=True)
