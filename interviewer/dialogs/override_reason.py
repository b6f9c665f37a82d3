"""Ask why a norm keeps its oordeel although its coverage is below the rule of Bijlage 9 (two
sources/interviews and document inspection). The reason goes into the audit and the appendix of a
werkversie; an empty reason withdraws an earlier one. The screen writes it, so Esc changes nothing."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static


@dataclass(frozen=True)
class OverrideAnswer:
    norm_id: str
    reason: str  # "" withdraws the override


class OverrideReasonDialog(ModalScreen[OverrideAnswer | None]):
    CSS_PATH = "override_reason.tcss"
    BINDINGS = [Binding("escape", "cancel", "Annuleer")]

    def __init__(self, norm_id: str, coverage_text: str, reason: str = "") -> None:
        super().__init__()
        self.norm_id, self.coverage_text, self.reason = norm_id, coverage_text, reason

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"{self.norm_id}: oordeel ondanks onvoldoende dekking", classes="dialog-title")
            yield Static(self.coverage_text, markup=False)
            yield Input(value=self.reason, placeholder="Waarom staat het oordeel toch? (komt in de bijlage van de werkversie)", id="override-reason")
            yield Static("Enter legt de reden vast; leeg maken en Enter trekt haar in; Esc annuleert.", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#override-reason", Input).focus()

    @on(Input.Submitted, "#override-reason")
    def _submit(self, event: Input.Submitted) -> None:
        self.dismiss(OverrideAnswer(self.norm_id, event.value.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)
