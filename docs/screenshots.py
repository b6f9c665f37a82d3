"""Regenerate the README screenshots (docs/*.svg) from the demo audit.

    python docs/screenshots.py

Times in the demo are Dutch local time, so the clock is set to Europe/Amsterdam for the shots.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))
SIZE = (140, 40)
CAPTURE_TEXT = "VOG van nieuwe buurtbemiddelaars niet gecontroleerd"


async def shoot() -> None:
    from interviewer.app import make_app
    from interviewer.demo import fresh_copy

    from interviewer.locations import remember_toetser
    from sessions.store import AuditStore

    audit = fresh_copy(Path(tempfile.mkdtemp(prefix="interviewer-shots-")))
    with AuditStore.open(audit, read_only=True) as store:  # "Wie ben jij?": the teamleider
        teamleider = next(t for t in store.toetsers() if t.role == "teamleider")
        remember_toetser(store.toetsing().id, teamleider.id)
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # The interview screen on the jongerenwerkers interview, with a quote being typed.
        bron = next(b for b in app.store.bronnen("interview") if b.werksoort == "jongerenwerk")
        app.current_bron_id = bron.id
        app.action_interview()
        await pilot.pause()
        app.screen.query_one("#capture-input").focus()
        await pilot.press(*CAPTURE_TEXT)
        await pilot.pause(0.6)
        app.save_screenshot("interview.svg", str(DOCS))

        await pilot.press("escape")
        app.screen.query_one("#capture-input").value = ""
        await pilot.press("f3")
        await pilot.pause(0.5)
        app.save_screenshot("board.svg", str(DOCS))

        await pilot.press("f4")
        await pilot.pause(0.5)
        from textual.widgets import DataTable

        table = app.screen.query(DataTable).first()
        table.focus()
        table.move_cursor(row=table.get_row_index("D10"))
        await pilot.pause(0.3)
        await pilot.press("c")  # the consensus view: both toetsers' versions side by side
        await pilot.pause(0.5)
        app.save_screenshot("bevindingen.svg", str(DOCS))


def main() -> None:
    os.environ["TZ"] = "Europe/Amsterdam"
    time.tzset()
    asyncio.run(shoot())
    print("geschreven:", ", ".join(str(DOCS / n) for n in ("interview.svg", "board.svg", "bevindingen.svg")))


if __name__ == "__main__":
    main()
