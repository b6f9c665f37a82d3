"""Coverage board (F3): all 49 norms by rubriek with their dekking; the teamleider's screen before
the closing meeting.

Each norm shows its level by symbol, word and colour (light theme, colour-blind readers), the counts
of interviews, documents and observaties, the functies heard, the "one functie only" flag and the
n.v.t. reason. `g` narrows the list to the gaps; for a gap the last column says which functies could
still fill it (interviewer.domain.planner). Enter opens the norm's detail. The coverage is recomputed
in a worker whenever the audit changes.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.events import Resize
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import DataTable, Header, Static
from textual.worker import get_current_worker

from interviewer.screens.base import AppScreen
from interviewer.domain.coverage import LEVEL_LABELS, NormCoverage
from interviewer.domain.labels import functie_label
from interviewer.messages import AuditChanged
from interviewer.presenters.board import BoardData, build_board
from interviewer.presenters.coverage import LEVEL_ORDER, LEVEL_SYMBOLS, counts_text, flags_text, functie_labels
from interviewer.widgets.app_footer import AppFooter
from interviewer.widgets.board_table import BoardTable
from interviewer.widgets.markup import escape
from questionbank.models import RUBRIEKEN, SHORT_LABEL_MAX, QuestionBank

from .workers import ReportsWorkerErrors

LEVEL_COLOURS = {"open": "error", "dun": "warning", "gedekt": "success", "onderbouwd": "success", "nvt": "foreground"}
RUBRIEK_ROW = "rubriek:"
NARROW_WIDTH = 110
"""Below this width the board uses short column headings (G/D/O), a narrower functies column, and
the level as its symbol in front of the norm (the word is in the summary's legend and below)."""
WIDE_WIDTH = 150
"""From this width the functies column is wide enough for three or four functies."""


def _functies_width(screen_width: int) -> int:
    """Width of the "Functies gehoord" column for a screen this wide."""
    if screen_width < NARROW_WIDTH:
        return 16
    return 56 if screen_width >= WIDE_WIDTH else 30


class BoardComputed(Message):
    def __init__(self, board: BoardData) -> None:
        super().__init__()
        self.board = board


class BoardScreen(ReportsWorkerErrors, AppScreen):
    """All norms by rubriek; g filters the gaps, Enter opens a norm."""

    CSS_PATH = "board.tcss"
    BINDINGS = [
        Binding("g", "toggle_gaps", "Alleen gaten"),
        Binding("r", "app.review('audit')", "Te bevestigen", tooltip="Aantekeningen zonder bevestigde norm (hele audit)"),
    ]
    WORKER_TASKS = {"board-coverage": "De dekking berekenen"}

    gaps_only: reactive[bool] = reactive(False)

    def __init__(self) -> None:
        super().__init__()
        self.title = "Dekking"
        self.board: BoardData | None = None
        self._narrow = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Dekking wordt berekend…", id="board-summary")
        yield BoardTable(id="board-table", cursor_type="row")
        yield Static("", id="board-info")
        yield AppFooter()

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._fill())  # level colours follow the theme
        self._columns(self.app.size.width)
        self.query_one("#board-table", DataTable).focus()
        self.recompute()

    def on_resize(self, event: Resize) -> None:
        if _functies_width(event.size.width) != self._functies_width:
            self._columns(event.size.width)
            self._fill()

    def _columns(self, width: int) -> None:
        """Full column names on a wide screen; on 80 columns short ones, so the advice column fits;
        on a large screen the functies heard get room to be read whole."""
        narrow = self._narrow = width < NARROW_WIDTH
        self._functies_width = _functies_width(width)
        self.set_class(narrow, "-narrow")
        table = self.query_one("#board-table", DataTable)
        table.clear(columns=True)
        # the norm by id and short label ("OB17 wetten AVG/klacht"); on 80 columns its level symbol first
        norm = {"norm": ("Norm", len("◑ OB17 ") + SHORT_LABEL_MAX)} if narrow else {
            "norm": ("Norm", len("OB17 ") + SHORT_LABEL_MAX),
            "level": ("Dekking", 12),
        }
        fixed = {
            **norm,
            "interviews": ("G" if narrow else "Gespr", 1 if narrow else 5),
            "documents": ("D" if narrow else "Doc", 1 if narrow else 3),
            "observaties": ("O" if narrow else "Obs", 1 if narrow else 3),
            "functies": ("Functies gehoord", self._functies_width),
        }
        for key, (label, column_width) in fixed.items():
            table.add_column(label, key=key, width=column_width)
        # The advice column gets the rest of the line (cell padding 2 per column, 2 for the scrollbar),
        # a fixed width so the table never depends on when its rows arrived.
        rest = width - sum(w for _, w in fixed.values()) - 2 * (len(fixed) + 1) - 2
        table.add_column("Let op / aanvullen met", key="note", width=max(len("Let op / aanvullen met"), rest))

    # --- data --------------------------------------------------------------------------------
    def recompute(self) -> None:
        if self.app.store is not None:
            self._compute(self.app.store, self.app.bank)

    @work(thread=True, exclusive=True, group="board-coverage", exit_on_error=False)
    def _compute(self, store, bank: QuestionBank) -> None:  # noqa: ANN001 - AuditStore
        board = build_board(store.load_all(), bank)
        if not get_current_worker().is_cancelled:  # else a newer computation is on its way
            self.post_message(BoardComputed(board))

    @on(AuditChanged)
    def _audit_changed(self) -> None:
        self.recompute()

    @on(BoardComputed)
    def _computed(self, message: BoardComputed) -> None:
        self.board = message.board
        self._fill()

    def watch_gaps_only(self) -> None:
        self.set_class(self.gaps_only, "-gaps")
        if self.board is not None:
            self._fill()

    # --- rendering ---------------------------------------------------------------------------
    def _level_text(self, level: str, *, symbol_only: bool = False) -> Text:
        theme = self.app.current_theme
        colour = getattr(theme, LEVEL_COLOURS[level], None) or ""
        style = f"{'bold ' if level == 'onderbouwd' else ''}{colour}".strip()
        if level == "nvt":
            style = "dim"
        return Text(LEVEL_SYMBOLS[level] if symbol_only else f"{LEVEL_SYMBOLS[level]} {LEVEL_LABELS[level]}", style=style)

    def _totals_line(self, counts: dict[str, int], *, symbols: bool = False) -> str:
        """'3 open · 2 dun · 1 n.v.t.' ('○ 3 open · ◔ 2 dun', the symbols' legend, with `symbols`):
        levels with no norms are left out."""
        return " · ".join(
            f"{LEVEL_SYMBOLS[level] + ' ' if symbols else ''}{counts[level]} {LEVEL_LABELS[level]}"
            for level in LEVEL_ORDER if counts.get(level)
        ) or "geen normen"

    def _fill(self) -> None:
        board = self.board
        if board is None or not self.is_mounted:
            return
        bank = self.app.bank
        table = self.query_one("#board-table", DataTable)
        keep = self.current_norm
        table.clear()
        totals = {t.rubriek: t for t in board.report.totals}
        shown = 0
        for _prefix, rubriek in RUBRIEKEN:
            norms = [n for n in board.report.norms if n.rubriek == rubriek]
            if self.gaps_only:
                norms = [n for n in norms if n.is_gap]
            t = totals[rubriek]
            table.add_row(
                Text(_prefix, style="bold"),
                *([] if self._narrow else [""]),
                "",
                "",
                "",
                Text(rubriek, style="bold"),
                Text(self._totals_line(t.counts), style="bold"),
                key=f"{RUBRIEK_ROW}{rubriek}",
            )
            for nc in norms:
                shown += 1
                name = f"{nc.norm_id} {bank.norm(nc.norm_id).short}"
                table.add_row(
                    *(
                        [Text.assemble(self._level_text(nc.level, symbol_only=True), " ", name)]
                        if self._narrow else [Text(name), self._level_text(nc.level)]
                    ),
                    str(nc.interviews) if nc.level != "nvt" else "",
                    str(nc.documents) if nc.level != "nvt" else "",
                    str(nc.observaties) if nc.level != "nvt" else "",
                    Text(", ".join(functie_labels(nc.functies, bank))),  # free-text functies: never markup
                    self._note(nc, board),
                    key=nc.norm_id,
                )
        overall = board.report.overall
        scope = f"{overall.in_scope}/{overall.total} in telling"
        view = f" · [b]alleen gaten ({shown})[/b]" if self.gaps_only else ""
        self.query_one("#board-summary", Static).update(
            f"[b]Dekking[/b] {escape(self._totals_line(overall.counts, symbols=True))} · {scope}{view}"
        )
        if keep is not None and keep in {n.norm_id for n in board.report.norms}:
            try:
                table.move_cursor(row=table.get_row_index(keep))
            except Exception:  # noqa: BLE001 - the norm is filtered out now
                self._cursor_to_first_norm()
        else:
            self._cursor_to_first_norm()
        self._show_info()

    def _cursor_to_first_norm(self) -> None:
        table = self.query_one("#board-table", DataTable)
        for index, row in enumerate(table.ordered_rows):
            if not str(row.key.value).startswith(RUBRIEK_ROW):
                table.move_cursor(row=index)
                return

    def _note(self, nc: NormCoverage, board: BoardData) -> Text:
        """What to do first (who could still fill the gap), then the one-functie flag, short."""
        if nc.level == "nvt":
            return Text(f"n.v.t.: {nc.nvt_reason}", style="dim italic")
        parts = []
        if nc.is_gap and board.fillers.get(nc.norm_id):
            parts.append("→ " + ", ".join(board.fillers[nc.norm_id]))
        if nc.one_functie:
            parts.append(f"⚠ alleen {functie_label(self.app.bank, nc.functies[0])}")
        aspects = board.aspects.get(nc.norm_id)
        if aspects is not None and aspects.missing and nc.level != "open":
            parts.append(f"aspecten {len(aspects.heard)}/{len(aspects.aspects)}")
        return Text(" · ".join(parts))

    @property
    def current_norm(self) -> str | None:
        table = self.query_one("#board-table", DataTable)
        if not table.row_count:
            return None
        key = str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        return None if key.startswith(RUBRIEK_ROW) else key

    @on(DataTable.RowHighlighted, "#board-table")
    def _highlighted(self) -> None:
        self._show_info()

    def _show_info(self) -> None:
        info = self.query_one("#board-info", Static)
        norm_id = self.current_norm
        if norm_id is None or self.board is None:
            info.update("")
            return
        bank = self.app.bank
        norm = bank.norm(norm_id)
        nc = self.board.report.norm(norm_id)
        lines = [f"[b]{norm.id} {escape(norm.short)}[/b] · {escape(norm.text)}"]
        if nc.level == "nvt":
            lines.append(f"Niet van toepassing: {escape(nc.nvt_reason)}")
        else:
            lines.append(" · ".join(escape(p) for p in (f"{LEVEL_LABELS[nc.level]}: {counts_text(nc)}", *flags_text(nc, bank))))
            aspects = self.board.aspects.get(norm_id)
            if aspects is not None and aspects.aspects:
                lines.append(escape(aspects.summary()))
            fill = self.board.fillers.get(norm_id)
            if nc.is_gap and fill:
                lines.append(f"Kan nog aangevuld worden door: {escape(', '.join(fill))}")
        info.update("\n".join(lines))

    # --- actions -----------------------------------------------------------------------------
    def action_toggle_gaps(self) -> None:
        self.gaps_only = not self.gaps_only

    def action_open_norm(self) -> None:
        norm_id = self.current_norm
        if norm_id is not None:
            self.app.show_norm_detail(norm_id)

    @on(DataTable.RowSelected, "#board-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_norm()
