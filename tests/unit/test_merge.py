"""Merging the toetsers' files of one audit: nothing lost, repeatable, order-free, foreign files refused."""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import asdict
from pathlib import Path

import pytest
import sqlite_utils

from interviewer.cli import main
from sessions import AuditStore, ForeignAudit, merge_files
from sessions.models import Toetser, Toetsing


@pytest.fixture
def team(tmp_path) -> dict[str, Path]:
    """The teamleider creates the audit once and gives each toetser a copy; each works on their own laptop."""
    base = tmp_path / "basis.audit"
    with AuditStore.create(
        base,
        Toetsing(id="", organisation="Welzijn Oost", variant="intercollegiaal"),
        [Toetser(id="anna", name="Anna", role="teamleider"), Toetser(id="bram", name="Bram", role="branchetoetser")],
        author="anna",
    ) as store:
        bron = store.add_document("Beleidsplan", "beleidsplan")
        shared = store.capture(bron.id, "Het beleidsplan noemt de visie op vakmanschap.", tags=[("V1", 0.6)])
    files = {}
    for who in ("anna", "bram"):
        files[who] = tmp_path / f"{who}.audit"
        shutil.copy(base, files[who])

    with AuditStore.open(files["anna"], author="anna") as a:
        i = a.start_interview("jongerenwerker", "sociaal_werker")
        a.capture(i.id, "We hebben elke maand intervisie.", tags=[("V3", 0.9, "confirmed", "manual")])
        a.set_tag(shared.id, "V1", "confirmed")
        a.save_bevinding("V1", text="De visie is beschreven en bekend.", oordeel="+")
        a.mark_nvt("OB20", "Geen bedrijfskritische vrijwilligers")
    with AuditStore.open(files["bram"], author="bram") as b:
        i = b.start_interview("teamleider", "teamleiding")
        b.capture(i.id, "Het portfolio wordt niet bijgehouden.", "verbeterpunt", tags=[("V2", 0.7)])
        b.set_tag(shared.id, "V1", "rejected")  # later than Anna's confirmation: wins
        b.save_bevinding("V1", text="Niet iedereen kent de visie.", oordeel="+/-")
        b.add_toetser("Cor", "beoordelaar")
    files["shared_id"] = shared.id  # type: ignore[assignment]
    return files


def _content(path: Path) -> dict:
    with AuditStore.open(path, read_only=True) as store:
        return asdict(store.load_all())


def test_merge_keeps_everyones_work(team, tmp_path):
    out = tmp_path / "team.audit"
    report = merge_files([team["anna"], team["bram"]], out)
    with AuditStore.open(out, read_only=True) as store:
        texts = sorted(a.text for a in store.aantekeningen())
        assert texts == sorted(
            [
                "Het beleidsplan noemt de visie op vakmanschap.",
                "We hebben elke maand intervisie.",
                "Het portfolio wordt niet bijgehouden.",
            ]
        )
        assert [t.name for t in store.toetsers()] == ["Anna", "Bram", "Cor"]
        assert [m.norm_id for m in store.nvt()] == ["OB20"]
        [tag] = store.tags(aantekening_id=team["shared_id"], norm_id="V1")
        assert tag.state == "rejected" and tag.author == "bram"
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert report.counts["aantekeningen"].added == 3


def test_different_bevindingen_for_one_norm_are_both_kept(team, tmp_path):
    out = tmp_path / "team.audit"
    report = merge_files([team["anna"], team["bram"]], out)
    with AuditStore.open(out, read_only=True) as store:
        versions = {b.author: (b.text, b.oordeel) for b in store.bevindingen("V1")}
    assert versions == {
        "anna": ("De visie is beschreven en bekend.", "+"),
        "bram": ("Niet iedereen kent de visie.", "+/-"),
    }
    assert report.bevinding_versions == {"V1": 2}
    assert any("V1 (2)" in line for line in report.summary())


