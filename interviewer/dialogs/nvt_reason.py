"""The norm detail's n.v.t. reason: why a norm is niet van toepassing.

It only collects text and hands it back through `dismiss`; the screen that opened it writes it to
the store, so a cancelled dialog never touches the audit. When the store refuses the text (too
long, an invisible NUL), the screen opens the dialog again with that text and the store's message.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static


@dataclass(frozen=True)
class NvtReason:
    """Why the norm is niet van toepassing (never empty: the report needs it)."""

    reason: str


class NvtReasonDialog(ModalScreen[NvtReason | None]):
    """Ask why a norm is niet van toepassing; an empty reason is refused (the report needs one)."""

    CSS_PATH = "nvt_reason.tcss"
    BINDINGS = [Binding("escape", "cancel", "Annuleer")]

    def __init__(
        self, norm_id: str, suggestion: str = "", suggestion_source: str = "", *, typed: str | None = None, error: str = ""
    ) -> None:
        """`typed`: the reason as the toetser typed it before the store refused it (`error`)."""
        super().__init__()
        self.norm_id = norm_id
        self.suggestion = suggestion
        self.suggestion_source = suggestion_source
        self.typed = typed
        self.error = error

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Norm {self.norm_id} niet van toepassing", classes="dialog-title")
            yield Input(
                value=self.suggestion if self.typed is None else self.typed, placeholder="Reden (komt in het rapport)", id="nvt-reason"
            )
            if self.suggestion and self.typed is None:
                yield Static(f"Voorstel uit {self.suggestion_source}; pas het aan of vervang het.", classes="dialog-hint")
            yield Static(self.error, id="nvt-error", classes="dialog-error", markup=False)
            with Horizontal():
                yield Button("Annuleer (Esc)", id="nvt-cancel")
                yield Button("Markeer n.v.t. (Enter)", id="nvt-ok", variant="warning")

    def on_mount(self) -> None:
        reason = self.query_one("#nvt-reason", Input)
        reason.focus()
        reason.cursor_position = 0  # a long suggestion shows its beginning

    @on(Input.Submitted, "#nvt-reason")
    @on(Button.Pressed, "#nvt-ok")
    def _submit(self) -> None:
        reason = self.query_one("#nvt-reason", Input).value.strip()
        if not reason:
            self.query_one("#nvt-error", Static).update("Geef een reden: het rapport vermeldt waarom de norm niet van toepassing is.")
            return
        self.dismiss(NvtReason(reason))

    @on(Button.Pressed, "#nvt-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
