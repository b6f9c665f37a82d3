"""No module of the app or the store over 500 lines: a module that big does several jobs, and every
change to it is a merge conflict for someone else (issue #10).

The allow-list names the modules still over the limit whose split is under way elsewhere; an entry
fails as soon as its module is under the limit (or gone), so the list can only shrink.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("interviewer", "sessions")
MAX_LINES = 500

# Being split by other engineers now; the lead empties this list at merge.
ALLOWED_OVER: tuple[str, ...] = ()


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _modules() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))


def test_the_packages_are_there():
    names = {p.relative_to(ROOT).as_posix() for p in _modules()}
    assert {"sessions/store.py", "interviewer/domain/documents.py"} <= names


def test_no_module_is_over_500_lines():
    over = {
        rel: n
        for p in _modules()
        if (n := _lines(p)) > MAX_LINES and (rel := p.relative_to(ROOT).as_posix()) not in ALLOWED_OVER
    }
    assert not over, f"over {MAX_LINES} lines (split by job): {over}"


def test_every_allowed_module_is_still_over_the_limit():
    """One test over the whole list (not one per entry), so an empty list is checked, not skipped."""
    stale = [rel for rel in ALLOWED_OVER if not (ROOT / rel).exists() or _lines(ROOT / rel) <= MAX_LINES]
    assert not stale, f"take these off ALLOWED_OVER (gone or under {MAX_LINES} lines): {stale}"
