"""Norm detail, driven by keys: the bank's text and questions, the audit's evidence by bron, the
wijkteam note and its n.v.t. suggestion, un-marking, the preparation note, stepping between norms."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from interviewer.app import make_app
from interviewer.screens.norm_detail import NormDetailScreen
from questionbank import load_bank
from sessions.models import Toetsing
from sessions.store import AuditStore


def build_audit(path: Path, *, wijkteam: bool = False) -> Path:
    with AuditStore.create(path, Toetsing(id="", organisation="Welzijn Oost", wijkteam=wijkteam)) as store:
        store.set_author(store.add_toetser("Anja Visser", "teamleider").id)
        sw = store.start_interview("jongerenwerker", "sociaal_werker", persons=2)
        store.capture(sw.id, "We bespreken casussen in de intervisie.", tags=[("V1", 0.9, "confirmed", "manual")])
        store.capture(sw.id, "Het portfolio wordt niet bijgehouden.", "verbeterpunt", tags=[("V1", 0.9, "confirmed", "manual")])
        store.capture(sw.id, "Alleen gesuggereerd.", tags=[("V1", 0.3, "suggested", "auto")])
        doc = store.add_document("Opleidingsplan 2026", "beleidsplan")
        store.capture(doc.id, "Budget per medewerker.", tags=[("V1", 1.0, "confirmed", "manual")])
        store.add_custom_question("V1", "Hoe houd je je portfolio bij?")
        store.set_preparation("V1", "Zelfevaluatie noemt intervisie.")
    return path


def text_of(screen, selector: str) -> str:
    return str(screen.query_one(selector).render())


async def open_detail(app, pilot, norm_id: str) -> NormDetailScreen:
    await pilot.pause()
    app.push_screen(NormDetailScreen(norm_id))
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app.screen


async def test_detail_shows_bank_text_questions_and_evidence_by_bron(tmp_path):
    app = make_app(build_audit(tmp_path / "a.audit"))
    norm = load_bank().norm("V1")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_detail(app, pilot, "V1")
        assert norm.text[:40] in text_of(screen, "#detail-text")
        questions = text_of(screen, "#detail-questions")
        assert norm.questions[0].text in questions and "handvat" in questions
        assert "eigen vraag" in questions and "Hoe houd je je portfolio bij?" in questions
        assert norm.evidence[0] in text_of(screen, "#detail-evidence-kinds")
        assert "Kan blijken uit" in text_of(screen, "#detail-kan-blijken")
        found = text_of(screen, "#detail-found")
        assert "Gesprek · jongerenwerker (2 personen)" in found
        assert "[verbeterpunt] Het portfolio wordt niet bijgehouden." in found
        assert "Document · Opleidingsplan 2026 (beleidsplan)" in found
        assert "Alleen gesuggereerd" not in found  # only confirmed tags are evidence
        assert found.index("Gesprek") < found.index("Document")
        assert "Zelfevaluatie noemt intervisie." in text_of(screen, "#detail-preparation")
        assert "1 gesprek, 1 document" in text_of(screen, "#detail-status")
        assert not screen.query_one("#detail-wijkteam").display  # not a wijkteam audit


async def test_wijkteam_audit_shows_the_note_and_offers_it_as_nvt_reason(tmp_path, settle):
    path = build_audit(tmp_path / "a.audit", wijkteam=True)
    app = make_app(path)
    note = load_bank().norm("OB13").wijkteam.note
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_detail(app, pilot, "OB13")
        assert screen.query_one("#detail-wijkteam").display
        assert note[:30] in text_of(screen, "#detail-wijkteam")
        await pilot.press("n")
        await pilot.pause()
        reason = app.screen.query_one("#nvt-reason", Input)
        assert "zo van toepassing" in reason.value and note in reason.value
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert "n.v.t." in text_of(screen, "#detail-status")
        assert note[:30] in text_of(screen, "#detail-nvt")
        await pilot.press("o")  # withdraw the marking
        await settle(pilot)
        assert not screen.query_one("#detail-nvt").display
    with AuditStore.open(path, read_only=True) as store:
        assert store.nvt() == []


async def test_nvt_needs_a_reason_and_escape_leaves_the_norm_alone(tmp_path):
    path = build_audit(tmp_path / "a.audit")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_detail(app, pilot, "V2")
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#nvt-reason", Input).value == ""  # no wijkteam audit: no suggestion
        await pilot.press("enter")
        await pilot.pause()
        assert "Geef een reden" in text_of(app.screen, "#nvt-error")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, NormDetailScreen)
        assert app.store.nvt() == []


async def test_preparation_note_is_edited_and_saved(tmp_path, settle):
    path = build_audit(tmp_path / "a.audit")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_detail(app, pilot, "V1")
        await pilot.press("v")
        await pilot.pause()
        await pilot.press(*" Portfolio ontbreekt.", "ctrl+s")
        await settle(pilot)
        assert "Zelfevaluatie noemt intervisie. Portfolio ontbreekt." in text_of(screen, "#detail-preparation")
    with AuditStore.open(path, read_only=True) as store:
        assert [p.text for p in store.preparation() if p.norm_id == "V1"] == ["Zelfevaluatie noemt intervisie. Portfolio ontbreekt."]


async def test_brackets_step_to_the_next_and_previous_norm(tmp_path, settle):
    app = make_app(build_audit(tmp_path / "a.audit"))
    bank = load_bank()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_detail(app, pilot, "V15")
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert screen.norm_id == "D1"
        assert bank.norm("D1").text[:40] in text_of(screen, "#detail-text")
        assert "Nog geen bevestigde citaten" in text_of(screen, "#detail-found")
        await pilot.press("left_square_bracket", "left_square_bracket")
        await settle(pilot)
        assert screen.norm_id == "V14"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, NormDetailScreen)
