"""The app survives its input: Ctrl+Q over a dialog with typed text asks first; a byte the terminal
should not send does not end the app; an unexpected end saves the typing and exits non-zero."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from interviewer.app import make_app
from interviewer.dialogs.bron import BronDialog
from interviewer.dialogs.confirm import ConfirmDialog
from sessions.store import AuditStore

SIZE = (120, 40)



async def test_ctrl_q_over_a_dialog_with_typed_text_asks_first(tmp_path: Path, settle, type_text, make_audit) -> None:
    path = tmp_path / "a.audit"
    make_audit(path, (("teamcoach", "teamleiding"),))
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f9")
        await pilot.pause()
        await type_text(pilot, "Jaarverslag 2025")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog), "quit without asking: the typed document title would be lost"
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, BronDialog)
        assert "Jaarverslag 2025" in [i.value for i in app.screen.query("Input")]
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
    assert app.return_code == 0


def _pty_app(path: Path, tmp_path: Path):
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # child: the real app on a real terminal
        os.environ.update(
            TERM="xterm-256color", COLUMNS="100", LINES="30", INTERVIEWER_DATA_DIR=str(tmp_path / "data"),
            PYTHONPATH=os.pathsep.join(sys.path), TEXTUAL_ANIMATIONS="none",
        )
        os.execv(sys.executable, [sys.executable, "-m", "interviewer", str(path)])
    return pid, fd


def _drain(fd: int, seconds: float) -> bytes:
    import select

    out = b""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                out += os.read(fd, 65536)
            except OSError:
                break
    return out


def _wait(pid: int, seconds: float) -> int | None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.1)
    return None


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="needs a Linux pty")
def test_a_latin1_byte_from_the_terminal_does_not_end_the_app(tmp_path, make_audit):
    path = tmp_path / "a.audit"
    make_audit(path, (("teamcoach", "teamleiding"),))
    pid, fd = _pty_app(path, tmp_path)
    try:
        _drain(fd, 6)  # start-up
        os.write(fd, "caf".encode() + b"\xe9 ok")  # a Latin-1 terminal sends é as one byte 0xE9
        _drain(fd, 2.5)  # past the autosave
        assert _wait(pid, 0.5) is None, "the app ended on a byte it could not decode"
        os.write(fd, b"\x11")  # Ctrl+Q
        _drain(fd, 2)
        assert _wait(pid, 8) == 0
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)
    with AuditStore.open(path, read_only=True) as store:
        typed = [d.text for d in store.drafts()]
    assert any("caf\ufffd ok" in t for t in typed), typed


async def test_an_unexpected_end_saves_the_typing_and_sets_a_non_zero_exit_code(tmp_path: Path, settle, type_text, make_audit) -> None:
    path = tmp_path / "a.audit"
    make_audit(path, (("teamcoach", "teamleiding"),))
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_text(pilot, "nog niet opgeslagen citaat")
        app.panic("invoer-thread gestopt")  # what Textual does when its input thread dies
    assert app.return_code == 1
    with AuditStore.open(path, read_only=True) as store:
        assert "nog niet opgeslagen citaat" in [d.text for d in store.drafts()]
