"""Textual's private API is touched in interviewer/palette.py only, argparse's in interviewer/cli.py.

Both libraries may change their underscored names in any release; keeping each use in one module
means an upgrade is checked there (the palette lists every key, the CLI speaks Dutch).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXTUAL_PRIVATE = re.compile(
    r"\._bindings\b|\._parse_action\b|\._return_code\b|def _handle_exception\b|getincrementaldecoder|from textual\.\w+\._\w+|import textual\.\w+\._"
)
ARGPARSE_PRIVATE = re.compile(r"argparse\._\w+|\._(positionals|optionals|actions)\b")


def _sources() -> list[Path]:
    return [p for package in ("interviewer", "sessions", "questionbank") for p in (ROOT / package).rglob("*.py")]


def test_textual_private_api_only_in_the_palette() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in _sources() if TEXTUAL_PRIVATE.search(p.read_text()) and p.name != "palette.py"]
    assert offenders == []
    assert TEXTUAL_PRIVATE.search((ROOT / "interviewer" / "palette.py").read_text())  # the fence holds them


def test_argparse_private_api_only_in_the_cli() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in _sources() if ARGPARSE_PRIVATE.search(p.read_text()) and p.name != "cli.py"]
    assert offenders == []
