"""Gesprek: the screen the toetser lives in during an interview.

Panes: suggested questions for this functie (with the preparation note of the highlighted norm),
this interview's timeline, the live norm suggestions for the line being typed, the capture line and
a strip with the coverage of all 49 norms.

The typing path writes nothing but the draft autosave (at most once a second): the tagger ranks in
an exclusive thread worker per keystroke and the result comes back as a message, so the input never
waits. Enter calls store.capture, which commits before it returns; only then is the line cleared
and the capture confirmed. The screen's own writes go through services/capture.py, which says
what changed: the note is added to the timeline and only the changed norms' coverage and the
questions are computed again. A change made elsewhere (another screen, a merge) rereads the audit
in a worker.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Header, Label, Static
from textual.worker import get_current_worker
from interviewer import keymap

from interviewer.screens.base import AppScreen
from interviewer.domain.labels import bron_functie_label, bron_label
from interviewer.messages import AuditChanged, AuditLoaded, TaggerReady, TagsSuggested
from interviewer.widgets.app_footer import AppFooter
from interviewer.widgets.capture_line import CaptureLine
from interviewer.widgets.coverage_strip import CoverageStrip
from interviewer.widgets.markup import escape
from interviewer.dialogs.norm_picker import NormChoice, NormIndex, NormPickerDialog
from interviewer.widgets.norm_suggestions import SUGGESTION_KEYS, NormSuggestions
from interviewer.widgets.question_list import QuestionList
from interviewer.widgets.timeline import Timeline, TimelineEntry, local_time
from interviewer.dialogs.choice import Choice, ChoiceDialog
from sessions.models import AANTEKENING_LABELS, Bron

from interviewer.presenters.coverage import strip_detail
from interviewer.services.capture import AuditSession, Change, LiveAudit, note_lines
from .interview_actions import BronActions, QuestionActions, TimelineEdits
from .workers import ReportsWorkerErrors

from interviewer.presenters.interview import DRAFT_PREFIX, draft_slot, short_norm, suggested_questions, timeline_entries  # noqa: F401 - re-exported

SUGGESTION_GROUP = Binding.Group("Kies norm", compact=True)
"""F5–F7 share one footer entry ("F5F6F7 Kies norm"): 80 columns have no room for three."""


class InterviewScreen(BronActions, QuestionActions, TimelineEdits, ReportsWorkerErrors, AppScreen):
    """The gesprek screen (F2)."""

    CSS_PATH = "interview.tcss"
    # Footer order is what fits 80 columns first: choosing norms and the kind while typing, then
    # the rest; every key is also in F1 help and the palette (Ctrl+P), with its full description.
    BINDINGS = keymap.bindings("InterviewScreen")
    WORKER_TASKS = {
        "tagging": "Normsuggesties bijwerken",
        "audit-load": "Dekking en vragen bijwerken",
        "tagger-build": "De normsuggesties voorbereiden",
        "learn": "Leren van de gekozen normen",
    }

    def __init__(self) -> None:
        super().__init__()
        self.bron: Bron | None = None
        self.store = None  # AuditStore, set on mount
        self.session: AuditSession | None = None  # store, bank and tagger of this audit (services/capture.py)
        self.live: LiveAudit | None = None  # the audit as last read, kept current by this screen's writes
        self.last_ranked_text: str | None = None  # the text the shown suggestions belong to
        self._prepared: dict[str, str] = {}
        self._norm_index: NormIndex | None = None
        self._highlight_key: str | None = None  # a question to highlight once the list is reloaded
        self._asked_norm: str | None = None  # norm of the question last marked asked: it is being answered
        self._own_changes = 0  # AuditChanged messages of this screen's own writes, still to come

    # --- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        bank = self.app.bank
        self._norm_index = NormIndex(bank.norms)
        yield Header()
        with Horizontal(id="bron-bar"):
            yield Static("", id="bron-title")
            yield Static("", id="status")
        with Horizontal(id="panes"):
            with Vertical(id="left"):
                yield Label("Vragen  [dim]Ctrl+↑↓ kiest · Ctrl+G gesteld · Ctrl+R eigen vraag[/dim]", classes="pane-title")
                yield QuestionList(id="questions")
                yield Static("", id="preparation")
            with Vertical(id="right"):
                yield Label("Tijdlijn  [dim]Ctrl+L bewerken[/dim]", classes="pane-title")
                yield Timeline(id="timeline")
        yield NormSuggestions(id="suggestions")
        yield CaptureLine(id="capture")
        yield CoverageStrip.for_bank(bank, id="strip")
        yield AppFooter()

    def palette_commands(self) -> Iterable[SystemCommand]:
        """This screen's actions in the command palette (Ctrl+P), with their keys."""
        for title, help_text, action in (
            ("Nieuw gesprek", "Start een gesprek: functie, aantal personen, werksoort (Ctrl+N)", self.action_new_interview),
            ("Wissel gesprek", "Kies een ander gesprek van deze audit (Ctrl+O)", self.action_switch_interview),
            ("Gesprek beëindigen", "Zet de eindtijd van dit gesprek (Ctrl+B)", self.action_end_interview),
            ("Document of observatie vastleggen", "Documentinzage of rondgang met normen (F9)", self.action_record_bron),
            ("Norm zoeken voor dit citaat", "Kies elke norm op id of woorden (Ctrl+F)", self.action_pick_norm),
            ("Vraag gesteld", "Markeer de gekozen vraag als gesteld (Ctrl+G)", self.action_mark_asked),
            ("Eigen vraag toevoegen", "Een vraag bij een norm voor deze audit (Ctrl+R)", self.action_add_question),
            ("Tijdlijn bewerken", "Aantekeningen van dit gesprek aanpassen (Ctrl+L)", self.action_focus_timeline),
        ):
            yield SystemCommand(title, help_text, action)

    def _describe_norm(self, norm_id: str) -> str:
        try:
            return short_norm(self.app.bank.norm(norm_id).text, 40)
        except KeyError:
            return ""

    def on_mount(self) -> None:
        store = self.store = self.app.store  # this screen's audit, even if the app opens another later
        self.session = AuditSession.for_store(store, self.app.bank)
        self.bron = self._initial_bron()
        self._show_bron()
        self.query_one(CaptureLine).focus()
        if self.session.needs_tagger:  # the session's tagger from the last visit knows the audit otherwise
            self._build_tagger()
        self.reload()
        if not store.bronnen("interview"):
            self.call_after_refresh(self.action_new_interview)

    def on_resize(self) -> None:
        self.set_class(self.size.height < 30, "-small")

    def _initial_bron(self) -> Bron | None:
        """The interview the toetser was in; else the newest one still open; else the newest —
        preferring this toetser's own interviews (after a merge, the others' are in the file too)."""
        interviews = self.store.bronnen("interview")
        by_id = {b.id: b for b in interviews}
        if self.app.current_bron_id in by_id:
            return by_id[self.app.current_bron_id]
        me = self.store.author
        own = [b for b in interviews if me and (b.toetser_id == me or b.author == me)]
        interviews = own or interviews
        running = [b for b in interviews if not b.ended]
        pool = running or interviews
        return max(pool, key=lambda b: b.started or b.created) if pool else None

    # --- which interview -------------------------------------------------------------------
    def _show_bron(self) -> None:
        """Show the current bron's header, restore its draft, clear what belonged to the previous one."""
        capture = self.query_one(CaptureLine)
        capture.cancel_draft()
        self.query_one(NormSuggestions).clear()
        title = self.query_one("#bron-title", Static)
        if self.bron is None:  # the line stays open: what is typed waits for the interview Enter starts
            title.update("Nog geen gesprek — typ gerust; [b]Enter[/b] of [b]Ctrl+N[/b] start een gesprek")
            self.app.current_bron_id = None
            capture.set_text("")
            self.query_one(Timeline).show_entries([])
            self.query_one(QuestionList).show_items([])
            return
        self.app.current_bron_id = self.bron.id
        capture.replacement = f"de {bron_functie_label(self.bron, self.app.bank)}"  # Ctrl+Y: a typed name becomes this
        state = " [dim](beëindigd)[/dim]" if self.bron.ended else ""
        started = local_time(self.bron.started or self.bron.created)
        title.update(f"[b]{escape(bron_label(self.bron, self.app.bank))}[/b]  [dim]sinds {started}[/dim]{state}")
        draft = self.store.draft(draft_slot(self.bron.id))
        if draft is not None and draft.text.strip():
            capture.set_text(draft.text)
            self._status(f"Niet-opgeslagen tekst teruggezet ({local_time(draft.updated)}): Enter slaat op, Ctrl+U wist")
            self.notify("Niet-opgeslagen tekst van dit gesprek is teruggezet.", title="Tekst hersteld")
        else:
            capture.set_text("")

    def _switch_to(self, bron: Bron) -> None:
        self._save_draft_now()
        self._asked_norm = None
        self.bron = bron
        self._show_bron()
        self.query_one(Timeline).show_entries([])
        self.query_one(QuestionList).show_items([])
        self.reload()
        self.query_one(CaptureLine).focus()

    def _status(self, text: str, *, markup: bool = False) -> None:
        """The line top right; plain text unless `markup` (then the caller escaped what was typed)."""
        self.query_one("#status", Static).update(text if markup else escape(text))

    def _store_error(self, exc: Exception, title: str = "Niet opgeslagen") -> None:
        """A store refusal in Dutch, as a notification and on the status line (never markup: it may quote what was typed)."""
        self.notify(str(exc), title=title, severity="error", timeout=8, markup=False)
        self._status(f"[b]{escape(title)}:[/b] {escape(str(exc))}", markup=True)

    # --- background work -------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="tagger-build", exit_on_error=False)
    def _build_tagger(self) -> None:
        """Built when the session has none or writes it was not taught happened (elsewhere, a
        merge); until then the session's tagger from the last visit keeps suggesting."""
        self.post_message(TaggerReady(self.session.build_tagger()))

    @property
    def tagger(self):  # noqa: ANN201 - domain.tagging.Tagger | None
        return self.session.tagger if self.session is not None else None

    def on_tagger_ready(self, message: TaggerReady) -> None:
        self._settle_heap()
        text = self.query_one(CaptureLine).text
        if text.strip():
            self._rank(text, self.tag_context())

    def _settle_heap(self) -> None:
        """The audit and a new tagger are both in memory now (interviewer/heap.py)."""
        if self.live is not None and self.tagger is not None:
            from interviewer import heap

            heap.settle(self.tagger)

    @work(thread=True, exclusive=True, group="audit-load", exit_on_error=False)
    def reload(self) -> None:
        """Read the audit and compute coverage, questions and timeline for the current bron."""
        bron = self.bron
        live = LiveAudit.read(self.store, self.app.bank)
        questions = suggested_questions(live, bron)
        entries = timeline_entries(live.audit, bron.id) if bron is not None else []
        if get_current_worker().is_cancelled:
            return  # a newer reload started meanwhile: its result, not this older one, is shown
        self.post_message(AuditLoaded(bron.id if bron else None, live, live.report, questions, entries))

    def on_audit_loaded(self, message: AuditLoaded) -> None:
        self.live = message.audit
        self._settle_heap()
        self._prepared = {}
        for note in message.audit.audit.preparation:
            if note.text.strip():
                self._prepared[note.norm_id] = (self._prepared.get(note.norm_id, "") + "\n" + note.text).strip()
        strip = self.query_one(CoverageStrip)
        strip.set_levels(
            {n.norm_id: n.level for n in message.report.norms},
            {n.norm_id: strip_detail(n) for n in message.report.norms},
        )
        if self.bron is None or message.bron_id != self.bron.id:
            return
        questions = self.query_one(QuestionList)
        questions.show_items(message.questions)
        if self._highlight_key is not None:
            questions.highlight_key(self._highlight_key)
            self._highlight_key = None
        self.query_one(Timeline).show_entries(message.entries)
        self._show_preparation()

    def on_audit_changed(self, message: AuditChanged) -> None:
        if message.reason == "earlier-audits":
            self._build_tagger()  # the toetser changed which earlier audits it learns from
        if self._own_changes:  # this screen's write, already shown (_changed)
            self._own_changes -= 1
        else:
            self.reload()

    def _changed(self, change: Change, reason: str) -> None:
        """After a write of this screen: show what `change` changed, then tell the other screens."""
        live = self.live
        self._own_changes += 1
        if live is None or any(w.group == "audit-load" and w.node is self and not w.is_finished for w in self.app.workers):
            self.reload()  # a read in flight may not have seen this write: read again
        else:
            refresh = live.apply(change)
            timeline = self.query_one(Timeline)
            here = [n for n in change.notes if self.bron is not None and n.bron_id == self.bron.id]
            timeline.add_entries([TimelineEntry(n.id, n.created, n.kind, n.text, change.tags_of(n.id)) for n in here])
            retagged = change.retagged  # a set built per call: once, not once per entry
            for entry in [e for e in timeline.entries if e.id in retagged] if retagged else ():
                timeline.update_entry(dataclasses.replace(entry, tags=live.tags_of(entry.id)))
            if refresh.coverage:
                self.query_one(CoverageStrip).update_levels(
                    {n: c.level for n, c in refresh.coverage.items()}, {n: strip_detail(c) for n, c in refresh.coverage.items()}
                )
            questions = self.query_one(QuestionList)
            if refresh.questions and (items := suggested_questions(live, self.bron)) != questions.items:
                questions.show_items(items)
        self.app.notify_audit_changed(reason, learned=change.learned)
        self._learn(change)

    @work(thread=True, group="learn", exit_on_error=False)
    def _learn(self, change: Change) -> None:
        self.session.learn_from(change)

    def tag_context(self):  # noqa: ANN201 - domain.tagging.TagContext
        """Where this interview is: the question being asked (the one last marked asked, else the
        highlighted one), the confirmed norms of its notes (most recent first), the functie."""
        from interviewer.domain.tagging import TagContext

        item = self.query_one(QuestionList).highlighted_item
        question = self._asked_norm or (item.norm_id if item is not None else None)
        previous = [n for e in reversed(self.query_one(Timeline).entries) for n, state in e.tags if state == "confirmed"]
        functie = (self.bron.functie_category or self.bron.functie) if self.bron is not None else ""
        return TagContext(question, tuple(dict.fromkeys(previous)), functie)

    @work(thread=True, exclusive=True, group="tagging", exit_on_error=False)
    def _rank(self, text: str, context=None) -> None:  # noqa: ANN001 - TagContext, read on the UI thread
        """Rank norms for the line being typed; exclusive: a newer keystroke supersedes this one."""
        if self.tagger is None:
            return
        suggestions = self.session.suggest(text, len(SUGGESTION_KEYS), context)
        if not get_current_worker().is_cancelled:
            ranking = [(s.norm_id, s.score) for s in suggestions]
            reasons = {s.norm_id: s.reasons for s in suggestions}
            mirror = next((s.mirror for s in suggestions if s.mirror), None)
            self.post_message(TagsSuggested(text, ranking, reasons, mirror))

    def on_tags_suggested(self, message: TagsSuggested) -> None:
        if message.text != self.query_one(CaptureLine).text:
            return  # typed on since: a newer ranking is on its way
        self.query_one(NormSuggestions).show_ranking(message.ranking, message.reasons, message.mirror)
        self.last_ranked_text = message.text

    def rank_now(self, text: str, context=None) -> list[tuple[str, float]]:  # noqa: ANN001 - TagContext
        """Synchronous ranking (well under a millisecond) for dialogs and the moment of capture."""
        return self.session.rank(text, len(SUGGESTION_KEYS), context) if self.session is not None else []

    # --- typing and capturing --------------------------------------------------------------
    @on(CaptureLine.Edited)
    def _typed(self, event: CaptureLine.Edited) -> None:
        if self.bron is None and event.text.strip():
            self._status("Nog geen gesprek: Enter of Ctrl+N start er een; je tekst blijft staan")
        if not event.text.strip():
            self.query_one(NormSuggestions).show_ranking([])
            self.last_ranked_text = event.text
            return
        self._rank(event.text, self.tag_context())

    @on(CaptureLine.DraftDue)
    def _autosave(self, event: CaptureLine.DraftDue) -> None:
        if self.bron is not None:
            self._save_draft(self.bron.id, event.text)

    def _save_draft(self, bron_id: str, text: str) -> None:
        from sessions.errors import StoreError

        try:
            self.store.save_draft(draft_slot(bron_id), text)
        except StoreError as exc:
            self._status(f"Concept niet bewaard: {exc}")

    def _save_draft_now(self) -> None:
        """Before switching away: what is typed goes into the draft of the current bron."""
        capture = self.query_one(CaptureLine)
        capture.cancel_draft()
        if self.bron is not None and self.store is not None and not self.store.read_only and self.is_mounted:
            self._save_draft(self.bron.id, capture.text)

    def flush_drafts(self) -> None:
        """Called by the app before it closes the store (quit, another audit)."""
        self._save_draft_now()

    def on_screen_suspend(self) -> None:
        self._save_draft_now()

    @on(CaptureLine.Submitted)
    def _capture(self, event: CaptureLine.Submitted) -> None:
        if not event.text.strip():
            if event.text:
                self._status("Niets opgeslagen: de regel bevat alleen spaties.")
            return
        if self.bron is None:
            self.action_new_interview()  # offer one; the text stays in the line for the next Enter
            return
        if self.bron.ended:
            self._ask_reopen(event)
            return
        lines = note_lines(event.text)
        if len(lines) < 2:
            self._save_capture(event.text, event.kind)
            return

        def answered(choice: Choice | None) -> None:  # Esc: nothing saved, the text stays in the line
            self.query_one(CaptureLine).focus()
            if choice is not None:
                self._save_capture(event.text, event.kind, lines if choice.option_id == "los" else None)

        options = [("een", "Als één notitie, met de regelovergangen"), ("los", f"Als {len(lines)} notities, één per regel (elk met de gekozen normen)")]
        self.app.push_screen(ChoiceDialog(f"De tekst heeft {len(lines)} regels. Hoe opslaan?", options), answered)

    def _save_capture(self, text: str, kind: str, lines: list[str] | None = None) -> None:
        """Store the line (or each of `lines`) with the chosen norms; only then clear the line."""
        from sessions.errors import StoreError

        suggestions = self.query_one(NormSuggestions)
        chosen = list(suggestions.chosen)
        context = self.tag_context()
        try:
            if lines is None:
                ranking = suggestions.ranking if self.last_ranked_text == text else self.rank_now(text, context)
                change = self.session.capture(self.bron.id, text, kind, chosen, ranking, draft=draft_slot(self.bron.id))
            else:
                change = self.session.capture_lines(
                    self.bron.id, lines, kind, chosen, lambda line: self.rank_now(line, context), draft=draft_slot(self.bron.id)
                )
        except StoreError as exc:
            self._store_error(exc)  # the line keeps the text: correct it and press Enter again
            return
        # Committed (the autosaved draft emptied with it): now the line may go.
        self.query_one(CaptureLine).clear()
        suggestions.clear()
        label = AANTEKENING_LABELS.get(kind, kind)
        what = label if len(change.notes) == 1 else f"{len(change.notes)} aantekeningen ({label})"
        self._status(f"✓ {what} opgeslagen {local_time(change.notes[-1].created)}" + (f" → {', '.join(chosen)}" if chosen else " (geen norm bevestigd)"))
        self._changed(change, "aantekening")

    def _ask_reopen(self, event: CaptureLine.Submitted) -> None:
        """Enter in an ended interview: reopen it and save, or nothing (the text stays either way)."""
        from sessions.errors import StoreError

        from interviewer.dialogs.reopen import ReopenDialog

        def answered(reopen: bool | None) -> None:
            self.query_one(CaptureLine).focus()
            if not reopen:
                return self._status("Niets opgeslagen: het gesprek is beëindigd (Ctrl+N start een nieuw gesprek).")
            try:
                self.bron = self.store.reopen_interview(self.bron.id)
            except StoreError as exc:
                return self._store_error(exc, "Niet heropend")
            self._show_bron()
            self.query_one(CaptureLine).set_text(event.text)  # as typed, not the (older) autosaved draft
            self._capture(event)

        self.app.push_screen(ReopenDialog(bron_label(self.bron, self.app.bank), local_time(self.bron.ended)), answered)

    # --- actions: norms and kind -----------------------------------------------------------
    def action_toggle_suggestion(self, index: int) -> None:
        norm_id = self.query_one(NormSuggestions).toggle(index)
        if norm_id is None:
            self._status(f"Geen suggestie {index + 1}: typ eerst wat tekst")

    def action_toggle_mirror(self) -> None:
        if self.query_one(NormSuggestions).toggle_mirror() is None:
            self._status("Geen spiegelnorm bij deze suggesties")

    def action_cycle_kind(self) -> None:
        self.query_one(CaptureLine).cycle_kind()

    def action_pick_norm(self) -> None:
        def chosen(choice: NormChoice | None) -> None:
            if choice is not None:
                self.query_one(NormSuggestions).add(choice.norm_id)
            self.query_one(CaptureLine).focus()

        self.app.push_screen(NormPickerDialog(self._norm_index, "Norm bij dit citaat"), chosen)

    # --- actions: questions ----------------------------------------------------------------
    def action_question(self, step: int) -> None:
        self._asked_norm = None  # another question chosen: that one is being asked now
        self.query_one(QuestionList).move(step)

    @on(QuestionList.OptionHighlighted, "#questions")
    def _question_highlighted(self) -> None:
        self._show_preparation()
        text = self.query_one(CaptureLine).text
        if text.strip():  # another question is the context of what is being typed
            self._rank(text, self.tag_context())

    def _show_preparation(self) -> None:
        item = self.query_one(QuestionList).highlighted_item
        pane = self.query_one("#preparation", Static)
        if item is None:
            pane.update("")
            return
        try:
            norm = self.app.bank.norm(item.norm_id)
        except KeyError:
            pane.update("")
            return
        prepared = self._prepared.get(norm.id, "")
        text = f"[b]{norm.id}[/b] {escape(short_norm(norm.text, 160))}"
        text += f"\n[b]Voorbereiding:[/b] {escape(prepared)}" if prepared else "\n[dim]Geen voorbereiding bij deze norm.[/dim]"
        pane.update(text)

    @on(QuestionList.OptionSelected, "#questions")
    def _question_selected(self) -> None:
        self.action_mark_asked()
