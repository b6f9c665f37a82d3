"""A compact strip of all 49 norms as small coloured cells: where the audit stands, at a glance.

Each cell carries the shared level class (-open, -dun, -gedekt, -onderbouwd, -nvt from app.tcss) so
the colours match the board. The strip chooses its shape from the space it gets: one line of
numbered cells on a wide screen, three rows (one per rubriek) when there is height to spare, and one
line of one-character blocks on a small terminal (80×24).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.events import Resize
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from interviewer.domain.coverage import LEVEL_LABELS

LEVELS = ("open", "dun", "gedekt", "onderbouwd", "nvt")
WIDE_WIDTH = 180
"""From this width on, the numbered cells and the summary fit on one line."""
ROWS_HEIGHT = 30
"""From this screen height on, three rows of numbered cells are worth their space."""


class CoverageCell(Static):
    """One norm: its number (or a block in compact mode), coloured by its coverage level."""

    DEFAULT_CSS = """
    CoverageCell { width: 3; height: 1; content-align: center middle; }
    CoverageCell.-open { background: $error 15%; }
    CoverageCell.-dun { background: $warning 20%; }
    CoverageCell.-gedekt { background: $success 20%; }
    CoverageCell.-onderbouwd { background: $success 45%; }
    CoverageCell.-nvt { background: $panel; }
    """

    def __init__(self, norm_id: str, number: int, label: str = "") -> None:
        super().__init__(str(number), id=f"cell-{norm_id}", classes="-open", markup=False)
        self.norm_id = norm_id
        self.number = number
        self.name_shown = f"{norm_id} {label}" if label else norm_id  # "OB17 wetten AVG/klacht"
        self.level = "open"
        self.tooltip = f"{self.name_shown}: open"

    def set_level(self, level: str, detail: str = "") -> None:
        if level not in LEVELS:
            level = "open"
        if not self.has_class(f"-{level}"):  # unchanged cells keep their classes: no restyle
            self.remove_class(*(f"-{name}" for name in LEVELS))
            self.add_class(f"-{level}")
        self.level = level
        label = LEVEL_LABELS[level]
        # Text, not markup: the detail may quote an n.v.t. reason as typed
        self.tooltip = Text(f"{self.name_shown}: {label}" + (f" — {detail}" if detail else ""))

    def show_compact(self, compact: bool) -> None:
        self.update("█" if compact else str(self.number))


class CoverageStrip(Widget):
    """All norms of the normenkader, grouped per rubriek; `set_levels` recolours them."""

    DEFAULT_CSS = """
    CoverageStrip { height: auto; layout: horizontal; padding: 0 1; }
    CoverageStrip.-rows { layout: vertical; }
    CoverageStrip .strip-group { width: auto; height: 1; margin-right: 2; }
    CoverageStrip .strip-label { width: 3; color: $text-muted; }
    CoverageStrip #strip-summary { width: auto; height: 1; color: $text-muted; }
    CoverageStrip.-compact CoverageCell { width: 1; }
    CoverageStrip.-compact .strip-group { margin-right: 1; }
    CoverageStrip.-compact .strip-label { width: auto; margin-right: 1; }
    """

    compact: reactive[bool] = reactive(False)
    rows: reactive[bool] = reactive(False)

    def __init__(
        self, groups: Sequence[tuple[str, Sequence[tuple[str, int]]]], *, labels: Mapping[str, str] | None = None,
        id: str | None = None,
    ) -> None:
        """`groups`: (rubriek prefix, [(norm id, number), ...]) in report order; `labels`: norm id ->
        short label, named in each cell's tooltip."""
        super().__init__(id=id)
        self._groups = [(prefix, list(norms)) for prefix, norms in groups]
        self._labels = dict(labels or {})
        self.levels: dict[str, str] = {}
        self._counts: dict[str, int] = dict.fromkeys(LEVELS, 0)

    @classmethod
    def for_bank(cls, bank, *, id: str | None = None) -> CoverageStrip:  # noqa: ANN001 - QuestionBank
        from questionbank.models import RUBRIEKEN

        groups = [(prefix, [(n.id, n.number) for n in bank.norms if n.prefix == prefix]) for prefix, _ in RUBRIEKEN]
        return cls(groups, labels={n.id: n.short for n in bank.norms}, id=id)

    def compose(self) -> ComposeResult:
        for prefix, norms in self._groups:
            with Horizontal(classes="strip-group"):
                yield Static(prefix, classes="strip-label")
                for norm_id, number in norms:
                    yield CoverageCell(norm_id, number, self._labels.get(norm_id, ""))
        yield Static("", id="strip-summary")

    def on_mount(self) -> None:
        self._fit(self.app.size.width, self.app.size.height)

    def on_resize(self, event: Resize) -> None:
        self._fit(self.app.size.width, self.app.size.height)

    def _fit(self, width: int, height: int) -> None:
        """Pick the shape for this terminal size (see module docstring)."""
        wide = width >= WIDE_WIDTH
        self.rows = not wide and height >= ROWS_HEIGHT
        self.compact = not wide and not self.rows

    def watch_compact(self, compact: bool) -> None:
        self.set_class(compact, "-compact")
        for cell in self.query(CoverageCell):
            cell.show_compact(compact)
        self._show_summary()

    def watch_rows(self, rows: bool) -> None:
        self.set_class(rows, "-rows")

    def cell(self, norm_id: str) -> CoverageCell:
        return self.query_one(f"#cell-{norm_id}", CoverageCell)

    def set_levels(self, levels: Mapping[str, str], details: Mapping[str, str] | None = None) -> None:
        """Recolour every cell; norms missing from `levels` count as open."""
        details = details or {}
        self.levels = dict(levels)
        counts = dict.fromkeys(LEVELS, 0)
        for cell in self.query(CoverageCell):
            level = levels.get(cell.norm_id, "open")
            cell.set_level(level, details.get(cell.norm_id, ""))
            counts[cell.level] += 1
        self._counts = counts
        self._show_summary()

    def update_levels(self, levels: Mapping[str, str], details: Mapping[str, str] | None = None) -> None:
        """Recolour only these cells (a capture changed a few norms); the summary follows."""
        details = details or {}
        for norm_id, level in levels.items():
            cell = self.cell(norm_id)
            cell.set_level(level, details.get(norm_id, ""))
            self.levels[norm_id] = cell.level
        counts = dict.fromkeys(LEVELS, 0)
        for level in self.levels.values():
            counts[level if level in counts else "open"] += 1
        self._counts = counts
        self._show_summary()

    def _show_summary(self) -> None:
        if self.is_mounted:
            self.query_one("#strip-summary", Static).update(summary_text(self._counts, compact=self.compact))


def summary_text(counts: Mapping[str, int], *, compact: bool = False) -> str:
    """'open 12 · dun 8 · gedekt 20 · onderbouwd 7 · n.v.t. 2', shortened for a small terminal."""
    if compact:
        covered = counts.get("gedekt", 0) + counts.get("onderbouwd", 0)
        counted = sum(counts.values()) - counts.get("nvt", 0)
        return f"{covered}/{counted} gedekt"
    return " · ".join(f"{LEVEL_LABELS[level]} {counts.get(level, 0)}" for level in LEVELS if counts.get(level, 0))
