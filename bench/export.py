"""Benchmark of the report export on the full demo audit: how long from audit rows to .docx / .md?

The demo audit (interviewer/demo) has ~240 notes over 49 norms but bevindingen for only some norms;
the others get their generated draft with its suggested oordeel (accepted by the toetser), so that
every one of the 49 norm rows carries text, as in a finished audit. The demo's disputes stay, so the
export is a werkversie (with the checklist as its appendix). Measured per run, medians printed:
  report     build_report (Deel A + Deel B from the rows)
  checklist  the pre-export checklist (versions, coverage, Deel A, deadlines)
  namen      stamp + name check (services.export.prepare after report and checklist; list +
             heuristic; deduce is not used here, it is optional and loads once)
  docx       python-docx document built and serialised
  md         Markdown rendered
  totaal     all of the above, as `interviewer export --werkversie --docx --md` does after loading the file
Wall-clock medians (the target: totaal under 400 ms) and, beside them, CPU-time medians of this
process, which a machine loaded by other work inflates much less. The first run is also shown on
its own: a CLI export is the first in its process and pays for the docx template's styles (fixed
once per process) and the name lists' first load.

A fixed pure-Python loop (`reference`) is timed before each run as well: on a shared host the same
code runs up to twice as slow from one minute to the next, so the loop's median, printed beside the
export's, tells a slow machine from slow code (compare "totaal / referentie" across runs and hosts).

Run: python bench/export.py [--runs N]
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from interviewer.demo.builder import build_demo  # noqa: E402
from interviewer.domain.drafting import draft_all  # noqa: E402
from interviewer.domain.export_docx import render_docx  # noqa: E402
from interviewer.domain.export_md import render_markdown  # noqa: E402
from interviewer.domain.checklist import build_checklist  # noqa: E402
from interviewer.domain.report import build_report  # noqa: E402
from interviewer.services.export import prepare  # noqa: E402
from questionbank import load_bank  # noqa: E402
from sessions.models import AuditData, Bevinding  # noqa: E402


def full_audit() -> AuditData:
    """The demo audit with a bevinding for every norm (the demo's own, else the draft)."""
    bank = load_bank()
    audit = build_demo()
    have = {b.norm_id for b in audit.bevindingen}
    author = audit.toetsers[0].id
    extra = [
        Bevinding(
            id=f"bench-{d.norm_id}",
            norm_id=d.norm_id,
            text=d.text,
            oordeel=d.suggested_oordeel,
            sterke_punten=d.sterke_punten,
            verbeterpunten=d.verbeterpunten,
            accepted=True,
            author=author,
            updated="2026-01-01T00:00:00.000000Z",
        )
        for d in draft_all(audit, bank).values()
        if d.norm_id not in have
    ]
    return dataclasses.replace(audit, bevindingen=[*audit.bevindingen, *extra])


def reference() -> float:
    """Seconds a fixed pure-Python loop takes (integer arithmetic and a dict): the host's speed now."""
    start = time.perf_counter()
    seen: dict[int, int] = {}
    total = 0
    for i in range(300_000):
        total += i * i % 7
        seen[i & 1023] = total
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    bank = load_bank()
    audit = full_audit()
    keys = ("report", "checklist", "namen", "docx", "md", "totaal")
    timings: dict[str, list[float]] = {k: [] for k in keys}
    cpu: dict[str, list[float]] = {k: [] for k in keys}
    size = 0
    from interviewer.domain import names

    def clock() -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    loops: list[float] = []
    for _ in range(args.runs):
        loops.append(reference())
        names._tokenise_text.cache_clear()  # each export starts cold: no run reuses another's tokens
        c0 = clock()
        report = build_report(audit, bank)
        c1 = clock()
        checklist = build_checklist(audit, bank, report)
        c2 = clock()
        clean = prepare(audit, bank, "werkversie", report=report, checklist=checklist).report
        c3 = clock()
        size = len(render_docx(clean))
        c4 = clock()
        render_markdown(clean)
        c5 = clock()
        spans = ((c0, c1), (c1, c2), (c2, c3), (c3, c4), (c4, c5), (c0, c5))
        for key, (a, b) in zip(keys, spans):
            timings[key].append(b[0] - a[0])
            cpu[key].append(b[1] - a[1])
    notes = len(audit.aantekeningen)
    rows = sum(len(r.rows) for r in report.deel_b)
    print(f"demo-audit: {notes} aantekeningen, {len(audit.tags)} tags, {rows} normrijen, docx {size // 1024} kB; {args.runs} runs")
    for key, values in timings.items():
        print(
            f"  {key:<9} mediaan {statistics.median(values) * 1000:7.1f} ms   (min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})"
            f"   cpu mediaan {statistics.median(cpu[key]) * 1000:6.1f} ms"
        )
    ref = statistics.median(loops)
    print(f"  referentie mediaan {ref * 1000:5.1f} ms (vaste Python-lus, min {min(loops) * 1000:.1f}, max {max(loops) * 1000:.1f}); totaal / referentie {statistics.median(timings['totaal']) / ref:.2f}")
    first = ", ".join(f"{k} {timings[k][0] * 1000:.0f}" for k in ("namen", "docx", "totaal"))
    print(f"  eerste run (zoals een losse CLI-export): {first} ms")


if __name__ == "__main__":
    main()
