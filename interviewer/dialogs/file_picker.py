"""Pick a document file to import: type or paste a path, or walk the folders (Textual's own
DirectoryTree, no extra dependency). Returns a PickedFile, or None on Esc."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DirectoryTree, Input, Label


@dataclass(frozen=True)
class PickedFile:
    """The file the toetser chose (it exists; reading it is the document screen's job)."""

    path: Path


class DocumentTree(DirectoryTree):
    """Folders and the files interviewer can read; hidden entries left out."""

    SUFFIXES = (".pdf", ".docx", ".odt", ".txt", ".md", ".markdown")

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [p for p in paths if not p.name.startswith(".") and (p.is_dir() or p.suffix.lower() in self.SUFFIXES)]


class FilePickerDialog(ModalScreen[PickedFile | None]):
    CSS_PATH = "file_picker.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Annuleren")]

    def __init__(self, start: Path | None = None) -> None:
        super().__init__()
        home = Path.home()
        self._start = start or (home if home.is_dir() else Path.cwd())

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("[b]Bestand toevoegen[/b] — PDF, DOCX, ODT, TXT of Markdown. Enter kiest, Esc annuleert")
            yield Input(placeholder="pad naar het bestand, bijv. ~/Documenten/scholingsplan.pdf", id="picker-path")
            yield DocumentTree(self._start, id="picker-tree")
            yield Label("", id="picker-error", markup=False)

    def on_mount(self) -> None:
        self.query_one("#picker-path", Input).focus()

    @on(Input.Submitted, "#picker-path")
    def _typed(self, event: Input.Submitted) -> None:
        value = event.value.strip().strip("'\"")
        if not value:
            self.query_one("#picker-tree").focus()
            return
        path = Path(value).expanduser()
        if not path.is_file():
            self.query_one("#picker-error", Label).update(f"Geen bestand gevonden op: {path}")
            return
        self.dismiss(PickedFile(path))

    @on(DirectoryTree.FileSelected)
    def _selected(self, event: DirectoryTree.FileSelected) -> None:
        self.dismiss(PickedFile(Path(event.path)))
