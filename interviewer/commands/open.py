"""`interviewer [BESTAND]`: open the app."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bestand", nargs="?", type=Path, help="auditbestand om te openen (.audit)")
    parser.add_argument(
        "--alleen-lezen", action="store_true", dest="read_only",
        help="alleen bekijken: er wordt niets geschreven en niets naast het bestand aangemaakt",
    )


def run(args: argparse.Namespace) -> int:
    from interviewer.app import make_app

    app = make_app(args.bestand, read_only=args.read_only)
    app.run()
    return app.return_code or 0  # non-zero after an unexpected end (the typing was saved first)
