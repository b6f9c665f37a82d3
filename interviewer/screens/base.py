"""What the app may ask of a screen: the hooks, declared once with their defaults.

The app used to look these up with `getattr(screen, "flush_drafts", None)`, so a typo in a screen
("flush_draft") silently turned off "save what is typed on quit". Now every screen of ours derives
from `AppScreen` (a full screen) or mixes in `ScreenHooks` (a modal such as "Wie ben jij?"), the
app calls the hooks directly, and `tests/ui/test_screen_hooks.py` checks that every screen that
autosaves overrides `flush_drafts` and that no screen defines a near-miss of a hook's name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from textual.screen import Screen

if TYPE_CHECKING:
    from textual.app import SystemCommand

HOOK_NAMES = ("flush_drafts", "palette_commands", "blocks_navigation")


class ScreenHooks:
    """The hooks with their defaults: nothing to save, no own palette commands, navigation free."""

    blocks_navigation: ClassVar[bool] = False
    """True for a dialog that must be answered first: the app keeps F2–F4 (and the palette's
    screen switches) off while it is up."""

    def flush_drafts(self) -> None:
        """Save what is being typed now (the app calls this before quitting, switching audits or
        toetsers, and on an unexpected end). A screen with a field it autosaves must override it."""

    def palette_commands(self) -> Iterable[SystemCommand]:
        """This screen's own actions for the command palette (Ctrl+P), besides its key bindings."""
        return ()


class AppScreen(ScreenHooks, Screen[None]):
    """A full screen of the app (gesprek, dekking, bevindingen, …)."""
