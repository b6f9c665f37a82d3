"""Audit files on disk: bad files are refused untouched, old formats migrate, one writer at a time, backups rotate."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlite_utils

from sessions import (
    SCHEMA_VERSION,
    AuditStore,
    Corrupt,
    Locked,
    MissingFile,
    NewerVersion,
    NotAnAudit,
    StoreError,
)
from sessions import schema
from sessions.models import Toetsing


def _make_audit(path: Path, quotes: int = 3) -> Path:
    with AuditStore.create(path, Toetsing(id="", organisation="Welzijn Oost"), author="anna") as store:
        bron = store.start_interview("teamleider", "teamleiding")
        for i in range(quotes):
            store.capture(bron.id, f"citaat nummer {i} " + "tekst " * 20, tags=[("V1", 0.5, "confirmed")])
    return path


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _assert_refused_untouched(path: Path, error: type[StoreError], match: str) -> StoreError:
    before = _snapshot(path.parent)
    for read_only in (False, True):
        with pytest.raises(error, match=match) as info:
            AuditStore.open(path, read_only=read_only)
        assert _snapshot(path.parent) == before, "the file changed, or -wal/-shm/.lock/backup files appeared"
    return info.value


@pytest.fixture
def folder(tmp_path) -> Path:
    d = tmp_path / "audits"
    d.mkdir()
    return d


# ------------------------------------------------------------------ bad files


@pytest.mark.parametrize(
    "content",
    [b"Verslag van het gesprek met de teamleider\n" * 50, b"%PDF-1.7\n" + bytes(range(256)) * 20, b"\x00" * 4096, b""],
    ids=["text", "pdf", "zeros", "empty"],
)
def test_non_sqlite_file_is_not_an_audit(folder, content):
    path = folder / "notities.audit"
    path.write_bytes(content)
    err = _assert_refused_untouched(path, NotAnAudit, "geen auditbestand van interviewer")
    assert str(err) == "Dit bestand is geen auditbestand van interviewer."


def test_sqlite_file_of_another_program_is_not_an_audit(folder):
    path = folder / "adresboek.db"
    db = sqlite_utils.Database(path)
    db["contacts"].insert({"name": "Jan", "phone": "06"})
    db["meta"].insert({"key": "app", "value": "iets anders"}, pk="key")
    db.close()
    _assert_refused_untouched(path, NotAnAudit, "geen auditbestand van interviewer")


def test_file_from_a_newer_version_is_refused_with_update_advice(folder):
    path = _make_audit(folder / "nieuw.audit")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    err = _assert_refused_untouched(path, NewerVersion, "nieuwere versie")
    assert str(err) == (
        "Dit auditbestand is gemaakt met een nieuwere versie van interviewer "
        f"(formaat {SCHEMA_VERSION + 1}, deze versie kent t/m {SCHEMA_VERSION}). Werk interviewer bij."
    )


def test_truncated_file_is_corrupt(folder):
    path = _make_audit(folder / "kapot.audit", quotes=300)
    data = path.read_bytes()
    assert len(data) > 8 * 4096
    path.write_bytes(data[: len(data) // 2])
    err = _assert_refused_untouched(path, Corrupt, "beschadigd")
    assert "reservekopie" not in str(err), "no backup was ever made of this file: do not send the toetser looking for one"


def test_overwritten_pages_are_corrupt(folder):
    path = _make_audit(folder / "kapot.audit", quotes=300)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, 3 * page):  # scribble over every third page
        data[offset : offset + 200] = os.urandom(200)
    path.write_bytes(bytes(data))
    _assert_refused_untouched(path, Corrupt, "beschadigd")


def test_missing_file_creates_nothing(tmp_path):
    path = tmp_path / "nergens" / "weg.audit"
    with pytest.raises(MissingFile, match="bestaat niet"):
        AuditStore.open(path)
    with pytest.raises(MissingFile):
        AuditStore.open(path, read_only=True)
    assert not path.parent.exists()


def test_folder_instead_of_file(folder):
    with pytest.raises(MissingFile, match="map"):
        AuditStore.open(folder)


def test_good_file_leaves_no_sidecars_after_close(folder):
    path = _make_audit(folder / "goed.audit")
    with AuditStore.open(path) as store:
        assert len(store.aantekeningen()) == 3
    names = {p.name for p in folder.iterdir()}
    assert names == {"goed.audit", ".backups"}


# ------------------------------------------------------------------ migrations


def _build_old_file(path: Path, version: int) -> None:
    """An audit as interviewer wrote it at `version`, with a quote and a bevinding in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    db = sqlite_utils.Database(conn)
    schema.migrate(db, target=version)
    stamp = {"created": "2025-03-01T09:00:00.000000Z", "updated": "2025-03-01T09:00:00.000000Z", "author": "anna"}
    db["toetsing"].insert({"id": "t-1", "organisation": "Oud Welzijn", "audit_dates": '["2025-03-01"]', **stamp})
    db["bronnen"].insert({"id": "b-1", "kind": "interview", "functie": "teamleider", **stamp})
    db["aantekeningen"].insert({"id": "a-1", "bron_id": "b-1", "text": "Wij werken met een scholingsplan.", **stamp})
    db["tags"].insert({"id": "g-1", "aantekening_id": "a-1", "norm_id": "V2", "state": "confirmed", **stamp})
    db["bevindingen"].insert({"id": "v-1", "norm_id": "V2", "text": "Scholingsplan aanwezig.", "oordeel": "+", **stamp})
    conn.close()


