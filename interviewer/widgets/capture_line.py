"""The capture line: where the toetser types a quote during an interview.

Enter posts `Submitted`; the screen saves it and only then calls `clear()`, so the text stays on
screen until the store has committed it. While typing, `DraftDue` is posted at most once per
`DRAFT_INTERVAL` seconds (a timer, not every keystroke) so the screen can autosave the draft.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Static
from interviewer import keymap

from sessions.models import AANTEKENING_KINDS, AANTEKENING_LABELS

DRAFT_INTERVAL = 1.0
"""Seconds between draft autosaves while typing: a crash loses at most this much typing."""


KIND_CYCLE = ("citaat", "sterk_punt", "verbeterpunt", "observatie")
"""Order of F8: a quote is most often plain, then a strong point, then an improvement."""


def next_kind(kind: str) -> str:
    """The kind after `kind` in the cycle citaat → sterk punt → verbeterpunt → observatie."""
    index = KIND_CYCLE.index(kind) if kind in KIND_CYCLE else -1
    return KIND_CYCLE[(index + 1) % len(KIND_CYCLE)]


class CaptureInput(Input):
    """The Input of the capture line: Enter is named for what it does here (footer and F1 help)."""

    BINDINGS = keymap.bindings("CaptureInput")


class CaptureLine(Widget):
    """A kind label and an Input. `kind` resets to citaat after each capture.

    While typing, a likely person's name shows a hint in the input's bottom border (a hint, not a
    block); Ctrl+Y replaces it by `replacement` (the interview's functie, set by the screen).
    """

    BINDINGS = keymap.bindings("CaptureLine")
    replacement = ""  # "de jongerenwerker": what a name becomes with Ctrl+Y

    DEFAULT_CSS = """
    CaptureLine { height: 3; layout: horizontal; }
    CaptureLine #kind { width: 14; height: 3; content-align: center middle; text-style: bold; }
    CaptureLine #kind.-citaat { color: $text; }
    CaptureLine #kind.-observatie { color: $accent; }
    CaptureLine #kind.-sterk_punt { color: $success; }
    CaptureLine #kind.-verbeterpunt { color: $warning; }
    CaptureLine Input { width: 1fr; }
    """

    kind: reactive[str] = reactive("citaat")

    @dataclass
    class Submitted(Message):
        """Enter (also on a blank line: the screen says that nothing was saved)."""

        capture_line: CaptureLine
        text: str
        kind: str

        @property
        def control(self) -> CaptureLine:
            return self.capture_line

    @dataclass
    class Edited(Message):
        """The text changed (every keystroke): for the live norm suggestions, which run in a worker."""

        capture_line: CaptureLine
        text: str

        @property
        def control(self) -> CaptureLine:
            return self.capture_line

    @dataclass
    class DraftDue(Message):
        """Time to autosave the draft (at most once per DRAFT_INTERVAL while typing)."""

        capture_line: CaptureLine
        text: str

        @property
        def control(self) -> CaptureLine:
            return self.capture_line

    def __init__(self, *, placeholder: str = "Typ een citaat en druk Enter", max_length: int = 0, id: str | None = None) -> None:
        super().__init__(id=id)
        self._placeholder = placeholder
        self._max_length = max_length
        self._draft_timer: Timer | None = None
        self._draft_dirty = False
        self._hinted: set[str] = set()  # names already pointed out in this line

    def on_mount(self) -> None:
        from interviewer.domain.names import load_lexicon

        self.run_worker(load_lexicon, thread=True, group="name-lists", exit_on_error=False)  # ~1 s, once

    def _name_hint(self, text: str) -> None:
        from interviewer.domain.names import lexicon_ready, name_hint

        found = name_hint(text) if text.strip() and lexicon_ready() else []
        self.input.border_subtitle = f"Naam? {', '.join(found)} · Ctrl+Y: vervang door de functie" if found else ""
        new = [n for n in found if n.casefold() not in self._hinted]
        if new and all(not text.endswith(n) for n in new):  # the word is complete: say it once
            self._hinted.update(n.casefold() for n in new)
            self.notify(f"Lijkt op een naam: {', '.join(new)}. Ctrl+Y vervangt door de functie.", severity="warning", timeout=4)
        if not text.strip():
            self._hinted.clear()

    def action_replace_names(self) -> None:
        from interviewer.domain.names import lexicon_ready, replace_names

        if lexicon_ready() and self.text.strip():
            self.input.value = replace_names(self.text, self.replacement)  # Changed: hint, draft and suggestions follow

    def compose(self) -> ComposeResult:
        yield Static(AANTEKENING_LABELS["citaat"], id="kind", classes="-citaat")
        yield CaptureInput(
            placeholder=self._placeholder, max_length=self._max_length, select_on_focus=False, id="capture-input"
        )

    @property
    def input(self) -> Input:
        return self.query_one("#capture-input", Input)

    @property
    def text(self) -> str:
        return self.input.value

    def focus(self, scroll_visible: bool = True) -> CaptureLine:
        self.input.focus(scroll_visible)
        return self

    def watch_kind(self, kind: str) -> None:
        label = self.query_one("#kind", Static)
        label.update(AANTEKENING_LABELS.get(kind, kind))
        label.remove_class(*(f"-{name}" for name in AANTEKENING_KINDS))
        label.add_class(f"-{kind}")

    def cycle_kind(self) -> str:
        self.kind = next_kind(self.kind)
        return self.kind

    def set_text(self, text: str) -> None:
        """Put text back (a restored draft, an edit): no draft is due for it."""
        with self.input.prevent(Input.Changed):
            self.input.value = text
        self.input.cursor_position = len(text)
        self._name_hint(text)
        self.post_message(self.Edited(self, text))

    def clear(self) -> None:
        """After the store confirmed the capture: empty line, kind back to citaat, no draft pending."""
        self.cancel_draft()
        with self.input.prevent(Input.Changed):
            self.input.value = ""
        self.input.border_subtitle = ""
        self._hinted.clear()
        self.kind = "citaat"
        self.post_message(self.Edited(self, ""))

    def cancel_draft(self) -> None:
        self._draft_dirty = False
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None

    @on(Input.Changed, "#capture-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Edited(self, event.value))
        self._name_hint(event.value)
        self._draft_dirty = True
        if self._draft_timer is None:
            self._draft_timer = self.set_timer(DRAFT_INTERVAL, self._draft_due)

    def _draft_due(self) -> None:
        self._draft_timer = None
        if self._draft_dirty:
            self._draft_dirty = False
            self.post_message(self.DraftDue(self, self.input.value))

    @on(Input.Submitted, "#capture-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(self, event.value, self.kind))
