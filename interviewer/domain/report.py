"""The report of Bijlage 7 as plain data: Deel A "Samenvatting uitkomst toetsing" and Deel B
"Bevindingen", built from an audit and the question bank. The exporters (docx, Markdown) only lay
this out, so both show the same report and the name check sees every outgoing text.

Which bevinding counts when a norm has several versions is the rule of `versions.counted`: the
team's settled version, else the toetsers' agreeing versions, and a norm whose toetsers disagree is
"in geschil" (never silently one of them). A norm marked n.v.t. that has no oordeel yet counts as
n.v.t. with its reason.
"""

from __future__ import annotations

import dataclasses
import os
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from questionbank.models import RUBRIEKEN, QuestionBank
from questionbank.nl import date_long, decimal, number_word
from sessions.models import OORDELEN, AuditData, Bevinding

from . import versions as version_rule
from .drafting import evidence_by_norm
from .labels import bron_functie_label, in_sentence
from .weging import ADVIES_NA_VERBETERPLAN, Advies, OordeelCounts, advies, count_oordelen

TITLE = "Resultaat toetsing Kwaliteitslabel Sterk Sociaal Werk"
SUBTITLE = "Kwaliteitsnormen Sociaal Werk versie 2019"
DEEL_A_TITLE = "A. Samenvatting uitkomst toetsing"
DEEL_B_TITLE = "B. Bevindingen Toetsing Kwaliteitsnormen Sterk Sociaal Werk"
DEEL_B_SUBTITLE = "bestemd voor de certificerende instellingen en de getoetste organisatie"
INHOUD = (
    "Samenvatting, verloop en uitkomst onderzoek, input voor trendanalyse en advies aan Sociaal Werk Nederland",
    "Bevindingen huidig onderzoek bestemd voor de getoetste organisatie",
)
DEEL_B_TOELICHTING = (
    "Een organisatie kan geheel, deels of niet voldoen aan een norm. Voldoen aan een norm betekent dat dit in "
    "de praktijk is aangetoond. Het hebben van een document waarin staat dat men het geregeld heeft is niet "
    "voldoende; het gaat om het handelen in de praktijk.",
    "De uitkomsten van de toetsing worden per norm beknopt weergegeven in de middelste kolom en onderbouwd met "
    "voorbeelden, citaten, gegevens en documenten.",
    "In de rechterkolom staat het oordeel: voldoet (+), verbeterpunt (+/-), voldoet niet (-), niet van "
    "toepassing (n.v.t.) of niet beoordeeld.",
)
RESULT_COLUMNS = ("Voldoen", "Verbeterpunt", "Voldoen niet", "Niet van toepassing", "Niet beoordeeld")
NORM_COLUMNS = ("Norm", "Bevindingen en verbeterpunten", "Oordeel")
NO_BEVINDING = "Nog geen bevinding vastgelegd."
MISSING = "(nog niet ingevuld)"  # an empty Deel A field in a werkversie or concept; a definitief has none
FIRST_CERTIFICATION = "geen (eerste certificering)"
GESPROKEN_MET_LABEL = "Gesproken met (functie- en afdelingsnamen)"
ROLE_LABELS = {"teamleider": "teamleider", "beoordelaar": "beoordelaar", "branchetoetser": "branchetoetser"}


@dataclass(frozen=True)
class Field:
    label: str
    value: str
    bullets: bool = False  # value holds one item per line, shown as a list


@dataclass(frozen=True)
class Section:
    title: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Gesprek:
    """One line of "gesproken met": a functie with its number of gesprekken and persons."""

    functie: str
    gesprekken: int
    personen: int


@dataclass(frozen=True)
class RubriekResult:
    rubriek: str
    counts: OordeelCounts
    toelichting: str  # which norms deels / niet / n.v.t., and why


@dataclass(frozen=True)
class NormRow:
    norm_id: str
    number: int
    text: str  # the official norm text
    bevinding: str
    sterke_punten: tuple[str, ...]
    verbeterpunten: tuple[str, ...]
    oordeel: str

    def blocks(self) -> list[tuple[str, str]]:
        """The middle column as (kind, text) blocks; kind is "text", "heading" or "bullet"."""
        out: list[tuple[str, str]] = [("text", p) for p in self.bevinding.split("\n") if p.strip()]
        for title, items in (("Sterke punten", self.sterke_punten), ("Verbeterpunten", self.verbeterpunten)):
            if items:
                out.append(("heading", title))
                out += [("bullet", i) for i in items]
        return out


