"""New audit: the kerngegevens of the toetsing, the toetsers, and where the file goes.

The planned audit days follow the handbook table (§2.5) as the fte are typed, so the teamleider
sees at once how many days the scope means for the chosen variant. The file is created 0600 under
the user's audit folder unless another path is given.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Checkbox, Header, Input, Label, OptionList, RadioButton, RadioSet, Select, Static
from textual.widgets.option_list import Option

from interviewer.screens.base import AppScreen
from interviewer.domain.text import fold
from interviewer.presenters.kerngegevens import BODY_CHOICES, parse_date, parse_dates
from interviewer.widgets.app_footer import AppFooter
from interviewer.widgets.markup import escape
from questionbank.nl import decimal, parse_decimal
from sessions.models import TOETSER_ROLES


def planned_days_text(rules, fte: float, variant: str) -> str:  # noqa: ANN001 - questionbank Rules
    """The line under the fte fields: planned audit days for this scope and variant."""
    if fte <= 0:
        return "Vul de fte in: dan verschijnt het aantal auditdagen volgens het handboek (§2.5)."
    days = rules.audit_days_for(fte, variant)
    if days is not None:
        return f"Geplande auditdagen: [b]{decimal(days)}[/b] ({decimal(fte)} fte, handboek §2.5, incl. voorbereiding en rapportage)"
    extra = rules.extra_audit_days_for(fte, variant)
    if extra is not None:
        return f"Auditdagen: [b]{decimal(extra)}[/b] bovenop de ISO/HKZ-audit ({decimal(fte)} fte, handboek §2.5)"
    return f"Het handboek geeft geen aantal auditdagen voor {decimal(fte)} fte: overleg met de CI."


def file_slug(organisation: str) -> str:
    """'Welzijn Noord-Oost B.V.' -> 'welzijn-noord-oost-b-v'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(organisation)).strip("-")[:60] or "audit"


def default_audit_path(folder: Path, organisation: str, today: date | None = None) -> Path:
    """A free file name under `folder`: '<organisation>-<year>.audit', numbered if it exists."""
    year = (today or date.today()).year
    base = f"{file_slug(organisation)}-{year}"
    candidate = folder / f"{base}.audit"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}.audit"
        number += 1
    return candidate


