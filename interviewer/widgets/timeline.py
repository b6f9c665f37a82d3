"""This interview's timeline: every captured note with its time, kind and norms, editable afterwards.

The timeline only shows `TimelineEntry`s and turns keys into request messages; the screen opens
the dialogs (interviewer/dialogs: edit_note, choice, confirm) and does the store calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from sessions.models import AANTEKENING_LABELS

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
