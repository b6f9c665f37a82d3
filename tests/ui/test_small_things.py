"""The smaller things a new user saw (#16), each as the toetser sees it: Ctrl+B's question whole for a
long functie, the board's cut cells readable below the table and its norm column kept when scrolled,
a Dutch empty palette, "Wie ben jij?" with one toetser, F1 over "Wie ben jij?", "Tekst hersteld"."""

from __future__ import annotations

from pathlib import Path

from textual.notifications import Notify
from textual.widgets import DataTable, Static

from interviewer.app import make_app
from interviewer.demo import fresh_copy
from interviewer.screens.board import BoardScreen
from interviewer.screens.help import HelpScreen
from interviewer.dialogs.who import WhoScreen
from interviewer.screens.interview import InterviewScreen, draft_slot
from interviewer.widgets.capture_line import CaptureLine
from interviewer.dialogs.confirm import ConfirmDialog
from sessions.models import Toetser, Toetsing
from sessions.store import AuditStore

LONG_FUNCTIE = "coördinator vrijwilligerswerk en mantelzorgondersteuning in de wijken Noord en Oost"


def screen_text(app) -> str:  # noqa: ANN001
    """What the terminal shows now, as plain lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_ctrl_b_asks_with_the_whole_functie_label_at_80_columns(tmp_path: Path, settle, until) -> None:
    path = tmp_path / "a.audit"
    with AuditStore.create(path, Toetsing(id="", organisation="Welzijn Noord"), [Toetser(id="", name="Anna", role="teamleider")]) as store:
        store.start_interview(LONG_FUNCTIE, "vrijwilligerscoordinator")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+b")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.pause()
        shown = " ".join(screen_text(app).replace("█", " ").split())  # the dialog's lines, borders out
        assert "mantelzorgondersteuning in de wijken Noord en Oost' beëindigen?" in shown


async def test_board_at_80_columns_shows_what_its_cells_cut_and_keeps_the_norm_column(tmp_path: Path, settle, work_as) -> None:
    path = fresh_copy(tmp_path)
    work_as(path, "Marieke Verhoeven")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        assert isinstance(app.screen, BoardScreen)
        report = app.screen.board.report
        one = next(n for n in report.norms if n.one_functie)
        many = next(n for n in report.norms if len(n.functies) >= 2)
        table = app.screen.query_one("#board-table", DataTable)
        for nc in (many, one):
            table.move_cursor(row=table.get_row_index(nc.norm_id))
            await pilot.pause()
            info = str(app.screen.query_one("#board-info", Static).render())
            heard = table.get_cell(nc.norm_id, "functies").plain
            assert f"Functies gehoord: {heard}" in info  # every functie, however narrow the column
        assert "niet van meerdere kanten" in info  # the one-functie flag (⚠ in the table) for `one`
    async with make_app(path).run_test(size=(50, 24)) as pilot:  # narrower than the table: it scrolls
        app = pilot.app
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        table = app.screen.query_one("#board-table", DataTable)
        table.scroll_x = table.max_scroll_x
        await pilot.pause()
        assert table.max_scroll_x > 0
        assert any(line.lstrip().startswith(("V1 ", "V2 ")) for line in screen_text(app).splitlines())


async def test_the_palette_says_no_match_in_dutch(tmp_path: Path, settle, make_audit, until) -> None:
    path = tmp_path / "a.audit"
    make_audit(path, (("teamcoach", "teamleiding"),))
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"qqqzzzxx")
        await until(pilot, lambda: "Geen opdracht gevonden" in screen_text(app))
        assert "No matches" not in screen_text(app)


async def test_who_with_one_toetser_does_not_say_several(tmp_path: Path, settle, make_audit, until) -> None:
    path = tmp_path / "a.audit"
    make_audit(path, (("teamcoach", "teamleiding"),))
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.action_switch_toetser()  # the palette's "Wissel van toetser"
        await until(pilot, lambda: isinstance(app.screen, WhoScreen) and app.screen.query("#who-intro"))
        intro = str(app.screen.query_one("#who-intro", Static).render())
        assert "één toetser" in intro and "meerdere" not in intro


async def test_f1_opens_the_help_over_who_are_you_and_closes_it(tmp_path: Path, settle, until) -> None:
    path = tmp_path / "a.audit"
    with AuditStore.create(
        path, Toetsing(id="", organisation="Welzijn Noord"),
        [Toetser(id="", name="Anna", role="teamleider"), Toetser(id="", name="Bram", role="beoordelaar")],
    ):
        pass
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, WhoScreen) and app.screen.query("#who-intro"))
        assert "2 toetsers" in str(app.screen.query_one("#who-intro", Static).render())
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, WhoScreen))  # answered still to come


async def test_a_restored_line_is_called_tekst_not_concept(tmp_path: Path, settle, make_audit, until) -> None:
    path = tmp_path / "a.audit"
    [bron_id] = make_audit(path, (("teamcoach", "teamleiding"),))
    with AuditStore.open(path) as store:
        store.save_draft(draft_slot(bron_id), "half getypte zin")
    app = make_app(path)
    seen: list = []  # every message: a toast may have expired on a loaded machine before it is read
    async with app.run_test(size=(100, 30), message_hook=seen.append) as pilot:
        await until(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen.query_one(CaptureLine).text)
        assert app.screen.query_one(CaptureLine).text == "half getypte zin"
        await pilot.pause()
        titles = [m.notification.title for m in seen if isinstance(m, Notify)]
        assert "Tekst hersteld" in titles and "Concept hersteld" not in titles
