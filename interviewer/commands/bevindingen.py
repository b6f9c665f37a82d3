"""`interviewer bevindingen FILE [--norm N] [--json]`: per norm the oordeel proposal and its reason,
the aspects (heard or not, with their sources) and the concept text, as the F4 screen drafts them.

Read-only: nothing is written to the audit file. `--json` gives one list of objects with the keys
`norm`, `oordeel_voorstel`, `reden`, `aspecten` (list of {`label`, `gehoord`, `bronnen`}) and
`concept` (empty for a norm without evidence).
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from questionbank import BankError, load_bank
from sessions.errors import StoreError

from .common import fail, read_audit

WIDTH = 100


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="BESTAND", help="het auditbestand (.audit)")
    parser.add_argument("--norm", metavar="N", help="alleen deze norm (bijvoorbeeld V1)")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")


def run(args: argparse.Namespace) -> int:
    from interviewer.services import bevindingen

    try:
        bank = load_bank()
        norm_ids = [bank.norm(args.norm).id] if args.norm else [n.id for n in bank.norms]
        audit = read_audit(args.file)
    except KeyError as exc:
        return fail(exc.args[0])
    except (BankError, StoreError) as exc:
        return fail(exc)
    rows = [as_dict(draft) for draft in bevindingen.concepts(audit, bank, norm_ids)]
    sys.stdout.reconfigure(encoding="utf-8")
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n".join(render(row) for row in rows))
    return 0


def as_dict(draft) -> dict[str, object]:  # noqa: ANN001 - DraftBevinding
    aspects = draft.aspects.aspects if draft.aspects else ()
    return {
        "norm": draft.norm_id,
        "oordeel_voorstel": draft.suggested_oordeel,
        "reden": draft.reason,
        "aspecten": [{"label": a.label, "gehoord": a.heard, "bronnen": list(a.sources)} for a in aspects],
        "concept": draft.text,
        "sterke_punten": [line for line in draft.sterke_punten.splitlines() if line],
        "verbeterpunten": [line for line in draft.verbeterpunten.splitlines() if line],
    }


def render(row: dict[str, object]) -> str:
    lines = [f"{row['norm']}  voorstel: {row['oordeel_voorstel']}  ({row['reden']})"]
    aspects = row["aspecten"]
    heard = sum(a["gehoord"] for a in aspects)
    lines.append(f"  aspecten: {heard} van {len(aspects)} gehoord")
    for a in aspects:
        mark = "✓" if a["gehoord"] else "·"
        where = ", ".join(a["bronnen"]) if a["gehoord"] else "niet gehoord"
        lines.extend(textwrap.wrap(f"{mark} {a['label']}: {where}", WIDTH, initial_indent="    ", subsequent_indent="      "))
    concept = str(row["concept"])
    if concept:
        lines.append("  concept:")
        for paragraph in concept.split("\n\n"):
            lines.extend(textwrap.wrap(paragraph, WIDTH, initial_indent="    ", subsequent_indent="    "))
            lines.append("")
        for title, key in (("sterke punten", "sterke_punten"), ("verbeterpunten", "verbeterpunten")):
            for item in row[key]:
                lines.extend(textwrap.wrap(item, WIDTH, initial_indent=f"  {title}: ", subsequent_indent="    "))
    else:
        lines.append("  concept: (geen: nog geen bevestigd bewijs)")
    return "\n".join(lines) + "\n"
