"""Domain code, the question bank and the store never import Textual (checked in a fresh interpreter)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import interviewer.domain


def _domain_modules() -> list[str]:
    return [f"interviewer.domain.{m.name}" for m in pkgutil.iter_modules(interviewer.domain.__path__)]


@pytest.mark.parametrize(
    "module",
    ["questionbank", "questionbank.loader", "sessions", "interviewer.cli", *_domain_modules()],
)
def test_module_does_not_import_textual(module):
    code = f"import sys, {module}; print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", f"{module} imports textual"
