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


def not_found_message(name: str, commands: list[str]) -> str:
    """Dutch: neither a command nor an existing file; a close command name is offered (a typo)."""
    import difflib

    close = difflib.get_close_matches(name, commands, n=1, cutoff=0.6)
    looks_like_file = "/" in name or "\\" in name or Path(name).suffix != ""
    if looks_like_file:
        return f"bestand niet gevonden: {name}."
    hint = f" Bedoel je: interviewer {close[0]}?" if close else ""
    return f"onbekende opdracht, en geen bestand: {name}.{hint} Opdrachten: {', '.join(commands)} (interviewer --help legt ze uit)."


def run(args: argparse.Namespace) -> int:
    from interviewer.app import make_app
    from interviewer.cli import COMMANDS

    from .common import fail

    if args.bestand is not None and not args.bestand.expanduser().exists():
        return fail(not_found_message(str(args.bestand), [name for name, _ in COMMANDS if name != "open"]))

    app = make_app(args.bestand, read_only=args.read_only)
    app.run()
    return app.return_code or 0  # non-zero after an unexpected end (the typing was saved first)
