"""The capture line: where the toetser types a quote during an interview.

The field is a TextArea, not an Input: an Input is one line that scrolls sideways (the start of a
long note goes out of sight) and keeps only the first line of a paste. The TextArea wraps, grows
to `MAX_LINES` lines and keeps a pasted text whole, line breaks included. Its own key bindings
that the app uses (F6/F7 select line/all, Ctrl+Y redo, ...) are dropped, so the chip keys and every
app key act while the field has focus.

Enter posts `Submitted`; the screen saves it and only then calls `clear()`, so the text stays on
screen until the store has committed it. While typing, `DraftDue` is posted at most once per
`DRAFT_INTERVAL` seconds (a timer, not every keystroke) so the screen can autosave the draft.

A typed marker at the start of an empty line sets the kind and disappears: `+ ` sterk punt,
`- ` verbeterpunt, `! ` observatie. Only typed: a pasted bullet list stays text.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Static, TextArea

from interviewer import keymap

from sessions.models import AANTEKENING_KINDS, AANTEKENING_LABELS

DRAFT_INTERVAL = 1.0
"""Seconds between draft autosaves while typing: a crash loses at most this much typing."""

MAX_LINES = 3
"""The field grows to this many lines while typing; beyond it, it scrolls with the cursor."""

KIND_CYCLE = ("citaat", "sterk_punt", "verbeterpunt", "observatie")
"""Order of F8: a quote is most often plain, then a strong point, then an improvement."""

KIND_MARKERS = {"+": "sterk_punt", "-": "verbeterpunt", "!": "observatie"}
"""A typed `+ `, `- ` or `! ` at the start of an empty line sets the kind (shown in F1 help)."""
MARKER_HELP = "Aan het begin van een lege regel: sterk punt / verbeterpunt / observatie (getypt; plakken blijft tekst)"

APP_CONTEXTS = (keymap.APP_CONTEXT, "InterviewScreen", "CaptureLine")
"""Whose keys the field's own editing keys never take: the app's, the gesprek screen's and the
capture line's, read from the one keymap (tests/ui/test_capture_field.py checks the live bindings)."""
APP_KEYS = frozenset(k.strip() for context in APP_CONTEXTS for e in keymap.entries(context) for k in e.key.split(","))


def next_kind(kind: str) -> str:
    """The kind after `kind` in the cycle citaat → sterk punt → verbeterpunt → observatie."""
    index = KIND_CYCLE.index(kind) if kind in KIND_CYCLE else -1
    return KIND_CYCLE[(index + 1) % len(KIND_CYCLE)]


def _free(binding: Binding) -> Binding | None:
    """`binding` without the keys the app uses; None when no key is left."""
    keys = [k.strip() for k in binding.key.split(",") if k.strip() not in APP_KEYS]
    return Binding(",".join(keys), binding.action, binding.description, show=binding.show) if keys else None


class _EditingKeys(TextArea, inherit_bindings=False):
    """TextArea with its own editing keys minus APP_KEYS (F6 select line and F7 select all would take
    the chip keys). These are Textual's bindings, not ours, so they are not in the keymap."""

    BINDINGS = [b for b in map(_free, TextArea.BINDINGS) if b is not None]


class CaptureField(_EditingKeys):
    """The text of the capture line: wraps, grows to MAX_LINES, Enter saves instead of a new line.

    `value` reads and sets the text as an Input's would (the screen and older tests use it).
    """

    BINDINGS = keymap.bindings("CaptureField")

    @dataclass
    class Submit(Message):
        """Enter in the field."""

    @dataclass
    class Marker(Message):
        """A kind marker was typed at the start of an empty line (it is not in the text)."""

        kind: str

    @property
    def value(self) -> str:
        return self.text

    @value.setter
    def value(self, text: str) -> None:
        self.load_text(text)
        self.move_cursor(self.document.end)

    def action_submit(self) -> None:
        self.post_message(self.Submit())

    async def _on_key(self, event: events.Key) -> None:
        if self.read_only or self.disabled:
            return
        if event.key == "enter":
            event.stop()
            event.prevent_default()  # TextArea would insert a line break
            self.action_submit()
        elif event.character == " " and self.text in KIND_MARKERS and self.cursor_location == (0, 1):
            event.stop()
            event.prevent_default()
            kind = KIND_MARKERS[self.text]
            self.load_text("")
            self.post_message(self.Marker(kind))

    async def _on_paste(self, event: events.Paste) -> None:
        """Line breaks as one kind ("\\n"), whatever the terminal sent; the text is kept whole."""
        text = event.text.replace("\r\n", "\n").replace("\r", "\n")
        if text != event.text:
            event.prevent_default()
            event.stop()
            if not self.read_only and (result := self._replace_via_keyboard(text, *self.selection)):
                self.move_cursor(result.end_location)

    _lines_shown = -1
    _styled_for: tuple = ()

    def render_lines(self, crop):  # noqa: ANN001, ANN201 - Region -> list[Strip], as in Widget
        """TextArea re-reads its component styles on every render (a third of a keystroke's
        render time); they change only with the theme, focus, hover or the classes."""
        key = (self.app.theme, self.has_focus, self.disabled, self.mouse_hover, tuple(self.classes))
        if key != self._styled_for or self._theme is None:
            self._styled_for = key
            return super().render_lines(crop)
        return super(TextArea, self).render_lines(crop)

    def _refresh_size(self) -> None:
        """A change in the number of wrapped lines changes the field's height: a layout then, and
        only then (a layout of the whole screen on every keystroke is what made typing slow)."""
        super()._refresh_size()
        lines = self.wrapped_document.height
        if lines != self._lines_shown:
            self._lines_shown = lines
            self.refresh(layout=True)


