"""Document screen, driven by keys: F9 → Ctrl+O adds a file, its passages are walked and confirmed
per norm, a confirmed passage makes the norm onderbouwd; progress from the worker, Esc cancels, a
bad file is refused with nothing stored."""

from __future__ import annotations

import importlib.util
import sys
import threading
import time
from pathlib import Path

from interviewer.app import make_app
from interviewer.domain.coverage import coverage
from interviewer.screens.documents import DocumentsScreen, ImportProgress
from sessions.store import AuditStore

SIZE = (120, 40)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "documents"


def _builder():
    if "fixture_build" not in sys.modules:
        spec = importlib.util.spec_from_file_location("fixture_build", FIXTURES / "build.py")
        sys.modules["fixture_build"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules["fixture_build"])
    return sys.modules["fixture_build"]


async def _type(pilot, text: str) -> None:
    await pilot.press(*text)
    await pilot.pause()


def _audit_heard_twice(make_audit, path: Path, norm_id: str = "OB17") -> Path:
    ids = make_audit(path, (("teamleider", "teamleiding"), ("sociaal werker", "sociaal_werker")))
    with AuditStore.open(path) as store:
        for bron_id in ids:
            store.capture(bron_id, "We hebben een klachtenregeling.", tags=[(norm_id, 80, "confirmed")])
    return path


async def test_add_file_from_f9_walk_passages_and_confirm_by_keys(tmp_path, make_audit, settle):
    path = _audit_heard_twice(make_audit, tmp_path / "a.audit")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert coverage(app.bank, app.store.load_all()).norm("OB17").level == "gedekt"
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("ctrl+o")  # F9 dialog: "bestand toevoegen…"
        await pilot.pause()
        await _type(pilot, str(FIXTURES / "klachtenregeling.docx"))
        assert type(app.screen).__name__ == "FilePickerDialog", app.screen_stack
        await pilot.press("enter")
        await settle(pilot, rounds=3)
        screen = app.screen
        assert isinstance(screen, DocumentsScreen)
        table = screen.query_one("#doc-passages")
        doc = screen.document
        assert doc.title == "Klachtenregeling cliënten Welzijn Oost" and doc.kind == "klachtenregeling"
        assert table.row_count == len(doc.passages) == 7
        assert "7 passages" in str(screen.query_one("#doc-title").render())
        # walk to the fourth passage (about learning from complaints) by keys
        for _ in range(3):
            await pilot.press("down")
        await pilot.pause()
        assert screen.passage.text.startswith("Iedere klacht wordt geregistreerd")
        assert "Klachtenregeling cliënten Welzijn Oost, p. 2" in str(screen.query_one("#doc-detail").render())
        # back to the first passage and confirm its first norm (OB17)
        for _ in range(3):
            await pilot.press("up")
        first = screen.passage
        assert first.tags[0][0] == "OB17" and first.tags[0][2] == "suggested"
        await pilot.press("1")
        await settle(pilot)
        [tag] = app.store.tags(aantekening_id=first.aantekening_id, state="confirmed")
        assert tag.norm_id == "OB17" and tag.score == first.tags[0][1]  # the tagger's score is kept
        assert screen.passage.tags[0][:1] == ("OB17",)  # keys keep pointing at the same norms
        assert coverage(app.bank, app.store.load_all()).norm("OB17").level == "onderbouwd"
        assert screen.passage.aantekening_id == first.aantekening_id  # the cursor stayed
        assert "1 bevestigd" in str(screen.query_one("#doc-title").render())
        # x rejects the norms still only suggested; 1 again un-confirms
        await pilot.press("x")
        await settle(pilot)
        states = {t.norm_id: t.state for t in app.store.tags(aantekening_id=first.aantekening_id)}
        assert states["OB17"] == "confirmed" and set(states.values()) == {"confirmed", "rejected"}
        await pilot.press("1")
        await settle(pilot)
        assert coverage(app.bank, app.store.load_all()).norm("OB17").level == "gedekt"
        # s corrects the document's kind; the checklist ticks by it
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("down", "enter")  # the kind after klachtenregeling in the list: privacyreglement
        await settle(pilot)
        assert app.store.bron(doc.bron_id).document_kind == "privacyreglement"
        assert "privacyreglement" in str(screen.query_one("#doc-title").render())
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, DocumentsScreen)