class NewAuditScreen(AppScreen):
    """The create-audit form. Ctrl+S creates the file and opens the audit; Esc goes back."""

    CSS_PATH = "start.tcss"
    BINDINGS = [
        Binding("ctrl+s", "create", "Audit aanmaken"),
        Binding("escape", "cancel", "Terug"),
        Binding("delete", "remove_toetser", "Toetser verwijderen", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.toetsers: list[tuple[str, str]] = []  # (name, role)

    def compose(self) -> ComposeResult:
        bank = self.app.bank
        yield Header()
        with VerticalScroll(id="new-form"):
            yield Static("[b]Nieuwe audit[/b] — Tab naar het volgende veld, Ctrl+S maakt de audit aan", id="form-title")
            yield Label("Organisatie *")
            yield Input(placeholder="naam van de organisatie", id="organisation")
            with Horizontal(classes="form-row"):
                with Vertical():
                    yield Label("Lidnummer")
                    yield Input(placeholder="bijv. 1234", id="lidnummer")
                with Vertical():
                    yield Label("Scope")
                    yield Input(placeholder="bijv. hele organisatie, alle werksoorten", id="scope")
            yield Label("Variant (pijltjes en Spatie kiezen)")
            with RadioSet(id="variant"):
                for index, variant in enumerate(bank.rules.variants):
                    yield RadioButton(variant.label, value=index == 0, id=f"variant-{variant.id}")
            yield Label("Fte in de scope")
            with Horizontal(classes="form-row"):
                with Vertical():
                    yield Label("medewerkers")
                    yield Input("0", id="fte-staff", restrict=r"[0-9.,]*")
                with Vertical():
                    yield Label("stagiaires")
                    yield Input("0", id="fte-stagiaires", restrict=r"[0-9.,]*")
                with Vertical():
                    yield Label("bedrijfskrit. vrijwilligers")
                    yield Input("0", id="fte-vrijwilligers", restrict=r"[0-9.,]*")
            yield Static("", id="audit-days")
            yield Checkbox("Toepassing op een wijkteam (leesnotities per norm tonen)", id="wijkteam")
            yield Label("Organen van de organisatie (voor het interviewplan: wie altijd gesproken wordt)")
            with Horizontal(classes="form-row"):
                yield Select(
                    [(label, code) for code, label in BODY_CHOICES["medezeggenschap"]],
                    prompt="OR of PVT: onbekend", id="medezeggenschap",
                )
                yield Select(
                    [(label, code) for code, label in BODY_CHOICES["clientenraad"]],
                    prompt="Cliëntenraad: onbekend", id="clientenraad",
                )
            yield Label("Toetsers (naam en rol; Enter voegt toe, Del verwijdert uit de lijst)")
            with Horizontal(classes="form-row"):
                yield Input(placeholder="naam toetser", id="toetser-name")
                yield Select(
                    [(r, r) for r in TOETSER_ROLES], value="teamleider", allow_blank=False, id="toetser-role"
                )
            yield OptionList(id="toetser-list")
            with Horizontal(classes="form-row"):
                with Vertical():
                    yield Label("Auditdagen")
                    yield Input(placeholder="jjjj-mm-dd, jjjj-mm-dd", id="audit-dates")
                with Vertical():
                    yield Label("Expiratiedatum laatste certificaat")
                    yield Input(placeholder="jjjj-mm-dd", id="expiry")
            yield Checkbox("Eerste certificering: er is geen vorig certificaat", id="first-certification")
            with Horizontal(classes="form-row"):
                with Vertical():
                    yield Label("Certificerende instelling")
                    yield Input(placeholder="naam van de CI", id="ci-naam")
                with Vertical():
                    yield Label("Contactpersoon organisatie")
                    yield Input(placeholder="naam en functie", id="contactpersoon")
            yield Label("Adres organisatie")
            yield Input(placeholder="straat, postcode, plaats", id="adres")
            yield Static("De andere velden van Deel A vul je later in bij Kerngegevens (F12).", classes="form-hint")
            yield Label("Bestand (leeg: in je eigen auditmap)")
            yield Input(id="audit-path")
            yield Static("", id="form-error")
            with Horizontal(id="form-buttons"):
                yield Button("Aanmaken (Ctrl+S)", variant="primary", id="create")
                yield Button("Annuleren (Esc)", id="cancel")
        yield AppFooter()

    def _choice(self, selector: str) -> str:
        value = self.query_one(selector, Select).value
        return "" if value is Select.NULL else str(value)

    def on_mount(self) -> None:
        self.query_one("#toetser-list").display = False
        self._update_days()
        self._update_path_hint()
        self.query_one("#organisation", Input).focus()

    # --- live feedback ---------------------------------------------------------------------
    def _variant(self) -> str:
        pressed = self.query_one("#variant", RadioSet).pressed_button
        return pressed.id.removeprefix("variant-") if pressed is not None and pressed.id else "ci"

    def _fte(self) -> tuple[float, float, float]:
        return tuple(parse_decimal(self.query_one(f"#fte-{name}", Input).value) for name in ("staff", "stagiaires", "vrijwilligers"))  # type: ignore[return-value]

    def _update_days(self) -> None:
        days = self.query_one("#audit-days", Static)
        try:
            total = sum(self._fte())
        except ValueError:
            days.update("Fte: typ een getal, bijv. 12,5.")
            return
        days.update(planned_days_text(self.app.bank.rules, total, self._variant()))

    def _default_path(self) -> Path:
        from interviewer.locations import audits_dir

        return default_audit_path(audits_dir(), self.query_one("#organisation", Input).value or "audit")

    def _update_path_hint(self) -> None:
        from interviewer.locations import data_dir

        organisation = self.query_one("#organisation", Input).value or "audit"
        hint = data_dir() / "audits" / f"{file_slug(organisation)}-{date.today().year}.audit"
        self.query_one("#audit-path", Input).placeholder = str(hint)

    @on(Input.Changed, "#fte-staff, #fte-stagiaires, #fte-vrijwilligers")
    @on(RadioSet.Changed, "#variant")
    def _scope_changed(self) -> None:
        self._update_days()

    @on(Input.Changed, "#organisation")
    def _organisation_changed(self) -> None:
        self._update_path_hint()

    @on(Input.Submitted, "#organisation, #lidnummer, #scope, #fte-staff, #fte-stagiaires, #fte-vrijwilligers, #audit-dates, #expiry, #ci-naam, #contactpersoon, #adres")
    def _next_field(self) -> None:
        self.focus_next()

    # --- toetsers --------------------------------------------------------------------------
    @on(Input.Submitted, "#toetser-name")
    def _add_toetser(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if not name:
            self.focus_next()
            return
        role_select = self.query_one("#toetser-role", Select)
        role = str(role_select.value)
        self.toetsers.append((name, role))
        event.input.value = ""
        role_select.value = "beoordelaar"
        self._show_toetsers()

    def _show_toetsers(self) -> None:
        listing = self.query_one("#toetser-list", OptionList)
        listing.clear_options()
        listing.add_options([Option(Text(f"{name} — {role}")) for name, role in self.toetsers])  # names as typed: no markup
        listing.display = bool(self.toetsers)

    def action_remove_toetser(self) -> None:
        listing = self.query_one("#toetser-list", OptionList)
        if self.focused is listing and listing.highlighted is not None:
            del self.toetsers[listing.highlighted]
            self._show_toetsers()

    # --- create ----------------------------------------------------------------------------
    def _error(self, message: str) -> None:
        self.query_one("#form-error", Static).update(escape(message))  # may quote a typed path

    @on(Button.Pressed, "#create")
    def _create_pressed(self) -> None:
        self.action_create()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss()

    def action_create(self) -> None:
        from sessions.errors import StoreError
        from sessions.models import Toetser, Toetsing
        from sessions.store import AuditStore

        organisation = self.query_one("#organisation", Input).value.strip()
        if not organisation:
            self._error("Vul de naam van de organisatie in.")
            self.query_one("#organisation", Input).focus()
            return
        try:
            staff, stagiaires, vrijwilligers = self._fte()
        except ValueError:
            self._error("Fte: typ een getal, bijv. 12,5.")
            return
        try:
            audit_dates = parse_dates(self.query_one("#audit-dates", Input).value)
            expiry = parse_date(self.query_one("#expiry", Input).value, "expiratiedatum")
        except ValueError as exc:
            self._error(str(exc))
            return
        first_certification = self.query_one("#first-certification", Checkbox).value
        if expiry and first_certification:
            self._error("Een expiratiedatum én eerste certificering: kies één van beide.")
            return
        pending = self.query_one("#toetser-name", Input).value.strip()
        if pending:  # a name typed but not yet added with Enter: the toetser meant it
            self.toetsers.append((pending, str(self.query_one("#toetser-role", Select).value)))
            self.query_one("#toetser-name", Input).value = ""
            self._show_toetsers()
        typed_path = self.query_one("#audit-path", Input).value.strip()
        path = Path(typed_path).expanduser() if typed_path else self._default_path()
        if path.suffix != ".audit" and not typed_path:
            path = path.with_suffix(".audit")
        toetsing = Toetsing(
            id="",
            organisation=organisation,
            lidnummer=self.query_one("#lidnummer", Input).value.strip(),
            scope=self.query_one("#scope", Input).value.strip(),
            variant=self._variant(),
            fte_staff=staff,
            fte_stagiaires=stagiaires,
            fte_vrijwilligers=vrijwilligers,
            wijkteam=self.query_one("#wijkteam", Checkbox).value,
            medezeggenschap=self._choice("#medezeggenschap"),
            clientenraad=self._choice("#clientenraad"),
            audit_dates=audit_dates,
            previous_certificate_expiry=expiry,
            first_certification=first_certification,
            ci_naam=self.query_one("#ci-naam", Input).value.strip(),
            contactpersoon=self.query_one("#contactpersoon", Input).value.strip(),
            adres=self.query_one("#adres", Input).value.strip(),
            # the team's named roles, as Deel A asks for them (editable later in Kerngegevens)
            teamleider=", ".join(name for name, role in self.toetsers if role == "teamleider"),
            beoordelaars=", ".join(name for name, role in self.toetsers if role != "teamleider"),
        )
        toetsers = [Toetser(id="", name=name, role=role) for name, role in self.toetsers]
        try:
            store = AuditStore.create(path, toetsing, toetsers)
        except StoreError as exc:
            self._error(str(exc))
            return
        self.app.adopt_store(store)
