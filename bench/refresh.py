"""Benchmark: from a capture's commit to the gesprek screen showing it, at the demo's size and at
5 000 notes.

Runs the real app headless. Each round types a note, confirms its first suggested norm (F5) and
presses Enter; the clock starts when `store.capture` returns (the commit and its fsync are the
store's cost, measured in bench/store.py) and stops at the last change the screen makes for it:
the timeline, the coverage strip and the question list. Once the screen is quiet, what it shows is
checked against a fresh read of the audit (coverage of every norm, the questions), so a fast but
stale screen cannot pass.

Run: python bench/refresh.py [--rounds N] [--against DIR]

With `--against DIR` (a checkout of the code before, e.g. `git worktree add /tmp/before main`),
both trees are measured in turns in one run and printed side by side.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if "--tree" in sys.argv:  # a child measuring another checkout: import that tree's code
    ROOT = Path(sys.argv[sys.argv.index("--tree") + 1]).resolve()
# bench/questionbank.py would shadow the questionbank package: this folder goes, the tree comes first
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

NOTES = [
    "nieuwe vrijwilligers krijgen een inwerkgesprek met de coordinator",
    "klachten van clienten worden binnen twee weken afgehandeld",
    "in de intervisie bespreken we elke maand een casus",
    "de privacyverklaring wordt bij de intake besproken met de klant",
    "het scholingsplan wordt jaarlijks met de OR besproken",
]
QUIET = 0.4  # seconds without a change on screen (and no read in flight): the update is complete
POLL = 0.0005


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def build_demo(folder: Path) -> Path:
    from interviewer.demo import fresh_copy

    path = fresh_copy(folder)
    _work_as_teamleider(path)
    return path


def build_large(folder: Path, notes: int = 5000) -> Path:
    """An audit of `notes` notes over 12 interviews and 4 documents, two tags each (as bench/store.py)."""
    from sessions.models import Toetser, Toetsing
    from sessions.store import NORM_IDS, AuditStore

    norms = sorted(NORM_IDS)
    path = folder / "groot.audit"
    with AuditStore.create(path, Toetsing(id="", organisation="Bench"), [Toetser(id="", name="B", role="teamleider")]) as store:
        store.set_author(store.toetsers()[0].id)
        bronnen = [store.start_interview(f"functie {i}", "sociaal_werker") for i in range(12)]
        bronnen += [store.add_document(f"document {i}", "beleidsplan") for i in range(4)]
        for n in range(notes):
            text = f"citaat {n}: " + "we bespreken casussen in de intervisie en leren van elkaar " * (1 + n % 4)
            tags = [(norms[n % 49], 0.8, "confirmed", "manual"), (norms[(n * 7) % 49], 0.4, "suggested", "auto")]
            store.capture(bronnen[n % len(bronnen)].id, text, tags=tags)
    _work_as_teamleider(path)
    return path


def _work_as_teamleider(path: Path) -> None:
    from interviewer.locations import remember_toetser
    from sessions.store import AuditStore

    with AuditStore.open(path, read_only=True) as store:
        teamleider = next(t for t in store.toetsers() if t.role == "teamleider")
        remember_toetser(store.toetsing().id, teamleider.id)


class Shown:
    """What the screen shows of a capture: the timeline's notes and tags, the coverage levels and
    the question list. The widgets are looked up once: the poller runs every half millisecond on
    the app's own event loop, and a CSS query per poll (1-2 ms at 49 coverage cells) slowed the
    app it measures."""

    def __init__(self, screen) -> None:  # noqa: ANN001 - InterviewScreen
        from interviewer.widgets.coverage_strip import CoverageCell, CoverageStrip
        from interviewer.widgets.question_list import QuestionList
        from interviewer.widgets.timeline import Timeline

        self.timeline = screen.query_one(Timeline)
        self.cells = list(screen.query_one(CoverageStrip).query(CoverageCell))
        self.questions = screen.query_one(QuestionList)

    def now(self) -> tuple:
        return (
            tuple((e.id, e.tags) for e in self.timeline.entries),
            tuple((c.norm_id, c.level) for c in self.cells),
            tuple(q.key for q in self.questions.items),
        )


def _loading(screen) -> bool:  # noqa: ANN001
    return any(w.group == "audit-load" and not w.is_finished for w in screen.app.workers)


def _truth(app, screen) -> tuple:  # noqa: ANN001
    """Coverage levels and question keys from a fresh read (the rules both versions share)."""
    from interviewer.domain.coverage import coverage
    from interviewer.domain.suggest import suggest_for_interview

    audit = app.store.load_all()
    report = coverage(app.bank, audit)
    ranked = suggest_for_interview(app.bank, audit, screen.bron.id, report=report)
    questions = ranked[:30] + [s for s in ranked[30:] if s.source == "eigen"]
    levels = {n.norm_id: n.level for n in report.norms}
    return levels, tuple(s.key for s in questions)


async def measure(path: Path, rounds: int) -> dict[str, list[float]]:
    from textual import events

    from interviewer.app import make_app
    from interviewer.screens.interview import InterviewScreen
    from interviewer.widgets.capture_line import CaptureLine
    from interviewer.widgets.norm_suggestions import NormSuggestions

    app = make_app(path)
    times: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen), f"gesprekscherm verwacht, kreeg {screen!r}"
        while screen.tagger is None or _loading(screen):
            await asyncio.sleep(0.01)
        await pilot.pause()
        notes = len(app.store.aantekeningen())
        store = app.store
        committed: list[float] = []
        real_capture = store.capture

        def timed_capture(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            note = real_capture(*args, **kwargs)
            committed.append(time.perf_counter())
            return note

        store.capture = timed_capture
        capture = screen.query_one(CaptureLine)
        for i in range(rounds):
            text = f"{NOTES[i % len(NOTES)]} ({i})"
            capture.set_text(text)
            while screen.last_ranked_text != text:
                await asyncio.sleep(0.001)
            if not screen.query_one(NormSuggestions).chosen:
                screen.action_toggle_suggestion(0)
            await pilot.pause()
            shown_now = Shown(screen).now
            before = shown_now()
            committed.clear()
            event = events.Key("enter", None)
            event.set_sender(app)
            app._driver.send_message(event)
            last_change = None
            shown = before
            quiet_since = time.perf_counter()
            while True:
                await asyncio.sleep(POLL)
                now = time.perf_counter()  # the screen was like this when the poll began
                now_shown = shown_now()
                if now_shown != shown:
                    shown, last_change, quiet_since = now_shown, now, now
                elif _loading(screen):
                    quiet_since = now
                elif last_change is not None and now - quiet_since > QUIET:
                    break
            assert committed, "geen capture gezien"
            times.append((last_change - committed[0]) * 1000)
            levels, questions = _truth(app, screen)
            shown_levels = dict(shown[1])
            assert shown_levels == {k: v for k, v in levels.items() if k in shown_levels}, "dekking op scherm verouderd"
            assert shown[2] == questions, "vragenlijst op scherm verouderd"
    return {"refresh": times, "notes": [float(notes)]}


def run_once(size: str, rounds: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory(prefix="interviewer-bench-") as tmp:
        os.environ["INTERVIEWER_DATA_DIR"] = str(Path(tmp) / "data")  # keep the user's recent list clean
        path = build_demo(Path(tmp)) if size == "demo" else build_large(Path(tmp))
        return asyncio.run(measure(path, rounds))


def main() -> int:
    parser = argparse.ArgumentParser(description="Capture -> gesprekscherm bijgewerkt, in ms.")
    parser.add_argument("--rounds", type=int, default=8, help="captures per audit")
    parser.add_argument("--against", type=Path, help="een checkout van de code van voor: beide om en om meten")
    parser.add_argument("--tree", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--size", choices=("demo", "groot"), help=argparse.SUPPRESS)  # the child: one audit
    args = parser.parse_args()
    if args.size:  # a child: one audit, raw figures as JSON
        print(json.dumps(run_once(args.size, args.rounds)))
        return 0
    trees = {"na": ROOT}
    if args.against is not None:
        trees = {"voor": args.against.resolve(), "na": ROOT}
    results: dict[tuple[str, str], dict[str, list[float]]] = {}
    for size in ("demo", "groot"):
        for name, tree in trees.items():
            out = subprocess.run(
                [sys.executable, __file__, "--tree", str(tree), "--size", size, "--rounds", str(args.rounds)],
                capture_output=True, text=True, cwd=tree,
            )
            if out.returncode:
                print(out.stderr[-2000:], file=sys.stderr)
                return 1
            results[(size, name)] = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"capture -> scherm bijgewerkt (ms), {args.rounds} captures per audit" + (f"; 'voor' = {args.against}" if args.against else ""))
    print(f"{'audit':<28}" + "".join(f"{name + ': med':>12}{'p95':>8}" for name in trees))
    for size in ("demo", "groot"):
        notes = int(results[(size, "na")]["notes"][0])
        row = f"{f'{notes} aantekeningen':<28}"
        for name in trees:
            values = results[(size, name)]["refresh"]
            row += f"{statistics.median(values):>12.1f}{percentile(values, 0.95):>8.1f}"
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