async def test_progress_comes_from_the_worker_and_esc_cancels(tmp_path, make_audit, settle, monkeypatch):
    build = _builder()
    path = tmp_path / "a.audit"
    make_audit(path)
    pdf = tmp_path / "lang.pdf"
    page = [("heading", "Klachten"), ("text", "Een klacht wordt binnen zes weken behandeld.")]
    pdf.write_bytes(build.pdf_bytes([page] * 30))
    seen = []
    app = make_app(path)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        app.push_screen(DocumentsScreen(pdf))
        await settle(pilot, rounds=3)
        progress = [m for m in seen if isinstance(m, ImportProgress)]
        assert progress and progress[-1].done == progress[-1].total == 30
        assert len(app.store.documents()) == 1
        # a long one, cancelled with Esc while it reads
        long_pdf = tmp_path / "heel-lang.pdf"
        long_pdf.write_bytes(build.pdf_bytes([page] * 1500))
        screen = app.screen
        from interviewer.domain import documents as domain_documents

        real_read = domain_documents.read_file
        reading = threading.Event()

        def slow_read(path, *, progress, cancelled, **kw):  # noqa: ANN001, ANN003 - read_file's own signature
            """The long file stays mid-read until Esc cancels it (a fast machine would finish first)."""

            deadline = time.monotonic() + 20  # for the whole read: a broken Esc fails the test, never hangs it

            def held(done: int, total: int) -> None:
                progress(done, total)
                reading.set()
                while not cancelled() and time.monotonic() < deadline:
                    time.sleep(0.01)

            return real_read(path, progress=held, cancelled=cancelled, **kw)

        monkeypatch.setattr(domain_documents, "read_file", slow_read)
        screen.start_import(long_pdf, allow_large=True)
        while not reading.is_set():
            await pilot.pause(0.05)
        await pilot.press("escape")
        await settle(pilot, rounds=2)
        assert "geannuleerd" in str(screen.query_one("#doc-status").render())
        assert len(app.store.documents()) == 1  # nothing of the cancelled file
        assert isinstance(app.screen, DocumentsScreen)  # Esc cancelled, it did not leave


async def test_bad_file_refused_in_dutch_nothing_stored(tmp_path, make_audit, settle):
    path = tmp_path / "a.audit"
    make_audit(path)
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj kapot")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(DocumentsScreen(bad))
        await settle(pilot, rounds=3)
        status = str(app.screen.query_one("#doc-status").render())
        assert "Niet toegevoegd" in status and "beschadigd" in status
        assert app.store.documents() == [] and app.store.bronnen("document") == []


async def test_f11_opens_documents_imported_by_the_cli(tmp_path, make_audit, settle):
    path = tmp_path / "a.audit"
    make_audit(path, (("teamleider", "teamleiding"),))
    from interviewer.domain.documents import import_read, read_file
    from interviewer.domain.tagging import Tagger
    from questionbank import load_bank
    from questionbank.loader import load_document_kinds, load_vocabulary

    with AuditStore.open(path) as store:
        tagger = Tagger(load_bank(), load_vocabulary())
        for name in ("privacyreglement.odt", "jaarverslag_2025.pdf"):
            import_read(store, read_file(FIXTURES / name), tagger, load_document_kinds())
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f11")
        await settle(pilot, rounds=2)
        screen = app.screen
        assert isinstance(screen, DocumentsScreen) and screen.document.title == "Privacyreglement Welzijn Oost"
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.document.title == "Jaarverslag 2025 Welzijn Oost"
        assert "document 2/2" in str(screen.query_one("#doc-title").render())
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "InterviewScreen"
