"""`interviewer demo`: open a fresh copy of the fictitious demo audit, or write one with --save.

Each run builds a new file, so whatever is typed in the demo never changes the shipped data, and
`--save` gives a file that every other command (coverage, plan, merge, export, tag --audit) can
be tried on.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Open een nieuwe kopie van een fictieve voorbeeldaudit (Stichting Welzijn De Brug, intercollegiale "
        "toetsing, 14 gesprekken). Wat je in de demo typt, komt alleen in die kopie; de kopieën staan in de "
        "map 'demo' bij je audits."
    )
    parser.add_argument(
        "--save", type=Path, metavar="BESTAND",
        help="schrijf een nieuwe kopie van de demo-audit naar BESTAND en stop (zonder de app te openen)",
    )
    parser.add_argument("--force", action="store_true", help="overschrijf BESTAND als het al bestaat (met --save)")


def run(args: argparse.Namespace) -> int:
    from sessions.errors import StoreError, os_reason

    if args.force and args.save is None:
        print("--force hoort bij --save BESTAND.", file=sys.stderr)
        return 2
    try:
        if args.save is not None:
            path = save(args.save, force=args.force)
            print(f"Demo-audit geschreven naar {path}")
            print(f"Probeer bijvoorbeeld: interviewer coverage {path}")
            return 0
    except (StoreError, OSError) as exc:
        print(f"Fout: {os_reason(exc) if isinstance(exc, OSError) else exc}", file=sys.stderr)
        return 2
    from interviewer.app import make_app

    make_app(start_demo=True).run()  # the app builds the copy after its first paint
    return 0


def save(target: Path, *, force: bool = False) -> Path:
    """Write a fresh demo audit to `target`; an existing file is replaced only with `force`."""
    from sessions.errors import StoreError

    from interviewer.demo import build_audit_file

    target = target.expanduser()
    if target.is_dir():
        raise StoreError(f"{target} is een map; geef een bestandsnaam, bijvoorbeeld {target / 'demo.audit'}.")
    if target.exists() and not force:
        raise StoreError(f"{target} bestaat al. Kies een andere naam, of gebruik --force om het te overschrijven.")
    if not target.exists():
        return build_audit_file(target)
    # Build beside the target, then swap it in at once: the old file stays whole until the new one is.
    folder = Path(tempfile.mkdtemp(prefix=".demo-", dir=target.parent))
    try:
        built = build_audit_file(folder / target.name)
        for sidecar in ("-wal", "-shm"):  # an old journal must never be replayed onto the new file
            target.with_name(target.name + sidecar).unlink(missing_ok=True)
        os.replace(built, target)
    finally:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()
    return target
