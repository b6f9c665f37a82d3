"""The store's modules import one way: the merge of files uses the store, the store and its parts
never the merge of files, and no part of the store imports the store that composes it (issue #10:
the lazy import circle between store.py and merge.py is gone). Checked in a fresh interpreter."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import sessions

PARTS = [
    "sessions.rows", "sessions.validate", "sessions.revisions", "sessions.core", "sessions.merging",
    "sessions.tables.audit", "sessions.tables.notes", "sessions.tables.questions", "sessions.tables.bevindingen",
    "sessions.tables.documents", "sessions.tables.names",
]


def _loaded(module: str) -> set[str]:
    code = f"import sys, {module}; print(' '.join(m for m in sys.modules if m.startswith('sessions')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def _imports(path: Path) -> set[str]:
    """Every sessions module `path` imports, at any depth (a lazy import inside a function too)."""
    package = ".".join(path.relative_to(Path(sessions.__file__).parent.parent).with_suffix("").parts[:-1])
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p) if node.level else node.module or ""
            out.add(module)
            out.update(f"{module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return {m for m in out if m.startswith("sessions")}


def test_nothing_in_the_store_imports_the_merge_of_files_not_even_lazily():
    root = Path(sessions.__file__).parent
    importers = {
        p.relative_to(root).as_posix()
        for p in root.rglob("*.py")
        if p.name not in ("merge.py", "__init__.py") and "sessions.merge" in _imports(p)
    }
    assert not importers
    assert "sessions.store" in _imports(root / "merge.py")  # the arrow goes one way: merge -> store
    assert "sessions.merge" not in _loaded("sessions.store")


@pytest.mark.parametrize("module", PARTS)
def test_a_part_of_the_store_imports_neither_the_store_nor_the_merge(module):
    loaded = _loaded(module)
    assert module in loaded
    assert not loaded & {"sessions.store", "sessions.merge"}
