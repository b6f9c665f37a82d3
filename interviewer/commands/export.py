"""`interviewer export FILE --docx OUT [--md OUT] [--werkversie | --concept] [--force]`: the report
of Bijlage 7, without names. Parse, call interviewer.services.export, print.

Without a flag the definitief report; `--concept` the conceptrapport for the organisation; both are
refused (exit 1, each open point named) while the pre-export checklist blocks them, and recorded in
the audit (date, version, SHA-256) once written. `--werkversie` is for the team itself: always
written, stamped "WERKVERSIE — niet verzenden", the open points in an appendix, nothing recorded.
An existing output file is never overwritten without `--force`.

Before anything is written, every outgoing text is searched for person names (the audit's list,
the toetsers' names, name lists and patterns, and, when installed, `deduce`); the names found are
listed and replaced. A file is never written while a found or listed name is left in the report.
Capitalised words that are no Dutch word are replaced too and listed ("Controleer: Öztürk, Kelder");
`--naam` / `--geen-naam` mark them (kept in the audit). A `--werkversie` is written with them
replaced; a `--concept` or the definitief report (no flag) is refused while one is unmarked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="BESTAND", help="het auditbestand (.audit)")
    parser.add_argument("--docx", metavar="UIT", type=Path, help="schrijf het rapport als Word-bestand (.docx)")
    parser.add_argument("--md", metavar="UIT", type=Path, help="schrijf het rapport als Markdown (.md)")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--werkversie", action="store_true", help="werkversie voor het team: altijd, met de open punten, niet verzenden")
    kind.add_argument("--concept", action="store_true", help="conceptrapport voor de organisatie (Bijlage 6); geweigerd zolang er blokkades zijn")
    parser.add_argument("--force", action="store_true", help="vervang een bestaand rapportbestand")
    parser.add_argument("--naam", metavar="W1,W2", default="", help="deze woorden zijn namen: altijd vervangen (bewaard in de audit)")
    parser.add_argument(
        "--geen-naam", metavar="W1,W2", default="", help="deze woorden zijn geen namen: laten staan (bewaard in de audit)"
    )
    parser.add_argument(
        "--vervang",
        choices=("functie", "naam"),
        default="naam",
        help="vervang gevonden namen door de functie van de bron (waar bekend) of door [naam] (standaard: naam)",
    )
    parser.add_argument(
        "--zonder-deduce",
        action="store_true",
        help="gebruik de naamherkenning van deduce niet, ook als die geïnstalleerd is",
    )


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _load_deduce():  # noqa: ANN202 - span finder or None
    """Load deduce, saying the seconds so far while it builds or loads its tables."""
    from interviewer.domain.names import deduce_spans_factory

    try:
        return deduce_spans_factory(progress=lambda m: _say(f"  {m}"))
    except Exception as exc:  # deduce is optional: a broken install must not block the export
        _say(f"  deduce kon niet laden ({exc}); alleen de lijst en de naamheuristiek worden gebruikt.")
        return None


def _words(value: str) -> list[str]:
    return [w.strip() for w in value.split(",") if w.strip()]


def _store_reviews(path: Path, naam: str, geen_naam: str) -> None:
    """Keep the toetser's --naam / --geen-naam choices in the audit (they merge as a set)."""
    if not _words(naam) and not _words(geen_naam):
        return
    from sessions.errors import StoreError, naming_file
    from sessions.store import AuditStore

    from interviewer.services.export import mark_names

    try:
        with AuditStore.open(path) as store:
            mark_names(store, naam=_words(naam), geen_naam=_words(geen_naam))
    except StoreError as exc:
        raise naming_file(exc, path) from None


def run(args: argparse.Namespace) -> int:
    if not args.docx and not args.md:
        _say("Geef aan wat je wilt schrijven: --docx UIT en/of --md UIT.")
        return 2
    from questionbank import BankError, load_bank
    from sessions.errors import StoreError

    from interviewer.services import export as service

    from .common import fail, read_audit

    kind = "werkversie" if args.werkversie else "concept" if args.concept else "definitief"
    outputs = {fmt: p for fmt, p in (("docx", args.docx), ("md", args.md)) if p}
    clash = service.output_clash(Path(args.file), list(outputs.values()))
    if clash:
        return fail(clash)
    there = service.existing(list(outputs.values()))
    if there and not args.force:
        return fail(
            f"Er bestaat al een bestand: {', '.join(str(p) for p in there)}. Er is niets geschreven; "
            "kies een andere naam of vervang het bewust met --force.",
            1,
        )
    try:
        bank = load_bank()
        _store_reviews(Path(args.file), args.naam, args.geen_naam)
        audit = read_audit(args.file)
    except (StoreError, BankError) as exc:
        return fail(exc, 1)

    from interviewer.domain.checklist import build_checklist
    from interviewer.domain.report import build_report

    report = build_report(audit, bank)
    checklist = build_checklist(audit, bank, report)
    extra = None
    if not args.zonder_deduce:
        extra = _load_deduce()
        if extra is None:
            _say("deduce is niet geïnstalleerd: namen worden gezocht met de lijst van de audit en de naamheuristiek.")
    _say("Namen zoeken in de rapporttekst…")
    try:  # the name check runs first: its candidates are an item of the checklist
        prepared = service.inspect(
            audit, bank, kind, mode=args.vervang, extra=extra, progress=lambda i, n: _say(f"  {i}/{n} teksten"),
            report=report, checklist=checklist,
        )
    except service.ExportRefused as exc:
        _say(str(exc))
        return 1
    if prepared.checklist.items:
        print("Checklist voor export:")
        for line in prepared.checklist.lines():
            print(f"  {line}")
    if prepared.checklist.blocking(kind):
        _say(service.refusal_message(kind, prepared.checklist))
        return 1
    if prepared.found:
        print(f"Gevonden namen ({len(prepared.found)}), vervangen in het rapport:")
        for f in prepared.found:
            print(f"  {f.name}  ({', '.join(f.sources)}, {f.count}×) → {f.replacement}")
    else:
        print("Geen namen gevonden.")
    if prepared.candidates:
        print(prepared.review_line + "  (vervangen tot je ze markeert met --naam of --geen-naam)")

    try:
        if kind == "werkversie":
            written = service.write(prepared, outputs, force=args.force, audit_path=Path(args.file))
        else:
            from sessions.store import AuditStore

            try:
                store = AuditStore.open(args.file)
            except StoreError as exc:
                return fail(f"{exc} Het rapport is niet geschreven: een {kind} wordt in de audit vastgelegd.", 1)
            with store:
                written = service.write(
                    prepared, outputs, force=args.force, record=store.record_export, audit_path=Path(args.file)
                )
    except service.ExportRefused as exc:
        _say(str(exc))
        return 1
    except OSError as exc:
        from sessions.errors import os_reason
        _say(f"Kon het rapport niet schrijven: {os_reason(exc)} ({exc.filename or ''}).")
        return 1
    advies = prepared.report.advies
    print(f"Rapport geschreven ({prepared.report.stamp}): {', '.join(str(p) for p in written.paths)}")
    if written.recorded:
        print(f"Vastgelegd in de audit: {kind} versie {prepared.version}, SHA-256 "
              + ", ".join(d[:12] + "…" for d in written.sha256.values()))
    print(f"{advies.label}{' (voorlopig)' if advies.provisional else ''}.")
    return 0
