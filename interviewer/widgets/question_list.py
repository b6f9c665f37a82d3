"""Suggested questions for the person in front of you: norm id, source badge, question, reason.

The screen fills it from interviewer.domain.suggest; this widget only shows `QuestionItem`s and
keeps the highlight on the same question across refreshes (`dialogs/add_question.py` asks for a
question of the toetser's own).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from interviewer import keymap
from interviewer.presenters.interview import QuestionItem

SOURCE_BADGES = {"handvat": "handvat", "afgeleid": "afgeleid", "eigen": "eigen"}


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
        self._option_of: dict[QuestionItem, Option] = {}  # the Option shown for an item, reused while it is listed

    def show_items(self, items: Sequence[QuestionItem]) -> None:
        """Replace the list, keeping the highlight on the same question (or the same position)."""
        previous = self.highlighted_item
        position = self.highlighted or 0
        self.items = list(items)
        self.clear_options()
        # A question still listed keeps its Option: Textual keeps an option's prompt and its wrapped
        # height on it, so after a capture only the questions new to the list are measured again.
        options = {item: self._option_of.get(item) or Option(question_prompt(item), id=item.key) for item in self.items}
        self._option_of = options
        self.add_options(list(options.values()))
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
