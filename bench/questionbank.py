"""How long the question bank takes to load: it is read at every app start and every CLI call.

Three figures, medians over RUNS:
- cold process: a fresh `python -c` that imports questionbank and loads the bank (wall clock,
  interpreter start-up included), against a bare `python -c pass` for reference;
- cold load: `load_bank_from(DATA_DIR)` timed inside such a fresh process (import excluded);
- warm uncached: `load_bank_from(DATA_DIR)` again in this process (parse + validate, no lru_cache).

Run: python bench/questionbank.py [RUNS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from questionbank.loader import DATA_DIR, load_bank_from  # noqa: E402

CHILD = """
import time
t0 = time.perf_counter()
from questionbank.loader import DATA_DIR, load_bank_from
t1 = time.perf_counter()
bank = load_bank_from(DATA_DIR)
t2 = time.perf_counter()
assert len(bank.norms) == 49
print(f"{(t1 - t0) * 1000:.3f} {(t2 - t1) * 1000:.3f}")
"""


def _wall(args: list[str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    out = subprocess.run(args, capture_output=True, text=True, check=True, cwd=ROOT)
    return (time.perf_counter() - t0) * 1000, out.stdout


def main(runs: int = 20) -> None:
    bare, cold_process, cold_import, cold_load = [], [], [], []
    for _ in range(runs):
        bare.append(_wall([sys.executable, "-c", "pass"])[0])
        wall, out = _wall([sys.executable, "-c", CHILD])
        imp, load = (float(x) for x in out.split())
        cold_process.append(wall)
        cold_import.append(imp)
        cold_load.append(load)
    warm = []
    for _ in range(runs):
        t0 = time.perf_counter()
        load_bank_from(DATA_DIR)
        warm.append((time.perf_counter() - t0) * 1000)
    med = statistics.median
    print(f"question bank load, median of {runs} runs (ms)")
    print(f"  python -c pass (reference)         {med(bare):8.1f}")
    print(f"  cold process: import + load (wall) {med(cold_process):8.1f}")
    print(f"  cold import questionbank           {med(cold_import):8.1f}")
    print(f"  cold load_bank_from(DATA_DIR)      {med(cold_load):8.1f}")
    print(f"  warm load_bank_from, uncached      {med(warm):8.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
