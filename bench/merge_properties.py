"""The merge rule's hypothesis properties (tests/unit/test_merge_properties.py) at 1 000 examples
each, beyond the 200 the CI suite runs. Prints the count and the time.

    python bench/merge_properties.py [--examples N]
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/questionbank.py would shadow the questionbank package the store imports: drop this folder.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse
import importlib.util
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Eigenschappen van samenvoegen, met veel voorbeelden.")
    parser.add_argument("--examples", type=int, default=1000)
    args = parser.parse_args(argv)
    path = Path(__file__).resolve().parent.parent / "tests" / "unit" / "test_merge_properties.py"
    spec = importlib.util.spec_from_file_location("merge_properties", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows, fields = module.property_tests(args.examples, args.examples)
    for name, check in (("rijen (revisie)", rows), ("toetsing (per veld)", fields)):
        start = time.perf_counter()
        check()
        print(f"{name}: {args.examples} voorbeelden zonder tegenvoorbeeld in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
