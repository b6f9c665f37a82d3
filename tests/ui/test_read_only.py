"""Read-only open: `interviewer BESTAND --alleen-lezen`, and offered when the audit is open elsewhere."""

from __future__ import annotations

from pathlib import Path

from interviewer.app import make_app
from interviewer.dialogs.confirm import ConfirmDialog
from sessions.models import Toetser, Toetsing
from sessions.store import AuditStore

SIZE = (120, 40)


def _audit(path: Path) -> Path:
    with AuditStore.create(path, Toetsing(id="", organisation="Welzijn Oost"), [Toetser(id="", name="A", role="teamleider")]) as s:
        s.start_interview("teamleider", "teamleiding")
    return path


def test_cli_accepts_alleen_lezen_before_or_after_the_file(monkeypatch):
    from interviewer import cli
    from interviewer.commands import open as open_command

    seen = []
    monkeypatch.setattr(open_command, "run", lambda args: seen.append((args.bestand.name, args.read_only)) or 0)
    for argv in (["x.audit", "--alleen-lezen"], ["--alleen-lezen", "x.audit"], ["x.audit"]):
        assert cli.main(argv) == 0
    assert seen == [("x.audit", True), ("x.audit", True), ("x.audit", False)]


async def test_alleen_lezen_opens_without_writing_or_creating_anything(tmp_path, settle, isolated_data_dir) -> None:
    path = _audit(tmp_path / "audits" / "a.audit")
    before = sorted(p.name for p in path.parent.iterdir())
    app = make_app(path, read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.store is not None and app.store.read_only
        assert app.store.toetsing().organisation == "Welzijn Oost"
    assert sorted(p.name for p in path.parent.iterdir()) == before  # no lock, no -wal/-shm, no backup


async def test_an_audit_open_elsewhere_offers_a_read_only_open(tmp_path, settle, isolated_data_dir) -> None:
    path = _audit(tmp_path / "a.audit")
    with AuditStore.open(path):  # another window has it open for writing
        app = make_app(path)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, ConfirmDialog)
            await pilot.press("j")
            await settle(pilot)
            assert app.store is not None and app.store.read_only
