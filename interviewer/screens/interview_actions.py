"""The gesprek screen's actions that open a dialog and write: interviews and other bronnen, the
question list's own questions, and edits in the timeline. Mixins of InterviewScreen only (they use
its store, session and status line), kept apart so the screen module stays readable; handlers are
named (`on_timeline_request`) because Textual's @on only registers on message-pump classes."""

from __future__ import annotations

from interviewer.dialogs.add_question import AddQuestionDialog, NewQuestion
from interviewer.dialogs.bron import BronAnswer, BronDialog
from interviewer.dialogs.choice import Choice, ChoiceDialog
from interviewer.dialogs.confirm import ConfirmDialog
from interviewer.dialogs.edit_note import EditNoteDialog, NoteEdit
from interviewer.dialogs.norm_picker import NormChoice, NormPickerDialog
from interviewer.dialogs.start_interview import InterviewChoice, StartInterviewDialog
from interviewer.domain.labels import bron_label
from interviewer.presenters.interview import short_norm
from interviewer.services.capture import Change
from interviewer.widgets.capture_line import CaptureLine
from interviewer.widgets.question_list import QuestionList
from interviewer.widgets.timeline import Timeline, local_time
from sessions.models import AANTEKENING_LABELS, Bron


class BronActions:
    """Ctrl+N, Ctrl+O, Ctrl+B, F9: start, switch and end interviews; record a document or observation."""

    # --- actions: interviews and other bronnen ---------------------------------------------
    def action_new_interview(self) -> None:
        from sessions.errors import StoreError

        def start(choice: InterviewChoice | None) -> None:
            self.query_one(CaptureLine).focus()
            if choice is None:
                return
            try:
                bron = self.store.start_interview(
                    choice.functie, choice.category_id, persons=choice.persons, werksoort=choice.werksoort
                )
            except StoreError as exc:
                self._store_error(exc, "Gesprek niet gestart")
                return
            typed = self.query_one(CaptureLine).text if self.bron is None else ""  # typed before there was an interview
            self._switch_to(bron)
            if typed.strip():
                self.query_one(CaptureLine).set_text(typed)
            self._status(f"✓ Gesprek gestart: {bron_label(bron, self.app.bank)}")

        self.app.push_screen(StartInterviewDialog(self.app.bank.functies, self.app.bank.werksoorten), start)

    def action_switch_interview(self) -> None:
        interviews = sorted(self.store.bronnen("interview"), key=lambda b: b.started or b.created, reverse=True)
        if not interviews:
            self.action_new_interview()
            return
        counts: dict[str, int] = {}
        for note in self.live.audit.aantekeningen if self.live is not None else ():
            counts[note.bron_id] = counts.get(note.bron_id, 0) + 1
        options = []
        for bron in interviews:
            when = local_time(bron.started or bron.created)
            ended = f"–{local_time(bron.ended)}" if bron.ended else " (loopt)"
            current = "▶ " if self.bron is not None and bron.id == self.bron.id else "  "
            options.append((bron.id, f"{current}{when}{ended}  {bron_label(bron, self.app.bank)} · {counts.get(bron.id, 0)} aantekeningen"))
        by_id = {b.id: b for b in interviews}

        def chosen(choice: Choice | None) -> None:
            self.query_one(CaptureLine).focus()
            bron_id = choice.option_id if choice is not None else None
            if bron_id in by_id and (self.bron is None or bron_id != self.bron.id):
                self._switch_to(by_id[bron_id])

        self.app.push_screen(ChoiceDialog("Gesprek kiezen", options), chosen)

    def action_end_interview(self) -> None:
        from sessions.errors import StoreError

        bron = self.bron
        if bron is None or bron.ended:
            self._status("Dit gesprek is al beëindigd." if bron else "Geen gesprek open.")
            return

        def confirmed(yes: bool | None) -> None:
            self.query_one(CaptureLine).focus()
            if not yes:
                return
            try:
                self.store.end_interview(bron.id)
                self.bron = self.store.bron(bron.id)
            except StoreError as exc:
                self._store_error(exc, "Niet beëindigd")
                return
            self._show_bron()
            self._status("✓ Gesprek beëindigd. Ctrl+N start het volgende.")
            self.app.notify_audit_changed("gesprek beëindigd")

        self.app.push_screen(ConfirmDialog(f"Gesprek '{bron_label(bron, self.app.bank)}' beëindigen?"), confirmed)

    def action_record_bron(self) -> None:
        """F9. When the store refuses the note, the dialog comes back filled in, and a retry adds the
        note to the document already recorded instead of recording it twice."""
        from sessions.errors import StoreError

        recorded: dict[tuple[str, str, str], Bron] = {}  # (kind, title, document kind) -> bron written

        def record(result: BronAnswer | None) -> None:
            self.query_one(CaptureLine).focus()
            if result is None:
                return
            try:
                change = self.session.add_bron(result.kind, result.title, result.document_kind, result.note, result.norms, recorded)
            except StoreError as exc:
                self._store_error(exc)
                if recorded:
                    self.app.notify_audit_changed("bron")
                self.app.push_screen(open_dialog(result, str(exc)), record)
                return
            norms = ", ".join(n for n, _ in result.norms)
            what = "Document" if result.kind == "document" else "Observatie"
            self._status(f"✓ {what} vastgelegd: {result.title}" + (f" → {norms}" if norms else ""))
            self._changed(change, "bron")

        def open_dialog(values: BronAnswer | None = None, error: str = "") -> BronDialog:
            return BronDialog(self.rank_now, self._norm_index, self._describe_norm, values, error)

        self.app.push_screen(open_dialog(), record)