def test_merge_is_order_free(team, tmp_path):
    merge_files([team["anna"], team["bram"]], tmp_path / "ab.audit")
    merge_files([team["bram"], team["anna"]], tmp_path / "ba.audit")
    assert _content(tmp_path / "ab.audit") == _content(tmp_path / "ba.audit")


def test_merge_is_idempotent(team, tmp_path):
    out = tmp_path / "team.audit"
    merge_files([team["anna"], team["bram"]], out)
    once = _content(out)
    report = merge_files([team["anna"], team["bram"], team["anna"]], out)
    assert not report.changed
    assert _content(out) == once
    assert report.summary()[0] == "Niets nieuws: alles stond er al in."
    with AuditStore.open(out) as store:
        again = store.merge_from(team["bram"])
        assert not again.changed


def test_merge_is_associative(team, tmp_path):
    with AuditStore.open(team["anna"], author="anna") as a:
        a.update_toetsing(scope="Jongerenwerk en opbouwwerk")
    third = tmp_path / "cor.audit"
    shutil.copy(team["bram"], third)
    with AuditStore.open(third, author="cor") as c:
        c.add_document("Jaarverslag 2025", "jaarverslag")
        c.save_bevinding("V1", text="Visie staat in jaarverslag.", oordeel="+")
    merge_files([team["anna"], team["bram"]], tmp_path / "ab.audit")
    merge_files([tmp_path / "ab.audit", third], tmp_path / "ab_c.audit")
    merge_files([team["bram"], third], tmp_path / "bc.audit")
    merge_files([team["anna"], tmp_path / "bc.audit"], tmp_path / "a_bc.audit")
    left, right = _content(tmp_path / "ab_c.audit"), _content(tmp_path / "a_bc.audit")
    assert left == right
    assert left["toetsing"]["scope"] == "Jongerenwerk en opbouwwerk"


def test_deletion_survives_merging_with_an_older_copy(team, tmp_path):
    with AuditStore.open(team["anna"], author="anna") as a:
        a.delete_aantekening(team["shared_id"])
    out = tmp_path / "team.audit"
    merge_files([team["bram"], team["anna"]], out)
    with AuditStore.open(out, read_only=True) as store:
        assert team["shared_id"] not in {a.id for a in store.aantekeningen()}
        assert store.tags(aantekening_id=team["shared_id"]) == []


def test_independent_edits_of_one_note_are_kept_as_a_conflict_in_either_order(team, tmp_path):
    with AuditStore.open(team["bram"], author="bram") as b:
        b.update_aantekening(team["shared_id"], text="Bram corrigeerde het citaat.")
    with AuditStore.open(team["anna"], author="anna") as a:
        a.update_aantekening(team["shared_id"], text="Anna corrigeerde het later nog eens.")
    contents = []
    for order in ([team["anna"], team["bram"]], [team["bram"], team["anna"]]):
        out = tmp_path / f"{order[0].stem}_first.audit"
        report = merge_files(order, out)
        assert report.counts["aantekeningen"].conflicts == 1
        assert any("aantekeningen:" in line and "1 conflict" in line for line in report.summary())
        with AuditStore.open(out, read_only=True) as store:
            note = next(a for a in store.aantekeningen() if a.id == team["shared_id"])
            # Neither text is dropped: the later one is shown, the other stands beside it.
            assert note.text == "Anna corrigeerde het later nog eens."
            assert note.conflict_versions == ["Bram corrigeerde het citaat."]
        contents.append(_content(out))
    assert contents[0] == contents[1]


