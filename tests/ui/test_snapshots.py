"""Snapshots of the interview screen and the coverage board with the demo audit at 120×40, so that a
layout regression shows. Update the baselines with `pytest tests/ui/test_snapshots.py --snapshot-update`
after looking at the new SVGs (tests/ui/__snapshots__/test_snapshots/).

Deterministic on purpose: the demo copy has fixed ids and times, cursors do not blink, the
screens show no "now", and "Wie ben jij?" was answered before (the teamleider's laptop).
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from interviewer.app import make_app
from interviewer.demo import fresh_copy

SIZE = (120, 40)


@pytest.fixture
def still(settle):  # noqa: ANN001, ANN201
    """Settle, then stop the cursors blinking so that two runs draw the same picture."""

    async def still(pilot: Pilot) -> None:
        await settle(pilot, rounds=3)
        for widget in pilot.app.screen.query("Input, TextArea"):
            if isinstance(widget, (Input, TextArea)):
                widget.cursor_blink = False
        await pilot.pause()

    return still


@pytest.fixture
def demo(tmp_path, work_as):  # noqa: ANN001, ANN201
    path = fresh_copy(tmp_path)
    work_as(path, "Marieke Verhoeven")
    return path


def test_interview_screen_with_the_demo(snap_compare, demo, still):
    app = make_app(demo)

    async def run_before(pilot: Pilot) -> None:
        await still(pilot)
        app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_board_with_the_demo(snap_compare, demo, still):
    app = make_app(demo)

    async def run_before(pilot: Pilot) -> None:
        await still(pilot)
        await pilot.press("f3")
        await still(pilot)
        app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