@dataclass(frozen=True)
class RubriekBevindingen:
    rubriek: str
    rows: tuple[NormRow, ...]
    documents: tuple[str, ...]  # titles of documents tagged to a norm of this rubriek


@dataclass(frozen=True)
class DeadlineDate:
    label: str
    date: str  # ISO date, "" when the audit has no dates yet
    description: str


@dataclass(frozen=True)
class Report:
    title: str
    title_lines: tuple[str, ...]
    deel_a: tuple[Section, ...]
    gesproken_met: tuple[Gesprek, ...]
    results: tuple[RubriekResult, ...]
    totals: OordeelCounts
    norm_total: int
    sterke_punten: tuple[str, ...]
    verbeterpunten: tuple[str, ...]
    advies: Advies
    deadlines: tuple[DeadlineDate, ...]
    deel_b: tuple[RubriekBevindingen, ...]
    other_documents: tuple[str, ...]  # inspected but not tagged to any norm
    stamp: str = ""  # "WERKVERSIE — niet verzenden · 1 december 2026 · versie 2": cover, header of every page
    date: str = ""  # ISO date of the report (core property "created")
    author: str = ""  # the certificerende instelling (core property "author")
    appendix_title: str = ""
    appendix: tuple[str, ...] = ()  # werkversie: the open points of the checklist, overrides with reasons

    def field(self, label: str) -> Field | None:
        return next((f for s in self.deel_a for f in s.fields if f.label == label), None)

    def texts(self) -> Iterator[str]:
        """Every string that goes out, for the name check."""
        return iter_strings(self)


def iter_strings(obj: object) -> Iterator[str]:
    if isinstance(obj, str):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from iter_strings(getattr(obj, f.name))
    elif isinstance(obj, (tuple, list)):
        for item in obj:
            yield from iter_strings(item)


def map_strings(obj, fn: Callable[[str], str]):  # noqa: ANN001, ANN201 - any report part
    """A copy of `obj` (report, section, ...) with `fn` applied to every string in it."""
    if isinstance(obj, str):
        return fn(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {f.name: map_strings(getattr(obj, f.name), fn) for f in dataclasses.fields(obj)}
        return dataclasses.replace(obj, **changes)
    if isinstance(obj, tuple):
        return tuple(map_strings(i, fn) for i in obj)
    if isinstance(obj, list):
        return [map_strings(i, fn) for i in obj]
    return obj


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip().lstrip("-–•* ").strip() for line in text.splitlines() if line.strip().lstrip("-–•* ").strip())


