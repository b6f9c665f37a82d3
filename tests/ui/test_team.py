"""The team flow by keys: "Wie ben jij?" when an audit has several toetsers (remembered per audit on
this machine, switchable from the palette), merging another toetser's file into the open audit,
and the command palette reaching every action."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from textual.command import CommandList
from textual.widgets import OptionList, TextArea

from interviewer.app import make_app
from interviewer.locations import remembered_toetser, toetser_choices_file
from interviewer.screens.bevindingen import BevindingenScreen
from interviewer.screens.board import BoardScreen
from interviewer.dialogs.export import ExportDialog
from interviewer.screens.interview import InterviewScreen
from interviewer.dialogs.merge import MergeDialog
from interviewer.dialogs.who import WhoScreen
from interviewer.widgets.coverage_strip import CoverageStrip
from sessions.models import Toetser, Toetsing
from sessions.store import AuditStore

SIZE = (120, 40)
TEAM = (("Piet Jansen", "branchetoetser"), ("Anja Visser", "teamleider"), ("Kees de Wit", "beoordelaar"))


def team_audit(path: Path) -> Path:
    """An intercollegiale toetsing with three toetsers and one interview under way."""
    with AuditStore.create(
        path,
        Toetsing(id="", organisation="Welzijn Oost", variant="intercollegiaal"),
        [Toetser(id="", name=name, role=role) for name, role in TEAM],
    ) as store:
        store.start_interview("jongerenwerker", "sociaal_werker")
    return path


def toetser_id(path: Path, name: str) -> str:
    with AuditStore.open(path, read_only=True) as store:
        return next(t.id for t in store.toetsers() if t.name == name)


def options(app) -> list[str]:  # noqa: ANN001
    listing = app.screen.query_one("#who-list", OptionList)
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


def toasts(app) -> str:  # noqa: ANN001
    """The notifications on screen (the app must run with run_test(notifications=True))."""
    return "\n".join(str(t.render()) for t in app.screen.query("Toast"))


async def palette(pilot, query: str) -> list[str]:  # noqa: ANN001
    """Open Ctrl+P, type `query`; returns the titles offered (best match first)."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*query)
    await pilot.pause(0.3)
    hits = pilot.app.screen.query_one(CommandList)
    return [str(hits.get_option_at_index(i).prompt).split("\n")[0] for i in range(hits.option_count)]


# --- who is typing ------------------------------------------------------------------------


async def test_several_toetsers_are_asked_who_types_and_the_answer_is_remembered(tmp_path, settle):
    path = team_audit(tmp_path / "oost.audit")
    kees = toetser_id(path, "Kees de Wit")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, WhoScreen)
        # teamleider first, then beoordelaar, then branchetoetser; and a way to add someone
        assert options(app) == [
            "Anja Visser — teamleider",
            "Kees de Wit — beoordelaar",
            "Piet Jansen — branchetoetser",
            "+ Nieuwe toetser toevoegen",
        ]
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert app.store.author == kees
        assert app.sub_title == "Kees de Wit (beoordelaar) · Welzijn Oost"
        await pilot.press(*"we werken met een maatjesproject", "enter")
        await settle(pilot)
        [note] = app.store.aantekeningen()
        assert note.author == kees and note.toetser_id == kees  # the merged files can tell who wrote it
    assert stat.S_IMODE(os.stat(toetser_choices_file()).st_mode) == 0o600
    again = make_app(path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, InterviewScreen)  # not asked twice on this laptop
        assert again.store.author == kees


async def test_a_new_toetser_can_be_added_while_answering(tmp_path, settle):
    path = team_audit(tmp_path / "oost.audit")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("end", "enter")  # "+ Nieuwe toetser toevoegen"
        await pilot.press(*"Sanne Vos", "enter")
        await pilot.press("down", "enter")  # beoordelaar is offered first; one down: branchetoetser
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        sanne = next(t for t in app.store.toetsers() if t.name == "Sanne Vos")
        assert sanne.role == "branchetoetser"
        assert app.store.author == sanne.id
        assert remembered_toetser(app.store.toetsing().id) == sanne.id
        assert app.sub_title.startswith("Sanne Vos (branchetoetser)")


async def test_escape_leaves_the_choice_open_and_asks_next_time(tmp_path, settle):
    path = team_audit(tmp_path / "oost.audit")
    app = make_app(path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert app.store.author == ""
        assert app.sub_title.startswith("toetser niet gekozen")
        assert "Wissel van toetser" in toasts(app)  # says how to choose later
    again = make_app(path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, WhoScreen)


async def test_switch_toetser_from_the_palette(tmp_path, settle, work_as):
    path = team_audit(tmp_path / "oost.audit")
    work_as(path, "Anja Visser")
    piet = toetser_id(path, "Piet Jansen")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert app.sub_title == "Anja Visser (teamleider) · Welzijn Oost"
        assert (await palette(pilot, "Wissel van toetser"))[0] == "Wissel van toetser"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WhoScreen)
        assert app.screen.query_one("#who-list", OptionList).highlighted == 0  # the current one
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        assert app.store.author == piet
        assert app.sub_title == "Piet Jansen (branchetoetser) · Welzijn Oost"
        assert remembered_toetser(app.store.toetsing().id) == piet
        await pilot.press(*"de vrijwilligers hebben een VOG", "enter")
        await settle(pilot)
        assert [n.author for n in app.store.aantekeningen()] == [piet]


# --- merging into the open audit ----------------------------------------------------------


