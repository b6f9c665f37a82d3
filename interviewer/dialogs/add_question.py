"""A question of the toetser's own: norm id and text (the screen saves it with the store)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label

from interviewer.widgets.markup import escape
from questionbank.ids import unknown_norm_message


@dataclass(frozen=True)
class NewQuestion:
    """The norm the question belongs to and its text."""

    norm_id: str
    text: str


class AddQuestionDialog(ModalScreen[NewQuestion | None]):
    """Norm id and question text for a question of your own. Returns a NewQuestion or None."""

    CSS_PATH = "add_question.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Annuleren")]

    def __init__(
        self, norm_ids: Sequence[str], has_norm: Callable[[str], bool], norm_id: str = "", *, text: str = "", error: str = ""
    ) -> None:
        """`text` and `error`: the question as typed and why the store refused it (the dialog came back)."""
        super().__init__()
        self._norm_ids = list(norm_ids)
        self._has_norm = has_norm
        self._norm_id = norm_id
        self._text = text
        self._error = error

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("[b]Eigen vraag toevoegen[/b]")
            yield Label("Norm (bijv. V3, OB11)")
            yield Input(self._norm_id, id="question-norm", suggester=SuggestFromList(self._norm_ids, case_sensitive=False))
            yield Label("Vraag")
            yield Input(self._text, placeholder="Typ de vraag en druk Enter", id="question-text")
            yield Label(self._error, id="error", markup=False)

    def on_mount(self) -> None:
        self.query_one("#question-text" if self._norm_id else "#question-norm", Input).focus()

    @on(Input.Submitted, "#question-norm")
    def _norm_done(self) -> None:
        self.query_one("#question-text", Input).focus()

    @on(Input.Submitted, "#question-text")
    def _submit(self) -> None:
        norm_id = self.query_one("#question-norm", Input).value.strip().upper().replace(" ", "")
        text = self.query_one("#question-text", Input).value.strip()
        error = self.query_one("#error", Label)
        if not self._has_norm(norm_id):
            error.update(escape(unknown_norm_message(norm_id)))
            self.query_one("#question-norm", Input).focus()
            return
        if not text:
            error.update("Typ eerst de vraag.")
            return
        self.dismiss(NewQuestion(norm_id, text))