def _parse_time(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def time_on_site(audit: AuditData) -> str:
    """The toetsing's own figure; else the span from first start to last end per day of the
    bronnen, which is what "uren onsite" approximates."""
    if audit.toetsing.time_on_site.strip():
        return audit.toetsing.time_on_site.strip()
    per_day: dict[dt.date, list[dt.datetime]] = {}
    for b in audit.bronnen:
        for stamp in (_parse_time(b.started), _parse_time(b.ended)):
            if stamp:
                per_day.setdefault(stamp.date(), []).append(stamp)
    hours = sum((max(s) - min(s)).total_seconds() / 3600 for s in per_day.values())
    if not hours:
        return ""
    days = len(per_day)
    return f"ca. {round(hours)} uur op {number_word(days)} {'dag' if days == 1 else 'dagen'} (berekend uit de tijden van de bronnen)"


def gesproken_met(audit: AuditData, bank: QuestionBank) -> tuple[Gesprek, ...]:
    """Functies interviewed with counts of gesprekken and persons, most gesprekken first. No names."""
    gesprekken: Counter[str] = Counter()
    personen: Counter[str] = Counter()
    for b in audit.bronnen:
        if b.kind == "interview":
            label = bron_functie_label(b, bank)
            gesprekken[label] += 1
            personen[label] += max(b.persons, 1)
    return tuple(Gesprek(f, gesprekken[f], personen[f]) for f in sorted(gesprekken, key=lambda f: (-gesprekken[f], f.casefold())))


def gesproken_met_typed(audit: AuditData, bank: QuestionBank) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """Functies and afdelingen/werksoorten as the toetsers typed them, each with its number of persons,
    most persons first: what Bijlage 7 asks ("functie- en afdelingsnamen")."""
    functies: Counter[str] = Counter()
    werksoorten: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for b in audit.bronnen:
        if b.kind != "interview":
            continue
        label = in_sentence(b.functie.strip()) if b.functie.strip() else bron_functie_label(b, bank)
        shown.setdefault(label.casefold(), label)
        functies[label.casefold()] += max(b.persons, 1)
        if b.werksoort.strip():
            w = b.werksoort.strip()
            shown.setdefault(w.casefold(), w)
            werksoorten[w.casefold()] += max(b.persons, 1)

    def ordered(c: Counter[str]) -> tuple[tuple[str, int], ...]:
        return tuple((shown[k], c[k]) for k in sorted(c, key=lambda k: (-c[k], k)))

    return ordered(functies), ordered(werksoorten)


def _gesproken_met_text(audit: AuditData, bank: QuestionBank) -> str:
    functies, werksoorten = gesproken_met_typed(audit, bank)
    if not functies:
        return ""
    lines = ["Functies: " + ", ".join(f"{f} ({n})" for f, n in functies)]
    if werksoorten:
        lines.append("Afdelingen/werksoorten: " + ", ".join(f"{w} ({n})" for w, n in werksoorten))
    return "\n".join(lines)


def _gesprekken_total(rows: tuple[Gesprek, ...]) -> str:
    total_g = sum(r.gesprekken for r in rows)
    total_p = sum(r.personen for r in rows)
    return f"{total_g} {'gesprek' if total_g == 1 else 'gesprekken'} met {total_p} {'persoon' if total_p == 1 else 'personen'}"


def _team_text(audit: AuditData) -> str:
    """Roles and organisations of the toetsers, never their names."""
    parts = Counter((t.role, t.organisation.strip()) for t in audit.toetsers)
    if not parts:
        return ""
    out = []
    for (role, org), n in sorted(parts.items(), key=lambda kv: (list(ROLE_LABELS).index(kv[0][0]) if kv[0][0] in ROLE_LABELS else 9, kv[0][1])):
        label = ROLE_LABELS.get(role, role)
        label = f"{n} {label}s" if n > 1 else f"1 {label}"
        out.append(f"{label} ({org})" if org else label)
    return "; ".join(out)


def _verb(n: int, singular: str, plural: str) -> str:
    """Dutch number agreement: "1 voldoet", "2 voldoen"."""
    return f"{n} {singular if n == 1 else plural}"


def _counts_sentence(counts: OordeelCounts, total: int) -> str:
    return (
        f"Van de {total} normen: {_verb(counts.voldoet, 'voldoet', 'voldoen')}, "
        f"{_verb(counts.deels, 'voldoet', 'voldoen')} deels (verbeterpunt), {_verb(counts.niet, 'voldoet', 'voldoen')} niet, "
        f"{counts.nvt} niet van toepassing, {counts.niet_beoordeeld} niet beoordeeld."
    )


_SENTENCE_END = (". ", "! ", "? ")


def reason_of(row: "NormRow", limit: int = 240) -> str:
    """Why a norm got its oordeel, from its bevinding: the last sentence of the text, where the weging
    is written (see DESIGN "How a bevinding reads"); else the first verbeterpunt."""
    text = " ".join(p.strip() for p in row.bevinding.split("\n") if p.strip()) if row.bevinding != NO_BEVINDING else ""
    last = ""
    if text:
        cut = max(text.rstrip(".!? ").rfind(e) for e in _SENTENCE_END)
        last = text[cut + 2:].strip() if cut >= 0 else text.strip()
    why = last or (row.verbeterpunten[0] if row.verbeterpunten else "")
    if len(why) > limit:
        why = why[: limit - 1].rsplit(" ", 1)[0] + "…"
    return why or "reden niet vastgelegd"


def _rubriek_toelichting(rows: tuple[NormRow, ...], nvt_reasons: dict[str, str]) -> str:
    by = {o: [r for r in rows if r.oordeel == o] for o in (*OORDELEN, version_rule.IN_GESCHIL)}
    rated = [r for r in rows if r.oordeel in ("+", "+/-", "-")]
    lines = []
    if rated and len(by["+"]) == len(rated) and not by["niet beoordeeld"] and not by[version_rule.IN_GESCHIL]:
        lines.append("Alle beoordeelde normen voldoen.")
    for oordeel, singular, plural in (("+/-", "norm voldoet deels", "normen voldoen deels"), ("-", "norm voldoet niet", "normen voldoen niet")):
        if by[oordeel]:
            lines.append(f"{_verb(len(by[oordeel]), singular, plural)}:")
            lines += [f"{r.norm_id}: {reason_of(r)}" for r in by[oordeel]]
    if by["n.v.t."]:
        lines.append(f"{_verb(len(by['n.v.t.']), 'norm is', 'normen zijn')} niet van toepassing:")
        for r in by["n.v.t."]:
            reason = nvt_reasons.get(r.norm_id, "")
            lines.append(f"{r.norm_id}" + (f": {reason}" if reason else ""))
    if by[version_rule.IN_GESCHIL]:
        lines.append("In geschil tussen de toetsers: " + ", ".join(r.norm_id for r in by[version_rule.IN_GESCHIL]))
    if by["niet beoordeeld"]:
        lines.append("Nog niet beoordeeld: " + ", ".join(r.norm_id for r in by["niet beoordeeld"]))
    return "\n".join(lines)


def _deadlines(audit: AuditData, bank: QuestionBank) -> tuple[DeadlineDate, ...]:
    dates = sorted(d for d in audit.toetsing.audit_dates if d)
    last = None
    if dates:
        try:
            last = dt.date.fromisoformat(dates[-1])
        except ValueError:
            last = None
    return tuple(
        DeadlineDate(
            label=d.label,
            date=(last + dt.timedelta(days=d.days_after_last_audit_day)).isoformat() if last else "",
            description=d.description,
        )
        for d in bank.rules.deadlines
    )


def _dedupe(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return tuple(seen.values())


def _date_or_missing(iso: str) -> str:
    return date_long(iso) if iso else ""


def expiry_text(t) -> str:  # noqa: ANN001 - Toetsing
    """The expiry of the last certificate; "eerste certificering" only when the toetser said so."""
    if t.previous_certificate_expiry:
        return date_long(t.previous_certificate_expiry)
    return FIRST_CERTIFICATION if t.first_certification else ""


def _in_geschil_text(c: version_rule.Counted, names: dict[str, str]) -> str:
    oordelen = ", ".join(f"{v.oordeel}" for v in c.versions if v.oordeel != version_rule.NOT_RATED)
    return f"In geschil: de toetsers gaven verschillende oordelen ({oordelen}); het team stelt nog een versie vast."


def final_advies_text(the_advies: Advies, t) -> str:  # noqa: ANN001 - Toetsing
    """The advies as the handbook words it once the verbeterplan is approved (Bijlage 5, 10.b.i)."""
    if the_advies.kind != ADVIES_NA_VERBETERPLAN or not t.verbeterplan_goedgekeurd or the_advies.provisional:
        return the_advies.text
    c = the_advies.counts
    when = f" op {date_long(t.verbeterplan_datum)}" if t.verbeterplan_datum else ""
    return (
        f"Positief advies: de organisatie voldoet aan {_plural(c.niet, 'norm', 'normen')} niet en aan {c.deels} deels; "
        f"het verbeterplan voor deze normen is{when} door de CI goedgekeurd."
    )


def build_report(audit: AuditData, bank: QuestionBank) -> Report:
    """The whole report from the audit as it stands (see module docstring for which version counts)."""
    t = audit.toetsing
    counted = version_rule.counted_by_norm(audit.bevindingen)
    nvt = {m.norm_id: m.reason for m in audit.nvt if m.active}
    evidence = evidence_by_norm(audit)

    rubrieken: list[RubriekBevindingen] = []
    tagged_documents: set[str] = set()
    for _prefix, rubriek in RUBRIEKEN:
        rows = []
        documents: dict[str, str] = {}
        for norm in bank.norms_in(rubriek):
            c = counted.get(norm.id) or version_rule.Counted(norm.id, version_rule.NONE, None)
            chosen = c.bevinding
            oordeel = c.oordeel
            text = chosen.text.strip() if chosen else ""
            if c.disputed:
                text = _in_geschil_text(c, {})
            if norm.id in nvt and oordeel == "niet beoordeeld":
                oordeel = "n.v.t."
                text = text or f"Niet van toepassing: {nvt[norm.id]}"
            rows.append(
                NormRow(
                    norm_id=norm.id,
                    number=norm.number,
                    text=norm.text,
                    bevinding=text or NO_BEVINDING,
                    sterke_punten=_lines(chosen.sterke_punten) if chosen else (),
                    verbeterpunten=_lines(chosen.verbeterpunten) if chosen else (),
                    oordeel=oordeel,
                )
            )
            ev = evidence.get(norm.id)
            for d in ev.documents if ev else ():
                documents.setdefault(d.id, d.title or "document zonder titel")
        tagged_documents |= set(documents)
        rubrieken.append(RubriekBevindingen(rubriek, tuple(rows), tuple(sorted(documents.values(), key=str.casefold))))
    other_documents = tuple(
        sorted((b.title or "document zonder titel" for b in audit.bronnen if b.kind == "document" and b.id not in tagged_documents), key=str.casefold)
    )

    results = tuple(
        RubriekResult(r.rubriek, count_oordelen(row.oordeel for row in r.rows), _rubriek_toelichting(r.rows, nvt)) for r in rubrieken
    )
    totals = sum((r.counts for r in results), OordeelCounts())
    norm_total = len(bank.norms)
    the_advies = advies(totals, bank.rules.weging)
    the_advies = dataclasses.replace(the_advies, text=final_advies_text(the_advies, t))
    all_rows = [row for r in rubrieken for row in r.rows]
    severity = {"-": 0, "+/-": 1}
    sterke = _dedupe(f"{p} ({row.norm_id})" for row in all_rows for p in row.sterke_punten)
    verbeter = _dedupe(
        f"{p} ({row.norm_id})"
        for row in sorted(all_rows, key=lambda r: severity.get(r.oordeel, 2))
        for p in row.verbeterpunten
    )
    gesprekken = gesproken_met(audit, bank)
    deadlines = _deadlines(audit, bank)
    variants = {v.id: v.label for v in bank.rules.variants}
    dates = sorted(d for d in t.audit_dates if d)
    ondertekening = ", ".join(x for x in (t.ondertekening_plaats.strip(), t.ondertekening_naam.strip()) if x)
    if t.ondertekening_naam.strip() and t.ondertekening_plaats.strip():
        ondertekening = f"{t.ondertekening_plaats.strip()}, {t.ondertekening_naam.strip()} (teamleider audit)"

    deel_a = (
        Section(
            "Het onderzoek is uitgevoerd bij",
            (
                Field("Klantnaam", t.organisation),
                Field("Adres", t.adres),
                Field("Lidnummer SWN", t.lidnummer),
                Field("Contactpersoon", t.contactpersoon),
                Field("Telefoon", t.telefoon),
                Field("Email", t.email),
                Field("Website", t.website),
                Field("Inzet medewerkers (vast en tijdelijk) in fte", decimal(t.fte_staff, 1)),
                Field("Inzet stagiaires in fte", decimal(t.fte_stagiaires, 1)),
                Field("Inzet bedrijfskritische vrijwilligers in fte", decimal(t.fte_vrijwilligers, 1)),
            ),
        ),
        Section(
            "Het onderzoek is uitgevoerd door",
            (
                Field("Naam Certificerende instelling", t.ci_naam),
                Field("Straat, huisnummer", t.ci_straat),
                Field("Postcode, plaatsnaam", t.ci_postcode_plaats),
                Field("URL website", t.ci_url),
                Field("Telefoonnummer", t.ci_telefoon),
            ),
        ),
        Section(
            "Kerngegevens uitvoering onderzoek",
            (
                Field("Soort onderzoek", variants.get(t.variant, t.variant) + (" (toegepast op een wijkteam)" if t.wijkteam else "")),
                Field("Expiratiedatum laatste certificaat", expiry_text(t)),
                Field(GESPROKEN_MET_LABEL, _gesproken_met_text(audit, bank), bullets=True),
                Field("Aantal gesprekken", _gesprekken_total(gesprekken) if gesprekken else ""),
                Field("Uitvoering (auditdagen)", ", ".join(date_long(d) for d in dates)),
                Field("Plannen van aanpak rond op", _date_or_missing(t.plannen_van_aanpak_rond)),
                Field("Verslag", _date_or_missing(t.verslag_datum)),
                Field("Teamleider", t.teamleider),
                Field("Beoordelaar(s)", t.beoordelaars),
                Field("Verslag tegen gelezen door", t.meegelezen_door),
                Field("Toetsingsteam", _team_text(audit)),
                Field("Tijdsbesteding (in uren onsite, totaal)", time_on_site(audit)),
            ),
        ),
        Section(
            "Kerngegevens certificaat en onderzoek vervolg",
            (
                Field("Scope certificaat", t.scope),
                Field("Schets organisatie", t.schets_organisatie),
                Field("Relevante ontwikkelingen", t.relevante_ontwikkelingen),
                Field("Verloop onderzoek", t.verloop),
                Field("Opvolging verbeterpunten vorig onderzoek", t.opvolging_vorig),
            ),
        ),
        Section(
            "Conclusies",
            (
                Field("Conclusies dit onderzoek", _counts_sentence(totals, norm_total)),
                *(Field(f"Rubriek {r.rubriek}", r.toelichting, bullets=True) for r in results),
                Field("Ingediende plannen van aanpak", t.ingediende_plannen),
            ),
        ),
        Section(
            "Input trendanalyse en advies",
            (
                Field("Sterke punten", "\n".join(sterke) or "Geen vastgelegd.", bullets=bool(sterke)),
                Field("Belangrijkste verbeterpunten", "\n".join(verbeter) or "Geen vastgelegd.", bullets=bool(verbeter)),
            ),
        ),
        Section(
            "Advies",
            (
                Field("Advies (met weging verbeterplannen)", the_advies.text),
                Field(
                    "Termijnen na de laatste auditdag",
                    "\n".join(f"{d.label}: {date_long(d.date) if d.date else 'datum volgt'}" for d in deadlines),
                    bullets=True,
                ),
                Field("Tijdsindicatie volgend onderzoek", t.tijdsindicatie_volgend),
                Field("Ondertekening", ondertekening),
            ),
        ),
    )
    title_lines = (
        SUBTITLE,
        t.organisation,
        f"Auditdagen: {', '.join(date_long(d) for d in dates)}" if dates else "",
        variants.get(t.variant, t.variant),
    )
    return Report(
        title=TITLE,
        title_lines=tuple(line for line in title_lines if line),
        deel_a=deel_a,
        gesproken_met=gesprekken,
        results=results,
        totals=totals,
        norm_total=norm_total,
        sterke_punten=sterke,
        verbeterpunten=verbeter,
        advies=the_advies,
        deadlines=deadlines,
        deel_b=tuple(rubrieken),
        other_documents=other_documents,
        date=t.verslag_datum,
        author=t.ci_naam,
    )


def missing_fields(report: Report) -> list[str]:
    """Labels of Deel A fields without a value (what a definitief report may not have)."""
    return [f.label for s in report.deel_a for f in s.fields if not f.value.strip()]


def result_table_rows(report: Report) -> list[list[str]]:
    """Rows of the overall result table (rubriek, five counts, total), the totals row last."""
    rows = []
    for r in [*report.results, None]:
        c = report.totals if r is None else r.counts
        name = "Totaal" if r is None else r.rubriek
        rows.append([name, str(c.voldoet), str(c.deels), str(c.niet), str(c.nvt), str(c.niet_beoordeeld), str(c.total)])
    return rows


def write_private(path: "os.PathLike[str] | str", data: bytes) -> None:
    """Write `data` to `path` readable by the owner only (0600): the report holds audit findings."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # O_CREAT's mode does not apply to a file that already existed
        with os.fdopen(fd, "wb") as fh:
            fd = -1
            fh.write(data)
    finally:
        if fd >= 0:
            os.close(fd)
