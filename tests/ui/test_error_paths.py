"""What the toetser sees when something goes wrong: a store that refuses what was typed (too long,
only spaces, an invisible NUL), text with markup characters or odd Unicode, a background job that
fails, and a footer at 80 columns. Nothing typed is ever lost and the app never crashes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Footer, Input, OptionList, Static, TextArea
from textual.widgets._footer import FooterKey, FooterLabel

from interviewer.app import make_app
from interviewer.screens.board import BoardScreen
from interviewer.screens.interview import InterviewScreen
from interviewer.widgets.capture_line import CaptureLine
from interviewer.dialogs.add_question import AddQuestionDialog
from interviewer.dialogs.confirm import ConfirmDialog
from interviewer.dialogs.edit_note import EditNoteDialog
from interviewer.dialogs.nvt_reason import NvtReasonDialog
from interviewer.dialogs.preparation import PreparationDialog
from interviewer.widgets.timeline import Timeline
from sessions.models import Toetsing
from sessions.store import MAX_AANTEKENING_CHARS, MAX_TEXT_CHARS, NORM_IDS, AuditStore

SIZE = (120, 40)
TOO_LONG_QUOTE = "a" * 20_000
MARKUP = "coach [/] [b]vet"  # a closing tag with nothing to close: invalid Rich/Textual markup


@pytest.fixture
def audit(tmp_path: Path, make_audit) -> Path:  # noqa: ANN001
    path = tmp_path / "noord.audit"
    make_audit(path, (("teamcoach", "teamleiding"),))
    return path


def capture_input(app) -> Input:  # noqa: ANN001
    return app.screen.query_one(CaptureLine).input


def status(app) -> str:  # noqa: ANN001
    return str(app.screen.query_one("#status", Static).render())


async def paste_and_enter(pilot, field: Input, text: str) -> None:  # noqa: ANN001
    """As if pasted: the value set at once, then Enter in that field."""
    field.value = text
    field.focus()
    await pilot.pause()
    await pilot.press("enter")


# --- the capture line ---------------------------------------------------------------------------


async def test_over_long_quote_is_refused_in_dutch_and_stays_on_the_line(audit: Path, settle, toasts) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await paste_and_enter(pilot, capture_input(app), TOO_LONG_QUOTE)
        await settle(pilot)
        assert app.store.aantekeningen() == []
        assert capture_input(app).value == TOO_LONG_QUOTE  # nothing typed is lost
        assert f"maximaal {MAX_AANTEKENING_CHARS:,}".replace(",", ".") in toasts(app)
        assert "Niet opgeslagen" in status(app)
        # shortened, the same line saves
        capture_input(app).value = "kort genoeg"
        await pilot.press("enter")
        await settle(pilot)
        assert [a.text for a in app.store.aantekeningen()] == ["kort genoeg"]


async def test_quote_of_only_spaces_says_nothing_was_saved(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await paste_and_enter(pilot, capture_input(app), "     ")
        await settle(pilot)
        assert app.store.aantekeningen() == []
        assert "Niets opgeslagen" in status(app)


async def test_emoji_rtl_combining_accents_and_brackets_are_stored_and_shown_as_typed(audit: Path, settle) -> None:
    typed = "👩‍👧 zegt: مرحبا, cafe\u0301 [b]niet vet[/b] [/] OK"
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await paste_and_enter(pilot, capture_input(app), typed)
        await settle(pilot)
        [note] = app.store.aantekeningen()
        assert note.text == typed.replace("e\u0301", "é")  # NFC: one é, as every export writes it
        shown = str(app.screen.query_one(Timeline).get_option_at_index(0).prompt)
        assert "[b]niet vet[/b] [/] OK" in shown and "مرحبا" in shown
        assert capture_input(app).value == ""


# --- markup characters in what toetsers typed ---------------------------------------------------


async def test_brackets_in_a_functie_note_and_preparation_never_break_a_screen(tmp_path: Path, settle) -> None:
    path = tmp_path / "haken.audit"
    with AuditStore.create(path, Toetsing(id="", organisation=f"Org {MARKUP}")) as store:
        bron = store.start_interview(MARKUP, "teamleiding")
        store.capture(bron.id, f"citaat {MARKUP}", tags=[("V1", 1.0, "confirmed", "manual")])
        for norm_id in NORM_IDS:  # whichever question is highlighted first, its norm has one
            store.set_preparation(norm_id, f"voorbereiding {MARKUP}")
        store.mark_nvt("V3", f"reden {MARKUP}")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert MARKUP in str(app.screen.query_one("#bron-title", Static).render())
        assert f"voorbereiding {MARKUP}" in str(app.screen.query_one("#preparation", Static).render())

        await pilot.press("ctrl+o")  # the interview list quotes the functie
        await pilot.pause()
        listing = app.screen.query_one(OptionList)
        assert MARKUP in str(listing.get_option_at_index(0).prompt)
        await pilot.press("escape")

        await pilot.press("ctrl+l", "delete")  # the confirmation quotes the note
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert f"citaat {MARKUP}" in str(app.screen.query_one("Label").render())
        await pilot.press("n")

        await pilot.press("f3")
        await settle(pilot)
        assert isinstance(app.screen, BoardScreen)
        assert "reden" in str(app.screen.query_one("#board-table").get_row("V3")[-1])


async def test_help_filter_with_brackets_says_nothing_was_found(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1", "ctrl+f")
        await pilot.press(*"[/]")
        await pilot.pause()
        assert "Geen begrip gevonden voor “[/]”" in str(app.screen.query_one("#begrippen-none", Static).render())


# --- dialogs come back with what was typed -----------------------------------------------------


async def test_edited_note_refused_as_too_long_comes_back_in_the_dialog(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await paste_and_enter(pilot, capture_input(app), "kort citaat")
        await settle(pilot)
        await pilot.press("ctrl+l", "enter")
        await pilot.pause()
        await paste_and_enter(pilot, app.screen.query_one("#note-text", Input), TOO_LONG_QUOTE)
        await settle(pilot)
        assert isinstance(app.screen, EditNoteDialog)
        assert app.screen.query_one("#note-text", Input).value == TOO_LONG_QUOTE
        assert "te lang" in str(app.screen.query_one("#note-error").render())
        assert [a.text for a in app.store.aantekeningen()] == ["kort citaat"]


async def test_own_question_refused_comes_back_with_the_question(audit: Path, settle) -> None:
    question = "Waarom?" * (MAX_TEXT_CHARS // 7 + 1)
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()
        await paste_and_enter(pilot, app.screen.query_one("#question-text", Input), question)
        await settle(pilot)
        assert isinstance(app.screen, AddQuestionDialog)
        assert app.screen.query_one("#question-text", Input).value == question
        assert "te lang" in str(app.screen.query_one("#error").render())
        assert app.store.custom_questions() == []


async def test_document_note_refused_comes_back_and_the_retry_records_one_document(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f9")
        await pilot.pause()
        app.screen.query_one("#bron-title", Input).value = "Jaarverslag 2025"
        await paste_and_enter(pilot, app.screen.query_one("#bron-note", Input), TOO_LONG_QUOTE)
        await settle(pilot)
        note = app.screen.query_one("#bron-note", Input)
        assert note.value == TOO_LONG_QUOTE and app.screen.query_one("#bron-title", Input).value == "Jaarverslag 2025"
        assert "te lang" in str(app.screen.query_one("#bron-error").render())
        note.value = "jaarverslag gezien"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        [doc] = app.store.bronnen("document")
        assert [a.text for a in app.store.aantekeningen(doc.id)] == ["jaarverslag gezien"]


async def test_nvt_reason_and_preparation_refused_come_back_in_their_dialogs(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        await pilot.press("enter")  # the first norm's detail
        await settle(pilot)
        norm_id = app.screen.norm_id

        await pilot.press("n")
        await pilot.pause()
        reason = "r" * (MAX_TEXT_CHARS + 1)
        await paste_and_enter(pilot, app.screen.query_one("#nvt-reason", Input), reason)
        await settle(pilot)
        assert isinstance(app.screen, NvtReasonDialog)
        assert app.screen.query_one("#nvt-reason", Input).value == reason
        assert "te lang" in str(app.screen.query_one("#nvt-error").render())
        assert app.store.nvt() == []
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("v")
        await pilot.pause()
        app.screen.query_one("#prep-text", TextArea).load_text("zelfevaluatie\x00 zegt")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, PreparationDialog)
        assert app.screen.query_one("#prep-text", TextArea).text == "zelfevaluatie\x00 zegt"
        assert "nulteken" in str(app.screen.query_one("#prep-error").render())
        assert [p for p in app.store.preparation() if p.norm_id == norm_id] == []


async def test_over_long_bevinding_stays_in_the_editor_and_the_draft(audit: Path, settle, toasts) -> None:
    text = "b" * (MAX_TEXT_CHARS + 1)
    app = make_app(audit)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        await pilot.press("enter")  # edit the first norm
        await pilot.pause()
        app.screen.query_one("#bev-text", TextArea).load_text(text)
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "niet bewaard" in toasts(app) and "te lang" in toasts(app)
        assert app.screen.query_one("#bev-text", TextArea).text == text
        assert app.store.bevindingen() == []
        assert [d.text for d in app.store.drafts() if d.slot.startswith("bevinding:")] == [text]


# --- background jobs ----------------------------------------------------------------------------


async def test_failing_coverage_job_is_told_in_dutch_and_the_app_goes_on(audit: Path, settle, toasts, monkeypatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("kapot")

    monkeypatch.setattr("interviewer.screens.board.build_board", broken)
    app = make_app(audit)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        assert isinstance(app.screen, BoardScreen)
        assert "De dekking berekenen is mislukt" in toasts(app) and "kapot" in toasts(app)
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)  # still running


async def test_failing_name_check_leaves_the_export_dialog_usable(audit: Path, settle, toasts, monkeypatch) -> None:
    import interviewer.domain.report as report

    real = report.build_report

    def broken(*_args: object) -> None:
        raise RuntimeError("rapport kapot")

    monkeypatch.setattr(report, "build_report", broken)
    app = make_app(audit)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("ctrl+e")
        await settle(pilot)
        assert "De namencontrole is mislukt" in toasts(app)
        assert "mislukt" in str(app.screen.query_one("#export-status", Static).render())
        monkeypatch.setattr(report, "build_report", real)
        await pilot.press("ctrl+e")  # not stuck "busy": a second check runs
        await settle(pilot)
        assert "Ctrl+S schrijft" in str(app.screen.query_one("#export-status", Static).render())


# --- the footer at 80 columns -------------------------------------------------------------------


async def test_gesprek_footer_at_80_columns_shows_the_keys_used_while_typing(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(Footer)
        visible = [
            (w.key_display + " " + w.description) if isinstance(w, FooterKey) else str(w.render())
            for w in footer.query("FooterKey, FooterLabel")
            if isinstance(w, (FooterKey, FooterLabel)) and 0 < w.region.width and w.region.right <= footer.region.width
        ]
        shown = " | ".join(visible)
        for label in ("Opslaan", "F5", "F6", "F7", "Kies norm", "F8 Soort", "Norm zoeken", "Gesteld", "Opdrachten"):
            assert label in shown, shown
