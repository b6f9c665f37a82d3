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


def test_same_row_edited_on_both_sides_latest_edit_wins_in_either_order(team, tmp_path):
    with AuditStore.open(team["bram"], author="bram") as b:
        b.update_aantekening(team["shared_id"], text="Bram corrigeerde het citaat.")
    with AuditStore.open(team["anna"], author="anna") as a:
        a.update_aantekening(team["shared_id"], text="Anna corrigeerde het later nog eens.")
    for order in ([team["anna"], team["bram"]], [team["bram"], team["anna"]]):
        out = tmp_path / f"{order[0].stem}_first.audit"
        merge_files(order, out)
        with AuditStore.open(out, read_only=True) as store:
            texts = {a.id: a.text for a in store.aantekeningen()}
            assert texts[team["shared_id"]] == "Anna corrigeerde het later nog eens."


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
