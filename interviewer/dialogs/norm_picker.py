"""Type-to-search any norm by id ("ob4", "4") or by words ("vog vrijwilligers").

`NormIndex` ranks norms for a query (ids first, then a fuzzy match over norm text and keywords);
`NormPickerDialog` is the modal the interview screen and the timeline open with Ctrl+F / t.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from interviewer.domain.text import fold
from questionbank.models import SHORT_LABEL_MAX

_ID_QUERY = re.compile(r"(ob|v|d)?\s*(\d{1,2})?")
MIN_WORD_SCORE = 45.0


class NormIndex:
    """Search texts of the norms of one question bank, built once (49 norms: instant)."""

    def __init__(self, norms: Sequence) -> None:  # Sequence[questionbank.models.Norm]
        self.norms = list(norms)
        self.ids = [n.id for n in self.norms]
        self._texts = [fold(" ".join((n.short, n.long, n.text, *n.keywords))) for n in self.norms]
        self.by_id = {n.id: n for n in self.norms}

    def search(self, query: str, limit: int = 12) -> list[str]:
        """Norm ids best first: an id query lists matching ids in order, words rank by fuzzy match."""
        q = fold(query).strip()
        if not q:
            return self.ids[:limit]
        ids = self._id_hits(q)
        if ids:
            return ids[:limit]
        scored = process.extract(q, self._texts, scorer=fuzz.token_set_ratio, limit=None)
        partial = {index: score for _, score, index in process.extract(q, self._texts, scorer=fuzz.partial_ratio, limit=None)}
        ranked = sorted(((0.5 * score + 0.5 * partial[index], index) for _, score, index in scored), reverse=True)
        return [self.ids[index] for score, index in ranked if score >= MIN_WORD_SCORE][:limit]

    def _id_hits(self, q: str) -> list[str]:
        """'ob4' -> OB4; 'ob1' -> OB1, OB10..OB19; '4' -> V4, D4, OB4; 'd' -> D1..D11."""
        match = _ID_QUERY.fullmatch(q)
        if not match or not (match.group(1) or match.group(2)):
            return []
        prefix, number = (match.group(1) or "").upper(), match.group(2) or ""
        hits = []
        for nid in self.ids:
            own_prefix = nid.rstrip("0123456789")
            own_number = nid[len(own_prefix) :]
            if prefix and own_prefix != prefix:
                continue
            if number and not (own_number.startswith(number) if prefix else own_number == number):
                continue
            hits.append(nid)
        return sorted(hits, key=lambda nid: nid != f"{prefix}{number}")

    def label(self, norm_id: str, width: int = 90) -> str:
        """'OB17  wetten AVG/klacht   De organisatie voldoet ook…': id and short label first (they
        tell the norms apart), then as much of the norm text as `width` leaves."""
        norm = self.by_id[norm_id]
        head = f"{norm_id:<5} {norm.short:<{SHORT_LABEL_MAX}}  "
        room = max(0, width - len(head))
        text = norm.text if len(norm.text) <= room else norm.text[: max(0, room - 1)].rstrip() + "…"
        return (head + text).rstrip()


@dataclass(frozen=True)
class NormChoice:
    """The norm the toetser picked."""

    norm_id: str


class NormPickerDialog(ModalScreen[NormChoice | None]):
    """Type an id or words, arrows to choose, Enter to take the norm. Escape: nothing."""

    CSS_PATH = "norm_picker.tcss"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Annuleren"),
        Binding("down", "move(1)", "Volgende", show=False),
        Binding("up", "move(-1)", "Vorige", show=False),
    ]

    def __init__(self, index: NormIndex, title: str = "Norm kiezen", exclude: Sequence[str] = ()) -> None:
        super().__init__()
        self._index = index
        self._title = title
        self._exclude = set(exclude)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"[b]{self._title}[/b] — typ een id (OB4) of woorden (vog vrijwilligers), Enter kiest")
            yield Input(placeholder="Zoek een norm", id="norm-query")
            yield OptionList(id="norm-results")

    def on_mount(self) -> None:
        self._refresh("")
        self.query_one("#norm-query", Input).focus()

    @on(Input.Changed, "#norm-query")
    def _query_changed(self, event: Input.Changed) -> None:
        self._refresh(event.value)

    def _refresh(self, query: str) -> None:
        results = self.query_one("#norm-results", OptionList)
        results.clear_options()
        ids = [nid for nid in self._index.search(query, limit=49) if nid not in self._exclude]
        width = min(110, self.app.size.width * 9 // 10) - 6  # the dialog's width less border, padding, scrollbar
        results.add_options([Option(Text(self._index.label(nid, width)), id=nid) for nid in ids])
        if ids:
            results.highlighted = 0

    def action_move(self, step: int) -> None:
        self.query_one("#norm-results", OptionList).action_cursor_down() if step > 0 else self.query_one(
            "#norm-results", OptionList
        ).action_cursor_up()

    @on(Input.Submitted, "#norm-query")
    def _take_highlighted(self) -> None:
        results = self.query_one("#norm-results", OptionList)
        if results.highlighted is not None:
            self.dismiss(NormChoice(str(results.get_option_at_index(results.highlighted).id)))

    @on(OptionList.OptionSelected, "#norm-results")
    def _take_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(NormChoice(str(event.option.id)))
