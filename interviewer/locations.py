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


ENV_CONFIG_DIR = "INTERVIEWER_CONFIG_DIR"


def config_dir() -> Path:
    """The folder for this OS account's settings: $INTERVIEWER_CONFIG_DIR, else the platform's."""
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("interviewer", appauthor=False))


def earlier_audits_file() -> Path:
    """JSON list of earlier audit files this toetser chose to learn from ("leer van eerdere audits")."""
    return config_dir() / "eerdere_audits.json"


def user_keymap_file() -> Path:
    """The toetser's own keys (TOML, sections as interviewer/keymap.toml): changes the defaults."""
    return config_dir() / "toetsen.toml"


def ensure_private_dir(path: Path) -> Path:
    """Create `path` and every missing parent as 0700 (whatever the umask): audit files hold
    confidential interview notes. Existing parents are left as they are."""
    from sessions.files import make_private_dirs

    make_private_dirs(path)
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
    _write_private(recent_file(), json.dumps([resolved, *paths][:20]))


def toetser_choices_file() -> Path:
    """JSON {audit id: toetser id}: who types on this machine, per audit (a laptop is one person's)."""
    return data_dir() / "toetsers.json"


def _toetser_choices() -> dict[str, str]:
    import json

    try:
        choices = json.loads(toetser_choices_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(choices, dict):
        return {}
    return {k: v for k, v in choices.items() if isinstance(k, str) and isinstance(v, str)}


def remembered_toetser(audit_id: str) -> str | None:
    """The toetser chosen earlier on this machine for the audit with this id, if any."""
    return _toetser_choices().get(audit_id)


def remember_toetser(audit_id: str, toetser_id: str) -> None:
    """Remember who types in this audit on this machine (stored privately beside the audits)."""
    import json

    choices = _toetser_choices()
    choices[audit_id] = toetser_id
    _write_private(toetser_choices_file(), json.dumps(choices, indent=0, sort_keys=True))


def write_private(target: Path, text: str) -> None:
    """Write a small settings file privately (0600 in a 0700 folder)."""
    _write_private(target, text)


def _write_private(target: Path, text: str) -> None:
    """Write a small file 0600 in a 0700 folder, readable by no one else at any moment."""
    ensure_private_dir(target.parent)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(target, 0o600)  # an older file may have been created with wider rights
