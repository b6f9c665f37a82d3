"""Ctrl+J: the F-keys and Ctrl+↑/↓ for a keyboard without them at hand (a MacBook's F-keys need Fn,
and macOS gives Ctrl+arrows to Mission Control). The next key, on the number row under the F-key,
is replayed as that F-key (Ctrl+J 5 = F5); any other key closes this without doing anything."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from interviewer import keymap


class FnKeysDialog(ModalScreen[str | None]):
    """Returns the key to replay ('f5', 'ctrl+up') or None."""

    DEFAULT_CSS = """
    FnKeysDialog { align: center bottom; }
    FnKeysDialog > Vertical { width: 64; max-width: 100%; height: auto; border: round $primary; background: $surface; padding: 0 1; margin-bottom: 3; }
    """
    BINDINGS = keymap.bindings("FnKeysDialog")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                "[b]Fn-toets[/b]  1–9 = F1–F9 · 0 = F10 · - = F11 · = = F12 · ↑/↓ = Ctrl+↑/↓ · Esc annuleert",
                id="fn-keys-help",
            )

    def on_key(self, event: events.Key) -> None:
        if event.key == "escape":
            return  # the binding closes
        event.stop()
        event.prevent_default()
        self.dismiss(keymap.FN_ROW.get(event.key))
