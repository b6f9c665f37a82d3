"""`interviewer export FILE --docx OUT [--md OUT]`: the report of Bijlage 7, without names.

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
import threading
import time
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="BESTAND", help="het auditbestand (.audit)")
    parser.add_argument("--docx", metavar="UIT", type=Path, help="schrijf het rapport als Word-bestand (.docx)")
    parser.add_argument("--md", metavar="UIT", type=Path, help="schrijf het rapport als Markdown (.md)")
    parser.add_argument(
        "--vervang",
        choices=("functie", "naam"),
        default="naam",
        help="vervang gevonden namen door de functie van de bron (waar bekend) of door [naam] (standaard: naam)",
    )
    parser.add_argument("--naam", metavar="W1,W2", default="", help="deze woorden zijn namen: altijd vervangen (bewaard in de audit)")
    parser.add_argument(
        "--geen-naam", metavar="W1,W2", default="", help="deze woorden zijn geen namen: laten staan (bewaard in de audit)"
    )
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--werkversie", action="store_true", help="werkversie voor het team: te controleren woorden worden vervangen en genoemd")
    kind.add_argument("--concept", action="store_true", help="conceptrapport: pas als elk te controleren woord is gemarkeerd")
    parser.add_argument(
        "--zonder-deduce",
        action="store_true",
        help="gebruik de naamherkenning van deduce niet, ook als die geïnstalleerd is",
    )


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _load_deduce():  # noqa: ANN202 - span finder or None
    """Load deduce in a worker thread and report progress while it builds or loads its tables."""
    from interviewer.domain.names import deduce_spans_factory

    result: dict[str, object] = {}

    def work() -> None:
        try:
            result["finder"] = deduce_spans_factory(progress=lambda m: _say(f"  {m}"))
        except Exception as exc:  # deduce is optional: a broken install must not block the export
            result["error"] = exc

    worker = threading.Thread(target=work, name="deduce-laden", daemon=True)
    started = time.monotonic()
    worker.start()
    while worker.is_alive():
        worker.join(timeout=5)
        if worker.is_alive():
            _say(f"  deduce laden… {time.monotonic() - started:.0f} s")
    if "error" in result:
        _say(f"  deduce kon niet laden ({result['error']}); alleen de lijst en de naamheuristiek worden gebruikt.")
        return None
    return result.get("finder")


def _words(value: str) -> list[str]:
    return [w.strip() for w in value.split(",") if w.strip()]


def _store_reviews(path: Path, naam: str, geen_naam: str) -> None:
    """Keep the toetser's --naam / --geen-naam choices in the audit (they merge as a set)."""
    if not _words(naam) and not _words(geen_naam):
        return
    from interviewer.domain.names import review_key
    from sessions.errors import naming_file
    from sessions.store import AuditStore
    from sessions.errors import StoreError

    try:
        with AuditStore.open(path) as store:
            for word in _words(naam):
                store.set_name_review(word, review_key(word), True)
            for word in _words(geen_naam):
                store.set_name_review(word, review_key(word), False)
    except StoreError as exc:
        raise naming_file(exc, path) from None


def _read_reviews(path: Path) -> dict[str, bool]:
    from sessions.store import AuditStore

    with AuditStore.open(path, read_only=True) as store:
        return store.name_reviews()


def _output_clash(audit: Path, outputs: list[Path]) -> str:
    """Why these outputs must not be written, or "": writing the report over the audit file (a slip
    of tab completion) would destroy the audit."""
    if len(outputs) == 2 and outputs[0].resolve() == outputs[1].resolve():
        return f"--docx en --md wijzen naar hetzelfde bestand: {outputs[0]}."
    for out in outputs:
        if out.resolve() == audit.resolve() or (out.exists() and audit.exists() and out.samefile(audit)):
            return f"{out} is het auditbestand zelf; kies een andere naam voor het rapport. Er is niets geschreven."
    return ""


def run(args: argparse.Namespace) -> int:
    if not args.docx and not args.md:
        _say("Geef aan wat je wilt schrijven: --docx UIT en/of --md UIT.")
        return 2
    from questionbank import BankError, load_bank
    from sessions.errors import StoreError

    from .common import fail, read_audit

    clash = _output_clash(Path(args.file), [p for p in (args.docx, args.md) if p])
    if clash:
        return fail(clash)
    try:
        bank = load_bank()
        _store_reviews(Path(args.file), args.naam, args.geen_naam)
        audit = read_audit(args.file)
        reviews = _read_reviews(Path(args.file))
    except (StoreError, BankError) as exc:
        return fail(exc, 1)

    from interviewer.domain.names import ListedNameLeft, anonymise
    from interviewer.domain.report import build_report

    report = build_report(audit, bank)
    extra = None
    if not args.zonder_deduce:
        extra = _load_deduce()
        if extra is None:
            _say("deduce is niet geïnstalleerd: namen worden gezocht met de lijst van de audit en de naamheuristiek.")
    _say("Namen zoeken in de rapporttekst…")
    try:
        result = anonymise(
            report, audit, bank, mode=args.vervang, extra=extra, reviews=reviews,
            progress=lambda i, n: _say(f"  {i}/{n} teksten"),
        )
    except ListedNameLeft as exc:
        _say(str(exc))
        return 1
    if result.found:
        print(f"Gevonden namen ({len(result.found)}), vervangen in het rapport:")
        for f in result.found:
            print(f"  {f.name}  ({', '.join(f.sources)}, {f.count}×) → {f.replacement}")
    else:
        print("Geen namen gevonden.")
    if result.candidates:
        print(result.review_line() + "  (vervangen tot je ze markeert met --naam of --geen-naam)")
        if not args.werkversie:
            soort = "concept" if args.concept else "definitief rapport"
            _say(
                f"Een {soort} wordt pas geschreven als elk te controleren woord is gemarkeerd: "
                "--naam WOORD,… (is een naam) of --geen-naam WOORD,… (is geen naam); of schrijf een --werkversie. "
                "Er is niets geschreven."
            )
            return 1

    from interviewer.domain.export_md import write_markdown

    written = []
    try:
        if args.docx:
            from interviewer.domain.export_docx import write_docx

            write_docx(result.report, args.docx)
            written.append(str(args.docx))
        if args.md:
            write_markdown(result.report, args.md)
            written.append(str(args.md))
    except OSError as exc:
        _say(f"Kon het rapport niet schrijven: {exc.strerror or exc} ({exc.filename or ''}).")
        return 1
    advies = result.report.advies
    print(f"Rapport geschreven: {', '.join(written)}")
    print(f"{advies.label}{' (voorlopig)' if advies.provisional else ''}.")
    return 0
