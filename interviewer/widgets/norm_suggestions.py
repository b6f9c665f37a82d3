"""The live norm suggestions for the text being typed: top 3 with scores, plus the norms chosen.

The widget only shows state; the screen computes rankings in a worker and calls `show_ranking`.
F5/F6/F7 toggle suggestion 1/2/3; a norm picked by search is added with `add`. What the toetser
chose is `chosen` (confirmed tags). Each chip may say why its norm is there ("vraag", "vorige
notitie", a matched word); a mirror norm (V2/OB8) not among the chips is offered on F10 (`mirror`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Static

SUGGESTION_KEYS = ("F5", "F6", "F7")
MIRROR_KEY = "F10"


class SuggestionChip(Static):
    """One suggested norm: key, id, score and the start of the norm text."""

    DEFAULT_CSS = """
    SuggestionChip { width: 1fr; height: 1; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis; }
    SuggestionChip.-chosen { background: $success 30%; text-style: bold; }
    SuggestionChip.-empty { color: $text-disabled; }
    """


class NormSuggestions(Widget):
    """Top-3 suggestion chips and a line with the norms chosen for the quote being typed."""

    DEFAULT_CSS = """
    NormSuggestions { height: auto; }
    NormSuggestions #chips { height: 1; }
    NormSuggestions #chosen { height: 1; padding: 0 1; color: $text-muted; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, describe: Callable[[str], str] = lambda norm_id: "", *, id: str | None = None) -> None:
        """`describe(norm_id)` gives a short text shown after the id (the start of the norm text)."""
        super().__init__(id=id)
        self._describe = describe
        self.ranking: list[tuple[str, float]] = []
        self.reasons: dict[str, tuple[str, ...]] = {}
        self.mirror: str | None = None  # a mirror norm of a shown one, offered on MIRROR_KEY
        self.chosen: list[str] = []
        self._shown: dict[str | None, str] = {}  # widget id -> the text it shows

    def compose(self) -> ComposeResult:
        with Horizontal(id="chips"):
            for index in range(len(SUGGESTION_KEYS)):
                yield SuggestionChip("", id=f"chip-{index + 1}", classes="-empty", markup=False)
        yield Static("", id="chosen", markup=False)

    def on_mount(self) -> None:
        self._render_state()

    def score_of(self, norm_id: str) -> float:
        return next((score for nid, score in self.ranking if nid == norm_id), 0.0)

    def show_ranking(
        self, ranking: Sequence[tuple[str, float]], reasons: dict[str, tuple[str, ...]] | None = None,
        mirror: str | None = None,
    ) -> None:
        self.ranking = list(ranking)[: len(SUGGESTION_KEYS)]
        self.reasons = dict(reasons or {})
        self.mirror = mirror if mirror not in {n for n, _ in self.ranking} else None
        self._render_state()

    def toggle_mirror(self) -> str | None:
        """Choose or unchoose the mirror norm on offer; None when there is none."""
        if self.mirror is None:
            return None
        if self.mirror in self.chosen:
            self.chosen.remove(self.mirror)
        else:
            self.chosen.append(self.mirror)
        self._render_state()
        return self.mirror

    def toggle(self, index: int) -> str | None:
        """Choose or unchoose suggestion `index` (0-based); returns the norm id, None if empty."""
        if index >= len(self.ranking):
            return None
        norm_id = self.ranking[index][0]
        if norm_id in self.chosen:
            self.chosen.remove(norm_id)
        else:
            self.chosen.append(norm_id)
        self._render_state()
        return norm_id

    def add(self, norm_id: str) -> None:
        if norm_id not in self.chosen:
            self.chosen.append(norm_id)
            self._render_state()

    def clear(self) -> None:
        """After a capture: nothing chosen, nothing suggested."""
        self.ranking = []
        self.reasons = {}
        self.mirror = None
        self.chosen = []
        self._render_state()

    def _show(self, widget: Static, text: str) -> None:
        """Update only what changed: most keystrokes leave the chips as they were, and a repaint
        of four Statics is a good part of a keystroke's budget. Chips and the chosen line are one
        row each, so a new text never needs a layout."""
        if self._shown.get(widget.id) != text:
            self._shown[widget.id] = text
            widget.update(text, layout=False)

    def _render_state(self) -> None:
        if not self.is_mounted:
            return
        for index, key in enumerate(SUGGESTION_KEYS):
            chip = self.query_one(f"#chip-{index + 1}", SuggestionChip)
            if index < len(self.ranking):
                norm_id, score = self.ranking[index]
                mark = "✓ " if norm_id in self.chosen else ""
                why = ", ".join(self.reasons.get(norm_id, ()))
                shown = f"{score:.0f} " if score >= 0.5 else ""  # a norm only the context brings has no score of its own
                self._show(chip, f"{key} {mark}{norm_id} {shown}{f'({why}) ' if why else ''}{self._describe(norm_id)}".rstrip())
                chip.set_class(norm_id in self.chosen, "-chosen")
                chip.remove_class("-empty")
            else:
                self._show(chip, f"{key} —")
                chip.remove_class("-chosen")
                chip.add_class("-empty")
        chosen = ", ".join(self.chosen)
        mirror = ""
        if self.mirror is not None:
            mirror = f" · {MIRROR_KEY} {'✓ ' if self.mirror in self.chosen else ''}spiegelnorm {self.mirror} {self._describe(self.mirror)}".rstrip()
        self._show(
            self.query_one("#chosen", Static),
            (f"Normen bij dit citaat: {chosen}" if chosen else "Normen bij dit citaat: nog geen (F5–F7 kiest, Ctrl+F zoekt)") + mirror,
        )
