"""This interview's timeline: every captured note with its time, kind and norms, editable afterwards.

The timeline only shows `TimelineEntry`s and turns keys into request messages; the screen opens
the dialogs (interviewer/dialogs: edit_note, choice, confirm) and does the store calls. Norms are
named by id and short label; a note's suggestions (not yet confirmed) carry the key that confirms
them, the same F5–F7 as on the capture line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from interviewer import keymap

from interviewer.presenters.interview import TimelineEntry
from interviewer.presenters.suggestions import Labels, bank_labels, norm_name
from sessions.models import AANTEKENING_LABELS

KIND_STYLES = {"citaat": "", "observatie": "cyan", "sterk_punt": "green", "verbeterpunt": "yellow"}
TAG_MARKS = {"confirmed": "✓", "suggested": "?", "rejected": "✗"}
CONFIRM_KEYS = ("F5", "F6", "F7")
"""Confirm a note's 1st-3rd suggestion, as the same keys choose a chip on the capture line."""


def local_time(iso: str) -> str:
    """'2026-03-12T13:05:22.1Z' -> '14:05' in the laptop's time zone; '' if unreadable."""
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%H:%M")
    except ValueError:
        return ""


def entry_prompt(entry: TimelineEntry, labels: Labels | None = None) -> Text:
    """'14:05 sterk punt  ✓V3 kansen en netwerk' on the first line, the text below, and the
    suggestions with their keys ('F5 ?D5 signalen/risico's') on a line of their own."""
    labels = labels or (lambda norm_id: ("", ""))
    kind = AANTEKENING_LABELS.get(entry.kind, entry.kind)
    line = Text.assemble(
        (local_time(entry.created), "dim"), " ", (kind, f"bold {KIND_STYLES.get(entry.kind, '')}".strip()), "  "
    )
    confirmed = entry.confirmed
    for norm_id in confirmed:
        line.append(f"{TAG_MARKS['confirmed']}{norm_name(norm_id, labels)} ", style="bold")
    suggested = entry.suggested
    if not confirmed:
        line.append("geen norm bevestigd" if suggested else "geen norm", style="dim italic")
    line.append("\n")
    line.append(entry.text)
    if suggested:
        line.append("\n")
        for index, norm_id in enumerate(suggested):
            key = f"{CONFIRM_KEYS[index]} " if index < len(CONFIRM_KEYS) else ""
            line.append(f"{key}{TAG_MARKS['suggested']}{norm_name(norm_id, labels)}  ", style="dim")
        line.rstrip()
    for other in entry.conflicts:  # a merge kept both: the toetser settles it by editing (Enter)
        line.append("\n⚠ conflict, andere versie: ", style="bold yellow")
        line.append(other, style="italic")
    return line


class Timeline(OptionList):
    """Newest note last; the highlight follows the newest after a capture."""

    DEFAULT_CSS = """
    Timeline { height: 1fr; }
    """

    BINDINGS = keymap.bindings("Timeline")

    @dataclass
    class Request(Message):
        """The toetser asked to change note `entry` ('edit', 'kind', 'add_tag', 'remove_tag', 'delete',
        'confirm': confirm its suggestion `norm_id`)."""

        what: str
        entry: TimelineEntry
        norm_id: str = ""

    def __init__(self, *, id: str | None = None, labels: Labels | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[TimelineEntry] = []
        self._labels = labels

    def _label_of(self, norm_id: str) -> tuple[str, str]:
        if self._labels is None:
            self._labels = bank_labels(self.app.bank)
        return self._labels(norm_id)

    def show_entries(self, entries: Sequence[TimelineEntry], *, follow: bool = False) -> None:
        """Replace the list; keep the highlighted note, or jump to the newest when `follow`."""
        previous = self.highlighted_entry
        self.entries = list(entries)
        self.clear_options()
        self.add_options([Option(entry_prompt(e, self._label_of), id=e.id) for e in self.entries])
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
        self.add_options([Option(entry_prompt(e, self._label_of), id=e.id) for e in entries])
        newest = len(self.entries) - 1
        if self.highlighted == newest:
            self.scroll_to_highlight()
        else:
            self.highlighted = newest  # OptionList's watcher scrolls to it

    def update_entry(self, entry: TimelineEntry) -> None:
        """Show a changed note (its tags) in place."""
        index = next((i for i, e in enumerate(self.entries) if e.id == entry.id), None)
        if index is not None:
            self.entries[index] = entry
            self.replace_option_prompt_at_index(index, entry_prompt(entry, self._label_of))

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

    def action_confirm(self, index: int) -> None:
        """F5–F7: confirm the highlighted note's 1st–3rd suggestion."""
        entry = self.highlighted_entry
        if entry is None:
            return
        suggested = entry.suggested
        if index >= len(suggested):
            self.notify(f"Deze aantekening heeft geen {index + 1}e suggestie; t kiest een norm.", severity="warning")
            return
        self.post_message(self.Request("confirm", entry, suggested[index]))

