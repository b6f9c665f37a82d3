"""Leer van eerdere audits (Ctrl+\\ or the palette): which earlier audit files of this laptop's
toetser the norm suggestions learn from; add one (the file picker), remove one, or clear the list.

Opt-in and local: the list is interviewer.earlier_audits' (paths only, in this OS account's config
folder); the files are only read, and a suggestion they lift says "eerdere audits", never their words.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from interviewer import earlier_audits, keymap
from interviewer.widgets.app_footer import AppFooter
from interviewer.widgets.markup import escape

INTRO = (
    "De normsuggesties kunnen ook leren van de notities die jij in eerdere audits hebt bevestigd. "
    "Alleen de bestanden hieronder worden gelezen, alleen op deze laptop; er wordt niets gekopieerd of "
    "verstuurd. Een suggestie die daardoor hoger staat, zegt alleen “eerdere audits”, nooit hun woorden."
)


@dataclass(frozen=True)
class EarlierAuditsResult:
    """What the dialog leaves behind: the files now on the list, and whether the list changed."""

    files: tuple[Path, ...]
    changed: bool


class EarlierAuditsDialog(ModalScreen[EarlierAuditsResult]):
    """The list of earlier audits; Ctrl+O adds, Del removes the highlighted one, w clears all."""

    DEFAULT_CSS = """
    EarlierAuditsDialog { align: center middle; }
    EarlierAuditsDialog > Vertical { width: 90%; max-width: 110; height: auto; max-height: 90%; border: thick $primary; background: $surface; padding: 0 1; }
    EarlierAuditsDialog #earlier-list { height: auto; max-height: 12; margin: 1 0; }
    EarlierAuditsDialog #earlier-status { height: auto; }
    """
    BINDINGS = keymap.bindings("EarlierAuditsDialog")

    def __init__(self) -> None:
        super().__init__()
        self._changed = False

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("[b]Leer van eerdere audits[/b]", id="earlier-title")
            yield Static(INTRO, id="earlier-intro")
            yield OptionList(id="earlier-list")
            yield Static("", id="earlier-status")
        yield AppFooter()

    def on_mount(self) -> None:
        self._show()
        self.query_one("#earlier-list", OptionList).focus()

    @property
    def files(self) -> list[Path]:
        return earlier_audits.chosen_files()

    def _show(self, status: str = "") -> None:
        listing = self.query_one("#earlier-list", OptionList)
        listing.clear_options()
        files = self.files
        for path in files:
            gone = "" if path.exists() else "  [dim](bestaat niet meer: wordt overgeslagen)[/dim]"
            listing.add_option(Option(escape(str(path)) + gone, id=str(path)))
        if files:
            listing.highlighted = 0
        default = (
            f"{len(files)} {'bestand' if len(files) == 1 else 'bestanden'} gekozen. Ctrl+O voegt toe, Del haalt weg, w wist alles, Esc sluit."
            if files
            else "Uit: de suggesties leren alleen van deze audit. Ctrl+O voegt een eerder auditbestand toe; Esc sluit."
        )
        self.query_one("#earlier-status", Static).update(escape(status) if status else default)

    def action_add(self) -> None:
        from interviewer.dialogs.file_picker import FilePickerDialog, PickedFile

        def chosen(picked: PickedFile | None) -> None:
            if picked is None:
                return
            path = picked.path
            from sessions.errors import StoreError

            try:
                added = earlier_audits.add_file(path)
            except StoreError as exc:
                self._show(f"Niet toegevoegd: {exc}")
                return
            self._changed = True
            self._show(f"Toegevoegd: {added.name}. De normsuggesties leren nu ook van dit bestand.")

        self.app.push_screen(
            FilePickerDialog(suffixes=(".audit",), title="[b]Eerder auditbestand kiezen[/b] (.audit). Enter kiest, Esc annuleert"),
            chosen,
        )

    def action_remove(self) -> None:
        listing = self.query_one("#earlier-list", OptionList)
        if listing.highlighted is None or not listing.option_count:
            self._show("Er is geen bestand om weg te halen.")
            return
        path = Path(str(listing.get_option_at_index(listing.highlighted).id))
        earlier_audits.remove_file(path)
        self._changed = True
        self._show(f"Weggehaald: {path.name}.")

    def action_clear(self) -> None:
        if not self.files:
            self._show("De lijst is al leeg.")
            return
        earlier_audits.clear()
        self._changed = True
        self._show("De lijst is gewist: de normsuggesties leren alleen nog van deze audit.")

    def action_close(self) -> None:
        self.dismiss(EarlierAuditsResult(tuple(self.files), self._changed))
