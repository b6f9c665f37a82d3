"""The project's promises to a newcomer: the README's commands are the ones CI runs; the CLI speaks Dutch."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", text, flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_readme_opens_with_demo_then_tests():
    commands = _readme_commands()
    assert "interviewer demo" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _readme_commands()[1] in ci


def test_cli_help_and_version_in_dutch():
    out = subprocess.run([sys.executable, "-m", "interviewer", "--help"], capture_output=True, text=True, check=True)
    assert "Gebruik:" in out.stdout and "opdrachten" in out.stdout
    for name in ("demo", "norms", "tag", "coverage", "merge", "export"):
        assert name in out.stdout
    ver = subprocess.run([sys.executable, "-m", "interviewer", "--version"], capture_output=True, text=True, check=True)
    from interviewer import __version__

    assert ver.stdout.strip() == f"interviewer {__version__}" and __version__[:1].isdigit()


def test_cli_usage_errors_in_dutch():
    out = subprocess.run([sys.executable, "-m", "interviewer", "coverage"], capture_output=True, text=True)
    assert out.returncode == 2
    assert "fout: deze argumenten ontbreken" in out.stderr
    assert "required" not in out.stderr
    out = subprocess.run([sys.executable, "-m", "interviewer", "norms", "--onzin"], capture_output=True, text=True)
    assert out.returncode == 2 and "onbekende argumenten: --onzin" in out.stderr
