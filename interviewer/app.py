"""InterviewerApp: owns the question bank, the open audit store and the screens."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from interviewer import keymap

from . import palette
from .messages import AuditChanged
from .screens.base import ScreenHooks

if TYPE_CHECKING:
    from .dialogs.earlier_audits import EarlierAuditsResult
    from questionbank import QuestionBank
    from sessions.merge import MergeReport
    from sessions.models import Toetser
    from sessions.store import AuditStore

    from .dialogs.who import WhoChoice


class InterviewerApp(palette.SavesTypingOnCrash, App):
    """The toetser's app. Screens reach the store and the bank through `self.app`."""

    # The start screen's styles load with the app's: a screen's own CSS_PATH, read when it is first
    # pushed, makes Textual reparse and restyle everything once more before the first frame (those
    # rules are global in Textual either way, and name only the start and new-audit screens' ids).
    CSS_PATH = ["app.tcss", "screens/start.tcss"]
    TITLE = "interviewer"
    SUB_TITLE = "Kwaliteitslabel Sociaal Werk"
    BINDINGS = keymap.bindings("InterviewerApp")

    def __init__(
        self, audit_path: Path | None = None, *, bank: QuestionBank | None = None, start_demo: bool = False,
        read_only: bool = False,
    ) -> None:
        super().__init__()
        self.read_only = read_only  # `interviewer BESTAND --alleen-lezen`: look without writing
        self._bank = bank  # read on first use: the start screen paints without it
        self.audit_path = audit_path
        self.start_demo = start_demo
        self.store: AuditStore | None = None
        self.current_bron_id: str | None = None  # the interview the gesprek screen shows (kept across F2/F3)
        self.open_error: str = ""  # the store's message when the last open failed (start screen shows it)

    @property
    def bank(self) -> QuestionBank:
        """The question bank, loaded on first use (parsing its TOML is a tenth of the first paint)."""
        if self._bank is None:
            from questionbank import load_bank

            self._bank = load_bank()
        return self._bank

    # --- audit lifecycle -------------------------------------------------------------------
    def on_mount(self) -> None:
        self.theme = "textual-dark"
        self._apply_user_keymap()
        if self.audit_path is not None and self.open_audit(self.audit_path, read_only=self.read_only):
            return
        from .screens.start import StartScreen

        self.push_screen(StartScreen())

    def on_ready(self) -> None:
        """After the first frame: only now build the demo (in a worker), so it never delays the first
        paint — building it is a second of Python that would compete with the UI for the GIL."""
        if self.start_demo and self.demo_available():
            self.open_demo()

    def open_audit(self, path: Path, *, read_only: bool = False) -> bool:
        """Open `path`; on a bad file show the store's Dutch message and stay where we are.

        Open elsewhere, or no write permission: the toetser is offered to open it read-only.
        """
        from sessions.errors import Locked, ReadOnly, StoreError
        from sessions.store import AuditStore

        self.open_error = ""
        try:
            store = AuditStore.open(Path(path).expanduser(), read_only=read_only)
            store.toetsing()  # an audit without its toetsing row is unusable: say so now, not later
        except StoreError as exc:
            self.open_error = str(exc)
            self.notify(str(exc), title="Audit niet geopend", severity="error", timeout=10, markup=False)  # quotes the path
            if isinstance(exc, (Locked, ReadOnly)) and not read_only:
                self.call_later(self._offer_read_only, Path(path), str(exc))
            return False
        self.adopt_store(store)
        return True

    def _offer_read_only(self, path: Path, reason: str) -> None:
        from .dialogs.confirm import ConfirmDialog

        def answered(yes: bool | None) -> None:
            if yes:
                self.open_audit(path, read_only=True)

        self.push_screen(ConfirmDialog(f"{reason}\n\nAlleen-lezen openen? Je kunt dan kijken, niet wijzigen."), answered)

    def adopt_store(self, store: AuditStore) -> None:
        """Make an open store the app's audit (after open, or after the start screen created one).

        Who types decides the author stamped on every row: with one toetser that is them; with
        several, the choice remembered for this audit on this machine, else "Wie ben jij?" first.
        """
        if self.store is not None and self.store is not store:
            self.flush_drafts()
            self.store.close()
        self.store = store
        self.audit_path = store.path
        self.current_bron_id = None
        from .locations import remember_recent, remembered_toetser

        remember_recent(store.path)
        ask = False
        if not store.author:
            toetsers = store.toetsers()
            remembered = remembered_toetser(store.toetsing().id)
            if len(toetsers) == 1:
                store.set_author(toetsers[0].id)
            elif remembered in {t.id for t in toetsers}:
                store.set_author(remembered)
            elif len(toetsers) > 1:
                ask = True
        self.update_sub_title()
        if ask:
            self.ask_who(then=self.action_interview)
        else:
            self.action_interview()

    # --- who is typing ---------------------------------------------------------------------
    def current_toetser(self) -> Toetser | None:
        """The toetser rows are written as, if chosen."""
        if self.store is None or not self.store.author:
            return None
        return next((t for t in self.store.toetsers() if t.id == self.store.author), None)

    def update_sub_title(self) -> None:
        """With several toetsers who is typing, first (a narrow header cuts the end): 'Anja Visser
        (teamleider) · Welzijn Oost'; with one toetser just the organisation."""
        if self.store is None:
            self.sub_title = type(self).SUB_TITLE
            return
        organisation = self.store.toetsing().organisation
        if len(self.store.toetsers()) < 2:
            self.sub_title = organisation
            return
        me = self.current_toetser()
        who = f"{me.name} ({me.role})" if me is not None else "toetser niet gekozen"
        self.sub_title = f"{who} · {organisation}"

    def ask_who(self, then: Callable[[], None] | None = None) -> None:
        """Show "Wie ben jij?" and apply the answer (also from the palette: "Wissel van toetser")."""
        from .dialogs.who import WhoScreen

        store = self.store
        if store is None:
            return

        def chosen(choice: WhoChoice | None) -> None:
            self.apply_who(choice)
            if then is not None:
                then()

        self.push_screen(
            WhoScreen(store.toetsers(), current=store.author, can_add=not store.read_only, organisation=store.toetsing().organisation),
            chosen,
        )

    def apply_who(self, choice: WhoChoice | None) -> None:
        """Make the chosen (or newly added) toetser the author of what is written from now on."""
        from sessions.errors import StoreError

        from .locations import remember_toetser

        store = self.store
        if store is None:
            return
        if choice is None:
            if not store.author:
                self.notify(
                    "Geen toetser gekozen: wat je vastlegt krijgt geen naam. Kies later met Ctrl+P → Wissel van toetser.",
                    severity="warning",
                    timeout=8,
                )
            return
        toetser_id = choice.toetser_id
        if not toetser_id:
            try:
                toetser_id = store.add_toetser(choice.new_name, choice.new_role).id
            except StoreError as exc:
                self.notify(str(exc), title="Toetser niet toegevoegd", severity="error", markup=False)
                return
        self.flush_drafts()  # what was typed so far belongs to the previous toetser
        store.set_author(toetser_id)
        remember_toetser(store.toetsing().id, toetser_id)
        self.update_sub_title()
        me = self.current_toetser()
        if me is not None:
            self.notify(f"Je werkt als {me.name} ({me.role}).", title="Toetser", markup=False)
        self.notify_audit_changed("toetser")

    def action_switch_toetser(self) -> None:
        if self._require_audit():
            self.ask_who()

    # --- merge and export ------------------------------------------------------------------
    def action_merge(self) -> None:
        """Merge another toetser's copy into the open audit (a path, then a worker)."""
        if not self._require_audit():
            return
        if self.store.read_only:
            self.notify("Deze audit is alleen-lezen geopend; samenvoegen kan niet.", severity="warning")
            return
        from .dialogs.merge import MergeDialog

        self.flush_drafts()
        self.push_screen(MergeDialog(self.store), self._merged)

    def _merged(self, report: MergeReport | None) -> None:
        if report is None:
            return
        source = report.sources[-1].name if report.sources else "het bestand"
        lines = report.summary()
        self.notify("\n".join(lines), title=f"Samengevoegd met {source}", timeout=12, markup=False)
        self.update_sub_title()  # the other file may bring toetsers
        self.notify_audit_changed("merge")

    def action_export(self) -> None:
        """The export dialog (the palette uses a screen's own export action instead, when it has one)."""
        if not self._require_audit():
            return
        from .dialogs.export import ExportDialog

        self.push_screen(ExportDialog())

    @staticmethod
    def demo_available() -> bool:
        """True when the demo package offers `fresh_copy(target_dir) -> Path`."""
        try:
            from . import demo
        except ImportError:
            return False
        return callable(getattr(demo, "fresh_copy", None))

    def open_demo(self) -> None:
        """Build a fresh copy of the demo audit in a worker, then open it (the shipped data is never
        touched). Building takes about a second; the screen stays responsive meanwhile."""
        self.notify("De demo-audit wordt klaargezet…", timeout=3)
        self._build_demo()

    @work(thread=True, exclusive=True, group="demo", exit_on_error=False)
    def _build_demo(self) -> None:
        from sessions.errors import StoreError, os_reason

        from . import demo

        try:
            path = demo.fresh_copy()
        except (StoreError, OSError) as exc:
            reason = os_reason(exc) if isinstance(exc, OSError) else exc
            self.call_from_thread(self._demo_failed, f"De demo kon niet worden gemaakt: {reason}")
            return
        self.call_from_thread(self.open_audit, path)

    def _demo_failed(self, message: str) -> None:
        self.open_error = message
        self.notify(message, severity="error", markup=False)

    async def action_quit(self) -> None:
        """Ctrl+Q: a dialog holding typed text (a document being recorded) asks first; autosaved screens do not."""
        if self._dialog_has_typing():
            from .dialogs.confirm import ConfirmDialog

            def answered(yes: bool | None) -> None:
                if yes:
                    self.exit()

            self.push_screen(ConfirmDialog("In dit venster staat getypte tekst die nog niet is opgeslagen.\n\nToch stoppen?"), answered)
            return
        self.exit()

    def _dialog_has_typing(self) -> bool:
        from textual.screen import ModalScreen
        from textual.widgets import Input, TextArea

        screen = self.screen
        if not isinstance(screen, ModalScreen):
            return False
        return any(w.value.strip() for w in screen.query(Input)) or any(w.text.strip() for w in screen.query(TextArea))

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
            if isinstance(screen, ScreenHooks):
                screen.flush_drafts()

    def notify_audit_changed(self, reason: str = "", *, learned: bool = False) -> None:
        """Tell every screen the audit changed (coverage strips, board, detail refresh). `learned`:
        the audit session's tagger was taught the change (a capture); otherwise it is built again
        when the gesprek screen opens next."""
        if not learned and self.store is not None:
            from .services.capture import AuditSession

            AuditSession.changed_elsewhere(self.store)
        for screen in self.screen_stack:
            screen.post_message(AuditChanged(reason))

    # --- navigation ------------------------------------------------------------------------
    NAVIGATION = frozenset({"interview", "board", "bevindingen", "kerngegevens", "start"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A dialog that must be answered first ("Wie ben jij?") keeps F2–F4 from closing it unanswered."""
        if action in self.NAVIGATION and palette.blocks_navigation(self.screen):
            return False
        return True

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

    def action_add_document_file(self) -> None:
        """F9 → "bestand toevoegen…": pick a file, then read it on the document screen."""
        if not self._require_audit():
            return
        from .screens.documents import DocumentsScreen
        from .dialogs.file_picker import FilePickerDialog, PickedFile

        def chosen(picked: PickedFile | None) -> None:
            if picked is not None:
                self.push_screen(DocumentsScreen(picked.path))

        self.push_screen(FilePickerDialog(), chosen)

    def action_documents(self) -> None:
        """F11: the imported documents' passages (also reached from F9, "bestand toevoegen…")."""
        if self._require_audit():
            from .screens.documents import DocumentsScreen

            self._show(DocumentsScreen())

    def action_bevindingen(self) -> None:
        if self._require_audit():
            from .screens.bevindingen import BevindingenScreen

            self._show(BevindingenScreen())

    def action_kerngegevens(self) -> None:
        if self._require_audit():
            from .screens.kerngegevens import KerngegevensScreen

            self._show(KerngegevensScreen())

    def show_norm_detail(self, norm_id: str) -> None:
        """The detail of one norm over the current screen (screens navigate through the app, never
        by importing each other)."""
        from .screens.norm_detail import NormDetailScreen

        self.push_screen(NormDetailScreen(norm_id))

    def action_review(self, scope: str = "gesprek") -> None:
        """The notes without a confirmed norm ("Te bevestigen"): of the current interview, or of the
        whole audit (`scope` "audit", or when no interview is open)."""
        if self._require_audit():
            from .screens.review import ReviewScreen

            self.push_screen(ReviewScreen(self.current_bron_id if scope == "gesprek" else None))

    def show_new_audit(self) -> None:
        from .screens.new_audit import NewAuditScreen

        self.push_screen(NewAuditScreen())

    def _apply_user_keymap(self) -> None:
        """The toetser's own toetsen.toml (config folder): used whole, or not at all with a message."""
        from .keymap import user_keymap

        overrides, problem = user_keymap()
        if overrides:
            self.set_keymap(overrides)
        if problem:
            self.notify(problem, title="Eigen toetsen niet gebruikt", severity="error", timeout=15, markup=False)

    def action_fn_keys(self) -> None:
        """Ctrl+J, then the key under an F-key: that F-key (a Mac's F-keys need Fn)."""
        from .dialogs.fn_keys import FnKeysDialog

        if isinstance(self.screen, FnKeysDialog):
            return

        def chosen(key: str | None) -> None:
            if key:
                self.call_after_refresh(self.simulate_key, key)

        self.push_screen(FnKeysDialog(), chosen)

    def action_earlier_audits(self) -> None:
        """Leer van eerdere audits: which earlier audit files the norm suggestions learn from."""
        from .dialogs.earlier_audits import EarlierAuditsDialog

        self.push_screen(EarlierAuditsDialog(), self._earlier_audits_changed)

    def _earlier_audits_changed(self, result: EarlierAuditsResult | None) -> None:
        if result is not None and result.changed:
            self.notify_audit_changed("earlier-audits")  # the gesprek screen rebuilds its tagger

    def action_help(self) -> None:
        """F1 (over any screen or dialog): the help; in the help, F1 closes it."""
        from .screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        self.push_screen(HelpScreen())

    def get_key_display(self, binding: Binding) -> str:
        """Function keys as the keyboard prints them ("F5", not Textual's "f5"), in every footer."""
        display = super().get_key_display(binding)
        return display.upper() if display[:1] == "f" and display[1:].isdigit() else display

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_start(self) -> None:
        """Back to the start screen: another audit, a new one, or the demo."""
        from .screens.start import StartScreen

        if not isinstance(self.screen, StartScreen):
            self.push_screen(StartScreen())

    def action_command_palette(self) -> None:
        """Textual's palette with a Dutch prompt (Ctrl+P)."""
        palette.open_palette(self)

    def search_themes(self) -> None:
        """Textual's theme picker with a Dutch prompt."""
        palette.open_theme_picker(self)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every action in the palette, in Dutch (interviewer/palette.py)."""
        return palette.system_commands(self, screen)


def make_app(
    audit_path: Path | None = None, *, bank: QuestionBank | None = None, start_demo: bool = False, read_only: bool = False,
) -> InterviewerApp:
    """The one way the CLI and the tests build the app (`start_demo`: open a fresh demo copy)."""
    return InterviewerApp(audit_path, bank=bank, start_demo=start_demo, read_only=read_only)
