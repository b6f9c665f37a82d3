"""Writing a file for someone to read (a report, an audit programme, a calendar): all or nothing,
private, and never over an existing file or the audit itself unless asked. One home for the rule the
export and the planner share."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def output_clash(audit_path: Path | None, outputs: list[Path]) -> str:
    """Why these outputs must not be written, or "": writing over the audit file (a slip of tab
    completion) would destroy the audit, and two outputs on one path would overwrite each other."""
    if len(outputs) != len({p.resolve() for p in outputs}):
        return f"Twee uitvoerbestanden wijzen naar hetzelfde bestand: {', '.join(map(str, outputs))}."
    for out in outputs:
        if audit_path is not None and (
            out.resolve() == audit_path.resolve() or (out.exists() and audit_path.exists() and out.samefile(audit_path))
        ):
            return f"{out} is het auditbestand zelf; kies een andere naam. Er is niets geschreven."
    return ""


def existing(outputs: list[Path]) -> list[Path]:
    """The outputs that are already there (a dangling link counts: writing would follow it)."""
    return [p for p in outputs if p.exists() or p.is_symlink()]


def place_file(data: bytes, target: Path, force: bool) -> None:
    """Temp file beside the target (0600), fsync, then rename: a crash leaves the old file or the new
    one, never half of one. Without `force` the rename refuses an existing file (link, not replace)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, target)
        else:
            os.link(tmp, target)  # fails with FileExistsError when the target appeared meanwhile
            os.unlink(tmp)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
