"""Escaping what toetsers typed before it goes into Textual markup.

`rich.markup.escape` only escapes brackets that look like a whole tag, but Textual's markup parser
also reads an unfinished "[/" as a closing tag: a quote, functie or reason ending in "[/" (or a
filter being typed, one key at a time) raised MarkupError and stopped the app. Textual treats every
"[" after a backslash as text, so escaping every "[" is always safe.
"""

from __future__ import annotations

ZERO_WIDTH_SPACE = "\u200b"


def escape(text: str) -> str:
    """`text` as literal content inside Textual markup (the one helper every screen uses)."""
    escaped = text.replace("[", "\\[")
    # A trailing backslash would escape the "[" of the tag that follows it in the markup.
    return escaped + ZERO_WIDTH_SPACE if escaped.endswith("\\") else escaped
