"""Kerngegevens (F12), by keys: empty Deel A fields shown as missing, typed values saved on leaving
a field, a date that is not a date refused with a Dutch message, choices as checkboxes."""

from __future__ import annotations

from textual.widgets import Checkbox, Input, Static

from interviewer.app import make_app
from interviewer.screens.kerngegevens import KerngegevensScreen
from sessions.models import Toetsing
from sessions.store import AuditStore


def build_audit(path):
    with AuditStore.create(path, Toetsing(id="", organisation="Welzijn Oost", audit_dates=["2026-11-23"])) as store:
        store.set_author(store.add_toetser("Anja Visser", "teamleider").id)
    return path


def status(app) -> str:
    return str(app.screen.query_one("#kg-status", Static).render())


async def test_fill_in_kerngegevens_by_keys(tmp_path):
    path = build_audit(tmp_path / "a.audit")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # no interview yet: the gesprek screen asks for one first
        await pilot.press("f12")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, KerngegevensScreen)
        assert "van Deel A nog leeg" in status(app)
        assert screen.query_one("#kg-row-adres").has_class("-missing")
        assert not screen.query_one("#kg-row-organisation").has_class("-missing")
        assert screen.focused.id == "kg-organisation"
        await pilot.press("tab")  # to Adres
        assert screen.focused.id == "kg-adres"
        await pilot.press(*"Dijkstraat 1", "tab")
        await pilot.pause()
        assert app.store.toetsing().adres == "Dijkstraat 1"
        assert not screen.query_one("#kg-row-adres").has_class("-missing")

        # a date that is not a date: refused, kept on screen, nothing saved
        screen.query_one("#kg-verslag_datum", Input).focus()
        await pilot.press(*"20 okt", "enter")
        await pilot.pause()
        assert "geen datum" in status(app) and screen.query_one("#kg-row-verslag_datum").has_class("-invalid")
        assert app.store.toetsing().verslag_datum == ""
        assert screen.query_one("#kg-verslag_datum", Input).value == "20 okt"
        await pilot.press(*(["backspace"] * 6), *"2026-10-20", "enter")
        await pilot.pause()
        assert app.store.toetsing().verslag_datum == "2026-10-20"

        # eerste certificering only when the toetser says so
        assert screen.query_one("#kg-row-previous_certificate_expiry").has_class("-missing")
        screen.query_one("#kg-first_certification", Checkbox).focus()
        await pilot.press("space")
        await pilot.pause()
        assert app.store.toetsing().first_certification is True
        assert not screen.query_one("#kg-row-previous_certificate_expiry").has_class("-missing")

        # typed but not yet left: Ctrl+S saves it
        screen.query_one("#kg-teamleider", Input).focus()
        await pilot.press(*"Anja Visser", "ctrl+s")
        await pilot.pause()
        assert app.store.toetsing().teamleider == "Anja Visser"
    with AuditStore.open(path, read_only=True) as store:
        t = store.toetsing()
        assert (t.adres, t.verslag_datum, t.teamleider, t.first_certification) == ("Dijkstraat 1", "2026-10-20", "Anja Visser", True)


async def test_kerngegevens_from_the_palette(tmp_path):
    path = build_audit(tmp_path / "a.audit")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Kerngegevens")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, KerngegevensScreen)
