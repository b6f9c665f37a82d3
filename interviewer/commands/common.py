"""What the subcommands share: reading an audit file read-only and telling the toetser what went wrong.

Not a subcommand itself (cli.COMMANDS does not list it). Every refusal is one Dutch line on stderr
that starts with "Fout:" and names the file, a non-zero exit code, no traceback, and the file left
as it was (audit files are only ever opened read-only here).
"""

from __future__ import annotations

import sys
from pathlib import Path

from sessions.errors import StoreError, naming_file
from sessions.models import AuditData


def read_audit(path: Path) -> AuditData:
    """Everything in an audit file, opened read-only; raises StoreError with a Dutch message that
    names the file."""
    from sessions.store import AuditStore

    try:
        with AuditStore.open(path, read_only=True) as store:
            return store.load_all()
    except StoreError as exc:
        raise naming_file(exc, path) from None


def fail(message: object, code: int = 2) -> int:
    """Print `message` as the command's Dutch error line and return the exit code."""
    print(f"Fout: {message}", file=sys.stderr, flush=True)
    return code
