"""The one export pipeline the CLI (`interviewer export`) and the app's export dialog both call.

Two steps, so the dialog can show what it found before writing:

1. `inspect`: build the report, run the pre-export checklist (domain/checklist.py), stamp the
   report with its kind, date and version (a werkversie also gets the open points as an appendix),
   and check the names once; the name candidates nobody marked yet join the checklist as a blocker.
   `prepare` does the same and refuses a concept or definitief while an item blocks it. The name
   check happens in `check_names` only.
2. `write`: render every requested file first, write each to a temporary file beside its target and
   rename it into place (never over an existing file without `force`), then, for a concept or
   definitief, record the export in the audit (date, version, SHA-256): the one write an export
   makes. A werkversie writes nothing to the audit.

Plain Python: no Textual, no printing. Messages are Dutch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from interviewer.services.outputs import existing, output_clash, place_file as _place
from questionbank.models import QuestionBank
from sessions.models import AuditData, review_verdicts

from interviewer.domain import report as report_module
from interviewer.domain.checklist import Checklist, build_checklist
from interviewer.domain.report import Field, Report, Section
from questionbank.nl import date_long

KINDS = ("werkversie", "concept", "definitief")
STAMPS = {"werkversie": "WERKVERSIE — niet verzenden", "concept": "CONCEPT", "definitief": "DEFINITIEF"}
# Deel A fields that name the team or the organisation's contact on purpose: the no-names rule is
# about the people interviewed, so these pass the name check untouched.
NAMED_ROLE_LABELS = (
    "Contactpersoon", "Teamleider", "Beoordelaar(s)", "Verslag tegen gelezen door", "Ondertekening", "Toetsingsteam",
    # The contact fields meant for addresses, e-mail and phone numbers (replaced everywhere else).
    "Adres", "Telefoon", "Email", "Website", "Naam Certificerende instelling", "Straat, huisnummer",
    "Postcode, plaatsnaam", "URL website", "Telefoonnummer",
)


NO_OPEN_POINTS = "Geen open punten: de checklist is leeg."


class ExportRefused(Exception):
    """The export may not happen; the message is Dutch and names every reason. Nothing was written.
    `checklist`: the full pre-export checklist when it is the reason (for the dialog to show)."""

    def __init__(self, message: str, checklist: Checklist | None = None) -> None:
        super().__init__(message)
        self.checklist = checklist


@dataclass(frozen=True)
class Prepared:
    kind: str
    report: Report  # stamped and with names replaced: what will be written
    checklist: Checklist
    found: list = field(default_factory=list)  # domain.names.FoundName
    version: int = 1
    date: str = ""  # ISO
    candidates: list = field(default_factory=list)  # replaced, not yet marked naam / geen naam

    @property
    def review_line(self) -> str:
        """"Controleer: Öztürk, Kelder" (empty when nothing awaits review)."""
        return f"Controleer: {', '.join(c.name for c in self.candidates)}" if self.candidates else ""


@dataclass(frozen=True)
class Written:
    paths: tuple[Path, ...]
    sha256: dict[str, str]  # path -> hex digest
    recorded: bool  # the export is recorded in the audit (concept, definitief)


def next_version(audit: AuditData) -> int:
    """Reports are numbered by the exports recorded in the audit: the next one is one more."""
    return max((e.version for e in audit.exports), default=0) + 1


def refusal_message(kind: str, checklist: Checklist, *, brief: bool = False) -> str:
    """Why this kind is not written. `brief`: one line for a screen that shows the checklist itself."""
    items = checklist.blocking(kind)
    what = "de conceptversie" if kind == "concept" else "het definitieve rapport"
    if brief:
        count = f"{len(items)} open punt{'en' if len(items) != 1 else ''}"
        return f"Geen rapport geschreven: {what} kan nog niet de deur uit ({count}: [blokkeert] hierboven). Een werkversie kan wel."
    lines = [f"Geen rapport geschreven: {what} kan nog niet de deur uit. Open punten:"]
    lines += [f"  - {i.message}" for i in items]
    lines.append("Een werkversie voor het team kan wel: --werkversie.")
    return "\n".join(lines)


def _stamp(report: Report, audit: AuditData, kind: str, version: int, today: dt.date, checklist: Checklist) -> Report:
    stamp = f"{STAMPS[kind]} · {date_long(today)} · versie {version}"
    appendix: tuple[str, ...] = ()
    title = ""
    if kind == "werkversie":
        title = "Bijlage bij de werkversie: open punten voor het team"
        appendix = tuple(checklist.report_lines()) or (NO_OPEN_POINTS,)
        overrides = [o for o in audit.overrides if o.active]
        appendix += tuple(f"Oordeel ondanks onvoldoende dekking bij {o.norm_id}: {o.reason}" for o in overrides)
    return dataclasses.replace(
        report, stamp=stamp, date=report.date or today.isoformat(), appendix_title=title, appendix=appendix
    )


def _without_roles(report: Report) -> tuple[Report, dict[str, str]]:
    kept: dict[str, str] = {}
    sections = []
    for s in report.deel_a:
        fields = []
        for f in s.fields:
            if f.label in NAMED_ROLE_LABELS:
                kept[f.label] = f.value
                f = dataclasses.replace(f, value="")
            fields.append(f)
        sections.append(Section(s.title, tuple(fields)))
    kept["\0author"] = report.author
    return dataclasses.replace(report, deel_a=tuple(sections), author=""), kept


def _with_roles(report: Report, kept: dict[str, str]) -> Report:
    sections = tuple(
        Section(s.title, tuple(dataclasses.replace(f, value=kept[f.label]) if f.label in kept else f for f in s.fields))
        for s in report.deel_a
    )
    return dataclasses.replace(report, deel_a=sections, author=kept.get("\0author", ""))


def check_names(report: Report, audit: AuditData, bank: QuestionBank, *, mode: str = "naam", extra=None, progress=None, reviews=None):  # noqa: ANN001, ANN201
    """THE name check of every outgoing report: replace the names of interviewees, refuse when a
    listed name survives. Named roles and contact fields (NAMED_ROLE_LABELS) are meant to be in the
    report and skip it. `reviews`: the toetser's naam / geen-naam choices kept in the audit.
    Returns (report, found, candidates)."""
    from interviewer.domain.names import ListedNameLeft, anonymise

    bare, kept = _without_roles(report)
    try:
        result = anonymise(bare, audit, bank, mode=mode, extra=extra, progress=progress, reviews=reviews)
    except ListedNameLeft as exc:
        raise ExportRefused(str(exc)) from None
    return _with_roles(result.report, kept), result.found, result.candidates


def inspect(
    audit: AuditData,
    bank: QuestionBank,
    kind: str,
    *,
    mode: str = "naam",
    extra: Callable | None = None,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
    report: Report | None = None,
    checklist: Checklist | None = None,
    reviews: dict[str, bool] | None = None,
) -> Prepared:
    """Report, checklist, stamp and name check (see module docstring), without refusing: the
    returned checklist includes the name candidates; `.checklist.blocking(kind)` says whether this
    kind may be written. Raises ExportRefused only when a listed name survives the replacement.
    `report` and `checklist`, when given, must be this audit's."""
    if kind not in KINDS:
        raise ValueError(kind)
    report = report or report_module.build_report(audit, bank)
    checklist = checklist or build_checklist(audit, bank, report)
    today = today or dt.date.today()
    version = next_version(audit)
    stamped = _stamp(report, audit, kind, version, today, checklist)
    clean, found, candidates = check_names(
        stamped, audit, bank, mode=mode, extra=extra, progress=progress, reviews=audit_reviews(audit) if reviews is None else reviews
    )
    full = checklist.with_names([c.name for c in candidates])
    if kind == "werkversie" and full is not checklist:
        clean = _appendix_with_names(clean, checklist, full)
    return Prepared(kind, clean, full, found, version, today.isoformat(), candidates)