@pytest.mark.parametrize("old_version", range(1, SCHEMA_VERSION))
def test_old_file_migrates_forward_and_keeps_everything(folder, old_version):
    path = folder / "oud.audit"
    _build_old_file(path, old_version)
    with AuditStore.open(path, author="anna") as store:
        assert store.schema_version == SCHEMA_VERSION
        data = store.load_all()
        assert data.toetsing.organisation == "Oud Welzijn" and data.toetsing.audit_dates == ["2025-03-01"]
        assert data.toetsing.names_to_avoid == []
        assert (data.toetsing.medezeggenschap, data.toetsing.clientenraad) == ("", "")  # not asked yet
        assert [a.text for a in data.aantekeningen] == ["Wij werken met een scholingsplan."]
        assert [(t.norm_id, t.state) for t in data.tags] == [("V2", "confirmed")]
        [bevinding] = data.bevindingen
        assert (bevinding.text, bevinding.oordeel, bevinding.edited) == ("Scholingsplan aanwezig.", "+", False)
        store.save_bevinding("V2", text="Scholingsplan aanwezig en besproken.", edited=True)
        store.update_toetsing(names_to_avoid=["Pietersen"])
        [backup] = store.backups()
    with AuditStore.open(path) as store:
        assert store.bevindingen("V2")[0].edited is True
        assert store.toetsing().names_to_avoid == ["Pietersen"]
    # The backup taken on open is the file as it was before migrating.
    conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old_version
    conn.close()


@pytest.mark.parametrize("old_version", range(1, SCHEMA_VERSION))
def test_old_file_read_only_migrates_in_memory_only(folder, old_version):
    path = folder / "oud.audit"
    _build_old_file(path, old_version)
    before = _snapshot(folder)
    with AuditStore.open(path, read_only=True) as store:
        assert store.bevindingen()[0].edited is False
        assert store.toetsing().names_to_avoid == []
    assert _snapshot(folder) == before


def test_migrated_file_has_the_same_tables_as_a_new_one(folder):
    old = folder / "oud.audit"
    _build_old_file(old, 1)
    AuditStore.open(old).close()
    new = _make_audit(folder / "nieuw.audit", quotes=0)

    def columns(path: Path) -> dict[str, list[tuple]]:
        db = sqlite_utils.Database(path)
        out = {t: [(c.name, c.type, c.notnull, c.default_value) for c in db[t].columns] for t in db.table_names()}
        out["_indexes"] = sorted((t, i.name, i.unique) for t in db.table_names() for i in db[t].indexes)
        db.close()
        return out

    assert columns(old) == columns(new)


