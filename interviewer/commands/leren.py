"""`interviewer leren`: leer van eerdere audits. Shows, adds, removes or clears the earlier audit
files whose confirmed notes help the tagger (opt-in, local: the list is in this OS account's config
folder and holds only paths; the files are read read-only, nothing is copied or sent anywhere).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sessions.errors import StoreError

from .common import fail


def configure(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--voeg-toe", type=Path, metavar="BESTAND", help="leer ook van dit eerdere auditbestand")
    group.add_argument("--verwijder", type=Path, metavar="BESTAND", help="leer niet meer van dit bestand")
    group.add_argument("--wis", action="store_true", help="leer van geen enkele eerdere audit meer")


def run(args: argparse.Namespace) -> int:
    from interviewer import earlier_audits
    from interviewer.locations import earlier_audits_file

    if args.voeg_toe:
        try:
            path = earlier_audits.add_file(args.voeg_toe)
        except StoreError as exc:
            return fail(exc)
        print(f"Toegevoegd: {path}")
    elif args.verwijder:
        if not earlier_audits.remove_file(args.verwijder):
            return fail(f"Dit bestand staat niet in de lijst: {args.verwijder}", 1)
        print(f"Verwijderd: {args.verwijder}")
    elif args.wis:
        earlier_audits.clear()
        print("De lijst is gewist: de normsuggesties leren alleen nog van de open audit.")
        return 0
    files = earlier_audits.chosen_files()
    if not files:
        print("Geen eerdere audits gekozen. Voeg er een toe met: interviewer leren --voeg-toe BESTAND")
        return 0
    print(f"De normsuggesties leren van de bevestigde notities in deze eerdere audits ({earlier_audits_file()}):")
    for path in files:
        print(f"  {path}" + ("" if path.exists() else "  (bestaat niet meer: wordt overgeslagen)"))
    print("Een suggestie noemt alleen 'eerdere audits', nooit hun woorden. --wis maakt de lijst leeg.")
    return 0
