"""`interviewer [BESTAND]`: open the app."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bestand", nargs="?", type=Path, help="auditbestand om te openen (.audit)")


def run(args: argparse.Namespace) -> int:
    from interviewer.app import make_app

    make_app(args.bestand).run()
    return 0