def _appendix_with_names(clean: Report, before: Checklist, after: Checklist) -> Report:
    """Put the names line into the (already name-checked) appendix at its place in the checklist:
    its words are not in it, only their number."""
    item = after.of("names")
    assert item is not None
    at = after.items.index(item)
    rest = clean.appendix[len(before.items):] if before.items else clean.appendix[1:]  # the overrides
    lines = list(clean.appendix[: len(before.items)])
    lines.insert(at, after.report_lines()[at])
    return dataclasses.replace(clean, appendix=(*lines, *rest))


def prepare(
    audit: AuditData,
    bank: QuestionBank,
    kind: str,
    **options,  # noqa: ANN003 - those of inspect()
) -> Prepared:
    """`inspect`, then refuse (ExportRefused, with every blocking item named) a concept or
    definitief while the checklist, name candidates included, blocks it."""
    prepared = inspect(audit, bank, kind, **options)
    if prepared.checklist.blocking(kind):
        raise ExportRefused(refusal_message(kind, prepared.checklist), prepared.checklist)
    return prepared


def audit_reviews(audit: AuditData) -> dict[str, bool]:
    """The naam / geen-naam choices kept in the audit (schema step 4)."""
    return review_verdicts(audit.name_reviews)


def marked_not_names(audit: AuditData) -> list[tuple[str, str]]:
    """(word as the toetser saw it, key) of every word marked "geen naam": they stay in the report's
    text, so the export dialog lists them where the toetser can take the mark back."""
    verdicts = audit_reviews(audit)
    words = {r.key: r.word for r in audit.name_reviews if not r.deleted and r.verdict == "geen_naam"}
    return sorted(((words[key], key) for key, is_name in verdicts.items() if not is_name and key in words), key=lambda w: w[1])