# ------------------------------------------------------------------ one writer at a time

_HOLDER = textwrap.dedent(
    """
    import sys
    from sessions import AuditStore
    store = AuditStore.open(sys.argv[1], author="bram")
    bron = store.start_interview("teamleider", "teamleiding")
    store.capture(bron.id, "vanuit het andere venster")
    print("open", flush=True)
    sys.stdin.readline()
    store.close()
    print("closed", flush=True)
    """
)


def _start_holder(path: Path) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_second_writer_is_told_the_audit_is_open_elsewhere(folder):
    path = _make_audit(folder / "gedeeld.audit")
    holder = _start_holder(path)
    try:
        with pytest.raises(Locked, match="Deze audit is al geopend in een ander venster of programma."):
            AuditStore.open(path)
        with AuditStore.open(path, read_only=True) as viewer:
            assert "vanuit het andere venster" in [a.text for a in viewer.aantekeningen()]
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "closed"
        holder.wait(timeout=10)
    finally:
        holder.kill()
        holder.wait()
    with AuditStore.open(path) as store:
        assert len(store.aantekeningen()) == 4
    assert not (folder / "gedeeld.audit.lock").exists()


def test_killed_writer_leaves_a_lock_file_that_does_not_block(folder):
    path = _make_audit(folder / "gedeeld.audit")
    holder = _start_holder(path)
    holder.kill()
    holder.wait()
    assert (folder / "gedeeld.audit.lock").exists()
    with AuditStore.open(path) as store:
        assert "vanuit het andere venster" in [a.text for a in store.aantekeningen()]
    assert not (folder / "gedeeld.audit.lock").exists()


def test_same_process_cannot_open_twice_for_writing(folder):
    path = _make_audit(folder / "a.audit")
    with AuditStore.open(path):
        with pytest.raises(Locked):
            AuditStore.open(path)
        with AuditStore.open(path, read_only=True) as ro:
            assert len(ro.aantekeningen()) == 3


# ------------------------------------------------------------------ backups


def test_backups_rotate_keep_three_and_are_private(folder):
    path = _make_audit(folder / "a.audit", quotes=1)
    for i in range(5):
        with AuditStore.open(path) as store:
            bron = store.bronnen()[0]
            store.capture(bron.id, f"na opening {i}")
    with AuditStore.open(path) as store:
        backups = store.backups()
    assert len(backups) == 3
    folder_mode = stat.S_IMODE(os.stat(folder / ".backups").st_mode)
    assert folder_mode == 0o700
    assert all(stat.S_IMODE(os.stat(b).st_mode) == 0o600 for b in backups)
    # The newest backup is a complete audit: every quote up to the last session.
    copy = folder / "hersteld.audit"
    copy.write_bytes(backups[-1].read_bytes())
    with AuditStore.open(copy, read_only=True) as restored:
        assert [a.text for a in restored.aantekeningen()][-1] == "na opening 4"


def test_opening_without_changes_does_not_push_out_backups(folder):
    path = _make_audit(folder / "a.audit", quotes=1)
    time.sleep(0.05)  # past the file clock's tick: the backup is then visibly newer than the last write
    AuditStore.open(path).close()
    with AuditStore.open(path) as store:
        first = store.backups()
    for _ in range(4):
        AuditStore.open(path).close()
    with AuditStore.open(path) as store:
        assert store.backups() == first


