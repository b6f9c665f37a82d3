"""Benchmark: time to first paint of `interviewer demo` against a bare Textual app, side by side.

Each sample is a fresh Python process (as a toetser starts the tool), timed from spawn to the app's
`Ready` event (Textual posts it once the first frame is on screen), headless. The bare app has a
Header, an Input and a Footer: the floor any Textual app pays. Runs alternate (bare, demo, bare, …)
so machine load hits both alike; medians in ms and the ratio demo / bare.

Run: python bench/startup.py [--runs N]   (31 pairs by default)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import sys, time
kind = sys.argv[1]
if kind == "bare":
    from textual.app import App
    from textual.widgets import Footer, Header, Input

    class Bare(App):
        def compose(self):
            yield Header()
            yield Input()
            yield Footer()

        def on_ready(self):
            print(time.time(), time.process_time(), flush=True)
            self.exit()

    Bare().run(headless=True)
else:
    # Exactly what `interviewer demo` runs, with an exit on the first frame.
    from interviewer import app as app_module

    made = app_module.make_app

    def timed_make_app(*args, **kwargs):
        app = made(*args, **kwargs)

        def on_ready(self):
            print(time.time(), time.process_time(), flush=True)
            self.exit()

        app.__class__ = type("TimedApp", (type(app),), {"on_ready": on_ready})
        original_run = app.run
        app.run = lambda *a, **k: original_run(*a, headless=True, **k)
        return app

    app_module.make_app = timed_make_app
    from interviewer.cli import main

    sys.exit(main(["demo"]))
'''


def sample(kind: str, env: dict[str, str]) -> tuple[float, float]:
    """Spawn -> the child's first frame (the child prints the wall clock at `Ready`), and the CPU
    time the child used until then; the time a process needs to wind down after that is not the
    toetser's wait. On a shared machine the wall clock also holds the waits for a core: the CPU
    time says what the start-up itself costs."""
    started = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, kind], env=env, check=True, cwd=ROOT, capture_output=True, text=True)
    painted, cpu = (float(v) for v in out.stdout.strip().splitlines()[-1].split())
    return (painted - started) * 1000, cpu * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "INTERVIEWER_DATA_DIR": data_dir, "PYTHONPATH": str(ROOT)}
        # A toetser's Python caches compiled modules; a shell that forbids it (PYTHONDONTWRITEBYTECODE)
        # would make every sample recompile the app's own modules (~20 ms) but not Textual's.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        sample("bare", env), sample("demo", env)  # warm the file cache and the bytecode
        times: dict[str, list[tuple[float, float]]] = {"bare": [], "demo": []}
        for _ in range(args.runs):
            for kind in times:
                times[kind].append(sample(kind, env))
    wall = {k: statistics.median(w for w, _ in v) for k, v in times.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in times.items()}
    # each demo sample against the bare one started just before it: the machine's speed drifts
    # over a run (other tenants of the host), and a pair shares the moment
    pair_ratios = sorted(d[0] / b[0] for b, d in zip(times["bare"], times["demo"]))
    print(f"first paint, median of {args.runs} fresh processes (headless)   wall clock   CPU time")
    print(f"  bare Textual app (Header, Input, Footer):       {wall['bare']:7.1f} ms  {cpu['bare']:7.1f} ms")
    print(f"  interviewer demo:                               {wall['demo']:7.1f} ms  {cpu['demo']:7.1f} ms")
    print(f"  ratio demo / bare:                              {wall['demo'] / wall['bare']:7.2f}     {cpu['demo'] / cpu['bare']:7.2f}")
    quartiles = statistics.quantiles(pair_ratios, n=4)
    print(f"  ratio per pair (demo after bare), median:       {statistics.median(pair_ratios):7.2f}"
          f"   (quartiles {quartiles[0]:.2f}-{quartiles[2]:.2f})")


if __name__ == "__main__":
    main()
