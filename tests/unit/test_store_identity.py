"""One writer per FILE, whatever the path: the same path, a symlink and a hard link are all refused."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sessions import AuditStore, Locked
from sessions.models import Toetsing

_HOLDER = textwrap.dedent(
    """
    import sys
    from sessions import AuditStore
    store = AuditStore.open(sys.argv[1], author="bram")
    bron = store.start_interview("teamleider", "teamleiding")
    store.capture(bron.id, "van de eerste schrijver")
    print("open", flush=True)
    sys.stdin.readline()
    store.capture(bron.id, "na de geweigerde tweede schrijver")
    store.close()
    print("closed", flush=True)
    """
)


def _audit(path: Path) -> Path:
    AuditStore.create(path, Toetsing(id="", organisation="Welzijn Oost"), author="anna").close()
    return path


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file and folder under `folder` (hidden ones too), files with their bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"<dir>" for p in sorted(folder.rglob("*"))}


@pytest.mark.parametrize("route", ["same path", "symlink", "hard link"])
def test_second_writer_is_refused_through_any_name_of_the_file(tmp_path, route):
    real = _audit(tmp_path / "gedeeld.audit")
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(real)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        if route == "same path":
            second = real
        elif route == "symlink":
            second = tmp_path / "andere-naam.audit"
            second.symlink_to(real)
        else:
            second = tmp_path / "harde-koppeling.audit"
            os.link(real, second)
        with pytest.raises(Locked, match="al geopend|harde koppelingen"):
            AuditStore.open(second, author="cor")
        # No second WAL or lock beside the alias: SQLite would otherwise have two journals for one file.
        assert not Path(str(second) + "-wal").exists() or second == real
        assert not Path(str(second) + ".lock").exists() or second == real
        if route == "hard link":
            second.unlink()  # back to one name, so the holder's file checks pass again
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "closed"
        holder.wait(timeout=10)
    finally:
        holder.kill()
        holder.wait()
    with AuditStore.open(real) as store:
        assert [a.text for a in store.aantekeningen()] == ["van de eerste schrijver", "na de geweigerde tweede schrijver"]


def test_a_file_with_two_hard_links_is_refused_for_writing_in_dutch_and_left_alone(tmp_path):
    real = _audit(tmp_path / "a.audit")
    os.link(real, tmp_path / "b.audit")
    before = _snapshot(tmp_path)
    for name in ("a.audit", "b.audit"):
        with pytest.raises(Locked, match="harde koppelingen.*gewone kopie"):
            AuditStore.open(tmp_path / name)
    assert _snapshot(tmp_path) == before
    with AuditStore.open(tmp_path / "b.audit", read_only=True) as ro:  # reading stays possible
        assert ro.toetsing().organisation == "Welzijn Oost"


def test_symlink_and_real_path_share_one_lock_in_one_process(tmp_path):
    real = _audit(tmp_path / "a.audit")
    link = tmp_path / "link.audit"
    link.symlink_to(real)
    with AuditStore.open(link):
        assert (tmp_path / "a.audit.lock").exists() and not (tmp_path / "link.audit.lock").exists()
        with pytest.raises(Locked):
            AuditStore.open(real)
    with AuditStore.open(real):
        with pytest.raises(Locked):
            AuditStore.open(link)
