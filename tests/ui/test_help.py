"""Help (F1): the keys of the current screen and the app, read from the live bindings, and the
begrippen with a filter."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding

from interviewer.app import make_app
from interviewer.screens import board as board_module
from interviewer.screens.board import BoardScreen
from interviewer.screens.help import BegripItem, HelpScreen
from questionbank import load_bank
from sessions.models import Toetsing
from sessions.store import AuditStore


def build_audit(path: Path) -> Path:
    with AuditStore.create(path, Toetsing(id="", organisation="Welzijn Oost")) as store:
        store.start_interview("sociaal werker", "sociaal_werker")  # so the app opens on a running interview
    return path


def key_rows(screen: HelpScreen) -> list[tuple[str, str, str]]:
    table = screen.query_one("#help-keys")
    return [tuple(str(c) for c in table.get_row_at(i)) for i in range(table.row_count)]


async def open_help_on_board(app, pilot) -> HelpScreen:
    await pilot.pause()
    await pilot.press("f3")
    await app.workers.wait_for_complete()
    await pilot.press("f1")
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    return app.screen


async def test_help_lists_the_current_screens_keys_and_the_apps(tmp_path):
    app = make_app(build_audit(tmp_path / "a.audit"))
    async with app.run_test(size=(120, 40)) as pilot:
        help_screen = await open_help_on_board(app, pilot)
        rows = key_rows(help_screen)
        assert ("g", "Alleen gaten", "dit scherm") in rows
        assert ("Enter", "Open norm", "dit scherm") in rows  # from the focused table's own binding
        assert ("F4 / Ctrl+J 4", "Bevindingen", "overal") in rows  # with its Mac second key
        assert ("Ctrl+T", "Licht/donker", "overal") in rows  # hidden from the footer, still listed
        assert ("Ctrl+P", "Opdrachtenpalet: zoek elke actie", "overal") in rows
        # Textual's own English table keys ("Cursor up", ...) are not shown to the toetser
        assert not any("Cursor" in description for _, description, _ in rows)
        assert "Dekking" in str(help_screen.query_one("#help-context").render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, BoardScreen)


class ZoomBoard(BoardScreen):
    CSS_PATH = Path(board_module.__file__).with_name("board.tcss")
    BINDINGS = [Binding("z", "toggle_gaps", "Zoom op gaten")]


async def test_help_follows_the_bindings_not_a_copy(tmp_path):
    """A binding added to a screen shows up in the help without touching the help."""
    app = make_app(build_audit(tmp_path / "a.audit"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.push_screen(ZoomBoard())
        await app.workers.wait_for_complete()
        await pilot.press("f1")
        await pilot.pause()
        rows = key_rows(app.screen)
        assert ("z", "Zoom op gaten", "dit scherm") in rows
        assert ("g", "Alleen gaten", "dit scherm") in rows  # inherited from BoardScreen


async def test_begrippen_are_listed_and_filtered(tmp_path):
    app = make_app(build_audit(tmp_path / "a.audit"))
    begrippen = load_bank().begrippen
    async with app.run_test(size=(80, 24)) as pilot:
        help_screen = await open_help_on_board(app, pilot)
        items = list(help_screen.query(BegripItem))
        assert len(items) == len(begrippen)
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press(*"clienten")  # no accent typed; the begrip says "cliënten"
        await pilot.pause()
        visible = [str(i.render()) for i in items if i.display]
        expected = [b for b in begrippen if "client" in f"{b.term} {b.definition}".lower().replace("ë", "e")]
        assert 0 < len(visible) == len(expected) < len(begrippen)
        await pilot.press(*"xyz")
        await pilot.pause()
        assert not any(i.display for i in items)
        assert "Geen begrip gevonden" in str(help_screen.query_one("#begrippen-none").render())
        await pilot.press("f1")  # F1 closes the help again
        await pilot.pause()
        assert isinstance(app.screen, BoardScreen)
