"""`interviewer merge A.audit B.audit ... -o team.audit`: bring the toetsers' files of one audit together."""

from __future__ import annotations

import argparse
import sys


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "Alleen bestanden van dezelfde audit (één keer aangemaakt en gekopieerd naar elke toetser) kunnen\n"
        "worden samengevoegd. Samenvoegen is veilig te herhalen: wat er al in staat, verandert niet, en\n"
        "verschillende bevindingen van toetsers voor dezelfde norm blijven allemaal bewaard."
    )
    parser.add_argument("files", nargs="+", metavar="BESTAND", help="auditbestanden van de toetsers")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="UITVOER",
        help="het samengevoegde auditbestand (wordt aangemaakt; bestaat het al, dan wordt erin samengevoegd)",
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sessions import StoreError, merge_files

    out = Path(args.output)
    existed = out.exists()
    try:
        report = merge_files(args.files, out)
    except StoreError as err:
        print(f"Samenvoegen mislukt: {err}", file=sys.stderr)
        return 1
    verb = "Samengevoegd in bestaand bestand" if existed else "Samengevoegd tot nieuw bestand"
    print(f"{verb} {out} uit {len(args.files)} bestand(en):")
    for line in report.summary():
        print(f"  {line}")
    return 0
