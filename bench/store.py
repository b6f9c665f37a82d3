"""Benchmark of the audit store: what a toetser waits for. Prints medians in milliseconds.

    python bench/store.py            # 5 000 captures, coverage query, captures while a worker reads,
                                     # merge of 3 x 2 000 quotes
    python bench/store.py --quick    # smaller numbers, for a smoke run

Each capture is its own committed transaction (synchronous=FULL), as in the app.
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/questionbank.py would shadow the questionbank package the store imports: drop this folder.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sessions import AuditStore, merge_files
from sessions.models import Toetser, Toetsing
from sessions.store import NORM_IDS

NORMS = sorted(NORM_IDS)


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _fill(store: AuditStore, quotes: int, *, prefix: str = "") -> list[float]:
    """Capture `quotes` notes over interviews and documents, two tags each; returns per-capture ms."""
    bronnen = [store.start_interview(f"functie {i}", "sociaal_werker") for i in range(12)]
    bronnen += [store.add_document(f"document {i}", "beleidsplan") for i in range(4)]
    times = []
    for n in range(quotes):
        bron = bronnen[n % len(bronnen)]
        text = f"{prefix}citaat {n}: " + "we bespreken casussen in de intervisie en leren van elkaar " * (1 + n % 4)
        tags = [(NORMS[n % 49], 0.8, "confirmed", "manual"), (NORMS[(n * 7) % 49], 0.4, "suggested", "auto")]
        start = time.perf_counter()
        store.capture(bron.id, text, tags=tags)
        times.append((time.perf_counter() - start) * 1000)
    return times


def _capture_while_reading(store: AuditStore, read: Callable[[], object], captures: int) -> tuple[float, float]:
    """Captures while a thread worker reads the whole audit in a loop; (median, slowest) ms per capture."""
    bron = store.bronnen()[0]
    stop = threading.Event()
    reads = []

    def worker() -> None:
        while not stop.is_set():
            reads.append(_ms(read))

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        while not reads:  # the first read has finished: the worker is well under way
            time.sleep(0.001)
        times = [_ms(lambda: store.capture(bron.id, "citaat tijdens het lezen")) for _ in range(captures)]
    finally:
        stop.set()
        thread.join()
    return statistics.median(times), max(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Meet de snelheid van de auditopslag.")
    parser.add_argument("--quick", action="store_true", help="kleinere aantallen")
    parser.add_argument("--repeat", type=int, default=3, help="herhalingen per meting")
    args = parser.parse_args(argv)
    n_capture = 500 if args.quick else 5000
    n_merge = 200 if args.quick else 2000
    work = Path(tempfile.mkdtemp(prefix="interviewer-bench-"))
    try:
        capture_medians, capture_totals, coverage, load_all, open_ms = [], [], [], [], []
        open_ro_ms, quick_ms, full_ms = [], [], []
        for r in range(args.repeat):
            path = work / f"capture{r}.audit"
            with AuditStore.create(path, Toetsing(id="", organisation="Bench"), author="anna") as store:
                start = time.perf_counter()
                times = _fill(store, n_capture)
                capture_totals.append((time.perf_counter() - start) * 1000)
                capture_medians.append(statistics.median(times))
                coverage.append(_ms(store.evidence_counts))
                load_all.append(_ms(store.load_all))
                if r == 0:
                    # What a capture waits for while a worker reads: on the writer's own connection
                    # (under its lock, as before readers) or through a reader (mode=ro, its own connection).
                    n_during = 50 if args.quick else 200
                    during_writer = _capture_while_reading(store, store.load_all, n_during)
                    during_reader = _capture_while_reading(store, store.load_all_in_worker, n_during)
            open_ms.append(_ms(lambda: AuditStore.open(path).close()))  # integrity check + backup
            open_ro_ms.append(_ms(lambda: AuditStore.open(path, read_only=True).close()))
            conn = sqlite3.connect(path)
            quick_ms.append(_ms(lambda: conn.execute("PRAGMA quick_check").fetchall()))
            full_ms.append(_ms(lambda: conn.execute("PRAGMA integrity_check").fetchall()))
            conn.close()

        # Three toetsers' copies of one audit, 2 000 quotes each, merged into a team file.
        base = work / "basis.audit"
        AuditStore.create(
            base,
            Toetsing(id="", organisation="Bench"),
            [Toetser(id=w, name=w, role="beoordelaar") for w in ("anna", "bram", "cor")],
        ).close()
        copies = []
        for who in ("anna", "bram", "cor"):
            copy = work / f"{who}.audit"
            shutil.copy(base, copy)
            with AuditStore.open(copy, author=who) as store:
                _fill(store, n_merge, prefix=f"{who} ")
                for norm in NORMS[:10]:
                    store.save_bevinding(norm, text=f"bevinding van {who}", oordeel="+")
            copies.append(copy)
        merge_ms = []
        for r in range(args.repeat):
            out = work / f"team{r}.audit"
            merge_ms.append(_ms(lambda: merge_files(copies, out)))
        remerge_ms = _ms(lambda: merge_files(copies, work / "team0.audit"))

        med = statistics.median
        print(f"opslag-benchmark (mediaan over {args.repeat} herhalingen, in ms)")
        print(f"  capture, per citaat (commit + fsync):   {med(capture_medians):8.2f}")
        print(f"  {n_capture} captures achter elkaar:          {med(capture_totals):8.0f}")
        print(f"  dekkingsquery (evidence_counts):        {med(coverage):8.2f}")
        print(f"  load_all over {n_capture} citaten:            {med(load_all):8.1f}")
        print("  capture terwijl een worker load_all leest (mediaan / traagste):")
        print(f"    lezen op de schrijfverbinding:        {during_writer[0]:8.2f} / {during_writer[1]:6.0f}")
        print(f"    lezen via een lezer (mode=ro):        {during_reader[0]:8.2f} / {during_reader[1]:6.0f}")
        print(f"  openen (integriteitscheck + backup):    {med(open_ms):8.1f}")
        print(f"  openen alleen-lezen (check + kopie):    {med(open_ro_ms):8.1f}")
        print(f"    waarvan PRAGMA quick_check:           {med(quick_ms):8.1f}")
        print(f"    of PRAGMA integrity_check (volledig): {med(full_ms):8.1f}")
        print(f"  merge 3 x {n_merge} citaten naar nieuw:      {med(merge_ms):8.0f}")
        print(f"  dezelfde merge nogmaals (niets nieuw):  {remerge_ms:8.0f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
