"""interviewer: the toetser's companion for Kwaliteitslabel Sociaal Werk audits."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`interviewer.__version__`, read from the installed metadata only when asked (the CLI's
    --version): importlib.metadata costs more start-up time than the rest of this package."""
    if name != "__version__":
        raise AttributeError(f"module 'interviewer' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("interviewer")
    except PackageNotFoundError:  # running from a source tree without install
        return "0.0.0"
