"""InterviewerApp: owns the question bank, the open audit store and the screens."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from questionbank import QuestionBank, load_bank

from .messages import AuditChanged

if TYPE_CHECKING:
    from sessions.store import AuditStore


class InterviewerApp(App):
    """The toetser's app. Screens reach the store and the bank through `self.app`."""

    CSS_PATH = "app.tcss"
    TITLE = "interviewer"
    SUB_TITLE = "Kwaliteitslabel Sociaal Werk"
    BINDINGS = [
        Binding("f1", "help", "Hulp"),
        Binding("f2", "interview", "Gesprek"),
        Binding("f3", "board", "Dekking"),
        Binding("f4", "bevindingen", "Bevindingen"),
        Binding("ctrl+t", "toggle_theme", "Licht/donker", show=False),
        Binding("ctrl+q", "quit", "Stop", priority=True),
        Binding("ctrl+p", "command_palette", "Opdrachten", show=False, priority=True),
    ]

    def __init__(self, audit_path: Path | None = None, *, bank: QuestionBank | None = None, start_demo: bool = False) -> None:
        super().__init__()
        self.bank: QuestionBank = bank or load_bank()
        self.audit_path = audit_path
        self.start_demo = start_demo
        self.store: AuditStore | None = None
        self.current_bron_id: str | None = None  # the interview the gesprek screen shows (kept across F2/F3)
        self.open_error: str = ""  # the store's message when the last open failed (start screen shows it)

    # --- audit lifecycle -------------------------------------------------------------------
    def on_mount(self) -> None:
        self.theme = "textual-dark"
        if self.audit_path is not None and self.open_audit(self.audit_path):
            return
        if self.start_demo and self.demo_available() and self.open_demo():
            return
        from .screens.start import StartScreen

        self.push_screen(StartScreen())

    def open_audit(self, path: Path) -> bool:
        """Open `path`; on a bad file show the store's Dutch message and stay where we are."""
        from sessions.errors import StoreError
        from sessions.store import AuditStore

        self.open_error = ""
        try:
            store = AuditStore.open(Path(path).expanduser())
            store.toetsing()  # an audit without its toetsing row is unusable: say so now, not later
        except StoreError as exc:
            self.open_error = str(exc)
            self.notify(str(exc), title="Audit niet geopend", severity="error", timeout=10)
            return False
        self.adopt_store(store)
        return True

    def adopt_store(self, store: AuditStore) -> None:
        """Make an open store the app's audit (after open, or after the start screen created one)."""
        if self.store is not None and self.store is not store:
            self.flush_drafts()
            self.store.close()
        if not store.author:
            toetsers = store.toetsers()
            if len(toetsers) == 1:  # one toetser: that is who writes; several: rows stay unattributed
                store.set_author(toetsers[0].id)
        self.store = store
        self.audit_path = store.path
        self.current_bron_id = None
        self.sub_title = store.toetsing().organisation
        from .locations import remember_recent

        remember_recent(store.path)
        self.action_interview()

    @staticmethod
    def demo_available() -> bool:
        """True when the demo package offers `fresh_copy(target_dir) -> Path`."""
        try:
            from . import demo
        except ImportError:
            return False
        return callable(getattr(demo, "fresh_copy", None))

    def open_demo(self) -> bool:
        """Open a fresh copy of the demo audit (the shipped data is never touched)."""
        from sessions.errors import StoreError

        from . import demo

        try:
            path = demo.fresh_copy()
        except (StoreError, OSError) as exc:
            self.open_error = f"De demo kon niet worden gemaakt: {exc}"
            self.notify(self.open_error, severity="error")
            return False
        return self.open_audit(path)

    def exit(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - App.exit's own signature
        """Every way out (Ctrl+Q, palette, code) saves what is typed first: the screens still exist here."""
        self.flush_drafts()
        super().exit(*args, **kwargs)

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()

    def flush_drafts(self) -> None:
        """Save what is being typed on any screen now (quitting, or switching audits)."""
        if self.store is None:
            return
        for screen in self.screen_stack:
            flush = getattr(screen, "flush_drafts", None)
            if callable(flush):
                flush()

    def notify_audit_changed(self, reason: str = "") -> None:
        """Tell every screen the audit changed (coverage strips, board, detail refresh)."""
        for screen in self.screen_stack:
            screen.post_message(AuditChanged(reason))

    # --- navigation ------------------------------------------------------------------------
    def _show(self, screen: Screen) -> None:
        """Switch to a top-level screen, keeping at most one of each kind on the stack."""
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(screen)

    def _require_audit(self) -> bool:
        if self.store is None:
            self.notify("Open of maak eerst een audit.", severity="warning")
            return False
        return True

    def action_interview(self) -> None:
        if self._require_audit():
            from .screens.interview import InterviewScreen

            self._show(InterviewScreen())

    def action_board(self) -> None:
        if self._require_audit():
            from .screens.board import BoardScreen

            self._show(BoardScreen())

    def action_bevindingen(self) -> None:
        if self._require_audit():
            from .screens.bevindingen import BevindingenScreen

            self._show(BevindingenScreen())

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_start(self) -> None:
        """Back to the start screen: another audit, a new one, or the demo."""
        from .screens.start import StartScreen

        if not isinstance(self.screen, StartScreen):
            self.push_screen(StartScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        # A screen may offer its own actions to the palette (the gesprek screen does).
        own = getattr(screen, "palette_commands", None)
        if callable(own):
            yield from own()
        yield SystemCommand("Andere audit", "Startscherm: recente audit, nieuwe audit, bestand of demo openen", self.action_start)
        yield SystemCommand("Gesprek", "Het gespreksscherm: vragen, citaten, normsuggesties (F2)", self.action_interview)
        yield SystemCommand("Dekking", "Dekking van alle 49 normen per rubriek (F3)", self.action_board)
        yield SystemCommand("Bevindingen", "Bevindingen, oordelen en advies (F4)", self.action_bevindingen)
        yield SystemCommand("Hulp", "Toetsen en begrippen (F1)", self.action_help)
        yield SystemCommand("Licht of donker thema", "Wissel tussen licht en donker (Ctrl+T)", self.action_toggle_theme)


def make_app(audit_path: Path | None = None, *, bank: QuestionBank | None = None) -> InterviewerApp:
    """The one way the CLI and the tests build the app."""
    return InterviewerApp(audit_path, bank=bank)
