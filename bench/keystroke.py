"""Benchmark: from a keystroke in the capture line to the norm suggestions being updated.

Runs the real app headless on a demo-size audit (the shipped demo when present, else ~200 quotes
built through the store), sends key events the way the terminal driver does, and measures per
keystroke:
  * echo     - key sent -> the character is in the capture line (the main thread never waits)
  * suggest  - key sent -> the top-3 suggestions for exactly that text are on screen
It also times the pieces on their own: one tagger ranking, and one draft autosave (the only
database write while typing, at most once a second). Medians and 95th percentiles in ms.

Run: python bench/keystroke.py [--notes N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
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


def main() -> int:
    parser = argparse.ArgumentParser(description="Toetsaanslag -> normsuggesties bijgewerkt, in ms.")
    parser.add_argument("--notes", type=int, default=len(NOTES), help="aantal citaten om te typen")
    args = parser.parse_args()
    notes = (NOTES * (args.notes // len(NOTES) + 1))[: args.notes]
    with tempfile.TemporaryDirectory(prefix="interviewer-bench-") as tmp:
        os.environ["INTERVIEWER_DATA_DIR"] = str(Path(tmp) / "data")  # keep the user's recent list clean
        path = build_audit(Path(tmp))
        results = asyncio.run(measure(path, notes))
        results.update(time_pieces(path, notes))
    quotes = int(results.pop("quotes")[0])
    keys = len(results["echo"])
    print(f"audit: {quotes} aantekeningen; {keys} toetsaanslagen in {len(notes)} citaten")
    print(f"{'meting':<44}{'mediaan':>10}{'p95':>10}{'max':>10}")
    labels = {
        "echo": "toets -> teken in de invoerregel",
        "suggest": "toets -> top-3 suggesties bijgewerkt",
        "rank": "tagger.rank (in de worker)",
        "draft": "save_draft (hoogstens 1x per seconde)",
    }
    for key, label in labels.items():
        values = results[key]
        print(f"{label:<44}{statistics.median(values):>9.2f} {percentile(values, 0.95):>9.2f} {max(values):>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
