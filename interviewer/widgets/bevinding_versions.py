"""Consensus after a merge: each toetser's version and oordeel side by side, disagreements first.

The table lists the norms that have versions of two or more toetsers (from domain.agreement); the
cards below show the highlighted norm's versions. A number key settles that version as final; the
screen writes it to the store (this widget never touches the store).
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Static
from interviewer import keymap

from interviewer.domain.agreement import AgreementReport, NormAgreement, describe, describe_rubrieken, stand
from interviewer.widgets.markup import escape
from sessions.models import OORDEEL_LABELS, Bevinding

from .bevinding_list import oordeel_style

MAX_VERSIONS = 9  # number keys 1-9


class AgreementTable(DataTable):
    """Norms with several versions; 1-9 settles the version with that number."""

    BINDINGS = keymap.bindings("AgreementTable")

    class Settle(Message):
        def __init__(self, norm_id: str, bevinding: Bevinding) -> None:
            super().__init__()
            self.norm_id = norm_id
            self.bevinding = bevinding

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.rows_by_norm: dict[str, NormAgreement] = {}

    @property
    def current(self) -> NormAgreement | None:
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return self.rows_by_norm.get(key)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "settle":
            current = self.current
            return current is not None and int(parameters[0]) <= len(current.versions)
        return True

    def action_settle(self, number: int) -> None:
        current = self.current
        if current is not None and 1 <= number <= len(current.versions):
            self.post_message(self.Settle(current.norm_id, current.versions[number - 1]))


class VersionCompare(Vertical):
    """Agreement line, the norms table and the version cards of the highlighted norm."""

    DEFAULT_CSS = """
    VersionCompare { height: 1fr; }
    VersionCompare #agree-line { height: auto; padding: 0 1; text-style: bold; }
    VersionCompare #agree-table { height: 2fr; min-height: 5; }
    VersionCompare #agree-cards { height: 3fr; }
    VersionCompare .version-card {
        width: 1fr; height: 1fr; border: round $primary-darken-2; padding: 0 1;
    }
    VersionCompare .version-card.-final { border: round $success; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.report: AgreementReport | None = None
        self.names: dict[str, str] = {}
        self.settled: dict[str, Bevinding] = {}

    def compose(self) -> ComposeResult:
        yield Static("", id="agree-line")
        yield AgreementTable(id="agree-table")
        yield Horizontal(id="agree-cards")

    def show(
        self, report: AgreementReport, names: dict[str, str], settled: dict[str, Bevinding], *, to_top: bool = False
    ) -> None:
        """Fill the table from a fresh agreement report, keeping the cursor on the same norm.

        Open disagreements come first, then agreed norms, then the norms already settled; `to_top`
        puts the cursor on the first row (the next open disagreement, after settling one)."""
        self.report, self.names, self.settled = report, names, settled
        per_rubriek = describe_rubrieken(report) if report.norms else ""
        self.query_one("#agree-line", Static).update(escape(describe(report)) + (f"\n{escape(per_rubriek)}" if per_rubriek else ""))
        table = self.query_one(AgreementTable)
        keep = table.current.norm_id if table.current else None
        table.clear(columns=True)
        table.add_column("Norm", key="norm")
        for rater in report.raters:
            table.add_column(Text(self._toetser_name(rater)), key=f"r:{rater}")
        table.add_column("Vastgesteld", key="final", width=11)
        table.add_column("Stand", key="stand", width=18)
        table.rows_by_norm = {row.norm_id: row for row in report.norms}
        theme = self.app.current_theme
        rows = sorted(report.norms, key=lambda r: r.norm_id in settled)  # stable: keeps disagreements first
        for row in rows:
            cells: list[object] = [row.norm_id]
            for rater in report.raters:
                version = next((v for v in row.versions if v.author == rater), None)
                oordeel = version.oordeel if version else ""
                cells.append(Text(oordeel or "–", style=oordeel_style(oordeel, theme)))
            final = settled.get(row.norm_id)
            cells.append(Text(final.oordeel, style=oordeel_style(final.oordeel, theme)) if final else Text("–"))
            cells.append("vastgesteld" if final else stand(row))
            table.add_row(*cells, key=row.norm_id)
        if keep in table.rows_by_norm and not to_top:
            table.move_cursor(row=table.get_row_index(keep))
        self._show_cards()

    def _toetser_name(self, author: str) -> str:
        return self.names.get(author) or author or "onbekend"

    @on(DataTable.RowHighlighted, "#agree-table")
    def _highlighted(self) -> None:
        self._show_cards()

    def _show_cards(self) -> None:
        cards = self.query_one("#agree-cards", Horizontal)
        cards.remove_children()
        current = self.query_one(AgreementTable).current
        if current is None:
            cards.mount(Static("Geen normen met versies van meer dan één toetser.", classes="muted"))
            return
        final = self.settled.get(current.norm_id)
        cards_to_show: list[tuple[str, Bevinding]] = [
            (f"{number} · {self._toetser_name(v.author)}: {v.oordeel}", v)
            for number, v in enumerate(current.versions[:MAX_VERSIONS], start=1)
        ]
        if final is not None:
            cards_to_show.append((f"Vastgesteld: {final.oordeel}", final))
        for title, version in cards_to_show:
            card = VerticalScroll(classes="version-card")
            card.border_title = escape(title)
            if version is final:
                card.add_class("-final")
            cards.mount(card)
            parts = [
                f"[b]Oordeel:[/b] {escape(version.oordeel)} — {escape(OORDEEL_LABELS.get(version.oordeel, ''))}",
                escape(version.text.strip()) or "[i]geen tekst[/i]",
            ]
            if version.sterke_punten.strip():
                parts.append(f"[b]Sterke punten[/b]\n{escape(version.sterke_punten.strip())}")
            if version.verbeterpunten.strip():
                parts.append(f"[b]Verbeterpunten[/b]\n{escape(version.verbeterpunten.strip())}")
            card.mount(Static("\n\n".join(parts), classes="version-text"))