def test_an_edit_made_after_seeing_the_other_wins_without_conflict(team, tmp_path):
    with AuditStore.open(team["anna"], author="anna") as a:
        a.update_aantekening(team["shared_id"], text="Anna corrigeerde het citaat.")
    with AuditStore.open(team["bram"], author="bram") as b:
        b.merge_from(team["anna"])  # Bram now has Anna's edit ...
        b.update_aantekening(team["shared_id"], text="Bram las Anna's versie en vulde aan.")  # ... and builds on it
    # Bram's clock is behind: wall clocks do not decide, what each had seen does.
    db = sqlite_utils.Database(team["bram"])
    db["aantekeningen"].update(team["shared_id"], {"updated": "2000-01-01T00:00:00.000000Z"})
    db.close()
    out = tmp_path / "team.audit"
    report = merge_files([team["anna"], team["bram"]], out)
    assert report.conflicts == 0 or report.counts["aantekeningen"].conflicts == 0
    with AuditStore.open(out, read_only=True) as store:
        note = next(a for a in store.aantekeningen() if a.id == team["shared_id"])
        assert note.text == "Bram las Anna's versie en vulde aan." and note.conflict_versions == []


def test_a_delete_that_saw_the_edit_wins_an_unseen_edit_keeps_the_note_as_a_conflict(team, tmp_path):
    with AuditStore.open(team["anna"], author="anna") as a:
        a.update_aantekening(team["shared_id"], text="Anna verbeterde het citaat.")
    with AuditStore.open(team["bram"], author="bram") as b:
        b.merge_from(team["anna"])
        b.delete_aantekening(team["shared_id"])  # Bram saw Anna's edit and deleted anyway
    merged = tmp_path / "gezien.audit"
    merge_files([team["anna"], team["bram"]], merged)
    with AuditStore.open(merged, read_only=True) as store:
        assert team["shared_id"] not in {a.id for a in store.aantekeningen()}
    # Now an edit Bram's delete had not seen: Anna edits again on her own laptop.
    with AuditStore.open(team["anna"], author="anna") as a:
        a.update_aantekening(team["shared_id"], text="Anna voegde nog een zin toe.")
    out = tmp_path / "team.audit"
    report = merge_files([team["anna"], team["bram"]], out)
    assert report.counts["aantekeningen"].conflicts == 1
    with AuditStore.open(out, read_only=True) as store:
        note = next(a for a in store.aantekeningen() if a.id == team["shared_id"])
        assert note.text == "Anna voegde nog een zin toe."
        assert note.conflict_versions == ["(op een andere laptop verwijderd)"]


def test_editing_a_conflicted_note_settles_it(team, tmp_path):
    with AuditStore.open(team["bram"], author="bram") as b:
        b.update_aantekening(team["shared_id"], text="Versie B.")
    with AuditStore.open(team["anna"], author="anna") as a:
        a.update_aantekening(team["shared_id"], text="Versie A.")
        a.merge_from(team["bram"])
        assert a.aantekeningen()[0].conflict_versions or [n for n in a.aantekeningen() if n.conflict_versions]
        a.update_aantekening(team["shared_id"], text="Samen: versie A en B.")
        assert all(not n.conflict_versions for n in a.aantekeningen())
    report = merge_files([team["anna"], team["bram"]], tmp_path / "team.audit")
    assert report.counts["aantekeningen"].conflicts == 0


def test_two_toetsers_filling_different_toetsing_fields_keep_both(team, tmp_path):
    with AuditStore.open(team["anna"], author="anna") as a:
        a.update_toetsing(lidnummer="L-1234")
    with AuditStore.open(team["bram"], author="bram") as b:
        b.update_toetsing(scope="Jongerenwerk en buurtwerk", fte_staff=42.5)
    for order in ([team["anna"], team["bram"]], [team["bram"], team["anna"]]):
        out = tmp_path / f"{order[0].stem}.team.audit"
        report = merge_files(order, out)
        assert report.counts["toetsing"].conflicts == 0
        with AuditStore.open(out, read_only=True) as store:
            t = store.toetsing()
            assert (t.lidnummer, t.scope, t.fte_staff) == ("L-1234", "Jongerenwerk en buurtwerk", 42.5)


def test_every_table_of_the_schema_has_a_merge_rule(tmp_path):
    from sessions import schema

    with AuditStore.create(tmp_path / "a.audit", Toetsing(id="", organisation="X")) as store:
        tables = set(store._db.table_names())
    ruled = {t.name for t in schema.MERGED_TABLES} | schema.LOCAL_TABLES
    assert tables == ruled, f"tables without a merge rule: {tables - ruled}; rules without a table: {ruled - tables}"
    for t in schema.MERGED_TABLES:
        assert schema.rule_of(t.name) in schema.RULES
    for step in schema.STEPS.values():
        assert step.__doc__, "every schema step states its merge rule"


