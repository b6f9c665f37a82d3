"""Pull the plug: a writer killed with SIGKILL at random moments never loses a confirmed quote or its typing.

The writer prints a line only after the store call returned, i.e. after the UI would have confirmed
it. Whatever it printed must be in the file after the kill, and the file must pass integrity_check.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from sessions import AuditStore
from sessions.models import Toetsing

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

KILLS = 20

_WRITER = textwrap.dedent(
    """
    import sys
    from sessions import AuditStore
    run = sys.argv[2]
    store = AuditStore.open(sys.argv[1], author="anna")
    bron = store.start_interview("jongerenwerker", "sociaal_werker")
    print("ready", flush=True)
    n = 0
    while True:
        typed = f"run {run} typt {n} " + "woorden " * (n % 40)
        store.save_draft("capture:live", typed)
        print(f"D {n}", flush=True)
        note = store.capture(bron.id, f"run {run} citaat {n} " + "x" * (n % 300), tags=[("V1", 0.5), ("D2", 0.9, "confirmed")])
        print(f"Q {note.id}", flush=True)
        n += 1
    """
)


def _draft_text(run: int, n: int) -> str:
    return f"run {run} typt {n} " + "woorden " * (n % 40)


def test_sigkill_never_loses_a_confirmed_quote_or_more_than_the_last_keystrokes(tmp_path):
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    path = tmp_path / "crash.audit"
    AuditStore.create(path, Toetsing(id="", organisation="Welzijn Oost")).close()
    confirmed: set[str] = set()
    started = time.monotonic()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}

    for run in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), str(run)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert proc.stdout.readline().strip() == "ready", f"seed {seed}: writer did not start"
        time.sleep(rng.uniform(0.01, 0.35))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        lines = out.split("\n")[:-1]  # text after the last newline was cut off by the kill: not confirmed
        confirmed |= {line[2:] for line in lines if line.startswith("Q ")}
        drafts = [int(line[2:]) for line in lines if line.startswith("D ")]

        if run % 2:  # a read-only look first: it must see through the unrecovered WAL as well
            with AuditStore.open(path, read_only=True) as viewer:
                lost = confirmed - {a.id for a in viewer.aantekeningen()}
                assert not lost, f"seed {seed}, run {run}: read-only open misses {len(lost)} quotes"

        with AuditStore.open(path, author="anna") as store:  # recovers the WAL, checks, backs up
            ids = {a.id for a in store.aantekeningen()}
            missing = confirmed - ids
            assert not missing, f"seed {seed}, run {run}: {len(missing)} confirmed quotes lost"
            draft = store.draft("capture:live")
            if drafts:
                # The last confirmed keystrokes, or the save that was under way when the plug was pulled.
                allowed = {_draft_text(run, drafts[-1]), _draft_text(run, drafts[-1] + 1)}
                assert draft is not None and draft.text in allowed, f"seed {seed}, run {run}: draft {draft!r}"
            confirmed_tags = {t.aantekening_id for t in store.tags(norm_id="D2", state="confirmed")}
            assert ids <= confirmed_tags, f"seed {seed}, run {run}: a quote without its tags"

        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"seed {seed}, run {run}"
        conn.close()

    assert len(confirmed) > KILLS, f"seed {seed}: the writer hardly wrote anything"
    assert time.monotonic() - started < 120  # a hang guard, not a speed claim (CI runs two workers)


# ------------------------------------------------------------------ a killed merge


def _copies(tmp_path, n_notes: int) -> list:
    from sessions.models import Toetser

    base = tmp_path / "basis.audit"
    AuditStore.create(
        base, Toetsing(id="audit-1", organisation="Welzijn Oost"),
        [Toetser(id=w, name=w, role="beoordelaar") for w in ("anna", "bram", "cor")],
    ).close()
    copies = []
    for who in ("anna", "bram", "cor"):
        copy = tmp_path / f"{who}.audit"
        copy.write_bytes(base.read_bytes())
        with AuditStore.open(copy, author=who) as store:
            bron = store.start_interview(f"functie van {who}", "sociaal_werker")
            for i in range(n_notes):
                store.capture(bron.id, f"{who} citaat {i} " + "tekst " * 10, tags=[("V1", 0.5, "confirmed")])
        copies.append(copy)
    return copies


def test_sigkill_of_merge_leaves_out_absent_or_complete(tmp_path):
    """`interviewer merge A B C -o OUT` killed at 20 random moments: OUT is absent (first run) or has
    every input's notes; never a healthy-looking audit with some inputs missing."""
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    copies = _copies(tmp_path, 300)
    expected = set()
    for c in copies:
        with AuditStore.open(c, read_only=True) as s:
            expected |= {a.id for a in s.aantekeningen()}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    cmd = [sys.executable, "-m", "interviewer", "merge", *map(str, copies)]
    # How long a whole merge takes here, so the kills fall across all of it.
    started = time.monotonic()
    subprocess.run([*cmd, "-o", str(tmp_path / "maat.audit")], env=env, check=True, capture_output=True)
    whole = time.monotonic() - started
    outcomes = {"absent": 0, "previous": 0, "new": 0}
    for run in range(KILLS):
        out = tmp_path / f"team{run % 2}.audit"  # odd runs: OUT exists from an earlier run or not yet
        existed = out.exists()
        previous = out.read_bytes() if existed else None
        proc = subprocess.Popen([*cmd, "-o", str(out)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.0, whole))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        if not out.exists():
            assert not existed, f"seed {seed}, run {run}: the killed merge removed OUT"
            outcomes["absent"] += 1
            continue
        with AuditStore.open(out, read_only=True) as merged:  # full integrity check on the way in
            got = {a.id for a in merged.aantekeningen()}
        assert got == expected, f"seed {seed}, run {run}: OUT holds {len(got)} of {len(expected)} notes"
        outcomes["previous" if out.read_bytes() == previous else "new"] += 1
    # Leftovers of killed merges are cleaned by the next merge into the same OUT.
    subprocess.run([*cmd, "-o", str(tmp_path / "team0.audit")], env=env, check=True, capture_output=True)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".team0.audit.samenvoegen-")]
    assert sum(outcomes.values()) == KILLS, outcomes
    print(f"merge kills (seed {seed}): {outcomes}")


def test_merge_into_an_audit_open_for_writing_elsewhere_is_refused(tmp_path):
    from sessions import Locked, merge_files

    copies = _copies(tmp_path, 2)
    out = tmp_path / "team.audit"
    merge_files(copies[:1], out)
    before = out.read_bytes()
    with AuditStore.open(out):
        with pytest.raises(Locked, match="al geopend"):
            merge_files(copies, out)
    assert out.read_bytes() == before
