"""Coverage board (F3), driven by keys: levels and counts, the gap filter, the planner's functies,
opening a norm and marking it n.v.t. so that it leaves the count."""

from __future__ import annotations

from pathlib import Path

from interviewer.app import make_app
from sessions.models import Toetsing
from sessions.store import AuditStore


def build_audit(path: Path) -> Path:
    """V1 onderbouwd (two functies + a document), V2 gedekt by one functie only, V5 dun, OB13 n.v.t."""
    with AuditStore.create(path, Toetsing(id="", organisation="Welzijn Oost")) as store:
        store.set_author(store.add_toetser("Anja Visser", "teamleider").id)
        sw = store.start_interview("sociaal werker", "sociaal_werker", persons=2)
        store.capture(sw.id, "We bespreken casussen in de intervisie.", tags=[("V1", 0.9, "confirmed", "manual")])
        store.capture(sw.id, "Inwerkprogramma voor nieuwe collega's.", tags=[("V2", 0.9, "confirmed", "manual")])
        store.capture(sw.id, "We zoeken de buurt op.", tags=[("V5", 0.9, "confirmed", "manual")])
        tl = store.start_interview("teamleider", "teamleiding")
        store.capture(tl.id, "Competenties komen aan bod in het jaargesprek.", tags=[("V1", 0.9, "confirmed", "manual")])
        sw2 = store.start_interview("jongerenwerker", "sociaal_werker")
        store.capture(sw2.id, "Ik had een maatje in mijn eerste maand.", tags=[("V2", 0.9, "confirmed", "manual")])
        doc = store.add_document("Opleidingsplan 2026", "beleidsplan")
        store.capture(doc.id, "Budget per medewerker.", tags=[("V1", 1.0, "confirmed", "manual")])
        store.capture(sw.id, "Suggestie, niet bevestigd.", tags=[("V6", 0.4, "suggested", "auto")])
        store.mark_nvt("OB13", "Geen burgerinitiatieven in de scope.")
    return path


def row_of(table, norm_id: str) -> list[str]:
    return [str(cell) for cell in table.get_row(norm_id)]


def norm_rows(table) -> list[str]:
    return [str(row.key.value) for row in table.ordered_rows if not str(row.key.value).startswith("rubriek:")]


async def open_board(app, pilot):
    await pilot.pause()
    await pilot.press("f3")
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app.screen.query_one("#board-table")


async def test_board_shows_level_counts_and_flags_per_norm(tmp_path):
    app = make_app(build_audit(tmp_path / "a.audit"))
    async with app.run_test(size=(120, 40)) as pilot:
        table = await open_board(app, pilot)
        assert len(norm_rows(table)) == 49
        v1 = row_of(table, "V1")
        assert v1[0] == "V1 competenties"  # id and short label
        assert "onderbouwd" in v1[1] and v1[2:5] == ["2", "1", "0"]
        assert "Sociaal werker" in v1[5] and "Teamleider" in v1[5]
        v2 = row_of(table, "V2")
        assert "gedekt" in v2[1] and "alleen sociaal werker" in v2[6]
        assert "dun" in row_of(table, "V5")[1]
        assert "open" in row_of(table, "V6")[1]  # a suggested tag is no evidence
        ob13 = row_of(table, "OB13")
        assert "n.v.t." in ob13[1] and "Geen burgerinitiatieven" in ob13[6]
        summary = str(app.screen.query_one("#board-summary").render())
        assert "1 onderbouwd" in summary and "1 n.v.t." in summary and "48/49" in summary
        # per-rubriek totals on the rubriek rows
        assert "1 onderbouwd" in str(table.get_row("rubriek:Vakmanschap")[6])


