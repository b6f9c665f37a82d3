"""In the app, by keys: a drafted concept accepted with `a`, a coverage override with its reason
(`o`), and the export dialog that refuses a concept while the checklist blocks it and never
replaces an existing file without a second Ctrl+S."""

from __future__ import annotations

from textual.widgets import Static

from interviewer.app import make_app
from interviewer.dialogs.export import ExportDialog
from interviewer.screens.bevindingen import BevindingenScreen
from sessions.models import Toetsing
from sessions.store import AuditStore


def build_audit(path):
    """V1 with one interview only (below the coverage rule)."""
    with AuditStore.create(path, Toetsing(id="", organisation="Welzijn Oost", audit_dates=["2026-11-23"])) as store:
        store.set_author(store.add_toetser("Anja Visser", "teamleider").id)
        sw = store.start_interview("sociaal werker", "sociaal_werker", persons=2)
        store.capture(sw.id, "We bespreken casussen elke maand in de intervisie.", tags=[("V1", 0.9, "confirmed", "manual")])
    return path


async def open_f4(app, pilot) -> BevindingenScreen:
    await pilot.pause()
    await pilot.press("f4")
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, BevindingenScreen)
    return app.screen


async def open_export(app, pilot) -> ExportDialog:
    """x on the bevindingen screen: the export dialog."""
    await pilot.press("x")
    await pilot.pause()
    assert isinstance(app.screen, ExportDialog)
    return app.screen


def mine(store, norm_id):
    return max((b for b in store.bevindingen(norm_id) if b.author == store.author), key=lambda b: b.updated, default=None)


async def test_accept_a_concept_record_an_override_and_export_guards(tmp_path, settle):
    path = build_audit(tmp_path / "a.audit")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_f4(app, pilot)
        await pilot.press("g")  # a concept from the evidence: a machine text
        await settle(pilot, rounds=2)
        assert not mine(app.store, "V1").accepted and not mine(app.store, "V1").edited
        assert "a accepteert" in str(app.screen.query_one("#bev-editor-title").render())
        await pilot.press("a")
        await settle(pilot, rounds=2)
        accepted = mine(app.store, "V1")
        assert accepted.accepted
        await pilot.press("g")  # a new concept does not replace the accepted text
        await settle(pilot, rounds=2)
        assert mine(app.store, "V1").version == accepted.version
        await pilot.press("1")  # voldoet, on one interview
        await settle(pilot, rounds=2)
        await pilot.press("o", *"Document ter plekke ingezien", "enter")
        await settle(pilot, rounds=2)
        [override] = app.store.overrides()
        assert (override.norm_id, override.reason) == ("V1", "Document ter plekke ingezien")

        # the export dialog: a concept is refused (48 norms without oordeel), the checklist says why
        dialog = await open_export(app, pilot)
        dialog.query_one("#export-kind").focus()
        await pilot.press("down", "enter")  # concept
        await pilot.pause()
        assert dialog.kind == "concept"
        await pilot.press("ctrl+e")
        await settle(pilot, rounds=2)
        assert "nog geen oordeel" in str(dialog.query_one("#export-checklist", Static).render())
        assert "Geen rapport geschreven" in str(dialog.query_one("#export-status", Static).render())
        assert dialog.checked is None

        # a werkversie to a file that exists: only a second Ctrl+S replaces it
        out = tmp_path / "a rapport.docx"
        out.write_bytes(b"in Word afgemaakt")
        await pilot.press("up", "enter")  # werkversie
        await pilot.press("ctrl+e")
        await settle(pilot, rounds=2)
        await pilot.press("ctrl+s")
        await settle(pilot, rounds=2)
        assert "bestaat al" in str(dialog.query_one("#export-status", Static).render())
        assert out.read_bytes() == b"in Word afgemaakt"
        await pilot.press("ctrl+s")
        await settle(pilot, rounds=2)
        assert app.screen is not dialog and out.read_bytes().startswith(b"PK")
        assert app.store.exports() == []  # a werkversie is not recorded