def mark_names(store, naam: Iterable[str] = (), geen_naam: Iterable[str] = ()) -> None:  # noqa: ANN001 - sessions.store.AuditStore
    """Keep the toetser's verdicts in the audit: each word in `naam` is a person's name (replaced in
    every export), each in `geen_naam` is not (left in the text). One verdict per word; they merge
    as a set. Used by the CLI's --naam / --geen-naam and the export dialog's n / g."""
    from interviewer.domain.names import review_key

    for word in naam:
        store.set_name_review(word, review_key(word), True)
    for word in geen_naam:
        store.set_name_review(word, review_key(word), False)


def render(report: Report, fmt: str) -> bytes:
    if fmt == "docx":
        from interviewer.domain.export_docx import render_docx

        return render_docx(report)
    from interviewer.domain.export_md import render_markdown

    return render_markdown(report).encode("utf-8")


def write(
    prepared: Prepared,
    outputs: dict[str, Path],
    *,
    force: bool = False,
    record: Callable[[str, int, str, str, str], object] | None = None,
    audit_path: Path | None = None,
) -> Written:
    """Write `prepared` to `outputs` ({"docx": path, "md": path}); `record(kind, version, date, sha,
    filename)` stores a concept/definitief export in the audit (the store's record_export)."""
    paths = list(outputs.values())
    clash = output_clash(audit_path, paths)
    if clash:
        raise ExportRefused(clash)
    there = existing(paths)
    if there and not force:
        raise ExportRefused(
            f"Er bestaat al een bestand: {', '.join(str(p) for p in there)}. Er is niets geschreven; kies een andere "
            "naam of vervang het bewust (--force)."
        )
    for p in paths:
        if not p.parent.is_dir():
            raise ExportRefused(f"De map bestaat niet: {p.parent}. Er is niets geschreven.")
    rendered = {fmt: render(prepared.report, fmt) for fmt in outputs}  # everything rendered before anything is written
    digests: dict[str, str] = {}
    done: list[Path] = []
    try:
        for fmt, path in outputs.items():
            _place(rendered[fmt], path, force)
            done.append(path)
            digests[str(path)] = hashlib.sha256(rendered[fmt]).hexdigest()
    except FileExistsError as exc:
        raise ExportRefused(f"Er bestaat al een bestand: {exc.filename or ''}. Het is niet overschreven.") from None
    recorded = False
    if prepared.kind in ("concept", "definitief") and record is not None:
        for path in done:
            record(prepared.kind, prepared.version, prepared.date, digests[str(path)], path.name)
        recorded = True
    return Written(tuple(done), digests, recorded)


def field_values(report: Report) -> dict[str, str]:
    """Label -> value of every Deel A field (for tests and the screens)."""
    return {f.label: f.value for s in report.deel_a for f in s.fields}


__all__ = [
    "KINDS", "ExportRefused", "Field", "Prepared", "Written", "check_names", "existing", "field_values", "inspect",
    "next_version", "output_clash", "prepare", "refusal_message", "render", "write",
]
