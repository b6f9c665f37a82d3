"""The coverage board's table: a DataTable whose Enter opens the highlighted norm.

Textual's DataTable binds Enter to "select" without a footer label; here Enter is the board's main
action, so it gets its Dutch label in the footer and in the help.
"""

from __future__ import annotations

from textual.widgets import DataTable
from interviewer import keymap


class BoardTable(DataTable):
    BINDINGS = keymap.bindings("BoardTable")
