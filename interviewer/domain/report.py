"""The report of Bijlage 7 as plain data: Deel A "Samenvatting uitkomst toetsing" and Deel B
"Bevindingen", built from an audit and the question bank. The exporters (docx, Markdown) only lay
this out, so both show the same report and the name check sees every outgoing text.

Which bevinding counts when a norm has several versions is the rule of `versions.counted`: the
team's settled version, else the toetsers' agreeing versions, and a norm whose toetsers disagree is
"in geschil" (never silently one of them). A norm marked n.v.t. that has no oordeel yet counts as
n.v.t. with its reason.

The parts live by job: report_model (the dataclasses and fixed wording), report_sentences (the
sentences worked out from the audit) and this module (putting Deel A and Deel B together). Their
names stay importable from here.
"""

from __future__ import annotations

import dataclasses

from questionbank.models import RUBRIEKEN, QuestionBank
from questionbank.nl import date_long, decimal
from sessions.models import AuditData

from . import versions as version_rule
from .evidence import evidence_by_norm
from .report_model import (  # noqa: F401 - re-exported: the exporters, names and tests import them from here
    DEEL_A_TITLE,
    DEEL_B_SUBTITLE,
    DEEL_B_TITLE,
    DEEL_B_TOELICHTING,
    FIRST_CERTIFICATION,
    GESPROKEN_MET_LABEL,
    INHOUD,
    MISSING,
    NO_BEVINDING,
    NORM_COLUMNS,
    RESULT_COLUMNS,
    ROLE_LABELS,
    SUBTITLE,
    TITLE,
    DeadlineDate,
    Field,
    Gesprek,
    NormRow,
    Report,
    RubriekBevindingen,
    RubriekResult,
    Section,
    iter_strings,
    map_strings,
    missing_fields,
    result_table_rows,
    write_private,
)
from .report_sentences import (  # noqa: F401 - re-exported
    _SENTENCE_END,
    _counts_sentence,
    _date_or_missing,
    _deadlines,
    _dedupe,
    _gesprekken_total,
    _gesproken_met_text,
    _in_geschil_text,
    _lines,
    _parse_time,
    _plural,
    _rubriek_toelichting,
    _team_text,
    _verb,
    expiry_text,
    final_advies_text,
    gesproken_met,
    gesproken_met_typed,
    reason_of,
    time_on_site,
)
from .weging import OordeelCounts, advies, count_oordelen


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
