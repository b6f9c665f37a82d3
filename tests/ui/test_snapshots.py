"""Snapshots of the interview screen and the coverage board with the demo audit at 120×40, so that a
layout regression shows. Update the baselines with `pytest tests/ui/test_snapshots.py --snapshot-update`
after looking at the new SVGs (tests/ui/__snapshots__/test_snapshots/).

Deterministic on purpose: the demo copy has fixed ids and times, cursors do not blink, and the
screens show no "now".
"""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from interviewer.app import make_app
from interviewer.demo import fresh_copy

SIZE = (120, 40)


async def _settle(pilot: Pilot) -> None:
    app = pilot.app
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()
    for widget in app.screen.query("Input, TextArea"):
        if isinstance(widget, (Input, TextArea)):
            widget.cursor_blink = False
    await pilot.pause()


def test_interview_screen_with_the_demo(snap_compare, tmp_path):
    app = make_app(fresh_copy(tmp_path))

    async def run_before(pilot: Pilot) -> None:
        await _settle(pilot)
        app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_board_with_the_demo(snap_compare, tmp_path):
    app = make_app(fresh_copy(tmp_path))

    async def run_before(pilot: Pilot) -> None:
        await _settle(pilot)
        await pilot.press("f3")
        await _settle(pilot)
        app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