class CaptureLine(Widget):
    """A kind label and the capture field. `kind` resets to citaat after each capture.

    While typing, a likely person's name shows a hint in the field's bottom border (a hint, not a
    block); Ctrl+Y replaces it by `replacement` (the interview's functie, set by the screen).
    """

    BINDINGS = keymap.bindings("CaptureLine")
    replacement = ""  # "de jongerenwerker": what a name becomes with Ctrl+Y

    DEFAULT_CSS = """
    CaptureLine { height: auto; layout: horizontal; }
    CaptureLine #kind { width: 14; height: 3; content-align: center middle; text-style: bold; }
    CaptureLine #kind.-citaat { color: $text; }
    CaptureLine #kind.-observatie { color: $accent; }
    CaptureLine #kind.-sterk_punt { color: $success; }
    CaptureLine #kind.-verbeterpunt { color: $warning; }
    CaptureLine CaptureField { width: 1fr; height: auto; min-height: 3; max-height: 5; scrollbar-size-vertical: 0; }
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

    def __init__(self, *, placeholder: str = "Typ een citaat en druk Enter", id: str | None = None) -> None:
        super().__init__(id=id)
        self._placeholder = placeholder  # no length limit here: the store refuses an over-long note in Dutch
        self._draft_timer: Timer | None = None
        self._draft_dirty = False
        self._hinted: set[str] = set()  # names already pointed out in this line
        self._text = ""  # the field's text as last reported (Changed also fires for cursor-free reloads)

    def on_mount(self) -> None:
        from interviewer.domain.names import load_lexicon

        self.run_worker(load_lexicon, thread=True, group="name-lists", exit_on_error=False)  # ~1 s, once

    def _name_hint(self, text: str) -> None:
        from interviewer.domain.names import lexicon_ready, name_hint

        found = name_hint(text) if text.strip() and lexicon_ready() else []
        subtitle = f"Naam? {', '.join(found)} · Ctrl+Y: vervang door de functie" if found else ""
        if self.input.border_subtitle != subtitle:
            self.input.border_subtitle = subtitle
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
        yield CaptureField(
            placeholder=self._placeholder, soft_wrap=True, highlight_cursor_line=False, id="capture-input"
        )

    @property
    def input(self) -> CaptureField:
        return self.query_one("#capture-input", CaptureField)

    @property
    def text(self) -> str:
        return self.input.text

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
        field = self.input
        with field.prevent(TextArea.Changed):
            field.value = text
        self._text = text
        self._name_hint(text)
        self.post_message(self.Edited(self, text))

    def clear(self) -> None:
        """After the store confirmed the capture: empty line, kind back to citaat, no draft pending."""
        self.cancel_draft()
        with self.input.prevent(TextArea.Changed):
            self.input.value = ""
        self._text = ""
        self.input.border_subtitle = ""
        self._hinted.clear()
        self.kind = "citaat"
        self.post_message(self.Edited(self, ""))

    def cancel_draft(self) -> None:
        self._draft_dirty = False
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None

    @on(TextArea.Changed, "#capture-input")
    def _changed(self, event: TextArea.Changed) -> None:
        event.stop()
        text = event.text_area.text
        if text == self._text:
            return
        self._text = text
        self.post_message(self.Edited(self, text))
        self._name_hint(text)
        self._draft_dirty = True
        if self._draft_timer is None:
            self._draft_timer = self.set_timer(DRAFT_INTERVAL, self._draft_due)

    @on(CaptureField.Marker)
    def _marker(self, event: CaptureField.Marker) -> None:
        event.stop()
        self.kind = event.kind

    def _draft_due(self) -> None:
        self._draft_timer = None
        if self._draft_dirty:
            self._draft_dirty = False
            self.post_message(self.DraftDue(self, self.input.text))

    @on(CaptureField.Submit)
    def _submitted(self, event: CaptureField.Submit) -> None:
        event.stop()
        self.post_message(self.Submitted(self, self.input.text, self.kind))
