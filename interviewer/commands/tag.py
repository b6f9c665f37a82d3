"""`interviewer tag`: suggest norms for quotes, one quote per line on stdin, one JSON line out.

Each output line is a JSON array of the best norms, best first: [{"norm": "D5", "score": 71.5}, ...]
(scores 0-100, as the app shows them). An empty line gives []. With `--audit FILE` the tagger first
learns from that audit's confirmed and rejected tags, as it does inside the app.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from questionbank import BankError, load_bank
from questionbank.loader import load_vocabulary
from sessions.errors import StoreError

from .common import fail, read_audit

DEFAULT_TOP = 5


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"moet een geheel getal van 1 of meer zijn, niet {value!r}")
    return number


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--top", type=_positive, default=DEFAULT_TOP, metavar="N",
        help=f"aantal normen per citaat (standaard {DEFAULT_TOP})",
    )
    parser.add_argument(
        "--audit", type=Path, metavar="BESTAND", help="leer van de bevestigde en afgewezen tags in dit auditbestand"
    )


def run(args: argparse.Namespace) -> int:
    from interviewer.domain.tagging import Tagger, learned_from_audit

    try:
        bank = load_bank()
        vocabulary = load_vocabulary()
        learned = learned_from_audit(read_audit(args.audit)) if args.audit else []
    except (BankError, StoreError) as exc:
        return fail(exc)
    tagger = Tagger(bank, vocabulary, learned)
    sys.stdin.reconfigure(encoding="utf-8", errors="replace")
    sys.stdout.reconfigure(encoding="utf-8")
    try:
        for line in sys.stdin:
            ranked = tagger.rank(line.strip(), args.top) if line.strip() else []
            sys.stdout.write(json.dumps([{"norm": n, "score": s} for n, s in ranked], ensure_ascii=False) + "\n")
            sys.stdout.flush()  # a caller feeding quotes one by one gets each answer at once
    except BrokenPipeError:
        # The reader stopped (`| head`): not an error. Point stdout at nothing so that the
        # interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except KeyboardInterrupt:
        return 130
    return 0
