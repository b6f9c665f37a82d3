"""Domain code, presenters, the question bank and the store never import Textual or Rich (checked in a
fresh interpreter, so an indirect import counts too). import-linter checks the same arrows statically
in CI (`lint-imports`, contracts in pyproject.toml); this test sees what really gets loaded."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import interviewer.domain
import interviewer.presenters


def _modules(package) -> list[str]:  # noqa: ANN001 - a package module
    return [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]


PLAIN_MODULES = [
    "questionbank", "questionbank.loader", "questionbank.ids", "questionbank.nl", "sessions", "interviewer.cli",
    *_modules(interviewer.domain), *_modules(interviewer.presenters),
]


@pytest.mark.parametrize("module", PLAIN_MODULES)
def test_module_imports_neither_textual_nor_rich(module):
    code = (
        f"import sys, {module}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", f"{module} imports {out.stdout.strip()}"


@pytest.mark.parametrize("module", ["questionbank", "questionbank.loader", "sessions.models", *_modules(interviewer.presenters)])
def test_module_does_not_import_sqlite_utils(module):
    code = f"import sys, {module}; print('sqlite_utils' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", f"{module} imports sqlite_utils"
