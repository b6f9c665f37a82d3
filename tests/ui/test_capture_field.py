"""The capture field by keys: it grows while typing, keeps a pasted text whole (one note with its
line breaks, or one note per line after a choice), turns a typed `- `/`+ `/`! ` into the kind,
and leaves every key of the app and the gesprek screen to them while it has focus."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.binding import Binding

from interviewer.app import make_app
from interviewer.screens.interview import InterviewScreen
from interviewer.widgets.capture_line import CaptureField, CaptureLine
from interviewer.widgets.norm_suggestions import NormSuggestions
from interviewer.dialogs.choice import ChoiceDialog
from interviewer.widgets.timeline import Timeline

SIZE = (120, 40)
THREE_LINES = "De coördinator belt elke nieuwe vrijwilliger na.\nDaarna volgt een inwerkgesprek.\nNa drie maanden een evaluatie."


@pytest.fixture
def audit(tmp_path: Path, make_audit) -> Path:  # noqa: ANN001
    path = tmp_path / "noord.audit"
    make_audit(path, (("jongerenwerker", "sociaal_werker"),))
    return path


async def paste(pilot, text: str) -> None:  # noqa: ANN001
    """As a terminal pastes (bracketed paste): one Paste event to the focused field."""
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


def kind_shown(app) -> str:  # noqa: ANN001
    return str(app.screen.query_one("#kind").render())


async def test_a_three_line_paste_keeps_every_line_and_is_saved_as_one_note(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await paste(pilot, THREE_LINES.replace("\n", "\r\n"))  # as a Windows clipboard sends it
        capture = app.screen.query_one(CaptureLine)
        assert capture.text == THREE_LINES
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)  # never silently one line: the toetser chooses
        await pilot.press("enter")  # the first option: one note
        await settle(pilot)
        [note] = app.store.aantekeningen()
        assert note.text == THREE_LINES
        assert capture.text == ""
        assert app.screen.query_one(Timeline).entries[-1].text == THREE_LINES


async def test_a_pasted_list_becomes_one_note_per_line_and_stays_text(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await paste(pilot, "- inwerkmap\n- buddy\n")
        assert app.screen.query_one(CaptureLine).text == "- inwerkmap\n- buddy\n"  # a pasted bullet is no marker
        assert app.screen.query_one(CaptureLine).kind == "citaat"
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("down", "enter")  # the second option: one note per line
        await settle(pilot)
        assert sorted((a.text, a.kind) for a in app.store.aantekeningen()) == [("buddy", "citaat"), ("inwerkmap", "citaat")]
        assert len(app.screen.query_one(Timeline).entries) == 2


async def test_escape_in_the_choice_saves_nothing_and_keeps_the_text(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await paste(pilot, "eerste regel\ntweede regel")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.store.aantekeningen() == []
        assert app.screen.query_one(CaptureLine).text == "eerste regel\ntweede regel"


@pytest.mark.parametrize(
    ("marker", "kind", "label"),
    [("-", "verbeterpunt", "verbeterpunt"), ("+", "sterk_punt", "sterk punt"), ("!", "observatie", "observatie")],
)
async def test_a_typed_marker_sets_the_kind_and_is_not_saved(audit: Path, settle, marker: str, kind: str, label: str) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(marker, "space")
        assert app.screen.query_one(CaptureLine).text == ""
        assert label in kind_shown(app).lower()  # shown at once
        await pilot.press(*"geen vast inwerkprogramma", "enter")
        await settle(pilot)
        [note] = app.store.aantekeningen()
        assert (note.text, note.kind) == ("geen vast inwerkprogramma", kind)
        assert app.screen.query_one(CaptureLine).kind == "citaat"  # the next note starts plain again


async def test_a_marker_later_in_the_line_is_text_and_f8_still_cycles(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"a - b", "f8")
        assert app.screen.query_one(CaptureLine).text == "a - b"
        assert app.screen.query_one(CaptureLine).kind == "sterk_punt"


async def test_app_and_screen_keys_act_while_the_field_has_focus(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        field = app.screen.query_one(CaptureField)
        assert field.has_focus
        await pilot.press(*"vrijwilligers krijgen een inwerkgesprek en een vrijwilligersovereenkomst")
        await settle(pilot)
        suggestions = app.screen.query_one(NormSuggestions)
        assert len(suggestions.ranking) >= 3
        await pilot.press("f6", "f7")  # TextArea's own F6/F7 would select the line / all
        assert suggestions.chosen == [suggestions.ranking[1][0], suggestions.ranking[2][0]]
        assert field.selected_text == ""
        await pilot.press("f5")
        assert suggestions.ranking[0][0] in suggestions.chosen
        await pilot.press("f3")  # an app key: the board
        await settle(pilot)
        assert not isinstance(app.screen, InterviewScreen)


async def test_the_field_binds_no_key_the_app_the_screen_or_the_line_uses(audit: Path, settle) -> None:
    """Against the live bindings: a key added to the screen later that TextArea also binds fails here."""
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        field = screen.query_one(CaptureField)
        own = set(field._bindings.key_to_bindings) - {"enter"}  # Enter saves: the field's own on purpose
        taken = set()  # what this app binds (Textual's own Ctrl+C copy/"how to quit" yield to a field on purpose)
        for node in (app, screen, screen.query_one(CaptureLine)):
            for key, found in node._bindings.key_to_bindings.items():
                if any(b.action in {a for cls in type(node).__mro__ if cls.__module__.startswith("interviewer")
                                    for a in (x.action for x in cls.__dict__.get("BINDINGS", []) if isinstance(x, Binding))}
                       for b in found):
                    taken.add(key)
        assert {"f5", "f6", "f7", "ctrl+y", "f1"} <= taken
        assert not own & taken, sorted(own & taken)


@pytest.mark.parametrize("size", [SIZE, (80, 24)])
async def test_a_long_note_wraps_and_its_start_stays_in_sight(audit: Path, settle, size: tuple[int, int]) -> None:
    note = "Begin van de notitie: " + "de vrijwilligers worden goed begeleid door de coördinator en het team " * 3
    app = make_app(audit)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press(*note[:190])
        await settle(pilot)
        field = app.screen.query_one(CaptureField)
        assert field.text == note[:190]
        assert 2 <= field.size.height <= 3  # grown, at most three lines
        shown = "\n".join(str(line.text) for line in field.render_lines(field.region.reset_offset))
        assert "Begin van de notitie" in shown


async def test_f1_names_the_kind_markers(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        rows = [app.screen.query_one("#help-keys").get_row_at(i) for i in range(app.screen.query_one("#help-keys").row_count)]
        assert any(row[0] == "+ Spatie / - Spatie / ! Spatie" and "verbeterpunt" in row[1] for row in rows)


async def test_a_pasted_text_is_autosaved_with_its_line_breaks_and_comes_back(audit: Path, settle) -> None:
    import asyncio

    from interviewer.screens.interview import draft_slot
    from interviewer.widgets.capture_line import DRAFT_INTERVAL

    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        bron_id = app.screen.bron.id
        await paste(pilot, "eerste regel\ntweede regel")
        for _ in range(100):  # the autosave timer, on a loaded machine
            await asyncio.sleep(DRAFT_INTERVAL / 4)
            draft = app.store.draft(draft_slot(bron_id))
            if draft is not None and draft.text:
                break
        assert app.store.draft(draft_slot(bron_id)).text == "eerste regel\ntweede regel"
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.query_one(CaptureLine).text == "eerste regel\ntweede regel"
