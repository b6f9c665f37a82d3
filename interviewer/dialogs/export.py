"""Export the report from the app: choose the kind (werkversie, concept, definitief), Word or
Markdown and a path, see the checklist, check the names, write.

Two steps, both in a worker with progress, both through interviewer.services.export (the pipeline
the CLI uses too): "controleer" builds the report, shows the pre-export checklist (a concept or
definitief is refused while an item blocks it), finds person names in every outgoing text and shows
what will be replaced; "schrijf" writes the file from that checked report: to a temporary file and
renamed into place, an existing file only after a second Ctrl+S, and a concept or definitief is
recorded in the audit.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, DataTable, Input, Label, ProgressBar, RadioButton, RadioSet, Static
from interviewer import keymap

from interviewer.widgets.app_footer import AppFooter
from interviewer.widgets.markup import escape

from interviewer.screens.workers import ReportsWorkerErrors

if TYPE_CHECKING:
    from interviewer.services.export import Prepared

FORMATS = (("docx", "Word (.docx)"), ("md", "Markdown (.md)"))
KINDS = (("werkversie", "werkversie (team)"), ("concept", "concept (organisatie)"), ("definitief", "definitief"))
VERDICTS = {True: "naam", False: "geen naam"}  # a toetser's mark, as the names table shows it
MODES = (("naam", "door \\[naam]"), ("functie", "door de functie (waar bekend)"))  # "\\[" escapes Rich markup


def deduce_installed() -> bool:
    return importlib.util.find_spec("deduce") is not None


def default_report_path(audit_path: Path | None, fmt: str) -> Path:
    """Beside the audit file: '<audit> rapport.docx'."""
    if audit_path is None:
        return Path.cwd() / f"rapport.{fmt}"
    return audit_path.with_name(f"{audit_path.stem} rapport.{fmt}")


class ExportProgress(Message):
    def __init__(self, label: str, done: int | None = None, total: int | None = None) -> None:
        super().__init__()
        self.label, self.done, self.total = label, done, total


class ChecklistReady(Message):
    def __init__(self, lines: list[str], blocking: bool) -> None:
        super().__init__()
        self.lines, self.blocking = lines, blocking


class NamesChecked(Message):
    """The outcome of Ctrl+E. `result` with `error`: checked, but this kind may not be written yet
    (the table still shows the names, so the toetser can mark the candidates that block it)."""

    def __init__(
        self, result: Prepared | None, error: str = "", mode: str = "", deduce: bool = False, kind: str = "",
        *, reviews: dict[str, bool] | None = None, not_names: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__()
        self.result = result
        self.error = error
        self.mode = mode
        self.deduce = deduce
        self.kind = kind
        self.reviews = reviews or {}  # folded word -> True (naam) / False (geen naam)
        self.not_names = not_names or []  # (word, key) marked "geen naam": left in the text


class ReportWritten(Message):
    def __init__(self, path: Path | None, error: str = "") -> None:
        super().__init__()
        self.path, self.error = path, error


@dataclass(frozen=True)
class ExportDone:
    """The report was written (the dialog closes only then; Esc answers None)."""

    path: Path


class ExportDialog(ReportsWorkerErrors, ModalScreen[ExportDone | None]):
    """Ctrl+E checks the names, n / g mark the highlighted word of the names table naam / geen
    naam, Ctrl+S writes the checked report, Esc closes."""

    CSS_PATH = "export.tcss"
    BINDINGS = keymap.bindings("ExportDialog")
    WORKER_TASKS = {"export-names": "De namencontrole", "export-write": "Het rapport schrijven"}
    # below 32 rows (a laptop terminal of 80x24) the options lose their frames and the buttons go
    # (the footer shows their keys), so the checklist, the outcome and the names stay in view
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]

    def __init__(self) -> None:
        super().__init__()
        self.checked = None  # services.export.Prepared of the last check
        self._checked_for: tuple[str, bool, str] | None = None  # (mode, deduce, kind) the check was made with
        self._overwrite: Path | None = None  # the existing file a second Ctrl+S may replace
        self._busy = False
        self._rows: list[tuple[str, str]] = []  # (word, key) of each row of the names table

    def compose(self) -> ComposeResult:
        from interviewer.domain.names.replace import DEDUCE_LOAD_TIME

        has_deduce = deduce_installed()
        with Vertical(id="export-box"):
            yield Label("Rapport exporteren (Deel A en Deel B)", id="export-title")
            with Horizontal(id="export-options"):
                with Vertical(classes="export-option"):
                    yield Label("Formaat")
                    with RadioSet(id="export-format"):
                        for i, (fmt, label) in enumerate(FORMATS):
                            yield RadioButton(label, value=i == 0, name=fmt)
                with Vertical(classes="export-option"):
                    yield Label("Soort rapport")
                    with RadioSet(id="export-kind"):
                        for i, (kind, label) in enumerate(KINDS):
                            yield RadioButton(label, value=i == 0, name=kind)
                with Vertical(classes="export-option"):
                    yield Label("Namen vervangen")
                    with RadioSet(id="export-mode"):
                        for i, (mode, label) in enumerate(MODES):
                            yield RadioButton(label, value=i == 0, name=mode)
            yield Label("Bestand")
            yield Input(str(default_report_path(self._audit_path(), "docx")), id="export-path")
            yield Checkbox(
                f"Ook deduce gebruiken (Nederlandse naamherkenning; laden: {DEDUCE_LOAD_TIME})"
                if has_deduce
                else "deduce niet geïnstalleerd: de namenlijst en de naamheuristiek zoeken",
                value=has_deduce,
                disabled=not has_deduce,
                id="export-deduce",
            )
            with VerticalScroll(id="export-checklist-box"):  # Tab to it, ↑↓ reads a long checklist
                yield Static("", id="export-checklist")
            yield Static("Druk Ctrl+E om de checklist en de namen te controleren.", id="export-status")
            yield ProgressBar(id="export-progress", show_eta=False)
            yield DataTable(id="export-names", cursor_type="row", zebra_stripes=True)
            with Horizontal(id="export-buttons"):
                yield Button("Sluit", id="export-cancel")
                yield Button("Controleer namen", id="export-check", variant="primary")
                yield Button("Schrijf rapport", id="export-write", variant="success", disabled=True)
        yield AppFooter()

    def on_mount(self) -> None:
        table = self.query_one("#export-names", DataTable)
        table.add_columns("Naam", "Gevonden door", "Aantal", "Wordt", "Oordeel")
        table.display = False
        self.query_one("#export-progress", ProgressBar).display = False
        self.query_one("#export-format", RadioSet).focus()

    def _audit_path(self) -> Path | None:
        store = self.app.store
        return Path(store.path) if store is not None else None

    # --- choices -------------------------------------------------------------------------------
    def _choice(self, radio_id: str) -> str:
        pressed = self.query_one(radio_id, RadioSet).pressed_button
        return pressed.name if pressed is not None and pressed.name else ""

    @property
    def fmt(self) -> str:
        return self._choice("#export-format") or "docx"

    @property
    def kind(self) -> str:
        return self._choice("#export-kind") or "werkversie"

    @property
    def mode(self) -> str:
        return self._choice("#export-mode") or "naam"

    @property
    def use_deduce(self) -> bool:
        box = self.query_one("#export-deduce", Checkbox)
        return box.value and not box.disabled

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self) -> None:
        path_input = self.query_one("#export-path", Input)
        current = Path(path_input.value.strip() or default_report_path(self._audit_path(), self.fmt))
        path_input.value = str(current.with_suffix(f".{self.fmt}"))

    @on(RadioSet.Changed, "#export-mode")
    @on(RadioSet.Changed, "#export-kind")
    @on(Checkbox.Changed, "#export-deduce")
    def _check_outdated(self) -> None:
        if self.checked is not None and self._checked_for != (self.mode, self.use_deduce, self.kind):
            self._set_status("De keuze is veranderd: controleer de namen opnieuw (Ctrl+E).")
            self.query_one("#export-write", Button).disabled = True

    def _set_status(self, text: str, *, error: bool = False) -> None:
        status = self.query_one("#export-status", Static)
        status.set_class(error, "-error")
        status.update(escape(text))

    # --- step 1: names -------------------------------------------------------------------------
    @on(Button.Pressed, "#export-check")
    def action_check(self) -> None:
        store = self.app.store
        if store is None or self._busy:
            return
        self._busy = True
        self.checked = None
        self.query_one("#export-write", Button).disabled = True
        bar = self.query_one("#export-progress", ProgressBar)
        bar.display = True
        bar.update(total=None, progress=0)
        self._set_status("Rapport opbouwen, checklist en namen controleren…")
        self._check(store, self.app.bank, self.mode, self.use_deduce, self.kind)

    @work(thread=True, exclusive=True, group="export-names", exit_on_error=False)
    def _check(self, store, bank, mode: str, use_deduce: bool, kind: str) -> None:  # noqa: ANN001
        from interviewer.domain import report as report_module
        from interviewer.domain.checklist import build_checklist
        from interviewer.domain.names import deduce_spans_factory
        from interviewer.services import export as service

        post = self.post_message
        audit = store.load_all_in_worker()
        report = report_module.build_report(audit, bank)
        checklist = build_checklist(audit, bank, report)
        post(ChecklistReady(checklist.lines(), bool(checklist.blocking(kind))))
        extra = None
        if use_deduce:
            try:
                extra = deduce_spans_factory(progress=lambda m: post(ExportProgress(m)), tick=1.0)
            except Exception as exc:  # noqa: BLE001 - deduce is optional; a broken install must not block
                post(ExportProgress(f"deduce kon niet laden ({exc}); lijst en heuristiek zoeken verder."))
        try:
            result = service.inspect(
                audit, bank, kind, mode=mode, extra=extra, report=report, checklist=checklist,
                progress=lambda i, n: post(ExportProgress("Namen zoeken", i, n)),
            )
        except service.ExportRefused as exc:  # a listed name survived the replacement
            post(NamesChecked(None, str(exc).replace("--werkversie", "werkversie"), mode, use_deduce, kind))
            return
        blocking = bool(result.checklist.blocking(kind))
        post(ChecklistReady(result.checklist.lines(), blocking))
        refused = service.refusal_message(kind, result.checklist, brief=True) if blocking else ""
        post(NamesChecked(
            result, refused, mode, use_deduce, kind,
            reviews=service.audit_reviews(audit), not_names=service.marked_not_names(audit),
        ))

    @on(ChecklistReady)
    def _checklist_ready(self, message: ChecklistReady) -> None:
        box = self.query_one("#export-checklist", Static)
        box.set_class(message.blocking, "-error")
        box.update(escape("\n".join(message.lines) if message.lines else "Checklist: geen open punten."))

    @on(ExportProgress)
    def _progress(self, message: ExportProgress) -> None:
        bar = self.query_one("#export-progress", ProgressBar)
        if message.total:
            bar.update(total=message.total, progress=message.done or 0)
            self._set_status(f"{message.label}: {message.done} van {message.total} teksten")
        else:
            self._set_status(message.label)

    @on(NamesChecked)
    def _names_checked(self, message: NamesChecked) -> None:
        self._busy = False
        self.query_one("#export-progress", ProgressBar).display = False
        table = self.query_one("#export-names", DataTable)
        keep_key = self._rows[table.cursor_row][1] if self._rows and table.cursor_row < len(self._rows) else ""
        table.clear()
        self._rows = []
        if message.result is None:
            self._set_status(message.error, error=True)
            table.display = False
            return
        candidates = {c.key for c in message.result.candidates}
        for f in message.result.found:
            verdict = "controleer" if f.key in candidates else VERDICTS.get(message.reviews.get(f.key), "")
            table.add_row(Text(f.name), ", ".join(f.sources), str(f.count), Text(f.replacement), verdict)  # found text: no markup
            self._rows.append((f.name, f.key))
        for word, key in message.not_names:
            table.add_row(Text(word), "", "", Text(word), VERDICTS[False])
            self._rows.append((word, key))
        table.display = bool(self._rows)
        if self._rows:  # the cursor stays on the word it was on (a mark moves a row to the end)
            keys = [key for _, key in self._rows]
            table.move_cursor(row=keys.index(keep_key) if keep_key in keys else 0)
        self._checked_for = (message.mode, message.deduce, message.kind)
        marking = " Markeer in de tabel: n = naam, g = geen naam." if self._rows else ""
        if message.error:
            self.checked = None
            self.query_one("#export-write", Button).disabled = True
            self._set_status(message.error + marking, error=True)
            if candidates:
                table.focus()  # the next step: mark the candidates that block this kind
            return
        self.checked = message.result
        found = message.result.found
        if found:
            self._set_status(f"{len(found)} naam/namen gevonden; ze worden in het rapport vervangen. Ctrl+S schrijft.{marking}")
        else:
            self._set_status(f"Geen namen gevonden. Ctrl+S schrijft het rapport.{marking if message.not_names else ''}")
        self.query_one("#export-write", Button).disabled = False

    # --- marking: naam / geen naam -----------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """n and g mark the highlighted row of the names table, so only while it has the focus."""
        if action in ("mark_name", "mark_not_name"):
            table = self.query_one("#export-names", DataTable)
            return self.focused is table and bool(self._rows)
        return True

    def action_mark_name(self) -> None:
        self._mark(True)

    def action_mark_not_name(self) -> None:
        self._mark(False)

    def _mark(self, is_name: bool) -> None:
        """Keep the verdict in the audit (it merges as a set) and check again, so the table, the
        checklist and what Ctrl+S writes follow it."""
        from interviewer.services import export as service
        from sessions.errors import StoreError

        table = self.query_one("#export-names", DataTable)
        store = self.app.store
        if self._busy or not self._rows or store is None:
            return
        if store.read_only:
            self._set_status("Deze audit is alleen-lezen: een markering kan niet worden bewaard.", error=True)
            return
        word, _ = self._rows[min(table.cursor_row, len(self._rows) - 1)]
        try:
            service.mark_names(store, naam=[word] if is_name else [], geen_naam=[] if is_name else [word])
        except StoreError as exc:
            self._set_status(str(exc), error=True)
            return
        self.app.notify(f"{word}: {VERDICTS[is_name]}", title="Namen", markup=False)
        self.action_check()

    # --- step 2: write -------------------------------------------------------------------------
    @on(Button.Pressed, "#export-write")
    def action_write(self) -> None:
        if self._busy:
            return
        if self.checked is None or self._checked_for != (self.mode, self.use_deduce, self.kind):
            self._set_status("Controleer eerst de namen (Ctrl+E).", error=True)
            return
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self._set_status("Geef een bestandsnaam.", error=True)
            return
        path = Path(raw).expanduser()
        if path.suffix.lower() != f".{self.fmt}":
            path = path.with_suffix(f".{self.fmt}")
        if not path.parent.is_dir():
            self._set_status(f"De map bestaat niet: {path.parent}", error=True)
            return
        force = False
        if path.exists():
            if self._overwrite != path:
                self._overwrite = path
                self._set_status(f"{path} bestaat al. Druk nogmaals Ctrl+S om het te vervangen, of kies een andere naam.", error=True)
                return
            force = True
        self._busy = True
        self._set_status(f"Rapport schrijven naar {path}…")
        self._write(self.checked, path, self.fmt, force)

    @work(thread=True, exclusive=True, group="export-write", exit_on_error=False)
    def _write(self, prepared, path: Path, fmt: str, force: bool) -> None:  # noqa: ANN001 - services.export.Prepared
        from interviewer.services import export as service

        store = self.app.store
        record = store.record_export if store is not None and not store.read_only and prepared.kind != "werkversie" else None
        if prepared.kind != "werkversie" and record is None:
            self.post_message(ReportWritten(None, "Een concept of definitief rapport wordt in de audit vastgelegd; deze audit is alleen-lezen."))
            return
        try:
            service.write(prepared, {fmt: path}, force=force, record=record, audit_path=Path(store.path) if store else None)
        except service.ExportRefused as exc:
            self.post_message(ReportWritten(None, str(exc)))
            return
        except OSError as exc:
            from sessions.errors import os_reason
            self.post_message(ReportWritten(None, f"Kon het rapport niet schrijven: {os_reason(exc)} ({path})."))
            return
        self.post_message(ReportWritten(path))

    @on(ReportWritten)
    def _written(self, message: ReportWritten) -> None:
        self._busy = False
        if message.path is None:
            self._set_status(message.error, error=True)
            return
        self.app.notify(f"Rapport geschreven: {message.path}", title="Export", markup=False)  # the path as typed
        self.dismiss(ExportDone(message.path))

    def worker_failed(self, group: str) -> None:
        """Not busy any more: the toetser may check again or write again."""
        self._busy = False
        self.query_one("#export-progress", ProgressBar).display = False
        what = "controleren" if group == "export-names" else "schrijven"
        self._set_status(f"Het {what} is mislukt; probeer het opnieuw (Ctrl+E controleert, Ctrl+S schrijft).", error=True)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
