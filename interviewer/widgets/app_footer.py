"""The footer every screen of the app shows: Textual's Footer, compact on a small terminal.

At 80 columns a gesprek screen has more keys than the footer has room for; the compact style drops
the padding around each key, so one or two more fit. The rest stay reachable by F1 and Ctrl+P.
"""

from __future__ import annotations

from textual.events import Resize
from textual.widgets import Footer

COMPACT_WIDTH = 120
"""Below this width the footer packs its keys tighter."""


class AppFooter(Footer):
    DEFAULT_CSS = """
    /* compact: keep a space after a group's label ("F5F6F7 Kies norm F8 Soort"), and let the
       docked palette key cover the keys scrolled under it */
    AppFooter.-compact FooterLabel { margin: 0 1 0 0; }
    AppFooter.-compact FooterKey.-command-palette { margin-right: 0; padding-right: 1; }
    """

    def on_mount(self) -> None:
        self.compact = self.app.size.width < COMPACT_WIDTH

    def on_resize(self, event: Resize) -> None:
        self.compact = event.size.width < COMPACT_WIDTH
