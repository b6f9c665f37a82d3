"""The norm list of the bevindingen screen: one row per norm with the oordeel that counts.

The oordeel keys live on this widget, so they are active (and shown in the footer) only while the
list has focus; in the text editor the same keys type text.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable
from interviewer import keymap

OORDEEL_SHORT = {"+": "+", "+/-": "+/-", "-": "-", "n.v.t.": "n.v.t.", "niet beoordeeld": "·"}


def oordeel_style(oordeel: str, theme: object) -> str:
    """Rich style for an oordeel in the current theme; the text itself carries the meaning too."""
    colour = {
        "+": getattr(theme, "success", None),
        "+/-": getattr(theme, "warning", None),
        "-": getattr(theme, "error", None),
    }.get(oordeel)
    return f"bold {colour}" if colour else "dim"


class BevindingNormList(DataTable):
    """Norm | Oordeel | markers (✎ bewerkt, ✓ vastgesteld, ≠ toetsers oneens, ● niet bewaard)."""

    BINDINGS = keymap.bindings("BevindingNormList")

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)

    def on_mount(self) -> None:
        self.add_column("Norm", key="norm", width=5)
        self.add_column("Oordeel", key="oordeel", width=7)
        self.add_column("", key="marks", width=3)

    def fill(self, norm_ids: list[str]) -> None:
        self.clear()
        for norm_id in norm_ids:
            self.add_row(norm_id, Text("·"), "", key=norm_id)

    def show(self, norm_id: str, oordeel: str, marks: str) -> None:
        style = oordeel_style(oordeel, self.app.current_theme)
        self.update_cell(norm_id, "oordeel", Text(OORDEEL_SHORT.get(oordeel, oordeel), style=style))
        self.update_cell(norm_id, "marks", marks)
