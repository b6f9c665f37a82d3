"""Start: open a recent audit, create one, open a file by path, or open the demo.

A bad file never shows a traceback: the store's Dutch message appears under the list (and as a
notification), and the toetser stays here to pick another.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option
from interviewer import keymap

from interviewer.screens.base import AppScreen
from interviewer.locations import recent_audits
from interviewer.widgets.app_footer import AppFooter
from interviewer.widgets.markup import escape


def recent_label(path: Path) -> Text:
    """'naam.audit  (map, gewijzigd 12-03 14:05)': enough to recognise a file without opening it."""
    try:
        changed = datetime.fromtimestamp(path.stat().st_mtime).strftime("%d-%m-%Y %H:%M")
    except OSError:
        changed = "?"
    return Text.assemble((path.stem, "bold"), f"  {path.parent}  ", (f"gewijzigd {changed}", "dim"))


class StartScreen(AppScreen):
    """The first screen when no audit is given on the command line."""

    CSS_PATH = "start.tcss"
    BINDINGS = keymap.bindings("StartScreen")

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="start-body"):
            yield Static(
                "[b]interviewer[/b] — hulp bij de interviews van een toetsing voor het Kwaliteitslabel Sociaal Werk",
                id="start-title",
            )
            with Horizontal(id="start-columns"):
                with Vertical(id="recent-pane"):
                    yield Label("[b]Recente audits[/b] (Enter opent)")
                    yield OptionList(id="recent")
                    yield Static("", id="recent-empty", classes="muted")
                # One widget for the five lines: each widget is styled and composited on its own,
                # and this screen is the first paint.
                yield Static(self._actions_text(), id="actions-pane")
            # The path field (o) is mounted when asked for: it is not part of the first paint.
            yield Static("", id="open-error")
        yield AppFooter()

    def _actions_text(self) -> str:
        lines = ["[b]Beginnen[/b]", "[b]n[/b]  Nieuwe audit aanmaken", "[b]o[/b]  Auditbestand openen (pad)"]
        if self.app.demo_available():
            lines.append("[b]d[/b]  Demo-audit openen (fictief)")
        lines.append("[b]F1[/b] Hulp en begrippen")
        return "\n".join(lines)

    def on_mount(self) -> None:
        self.refresh_recent()
        if self.app.open_error:
            self.show_error(self.app.open_error)

    def on_screen_resume(self) -> None:
        self.refresh_recent()

    def refresh_recent(self) -> None:
        recent = self.query_one("#recent", OptionList)
        recent.clear_options()
        paths = recent_audits()
        recent.add_options([Option(recent_label(p), id=str(p)) for p in paths])
        self.query_one("#recent-empty", Static).update(
            "" if paths else "Nog geen audits geopend. Maak er een aan (n) of open de demo (d)."
        )
        recent.display = bool(paths)
        if paths:
            recent.highlighted = 0
            recent.focus()

    def show_error(self, message: str) -> None:
        self.query_one("#open-error", Static).update(escape(message))  # quotes the typed path

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "demo":
            return self.app.demo_available()
        if action in ("new_audit", "open_path", "demo") and isinstance(self.focused, Input):
            return None  # typing a path: letters go into the field (shown greyed in the footer)
        return True

    # --- actions ---------------------------------------------------------------------------
    def _open(self, path: Path) -> None:
        self.show_error("")
        if not self.app.open_audit(path):
            self.show_error(self.app.open_error)

    @on(OptionList.OptionSelected, "#recent")
    def _recent_chosen(self, event: OptionList.OptionSelected) -> None:
        self._open(Path(event.option.id))

    def action_new_audit(self) -> None:
        self.app.show_new_audit()

    def _open_pane(self) -> Vertical | None:
        found = self.query("#open-pane")
        return found.first(Vertical) if found else None

    async def action_open_path(self) -> None:
        pane = self._open_pane()
        if pane is None:
            pane = Vertical(
                Label("Pad naar een auditbestand (Enter opent, Esc terug):"),
                Input(placeholder="bijv. ~/audits/welzijn-noord.audit", id="open-path"),
                id="open-pane",
            )
            await self.query_one("#start-body").mount(pane, before="#open-error")
        pane.display = True
        self.query_one("#open-path", Input).focus()

    def action_back(self) -> None:
        pane = self._open_pane()
        if pane is not None and pane.display:
            pane.display = False
            self.refresh_recent()
        elif self.app.store is not None:
            self.app.action_interview()

    @on(Input.Submitted, "#open-path")
    def _path_given(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self._open(Path(event.value.strip()).expanduser())

    def action_demo(self) -> None:
        self.show_error("")
        self.app.open_demo()
