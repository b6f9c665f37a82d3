"""Te bevestigen: the notes without a confirmed norm, to walk through before the closing meeting.

Pushed over the gesprek screen or the board (palette "Te bevestigen…", `r` on the board and in the
timeline); Esc goes back. The list is this interview's notes or the whole audit's (`a` switches).
↑/↓ walk it; F5–F7 confirm the highlighted note's 1st–3rd suggestion and Ctrl+F picks another norm
— the note then leaves the list and the next one is highlighted, so a row of keys empties it.
Enter opens the note's interview. What it shows is built by interviewer.presenters.review.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from interviewer.messages import AuditChanged
from interviewer.screens.base import AppScreen
from interviewer.presenters.review import ReviewItem, ReviewList, confirmed_status, item_heading, review_list, suggestion_line
from interviewer.presenters.suggestions import bank_labels
from interviewer.widgets.app_footer import AppFooter
from interviewer.dialogs.norm_picker import NormChoice, NormIndex, NormPickerDialog
from interviewer.widgets.timeline import local_time

from .workers import ReportsWorkerErrors

REVIEW_GROUP = Binding.Group("Bevestig norm", compact=True)


class ReviewLoaded(Message):
    def __init__(self, review: ReviewList) -> None:
        super().__init__()
        self.review = review


class ReviewScreen(ReportsWorkerErrors, AppScreen):
    """Notes without a confirmed norm, per interview (`bron_id`) or for the whole audit."""

    CSS_PATH = "review.tcss"
    BINDINGS = [
        Binding("f5", "confirm(0)", "Bevestig 1", group=REVIEW_GROUP),
        Binding("f6", "confirm(1)", "Bevestig 2", group=REVIEW_GROUP),
        Binding("f7", "confirm(2)", "Bevestig 3", group=REVIEW_GROUP),
        Binding("ctrl+f", "pick_norm", "Andere norm"),
        Binding("a", "toggle_scope", "Gesprek/audit", tooltip="Wissel tussen dit gesprek en de hele audit"),
        Binding("escape", "back", "Terug"),
    ]
    WORKER_TASKS = {"review-load": "De lijst te bevestigen bijwerken"}

    def __init__(self, bron_id: str | None = None) -> None:
        """`bron_id`: start with this interview's notes; None: the whole audit."""
        super().__init__()
        self.title = "Te bevestigen"
        self.interview_id = bron_id  # the interview the list was opened from (`a` comes back to it)
        self.bron_id = bron_id  # the scope shown now
        self.review: ReviewList | None = None
        self._keep_index = 0  # after a confirmation the next note takes the confirmed one's place
        self._labels = None
        self._norm_index: NormIndex | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Lijst wordt opgebouwd…", id="review-summary")
        yield OptionList(id="review-list")
        yield Static("", id="review-status")
        yield AppFooter()

    def on_mount(self) -> None:
        self._labels = bank_labels(self.app.bank)
        self._norm_index = NormIndex(self.app.bank.norms)
        self.query_one("#review-list", OptionList).focus()
        self.reload()

    # --- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.app.store is not None:
            self._load(self.app.store, self.bron_id)

    @work(thread=True, exclusive=True, group="review-load", exit_on_error=False)
    def _load(self, store, bron_id: str | None) -> None:  # noqa: ANN001 - AuditStore
        review = review_list(store.load_all(), self.app.bank, bron_id)
        if not get_current_worker().is_cancelled:
            self.post_message(ReviewLoaded(review))

    @on(ReviewLoaded)
    def _loaded(self, message: ReviewLoaded) -> None:
        self.review = message.review
        rules = self.app.bank.rules.chips
        options = self.query_one("#review-list", OptionList)
        options.clear_options()
        for item in self.review.items:
            prompt = Text(item_heading(item, local_time(item.created)), style="bold")
            prompt.append("\n" + item.text, style="")
            prompt.append("\n" + suggestion_line(item, self._labels, rules), style="dim")
            options.add_option(Option(prompt, id=item.note_id))
        if self.review.items:
            options.highlighted = min(self._keep_index, len(self.review.items) - 1)
        scope = "dit gesprek" if self.bron_id else "hele audit"
        switch = " · a: hele audit" if self.bron_id else (" · a: alleen dit gesprek" if self.interview_id else "")
        self.query_one("#review-summary", Static).update(
            Text.assemble(("Te bevestigen", "bold"), f" ({scope}) — {self.review.summary()}{switch}")
        )

    @on(AuditChanged)
    def _audit_changed(self) -> None:
        self.reload()

    @property
    def current(self) -> ReviewItem | None:
        options = self.query_one("#review-list", OptionList)
        if self.review is None or options.highlighted is None or not (0 <= options.highlighted < len(self.review.items)):
            return None
        return self.review.items[options.highlighted]

    # --- actions -----------------------------------------------------------------------------
    def action_confirm(self, index: int) -> None:
        item = self.current
        if item is None:
            return
        if index >= len(item.suggestions):
            self._status(f"Deze aantekening heeft geen {index + 1}e suggestie: Ctrl+F kiest een norm.")
            return
        self._confirm(item, item.suggestions[index][0])

    def action_pick_norm(self) -> None:
        item = self.current
        if item is None:
            return

        def chosen(choice: NormChoice | None) -> None:
            self.query_one("#review-list", OptionList).focus()
            if choice is not None:
                self._confirm(item, choice.norm_id)

        self.app.push_screen(NormPickerDialog(self._norm_index, "Norm bij deze aantekening"), chosen)

    def _confirm(self, item: ReviewItem, norm_id: str) -> None:
        from sessions.errors import StoreError

        from interviewer.services.review import confirm_norm

        try:
            confirm_norm(self.app.store, item.note_id, norm_id)
        except StoreError as exc:
            self.notify(str(exc), title="Niet opgeslagen", severity="error", markup=False)
            return
        self._keep_index = self.query_one("#review-list", OptionList).highlighted or 0
        left = len(self.review.items) - 1 if self.review is not None else 0
        self._status(confirmed_status(norm_id, self._labels, left))
        self.app.notify_audit_changed("norm bevestigd")  # this screen reloads with the others

    def action_toggle_scope(self) -> None:
        if self.interview_id is None:
            self._status("Geopend voor de hele audit: er is geen gesprek om op te filteren.")
            return
        self.bron_id = None if self.bron_id else self.interview_id
        self._keep_index = 0
        self.reload()

    @on(OptionList.OptionSelected, "#review-list")
    def _open(self) -> None:
        """Enter: to the note's interview (documents and observations have no interview to open)."""
        item = self.current
        if item is None:
            return
        if not item.interview:
            self._status("Deze aantekening hoort bij een document of observatie; bevestig hier met F5–F7 of Ctrl+F.")
            return
        self.app.current_bron_id = item.bron_id
        self.app.action_interview()

    def action_back(self) -> None:
        self.app.pop_screen()

    def _status(self, text: str) -> None:
        self.query_one("#review-status", Static).update(Text(text))
