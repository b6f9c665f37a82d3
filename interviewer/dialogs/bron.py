"""The dialog that records a document inspection or an observation (rondgang) from the gesprek screen.

It only collects what the toetser typed and hands it back through `dismiss`; the screen writes it
to the store. When the store refuses (a note too long, an invisible NUL), the screen opens the
dialog again with `values`, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet

from interviewer.dialogs.norm_picker import NormChoice, NormIndex, NormPickerDialog
from interviewer.widgets.norm_suggestions import NormSuggestions


@dataclass(frozen=True)
class BronAnswer:
    """What the toetser recorded: a document inspection or an observation, with a note and its norms."""

    kind: str  # "document" or "observatie"
    title: str
    document_kind: str = ""
    note: str = ""
    norms: tuple[tuple[str, float], ...] = ()  # (norm id, suggestion score; 0 for a norm picked by hand)


class BronDialog(ModalScreen[BronAnswer | None]):
    """Record a document inspection or an observation (rondgang) with a note and its norms.

    F5–F7 take a suggested norm for the note (as on the gesprek screen), Ctrl+F searches any norm.
    Returns a BronAnswer or None; the same answer given as `values` fills the dialog again.
    """

    CSS_PATH = "bron.tcss"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Annuleren"),
        Binding("ctrl+s", "save", "Vastleggen"),
        Binding("f5", "toggle_suggestion(0)", "Norm 1", show=False),
        Binding("f6", "toggle_suggestion(1)", "Norm 2", show=False),
        Binding("f7", "toggle_suggestion(2)", "Norm 3", show=False),
        Binding("ctrl+f", "pick_norm", "Norm zoeken"),
        Binding("ctrl+o", "add_file", "Bestand toevoegen…"),
    ]

    def __init__(
        self,
        rank: Callable[[str], list[tuple[str, float]]],
        norm_index: NormIndex,
        describe: Callable[[str], str],
        values: BronAnswer | None = None,
        error: str = "",
    ) -> None:
        super().__init__()
        self._rank = rank
        self._norm_index = norm_index
        self._describe = describe
        self._values = values or BronAnswer(kind="document", title="")
        self._error = error

    def compose(self) -> ComposeResult:
        values = self._values
        observatie = values.kind == "observatie"
        with Vertical():
            yield Label("[b]Document of observatie vastleggen[/b] — Ctrl+S legt vast, Esc annuleert")
            yield Label("Ctrl+O: bestand toevoegen… (PDF, DOCX, ODT, TXT, Markdown: passages per norm)", id="bron-add-file")
            with RadioSet(id="bron-kind"):
                yield RadioButton("Documentinzage", value=not observatie, id="kind-document")
                yield RadioButton("Observatie (rondgang)", value=observatie, id="kind-observatie")
            yield Label("Titel (bijv. Jaarverslag 2025, Rondgang inloophuis)")
            yield Input(values.title, id="bron-title")
            yield Label("Documentsoort (bijv. beleidsplan, jaarverslag)", id="doc-kind-label")
            yield Input(values.document_kind, id="bron-doc-kind")
            yield Label("Wat zag je? (F5–F7 kiest een voorgestelde norm, Ctrl+F zoekt)")
            yield Input(values.note, id="bron-note")
            yield NormSuggestions(id="bron-suggestions")  # labels from the bank
            yield Label(self._error, id="bron-error", markup=False)

    def on_mount(self) -> None:
        self._kind_changed()
        suggestions = self.query_one(NormSuggestions)
        note = self._values.note
        if note:
            suggestions.show_ranking(self._rank(note))
        for norm_id, _score in self._values.norms:
            suggestions.add(norm_id)
        self.query_one("#bron-note" if self._error else "#bron-title", Input).focus()

    @on(RadioSet.Changed, "#bron-kind")
    def _kind_changed(self) -> None:
        document = self._kind() == "document"
        self.query_one("#bron-doc-kind").display = document
        self.query_one("#doc-kind-label").display = document

    def _kind(self) -> str:
        pressed = self.query_one("#bron-kind", RadioSet).pressed_button
        return "observatie" if pressed is not None and pressed.id == "kind-observatie" else "document"

    @on(Input.Changed, "#bron-note")
    def _note_changed(self, event: Input.Changed) -> None:
        self.query_one(NormSuggestions).show_ranking(self._rank(event.value))

    @on(Input.Submitted)
    def _next(self, event: Input.Submitted) -> None:
        if event.input.id == "bron-note":
            self.action_save()
        else:
            self.focus_next()

    def action_toggle_suggestion(self, index: int) -> None:
        self.query_one(NormSuggestions).toggle(index)

    def action_pick_norm(self) -> None:
        def chosen(choice: NormChoice | None) -> None:
            if choice is not None:
                self.query_one(NormSuggestions).add(choice.norm_id)

        self.app.push_screen(NormPickerDialog(self._norm_index, "Norm bij dit document"), chosen)

    def action_add_file(self) -> None:
        """Bestand toevoegen…: this dialog closes; the app picks a file and reads it on the
        document screen (the app, not this widget, knows the screens)."""
        app = self.app
        self.dismiss(None)
        app.call_later(app.run_action, "add_document_file")

    def action_save(self) -> None:
        title = self.query_one("#bron-title", Input).value.strip()
        if not title:
            self.query_one("#bron-error", Label).update("Geef een titel.")
            self.query_one("#bron-title", Input).focus()
            return
        suggestions = self.query_one(NormSuggestions)
        self.dismiss(
            BronAnswer(
                kind=self._kind(),
                title=title,
                document_kind=self.query_one("#bron-doc-kind", Input).value.strip(),
                note=self.query_one("#bron-note", Input).value.strip(),
                norms=tuple((norm_id, suggestions.score_of(norm_id)) for norm_id in suggestions.chosen),
            )
        )
