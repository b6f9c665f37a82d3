"""Names at the source: the capture line and the functie field warn when a likely name is typed,
and Ctrl+Y replaces it there and then (a hint, never a block)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Label

from interviewer.app import make_app
from interviewer.widgets.capture_line import CaptureLine
from interviewer.dialogs.start_interview import StartInterviewDialog

SIZE = (120, 40)


async def test_a_name_in_the_capture_line_is_hinted_and_replaced_by_the_functie(tmp_path: Path, settle, make_audit) -> None:
    path = tmp_path / "noord.audit"
    make_audit(path, (("jongerenwerker", "sociaal_werker"),))
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, 2)
        capture = app.screen.query_one(CaptureLine)
        await pilot.press(*"sanne zegt dat het inwerken goed gaat")
        await settle(pilot)
        assert "Naam? sanne" in str(capture.input.border_subtitle)
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert capture.text.startswith("De ") and "sanne" not in capture.text
        assert capture.text.endswith("zegt dat het inwerken goed gaat")
        assert not capture.input.border_subtitle  # nothing left to warn about
        await pilot.press("enter")  # the hint never blocks saving
        await settle(pilot)
        assert capture.text == ""


async def test_ctrl_y_gives_a_third_party_a_neutral_role_not_the_functie(tmp_path: Path, settle, make_audit) -> None:
    path = tmp_path / "noord.audit"
    make_audit(path, (("jongerenwerker", "sociaal_werker"),))
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, 2)
        capture = app.screen.query_one(CaptureLine)
        await pilot.press(*"sanne belt de moeder van Youssef")
        await settle(pilot)
        assert "Youssef" in str(capture.input.border_subtitle)
        await pilot.press("ctrl+y")
        await settle(pilot)
        # sanne is the interviewee and gets the gesprek's functie; Youssef is someone's child
        functie = capture.replacement
        assert functie.startswith("de ") and capture.text == f"{functie[:1].upper()}{functie[1:]} belt de moeder van een kind"


async def test_a_name_in_the_functie_field_is_hinted_and_removed(tmp_path: Path, settle, make_audit) -> None:
    path = tmp_path / "leeg.audit"
    make_audit(path)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, 2)
        assert isinstance(app.screen, StartInterviewDialog)
        from interviewer.domain.names import load_lexicon

        load_lexicon()  # the capture line's worker may still be loading it on a slow machine
        await pilot.press(*"Coordinator vrijwilligers Sanne")
        await settle(pilot)
        assert "Dit lijkt een naam: Sanne" in str(app.screen.query_one("#functie-error", Label).render())
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert app.screen.query_one("#functie-query", Input).value == "Coordinator vrijwilligers"
