"""This interview's timeline: every captured note with its time, kind and norms, editable afterwards.

The timeline only shows `TimelineEntry`s and turns keys into request messages; the screen opens
the dialogs (also here: edit, choose, confirm) and does the store calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, RadioButton, RadioSet
from textual.widgets.option_list import Option

from sessions.models import AANTEKENING_KINDS, AANTEKENING_LABELS

KIND_STYLES = {"citaat": "", "observatie": "cyan", "sterk_punt": "green", "verbeterpunt": "yellow"}
TAG_MARKS = {"confirmed": "✓", "suggested": "?", "rejected": "✗"}


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    created: str  # ISO 8601 UTC as stored
    kind: str
    text: str
    tags: tuple[tuple[str, str], ...] = ()  # (norm_id, state)
    conflicts: tuple[str, ...] = ()  # other versions kept by a merge (Aantekening.conflict_versions)

    @property
    def confirmed(self) -> list[str]:
        return [norm_id for norm_id, state in self.tags if state == "confirmed"]


def local_time(iso: str) -> str:
    """'2026-03-12T13:05:22.1Z' -> '14:05' in the laptop's time zone; '' if unreadable."""
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%H:%M")
    except ValueError:
        return ""


def entry_prompt(entry: TimelineEntry) -> Text:
    """'14:05 sterk punt ✓V3 ?D5' on the first line (✓ confirmed, ? suggested), the text below."""
    kind = AANTEKENING_LABELS.get(entry.kind, entry.kind)
    line = Text.assemble(
        (local_time(entry.created), "dim"), " ", (kind, f"bold {KIND_STYLES.get(entry.kind, '')}".strip()), "  "
    )
    shown = [(n, s) for n, s in entry.tags if s != "rejected"]
    for norm_id, state in shown:
        line.append(f"{TAG_MARKS[state]}{norm_id} ", style="bold" if state == "confirmed" else "dim")
    if not shown:
        line.append("geen norm", style="dim italic")
    line.append("\n")
    line.append(entry.text)
    for other in entry.conflicts:  # a merge kept both: the toetser settles it by editing (Enter)
        line.append("\n⚠ conflict, andere versie: ", style="bold yellow")
        line.append(other, style="italic")
    return line


class Timeline(OptionList):
    """Newest note last; the highlight follows the newest after a capture."""

    DEFAULT_CSS = """
    Timeline { height: 1fr; }
    """

    BINDINGS = [
        Binding("enter", "request('edit')", "Bewerken"),
        Binding("k", "request('kind')", "Soort", tooltip="Wissel de soort van deze aantekening"),
        Binding("t", "request('add_tag')", "Norm erbij"),
        Binding("x", "request('remove_tag')", "Norm eraf"),
        Binding("delete", "request('delete')", "Verwijderen"),
        Binding("escape", "app.focus('capture-input')", "Terug naar citaat", show=False),
    ]

    @dataclass
    class Request(Message):
        """The toetser asked to change note `entry` ('edit', 'kind', 'add_tag', 'remove_tag', 'delete')."""

        what: str
        entry: TimelineEntry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[TimelineEntry] = []

    def show_entries(self, entries: Sequence[TimelineEntry], *, follow: bool = False) -> None:
        """Replace the list; keep the highlighted note, or jump to the newest when `follow`."""
        previous = self.highlighted_entry
        self.entries = list(entries)
        self.clear_options()
        self.add_options([Option(entry_prompt(e), id=e.id) for e in self.entries])
        if not self.entries:
            return
        ids = [e.id for e in self.entries]
        if follow or previous is None or previous.id not in ids:
            self.highlighted = len(self.entries) - 1
        else:
            self.highlighted = ids.index(previous.id)
        self.scroll_to_highlight()

    def add_entries(self, entries: Sequence[TimelineEntry]) -> None:
        """Append notes just captured and follow the newest: the list is not rebuilt (at hundreds
        of notes a rebuild measures every prompt again)."""
        if not entries:
            return
        self.entries.extend(entries)
        self.add_options([Option(entry_prompt(e), id=e.id) for e in entries])
        self.highlighted = len(self.entries) - 1
        self.scroll_to_highlight()

    def update_entry(self, entry: TimelineEntry) -> None:
        """Show a changed note (its tags) in place."""
        index = next((i for i, e in enumerate(self.entries) if e.id == entry.id), None)
        if index is not None:
            self.entries[index] = entry
            self.replace_option_prompt_at_index(index, entry_prompt(entry))

    @property
    def highlighted_entry(self) -> TimelineEntry | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.entries)):
            return None
        return self.entries[self.highlighted]

    def action_request(self, what: str) -> None:
        entry = self.highlighted_entry
        if entry is not None:
            self.post_message(self.Request(what, entry))

    def action_select(self) -> None:  # Enter is "edit", not OptionList's select
        self.action_request("edit")