async def test_gap_filter_hides_covered_norms_and_names_who_can_fill_them(tmp_path):
    app = make_app(build_audit(tmp_path / "a.audit"))
    async with app.run_test(size=(120, 40)) as pilot:
        table = await open_board(app, pilot)
        await pilot.press("g")
        await pilot.pause()
        shown = norm_rows(table)
        assert "V1" not in shown  # onderbouwd by two functies: no gap
        assert "OB13" not in shown  # n.v.t. is never a gap
        assert {"V2", "V5", "V6"} <= set(shown)
        assert len(shown) == 47
        assert "alleen gaten (47)" in str(app.screen.query_one("#board-summary").render())
        # V5 was heard from a sociaal werker only: the planner proposes another functie, and a document
        # of a kind that would show it
        note = row_of(table, "V5")[6]
        assert note.startswith("→ ") and "document (jaarplan" in note
        await pilot.press("g")
        await pilot.pause()
        assert len(norm_rows(table)) == 49


async def test_enter_opens_the_norm_and_marking_it_nvt_takes_it_out_of_the_count(tmp_path, settle):
    path = build_audit(tmp_path / "a.audit")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        table = await open_board(app, pilot)
        assert app.screen.current_norm == "V1"
        for _ in range(4):
            await pilot.press("down")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.__class__.__name__ == "NormDetailScreen" and app.screen.norm_id == "V5"
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Geen buurtwerk in deze scope", "enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.__class__.__name__ == "BoardScreen"
        assert "n.v.t." in row_of(table, "V5")[1]
        assert "47/49" in str(app.screen.query_one("#board-summary").render())
        assert app.screen.current_norm == "V5"  # the cursor stays where the teamleider was
    with AuditStore.open(path, read_only=True) as store:
        assert {m.norm_id: m.reason for m in store.nvt()}["V5"] == "Geen buurtwerk in deze scope"


async def test_board_refreshes_when_evidence_arrives(tmp_path, settle):
    path = build_audit(tmp_path / "a.audit")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        table = await open_board(app, pilot)
        assert "dun" in row_of(table, "V5")[1]
        bron = app.store.start_interview("manager", "management")
        app.store.capture(bron.id, "We werken outreachend in de wijk.", tags=[("V5", 0.9, "confirmed", "manual")])
        app.notify_audit_changed("test")
        await settle(pilot)
        assert "gedekt" in row_of(table, "V5")[1]


async def test_board_fits_a_small_terminal(tmp_path):
    app = make_app(build_audit(tmp_path / "a.audit"))
    async with app.run_test(size=(80, 24)) as pilot:
        table = await open_board(app, pilot)
        assert app.screen.has_class("-narrow")
        headers = [str(c.label) for c in table.columns.values()]
        assert headers[:4] == ["Norm", "G", "D", "O"]
        # the level as its symbol before the norm's id and short label; the summary is the legend
        assert str(table.get_row("V1")[0]) == "● V1 competenties" and str(table.get_row("V6")[0]) == "○ V6 ruimte en verantw."
        assert "● 1 onderbouwd" in str(app.screen.query_one("#board-summary").render())
        # the table and the advice column are on screen, not pushed off it
        assert table.region.height >= 10


async def test_board_and_norm_detail_show_aspects_and_the_proposal(tmp_path, settle):
    app = make_app(build_audit(tmp_path / "a.audit"))
    async with app.run_test(size=(120, 40)) as pilot:
        table = await open_board(app, pilot)
        assert app.screen.current_norm == "V1"
        info = str(app.screen.query_one("#board-info").render())
        total = len(app.bank.norm("V1").aspects)
        assert f"van {total} aspecten; niet gehoord: " in info and "beroepsregistratie" in info
        assert f"/{total}" in row_of(table, "V1")[6]
        await pilot.press("enter")  # open V1
        await settle(pilot)
        assert app.screen.__class__.__name__ == "NormDetailScreen"
        aspects = str(app.screen.query_one("#detail-aspects").render())
        # onderbouwd, but aspects missing: +/- with the reason, never a bare +
        assert "Voorstel: +/-" in aspects and "niet gehoord: " in aspects
        assert "✓ competenties (kern): teamleider" in aspects and "· beroepsregistratie: niet gehoord" in aspects
        await pilot.press("right_square_bracket")  # V2: gedekt, no document
        await settle(pilot)
        aspects = str(app.screen.query_one("#detail-aspects").render())
        assert "Voorstel: niet beoordeeld" in aspects and "nog onvoldoende onderbouwd (nodig: inzage van een document)" in aspects
        assert "alleen gehoord van één functie" in aspects
