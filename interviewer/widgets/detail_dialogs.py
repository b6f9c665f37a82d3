"""Small modals of the norm detail: the n.v.t. reason and the preparation note.

They only collect text and hand it back through `dismiss`; the screen that opened them writes it to
the store, so a cancelled dialog never touches the audit. When the store refuses the text (too
long, an invisible NUL), the screen opens the dialog again with that text and the store's message.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static, TextArea
from interviewer import keymap

from interviewer.widgets.app_footer import AppFooter


class NvtReasonDialog(ModalScreen[str | None]):
    """Ask why a norm is niet van toepassing; an empty reason is refused (the report needs one)."""

    DEFAULT_CSS = """
    NvtReasonDialog { align: center middle; background: $background 60%; }
    NvtReasonDialog > Vertical {
        width: 80%; max-width: 100; height: auto; padding: 1 2;
        border: round $warning; background: $surface;
    }
    NvtReasonDialog .dialog-title { text-style: bold; margin-bottom: 1; }
    NvtReasonDialog .dialog-hint { color: $text-muted; margin-top: 1; }
    NvtReasonDialog .dialog-error { color: $error; height: auto; }
    NvtReasonDialog Horizontal { height: auto; margin-top: 1; align-horizontal: right; }
    NvtReasonDialog Button { margin-left: 1; }
    """
    BINDINGS = keymap.bindings("NvtReasonDialog")

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
        self.dismiss(reason)

    @on(Button.Pressed, "#nvt-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class PreparationDialog(ModalScreen[str | None]):
    """Edit the preparation note of a norm (what the zelfevaluatie and documents sent beforehand say)."""

    DEFAULT_CSS = """
    PreparationDialog { align: center middle; background: $background 60%; }
    PreparationDialog > Vertical {
        width: 90%; max-width: 110; height: 80%; padding: 0 1;
        border: round $primary; background: $surface;
    }
    PreparationDialog .dialog-title { text-style: bold; height: 1; }
    PreparationDialog .dialog-hint { color: $text-muted; height: 1; }
    PreparationDialog .dialog-error { color: $error; height: auto; }
    PreparationDialog TextArea { height: 1fr; }
    """
    BINDINGS = keymap.bindings("PreparationDialog")

    def __init__(self, norm_id: str, text: str = "", *, error: str = "") -> None:
        super().__init__()
        self.norm_id = norm_id
        self.text = text
        self.error = error

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Voorbereiding bij norm {self.norm_id}", classes="dialog-title")
            yield Static("Wat zeggen de zelfevaluatie en de vooraf gestuurde documenten? Ctrl+S bewaart.", classes="dialog-hint")
            yield TextArea(self.text, id="prep-text", soft_wrap=True, show_line_numbers=False)
            yield Static(self.error, id="prep-error", classes="dialog-error", markup=False)
        yield AppFooter()

    def on_mount(self) -> None:
        area = self.query_one("#prep-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one("#prep-text", TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
