"""Suggested questions for the person in front of you: norm id, source badge, question, reason.

The screen fills it from interviewer.domain.suggest; this widget only shows `QuestionItem`s and
keeps the highlight on the same question across refreshes. `AddQuestionDialog` asks for a question
of the toetser's own (saved with store.add_custom_question).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option
from interviewer import keymap

from interviewer.widgets.markup import escape
from questionbank.ids import unknown_norm_message

SOURCE_BADGES = {"handvat": "handvat", "afgeleid": "afgeleid", "eigen": "eigen"}


@dataclass(frozen=True)
class QuestionItem:
    key: str  # question_key for store.mark_asked: "bank:V1:0" or "custom:<uuid>"
    norm_id: str
    text: str
    source: str  # "handvat" | "afgeleid" | "eigen"
    reason: str = ""


def question_prompt(item: QuestionItem) -> Text:
    """'V3 handvat · reason' on the first line, the question itself below (wrapping at full width)."""
    badge = SOURCE_BADGES.get(item.source, item.source)
    line = Text.assemble((item.norm_id, "bold"), " ", (badge, "italic" if item.source == "afgeleid" else "bold"))
    if item.reason:
        line.append(f" · {item.reason}", style="dim")
    line.append("\n")
    line.append(item.text)
    return line


class QuestionList(OptionList):
    """The suggestions, best first. Enter or Ctrl+G marks the highlighted one asked (screen binding)."""

    DEFAULT_CSS = """
    QuestionList { height: 1fr; }
    """

    BINDINGS = keymap.bindings("QuestionList")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: list[QuestionItem] = []

    def show_items(self, items: Sequence[QuestionItem]) -> None:
        """Replace the list, keeping the highlight on the same question (or the same position)."""
        previous = self.highlighted_item
        position = self.highlighted or 0
        self.items = list(items)
        self.clear_options()
        self.add_options([Option(question_prompt(item), id=item.key) for item in self.items])
        if not self.items:
            return
        keys = [item.key for item in self.items]
        if previous is not None and previous.key in keys:
            self.highlighted = keys.index(previous.key)
        else:
            self.highlighted = min(position, len(self.items) - 1)

    @property
    def highlighted_item(self) -> QuestionItem | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.items)):
            return None
        return self.items[self.highlighted]

    def highlight_key(self, key: str) -> None:
        keys = [item.key for item in self.items]
        if key in keys:
            self.highlighted = keys.index(key)
            self.scroll_to_highlight()

    def move(self, step: int) -> None:
        """Move the highlight from elsewhere (the capture line keeps focus)."""
        if not self.items:
            return
        current = self.highlighted if self.highlighted is not None else -step
        self.highlighted = max(0, min(len(self.items) - 1, current + step))


class AddQuestionDialog(ModalScreen[tuple[str, str] | None]):
    """Norm id and question text for a question of your own. Returns (norm_id, text) or None."""

    DEFAULT_CSS = """
    AddQuestionDialog { align: center middle; }
    AddQuestionDialog > Vertical { width: 70; max-width: 100%; height: auto; border: thick $primary; background: $surface; padding: 1 2; }
    AddQuestionDialog Label { margin-top: 1; }
    AddQuestionDialog #error { color: $error; height: auto; }
    """
    BINDINGS = keymap.bindings("AddQuestionDialog")

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
        self.dismiss((norm_id, text))
