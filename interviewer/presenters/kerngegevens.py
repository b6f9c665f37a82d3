"""The Kerngegevens form without Textual: which Deel A fields, grouped as Bijlage 7 groups them,
and how the form's text maps to the toetsing's values (used by the Kerngegevens and new-audit screens)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from questionbank.nl import decimal, parse_decimal


@dataclass(frozen=True)
class FieldSpec:
    name: str  # Toetsing attribute
    label: str  # as Bijlage 7 words it
    kind: str = "text"  # text | long | date | dates | fte | bool | choice (one of BODY_CHOICES[name])
    hint: str = ""


# The organisation's bodies (sessions.models MEDEZEGGENSCHAP, CLIENTENRAAD): code -> what the form says.
BODY_CHOICES: dict[str, tuple[tuple[str, str], ...]] = {
    "medezeggenschap": (("OR", "Ondernemingsraad (OR)"), ("PVT", "Personeelsvertegenwoordiging (PVT)"), ("geen", "Geen OR of PVT")),
    "clientenraad": (("ja", "Ja, er is een cliëntenraad"), ("nee", "Nee, geen cliëntenraad")),
}


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
    ("Organen (voor het interviewplan, niet in het verslag)", (
        FieldSpec("medezeggenschap", "Medezeggenschap", "choice", hint="OR, PVT of geen"),
        FieldSpec("clientenraad", "Cliëntenraad", "choice", hint="ja of nee"),
    )),
)
SPECS = {f.name: f for _, fields in GROUPS for f in fields}


def shown_value(spec: FieldSpec, value: object) -> str:
    """The stored value as the form shows it."""
    if spec.kind == "dates":
        return ", ".join(value)  # type: ignore[arg-type]
    if spec.kind == "fte":
        return decimal(value) if value else ""  # type: ignore[arg-type]
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
            value = parse_decimal(text)
        except ValueError:
            raise ValueError(f"'{text}' is geen getal (fte).") from None
        if value < 0:
            raise ValueError("Een aantal fte is 0 of meer.")
        return value
    if spec.kind == "choice":
        if not text:
            return ""
        for code, label in BODY_CHOICES[spec.name]:
            if text.casefold() in (code.casefold(), label.casefold()):
                return code
        allowed = " of ".join(code for code, _ in BODY_CHOICES[spec.name])
        raise ValueError(f"{spec.label}: schrijf {allowed} (of laat het leeg als het niet bekend is), niet '{text}'.")
    if spec.kind == "date" and text:
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"'{text}' is geen datum; schrijf die als jjjj-mm-dd, bijvoorbeeld 2026-11-23.") from None
    return text


def parse_dates(text: str) -> list[str]:
    """'2026-10-07, 2026-10-06' -> sorted ISO dates; raises ValueError with a Dutch message."""
    return parsed_value(SPECS["audit_dates"], text)  # type: ignore[return-value]


def parse_date(text: str, label: str = "datum") -> str:
    """One ISO date or ""; raises ValueError with a Dutch message."""
    return parsed_value(FieldSpec("x", label, "date"), text)  # type: ignore[return-value]
