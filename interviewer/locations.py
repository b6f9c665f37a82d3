"""Where audit files live. Every user path is behind a function here; nothing is created at import."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "INTERVIEWER_DATA_DIR"


def data_dir() -> Path:
    """The folder for audit files: $INTERVIEWER_DATA_DIR, else the platform's user data folder."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("interviewer", appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) as 0700: audit files hold confidential interview notes."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def audits_dir() -> Path:
    return ensure_private_dir(data_dir() / "audits")


def recent_file() -> Path:
    """JSON list of recently opened audit paths (for the start screen)."""
    return data_dir() / "recent.json"


def recent_audits(limit: int = 8) -> list[Path]:
    """Recently opened audits that still exist, newest first."""
    import json

    try:
        paths = json.loads(recent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(p) for p in paths if isinstance(p, str) and Path(p).exists()][:limit]


def remember_recent(path: Path) -> None:
    """Put `path` first in the recent list (stored privately beside the audits)."""
    import json

    resolved = str(Path(path).resolve())
    paths = [str(p) for p in recent_audits(limit=50) if str(p) != resolved]
    target = recent_file()
    ensure_private_dir(target.parent)
    target.write_text(json.dumps([resolved, *paths][:20]), encoding="utf-8")
    os.chmod(target, 0o600)
