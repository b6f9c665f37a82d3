"""Bevindingen (F4), driven by keys: generate a concept, edit it, set an oordeel and see the totals
and advies follow; autosave and restore of typed text; consensus after a merge; export."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import TextArea

from interviewer.app import make_app
from interviewer.screens.bevindingen import BevindingenScreen, draft_slot
from sessions.models import Toetsing
from sessions.store import TEAM_AUTHOR, AuditStore


def build_audit(path: Path) -> Path:
    """One toetser; V1 has two interviews, a document and a verbeterpunt."""
    with AuditStore.create(path, Toetsing(id="", organisation="Welzijn Oost", audit_dates=["2026-11-23"])) as store:
        store.set_author(store.add_toetser("Anja Visser", "teamleider").id)
        sw = store.start_interview("sociaal werker", "sociaal_werker", persons=2)
        store.capture(sw.id, "We bespreken casussen elke maand in de intervisie.", tags=[("V1", 0.9, "confirmed", "manual")])
        store.capture(sw.id, "Het portfolio wordt niet bijgehouden.", "verbeterpunt", tags=[("V1", 0.9, "confirmed", "manual")])
        tl = store.start_interview("teamleider", "teamleiding")
        store.capture(tl.id, "Competenties komen aan bod in het jaargesprek.", tags=[("V1", 0.9, "confirmed", "manual")])
        doc = store.add_document("Opleidingsplan 2026", "beleidsplan")
        store.capture(doc.id, "Budget per medewerker.", tags=[("V1", 1.0, "confirmed", "manual")])
    return path


def own(store: AuditStore, norm_id: str):
    versions = [b for b in store.bevindingen(norm_id) if b.author == store.author]
    return max(versions, key=lambda b: b.updated) if versions else None


def totals(app) -> str:
    return str(app.screen.query_one("#bev-totals").render())


def rubriek_line(app, rubriek: str) -> list[str]:
    line = next(line for line in totals(app).splitlines() if line.startswith(rubriek))
    return line[len(rubriek) :].split()


async def open_bevindingen(app, pilot) -> BevindingenScreen:
    await pilot.pause()
    await pilot.press("f4")
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, BevindingenScreen)
    return app.screen


async def test_generate_edit_and_judge_a_norm(tmp_path, settle):
    path = build_audit(tmp_path / "a.audit")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_bevindingen(app, pilot)
        assert rubriek_line(app, "Vakmanschap")[:5] == ["0", "0", "0", "0", "15"]
        suggestion = str(screen.query_one("#bev-suggestion").render())
        assert "Voorstel: +/-" in suggestion  # a verbeterpunt was marked
        # the reason and the aspects of the norm, heard (with sources) or not
        assert "negatief signaal" in suggestion and "niet gehoord: beroepsregistratie" in suggestion
        assert "Aspecten" in suggestion and "✓ competenties (kern): teamleider" in suggestion
        assert "· beroepsregistratie: niet gehoord" in suggestion
        await pilot.press("g")
        await settle(pilot, rounds=2)
        editor = screen.query_one("#bev-text", TextArea)
        assert "de teamleider" in editor.text and "„Opleidingsplan 2026”" in editor.text
        assert "voldoet de organisatie deels aan deze norm" in editor.text
        assert "het portfolio wordt niet bijgehouden" in screen.query_one("#bev-verbeterpunten", TextArea).text
        draft = own(app.store, "V1")
        assert draft.text == editor.text and not draft.edited

        await pilot.press("enter")  # into the editor
        await pilot.press("ctrl+home", *"Kern: ", "escape")
        await settle(pilot, rounds=2)
        saved = own(app.store, "V1")
        assert saved.text.startswith("Kern: Competenties") and saved.edited
        assert app.store.draft(draft_slot("V1")) is None  # written, so no draft is left

        await pilot.press("g")  # regenerating keeps the toetser's text
        await settle(pilot, rounds=2)
        assert own(app.store, "V1").text == saved.text
        assert editor.text.startswith("Kern: ")

        await pilot.press("2")  # +/- voldoet deels
        await settle(pilot, rounds=2)
        assert own(app.store, "V1").oordeel == "+/-"
        assert rubriek_line(app, "Vakmanschap")[:5] == ["0", "1", "0", "0", "14"]
        assert "Positief advies na goedgekeurd verbeterplan" in totals(app)
        assert "voorlopig: 48 nog niet beoordeeld" in totals(app)


async def test_oordelen_drive_the_advies_under_the_weging(tmp_path, settle):
    app = make_app(build_audit(tmp_path / "a.audit"))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_bevindingen(app, pilot)
        for _ in range(5):  # five norms voldoen niet: one more than the weging allows
            await pilot.press("3", "down")
            await settle(pilot, rounds=2)
        assert rubriek_line(app, "Vakmanschap")[:3] == ["0", "0", "5"]
        assert "Negatief advies" in totals(app)
        await pilot.press("up", "1")  # the fifth becomes voldoet: four niet is still within the weging
        await settle(pilot, rounds=2)
        assert "Positief advies na goedgekeurd verbeterplan" in totals(app)


async def test_typed_text_is_autosaved_and_restored_after_a_crash(tmp_path, settle):
    path = build_audit(tmp_path / "a.audit")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_bevindingen(app, pilot)
        await pilot.press("enter", *"Niet verloren")
        await pilot.pause(1.0)  # the autosave fires about a second after the last key
        for _ in range(150):  # a loaded machine may run it later; the toetser loses nothing meanwhile
            if (draft := app.store.draft(draft_slot("V1"))) is not None and draft.text == "Niet verloren":
                break
            await pilot.pause(0.1)
        assert app.store.draft(draft_slot("V1")).text == "Niet verloren"
        assert own(app.store, "V1") is None  # not yet written as a bevinding
        app.store.close()  # simulate a crash: nothing else gets written
        app.store = None
    app2 = make_app(path)
    async with app2.run_test(size=(120, 40)) as pilot:
        screen = await open_bevindingen(app2, pilot)
        assert screen.query_one("#bev-text", TextArea).text == "Niet verloren"
        await pilot.press("down")  # moving on writes it as the toetser's text
        await settle(pilot, rounds=2)
        assert own(app2.store, "V1").text == "Niet verloren" and own(app2.store, "V1").edited


def merged_audit(tmp_path: Path) -> Path:
    """Two toetsers judged the same five norms on their own copies; the files are merged."""
    a = build_audit(tmp_path / "a.audit")
    with AuditStore.open(a) as store:
        anja = store.toetsers()[0].id
        piet = store.add_toetser("Piet Jansen", "branchetoetser").id
    b = tmp_path / "b.audit"
    shutil.copy(a, b)
    for path, author, oordelen in (
        (a, anja, {"V1": "+", "V2": "+/-", "V3": "+", "V4": "-", "D1": "+"}),
        (b, piet, {"V1": "+", "V2": "+", "V3": "+", "V4": "-", "D1": "+/-"}),
    ):
        with AuditStore.open(path, author=author) as store:
            for norm_id, oordeel in oordelen.items():
                store.save_bevinding(norm_id, text=f"Tekst van {author[:4]} bij {norm_id}", oordeel=oordeel)
    with AuditStore.open(a) as store:
        store.merge_from(b)
    return a


async def test_after_a_merge_both_versions_show_with_kappa_and_one_is_settled(tmp_path, settle, work_as):
    path = merged_audit(tmp_path)
    anja = work_as(path, "Anja Visser")  # the teamleider's laptop
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_bevindingen(app, pilot)
        await pilot.press("c")
        await settle(pilot, rounds=2)
        assert screen.has_class("-consensus")
        line = str(screen.query_one("#agree-line").render())
        # 3 of 5 agreed; kappa over (+,+),(+/-,+),(+,+),(-,-),(+,+/-) = 0.29
        assert "Eens over 3 van 5 normen (60%)" in line and "kappa" in line and "0.29" in line
        # alpha on the ordinal scale over the same five norms; per rubriek there are too few
        assert "Krippendorffs alfa (ordinaal)" in line and "(5 normen)" in line
        assert "Vakmanschap: te weinig gezamenlijk beoordeelde normen (4)" in line
        table = screen.query_one("#agree-table")
        assert "oneens (1 stap)" in [str(c) for c in table.get_row("V2")]
        headers = [str(c.label) for c in table.columns.values()]
        assert "Anja Visser" in headers and "Piet Jansen" in headers
        order = [str(r.key.value) for r in table.ordered_rows]
        assert order[:2] == ["V2", "D1"]  # disagreements first
        cards = [str(c.border_title) for c in screen.query(".version-card")]
        assert len(cards) == 2 and any("Anja Visser: +/-" in c for c in cards) and any("Piet Jansen: +" in c for c in cards)

        number = next(i for i, c in enumerate(cards, start=1) if "Piet Jansen" in c)
        await pilot.press(str(number))  # settle Piet's version of V2
        await settle(pilot, rounds=2)
        final = [b for b in app.store.bevindingen("V2") if b.status == "final"]
        assert len(final) == 1 and final[0].oordeel == "+" and final[0].text.startswith("Tekst van")
        # settling writes the team's version: Anja's own +/- stays, for the record and for kappa
        assert final[0].author == TEAM_AUTHOR
        versions = {b.author: b for b in app.store.bevindingen("V2") if b.author != TEAM_AUTHOR}
        assert len(versions) == 2 and versions[anja].oordeel == "+/-" and versions[anja].status == "draft"
        assert "Eens over 3 van 5 normen (60%)" in str(screen.query_one("#agree-line").render())
        assert "0.29" in str(screen.query_one("#agree-line").render())
        order = [str(r.key.value) for r in table.ordered_rows]
        assert order[0] == "D1" and order[-1] == "V2"  # the open disagreement comes first now
        assert "vastgesteld" in [str(c) for c in table.get_row("V2")]
        # the settled version is what counts: V2 is + in the totals of the report
        await pilot.press("c")
        await settle(pilot, rounds=2)
        norms = screen.query_one("#bev-norms")
        assert str(norms.get_row("V2")[1]) == "+"


async def test_export_from_the_app_checks_names_and_writes_markdown(tmp_path, settle):
    path = build_audit(tmp_path / "a.audit")
    with AuditStore.open(path) as store:
        bron = store.bronnen("interview")[0]
        store.capture(bron.id, "Volgens Anja Visser gaat het goed.", tags=[("V2", 0.9, "confirmed", "manual")])
        store.save_bevinding("V2", text="Anja Visser vertelde over het inwerken.", oordeel="+")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_bevindingen(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        await pilot.press("down", "enter")  # format: Markdown
        await pilot.pause()
        assert dialog.fmt == "md" and dialog.query_one("#export-path").value.endswith(".md")
        await pilot.press("ctrl+s")  # refused before the names are checked
        await pilot.pause()
        assert "Controleer eerst de namen" in str(dialog.query_one("#export-status").render())
        await pilot.press("ctrl+e")
        await settle(pilot, rounds=2)
        names = dialog.query_one("#export-names")
        assert any("Anja Visser" in str(names.get_row_at(i)[0]) for i in range(names.row_count))
        await pilot.press("ctrl+s")
        await settle(pilot, rounds=2)
        assert app.screen is not dialog
    out = path.with_name("a rapport.md")
    text = out.read_text(encoding="utf-8")
    assert "Anja Visser" not in text and "[naam]" in text
    assert "Deel" in text or "Bevindingen" in text


async def test_judging_a_norm_someone_else_wrote_keeps_their_text(tmp_path, settle, work_as):
    """A toetser without versions of their own (a third one, after a merge): their first version
    starts from the version that counts."""
    path = merged_audit(tmp_path)
    with AuditStore.open(path) as store:
        store.add_toetser("Kees de Wit", "beoordelaar")
    work_as(path, "Kees de Wit")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_bevindingen(app, pilot)
        counted_text = screen.query_one("#bev-text", TextArea).text
        assert counted_text.startswith("Tekst van ") and counted_text.endswith("bij V1")
        assert "versie van" in str(screen.query_one("#bev-editor-title").render())
        await pilot.press("g")  # a concept does not push the toetsers' versions aside
        await settle(pilot, rounds=2)
        assert own(app.store, "V1") is None
        await pilot.press("3")
        await settle(pilot, rounds=2)
        mine = own(app.store, "V1")
        assert mine.oordeel == "-" and mine.text == counted_text
        # Anja and Piet gave +, Kees -: no team version yet, so the norm is in geschil (never silently the latest)
        assert str(screen.query_one("#bev-norms").get_row("V1")[1]) == "in geschil"


async def test_concept_follows_new_evidence_and_an_edited_one_says_so(tmp_path, settle):
    path = build_audit(tmp_path / "a.audit")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_bevindingen(app, pilot)
        await pilot.press("g")
        await settle(pilot, rounds=2)
        before = own(app.store, "V1").text
        assert "Over beroepsregistratie is in de gesprekken" in before  # said plainly: not heard
        hr = app.store.start_interview("HR-medewerker", "hr")
        app.store.capture(hr.id, "Registerplein: alle sociaal werkers geregistreerd.", tags=[("V1", 0.9, "confirmed", "manual")])
        app.notify_audit_changed("aantekening")
        await settle(pilot, rounds=3)
        after = own(app.store, "V1")
        assert after.text != before and not after.edited  # the own unedited concept followed the evidence
        assert "Over beroepsregistratie is" not in after.text and "HR-medewerker" in after.text
        assert screen.query_one("#bev-text", TextArea).text == after.text
        assert "✓ beroepsregistratie: HR-medewerker" in str(screen.query_one("#bev-suggestion").render())

        await pilot.press("enter", "ctrl+home", *"Eigen: ", "escape")  # now the toetser's own text
        await settle(pilot, rounds=2)
        edited = own(app.store, "V1")
        assert edited.edited and "Nieuwer bewijs" not in str(screen.query_one("#bev-suggestion").render())
        app.store.capture(hr.id, "Portfolio wordt per kwartaal bekeken.", tags=[("V1", 0.9, "confirmed", "manual")])
        app.notify_audit_changed("aantekening")
        await settle(pilot, rounds=3)
        assert own(app.store, "V1").text == edited.text  # never replaced
        assert "Nieuwer bewijs" in str(screen.query_one("#bev-suggestion").render())


async def test_no_concept_for_a_norm_without_evidence(tmp_path, settle):
    path = build_audit(tmp_path / "a.audit")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_bevindingen(app, pilot)
        await pilot.press("down")  # V2: no evidence
        await settle(pilot)
        assert "Voorstel: niet beoordeeld" in str(screen.query_one("#bev-suggestion").render())
        await pilot.press("g")
        await settle(pilot, rounds=2)
        assert own(app.store, "V2") is None
        assert screen.query_one("#bev-text", TextArea).text == ""
