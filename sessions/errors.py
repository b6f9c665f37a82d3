"""Errors of the audit store. Every message is Dutch and meant to be shown to the toetser as is."""

from __future__ import annotations


class StoreError(Exception):
    """Something the toetser must be told about an audit file; `str(err)` is the Dutch message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class MissingFile(StoreError):
    """The path does not exist (or is a folder)."""


class NotAnAudit(StoreError):
    """Not an SQLite file, or an SQLite file that interviewer did not make."""


class NewerVersion(StoreError):
    """Written by a newer interviewer: opening it could lose what that version stored."""

    def __init__(self, message: str, found: int, known: int) -> None:
        super().__init__(message)
        self.found = found
        self.known = known


class Corrupt(StoreError):
    """The file fails SQLite's integrity check or cannot be read."""


class Locked(StoreError):
    """Another window or process has the audit open for writing."""


class ReadOnly(StoreError):
    """A write was attempted on an audit opened read-only."""


class ForeignAudit(StoreError):
    """Merge refused: the files belong to different audits or normenkaders."""


class UnknownRow(StoreError, KeyError):
    """A bron, aantekening or other row id that is not in this audit."""

    def __str__(self) -> str:  # KeyError would add quotes around the message
        return self.message


class ValidationError(StoreError, ValueError):
    """Input the store refuses (empty quote, unknown norm, ...); nothing was written."""


def naming_file(err: StoreError, path: object) -> StoreError:
    """The same error with the file named in its message (when it is not already): with several
    files in play (merge, or a command's second file) the toetser must see which one is refused."""
    name = str(path)
    if name not in err.message:
        err.message = f"{name}: {err.message}"
        err.args = (err.message,)
    return err