class EditNoteDialog(ModalScreen[tuple[str, str] | None]):
    """Edit a note's text and kind. Returns (text, kind), or None on Escape."""

    DEFAULT_CSS = """
    EditNoteDialog { align: center middle; }
    EditNoteDialog > Vertical { width: 90%; max-width: 110; height: auto; border: thick $primary; background: $surface; padding: 0 1; }
    EditNoteDialog RadioSet { width: 100%; layout: horizontal; }
    EditNoteDialog Label { margin-top: 1; }
    EditNoteDialog #note-error { color: $error; height: auto; margin-top: 0; }
    """
    BINDINGS = [Binding("escape", "dismiss(None)", "Annuleren"), Binding("ctrl+s", "save", "Opslaan")]

    def __init__(self, text: str, kind: str, *, error: str = "") -> None:
        """`error`: why the store refused this text last time (the dialog came back with it)."""
        super().__init__()
        self._text = text
        self._kind = kind
        self._error = error

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("[b]Aantekening bewerken[/b] — Enter of Ctrl+S slaat op, Esc annuleert")
            yield Input(self._text, id="note-text")
            yield Label("Soort")
            with RadioSet(id="note-kind"):
                for kind in AANTEKENING_KINDS:
                    yield RadioButton(AANTEKENING_LABELS[kind], value=kind == self._kind, id=f"kind-{kind}")
            yield Label(self._error, id="note-error", markup=False)

    def on_mount(self) -> None:
        self.query_one("#note-text", Input).focus()

    @on(Input.Submitted, "#note-text")
    def action_save(self) -> None:
        text = self.query_one("#note-text", Input).value.strip()
        if not text:
            self.notify("Een aantekening kan niet leeg zijn; verwijderen doe je met Del in de tijdlijn.", severity="warning")
            return
        pressed = self.query_one("#note-kind", RadioSet).pressed_button
        kind = pressed.id.removeprefix("kind-") if pressed is not None and pressed.id else self._kind
        self.dismiss((text, kind))


class ChoiceDialog(ModalScreen[str | None]):
    """Pick one of a few options (e.g. which norm to take off a note). Returns the option id."""

    DEFAULT_CSS = """
    ChoiceDialog { align: center middle; }
    ChoiceDialog > Vertical { width: 80; max-width: 100%; height: auto; max-height: 80%; border: thick $primary; background: $surface; padding: 0 1; }
    ChoiceDialog OptionList { height: auto; max-height: 16; }
    """
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
        self.dismiss(event.option.id)


class ConfirmDialog(ModalScreen[bool]):
    """'Weet je het zeker?' with j (ja) and n / Esc (nee)."""

    DEFAULT_CSS = """
    ConfirmDialog { align: center middle; }
    ConfirmDialog > Vertical { width: 70; max-width: 100%; height: auto; border: thick $error; background: $surface; padding: 1 2; }
    ConfirmDialog Horizontal { height: auto; margin-top: 1; }
    ConfirmDialog Button { margin-right: 2; }
    """
    BINDINGS = [
        Binding("j", "dismiss(True)", "Ja"),
        Binding("n,escape", "dismiss(False)", "Nee"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self._question, markup=False)  # may quote a note as typed
            with Horizontal():
                yield Button("Ja (j)", variant="error", id="yes")
                yield Button("Nee (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")
