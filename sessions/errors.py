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


# The operating system's reasons in Dutch (its own strerror is English: "Permission denied").
_OS_REASONS = {
    "EACCES": "geen toestemming (rechten van het bestand of de map)",
    "EPERM": "niet toegestaan door het systeem",
    "ENOENT": "bestand of map bestaat niet",
    "ENOTDIR": "een deel van het pad is geen map",
    "EISDIR": "dit is een map, geen bestand",
    "EEXIST": "het bestand bestaat al",
    "ENOSPC": "de schijf is vol",
    "EDQUOT": "de schijfruimte (quota) is op",
    "EROFS": "de schijf is alleen-lezen",
    "ENAMETOOLONG": "de bestandsnaam is te lang",
    "EBUSY": "het bestand is in gebruik",
    "EAGAIN": "het bestand is tijdelijk bezet",
    "EMFILE": "te veel open bestanden",
    "EIO": "lees- of schrijffout van de schijf",
    "EXDEV": "het doel staat op een andere schijf",
    "ELOOP": "te veel koppelingen (links) in het pad",
}


def os_reason(exc: OSError) -> str:
    """Why the operating system refused, in Dutch, for a message to the toetser."""
    import errno

    name = errno.errorcode.get(exc.errno or -1, "")
    if name in _OS_REASONS:
        return _OS_REASONS[name]
    if isinstance(exc, PermissionError):
        return _OS_REASONS["EACCES"]
    if isinstance(exc, FileNotFoundError):
        return _OS_REASONS["ENOENT"]
    return f"systeemfout {name or exc.errno or type(exc).__name__}"
