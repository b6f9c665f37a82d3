"""The norm detail's preparation note: what the zelfevaluatie and documents sent beforehand say.

It only collects text and hands it back through `dismiss`; the screen writes it to the store. When
the store refuses the text, the screen opens the dialog again with that text and the message.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static, TextArea

from interviewer.widgets.app_footer import AppFooter


@dataclass(frozen=True)
class PreparationText:
    """The preparation note as the toetser left it (may be empty: the note is cleared)."""

    text: str


class PreparationDialog(ModalScreen[PreparationText | None]):
    """Edit the preparation note of a norm (what the zelfevaluatie and documents sent beforehand say)."""

    CSS_PATH = "preparation.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "Bewaar", priority=True),
        Binding("escape", "cancel", "Annuleer"),
    ]

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
        self.dismiss(PreparationText(self.query_one("#prep-text", TextArea).text))

    def action_cancel(self) -> None:
        self.dismiss(None)
