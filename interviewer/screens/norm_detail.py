"""Norm detail: everything about one norm on one screen, pushed from the board (Esc goes back).

Left column: what the bank says (official text, wijkteam note, handvat questions, bewijs, kan blijken
uit, hints). Right column: what this audit has (preparation notes, every confirmed quote and document
grouped by bron). The toetser marks the norm n.v.t. here, with a reason, and edits the preparation.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.events import Resize
from textual.message import Message
from textual.widgets import Header, Static
from textual.worker import get_current_worker

from interviewer.screens.base import AppScreen
from interviewer.domain.coverage import LEVEL_LABELS
from interviewer.messages import AuditChanged
from interviewer.widgets.app_footer import AppFooter
from interviewer.widgets.bevinding_aspects import aspect_lines, proposal_line
from interviewer.dialogs.nvt_reason import NvtReason, NvtReasonDialog
from interviewer.dialogs.preparation import PreparationDialog, PreparationText
from interviewer.widgets.markup import escape
from interviewer.widgets.question_list import SOURCE_BADGES as QUESTION_BADGES
from questionbank.models import Norm, QuestionBank

from interviewer.presenters.coverage import LEVEL_SYMBOLS
from interviewer.presenters.norm_detail import DetailData, build_detail, wijkteam_nvt_suggestion
from .workers import ReportsWorkerErrors

NARROW_WIDTH = 110
"""Below this width the two columns stack."""
SOURCE_BADGES = {**QUESTION_BADGES, "eigen": "eigen vraag"}  # the gesprek list's badges; here "eigen" stands alone


class DetailLoaded(Message):
    """The worker read the audit for the detail."""

    def __init__(self, norm_id: str, data: DetailData) -> None:
        super().__init__()
        self.norm_id = norm_id
        self.data = data


class NormDetailScreen(ReportsWorkerErrors, AppScreen):
    """One norm in full; n marks it n.v.t., o withdraws that, v edits the preparation."""

    CSS_PATH = "norm_detail.tcss"
    BINDINGS = [
        Binding("escape", "back", "Terug"),
        Binding("n", "mark_nvt", "N.v.t. markeren"),
        Binding("o", "unmark_nvt", "N.v.t. opheffen"),
        Binding("v", "edit_preparation", "Voorbereiding"),
        Binding("left_square_bracket", "step(-1)", "Vorige norm", key_display="["),
        Binding("right_square_bracket", "step(1)", "Volgende norm", key_display="]"),
    ]
    WORKER_TASKS = {"norm-detail": "Het bewijs bij deze norm lezen"}

    def __init__(self, norm_id: str) -> None:
        super().__init__()
        self.norm_id = norm_id
        self.data: DetailData | None = None

    @property
    def norm(self) -> Norm:
        return self.app.bank.norm(self.norm_id)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="detail-head")
        yield Static("", id="detail-status")
        with VerticalScroll(id="detail-body"):
            with Vertical(id="detail-bank", classes="detail-col"):
                yield Static("", id="detail-text", classes="detail-section")
                yield Static("", id="detail-wijkteam", classes="detail-section")
                yield Static("", id="detail-questions", classes="detail-section")
                yield Static("", id="detail-evidence-kinds", classes="detail-section")
                yield Static("", id="detail-kan-blijken", classes="detail-section")
                yield Static("", id="detail-hints", classes="detail-section")
            with Vertical(id="detail-audit", classes="detail-col"):
                yield Static("", id="detail-nvt", classes="detail-section")
                yield Static("", id="detail-aspects", classes="detail-section")
                yield Static("", id="detail-preparation", classes="detail-section")
                yield Static("", id="detail-found", classes="detail-section")
        yield AppFooter()

    def on_mount(self) -> None:
        self._show_bank()
        self._set_narrow(self.app.size.width)
        self.query_one("#detail-body").focus()
        self.reload()

    def on_resize(self, event: Resize) -> None:
        self._set_narrow(event.size.width)

    def _set_narrow(self, width: int) -> None:
        self.set_class(width < NARROW_WIDTH, "-narrow")

    # --- the bank's part -----------------------------------------------------------------
    def _show_bank(self) -> None:
        norm = self.norm
        total = len(self.app.bank.norms_in(norm.rubriek))
        self.title = f"Norm {norm.id}"
        self.query_one("#detail-head", Static).update(
            f"[b]{norm.id}[/b]  {escape(norm.rubriek)} · norm {norm.number} van {total}"
        )
        self.query_one("#detail-text", Static).update(f"[b]Normtekst[/b]\n{escape(norm.text)}")
        self._show_questions(())
        self.query_one("#detail-evidence-kinds", Static).update(
            "[b]Voorbeelden van bewijs[/b] (handvat)\n" + "\n".join(f"• {escape(e)}" for e in norm.evidence)
        )
        self.query_one("#detail-kan-blijken", Static).update(f"[b]Kan blijken uit[/b]\n{escape(norm.kan_blijken_uit)}")
        hints = self.query_one("#detail-hints", Static)
        hints.update("[b]Aandachtspunten[/b]\n" + "\n".join(f"• {escape(h)}" for h in norm.hints))
        hints.display = bool(norm.hints)

    def _show_questions(self, custom: tuple[str, ...]) -> None:
        norm = self.norm
        bank = self.app.bank
        lines = ["[b]Vragen[/b]"]
        for q in norm.questions:
            who = ""
            if q.functies:
                labels = [(bank.functie(f).label if bank.functie(f) else f) for f in q.functies]
                who = f" [i](aan {escape(', '.join(labels))})[/i]"
            lines.append(f"[reverse] {SOURCE_BADGES.get(q.source, q.source)} [/reverse] {escape(q.text)}{who}")
            lines.extend(f"    ↳ {escape(f)}" for f in q.followups)
        lines.extend(f"[reverse] {SOURCE_BADGES['eigen']} [/reverse] {escape(t)}" for t in custom)
        self.query_one("#detail-questions", Static).update("\n".join(lines))

    # --- the audit's part ----------------------------------------------------------------
    def reload(self) -> None:
        store = self.app.store
        if store is None:
            return
        self._load(store, self.app.bank, self.norm_id)

    @work(thread=True, exclusive=True, group="norm-detail", exit_on_error=False)
    def _load(self, store, bank: QuestionBank, norm_id: str) -> None:
        data = build_detail(store.load_all(), bank, norm_id, store.author)
        if not get_current_worker().is_cancelled:
            self.post_message(DetailLoaded(norm_id, data))

    @on(DetailLoaded)
    def _loaded(self, message: DetailLoaded) -> None:
        if message.norm_id != self.norm_id:
            return
        self.data = data = message.data
        norm = self.norm
        level = "nvt" if data.nvt else data.level
        status = self.query_one("#detail-status", Static)
        status.set_classes(f"-{level}")
        parts = [f"Dekking: {LEVEL_SYMBOLS[level]} {LEVEL_LABELS[level]}"]
        if data.summary and not data.nvt:
            parts.append(data.summary)
        parts.extend(data.flags)
        status.update(" · ".join(escape(p) for p in parts))

        wijkteam = self.query_one("#detail-wijkteam", Static)
        wijkteam.display = data.wijkteam
        wt = norm.wijkteam
        note = f"\n{escape(wt.note)}" if wt.note else ""
        wijkteam.update(f"[b]Wijkteam[/b]: {escape(wt.applicability)}{note}")

        self._show_questions(data.custom_questions)

        nvt = self.query_one("#detail-nvt", Static)
        nvt.display = data.nvt is not None
        if data.nvt is not None:
            nvt.update(f"[b]Niet van toepassing[/b] (o heft op)\n{escape(data.nvt.reason)}")

        if data.preparation:
            prep = "\n".join(
                (f"[i]{escape(data.author_names.get(p.author, '') or 'onbekend')}:[/i] " if len(data.preparation) > 1 else "") + escape(p.text)
                for p in data.preparation
            )
        else:
            prep = "[i]Nog geen voorbereiding. Druk v om vast te leggen wat de zelfevaluatie en de documenten zeggen.[/i]"
        self.query_one("#detail-preparation", Static).update(f"[b]Voorbereiding[/b]\n{prep}")

        if data.proposal is not None:
            lines = [proposal_line(data.proposal.oordeel, data.proposal.reason), *aspect_lines(data.proposal.aspects)]
            self.query_one("#detail-aspects", Static).update("\n".join(lines))

        found = ["[b]Bewijs in deze audit[/b]"]
        if not data.groups:
            found.append("[i]Nog geen bevestigde citaten of documenten bij deze norm.[/i]")
        for group in data.groups:
            found.append(f"\n[b]{escape(group.heading)}[/b]")
            found.extend(f"  {escape(line)}" for line in group.lines)
        self.query_one("#detail-found", Static).update("\n".join(found))
        self.refresh_bindings()

    @on(AuditChanged)
    def _audit_changed(self) -> None:
        self.reload()

    # --- actions ---------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("mark_nvt", "unmark_nvt", "edit_preparation"):
            store = self.app.store
            if store is None or store.read_only:
                return None  # shown but disabled
            marked = self.data is not None and self.data.nvt is not None
            if action == "mark_nvt":
                return not marked
            if action == "unmark_nvt":
                return marked
        return True

    def action_back(self) -> None:
        self.dismiss(None)

    def action_step(self, delta: int) -> None:
        ids = [n.id for n in self.app.bank.norms]
        self.norm_id = ids[(ids.index(self.norm_id) + delta) % len(ids)]
        self.data = None
        self._show_bank()
        self.query_one("#detail-body", VerticalScroll).scroll_home(animate=False)
        self.reload()

    def _refused(self, exc: Exception, title: str) -> None:
        """The store's Dutch refusal (it may quote what was typed: no markup)."""
        self.notify(str(exc), title=title, severity="error", timeout=8, markup=False)

    def action_mark_nvt(self) -> None:
        from sessions.errors import StoreError

        norm = self.norm
        suggestion = wijkteam_nvt_suggestion(norm) if self.data is not None and self.data.wijkteam else ""
        norm_id = norm.id
        source = "de wijkteamtoepassing van de normen"

        def done(answer: NvtReason | None) -> None:
            if answer is None or not answer.reason or self.app.store is None:
                return
            reason = answer.reason
            try:
                self.app.store.mark_nvt(norm_id, reason)
            except StoreError as exc:  # back into the dialog with the reason as typed
                self._refused(exc, "N.v.t. niet vastgelegd")
                self.app.push_screen(NvtReasonDialog(norm_id, suggestion, source, typed=reason, error=str(exc)), done)
                return
            self.notify(f"Norm {norm_id} is niet van toepassing en telt niet meer mee in de dekking.")
            self.app.notify_audit_changed("nvt")

        self.app.push_screen(NvtReasonDialog(norm_id, suggestion, source), done)

    def action_unmark_nvt(self) -> None:
        from sessions.errors import StoreError

        if self.app.store is None:
            return
        try:
            self.app.store.unmark_nvt(self.norm_id)
        except StoreError as exc:
            self._refused(exc, "N.v.t. niet opgeheven")
            return
        self.notify(f"Norm {self.norm_id} telt weer mee in de dekking.")
        self.app.notify_audit_changed("nvt")

    def action_edit_preparation(self) -> None:
        from sessions.errors import StoreError

        norm_id = self.norm_id
        current = self.data.own_preparation if self.data is not None else ""

        def done(answer: PreparationText | None) -> None:
            if answer is None or self.app.store is None:
                return
            text = answer.text
            try:
                self.app.store.set_preparation(norm_id, text)
            except StoreError as exc:  # back into the dialog with the text as typed
                self._refused(exc, "Voorbereiding niet bewaard")
                self.app.push_screen(PreparationDialog(norm_id, text, error=str(exc)), done)
                return
            self.app.notify_audit_changed("preparation")

        self.app.push_screen(PreparationDialog(norm_id, current), done)
