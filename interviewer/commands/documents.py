"""`interviewer documents FILE.audit DOC…`: add the organisation's document files to an audit.
`--lijst OUT.md|OUT.docx` writes the documentenlijst (the checklist to send the organisation).

Each file becomes a document bron with its text, file name, pages and SHA-256, one transaction per
file (a refused file leaves nothing behind); its passages are printed with the norms they are
offered for (suggested, not confirmed: the toetser confirms them in the app). Progress goes to
stderr per page; --json prints one JSON object per document on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .common import fail


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("audit", type=Path, metavar="BESTAND.audit", help="het auditbestand")
    parser.add_argument("docs", type=Path, nargs="*", metavar="DOCUMENT", help="PDF, DOCX, ODT, TXT of Markdown")
    parser.add_argument("--lijst", type=Path, metavar="UIT.md|UIT.docx",
                        help="schrijf de documentenlijst (welke documenten welke normen onderbouwen)")
    parser.add_argument("--json", action="store_true", help="één JSON-object per document op stdout")
    parser.add_argument("--soort", default=None, metavar="SOORT",
                        help="documentsoort (standaard: afgeleid uit titel en bestandsnaam)")
    parser.add_argument("--groot", action="store_true",
                        help="lees ook documenten boven de grens (500 pagina's of 50 MB)")


class _Progress:
    """Per-page progress on stderr: one line per tenth of the document (a log stays readable)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        step = max(1, total // 10)
        if done == total or done // step != self.last:
            self.last = done // step
            print(f"{self.name}: pagina {done}/{total}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from interviewer.domain.documents import TOP, DocumentError, TooLarge, import_read, offered, read_file
    from interviewer.domain.tagging import Tagger
    from questionbank import BankError, load_bank
    from questionbank.loader import load_document_kinds, load_vocabulary
    from sessions.errors import StoreError, naming_file
    from sessions.store import AuditStore

    if not args.docs and args.lijst is None:
        return fail("Geef een of meer documenten, of --lijst UIT.md om de documentenlijst te schrijven.")
    if args.lijst is not None and args.lijst.suffix.lower() not in (".md", ".docx"):
        return fail(f"De documentenlijst wordt .md of .docx, niet '{args.lijst.suffix or args.lijst.name}'.")
    if args.lijst is not None and args.lijst.exists():
        return fail(f"Er staat al een bestand op deze plek: {args.lijst}. Kies een andere naam.")
    try:
        bank = load_bank()
        vocabulary = load_vocabulary()
        kinds = load_document_kinds()
        store = AuditStore.open(args.audit, read_only=not args.docs)
    except StoreError as exc:
        return fail(naming_file(exc, args.audit))
    except BankError as exc:
        return fail(exc)
    failures = 0
    sys.stdout.reconfigure(encoding="utf-8")
    with store:
        tagger = Tagger.for_audit(bank, vocabulary, store.load_all())
        for path in args.docs:
            try:
                read = read_file(path, progress=_Progress(path.name), allow_large=args.groot)
                result = import_read(store, read, tagger, kinds, kind=args.soort)
            except TooLarge as exc:
                failures += 1
                fail(f"{exc} Weet je het zeker? Voeg --groot toe om het toch te lezen.")
                continue
            except (DocumentError, StoreError) as exc:
                failures += 1
                fail(f"{path.name}: {exc}" if path.name not in str(exc) else exc)
                continue
            for warning in result.warnings():
                print(f"Let op: {path.name}: {warning}", file=sys.stderr)
            if args.json:
                print(json.dumps({
                    "bestand": read.file_name, "titel": result.title, "soort": result.kind,
                    "paginas": read.pages, "sha256": read.sha256, "nieuw": result.created,
                    "zelfevaluatie": result.zelfevaluatie, "lege_paginas": result.empty_pages,
                    "passages": [
                        {"pagina": p.page, "kop": p.heading, "tekst": p.text,
                         "normen": [{"norm": n, "score": s} for n, s in offered(r, top=TOP)]}
                        for p, r in zip(result.passages, result.rankings)
                    ],
                }, ensure_ascii=False))
                continue
            kind = result.kind or "soort onbekend"
            status = "" if result.created else " (stond er al in)"
            print(f"{result.title} — {kind}, {read.pages} pagina('s), {len(result.passages)} passages{status}")
            if result.zelfevaluatie:
                print("  Zelfevaluatie: de passages zijn voorbereidingsnotities per norm, geen documentbewijs.")
            for p, r in zip(result.passages, result.rankings):
                norms = ", ".join(f"{n} {s:.0f}" for n, s in offered(r)) or "—"
                text = p.text if len(p.text) <= 70 else p.text[:69] + "…"
                print(f"  p. {p.page:<3} {norms:<24} {text}")
        if args.lijst is not None:
            from interviewer.domain.coverage import coverage
            from interviewer.domain.documentenlijst import documentenlijst, export_docx, export_md

            data = store.load_all()
            waiting = [n.norm_id for n in coverage(bank, data).norms if n.level == "gedekt"]
            items = documentenlijst(bank, data, kinds, waiting)
            organisation = data.toetsing.organisation
            try:
                if args.lijst.suffix.lower() == ".docx":
                    export_docx(items, args.lijst, organisation)
                else:
                    args.lijst.write_text(export_md(items, organisation), encoding="utf-8")
            except OSError as exc:
                from sessions.errors import os_reason
                return fail(f"De documentenlijst kan niet worden geschreven: {os_reason(exc)} ({args.lijst}).")
            print(f"Documentenlijst geschreven: {args.lijst} ({len(items)} soorten, "
                  f"{sum(i.ticked for i in items)} ontvangen)", file=sys.stderr)
    return 1 if failures else 0
