"""The live norm suggestions for the text being typed: top 3 with their strength, plus the norms chosen.

The widget only shows state; the screen computes rankings in a worker and calls `show_ranking`.
F5/F6/F7 toggle suggestion 1/2/3; a norm picked by search is added with `add`. What the toetser
chose is `chosen` (confirmed tags). A chip names its norm by id and label (short at 80 columns,
long where there is room), shows the strength as a bar and a word, and may say why its norm is
there ("vraag", a matched word); suggestions under the floor are not shown
(interviewer.presenters.suggestions). A mirror norm (V2/OB8) not among the chips is offered on
F10 (`mirror`). On a narrow screen each chip takes two lines: id and strength, the label below.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.events import Resize
from textual.widget import Widget
from textual.widgets import Static

from interviewer.presenters.suggestions import ONE_LINE_MIN, ChipView, Labels, bank_labels, chip_views, norm_name, shown_ranking

SUGGESTION_KEYS = ("F5", "F6", "F7")
MIRROR_KEY = "F10"
CHIP_PADDING = 2


class SuggestionChip(Static):
    """One suggested norm: key, id, label and strength (one line, or two on a narrow screen)."""

    DEFAULT_CSS = """
    SuggestionChip { width: 1fr; height: 1; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis; }
    SuggestionChip.-chosen { background: $success 30%; text-style: bold; }
    SuggestionChip.-empty { color: $text-disabled; }
    """


class NormSuggestions(Widget):
    """Top-3 suggestion chips and a line with the norms chosen for the quote being typed."""

    DEFAULT_CSS = """
    NormSuggestions { height: auto; }
    NormSuggestions.-two-lines SuggestionChip { height: 2; }
    NormSuggestions #chips { height: auto; }
    NormSuggestions #chosen { height: 1; padding: 0 1; color: $text-muted; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, labels: Labels | None = None, *, id: str | None = None) -> None:
        """`labels(norm_id)` gives (short, long) labels; by default those of the app's question bank."""
        super().__init__(id=id)
        self._labels = labels
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
        if self._labels is None:
            self._labels = bank_labels(self.app.bank)
        self._render_state()

    def on_resize(self, event: Resize) -> None:
        self._render_state()

    @property
    def chips(self) -> list[ChipView]:
        """What the chips show now (for the screen's status line and for tests)."""
        return chip_views(SUGGESTION_KEYS, self.ranking, self.reasons, self.chosen, self._label_of, self.app.bank.rules.chips)

    def _label_of(self, norm_id: str) -> tuple[str, str]:
        return self._labels(norm_id) if self._labels is not None else ("", "")

    def score_of(self, norm_id: str) -> float:
        return next((score for nid, score in self.ranking if nid == norm_id), 0.0)

    def show_ranking(
        self, ranking: Sequence[tuple[str, float]], reasons: dict[str, tuple[str, ...]] | None = None,
        mirror: str | None = None,
    ) -> None:
        """Show the best suggestions that clear the floor; `ranking` best first, as the tagger gives it."""
        self.reasons = dict(reasons or {})
        self.ranking = shown_ranking(list(ranking), self.reasons, self.app.bank.rules.chips)[: len(SUGGESTION_KEYS)]
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
        of four Statics is a good part of a keystroke's budget. The chips' height is set by a class
        (one row or two) and the chosen line is one row, so a new text never needs a layout."""
        if self._shown.get(widget.id) != text:
            self._shown[widget.id] = text
            widget.update(text, layout=False)

    def _render_state(self) -> None:
        if not self.is_mounted:
            return
        width = max(0, self.size.width // len(SUGGESTION_KEYS) - CHIP_PADDING)
        two_lines = 0 < width < ONE_LINE_MIN
        self.set_class(two_lines, "-two-lines")
        restyle = []
        for index, view in enumerate(self.chips):
            chip = self.query_one(f"#chip-{index + 1}", SuggestionChip)
            self._show(chip, "\n".join(view.two_lines(width)) if two_lines else view.line(width or ONE_LINE_MIN))
            if chip.has_class("-chosen") != view.chosen or chip.has_class("-empty") != view.empty:
                chip.update_classes({"-chosen": view.chosen, "-empty": view.empty}, update=False)
                restyle.append(chip)
        if restyle:  # restyled together, not once per class and chip: chips in the same state share the work
            self.app.stylesheet.update_nodes(restyle, animate=False)
        chosen = ", ".join(norm_name(n, self._label_of) for n in self.chosen)
        mirror = ""
        if self.mirror is not None:
            mirror = f" · {MIRROR_KEY} {'✓ ' if self.mirror in self.chosen else ''}spiegelnorm {norm_name(self.mirror, self._label_of)}"
        self._show(
            self.query_one("#chosen", Static),
            (f"Normen bij dit citaat: {chosen}" if chosen else "Normen bij dit citaat: nog geen (F5–F7 kiest, Ctrl+F zoekt)") + mirror,
        )
