"""Document screen: import an organisation's file and walk its passages, confirming or rejecting
per norm by keys, like the timeline.

↑↓ walk the passages; 1–3 confirm (or un-confirm) the passage's first, second or third norm, x
rejects the norms still only suggested, [ and ] switch document, s corrects the document's kind,
Ctrl+O adds a file. F11 opens it from anywhere; F9 → "bestand toevoegen…" from a gesprek. A confirmed
passage makes its document count for that norm's coverage, with the page as its reference. The
import runs in a thread worker that posts its progress per page to a ProgressBar; Esc cancels it
(nothing is written: the store writes a document in one transaction at the end).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Header, ProgressBar, Static
from textual.worker import get_current_worker

from interviewer.screens.base import AppScreen
from interviewer.widgets.app_footer import AppFooter
from interviewer.widgets.markup import escape

from .workers import ReportsWorkerErrors

STATE_MARKS = {"confirmed": "✓", "suggested": "?", "rejected": "✗"}
NORM_KEYS = 3


@dataclass
class ImportProgress(Message):
    done: int
    total: int


@dataclass
class ImportFinished(Message):
    """The worker is done: `error` is a Dutch message when nothing was imported; `large` asks first."""

    document_id: str = ""
    summary: str = ""
    error: str = ""
    large: str = ""
    path: Path | None = None


@dataclass
class DocumentsLoaded(Message):
    views: list  # domain.documents.DocumentView


class DocumentsScreen(ReportsWorkerErrors, AppScreen):
    CSS_PATH = "documents.tcss"
    BINDINGS = [
        Binding("escape", "back", "Terug / annuleren"),
        Binding("1", "toggle(0)", "Norm 1"),
        Binding("2", "toggle(1)", "Norm 2"),
        Binding("3", "toggle(2)", "Norm 3"),
        Binding("x", "reject", "Afwijzen"),
        Binding("left_square_bracket", "document(-1)", "Vorig doc."),
        Binding("right_square_bracket", "document(1)", "Volgend doc."),
        Binding("ctrl+o", "add_file", "Bestand toevoegen"),
        Binding("s", "kind", "Soort"),
    ]
    WORKER_TASKS = {"document-import": "Het document inlezen", "document-load": "De documenten laden"}

    def __init__(self, import_path: Path | None = None) -> None:
        super().__init__()
        self.title = "Documenten"
        self._import_path = import_path
        self._cancel = threading.Event()
        self._importing = False
        self.views: list = []
        self.current = 0  # index into views

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Documenten worden geladen…", id="doc-title")
        yield ProgressBar(total=None, show_eta=False, id="doc-progress")
        yield Static("", id="doc-status")
        yield DataTable(id="doc-passages", cursor_type="row")
        yield Static("", id="doc-detail")
        yield AppFooter()

    def on_mount(self) -> None:
        table = self.query_one("#doc-passages", DataTable)
        table.add_column("p.", key="page", width=4)
        table.add_column("Normen (1–3)", key="norms", width=30)
        table.add_column("Passage", key="text")
        table.focus()
        self.query_one("#doc-progress").display = False
        if self._import_path is not None:
            self.start_import(self._import_path)
        self.reload()

    # --- importing ---------------------------------------------------------------------------
    def start_import(self, path: Path, *, allow_large: bool = False) -> None:
        self._cancel.clear()
        self._importing = True
        bar = self.query_one("#doc-progress", ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = True
        self._status(f"{path.name} wordt gelezen… (Esc annuleert)")
        self._run_import(path, allow_large)

    @work(thread=True, exclusive=True, group="document-import", exit_on_error=False)
    def _run_import(self, path: Path, allow_large: bool) -> None:
        from interviewer.domain.documents import Cancelled, DocumentError, TooLarge, import_read, read_file
        from interviewer.domain.tagging import Tagger
        from questionbank.loader import load_document_kinds, load_vocabulary
        from sessions.errors import StoreError

        worker = get_current_worker()
        store = self.app.store
        try:
            read = read_file(
                path,
                progress=lambda done, total: self.post_message(ImportProgress(done, total)),
                cancelled=lambda: self._cancel.is_set() or worker.is_cancelled,
                allow_large=allow_large,
            )
            if self._cancel.is_set():
                raise Cancelled()
            tagger = Tagger.for_audit(self.app.bank, load_vocabulary(), store.load_all())
            result = import_read(store, read, tagger, load_document_kinds())
        except TooLarge as exc:
            self.post_message(ImportFinished(large=str(exc), path=path))
            return
        except Cancelled:
            self.post_message(ImportFinished(error=f"Inlezen van {path.name} geannuleerd; er is niets toegevoegd."))
            return
        except (DocumentError, StoreError) as exc:
            self.post_message(ImportFinished(error=str(exc)))
            return
        parts = [f"✓ {result.title}: {len(result.passages)} passages"]
        if result.zelfevaluatie:
            parts.append("zelfevaluatie: voorbereidingsnotities per norm, geen documentbewijs")
        parts.extend(result.warnings())
        self.post_message(ImportFinished(document_id=result.document.id, summary=" · ".join(parts)))

    @on(ImportProgress)
    def _progress(self, message: ImportProgress) -> None:
        bar = self.query_one("#doc-progress", ProgressBar)
        bar.update(total=message.total, progress=message.done)
        self._status(f"Pagina {message.done} van {message.total} gelezen… (Esc annuleert)")

    @on(ImportFinished)
    def _finished(self, message: ImportFinished) -> None:
        self._importing = False
        self.query_one("#doc-progress").display = False
        if message.large:
            from interviewer.dialogs.confirm import ConfirmDialog

            path = message.path

            def answered(yes: bool | None) -> None:
                if yes and path is not None:
                    self.start_import(path, allow_large=True)
                else:
                    self._status("Niet ingelezen.")

            self._status(message.large)
            self.app.push_screen(ConfirmDialog(f"{message.large} Inlezen kan even duren. Toch inlezen?"), answered)
            return
        if message.error:
            self._status(f"[b]Niet toegevoegd:[/b] {escape(message.error)}", markup=True)
            self.notify(message.error, title="Niet toegevoegd", severity="error", timeout=8, markup=False)
            return
        self._status(message.summary)
        self._select_document = message.document_id
        self.app.notify_audit_changed("document")
        self.reload()

    def worker_failed(self, group: str) -> None:
        if group == "document-import":
            self._importing = False
            self.query_one("#doc-progress").display = False

    # --- loading -----------------------------------------------------------------------------
    _select_document: str = ""

    def reload(self) -> None:
        if self.app.store is not None:
            self._load(self.app.store)

    @work(thread=True, exclusive=True, group="document-load", exit_on_error=False)
    def _load(self, store) -> None:  # noqa: ANN001 - AuditStore
        from interviewer.domain.documents import document_views

        views = document_views(store.load_all())
        if not get_current_worker().is_cancelled:
            self.post_message(DocumentsLoaded(views))

    @on(DocumentsLoaded)
    def _loaded(self, message: DocumentsLoaded) -> None:
        self.views = message.views
        if self._select_document:
            self.current = next((i for i, v in enumerate(self.views) if v.document_id == self._select_document), self.current)
            self._select_document = ""
        self.current = min(self.current, max(0, len(self.views) - 1))
        self._fill()

    # --- rendering ---------------------------------------------------------------------------
    @property
    def document(self):  # noqa: ANN201 - DocumentView | None
        return self.views[self.current] if self.views else None

    def _norms_text(self, passage) -> Text:  # noqa: ANN001
        text = Text()
        for i, (norm_id, score, state) in enumerate(passage.tags):
            if i:
                text.append("  ")
            style = {"confirmed": "bold", "rejected": "dim strike"}.get(state, "")
            text.append(f"{STATE_MARKS.get(state, '?')}{norm_id} {score:.0f}", style=style)
        return text

    def _fill(self, keep_row: int | None = None) -> None:
        table = self.query_one("#doc-passages", DataTable)
        row = table.cursor_row if keep_row is None else keep_row
        table.clear()
        doc = self.document
        if doc is None:
            self.query_one("#doc-title", Static).update(
                "[b]Nog geen documenten[/b] — Ctrl+O voegt een bestand toe (PDF, DOCX, ODT, TXT, Markdown)."
            )
            self.query_one("#doc-detail", Static).update("")
            return
        for p in doc.passages:
            table.add_row(str(p.page), self._norms_text(p), Text(p.text), key=p.aantekening_id)
        self._title_line()
        if doc.passages:
            table.move_cursor(row=min(row, len(doc.passages) - 1))
        self._show_detail()

    def _title_line(self) -> None:
        doc = self.document
        kind = doc.kind or "soort onbekend"
        which = f"document {self.current + 1}/{len(self.views)}" + (" ([ ] wisselt)" if len(self.views) > 1 else "")
        extra = " · [b]zelfevaluatie: voorbereiding, geen bewijs[/b]" if doc.zelfevaluatie else ""
        self.query_one("#doc-title", Static).update(
            f"[b]{escape(doc.title)}[/b] — {escape(kind)} · {doc.pages} pagina('s) · {len(doc.passages)} passages · "
            f"{doc.confirmed} bevestigd · {which}{extra}"
        )

    @property
    def passage(self):  # noqa: ANN201 - PassageView | None
        doc = self.document
        table = self.query_one("#doc-passages", DataTable)
        if doc is None or not doc.passages or not table.row_count:
            return None
        return doc.passages[min(table.cursor_row, len(doc.passages) - 1)]

    @on(DataTable.RowHighlighted, "#doc-passages")
    def _highlighted(self) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        detail = self.query_one("#doc-detail", Static)
        p = self.passage
        if p is None:
            detail.update("")
            return
        doc = self.document
        lines = [f"[b]{escape(doc.reference(p))}[/b]" + (f" · {escape(p.heading)}" if p.heading else "")]
        lines.append(escape(p.text))
        keys = []
        for i, (norm_id, score, state) in enumerate(p.tags[:NORM_KEYS]):
            label = {"confirmed": "bevestigd", "rejected": "afgewezen", "suggested": "voorgesteld"}[state]
            keys.append(f"[b]{i + 1}[/b] {norm_id} {escape(self.app.bank.norm(norm_id).text[:40])}… ({label})")
        lines.append("  ".join(keys) if keys else "Geen norm voorgesteld voor deze passage.")
        detail.update("\n".join(lines))

    def _status(self, text: str, *, markup: bool = False) -> None:
        self.query_one("#doc-status", Static).update(text if markup else escape(text))

    # --- actions -----------------------------------------------------------------------------
    def action_back(self) -> None:
        if self._importing:
            self._cancel.set()
            self._status("Annuleren…")
            return
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()  # back to where F9 was pressed
        else:
            self.app.action_interview()  # opened as a top-level screen (F11)

    def _write(self, changes: list[tuple[str, str, float]], done: str) -> None:
        from sessions.errors import StoreError

        p = self.passage
        if p is None or self.app.store is None:
            return
        try:
            for norm_id, state, score in changes:  # the tagger's score stays with the tag
                self.app.store.set_tag(p.aantekening_id, norm_id, state, origin="auto", score=score)
        except StoreError as exc:
            self.notify(str(exc), title="Niet opgeslagen", severity="error", timeout=8, markup=False)
            return
        self._status(done)
        self.app.notify_audit_changed("document")
        self.reload()  # the table keeps its cursor row

    def action_toggle(self, index: int) -> None:
        p = self.passage
        if p is None or index >= len(p.tags):
            return
        if self.document.zelfevaluatie:
            self._status("Een zelfevaluatie is geen documentbewijs: niets te bevestigen.")
            return
        norm_id, score, state = p.tags[index]
        new = "suggested" if state == "confirmed" else "confirmed"
        ref = self.document.reference(p)
        self._write([(norm_id, new, score)], f"✓ {norm_id} bevestigd: {ref}" if new == "confirmed" else f"{norm_id} niet meer bevestigd")

    def action_reject(self) -> None:
        p = self.passage
        if p is None:
            return
        open_ = [(n, "rejected", score) for n, score, state in p.tags if state == "suggested"]
        if open_:
            self._write(open_, f"Afgewezen: {', '.join(n for n, _, _ in open_)}")

    def action_document(self, step: int) -> None:
        if self.views:
            self.current = (self.current + step) % len(self.views)
            self._fill(keep_row=0)

    def action_kind(self) -> None:
        from questionbank.loader import load_document_kinds
        from sessions.errors import StoreError

        from interviewer.dialogs.kind import KindChoice, KindDialog

        doc = self.document
        if doc is None:
            return
        if doc.zelfevaluatie:
            self._status("Een zelfevaluatie blijft een zelfevaluatie: voorbereiding, nooit documentbewijs.")
            return

        def chosen(choice: KindChoice | None) -> None:
            if choice is None:
                return
            try:
                self.app.store.set_document_kind(doc.bron_id, choice.kind)
            except StoreError as exc:
                self.notify(str(exc), title="Niet opgeslagen", severity="error", timeout=8, markup=False)
                return
            self._status(f"Soort: {choice.kind or 'geen'}")
            self.app.notify_audit_changed("document")
            self.reload()

        kinds = [(k.id, k.label) for k in load_document_kinds() if k.evidence]
        self.app.push_screen(KindDialog(kinds, doc.kind), chosen)

    def action_add_file(self) -> None:
        from interviewer.dialogs.file_picker import FilePickerDialog, PickedFile

        def chosen(picked: PickedFile | None) -> None:
            if picked is not None:
                self.start_import(picked.path)

        self.app.push_screen(FilePickerDialog(), chosen)
