"""Edit a note of the timeline: its text and kind. The screen writes the answer to the store."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet

from sessions.models import AANTEKENING_KINDS, AANTEKENING_LABELS


@dataclass(frozen=True)
class NoteEdit:
    """The note's new text and kind."""

    text: str
    kind: str


class EditNoteDialog(ModalScreen[NoteEdit | None]):
    """Edit a note's text and kind. Returns a NoteEdit, or None on Escape."""

    CSS_PATH = "edit_note.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Annuleren"), Binding("ctrl+s", "save", "Opslaan")]

    def __init__(self, text: str, kind: str, *, error: str = "") -> None:
        """`error`: why the store refused this text last time (the dialog came back with it)."""
        super().__init__()
        self._text = text
        self._kind = kind
        self._error = error

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("[b]Aantekening bewerken[/b] — Enter of Ctrl+S slaat op, Esc annuleert")
            yield Input(self._text, id="note-text")
            yield Label("Soort")
            with RadioSet(id="note-kind"):
                for kind in AANTEKENING_KINDS:
                    yield RadioButton(AANTEKENING_LABELS[kind], value=kind == self._kind, id=f"kind-{kind}")
            yield Label(self._error, id="note-error", markup=False)

    def on_mount(self) -> None:
        self.query_one("#note-text", Input).focus()

    @on(Input.Submitted, "#note-text")
    def action_save(self) -> None:
        text = self.query_one("#note-text", Input).value.strip()
        if not text:
            self.notify("Een aantekening kan niet leeg zijn; verwijderen doe je met Del in de tijdlijn.", severity="warning")
            return
        pressed = self.query_one("#note-kind", RadioSet).pressed_button
        kind = pressed.id.removeprefix("kind-") if pressed is not None and pressed.id else self._kind
        self.dismiss(NoteEdit(text, kind))
