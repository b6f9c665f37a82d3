"""Kerngegevens (F12): every field of Bijlage 7 Deel A that the toetser fills in, grouped as the
format groups them, editable at any time.

A field is saved when the toetser leaves it (Tab, Enter, another screen, quitting) or presses
Ctrl+S; a value the store refuses (a date that is not a date) keeps what was typed, says why in
Dutch and is not saved. Empty fields are marked "leeg": a definitief report needs them all.
Named roles (teamleider, beoordelaars, contactpersoon, ondertekening) belong in the report; the
no-names rule is about the people interviewed.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Checkbox, Header, Input, Label, Static, TextArea

from interviewer.screens.base import AppScreen
from interviewer.widgets.app_footer import AppFooter
from interviewer.presenters.kerngegevens import GROUPS, SPECS, parsed_value, shown_value
from interviewer.widgets.markup import escape


class KerngegevensScreen(AppScreen):
    """The Deel A fields of the open audit, as a form."""

    CSS_PATH = "kerngegevens.tcss"
    BINDINGS = [Binding("ctrl+s", "save", "Bewaar", priority=True)]

    def __init__(self) -> None:
        super().__init__()
        self.title = "Kerngegevens"
        self._saved: dict[str, str] = {}  # field -> the text last saved (or loaded)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="kg-status")
        with VerticalScroll(id="kg-form"):
            for title, fields in GROUPS:
                yield Label(title, classes="kg-group")
                for spec in fields:
                    if spec.kind == "bool":
                        yield Checkbox(spec.label, id=f"kg-{spec.name}", classes="kg-check")
                        continue
                    with Horizontal(classes="kg-row", id=f"kg-row-{spec.name}"):
                        yield Label(spec.label, classes="kg-label")
                        if spec.kind == "long":
                            yield TextArea(id=f"kg-{spec.name}", classes="kg-long")
                        else:
                            yield Input(placeholder=spec.hint or ("jjjj-mm-dd" if spec.kind == "date" else ""), id=f"kg-{spec.name}")
        yield AppFooter()

    def on_mount(self) -> None:
        self._load()
        first = self.query(Input).first()
        first.focus()

    # --- reading and writing ------------------------------------------------------------------
    def _load(self) -> None:
        store = self.app.store
        if store is None:
            return
        t = store.toetsing()
        for spec in SPECS.values():
            value = getattr(t, spec.name)
            widget = self.query_one(f"#kg-{spec.name}")
            if spec.kind == "bool":
                with widget.prevent(Checkbox.Changed):
                    widget.value = bool(value)
                continue
            text = shown_value(spec, value)
            self._saved[spec.name] = text
            if isinstance(widget, TextArea):
                widget.load_text(text)
            else:
                widget.value = text
        self._show_missing()

    def _text(self, name: str) -> str:
        widget = self.query_one(f"#kg-{name}")
        return widget.text if isinstance(widget, TextArea) else widget.value

    def _save_field(self, name: str) -> bool:
        """Save one field if it changed; False (and the reason shown) when it cannot be saved."""
        from sessions.errors import StoreError

        store = self.app.store
        spec = SPECS[name]
        text = self._text(name)
        if store is None or store.read_only or text == self._saved.get(name):
            return True
        try:
            value = parsed_value(spec, text)
            store.update_toetsing(**{name: value})
        except (ValueError, StoreError) as exc:
            self._error(name, str(exc))
            return False
        self._saved[name] = text
        self.query_one(f"#kg-row-{name}").remove_class("-invalid")
        self._status(f"{spec.label} bewaard.")
        self._show_missing()
        self.app.notify_audit_changed("kerngegevens")
        return True

    def _error(self, name: str, message: str) -> None:
        self.query_one(f"#kg-row-{name}").add_class("-invalid")
        self._status(message, error=True)

    def _status(self, text: str, *, error: bool = False) -> None:
        status = self.query_one("#kg-status", Static)
        status.set_class(error, "-error")
        status.update(escape(text))

    def _show_missing(self) -> None:
        """Mark empty fields; the status line counts them."""
        missing = 0
        for spec in SPECS.values():
            if spec.kind == "bool" or spec.name == "time_on_site":
                continue
            empty = not self._saved.get(spec.name, "").strip()
            if spec.name == "previous_certificate_expiry":
                empty = empty and not self.query_one("#kg-first_certification", Checkbox).value
            if spec.name == "verbeterplan_datum":
                empty = empty and self.query_one("#kg-verbeterplan_goedgekeurd", Checkbox).value
            row = self.query_one(f"#kg-row-{spec.name}")
            row.set_class(empty, "-missing")
            missing += empty
        if not self.query_one("#kg-status", Static).has_class("-error"):
            self._status(
                f"{missing} {'veld' if missing == 1 else 'velden'} van Deel A nog leeg (gemarkeerd); een definitief rapport heeft ze allemaal nodig."
                if missing else "Alle velden van Deel A zijn ingevuld."
            )

    def flush_drafts(self) -> None:
        """Save what was typed (the app calls this before quitting or switching audits)."""
        for name, spec in SPECS.items():
            if spec.kind != "bool":
                self._save_field(name)

    # --- events -------------------------------------------------------------------------------
    @on(Input.Submitted)
    @on(Input.Blurred)
    def _input_done(self, event: Input.Submitted | Input.Blurred) -> None:
        name = (event.input.id or "").removeprefix("kg-")
        if name in SPECS:
            self._save_field(name)

    def on_descendant_blur(self, event) -> None:  # noqa: ANN001 - textual.events.DescendantBlur
        widget = event.widget
        name = (widget.id or "").removeprefix("kg-")
        if isinstance(widget, TextArea) and name in SPECS:
            self._save_field(name)

    @on(Checkbox.Changed)
    def _checked(self, event: Checkbox.Changed) -> None:
        from sessions.errors import StoreError

        store = self.app.store
        name = (event.checkbox.id or "").removeprefix("kg-")
        if store is None or store.read_only or name not in SPECS:
            return
        try:
            store.update_toetsing(**{name: bool(event.value)})
        except StoreError as exc:
            self._status(str(exc), error=True)
            return
        self._status(f"{SPECS[name].label}: {'ja' if event.value else 'nee'}.")
        self._show_missing()
        self.app.notify_audit_changed("kerngegevens")

    def on_screen_suspend(self) -> None:
        self.flush_drafts()

    def action_save(self) -> None:
        failed = [name for name, spec in SPECS.items() if spec.kind != "bool" and not self._save_field(name)]
        if not failed:
            self.query_one("#kg-status", Static).remove_class("-error")
            self._show_missing()
            self.notify("Kerngegevens bewaard.")
