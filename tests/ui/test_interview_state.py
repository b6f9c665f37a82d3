"""Where am I: the demo opens in a running interview; Enter in an ended interview asks to reopen
it (nothing saved until answered, the text kept); typing with no interview offers to start one."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from interviewer.app import make_app
from interviewer.demo import fresh_copy
from interviewer.screens.interview import InterviewScreen
from interviewer.widgets.capture_line import CaptureLine
from interviewer.widgets.norm_suggestions import NormSuggestions
from interviewer.dialogs.start_interview import StartInterviewDialog
from interviewer.dialogs.reopen import ReopenDialog
from sessions.store import AuditStore

SIZE = (120, 40)


def _title(app) -> str:  # noqa: ANN001
    return str(app.screen.query_one("#bron-title", Static).render())


async def test_the_demo_opens_in_a_running_interview(tmp_path: Path, settle, work_as) -> None:  # noqa: ANN001
    path = fresh_copy(tmp_path)
    work_as(path, "Marieke Verhoeven")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert screen.bron.functie_category == "medezeggenschap" and not screen.bron.ended
        assert "OR-leden" in _title(app) and "beëindigd" not in _title(app)


async def test_enter_in_an_ended_interview_asks_to_reopen_it(tmp_path: Path, settle, make_audit) -> None:  # noqa: ANN001
    path = tmp_path / "noord.audit"
    [bron_id] = make_audit(path, (("teamcoach", "teamleiding"),))
    with AuditStore.open(path) as store:
        store.end_interview(bron_id)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "beëindigd" in _title(app)
        await pilot.press(*"nog een punt na afloop", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReopenDialog)
        assert app.store.aantekeningen() == []  # nothing saved while the question stands
        await pilot.press("escape")
        await settle(pilot)
        assert app.store.aantekeningen() == [] and app.store.bron(bron_id).ended
        assert app.screen.query_one(CaptureLine).text == "nog een punt na afloop"  # the text is kept
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReopenDialog)
        await pilot.press("h")  # reopen: the note goes in
        await settle(pilot)
        [note] = app.store.aantekeningen()
        assert note.text == "nog een punt na afloop" and note.bron_id == bron_id
        assert app.store.bron(bron_id).ended == "" and "beëindigd" not in _title(app)
        assert app.screen.query_one(CaptureLine).text == ""


async def test_typing_with_no_interview_offers_to_start_one(tmp_path: Path, settle, make_audit) -> None:  # noqa: ANN001
    path = tmp_path / "leeg.audit"
    make_audit(path)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StartInterviewDialog)  # a fresh audit asks at once
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press(*"eerste indruk: warm welkom")
        await settle(pilot)
        assert "Nog geen gesprek: Enter of Ctrl+N start er een" in str(app.screen.query_one("#status", Static).render())
        await pilot.press("enter")  # the offer: the start dialog, the text waits
        await settle(pilot)
        assert isinstance(app.screen, StartInterviewDialog)
        assert app.store.aantekeningen() == []
        await pilot.press(*"teamcoach", "enter", "enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        [bron] = app.store.bronnen("interview")
        assert app.screen.query_one(CaptureLine).text == "eerste indruk: warm welkom"
        await pilot.press("enter")
        await settle(pilot)
        [note] = app.store.aantekeningen()
        assert note.text == "eerste indruk: warm welkom" and note.bron_id == bron.id


async def test_back_on_the_gesprek_screen_the_tagger_is_kept_until_a_change_it_was_not_taught(
    tmp_path: Path, settle, make_audit,  # noqa: ANN001
) -> None:
    """F3 and back (F2) does not build the tagger again: it already learned the captures (at 5 000
    notes a build is 1.5 s of a worker next to the typing). A write it was not taught (another
    screen's, a merge) makes the next visit build it from the stored audit."""
    path = tmp_path / "noord.audit"
    [bron_id] = make_audit(path, (("teamcoach", "teamleiding"),))
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"de buurtcirkel van maandag draait met vrijwilligers")
        await settle(pilot)
        await pilot.press("f5", "enter")
        await settle(pilot)
        taught = app.screen.tagger
        [note] = app.store.aantekeningen()
        confirmed = [t.norm_id for t in app.store.tags(aantekening_id=note.id) if t.state == "confirmed"]
        await pilot.press("f3")
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen) and app.screen.tagger is taught
        # what it learned counts right away: a similar line gets the confirmed norm first
        await pilot.press(*"nog een buurtcirkel met vrijwilligers")
        await settle(pilot)
        assert [n for n, _ in app.screen.query_one(NormSuggestions).ranking][:1] == confirmed

        app.store.set_tag(note.id, confirmed[0], "rejected", origin="manual")  # as the review screen does
        app.notify_audit_changed("tag")
        await pilot.press("f3")
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.screen.tagger is not taught and app.screen.tagger is not None
