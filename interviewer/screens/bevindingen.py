"""Bevindingen (F4): per norm the evidence beside the editable draft and the oordeel, the running
totals per rubriek with the advies under the weging, and after a merge the consensus view.

Text typed in the editor is autosaved as a draft (slot "bevinding:<norm>", about a second after the
last keystroke) and written as the toetser's own version (edited=True) when they leave the editor,
move to another norm or leave the screen. Generating a concept never replaces edited text: that
rule lives in interviewer.domain.drafting.regenerate. When a norm's evidence changes, the toetser's
own unedited concept follows it (regenerated on the next read); an edited one says that newer
evidence exists.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Resize, ScreenSuspend
from textual.message import Message
from textual.timer import Timer
from textual.widgets import DataTable, Header, Label, Static, TextArea

from interviewer.screens.base import AppScreen
from interviewer.domain import versions
from interviewer.domain.drafting import draft_bevinding, newer_evidence, oordeel_warnings
from interviewer.messages import AuditChanged
from interviewer.widgets.app_footer import AppFooter
from interviewer.widgets.bevinding_aspects import aspect_lines, proposal_line
from interviewer.widgets.bevinding_list import BevindingNormList
from interviewer.widgets.bevinding_totals import BevindingTotals
from interviewer.widgets.bevinding_versions import AgreementTable, VersionCompare
from interviewer.widgets.markup import escape
from questionbank.models import QuestionBank
from sessions.models import OORDEEL_LABELS, Bevinding

from interviewer.presenters.bevindingen import Snapshot, editor_state, generated_message, list_marks, override_context, read_snapshot
from interviewer.presenters.bevindingen import toetser_names, weging_line
from interviewer.presenters.evidence import evidence_groups
from interviewer.services import bevindingen as service
from interviewer.services.bevindingen import FIELDS, draft_slot
from .workers import ReportsWorkerErrors

AUTOSAVE_SECONDS = 1.0
NARROW_WIDTH = 120
"""Below this width the evidence pane and the editor share one place (b switches)."""
COMPACT_HEIGHT = 30
"""Below this height the totals drop their header, total and weging lines."""


class SnapshotLoaded(Message):
    def __init__(self, snapshot: Snapshot, seq: int) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.seq = seq


class ConceptsGenerated(Message):
    def __init__(self, generated: service.Generated) -> None:
        super().__init__()
        self.generated = generated


class BevindingenScreen(ReportsWorkerErrors, AppScreen):
    """The team's screen after the last interview."""

    CSS_PATH = "bevindingen.tcss"
    BINDINGS = [
        Binding("escape", "leave_editor", "Naar de lijst"),
        Binding("ctrl+s", "commit", "Bewaar", priority=True),
        Binding("g", "generate", "Genereer concept"),
        Binding("G", "generate_all", "Concept alle normen", key_display="G"),
        Binding("a", "accept", "Accepteer concept"),
        Binding("o", "override", "Reden bij dekking", show=False, tooltip="Leg vast waarom het oordeel staat ondanks onvoldoende dekking"),
        Binding("b", "toggle_evidence", "Bewijs/tekst"),
        Binding("c", "toggle_consensus", "Consensus"),
        Binding("x", "export", "Exporteer"),
    ]
    WORKER_TASKS = {"bevindingen-read": "De bevindingen lezen", "bevindingen-generate": "Concepten maken"}

    def __init__(self) -> None:
        super().__init__()
        self.title = "Bevindingen"
        self.snapshot: Snapshot | None = None
        self.norm_id: str = ""
        self._loaded: dict[str, str] = dict.fromkeys(FIELDS, "")  # own version as stored
        self._autosave_timer: Timer | None = None
        self._editor_norm: str = ""  # norm whose text is in the editor
        self._base: Bevinding | None = None  # the version the editor started from (own, or the one that counts)
        self._own_exists = False  # whether the toetser has an own version of the editor's norm
        self._values: dict[str, str] = dict.fromkeys(FIELDS, "")  # editor contents, kept on every change
        self._read_seq = 0  # snapshots from older reads are dropped
        self._had_versions = False
        self._just_settled = False  # after settling a norm the consensus cursor goes to the next open one

    def compose(self) -> ComposeResult:
        yield Header()
        yield BevindingTotals("Bevindingen worden geladen…", id="bev-totals")
        with Horizontal(id="bev-main"):
            yield BevindingNormList(id="bev-norms")
            with VerticalScroll(id="bev-evidence"):
                yield Static("", id="bev-norm-text")
                yield Static("", id="bev-suggestion")
                yield Static("", id="bev-found")
            with Vertical(id="bev-editor"):
                yield Label("", id="bev-editor-title")
                yield TextArea(id="bev-text", soft_wrap=True)
                yield Label("Sterke punten (één per regel)", classes="bev-label")
                yield TextArea(id="bev-sterke_punten", soft_wrap=True, classes="bev-list")
                yield Label("Verbeterpunten (één per regel)", classes="bev-label")
                yield TextArea(id="bev-verbeterpunten", soft_wrap=True, classes="bev-list")
                yield Static("", id="bev-oordeel")
            yield VersionCompare(id="bev-consensus")
        yield AppFooter()

    # --- lifecycle ---------------------------------------------------------------------------
    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.refresh_data())  # oordeel colours
        norms = self.query_one(BevindingNormList)
        norms.fill([n.id for n in self.app.bank.norms])
        self.norm_id = self.app.bank.norms[0].id
        self._set_narrow(self.app.size.width)
        read_only = self.app.store is None or self.app.store.read_only
        for area in self.query(TextArea):
            area.read_only = read_only
        norms.focus()
        self.refresh_data()

    def on_resize(self, event: Resize) -> None:
        self._set_narrow(event.size.width)
        if self.snapshot is not None:
            self._show_totals(self.snapshot)

    def _set_narrow(self, width: int) -> None:
        self.set_class(width < NARROW_WIDTH, "-narrow")

    def on_screen_suspend(self, event: ScreenSuspend) -> None:
        self._commit()

    def on_unmount(self) -> None:
        from sessions.errors import StoreError

        try:
            self._commit()  # quitting within a second of typing: keep the text
        except StoreError:
            pass  # the store is already closed; the autosaved draft has the text

    # --- data --------------------------------------------------------------------------------
    def refresh_data(self) -> None:
        if self.app.store is not None:
            self._read_seq += 1
            self._read(self.app.store, self.app.bank, self._read_seq)

    @work(thread=True, exclusive=True, group="bevindingen-read", exit_on_error=False)
    def _read(self, store, bank: QuestionBank, seq: int) -> None:  # noqa: ANN001
        service.follow_evidence(store, bank)
        self.post_message(SnapshotLoaded(read_snapshot(store, bank), seq))

    @on(AuditChanged)
    def _audit_changed(self) -> None:
        self.refresh_data()

    @on(SnapshotLoaded)
    def _snapshot_loaded(self, message: SnapshotLoaded) -> None:
        if message.seq != self._read_seq:
            return  # a newer read is on its way; this one may predate our own last write
        self.snapshot = snap = message.snapshot
        bank = self.app.bank
        norms = self.query_one(BevindingNormList)
        for norm_id, marks in list_marks(snap, [n.id for n in bank.norms], self._editor_norm).items():
            norms.show(norm_id, snap.oordeel(norm_id), marks)
        self._show_totals(snap)
        names = toetser_names(snap.data)
        self.query_one(VersionCompare).show(snap.agreement, names, snap.settled, to_top=self._just_settled)
        self._just_settled = False
        self._show_norm(self.norm_id, reload_editor=not self._dirty())
        has_versions = bool(snap.agreement.norms)
        if has_versions != self._had_versions:  # the consensus key appears after the first merge
            self._had_versions = has_versions
            self.refresh_bindings()

    def _show_totals(self, snap: Snapshot) -> None:
        bank = self.app.bank
        sizes = {r: len(bank.norms_in(r)) for r in {n.rubriek for n in bank.norms}}
        compact = self.app.size.height < COMPACT_HEIGHT
        self.query_one(BevindingTotals).show(snap.report, sizes, weging_line(bank), compact=compact)

    # --- one norm ----------------------------------------------------------------------------
    @on(DataTable.RowHighlighted, "#bev-norms")
    def _norm_highlighted(self, event: DataTable.RowHighlighted) -> None:
        norm_id = event.row_key.value
        if norm_id and norm_id != self.norm_id:
            self._commit()
            self.norm_id = norm_id
            self._show_norm(norm_id, reload_editor=True)

    def _show_norm(self, norm_id: str, *, reload_editor: bool) -> None:
        snap = self.snapshot
        if snap is None:
            return
        bank = self.app.bank
        norm = bank.norm(norm_id)
        own = snap.own(norm_id)
        base = own or snap.counted(norm_id)  # without an own version, start from the one that counts
        evidence = snap.evidence.get(norm_id)
        self.query_one("#bev-norm-text", Static).update(f"[b]{norm.id}[/b] {escape(norm.text)}")
        nvt = any(m.active and m.norm_id.upper() == norm_id for m in snap.data.nvt)
        draft = draft_bevinding(norm_id, evidence, bank, nvt=nvt)
        oordeel = base.oordeel if base else "niet beoordeeld"
        lines = [proposal_line(draft.suggested_oordeel, draft.reason)]
        warnings = oordeel_warnings(evidence, oordeel, base.verbeterpunten if base else "") if oordeel != "niet beoordeeld" else ()
        lines.extend(f"[b $warning]Let op:[/] {escape(w.replace('`', ''))}" for w in warnings)
        if own is not None and own.edited and newer_evidence(own, evidence):
            lines.append("[b $warning]Nieuwer bewijs[/] sinds je deze bevinding schreef: kijk of de tekst nog klopt.")
        lines.extend(aspect_lines(draft.aspects))
        self.query_one("#bev-suggestion", Static).update("\n".join(lines))
        found = ["[b]Bewijs[/b]"]
        groups = evidence_groups(evidence, bank)
        if not groups:
            found.append("[i]Geen bevestigde citaten of documenten bij deze norm.[/i]")
        for group in groups:
            found.append(f"\n[b]{escape(group.heading)}[/b]")
            found.extend(f"  {escape(line)}" for line in group.lines)
        self.query_one("#bev-found", Static).update("\n".join(found))
        counted = snap.oordeel(norm_id)
        state = editor_state(snap, norm_id, own, base)
        self.query_one("#bev-editor-title", Label).update(f"Bevinding {norm_id}{escape(state)}")
        self.query_one("#bev-oordeel", Static).update(
            f"Oordeel: [b]{escape(oordeel)}[/b]"
            + (f" {escape(OORDEEL_LABELS[oordeel])}" if OORDEEL_LABELS.get(oordeel, oordeel) != oordeel else "")
            + (f"  [i](telt: {escape(counted)} uit een andere versie)[/i]" if counted != oordeel and own else "")
        )
        if reload_editor:
            self._load_editor(norm_id, own, base, snap.drafts)

    def _load_editor(self, norm_id: str, own: Bevinding | None, base: Bevinding | None, drafts: dict[str, str]) -> None:
        """Put the stored version in the editor, or the autosaved draft when one is newer."""
        self._own_exists = own is not None
        self._base = base
        self._loaded = {f: (getattr(base, f) if base else "") for f in FIELDS}
        restored = False
        for f in FIELDS:
            text = drafts.get(draft_slot(norm_id, f))
            if text is not None and text != self._loaded[f]:
                restored = True
            else:
                text = self._loaded[f]
            area = self._area(f)
            if area.text != text:
                area.load_text(text)
            self._values[f] = text
        self._editor_norm = norm_id
        if restored:
            self.notify(f"Niet-bewaarde tekst bij {norm_id} hersteld.", title="Hersteld")

    def _area(self, field: str) -> TextArea:
        return self.query_one(f"#bev-{field}", TextArea)

    def _editor_values(self) -> dict[str, str]:
        """What the editor holds; tracked from Changed events, so it is readable after unmount too."""
        return dict(self._values)

    def _dirty(self) -> bool:
        return bool(self._editor_norm) and self._editor_values() != self._loaded

    # --- typing, autosave, commit ------------------------------------------------------------
    @on(TextArea.Changed)
    def _typed(self, event: TextArea.Changed) -> None:
        field = (event.text_area.id or "").removeprefix("bev-")
        if field in self._values:
            self._values[field] = event.text_area.text
        if not self._editor_norm or not self._dirty():
            return
        if self._autosave_timer is None:
            self._autosave_timer = self.set_timer(AUTOSAVE_SECONDS, self._autosave)
        else:
            self._autosave_timer.reset()

    def _autosave(self) -> None:
        self._autosave_timer = None
        store = self.app.store
        if store is None or store.read_only or not self._editor_norm:
            return
        self._save_drafts(self._editor_norm, self._editor_values())

    def flush_drafts(self) -> None:
        """Quitting, or another toetser or audit: what is typed is kept as a draft now, not a second
        later (leaving the screen still commits it as the toetser's own version)."""
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
            self._autosave_timer = None
        self._autosave()

    def _save_drafts(self, norm_id: str, values: dict[str, str]) -> bool:
        """Autosave the fields that differ from the stored version; False if even that failed."""
        from sessions.errors import StoreError

        store = self.app.store
        try:
            service.save_drafts(store, norm_id, values, self._loaded)
        except StoreError:
            return False
        return True

    def _commit(self) -> bool:
        """Write the editor as the toetser's own version (edited) and drop the drafts. True if written.

        When the store refuses the text (too long, an invisible NUL) it stays in the editor and in
        the autosaved draft (● in the list), and the toetser reads why."""
        from sessions.errors import StoreError

        if self._autosave_timer is not None:
            self._autosave_timer.stop()
            self._autosave_timer = None
        store = self.app.store
        if store is None or store.read_only or not self._dirty():
            return False
        norm_id = self._editor_norm
        values = self._editor_values()
        try:
            service.commit(store, norm_id, values, self._inherited(("oordeel",)))
        except StoreError as exc:
            kept = self._save_drafts(norm_id, values)
            if self.is_attached:
                where = f" De tekst blijft als concept bij {norm_id} staan (●): pas hem aan en bewaar opnieuw." if kept else ""
                self.notify(f"{exc}{where}", title=f"Bevinding {norm_id} niet bewaard", severity="error", timeout=10, markup=False)
            return False
        self._own_exists = True
        self._loaded = values
        if self.is_attached:
            self.app.notify_audit_changed("bevinding")
        return True

    # --- actions -----------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        consensus = self.has_class("-consensus")
        editing = isinstance(self.focused, TextArea)
        store = self.app.store
        writable = store is not None and not store.read_only
        if action == "leave_editor":
            return editing
        if action == "commit":  # Ctrl+S only while there is editor text to save (80 columns have no room for it otherwise)
            return editing or self._dirty()
        if action in ("generate", "generate_all", "set_oordeel", "edit", "accept", "override"):
            if consensus:
                return False
            return writable or None
        if action == "toggle_evidence":
            return self.has_class("-narrow") and not consensus
        if action == "toggle_consensus":
            return bool(self.snapshot and self.snapshot.agreement.norms)
        return True

    def action_edit(self) -> None:
        self.remove_class("-show-evidence")
        self._area("text").focus()

    def action_leave_editor(self) -> None:
        self._commit()
        self.query_one(BevindingNormList).focus()

    def action_commit(self) -> None:
        if self._commit():
            self.notify(f"Bevinding {self._editor_norm} bewaard.")

    def action_set_oordeel(self, oordeel: str) -> None:
        from sessions.errors import StoreError

        store = self.app.store
        if store is None or store.read_only or not self.norm_id:
            return
        self._commit()
        try:
            service.set_oordeel(store, self.norm_id, oordeel, self._inherited((*FIELDS, "edited")))
        except StoreError as exc:
            self.notify(str(exc), title="Oordeel niet bewaard", severity="error", markup=False)
            return
        self._own_exists = True
        self.app.notify_audit_changed("oordeel")

    def action_accept(self) -> None:
        """Accept the drafted concept of this norm as the toetser's own text (not a machine concept any more)."""
        from sessions.errors import StoreError

        store = self.app.store
        if store is None or store.read_only or not self.norm_id or self.snapshot is None:
            return
        self._commit()
        own = self.snapshot.own(self.norm_id)
        base = own or self.snapshot.counted(self.norm_id)
        if base is None or not versions.is_machine_concept(base):
            self.notify(f"{self.norm_id}: er is geen concept om te accepteren.", severity="warning")
            return
        try:
            service.accept(store, self.norm_id, self._inherited((*FIELDS, "oordeel")))
        except StoreError as exc:
            self.notify(str(exc), title="Niet geaccepteerd", severity="error", markup=False)
            return
        self._own_exists = True
        self.notify(f"Concept van {self.norm_id} geaccepteerd als jouw tekst.")
        self.app.notify_audit_changed("accept")

    def action_override(self) -> None:
        """Record (or withdraw) why this norm keeps its oordeel below the coverage rule."""
        from interviewer.dialogs.override_reason import OverrideAnswer, OverrideReasonDialog

        store = self.app.store
        if store is None or store.read_only or not self.norm_id or self.snapshot is None:
            return
        self._commit()
        text, current = override_context(self.snapshot, self.app.bank, self.norm_id)

        def done(answer: OverrideAnswer | None) -> None:
            from sessions.errors import StoreError

            if answer is None:
                return
            try:
                service.set_override(store, answer.norm_id, answer.reason)
            except StoreError as exc:
                self.notify(str(exc), title="Niet vastgelegd", severity="error", markup=False)
                return
            self.notify(f"{answer.norm_id}: reden {'vastgelegd' if answer.reason else 'ingetrokken'}.")
            self.app.notify_audit_changed("override")

        self.app.push_screen(OverrideReasonDialog(self.norm_id, text, current), done)

    def _inherited(self, fields: tuple[str, ...]) -> dict[str, object]:
        """Fields to copy from another toetser's version when this toetser's first own version is
        written, so that the new version (which then counts) does not lose that text or oordeel."""
        if self._own_exists or self._base is None or self._editor_norm != self.norm_id:
            return {}
        return {f: getattr(self._base, f) for f in fields}

    def action_generate(self) -> None:
        self._start_generate([self.norm_id])

    def action_generate_all(self) -> None:
        self._start_generate(None)

    def _start_generate(self, norm_ids: list[str] | None) -> None:
        store = self.app.store
        if store is None or store.read_only:
            return
        self._commit()
        self._generate(store, self.app.bank, norm_ids)

    @work(thread=True, exclusive=True, group="bevindingen-generate", exit_on_error=False)
    def _generate(self, store, bank: QuestionBank, norm_ids: list[str] | None) -> None:  # noqa: ANN001
        self.post_message(ConceptsGenerated(service.generate(store, bank, norm_ids)))

    @on(ConceptsGenerated)
    def _generated(self, message: ConceptsGenerated) -> None:
        generated = message.generated
        text, severity = generated_message(generated.written, generated.kept, generated.empty)
        self.notify(text, severity=severity)
        self._editor_norm = ""  # the stored text changed under the editor: take it over
        self.app.notify_audit_changed("concept")

    def action_toggle_evidence(self) -> None:
        self.toggle_class("-show-evidence")

    def action_toggle_consensus(self) -> None:
        self._commit()
        self.toggle_class("-consensus")
        if self.has_class("-consensus"):
            self.query_one(AgreementTable).focus()
        else:
            self.query_one(BevindingNormList).focus()
        self.refresh_bindings()

    @on(AgreementTable.Settle)
    def _settle(self, message: AgreementTable.Settle) -> None:
        """Write the chosen version as the team's (final); every toetser's own version stays as it was."""
        store = self.app.store
        if store is None or store.read_only:
            return
        from sessions.errors import StoreError

        chosen = message.bevinding
        try:
            service.settle(store, message.norm_id, chosen)
        except StoreError as exc:
            self.notify(str(exc), title="Niet vastgesteld", severity="error", markup=False)
            return
        names = toetser_names(self.snapshot.data) if self.snapshot else {}
        who = names.get(chosen.author) or chosen.author or "onbekend"
        self.notify(f"{message.norm_id}: de versie van {who} ({chosen.oordeel}) is vastgesteld als teamversie.", markup=False)
        self._editor_norm = "" if message.norm_id == self.norm_id else self._editor_norm
        self._just_settled = True
        self.app.notify_audit_changed("consensus")

    def action_export(self) -> None:
        self._commit()
        self.app.action_export()