class QuestionActions:
    """Enter and Ctrl+R on the question list: mark a question asked, add one of your own."""

    def action_mark_asked(self) -> None:
        from sessions.errors import StoreError

        questions = self.query_one(QuestionList)
        item = questions.highlighted_item
        if item is None or self.bron is None:
            return
        try:
            self.store.mark_asked(self.bron.id, item.norm_id, item.key)
        except StoreError as exc:
            self._store_error(exc)
            return
        questions.show_items([q for q in questions.items if q.key != item.key])
        self._asked_norm = item.norm_id
        self._status(f"✓ Gesteld: {item.norm_id}")
        self.app.notify_audit_changed("vraag gesteld")

    def action_add_question(self, norm_id: str = "", text: str = "", error: str = "") -> None:
        """Ctrl+R; after a refusal by the store the dialog comes back with the question as typed."""
        from sessions.errors import StoreError

        item = self.query_one(QuestionList).highlighted_item
        bank = self.app.bank

        def added(result: NewQuestion | None) -> None:
            self.query_one(CaptureLine).focus()
            if result is None:
                return
            norm_id, text = result.norm_id, result.text
            try:
                custom = self.store.add_custom_question(norm_id, text, self.bron.functie_category if self.bron else "")
            except StoreError as exc:
                self._store_error(exc, "Vraag niet opgeslagen")
                self.action_add_question(norm_id, text, str(exc))
                return
            self._highlight_key = f"custom:{custom.id}"
            self._status(f"✓ Eigen vraag bij {norm_id} toegevoegd")
            self.app.notify_audit_changed("eigen vraag")

        self.app.push_screen(
            AddQuestionDialog(
                [n.id for n in bank.norms], bank.has_norm, norm_id or (item.norm_id if item else ""), text=text, error=error
            ),
            added,
        )


class TimelineEdits:
    """The timeline's keys: edit, kind, confirm a suggestion (F5–F7), add or take off a norm, delete."""

    # --- timeline edits --------------------------------------------------------------------
    def action_focus_timeline(self) -> None:
        self.query_one(Timeline).focus()

    def on_timeline_request(self, event: Timeline.Request) -> None:
        from sessions.errors import StoreError

        store = self.store
        entry = event.entry

        def done(status: str) -> None:
            self._status(status)
            self.app.notify_audit_changed("aantekening gewijzigd")

        def guarded(fn) -> bool:  # noqa: ANN001
            try:
                fn()
            except StoreError as exc:
                self._store_error(exc)
                return False
            return True

        if event.what == "edit":

            def edited(result: NoteEdit | None) -> None:
                if not result:
                    return
                try:
                    store.update_aantekening(entry.id, text=result.text, kind=result.kind)
                except StoreError as exc:  # back into the dialog with the text as typed
                    self._store_error(exc)
                    self.app.push_screen(EditNoteDialog(result.text, result.kind, error=str(exc)), edited)
                    return
                done("✓ Aantekening bijgewerkt")

            self.app.push_screen(EditNoteDialog(entry.text, entry.kind), edited)
        elif event.what == "kind":
            from interviewer.widgets.capture_line import next_kind

            kind = next_kind(entry.kind)
            if guarded(lambda: store.update_aantekening(entry.id, kind=kind)):
                done(f"✓ Soort: {AANTEKENING_LABELS[kind]}")
        elif event.what == "confirm":  # F5–F7 on a note: its suggestion, as on the capture line
            from interviewer.services.review import confirm_norm

            if guarded(lambda: confirm_norm(store, entry.id, event.norm_id)):
                self.session.learn_from(Change(lessons=((entry.text, event.norm_id, True),)))
                done(f"✓ {event.norm_id} bevestigd bij de aantekening")
        elif event.what in ("add_tag", "remove_tag"):
            confirm = event.what == "add_tag"

            def tagged(choice: NormChoice | Choice | None) -> None:
                norm_id = "" if choice is None else choice.norm_id if isinstance(choice, NormChoice) else choice.option_id
                changes: list[Change] = []
                if norm_id and guarded(lambda: changes.append(self.session.set_norm(entry.id, entry.text, norm_id, confirm))):
                    self._status(f"✓ {norm_id} bij de aantekening" if confirm else f"✓ {norm_id} van de aantekening gehaald")
                    self._changed(changes[0], "aantekening gewijzigd")

            if confirm:
                self.app.push_screen(NormPickerDialog(self._norm_index, "Norm erbij", exclude=entry.confirmed), tagged)
                return

            current = [(n, s) for n, s in entry.tags if s != "rejected"]
            if not current:
                self._status("Deze aantekening heeft geen norm.")
                return
            options = [(n, f"{n}  {self.app.bank.norm(n).short}") for n, _ in current]
            self.app.push_screen(ChoiceDialog("Welke norm eraf?", options), tagged)
        elif event.what == "delete":

            def deleted(yes: bool | None) -> None:
                if yes and guarded(lambda: store.delete_aantekening(entry.id)):
                    done("✓ Aantekening verwijderd")

            self.app.push_screen(ConfirmDialog(f"Aantekening verwijderen?\n\n“{short_norm(entry.text, 200)}”"), deleted)
