"""Asked when Enter would save a note into an interview that has ended: reopen it, or not.

Nothing is saved until the toetser answers; the typed text stays in the capture line either way.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label


class ReopenDialog(ModalScreen[bool]):
    """'Dit gesprek is beëindigd. Heropenen?' — h (heropenen) or Esc / a (annuleren)."""

    CSS_PATH = "reopen.tcss"
    BINDINGS = [
        Binding("h", "dismiss(True)", "Heropenen"),
        Binding("a,escape", "dismiss(False)", "Annuleren"),
    ]

    def __init__(self, interview: str, ended_at: str) -> None:
        """`interview`: how the header names it; `ended_at`: 'HH:MM' it was ended."""
        super().__init__()
        self._interview = interview
        self._ended_at = ended_at

    def compose(self) -> ComposeResult:
        at = f" om {self._ended_at}" if self._ended_at else ""
        with Vertical():
            # the label may quote a functie as typed: no markup
            yield Label(
                f"Het gesprek '{self._interview}' is beëindigd{at}.\n\n"
                "Heropenen en de aantekening erin opslaan? Annuleren slaat niets op; je tekst blijft staan.",
                markup=False,
            )
            with Horizontal():
                yield Button("Heropenen (h)", variant="warning", id="reopen")
                yield Button("Annuleren (Esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "reopen")
