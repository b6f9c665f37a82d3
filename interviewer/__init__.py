"""interviewer: the toetser's companion for Kwaliteitslabel Sociaal Werk audits."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("interviewer")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"
