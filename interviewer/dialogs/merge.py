"""Merge another toetser's copy of this audit into the open one (issue 3: merging into an open audit).

The toetser gives a path; the store's merge (union by UUID, idempotent, order-free, conflicting
bevindingen kept as versions) runs in a worker. A refusal (another audit, another normenkader, a
bad file) is the store's Dutch message, shown here so the path can be corrected; a merge that
worked closes the dialog with the store's MergeReport, and the app tells every screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from interviewer.widgets.app_footer import AppFooter
from interviewer.widgets.markup import escape

from interviewer.screens.workers import ReportsWorkerErrors

if TYPE_CHECKING:
    from sessions.merge import MergeReport
    from sessions.store import AuditStore


class MergeFinished(Message):
    """The worker's result: a report, or the store's Dutch refusal."""

    def __init__(self, report: MergeReport | None, error: str = "") -> None:
        super().__init__()
        self.report = report
        self.error = error


class MergeDialog(ReportsWorkerErrors, ModalScreen["MergeReport | None"]):
    """Enter merges the file at the typed path; Esc closes (not while a merge runs)."""

    CSS_PATH = "merge.tcss"
    BINDINGS = [Binding("escape", "cancel", "Sluit")]
    WORKER_TASKS = {"merge": "Samenvoegen"}

    def __init__(self, store: AuditStore) -> None:
        super().__init__()
        self.store = store
        self.busy = False

    def compose(self) -> ComposeResult:
        with Vertical(id="merge-box"):
            yield Label("Samenvoegen met ander auditbestand", id="merge-title")
            yield Static(
                "Het bestand van een andere toetser van deze audit wordt in deze audit opgenomen: alles wat er "
                "nog niet in stond komt erbij, niets wordt overschreven. Verschillende bevindingen bij dezelfde "
                "norm blijven allebei staan voor de consensusbespreking (F4, c).",
                id="merge-intro",
            )
            yield Label("Pad naar het auditbestand (Enter voegt samen, Esc sluit):")
            yield Input(
                value=self._start_value(),
                placeholder="bijv. ~/Downloads/welzijn-noord-piet.audit",
                select_on_focus=False,  # the folder is a start: typing goes after it
                id="merge-path",
            )
            yield Static("", id="merge-status")
        yield AppFooter()

    def _start_value(self) -> str:
        """The open audit's folder: the other copy usually lands beside it."""
        folder = str(self.store.path.parent)
        return folder if folder.endswith("/") else folder + "/"

    def on_mount(self) -> None:
        field = self.query_one("#merge-path", Input)
        field.cursor_position = len(field.value)
        field.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel":
            return not self.busy or None
        return True

    def action_cancel(self) -> None:
        if not self.busy:
            self.dismiss(None)

    def _status(self, text: str, *, error: bool = False) -> None:
        status = self.query_one("#merge-status", Static)
        status.update(escape(text))
        status.set_class(error, "-error")

    @on(Input.Submitted, "#merge-path")
    def _submitted(self, event: Input.Submitted) -> None:
        if self.busy:
            return
        value = event.value.strip()
        if not value or value.endswith("/"):
            self._status("Geef het pad naar een auditbestand (.audit).", error=True)
            return
        path = Path(value).expanduser()
        self.busy = True
        self.refresh_bindings()
        event.input.disabled = True
        self._status(f"Bezig met samenvoegen van {path.name}…")
        self._merge(self.store, path)

    @work(thread=True, exclusive=True, group="merge", exit_on_error=False)
    def _merge(self, store: AuditStore, path: Path) -> None:
        from sessions.errors import StoreError

        try:
            report = store.merge_from(path)
        except StoreError as exc:
            self.post_message(MergeFinished(None, str(exc)))
        except OSError as exc:
            self.post_message(MergeFinished(None, f"{path} kon niet worden gelezen: {exc.strerror or exc}."))
        else:
            self.post_message(MergeFinished(report))

    def worker_failed(self, group: str) -> None:
        """The merge raised something unforeseen (the notification says what): the dialog is usable again."""
        self.busy = False
        self.refresh_bindings()
        field = self.query_one("#merge-path", Input)
        field.disabled = False
        self._status("Het samenvoegen is mislukt. Controleer het pad en probeer het opnieuw.", error=True)
        field.focus()

    @on(MergeFinished)
    def _finished(self, message: MergeFinished) -> None:
        self.busy = False
        self.refresh_bindings()
        field = self.query_one("#merge-path", Input)
        field.disabled = False
        if message.report is None:
            self._status(message.error, error=True)
            self.notify(message.error, title="Niet samengevoegd", severity="error", timeout=10, markup=False)
            field.focus()
            return
        self.dismiss(message.report)
