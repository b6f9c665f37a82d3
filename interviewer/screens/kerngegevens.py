"""Kerngegevens (F12): every field of Bijlage 7 Deel A that the toetser fills in, grouped as the
format groups them, editable at any time.

A field is saved when the toetser leaves it (Tab, Enter, another screen, quitting) or presses
Ctrl+S; a value the store refuses (a date that is not a date) keeps what was typed, says why in
Dutch and is not saved. Empty fields are marked "leeg": a definitief report needs them all.
Named roles (teamleider, beoordelaars, contactpersoon, ondertekening) belong in the report; the
no-names rule is about the people interviewed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Checkbox, Header, Input, Label, Static, TextArea

from interviewer.widgets.app_footer import AppFooter
from interviewer.widgets.markup import escape


@dataclass(frozen=True)
class FieldSpec:
    name: str  # Toetsing attribute
    label: str  # as Bijlage 7 words it
    kind: str = "text"  # text | long | date | dates | fte | bool
    hint: str = ""


GROUPS: tuple[tuple[str, tuple[FieldSpec, ...]], ...] = (
    ("Het onderzoek is uitgevoerd bij", (
        FieldSpec("organisation", "Klantnaam"),
        FieldSpec("adres", "Adres"),
        FieldSpec("lidnummer", "Lidnummer SWN"),
        FieldSpec("contactpersoon", "Contactpersoon", hint="naam en functie"),
        FieldSpec("telefoon", "Telefoon"),
        FieldSpec("email", "Email"),
        FieldSpec("website", "Website"),
        FieldSpec("fte_staff", "Inzet medewerkers (vast en tijdelijk) in fte", "fte"),
        FieldSpec("fte_stagiaires", "Inzet stagiaires in fte", "fte"),
        FieldSpec("fte_vrijwilligers", "Inzet bedrijfskritische vrijwilligers in fte", "fte"),
    )),
    ("Het onderzoek is uitgevoerd door", (
        FieldSpec("ci_naam", "Naam Certificerende instelling"),
        FieldSpec("ci_straat", "Straat, huisnummer"),
        FieldSpec("ci_postcode_plaats", "Postcode, plaatsnaam"),
        FieldSpec("ci_url", "URL website"),
        FieldSpec("ci_telefoon", "Telefoonnummer"),
    )),
    ("Kerngegevens uitvoering onderzoek", (
        FieldSpec("previous_certificate_expiry", "Expiratiedatum laatste certificaat", "date"),
        FieldSpec("first_certification", "Eerste certificering: er is geen vorig certificaat", "bool"),
        FieldSpec("audit_dates", "Uitvoering (auditdagen)", "dates", hint="jjjj-mm-dd, gescheiden door komma's"),
        FieldSpec("plannen_van_aanpak_rond", "Plannen van aanpak rond op", "date"),
        FieldSpec("verslag_datum", "Verslag", "date", hint="datum van het verslag"),
        FieldSpec("teamleider", "Teamleider"),
        FieldSpec("beoordelaars", "Beoordelaar(s)"),
        FieldSpec("meegelezen_door", "Verslag tegen gelezen door"),
        FieldSpec("time_on_site", "Tijdsbesteding (in uren onsite, totaal)", hint="leeg: berekend uit de tijden van de bronnen"),
    )),
    ("Kerngegevens certificaat en onderzoek vervolg", (
        FieldSpec("scope", "Scope certificaat", "long"),
        FieldSpec("schets_organisatie", "Schets organisatie", "long"),
        FieldSpec("relevante_ontwikkelingen", "Relevante ontwikkelingen", "long", hint="fusies, nieuwe taken, wisselingen, ander werkgebied"),
        FieldSpec("verloop", "Verloop onderzoek", "long", hint="locaties, live/online, afspraken documenten en dossiers"),
        FieldSpec("opvolging_vorig", "Opvolging verbeterpunten vorig onderzoek", "long"),
    )),
    ("Conclusies en verbeterplan", (
        FieldSpec("ingediende_plannen", "Ingediende plannen van aanpak", "long", hint="korte toelichting"),
        FieldSpec("verbeterplan_goedgekeurd", "Het verbeterplan is ontvangen en goedgekeurd door de CI", "bool"),
        FieldSpec("verbeterplan_datum", "Datum goedkeuring verbeterplan", "date"),
    )),
    ("Advies", (
        FieldSpec("tijdsindicatie_volgend", "Tijdsindicatie volgend onderzoek"),
        FieldSpec("ondertekening_plaats", "Ondertekening: plaats"),
        FieldSpec("ondertekening_naam", "Ondertekening: naam teamleider audit"),
    )),
)
SPECS = {f.name: f for _, fields in GROUPS for f in fields}


def shown_value(spec: FieldSpec, value: object) -> str:
    """The stored value as the form shows it."""
    if spec.kind == "dates":
        return ", ".join(value)  # type: ignore[arg-type]
    if spec.kind == "fte":
        return f"{value:g}".replace(".", ",") if value else ""
    return str(value or "")


def parsed_value(spec: FieldSpec, text: str) -> object:
    """What the form's text means for the store; raises ValueError with a Dutch message."""
    text = text.strip()
    if spec.kind == "dates":
        days = [d.strip() for d in text.replace(";", ",").split(",") if d.strip()]
        for d in days:
            try:
                dt.date.fromisoformat(d)
            except ValueError:
                raise ValueError(f"'{d}' is geen datum; schrijf de auditdagen als jjjj-mm-dd, gescheiden door komma's.") from None
        return sorted(days)
    if spec.kind == "fte":
        try:
            value = float(text.replace(",", ".")) if text else 0.0
        except ValueError:
            raise ValueError(f"'{text}' is geen getal (fte).") from None
        if value < 0:
            raise ValueError("Een aantal fte is 0 of meer.")
        return value
    if spec.kind == "date" and text:
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"'{text}' is geen datum; schrijf die als jjjj-mm-dd, bijvoorbeeld 2026-11-23.") from None
    return text


class KerngegevensScreen(Screen):
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
