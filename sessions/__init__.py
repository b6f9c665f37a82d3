"""Persistence of audits: one SQLite file per audit, schema and migrations, merge. No UI.

The store and merge are imported on first use: `import sessions.models` (what domain code needs)
should not pay for sqlite-utils at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    Corrupt,
    ForeignAudit,
    Locked,
    MissingFile,
    NewerVersion,
    NotAnAudit,
    ReadOnly,
    StoreError,
    UnknownRow,
    ValidationError,
)

if TYPE_CHECKING:
    from .merge import MergeReport, merge_files
    from .schema import SCHEMA_VERSION
    from .store import MAX_AANTEKENING_CHARS, NORM_IDS, AuditStore, normalise_norm_id

_LAZY = {
    "AuditStore": "store",
    "MAX_AANTEKENING_CHARS": "store",
    "NORM_IDS": "store",
    "normalise_norm_id": "store",
    "MergeReport": "merge",
    "merge_files": "merge",
    "SCHEMA_VERSION": "schema",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sessions' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


__all__ = [
    "AuditStore",
    "MergeReport",
    "merge_files",
    "SCHEMA_VERSION",
    "MAX_AANTEKENING_CHARS",
    "NORM_IDS",
    "normalise_norm_id",
    "StoreError",
    "MissingFile",
    "NotAnAudit",
    "NewerVersion",
    "Corrupt",
    "Locked",
    "ReadOnly",
    "ForeignAudit",
    "UnknownRow",
    "ValidationError",
]
