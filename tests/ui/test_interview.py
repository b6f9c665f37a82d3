"""The gesprek screen driven by keys: start an interview, capture quotes, tag them, mark questions
asked, edit the timeline, and watch coverage move from open to dun to gedekt."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.widgets import Static

from interviewer.app import make_app
from interviewer.screens.interview import InterviewScreen
from interviewer.widgets.capture_line import DRAFT_INTERVAL, CaptureLine
from interviewer.widgets.coverage_strip import CoverageStrip
from interviewer.dialogs.start_interview import StartInterviewDialog
from interviewer.widgets.norm_suggestions import NormSuggestions
from interviewer.widgets.question_list import QuestionList
from interviewer.widgets.timeline import Timeline
from sessions.store import AuditStore

SIZE = (120, 40)



def cell_level(app, norm_id: str) -> str:  # noqa: ANN001
    return app.screen.query_one(CoverageStrip).cell(norm_id).level


def capture_value(app) -> str:  # noqa: ANN001
    return app.screen.query_one(CaptureLine).text


@pytest.fixture
def audit(tmp_path: Path, make_audit) -> Path:  # noqa: ANN001
    path = tmp_path / "noord.audit"
    make_audit(path, (("teamcoach", "teamleiding"),))
    return path


async def test_fresh_audit_asks_for_a_functie_and_starts_the_interview(tmp_path: Path, settle, type_text, make_audit) -> None:
    path = tmp_path / "leeg.audit"
    make_audit(path)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StartInterviewDialog)  # no interview yet: the dialog comes up by itself
        await type_text(pilot, "teamcoach jongerenwerk")
        await pilot.press("enter")  # functie done (free text, mapped to a category)
        await pilot.press("ctrl+u", "2", "enter")  # two persons
        await type_text(pilot, "jongerenwerk")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        title = str(app.screen.query_one("#bron-title", Static).render())
        assert "Teamleider" in title and "teamcoach jongerenwerk" in title and "2 pers." in title
        [bron] = app.store.bronnen("interview")
        assert (bron.functie, bron.functie_category, bron.persons, bron.werksoort) == (
            "teamcoach jongerenwerk", "teamleiding", 2, "jongerenwerk",
        )
        # the questions are for this functie: a norm where teamleiding is primary comes first
        first = app.screen.query_one(QuestionList).items[0]
        assert "teamleiding" in app.bank.norm(first.norm_id).functies.primary


async def test_choosing_a_catalogue_title_takes_its_category(tmp_path: Path, settle, type_text, make_audit) -> None:
    path = tmp_path / "leeg.audit"
    make_audit(path)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_text(pilot, "vrijwilligerscoord")
        await pilot.press("down", "enter", "enter", "enter")  # second entry: the catalogue title itself
        await settle(pilot)
        [bron] = app.store.bronnen("interview")
        assert bron.functie_category == "vrijwilligerscoordinator"


async def test_capture_with_an_accepted_suggestion(audit: Path, settle, type_text) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_text(pilot, "vrijwilligers worden goed ingewerkt door de coordinator")
        suggestions = app.screen.query_one(NormSuggestions)
        assert len(suggestions.ranking) == 3
        top = suggestions.ranking[0][0]
        assert "OB11" in [norm_id for norm_id, _ in suggestions.ranking]  # vrijwilligersbeleid
        chip = str(app.screen.query_one("#chip-1", Static).render())
        assert chip.startswith(f"F5 {top} ")
        await pilot.press("f5")
        assert suggestions.chosen == [top]
        assert str(app.screen.query_one("#chip-1", Static).render()).startswith(f"F5 ✓ {top}")
        await pilot.press("enter")
        await settle(pilot)

        [note] = app.store.aantekeningen()
        assert note.text == "vrijwilligers worden goed ingewerkt door de coordinator"
        assert note.kind == "citaat"
        states = {t.norm_id: t.state for t in app.store.tags(aantekening_id=note.id)}
        assert states[top] == "confirmed"
        # the other suggestions shown are kept, as suggestions only (they do not count for coverage)
        others = {n: s for n, s in states.items() if n != top}
        assert len(others) == 2 and set(others.values()) == {"suggested"}
        assert app.store.evidence_counts() == {top: {"interview": 1}}
        assert capture_value(app) == ""
        timeline = app.screen.query_one(Timeline)
        entry = timeline.entries[-1]
        assert entry.text == note.text and (top, "confirmed") in entry.tags
        # the new line names its norms with their short labels, as the list shows them after a reload
        from interviewer.presenters.suggestions import bank_labels, norm_name

        shown = str(timeline.get_option_at_index(len(timeline.entries) - 1).prompt)
        for norm_id in states:
            assert norm_name(norm_id, bank_labels(app.bank)) in shown and norm_name(norm_id, bank_labels(app.bank)) != norm_id
        assert "opgeslagen" in str(app.screen.query_one("#status", Static).render())


async def test_kind_key_marks_the_quote(audit: Path, settle, type_text) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_text(pilot, "cliënten worden te laat teruggebeld")
        await pilot.press("f8", "f8")  # citaat -> sterk punt -> verbeterpunt
        assert str(app.screen.query_one("#kind", Static).render()) == "verbeterpunt"
        await pilot.press("enter")
        await settle(pilot)
        [note] = app.store.aantekeningen()
        assert note.kind == "verbeterpunt"
        assert str(app.screen.query_one("#kind", Static).render()) == "citaat"  # back to the default


async def test_empty_line_saves_nothing(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("space", "space", "enter")
        await settle(pilot)
        assert app.store.aantekeningen() == []


async def test_mark_question_asked_drops_it(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        questions = app.screen.query_one(QuestionList)
        await pilot.press("ctrl+down")
        target = questions.highlighted_item
        assert target is not None and questions.highlighted == 1
        await pilot.press("ctrl+g")
        await settle(pilot)
        [asked] = app.store.asked()
        assert (asked.norm_id, asked.question_key) == (target.norm_id, target.key)
        assert target.key not in [q.key for q in questions.items]


async def test_preparation_note_beside_the_questions(audit: Path, settle) -> None:
    store = AuditStore.open(audit)
    store.set_preparation("V1", "Zelfevaluatie: competentieprofiel herzien in 2024.")
    store.close()
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        questions = app.screen.query_one(QuestionList)
        while questions.highlighted_item.norm_id != "V1":
            await pilot.press("ctrl+down")
        await pilot.pause()
        shown = str(app.screen.query_one("#preparation", Static).render())
        assert "competentieprofiel herzien in 2024" in shown


async def test_own_question_joins_the_list(audit: Path, settle, type_text) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()
        # the norm of the highlighted question is filled in and the cursor waits in the question
        # field; go back to the norm field to pick another one
        await pilot.press("shift+tab", "ctrl+u")
        await type_text(pilot, "ob16")
        await pilot.press("enter")
        await type_text(pilot, "Wie doet de RI&E bij jullie?")
        await pilot.press("enter")
        await settle(pilot)
        [custom] = app.store.custom_questions()
        assert (custom.norm_id, custom.text, custom.functie_category) == ("OB16", "Wie doet de RI&E bij jullie?", "teamleiding")
        mine = app.screen.query_one(QuestionList).highlighted_item  # the new question is highlighted
        assert mine.key == f"custom:{custom.id}" and mine.source == "eigen" and mine.norm_id == "OB16"


async def test_coverage_moves_open_dun_gedekt_over_two_functies(tmp_path: Path, settle, type_text, make_audit) -> None:
    path = tmp_path / "twee.audit"
    make_audit(path, (("teamcoach", "teamleiding"), ("jongerenwerker", "sociaal_werker")))
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert cell_level(app, "OB16") == "open"
        first = app.screen.bron.id
        first_functie = app.screen.bron.functie_category

        async def capture_with_search(text: str) -> None:
            await type_text(pilot, text)
            await pilot.press("ctrl+f")
            await type_text(pilot, "ob16")
            await pilot.press("enter")
            await pilot.press("enter")  # save the quote
            await settle(pilot)

        await capture_with_search("De arbo-risico's zijn recent in kaart gebracht")
        assert cell_level(app, "OB16") == "dun"
        assert "-dun" in app.screen.query_one(CoverageStrip).cell("OB16").classes

        await pilot.press("ctrl+o")  # switch to the other interview (newest first in the list)
        await pilot.pause()
        await pilot.press(*(["down"] if app.screen.query_one("OptionList").highlighted_option.id == first else []), "enter")
        await settle(pilot)
        assert app.screen.bron.id != first
        assert {first_functie, app.screen.bron.functie_category} == {"teamleiding", "sociaal_werker"}

        await capture_with_search("Ik weet waar de BHV-ers zitten en we oefenen ontruiming")
        assert cell_level(app, "OB16") == "gedekt"
        assert app.store.evidence_counts()["OB16"]["interview"] == 2


async def test_timeline_edit_retag_and_delete(audit: Path, settle, type_text) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_text(pilot, "we hebben elke maand intervisie")
        await pilot.press("enter")
        await settle(pilot)
        [note] = app.store.aantekeningen()

        await pilot.press("ctrl+l", "enter")  # edit the highlighted (newest) note
        await pilot.pause()
        await pilot.press("end")
        await type_text(pilot, " met casuïstiek")
        await pilot.press("enter")
        await settle(pilot)
        assert app.store.aantekeningen()[0].text == "we hebben elke maand intervisie met casuïstiek"

        await pilot.press("k")  # kind: citaat -> sterk punt
        await settle(pilot)
        assert app.store.aantekeningen()[0].kind == "sterk_punt"

        await pilot.press("t")
        await type_text(pilot, "v13")
        await pilot.press("enter")
        await settle(pilot)
        assert {t.norm_id: t.state for t in app.store.tags(aantekening_id=note.id)}["V13"] == "confirmed"
        assert ("V13", "confirmed") in app.screen.query_one(Timeline).entries[0].tags

        await pilot.press("x")
        await pilot.pause()
        await pilot.press("enter")  # the only shown norm... or the first: take V13 off
        await settle(pilot)
        taken_off = [t.norm_id for t in app.store.tags(aantekening_id=note.id, state="rejected")]
        assert taken_off

        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("n")  # no: nothing happens
        await settle(pilot)
        assert len(app.store.aantekeningen()) == 1
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("j")
        await settle(pilot)
        assert app.store.aantekeningen() == []
        assert app.screen.query_one(Timeline).entries == []


async def test_document_inspection_counts_towards_onderbouwd(tmp_path: Path, settle, type_text, make_audit) -> None:
    path = tmp_path / "doc.audit"
    make_audit(path, (("teamcoach", "teamleiding"),))
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f9")
        await pilot.pause()
        await type_text(pilot, "RI&E 2025")
        await pilot.press("enter")
        await type_text(pilot, "rapport")
        await pilot.press("enter")
        await type_text(pilot, "plan van aanpak RI&E is actueel")
        await pilot.press("ctrl+f")
        await type_text(pilot, "ob16")
        await pilot.press("enter", "ctrl+s")
        await settle(pilot)
        [doc] = app.store.bronnen("document")
        assert (doc.title, doc.document_kind) == ("RI&E 2025", "rapport")
        [note] = app.store.aantekeningen(doc.id)
        assert [t.norm_id for t in app.store.tags(aantekening_id=note.id, state="confirmed")] == ["OB16"]
        assert app.store.evidence_counts()["OB16"] == {"document": 1}
        assert isinstance(app.screen, InterviewScreen) and app.screen.bron.kind == "interview"


async def test_end_interview_after_confirmation(audit: Path, settle) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+b")
        await pilot.pause()
        await pilot.press("j")
        await settle(pilot)
        [bron] = app.store.bronnen("interview")
        assert bron.ended
        assert "beëindigd" in str(app.screen.query_one("#bron-title", Static).render())


async def test_typing_writes_nothing_but_the_draft(audit: Path, settle, type_text) -> None:
    app = make_app(audit)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        writes: list[str] = []
        store = app.store
        for name in ("capture", "set_tag", "mark_asked", "save_draft", "update_aantekening", "start_interview"):
            original = getattr(store, name)

            def spy(*args, _name=name, _original=original, **kwargs):  # noqa: ANN002, ANN003, ANN202
                writes.append(_name)
                return _original(*args, **kwargs)

            setattr(store, name, spy)
        started = time.monotonic()
        await type_text(pilot, "de vrijwilligers krijgen een VOG en een inwerkprogramma")
        elapsed = time.monotonic() - started
        assert set(writes) <= {"save_draft"}
        # one autosave per DRAFT_INTERVAL at most, not one per keystroke (55 keys were typed)
        assert writes.count("save_draft") <= elapsed / DRAFT_INTERVAL + 1
        assert capture_value(app).startswith("de vrijwilligers")
