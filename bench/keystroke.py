"""Benchmark: from a keystroke in the capture line to the norm suggestions being updated.

Runs the real app headless on a demo-size audit (the shipped demo when present, else ~200 quotes
built through the store), sends key events the way the terminal driver does, and measures per
keystroke:
  * echo     - key sent -> the character is in the capture line (the main thread never waits)
  * suggest  - key sent -> the top-3 suggestions for exactly that text are on screen
It also times the pieces on their own: one tagger ranking, and one draft autosave (the only
database write while typing, at most once a second). Medians and 95th percentiles in ms.

Run: python bench/keystroke.py [--notes N] [--against DIR] [--rounds R]

With `--against DIR` (a checkout of the code before a change, e.g. `git worktree add /tmp/before
main`), both trees are measured in turns in one run (R rounds each, children of this script, each
importing its own tree) and printed side by side: on a shared machine, only a comparison made in
the same minutes means anything.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if "--tree" in sys.argv:  # a child measuring another checkout: import that tree's code
    ROOT = Path(sys.argv[sys.argv.index("--tree") + 1]).resolve()
sys.path.insert(0, str(ROOT))

NOTES = [
    "vrijwilligers worden goed ingewerkt door de coordinator",
    "de RI&E is vorig jaar gedaan, plan van aanpak loopt nog",
    "elke maand intervisie met casuistiek uit het team",
    "klachten van clienten gaan via de klachtenfunctionaris",
    "jaargesprekken worden niet in alle teams gevoerd",
    "we meten tevredenheid met een korte vragenlijst na afsluiting",
    "de wijkteams werken samen met huisartsen en woningcorporaties",
    "nieuwe collega's krijgen een buddy en een inwerkmap",
    "dossiers staan in het registratiesysteem, toestemming vastgelegd",
    "de bestuurder bespreekt het jaarplan met de OR",
]
POLL = 0.0002


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def build_audit(folder: Path) -> Path:
    """The demo audit (typing as its teamleider, so "Wie ben jij?" is answered), else a store-built
    audit of 200 quotes."""
    try:
        from interviewer.demo import fresh_copy
    except ImportError:
        pass
    else:
        from interviewer.locations import remember_toetser
        from sessions.store import AuditStore

        path = fresh_copy(folder)
        with AuditStore.open(path, read_only=True) as store:
            teamleider = next(t for t in store.toetsers() if t.role == "teamleider")
            remember_toetser(store.toetsing().id, teamleider.id)
        return path
    from sessions.models import Toetser, Toetsing
    from sessions.store import AuditStore

    path = folder / "bench.audit"
    store = AuditStore.create(path, Toetsing(id="", organisation="Bench"), [Toetser(id="", name="B", role="teamleider")])
    for i in range(10):
        bron = store.start_interview(f"functie {i}", "sociaal_werker")
        for j in range(20):
            store.capture(bron.id, f"{NOTES[(i + j) % len(NOTES)]} ({i}.{j})", tags=[("V1", 50, "confirmed", "auto")])
    store.close()
    return path


async def measure(path: Path, notes: list[str]) -> dict[str, list[float]]:
    from textual import events
    from textual.keys import _character_to_key

    from interviewer.app import make_app
    from interviewer.screens.interview import InterviewScreen
    from interviewer.widgets.capture_line import CaptureLine

    app = make_app(path)
    echo: list[float] = []
    suggest: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen), f"gesprekscherm verwacht, kreeg {screen!r}"
        while screen.tagger is None:
            await asyncio.sleep(0.01)
        quotes = len(app.store.aantekeningen())
        capture = screen.query_one(CaptureLine)
        for note in notes:
            capture.set_text("")
            await pilot.pause()
            for i, ch in enumerate(note):
                expected = note[: i + 1]
                key = ch if ch.isalnum() else _character_to_key(ch)
                event = events.Key(key, ch)
                event.set_sender(app)
                start = time.perf_counter()
                app._driver.send_message(event)
                echoed = None
                while screen.last_ranked_text != expected:
                    if echoed is None and capture.text == expected:
                        echoed = time.perf_counter()
                    await asyncio.sleep(POLL)
                done = time.perf_counter()
                echo.append(((echoed or done) - start) * 1000)
                suggest.append((done - start) * 1000)
    return {"echo": echo, "suggest": suggest, "quotes": [float(quotes)]}


def time_pieces(path: Path, notes: list[str]) -> dict[str, list[float]]:
    from interviewer.domain.tagging import Tagger
    from questionbank import load_bank
    from questionbank.loader import load_vocabulary
    from sessions.store import AuditStore

    store = AuditStore.open(path)
    try:
        tagger = Tagger.for_audit(load_bank(), load_vocabulary(), store.load_all())
        rank = []
        for note in notes:
            for i in range(1, len(note) + 1):
                start = time.perf_counter()
                tagger.rank(note[:i], top=3)
                rank.append((time.perf_counter() - start) * 1000)
        draft = []
        for i in range(50):
            start = time.perf_counter()
            store.save_draft("capture:bench", notes[i % len(notes)])
            draft.append((time.perf_counter() - start) * 1000)
        store.clear_draft("capture:bench")
    finally:
        store.close()
    return {"rank": rank, "draft": draft}


LABELS = {
    "echo": "toets -> teken in de invoerregel",
    "suggest": "toets -> top-3 suggesties bijgewerkt",
    "rank": "tagger.rank (in de worker)",
    "draft": "save_draft (hoogstens 1x per seconde)",
}


def run_once(notes: list[str]) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory(prefix="interviewer-bench-") as tmp:
        os.environ["INTERVIEWER_DATA_DIR"] = str(Path(tmp) / "data")  # keep the user's recent list clean
        path = build_audit(Path(tmp))
        results = asyncio.run(measure(path, notes))
        results.update(time_pieces(path, notes))
    return results


def compare(against: Path, notes: int, rounds: int) -> int:
    """Both trees in turns (this one, then the other, `rounds` times), in child processes."""
    trees = {"na": Path(__file__).resolve().parents[1], "voor": against.resolve()}
    merged: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
    quotes = {}
    for _ in range(rounds):
        for name, tree in trees.items():
            out = subprocess.run(
                [sys.executable, __file__, "--tree", str(tree), "--notes", str(notes), "--json"],
                capture_output=True, text=True, check=True, cwd=tree,
            ).stdout
            results = json.loads(out.strip().splitlines()[-1])
            quotes[name] = int(results.pop("quotes")[0])
            for key, values in results.items():
                merged[name].setdefault(key, []).extend(values)
    print(f"audit: {quotes['na']} aantekeningen; {rounds} rondes per versie, om en om; 'voor' = {against}")
    print(f"{'meting (ms)':<40}{'voor: med':>11}{'p95':>8}{'na: med':>10}{'p95':>8}")
    for key, label in LABELS.items():
        cols = []
        for name in ("voor", "na"):
            values = merged[name][key]
            cols += [statistics.median(values), percentile(values, 0.95)]
        print(f"{label:<40}{cols[0]:>11.2f}{cols[1]:>8.2f}{cols[2]:>10.2f}{cols[3]:>8.2f}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description="Toetsaanslag -> normsuggesties bijgewerkt, in ms.")
    parser.add_argument("--notes", type=int, default=len(NOTES), help="aantal citaten om te typen")
    parser.add_argument("--against", type=Path, help="een checkout van de code van voor: beide om en om meten")
    parser.add_argument("--rounds", type=int, default=2, help="rondes per versie met --against")
    parser.add_argument("--tree", type=Path, help=argparse.SUPPRESS)  # the child: which checkout to import
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # the child: raw figures
    args = parser.parse_args()
    if args.against is not None:
        return compare(args.against, args.notes, args.rounds)
    notes = (NOTES * (args.notes // len(NOTES) + 1))[: args.notes]
    results = run_once(notes)
    if args.json:
        print(json.dumps(results))
        return 0
    quotes = int(results.pop("quotes")[0])
    keys = len(results["echo"])
    print(f"audit: {quotes} aantekeningen; {keys} toetsaanslagen in {len(notes)} citaten")
    print(f"{'meting':<44}{'mediaan':>10}{'p95':>10}{'max':>10}")
    for key, label in LABELS.items():
        values = results[key]
        print(f"{label:<44}{statistics.median(values):>9.2f} {percentile(values, 0.95):>9.2f} {max(values):>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
