"""Keys by Pilot: the Mac second keys (Ctrl+J, then the number-row key) do what the F-keys do; the
toetser's own keymap file is used, or refused with a Dutch message; F1's tabs follow ←/→; and the
earlier-audits setting changes what the norm suggestions learn from."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.notifications import Notify
from textual.widgets import Input, OptionList, TabbedContent

from interviewer.app import make_app
from interviewer.locations import user_keymap_file
from interviewer.screens.board import BoardScreen
from interviewer.screens.help import HelpScreen
from interviewer.screens.interview import InterviewScreen
from interviewer.widgets.capture_line import CaptureLine
from interviewer.dialogs.earlier_audits import EarlierAuditsDialog
from interviewer.dialogs.file_picker import FilePickerDialog
from interviewer.dialogs.norm_picker import NormPickerDialog
from interviewer.widgets.norm_suggestions import NormSuggestions
from interviewer.widgets.question_list import QuestionList
from sessions.models import Toetsing
from sessions.store import AuditStore

SIZE = (120, 40)
NOTE = "vrijwilligers worden goed ingewerkt door de coordinator"


@pytest.fixture
def audit(tmp_path: Path, make_audit) -> Path:  # noqa: ANN001
    path = tmp_path / "noord.audit"
    make_audit(path, (("teamcoach", "teamleiding"),))
    return path


async def test_mac_keys_do_what_the_f_keys_do(audit: Path, settle, type_text) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_text(pilot, NOTE)
        suggestions = app.screen.query_one(NormSuggestions)
        first, second = suggestions.ranking[0][0], suggestions.ranking[1][0]
        await pilot.press("f5")
        assert suggestions.chosen == [first]
        await pilot.press("ctrl+j", "6")  # = F6
        await settle(pilot)
        assert suggestions.chosen == [first, second]
        await pilot.press("ctrl+j", "5")  # = F5: takes the first off again, as F5 does
        await settle(pilot)
        assert suggestions.chosen == [second]
        kind = app.screen.query_one(CaptureLine).kind
        await pilot.press("ctrl+j", "8")  # = F8
        await settle(pilot)
        assert app.screen.query_one(CaptureLine).kind != kind
        assert app.screen.query_one(CaptureLine).text == NOTE  # nothing was typed into the line
        questions = app.screen.query_one(QuestionList)
        start = questions.highlighted
        await pilot.press("ctrl+j", "down")  # = Ctrl+↓, which Mission Control takes on a Mac
        await settle(pilot)
        assert questions.highlighted == (start or 0) + 1
        await pilot.press("ctrl+j", "3")  # = F3
        await settle(pilot)
        assert isinstance(app.screen, BoardScreen)
        await pilot.press("ctrl+j", "1")  # = F1
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        rows = [str(app.screen.query_one("#help-keys").get_row_at(i)[0]) for i in range(app.screen.query_one("#help-keys").row_count)]
        assert "F3 / Ctrl+J 3" in rows  # the help names the Mac key beside the F-key


async def test_an_unused_key_after_ctrl_j_does_nothing(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+j", "q")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert app.screen.query_one(CaptureLine).text == ""


async def test_the_toetsers_own_keymap_file_changes_a_key(audit: Path, settle) -> None:
    path = user_keymap_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[InterviewScreen]\npick_norm = "ctrl+underscore"\n', encoding="utf-8")
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f")  # no longer the norm search
        await settle(pilot)
        assert not isinstance(app.screen, NormPickerDialog)
        await pilot.press("ctrl+underscore")
        await settle(pilot)
        assert isinstance(app.screen, NormPickerDialog)


async def test_a_colliding_keymap_file_is_refused_and_the_defaults_stay(audit: Path, settle) -> None:
    path = user_keymap_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[InterviewScreen]\npick_norm = "ctrl+n"\n', encoding="utf-8")
    app = make_app(audit)
    seen: list = []  # every message: a toast may expire on a loaded machine before it is read
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        shown = "\n".join(m.notification.message for m in seen if isinstance(m, Notify))
        assert "botst met" in shown and "standaardtoetsen" in shown
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert isinstance(app.screen, NormPickerDialog)


async def test_help_tabs_switch_with_the_arrow_keys(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        tabs = app.screen.query_one("#help-tabs", TabbedContent)
        assert tabs.active == "tab-toetsen"
        await pilot.press("right")
        await settle(pilot)
        assert tabs.active == "tab-begrippen"
        await pilot.press("ctrl+f")  # into the filter: there ← and → move the cursor
        await pilot.press("a", "b", "left")
        await settle(pilot)
        assert tabs.active == "tab-begrippen" and app.screen.query_one("#begrip-filter", Input).cursor_position == 1
        await pilot.press("tab")  # out of the filter
        await pilot.press("left")
        await settle(pilot)
        assert tabs.active == "tab-toetsen"


def _earlier_audit(path: Path) -> Path:
    with AuditStore.create(path, Toetsing(id="", organisation="Welzijn Zuid")) as store:
        bron = store.start_interview("opbouwwerker", "sociaal_werker")
        store.capture(bron.id, "Buurtcirkels van Zonnehof draaien in drie wijken", tags=[("OB13", 50.0, "confirmed", "manual")])
    return path


async def test_adding_then_clearing_an_earlier_audit_changes_the_suggestions(tmp_path: Path, audit: Path, settle, type_text, until) -> None:
    earlier = _earlier_audit(tmp_path / "zuid.audit")
    note = "De buurtcirkels draaien nu in vier wijken"
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_text(pilot, note)
        suggestions = app.screen.query_one(NormSuggestions)
        assert suggestions.ranking[0][0] != "OB13"

        await pilot.press("ctrl+backslash")  # Leer van eerdere audits
        await settle(pilot)
        assert isinstance(app.screen, EarlierAuditsDialog)
        await pilot.press("ctrl+o")
        # the picker's folder tree keeps a loader worker running: wait for what is seen, not for workers
        await until(pilot, lambda: isinstance(app.screen, FilePickerDialog))
        await pilot.press(*str(earlier), "enter")
        await until(pilot, lambda: isinstance(app.screen, EarlierAuditsDialog))
        assert app.screen.query_one("#earlier-list", OptionList).option_count == 1
        await pilot.press("escape")
        await settle(pilot, rounds=3)  # the tagger is rebuilt, then the line ranked again
        assert isinstance(app.screen, InterviewScreen)
        top = suggestions.ranking[0][0]
        assert top == "OB13"
        reasons = " ".join(suggestions.reasons[top])
        assert "eerdere audits" in reasons and "zonnehof" not in reasons.lower()

        await pilot.press("ctrl+backslash")
        await settle(pilot)
        await pilot.press("w")  # clear the list
        await settle(pilot)
        assert app.screen.query_one("#earlier-list", OptionList).option_count == 0
        await pilot.press("escape")
        await settle(pilot, rounds=3)
        assert suggestions.ranking[0][0] != "OB13"
        assert not any("eerdere audits" in r for rs in suggestions.reasons.values() for r in rs)
