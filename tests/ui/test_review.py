"""Confirming norms on notes already saved, by keys: F5 on a timeline note confirms its best
suggestion, and the review list (Te bevestigen) walks the notes without a confirmed norm."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from interviewer.app import make_app
from interviewer.screens.interview import InterviewScreen
from interviewer.screens.review import ReviewScreen
from interviewer.widgets.timeline import Timeline
from sessions.store import AuditStore

SIZE = (120, 40)


@pytest.fixture
def audit(tmp_path: Path, make_audit) -> Path:  # noqa: ANN001
    path = tmp_path / "noord.audit"
    [bron_id] = make_audit(path, (("teamcoach", "teamleiding"),))
    with AuditStore.open(path) as store:
        store.capture(bron_id, "Inwerkmap is verouderd", tags=[("OB8", 75.0, "confirmed", "auto")])
        store.capture(bron_id, "Jaargesprekken zijn een formaliteit", "verbeterpunt",
                      tags=[("V15", 41.0, "suggested", "auto"), ("OB10", 88.0, "suggested", "auto")])
        store.capture(bron_id, "Vrijwilligers krijgen een VOG", tags=[("OB11", 90.0, "suggested", "auto"), ("D10", 80.0, "suggested", "auto")])
        store.capture(bron_id, "CAO wordt nageleefd")
    return path


def _states(app, text: str) -> dict[str, str]:  # noqa: ANN001
    [note] = [n for n in app.store.aantekeningen() if n.text == text]
    return {t.norm_id: t.state for t in app.store.tags(aantekening_id=note.id)}


async def test_a_timeline_suggestion_confirmed_with_f5(audit: Path, settle) -> None:  # noqa: ANN001
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        await pilot.press("ctrl+l", "up", "up")  # the newest note is highlighted; two up: the jaargesprekken
        entry = timeline.highlighted_entry
        assert entry.text == "Jaargesprekken zijn een formaliteit"
        shown = timeline.get_option_at_index(timeline.highlighted).prompt.plain
        assert "F5 ?OB10 jaargesprekken" in shown and "F6 ?V15 feedback en doelen" in shown  # best first, by label
        await pilot.press("f5")
        await settle(pilot)
        assert _states(app, entry.text) == {"OB10": "confirmed", "V15": "suggested"}
        assert app.store.evidence_counts()["OB10"] == {"interview": 1}
        shown = timeline.get_option_at_index(timeline.highlighted).prompt.plain
        assert "✓OB10 jaargesprekken" in shown and "F5 ?V15 feedback en doelen" in shown
        assert "OB10 bevestigd" in str(app.screen.query_one("#status", Static).render())


async def test_the_review_list_walks_the_untagged_notes(audit: Path, settle) -> None:  # noqa: ANN001
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+l", "r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        summary = lambda: str(app.screen.query_one("#review-summary", Static).render())  # noqa: E731
        assert "3 van 4 aantekeningen in dit gesprek zonder bevestigde norm" in summary()
        await pilot.press("f5")  # the first note (jaargesprekken): its best suggestion
        await settle(pilot)
        assert _states(app, "Jaargesprekken zijn een formaliteit")["OB10"] == "confirmed"
        assert "2 van 4" in summary()
        await pilot.press("f6")  # the next note took its place: its second suggestion
        await settle(pilot)
        assert _states(app, "Vrijwilligers krijgen een VOG") == {"OB11": "suggested", "D10": "confirmed"}
        await pilot.press("f5")  # the last note has no suggestion: nothing happens, the list says how
        await settle(pilot)
        assert "Ctrl+F" in str(app.screen.query_one("#review-status", Static).render())
        await pilot.press("ctrl+f", *"ob18", "enter")  # another norm, by search
        await settle(pilot)
        assert _states(app, "CAO wordt nageleefd") == {"OB18": "confirmed"}
        assert "Alle 4 aantekeningen in dit gesprek hebben een bevestigde norm" in summary()
        await pilot.press("a")  # the whole audit: no other bron, the same
        await settle(pilot)
        assert "Alle 4 aantekeningen in de audit" in summary()
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
