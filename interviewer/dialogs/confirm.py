"""'Weet je het zeker?': the one yes/no question of the app.

It answers a plain bool (True: ja), not a dataclass: a yes/no carries nothing else, and Esc is "nee".
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label


class ConfirmDialog(ModalScreen[bool]):
    """'Weet je het zeker?' with j (ja) and n / Esc (nee)."""

    CSS_PATH = "confirm.tcss"
    BINDINGS = [
        Binding("j", "dismiss(True)", "Ja"),
        Binding("n,escape", "dismiss(False)", "Nee"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self._question, markup=False)  # may quote a note as typed
            with Horizontal():
                yield Button("Ja (j)", variant="error", id="yes")
                yield Button("Nee (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")
