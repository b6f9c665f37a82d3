""""Wie ben jij?": which of the audit's toetsers types on this laptop.

In an intercollegiale toetsing every toetser works in their own copy; what they write is stamped
with their toetser id so that merged quotes and bevindingen can be told apart. The modal only
chooses; the app sets the store's author, remembers the choice for this audit on this machine, and
adds a new toetser when asked (so a cancelled dialog never touches the audit).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from interviewer.screens.base import ScreenHooks
from interviewer.widgets.app_footer import AppFooter
from interviewer.widgets.markup import escape
from sessions.models import TOETSER_ROLES, Toetser

NEW = "__nieuw__"  # option id of "nieuwe toetser toevoegen"


@dataclass(frozen=True)
class WhoChoice:
    """An existing toetser (`toetser_id`), or a new one to add (`new_name`, `new_role`)."""

    toetser_id: str = ""
    new_name: str = ""
    new_role: str = ""


def toetser_label(toetser: Toetser) -> str:
    """'Anja Visser — teamleider (Welzijn Oost)': how a toetser reads in the app (never in the report)."""
    org = f" ({toetser.organisation})" if toetser.organisation else ""
    return f"{toetser.name} — {toetser.role}{org}"


class WhoScreen(ScreenHooks, ModalScreen[WhoChoice | None]):
    """↑↓ and Enter choose a toetser; the last option adds a new one. Esc leaves the choice open."""

    CSS_PATH = "who.tcss"
    BINDINGS = [Binding("escape", "back", "Later kiezen")]
    blocks_navigation = True  # F2–F4 would close it unanswered: the app keeps them off while it is up

    def __init__(self, toetsers: list[Toetser], *, current: str = "", can_add: bool = True, organisation: str = "") -> None:
        super().__init__()
        # The teamleider first, then beoordelaars and branchetoetsers; by name within a role.
        rank = {role: i for i, role in enumerate(TOETSER_ROLES)}
        self.toetsers = sorted(toetsers, key=lambda t: (rank.get(t.role, len(rank)), t.name.casefold()))
        self.current = current
        self.can_add = can_add
        self.organisation = organisation

    def compose(self) -> ComposeResult:
        with Vertical(id="who-box"):
            yield Label("Wie ben jij? [dim](↑↓ en Enter)[/dim]", id="who-title")
            yield Static(
                (f"{escape(self.organisation)}: " if self.organisation else "")
                + "deze audit heeft meerdere toetsers. Wat je vastlegt, krijgt jouw naam mee zodat de "
                "samengevoegde bestanden uit elkaar te houden zijn (alleen in de app, nooit in het rapport). "
                "Deze laptop onthoudt je keuze.",
                id="who-intro",
            )
            options = [Option(escape(toetser_label(t)), id=t.id) for t in self.toetsers]
            if self.can_add:
                options.append(Option("+ Nieuwe toetser toevoegen", id=NEW))
            yield OptionList(*options, id="who-list")
            with Vertical(id="who-new"):
                yield Label("Naam van de nieuwe toetser (Enter), dan de rol (↑↓ Enter):")
                yield Input(placeholder="naam", id="who-name")
                yield OptionList(*[Option(role, id=role) for role in TOETSER_ROLES], id="who-role")
            yield Static("", id="who-error")
        yield AppFooter()

    def on_mount(self) -> None:
        self._adding(False)
        listing = self.query_one("#who-list", OptionList)
        ids = [t.id for t in self.toetsers]
        listing.highlighted = ids.index(self.current) if self.current in ids else 0
        listing.focus()

    @on(OptionList.OptionSelected, "#who-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == NEW:
            self._adding(True)
            self.query_one("#who-name", Input).focus()
            return
        self.dismiss(WhoChoice(toetser_id=str(event.option.id)))

    @on(Input.Submitted, "#who-name")
    def _named(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self.query_one("#who-error", Static).update("Vul een naam in.")
            return
        self.query_one("#who-error", Static).update("")
        roles = self.query_one("#who-role", OptionList)
        roles.highlighted = 1 if self.toetsers else 0  # a team has its teamleider already
        roles.focus()

    @on(OptionList.OptionSelected, "#who-role")
    def _role_chosen(self, event: OptionList.OptionSelected) -> None:
        name = self.query_one("#who-name", Input).value.strip()
        if not name:
            self.query_one("#who-name", Input).focus()
            return
        self.dismiss(WhoChoice(new_name=name, new_role=str(event.option.id)))

    def action_back(self) -> None:
        """Esc: out of the new-toetser fields first, then close without a choice."""
        if self.query_one("#who-new").display:
            self._adding(False)
            self.query_one("#who-list", OptionList).focus()
        else:
            self.dismiss(None)

    def _adding(self, on: bool) -> None:
        """The new-toetser fields take the place of the explanation (a small terminal fits both then)."""
        self.query_one("#who-new").display = on
        self.query_one("#who-intro").display = not on
