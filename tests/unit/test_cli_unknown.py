"""`interviewer foo`: a typo of a command (or a file that is not there) is said in Dutch and ends
with a non-zero exit, instead of opening the full-screen app on a missing file."""

from __future__ import annotations

import subprocess
import sys


def _cli(*args: str, cwd=None) -> subprocess.CompletedProcess:  # noqa: ANN001
    return subprocess.run([sys.executable, "-m", "interviewer", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=60, cwd=cwd, stdin=subprocess.DEVNULL)


def test_a_typo_of_a_command_is_named_with_the_command_meant(tmp_path):
    result = _cli("lerne", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert "onbekende opdracht, en geen bestand: lerne" in result.stderr
    assert "Bedoel je: interviewer leren?" in result.stderr


def test_an_unknown_word_lists_the_commands(tmp_path):
    result = _cli("foo", cwd=tmp_path)
    assert result.returncode == 2 and "onbekende opdracht" in result.stderr and "coverage" in result.stderr


def test_a_missing_audit_file_is_not_opened(tmp_path):
    result = _cli(str(tmp_path / "nieuw.audit"), cwd=tmp_path)
    assert result.returncode == 2
    assert "bestand niet gevonden" in result.stderr and "nieuw.audit" in result.stderr