def test_equal_timestamps_are_decided_by_content_not_order(team, tmp_path):
    """Two laptops whose clocks stamped the same microsecond: still A+B == B+A."""
    stamp = "2030-01-01T00:00:00.000000Z"
    for who, text in (("anna", "versie van Anna"), ("bram", "versie van Bram")):
        db = sqlite_utils.Database(team[who])
        db["aantekeningen"].update(team["shared_id"], {"text": text, "updated": stamp})
        db.close()
    merge_files([team["anna"], team["bram"]], tmp_path / "ab.audit")
    merge_files([team["bram"], team["anna"]], tmp_path / "ba.audit")
    assert _content(tmp_path / "ab.audit") == _content(tmp_path / "ba.audit")


def test_file_of_another_audit_is_refused_and_nothing_is_created(team, tmp_path):
    other = tmp_path / "ander.audit"
    AuditStore.create(other, Toetsing(id="", organisation="Buurtwerk Noord")).close()
    out = tmp_path / "team.audit"
    with pytest.raises(ForeignAudit, match="andere audit"):
        merge_files([team["anna"], other], out)
    assert not out.exists()
    with AuditStore.open(team["anna"]) as a, pytest.raises(ForeignAudit):
        a.merge_from(other)


def test_other_normenkader_is_refused(team, tmp_path):
    with AuditStore.open(team["bram"], author="bram") as b:
        b.update_toetsing(normenkader="2016")
    with pytest.raises(ForeignAudit, match="normenkader"):
        merge_files([team["anna"], team["bram"]], tmp_path / "team.audit")


def test_cli_merge_prints_a_dutch_summary(team, tmp_path, capsys):
    out = tmp_path / "team.audit"
    assert main(["merge", str(team["anna"]), str(team["bram"]), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Samengevoegd tot nieuw bestand" in printed
    assert "aantekeningen: 3 nieuw" in printed
    assert "consensusbespreking" in printed
    assert main(["merge", str(team["anna"]), "-o", str(out)]) == 0
    assert "Niets nieuws" in capsys.readouterr().out


def test_cli_merge_refuses_foreign_file_with_exit_code(team, tmp_path, capsys):
    other = tmp_path / "ander.audit"
    AuditStore.create(other, Toetsing(id="", organisation="Buurtwerk Noord")).close()
    assert main(["merge", str(team["anna"]), str(other), "-o", str(tmp_path / "team.audit")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Samenvoegen mislukt:") and "dezelfde audit" in err
    not_audit = tmp_path / "notities.txt"
    not_audit.write_text("geen audit")
    assert main(["merge", str(not_audit), "-o", str(tmp_path / "x.audit")]) == 1
    assert "geen auditbestand" in capsys.readouterr().err


def test_the_interview_timeline_shows_both_versions_of_a_conflicted_note(team, tmp_path):
    from interviewer.screens.interview import timeline_entries
    from interviewer.widgets.timeline import entry_prompt

    with AuditStore.open(team["bram"], author="bram") as b:
        b.update_aantekening(team["shared_id"], text="Bram corrigeerde het citaat.")
    with AuditStore.open(team["anna"], author="anna") as a:
        a.update_aantekening(team["shared_id"], text="Anna corrigeerde het ook.")
        a.merge_from(team["bram"])
        data = a.load_all()
    bron_id = next(n.bron_id for n in data.aantekeningen if n.id == team["shared_id"])
    [entry] = [e for e in timeline_entries(data, bron_id) if e.id == team["shared_id"]]
    shown = entry_prompt(entry).plain
    assert "conflict, andere versie: " in shown
    assert "Bram corrigeerde het citaat." in shown and "Anna corrigeerde het ook." in shown