def two_laptops(tmp_path: Path) -> tuple[Path, Path]:
    """Anja's and Piet's copies of one audit; Piet heard the buurtwerkers and judged V5."""
    anja_file = team_audit(tmp_path / "anja.audit")
    piet_file = tmp_path / "piet.audit"
    shutil.copy(anja_file, piet_file)
    with AuditStore.open(piet_file, author=toetser_id(piet_file, "Piet Jansen")) as store:
        bron = store.start_interview("buurtwerker", "sociaal_werker")
        store.capture(bron.id, "We zoeken bewoners thuis op in de wijk.", tags=[("V5", 0.9, "confirmed", "manual")])
        store.save_bevinding("V5", text="Outreachend werken is gewoon.", oordeel="+")
    return anja_file, piet_file


async def test_merge_another_toetsers_file_from_the_palette(tmp_path, settle, work_as):
    anja_file, piet_file = two_laptops(tmp_path)
    work_as(anja_file, "Anja Visser")
    app = make_app(anja_file)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        strip = app.screen.query_one(CoverageStrip)
        assert strip.cell("V5").level == "open"
        assert (await palette(pilot, "Samenvoegen"))[0] == "Samenvoegen met ander auditbestand…"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MergeDialog)
        await pilot.press("ctrl+u", *str(piet_file), "enter")
        await settle(pilot, rounds=2)
        assert isinstance(app.screen, InterviewScreen)
        shown = toasts(app)
        assert "Samengevoegd met piet.audit" in shown
        assert "aantekeningen: 1 nieuw" in shown and "bevindingen: 1 nieuw" in shown
        assert "We zoeken bewoners thuis op in de wijk." in [n.text for n in app.store.aantekeningen()]
        assert strip.cell("V5").level == "dun"  # the screens heard of it: coverage moved
        # merging the same file again adds nothing (the merge is idempotent)
        await palette(pilot, "Samenvoegen")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+u", *str(piet_file), "enter")
        await settle(pilot, rounds=2)
        assert "Niets nieuws" in toasts(app)
        assert len(app.store.aantekeningen()) == 1


async def test_merge_refuses_a_foreign_audit_and_a_bad_file_in_dutch(tmp_path, settle, work_as):
    anja_file, _ = two_laptops(tmp_path)
    work_as(anja_file, "Anja Visser")
    foreign = team_audit(tmp_path / "andere.audit")  # same people, another audit (another id)
    junk = tmp_path / "kapot.audit"
    junk.write_bytes(b"geen sqlite" * 100)
    app = make_app(anja_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = len(app.store.bronnen())
        await palette(pilot, "Samenvoegen")
        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        await pilot.press("ctrl+u", *str(foreign), "enter")
        await settle(pilot, rounds=2)
        assert app.screen is dialog  # still open: the toetser can correct the path
        status = str(dialog.query_one("#merge-status").render())
        assert "hoort bij een andere audit" in status
        await pilot.press("ctrl+u", *str(junk), "enter")
        await settle(pilot, rounds=2)
        assert "geen auditbestand" in str(dialog.query_one("#merge-status").render())
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert len(app.store.bronnen()) == before  # nothing came in
    assert junk.read_bytes() == b"geen sqlite" * 100


# --- the palette reaches every action ----------------------------------------------------


async def test_palette_offers_the_export_and_each_screens_keys(tmp_path, settle, work_as):
    path = team_audit(tmp_path / "oost.audit")
    work_as(path, "Anja Visser")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # the export dialog from the gesprek screen
        assert (await palette(pilot, "Exporteer rapport"))[0] == "Exporteer rapport…"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("escape")
        await settle(pilot)

        # a screen's own key binding (the board's gap filter, key g) by its Dutch name
        await pilot.press("f3")
        await settle(pilot)
        assert isinstance(app.screen, BoardScreen)
        assert (await palette(pilot, "Alleen gaten"))[0] == "Alleen gaten"
        await pilot.press("enter")
        await settle(pilot)
        assert "alleen gaten" in str(app.screen.query_one("#board-summary").render())

        # a key the editor swallows (g types a letter there) is still reachable by name
        await pilot.press("f4")
        await settle(pilot, rounds=2)
        assert isinstance(app.screen, BevindingenScreen)
        await pilot.press("enter")  # into the editor
        await pilot.pause()
        assert isinstance(app.focused, TextArea)
        assert (await palette(pilot, "Genereer concept"))[0] == "Genereer concept"
        await pilot.press("enter")
        await settle(pilot, rounds=2)
        # V1 has no evidence yet: the command ran, and wrote no concept text ("Geen bronnen." never reaches a report)
        assert [b for b in app.store.bevindingen("V1") if b.author == app.store.author] == []


async def test_the_question_is_answered_before_moving_on(tmp_path, settle):
    """F2–F4 do not close "Wie ben jij?" unanswered (rows would silently stay without a toetser)."""
    path = team_audit(tmp_path / "oost.audit")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f3", "f4")
        await settle(pilot)
        assert isinstance(app.screen, WhoScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen) and app.store.author


async def test_after_a_merge_the_gesprek_screen_opens_on_my_own_interview(tmp_path, work_as, settle):
    """Two toetsers' files merged: each opens on their own newest interview, not the other's."""
    mine = team_audit(tmp_path / "anja.audit")
    other = tmp_path / "piet.audit"
    shutil.copy(mine, other)
    with AuditStore.open(mine, author=toetser_id(mine, "Anja Visser")) as store:
        store.start_interview("vrijwilligerscoördinator", "vrijwilligerscoordinator")
    with AuditStore.open(other, author=toetser_id(other, "Piet Jansen")) as store:
        store.start_interview("bestuurder", "bestuur")  # newer than Anja's
    with AuditStore.open(mine) as store:
        store.merge_from(other)
    work_as(mine, "Anja Visser")
    app = make_app(mine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        title = str(app.screen.query_one("#bron-title").render())
        assert "Vrijwilligerscoördinator" in title and "Bestuurder" not in title
