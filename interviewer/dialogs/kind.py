"""Choose the kind of a document (the documentenlijst's kinds): ↑↓ and Enter, Esc cancels."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option


@dataclass(frozen=True)
class KindChoice:
    kind: str  # a kind id from documentsoorten.toml, or "" for none


class KindDialog(ModalScreen[KindChoice | None]):
    CSS_PATH = "kind.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Annuleren")]

    def __init__(self, kinds: list[tuple[str, str]], current: str = "") -> None:
        """`kinds`: (id, label) in checklist order."""
        super().__init__()
        self._kinds = kinds
        self._current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("[b]Documentsoort[/b] — ↑↓ en Enter kiest, Esc annuleert")
            yield OptionList(*(Option(label, id=kind_id) for kind_id, label in self._kinds),
                             Option("(geen soort)", id="-"), id="kind-options")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        ids = [k for k, _ in self._kinds]
        if self._current in ids:
            options.highlighted = ids.index(self._current)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        self.dismiss(KindChoice("" if option_id == "-" else option_id))
