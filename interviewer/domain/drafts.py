"""Autosave slots of the bevindingen editor: one home for their names (the service writes them,
the bevindingen presenter marks norms that have one waiting)."""

from __future__ import annotations

FIELDS = ("text", "sterke_punten", "verbeterpunten")
"""The editor's text fields of a bevinding (the oordeel is set apart)."""


def draft_slot(norm_id: str, field: str = "text") -> str:
    """Autosave slot of an editor field: "bevinding:<norm>" for the text, with a suffix for the lists."""
    return f"bevinding:{norm_id}" if field == "text" else f"bevinding:{norm_id}:{field}"
