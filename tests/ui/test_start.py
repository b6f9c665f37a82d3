"""The start screen by keys: create an audit, open a recent one, and bad files shown in Dutch."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from textual.widgets import Input, OptionList, Static

from interviewer.app import make_app
from interviewer.locations import remember_recent
from interviewer.screens.interview import InterviewScreen
from interviewer.screens.new_audit import NewAuditScreen, default_audit_path, planned_days_text
from interviewer.screens.start import StartScreen
from interviewer.dialogs.who import WhoScreen
from interviewer.dialogs.start_interview import StartInterviewDialog
from questionbank import load_bank
from sessions.errors import StoreError
from sessions.models import Toetser, Toetsing
from sessions.store import AuditStore

SIZE = (120, 40)


def shown(app, selector: str) -> str:  # noqa: ANN001
    return str(app.screen.query_one(selector, Static).render())


async def test_create_audit_by_keys(isolated_data_dir: Path, settle) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StartScreen)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, NewAuditScreen)
        await pilot.press(*"Welzijn Noord", "enter")
        await pilot.press(*"4711", "enter")
        await pilot.press(*"hele organisatie", "enter")
        # variant: the radio set has focus; the third variant is intercollegiaal
        await pilot.press("down", "down", "enter", "tab")
        await pilot.press("ctrl+u", *"12,5", "enter")  # fte medewerkers
        await pilot.press("ctrl+u", "1", "enter")  # stagiaires
        await pilot.press("ctrl+u", "2", "enter")  # vrijwilligers: 15,5 fte in all
        await pilot.pause()
        days = shown(app, "#audit-days")
        assert "3" in days and "15,5 fte" in days  # 16 whole fte: band 11-20, intercollegiaal 3 days
        await pilot.press("space", "tab")  # wijkteam
        # the bodies, for the interview plan: a PVT, no cliëntenraad (a Select: Enter opens, arrows, Enter)
        await pilot.press("enter", "down", "down", "enter", "tab")
        await pilot.press("enter", "down", "down", "enter", "tab")
        await pilot.press(*"Anna Bakker", "enter")
        await pilot.press(*"Piet Smit", "enter")
        # Deel A fields known at the start: the audit days, the certificate, the CI
        app.screen.query_one("#audit-dates").focus()
        await pilot.press(*"2026-11-24, 2026-11-23", "enter")
        await pilot.press(*"2027-01-31", "enter")
        await pilot.press("tab", *"KeurWel", "enter")
        await pilot.press("ctrl+s")
        await settle(pilot)

        assert app.store is not None
        toetsing = app.store.toetsing()
        assert (toetsing.organisation, toetsing.lidnummer, toetsing.scope, toetsing.variant) == (
            "Welzijn Noord", "4711", "hele organisatie", "intercollegiaal",
        )
        assert (toetsing.fte_staff, toetsing.fte_stagiaires, toetsing.fte_vrijwilligers) == (12.5, 1.0, 2.0)
        assert toetsing.wijkteam is True
        assert (toetsing.medezeggenschap, toetsing.clientenraad) == ("PVT", "nee")
        assert toetsing.audit_dates == ["2026-11-23", "2026-11-24"] and toetsing.previous_certificate_expiry == "2027-01-31"
        assert toetsing.ci_naam == "KeurWel" and toetsing.first_certification is False
        assert (toetsing.teamleider, toetsing.beoordelaars) == ("Anna Bakker", "Piet Smit")  # named roles for Deel A
        # the first toetser added is teamleider by default, the next ones beoordelaar
        assert sorted((t.name, t.role) for t in app.store.toetsers()) == [("Anna Bakker", "teamleider"), ("Piet Smit", "beoordelaar")]
        path = app.store.path
        assert path.parent == isolated_data_dir / "audits" and path.suffix == ".audit"
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        # two toetsers: the app asks who is typing on this laptop before anything is written
        assert isinstance(app.screen, WhoScreen)
        await pilot.press("down", "enter")  # the beoordelaar
        await settle(pilot)
        piet = next(t for t in app.store.toetsers() if t.name == "Piet Smit")
        assert app.store.author == piet.id
        assert app.sub_title == "Piet Smit (beoordelaar) · Welzijn Noord"
        # a fresh audit goes straight to the gesprek screen, asking for the first functie
        assert isinstance(app.screen, StartInterviewDialog)
        assert isinstance(app.screen_stack[-2], InterviewScreen)


async def test_new_audit_needs_an_organisation(isolated_data_dir: Path, settle) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "organisatie" in shown(app, "#form-error")
        assert app.store is None
        audits = isolated_data_dir / "audits"
        assert not audits.exists() or list(audits.glob("*.audit")) == []


def test_planned_days_follow_the_handbook_table() -> None:
    rules = load_bank().rules
    assert "2,5" in planned_days_text(rules, 12, "ci")
    assert "bovenop de ISO/HKZ-audit" in planned_days_text(rules, 12, "combi")
    assert "geen aantal" in planned_days_text(rules, 400, "ci")


def test_default_path_never_overwrites(tmp_path: Path) -> None:
    first = default_audit_path(tmp_path, "Welzijn Noord")
    first.write_text("x")
    second = default_audit_path(tmp_path, "Welzijn Noord")
    assert second != first and second.name.startswith("welzijn-noord-")


async def test_open_recent_audit(tmp_path: Path, settle) -> None:
    path = tmp_path / "recent.audit"
    AuditStore.create(path, Toetsing(id="", organisation="Stichting Recent"), [Toetser(id="", name="A", role="teamleider")]).close()
    remember_recent(path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        recent = app.screen.query_one("#recent", OptionList)
        assert recent.option_count == 1 and "recent" in str(recent.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await settle(pilot)
        assert app.store is not None and app.store.toetsing().organisation == "Stichting Recent"
        assert app.sub_title == "Stichting Recent"


async def test_bad_file_shows_the_store_message(tmp_path: Path, settle) -> None:
    bad = tmp_path / "kapot.audit"
    bad.write_bytes(b"dit is geen sqlite-bestand" * 100)
    try:
        AuditStore.open(bad)
    except StoreError as exc:
        expected = str(exc)
    app = make_app(bad)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StartScreen)  # no traceback, back at the start
        assert shown(app, "#open-error") == expected
        assert app.store is None
    assert bad.read_bytes() == b"dit is geen sqlite-bestand" * 100  # untouched


async def test_open_by_path_reports_a_missing_file(tmp_path: Path, settle) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        missing = tmp_path / "bestaat-niet.audit"
        await pilot.press(*str(missing), "enter")
        await settle(pilot)
        assert "bestaat niet" in shown(app, "#open-error")
        assert isinstance(app.screen, StartScreen)
        assert not missing.exists()


async def test_demo_opens_a_fresh_copy(isolated_data_dir: Path, settle) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, WhoScreen)  # the demo is an intercollegiale toetsing: who are you?
        await pilot.press("enter")  # the teamleider comes first
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert "(teamleider)" in app.sub_title
        assert len(app.store.aantekeningen()) >= 150  # a populated audit, not an empty screen
        assert app.store.path.is_relative_to(isolated_data_dir)
        first = app.store.path
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Andere audit", "enter")
        await settle(pilot)
        assert isinstance(app.screen, StartScreen)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)  # the same audit on this machine: not asked again
        assert app.store.path != first  # every demo is its own copy
