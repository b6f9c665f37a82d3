"""Pick one of a few options (which interview, which norm to take off a note)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option


@dataclass(frozen=True)
class Choice:
    """The id of the option chosen."""

    option_id: str


class ChoiceDialog(ModalScreen[Choice | None]):
    """Pick one of a few options (e.g. which norm to take off a note). Returns a Choice (the option's id)."""

    CSS_PATH = "choice.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Annuleren")]

    def __init__(self, title: str, options: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self._title = title
        self._options = list(options)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"[b]{self._title}[/b] — Enter kiest, Esc annuleert")
            # Text, not markup: labels carry what toetsers typed (a functie, a document title)
            yield OptionList(*[Option(Text(label), id=option_id) for option_id, label in self._options], id="choices")

    def on_mount(self) -> None:
        choices = self.query_one("#choices", OptionList)
        choices.focus()
        if self._options:
            choices.highlighted = 0

    @on(OptionList.OptionSelected, "#choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(Choice(str(event.option.id)))