async def test_at_80x24_the_outcome_of_the_name_check_is_on_the_screen(tmp_path, settle):
    """On a laptop terminal of 80x24 the checklist, the outcome and the found names are in view
    after Ctrl+E (the options lose their frames and the buttons go; the footer has their keys)."""
    path = build_audit(tmp_path / "a.audit")
    with AuditStore.open(path) as store:
        bron = store.bronnen("interview")[0]
        store.capture(bron.id, "Volgens Sanne Bakker gaat het goed.", tags=[("V1", 0.9, "confirmed", "manual")])
        store.save_bevinding("V1", text="Sanne Bakker vertelde over de intervisie.", oordeel="+")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_f4(app, pilot)
        dialog = await open_export(app, pilot)
        await pilot.press("ctrl+e")
        await settle(pilot, rounds=2)

        def shown(widget) -> bool:  # noqa: ANN001 - on the screen, and what the screen shows at its first cell
            region = widget.region
            at = dialog.get_widget_at(region.x, region.y)[0]
            return region.height > 0 and region.bottom <= 24 and (at is widget or widget in at.ancestors)

        status = dialog.query_one("#export-status", Static)
        assert "naam/namen gevonden" in str(status.render()) and shown(status)
        assert shown(dialog.query_one("#export-checklist-box"))
        assert "[blokkeert]" in str(dialog.query_one("#export-checklist", Static).render())
        names = dialog.query_one("#export-names")
        assert names.row_count >= 1 and shown(names)
        assert "Sanne Bakker" in str(names.get_row_at(0)[0])
        box = dialog.query_one("#export-checklist-box")
        assert box.max_scroll_y > 0  # 47 norms without oordeel: longer than its box, read with Tab and ↓
        while app.focused is not box:
            await pilot.press("tab")
        await pilot.press("down", "down")
        await pilot.pause()
        assert box.scroll_y > 0


async def test_mark_a_name_candidate_in_the_export_dialog_with_n_and_g(tmp_path, settle):
    """A word the name check cannot place blocks a concept; in the names table g marks it "geen
    naam" (kept in the audit, the word stays in the report), n marks it a name again."""
    path = build_audit(tmp_path / "a.audit")
    with AuditStore.open(path) as store:
        store.save_bevinding("V1", text="Volgens Kwasibah werkt het buddysysteem goed.", oordeel="+")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_f4(app, pilot)
        dialog = await open_export(app, pilot)
        dialog.query_one("#export-kind").focus()
        await pilot.press("down", "enter")  # concept
        await pilot.press("ctrl+e")
        await settle(pilot, rounds=2)
        checklist = lambda: str(dialog.query_one("#export-checklist", Static).render())  # noqa: E731
        status = lambda: str(dialog.query_one("#export-status", Static).render())  # noqa: E731
        assert "Controleer namen: Kwasibah" in checklist() and "n = naam, g = geen naam" in status()
        names = dialog.query_one("#export-names")
        assert app.focused is names  # refused for a candidate: the table is where the next step is
        row = [str(c) for c in names.get_row_at(names.cursor_row)]
        assert row[0] == "Kwasibah" and row[-1] == "controleer"

        await pilot.press("g")
        await settle(pilot, rounds=2)
        assert app.store.name_reviews() == {"kwasibah": False}
        assert "Controleer namen" not in checklist()  # the other blockers of a concept remain
        row = [str(c) for c in names.get_row_at(names.cursor_row)]
        assert row == ["Kwasibah", "", "", "Kwasibah", "geen naam"]  # still listed (and highlighted): the mark can be taken back

        await pilot.press("n")
        await settle(pilot, rounds=2)
        assert app.store.name_reviews() == {"kwasibah": True}
        rows = [[str(c) for c in names.get_row_at(i)] for i in range(names.row_count)]
        assert any(r[0] == "Kwasibah" and r[-1] == "naam" and r[3] == "[naam]" for r in rows)

        dialog.query_one("#export-format").focus()  # n and g only act in the names table
        await pilot.press("g")
        await settle(pilot)
        assert app.store.name_reviews() == {"kwasibah": True}
