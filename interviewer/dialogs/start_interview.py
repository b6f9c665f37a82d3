"""Type-to-search in the functie catalogue, and the dialog that starts an interview.

The toetser types what the person calls themselves ("teamcoach jongerenwerk"). The list offers that
free text mapped to the best category, then the catalogue's own titles and categories. The report
lists functies, never names, so only the functie is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option
from interviewer import keymap

from interviewer.domain.text import fold

FREE_TEXT_ID = "free"


@dataclass(frozen=True)
class FunctieMatch:
    category_id: str
    category_label: str
    title: str  # the catalogue title that matched ("" when the category label itself matched)
    score: float


@dataclass(frozen=True)
class InterviewChoice:
    """What the start-interview dialog returns."""

    functie: str  # as typed or as chosen from the catalogue
    category_id: str
    persons: int
    werksoort: str


def rank_functies(functies: Sequence, text: str, limit: int = 8) -> list[FunctieMatch]:  # Sequence[FunctieCategory]
    """Catalogue entries (category label or title) best first for `text`; all categories when empty."""
    query = fold(text).strip()
    if not query:
        return [FunctieMatch(f.id, f.label, "", 0.0) for f in functies][:limit]
    best: dict[tuple[str, str], float] = {}
    for category in functies:
        for title in ("", *category.titles):
            candidate = fold(title or category.label)
            score = max(fuzz.WRatio(query, candidate), fuzz.token_set_ratio(query, candidate))
            if candidate.startswith(query) or query in candidate.split():
                score = max(score, 95.0)
            if candidate == query:
                score = 100.0
            best[(category.id, title)] = score
    labels = {f.id: f.label for f in functies}
    ranked = sorted(best.items(), key=lambda item: (-item[1], item[0][1] != ""))
    return [FunctieMatch(cid, labels[cid], title, score) for (cid, title), score in ranked[:limit]]


def _option_label(match: FunctieMatch) -> str:
    return f"{match.category_label} — {match.title}" if match.title else match.category_label


class StartInterviewDialog(ModalScreen[InterviewChoice | None]):
    """Functie (type-to-search), number of persons and werksoort; Enter moves on, Enter at the end starts."""

    CSS_PATH = "start_interview.tcss"
    BINDINGS = keymap.bindings("StartInterviewDialog")

    def __init__(self, functies: Sequence, werksoorten: Sequence[str]) -> None:
        super().__init__()
        self._functies = list(functies)
        self._werksoorten = list(werksoorten)
        self._matches: list[FunctieMatch] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("[b]Nieuw gesprek[/b] — functie, geen namen · Enter: verder · Ctrl+S: starten · Esc")
            yield Label("Functie zoals de persoon die noemt; ↑↓ kiest uit de lijst", classes="field")
            yield Input(placeholder="bijv. teamcoach jongerenwerk", id="functie-query")
            yield OptionList(id="functie-results")
            yield Label("", id="functie-error")
            with Horizontal(id="extra"):
                with Vertical(id="persons-box"):
                    yield Label("Aantal personen", classes="field")
                    yield Input("1", type="integer", id="persons")
                with Vertical():
                    yield Label("Werksoort (mag leeg; → vult aan)", classes="field")
                    yield Input(
                        placeholder="bijv. jongerenwerk",
                        id="werksoort",
                        suggester=SuggestFromList(self._werksoorten, case_sensitive=False),
                    )

    def on_mount(self) -> None:
        self._refresh("")
        self.query_one("#functie-query", Input).focus()

    @on(Input.Changed, "#functie-query")
    def _query_changed(self, event: Input.Changed) -> None:
        self._refresh(event.value)
        self._name_hint(event.value)

    def _name_hint(self, text: str) -> None:
        """A name typed into the functie field ("Coördinator vrijwilligers Sanne"): say so, offer Ctrl+Y."""
        from interviewer.domain.names import lexicon_ready, name_hint

        found = name_hint(text) if text.strip() and lexicon_ready() else []
        error = self.query_one("#functie-error", Label)
        if found:
            error.update(Text(f"Dit lijkt een naam: {', '.join(found)}. Het rapport noemt alleen de functie; Ctrl+Y haalt de naam weg."))
        elif getattr(self, "_name_warned", False):
            error.update("")
        self._name_warned = bool(found)

    def action_remove_names(self) -> None:
        from interviewer.domain.names import lexicon_ready, replace_names

        field = self.query_one("#functie-query", Input)
        if lexicon_ready() and field.value.strip():
            field.value = " ".join(replace_names(field.value, "\x00", third_parties=False).replace("\x00", " ").split())

    def _refresh(self, text: str) -> None:
        results = self.query_one("#functie-results", OptionList)
        results.clear_options()
        self._matches = rank_functies(self._functies, text)
        options: list[Option] = []
        typed = text.strip()
        exact = any(fold(m.title or m.category_label) == fold(typed) for m in self._matches)
        if typed and self._matches and not exact:
            best = self._matches[0]
            options.append(Option(Text(f"«{typed}» als {best.category_label}"), id=FREE_TEXT_ID))  # as typed: no markup
        options += [Option(Text(_option_label(m)), id=f"{index}") for index, m in enumerate(self._matches)]
        results.add_options(options)
        results.highlighted = 0 if options else None

    def key_down(self) -> None:
        if self.focused is self.query_one("#functie-query"):
            self.query_one("#functie-results", OptionList).action_cursor_down()

    def key_up(self) -> None:
        if self.focused is self.query_one("#functie-query"):
            self.query_one("#functie-results", OptionList).action_cursor_up()

    def _chosen(self) -> tuple[str, str] | None:
        """(functie text, category id) from the highlighted option."""
        results = self.query_one("#functie-results", OptionList)
        typed = self.query_one("#functie-query", Input).value.strip()
        if results.highlighted is None or not self._matches:
            return None
        option_id = results.get_option_at_index(results.highlighted).id
        if option_id == FREE_TEXT_ID:
            return typed, self._matches[0].category_id
        match = self._matches[int(option_id)]
        return (match.title or match.category_label), match.category_id

    @on(Input.Submitted, "#functie-query")
    def _functie_done(self) -> None:
        if self._chosen() is None:
            self.query_one("#functie-error", Label).update("Typ eerst een functie.")
            return
        self.query_one("#persons", Input).focus()

    @on(OptionList.OptionSelected, "#functie-results")
    def _option_selected(self) -> None:
        self.query_one("#persons", Input).focus()

    @on(Input.Submitted, "#persons")
    def _persons_done(self) -> None:
        self.query_one("#werksoort", Input).focus()

    @on(Input.Submitted, "#werksoort")
    def _werksoort_done(self) -> None:
        self.action_start()

    def action_start(self) -> None:
        chosen = self._chosen()
        if chosen is None or not chosen[0]:
            self.query_one("#functie-error", Label).update("Typ eerst een functie.")
            self.query_one("#functie-query", Input).focus()
            return
        try:
            persons = max(1, int(self.query_one("#persons", Input).value or "1"))
        except ValueError:
            persons = 1
        functie, category_id = chosen
        self.dismiss(InterviewChoice(functie, category_id, persons, self.query_one("#werksoort", Input).value.strip()))