@pytest.mark.parametrize("old_version", [1, 2, 3, 4])
def test_revision_step_gives_old_rows_empty_revisions_and_their_edits_merge_by_revision(folder, old_version):
    """Rows from before revisions start at vv {} (seen by every later edit); an edit after the
    upgrade on one copy then wins over the untouched other copy without a conflict."""
    path = folder / "oud.audit"
    _build_old_file(path, old_version)
    with AuditStore.open(path, author="anna") as store:
        [row] = store.raw_rows("aantekeningen")
        assert (row["vv"], row["conflicts"]) == ("{}", "[]")
        assert store.raw_rows("toetsing")[0]["field_revs"] == "{}"
    other = folder / "kopie.audit"
    other.write_bytes(path.read_bytes())
    with AuditStore.open(other, author="bram") as store:
        store.update_aantekening("a-1", text="Wij werken met een actueel scholingsplan.")
        store.update_toetsing(lidnummer="L-77")
    from sessions import merge_files

    report = merge_files([path, other], folder / "team.audit")
    assert report.conflicts == 0
    with AuditStore.open(folder / "team.audit", read_only=True) as team:
        assert team.aantekeningen()[0].text == "Wij werken met een actueel scholingsplan."
        assert team.toetsing().lidnummer == "L-77" and team.toetsing().organisation == "Oud Welzijn"


# ------------------------------------------------------------------ whole backups, private folders, no side files


def test_leftovers_of_a_killed_backup_are_cleaned_and_never_counted(folder):
    path = _make_audit(folder / "a.audit")
    backups = folder / ".backups"
    backups.mkdir(mode=0o700)
    half = backups / "a.audit.20260101T000000000000Z.bak.tmp"  # a backup killed half-way
    half.write_bytes(b"SQLite format 3\x00" + bytes(100))
    journal = backups / "a.audit.20260101T000000000000Z.bak.tmp-journal"
    journal.write_bytes(b"x")
    with AuditStore.open(path) as store:
        [backup] = store.backups()
        assert backup.name.endswith(".bak")
        with AuditStore.open(backup, read_only=True) as copy:  # whole: passes the full check
            assert len(copy.aantekeningen()) == 3
    assert not half.exists() and not journal.exists()
    assert sorted(p.name for p in backups.iterdir()) == [backup.name]


def test_backups_are_written_under_a_temporary_name_then_renamed(folder, monkeypatch):
    """A kill during the backup leaves only a '.tmp', which is not a backup: simulate it by failing the copy."""
    from sessions import files

    path = _make_audit(folder / "a.audit")
    real_replace = os.replace

    def killed(src, dst):  # noqa: ANN001
        raise KeyboardInterrupt  # the process dies between copying and renaming

    monkeypatch.setattr(files.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        AuditStore.open(path)
    monkeypatch.setattr(files.os, "replace", real_replace)
    with AuditStore.open(path) as store:
        assert len(store.backups()) == 1


def test_missing_parents_are_created_private_whatever_the_umask(tmp_path):
    from interviewer.locations import ensure_private_dir

    old = os.umask(0)
    try:
        ensure_private_dir(tmp_path / "een" / "twee" / "drie")
        AuditStore.create(tmp_path / "vier" / "vijf" / "a.audit", Toetsing(id="", organisation="X")).close()
    finally:
        os.umask(old)
    for d in ("een", "een/twee", "een/twee/drie", "vier", "vier/vijf"):
        assert stat.S_IMODE(os.stat(tmp_path / d).st_mode) == 0o700, d


def test_read_only_open_after_a_crash_creates_nothing_beside_the_audit(folder):
    """A killed writer leaves a WAL; looking at the audit (coverage, export, --alleen-lezen) must not add a -shm."""
    path = _make_audit(folder / "a.audit")
    holder = _start_holder(path)
    holder.kill()
    holder.wait()
    (folder / "a.audit.lock").unlink()
    shm = folder / "a.audit-shm"
    shm.unlink(missing_ok=True)
    assert (folder / "a.audit-wal").stat().st_size > 0
    before = _snapshot(folder)
    with AuditStore.open(path, read_only=True) as viewer:
        assert "vanuit het andere venster" in [a.text for a in viewer.aantekeningen()]
    assert _snapshot(folder) == before
